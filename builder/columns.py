"""The fixed Arrow schema of every config: the columns users and evaluations rely on.

Plain ``string`` and ``list<string>`` (never ``large_string``), the same schema in every
shard, whatever polars would infer. Adding a column is a minor version; see CONTRACT.md.
"""
from __future__ import annotations

import pyarrow as pa

_S = pa.string()
_I = pa.int64()
_F = pa.float64()

CONFIGS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", _S), ("file", _S), ("title", _S), ("text", _S), ("sources", pa.list_(_S)),
        ("date", _S), ("outlet", _S), ("url", _S),
    ]),
    "quotations": pa.schema([
        ("quote_id", _S), ("article_id", _S), ("kind", _S), ("speaker", _S), ("mention", _S),
        ("cue", _S), ("content", _S), ("start", _I), ("end", _I),
    ]),
    "claims": pa.schema([
        ("claim_id", _S), ("article_id", _S), ("quote_id", _S), ("kind", _S), ("text", _S),
        ("value", _F), ("value_high", _F), ("unit", _S), ("qualifier", _S), ("subject", _S),
        ("speaker", _S), ("start", _I), ("end", _I),
    ]),
    "mentions": pa.schema([
        ("mention_id", _S), ("article_id", _S), ("kind", _S), ("text", _S), ("value", _F),
        ("start", _I), ("end", _I),
    ]),
}

#: The id column of each config: rows are sorted by it and shards are chosen from it.
ID_COLUMN = {"articles": "article_id", "quotations": "quote_id", "claims": "claim_id", "mentions": "mention_id"}

#: The JSON Schema (in ``schema/``) each config's records are validated against.
SCHEMA_FILE = {"articles": "article", "quotations": "quotation", "claims": "claim", "mentions": "mention"}

#: Span columns whose ``text[start:end]`` must equal the named column.
SPAN_COLUMN = {"quotations": "content", "claims": "text", "mentions": "text"}

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
        ("date", _S), ("outlet", _S), ("url", _S), ("date_iso", _S), ("duplicate_of", _S),
    ]),
    "quotations": pa.schema([
        ("quote_id", _S), ("article_id", _S), ("kind", _S), ("speaker", _S), ("mention", _S),
        ("cue", _S), ("content", _S), ("start", _I), ("end", _I), ("quote_track_id", _S),
    ]),
    "claims": pa.schema([
        ("claim_id", _S), ("article_id", _S), ("quote_id", _S), ("kind", _S), ("text", _S),
        ("value", _F), ("value_high", _F), ("unit", _S), ("qualifier", _S), ("subject", _S),
        ("speaker", _S), ("start", _I), ("end", _I), ("claim_track_id", _S),
    ]),
    "mentions": pa.schema([
        ("mention_id", _S), ("article_id", _S), ("kind", _S), ("text", _S), ("value", _F),
        ("start", _I), ("end", _I),
    ]),
    # Cross-article tracks (builder/tracking.py), computed after the four configs above.
    "quote_tracks": pa.schema([
        ("track_id", _S), ("speaker", _S), ("content", _S), ("first_quote_id", _S), ("first_article_id", _S),
        ("quote_ids", pa.list_(_S)), ("article_ids", pa.list_(_S)), ("outlets", pa.list_(_S)),
        ("n_quotes", _I), ("n_articles", _I), ("n_stories", _I), ("n_outlets", _I),
        ("first_seen", _S), ("last_seen", _S),
    ]),
    "claim_tracks": pa.schema([
        ("track_id", _S), ("subject_key", _S), ("subject", _S), ("subject_from", _S), ("kind", _S), ("unit", _S),
        ("claim_ids", pa.list_(_S)), ("article_ids", pa.list_(_S)), ("values", pa.list_(_F)),
        ("values_high", pa.list_(_F)), ("texts", pa.list_(_S)), ("speakers", pa.list_(_S)),
        ("dates", pa.list_(_S)), ("outlets", pa.list_(_S)),
        ("n_claims", _I), ("n_articles", _I), ("n_stories", _I), ("n_outlets", _I), ("n_values", _I),
        ("value_min", _F), ("value_max", _F), ("agree", pa.bool_()), ("tolerance", _F),
        ("first_seen", _S), ("last_seen", _S),
    ]),
}

#: The id column of each config: rows are sorted by it and shards are chosen from it.
ID_COLUMN = {"articles": "article_id", "quotations": "quote_id", "claims": "claim_id", "mentions": "mention_id",
             "quote_tracks": "track_id", "claim_tracks": "track_id"}

#: The JSON Schema (in ``schema/``) each config's records are validated against.
SCHEMA_FILE = {"articles": "article", "quotations": "quotation", "claims": "claim", "mentions": "mention",
               "quote_tracks": "quote_track", "claim_tracks": "claim_track"}

#: Span columns whose ``text[start:end]`` must equal the named column.
SPAN_COLUMN = {"quotations": "content", "claims": "text", "mentions": "text"}

"""``goftar cite <id>``: a record, the article it is in, and the BibTeX of the release holding it.

Looks in one release folder (``--release``) or in every release of a DIST, newest first, so a
record dropped by a later release is still found in the release that had it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .columns import ID_COLUMN

#: The config a record id belongs to, from its first letter (see ``ids.py``).
CONFIG_OF_PREFIX = {"a": "articles", "q": "quotations", "c": "claims", "m": "mentions"}
_BIBTEX = re.compile(r"```bibtex\n(.*?)\n```", re.S)


@dataclass
class Citation:
    release: Path
    version: str
    config: str
    record: dict
    article: dict
    bibtex: str


def config_of(record_id: str) -> str:
    config = CONFIG_OF_PREFIX.get(record_id[:1])
    if config is None or not re.fullmatch(r"[0-9a-f]{16}", record_id[1:]):
        raise ValueError(f"not a record id: {record_id!r} (a, q, c or m and 16 hex digits)")
    return config


def find_row(folder: Path, config: str, column: str, value: str, columns: list[str] | None = None) -> dict | None:
    """The row of one config of a release whose ``column`` equals ``value`` (None if absent)."""
    import pyarrow.parquet as pq

    for shard in sorted((Path(folder) / "data" / config).glob("*.parquet")):
        table = pq.read_table(shard, columns=columns, filters=[(column, "=", value)])
        if table.num_rows:
            return table.to_pylist()[0]
    return None


def release_bibtex(folder: Path) -> str:
    """The BibTeX block of the release's own card (so an old release cites itself as it was)."""
    card = (Path(folder) / "README.md").read_text(encoding="utf-8")
    found = _BIBTEX.search(card)
    if not found:
        raise ValueError(f"{folder}/README.md has no BibTeX block")
    return found.group(1)


def cite(record_id: str, releases: list[Path]) -> Citation | None:
    """Find ``record_id`` in the first of ``releases`` that holds it."""
    config = config_of(record_id)
    for folder in releases:
        record = find_row(folder, config, ID_COLUMN[config], record_id)
        if record is None:
            continue
        article = find_row(folder, "articles", "article_id", record["article_id"],
                           ["article_id", "file", "title", "sources", "date", "outlet", "url"])
        return Citation(folder, folder.name[1:], config, record, article or {}, release_bibtex(folder))
    return None


def candidate_releases(dist: Path, release: Path | None = None) -> list[Path]:
    """``[release]`` when given, else every release in ``dist``, newest first."""
    from .versioning import releases

    if release is not None:
        return [Path(release)]
    return [path for _, path in reversed(releases(Path(dist)))]


def render(c: Citation) -> str:
    record = dict(c.record)
    if c.config == "articles":
        record["text"] = f"<{len(record['text'])} characters>"
    art = c.article
    lines = [f"{c.config} record {c.record[ID_COLUMN[c.config]]} in release v{c.version} ({c.release}):",
             json.dumps(record, ensure_ascii=False, indent=2), "",
             f"article {art.get('article_id')}:",
             f"  file:    {art.get('file')}",
             f"  title:   {art.get('title')}",
             f"  sources: {', '.join(art.get('sources') or []) or '-'}"]
    for key in ("date", "outlet", "url"):
        if art.get(key):
            lines.append(f"  {key + ':':<8} {art[key]}")
    lines += ["", f"Cite release v{c.version}:", "", c.bibtex]
    return "\n".join(lines)

"""What changed between two releases: records added/removed/changed per config (by stable id),
the schema diff and the corpus diff (by ``articles.file`` and article id). Written into the new
release as ``changes.json`` (for machines) and ``CHANGELOG.md`` (for people, newest first).
"""
from __future__ import annotations

import json
from pathlib import Path

from .columns import ID_COLUMN
from .versioning import bump_level, describe_release, required_level, schema_changes

CHANGES = "changes.json"
CHANGELOG = "CHANGELOG.md"
_LISTED = 20    # files listed by name per corpus section of the changelog


def no_rows():
    """An empty digest frame (a config absent from a release)."""
    import polars as pl

    return pl.DataFrame({"id": [], "h": []}, schema={"id": pl.String, "h": pl.UInt64})


def row_digests(folder: Path, config: str, columns: list[str] | None = None):
    """A polars frame ``(id, h)``: each row's id and a hash of the row over ``columns`` (default all).

    Hashes only compare two releases in one process (polars' row hash is not a stable format),
    so they are never written anywhere. A frame, not a dict: two columns cost a few bytes per row
    where a dict of Python strings costs ≈ 150 (changes.json lists every id of a 16× corpus)."""
    import polars as pl

    shards = sorted((Path(folder) / "data" / config).glob("*.parquet"))
    if not shards:
        return no_rows()
    id_col = ID_COLUMN.get(config) or list(pl.read_parquet_schema(shards[0]))[0]
    parts = []
    for shard in shards:   # one shard in memory at a time: a row's hash depends on that row only
        frame = pl.read_parquet(shard, columns=columns)
        parts.append(pl.DataFrame({"id": frame[id_col].cast(pl.String), "h": frame.hash_rows(seed=0)}))
        del frame
    return pl.concat(parts, rechunk=True)


def diff_records(old, new) -> dict:
    """Ids added, removed and changed (same id, different row) between two digest frames.

    The id lists are sorted polars Series (``write_json`` streams them); counts are ints."""
    import polars as pl

    both = old.join(new, on="id", how="full", suffix="_new", coalesce=True)
    in_old, in_new = pl.col("h").is_not_null(), pl.col("h_new").is_not_null()

    def ids(cond) -> "pl.Series":
        return both.filter(cond).get_column("id").sort()

    changed = ids(in_old & in_new & (pl.col("h") != pl.col("h_new")))
    common = both.filter(in_old & in_new).height
    return {"added": ids(~in_old), "removed": ids(~in_new), "changed": changed,
            "unchanged": common - changed.len(), "rows_before": old.height, "rows_after": new.height}


def articles_by_file(folder: Path | None) -> dict[str, str]:
    """``{file: article_id}`` of a release's ``articles`` config (empty for no release)."""
    import pyarrow.parquet as pq

    if folder is None:
        return {}
    out = {}
    for shard in sorted((Path(folder) / "data" / "articles").glob("*.parquet")):
        table = pq.ParquetFile(shard).read(columns=["file", "article_id"])   # (read_table imports pandas: ~0.3 s)
        out.update(zip(table.column("file").to_pylist(), table.column("article_id").to_pylist()))
    return out


def diff_corpus(old: dict[str, str], new: dict[str, str]) -> dict:
    """Articles added, removed, changed (same file, new text) and moved (same text, new file)."""
    added = {f: new[f] for f in new.keys() - old.keys()}
    removed = {f: old[f] for f in old.keys() - new.keys()}
    removed_by_id = {aid: f for f, aid in removed.items()}
    moved = []
    for file, aid in sorted(added.items()):
        if aid in removed_by_id:
            moved.append({"from": removed_by_id.pop(aid), "to": file, "article_id": aid})
    moved_to = {m["to"] for m in moved}
    return {
        "added": [{"file": f, "article_id": a} for f, a in sorted(added.items()) if f not in moved_to],
        "removed": [{"file": f, "article_id": a} for a, f in sorted(removed_by_id.items(), key=lambda x: x[1])],
        "changed": [{"file": f, "article_id_before": old[f], "article_id_after": new[f]}
                    for f in sorted(old.keys() & new.keys()) if old[f] != new[f]],
        "moved": moved,
    }


def diff_releases(previous: Path | None, folder: Path, version: str) -> dict:
    """The machine-readable diff of release ``folder`` (version ``version``) against ``previous``.

    Id lists are polars Series (see ``diff_records``); ``write_json`` writes the diff."""
    new_schema = describe_release(folder)
    old_schema = describe_release(previous) if previous else {}
    prev_version = previous.name[1:] if previous else None
    changes = schema_changes(old_schema, new_schema) if previous else []
    configs = {}
    for config in sorted(set(new_schema) | set(old_schema)):
        before, after = old_schema.get(config, {}), new_schema.get(config, {})
        common = sorted(n for n in set(before) & set(after) if before[n]["arrow"] and after[n]["arrow"])
        # only shared columns are compared (a new column is a schema change); a config in one
        # release only (or no previous release at all): its ids are all that is needed
        id_col = ID_COLUMN.get(config)
        cols = common if before and after else ([id_col] if id_col else None)
        old = row_digests(previous, config, cols) if config in old_schema else no_rows()
        new = row_digests(folder, config, cols) if config in new_schema else no_rows()
        configs[config] = diff_records(old, new)
    return {
        "version": version,
        "previous_version": prev_version,
        "bump": bump_level(prev_version, version) if prev_version else None,
        "schema": {"required_bump": required_level(changes) if previous else None,
                   "changes": [c.as_dict() for c in changes]},
        "corpus": diff_corpus(articles_by_file(previous), articles_by_file(folder)),
        "configs": configs,
    }


_ID_CHUNK = 65536   # ids per json.dumps call when a Series is written


def _dumps(value) -> str:
    # json.dumps, not json.dump: only the one-shot call uses json's C encoder (≈ 10× faster)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_json(value, fh) -> None:
    """Write ``value`` as compact, key-sorted JSON, streaming polars Series in chunks.

    The same text as ``json.dumps(value, sort_keys=True, separators=(",", ":"))`` with every Series
    as a list, without ever holding all the ids of a config as Python strings."""
    import polars as pl

    if isinstance(value, pl.Series):
        fh.write("[")
        for start in range(0, value.len(), _ID_CHUNK):
            fh.write(("," if start else "") + _dumps(value.slice(start, _ID_CHUNK).to_list())[1:-1])
        fh.write("]")
    elif isinstance(value, dict) and any(isinstance(v, (dict, pl.Series)) for v in value.values()):
        fh.write("{")
        for n, key in enumerate(sorted(value)):
            fh.write(("," if n else "") + _dumps(str(key)) + ":")
            write_json(value[key], fh)
        fh.write("}")
    else:
        fh.write(_dumps(value))


def render_changelog_entry(diff: dict, date: str) -> str:
    """One release's section of ``CHANGELOG.md``."""
    version, prev = diff["version"], diff["previous_version"]
    lines = [f"## v{version} — {date}", ""]
    if prev is None:
        lines += ["First release in this line (no earlier release to compare with).", ""]
    else:
        lines += [f"Compared with v{prev} (a {diff['bump']} release).", ""]
        lines += ["### Schema", ""]
        schema = diff["schema"]["changes"]
        lines += [f"- `{c['config']}{'.' + c['field'] if c['field'] else ''}`: {c['change']}"
                  + (f" ({c['detail']})" if c["detail"] else "") + f" — needs {c['level']}"
                  for c in schema] or ["- No change."]
        lines += ["", "### Corpus", ""]
        corpus = diff["corpus"]
        for key, label in (("added", "added"), ("removed", "removed"), ("changed", "changed (new text)"),
                           ("moved", "moved (same text, new file)")):
            items = corpus[key]
            lines.append(f"- {len(items)} article{'' if len(items) == 1 else 's'} {label}")
            for item in items[:_LISTED]:
                name = f"{item['from']} → {item['to']}" if key == "moved" else item["file"]
                lines.append(f"  - `{name}`")
            if len(items) > _LISTED:
                lines.append(f"  - … and {len(items) - _LISTED} more (see `{CHANGES}`)")
        lines.append("")
    lines += ["### Records", "", "| config | rows | added | removed | changed |", "|---|---|---|---|---|"]
    for config, d in diff["configs"].items():
        lines.append(f"| `{config}` | {d['rows_after']:,} | {len(d['added']):,} | {len(d['removed']):,} "
                     f"| {len(d['changed']):,} |")
    lines += ["", f"Every id is listed in `{CHANGES}`.", ""]
    return "\n".join(lines)


def render_changelog(entry: str, previous_changelog: str | None) -> str:
    """The new entry on top of the previous release's changelog entries."""
    head = "# Changelog\n\nEvery release of this dataset, newest first. A release never changes once written.\n\n"
    older = ""
    if previous_changelog:
        cut = previous_changelog.find("\n## ")
        older = previous_changelog[cut + 1:] if cut >= 0 else ""
    return head + entry + ("\n" + older if older else "")


def write_changes(folder: Path, previous: Path | None, version: str, date: str) -> dict:
    """Write ``changes.json`` and ``CHANGELOG.md`` into release ``folder``; return the diff."""
    folder = Path(folder)
    diff = diff_releases(previous, folder, version)
    with open(folder / CHANGES, "w", encoding="utf-8") as fh:
        write_json(diff, fh)
        fh.write("\n")
    prev_log = previous / CHANGELOG if previous else None
    old = prev_log.read_text(encoding="utf-8") if prev_log and prev_log.is_file() else None
    (folder / CHANGELOG).write_text(render_changelog(render_changelog_entry(diff, date), old), encoding="utf-8")
    return diff

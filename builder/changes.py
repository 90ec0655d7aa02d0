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


def row_digests(folder: Path, config: str, columns: list[str] | None = None) -> dict[str, int]:
    """``{id: hash of the row}`` for one config of a release, over ``columns`` (default all).

    Hashes only compare two releases in one process (polars' row hash is not a stable format),
    so they are never written anywhere."""
    import polars as pl

    shards = sorted((Path(folder) / "data" / config).glob("*.parquet"))
    if not shards:
        return {}
    id_col = ID_COLUMN.get(config) or list(pl.read_parquet_schema(shards[0]))[0]
    out: dict[str, int] = {}
    for shard in shards:   # one shard in memory at a time: a row's hash depends on that row only
        frame = pl.read_parquet(shard, columns=columns)
        out.update(zip(frame[id_col].to_list(), frame.hash_rows(seed=0).to_list()))
    return out


def diff_records(old: dict, new: dict) -> dict:
    """Ids added, removed and changed (same id, different row) between two digest maps."""
    common = old.keys() & new.keys()
    changed = sorted(i for i in common if old[i] != new[i])
    return {"added": sorted(new.keys() - old.keys()), "removed": sorted(old.keys() - new.keys()),
            "changed": changed, "unchanged": len(common) - len(changed),
            "rows_before": len(old), "rows_after": len(new)}


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
    """The machine-readable diff of release ``folder`` (version ``version``) against ``previous``."""
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
        old = row_digests(previous, config, cols) if config in old_schema else {}
        new = row_digests(folder, config, cols) if config in new_schema else {}
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
        # json.dumps, not json.dump: only the one-shot call uses json's C encoder (the same text, ≈ 10× faster)
        fh.write(json.dumps(diff, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
        fh.write("\n")
    prev_log = previous / CHANGELOG if previous else None
    old = prev_log.read_text(encoding="utf-8") if prev_log and prev_log.is_file() else None
    (folder / CHANGELOG).write_text(render_changelog(render_changelog_entry(diff, date), old), encoding="utf-8")
    return diff

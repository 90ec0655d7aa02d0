"""Build a release folder from a corpus folder: the I/O edge around ``pipeline.extract_article``.

Articles stream through in bounded batches (in worker processes when ``workers > 1``); each
record is validated, then spilled to per-shard files on disk, so memory stays flat as the
corpus grows. Shards are finally sorted by id and written as Parquet; the folder is built
under a temporary name and renamed into place only when complete.
"""
from __future__ import annotations

import os
import pickle
import shutil
import sys
import time
import traceback
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Callable, Iterable

from . import __version__
from .columns import CONFIGS, ID_COLUMN
from .pipeline import extract_article
from .reader import list_files, read_file, read_meta
from .validate import problems

BATCH = 64
ARTICLES_PER_SHARD = 5000
SPILL_ROWS = 20000


class ReleaseExists(RuntimeError):
    """The version's folder exists with different content: a release is never changed."""


@dataclass
class FileResult:
    file: str
    status: str                      # built | rejected | duplicate | failed
    reason: str | None = None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
    article_id: str | None = None
    records: dict[str, list[dict]] = field(default_factory=dict)
    quarantine: list[dict] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def process_file(root: str, rel: str, meta: dict | None) -> FileResult:
    """Read, extract and validate one file. Never raises: failures become a status."""
    t0 = time.perf_counter()
    src = read_file(root, rel, meta)
    t1 = time.perf_counter()
    if src.text is None:
        return FileResult(rel, "rejected", src.error, notes=src.notes, seconds={"read": t1 - t0})
    try:
        records = extract_article(src.text, rel, src.meta)
    except Exception as exc:  # an extractor bug must not sink the build or lose the file
        tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return FileResult(rel, "failed", f"extraction raised {tb}", src.encoding, src.notes)
    t2 = time.perf_counter()
    kept: dict[str, list[dict]] = {}
    quarantine = []
    for config, rows in records.items():
        good = kept.setdefault(config, [])
        for row in rows:
            found = problems(config, row, src.text)
            if found:
                quarantine.append({"config": config, "file": rel, "id": row.get(ID_COLUMN[config]),
                                   "problems": found, "record": row})
            else:
                good.append(row)
    t3 = time.perf_counter()
    aid = records["articles"][0]["article_id"]
    return FileResult(rel, "built", None, src.encoding, src.notes, aid, kept, quarantine,
                      {"read": t1 - t0, "extract": t2 - t1, "validate": t3 - t2})


def _process_batch(args: tuple[str, list[tuple[str, dict | None]]]) -> list[FileResult]:
    root, items = args
    return [process_file(root, rel, meta) for rel, meta in items]


class _Spill:
    """Rows of one config, bucketed by shard and spilled to disk as buckets fill."""

    def __init__(self, folder: Path, config: str, shards: int):
        self.folder, self.config, self.shards = folder, config, shards
        self.buffers: list[list[dict]] = [[] for _ in range(shards)]
        self.buffered = 0
        self.count = 0

    def shard_of(self, row_id: str) -> int:
        return int(row_id[1:9], 16) % self.shards

    def add(self, row: dict) -> None:
        self.buffers[self.shard_of(row[ID_COLUMN[self.config]])].append(row)
        self.buffered += 1
        self.count += 1
        if self.buffered >= SPILL_ROWS:
            self.flush()

    def flush(self) -> None:
        for shard, rows in enumerate(self.buffers):
            if rows:
                with open(self.folder / f"{self.config}-{shard}.pkl", "ab") as fh:
                    pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.buffers = [[] for _ in range(self.shards)]
        self.buffered = 0

    def shard_rows(self, shard: int) -> list[dict]:
        rows: list[dict] = []
        path = self.folder / f"{self.config}-{shard}.pkl"
        if path.exists():
            with open(path, "rb") as fh:
                while True:
                    try:
                        rows.extend(pickle.load(fh))
                    except EOFError:
                        break
        return rows


def write_parquet(rows: "list[dict] | pl.DataFrame", config: str, path: Path) -> None:
    """Rows → polars frame under the config's fixed schema → Parquet, sorted by id.

    polars builds and sorts the frame; its Arrow data is cast to the plain-``string`` schema
    and written with fixed writer options, since polars itself only writes ``large_string``.
    """
    import polars as pl
    import pyarrow.parquet as pq

    schema = CONFIGS[config]
    if isinstance(rows, pl.DataFrame):  # already a frame (tracking rewrites shards this way)
        frame = rows.select(schema.names)
    else:
        columns = {name: [row.get(name) for row in rows] for name in schema.names}
        frame = pl.DataFrame(columns, schema=pl.Schema(pl.from_arrow(schema.empty_table()).schema))
    frame = frame.sort(ID_COLUMN[config])
    table = frame.to_arrow().cast(schema)
    pq.write_table(table, path, compression="zstd", compression_level=9, row_group_size=10000,
                   write_statistics=True, store_schema=True)


@dataclass
class BuildResult:
    folder: Path
    report: dict
    status: str          # built | unchanged
    exit_code: int


def build(corpus: str | Path, dist: str | Path, version: str = __version__, workers: int | None = None,
          progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Build ``dist/v<version>`` from every article under ``corpus``; see the module doc."""
    from .release import finish_release, same_release
    from .tracking import add_tracks
    from .versioning import check_release_version

    corpus, dist = Path(corpus), Path(dist)
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus}")
    dist.mkdir(parents=True, exist_ok=True)
    previous = check_release_version(dist, version)   # IncompatibleVersion: refused before any work
    target = dist / f"v{version}"
    _clean_stale_partials(dist)
    tmp = dist / f".v{version}.partial-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    spill_dir = tmp / ".spill"
    spill_dir.mkdir(parents=True)
    try:
        files = list_files(corpus)
        meta, meta_problems = read_meta(corpus)
        shards = max(1, -(-len(files) // ARTICLES_PER_SHARD))
        spills = {config: _Spill(spill_dir, config, shards) for config in CONFIGS}
        report = _new_report(files, meta_problems, version)
        seen: dict[str, str] = {}
        timings: dict[str, float] = {}
        done = 0
        for result in _results(str(corpus), [(f, meta.get(f)) for f in files], workers):
            done += 1
            if progress:
                progress(done, len(files))
            for stage, secs in result.seconds.items():
                timings[stage] = timings.get(stage, 0.0) + secs
            if result.status == "built" and result.article_id in seen:
                result.status, result.reason = "duplicate", f"same text as {seen[result.article_id]}"
            entry = {"file": result.file, "status": result.status}
            if result.reason:
                entry["reason"] = result.reason
            if result.encoding:
                entry["encoding"] = result.encoding
            if result.notes:
                entry["notes"] = result.notes
            if result.status == "built":
                seen[result.article_id] = result.file
                entry["article_id"] = result.article_id
                for config, rows in result.records.items():
                    for row in rows:
                        spills[config].add(row)
                report["quarantine"].extend(result.quarantine)
            report["files"].append(entry)
        t0 = time.perf_counter()
        data = tmp / "data"
        for config, spill in spills.items():
            spill.flush()
            (data / config).mkdir(parents=True)
            for shard in range(shards):
                write_parquet(spill.shard_rows(shard), config,
                              data / config / f"train-{shard:05d}-of-{shards:05d}.parquet")
            report["counts"][config] = spill.count
        timings["write"] = time.perf_counter() - t0
        shutil.rmtree(spill_dir)
        t0 = time.perf_counter()
        add_tracks(tmp, report)  # cross-article tracks: after every shard is written
        timings["tracking"] = time.perf_counter() - t0
        _summarize(report)
        finish_release(tmp, report, version, previous)
        if target.exists():
            if same_release(tmp, target):
                shutil.rmtree(tmp)
                return BuildResult(target, report, "unchanged", _exit_code(report))
            raise ReleaseExists(
                f"{target} already exists with different content; a release is never changed: "
                f"bump the version in builder/__init__.py")
        os.rename(tmp, target)
        report["timings"] = timings
        return BuildResult(target, report, "built", _exit_code(report))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _results(root: str, items: list[tuple[str, dict | None]], workers: int | None) -> Iterable[FileResult]:
    batches = [(root, items[i:i + BATCH]) for i in range(0, len(items), BATCH)]
    workers = workers or 1
    if workers <= 1 or len(batches) <= 1:
        for batch in batches:
            yield from _process_batch(batch)
        return
    with get_context("fork").Pool(workers) as pool:
        for results in pool.imap(_process_batch, batches):
            yield from results


def _new_report(files: list[str], meta_problems: list, version: str) -> dict:
    return {
        "version": version,
        "files_found": len(files),
        "files": [],
        "meta_problems": [{"meta_file": p.meta_file, "line": p.line, "error": p.error} for p in meta_problems],
        "quarantine": [],
        "counts": {},
    }


def _summarize(report: dict) -> None:
    statuses: dict[str, int] = {}
    for entry in report["files"]:
        statuses[entry["status"]] = statuses.get(entry["status"], 0) + 1
    report["file_status"] = dict(sorted(statuses.items()))
    report["quarantined_records"] = len(report["quarantine"])
    report["quarantine"].sort(key=lambda q: (q["config"], q["file"], str(q["id"])))
    assert sum(statuses.values()) == report["files_found"], "every input file is accounted for"
    report["accounting"] = {  # files_found = built + rejected + duplicate + failed; extracted = written + quarantined
        "files_found": report["files_found"], **{s: statuses.get(s, 0) for s in ("built", "rejected", "duplicate", "failed")},
        "records_written": dict(report["counts"]),
        "records_quarantined": {c: sum(q["config"] == c for q in report["quarantine"]) for c in report["counts"]},
    }


def _exit_code(report: dict) -> int:
    return 3 if report["quarantined_records"] else 0


def _clean_stale_partials(dist: Path) -> None:
    """Remove ``.v*.partial-<pid>`` folders left by builds that were killed."""
    for path in dist.glob(".v*.partial-*"):
        pid = path.name.rsplit("-", 1)[-1]
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def progress_bar(stream=sys.stderr) -> Callable[[int, int], None] | None:
    """A one-line progress bar on a terminal; ``None`` (quiet) when not a TTY."""
    if not stream.isatty():
        return None
    started = time.perf_counter()

    def show(done: int, total: int) -> None:
        if done != total and done % 16:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        rate = done / max(time.perf_counter() - started, 1e-9)
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles  {rate:,.0f}/s")
        if done == total:
            stream.write("\n")
        stream.flush()
    return show

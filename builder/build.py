"""Build a release folder from a corpus folder: the I/O edge around ``pipeline.extract_article``.

Articles stream through in bounded batches (in worker processes when ``workers > 1``); each
record is validated, then spilled by the process that extracted it to its own per-shard files on
disk, so records never travel to the main process and no config is held whole. The main process
gathers small per-file results (report entries, track inputs), computes the cross-article tracks,
and the shards are then sorted by id and written as Parquet once, with the track columns, in
parallel; the folder is built under a temporary name and renamed into place only when complete. Results of unchanged
articles come from the incremental cache (``builder.cache``); the Ray engine
(``builder.engine_ray``) runs the same ``process_source`` on a cluster and feeds this same writer.
"""
from __future__ import annotations

import inspect
import json
import os
import pickle
import shutil
import sys
import threading
import time
import traceback
import zlib
from collections import deque
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterator

from . import __version__
from .cache import ExtractCache, entry_key
from .columns import CONFIGS, ID_COLUMN
from .pipeline import extract_article
from .reader import SourceFile, list_files, meta_line, read_file, read_meta
from .validate import problems

BATCH = 64
ARTICLES_PER_SHARD = 5000
SPILL_ROWS = 4000                # rows of one config held in memory before spilling


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
    #: Rows per config once ``records`` are spilled by the worker (then ``records`` is empty).
    counts: dict[str, int] = field(default_factory=dict)
    #: What cross-article tracks need of this article (``tracking.track_input``).
    tracks: dict | None = None


def read_timed(root: str, rel: str, meta: dict | None) -> tuple[SourceFile, dict[str, float]]:
    """Read and decode one file, with the seconds it took as the first stage timing."""
    t0 = time.perf_counter()
    if isinstance(meta, tuple):   # where the line is (``read_meta(..., locate=True)``)
        meta = meta_line(*meta)
    src = read_file(root, rel, meta)
    return src, {"read": time.perf_counter() - t0}


def process_file(root: str, rel: str, meta: dict | None) -> FileResult:
    """Read, extract and validate one file. Never raises: failures become a status."""
    return process_source(*read_timed(root, rel, meta))


def process_source(src: SourceFile, seconds: dict[str, float] | None = None) -> FileResult:
    """Extract and validate one decoded file (the pure part, the same on every engine)."""
    rel, seconds = src.file, dict(seconds or {})
    if src.text is None:
        return FileResult(rel, "rejected", src.error, notes=src.notes, seconds=seconds)
    try:
        if _takes_timings(extract_article):
            records = extract_article(src.text, rel, src.meta, timings=seconds)
        else:
            records = extract_article(src.text, rel, src.meta)
    except Exception as exc:  # an extractor bug must not sink the build or lose the file
        tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return FileResult(rel, "failed", f"extraction raised {tb}", src.encoding, src.notes, seconds=seconds)
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
    seconds["validate"] = time.perf_counter() - t2
    aid = records["articles"][0]["article_id"]
    return FileResult(rel, "built", None, src.encoding, src.notes, aid, kept, quarantine, seconds)


@lru_cache(maxsize=8)
def _takes_timings(fn: Callable) -> bool:
    """Whether ``fn`` records stage timings: a stand-in ``extract_article(text, file, meta)``
    (as tests use) still works, only without per-stage times."""
    params = inspect.signature(fn).parameters.values()
    return any(p.name == "timings" or p.kind is p.VAR_KEYWORD for p in params)


def cached_result(src: SourceFile, cache: ExtractCache | None, seconds: dict[str, float] | None = None,
                  ) -> tuple[FileResult | None, str | None]:
    """``(result, key)``: the cached result of a decoded file, or ``(None, key)`` on a miss."""
    if cache is None or src.text is None:
        return None, None
    t0 = time.perf_counter()
    key = entry_key(src.text, src.file, src.meta)
    hit = cache.get(key)
    if not isinstance(hit, tuple) or len(hit) != 4:   # a miss (or an entry of another layout)
        return None, key
    aid, records, quarantine, tracks = hit
    seconds = dict(seconds or {})
    seconds["cache"] = time.perf_counter() - t0
    return FileResult(src.file, "built", None, src.encoding, src.notes, aid, records, quarantine, seconds,
                      tracks=tracks), key


def remember(cache: ExtractCache | None, key: str | None, result: FileResult) -> None:
    """Store a freshly built result (never a failure) under ``key``, with its track inputs
    when they are computed already."""
    if cache is not None and key is not None and result.status == "built":
        cache.put(key, (result.article_id, result.records, result.quarantine, result.tracks))


def _process_batch(args: tuple) -> list[FileResult]:
    """One batch of consecutive files, in a worker: results, with the records spilled right here
    (the worker's own spill files), so only counts and track inputs travel back."""
    root, first, items, cache_args, spill_args = args
    cache = ExtractCache(*cache_args) if cache_args else None
    spill = _Spill(*spill_args, writer=str(os.getpid())) if spill_args else None
    out = []
    with cache.writing_behind() if cache is not None else nullcontext():
        for index, (rel, meta) in enumerate(items, first):
            src, seconds = read_timed(root, rel, meta)
            result, key = cached_result(src, cache, seconds)
            if result is None:
                result = process_source(src, seconds)
                if spill is not None:
                    add_track_input(result)
                remember(cache, key, result)
            if spill is not None:
                spill_result(spill, index, result)
            out.append(result)
    if spill is not None:
        spill.flush()
    return out


def add_track_input(result: FileResult) -> None:
    """Compute what cross-article tracks need of a built result (kept in the cache with it)."""
    from .tracking import track_input

    if result.status == "built" and result.tracks is None:
        t0 = time.perf_counter()
        result.tracks = track_input(result.records)
        result.seconds["track_input"] = time.perf_counter() - t0


def spill_result(spill: "_Spill", index: int, result: FileResult) -> None:
    """Move a built result's records into ``spill`` (as file number ``index``), keeping their
    counts and the article's track inputs on the result."""
    if result.status != "built" or not result.records:
        return
    add_track_input(result)
    t0 = time.perf_counter()
    for config, rows in result.records.items():
        result.counts[config] = len(rows)
        spill.add(config, index, rows)
    result.records = {}
    result.seconds["spill"] = result.seconds.get("spill", 0.0) + time.perf_counter() - t0


class _Spill:
    """One writer's rows (a worker's, or the main process's), bucketed by config and shard and
    appended to its own files as chunks ``(first file number, file number of each row, rows)``.

    A shard's rows are its chunks from every writer in file order, minus the files found to be
    duplicates: the same rows, in the same order, as one process reading every result."""

    def __init__(self, folder: str | Path, shards: int, writer: str = "main"):
        self.folder, self.shards, self.writer = Path(folder), shards, writer
        self.buffers: dict[tuple[str, int], tuple[list[int], list[dict]]] = {}
        self.first: int | None = None
        self.buffered = 0

    def shard_of(self, row_id: str) -> int:
        return int(row_id[1:9], 16) % self.shards

    def add(self, config: str, index: int, rows: list[dict]) -> None:
        if self.first is None:
            self.first = index
        key = ID_COLUMN[config]
        for row in rows:
            files, kept = self.buffers.setdefault((config, self.shard_of(row[key])), ([], []))
            files.append(index)
            kept.append(row)
        self.buffered += len(rows)
        if self.buffered >= SPILL_ROWS and self.writer == "main":
            self.flush()

    def flush(self) -> None:
        for (config, shard), chunk in sorted(self.buffers.items()):
            with open(self.folder / f"{config}-{shard}.{self.writer}.pkl", "ab") as fh:
                pickle.dump((self.first, *chunk), fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.buffers, self.first, self.buffered = {}, None, 0


def shard_rows(folder: Path, config: str, shard: int, dropped: set[int] | frozenset = frozenset()) -> list[dict]:
    """Every spilled row of one shard, in file order, without the rows of ``dropped`` files."""
    chunks = []
    for path in sorted(Path(folder).glob(f"{config}-{shard}.*.pkl")):
        with open(path, "rb") as fh:
            while True:
                try:
                    chunks.append(pickle.load(fh))
                except EOFError:
                    break
    chunks.sort(key=lambda chunk: chunk[0])
    rows: list[dict] = []
    for _, files, part in chunks:
        if dropped:
            rows.extend(row for index, row in zip(files, part) if index not in dropped)
        else:
            rows.extend(part)
    return rows


def write_parquet(rows: "list[dict] | pl.DataFrame", config: str, path: Path, consume: bool = False) -> None:
    """Rows → polars frame under the config's fixed schema → Parquet, sorted by id.

    polars builds and sorts the frame; its Arrow data is cast to the plain-``string`` schema
    and written with fixed writer options, since polars itself only writes ``large_string``.
    With ``consume``, ``rows`` is emptied as the frame is built (the shard writers: see ``_frame``).
    """
    import polars as pl
    import pyarrow.parquet as pq

    schema = CONFIGS[config]
    if isinstance(rows, pl.DataFrame):  # already a frame (tracking rewrites shards this way)
        frame = rows.select(schema.names)
    else:
        frame = _frame(rows, pl.Schema(pl.from_arrow(schema.empty_table()).schema), consume)
    frame = frame.sort(ID_COLUMN[config])
    table = frame.to_arrow().cast(schema)
    del frame
    pq.write_table(table, path, compression="zstd", compression_level=9, row_group_size=10000,
                   write_statistics=True, store_schema=True)


def _frame(rows: list[dict], schema: "pl.Schema", consume: bool) -> "pl.DataFrame":
    """``pl.DataFrame({name: [row.get(name) for row in rows]}, schema=schema)``, a column at a time;
    with ``consume``, each column's values are taken out of the rows as it is built, so a shard's
    Python values are freed a column at a time instead of living beside the whole frame."""
    import polars as pl

    series = []
    for name, dtype in schema.items():
        values = [row.pop(name, None) for row in rows] if consume else [row.get(name) for row in rows]
        series.append(pl.Series(name, values, dtype=dtype))
        del values
    if consume:
        rows.clear()
    return pl.DataFrame(series)


@dataclass
class BuildResult:
    folder: Path
    report: dict
    status: str          # built | unchanged
    exit_code: int


def build(corpus: str | Path, dist: str | Path, version: str = __version__, workers: int | None = None,
          progress: Callable[[int, int], None] | None = None, engine: str = "local",
          address: str | None = None, cache: bool = True) -> BuildResult:
    """Build ``dist/v<version>`` from every article under ``corpus``; see the module doc.

    ``engine`` is ``local`` (worker processes on this machine) or ``ray`` (Ray Data
    ``map_batches``, on the cluster at ``address`` or a local one); both write the same bytes.
    With ``cache``, results are kept under ``dist/.cache`` and reused for unchanged articles.
    """
    from .release import finish_release, same_release
    from .trackstore import TrackStore
    from .versioning import check_release_version

    corpus, dist = Path(corpus), Path(dist)
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus}")
    if engine not in ("local", "ray"):
        raise ValueError(f"unknown engine {engine!r}: local or ray")
    dist.mkdir(parents=True, exist_ok=True)
    previous = check_release_version(dist, version)   # IncompatibleVersion: refused before any work
    target = dist / f"v{version}"
    _clean_stale_partials(dist)
    tmp = dist / f".v{version}.partial-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    spill_dir = tmp / ".spill"
    spill_dir.mkdir(parents=True)
    store = ExtractCache(dist / ".cache") if cache else None
    if store is not None:
        store.prune()
    workers = max(1, workers or 1)
    started = time.perf_counter()
    try:
        with ExitStack() as stack:
            files = list_files(corpus)
            meta, meta_problems = read_meta(corpus, locate=True)
            shards = max(1, -(-len(files) // ARTICLES_PER_SHARD))
            pool = stack.enter_context(_pool(workers)) if workers > 1 and engine == "local" and len(files) > BATCH else None
            main_spill = _Spill(spill_dir, shards)
            report = _new_report(files, meta_problems, version)
            seen: dict[str, int] = {}   # article id -> index of its first file
            dropped: set[int] = set()
            inputs = TrackStore(spill_dir / "tracks")
            counts = {config: 0 for config in CONFIGS}   # every config, in order
            timings: dict[str, float] = {"startup": time.perf_counter() - started}
            # each article's meta line is only located (file, offset, length) until its batch reads
            # it: the corpus's lines, even pickled (~0.65 KB a line), grew the main process with it
            items = [(f, meta.get(f)) for f in files]
            del meta
            if engine == "ray":
                from .engine_ray import ray_results
                results = ray_results(str(corpus), items, store, address, workers)
            else:
                results = _results(str(corpus), items, pool, workers, store, (str(spill_dir), shards))
            for index, result in enumerate(results):
                if progress:
                    progress(index + 1, len(files))
                if result.records:   # not spilled by a worker (the Ray engine): spilled here
                    spill_result(main_spill, index, result)
                for stage, secs in result.seconds.items():
                    timings[stage] = timings.get(stage, 0.0) + secs
                if "cache" in result.seconds:
                    timings["cached_articles"] = timings.get("cached_articles", 0) + 1
                if result.status == "built" and result.article_id in seen:
                    result.status, result.reason = "duplicate", f"same text as {files[seen[result.article_id]]}"
                    dropped.add(index)
                entry = {"file": files[index], "status": result.status}
                if result.reason:
                    entry["reason"] = result.reason
                if result.encoding:
                    entry["encoding"] = result.encoding
                if result.notes:
                    entry["notes"] = result.notes
                if result.status == "built":
                    seen[result.article_id] = index
                    entry["article_id"] = result.article_id
                    for config, n in result.counts.items():
                        counts[config] += n
                    if result.tracks is not None:
                        inputs.add(result.tracks)
                    report["quarantine"].extend(result.quarantine)
                report["files"].append(entry)
                if index % 4096 == 4095:
                    release_free_memory()
            main_spill.flush()
            inputs.close()
            del seen, items, results, files
            release_free_memory()
            timings["extract_wall"] = time.perf_counter() - started
            # the extraction workers (hazm, their caches) end here; fresh ones write the shards, a
            # fresh one for every task (a claim-track run, a shard): a long-lived writer kept the
            # high-water mark of every task before (heap fragments, polars' allocator), so two writers
            # sat at ≈ 200 MB each between the shards of a 16× corpus instead of ≈ 80 MB
            stack.close()
            pool = stack.enter_context(_pool(workers, tasks_per_worker=1)) if workers > 1 else None
            t0 = time.perf_counter()
            data = tmp / "data"
            report["counts"].update(counts)   # the track configs' counts come with their tables
            # Each config's shards start as soon as what they need exists: mentions need no track,
            # articles only the copies, quotations their tracks (written while the main process
            # computes the claim tracks). Track tables are checked as they are written; records
            # linking to a track that failed its schema are rewritten with a null link afterwards.
            early = _start_shards(pool, spill_dir, data, ["mentions"], shards, dropped, None)
            tracks = inputs.link_copies()
            timings["track_copies"] = time.perf_counter() - t0
            # the claim tracks on the pool (a run of key buckets a task) while this process
            # computes the quote tracks; the large shards (articles, then the quotations and the
            # track tables) are queued only once the quote tracks are done, so the peaks of the
            # quote tracks (here: every quotation's columns) and of those writers never add up
            t1 = time.perf_counter()
            claim_runs = inputs.start_claim_tracks(tracks, shards, pool)
            timings["track_claims"] = time.perf_counter() - t1
            t1 = time.perf_counter()
            inputs.quote_tracks(tracks, shards)
            release_free_memory()
            timings["track_quotes"] = time.perf_counter() - t1
            # the articles shards (the texts: the largest writers) one at a time, so two of them never
            # peak together while the other worker writes the smaller configs
            early += _start_shards(pool, spill_dir, data, ["articles"], shards, dropped, tracks, one_at_a_time=True)
            checked = _start_track_shards(pool, data, inputs.folder, shards, "quote_tracks")
            late = _start_shards(pool, spill_dir, data, ["quotations"], shards, dropped, tracks)
            t1 = time.perf_counter()
            inputs.finish_claim_tracks(tracks, claim_runs)
            timings["track_claims_wait"] = time.perf_counter() - t1
            checked += _start_track_shards(pool, data, inputs.folder, shards, "claim_tracks")
            late += _start_shards(pool, spill_dir, data, ["claims"], shards, dropped, tracks)
            del inputs
            timings["tracking"] = time.perf_counter() - t0
            bad: dict[str, dict[str, tuple[list[dict], dict]]] = {}
            for config, pending in checked:
                bad.setdefault(config, {}).update(pending.get() if pool is not None else pending)
            for pending in early + late:
                pending.get()
            if any(bad.values()):
                for config, found in sorted(bad.items()):
                    for tid, (problems_found, row) in sorted(found.items()):
                        report["quarantine"].append({"config": config, "file": "(tracking)", "id": tid,
                                                     "problems": problems_found, "record": row})
                    if found:
                        tracks.drop_tracks(config, set(found))
                for pending in _start_shards(pool, spill_dir, data, ["quotations", "claims"], shards, dropped, tracks):
                    pending.get()
            report["counts"].update(quote_tracks=tracks.n_quote_tracks - len(bad.get("quote_tracks", {})),
                                    claim_tracks=tracks.n_claim_tracks - len(bad.get("claim_tracks", {})))
            del tracks
            timings["write"] = time.perf_counter() - t0 - timings["tracking"]
        shutil.rmtree(spill_dir)
        release_free_memory()
        _summarize(report)
        t0 = time.perf_counter()
        finish_release(tmp, report, version, previous)
        timings["finish"] = time.perf_counter() - t0
        if isinstance(report["files"], FileLog):
            report["files"] = list(report["files"])
        timings["total"] = time.perf_counter() - started
        report["timings"] = timings
        if target.exists():
            if same_release(tmp, target):
                shutil.rmtree(tmp)
                return BuildResult(target, report, "unchanged", _exit_code(report))
            raise ReleaseExists(
                f"{target} already exists with different content; a release is never changed: "
                f"bump the version in builder/__init__.py")
        os.rename(tmp, target)
        return BuildResult(target, report, "built", _exit_code(report))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _start_shards(pool, spill_dir: Path, data: Path, configs: list[str], shards: int, dropped: set[int],
                  tracks, one_at_a_time: bool = False) -> list:
    """Write the Parquet shards of ``configs`` (on the pool when there is one, else right here),
    each with the columns tracking adds to it; returns the pending tasks. With ``one_at_a_time``
    the shards go to the pool one after the other (each in a fresh worker), never two at once."""
    tasks = []
    for config in configs:
        (data / config).mkdir(parents=True, exist_ok=True)
        tasks += [(str(spill_dir), config, shard, shards, str(data / config), dropped,
                   tracks.added(config, shard, shards) if tracks is not None else {})
                  for shard in range(shards)]
    if pool is None:
        for task in tasks:
            _write_shard(task)
        return []
    if one_at_a_time:
        return [_InTurn(pool, _write_shard, tasks)]
    return [pool.apply_async(_write_shard, (task,)) for task in tasks]


class _InTurn:
    """Tasks run on the pool one after the other, from a thread of this process; ``get()`` waits for
    the last one and raises the first task's error, like a pool's pending result."""

    def __init__(self, pool, fn: Callable, tasks: list):
        self._error: BaseException | None = None

        def run():
            try:
                for task in tasks:
                    pool.apply_async(fn, (task,)).get()
            except BaseException as exc:  # handed to get(), in the calling thread
                self._error = exc

        self._thread = threading.Thread(target=run, name="shards-in-turn", daemon=True)
        self._thread.start()

    def get(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def _start_track_shards(pool, data: Path, folder: Path, shards: int, config: str) -> list:
    """Check and write one track table's shards from their spilled rows (on the pool when there is
    one); returns ``(config, pending result)`` pairs, each result ``{track_id: (problems, row)}`` of
    the tracks left out."""
    from .trackstore import write_track_shard

    (data / config).mkdir(parents=True, exist_ok=True)
    out = []
    for shard in range(shards):
        task = (config, str(folder / config / f"{shard:05d}.pkl"),
                str(data / config / f"train-{shard:05d}-of-{shards:05d}.parquet"))
        out.append((config, write_track_shard(*task) if pool is None else pool.apply_async(write_track_shard, task)))
    return out


def _write_shard(task: tuple) -> None:
    from .trackstore import decode_added

    spill_dir, config, shard, shards, folder, dropped, added = task
    added = decode_added(added)
    rows = shard_rows(Path(spill_dir), config, shard, dropped)
    key = ID_COLUMN[config]
    for name, values in added.items():
        for row in rows:
            row[name] = values.get(row[key])
    del added
    write_parquet(rows, config, Path(folder) / f"train-{shard:05d}-of-{shards:05d}.parquet", consume=True)
    del rows
    release_free_memory(arrow=True)


def _pool(workers: int, tasks_per_worker: int | None = None):
    """Worker processes forked from a clean server (a plain fork of this process could copy a
    lock held by one of polars' threads and hang). hazm is imported by a worker only when it
    first extracts, so a rebuild served from the cache never pays its ~3 s import. The server loads
    the lexicons before it forks (``builder.warm``): each worker would otherwise spend ≈ 0.3 s of CPU
    loading them again. With ``tasks_per_worker``, a worker is replaced by a fresh one from the
    server after that many tasks (``maxtasksperchild``), so its memory never outlives them."""
    context = get_context("forkserver")
    context.set_forkserver_preload(["builder.pipeline", "builder.validate", "builder.warm"])
    return context.Pool(workers, maxtasksperchild=tasks_per_worker)


def _results(root: str, items: list[tuple[str, dict | None]], pool, workers: int,
             store: ExtractCache | None, spill_args: tuple | None) -> Iterator[FileResult]:
    """Results in file order; at most ``2 × workers`` batches in flight, so memory stays flat.
    Records are spilled where they are extracted (``spill_args``: folder and shard count)."""
    cache_args = (str(store.root), store.version) if store else None
    batches = [(root, i, items[i:i + BATCH], cache_args, spill_args) for i in range(0, len(items), BATCH)]
    if pool is None or len(batches) <= 1:
        for batch in batches:
            yield from _process_batch(batch)
        return
    pending: deque = deque()
    for batch in batches:
        pending.append(pool.apply_async(_process_batch, (batch,)))
        if len(pending) >= 2 * workers:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


class FileLog:
    """The build report's per-file entries while a build runs: each kept as one compact JSON line,
    a thousand lines at a time compressed (≈ 30 bytes an entry instead of ≈ 150 as a line or ≈ 500
    as a dict), their statuses counted. ``build_report.json`` streams them
    (``release.dump_build_report``); the finished build's report has them as a list of dicts."""

    CHUNK = 1024

    def __init__(self):
        self.chunks: list[bytes] = []     # zlib-compressed runs of CHUNK lines, joined by newlines
        self.lines: list[bytes] = []      # the lines since the last full chunk
        self.statuses: dict[str, int] = {}
        self.count = 0

    def append(self, entry: dict) -> None:
        self.lines.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        self.statuses[entry["status"]] = self.statuses.get(entry["status"], 0) + 1
        self.count += 1
        if len(self.lines) >= self.CHUNK:
            self.chunks.append(zlib.compress(b"\n".join(self.lines), 1))
            self.lines = []

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[dict]:
        for chunk in self.chunks:
            for line in zlib.decompress(chunk).split(b"\n"):
                yield json.loads(line)
        for line in self.lines:
            yield json.loads(line)


def release_free_memory(arrow: bool = False) -> None:
    """Hand the C heap's free pages back to the system (glibc ``malloc_trim``; elsewhere nothing).
    The main process receives every result as a short-lived buffer between long-lived small
    objects; without this its resident memory kept the high-water mark of those buffers. With
    ``arrow``, Arrow's memory pool gives back its free pages too (a shard writer, between shards:
    a writer lives for many shards, and each would otherwise start from the last one's peak)."""
    if arrow and "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@lru_cache(maxsize=1)
def _malloc_trim():
    try:
        import ctypes
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def _new_report(files: list[str], meta_problems: list, version: str) -> dict:
    return {
        "version": version,
        "files_found": len(files),
        "files": FileLog(),
        "meta_problems": [{"meta_file": p.meta_file, "line": p.line, "error": p.error} for p in meta_problems],
        "quarantine": [],
        "counts": {},
    }


def _summarize(report: dict) -> None:
    if isinstance(report["files"], FileLog):
        statuses = dict(report["files"].statuses)
    else:
        statuses = {}
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

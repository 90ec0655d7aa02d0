"""``make bench``: how fast the build is, how its memory grows, against the hazm floor.

Builds a release of a corpus (default ``../shared/corpus``) and of copies of it replicated k×
(each copy's text gets a marker line, so ids differ), each build in its own process so its
peak RSS is its own; then a rebuild after adding 10 articles (the incremental cache) and a
1-worker build (the scaling). The floor is hazm's ``Normalizer().normalize`` plus
``sent_tokenize`` over the same articles on one core: every build pays at least that.
Replicated corpora live in a temporary folder, never in the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

STAGES = ("read", "normalize", "segment", "sources", "quotations", "claims", "validate", "track_input", "cache",
          "tracking", "track_copies", "track_quotes", "track_claims", "track_claims_wait", "write", "finish")


def hazm_floor(corpus: Path, limit: int | None = None) -> dict:
    """Articles/s and chars/s of hazm's normalizer + sentence splitter alone, on one core."""
    from hazm import Normalizer, sent_tokenize

    from builder.reader import read_file

    texts = [src.text for src in (read_file(corpus, rel) for rel in subset(corpus, limit)) if src.text]
    normalizer = Normalizer()
    t0 = time.perf_counter()
    for text in texts:
        sent_tokenize(normalizer.normalize(text))
    secs = time.perf_counter() - t0
    chars = sum(map(len, texts))
    return {"articles": len(texts), "chars": chars, "seconds": secs,
            "articles_per_s": len(texts) / secs, "chars_per_s": chars / secs}


def subset(corpus: Path, limit: int | None) -> list[str]:
    """Every article of ``corpus``, or ``limit`` of them evenly spread over its folders."""
    from builder.reader import list_files

    files = list_files(corpus)
    if not limit or limit >= len(files):
        return files
    return [files[i * len(files) // limit] for i in range(limit)]


def replicate(corpus: Path, out: Path, copies: int, limit: int | None = None) -> Path:
    """``copies`` distinct copies of ``corpus`` under ``out`` (meta.jsonl lines copied along)."""
    files = subset(corpus, limit)
    for k in range(copies):
        dest = out / f"copy{k:03d}"
        for rel in files:
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            data = (corpus / rel).read_bytes()
            if k:
                data += f"\n\ncopy {k}\n".encode("utf-8")
            target.write_bytes(data)
        for meta in corpus.rglob("meta.jsonl"):
            target = dest / meta.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(meta, target)
    return out


def add_articles(corpus: Path, source: Path, n: int) -> None:
    """Add ``n`` new articles (distinct texts) to ``corpus``."""
    from builder.reader import list_files

    for i, rel in enumerate(list_files(source)[:n]):
        data = (source / rel).read_bytes() + f"\n\nadded {i}\n".encode("utf-8")
        (corpus / "added").mkdir(exist_ok=True)
        (corpus / "added" / f"added_{i:02d}.txt").write_bytes(data)


def run_build(corpus: Path, dist: Path, version: str, workers: int, cache: bool = True) -> dict:
    """One build in a fresh process: wall time, stage timings and peak RSS of it and its workers."""
    cmd = [sys.executable, "-m", "bench.speed", "--one", str(corpus), str(dist), version, str(workers),
           "1" if cache else "0"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    return json.loads(out.stdout.strip().splitlines()[-1])


class RssSampler:
    """Peak resident memory of this process and its descendants (workers, forkserver), read from
    /proc every 0.2 s: ``ru_maxrss`` survives ``exec`` (it would report the parent's peak) and,
    for children, sees only processes this one waited for."""

    def __init__(self):
        self.main_peak = self.worker_peak = self.total_peak = 0
        self.cpu: dict[int, float] = {}   # CPU seconds of every process of the family, last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.2):
            parents, rss, ticks = {}, {}, {}
            for entry in os.scandir("/proc"):
                if not entry.name.isdigit():
                    continue
                try:
                    with open(f"/proc/{entry.name}/stat") as fh:
                        fields = fh.read().rsplit(")", 1)[1].split()
                    parents[int(entry.name)] = int(fields[1])
                    ticks[int(entry.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
                    with open(f"/proc/{entry.name}/statm") as fh:
                        rss[int(entry.name)] = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
                except (OSError, ValueError, IndexError):
                    continue
            family, grew = {me}, True
            while grew:
                more = {pid for pid, parent in parents.items() if parent in family} - family
                family |= more
                grew = bool(more)
            workers = [rss.get(pid, 0) for pid in family - {me}]
            for pid in family - {me}:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), ticks.get(pid, 0.0))
            self.main_peak = max(self.main_peak, rss.get(me, 0))
            self.worker_peak = max(self.worker_peak, max(workers, default=0))
            self.total_peak = max(self.total_peak, sum(workers) + rss.get(me, 0))


def _one(corpus: str, dist: str, version: str, workers: str, cache: str) -> None:
    from builder.build import build

    t0, cpu0 = time.perf_counter(), time.process_time()
    with RssSampler() as sampler:
        result = build(corpus, dist, version=version, workers=int(workers), cache=cache == "1")
    wall, main_cpu = time.perf_counter() - t0, time.process_time() - cpu0
    chars = _chars(result.folder)
    print(json.dumps({
        "wall": wall, "main_cpu": main_cpu, "articles": result.report["counts"]["articles"], "chars": chars,
        "files": result.report["files_found"], "timings": result.report["timings"],
        "rss_main_mb": sampler.main_peak / 2**20,
        "rss_worker_mb": sampler.worker_peak / 2**20,
        "rss_total_mb": sampler.total_peak / 2**20,
        "children_cpu": sum(sampler.cpu.values()),
        # the records only: changes.json/CHANGELOG differ by design when a previous release exists
        "manifest": "".join(line for line in (result.folder / "MANIFEST.sha256").read_text(encoding="utf-8")
                            .splitlines(keepends=True) if "  data/" in line),
    }))


def _chars(folder: Path) -> int:
    """Characters of every article text in the release (counted in Arrow, not as Python strings)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    return sum(pc.sum(pc.utf8_length(pq.read_table(path, columns=["text"]).column("text"))).as_py() or 0
               for path in sorted((folder / "data" / "articles").glob("*.parquet")))


def _row(label: str, r: dict) -> str:
    per = {s: r["timings"].get(s, 0.0) for s in STAGES}
    stages = (" ".join(f"{s}={v:.1f}" for s, v in per.items() if v) + f" | CPU s: main {r['main_cpu']:.1f}"
              f" + workers {r.get('children_cpu', 0.0):.1f}")
    return (f"{label:<26} {r['articles']:>7} {r['wall']:>8.1f} {r['articles'] / r['wall']:>9.0f} "
            f"{r['chars'] / r['wall'] / 1e3:>9.0f} {r['rss_main_mb']:>7.0f} {r['rss_worker_mb']:>7.0f} "
            f"{r['rss_total_mb']:>8.0f}  {stages}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.speed", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--copies", default="4,16", help="replication factors besides 1× (comma-separated)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, help="use only N articles, evenly spread (a quicker run)")
    parser.add_argument("--json", help="also write every figure here")
    parser.add_argument("--one", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(*args.one)
        return 0
    corpus = Path(args.corpus).resolve()
    copies = [int(c) for c in args.copies.split(",") if c.strip()]
    figures: dict = {}
    print(f"corpus {corpus}, {args.workers} workers, {os.cpu_count()} cores", flush=True)
    figures["floor"] = floor = hazm_floor(corpus, args.limit)
    print(f"hazm floor (Normalizer().normalize + sent_tokenize, 1 core): {floor['articles_per_s']:.0f} articles/s, "
          f"{floor['chars_per_s'] / 1e3:.0f}k chars/s", flush=True)
    print(f"{'build':<26} {'articles':>7} {'wall s':>8} {'art/s':>9} {'kchar/s':>9} {'RSSmain':>7} {'RSSwork':>7}"
          f" {'RSSsum':>8}  seconds per stage (summed over processes) | CPU seconds", flush=True)
    with tempfile.TemporaryDirectory(prefix="goftar-bench-") as tmp:
        tmp = Path(tmp)
        base = replicate(corpus, tmp / "x1", 1, args.limit)
        runs = figures["runs"] = {}
        runs["1x"] = run_build(base, tmp / "dist-x1", "0.1.0", args.workers)
        print(_row(f"1x, {args.workers} workers", runs["1x"]), flush=True)
        add_articles(base, corpus, 10)
        runs["1x+10 cached"] = run_build(base, tmp / "dist-x1", "0.1.1", args.workers)
        print(_row("1x + 10 new, cache", runs["1x+10 cached"]), flush=True)
        runs["1x+10 clean 1w"] = run_build(base, tmp / "dist-clean", "0.1.1", 1, cache=False)
        print(_row("1x + 10 new, clean, 1 worker", runs["1x+10 clean 1w"]), flush=True)
        figures["incremental_identical"] = runs["1x+10 cached"]["manifest"] == runs["1x+10 clean 1w"]["manifest"]
        for k in copies:
            folder = replicate(corpus, tmp / f"x{k}", k, args.limit)
            runs[f"{k}x"] = run_build(folder, tmp / f"dist-x{k}", "0.1.0", args.workers)
            print(_row(f"{k}x, {args.workers} workers", runs[f"{k}x"]), flush=True)
            shutil.rmtree(folder)
    one, full = runs["1x+10 clean 1w"], runs["1x"]
    figures["summary"] = summary = {
        "build_vs_floor": (full["articles"] / full["wall"]) / floor["articles_per_s"],
        "speedup_workers": (full["articles"] / full["wall"]) / (one["articles"] / one["wall"]),
        "incremental_fraction": runs["1x+10 cached"]["wall"] / full["wall"],
        "incremental_identical": figures["incremental_identical"],
    }
    if copies:
        big = runs[f"{max(copies)}x"]
        summary["rss_peak_mb_largest"] = big["rss_total_mb"]
        summary["rss_growth"] = big["rss_total_mb"] / full["rss_total_mb"] - 1
    print("\n" + "\n".join(f"{k}: {v:.2f}" if isinstance(v, float) else f"{k}: {v}" for k, v in summary.items()))
    if args.json:
        for r in runs.values():
            r.pop("manifest", None)
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The build engine: the same bytes whatever the number of workers, with per-stage timings."""
import pytest

from builder import build as build_module
from builder.build import build
from builder.pipeline import extract_article
from builder.release import MANIFEST

from .conftest import SEED


def _manifest(result) -> str:
    return (result.folder / MANIFEST).read_text(encoding="utf-8")


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(build_module, "BATCH", 4)       # many batches even on the 41-article sample
    monkeypatch.setattr(build_module, "SPILL_ROWS", 10)  # and many spills


def test_one_worker_and_two_workers_write_the_same_bytes(tmp_path, sample_corpus, small_batches):
    one = build(sample_corpus, tmp_path / "one", version="0.1.0", workers=1, cache=False)
    two = build(sample_corpus, tmp_path / "two", version="0.1.0", workers=2, cache=False)
    assert one.report["counts"] == two.report["counts"]
    assert _manifest(one) == _manifest(two)


def test_more_shards_than_one_still_write_the_same_bytes_on_two_workers(tmp_path, sample_corpus, monkeypatch):
    monkeypatch.setattr(build_module, "ARTICLES_PER_SHARD", 10)
    one = build(sample_corpus, tmp_path / "one", version="0.1.0", workers=1, cache=False)
    two = build(sample_corpus, tmp_path / "two", version="0.1.0", workers=2, cache=False)
    assert len(list((two.folder / "data" / "articles").glob("*.parquet"))) == 5
    assert _manifest(one) == _manifest(two)


def test_the_report_times_every_stage(tmp_path, sample_corpus):
    result = build(sample_corpus, tmp_path / "dist", version="0.1.0", workers=2, cache=False)
    for stage in ("read", "normalize", "segment", "quotations", "claims", "validate", "write", "total"):
        assert result.report["timings"][stage] >= 0, stage
    assert "timings" not in (result.folder / "build_report.json").read_text(encoding="utf-8")


def test_timing_an_article_does_not_change_its_records():
    text = SEED.read_text(encoding="utf-8")
    timings: dict = {}
    assert extract_article(text, SEED.name, {}, timings=timings) == extract_article(text, SEED.name, {})
    assert {"normalize", "segment", "quotations", "claims"} <= set(timings)


def test_an_unknown_engine_is_refused(tmp_path, sample_corpus):
    with pytest.raises(ValueError, match="unknown engine"):
        build(sample_corpus, tmp_path / "dist", version="0.1.0", engine="spark")


def test_fast_normalize_equals_translating_with_the_table(sample_corpus):
    from builder.normalize import _table, _unjoin_edges, normalize
    from builder.reader import iter_corpus

    texts = [src.text for src in iter_corpus(sample_corpus) if src.text]
    texts.append("".join(chr(c) for c in range(0x20, 0x2100)) + "\U0001F600")
    for text in texts:   # (then a joiner at a word's edge becomes a space: test_normalize)
        assert normalize(text) == _unjoin_edges(text.translate(_table()), text)


def test_counting_control_characters_fast_counts_the_same_ones():
    from builder.reader import _CONTROLS

    every = "".join(chr(c) for c in range(0x80))
    slow = sum(1 for ch in every if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    assert len(_CONTROLS.findall(every)) == slow == 27


def test_a_track_failing_its_schema_is_quarantined_and_its_records_link_to_no_track(tmp_path, sample_corpus, monkeypatch):
    import polars as pl

    from builder import tracking

    failed = []

    def first_quote_track_fails(config, rows):
        if config == "quote_tracks" and rows and not failed:
            failed.append(rows[0]["track_id"])
            return {rows[0]["track_id"]: [{"message": "made to fail"}]}
        return {}

    monkeypatch.setattr(tracking, "track_problems", first_quote_track_fails)
    result = build(sample_corpus, tmp_path / "dist", version="0.1.0", workers=1, cache=False)
    data = result.folder / "data"
    tracks = pl.read_parquet(data / "quote_tracks")
    quotes = pl.read_parquet(data / "quotations")
    assert failed and failed[0] not in tracks["track_id"].to_list()
    assert failed[0] not in quotes["quote_track_id"].to_list()
    assert quotes["quote_track_id"].null_count() >= 1
    assert [q["id"] for q in result.report["quarantine"] if q["file"] == "(tracking)"] == failed
    assert result.report["counts"]["quote_tracks"] == tracks.height


def _timed(task):
    import time
    start = time.perf_counter()
    time.sleep(0.05)
    return start, time.perf_counter()


def _spans(pool, tasks, in_turn):
    import threading
    spans, lock = [], threading.Lock()

    def run(task):
        span = _timed(task)
        with lock:
            spans.append(span)

    pending = [build_module._InTurn(pool, run, tasks)] if in_turn else [pool.apply_async(run, (t,)) for t in tasks]
    for p in pending:
        p.get()
    return sorted(spans)


def test_the_articles_shards_are_written_one_at_a_time_on_two_workers():
    """The largest writers never peak together: each articles shard starts after the last one ended."""
    from multiprocessing.pool import ThreadPool

    with ThreadPool(2) as pool:
        together = _spans(pool, range(4), in_turn=False)
        in_turn = _spans(pool, range(4), in_turn=True)
    assert any(b[0] < a[1] for a, b in zip(together, together[1:]))   # the pool alone runs two at once
    assert len(in_turn) == 4 and all(b[0] >= a[1] for a, b in zip(in_turn, in_turn[1:]))


def test_a_shard_written_in_turn_that_fails_fails_the_build():
    from multiprocessing.pool import ThreadPool

    def write(task):
        if task == 1:
            raise OSError("disk full")

    with ThreadPool(2) as pool:
        with pytest.raises(OSError, match="disk full"):
            build_module._InTurn(pool, write, [0, 1, 2]).get()

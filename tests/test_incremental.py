"""Incremental builds: unchanged articles come from the cache, and the release is byte-identical."""
import shutil

import pytest

from builder import cache as cache_module
from builder.build import build
from builder.cache import ExtractCache, entry_key, extractor_version
from builder.release import MANIFEST

from .conftest import SEED


def _manifest(result) -> str:
    return (result.folder / MANIFEST).read_text(encoding="utf-8")


@pytest.fixture
def grown_corpus(tmp_path, sample_corpus):
    """The sample corpus plus three new articles (distinct texts) added after a first build."""
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_corpus, corpus)
    return corpus


def _add_articles(corpus, n):
    seed = SEED.read_text(encoding="utf-8")
    for i in range(n):
        (corpus / f"new_{i}.txt").write_text(seed + f"\n\nنسخه {i}\n", encoding="utf-8")


def test_a_rebuild_after_adding_articles_reuses_the_rest_and_equals_a_clean_build(tmp_path, grown_corpus):
    dist = tmp_path / "dist"
    first = build(grown_corpus, dist, version="0.1.0", workers=2)
    assert first.report["timings"].get("cached_articles", 0) == 0
    _add_articles(grown_corpus, 3)
    again = build(grown_corpus, dist, version="0.1.1", workers=2)
    shutil.copytree(first.folder, tmp_path / "clean" / first.folder.name)  # same history: same changes.json
    clean = build(grown_corpus, tmp_path / "clean", version="0.1.1", workers=2, cache=False)
    assert again.report["timings"]["cached_articles"] == first.report["counts"]["articles"]
    assert again.report["counts"]["articles"] == first.report["counts"]["articles"] + 3
    assert _manifest(again) == _manifest(clean)


def test_a_fully_cached_rebuild_is_the_same_release(tmp_path, sample_corpus):
    dist = tmp_path / "dist"
    first = build(sample_corpus, dist, version="0.1.0", workers=1)
    again = build(sample_corpus, dist, version="0.1.0", workers=1)
    assert again.status == "unchanged"
    assert again.report["timings"]["cached_articles"] == first.report["counts"]["articles"]


def test_a_new_extractor_version_starts_a_fresh_cache(tmp_path, sample_corpus, monkeypatch):
    dist = tmp_path / "dist"
    build(sample_corpus, dist, version="0.1.0", workers=1)
    old = extractor_version()
    assert (dist / ".cache" / f"extract-{old}").is_dir()
    monkeypatch.setattr(cache_module, "extractor_version", lambda: "0" * 16)
    again = build(sample_corpus, dist, version="0.1.0", workers=1)
    assert again.report["timings"].get("cached_articles", 0) == 0
    assert not (dist / ".cache" / f"extract-{old}").exists()
    assert (dist / ".cache" / f"extract-{'0' * 16}").is_dir()


def test_editing_a_builder_file_changes_the_extractor_version(tmp_path, monkeypatch):
    package = tmp_path / "builder"
    shutil.copytree(cache_module.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "PACKAGE", package)
    cache_module.extractor_version.cache_clear()
    try:
        before = cache_module.extractor_version()
        cache_module.extractor_version.cache_clear()
        (package / "lexicon_edit.txt").write_text("وزیر\n", encoding="utf-8")
        assert cache_module.extractor_version() != before
    finally:
        cache_module.extractor_version.cache_clear()


def test_the_key_depends_on_text_file_and_meta():
    base = entry_key("متن", "a.txt", {"date": "1"})
    assert base == entry_key("متن", "a.txt", {"date": "1"})
    assert len({base, entry_key("متن!", "a.txt", {"date": "1"}), entry_key("متن", "b.txt", {"date": "1"}),
                entry_key("متن", "a.txt", {"date": "2"})}) == 4


def test_a_damaged_entry_is_a_miss(tmp_path):
    store = ExtractCache(tmp_path, version="v")
    store.put("ab" * 32, ("a1", {}, []))
    assert store.get("ab" * 32) == ("a1", {}, [])
    (tmp_path / "extract-v" / "ab" / f"{'ab' * 32}.pkl").write_bytes(b"\x80garbage")
    assert store.get("ab" * 32) is None


def test_entries_written_behind_are_on_disk_when_the_block_ends(tmp_path):
    """A worker's cache entries are written by a thread while it extracts; all are readable once
    its batch ends, and a write that fails raises there instead of losing the entry silently."""
    store = ExtractCache(tmp_path, version="v")
    with store.writing_behind():
        for i in range(50):
            store.put(f"{i:02x}" * 32, ("a", {"n": i}, []))
    assert [store.get(f"{i:02x}" * 32) for i in range(50)] == [("a", {"n": i}, []) for i in range(50)]
    (tmp_path / "extract-v" / "ff").write_bytes(b"a file where a folder should be")
    with pytest.raises(OSError):
        with store.writing_behind():
            store.put("ff" * 32, ("a", {}, []))

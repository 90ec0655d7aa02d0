"""The release contract end to end: a real sample corpus → a release that loads with datasets."""
import json
import shutil

import polars as pl
import pyarrow.parquet as pq
import pytest

from builder import __version__, pipeline
from builder.build import ReleaseExists, build
from builder.columns import CONFIGS, SPAN_COLUMN
from builder.release import MANIFEST, verify_manifest

from .conftest import SEED


@pytest.fixture(scope="module")
def release(tmp_path_factory, sample_corpus):
    dist = tmp_path_factory.mktemp("dist")
    result = build(sample_corpus, dist, workers=2)
    return result


def test_release_has_the_contract_files(release):
    folder = release.folder
    assert folder.name == f"v{__version__}"
    for name in ("README.md", "CITATION.cff", MANIFEST, "build_report.json", "quarantine.jsonl"):
        assert (folder / name).is_file(), name
    assert sorted(p.name for p in (folder / "schema").iterdir()) == [
        "article.schema.json", "claim.schema.json", "claim_track.schema.json", "mention.schema.json",
        "quotation.schema.json", "quote_track.schema.json"]
    assert verify_manifest(folder) == []


def test_every_config_loads_with_load_dataset(release, tmp_path):
    import datasets

    for config in CONFIGS:
        ds = datasets.load_dataset(str(release.folder), config, split="train",
                                   cache_dir=str(tmp_path / "cache"), download_mode="force_redownload")
        assert set(CONFIGS[config].names) <= set(ds.column_names)
        assert ds.num_rows == release.report["counts"][config]
    assert release.report["counts"]["articles"] == 41
    assert release.report["counts"]["quotations"] > 20 and release.report["counts"]["claims"] > 20


def test_parquet_uses_the_fixed_plain_string_schema(release):
    for config, schema in CONFIGS.items():
        for path in (release.folder / "data" / config).glob("*.parquet"):
            assert pq.read_schema(path).remove_metadata().equals(schema), path


def test_every_span_slices_its_string_out_of_the_article_text(release):
    data = release.folder / "data"
    texts = dict(pl.read_parquet(data / "articles").select("article_id", "text").iter_rows())
    for config, column in SPAN_COLUMN.items():
        for row in pl.read_parquet(data / config).iter_rows(named=True):
            assert texts[row["article_id"]][row["start"]:row["end"]] == row[column]


def test_rows_are_sorted_by_id(release):
    frame = pl.read_parquet(release.folder / "data" / "claims")
    assert frame["claim_id"].to_list() == sorted(frame["claim_id"].to_list())


def test_meta_jsonl_is_carried_into_articles(release):
    frame = pl.read_parquet(release.folder / "data" / "articles")
    fars = frame.filter(pl.col("file").str.starts_with("farsnews/"))
    assert fars["outlet"].null_count() == 0 and fars["date"].null_count() == 0


def test_two_builds_are_byte_identical(sample_corpus, tmp_path, release):
    again = build(sample_corpus, tmp_path, workers=1)
    assert (again.folder / MANIFEST).read_bytes() == (release.folder / MANIFEST).read_bytes()
    for path in (release.folder / "data").rglob("*.parquet"):
        assert (again.folder / path.relative_to(release.folder)).read_bytes() == path.read_bytes()


def test_rebuilding_an_identical_version_is_a_no_op(sample_corpus, release):
    again = build(sample_corpus, release.folder.parent, workers=1)
    assert again.status == "unchanged"


def test_rebuilding_a_version_with_different_content_is_refused(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    build(corpus, tmp_path / "dist")
    before = (tmp_path / "dist" / f"v{__version__}" / MANIFEST).read_bytes()
    (corpus / "new.txt").write_text("## خبر تازه\n\nوزیر گفت که ۱۰ درصد افزایش یافت.", encoding="utf-8")
    with pytest.raises(ReleaseExists, match="bump the version"):
        build(corpus, tmp_path / "dist")
    assert (tmp_path / "dist" / f"v{__version__}" / MANIFEST).read_bytes() == before
    assert not list((tmp_path / "dist").glob(".v*"))


def test_article_ids_do_not_depend_on_the_rest_of_the_corpus(tmp_path):
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(SEED, alone / "x.txt")
    a = pipeline.extract_article(SEED.read_text(encoding="utf-8"), "x.txt")
    b = pipeline.extract_article(SEED.read_text(encoding="utf-8"), "elsewhere/y.txt")
    assert a["articles"][0]["article_id"] == b["articles"][0]["article_id"]
    assert [q["quote_id"] for q in a["quotations"]] == [q["quote_id"] for q in b["quotations"]]


def test_undecodable_file_is_reported_and_the_build_goes_on(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    (corpus / "broken.txt").write_bytes(b"\x00\xff binary junk")
    result = build(corpus, tmp_path / "dist")
    assert result.report["file_status"] == {"built": 1, "rejected": 1}
    rejected = [f for f in result.report["files"] if f["status"] == "rejected"]
    assert rejected[0]["file"] == "broken.txt" and "NUL" in rejected[0]["reason"]
    on_disk = json.loads((result.folder / "build_report.json").read_text(encoding="utf-8"))
    assert on_disk["file_status"]["rejected"] == 1


def test_duplicate_files_are_counted_not_built_twice(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "a.txt")
    shutil.copy(SEED, corpus / "b.txt")
    result = build(corpus, tmp_path / "dist")
    assert result.report["file_status"] == {"built": 1, "duplicate": 1}
    assert result.report["counts"]["articles"] == 1


def test_record_failing_its_schema_is_quarantined_with_path_and_message(tmp_path, monkeypatch):
    real = pipeline.extract_article

    def broken(text, file, meta=None):
        out = real(text, file, meta)
        out["claims"][0]["qualifier"] = "roughly"
        return out

    monkeypatch.setattr("builder.build.extract_article", broken)
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    result = build(corpus, tmp_path / "dist", workers=1)
    assert result.exit_code == 3
    lines = (result.folder / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[0])
    assert entry["config"] == "claims" and "enum" in entry["problems"][0]["schema_path"]
    assert "roughly" in entry["problems"][0]["message"]
    assert result.report["quarantined_records"] == 1


def test_card_declares_configs_language_and_bibtex(release):
    card = (release.folder / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n")
    for config in CONFIGS:
        assert f"config_name: {config}" in card and f"path: data/{config}/*.parquet" in card
    assert "- fa" in card and "license:" in card and f"version      = {{{__version__}}}" in card
    cff = (release.folder / "CITATION.cff").read_text(encoding="utf-8")
    assert "type: dataset" in cff and f'version: "{__version__}"' in cff and "date-released:" in cff

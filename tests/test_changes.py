"""Each release says what changed since the previous one: records by stable id, schema, corpus."""
import json
import shutil

import polars as pl
import pytest

from builder.build import build
from builder.changes import CHANGELOG, CHANGES, diff_corpus, diff_records
from builder.pipeline import extract_article

from .conftest import SEED
from .releases import BUDGET, ECONOMY, ECONOMY_REVISED, NEWS, add_schema_property, build_release, write_corpus


def ids(text, config):
    column = {"articles": "article_id", "quotations": "quote_id", "claims": "claim_id", "mentions": "mention_id"}
    return {row[column[config]] for row in extract_article(text, "x.txt")[config]}


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory):
    """v0.1.0: seed, economy, budget. v0.2.0: economy revised, budget dropped, news added, seed moved."""
    tmp = tmp_path_factory.mktemp("changes")
    dist = tmp / "dist"
    old = build_release(tmp, dist, "0.1.0", {"economy.txt": ECONOMY, "budget.txt": BUDGET})
    new = build_release(tmp, dist, "0.2.0", {"economy.txt": ECONOMY_REVISED, "news/new.txt": NEWS},
                        seed_as="archive/seed.txt")
    return old, new, json.loads((new / CHANGES).read_text(encoding="utf-8"))


def test_the_first_release_lists_every_record_as_added(two_releases):
    old, _, _ = two_releases
    diff = json.loads((old / CHANGES).read_text(encoding="utf-8"))
    assert diff["previous_version"] is None and diff["version"] == "0.1.0"
    for config, d in diff["configs"].items():
        on_disk = pl.read_parquet(old / "data" / config).height
        assert len(d["added"]) == on_disk and d["removed"] == [] and d["changed"] == []


def test_the_diff_names_the_previous_release_and_the_bump(two_releases):
    _, _, diff = two_releases
    assert (diff["previous_version"], diff["version"], diff["bump"]) == ("0.1.0", "0.2.0", "minor")
    assert diff["schema"] == {"required_bump": "patch", "changes": []}


def test_corpus_diff_by_file_and_article_id(two_releases):
    _, _, diff = two_releases
    corpus = diff["corpus"]
    assert [a["file"] for a in corpus["added"]] == ["news/new.txt"]
    assert [a["file"] for a in corpus["removed"]] == ["budget.txt"]
    assert [(c["file"], c["article_id_before"], c["article_id_after"]) for c in corpus["changed"]] == [
        ("economy.txt", *ids(ECONOMY, "articles"), *ids(ECONOMY_REVISED, "articles"))]
    assert [(m["from"], m["to"]) for m in corpus["moved"]] == [(SEED.name, "archive/seed.txt")]


def test_records_added_and_removed_by_stable_id(two_releases):
    _, _, diff = two_releases
    quotes = diff["configs"]["quotations"]
    gone = ids(BUDGET, "quotations") | (ids(ECONOMY, "quotations") - ids(ECONOMY_REVISED, "quotations"))
    came = ids(NEWS, "quotations") | (ids(ECONOMY_REVISED, "quotations") - ids(ECONOMY, "quotations"))
    assert set(quotes["removed"]) == gone and set(quotes["added"]) == came
    assert quotes["removed"] == sorted(quotes["removed"])
    seed_quotes = ids(SEED.read_text(encoding="utf-8"), "quotations")
    assert quotes["unchanged"] >= len(seed_quotes) and not seed_quotes & set(quotes["changed"])


def test_a_row_with_the_same_id_and_new_content_is_changed(two_releases):
    _, _, diff = two_releases
    seed_id = ids(SEED.read_text(encoding="utf-8"), "articles").pop()
    assert diff["configs"]["articles"]["changed"] == [seed_id]     # same text, new `file`


def test_changelog_puts_the_new_release_over_the_old_entries(two_releases):
    old, new, _ = two_releases
    log = (new / CHANGELOG).read_text(encoding="utf-8")
    assert log.startswith("# Changelog")
    assert log.index("## v0.2.0") < log.index("## v0.1.0")
    assert "Compared with v0.1.0 (a minor release)" in log
    assert "`budget.txt`" in log and "`news/new.txt`" in log and "`000_582982c64e34e579.txt → archive/seed.txt`" in log
    old_entry = (old / CHANGELOG).read_text(encoding="utf-8").split("\n## ", 1)[1]
    assert log.endswith(old_entry)


def test_rebuilding_a_release_gives_the_same_changes_so_it_is_a_no_op(two_releases, tmp_path):
    _, new, _ = two_releases
    corpus = write_corpus(tmp_path / "again", {"economy.txt": ECONOMY_REVISED, "news/new.txt": NEWS},
                          seed_as="archive/seed.txt")
    assert build(corpus, new.parent, version="0.2.0", workers=1).status == "unchanged"


def test_schema_changes_are_in_the_diff_and_the_changelog(tmp_path):
    dist = tmp_path / "dist"
    old = build_release(tmp_path, dist, "0.1.0", {"economy.txt": ECONOMY})
    add_schema_property(old, "mention", "calendar", {"type": "string"})
    new = build_release(tmp_path, dist, "1.0.0", {"economy.txt": ECONOMY})
    diff = json.loads((new / CHANGES).read_text(encoding="utf-8"))
    assert diff["schema"]["required_bump"] == "major" and diff["bump"] == "major"
    assert diff["schema"]["changes"][0] | {"detail": ""} == {
        "config": "mentions", "field": "calendar", "change": "field removed", "level": "major", "detail": ""}
    assert "`mentions.calendar`: field removed" in (new / CHANGELOG).read_text(encoding="utf-8")


def digests(rows):
    return pl.DataFrame({"id": list(rows), "h": list(rows.values())}, schema={"id": pl.String, "h": pl.UInt64})


def test_diff_records_is_by_id_and_content():
    old = digests({"q1": 1, "q2": 2, "q3": 3})
    new = digests({"q2": 2, "q3": 30, "q4": 4})
    diff = {k: v.to_list() if isinstance(v, pl.Series) else v for k, v in diff_records(old, new).items()}
    assert diff == {"added": ["q4"], "removed": ["q1"], "changed": ["q3"], "unchanged": 1,
                    "rows_before": 3, "rows_after": 3}


def test_diff_records_sorts_every_id_list():
    old = digests({"q9": 1, "q5": 2, "q7": 3, "q1": 4})
    new = digests({"q8": 1, "q5": 20, "q7": 30, "q2": 4})
    diff = diff_records(old, new)
    assert (diff["added"].to_list(), diff["removed"].to_list(), diff["changed"].to_list()) == (
        ["q2", "q8"], ["q1", "q9"], ["q5", "q7"])


def test_changes_json_is_the_compact_sorted_json_of_the_diff(monkeypatch):
    """Streamed in chunks (here of 2 ids) or in one call, changes.json is the same text."""
    import io

    from builder import changes

    monkeypatch.setattr(changes, "_ID_CHUNK", 2)
    ids_ = pl.Series(["a1", "b2", "c3", "d4", "e5"])
    diff = {"version": "0.2.0", "configs": {"quotations": {"added": ids_, "removed": ids_.head(0), "unchanged": 3}},
            "corpus": {"added": [{"file": "اخبار/۱.txt", "article_id": "x"}]}, "bump": None}
    out = io.StringIO()
    changes.write_json(diff, out)
    plain = {**diff, "configs": {"quotations": {"added": ids_.to_list(), "removed": [], "unchanged": 3}}}
    assert out.getvalue() == json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def test_diff_corpus_tells_moved_from_added_and_removed():
    old = {"a.txt": "a1", "b.txt": "b1", "c.txt": "c1"}
    new = {"a.txt": "a2", "d/b.txt": "b1", "e.txt": "e1"}
    assert diff_corpus(old, new) == {
        "added": [{"file": "e.txt", "article_id": "e1"}],
        "removed": [{"file": "c.txt", "article_id": "c1"}],
        "changed": [{"file": "a.txt", "article_id_before": "a1", "article_id_after": "a2"}],
        "moved": [{"from": "b.txt", "to": "d/b.txt", "article_id": "b1"}],
    }


def test_a_config_new_in_this_release_lists_all_its_records_as_added(two_releases, tmp_path):
    from builder.changes import diff_releases

    _, new, _ = two_releases
    old = tmp_path / "v0.1.9"
    shutil.copytree(new, old)
    shutil.rmtree(old / "data" / "mentions")
    diff = diff_releases(old, new, "0.2.0")
    assert [(c["config"], c["change"], c["level"]) for c in diff["schema"]["changes"]] == [
        ("mentions", "config added", "minor")]
    assert len(diff["configs"]["mentions"]["added"]) == pl.read_parquet(new / "data" / "mentions").height
    assert diff["configs"]["mentions"]["rows_before"] == 0 and diff["configs"]["claims"]["changed"].to_list() == []

"""``goftar cite <id>``: the record, its article, and the BibTeX of the release that holds it."""
import json

import pytest

from builder import cli
from builder.cite import candidate_releases, cite, config_of
from builder.pipeline import extract_article

from .releases import BUDGET, ECONOMY, NEWS, build_release


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """v0.1.0 has the budget article; v0.2.0 drops it and adds the news article."""
    tmp = tmp_path_factory.mktemp("cite")
    dist = tmp / "dist"
    build_release(tmp, dist, "0.1.0", {"economy.txt": ECONOMY, "budget.txt": BUDGET})
    build_release(tmp, dist, "0.2.0", {"economy.txt": ECONOMY, "news.txt": NEWS})
    return dist


def first(text, config):
    return extract_article(text, "x.txt")[config][0]


def test_cite_prints_the_record_its_article_and_the_release_bibtex(dist, capsys):
    quote = first(NEWS, "quotations")
    assert cli.main(["cite", quote["quote_id"], "--dist", str(dist)]) == 0
    out = capsys.readouterr().out
    record = json.loads(out[out.index("{"):out.index("\n}") + 2])
    assert {key: record[key] for key in quote} == quote  # plus columns added after extraction (tracks)
    assert "file:    news.txt" in out and "title:   خبر تازه" in out
    assert "@misc{goftar_0_2_0," in out and "revision v0.2.0" in out


def test_the_newest_release_holding_the_record_is_cited(dist):
    claim = first(ECONOMY, "claims")
    found = cite(claim["claim_id"], candidate_releases(dist))
    assert found.version == "0.2.0" and found.record["text"] == claim["text"]


def test_a_record_dropped_later_is_cited_from_the_release_that_had_it(dist):
    quote = first(BUDGET, "quotations")
    found = cite(quote["quote_id"], candidate_releases(dist))
    assert found.version == "0.1.0" and found.article["file"] == "budget.txt"
    assert "@misc{goftar_0_1_0," in found.bibtex


def test_release_option_looks_in_that_release_only(dist, capsys):
    quote = first(BUDGET, "quotations")
    assert cli.main(["cite", quote["quote_id"], "--release", str(dist / "v0.2.0")]) == 1
    assert "is in none of" in capsys.readouterr().err
    assert cli.main(["cite", first(ECONOMY, "articles")["article_id"], "--release", str(dist / "v0.1.0")]) == 0
    out = capsys.readouterr().out
    assert "articles record" in out and "v0.1.0" in out and "characters>" in out


def test_a_malformed_id_is_refused(dist, capsys):
    assert cli.main(["cite", "x123", "--dist", str(dist)]) == 2
    assert "not a record id" in capsys.readouterr().err
    with pytest.raises(ValueError):
        config_of("q12")


def test_cite_without_any_release_says_so(tmp_path, capsys):
    assert cli.main(["cite", "q" + "0" * 16, "--dist", str(tmp_path)]) == 2
    assert "no release folder" in capsys.readouterr().err

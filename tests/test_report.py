"""report.html as HTML: sections, SVG plots, embedded viewer data and offsets, without a browser."""
import json
import re

import pytest

from builder import report
from builder.report import Release, iso_date, jalali_to_gregorian, render_report, utf16_offsets


def _tiny_release(text="## عنوان\n\nوزیر گفت: «تورم ۴۰ درصد است» و افزود که ۲۰۰ نفر آمدند.\n",
                  extra_columns=False, articles=None, eval_card=False):
    quote = "تورم ۴۰ درصد است"
    qs = text.index(quote)
    claim = "۴۰ درصد"
    cs = text.index(claim)
    arts = articles or [{"article_id": "a1", "file": "x.txt", "title": "عنوان", "text": text,
                         "sources": ["ایرنا", "رویترز"], "date": "1399-01-01", "outlet": "IRNA", "url": None}]
    quotes = [{"quote_id": "q1", "article_id": "a1", "kind": "direct", "speaker": "وزیر", "mention": "وزیر",
               "cue": "گفت", "content": quote, "start": qs, "end": qs + len(quote)}]
    claims = [{"claim_id": "c1", "article_id": "a1", "quote_id": "q1", "kind": "percent", "text": claim,
               "value": 40.0, "value_high": None, "unit": "percent", "qualifier": "exact", "subject": "تورم",
               "speaker": "وزیر", "start": cs, "end": cs + len(claim)}]
    if extra_columns:
        for c in claims:
            c["claim_track_id"] = "t1"
        claims.append(dict(claims[0], claim_id="c2", value=45.0, claim_track_id="t1"))
    card = "# x (v9.9.9)\n\n## Evaluation\n\n| measure | value |\n|---|---|\n| quotes / f1 | 0.812 |\n\n## Licence\n" \
        if eval_card else "# x (v9.9.9)\n"
    tables = {"articles": arts, "quotations": quotes, "claims": claims, "mentions": []}
    columns = {k: (list(v[0]) if v else []) for k, v in tables.items()}
    return Release(tables, columns, {"counts": {k: len(v) for k, v in tables.items()}, "files_found": len(arts),
                                     "file_status": {"built": len(arts)}, "files": []},
                   [], card, 'version: "9.9.9"\ndate-released: "2026-11-25"\n',
                   report.card_eval_table(card), "the dataset card")


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def _js_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's ``text.slice(start, end)`` gives: indices are UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def test_solar_hijri_dates_convert_to_gregorian():
    assert jalali_to_gregorian(1399, 1, 1) == (2020, 3, 20)
    assert jalali_to_gregorian(1404, 6, 14) == (2025, 9, 5)
    assert jalali_to_gregorian(1384, 6, 29) == (2005, 9, 20)
    assert jalali_to_gregorian(1403, 12, 30) == (2025, 3, 20)


def test_article_dates_in_every_corpus_format_become_iso():
    assert iso_date(None, "2020-03-07 08:43:00") == "2020-03-07"
    assert iso_date(None, "1384-06-29") == "2005-09-20"
    assert iso_date(None, "۱۴ شهریور ۱۴۰۴ - ۱۲:۵۶") == "2025-09-05"
    assert iso_date(None, "۱۴۰۴/۰۶/۱۴ - ۱۳:۳۰:۲۴") == "2025-09-05"
    assert iso_date(None, None) is None and iso_date(None, "دیروز") is None


def test_date_iso_column_wins_over_the_printed_date():
    assert iso_date("2019-12-31", "1384-06-29") == "2019-12-31"


def test_offsets_become_utf16_indices_past_astral_characters():
    text = "😀 «سلام» 𝟘 دنیا"
    start, end = text.index("سلام"), text.index("سلام") + 4
    js = utf16_offsets(text, [start, end, text.index("دنیا")])
    assert js[:2] == [start + 1, end + 1] and js[2] == text.index("دنیا") + 2
    assert _js_slice(text, js[0], js[1]) == "سلام"


def test_page_has_every_section_and_svg_plots():
    page = render_report(_tiny_release())
    for section in ("summary", "plots", "time", "tracks", "viewer", "cite"):
        assert f'<section id="{section}">' in page
    assert page.count("<svg") >= 6 and 'class="bar"' in page
    assert "@misc{goftar_9_9_9" in page and "v9.9.9" in page


def test_page_is_self_contained():
    page = render_report(_tiny_release())
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "@import" not in page and "<link" not in page


def test_viewer_data_slices_each_quotation_and_claim_out_of_the_text():
    data = _data(render_report(_tiny_release()))
    (art,) = data["articles"]
    assert art["sources"] == ["ایرنا", "رویترز"]
    (q,) = art["q"]
    (c,) = art["c"]
    assert _js_slice(art["text"], q[0], q[1]) == "تورم ۴۰ درصد است" and q[2] == "direct" and q[3] == "وزیر"
    assert _js_slice(art["text"], c[0], c[1]) == "۴۰ درصد" and c[3] == 40.0 and c[9] == 0


def test_viewer_offsets_are_right_after_an_astral_character():
    text = "## 😀\n\nوزیر گفت: «تورم ۴۰ درصد است» 𝟘.\n"
    art = _data(render_report(_tiny_release(text)))["articles"][0]
    assert _js_slice(art["text"], art["q"][0][0], art["q"][0][1]) == "تورم ۴۰ درصد است"
    assert _js_slice(art["text"], art["c"][0][0], art["c"][0][1]) == "۴۰ درصد"


def test_article_text_cannot_close_the_data_script():
    text = "## t\n\n</script><script>alert(1)</script> وزیر گفت: «تورم ۴۰ درصد است»\n"
    page = render_report(_tiny_release(text))
    assert page.count("</script>") == 2
    assert _data(page)["articles"][0]["text"] == text


def test_without_track_columns_the_page_says_there_are_no_tracks():
    assert "No tracks in this release" in render_report(_tiny_release())


def test_claim_tracks_are_plotted_with_links_to_their_articles():
    page = render_report(_tiny_release(extra_columns=True))
    assert "No tracks in this release" not in page
    assert 'class="chart track"' in page and 'href="#a-a1"' in page
    assert '<a href="#r-c1"><circle' in page and '<a href="#r-c2"><circle' in page


def test_the_cap_on_embedded_articles_is_stated_in_the_page():
    arts = [{"article_id": f"a{i}", "file": f"{i}.txt", "title": "t", "text": "## t\n\nوزیر گفت: «تورم ۴۰ درصد است»",
             "sources": [], "date": None, "outlet": None, "url": None} for i in range(1, 4)]
    page = render_report(_tiny_release(articles=arts), max_articles=2)
    assert len(_data(page)["articles"]) == 2
    assert "holds 2 of the release’s 3 articles (cap 2)" in page


def test_evaluation_figures_come_from_the_card():
    page = render_report(_tiny_release(eval_card=True))
    assert "quotes / f1" in page and "0.812" in page
    assert "No evaluation figures" in render_report(_tiny_release())


def test_eval_json_is_read_only_when_the_card_has_no_evaluation_section(tmp_path):
    assert report.card_eval_table("# x\n\n## Evaluation\n\nNo evaluation figures were recorded.\n") == []
    assert report.card_eval_table("# x\n\n## Loading\n") is None


def test_eval_json_figures_flatten_to_rows():
    assert report.flatten_figures({"quotes": {"f1": 0.5, "n": 3}, "ok": True}) == [
        ("quotes / f1", "0.500"), ("quotes / n", "3")]


def test_rendering_twice_gives_the_same_bytes():
    assert render_report(_tiny_release()) == render_report(_tiny_release())


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_corpus):
    from builder.build import build

    return build(sample_corpus, tmp_path_factory.mktemp("dist"), workers=2).folder


def test_a_release_ships_its_report_in_the_manifest(built):
    from builder.release import MANIFEST, verify_manifest

    assert (built / "report.html").is_file()
    assert "  report.html\n" in (built / MANIFEST).read_text(encoding="utf-8")
    assert verify_manifest(built) == []


def test_goftar_report_rebuilds_the_same_bytes(built, tmp_path):
    from builder.cli import main

    out = tmp_path / "r.html"
    assert main(["report", str(built), "-o", str(out)]) == 0
    assert out.read_bytes() == (built / "report.html").read_bytes()


def test_goftar_report_refuses_a_folder_that_is_not_a_release(tmp_path):
    from builder.cli import main

    assert main(["report", str(tmp_path)]) == 2


def test_over_time_counts_by_month_within_three_years_and_by_year_beyond():
    arts = {"a": {"_iso": "2020-01-05"}, "b": {"_iso": "2020-03-01"}, "c": {"_iso": None}}
    rows = lambda *ids: [{"article_id": i} for i in ids]
    assert report.over_time(arts, rows("a", "b", "c"), rows("b")) == [
        ("2020-01", [1, 0]), ("2020-02", [0, 0]), ("2020-03", [1, 1])]
    arts["b"]["_iso"] = "2025-09-05"
    assert [k for k, _ in report.over_time(arts, rows("a", "b"), [])] == [str(y) for y in range(2020, 2026)]


def test_a_claim_tracks_config_names_its_tracks():
    rel = _tiny_release(extra_columns=True)
    rel.tables["claim_tracks"] = [{"claim_track_id": "t1", "label": "نرخ تورم"}]
    rel.columns["claim_tracks"] = ["claim_track_id", "label"]
    page = render_report(rel)
    assert "نرخ تورم (2 claims)" in page


def test_the_viewer_opens_on_the_article_with_most_quotation_kinds():
    q_by = {"a": [{"kind": "direct"}, {"kind": "direct"}], "b": [{"kind": "direct"}, {"kind": "mixed"}]}
    assert report.first_article(["a", "b", "c"], q_by, {"a": 9, "b": 2, "c": 20}) == "b"


def test_an_empty_release_still_renders_and_says_so():
    page = render_report(Release({"articles": [], "quotations": [], "claims": [], "mentions": []}, {}, {}, [], "", ""))
    assert "Claims by kind: nothing in this release." in page and "No tracks in this release" in page
    assert _data(page)["articles"] == []


def test_goftar_report_never_changes_a_release(built, tmp_path):
    import shutil

    from builder.cli import main
    from builder.release import verify_manifest

    assert main(["report", str(built)]) == 0                     # same bytes: nothing to do
    copy = tmp_path / "release"
    shutil.copytree(built, copy)
    (copy / "report.html").write_text("<html>older</html>", encoding="utf-8")
    assert main(["report", str(copy)]) == 2                       # differs: refused, not overwritten
    assert (copy / "report.html").read_text(encoding="utf-8") == "<html>older</html>"
    assert verify_manifest(built) == []


def test_figures_of_several_sets_are_shown_one_column_per_set():
    release = _tiny_release(eval_card=True)
    release.eval_figures = [("dev / f1", "0.900"), ("test / f1", "0.800"), ("dev / recall", "0.700")]
    page = render_report(release)
    assert "<th>dev</th><th>test</th>" in page
    assert "<tr><td>f1</td><td class=num>0.900</td><td class=num>0.800</td></tr>" in page

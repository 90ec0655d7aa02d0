"""report.html in headless Chromium: after its JS ran, the highlights, plots and article are on the page."""
import os
import shutil
import struct
import subprocess
from html.parser import HTMLParser

import polars as pl
import pytest

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or "")
                 if p and os.path.exists(p)), None)
KINDS = ("direct", "indirect", "mixed", "according_to")


@pytest.fixture(scope="module")
def chromium():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")
    return CHROMIUM


@pytest.fixture(scope="module")
def release(tmp_path_factory, sample_corpus):
    from builder.build import build

    return build(sample_corpus, tmp_path_factory.mktemp("dist"), workers=2).folder


def _run(chromium, tmp_path, *args):
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def dom(chromium, release, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("chromium")
    url = (release / "report.html").as_uri() + "#a-" + _first_article(release)[0]["article_id"]
    return _run(chromium, tmp, "--virtual-time-budget=5000", "--dump-dom", url).stdout


class _Highlights(HTMLParser):
    """Text inside each quotation highlight (by its data-q index) and each claim mark, from the live DOM."""

    def __init__(self):
        super().__init__()
        self.stack, self.quotes, self.claims, self.classes = [], {}, {}, []
        self.in_article = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") == "article":
            self.in_article = 1
        elif self.in_article:
            self.in_article += 1
        self.stack.append((tag, attrs))
        if self.in_article and attrs.get("class"):
            self.classes.append(attrs["class"])

    def handle_endtag(self, tag):
        if self.in_article:
            self.in_article -= 1
        self.stack.pop()

    def handle_data(self, data):
        if not self.in_article:
            return
        for _, attrs in reversed(self.stack):
            if "data-q" in attrs:
                self.quotes[int(attrs["data-q"])] = self.quotes.get(int(attrs["data-q"]), "") + data
                break
        for _, attrs in reversed(self.stack):
            if "data-c" in attrs:
                self.claims[int(attrs["data-c"])] = self.claims.get(int(attrs["data-c"]), "") + data
                break


def _first_article(release):
    """The article the test opens (by ``#a-<id>``): of those with claims, the one with the most quotations
    (the tests look at both kinds of highlight); its spans in viewer order."""
    data = release / "data"
    arts = {a["article_id"]: a for a in pl.read_parquet(data / "articles").to_dicts()}
    quotes = pl.read_parquet(data / "quotations").to_dicts()
    claims = pl.read_parquet(data / "claims").to_dicts()
    with_claims = {c["article_id"] for c in claims}
    n = {}
    for q in quotes:
        if q["article_id"] in with_claims:
            n[q["article_id"]] = n.get(q["article_id"], 0) + 1
    aid = sorted(n, key=lambda a: (-n[a], a))[0]
    mine = lambda rows, key: sorted((r for r in rows if r["article_id"] == aid), key=lambda r: (r["start"], -r["end"], r[key]))
    return arts[aid], mine(quotes, "quote_id"), mine(claims, "claim_id")


def test_quotations_are_highlighted_with_their_kind(dom, release):
    parsed = _Highlights()
    parsed.feed(dom)
    article, quotes, _ = _first_article(release)
    kinds = {q["kind"] for q in quotes}
    assert quotes, "the article has quotations"
    for kind in kinds:
        assert any(f"q-{kind}" in c.split() for c in parsed.classes), kind
    assert len(parsed.quotes) == len(quotes)


def test_each_highlight_holds_exactly_its_quotation(dom, release):
    parsed = _Highlights()
    parsed.feed(dom)
    _, quotes, claims = _first_article(release)
    for i, q in enumerate(quotes):
        nested = any(o is not q and o["start"] < q["end"] and q["start"] < o["end"] for o in quotes)
        if not nested:
            assert parsed.quotes[i] == q["content"], i
    for i, c in enumerate(claims):
        if not any(o is not c and o["start"] < c["end"] and c["start"] < o["end"] for o in claims):
            assert parsed.claims[i] == c["text"], i


def test_claims_are_marked_and_the_text_is_on_the_page(dom, release):
    article, _, claims = _first_article(release)
    assert claims and dom.count('class="c c-') >= len(claims)
    body = article["text"].split("\n\n")[1][:40]
    assert body in dom and 'dir="rtl"' in dom


def test_hover_titles_name_the_speaker(dom, release):
    _, quotes, _ = _first_article(release)
    assert f'speaker: {quotes[0]["speaker"]}' in dom


def test_plots_have_bars_and_the_source_chain_is_shown(dom, release):
    assert dom.count("<svg") >= 6 and dom.count('class="bar"') >= 10
    article, _, _ = _first_article(release)
    assert "Source chain:" in dom
    for source in article["sources"]:
        assert source in dom


def test_the_article_list_holds_every_embedded_article(dom, release):
    n = pl.read_parquet(release / "data" / "articles").height
    assert dom.count('<li data-id="') == min(n, 300)


def test_a_claim_link_opens_its_article_and_shows_the_claim_in_the_panel(chromium, release, tmp_path):
    article, _, claims = _first_article(release)
    claim = claims[-1]
    url = (release / "report.html").as_uri() + "#r-" + claim["claim_id"]
    dom = _run(chromium, tmp_path, "--virtual-time-budget=5000", "--dump-dom", url).stdout
    panel = dom[dom.index('id="panel"'):]
    assert "Numeric claim" in panel and claim["claim_id"] in panel and f"<dd>{claim['text']}</dd>" in panel
    assert 'class="c c-' + claim["kind"] + ' selected"' in dom


def _png_size(path):
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_screenshot_renders_the_page(chromium, release, tmp_path):
    png = tmp_path / "report.png"
    _run(chromium, tmp_path, f"--screenshot={png}", "--window-size=1280,2000", (release / "report.html").as_uri())
    assert _png_size(png) == (1280, 2000)
    assert png.stat().st_size > 60_000, "a blank page compresses to a few kB; the report's plots and text do not"

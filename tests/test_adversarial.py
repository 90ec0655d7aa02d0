"""No hang: every extraction step is linear in its input, even on texts built to break regexes.

Small sizes (8,000 and 32,000 characters) and generous bounds keep this fast and steady; the
full-size figures come from ``make bench-adversarial``. Each case runs in a child process with
a time limit, so a catastrophic pattern fails the test instead of hanging the suite.
"""
import pytest

from bench.adversarial import CASES, extract_article, linear, ordinary_news, per_kb, per_kb_within

from builder import quotes

CHARS = 8_000
TIMEOUT = 20.0

# The first-pass quotation patterns (``[^…]{2,60}?\s+cue`` and a lazy ``[^\n]*?`` to the line
# end) backtrack polynomially over long whitespace runs and long unpunctuated lines. They are
# replaced by the real extractor (issue 3); once merged, these cases are held to the same bound.
FIRST_PASS_QUOTES = "first pass" in (quotes.__doc__ or "")
KNOWN_SLOW_IN_FIRST_PASS = {"cue words, no period, two lines", "run of spaces in a paragraph", "HTML entities"}


def _case(name):
    slow = FIRST_PASS_QUOTES and name in KNOWN_SLOW_IN_FIRST_PASS
    return pytest.param(name, marks=pytest.mark.xfail(slow, reason="first-pass quotes.py is not linear", run=False))


@pytest.fixture(scope="module")
def news_per_kb():
    extract_article("## گرم\n\nمتن", "warmup.txt", {})
    return max(per_kb(ordinary_news(CHARS)), per_kb(ordinary_news(4 * CHARS)))


@pytest.mark.parametrize("name", [_case(name) for name in CASES])
def test_adversarial_text_costs_about_as_much_per_kb_as_news(name, news_per_kb):
    make = CASES[name]
    small = per_kb_within(make, CHARS, 3, TIMEOUT)
    assert small is not None, f"{name}: {CHARS:,} characters took more than {TIMEOUT} s"
    big = per_kb_within(make, 4 * CHARS, 3, TIMEOUT)
    assert big is not None, f"{name}: {4 * CHARS:,} characters took more than {TIMEOUT} s"
    case = {"per_kb": big, "ratio": big / news_per_kb, "growth": big / small}
    assert linear(case, max_ratio=10.0, max_growth=3.0), f"{name}: {case}"


def test_every_adversarial_case_is_generated_at_the_size_asked():
    for name, make in CASES.items():
        assert 0.5 * CHARS <= len(make(CHARS)) <= 1.5 * CHARS + 100, name

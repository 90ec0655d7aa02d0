"""The early exit for a lone یک / نه / سی (builder.claims._lone_article): it fires only where _handle would end
at its lone-article return, so the output is the same with and without it."""
import pytest

import builder.claims as claims
from builder.claims import extract_claims
from builder.normalize import normalize
from builder.segment import paragraphs


def run(text):
    c, m = extract_claims(text, normalize(text), paragraphs(text), [])
    return c, m


def fired(text, monkeypatch):
    seen = []
    orig = claims._lone_article

    def spy(toks, i, num, counters, block):
        r = orig(toks, i, num, counters, block)
        seen.append((toks[i][2], r))
        return r
    monkeypatch.setattr(claims, "_lone_article", spy)
    run(text)
    return seen


@pytest.mark.parametrize("text, word", [
    ("یک مقام آمریکایی این خبر را تایید کرد.", "یک"),       # the indefinite article
    ("او نه تنها بازیکن بلکه مربی است.", "نه"),              # نه = not
    ("یک منبع آگاه گفت که مذاکرات ادامه دارد.", "یک"),
])
def test_the_exit_fires_on_a_lone_article(text, word, monkeypatch):
    assert (word, True) in fired(text, monkeypatch)
    assert run(text) == ([], [])


@pytest.mark.parametrize("text", [
    "یک تن از نمایندگان گفت.",                 # a unit/counter after یک
    "یک شنبه گذشته جلسه برگزار شد.",           # a weekday
    "دشمن شماره یک مردم است.",                  # a label ordinal before it
    "یک فروردین سال نو آغاز می‌شود.",          # a month after it: a date
    "یک یا دو روز دیگر می‌رسد.",               # «یا» range
    "یک تا سه روز طول می‌کشد.",                # «تا» range
    "ساعت یک بامداد حادثه رخ داد.",            # a clock time
    "قرن نه میلادی",                           # a century
    "یک درصد مردم رای دادند.",                 # a unit
    "یک نفر کشته شد.",                          # a counter
    "یک میلیون تومانی که پرداخت شد.",          # not lone
    "پیروزی سه بر یک برابر تیم میهمان",        # a score
])
def test_the_exit_keeps_every_rule_that_reads_the_neighbours(text, monkeypatch):
    with_exit = run(text)
    monkeypatch.setattr(claims, "_lone_article", lambda *a: False)
    assert run(text) == with_exit


# --- «می»: the verb prefix (claims._at) ------------------------------------------------------------

def test_the_month_lexicon_has_may_as_one_strict_word():
    assert claims._may_strict_alone()


def test_no_number_phrase_starts_at_mi():
    from builder.numbers import scan_number, tokenize
    for text in ("می گوید", "می‌گوید", "می 2020"):
        norm = normalize(text)
        assert scan_number(norm, tokenize(norm, 0, len(norm)), 0) is None


@pytest.mark.parametrize("text", [
    "او می‌گوید که این طرح اجرا می شود.",     # the verb prefix, glued and apart: the exit
    "ماه می سال 1994 آغاز شد.",               # ماه before, سال after: a date
    "در ماه مبارک می چه شد",                   # an epithet before
    "در می 2020 برگزار شد.",                   # a year after it
    "آوریل و می گذشته",                        # months coordinated by و
    "می و ژوئن گرم بود.",
    "انتخابات ۲۰ می برگزار شد.",               # a day before it (read at the day)
])
def test_the_mi_exit_keeps_every_date(text, monkeypatch):
    with_exit = run(text)
    monkeypatch.setattr(claims, "_may_strict_alone", lambda: False)
    assert run(text) == with_exit


def test_the_mi_exit_fires_on_the_verb_prefix(monkeypatch):
    calls = []
    orig = claims._date_tail
    monkeypatch.setattr(claims, "_date_tail", lambda *a: calls.append(a) or orig(*a))
    assert run("او می شود و می‌گوید.") == ([], [])
    assert calls == []        # no month reading was tried

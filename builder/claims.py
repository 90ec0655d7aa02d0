"""Numeric claims (counts, percents, money, measures, ratios, durations) and mentions (years, dates,
ordinals, times) around every number phrase of an article.

Matching runs on the normalized text; every span is sliced from the original text. The number
grammar is ``builder.numbers``; qualifiers, units, counters, months and blockers are TSV lexicons.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from .cues import conjugations, finite_forms, key as cue_key
from .numbers import Num, decompose, fold, number_prefixes, number_words, ordinal_value, read_tsv, scan_number, tokenize
from .patterns import FirstSight
from .segment import Paragraph

def _load_subject_words() -> dict[str, frozenset[str]]:
    """Role → words, from ``lexicons/claims_subjects.tsv``."""
    out: dict[str, set[str]] = {}
    for r in read_tsv("claims_subjects.tsv"):
        out.setdefault(r["role"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


_SUBJECT_WORDS = _load_subject_words()
_PUNCT_STOP = set(".،,;:!?؟«»\"()[]{}-–—/\\|*#")
_TIME_WORDS = {"بامداد", "صبح", "ظهر", "بعدازظهر", "عصر", "شب", "غروب", "نیمه"}
_MASS_KG = {"ton": 1000.0, "kg": 1.0, "g": 0.001}
_GLUE_OK = {"و", "از", "به", "در", "با", "تا", "بر", "حدود", "بالای", "زیر", "حداقل", "حداکثر", "تقریبا", "الی",
             "هر", "طی", "ظرف", "سال", "مبلغ", "رقم", "جمعا", "کل"}
_UNIT_FACTOR: dict[tuple[str, ...], float] = {}
_QUALS_AFTER: dict[tuple[str, ...], str] = {}   # qualifiers.tsv position=after: ۱۵ دقیقه یا بیشتر
_ONE_COUNTS: set[str] = set()      # counters.tsv head=2: «یک X» counts one X
_LONE_AMBIGUOUS = {1.0, 9.0, 30.0}
_IRREGULAR = {"نخست", "نخستین", "اول", "اولین", "اولی"}
_PREVIOUS = _SUBJECT_WORDS["previous"]
_PER_UNIT = _SUBJECT_WORDS["per_unit"]
_YEAR_WORDS = {"سال", "سالهای", "سال‌های", "بودجه"}
_HALF_OF = "نصف"          # نصف بازیکنانش: a ratio 0.5 of the noun after it
_DRAW_WORDS = {"تساوی"}    # تساوی 22, تساوی صفر صفر: a drawn score


@lru_cache(maxsize=1)
def _lex():
    quals: dict[tuple[str, ...], str] = {}
    for r in read_tsv("qualifiers.tsv"):
        key = tuple(r["phrase"].replace("\u200c", " ").split())
        if r.get("position") == "after":
            _QUALS_AFTER[key] = r["qualifier"]
        else:
            quals[key] = r["qualifier"]
    units: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for r in read_tsv("units.tsv"):
        key = tuple(r["word"].replace("\u200c", " ").split())
        units[key] = (r["kind"], r["unit"] or None)
        if r.get("factor"):
            _UNIT_FACTOR[key] = float(r["factor"])
    counters = {r["word"]: r["head"] in ("1", "2") for r in read_tsv("counters.tsv")}
    _ONE_COUNTS.update(r["word"] for r in read_tsv("counters.tsv") if r["head"] == "2")
    months: dict[tuple[str, ...], tuple[str, bool]] = {}
    for r in read_tsv("months.tsv"):
        months[tuple(r["word"].replace("\u200c", " ").split())] = (r["calendar"], r["strict"] == "1")
    block: dict[str, set[str]] = {"before": set(), "det": set(), "refnoun": set()}
    for r in read_tsv("numbers_blockers.tsv"):
        block.setdefault(r["type"], set()).add(r["word"])
    stops = {r["word"] for r in read_tsv("claims_stopwords.tsv")}
    starters = set(number_words())
    return quals, units, counters, months, block, stops, starters


def _match_month(toks, k):
    """A month name at token k, also glued to ماه (مهرماه); returns (entry, end)."""
    months = _lex()[3]
    if k < len(toks) and (toks[k][2],) not in _month_heads() and not toks[k][2].endswith("ماه"):
        return None, k  # no month starts here (most tokens): no key tuples built
    mo, end = _match_seq(toks, k, months, 2)
    if mo is None and k < len(toks) and toks[k][2].endswith("ماه") and (toks[k][2][:-3].rstrip("\u200c"),) in months:
        return months[(toks[k][2][:-3].rstrip("\u200c"),)], k + 1
    if mo is not None and end < len(toks) and toks[end][2] == "ماه" and toks[end][0] == toks[end - 1][1] + 1 \
            and not (k > 0 and toks[k - 1][2] == "ماه"):
        return mo, end + 1     # دی‌ماه, تیر ماه: ماه right after (ZWNJ or one space) is part of the month
    return mo, end


@lru_cache(maxsize=1)
def _unit_heads() -> frozenset[str]:
    return frozenset(k[0] for k in _lex()[1])


def _match_seq(toks, k, table, maxlen=3):
    """Longest entry of ``table`` (tuple of tokens) starting at token k; returns (entry, end)."""
    for L in range(maxlen, 0, -1):
        key = tuple(t[2] for t in toks[k:k + L])
        if len(key) == L and key in table:
            return table[key], k + L
    return None, k


_GLUE_SCALES = {"هزار": 1e3, "میلیون": 1e6, "میلیارد": 1e9}
_GLUE_SUFFIXES = ("ها", "های", "هایی")
# units that a crawl glues to the next word (20 درصدرشد, 300 کیلومترموشک); rarer words like سانت, سنت, دینار
# begin ordinary words (سانترالیسم, سنتی, دیناری) and are only read whole
_GLUE_REST_UNITS = {"percent", "IRT", "IRR", "USD", "EUR", "km", "kg"}


@lru_cache(maxsize=1)
def _glue_units() -> tuple[tuple[str, tuple[str, str | None]], ...]:
    """One-word units that may be glued to the next word (longest first): percent, the common currencies,
    km and kg; not durations or تن/متر, whose short words begin ordinary words (سالن, ماهواره, تنها, متروی)."""
    units = _lex()[1]
    return tuple(sorted(((k[0], v) for k, v in units.items() if len(k) == 1 and v[1] in _GLUE_REST_UNITS),
                        key=lambda kv: -len(kv[0])))


def _glued_unit(tok: str):
    """A unit glued to its scale or to the next word, lost spaces of a crawl: ``هزارتومان`` (× 1000, IRT),
    ``درصدرشد`` (percent, then رشد), ``هزارتومانرسید``. Returns (factor, (kind, unit), chars of the unit
    part) or None. The rest after the unit must be empty, a glued و, or a word of three letters or more."""
    factor, at = 1.0, 0
    for w, f in _GLUE_SCALES.items():
        if tok.startswith(w) and len(tok) > len(w):
            factor, at = f, len(w)
            break
    units = _lex()[1]
    if at and (tok[at:],) in units:
        return factor, units[(tok[at:],)], len(tok)
    for w, u in _glue_units():
        if tok.startswith(w, at):
            rest = tok[at + len(w):]
            if rest and (rest == "و" and at or len(rest) >= 3 and not rest.startswith(_GLUE_SUFFIXES)):
                return factor, u, at + len(w)
    return None


def _adjacent(norm, toks, a, b) -> bool:
    """Tokens a and b (b = a+1) are separated only by spaces/ZWNJ, on one line."""
    if b >= len(toks) or a < 0:
        return False
    gap = norm[toks[a][1]:toks[b][0]]
    return len(gap) <= 3 and all(ch in " \u200c\t" for ch in gap)


def extract_claims(text: str, norm: str, paras: list[Paragraph], quotes: list[dict]):
    """All claims and mentions of one article, in text order; spans index ``text``."""
    claims: list[dict] = []
    mentions: list[dict] = []
    for p in paras:
        _paragraph(text, norm, p.start, p.end, quotes, claims, mentions)
    _share_change_unit(norm, claims)
    _share_change_subject(norm, claims)
    _share_list_head(norm, claims)
    _share_elided_head(text, norm, claims)
    _drop_speaker_subjects(claims)
    _standard_subject_letters(claims)
    return claims, mentions


_STANDARD_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


def _standard_subject_letters(claims):
    """A subject is free text in standard Persian ی / ک, like a speaker (DECISIONS 11 and 47), even in an
    article written with Arabic letters: «توليدات صنعتي» → «تولیدات صنعتی»."""
    for c in claims:
        if c["subject"]:
            c["subject"] = c["subject"].translate(_STANDARD_LETTERS)


def _drop_speaker_subjects(claims):
    """A subject that is only the quotation's speaker (ویسی, or his full name) is the one who speaks,
    never what is counted: no subject rather than a wrong one."""
    for c in claims:
        sp, sub = c.get("speaker"), c.get("subject")
        if sp and sub:
            f = fold(sub)
            if f == fold(sp) or f == fold(sp).split(" ")[-1]:
                c["subject"] = None


def _share_change_unit(norm, claims):
    """«از 395 به 687 هزار تومان», «از 10 به 12 درصد»: the bare start of a change takes the scale, kind and
    unit written once at its end (395 هزار تومان), as the reader of the sentence does."""
    for a, b in zip(claims, claims[1:]):
        if a["kind"] != "count" or a["unit"] is not None or a["qualifier"] != "exact" or b["kind"] == "count" \
                or a["value_high"] is not None or b["value_high"] is not None:
            continue
        if norm[a["end"]:b["start"]] != " به " or not norm[max(0, a["start"] - 3):a["start"]] == "از ":
            continue
        a_num = fold(norm[a["start"]:a["end"]])
        b_first = fold(norm[b["start"]:b["end"]]).split(" ", 1)[0]
        if not a_num.isdigit() or not b_first.replace(".", "", 1).isdigit() or float(b_first) == 0:
            continue
        factor = b["value"] / float(b_first)
        a.update(kind=b["kind"], unit=b["unit"], value=a["value"] * factor)


def _share_change_subject(norm, claims):
    """«مساحت این کارخانه از 152 هزار به 173 هزار مترمربع افزایش می‌یابد»: the end of a change measures the
    same thing as its start; it takes the start's subject where its own is missing or one word of it
    (a start's subject holding a figure, «سال به دو سال», is no better)."""
    for a, b in zip(claims, claims[1:]):
        if not a["subject"] or norm[a["end"]:b["start"]] != " به " or norm[max(0, a["start"] - 3):a["start"]] != "از ":
            continue
        words = a["subject"].split()
        if any(_is_number_word(fold(w)) for w in words):
            continue
        if b["subject"] is None or " " not in b["subject"] and b["subject"] in words and len(words) > 1:
            b["subject"] = a["subject"]


_LIST_GAP = re.compile(r"^(?: دیگر)?(?: در [^،,.؛:!?]{1,30})?(?: از جمله|[،,]| و)? ?$")
_PLACE_AFTER = re.compile(r" در ([^\s،,.؛:]+)")


def _share_list_head(norm, claims):
    """«ابتلای ۱۳ نفر دیگر از جمله ۷ نفر در قم، ۴ نفر در تهران، ۲ نفر در گیلان»: persons listed by place
    after a count of persons named by what happened to them (مبتلایان, جان‌باختگان) are those persons
    in each place (مبتلایان در قم), not «نفر در قم»; each item passes the head on to the next."""
    for a, b in zip(claims, claims[1:]):
        head = (a["subject"] or "").split(" ", 1)[0]
        if head not in _EVENT_HEADS or not fold(b["text"]).endswith(("نفر", "تن")) or b["kind"] != "count":
            continue
        gap = norm[a["end"]:b["start"]]
        if not _LIST_GAP.match(gap) or not gap.strip() and " در " not in norm[b["end"]:b["end"] + 4]:
            continue
        sub = b["subject"]
        if sub and fold(sub).split(" ", 1)[0] in ("نفر", "تن") and " " in sub:
            b["subject"] = head + " " + sub.split(" ", 1)[1]
        elif sub and fold(norm[b["end"]:b["end"] + 4 + len(sub)]) == fold(" در " + sub):
            b["subject"] = head + " در " + sub      # (the place alone, from the fallback)
        elif sub is None:
            m = _PLACE_AFTER.match(norm, b["end"])
            if m:
                b["subject"] = head + " در " + m.group(1)


_LIST_SEP = re.compile(r"[ \u200c]*[،,][ \u200c]*| و ")
_WORD_AFTER = re.compile(r" ([^\s،,.؛:!?()«»\"]+)")


def _bare_count(c) -> bool:
    """A count written as a number alone (6, سه), its noun after it."""
    return c["kind"] == "count" and all(_is_number_word(t) for t in fold(c["text"]).split())


def _share_elided_head(text, norm, claims):
    """«6 مدال طلا، 3 نقره و 7 برنز»: in a list of three or more bare counts whose first noun is a head and
    its modifier (مدال طلا) and whose later items name one word each, those items leave the head out: their
    subject is the head with their word (مدال نقره); an item that repeats the head (4 مدال برنز) is the head
    and the word after it (not the head alone, its modifier read as part of the verb «برنز بود»)."""
    q = 0
    while q < len(claims):
        a = claims[q]
        m1 = _WORD_AFTER.match(norm, a["end"]) if _bare_count(a) and a["subject"] else None
        m2 = _WORD_AFTER.match(norm, m1.end()) if m1 else None
        if not (m1 and m2 and fold(a["subject"]) == fold(norm[m1.start(1):m2.end()])
                and m1.group(1)[:1].isalpha() and m2.group(1)[:1].isalpha()):
            q += 1
            continue
        head, end, items = text[m1.start(1):m1.end(1)], m2.end(), []
        for b in claims[q + 1:]:
            sep = _LIST_SEP.match(norm, end)
            w = _WORD_AFTER.match(norm, b["end"])
            if not (_bare_count(b) and sep and sep.end() == b["start"] and w and w.group(1)[:1].isalpha()
                    and fold(w.group(1)) not in _ALL_VERBS):
                break
            if fold(w.group(1)) == fold(head):
                w = _WORD_AFTER.match(norm, w.end())
                if not (w and w.group(1)[:1].isalpha() and fold(w.group(1)) not in _ALL_VERBS):
                    break
            items.append((b, text[w.start(1):w.end(1)]))
            end = w.end()
            nxt = _LIST_SEP.match(norm, end)
            if not nxt:
                break      # the list ends after this item
        if len(items) >= 2 and not _LIST_SEP.match(norm, end) or len(items) >= 3:
            for b, word in items:
                b["subject"] = head + " " + word
        q += 1 + len(items)


def _claim(text, quotes, kind, start, end, value, subject, unit=None, qualifier="exact", value_high=None) -> dict:
    """One claim record over ``text[start:end]``, with the innermost quotation holding it and its speaker."""
    qi = _quote_of(quotes, start, end)
    return {"kind": kind, "text": text[start:end], "value": value, "value_high": value_high, "unit": unit,
            "qualifier": qualifier, "subject": subject, "start": start, "end": end, "quote_index": qi,
            "speaker": quotes[qi]["speaker"] if qi is not None else None}


def _quote_of(quotes, start, end):
    best, best_len = None, None
    for qi, q in enumerate(quotes):
        if q["start"] <= start and end <= q["end"]:
            ln = q["end"] - q["start"]
            if best_len is None or ln < best_len:
                best, best_len = qi, ln
    return best


@lru_cache(maxsize=1 << 18)
def _is_anchor(tok: str) -> bool:
    """Can a number phrase, ordinal or date start at this letter token? (number word, glued
    compound, ordinal, month name, glued qualifier ازیک)"""
    _, _, _, months, _, _, starters = _lex()
    if tok in starters or (tok,) in _month_heads() or tok in _IRREGULAR or tok == _HALF_OF:
        return True
    if tok.endswith("ماه") and (tok[:-3],) in _month_heads():
        return True       # آذرماه ۹۹: a month glued to ماه
    pre = number_prefixes()
    if tok[:2] not in pre and tok[1:3] not in pre and tok[2:4] not in pre:
        return False
    if decompose(tok) is not None or ordinal_value(tok) is not None:
        return True
    if tok.endswith("و") and decompose(tok[:-1]) is not None:
        return True       # سیصدو پنجاه: و glued to the number word
    return tok[:2] in ("از", "بر") and decompose(tok[2:]) is not None


@lru_cache(maxsize=1 << 18)
def _anchor_token(tok: str) -> bool:
    """A digit token or ``_is_anchor``: where ``_paragraph`` reads (looked up once per word form)."""
    return tok[0] in _DIGITS or _is_anchor(tok)


_ANCHOR_TOKEN = FirstSight(_anchor_token.__wrapped__, 1 << 18)   # ``_anchor_token`` of every token of a paragraph: a dict lookup


@lru_cache(maxsize=1)
def _month_heads() -> frozenset:
    return frozenset((k[0],) for k in _lex()[3])


_GLUED_NUM_WORDS = ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "ده", "بیست", "چهل", "پنجاه", "شصت",
                    "هفتاد", "هشتاد")
_GLUED_NUM_UNITS = ("سال", "ساله", "ماه", "ماهه", "روز", "روزه", "هفته", "دهه", "ساعت", "برابر", "نفر", "میلیون", "بار",
                    "میلیارد", "چندان", "چندانی")
_GLUED_NUM = re.compile("^(" + "|".join(_GLUED_NUM_WORDS) + ")(" + "|".join(sorted(_GLUED_NUM_UNITS, key=len, reverse=True))
                        + ")$")


_GLUED_ANY = re.compile("(?:" + "|".join(_GLUED_NUM_WORDS) + ")(?:" + "|".join(_GLUED_NUM_UNITS) + ")")


def _split_glued(toks):
    """A word number glued to its unit by a lost space (یکسال, دودهه, دوبرابر, چهارساله: 56 times in the
    corpus) is read as two tokens that touch; the claim's span still slices the word as written."""
    out = None
    for q, (s, e, t) in enumerate(toks):
        m = _GLUED_NUM.match(t) if len(t) >= 5 else None
        if m is not None and fold(t) == "یکروزه":
            m = None      # جوجه یکروزه: day-old chicks, a product's name
        if m is None:
            if out is not None:
                out.append((s, e, t))
            continue
        if out is None:
            out = list(toks[:q])
        a = s + len(m.group(1))
        out.extend(((s, a, m.group(1)), (a, e, m.group(2))))
    return toks if out is None else out


def _paragraph(text, norm, ps, pe, quotes, claims, mentions):
    lex = _lex()
    toks = tokenize(norm, ps, pe)
    if _GLUED_ANY.search(norm, ps, pe) is not None:
        toks = _split_glued(toks)     # (a token it splits holds the pattern: most paragraphs skip the loop)
    i = 0
    # the anchors are found in one pass; a phrase read at one may consume the next ones
    for k in list(compress(range(len(toks)), map(_ANCHOR_TOKEN.__getitem__, map(itemgetter(2), toks)))):
        if k >= i:
            i = _at(text, norm, toks, k, quotes, claims, mentions, lex)


_DIGITS = frozenset("0123456789")
_SCALE_ADJ = {"میلیونی", "میلیاردی"}
_MONEY_ADJ = {"دلاری", "تومانی", "ریالی", "یورویی"}
_NUM_TYPES = {"atom", "scale", "hundred", "vague", "half"}


# «می» is a month (May) only with a word these rules of ``_at`` read next to it: ماه / سال / a year after it
# (the date tail), ماه or an epithet before it (ماه می), a month coordinated by و (_month_alone); before any
# other word it is the verb prefix, no month, and no number (scan_number reads no «می»)
_AREA_NOUNS = {"ملک", "بنا", "بنای", "زمین", "زمینی", "آپارتمان", "آپارتمانی", "خانه", "خانه‌ای", "واحد", "واحدی",
               "مسکونی", "تجاری", "انبار", "انباری", "مغازه", "زیربنا", "زیربنای", "ویلا", "ویلای", "سوله", "باغ"}
_STOREYS = {"طبقه", "طبقه‌ای"}
_PART_OF_MONTH = {"نیمه", "دهه", "هفته", "فصل", "سه‌ماهه", "ماهه", "قرن", "نیم"}   # نیمه دوم ماه مارس: a part, no day
_MONTH_EPITHETS = {"مبارک", "پرفضیلت", "عزیز"}     # ماه مبارک رمضان
_MAY_NEXT_READ = frozenset({"ماه", "سال", "و"})
_MAY_PREV_READ = frozenset({"ماه", "و"} | _MONTH_EPITHETS)


@lru_cache(maxsize=1)
def _may_strict_alone() -> bool:
    """The month lexicon has «می» as one strict word (an ordinary word too) that starts no longer month name."""
    months = _lex()[3]
    return months.get(("می",), (None, False))[1] and not any(len(k) > 1 and k[0] == "می" for k in months)


def _at(text, norm, toks, i, quotes, claims, mentions, lex) -> int:
    """Handle the token at index i (an anchor); return the index of the first unconsumed token."""
    quals, units, counters, months, block, stops, starters = lex
    tok = toks[i][2]
    c0 = tok[0]
    if tok == "می" and i + 1 < len(toks) and toks[i + 1][2][:1].isalpha() and toks[i + 1][2] not in _MAY_NEXT_READ \
            and (i == 0 or toks[i - 1][2] not in _MAY_PREV_READ) and _may_strict_alone():
        return i + 1      # می‌گوید, می شود: the verb prefix (the commonest anchor), see _MAY_NEXT_READ
    # month first: ماه می سال 1994, خرداد ۱۳۹۸
    if tok == "می" and i + 1 < len(toks) and norm[toks[i][1]:toks[i + 1][0]] == "\u200c" \
            and toks[i + 1][2] not in ("ماه", "سال") and not toks[i + 1][2].isdigit():
        mo = None   # «می‌گوید»: the verb prefix (no year after it, and _month_alone refuses a month glued by a ZWNJ)
    else:
        mo, mo_end = _match_month(toks, i)
    if mo is not None and not c0.isdigit():
        end_i = _date_tail(norm, toks, mo_end)
        prev_mah = i > 0 and toks[i - 1][2] == "ماه" and _adjacent(norm, toks, i - 1, i)
        lead = i - 1 if prev_mah else i
        if not prev_mah and i > 1 and toks[i - 1][2] in _MONTH_EPITHETS and toks[i - 2][2] == "ماه" \
                and _adjacent(norm, toks, i - 2, i - 1) and _adjacent(norm, toks, i - 1, i):
            prev_mah, lead = True, i - 2          # ماه مبارک رمضان
        if lead > 0 and toks[lead - 1][2] == "نیمه" and _adjacent(norm, toks, lead - 1, lead):
            lead -= 1                             # نیمه ماه رمضان, نیمه شعبان: the middle of the month (DECISION 74)
        if end_i is not None:
            s = toks[lead][0]
            yv = _year_value(toks[end_i - 1][2])
            _mention(text, mentions, "date", s, toks[end_i - 1][1], yv)
            return end_i
        if _month_alone(norm, toks, i, mo_end, mo, prev_mah):
            s = toks[lead][0]
            e = mo_end
            if e < len(toks) and toks[e][2] == "ماه" and _adjacent(norm, toks, e - 1, e) and not prev_mah:
                e += 1
            _mention(text, mentions, "date", s, toks[e - 1][1], None)
            return e
    if tok == _HALF_OF:
        return _half_of(text, norm, toks, i, quotes, claims, stops)
    if c0 in _DIGITS and ":" in tok:
        return _clock(text, norm, toks, i, mentions)
    if c0 in _DIGITS and tok.count("/") == 2:
        yv = _digit_date_year(tok)     # 1403/08/12: a date mention with its year
        if yv is not None:
            _mention(text, mentions, "date", toks[i][0], toks[i][1], yv)
            return i + 1
        if _slash_thousands(tok):
            # با میزان رای 1/078/817: slashes as thousands separators, a number (no date has 3-digit parts)
            num = Num(float(tok.replace("/", "")), i, i + 1, False, None)
            return _handle(text, norm, toks, num, quotes, claims, mentions, quals, units, counters, months, block, stops)
        return i + 1
    num = scan_number(norm, toks, i)
    if num is None:
        return i + 1
    if c0 in _DIGITS and len(toks) == 1 and "/" in tok:
        return i + 1      # a paragraph that is one slashed number (۲۱۳/۴۲ under an article): a code, no quantity
    return _handle(text, norm, toks, num, quotes, claims, mentions, quals, units, counters, months, block, stops)


_MONTH_CONTEXT = {"از", "تا", "در", "اوایل", "اواسط", "اواخر", "طی", "ماه", "ماههای", "اول", "پایان", "ابتدای",
                  "ایام", "دهه", "نیمه"}


def _clock(text, norm, toks, i, mentions) -> int:
    """A clock time H:MM (19:30, ساعت ۱۷:۳۰ with ساعت in the span): a time mention, value the hour."""
    parts = toks[i][2].split(":")
    if len(parts) == 2 and len(parts[0]) <= 2 and len(parts[1]) == 2 and int(parts[0]) <= 24 and int(parts[1]) < 60:
        s0 = toks[i - 1][0] if i > 0 and toks[i - 1][2] == "ساعت" and _adjacent(norm, toks, i - 1, i) else toks[i][0]
        e0 = toks[i][1]
        if i + 1 < len(toks) and toks[i + 1][2] in _TIME_WORDS and _adjacent(norm, toks, i, i + 1):
            e0 = toks[i + 1][1]     # 10:30 صبح
        _mention(text, mentions, "time", s0, e0, float(int(parts[0])))
        k = _tok_at(toks, e0)
        if k + 1 < len(toks) and toks[k][2] in ("تا", "الی", "-") and toks[k + 1][2].isdigit() \
                and int(toks[k + 1][2]) <= 24 and _adjacent(norm, toks, k, k + 1) \
                and not (k + 2 < len(toks) and (toks[k + 2][2] in _unit_heads() or toks[k + 2][2] in _lex()[2])
                         and _adjacent(norm, toks, k + 1, k + 2)):
            # ساعت ۱۹:۳۰ تا ۲۱: the end of a span of clock time, a time too
            _mention(text, mentions, "time", toks[k + 1][0], toks[k + 1][1], float(toks[k + 1][2]))
            return k + 2
        return k
    return i + 1


_AFTERNOON = (("بعد", "از", "ظهر"), ("بعدازظهر",), ("بعد", "ازظهر"))


def _afternoon_end(norm, toks, k):
    """«بعد از ظهر» (or بعدازظهر) right at token k: the index past it, else None."""
    for words in _AFTERNOON:
        e = k + len(words)
        if e <= len(toks) and all(toks[k + x][2] == w for x, w in enumerate(words)) \
                and all(_adjacent(norm, toks, m - 1, m) for m in range(k, e)):
            return e
    return None


def _tells_time(toks) -> bool:
    """The paragraph names a clock hour somewhere: «ساعت» before a number (ساعت 5, ساعت ۱۷:۳۰)."""
    return any(t[2] == "ساعت" and k + 1 < len(toks) and (toks[k + 1][2][:1].isdigit() or _is_number_word(toks[k + 1][2]))
               for k, t in enumerate(toks))


def _clock_minutes_end(norm, toks, k, counters):
    """«و 29», «و ربع», «و نیم» after a clock hour at token k (no unit or counter after it, which would make
    «ساعت 5 و 29 دقیقه» … a duration): the index past the minutes, else None."""
    n = len(toks)
    if k + 1 >= n or toks[k][2] != "و" or not _adjacent(norm, toks, k - 1, k) or not _adjacent(norm, toks, k, k + 1):
        return None
    w = toks[k + 1][2]
    if not (w == "ربع" or w.isdigit() and 1 <= int(w) <= 59):
        return None
    if k + 2 < n and _adjacent(norm, toks, k + 1, k + 2) and (
            toks[k + 2][2] in _unit_heads() or toks[k + 2][2] in counters or toks[k + 2][2] in ("درصد", "%")
            or number_words().get(toks[k + 2][2], (0, ""))[1] == "scale"):
        return None
    return k + 2


def _half_of(text, norm, toks, i, quotes, claims, stops) -> int:
    """«نصف X» (half of X): a ratio 0.5 claim on the noun after it; alone (به نصف رسید) no claim."""
    n = len(toks)
    j = i + 1
    if j >= n or not _adjacent(norm, toks, i, j) or not toks[j][2][0].isalpha() or toks[j][2] in stops \
            or toks[j][2] in _VERBISH:
        return j
    claims.append(_claim(text, quotes, "ratio", toks[i][0], toks[i][1], 0.5,
                         _subject(text, norm, toks, j, i, None, stops, "ratio")))
    return j
_MONTH_AFTER = {"گذشته", "آینده", "امسال", "جاری", "سال", "ماه"}


def _month_alone(norm, toks, i, mo_end, mo, prev_mah) -> bool:
    """A month named without a day or year is a date (value null) when it cannot be an ordinary
    word: a Gregorian month, or a Solar/Hijri one glued to or next to ماه or after از/تا/در."""
    cal, strict = mo
    n = len(toks)
    # محرم و صفر, تیر و مرداد: a month coordinated with another month name is a month too
    other = (i >= 2 and toks[i - 1][2] == "و" and _adjacent(norm, toks, i - 2, i - 1)
             and _adjacent(norm, toks, i - 1, i) and _month_ends_at(toks, i - 1)) or \
        (mo_end + 1 < n and toks[mo_end][2] == "و" and _adjacent(norm, toks, mo_end - 1, mo_end)
         and _adjacent(norm, toks, mo_end, mo_end + 1) and _match_month(toks, mo_end + 1)[0] is not None
         and not _match_month(toks, mo_end + 1)[0][1])
    if strict and not prev_mah and not other:
        return False
    if (i > 0 and norm[toks[i - 1][1]:toks[i][0]] == "\u200c") or \
            (mo_end < n and norm[toks[mo_end - 1][1]:toks[mo_end][0]] == "\u200c"):
        return False      # دی‌ان‌ای: part of another word
    if cal == "gregorian" or prev_mah or other or toks[mo_end - 1][2].endswith("ماه"):
        return True
    before = toks[i - 1][2] if i > 0 and _adjacent(norm, toks, i - 1, i) else ""
    after = toks[mo_end][2] if mo_end < n and _adjacent(norm, toks, mo_end - 1, mo_end) else ""
    if before in _MONTH_CONTEXT or after in _MONTH_AFTER:
        return True
    # حوادث آبان, کشته‌شدگان آبان: a Solar month after an event noun names that month's events
    return cal == "solar" and before != "" and _word_before(norm, toks, i) in _lex()[4].get("event", ())


def _word_before(norm, toks, i) -> str:
    """The whole word before token i, with its ZWNJ-joined pieces (کشته‌شدگان), in normalized letters."""
    k = i - 1
    while k > 0 and norm[toks[k - 1][1]:toks[k][0]] == "\u200c":
        k -= 1
    return norm[toks[k][0]:toks[i - 1][1]]


def _month_ends_at(toks, k) -> bool:
    """A non-strict month name (one or two tokens) ends right before token k."""
    for L in (1, 2):
        if k - L >= 0:
            mo, end = _match_month(toks, k - L)
            if mo is not None and end == k and not mo[1]:
                return True
    return False


def _year_value(tok: str) -> float | None:
    if not tok.isdigit():
        return None
    v = int(tok)
    if len(tok) == 2:
        return float(1300 + v)
    if len(tok) == 4 and 1000 <= v <= 2200:
        return float(v)
    return None


def _date_tail(norm, toks, k):
    """After a month name: optional ماه / سال / میلادی and a year → index past the year, else None."""
    j = k
    n = len(toks)
    for _ in range(2):
        if j < n and toks[j][2] in ("ماه", "سال") and _adjacent(norm, toks, j - 1, j):
            j += 1
    if j < n and _adjacent(norm, toks, j - 1, j) and toks[j][2].isdigit() and len(toks[j][2]) in (2, 4) \
            and _year_value(toks[j][2]) is not None and not _amount_follows(norm, toks, j + 1):
        return j + 1
    return None


def _per_base_near(toks, i, j) -> bool:
    """«به ازای هر N» within six tokens after the count (no sentence end between), «از هر N» right after it,
    or «از هر N» within six before it: the count is the numerator of a rate."""
    n = len(toks)
    for k in range(j, min(n - 2, j + 6)):
        t = toks[k][2]
        if t in (".", "!", "؟", "?", ":", "؛"):
            break
        if (t == "ازای" and toks[k - 1][2] == "به" or t == "از" and k == j) and toks[k + 1][2] == "هر" \
                and (toks[k + 2][2][0].isdigit() or _is_number_word(toks[k + 2][2])):
            return True
    if i > 0 and toks[i - 1][2] == "از":
        return False     # یک نفر از هر هشت نفر از 40 میلیون فرد: 40 میلیون is the whole, no rate
    for k in range(i - 1, max(1, i - 7), -1):
        t = toks[k][2]
        if t in (".", "!", "؟", "?", ":", "؛"):
            break
        if t == "هر" and toks[k - 1][2] == "از" and k + 1 < i and (toks[k + 1][2][0].isdigit()
                                                                   or _is_number_word(toks[k + 1][2])):
            return True
    return False


_TIMES_COUNTERS = {"بار", "مرتبه", "دفعه"}
_ORDINAL_AFTER = {"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "نخست", "آخر"}


def _lost_dash_range(tok: str) -> tuple[float, float] | None:
    """«5055», «6070» before درصد: two round percentages (multiples of 5, the second larger by at most
    30) written together, a range that lost its dash; else None (3000 درصد, 9967 درصدی stay numbers)."""
    if len(tok) != 4 or not tok.isdigit():
        return None
    a, b = int(tok[:2]), int(tok[2:])
    if 0 < a < b <= 100 and b - a <= 30 and a % 5 == 0 and b % 5 == 0:
        return float(a), float(b)
    return None


def _slash_thousands(tok: str) -> bool:
    """«1/078/817»: slashes between groups of three digits are thousands separators (a vote count), never a date."""
    parts = tok.split("/")
    return len(parts) == 3 and all(p.isdigit() for p in parts) and 1 <= len(parts[0]) <= 3 \
        and parts[0][0] != "0" and len(parts[1]) == 3 and len(parts[2]) == 3


def _digit_date_year(tok: str) -> float | None:
    """The year of a digit date ``1403/08/12`` or ``12/08/1403`` (a Solar 13xx–14xx or Gregorian 19xx–20xx
    year first or last, month ≤ 12, day ≤ 31), else None."""
    parts = tok.split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    for y, m, d in ((parts[0], parts[1], parts[2]), (parts[2], parts[1], parts[0])):
        if len(y) == 4 and (1300 <= int(y) <= 1499 or 1900 <= int(y) <= 2100) and 1 <= int(m) <= 12 \
                and 1 <= int(d) <= 31:
            return float(y)
    return None


_PEOPLE_COUNTERS = {"نفر", "تن"}


def _amount_follows(norm, toks, k) -> bool:
    """A scale or a unit (not a duration) right at token k, or نفر / تن after two digits: the number before it is
    an amount, not a year (ماه رمضان 43 میلیون ریال تخلف, دسامبر ۶۳ دلار, اسفندماه ۴۹ نفر)."""
    if k >= len(toks) or not _adjacent(norm, toks, k - 1, k):
        return False
    w = toks[k][2]
    if number_words().get(w, (0, ""))[1] == "scale":
        return True
    if w in _PEOPLE_COUNTERS and len(toks[k - 1][2]) == 2:
        return True       # تا ساعت ۱۶ هفتم اسفندماه ۴۹ نفر مرخص شدند, در ۲۰ اسفند ۴۹ نفر: 49 people, not 1349
    u = _match_seq(toks, k, _lex()[1], 3)[0]
    # a duration after a date is its time (۲۹ اردیبهشت ۱۳۹۹ ساعت ۱۹:۳۰), not the amount's unit
    return u is not None and u[0] not in ("duration", "ratio")     # ۱۳ بهمن ۹۸ برابر با ۲ فوریه


def _mention(text, mentions, kind, s, e, value):
    mentions.append({"kind": kind, "text": text[s:e], "value": value, "start": s, "end": e})


# the words next to a lone یک / نه / سی that a rule of ``_handle`` reads before its lone-article return:
# after it ranges (تا, یا, ،), pairs and dates (و), scores (بر), «در صد», «به علاوه», weekdays (شنبه);
# before it ساعت, دهه, بین, %, a draw (تساوی)
_LONE_NEXT_READ = frozenset({"بر", "و", "وچند", "تا", "الی", "لغایت", "-", "–", "،", "یا", "در", "به", "شنبه",
                             "شنبه‌ها"})
_LONE_PREV_READ = frozenset({"ساعت", "دهه", "بین", "%"} | _DRAW_WORDS)
_LONE_PREV_BLOCKS = ("before", "label_ordinal", "century", "commemoration")


def _slash_opens_clause(norm, toks, i, j, stops) -> bool:
    """The «/» glued before the digits at token i separates two clauses of a headline (… توجیه نیستند/۲ اشکال
    اساسی, … تهران-شمال/1500 دستگاه ناوگان): a word before it, a noun after the number, no parenthesis open
    on the line (a verse «بقره/155») and no second slash (انتهای پیام/۱۰۸۳/ن)."""
    if i < 2 or not toks[i - 2][2][:1].isalpha() or len(toks[i - 2][2]) < 2 or j >= len(toks) \
            or not _adjacent(norm, toks, j - 1, j) or norm[toks[j - 1][1]:toks[j][0]] == "":
        return False
    w = toks[j][2]
    if not w[:1].isalpha() or w in stops or w in _ALL_VERBS or j + 1 < len(toks) and toks[j + 1][2] == "/":
        return False
    line = norm[norm.rfind("\n", 0, toks[i][0]) + 1:toks[i][0]]
    return line.count("(") <= line.count(")")


_BOUNDED_ONE = {"at_least", "at_most"}


def _bounded_one(toks, i) -> bool:
    """A lone یک after «دست کم / حداقل / حداکثر» before a noun is a count (دستکم یک هواپیمای دیگر, حداقل یک
    مهارت: at least one, DECISION 67), not the indefinite article."""
    if i + 1 >= len(toks) or not toks[i + 1][2][:1].isalpha() or toks[i + 1][2] in _ALL_VERBS:
        return False
    quals = _lex()[0]
    return any(i - L >= 0 and quals.get(tuple(t[2] for t in toks[i - L:i])) in _BOUNDED_ONE
               for L in (2, 1)) and toks[i - 1][2] != "تا"


_ONLY = {"فقط", "تنها"}
_ONCE_IDIOM_AFTER = {"دیگر", "مصرف", "برای"}     # یک بار دیگر (once again), ظروف یک بار مصرف, یک بار برای همیشه


def _counted_once(toks, i) -> bool:
    """A lone یک before بار / مرتبه / دفعه after «فقط / تنها» or a qualifier (فقط یک بار, بیشتر از یک مرتبه,
    حداقل یک بار) says how many times: a count 1, not the indefinite «یک بار سنگین» nor «یک بار دیگر»."""
    if i + 1 >= len(toks) or toks[i + 1][2] not in _TIMES_COUNTERS or i == 0 \
            or i + 2 < len(toks) and toks[i + 2][2] in _ONCE_IDIOM_AFTER:
        return False
    if toks[i - 1][2] in _ONLY:
        return True
    quals = _lex()[0]
    return toks[i - 1][2] != "تا" and any(i - L >= 0 and quals.get(tuple(t[2] for t in toks[i - L:i])) is not None
                                         for L in (2, 1))


def _one_counts(toks, i) -> bool:
    """A lone یک that counts: at least / at most one (_bounded_one), or once (_counted_once)."""
    return _bounded_one(toks, i) or _counted_once(toks, i)


def _lone_article(toks, i, num: Num, counters, block) -> bool:
    """A lone یک / نه / سی (یک مقام, نه تنها) whose neighbours no rule of ``_handle`` reads: no unit, counter,
    month, glued unit, idiom or range word after it, no label, century, reference or clock word before it.
    ``_handle`` then ends at its lone-article return (no claim, no mention, the next token is ``num.j``), so
    it is skipped (the commonest anchor of the corpus, about 3,000 times in a third of it)."""
    if num.ordinal or not num.words_only or num.n_pieces != 1 or num.j != i + 1 or num.start_shift \
            or num.value not in _LONE_AMBIGUOUS:
        return False
    j = num.j
    prev = toks[i - 1][2] if i > 0 else ""
    if prev in _LONE_PREV_READ or any(prev in block.get(b, ()) for b in _LONE_PREV_BLOCKS):
        return False
    if num.value == 1 and _one_counts(toks, i):
        return False
    if j >= len(toks):
        return True
    w = toks[j][2]
    if w in _LONE_NEXT_READ or w in counters or w in _unit_heads() or _match_month(toks, j)[0] is not None \
            or _glued_unit(w) is not None:
        return False
    first = toks[i][2]
    return (first, w) not in _idioms() and (j + 1 >= len(toks) or (first, w, toks[j + 1][2]) not in _idioms())



def _split_figure(value: float, i: int, j: int, scale: tuple | None) -> tuple["Num", int]:
    """A figure written in two digit groups around a separator at token ``j`` (``3. 700 میلیارد``,
    ``۵/ ۲ میلیون``), with the scale word after it when there is one; returns it and the token after it."""
    if scale is not None and scale[1] == "scale":
        return Num(value * scale[0], i, j + 3, False, scale[0]), j + 3
    return Num(value, i, j + 2, False, None), j + 2

def _handle(text, norm, toks, num: Num, quotes, claims, mentions, quals, units, counters, months, block,
            stops) -> int:
    """Classify one number phrase; append a claim or mention; return the next token index."""
    if _lone_article(toks, num.i, num, counters, block):
        return num.j
    n = len(toks)
    i, j = num.i, num.j
    s_char = toks[i][0] + num.start_shift
    e_char = toks[j - 1][1]
    first = toks[i][2]
    is_digit = first[0].isdigit()
    prev = toks[i - 1][2] if i > 0 else ""
    prev_adj = i > 0 and norm[toks[i - 1][1]:toks[i][0]] == ""
    prev_sp = i > 0 and _adjacent(norm, toks, i - 1, i)

    if num.ordinal and prev in block.get("ordinal_idiom", ()) and prev_sp:
        return j          # خودروی دست دوم: second-hand, not a position
    if num.ordinal and _glued_to_word(norm, toks, i):
        return j          # می‌دهم (I give), نمی‌دهم: a word's second half that reads like دهم, not the tenth
    if num.ordinal and first == "دهم" and prev in block.get("verb_noun", ()) and prev_sp:
        return j          # پاسخ دهم, انجام دهم: a compound verb «I give / do», not the tenth
    if num.ordinal:
        mo, mo_end = _match_month(toks, j) if j < n and _adjacent(norm, toks, j - 1, j) else (None, j)
        if mo is None and j + 1 < n and toks[j][2] == "ماه" and num.words_only and _adjacent(norm, toks, j - 1, j) \
                and _adjacent(norm, toks, j, j + 1) and toks[j + 1][2] != "می" and prev not in _PART_OF_MONTH:
            mo, mo_end = _match_month(toks, j + 1)     # از اول ماه آوریل, دوم ماه مارس: a day of the month
        if mo is not None and mo_end < n and _glued(norm, toks, mo_end):
            mo = None     # هفتم می‌گوید: the verb prefix می, not the month May
        if mo is not None and toks[j][2] == "می" and mo_end == j + 1 and mo_end < n and toks[mo_end][2][:1].isalpha() \
                and toks[mo_end][2] not in _MONTH_AFTER and toks[mo_end][2] != "میلادی":
            mo = None     # خودروی سوم می رسد, مجلس یازدهم می شود: the verb prefix written apart, not May
        if mo is not None and num.value <= 31 and prev in block.get("place_name", ()) and prev_sp:
            return mo_end  # سالن هفتم تیر, خیابان ۱۵ خرداد: a name, not a date
        if mo is not None and num.value <= 31 and num.words_only:
            # بیست و هشتم اسفندماه: a day written as an ordinal
            tail = _date_tail(norm, toks, mo_end)
            if tail is not None:
                _mention(text, mentions, "date", s_char, toks[tail - 1][1], _year_value(toks[tail - 1][2]))
                return tail
            e = toks[mo_end][1] if mo_end < n and toks[mo_end][2] == "ماه" and _adjacent(norm, toks, mo_end - 1, mo_end) \
                else toks[mo_end - 1][1]
            _mention(text, mentions, "date", s_char, e, None)
            return mo_end
        if num.value <= 31 and num.words_only and j + 1 < n and toks[j][2] == "تا":
            found, yv = _range_date_after(norm, toks, j + 1)
            if found:
                _mention(text, mentions, "date", s_char, e_char, yv)   # از دوم تا ۲۳ اسفند ۱۳۹۸
                return j
        if not (first == "نخست" and j < n and toks[j][2].startswith("وزیر")):
            _mention(text, mentions, "ordinal", s_char, e_char, num.value)
        return j

    if is_digit and j == i + 1 and (_list_label(norm, toks, i) or _run_in_label(norm, toks, i)):
        _mention(text, mentions, "ordinal", s_char, e_char, num.value)   # ۱) ویتامین A, «عمل کرد: 1 ثبت احوال2 دادگاه»
        return j
    # decimal point followed by a space: ١٠. ٣ بار, 3. 25 درصد
    if is_digit and j == i + 1 and j + 1 < n and toks[j][2] == "." and toks[j][0] == toks[i][1] \
            and norm[toks[j][1]:toks[j + 1][0]] == " " and toks[j + 1][2].isdigit() and len(toks[j + 1][2]) <= 3 \
            and "." not in first and j + 2 < n:
        after = toks[j + 2][2]
        if after in _unit_heads() or after in counters or after in ("درصد", "%") or \
                number_words().get(after, (0, ""))[1] == "scale":
            # ١٠. ٣ بار: a decimal point; 3. 700 میلیارد: a thousands separator
            v = float(first + toks[j + 1][2]) if len(toks[j + 1][2]) == 3 else float(first + "." + toks[j + 1][2])
            num, j = _split_figure(v, i, j, number_words().get(after))
            e_char = toks[j - 1][1]

    # a decimal flipped by right-to-left rendering: «۵/ ۲ میلیون تومان» is 2/5 = 2.5 million (DECISION 67),
    # «۶۴/ ۰ درصد» 0.64; the slash glued to the fraction digits, a space before the whole part, and a unit,
    # percent or scale after it (a date ۴/ ۱۲/ ۱۳۹۲ has a second slash, ۱۳۹۸/ ۱۰ مارس a month)
    if is_digit and j == i + 1 and first.isdigit() and len(first) <= 3 and j + 2 < n and toks[j][2] == "/" \
            and toks[j][0] == toks[i][1] and norm[toks[j][1]:toks[j + 1][0]] == " " and toks[j + 1][2].isdigit() \
            and len(toks[j + 1][2]) <= 3 and prev != "/" and toks[j + 2][2] != "/" \
            and (_adjacent(norm, toks, j + 1, j + 2) or toks[j + 2][0] == toks[j + 1][1]):
        after = toks[j + 2][2]
        sc = number_words().get(after)
        if after in _unit_heads() or after in ("درصد", "درصدی", "%", "واحد", "واحدی") or sc is not None and sc[1] == "scale" \
                or _glued_unit(after) is not None:
            num, j = _split_figure(float(toks[j + 1][2] + "." + first), i, j, sc)
            e_char = toks[j - 1][1]
    # match minutes: در دقیقه ۱۹ و ۶۰, در دقایق ۵۵ و ۶۱, دقایق 19، 39 و 57
    if is_digit and prev in ("دقیقه", "دقایق") and prev_sp and num.value <= 130 and j == i + 1 \
            and not (j < n and (toks[j][2] in _unit_heads() or toks[j][2] in counters)):
        _mention(text, mentions, "time", toks[i - 1][0], e_char, num.value)
        k = j
        while k + 1 < n and toks[k][2] in ("و", "،", ",") and toks[k + 1][2].isdigit() and int(toks[k + 1][2]) <= 130 \
                and (_adjacent(norm, toks, k, k + 1)) and not (k + 2 < n and toks[k + 2][2] in _unit_heads()):
            _mention(text, mentions, "time", toks[k + 1][0], toks[k + 1][1], float(toks[k + 1][2]))
            k += 2
        return k
    # a drawn score whose dash was lost: تساوی 22 (2-2), تساوی صفر صفر; never تساوی ۲۷ امتیازی
    if prev in _DRAW_WORDS and prev_sp and j == i + 1 and not (j < n and _adjacent(norm, toks, j - 1, j) and (
            toks[j][2] in _unit_heads() or toks[j][2] in counters or toks[j][2].startswith("امتیاز"))):
        e0 = None
        if is_digit and len(first) == 2 and first[0] == first[1]:
            v0, e0 = float(first[0]), e_char
        elif num.words_only and num.n_pieces == 1 and j < n and toks[j][2] == first and _adjacent(norm, toks, i, j):
            v0, e0, j = num.value, toks[j][1], j + 1
        if e0 is not None:
            claims.append(_claim(text, quotes, "ratio", s_char, e0, v0, "نتیجه " + prev))
            return j
    # a score: ۳ بر یک; between two names: ساوتهمپتون 1 - 0 ساندرلند
    dash_score = j + 1 < n and toks[j][2] in ("-", "–") and is_digit and prev[:1].isalpha() and prev_sp \
        and norm[toks[j - 1][1]:toks[j][0]] == " " and norm[toks[j][1]:toks[j + 1][0]] == " " \
        and j + 2 < n and toks[j + 2][2][:1].isalpha() and toks[j + 2][2] not in _unit_heads()
    if j + 1 < n and (toks[j][2] == "بر" or dash_score) and num.value == int(num.value) and num.value <= 20 \
            and _adjacent(norm, toks, j - 1, j):
        other = scan_number(norm, toks, j + 1)
        if other is not None and not other.ordinal and other.value <= 20 and other.value == int(other.value) \
                and _adjacent(norm, toks, j, j + 1) and not (other.j < n and toks[other.j][2] != "برابر" and (
                    toks[other.j][2] in _unit_heads() or toks[other.j][2] in counters)):   # ۳ بر صفر برابر X: against X
            claims.append(_claim(text, quotes, "ratio", s_char, toks[other.j - 1][1], float(num.value),
                                 _score_subject(text, toks, i, other.j) if dash_score else
                                 _match_result_subject(text, norm, toks, i, other.j, stops)))
            return other.j
    # a clock time without ساعت in a paragraph that tells the time: «وقتی 4 و ربع وارد ورزشگاه شدند، از 4 و 20 …»
    # beside «ساعت 5 بعد از ظهر» (DECISION 68): a time mention with the hour, no count
    if is_digit and j == i + 1 and first.isdigit() and 1 <= num.value <= 12 and prev != "ساعت" \
            and not (prev in ("و", "،", ",", "بین", "تا") or prev[:1].isdigit()):
        mj = _clock_minutes_end(norm, toks, j, counters)
        if mj is not None and not (mj < n and toks[mj][2] in ("و", "،", "تا") and mj + 1 < n and toks[mj + 1][2][:1].isdigit()) \
                and not (mj < n and (toks[mj][2] in ("ماه", "ماهه") or _match_month(toks, mj)[0] is not None)) \
                and (mj < n and toks[mj][2] in _TIME_WORDS or _tells_time(toks)):
            e = toks[mj - 1][1]
            if mj < n and toks[mj][2] in _TIME_WORDS and _adjacent(norm, toks, mj - 1, mj):
                e, mj = toks[mj][1], mj + 1
            _mention(text, mentions, "time", s_char, e, num.value)
            return mj
    # clock times after ساعت: ساعت سه بامداد (H:MM is read by _clock)
    if prev == "ساعت" and prev_sp and num.value <= 24 and not (j < n and toks[j][2] in ("ساعت", "دقیقه")):
        e = e_char
        jj = j
        if jj < n and toks[jj][2] in _TIME_WORDS and _adjacent(norm, toks, jj - 1, jj):
            e = toks[jj][1]
            jj += 1
        # ساعت یازده و چهل دقیقه
        if jj + 2 < n and toks[jj][2] == "و" and toks[jj + 2][2] == "دقیقه" and jj == j:
            mins = scan_number(norm, toks, jj + 1)
            if mins is not None and mins.j == jj + 2:
                e = toks[jj + 2][1]
                jj += 3
        elif jj == j:
            mj = _clock_minutes_end(norm, toks, jj, counters)
            if mj is not None:
                e, jj = toks[mj - 1][1], mj      # ساعت 5 و 29: the minutes without دقیقه
        if jj < n and toks[jj][2] in _TIME_WORDS and _adjacent(norm, toks, jj - 1, jj) and e != toks[jj][1]:
            e = toks[jj][1]
            jj += 1
        hour = float(int(num.value))      # ساعت 5 و نیم: the hour as written (DECISION 68)
        pm = _afternoon_end(norm, toks, jj)
        if pm is not None:
            e, jj = toks[pm - 1][1], pm
            if hour < 12:
                hour += 12                # ساعت 5 بعد از ظهر = 17 (DECISION 68)
        _mention(text, mentions, "time", toks[i - 1][0], e, hour)
        return jj

    # dates: 5 سپتامبر, ۱۵ خرداد ۱۳۹۸
    if num.value == int(num.value) and 1 <= num.value <= 31 and j < n and _adjacent(norm, toks, j - 1, j):
        mo, mo_end = _match_month(toks, j)
        mah_before = False
        if mo is None and is_digit and toks[j][2] == "ماه" and j + 1 < n and _adjacent(norm, toks, j, j + 1):
            mo, mo_end = _match_month(toks, j + 1)     # ۱۶ ماه آوریل: a day, then ماه and the month
            if toks[j + 1][2] == "می":
                mo = None      # ۲۰ ماه می گذرد: twenty months pass (the verb prefix), not 20 May
            mah_before = mo is not None
        if mo is not None and mo_end < n and _glued(norm, toks, mo_end):
            mo = None     # ۷ می‌شود: the verb prefix می, not the month May
        if mo is not None and prev in block.get("place_name", ()) and prev_sp:
            return mo_end  # میدان ۱۵ خرداد, خیابان 16 آذر: a name, not a date
        if mo is not None:
            cal, strict = mo
            tail = _date_tail(norm, toks, mo_end)
            nxt = toks[mo_end][2] if mo_end < n else ""
            with_mah = mah_before or toks[mo_end - 1][2].endswith("ماه") or (nxt == "ماه" and _adjacent(norm, toks, mo_end - 1, mo_end))
            if not strict or with_mah or tail is not None or nxt in _PUNCT_STOP or \
                    nxt in ("گذشته", "آینده", "امسال", "میلادی"):
                if tail is not None:
                    _mention(text, mentions, "date", s_char, toks[tail - 1][1], _year_value(toks[tail - 1][2]))
                    return tail
                if nxt == "ماه" and _adjacent(norm, toks, mo_end - 1, mo_end):
                    mo_end += 1   # ۱۰ تیر ماه: ماه belongs to the date
                _mention(text, mentions, "date", s_char, toks[mo_end - 1][1], None)
                return mo_end

    if num.value == int(num.value) and 1 <= num.value <= 31 and j + 2 < n and toks[j][2] == "و" \
            and toks[j + 1][2].isdigit() and int(toks[j + 1][2]) <= 31 and _match_month(toks, j + 2)[0] is not None:
        _mention(text, mentions, "date", s_char, e_char, None)
        return j + 1
    # digit dates 1398/05/12 (read in _at)
    if is_digit and first.count("/") == 2 and not _slash_thousands(first):
        return j

    # فصل ۹۸۹۷, سال مالی ۲۰۱۹۲۰۲۰: two consecutive years written together, one year mention (DECISION 55)
    if is_digit and j == i + 1:
        fy = _fused_years(first, prev in _FUSED_YEAR_CONTEXT and prev_sp)
        if fy is not None and len(fy) == 1:
            _mention(text, mentions, "year", s_char, e_char, fy[0])
            return j
        if fy is not None:       # (۱۹۱۴۱۹۱۸م): a year range that lost its dash, two mentions (DECISION 25)
            _mention(text, mentions, "year", s_char, s_char + 4, fy[0])
            _mention(text, mentions, "year", e_char - 4, e_char, fy[1])
            return j
    # 1417ق, 1418 ق, ٢١٨ قمری, سال 454 ه.ق: a year with its era word, whatever its value (a Hijri year past 1410)
    if is_digit and j == i + 1 and first.isdigit() and 1 <= num.value <= 1500 and _era_after(norm, toks, j, block):
        _mention(text, mentions, "year", s_char, e_char, num.value)
        return j
    # years after سال: سال 1988, سال 84 تا 86
    if prev in _YEAR_WORDS or (prev in ("ها", "های") and i > 1 and toks[i - 2][2] == "سال"):
        yv = _year_value(first) if is_digit and j == i + 1 else None
        if yv is None and prev == "بودجه" and is_digit and j == i + 1 and len(first) == 3 and first[0] in "34":
            yv = 1000.0 + num.value     # بودجه ۴۰۵: the budget of 1405
        if yv is not None:
            s = toks[i - 1][0] if len(first) == 2 else s_char
            season = _season_before(norm, toks, i) if prev == "سال" else None
            if season is not None:
                _mention(text, mentions, "date", toks[season][0], e_char, yv)   # زمستان سال ۹۸
                return j
            _mention(text, mentions, "year", s, e_char, yv)
            k = j
            while k + 1 < n and toks[k][2] in ("تا", "و", "-", "الی") and toks[k + 1][2].isdigit() \
                    and len(toks[k + 1][2]) == len(first) and _adjacent(norm, toks, k, k + 1):
                _mention(text, mentions, "year", toks[k + 1][0], toks[k + 1][1], _year_value(toks[k + 1][2]))
                k += 2
            return k
    # فتنه 88, انتخابات ۹۶: a two-digit Solar Hijri year after an event noun
    if prev in block.get("event", ()) and prev_sp and is_digit and len(first) == 2 and j == i + 1 \
            and 40 <= num.value <= 99 and not (j < n and (toks[j][2] in _unit_heads() or toks[j][2] in counters
                                                          or toks[j][2] in ("درصد", "%"))):
        _mention(text, mentions, "year", s_char, e_char, 1300.0 + num.value)
        if j + 1 < n and toks[j][2] == "و" and toks[j + 1][2].isdigit() and len(toks[j + 1][2]) == 2 \
                and int(toks[j + 1][2]) >= 40 and _adjacent(norm, toks, j, j + 1):
            _mention(text, mentions, "year", toks[j + 1][0], toks[j + 1][1], 1300.0 + float(toks[j + 1][2]))
            return j + 2      # فتنه 78 و 88: the second year of the pair too
        return j
    # زمستان 89: a season of a two-digit Solar Hijri year, a date mention
    if prev in _SEASONS and prev_sp and is_digit and len(first) == 2 and j == i + 1 and 40 <= num.value <= 99 \
            and not (j < n and (toks[j][2] in _unit_heads() or toks[j][2] in counters or toks[j][2] in ("درصد", "%"))):
        _mention(text, mentions, "date", toks[i - 1][0], e_char, 1300.0 + num.value)
        return j
    # فصل ۱۶-۲۰۱۵: a football season written «end-start» (2015–16), one year mention with its start year
    if is_digit and len(first) == 2 and j + 1 < n and toks[j][2] in ("-", "–") and toks[j + 1][2].isdigit() \
            and len(toks[j + 1][2]) == 4 and toks[j][0] == toks[i][1] and toks[j + 1][0] == toks[j][1] \
            and _is_year(float(toks[j + 1][2])) and (int(toks[j + 1][2]) + 1) % 100 == int(first):
        _mention(text, mentions, "year", s_char, toks[j + 1][1], float(toks[j + 1][2]))
        return j + 2
    # دهه ۶۰: a decade, a year mention (۶۰ = 1360), no claim
    if prev == "دهه" and prev_sp:
        yv = _year_value(first) if is_digit and j == i + 1 and len(first) in (2, 4) else None
        if num.words_only and not num.ordinal and num.value in _DECADE_TENS:
            yv = 1300.0 + num.value     # دهه هفتاد: the Solar Hijri 1370s
        if yv is not None:
            _mention(text, mentions, "year", toks[i - 1][0], e_char, yv)
        return j

    # a number word glued by ZWNJ to a non-number word is part of that word: سی‌ان‌ان, بی‌بی‌سی
    if num.words_only:
        if i > 0 and norm[toks[i - 1][1]:toks[i][0]] == "\u200c" and toks[i - 1][2][0].isalpha():
            return j
        if j < n and norm[toks[j - 1][1]:toks[j][0]] == "\u200c" and toks[j][2][0].isalpha() \
                and toks[j][2] not in counters and toks[j][2] not in _unit_heads() and toks[j][2] not in ("ها", "شنبه", "وچند"):
            return j
        if num.value == 0.5 and num.n_pieces == 1 and not (j < n and _match_seq(toks, j, units, 3)[0] is not None
                                                           and _adjacent(norm, toks, j - 1, j)):
            return j          # نیم سکه: a product name, not a quantity; نیم اینچ is half an inch
        if num.n_pieces == 1 and first in _SCALE_ADJ:
            return j          # ثروت میلیونی: an adjective without a number
        if first == "نه" and j + 1 < n and toks[j][2] == "تن" and toks[j + 1][2] == "ها" \
                and norm[toks[j][1]:toks[j + 1][0]] in ("", "\u200c"):
            return j + 2      # نه‌تن‌ها (not only), not nine tonnes
    # a digit glued to a preceding word is a footnote or part of a name: گدعون[۲], T54
    if is_digit and prev_adj and prev[:1].isalpha() and prev not in _GLUE_OK and \
            not (j < n and (toks[j][2] in _unit_heads() or toks[j][2] in counters)):
        return j
    # list enumerators: ":۱. تشکیل", "مازندران۲. اعلام"
    if is_digit and j == i + 1 and len(first) <= 2 and j < n and toks[j][2] in (".", ")", "-") \
            and toks[j][0] == toks[i][1] and (i == 0 or prev in (":", "،", ".", "(") or prev_adj):
        if j + 1 >= n or not toks[j + 1][2][0].isdigit():
            return j + 1
    # numbers inside names and codes: ماده ۷۵, پژو 405, کووید-19, G20, ۵+۱, phone numbers
    if prev in ("زیر", "زير") and prev_sp and j < n and toks[j][2] == "سال" \
            and _age_class_name(toks, i - 1, block.get("age_class", ())):
        return j + 1      # تیم ملی زیر ۲۳ سال, جایزه جوانان زیر 25 سال: an age class in a name, no claim
    if prev in block.get("label_ordinal", ()) and prev_sp and num.words_only and 1 <= num.value <= 20 \
            and not (j < n and toks[j][2].startswith("رقم")) \
            and not (j < n and _adjacent(norm, toks, j - 1, j) and (toks[j][2] in _unit_heads() or toks[j][2] in counters)) \
            and not (i > 1 and _is_number_word(toks[i - 2][2])):    # ۴۰ درجه سه روز: a unit, then a duration
        _mention(text, mentions, "ordinal", s_char, e_char, num.value)   # دشمن شماره يك
        return j
    if is_digit and j == i + 1 and prev in block.get("label_number", ()) and prev_sp:
        _mention(text, mentions, "ordinal", s_char, e_char, num.value)   # کلانتری 13: a station's number
        return j
    if prev in block.get("century", ()) and prev_sp and not num.ordinal and value_is_small_int(num.value, 30) and first != "نه" \
            and not (j < n and _adjacent(norm, toks, j - 1, j) and (toks[j][2] in _unit_heads() or toks[j][2] in counters)):
        _mention(text, mentions, "ordinal", s_char, e_char, num.value)   # قرن 19, نیمه سده هشت: the century (not «قرن نه تنها»)
        return j
    if is_digit and prev in ("اوزان", "وزن‌های", "وزنهای") and prev_sp:
        k = _weight_list_end(norm, toks, j)
        if k is not None:
            return k      # رقابت‌های اوزان ۵۷، ۶۵، ۷۰، ۷۹ و ۹۷ کیلوگرم: the weight classes, names
    if is_digit and j == i + 1 and prev == "وزن" and prev_sp:
        k = _weight_class_end(norm, toks, i)
        if k is not None:
            return k      # در وزن ۶۷ کیلوگرم, وزن 54- کیلوگرم: a weight class, the name of a contest
    if is_digit and j == i + 1 and prev_sp and _label_noun(norm, toks, i, block):
        return _label_mentions(text, norm, toks, i, mentions, num.value)   # ماده ۶۱, تبصره 18, منطقه 2
    if is_digit and j == i + 1 and first.isdigit() and len(first) >= 3 and _phone_context(toks, i, block) \
            and not (j < n and _adjacent(norm, toks, j - 1, j) and (toks[j][2] in _unit_heads() or toks[j][2] in counters
                                                                    or number_words().get(toks[j][2], (0, ""))[1] == "scale")):
        return _phone_end(norm, toks, j)   # تلفن های ۸۸۷۷۶۶۵۵ و ۸۸۷۷۶۶۵۴, تماس: ۳۳۳۶۰۰۰۰: a phone number (DECISION 56)
    if is_digit and j == i + 1:
        k = _race_event_end(toks, i, block)
        if k is not None:
            return k      # در 200 متر قورباغه, 4 در 200 متر آزاد: a swimming event, a name
    if is_digit and _age_class_after(toks, i):
        k = _age_class_end(toks, j)
        if k is not None:
            return k      # در رده سنی 11 تا 12 سال, رده سنی 17-15 سال: an age class, the name of a contest
    if prev in block.get("commemoration", ()) and prev_sp and j < n and toks[j][2] in ("شهید", "شهدا", "شهدای") \
            and _adjacent(norm, toks, j - 1, j):
        return j + 1      # کنگره سه هزار شهید, بزرگداشت 6500 شهید: the name of an event (DECISION 56), no count
    # کانال ۱۲ هزار تومان, پراید ۴۹ میلیون و ۷۰۰ هزار تومان: a scale after the number makes it an amount, no name
    if is_digit and prev == "/" and i >= 2 and toks[i - 2][2][:1].isalpha() \
            and (i >= 3 and toks[i - 3][2] == "(" or j < n and toks[j][2] == ")"):
        k = j       # (انفال/ 60), (مومنون / 100 ـ 99): a verse cited by sura and number, no quantity
        while k < n and toks[k][2] != ")" and k < j + 4:
            k += 1          # the verse range «100 ـ 99» up to the closing parenthesis
        return k + 1 if k < n and toks[k][2] == ")" else j
    if prev in block.get("formation", ()) and prev_sp and is_digit and j == i + 1 and first.isdigit() \
            and len(first) in (3, 4) and sum(map(int, first)) == 10 and "0" not in first:
        return j          # با سیستم 253, آرایش 4231: a football formation (3-5-2), a name, no quantity
    if prev == "مدل" and prev_sp and is_digit and j == i + 1 and first.isdigit() and len(first) == 4 \
            and _is_year(float(first)):
        _mention(text, mentions, "year", s_char, e_char, float(first))   # مدل 1988: a model year
        return j
    if is_digit and j == i + 1 and first.isdigit() and first[0] == "0" and len(first) >= 2 and prev_adj:
        return j          # ال ام002, LM002: a model code glued to its letters (a leading zero is no quantity)
    if prev in block["before"] and (prev_sp or prev_adj) and not num.last_scale \
            and not (j < n and toks[j][2] in _TIMES_COUNTERS and _adjacent(norm, toks, j - 1, j)):
        # بند 1 تا 3, مواد ۱۲ و ۱۳: the whole enumeration is a reference (not «تیم دو بار قهرمان»: how often)
        k = j
        while k + 1 < n and toks[k][2] in ("تا", "و", "الی", "-", "،") and toks[k + 1][2][0].isdigit():
            k += 2
        return k
    if prev in ("(", "-", "–", "ـ") and i > 1 and toks[i - 2][2] in block["before"]:
        return j          # ماده (۵), کووید – ۱۹, کوید ـ ۱۹
    if i > 0 and (prev, first) in _name_pairs() and prev_sp:
        return j          # به گزارش «ورزش سه»: an outlet's name
    if num.words_only and num.n_pieces == 1 and j < n and (first, toks[j][2]) in _idioms():
        return j + 1      # بانوی دو عالم, مناظره دو طرفه: an idiom, no quantity
    if i + 2 < n and (first, toks[i + 1][2], toks[i + 2][2]) in _idioms():
        return i + 3      # در شش و بش (in two minds)
    if is_digit:
        if (prev_adj or prev_sp) and prev[-1:].isascii() and prev[-1:].isalpha():
            return j       # ZSU 57, G20, Ob'yekt 500
        if prev_adj and prev in ("-", "+", "/") and not (prev == "/" and _slash_opens_clause(norm, toks, i, j, stops)):
            return j
        if j < n and norm[toks[j - 1][1]:toks[j][0]] == "" and toks[j][2] in ("+", "-", "/") and j + 1 < n \
                and toks[j + 1][2][0].isdigit() and toks[j + 1][0] == toks[j][1] and toks[j][2] != "-":
            return j + 2
        if j < n and toks[j][0] == toks[j - 1][1] and toks[j][2][:1].isascii() and toks[j][2][:1].isalpha():
            return j
        if first[0] == "0" and len(first) >= 4:
            return j
        if j < n and toks[j][2] == "-" and toks[j][0] == toks[j - 1][1] and j + 1 < n and toks[j + 1][2][:1] == "0":
            return j + 2

    value = num.value
    value_high = None
    qualifier = "exact"
    last_scale = num.last_scale
    vague = num.vague

    # صد در صد: one hundred percent
    if num.words_only and value == 100 and j + 1 < n and toks[j][2] == "در" and toks[j + 1][2] == "صد" \
            and _adjacent(norm, toks, j - 1, j) and _adjacent(norm, toks, j, j + 1):
        claims.append(_claim(text, quotes, "percent", s_char, toks[j + 1][1], 100.0,
                             _subject(text, norm, toks, j + 2, i, None, stops, "percent"), unit="percent"))
        return j + 2
    # ranges: X تا Y, X-Y, بین X و Y, از X تا Y
    k = j
    ranged = False
    if k + 1 < n and toks[k][2] in ("تا", "الی", "لغایت", "-", "–") and not vague:
        ok_gap = toks[k][2] not in ("-", "–") or (is_digit and toks[k][0] == toks[k - 1][1] and toks[k + 1][0] == toks[k][1])
        if ok_gap and toks[k][2] in ("تا", "الی", "لغایت"):
            ok_gap = _adjacent(norm, toks, k - 1, k) and _adjacent(norm, toks, k, k + 1)
        if ok_gap:
            hi = scan_number(norm, toks, k + 1)
            if hi is not None and not hi.ordinal and not hi.vague:
                hv = hi.value
                lv = value
                if hi.last_scale and not last_scale and lv < hi.last_scale:
                    # ۱۰ تا ۱۵ هزار: the trailing scale applies to both ends
                    lv = lv * hi.last_scale
                if hv > lv:
                    value, value_high, ranged = lv, hv, True
                    j = hi.j
                    last_scale = hi.last_scale
                elif 0 < hv < lv and toks[k][2] in ("-", "–") and not hi.words_only and not last_scale \
                        and not hi.last_scale and hi.j < n and _adjacent(norm, toks, hi.j - 1, hi.j) \
                        and (_match_seq(toks, hi.j, units, 3)[0] is not None or toks[hi.j][2] in counters) \
                        and not (hi.j + 1 < n and toks[hi.j + 1][2] in _ORDINAL_AFTER):
                    # بین 7-5 درصد, 4-3 نفر, 30-29 سال: the figures typed high to low, a range all the same
                    value, value_high, ranged = hv, lv, True
                    j = hi.j
    comma_range = False
    and_some = False
    # بیست‌وچند سال, سی و چند درصد: tens «and some», more than the tens (DECISION 39)
    if num.words_only and value in _DECADE_TENS and j < n and not vague and (
            toks[j][2] == "وچند" and _adjacent(norm, toks, j - 1, j)
            or toks[j][2] == "و" and j + 1 < n and toks[j + 1][2] == "چند" and _adjacent(norm, toks, j - 1, j)
            and _adjacent(norm, toks, j, j + 1)):
        j = j + 1 if toks[j][2] == "وچند" else j + 2
        and_some = True
    # هفت، هشت روز, سه، چهار ماه: two consecutive number words joined by a comma, an approximate range
    # دو یا سه برابر, یک یا دو روز: «or» between two increasing figures, a range (DECISION 39)
    sep = toks[j][2] if j + 1 < n else ""
    if not ranged and num.n_pieces == 1 and not vague and (
            sep == "،" and toks[j][0] == toks[j - 1][1] and _adjacent(norm, toks, j, j + 1)
            and (num.words_only or is_digit and toks[j + 1][0] > toks[j][1])
            or sep == "یا" and _adjacent(norm, toks, j - 1, j) and _adjacent(norm, toks, j, j + 1)):
        hi = scan_number(norm, toks, j + 1)
        if hi is not None and hi.words_only == num.words_only and hi.n_pieces == 1 and not hi.ordinal \
                and (hi.value == value + 1 or is_digit and value < hi.value <= 2 * value if sep == "،"
                     else value < hi.value <= 3 * value) \
                and value >= 1 and hi.j < n and _adjacent(norm, toks, hi.j - 1, hi.j) \
                and (_match_seq(toks, hi.j, units, 3)[0] is not None or toks[hi.j][2] in counters):
            value, value_high, ranged = value, hi.value, True
            comma_range = True
            j = hi.j
    # دو سه روز, سه چهار ماه, هفت هشت هزار: two consecutive number words side by side, a range (like «سه، چهار ماه»)
    if not ranged and num.words_only and num.n_pieces == 1 and not vague and 2 <= value <= 9 and j < n \
            and _adjacent(norm, toks, j - 1, j) and norm[toks[j - 1][1]:toks[j][0]] == " ":
        hi = scan_number(norm, toks, j)
        if hi is not None and hi.words_only and not hi.ordinal and not hi.vague and hi.j < n \
                and (hi.n_pieces == 1 or hi.n_pieces == 2 and hi.last_scale) \
                and (hi.value / hi.last_scale if hi.last_scale else hi.value) == value + 1 \
                and _adjacent(norm, toks, hi.j - 1, hi.j) and toks[hi.j][2][:1].isalpha() \
                and norm[toks[hi.j - 1][1]:toks[hi.j][0]] != "\u200c" \
                and toks[hi.j][2] not in stops and toks[hi.j][2] not in _ALL_VERBS:
            lv = value * hi.last_scale if hi.last_scale else value
            value, value_high, ranged = lv, hi.value, True
            last_scale = hi.last_scale
            j = hi.j
    if not ranged and prev == "بین" and j + 1 < n and toks[j][2] == "و":
        hi = scan_number(norm, toks, j + 1)
        if hi is not None and not hi.ordinal and hi.value > value:
            lv = value * hi.last_scale if (hi.last_scale and not last_scale and value < hi.last_scale) else value
            value, value_high, ranged = lv, hi.value, True
            j = hi.j
    e_char = toks[j - 1][1]
    # 6070 درصد: a percent range whose dash a crawl lost (60-70 درصد)
    if not ranged and is_digit and j == i + 1 and j < n and toks[j][2] in ("درصد", "درصدی", "%") \
            and _lost_dash_range(first) is not None:
        value, value_high = _lost_dash_range(first)
        ranged = True
    # a range of days before a month (13 تا 20 شهریورماه 1404, بین 10 تا 17 فوریه): two dates
    if ranged and value_high is not None and value == int(value) and value_high == int(value_high) \
            and 1 <= value < value_high <= 31 and j < n and _adjacent(norm, toks, j - 1, j):
        mo, mo_end = _match_month(toks, j)
        if mo is None and toks[j][2] == "ماه" and j + 1 < n and toks[j + 1][2] != "می" and _adjacent(norm, toks, j, j + 1):
            mo, mo_end = _match_month(toks, j + 1)      # 25 تا 28 ماه ژوئن
        if mo is not None:
            tail = _date_tail(norm, toks, mo_end)
            end_i = tail if tail is not None else mo_end
            yv = _year_value(toks[tail - 1][2]) if tail is not None else None
            _mention(text, mentions, "date", s_char, toks[num.j - 1][1], yv)
            _mention(text, mentions, "date", toks[_tok_at(toks, toks[num.j][1])][0], toks[end_i - 1][1], yv)
            return end_i

    # unit, counter
    kind, unit = "count", None
    u, uend = _match_seq(toks, j, units, 3) if j < n and _adjacent(norm, toks, j - 1, j) or \
        (j < n and toks[j][0] == toks[j - 1][1]) else (None, j)
    # 90 در صد, صد در صدی: percent written in two words
    if u is None and j + 1 < n and toks[j][2] == "در" and toks[j + 1][2] in ("صد", "صدی") \
            and _adjacent(norm, toks, j - 1, j) and _adjacent(norm, toks, j, j + 1):
        u, uend = ("percent", "percent"), j + 2
    if u is None and prev == "%" and (prev_adj or prev_sp):
        u, uend = ("percent", "percent"), j
        s_char = toks[i - 1][0]
    glue_end = None
    if u is None and j < n and (_adjacent(norm, toks, j - 1, j) or toks[j][0] == toks[j - 1][1]) \
            and toks[j][2] not in counters and not vague:
        g = _glued_unit(toks[j][2])
        if g is not None:
            f, u, ln = g
            uend, glue_end = j + 1, toks[j][0] + ln
            if f > 1 and not last_scale and value > 1000 and value == int(value) and value_high is None:
                tail = value % 1000       # یک میلیون و 530هزارتومان: the glued scale is the last group's
                value = value - tail + tail * f
                f = 1.0
            value *= f
            value_high = None if value_high is None else value_high * f
    head_noun = None
    counter_end = None
    if u is not None:
        kind, unit = u
        if unit == "m" and toks[j][2] == "متری" and i > 0 and toks[i - 1][2] in _AREA_NOUNS and prev_sp:
            unit = "m2"      # ملک ۲۲۵۰ متری, اضافه بنای ۲۱۰۰ متری: a plot or floor space (DECISION 61), not a length
        f = _UNIT_FACTOR.get(tuple(t[2] for t in toks[j:uend]))
        if f:
            value *= f
            value_high = None if value_high is None else value_high * f
        people = False
        if unit == "ton" and uend < n:
            nx = toks[uend][2]
            if nx == "از" or nx in _VERBISH or nx in _PUNCT_STOP or nx in ("نیز", "هم", "را", "که", "دیگر") \
                    or nx in block.get("people_after_ton", ()):
                people = True
            if nx == "در" and _people_after_place(toks, uend + 1, block):
                people = True      # ۳ تن در استان ذی‌قار کشته, ۶۰ تن در این حادثه کشته شده: persons
            if any(toks[q][2] in ("شمار", "تعداد") and q + 1 < n and toks[q + 1][2] in _PEOPLE_HEADS
                   for q in range(max(0, i - 10), i)):
                people = True      # شمار افراد بهبود یافته ... به ۷۰ هزار تن: persons
            if i >= 2 and "وزن" in (toks[i - 1][2], toks[i - 2][2]):
                people = False     # به وزن ۸۳۰ هزار تن از گمرک: tonnes
            if nx == "و" and uend + 1 < n:
                sub = scan_number(norm, toks, uend + 1)
                if sub is not None and sub.j < n and _match_seq(toks, sub.j, units, 1)[0] is not None:
                    people = False
        if unit == "ton" and (people or uend >= n):
            kind, unit = "count", None     # ۵۰ تن از نمایندگان: people
            counter_end = uend
            u = None
        else:
            j = uend
            e_char = toks[j - 1][1] if glue_end is None else glue_end
            # یک سال و نیم: a half after the unit
            if kind == "duration" and value_high is None and j + 1 < n and toks[j][2] == "و" \
                    and toks[j + 1][2] == "نیم" and _adjacent(norm, toks, j - 1, j) and _adjacent(norm, toks, j, j + 1):
                value += 0.5
                j += 2
                e_char = toks[j - 1][1]
            # ۲۸ دلار و ۳۰ سنت: cents after dollars or euros
            cents = scan_number(norm, toks, j + 1) if unit in ("USD", "EUR") and value_high is None and j + 2 < n \
                and toks[j][2] == "و" and _adjacent(norm, toks, j - 1, j) else None
            if cents is not None and not cents.ordinal and cents.value < 100 and cents.j < n \
                    and toks[cents.j][2] == "سنت" and _adjacent(norm, toks, cents.j - 1, cents.j):
                value = round(value + cents.value / 100, 2)    # ۲۸ دلار و ۳۰ سنت, ۱۸ دلار و دو سنت
                j = cents.j + 1
                e_char = toks[j - 1][1]
            # compound masses: 358 تن و 270 کیلوگرم, یک تن و 450 کیلو و 800گرم
            if unit in _MASS_KG:
                total = value * _MASS_KG[unit]
                base_unit = unit
                k = j
                merged = False
                while k + 2 < n and toks[k][2] == "و":
                    sub = scan_number(norm, toks, k + 1)
                    if sub is None or sub.ordinal:
                        break
                    u2, u2end = _match_seq(toks, sub.j, units, 1)
                    if u2 is None or u2[1] not in _MASS_KG or _MASS_KG[u2[1]] >= _MASS_KG[base_unit]:
                        break
                    total += sub.value * _MASS_KG[u2[1]]
                    base_unit = u2[1]
                    k = u2end
                    merged = True
                if merged and value_high is None:
                    value, unit, j = round(total, 6), "kg", k
                    e_char = toks[j - 1][1]
    if u is None and j < n and (_adjacent(norm, toks, j - 1, j) or toks[j][0] == toks[j - 1][1]):
        w = toks[j][2]
        if w in counters or counter_end is not None:
            head_noun = w if counters.get(w) else None
            if w != "تن" or counter_end is not None:
                j += 1
                e_char = toks[j - 1][1]

    # یکصد روپیه پاکستان ۲۷ هزار ریال, یک هزار وون کره جنوبی ۳۶ هزار ریال: the base of an exchange rate, whose
    # price follows at once, is no claim (the rate goes into the price's subject, DECISION 55)
    if kind == "money" and not ranged and value in (1.0, 10.0, 100.0, 1000.0) and j < n and _adjacent(norm, toks, j - 1, j) \
            and toks[j][2][:1].isdigit() and toks[j - 1][2] not in _MONEY_ADJ:     # not «دلار ۱۰۰۰ تومانی ۲هزار تومان شود»
        price = scan_number(norm, toks, j)
        if price is not None and not price.ordinal and price.j < n and _adjacent(norm, toks, price.j - 1, price.j):
            pu, _ = _match_seq(toks, price.j, units, 3)
            if pu is not None and pu[0] == "money":
                return j
    # 6 و 5 کرسی: the first of a coordinated pair shares the second's unit and noun
    subj_from = j
    if u is None and head_noun is None and not ranged and j + 1 < n and toks[j][2] == "و":
        nxt_num = scan_number(norm, toks, j + 1)
        if nxt_num is not None and not nxt_num.ordinal and nxt_num.j < n:
            u2, u2end = _match_seq(toks, nxt_num.j, units, 2)
            w2 = toks[nxt_num.j][2]
            if u2 is not None and (u2[0] != "duration" or _adjacent(norm, toks, num.j - 1, num.j)
                                   and _adjacent(norm, toks, num.j, num.j + 1) and nxt_num.j == num.j + 2
                                   and not (u2end < n and toks[u2end][2] == "جاری")):   # 28 و 29 ماه جاری: days
                kind, unit = u2      # 10 و 7 سال, 24 و 48 ساعت: a duration too, when the pair stands alone
                subj_from = u2end
            elif w2 in counters:
                subj_from = nxt_num.j + 1
                if counters[w2]:
                    subj_from = nxt_num.j
    # weekdays: سه شنبه, پنج‌شنبه
    if num.words_only and num.j < n and toks[num.j][2] in ("شنبه", "شنبه‌ها") and num.value <= 5:
        return num.j + 1
    # X به علاوه Y: 60 به علاوه یک کرسی
    if u is None and not ranged and j + 2 < n and toks[j][2] == "به" and toks[j + 1][2] == "علاوه":
        add = scan_number(norm, toks, j + 2)
        if add is not None and not add.ordinal:
            value += add.value
            j = add.j
            e_char = toks[j - 1][1]
            if j < n and toks[j][2] in counters and _adjacent(norm, toks, j - 1, j):
                head_noun = toks[j][2] if counters[toks[j][2]] else None
                j += 1
                e_char = toks[j - 1][1]
            num = Num(value, num.i, j, False, None, n_pieces=2)
    # a lone صفر (به صفر رسید, نرخ صفر, صفر خالص) is no quantity; scores (2 بر صفر) are read above
    if num.words_only and value == 0 and u is None and head_noun is None and not ranged:
        return num.j
    # not claims: lone یک / نه as article or negation, referring numerals, determiners
    if num.words_only and num.n_pieces == 1 and value in _LONE_AMBIGUOUS and u is None and not ranged \
            and head_noun not in _ONE_COUNTS and not (value == 1 and _one_counts(toks, i)) \
            and (value == 1 and not (head_noun is None and e_char != toks[num.j - 1][1]
                                     and not (j < n and toks[j][2] in ("دیگر", "خاص")))
                 or head_noun is None and e_char == toks[num.j - 1][1]):
        return num.j     # یک مقام (article), نه (no), سی (C./CNN); یک دستگاه (a classifier) counts
    # یک سنت دیرینه: after a lone یک some unit words are nouns (a tradition, not a cent)
    if num.words_only and num.n_pieces == 1 and value in (1, 9) and u is not None and not ranged and num.j < n \
            and toks[num.j][2] in block.get("one_noun", ()):
        return num.j     # and «یک برابری با», «نه برابری جنسیتی» (equality; نه = not)
    # در دو انتخابات قبلی, دو حزب «مرتس» و «کارگر»: the previous / the named ones, not a quantity
    if value <= 10 and num.n_pieces == 1 and u is None and not ranged and num.j + 1 < n \
            and toks[num.j][2][0].isalpha() and toks[num.j][2] not in stops and _adjacent(norm, toks, num.j - 1, num.j) \
            and (toks[num.j + 1][2] in _PREVIOUS or toks[num.j + 1][2] in ('"', "«", "“") and num.words_only):
        return num.j
    # دو استان تهران و اصفهان, دو کشور ایران و ترکیه: the two named ones, not a quantity
    # ۲ بیمارستان تالش و لنگرود, 2 باشگاه پرسپولیس و استقلال: digits too, before a noun of named things (lexicon
    # named_kind; not «2 موضوع متفاوت و گاه متناقض»), and never before another figure (دو مورد X و یک مورد Y)
    if (num.words_only or is_digit and j == i + 1 and first == "2") and value == 2 and u is None and not ranged \
            and num.j + 3 < n \
            and toks[num.j + 2][2] == "و" and toks[num.j + 1][2][0].isalpha() and toks[num.j + 3][2][0].isalpha() \
            and toks[num.j + 1][2] not in stops and toks[num.j][2] not in stops and toks[num.j][2][0].isalpha() \
            and not _is_number_word(toks[num.j + 3][2]) \
            and (num.words_only or toks[num.j][2] in block.get("named_kind", ()) and toks[num.j + 1][2] not in _ALL_VERBS
                 and toks[num.j + 3][2] not in _ALL_VERBS and toks[num.j + 3][2] not in stops
                 and not (num.j + 4 < n and _is_number_word(toks[num.j + 4][2]))):
        return num.j
    # سیاوش یزدانی و عارف غلامی، دو مدافع آبی‌پوشان: «دو» in apposition after the two it names points back at
    # them (DECISION 56), unless its own noun phrase lists two more (سازمان بورس و اوراق بهادار، دو کارکرد X و Y)
    if num.words_only and value == 2 and num.n_pieces == 1 and u is None and not ranged and i >= 4 \
            and toks[i - 1][2] in ("،", ",") and _named_pair_before(toks, i - 1, stops) and not _and_after(toks, num.j, stops):
        return num.j
    # سه استان تهران، اصفهان و خراسان رضوی, چهار شهر X، Y، Z و W: a noun of named things followed by exactly
    # its N names (N-2 commas, then «و») only refers to them (DECISION 39's «سه کشور آمریکا، فرانسه و انگلیس»)
    if 3 <= value <= 10 and value == int(value) and num.n_pieces == 1 and u is None and not ranged and num.j + 1 < n \
            and toks[num.j][2] in block.get("named_kind", ()) and _adjacent(norm, toks, num.j - 1, num.j) \
            and _names_list(toks, num.j + 1, int(value), stops):
        return num.j + 1
    # دو چالش همزمان یعنی بیکاری جوانان و …, سه گزینه بالقوه یعنی قالیباف، …: a numeral whose noun is spelled
    # out right after «یعنی» only refers to the things it names (DECISION 39)
    if num.words_only and num.n_pieces == 1 and 2 <= value <= 10 and u is None and not ranged \
            and _namely_after(norm, toks, num.j, stops):
        return num.j
    if num.words_only and num.n_pieces == 1 and not vague and u is None and head_noun is None \
            and not ranged and e_char == toks[num.j - 1][1]:
        if value in (1, 9) and not (value == 1 and _one_counts(toks, i)):
            return num.j
        nxt = toks[num.j][2] if num.j < n else ""
    if num.words_only and num.n_pieces == 1 and not vague and u is None and not ranged and value < 10:
        nxt = toks[num.j][2] if num.j < n else ""
        if nxt in block["refnoun"]:
            return num.j
        if nxt in block.get("compound", ()) and _adjacent(norm, toks, num.j - 1, num.j):
            return num.j + 1      # قوای سه گانه, شترهای دو کوهانه: an adjective compound, no quantity
    if num.words_only and not last_scale and prev in block["det"] and not ranged:
        return max(j, num.j)
    if is_digit and prev in _DEMONSTRATIVES and prev_sp and not ranged and (u is None or kind == "duration"):
        return max(j, num.j)      # از این ۳۴ نفر, در این ۳ روز: the ones already counted
    if value == 0 and num.words_only and unit == "km":
        return max(j, num.j)      # خودروی صفر کیلومتر: brand-new, not a distance
    if prev == "هر" and not ranged:
        return max(j, num.j)
    if prev in ("یکی", "یک") and num.words_only:
        return num.j

    # year ranges: 1947 الی 1954, ۱۳۸۰ تا ۱۳۹۰
    if ranged and u is None and head_noun is None and is_digit and first.isdigit() and len(first) == 4 \
            and _is_year(value) and value_high is not None and _is_year(value_high):
        _mention(text, mentions, "year", s_char, toks[num.j - 1][1], float(value))
        hs = _tok_at(toks, toks[num.j][1])
        _mention(text, mentions, "year", toks[hs][0], e_char, float(value_high))
        return j
    # years standing alone: ۱۳۹۸, 1992
    if is_digit and num.j == num.i + 1 and u is None and head_noun is None and not ranged \
            and e_char == toks[num.j - 1][1] and first.isdigit() and len(first) == 4:
        v = int(first)
        if 1300 <= v <= 1410 or 1900 <= v <= 2100:
            season = _season_before(norm, toks, i)
            if season is not None:
                _mention(text, mentions, "date", toks[season][0], e_char, float(v))
            else:
                _mention(text, mentions, "year", s_char, e_char, float(v))
            return num.j

    # qualifier before the number
    q_start = s_char
    if ranged:
        qualifier = "range"
        if prev in ("بین", "از") and (prev_sp or prev_adj) and not comma_range:
            q_start = toks[i - 1][0]
    elif vague or and_some:
        qualifier = "more_than"
    else:
        if num.start_shift:
            # بیش ازیک: glued از
            glued = toks[i][2][:num.start_shift]
            for L in (2, 1):
                key = tuple(t[2] for t in toks[i - L + 1:i]) + (glued,) if L > 1 else (glued,)
                if i - L + 1 >= 0 and key in quals:
                    qualifier = quals[key]
                    q_start = toks[i - L + 1][0]
                    break
        else:
            for L in (2, 1):
                if i - L < 0:
                    continue
                key = tuple(t[2] for t in toks[i - L:i])
                if key in quals and all(_adjacent(norm, toks, a, a + 1) or toks[a][1] == toks[a + 1][0]
                                        for a in range(i - L, i)):
                    q = quals[key]
                    if key == ("تا",) and (kind == "duration" or (i - 2 >= 0 and toks[i - 2][2][0].isdigit())):
                        break     # تا ۴۰ سال پیش: "until", no qualifier
                    qualifier = q
                    q_start = toks[i - L][0]
                    break
    if qualifier == "exact":
        for L in (3, 2):
            key = tuple(t[2] for t in toks[j:j + L])
            if len(key) == L and key in _QUALS_AFTER and all(_adjacent(norm, toks, a, a + 1) for a in range(j - 1, j + L - 1)):
                qualifier = _QUALS_AFTER[key]     # ۱۵ دقیقه یا بیشتر: at least (DECISION 46)
                j += L
                e_char = toks[j - 1][1]
                break
    if qualifier == "exact" and prev == "مرز" and i >= 2 and toks[i - 2][2] == "از" and prev_sp:
        k = j + 1 if j < n and toks[j][2] in ("هم", "نیز") else j
        if k < n and toks[k][2] in _SURPASS:
            qualifier = "more_than"   # از مرز 21 میلیون نفر گذشت: passed the mark, more than it
    if kind == "count" and prev in _PER_UNIT and prev_sp:
        kind = "ratio"       # سالی ۱۴۰ نفر: a rate per year
    if kind == "count" and num.fraction and num.value < 1 and not unit:
        if j < n and toks[j][2] == "نهایی" and _adjacent(norm, toks, j - 1, j):
            return j + 1     # یک هشتم نهایی, یک چهارم نهایی: a round of a cup (like نیمه‌نهایی), a name
        kind = "ratio"       # یک سوم هزینه مترو, یک چهارم جمعیت: a share of the noun, like «نصف»
    if kind == "count" and _per_base_near(toks, i, j):
        kind = "ratio"       # دو نفر به ازای هر ۱۰,۰۰۰ نفر, از هر هزار ایرانی ۱۴۰ نفر: a rate (DECISION 25)
    if kind == "ratio" and unit == "":
        unit = None
    if u is None and kind == "count" and prev == "%":
        kind, unit = "percent", "percent"

    subject = _subject(text, norm, toks, max(j, subj_from), i if q_start == s_char else _tok_at(toks, q_start), head_noun, stops,
                       kind)
    claims.append(_claim(text, quotes, kind, q_start, e_char, float(value), subject, unit=unit, qualifier=qualifier,
                         value_high=None if value_high is None else float(value_high)))
    return max(j, num.j)


def value_is_small_int(v: float, top: int) -> bool:
    return v == int(v) and 1 <= v <= top


def _name_word(t: str, stops) -> bool:
    return t[:1].isalpha() and t not in stops and t not in _PREPS and t not in _ALL_VERBS and t != "و" \
        and not _is_number_word(t)


def _named_pair_before(toks, k, stops) -> bool:
    """Tokens right before index k are «A و B» with B of 1-2 name words and A ending in a name word."""
    for size in (1, 2):
        v = k - size - 1
        if v >= 1 and toks[v][2] == "و" and all(_name_word(toks[q][2], stops) for q in range(v + 1, k)) \
                and _name_word(toks[v - 1][2], stops):
            return True
    return False


def _and_after(toks, k, stops) -> bool:
    """A «و» within the next six tokens, before any verb or punctuation (the noun phrase lists things of its own)."""
    for q in range(k, min(len(toks), k + 6)):
        t = toks[q][2]
        if t == "و":
            return True
        if t in _ALL_VERBS or not t[:1].isalpha():
            return False
    return False


def _namely_after(norm, toks, k, stops) -> bool:
    """A noun phrase of one to three words from token k, then «یعنی» and a word that names (not a number, a
    preposition or a time): «دو چالش همزمان یعنی بیکاری …», not «دو روز قبل یعنی روز شنبه» (a time)."""
    n, q = len(toks), k
    while q < n and q < k + 3 and toks[q][2][:1].isalpha() and toks[q][2] not in stops and toks[q][2] != "یعنی" \
            and toks[q][2] not in _ALL_VERBS and not _is_number_word(toks[q][2]) and _adjacent(norm, toks, q - 1, q):
        q += 1
    if q == k or q + 1 >= n or toks[q][2] != "یعنی" or any(toks[m][2] in _TIME_TAIL for m in range(k, q)):
        return False
    w = toks[q + 1][2]
    return (w[:1].isalpha() or w in ("«", '"')) and w not in stops and not _is_number_word(w) and not _time_head(toks, q + 1)


def _names_list(toks, k, count, stops) -> bool:
    """Tokens from k are exactly ``count`` names of 1-3 words: X، Y … و Z (count-2 commas, then «و» and a name)."""
    n = len(toks)
    items, size = 0, 0
    while k < n:
        t = toks[k][2]
        if t in ("،", ","):
            if size == 0 or size > 3:
                return False
            items, size = items + 1, 0
        elif t == "و":
            if size == 0 or size > 3 or items != count - 2:
                return False
            nxt = toks[k + 1][2] if k + 1 < n else ""
            return nxt[:1].isalpha() and nxt not in stops and nxt not in _ALL_VERBS and not _is_number_word(nxt)
        elif t[:1].isalpha() and t not in stops and t not in _ALL_VERBS and not _is_number_word(t):
            size += 1
            if size > 3:
                return False
        else:
            return False
        k += 1
    return False


def _era_after(norm, toks, j, block) -> bool:
    """An era word right after token j-1 (glued or one space): ق, قمری, هجری; or «ه. ق» / «ه. ش»."""
    if j >= len(toks) or not (toks[j][0] == toks[j - 1][1] or _adjacent(norm, toks, j - 1, j)):
        return False
    if toks[j][2] in block.get("era", ()):
        return True
    return toks[j][2] == "ه" and j + 2 < len(toks) and toks[j + 1][2] == "." and toks[j + 2][2] in ("ق", "ش")


_FUSED_YEAR_CONTEXT = {"فصل", "مالی", "تحصیلی", "سال", "زراعی", "لیگ"}


def _fused_years(tok: str, in_context: bool) -> tuple[float, ...] | None:
    """Years a crawl wrote as one number: two consecutive ones in either order are one season or fiscal year,
    its start year (``(start,)``): «۲۰۱۹۲۰۲۰», «۲۰۲۱۲۰۲۰» anywhere, «۹۸۹۷» (1397) only after فصل / سال مالی /
    سال تحصیلی … and never a year itself (سال 2019); two 4-digit years further apart (۱۹۱۴۱۹۱۸) are a range
    ``(low, high)``. Else None."""
    if not tok.isdigit() or len(tok) not in (4, 8) or len(tok) == 4 and (not in_context or 1000 <= int(tok) <= 2200):
        return None
    h = len(tok) // 2
    a, b = int(tok[:h]), int(tok[h:])
    if h == 2:
        return (float(1300 + min(a, b)),) if abs(a - b) == 1 and min(a, b) >= 40 else None
    if not (_is_year(a) and _is_year(b)):
        return None
    if abs(a - b) == 1:
        return (float(min(a, b)),)
    return (float(a), float(b)) if 0 < b - a <= 60 else None


@lru_cache(maxsize=1)
def _idioms() -> frozenset[tuple[str, str]]:
    """(number word, next word[, word]) that are idioms (lexicon type ``idiom``: دو عالم, شش و بش)."""
    return frozenset(tuple(r["word"].split()) for r in read_tsv("numbers_blockers.tsv") if r["type"] == "idiom")


@lru_cache(maxsize=1)
def _name_pairs() -> frozenset[tuple[str, str]]:
    """(word, number word) pairs that are names (lexicon type ``name_pair``, «ورزش سه»: an outlet)."""
    return frozenset(tuple(r["word"].split()) for r in read_tsv("numbers_blockers.tsv") if r["type"] == "name_pair")


_PHONE_SKIP = {":", "های", "ها", "ی", "(", "«", "\""}


def _phone_context(toks, i, block) -> bool:
    """A phone word (lexicon type ``phone``: تلفن, تماس, شماره, پیامک, خط, گویا …) among the three words before
    token i, in the same sentence («شماره تماس: ۳۳۳۶۰۰۰۰», «تلفن های ۸۸۷۷۶۶۵۵», «تلفن گویای ۱۵۳۵»)."""
    phone = block.get("phone", ())
    if i > 0 and toks[i - 1][2] in ("به", "از", "تا", "بر", "حدود"):
        return False      # شمار تماس‌ها به ۱۵۰۰ رسید: a quantity the preposition governs
    seen = 0
    for k in range(i - 1, max(-1, i - 7), -1):
        t = toks[k][2]
        if t in (".", "؟", "?", "!", "؛", "،", ","):
            return False
        if t in phone or t.endswith("شماره"):
            return not (k > 0 and toks[k - 1][2] in _STAT_WORDS)     # تعداد تماس‌های ۱۲۳: a count of calls
        if t not in _PHONE_SKIP:
            seen += 1
            if seen >= 3:
                return False
    return False


def _phone_end(norm, toks, j) -> int:
    """Past the rest of a phone number or list of numbers: «و ۸۸۷۷۶۶۵۴», «- ۰۲۱», spaced groups «88 88 88»."""
    n = len(toks)
    k = j
    while k < n:
        if toks[k][2].isdigit() and _adjacent(norm, toks, k - 1, k) and len(toks[k][2]) >= 2:
            k += 1
        elif k + 1 < n and toks[k][2] in ("و", "-", "،", ",") and toks[k + 1][2].isdigit() and len(toks[k + 1][2]) >= 3:
            k += 2
        else:
            break
    return k


def _glued_to_word(norm, toks, i) -> bool:
    """Token i is the stem of a verb after its prefix می / نمی (می‌دهم, نمی‌دهم, a crawl's «می دهم»): no ordinal
    (معاون‌اول, glued to a noun, still is one)."""
    return i > 0 and norm[toks[i - 1][1]:toks[i][0]] in ("\u200c", " ") and toks[i - 1][2] in ("می", "نمی")


def _race_event_end(toks, i, block):
    """Past a race event «N متر» + a stroke (lexicon type ``race_event``: قورباغه, کرال, پروانه, آزاد …), also a
    relay «4 در 200 متر آزاد»; None when the distance is no event name (۵۰۰ متر از ساحل)."""
    k = i + 1
    if k + 1 < len(toks) and toks[k][2] == "در" and toks[k + 1][2].isdigit():
        k += 2
    if not toks[k - 1][2].isdigit() or int(toks[k - 1][2]) > 1500:
        return None       # ۵۱۴۰۰ متر آزاد شد: land set free, not an event (swimming events run 50–1500 m)
    if k + 1 < len(toks) and toks[k][2] == "متر" and toks[k + 1][2] in block.get("race_event", ()):
        return k + 1
    return None


def _age_class_after(toks, i) -> bool:
    """«رده سنی» among the four tokens before token i, no sentence mark between (در رده سني عموم و 17- 15 سال)."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = toks[k][2]
        if t in (".", "؟", "!", "؛", ":"):
            return False
        if t == "سنی" and k > 0 and toks[k - 1][2] == "رده" or t == "رده" and k == i - 1 \
                or t in _lex()[4].get("race_event", ()):
            return True       # رده سنی …, 50متر قورباغه 11تا12سال: the age class of an event
    # «13 تا 14سال رژین شوشیان مقام اول»: an age class heading a line of results
    return i == 0 and any(toks[k][2] == "مقام" for k in range(i + 1, min(len(toks), i + 9)))


def _age_class_end(toks, j):
    """Past «سال» closing an age class (digits joined by - / تا / الی before it, at most four tokens), or None."""
    for k in range(j, min(len(toks), j + 4)):
        t = toks[k][2]
        if t == "سال":
            return k + 1
        if not (t.isdigit() or t in ("-", "–", "تا", "الی")):
            return None
    return None


def _weight_list_end(norm, toks, j):
    """Past «، ۶۵، ۷۰ و ۹۷ کیلوگرم» closing a list of weight classes after اوزان, or None without کیلوگرم."""
    k = j
    while k < len(toks):
        t = toks[k][2]
        if t in ("کیلوگرم", "کیلو"):
            return k + 1
        if not (t.isdigit() or t in ("،", ",", "و", "+", "-")):
            return None
        k += 1
    return None


def _weight_class_end(norm, toks, i):
    """A weight class after وزن (the digits at i, up to 200, no scale): with a sign glued to the number
    («وزن 54- کیلوگرم», «وزن ۱۰۹+ کیلوگرم») or after «در وزن» («در وزن ۶۷ کیلوگرم», «در وزن 60»). The index
    past it, or None («به وزن 120 تن», «وزن ۱۵۰ کیلوگرم است» measure something)."""
    n = len(toks)
    if float(toks[i][2].replace(",", ".").replace("،", ".")) > 200:
        return None
    k = i + 1
    signed = k < n and toks[k][2] in ("-", "+") and toks[k][0] == toks[i][1]
    if signed:
        k += 1
    if not signed and not (i >= 2 and toks[i - 2][2] == "در"):
        return None
    if k < n and toks[k][2] in ("کیلوگرم", "کیلو") and _adjacent(norm, toks, k - 1, k) or \
            k < n and toks[k][2] in ("کیلوگرم", "کیلو") and toks[k][0] == toks[k - 1][1]:
        k += 1
    elif k < n and (toks[k][2] in _unit_heads() or number_words().get(toks[k][2], (0, ""))[1] == "scale"):
        return None
    return k


def _label_noun(norm, toks, i, block) -> bool:
    """A label noun (ماده, تبصره, بند, اصل, منطقه …; lexicon type ``label_noun``) right before the digits at i,
    and no unit, scale or counter after them: «ماده ۶۱ قانون» is a numbered label (DECISION 55); «ماده 200 متر»
    (a race) or «منطقه ۱۵ میلیون» are not."""
    if toks[i - 1][2] not in block.get("label_noun", ()) or i > 1 and _is_number_word(toks[i - 2][2]):
        return False      # ۳۰ درجه 5 روز, ۵۰ نفر ۲۰ نفر: the noun is the unit of the figure before it
    k = i + 1
    if k < len(toks) and _adjacent(norm, toks, i, k):
        w = toks[k][2]
        if w in _unit_heads() or w in _lex()[2] or number_words().get(w, (0, ""))[1] == "scale" or w in ("درصد", "%"):
            return False
    return _age_class_end(toks, i + 1) is None     # رده 15 تا 17 سال: an age class, not the 15th rank


def _people_after_place(toks, q, block, span: int = 5) -> bool:
    """After «N تن در», a word that shows people (``people_after_ton``) within the next ``span`` words of
    the clause: «۳ تن در استان ذی‌قار کشته», not «۶ تن در هکتار», «هزار تن در سال است»."""
    for k in range(q, min(q + span + 1, len(toks))):
        w = toks[k][2]
        if w in _PUNCT_STOP or w in _VERBISH:
            return False
        if w in block.get("people_after_ton", ()):
            return True
    return False


def _label_mentions(text, norm, toks, i, mentions, value) -> int:
    """Mentions of a numbered label with the label noun in the first text (ماده ۶۱), and one per number of an
    enumeration after it (بند 1 تا 3, مواد ۱۲ و ۱۳); returns the next token index. ``value``: the first
    number as parsed (its token may hold separators: «ماده 0,0»)."""
    _mention(text, mentions, "ordinal", toks[i - 1][0], toks[i][1], float(value))
    k = i + 1
    while k + 1 < len(toks) and toks[k][2] in ("تا", "و", "الی", "-", "،") and toks[k + 1][2].isdigit() \
            and _adjacent(norm, toks, k, k + 1) and not _measured_next(norm, toks, k + 1):
        _mention(text, mentions, "ordinal", toks[k + 1][0], toks[k + 1][1], float(toks[k + 1][2]))
        k += 2
    return k


def _measured_next(norm, toks, q) -> bool:
    """The number at token q is followed by a unit, counter, scale or درصد: a figure of its own, not the next
    number of an enumerated label («منطقه ۱، ۸۸۴ متر مربع ملک», unlike «بند 1 تا 3»)."""
    k = q + 1
    if k >= len(toks) or not _adjacent(norm, toks, q, k):
        return False
    w = toks[k][2]
    return w in _unit_heads() or w in _lex()[2] or number_words().get(w, (0, ""))[1] == "scale" or w in ("درصد", "%")


def _age_class_name(toks, q, names) -> bool:
    """A team, contest or prize word (تیم, رده, مسابقات, جایزه …) among the four words before the
    qualifier at q, with no punctuation between: «زیر ۲۳ سال» then names an age class (DECISIONS 39)."""
    for k in range(q - 1, max(-1, q - 5), -1):
        t = toks[k][2]
        if t in _PUNCT_STOP or t in ("،", "؛"):
            return False
        if t in names:
            return True
    return False


def _persian_letter(ch: str) -> bool:
    """A Persian/Arabic letter (not a Latin one: G20), to which a list label may be glued."""
    return ch.isalpha() and not ch.isascii()


def _list_label(norm, toks, i) -> bool:
    """A list label «۱) …»: one or two digits, a closing parenthesis glued to them and a space after,
    with no parenthesis left open earlier on the line (that would make it «(فاز ۵)»). An ordinal.
    So is a line-opening «2- ارجاع کار: …» (DECISION 39, held-out 9), see ``_dash_list_label``."""
    if _dash_list_label(norm, toks, i):
        return True
    tok = toks[i][2]
    if not (tok.isdigit() and len(tok) <= 2) or i + 1 >= len(toks) or toks[i + 1][2] != ")" \
            or toks[i + 1][0] != toks[i][1] or norm[toks[i + 1][1]:toks[i + 1][1] + 1] not in (" ", "\n", ""):
        return False
    s = toks[i][0]
    if s > 0 and not (norm[s - 1].isspace() or norm[s - 1] in ":؛." or _persian_letter(norm[s - 1])):
        return False      # «کرد:۱) احزابی», «تهران۲) یاران»: a crawl lost the line break
    line = norm[norm.rfind("\n", 0, s) + 1:s]
    return line.count("(") <= line.count(")")


def _dash_list_label(norm, toks, i) -> bool:
    """A list label «2- ارجاع کار», «۱۲- تاسیسات عمومی» that opens its line: one or two digits, a dash glued
    to them, a space and a word after it (not «1-4», not «9 - DRURY» with the dash apart, not «۲۰-۱۵ سال»)."""
    tok = toks[i][2]
    if not (tok.isdigit() and len(tok) <= 2) or i + 2 >= len(toks) or toks[i + 1][2] not in ("-", "–") \
            or toks[i + 1][0] != toks[i][1] or norm[toks[i + 1][1]:toks[i + 2][0]] != " " \
            or not toks[i + 2][2][:1].isalpha():
        return False
    s = toks[i][0]
    return norm[norm.rfind("\n", 0, s) + 1:s].strip() == ""


# a digit pair and the word after it; where it may start (see _run_label_start) is checked on the few
# matches, not by a lookbehind alternation tried at every character of the text
_RUN_LABEL = re.compile(r"(\d{1,2}) ([\u0621-\u06cc\u200c]+)")
_RUN_PUNCT = frozenset(".:؛!؟")


def _run_label_start(norm: str, s: int) -> bool:
    """A run-in label may start at s: the text's or a line's start, right after a Persian letter, or after
    a sentence mark (and a space) that follows no digit (۱.۵ is a decimal)."""
    if s == 0:
        return True
    c = norm[s - 1]
    if c == "\n" or "\u0621" <= c <= "\u06cc":
        return True
    if c in _RUN_PUNCT:
        return s < 2 or not norm[s - 2].isdecimal()
    return c == " " and s >= 2 and norm[s - 2] in _RUN_PUNCT and (s < 3 or not norm[s - 3].isdecimal())
_RUN_NOT_AFTER = {"درصد", "تا", "و", "یا", "الی", "لغایت"}


@lru_cache(maxsize=4)
def _run_in_labels(norm: str) -> frozenset[int]:
    """Offsets of the run-in list labels of a text: numbers 1, 2, 3 … (one or two digits, each followed by a
    word) that open their sentence or, where a crawl lost the line break, are glued to the word before
    («عمل کرد: 1 ثبت احوال2 دادگاه», «… زهرا۴ تغییر کنیه»). A run counts from 1 (or holds at least three) and at
    least one label opens a sentence; a footnote or model number glued to a word (اکس1 … اکس2) makes none.
    Not before a unit, a counter, a month or درصد (۴ هفته پیش, ۱۸ مهر ماه, ۷ درصد مبتلایان)."""
    units, counters = _lex()[1], _lex()[2]
    found = []
    for m in _RUN_LABEL.finditer(norm):
        if not _run_label_start(norm, m.start(1)):
            continue
        w = m.group(2).split("\u200c")[0]
        if (w,) in units or w in counters or (w,) in _month_heads() or w in _RUN_NOT_AFTER or w in _PERSONS \
                or number_words().get(w, (0, ""))[1] == "scale":
            continue
        s = m.start(1)
        found.append((s, int(m.group(1)), not (s > 0 and _persian_letter(norm[s - 1]))))
    out, used = set(), set()
    for q, (_, v, _) in enumerate(found):
        if q in used or v < 1:
            continue
        run, last = [q], q
        while True:
            nxt = next((r for r in range(last + 1, min(len(found), last + 4)) if found[r][1] == found[last][1] + 1), None)
            if nxt is None:
                break
            run.append(nxt)
            last = nxt
        if (v == 1 and len(run) >= 2 or len(run) >= 3) and any(found[r][2] for r in run):
            used.update(run)
            out.update(found[r][0] for r in run)
    return frozenset(out)


def _run_in_label(norm, toks, i) -> bool:
    """Token i is a run-in list label (see _run_in_labels): an ordinal, not a count."""
    return toks[i][0] in _run_in_labels(norm)


def _range_date_after(norm, toks, k):
    """Whether a day and month start at token k (the end of a range «از دوم تا ۲۳ اسفندماه ۱۳۹۸»)
    and the year they carry: the first day of the range shares the month and year."""
    other = scan_number(norm, toks, k)
    if other is None or other.value != int(other.value) or not 1 <= other.value <= 31 or other.j >= len(toks) \
            or not _adjacent(norm, toks, k - 1, k) or not _adjacent(norm, toks, other.j - 1, other.j):
        return False, None
    mo, mo_end = _match_month(toks, other.j)
    if mo is None:
        return False, None
    tail = _date_tail(norm, toks, mo_end)
    return True, (_year_value(toks[tail - 1][2]) if tail is not None else None)


_DECADE_TENS = {10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0}
_SEASONS = {"بهار", "تابستان", "پاییز", "پائیز", "زمستان"}


def _season_before(norm, toks, i):
    """Index of a season word right before a year (بهار 2020, زمستان سال ۱۳۹۸), else None: with the
    year it names a stretch of a year, a date mention (DECISION 39)."""
    k = i - 1
    if k >= 0 and toks[k][2] == "سال" and _adjacent(norm, toks, k, k + 1):
        k -= 1
    if k >= 0 and toks[k][2] in _SEASONS and _adjacent(norm, toks, k, k + 1):
        return k
    return None


def _score_subject(text, toks, i, j) -> str:
    """The match of a score between two names (ساوتهمپتون 1 - 0 ساندرلند → نتیجه بازی ساوتهمپتون و ساندرلند)."""
    return f"نتیجه بازی {text[toks[i - 1][0]:toks[i - 1][1]]} و {text[toks[j][0]:toks[j][1]]}"


_MATCH_EVENTS = _SUBJECT_WORDS["match_event"]
_SENTENCE_ENDS = {".", "!", "؟", "?", "؛", ":"}


def _match_result_subject(text, norm, toks, i, j, stops) -> str:
    """A score «N بر M» measures the result of a game: «نتیجه» + the game or its outcome named before it in the
    sentence (با پیروزی 5 بر 2 → نتیجه پیروزی, این بازی باید 3 بر صفر اعلام شود → نتیجه بازی), else «نتیجه بازی»;
    + «مقابل» and the opponent when the clause names one (see ``_score_opponent``)."""
    event = "بازی"
    for k in range(i - 1, max(-1, i - 9), -1):
        t = toks[k][2]
        if t in _SENTENCE_ENDS:
            break
        if t in _MATCH_EVENTS:
            event = t
            break
    opp = _score_opponent(text, norm, toks, i, j, stops)
    return f"نتیجه {event} مقابل {opp}" if opp else "نتیجه " + event


_AGAINST = {"مقابل", "برابر", "مقابلِ", "برابرِ"}
_BEFORE_SCORE = {"با", "نتیجه", "پس", "از", "کسب"}     # مقابل X پس از کسب تساوی یک بر یک
_WIN_VERBS = {"برد", "شکست", "مغلوب", "پیروز", "برنده", "باخت", "تن", "قرار", "متحمل", "نیز", "هم"}


def _opponent_words(text, norm, toks, k, stops):
    """The name at token k (up to four words, «از» and a country of up to two words after it: اونتالاپ از
    قزاقستان, "ایوان وسیچ" از کرواسی, تیم الفیصلی اردن) and the index after it; quotation marks are left out, and
    so is a noun before a verb (… اردن صعود کرد: the verb's part)."""
    n, parts, q, words = len(toks), [], k, 0
    def name_word(t):
        return t[:1].isalpha() and t not in stops and t not in _PREPS and t not in _ALL_VERBS and t not in _WIN_VERBS \
            and t not in _MATCH_EVENTS and t not in ("را", "و", "که", "یا", "نتیجه", "سد") and not _is_number_word(t)
    limit = 4
    while q < n:
        t = toks[q][2]
        if t in ('"', "«", "»") and (not parts or q + 1 < n and name_word(toks[q + 1][2]) or words):
            q += 1
            continue
        if parts and q > k and not _adjacent(norm, toks, q - 1, q) and toks[q - 1][2] not in ('"', "«", "»") \
                and t not in ('"', "«", "»"):
            break
        if name_word(t) and words < limit and not (words and q + 1 < n and toks[q + 1][2] in _ALL_VERBS):
            if parts and _glued(norm, toks, q):
                parts[-1] = (parts[-1][0], toks[q][1])
            else:
                parts.append((toks[q][0], toks[q][1]))
                words += 1
            q += 1
            continue
        if t == "از" and parts and limit == 4 and q + 1 < n and name_word(toks[q + 1][2]):
            parts.append((toks[q][0], toks[q][1]))
            words, limit = 0, 2
            q += 1
            continue
        break
    if parts and toks[_tok_at(toks, parts[-1][0])][2] == "از":
        parts.pop()
    return " ".join(text[a:b] for a, b in parts), q


def _score_opponent(text, norm, toks, i, j, stops) -> str | None:
    """Who the score «N بر M» (tokens i..j) was against, in its clause: «مقابل / برابر / مغلوب X» within six words
    after it (۵ بر صفر مقابل لین از چین پیروز شد, پیروزی 2 بر یک برابر تیم الفیصلی اردن) or before it (مقابل
    نورگازی عبدالرزاکوف از قرقیزستان با نتیجه 10 بر صفر), or the object right after it (2 بر یک اونتالاپ از
    قزاقستان را برد); None when the clause names none."""
    n = len(toks)
    name, e = _opponent_words(text, norm, toks, j, stops) if j < n and _adjacent(norm, toks, j - 1, j) else ("", j)
    if name and e < n and toks[e][2] == "را":
        return name
    for q in range(j, min(n, j + 7)):
        t = toks[q][2]
        ahead = [w[2] for w in toks[q:q + 3]]
        at = q + 1 if t in _AGAINST or t == "مغلوب" or t == "بر" and q == j else q + 3 if ahead == ["نتیجه", "را", "به"] \
            else q + 2 if ahead[:2] == ["از", "سد"] else None
        if at is not None and at < n:
            # (مغلوب یاماموتو از ژاپن شد, 3 بر صفر بر عمربکو …, نتیجه را به کانکو از ژاپن واگذار کرد, از سد چی
            # از چین گذشت: lost to, beat, got past)
            name, _ = _opponent_words(text, norm, toks, at, stops)
            return name or None
        if t in _PUNCT_STOP and t not in ('"', "«", "»") or t in _ALL_VERBS or t in ("و", "که") or _is_number_word(t):
            break
    for q in range(i - 1, max(-1, i - 10), -1):
        t = toks[q][2]
        if t in _AGAINST:
            name, e = _opponent_words(text, norm, toks, q + 1, stops)
            between = [toks[m][2] for m in range(e, i)]
            if name and all(w in _BEFORE_SCORE or w in _MATCH_EVENTS or w in _DRAW_WORDS for w in between):
                return name
            return None
        if t in _PUNCT_STOP or t in _ALL_VERBS or t in ("و", "که") or _is_number_word(t):
            break
    return None


def _is_year(v: float) -> bool:
    return v == int(v) and (1300 <= v <= 1410 or 1900 <= v <= 2100)


def _tok_at(toks, char):
    """Index of the first token starting at or after ``char`` (binary search)."""
    return bisect_left(toks, char, key=_start)


def _start(t):
    return t[0]


_DEMONSTRATIVES = {"این", "آن", "همین", "همان"}
_AFTER_DURATION = _SUBJECT_WORDS["after_duration"]
_DURATION_BEFORE = _SUBJECT_WORDS["duration_before"]
_NP_INNER = {"هر", "این", "آن", "شده"}
_PREPS = {"از", "در", "به", "با", "برای", "بر", "تا"}
_SKIP_AFTER = {"از", "برای", "به", "نیز", "هم", "انواع", "منجر"}
_VERBISH = {"شد", "شده", "شدند", "است", "بود", "بوده", "کرد", "کرده", "کردند", "شود", "شوند", "باشد", "می", "نمی", "رسید",
            "داد", "دادند", "یافت", "یافتند", "کند", "کنند", "نمود", "گرفت", "گرفتند", "گردد", "گردند", "دهد",
            "رسیده", "دارد", "داشت", "گردید", "گردیده", "اند", "ایم",
            # forms the subject reader ran on into (۳۱ هزار تخت در تهران داریم, ... قیمت خورد)
            "داریم", "دارند", "داشتند", "داشتیم", "ندارد", "ندارند", "نداشت", "نداریم", "خورد", "خوردند",
            "باخت", "باختند", "هستند", "هستیم", "نیست", "نیستند", "بودند"}


def _verb_forms() -> frozenset[str]:
    """One-word finite forms (``cues.conjugations(shape="word")``, no second person singular) of the
    light and common verbs of ``lexicons/claims_verbs.tsv`` (دارم, ندارند, بگیرند, کردیم, نشد): a subject
    read forwards or backwards stops before them (۱۰ پرسنل دارم)."""
    rows = read_tsv("claims_verbs.tsv")
    nouns = {r["word"] for r in rows if r["form"] == "noun"}
    out: set[str] = set()
    for r in rows:
        if r["form"] == "verb":
            presents = [r["present"]] if r["present"] not in ("", "-") else []
            out |= conjugations(r["word"], presents, persons="no2s", shape="word")
    return frozenset(out - nouns)


_VERB_FORMS = _verb_forms()
_PAST_STEMS = frozenset(r["word"] for r in read_tsv("claims_verbs.tsv") if r["form"] == "verb")
_FUTURE_AUX = {"خواهد", "خواهند", "نخواهد", "نخواهند"}
#: every verb form: ends a subject read forwards or backwards, and a short complement before it is the verb's
_ALL_VERBS = _VERBISH | _VERB_FORMS | _FUTURE_AUX
#: a noun right before one of these is the verb's part (تشکیل خواهد شد, شکست بخورد), not what is counted; the
#: forms of داشتن the builder did not know before are left out: «دو هکتار زمین داشتم» has زمین
_PRED_VERBS = _VERBISH | {f for f in _VERB_FORMS if not f.lstrip("ن").startswith(("دار", "داشت"))} | _FUTURE_AUX


_CPREP = _SUBJECT_WORDS["cprep"]
_CPREP_BEFORE = _SUBJECT_WORDS["cprep_before"]
_PARTICIPLES = _SUBJECT_WORDS["participle"]
_PP_PREPS = _SUBJECT_WORDS["pp_prep"]
_REACH = _SUBJECT_WORDS["reach"]
_CHANGE = _SUBJECT_WORDS["change"]
_STAT_WORDS = _SUBJECT_WORDS["stat"]
_CLAUSE_OPEN = _SUBJECT_WORDS["clause_open"]
_SUBJ_MAX = 7
_ADVERBS = _SUBJECT_WORDS["adverb"]
_ACTIONS = _SUBJECT_WORDS["action"]
_PRONOUNS = _SUBJECT_WORDS["pronoun"]
_MEASURE_NOUNS = _SUBJECT_WORDS["measure_noun"]
_CHANGE_VERBS = {"یافت", "یافته", "یافتند", "پیدا", "داشت", "داشته", "می", "خواهد"}
_LEVELS = _SUBJECT_WORDS["level"]
_PERSONS = _SUBJECT_WORDS["person"]
_PEOPLE_HEADS = _PERSONS
_TEMPORAL = _SUBJECT_WORDS["temporal"]
_TIME_TAIL = _TEMPORAL | _SUBJECT_WORDS["time_tail"]
_SKIP_BEFORE = _SUBJECT_WORDS["skip_before"]
_SURPASS = _SUBJECT_WORDS["surpass"]
_PRICE_NOUNS = _SUBJECT_WORDS["price_noun"]
_COMPLEMENT_HEAD = _PREPS | {"نسبت"}
_PRICE_AFTER = tuple(tuple(w.replace("\u200c", " ").split()) for w in _SUBJECT_WORDS["price_after"])
_STATE_AFTER = {"است", "هستند", "بودند", "قرار", "«", "،", ".", "و", ")", ":", "؛"}
_DURATION_ADJ = {"ساله", "سالگی", "ماهه", "روزه", "ساعته", "ساله‌ای", "ساله", "سالۀ", "ماهۀ", "روزۀ"}


def _glued(norm, toks, k):
    """Token k is joined to the previous one by ZWNJ only (سپری‌شده: a participle adjective)."""
    gap = norm[toks[k - 1][1]:toks[k][0]] if k > 0 else ""
    return gap != "" and gap.strip("\u200c") == ""      # (a doubled ZWNJ too: اس‌‌ای‌‌او‌جی)


def _np(norm, toks, k, stops, limit=_SUBJ_MAX, pps=2, pred=None):
    """Noun phrase from token k: words up to a stop or verb, then up to ``pps`` short prepositional
    complements (در/از/به + noun); returns the list of (start, end) word spans and the next index.
    A word right before a verb is the verb's part (تشکیل خواهد شد) and ends it; for the first word,
    a verb of ``pred`` (the caller's choice)."""
    pred = _PRED_VERBS if pred is None else pred
    n = len(toks)
    words: list[tuple[int, int]] = []
    after_pp = False
    stop_at = k + 4 * limit + 8        # ZWNJ pieces do not add words: bound the walk
    while k < n and len(words) < limit and k < stop_at:
        t = toks[k][2]
        if words and not _adjacent(norm, toks, k - 1, k) and toks[k][0] != toks[k - 1][1]:
            break
        if t in _PARTICIPLES and words and _glued(norm, toks, k):
            words[-1] = (words[-1][0], toks[k][1])      # سپری‌شده, اختصاص‌یافته
            k += 1
            continue
        if words and not after_pp and _glued(norm, toks, k) and t[0].isalpha() and t not in _VERBISH:
            words[-1] = (words[-1][0], toks[k][1])      # سرمایه‌گذاری: one word split by ZWNJ
            k += 1
            continue
        if t == "دیگر" and len(words) == 1 and not after_pp and k + 1 < n and toks[k + 1][2][:1].isalpha() \
                and toks[k + 1][2] not in _ALL_VERBS:
            words.append((toks[k][0], toks[k][1]))      # ۷ کشور مهم دیگر عضو ...: "other", inside the phrase
            k += 1
            continue
        if t == "هر" and words and not after_pp and k + 1 < n and _adjacent(norm, toks, k, k + 1) \
                and toks[k + 1][2][:1].isalpha() and toks[k + 1][2] not in stops and toks[k + 1][2] not in _ALL_VERBS \
                and toks[k + 1][2] not in _period_nouns() and toks[k + 1][2] not in _EACH_NOT_UNIT:
            words.append((toks[k][0], toks[k][1]))      # قیمت هر اونس طلا: «each», inside the phrase (not هر سال)
            k += 1
            continue
        if t in stops and _word_start(norm, toks, k) and not after_pp:
            words.append((toks[k][0], toks[k + 1][1]))  # پیش‌بینی: a stop word opening a compound
            k += 2
            continue
        if t in _PP_PREPS and words and pps > 0 and len(words) + 2 <= limit:
            pp = _pp(norm, toks, k, stops, min(2, limit - len(words) - 1))
            if pp is None:
                break
            pps -= 1
            words.extend(pp[0])
            k = pp[1]
            after_pp = True
            continue
        if after_pp:
            break      # after a complement only another complement
        if t in stops or t[0].isdigit() or t in _PUNCT_STOP or not t[0].isalpha() or t in _ALL_VERBS \
                or t in _PRONOUNS and not words or words and _is_number_word(t) and t not in _NUMBER_IN_NP \
                and not (k + 1 < n and toks[k + 1][2].endswith("ه")):     # موتورهای دو زمانه: an adjective
            break      # (هرچه بیش از ۳۶۰ لیتر: a pronoun is never what is counted)
        if t in _PRONOUNS:
            words.append((toks[k][0], toks[k][1]))
            k += 1
            break      # ۳ فرزند او: a possessor closes the noun phrase
        if t == "مورد" and words and _passive_mored(toks, k):
            break      # ۲۵۰۰ واحد صنفی مورد بازرسی قرار گرفت: «مورد X قرار گرفت» is the verb
        if words and _participle(norm, toks, k + 1, stops):
            words.append((toks[k][0], toks[k + 1][1]))  # کالای احتکار شده در ...: an adjective
            k += 2
            continue
        if k + 1 < n and toks[k + 1][2] in (pred if not words else _PRED_VERBS) and _adjacent(norm, toks, k, k + 1) \
                and t not in ("ها", "های") and not (toks[k + 1][2] in _PARTICIPLES and _glued(norm, toks, k + 1)) \
                and not (not words and _have(toks[k + 1][2]) and t not in _HAVE_COMPOUND):
            break     # اضافه شد, تعیین شده: the predicate, not the subject (۸۵ درصد اطمینان دارند: what is had)
        if t in ("ها", "های", "ای", "یی", "ی") and words:
            words[-1] = (words[-1][0], toks[k][1])
            k += 1
            continue
        words.append((toks[k][0], toks[k][1]))
        k += 1
    while words and toks[_tok_at(toks, words[-1][0])][2] in _PP_PREPS | {"هر"}:
        words.pop()
    return words, k


_EACH_NOT_UNIT = {"کدام", "یک", "لحظه", "دو", "چند"}     # هر کدام, هر یک: a pronoun, not a unit of count
_HAVE_COMPOUND = _SUBJECT_WORDS["have_compound"]


def _possessor(text, norm, toks, i0, k2, words, stops):
    """Who has what is counted in «X N (unit) NOUN دارد» (یک فنجان جو دوسر حدود 4 گرم فیبر دارد → فیبر
    یک فنجان جو دوسر, بدنه این هارددیسک نیم اینچ ضخامت دارد → ضخامت بدنه این هارددیسک): the words right
    before the figure, when a form of داشتن follows the noun and the noun is no part of a compound verb
    (قرار دارد, وجود دارد); None otherwise."""
    if k2 >= len(toks) or not _have(toks[k2][2]) or not _adjacent(norm, toks, k2 - 1, k2) or len(words) > 2 \
            or toks[_tok_at(toks, words[-1][0])][2] in _HAVE_COMPOUND:
        return None
    back = _back_words(norm, toks, i0, stops)
    if not back or toks[_tok_at(toks, back[-1][0])][2] in _PRONOUNS:
        return None
    b0 = _tok_at(toks, back[-1][0])
    if b0 > 0 and toks[b0 - 1][2] == "یک" and _adjacent(norm, toks, b0 - 1, b0):
        b0 -= 1      # یک فنجان جو دوسر ۴ گرم فیبر دارد
    if b0 > 0 and toks[b0 - 1][2] not in _PUNCT_STOP and toks[b0 - 1][2] not in _CLAUSE_OPEN:
        return None      # the possessor opens its clause: not «حول و حوش ۲۲ میلیون», «در کشور ۱۰۸۴ شهر داریم»
    if any(fold(text[a:b]).rstrip("ً") in _NOT_POSSESSOR for a, b in back):
        return None      # «که قبلا روزانه ۴۰ مورد مرگ داشت»: when, not who
    return text[toks[b0][0]:back[0][1]]


_NOT_POSSESSOR = _ADVERBS | _TEMPORAL | _SUBJECT_WORDS["quantifier"] | {"قبلا", "معمولا", "مجموعا", "آیا", "روزانه"}


def _have(t: str) -> bool:
    """A finite form of داشتن (دارند, داشت, نداریم): its noun is what is had, not part of the verb."""
    return t in _VERBISH and t.removeprefix("ن").startswith(("دار", "داشت")) and t != "داشته"


def _passive_mored(toks, k) -> bool:
    """«مورد X (of Y) قرار گرفت/داد»: token k opens a passive compound verb, «قرار» within six words
    and no punctuation between (مورد بازرسی بازرسان این اداره قرار گرفت), not the adjective «مورد نیاز»."""
    for q in range(k + 2, min(len(toks), k + 8)):
        t = toks[q][2]
        if t == "قرار":
            return not (q + 1 < len(toks) and toks[q + 1][2] in ("است", "بود", "بوده", "نیست", "نبود"))   # (قرار است: "is to")
        if t in _PUNCT_STOP or t in _ALL_VERBS:
            return False
    return False


_NUMBER_IN_NP = {"یک", "نیم"}     # منطقه یک, سکه نیم: part of a name, not another figure


def _is_number_word(t: str) -> bool:
    """A digit or a number word (سه, هزار, دهها): another figure, which ends a subject
    (سه مهاجم ناشناس دو موشک → مهاجم ناشناس)."""
    return t[:1].isdigit() or number_words().get(t, (0, "denom"))[1] in _NUM_TYPES


def _word_start(norm, toks, k) -> bool:
    """Token k opens a word that ZWNJ splits (پیش‌بینی, هم‌وزن): the next token is glued to it."""
    return k + 1 < len(toks) and toks[k][2] not in _NOT_WORD_START and _glued(norm, toks, k + 1) \
        and toks[k + 1][2][0].isalpha() and toks[k + 1][2] not in _VERBISH


_NOT_WORD_START = _PREPS | {"و", "که", "را", "این", "آن", "می", "نمی", "یا"}


def _participle(norm, toks, k, stops) -> bool:
    """Token k is «شده» used as an adjective (احتکار شده در, پیش‌بینی شده خود), not a predicate:
    the word after it is a preposition of a complement or a plain noun, never an auxiliary."""
    n = len(toks)
    if k + 1 >= n or toks[k][2] != "شده" or not _adjacent(norm, toks, k - 1, k):
        return False
    nxt = toks[k + 1][2]
    if _glued(norm, toks, k + 1) or not _adjacent(norm, toks, k, k + 1):
        return False
    return nxt in _PP_PREPS or nxt == "خود" or (nxt[0].isalpha() and nxt not in stops and nxt not in _VERBISH
                                                and not (k + 2 < n and toks[k + 2][2] in _VERBISH))


def _pp(norm, toks, k, stops, size, verb_check=True):
    """A short prepositional complement at token k (در این شهرستان, از گمرک خسروی): its word spans
    and next index; None when it is the verb's complement (از سرزمین‌های خود رانده شدند)."""
    n = len(toks)
    spans = [(toks[k][0], toks[k][1])]
    m = k + 1
    if m < n and toks[m][2] in _DEMONSTRATIVES and _adjacent(norm, toks, m - 1, m):
        m += 1
    got = 0
    while m < n and got < size and _adjacent(norm, toks, m - 1, m):
        t = toks[m][2]
        if t in ("ها", "های", "ای", "یی", "ی") and got:
            spans[-1] = (spans[-1][0], toks[m][1])
            m += 1
            continue
        if got and _glued(norm, toks, m) and t[:1].isalpha() and t not in _VERBISH and toks[m - 1][2] not in ("می", "نمی"):
            spans[-1] = (spans[-1][0], toks[m][1])     # سپری‌شده, فاجعه‌بار: one word split by ZWNJ
            m += 1
            continue
        if not t[0].isalpha() or t in stops or t in _VERBISH or t in _CPREP or t in _DEMONSTRATIVES \
                or t in _MEASURE_NOUNS or t in _PRONOUNS:
            break
        spans.append((toks[m][0], toks[m][1]))
        got += 1
        m += 1
    if not got:
        return None
    if _time_head(toks, k + 1 if toks[k + 1][2] not in _DEMONSTRATIVES else k + 2):
        return None      # کودک از آوریل, نفر در سال گذشته: when, not what is counted
    for q in range(m, min(n, m + 4) if verb_check else m):
        t = toks[q][2]
        if t in _PUNCT_STOP:
            break
        if (t in _ALL_VERBS or t in _REACH) and not _glued(norm, toks, q):
            return None      # از سرزمین‌های خود رانده و آواره شده‌اند: the verb's complement
    return spans, m


_TIME_HEADS = {"سال", "سالهای", "سال‌های", "ماه", "ماههای", "ماه‌های", "هفته", "روز", "روزهای", "ابتدای", "آغاز",
               "پایان", "اوایل", "اواسط", "اواخر", "نیمه", "طول", "جریان", "امسال", "سه‌ماهه", "فصل", "دوره"}


def _time_head(toks, m) -> bool:
    """The noun at token m names a time (a month name, سال, ابتدای ...)."""
    if m >= len(toks):
        return False
    t = toks[m][2]
    return t in _TIME_HEADS or _match_month(toks, m)[0] is not None


@lru_cache(maxsize=1)
def _period_nouns() -> frozenset[str]:
    """Nouns that name a stretch of time: the time heads, parts of the day (شب) and the duration units (ساعت, دهه)."""
    return frozenset(_TIME_HEADS) | frozenset(_TIME_WORDS) | frozenset(k[0] for k, v in _lex()[1].items() if v[0] == "duration" and len(k) == 1)


def _time_phrase_end(toks, k) -> bool:
    """Token k closes a time phrase «سال گذشته», «ساعت گذشته», «روزهای اخیر», «ماه قبل»: a word of
    ``temporal`` / ``time_tail`` after a noun of time. Such a phrase says when, never what is counted
    (در ۲۴ ساعت گذشته ۱۳۳ تن → not «ساعت گذشته»)."""
    if k < 1 or toks[k][2] not in _TIME_TAIL:
        return False
    h = k - 1
    if toks[h][2] in ("ها", "های") and h > 0:
        h -= 1
    return toks[h][2] in _period_nouns()


def _time_complement(toks, k, stops) -> bool:
    """The time phrase ending at token k is a «در» complement of the noun before it (رشد حقوق در سال
    جاری ۲۰ درصد: kept in the subject), not an adverb of the clause (نفت نیز در هفته گذشته ...)."""
    h = k - 2 if toks[k - 1][2] in ("ها", "های") else k - 1
    p = h - 1
    if p < 1 or toks[p][2] != "در":
        return False
    w = toks[p - 1][2]
    return w[:1].isalpha() and w not in stops and w not in _PREPS and w not in _ALL_VERBS and w not in _PRONOUNS \
        and w not in _ADVERBS and w not in _CLAUSE_OPEN


def _clause_np(norm, toks, i0, stops):
    """The noun phrase opening the clause of token i0 (آخرین آمار جانباختگان ... به ۱۱۳۵ نفر رسید →
    جانباختگان ...), skipping statistic words (تعداد, آمار); looks one clause further back when the
    nearest one opens with a number (… سال جاری، ۳۰ درصد در ارزش و ۲۹ درصد); [] when none."""
    lo = max(-1, i0 - 40)
    # شمار کلی جانباختگان به ۲ هزار نفر رسید: the nearest statistic word names it
    for q in range(i0 - 1, max(-1, i0 - 16), -1):
        t = toks[q][2]
        if t in _PUNCT_STOP or t in _CLAUSE_OPEN:
            break
        if t in _STAT_WORDS and t not in ("آخرین", "رسمی", "کل"):
            m = q + 1
            while m < i0 and (toks[m][2] in _STAT_WORDS or toks[m][2] == "کلی"):
                m += 1
            if m < i0 and toks[m][2][0].isalpha() and toks[m][2] not in stops:
                words, _ = _np(norm, toks, m, stops | {"طبق", "باید", "نیز", "تاکنون", "امسال"}, limit=6, pps=1)
                words = [w for w in words if w[1] <= toks[i0][0]]
                if words:
                    return words
            break
    k = i0 - 1
    for step in range(3):
        while k > lo and toks[k][2] not in _PUNCT_STOP and toks[k][2] not in _CLAUSE_OPEN \
                and not (step == 0 and _verb_and(toks, k, stops)):
            k -= 1
        if k == lo and lo >= 0:
            return []
        m = k + 1
        while m < i0 and (toks[m][2] in _STAT_WORDS or toks[m][2] in _ADVERBS or toks[m][2] == "هر"):
            m += 1
        if m + 2 < i0 and toks[m][2] == "در" and toks[m + 1][2][:1].isalpha() and toks[m + 1][2] not in stops \
                and toks[m + 2][2][:1].isalpha() and toks[m + 2][2] not in stops and not _is_number_word(toks[m + 1][2]):
            m += 2     # در فرابورس شاخص کل با رشد ...: a place before the clause's subject
            if m < i0 and _time_phrase_end(toks, m):
                m += 1     # در روز گذشته ۸ نفر, در روز جاری هر پوند: a time, not a place
                while m < i0 and toks[m][2] == "هر":
                    m += 1
        elif m + 3 < i0 and toks[m][2] == "در" and _is_number_word(toks[m + 1][2]) and toks[m + 1][2][:1].isalpha():
            q = m + 1
            while q < i0 and (_is_number_word(toks[q][2]) or toks[q][2][:1] == "و" and _glued(norm, toks, q)):
                q += 1
            if q + 1 < i0 and _time_phrase_end(toks, q + 1):
                m = q + 2  # در بیست‌وچهار ساعت گذشته ۳۳ نفر, در دو روز اخیر سکه: a time, then the subject
        if m < i0 and toks[m][2] in _PRONOUNS:
            return []       # وی ... به ۷۵ سال رسیده: the speaker, not what is counted
        if m < i0 and toks[m][2][0].isalpha() and _is_number_word(toks[m][2]):
            return []       # «سه شنبه ششم اسفند ماه» بدون تغییر ..., سه تن در البرز، یک تن: another figure
        if m < i0 and toks[m][2][0].isalpha() and toks[m][2] not in stops:
            words, _ = _np(norm, toks, m, stops | {"طبق", "باید", "نیز", "تاکنون", "امسال"}, limit=6, pps=1)
            words = [w for w in words if w[1] <= toks[i0][0]]
            if words:
                return words
        if k < 0 or step == 0 and k > lo and _verb_and(toks, k, stops):
            return []      # (the nearest clause has its own subject after «… شد و»: never the clause before it)
        k -= 1
        if k > lo and toks[k][2] in "،," and toks[k - 1][2] == ")":
            k -= 1
        if k > lo and toks[k][2] == ")":
            # (چهارشنبه دوم بهمن ماه 98)، با افزایش ...: an aside, not the clause's subject
            p = k - 1
            while p > max(lo, k - 25) and toks[p][2] != "(":
                p -= 1
            if toks[p][2] == "(":
                k = p - 1
    return []


def _verb_and(toks, k, stops) -> bool:
    """Token k is «و» right after a finite verb with a noun after it (… فوت شد و آمار کشته شده‌ها به ۱۰ نفر افزایش
    یافت): it opens the next clause, whose own subject follows it. A participle (کشته شده و زخمی) does not end a
    clause, and a verb whose subject is left out (… ۳۰۸ واحد افزایش یافت و به رقم N رسید, … و طی سه سال) shares
    the subject before it."""
    if toks[k][2] != "و" or k < 1 or k + 1 >= len(toks):
        return False
    v, nxt = toks[k - 1][2], toks[k + 1][2]
    return v in _ALL_VERBS and not v.endswith("ه") and v not in ("می", "نمی") and nxt[:1].isalpha() \
        and nxt not in stops and nxt not in _PREPS and nxt not in _ADVERBS and nxt not in _TEMPORAL \
        and nxt not in _CPREP_BEFORE and not _is_number_word(nxt)


_CASUALTIES = _SUBJECT_WORDS["casualty"]
_LEAVE_BEHIND = {"جا", "جای", "برجا", "برجای"}


def _left_behind(toks, j) -> bool:
    """The clause of a count ending at token j closes with «بر جای / به جا / برجا گذاشت» within twelve tokens."""
    for q in range(j, min(len(toks) - 1, j + 12)):
        t = toks[q][2]
        if t in _SENTENCE_ENDS or t == "که":
            return False
        if t in _LEAVE_BEHIND and toks[q + 1][2].startswith(("گذاشت", "گذاشته")):
            return True
    return False


def _casualty_event(text, norm, toks, i0, stops):
    """The event that left a casualty count at token i0 behind: the words before the figure (سیل دروازه قرآن 21
    کشته, این حادثه یک کشته) or, after «که», the clause before it (اتوبوس مسافربری تهران شیراز … واژگون شد که
    ۱۰ کشته …); None when neither names one."""
    if i0 > 2 and toks[i0 - 1][2] == "و" and toks[i0 - 2][2] in _CASUALTIES and _is_number_word(toks[i0 - 3][2]):
        k = i0 - 3
        while k > 0 and (_is_number_word(toks[k - 1][2]) or toks[k - 1][2] == "و" and k > 1 and _is_number_word(toks[k - 2][2])):
            k -= 1
        return _casualty_event(text, norm, toks, k, stops)      # ۱۰ کشته و ۱۷ مصدوم: the same event
    if i0 > 0 and toks[i0 - 1][2] == "که":
        k = i0 - 2
        while k >= 0 and toks[k][2] not in _SENTENCE_ENDS and toks[k][2] != "که" and i0 - k < 40:
            k -= 1
        if i0 - k >= 40 or k + 1 >= i0 - 1:
            return None
        words, _ = _np(norm, toks, k + 1, stops, limit=5, pps=1)     # the sentence's subject
        return _event_words(text, toks, k + 1, _tok_at(toks, words[-1][0])) if words else None
    back = _back_words(norm, toks, i0, stops)
    if back and toks[_tok_at(toks, back[-1][0])][2] in _DEMONSTRATIVES | {"هر"}:
        back = back[:-1]      # این حادثه: the event itself
    k = _tok_at(toks, back[-1][0]) if back else i0
    if back and k > 0 and toks[k - 1][2] in _DEMONSTRATIVES:
        k -= 1
    p = k - 1 if k > 1 and toks[k - 1][2] == "یک" else k
    if not back or p > 0 and (toks[p - 1][2] in _PREPS or toks[p - 1][2] == "نزدیک"
                              or toks[p - 1][2][:1].isalpha() and toks[p - 1][2] not in stops):
        return None      # در شهر نجف ۷ کشته, به یک مرکز پلیس …: where, not what happened; (بازار) محلی …: cut short
    return _event_words(text, toks, k, _tok_at(toks, back[0][0]))


def _event_words(text, toks, a, b):
    """Tokens a..b as an event's name, None when a verb, a figure or another casualty stands among them
    (منابع امنیتی گفتند این انفجار, سه ساعت, ۹ مصدوم و ۷ فوتی)."""
    for q in range(a, b + 1):
        t = toks[q][2]
        if t in _ALL_VERBS or _is_verb_word(t) or cue_key(t) in finite_forms() or _is_number_word(t) \
                or t in _CASUALTIES or not t[:1].isalpha():
            return None
    return text[toks[a][0]:toks[b][1]]


_STATE_ADJ = _SUBJECT_WORDS["state_adj"]
_STATE_SKIP = {"آن", "آنها", "آنان", "نیز", "هم", "دیگر"}


def _state_of_part(text, norm, toks, j, sub):
    """«دو نفر از سرنشینان آن زخمی شدند» → «سرنشینان زخمی»: persons counted out of a group (token j is «از»)
    and the state the clause puts them in (``state_adj`` + شد / شدند / شده); None when the clause says none."""
    m = _WORD_AFTER.match(norm, toks[j][1])
    if not m or fold(m.group(1)) != fold(sub.split(" ")[0]):
        return None
    q = _tok_at(toks, m.start(1))
    end = q
    while end < len(toks) and toks[end][1] <= toks[q][0] + len(sub):
        end += 1
    while end < len(toks) and toks[end][2] in _STATE_SKIP:
        end += 1
    if end + 1 < len(toks) and toks[end][2] in _STATE_ADJ and toks[end + 1][2].startswith("شد"):
        return sub + " " + text[toks[end][0]:toks[end][1]]
    return None


def _subject(text, norm, toks, j, i0, head_noun, stops, kind):
    """What is counted or measured (below), without a leading «هر» (هر قطعه سکه → قطعه سکه)."""
    sub = _trim_verbs(_subject_raw(text, norm, toks, j, i0, head_noun, stops, kind))
    if kind == "count" and sub and 0 < j < len(toks) and toks[j - 1][2] in ("نفر", "تن") and toks[j][2] == "از":
        sub = _state_of_part(text, norm, toks, j, sub) or sub
    if kind == "count" and sub and fold(sub) in _CASUALTIES and _left_behind(toks, j):
        # سیل دروازه قرآن 21 کشته بر جای گذاشت: the dead of that flood
        event = _casualty_event(text, norm, toks, i0, stops)
        sub = sub + " " + event if event else sub
    if sub is None and kind != "duration" and j < len(toks) and toks[j][2] == "در" and _adjacent(norm, toks, j - 1, j):
        sub = _trim_verbs(_where_only(text, norm, toks, j, stops))
    if kind == "measure" and i0 > 0 and toks[i0 - 1][2] in ("فاصله", "فاصله‌ای") and _adjacent(norm, toks, i0 - 1, i0):
        # در فاصله ۳ هزار سال نوری زمین, در فاصله 30 کیلومتری کاشان: a distance (from what follows)
        sub = "فاصله" if not sub or sub.startswith("فاصله") or fold(sub).split(" ")[0] in _unit_heads() \
            else "فاصله " + sub
    if kind == "count" and sub and 0 < j <= len(toks) and toks[j - 1][2] in ("نفر", "تن"):
        sub = _keep_participle(norm, toks[j - 1][1], sub)
    if sub and sub.startswith("هر ") and len(sub) > 3:
        sub = sub[3:]
    if sub and kind == "count" and 0 < j <= len(toks) and toks[j - 1][2] in _TIMES_COUNTERS \
            and fold(sub.split(" ")[0]) in _TIMES_COUNTERS:
        words = sub.split(" ")[1:]      # دوبار قهرمان آسیا: how often, of what (not «بار»)
        while words and (fold(words[0]) in stops or fold(words[0]) in ("هم", "نیز")):
            words = words[1:]           # ۲۳۰ بار از کلمه نفوذ, دو بار هم مربیگری: the word after it
        sub = " ".join(words) or None
    if sub and fold(sub) in _COMPARATIVES and kind in ("percent", "ratio"):
        # درآمد نایک در چین ۲۱ درصد بالاتر از سال پیش بود: what is higher stands before the figure
        back = _back_words(norm, toks, i0, stops) if i0 > 0 else []
        words = [(w[0], w[1]) for w in reversed(back)] if back else _clause_np(norm, toks, i0, stops)
        sub = text[words[0][0]:words[-1][1]] if words else None
    if sub and all(_is_number_word(fold(w)) for w in sub.split()):
        return None      # «یک، دو، سه، چهار، پنج، شش»: another figure, never what is counted
    rate = _per_each_after(text, norm, toks, j, stops) \
        if sub and kind != "duration" and "هر" not in fold(sub).split() else None
    if rate:
        lead = fold(rate[:fold(rate).index("هر")]).split()
        words = sub.split(" ")
        while words and fold(words[-1]) in lead:
            words.pop()     # «کودک به ازای» + «به ازای هر ۱۰,۰۰۰ نفر»: said once
        return " ".join(words + [rate])
    return sub


_COMPARATIVES = {"بالاتر", "بیشتر", "پایین‌تر", "پایینتر", "بالاتری", "بیشتری", "کمتری", "کمتر"}
_EACH_PREPS = {"در", "برای", "ازای"}


def _per_each_after(text, norm, toks, j, stops):
    """The rate base right after the figure and its noun (۳۶۰۰ دلار در هر اونس, ۵.۷ گرم فیبر در هر
    فنجان, ۱۱۳ دلار به ازای هر پوند): «در / برای / به ازای هر X» as written, which the subject keeps
    (a price or a measure per unit is that per unit); None when none follows within the clause."""
    n, k = len(toks), j
    while k < n and k < j + 4 and toks[k][2] not in _EACH_PREPS:
        t = toks[k][2]
        if not t[:1].isalpha() or t in stops and t != "به" or t in _ALL_VERBS or _is_verb_word(t):
            return None
        k += 1
    if not (k + 2 < n and toks[k][2] in _EACH_PREPS and toks[k + 1][2] == "هر"):
        return None
    a = k - 1 if toks[k][2] == "ازای" and k > j and toks[k - 1][2] == "به" else k
    if toks[k][2] == "ازای" and a == k:
        return None
    w = k + 2
    if (toks[w][2][:1].isdigit() or _is_number_word(toks[w][2]) and toks[w][2] != "یک") and w + 1 < n:
        w += 1      # به ازای هر ۱۰,۰۰۰ نفر, در هر سه سال
    t = toks[w][2]
    if not t[:1].isalpha() or t in stops or t in _ALL_VERBS or t in _EACH_NOT_UNIT or t == "کجا":
        return None
    _, end = _match_seq(toks, w, _lex()[1])
    if end > w + 1:
        w = end - 1     # در هر میلی لیتر, در هر متر مربع: the whole unit
    elif w + 1 < n and toks[w + 1][2] in _DAY_PAIR.get(t, ()):
        w += 1          # در هر شبانه روز
    return text[toks[a][0]:toks[w][1]]


_DAY_PAIR = {"شبانه": ("روز",)}


def _trim_verbs(sub):
    """The subject without the verbs it ran on into, at either end (۱۰ پرسنل دارم → پرسنل,
    اگر دو هکتار زمین داشتم → زمین); None when nothing but verbs is left."""
    if not sub:
        return sub
    words = sub.split(" ")
    verb = [_is_verb_word(w) for w in words]
    a, b = 0, len(words)
    while a < b and verb[a]:
        a += 1
    while b > a and verb[b - 1]:
        b -= 1
    return " ".join(words[a:b]) or None


_LIGHT_PARTICIPLES = {"شده", "نشده", "کرده", "نکرده", "بوده", "نبوده", "گشته", "گردیده", "داشته", "نداشته", "نموده",
                      "گرفته", "نگرفته", "داده", "نداده", "رفته", "آمده", "نشسته", "ایستاده", "بوده"}


def _keep_participle(norm, at, sub):
    """«۳۵۰ نفر جان باخته‌اند» → «جان باخته»: when the subject stands right after the count (at) and is
    followed by a perfect (participle ـه + ‌اند/است) of a full verb, the participle with the noun before it
    names the people counted; a light verb (زخمی شده‌اند, کار کرده‌اند) adds nothing and stays out."""
    if len(sub.split(" ")) > 2 or not norm.startswith(" " + sub + " ", at):
        return sub
    k = at + len(sub) + 2
    e = k
    while e < len(norm) and e - k < 20 and not norm[e].isspace() and norm[e] not in _PUNCT_STOP and norm[e] != "،":
        e += 1
    parts = norm[k:e].split("\u200c")
    if len(parts) != 2 or parts[1] not in ("اند", "است") or not parts[0].endswith("ه") or len(parts[0]) < 4 \
            or fold(parts[0]) in _LIGHT_PARTICIPLES:
        return sub
    return sub + " " + parts[0]


def _is_verb_word(w: str) -> bool:
    """A finite verb as written (a ZWNJ joins می / نمی and ـه‌اند to their verb: می‌کنند, کرده‌اند)."""
    parts = fold(w).split("\u200c")
    while len(parts) > 1 and parts[0] in ("می", "نمی"):
        parts = parts[1:]
    if len(parts) == 2 and parts[1] in ("اند", "ایم", "است", "ام", "اید"):
        if parts[0].endswith("ه") and parts[0][:-1].removeprefix("ن") in _PAST_STEMS:
            return True      # نگرفته‌ام, کرده‌اند
        parts = parts[:1]
    return len(parts) == 1 and (parts[0] in _VERB_FORMS or parts[0] in _FINITE)


_FINITE = {"است", "بود", "بودند", "شد", "شدند", "شود", "شوند", "کرد", "کردند", "کند", "کنند", "دارد", "دارند",
           "باشد", "باشند", "هستند", "نیست", "نیستند"}


def _subject_raw(text, norm, toks, j, i0, head_noun, stops, kind):
    """Short noun phrase counted or measured, as free text: the words after the number (skipping از)
    with their prepositional complements, else the clause's subject (X به N رسید), else words before it."""
    n = len(toks)
    if kind == "count" and 0 < j <= n and toks[j - 1][2] in ("نفر", "تن"):
        event = _people_event(text, norm, toks, j, i0, stops)
        if event:
            return event
    if kind == "ratio" and 0 < j < n and toks[j - 1][2] == "برابر":
        times = _times_what(text, norm, toks, j, i0, stops)
        if times:
            return times
    k = j
    while k < n and toks[k][2] in _SKIP_AFTER and _adjacent(norm, toks, k - 1, k) and k < j + 2:
        k += 1
    if k < n and toks[k][2] in _CPREP and k > j and toks[k - 1][2] in _PREPS:
        k = n      # از طریق, از نظر: a compound preposition, not the counted noun
    if kind in ("percent", "money", "measure") and j < n and toks[j][2] in ("هم", "نیز") and i0 > 0 \
            and toks[i0 - 1][2][:1].isalpha() and toks[i0 - 1][2] not in stops:
        k = n      # مشارکت زیر ۵۰ درصد هم ...: what is measured stands before the number
    if k + 1 < n and toks[k][2] in _LEVELS and k > j and toks[k - 1][2] == "به" and toks[k + 1][2][0].isdigit():
        k = n      # معادل ۱.۲۸ درصد به رقم ۴۱۱ ...: where it reached, not what is counted
    # دو هفته است که تیم در اردو است: how long the clause after «است که» has held
    if kind == "duration" and j + 2 < n and toks[j][2] == "است" and toks[j + 1][2] == "که":
        return _since_clause(text, toks, j + 2, stops)
    # سه سال است وزارت ارتباطات تلاش می‌کند: the same with که left out
    if kind == "duration" and j + 1 < n and toks[j][2] == "است" and _adjacent(norm, toks, j - 1, j) \
            and toks[j - 1][2] not in _DURATION_ADJ \
            and _adjacent(norm, toks, j, j + 1) and toks[j + 1][2][:1].isalpha() and toks[j + 1][2] not in stops:
        since = _since_clause(text, toks, j + 1, stops)
        if since:
            return since
    # سه روز بعد, ۳۰ سال دوباره, یک ساعت زودتر: a point in time or an adverb, nothing that lasts;
    # X هشت هفته طول کشید: X, read backwards
    if kind == "duration" and i0 >= 2 and toks[i0 - 1][2] == "مدت" and toks[i0 - 2][2] in ("به", "برای"):
        return _for_a_period(text, norm, toks, i0 - 2, j, stops)
    if kind == "duration" and j < n and toks[j][2] in _RELATIVE_HEADS:
        rel = _relative_to(text, norm, toks, j, stops)
        if rel is not None:
            return rel
    if kind == "duration" and j + 2 < n and toks[j][2] == "منتهی" and toks[j + 1][2] == "به":
        # سود خالص این شرکت در ۹ ماه منتهی به دسامبر کاهش یافته است: what happened in the period ending then
        e = j + 3 if _match_month(toks, j + 2)[0] is None else _match_month(toks, j + 2)[1]
        while e < n and (toks[e][2][:1].isdigit() or toks[e][2] in ("ماه", "سال")) and e < j + 6:
            e += 1
        return _period_event(text, norm, toks, i0, e, stops)
    if kind == "duration" and j < n and toks[j][2] in _AFTER_DURATION:
        if toks[j][2] in _RELATIVE_HEADS and j + 1 < n and _adjacent(norm, toks, j, j + 1) \
                and (i0 == 0 or toks[i0 - 1][2] in (":", "،", ",", ".", "از")):
            # «: یک هفته بعد پیشنهاد پرسپولیس مطرح شد», «از یک سال پیش جلسات منظمی داشتند»: opening its clause
            return _after_ago(text, norm, toks, j + 1, stops)
        if toks[j][2] in ("پیش", "قبل") and j + 1 < n and _adjacent(norm, toks, j - 1, j) and not _glued(norm, toks, j + 1) \
                and toks[j + 1][2] not in _NOT_AGO_EVENT:
            # او ۱۹ سال پیش به تدوین … کمک کرده بود: what happened that long ago
            return _period_event(text, norm, toks, i0, j + 1, stops)
        return None
    if kind == "duration" and j < n and toks[j][2] in _DURATION_BEFORE:
        k = n
    # ۲۴ ساعت گذشته, ۴۱ سال اخیر: the period itself
    if kind == "duration" and j < n and toks[j][2] in _TEMPORAL and _adjacent(norm, toks, j - 1, j) \
            and toks[j - 1][2][0].isalpha():
        within = _within_period(text, norm, toks, i0, j, stops)
        if not within and toks[j][2] in _PERIOD_SINCE and (i0 == 0 or toks[i0 - 1][2] in _PERIOD_PREPS):
            # ظرف یک هفته گذشته … قیمت طلا کاهش یافته است: what happened in the period
            within = _period_event(text, norm, toks, i0, j + 1, stops)
        return within or text[toks[j - 1][0]:toks[j][1]]
    # کودکان زیر پنج سال, نوجوان ۱۹ ساله: an age; تحقیق ۲۰ ساله گاتمن: how long the thing lasts
    if (kind == "duration" or toks[j - 1][2] in _SCALE_ADJ) and i0 > 0 and toks[i0 - 1][2][0].isalpha() and toks[i0 - 1][2] not in stops \
            and _adjacent(norm, toks, i0 - 1, i0):
        adj = toks[j - 1][2] in _DURATION_ADJ or toks[j - 1][2] in _SCALE_ADJ
        if adj or (toks[i0][2] in ("بالای", "زیر") and toks[j - 1][2] == "سال"):
            back = _back_words(norm, toks, i0, stops)
            cut = next((q for q, w in enumerate(back) if toks[_tok_at(toks, w[0])][2] in _PREPS), len(back))
            back = back[:cut]
            if back and kind == "duration" and toks[_tok_at(toks, back[0][0])][2] in _PERSONS:
                return "سن " + text[back[0][0]:back[0][1]]
            if back and adj:
                after, _ = _np(norm, toks, j, stops, limit=3, pps=0) if j < n and _adjacent(norm, toks, j - 1, j) else ([], j)
                phrase = text[back[-1][0]:back[0][1]]
                return phrase + " " + text[after[0][0]:after[-1][1]] if after else phrase
    # جایزه ۱۰ میلیون دلاری آمریکا: the noun the amount qualifies, with its genitive
    if toks[j - 1][2] in _MONEY_ADJ and i0 > 0 and j < n and _adjacent(norm, toks, j - 1, j) \
            and _adjacent(norm, toks, i0 - 1, i0) and toks[i0 - 1][2][0].isalpha() and toks[i0 - 1][2] not in stops \
            and toks[i0 - 1][2] not in _CHANGE_STEM and toks[j][2][0].isalpha() and toks[j][2] not in stops:
        after, _ = _np(norm, toks, j, stops, limit=3, pps=0)
        if after:
            return text[toks[i0 - 1][0]:toks[i0 - 1][1]] + " " + text[after[0][0]:after[-1][1]]
    # پیشنهاد ۸ میلیون یورویی برای جذب این بازیکن: the noun the amount qualifies, with its complement
    if toks[j - 1][2] in _MONEY_ADJ and i0 > 0 and j + 1 < n and _adjacent(norm, toks, j - 1, j) \
            and _adjacent(norm, toks, i0 - 1, i0) and toks[i0 - 1][2][0].isalpha() and toks[i0 - 1][2] not in stops \
            and toks[i0 - 1][2] not in _CHANGE_STEM and toks[j][2] in ("برای", "به") \
            and not _is_number_word(toks[i0 - 1][2]) and toks[i0 - 1][2] not in _QUANTIFIERS:
        pp = _pp(norm, toks, j, stops, 3, verb_check=toks[j][2] != "برای")     # (در …: a place or time, left out)
        if pp is not None:
            return text[toks[i0 - 1][0]:toks[i0 - 1][1]] + " " + text[pp[0][0][0]:pp[0][-1][1]]
    # ۱۸ سال در زندان به سر برد, یک ماه در هتل بودم, ۳ روز در تهران تمرین می‌کنند: where the time is spent
    # (not after «یعنی»: زمان مقرر یعنی دو هفته در خانه, what lasts is named before)
    if kind == "duration" and j < n and toks[j][2] == "در" and _adjacent(norm, toks, j - 1, j) \
            and not (i0 > 0 and (toks[i0 - 1][2] in ("به", "بر") or toks[i0 - 1][2] == "یعنی")):
        spent = _time_spent_in(text, norm, toks, j, stops)
        if spent:
            return spent
    # قیمت پژو با افزایشی یک میلیون تومانی: the change and what changed (the clause's subject)
    ch = _change_before(toks, i0)
    if ch is not None:
        words = []
        if j < n and _adjacent(norm, toks, j - 1, j) and toks[j][2] not in stops:
            words, _ = _np(norm, toks, j, stops)    # افزایش ۳۰۰٪ موارد سوءتغذیه کودکان
        words = words or _clause_np(norm, toks, ch, stops)
        stem = _CHANGE_STEM[toks[ch][2]]
        if words and toks[_tok_at(toks, words[0][0])][2] in _CHANGE_STEM:
            words = []     # افزایش ۴.۵ درصدی after another افزایش: no clause subject of its own
        return stem + " " + text[words[0][0]:words[-1][1]] if words else stem
    # ۵۰ درصد رشد داشته: the change is the subject, what changed stands before the number
    if kind != "duration" and j < n and toks[j][2] in _CHANGE and _adjacent(norm, toks, j - 1, j) \
            and (kind in ("percent", "ratio") or not (i0 > 0 and toks[i0 - 1][2] in ("به", "بر"))):
        head = toks[j][2]
        own = _change_complement(norm, toks, j, stops)
        if own and not (len(own) == 1 and toks[_tok_at(toks, own[0][0])][2] in _PRICE_NOUNS):
            return head + " " + text[own[0][0]:own[-1][1]]
        back = _back_words(norm, toks, i0, stops)
        if i0 > 0 and toks[i0 - 1][2] == "با" and (not back or any(_time_head(toks, _tok_at(toks, w[0])) for w in back)):
            # قیمت جهانی اورانیوم طی ماه آوریل با ۱۹ درصد افزایش …: what rose is the clause's subject, not the time
            clause = _clause_np(norm, toks, i0, stops)[::-1]
            back = clause if len(clause) > 1 or not back else back
        back = back or _clause_np(norm, toks, i0, stops)[::-1]
        if own:      # پراید با ۸۰۰ هزار تومان افزایش قیمت: the price, and whose (not «در سرجمع»: an adjunct)
            b0 = _tok_at(toks, back[-1][0]) if back else 0
            whose = back and not (b0 > 0 and toks[b0 - 1][2] in _PREPS)
            return head + " " + text[own[0][0]:own[-1][1]] + (" " + text[back[-1][0]:back[0][1]] if whose else "")
        return head + (" " + text[back[-1][0]:back[0][1]] if back else "")
    # «غزه (۲.۱ میلیون نفر ...)», «سومالی (۴.۶ میلیون نفر)»: the population of the name before
    if i0 >= 2 and toks[i0 - 1][2] == "(" and head_noun is None and toks[j - 1][2] in ("نفر", "تن") \
            and toks[i0 - 2][2][0].isalpha() and toks[i0 - 2][2] not in stops:
        back = _back_words(norm, toks, i0 - 1, stops)
        if back:
            return "جمعیت " + text[back[0][0]:back[0][1]]
    # شهر X با جمعیتی ۲ میلیون نفر: the population of what stands before «با»
    if i0 >= 3 and toks[i0 - 1][2] in ("جمعیتی", "جمعیت") and toks[i0 - 2][2] == "با" \
            and _adjacent(norm, toks, i0 - 2, i0 - 1):
        back = _back_words(norm, toks, i0 - 2, stops)
        if back:
            return "جمعیت " + text[back[-1][0]:back[0][1]]
    # ۱.۴ میلیون نفر در آستانه قحطی است: the persons in that state
    jd = j + 1 if j + 1 < n and toks[j][2] == "را" else j
    if jd < n and toks[j - 1][2] == "نفر" and toks[jd][2] == "در" and _adjacent(norm, toks, jd - 1, jd):
        pp = _pp(norm, toks, jd, stops, 3, verb_check=False)
        if pp is not None and (pp[1] >= n or toks[pp[1]][2] in _STATE_AFTER):
            return text[toks[j - 1][0]:toks[j - 1][1]] + " " + text[pp[0][0][0]:pp[0][-1][1]]
    # تعداد کشته‌شدگان را بیش از 300 نفر عنوان کرد: the object before «را» is what is counted
    if i0 >= 2 and toks[i0 - 1][2] == "را" and _adjacent(norm, toks, i0 - 2, i0 - 1):
        obj = _object_before_ra(norm, toks, i0 - 1, stops)
        if obj:
            return text[obj[0]:obj[1]]
    # a "label: N" list (تهران: 213قم: 22): the label is the subject
    if i0 >= 2 and toks[i0 - 1][2] == ":" and toks[i0 - 2][2][0].isalpha():
        back = _back_words(norm, toks, i0 - 1, stops)
        if back:
            label = text[back[-1][0]:back[0][1]]
            head = _list_header(text, toks, _tok_at(toks, back[-1][0]))
            return head + " " + label if head else label
    # سکه طرح قدیم ۴ میلیون تومان قیمت خورد, این خودرو با نرخ N تومان: the price of what is named before
    if kind == "money":
        price = _unit_price(text, norm, toks, i0, stops) or _price_subject(text, norm, toks, i0, j, stops)
        if price:
            return price
    # ۳۳ درصد بر حقوق کارگران افزوده شد, ۱۰ درصد از قیمت کاسته شد: the rise or fall of what follows
    if kind in ("percent", "money", "measure", "ratio") and j + 2 < n and toks[j][2] in ("بر", "به", "از") \
            and _adjacent(norm, toks, j - 1, j):
        change = _added_to(text, norm, toks, j, stops)
        if change:
            return change
    # ترامپ با اختلاف ۳ درصد از بایدن پیشی گرفت: the gap, between whom
    if i0 >= 2 and toks[i0 - 1][2] == "اختلاف" and toks[i0 - 2][2] == "با" and _adjacent(norm, toks, i0 - 2, i0 - 1):
        return _gap_subject(text, norm, toks, i0 - 2, j, stops)
    # سهم به ارزش N ریال, کالا به وزن N تن: the measured noun and what it measures
    if i0 >= 2 and toks[i0 - 1][2] in _MEASURE_NOUNS and toks[i0 - 2][2] in ("به", "با") \
            and _adjacent(norm, toks, i0 - 2, i0 - 1):
        noun = text[toks[i0 - 1][0]:toks[i0 - 1][1]]
        obj = _object_before_ra(norm, toks, i0 - 3, stops) if i0 >= 4 and toks[i0 - 3][2] == "را" else None
        if obj:      # گوشت‌های قربانی را به ارزش یک میلیون دلار …: the object before «را» is what is measured
            return noun + " " + text[obj[0]:obj[1]]
        back = _back_words(norm, toks, i0 - 2, stops)
        return noun + " " + text[back[-1][0]:back[0][1]] if back else noun
    # طرح … با اعتباری بالغ بر N, کارخانه با قیمتی در حدود N: the measured noun without its «ی», and X
    indef = _indefinite_measure(text, toks, i0)
    if indef is not None:
        noun, ba = indef
        back = _back_words(norm, toks, ba, stops)
        return noun + " " + text[back[-1][0]:back[0][1]] if back else noun
    # X به N (نفر) رسید, X به رقم N رسید: the clause's subject
    i_r = i0 - 1 if i0 >= 2 and toks[i0 - 1][2] in _LEVELS and toks[i0 - 2][2] in ("به", "بر") else i0
    over = i0 >= 2 and toks[i0 - 1][2] == "مرز" and toks[i0 - 2][2] == "از"   # از مرز ۲۰۰ هزار نفر گذشت
    # شمار قربانیان ... از ۵۰۰ نفر فراتر رفت, تعداد مبتلایان از ۱۰۰۰ نفر گذشت: what passed the figure
    surpass = i0 >= 1 and toks[i0 - 1][2] == "از" and k < n and toks[k][2] in _SURPASS
    if over or surpass or _reaches(toks, i_r, k):
        words = _clause_np(norm, toks, i0 - 2 if over else i0 - 1 if surpass else i_r, stops)
        if words:
            return text[words[0][0]:words[-1][1]]
    # a bare number (۱۰ پرسنل دارم, تا ۲۲ هزار قربانی بدهد): the noun after it is what is counted even
    # before a verb the builder only lately knows; after a unit or classifier it may be the verb's part
    pred = _VERBISH if k == j and _is_number_word(toks[j - 1][2]) else _PRED_VERBS
    if k < n and (toks[k][2] in _DEMONSTRATIVES and k + 1 < n):
        demo = [(toks[k][0], toks[k][1])]     # ۴۰ درصد از این موارد
        w2, k2 = _np(norm, toks, k + 1, stops)
        words = demo + w2 if w2 else []
    else:
        words, k2 = _np(norm, toks, k, stops, *((2, 0) if kind == "duration" else ()), pred=pred) \
            if k < n and _adjacent(norm, toks, k - 1, k) or \
            (k < n and toks[k][0] == toks[k - 1][1] and not (k + 1 < n and toks[k + 1][2] == ":")) else ([], k)
    if head_noun is not None or kind == "duration" and words and toks[j - 1][2][0].isalpha() \
            and toks[k][2] in _TIME_TAIL:
        # ۲۴ ساعت گذشته → ساعت گذشته; «دو سال قرارداد داشتم» → قرارداد: the unit only before a time tail
        u_at = j - 3 if toks[j - 1][2] == "نیم" and j >= 3 else j - 1     # یک سال و نیم
        words = [(toks[u_at][0], toks[u_at][1])] + words     # ۲۴ ساعت گذشته → ساعت گذشته
    fallback = None
    if not words and k < n and toks[k][2][0].isalpha() and toks[k][2] not in stops and k + 1 < n \
            and toks[k + 1][2] in pred:
        fallback = (toks[k][0], toks[k][1])      # آواره شدند: the predicate, unless nothing better
    predicate = (len(words) == 1 and head_noun is None and k2 < n and toks[k2][2] in pred
                 and not (_have(toks[k2][2]) and toks[k2 - 1][2] not in _HAVE_COMPOUND))
    if words and toks[_tok_at(toks, words[0][0])][2] in _STOREYS and i0 > 0 \
            and _adjacent(norm, toks, i0 - 1, i0) and toks[i0 - 1][2][:1].isalpha() and toks[i0 - 1][2] not in stops:
        back = _back_words(norm, toks, i0, stops)[:3]
        cut = next((q for q, w in enumerate(back) if toks[_tok_at(toks, w[0])][2] in _PREPS), len(back))
        back = back[:cut]     # در ولنجک به ساختمان ۱۶ طبقه: the building, not the place before «به»
        if back:     # برج ۱۶ طبقه, مجوز ساخت ۱۱ طبقه: the building (or its permit) the storeys describe
            return text[back[-1][0]:back[0][1]]
    if words and not predicate:
        if i0 > 0 and toks[i0 - 1][2] in _ACTIONS and _adjacent(norm, toks, i0 - 1, i0) and len(words) <= 3:
            return text[toks[i0 - 1][0]:toks[i0 - 1][1]] + " " + text[words[0][0]:words[-1][1]]  # تولید 2 هزار تن باقلا
        rel = _relative_clause_end(toks, k2) if len(words) <= 2 else None
        had = _possessor(text, norm, toks, i0, k2, words, stops) if not rel else None
        return text[words[0][0]:rel if rel else words[-1][1]] + (" " + had if had else "")
    back = _back_words(norm, toks, i0, stops)
    if back:
        return text[back[-1][0]:back[0][1]]
    if words:
        return text[words[0][0]:words[-1][1]]
    if fallback and (kind == "money" or toks[j - 1][2] in ("نفر", "تن")):
        return text[fallback[0]:fallback[1]]      # ۲۲۴ تن نیز درمان شده‌اند: the predicate
    clause = _clause_np(norm, toks, i0, stops)
    if clause:
        return text[clause[0][0]:clause[-1][1]]
    if fallback:
        return text[fallback[0]:fallback[1]]
    return None


def _load_people_events():
    """``lexicons/claims_people_events.tsv``: (predicate words, subject) after the count, and action
    noun → subject before it."""
    verbs, nouns = [], {}
    for r in read_tsv("claims_people_events.tsv"):
        if r["kind"] == "verb":
            verbs.append((tuple(r["pattern"].split()), r["subject"]))
        else:
            nouns[r["pattern"]] = r["subject"]
    return tuple(sorted(verbs, key=lambda v: -len(v[0]))), nouns


_EVENT_VERBS, _EVENT_NOUNS = _load_people_events()
# the subjects these give, which head a list of persons by place (_share_list_head)
_EVENT_HEADS = frozenset(sub for _, sub in _EVENT_VERBS) | {v for v in _EVENT_NOUNS.values() if v}
_EVENT_SKIP = {"دیگر", "هم", "نیز"}
_EVENT_PP = {"در", "به", "بر", "براثر", "با"}
_EVENT_END = {".", "؟", "!", ":", "؛", ";", "«", "»", "(", ")", "و", "که", "یا"}


def _event_at(toks, q) -> str | None:
    """The subject of a people's predicate of ``claims_people_events.tsv`` starting at token q (فوت
    کردند, جان خود را از دست دادند, جانباخته اند), else None."""
    n = len(toks)
    for words, sub in _EVENT_VERBS:
        L = len(words)
        if q + L > n or tuple(t[2] for t in toks[q:q + L - 1]) != words[:-1]:
            continue
        last, root = toks[q + L - 1][2], words[-1]
        if last in (root, root + "ند", root + "ه") or L == 1 and last.startswith(root):
            return sub
    return None


def _event_complement(text, toks, a, b):
    """The short complement between a people count and its predicate (در قم, به این ویروس در سراسر
    کشور, براثر این بیماری): tokens a..b opening with a preposition, at most six words, no
    punctuation, figure or verb inside; the noun of a compound verb before b (تایید شد) is left out."""
    while a < b and toks[a][2] in _EVENT_SKIP:
        a += 1
    if a >= b or toks[a][2] not in _EVENT_PP or b - a > 6:
        return ""
    for q in range(a, b):
        t = toks[q][2]
        if t in _EVENT_SKIP:
            b = q       # ۳ نفر در فرانسه نیز به این ویروس مبتلا شده‌اند: the complement ends before «نیز»
            break
        if not t[:1].isalpha() or t in _PUNCT_STOP or t in _ALL_VERBS or _is_number_word(t) or t in _EVENT_END \
                or cue_key(t) in finite_forms():
            return ""
    while b > a and toks[b - 1][2] in _PREPS:
        b -= 1
    return text[toks[a][0]:toks[b - 1][1]] if b - a >= 2 else ""


def _people_event(text, norm, toks, j, i0, stops):
    """Persons counted by what happened to them: «۳ نفر فوت کردند» → فوت‌شدگان, «۱۵ نفر هم براثر این
    بیماری فوت کردند» → فوت‌شدگان براثر این بیماری, «ابتلای ۷ نفر دیگر در قم» → مبتلایان در قم, «مرگ ۱۲ نفر
    بر اثر ابتلا به کرونا» → مرگ بر اثر ابتلا به کرونا; the predicate within the count's clause (a
    parenthesis of commas between them is skipped), the noun right before the number. None when the
    count takes «از» (۵۰ نفر از نیروها: who they are) or neither is there. Token j is after «نفر»."""
    n = len(toks)
    if j < n and toks[j][2] == "از":
        return None
    noun = toks[i0 - 1][2] if i0 > 0 else ""
    if noun in _EVENT_NOUNS and _adjacent(norm, toks, i0 - 1, i0):
        sub = _EVENT_NOUNS[noun] or noun
        e = j
        while e < n and e < j + 8 and toks[e][2] not in _EVENT_END and toks[e][2] not in _ALL_VERBS \
                and not _is_number_word(toks[e][2]) and toks[e][2] != "از" and toks[e][2][:1].isalpha() \
                and cue_key(toks[e][2]) not in finite_forms():
            e += 1     # (فوت ۵۰ نفر در قم گفت: a finite verb ends it)
        if e < n and toks[e][2] in _ALL_VERBS and e - 1 >= j and toks[e - 1][2] not in _PREPS:
            e -= 1     # … تایید شد: the noun of the verb
        comp = _event_complement(text, toks, j, e)
        return sub + " " + comp if comp else sub
    q = j
    comma = False
    while q < n and q < j + 14:
        t = toks[q][2]
        sub = _event_at(toks, q)
        if sub and q == j and q + 1 < n and toks[q + 1][2] not in _LIGHT_PARTICIPLES \
                and _keep_participle(norm, toks[j - 1][1], text[toks[q][0]:toks[q][1]]) != text[toks[q][0]:toks[q][1]]:
            return None     # ۳۵۰ نفر جان باخته‌اند → «جان باخته»: the participle right after the count stays
        if sub:
            comp = "" if comma else _event_complement(text, toks, j, q)
            return sub + " " + comp if comp else sub
        if t in _ALL_VERBS or t == "را" or not comma and (t in _EVENT_END or t[:1].isdigit()) \
                or comma and t in _EVENT_END and t != "و":
            return None     # (inside «، از جمله ۱۱۲ کودک، از گرسنگی و سوءتغذیه» a figure and «و» may stand)
        if t in "،,":
            comma = True
        q += 1
    return None


_LIGHT_NOUNS = _SUBJECT_WORDS["light_noun"]
_QUANTIFIERS = _SUBJECT_WORDS["quantifier"]


def _for_a_period(text, norm, toks, b, j, stops):
    """«ویروس کرونا برای مدت سه ساعت در هوا باقی ماند», «ورود صبری را به مدت یک هفته ممنوع کردند»: what
    lasts stands before «به مدت» (the object before «را», else the words before), else it is the noun of
    the verb right after the duration (بازیکنان حداکثر به مدت هفت دقیقه نطق کنند); never the words of a
    complement after it (… به مدت ۹۰ دقیقه از ساعت ۲۲). Token b is the «به» / «برای» of «به مدت», j the
    first token after the duration; None when neither is there."""
    n = len(toks)
    if b >= 2 and (toks[b - 1][2],) in _lex()[0]:
        b -= 1       # دست‌های خود را حداقل به مدت ۲۰ ثانیه
    back = _back_words(norm, toks, b - 1 if b >= 2 and toks[b - 1][2] == "را" else b, stops)
    if back:
        return text[back[-1][0]:back[0][1]]
    if j + 1 < n and _adjacent(norm, toks, j - 1, j) and toks[j][2][:1].isalpha() and toks[j][2] not in stops \
            and toks[j][2] not in _ALL_VERBS and toks[j][2] not in _LIGHT_NOUNS \
            and (toks[j + 1][2] in _ALL_VERBS or toks[j + 1][2] in ("می", "نمی")):
        return text[toks[j][0]:toks[j][1]]
    return None


def _time_spent_in(text, norm, toks, j, stops):
    """«N سال در X» (token j is «در»): the place or state X the duration is spent in (زندان رژیم
    صهیونیستی, هتل, «فهرست خاکستری»), led by the action noun right after it when a verb follows that
    noun (در تهران تمرین می‌کنند → تمرین در تهران); None when X names a time or the verb has X as its
    complement only through a compound (در نهایت, در حالی که)."""
    n = len(toks)
    m = j + 1
    while m < n and toks[m][2] in ("به", "اصطلاح", "«") and m < j + 4:
        m += 1       # در به اصطلاح «فهرست خاکستری»
    if m >= n or not toks[m][2][:1].isalpha() or toks[m][2] in stops or toks[m][2] in _CPREP \
            or toks[m][2] in _PRONOUNS or _time_head(toks, m) or _is_number_word(toks[m][2]):
        return None
    pp = _pp(norm, toks, m - 1, stops, 3, verb_check=False)
    if pp is None:
        return None
    words, e = pp[0][1:], pp[1]
    if len(words) > 1 and e < n and _verb_next(toks, e):
        words, e = words[:-1], _tok_at(toks, words[-1][0])     # در لیگ بازی نمی‌کردیم: بازی is the verb's noun
    if not words:
        return None
    place = text[words[0][0]:words[-1][1]]
    q = e + 1 if e < n and toks[e][2] == "»" else e
    if q + 1 < n and toks[q][2][:1].isalpha() and toks[q][2] not in stops and toks[q][2] not in _ALL_VERBS \
            and toks[q][2] not in _HAVE_COMPOUND and toks[q][2] not in _LIGHT_NOUNS \
            and _verb_next(toks, q + 1):
        return text[toks[q][0]:toks[q][1]] + " در " + place
    return place


def _verb_next(toks, q) -> bool:
    """Token q opens a verb: a finite form, می / نمی, or a participle of a light verb (داده بودم)."""
    t = toks[q][2]
    return t in _ALL_VERBS or t in ("می", "نمی") or t in _LIGHT_PARTICIPLES


_INDEF_MEASURE = _MEASURE_NOUNS | _SUBJECT_WORDS["indef_measure"]


def _indefinite_measure(text, toks, i0):
    """«با اعتباری N», «با سرمایه‌ای N» right before the number: (the noun without the indefinite «ی»,
    index of «با»), else None. The noun names what the number measures (اعتبار, قیمت, قدمت)."""
    if i0 >= 3 and toks[i0 - 1][2] == "ای" and toks[i0 - 2][2] in _INDEF_MEASURE and toks[i0 - 3][2] == "با" \
            and toks[i0 - 1][0] == toks[i0 - 2][1] + 1:
        return text[toks[i0 - 2][0]:toks[i0 - 2][1]], i0 - 3
    t = toks[i0 - 1][2] if i0 >= 2 else ""
    if t.endswith("ی") and t[:-1] in _INDEF_MEASURE and toks[i0 - 2][2] == "با":
        return text[toks[i0 - 1][0]:toks[i0 - 1][1] - 1], i0 - 2
    return None


_PERIOD_UNITS = {"سال", "ماه", "هفته"}
_PERIOD_SINCE = {"گذشته", "اخیر", "آینده"}


def _within_period(text, norm, toks, i0, j, stops):
    """«در ۲۵ سال گذشته آرزوی کاراته این بوده», «مدارک پزشکی خود در ۱۵ سال اخیر را»: what the recent or
    coming years, months or weeks are about: the noun phrase after the period, or before «در» when «را»
    follows; None (the period itself is kept) for hours and decades, «اول/نخست», or nothing found."""
    n = len(toks)
    if toks[j - 1][2] not in _PERIOD_UNITS or toks[j][2] not in _PERIOD_SINCE or j + 1 >= n \
            or not _adjacent(norm, toks, j, j + 1):
        return None
    nxt = toks[j + 1][2]
    if nxt == "را":
        b = i0 - 1 if i0 > 0 and toks[i0 - 1][2] in ("در", "طی", "ظرف") else i0
        back = _back_words(norm, toks, b, stops) if b < i0 else []
        return text[back[-1][0]:back[0][1]] if back else None
    if not nxt[:1].isalpha() or nxt in stops or nxt in _ALL_VERBS:
        return None
    words, _ = _np(norm, toks, j + 1, stops, limit=3, pps=1)
    return text[words[0][0]:words[-1][1]] if words else None


_LIGHT_VERB_STEMS = ("کرد", "کن", "شد", "شو", "داد", "ده", "گرفت", "گیر", "نمود", "نما", "گردید", "گرد", "یافت",
                     "یاب", "داشت", "دار")
_EVENT_LEAD = {"به", "از", "با", "را", "نیز", "هم", "دیگر", "تنها", "فقط", "بسیار", "کاملا", "کاملاً"}


def _period_event(text, norm, toks, i0, e, stops):
    """What lasted or happened in a period that ends now or a time ago («ظرف یک هفته گذشته نزدیک به 89 دلار
    قیمت طلا کاهش یافته است» → کاهش قیمت طلا, «او ۱۹ سال پیش به تدوین نخستین لایحه اوپک کمک کرده بود» →
    کمک به تدوین نخستین لایحه اوپک, «این لایحه حدود یک سال پیش معرفی شد» → معرفی این لایحه, «۱۵ سال پیش
    عراق را اشغال کرده‌اند» → اشغال عراق): the words from token e (after the period) to the clause's verb,
    the figure and its unit left out, a light verb's noun put first (with the object before «را»), and
    the clause's subject before the period when it stands right there; None when the verb follows the
    period at once, no verb closes the clause within a few words, or nothing is left."""
    n = len(toks)
    k, v = e, None
    while k < n and k < e + 10:
        t = toks[k][2]
        if t in _PUNCT_STOP or t in _CLAUSE_OPEN:
            return None
        if t in _ALL_VERBS or t in ("می", "نمی") or _is_verb_word(t) or t in _LIGHT_PARTICIPLES \
                or t.endswith("ه") and t[:-1].removeprefix("ن") in _PAST_STEMS and k + 1 < n \
                and (toks[k + 1][2] in _COPULA_AFTER or toks[k + 1][2] == "اند"):     # (یافته است: a perfect)
            v = k
            break
        k += 1
    if v is None or v == e or toks[e][2] == "را":
        return None       # در ۲۴ ساعت گذشته بوده‌اند: nothing happens in the period but being
    a = e
    for q in range(e, v):     # after the last figure of the clause and its unit (۳۳ نفر دیگر, ۵۰ هزار تومان)
        if _is_number_word(toks[q][2]):
            _, end = _match_seq(toks, q + 1, _lex()[1])
            a = max(a, end if end > q + 1 else q + 1)
            if q + 1 < v and end == q + 1 and toks[q + 1][2] in _lex()[2]:
                a = q + 2      # ۳۳ نفر: the counter goes with the figure
    lead = None
    while a < v and (toks[a][2] in _EVENT_LEAD or toks[a][2] in _ADVERBS or toks[a][2] in _TIME_TAIL):
        lead = a if toks[a][2] in _PREPS else lead
        a += 1
    if v - a > 6:
        return None
    nominal = None
    if a < v and _light_verb_at(toks, v):
        nominal = v - 2 if v - 2 >= a and toks[v - 1][2] == "پیدا" else v - 1    # افزایش پیدا کرده
        if _speech_nominal(toks, nominal, v):
            return None        # از توقیف … در ۲۴ ساعت گذشته … خبر داد: the period is the news's, not the telling's
        if not toks[nominal][2][:1].isalpha() or toks[nominal][2] in stops \
                or nominal > a and toks[nominal - 1][2] in _PREPS \
                or nominal > a and toks[nominal][2].endswith("ی") and toks[nominal - 1][2][:1].isalpha() \
                and toks[v][2].removeprefix("ن").startswith(("داشت", "دار")):
            nominal = None     # در کشور شده: a place; … مجلس شورای اسلامی داشتند: a modifier, not the verb's noun
        elif fold(toks[nominal][2]) in _EMPTY_NOMINALS:
            v, nominal = nominal, None     # بالاترین رکورد … محسوب می‌شود, باعث شد: no event in the verb itself
    b = i0 - 1 if i0 > 0 and toks[i0 - 1][2] in ("در", "طی", "ظرف", "تا", "از") else i0
    if b > 0 and toks[b - 1][2] == "که" and nominal is not None and nominal <= a:
        # روندی که در چهار دهه گذشته طی شده: what the relative clause describes went through it
        back = _back_words(norm, toks, b - 1, stops)
        if not back:
            return None
        w = back[1] if len(back) > 1 and fold(text[back[0][0]:back[0][1]]) in _PLURAL_WORDS else back[0]
        return text[w[0]:back[0][1]]
    rest = nominal if nominal is not None else v
    ra = next((q for q in range(a, rest) if toks[q][2] == "را"), None)
    if ra is not None and any(toks[q][2] in _PREPS for q in range(e, ra)):
        return None        # مبتلایان در 24 ساعت گذشته در هر استان را … اعلام کرد: the period is inside the object
    out = []
    if nominal is not None:
        out.append(text[toks[nominal][0]:toks[nominal][1]])
        if ra is not None:         # عراق را اشغال کرده‌اند: the object, without the rest
            o = ra
            while o > a and o > ra - 3 and toks[o - 1][2] not in _PREPS:
                o -= 1
            if o < ra:
                out.append(text[toks[o][0]:toks[ra - 1][1]])
        elif rest > a:
            out.append((text[toks[lead][0]:toks[lead][1]] + " " if lead is not None else "") + text[toks[a][0]:toks[rest - 1][1]])
    elif rest > a:
        out.append(text[toks[a][0]:toks[rest - 1][1]])
    if b > 0 and _adjacent(norm, toks, b - 1, b) and toks[b - 1][2][:1].isalpha() and toks[b - 1][2] not in stops \
            and toks[b - 1][2] not in _PRONOUNS and (nominal is not None or v - a <= 3) and ra is None:
        back = _back_words(norm, toks, b, stops)
        b0 = _tok_at(toks, back[-1][0]) if back else 0
        if back and not any(toks[_tok_at(toks, w[0])][2] in _PRONOUNS or toks[_tok_at(toks, w[0])][2] in _NOT_EVENT_SUBJECT
                            or toks[_tok_at(toks, w[0])][2] in _unit_heads() for w in back) \
                and not (b0 > 0 and _is_number_word(toks[b0 - 1][2])):     # (۱۱ نفر قاچاقچی: a counted noun)
            out.append(text[back[-1][0]:back[0][1]])
    sub = _trim_verbs(" ".join(out)) if out else None
    if not sub or len(sub.split()) > 8 or fold(sub.split()[0]) in stops or fold(sub.split()[0]) in _NOT_EVENT_SUBJECT \
            or fold(sub.split()[0]) in _PLURAL_WORDS \
            or nominal is None and " " not in sub:
        return None        # کیت‌ها تا دو ماه آینده کافی هستند: a bare predicate names nothing
    return sub


_PERIOD_PREPS = {"در", "طی", "ظرف", "تا", ":", "،", ",", "."}
# after «N سال پیش»: a time reached from (پیش از), or the period names a noun (انتقام چهار سال پیش را, اظهارات 13 روز پیش خود)
_NOT_AGO_EVENT = {"از", "را", "خود", "با", "و", "که", "،", ",", ".", "بینی"}     # (۴ ماه پیش بینی: پیش‌بینی)
_NOT_EVENT_SUBJECT = {"وقتی", "هنگامی", "زمانی", "اگر", "چون", "یا", "تا", "و", "نسبت", "چه", "چرا", "درست", "بر",
                      "احتمالا", "احتمالاً"}


_PLURAL_WORDS = {"ها", "های", "هایی"}
_EMPTY_NOMINALS = {"محسوب", "تلقی", "قلمداد", "باعث", "موجب", "سبب", "نشان", "رخ", "قرار"}
_SPEECH_NOMINALS = {"خبر", "اشاره", "تاکید", "تأکید", "اظهار", "ابراز", "ادامه", "بیان", "عنوان", "تصریح", "اعلام"}


def _speech_nominal(toks, nominal, v) -> bool:
    """The light verb's noun tells of speech (خبر داد, اشاره کرد, اعلام کرد), not an event; a passive
    «اعلام شد / خواهد شد» is the announcement itself (نتایج … ظرف دو یا سه روز آینده اعلام خواهد شد)."""
    w = fold(toks[nominal][2])
    if w not in _SPEECH_NOMINALS:
        return False
    if w != "اعلام":
        return True
    verb = toks[v + 1][2] if toks[v][2] in ("می", "نمی", "خواهد", "خواهند") and v + 1 < len(toks) else toks[v][2]
    return not verb.removeprefix("ن").startswith(("شد", "شو", "گرد"))


def _light_verb_at(toks, v) -> bool:
    """Token v opens a light verb (کاهش یافت, معرفی شد, کمک کرده بود, رشد داشته): the noun before it is the event."""
    n = len(toks)
    t = toks[v][2]
    if t in ("می", "نمی") and v + 1 < n:
        t = toks[v + 1][2]
    t = t.removeprefix("ن")
    return t.startswith(_LIGHT_VERB_STEMS)


_RELATIVE_HEADS = {"پیش", "قبل", "بعد", "پس"}


def _relative_to(text, norm, toks, j, stops):
    """«یک هفته پیش از اعلام موضع رسمی دولت», «یک روز پس از سخنرانی X»: a duration measured from an
    event; the subject is «پیش از» + that event (two words, after an optional این/آن). None for a bare «سه روز بعد»."""
    n = len(toks)
    if toks[j][2] not in _RELATIVE_HEADS or j + 2 >= n or toks[j + 1][2] != "از" \
            or not (_adjacent(norm, toks, j - 1, j) and _adjacent(norm, toks, j, j + 1)):
        return None
    at = j + 3 if toks[j + 2][2] in _DEMONSTRATIVES and j + 3 < n else j + 2     # بعد از این حمله ادعایی
    # (قبل از اعلام موضع رسمی دولت: «اعلام», a stop word as a cue's nominal, is the event's noun here)
    words, _ = _np(norm, toks, at, stops - {"اعلام"} if toks[at][2] == "اعلام" else stops, limit=2, pps=0) \
        if _adjacent(norm, toks, at - 1, at) else ([], j)
    if not words or _time_head(toks, at):
        return None       # دو روز پس از آن, سه سال بعد از سال ۹۸: a point in time, nothing named
    return text[toks[j][0]:words[-1][1]]


def _relative_clause_end(toks, k):
    """«۹۳ درصد نوری که به سیاره می‌تابد»: the end (character) of a short relative clause «که … verb» at
    token k that describes the counted noun, through its verb (at most four words, no punctuation,
    figure or second «که» inside); None when there is none."""
    n = len(toks)
    if k >= n or toks[k][2] != "که":
        return None
    for q in range(k + 1, min(n, k + 5)):
        t = toks[q][2]
        if t in _PUNCT_STOP or t == "که" or _is_number_word(t) or t in _PRONOUNS and q == k + 1:
            return None
        if t in ("می", "نمی") and q + 1 < n and toks[q + 1][2][:1].isalpha():
            return toks[q + 1][1] if q > k + 1 else None      # می‌تابد
        if t in _ALL_VERBS or _is_verb_word(t):
            if q + 1 < n and toks[q + 1][2] in ("اند", "است", "ایم"):
                q += 1     # نشسته‌اند
            return toks[q][1] if q > k + 1 else None
    return None


_ADDED = {"افزوده": "افزایش", "اضافه": "افزایش", "کاسته": "کاهش"}


def _added_to(text, norm, toks, j, stops):
    """«N درصد بر (میزان) X افزوده شد» → «افزایش X», «N درصد از X کاسته شد» → «کاهش X»: token j is the
    preposition; X is what follows it up to «افزوده» / «کاسته» (a statistic word skipped, at most six
    words, no punctuation or verb between); None otherwise."""
    n = len(toks)
    for q in range(j + 2, min(n - 1, j + 9)):
        t = toks[q][2]
        if t in _PUNCT_STOP or t in _ALL_VERBS or _is_number_word(t):
            return None
        if t in _ADDED and (toks[q + 1][2] in _ALL_VERBS or toks[q + 1][2] in ("می", "نمی", "گردید")) \
                and (t != "کاسته") == (toks[j][2] != "از"):
            a = j + 1
            while a < q - 1 and toks[a][2] in _STAT_WORDS:
                a += 1
            return _ADDED[t] + " " + text[toks[a][0]:toks[q - 1][1]]
    return None


_LIGHT_STEMS = ("کرد", "کن", "شد", "شو", "داد", "ده", "گرفت", "گیر", "نمود", "نما", "گردید", "گرد", "یافت", "یاب")


def _where_only(text, norm, toks, j, stops):
    """Nothing else names what is counted: the place the figure is in, «در X» right after it (هرچه بیش
    از ۳۶۰ لیتر در کارت سوخت افراد → کارت سوخت افراد, ۹۰ درصد در استقلال خوزستان می‌مانم); never a time
    (در ۶ ماه نخست), a compound preposition or a pronoun; None when there is none."""
    n = len(toks)
    m = j + 1
    if m >= n or not toks[m][2][:1].isalpha() or toks[m][2] in stops or toks[m][2] in _CPREP \
            or toks[m][2] in _PRONOUNS or toks[m][2] in _DEMONSTRATIVES or _time_head(toks, m) \
            or _is_number_word(toks[m][2]):
        return None
    pp = _pp(norm, toks, j, stops, 3, verb_check=False)
    if pp is None or len(pp[0]) < 2:
        return None
    words = pp[0][1:]
    q = pp[1] + 1 if pp[1] + 1 < n and toks[pp[1]][2] in ("می", "نمی") else pp[1]
    if len(words) > 1 and q < n and toks[q][2].removeprefix("ن").startswith(_LIGHT_STEMS):
        words = words[:-1]      # … در کارت سوخت ذخیره می‌شود: a light verb's noun stays out (not before می‌مانم)
    return text[words[0][0]:words[-1][1]]


_COPULA_AFTER = {"است", "بود", "بوده", "هستند", "بودند", "نیست", "شده", "شد", "باشد"}


def _times_what(text, norm, toks, j, i0, stops):
    """«X N برابر Y است»: Y is the base, X what is N times it: the words before the figure (before «که»
    when a relative clause opens with it: جمعیت شهر تهران که دو یا سه برابر استان‌های دیگر است), else
    the clause's subject; None when no copula closes «Y» within four words or nothing stands before."""
    n = len(toks)
    e = j
    while e < n and e < j + 5 and toks[e][2][:1].isalpha() and toks[e][2] not in _COPULA_AFTER \
            and (toks[e][2] not in stops or toks[e][2] == "دیگر") and toks[e][2] not in _CHANGE:
        e += 1
    if e == j or e >= n or toks[e][2] not in _COPULA_AFTER:
        return None
    at = i0 - 1 if i0 > 0 and toks[i0 - 1][2] == "که" else i0
    back = _back_words(norm, toks, at, stops)
    if back:
        return text[back[-1][0]:back[0][1]]
    words = _clause_np(norm, toks, at, stops)
    return text[words[0][0]:words[-1][1]] if words else None


def _gap_subject(text, norm, toks, ba, j, stops):
    """«X با اختلاف N از Y پیشی گرفت / عقب افتاد»: «اختلاف X از Y», X the words before «با» (else the
    clause's subject), Y the word after «از» (ترامپ … از بایدن عقب افتاد: not the verb's part); token ba is «با»."""
    n = len(toks)
    back = _back_words(norm, toks, ba, stops)
    front = [(w[0], w[1]) for w in reversed(back)] if back else _clause_np(norm, toks, ba, stops)
    out = "اختلاف"
    if front:
        out += " " + text[front[0][0]:front[-1][1]]
    if j + 1 < n and toks[j][2] == "از" and _adjacent(norm, toks, j - 1, j):
        other, _ = _np(norm, toks, j + 1, stops, limit=1, pps=0)
        if other:
            out += " از " + text[other[0][0]:other[-1][1]]
    return out


def _after_ago(text, norm, toks, k, stops):
    """«یک هفته بعد پیشنهاد پرسپولیس مطرح شد», «از یک سال پیش جلسات منظمی داشتند»: what came about that
    long before or after, the noun phrase opening the clause at token k (at most three words, no
    complement), when a verb closes it; None for a pronoun, a time, a stop word or punctuation there."""
    n = len(toks)
    t = toks[k][2]
    if not t[:1].isalpha() or t in stops or t in _PRONOUNS or t in _ALL_VERBS or _time_head(toks, k) \
            or _is_number_word(t) or t in _ADVERBS or t in _TIME_TAIL or t in _AFTER_DURATION:
        return None
    words, e = _np(norm, toks, k, stops, limit=3, pps=0)
    if not words or e >= n or not (_verb_next(toks, e) or e + 1 < n and _verb_next(toks, e + 1)):
        return None
    return text[words[0][0]:words[-1][1]]


def _since_clause(text, toks, k, stops):
    """The clause after «N سال است که» up to its verb, a stop word or punctuation (at most six
    words; a preposition only inside it): تیم در اردو; None when it opens with a verb, a stop word
    or a pronoun."""
    n = len(toks)
    end = k
    while end < n and end < k + 6 and toks[end][2][:1].isalpha() and toks[end][2] not in _ALL_VERBS \
            and (toks[end][2] not in stops or end > k and toks[end][2] in _PP_PREPS) \
            and not (end + 1 < n and toks[end + 1][2] in _PRED_VERBS and toks[end + 1][2] not in _COPULAS
                     and toks[end + 1][2] not in ("می", "نمی")):
        end += 1     # (… غصب شده, حقوق نگرفته‌ایم: the verb's part; تیم در اردو است, کولبری می‌کنم: kept)
    while end > k and toks[end - 1][2] in _PP_PREPS:
        end -= 1
    if k < end and toks[k][2] in _ADVERBS:
        k += 1
    if k >= end or toks[k][2] in _PRONOUNS:
        return None
    return _trim_verbs(text[toks[k][0]:toks[end - 1][1]])


_COPULAS = {"است", "بود", "هستند", "بودند", "نیست", "نبود"}


def _goods_unit(x: str) -> bool:
    """A unit goods are priced by (لیتر, کیلوی, بشکه, دلار): a measure or money unit, never a time."""
    for w in (x, x.removesuffix("ی")):
        kind = _lex()[1].get((w,), (None,))[0]
        if kind in ("measure", "money"):
            return True
    return False


def _unit_price(text, norm, toks, i0, stops):
    """A price per unit, «(از قرار) هر لیتر N تومان»: «قیمت هر لیتر» with what is priced, read
    before it; a phrase naming the price already takes the unit after its price noun (قیمت بنزین سوپر
    نیز از قرار هر لیتر N تومان → قیمت هر لیتر بنزین سوپر); None when the number follows no «هر X»."""
    if not (i0 >= 2 and toks[i0 - 2][2] == "هر" and toks[i0 - 1][2][:1].isalpha() and toks[i0 - 1][2] not in stops
            and _adjacent(norm, toks, i0 - 2, i0 - 1) and _adjacent(norm, toks, i0 - 1, i0)):
        return None
    x = toks[i0 - 1][2]
    unit = "هر " + text[toks[i0 - 1][0]:toks[i0 - 1][1]]
    p = i0 - 2
    for lead in _PER_UNIT_LEAD:
        if p >= len(lead) and tuple(t[2] for t in toks[p - len(lead):p]) == lead:
            p -= len(lead)
            break
    if p > 0 and toks[p - 1][2] in _PREPS:
        return None      # این زیان برای هر تن, به هر گرم … رسید: not a price phrase of its own
    back = _back_words(norm, toks, p, stops)
    first = toks[_tok_at(toks, back[-1][0])][2] if back else ""
    if first not in _PRICE_NOUNS and not _goods_unit(x):
        return None      # هر نفر, هر ماه, هر دفتر: an amount per person or period, not a price
    if not back:
        return "قیمت " + unit
    if first in _PRICE_NOUNS:
        rest = text[back[-2][0]:back[0][1]] if len(back) > 1 else ""
        return " ".join(x for x in (text[back[-1][0]:back[-1][1]], unit, rest) if x)
    return "قیمت " + unit + " " + text[back[-1][0]:back[0][1]]


_PER_UNIT_LEAD = tuple(tuple(w.replace("\u200c", " ").split()) for w in _SUBJECT_WORDS["per_unit_lead"])


def _price_subject(text, norm, toks, i0, j, stops):
    """A money figure said to be a price: «X (نیز) N تومان به فروش رسید / قیمت خورد / معامله شد»
    or «X با قیمت / نرخ N»: «قیمت X» (X as it stands when it names the price already); else None."""
    n = len(toks)
    before = i0 >= 2 and toks[i0 - 1][2] in _PRICE_NOUNS and toks[i0 - 2][2] in ("با", "به") \
        and _adjacent(norm, toks, i0 - 2, i0 - 1)
    if not before:
        m = j + 1 if j < n and toks[j][2] in _SKIP_BEFORE else j
        if not any(tuple(t[2] for t in toks[m:m + len(p)]) == p for p in _PRICE_AFTER):
            return None
    if before and i0 >= 4 and toks[i0 - 3][2] == "را":
        obj = _object_before_ra(norm, toks, i0 - 3, stops)
        if obj:      # اینستاگرام را به قیمت 715 میلیون دلار خرید: what is bought or sold before «را»
            x = text[obj[0]:obj[1]]
            return "قیمت " + (x[3:] if x.startswith("هر ") and len(x) > 3 else x)
    back = _back_words(norm, toks, i0 - 1 if before else i0, stops)
    if back:
        ks = [_tok_at(toks, w[0]) for w in back]
        if ks[-1] > 0 and toks[ks[-1] - 1][2] in _COMPLEMENT_HEAD or any(
                toks[q][2] in _PP_PREPS and not before or toks[q][2] in _MONEY_ADJ
                or toks[q][2] in _unit_heads() and (not before or q > 0 and _is_number_word(toks[q - 1][2]))
                or number_words().get(toks[q][2], (0, "half"))[1] != "half" for q in ks):
            return None     # نسبت به روز گذشته N, در بازار آزاد تهران N: a complement, not what is priced
    words = [(w[0], w[1]) for w in reversed(back)] if back else _clause_np(norm, toks, i0 - 2 if before else i0, stops)
    if not words:
        return None
    x = text[words[0][0]:words[-1][1]]
    if x.startswith("هر ") and len(x) > 3:
        x = x[3:]
    if toks[_tok_at(toks, words[0][0])][2] in _PRICE_NOUNS:
        return x
    # «به نرخ N», «با بهای N»: the price noun as written (نرخ یورو, not قیمت یورو)
    return (text[toks[i0 - 1][0]:toks[i0 - 1][1]] if before else "قیمت") + " " + x


def _list_header(text, toks, k0):
    """What a "label: N" list counts, from the sentence introducing it: «تعداد مبتلایان ... در هر استان
    را چنین اعلام کرد: تهران: 213 …» → «مبتلایان ... در هر استان»; None without such a header."""
    k = k0 - 1
    lo = max(0, k0 - 240)
    while k >= lo:
        t = toks[k][2]
        if t in (".", "؟", "!"):
            return None
        if t == ":" and k > 0 and (toks[k - 1][2] in _VERBISH or toks[k - 1][2] in ("کرد", "کردند", "زیر", "است")):
            break
        k -= 1
    else:
        return None
    m = k - 1
    while m >= lo and toks[m][2] not in _PUNCT_STOP:
        m -= 1
    stat = next((q for q in range(m + 1, k) if toks[q][2] in _STAT_WORDS), None)
    if stat is None:
        return None
    end = next((q for q in range(stat + 1, min(k, stat + 12)) if toks[q][2] == "را" or toks[q][2] in _VERBISH), None)
    if end is None or end == stat + 1:
        return None
    return text[toks[stat + 1][0]:toks[end - 1][1]]


def _change_before(toks, i0):
    """Index of a change noun right before the number (افزایشی ۲ میلیون تومانی, رشد ۵ درصدی,
    افزایشی برابر با ۷۰۰ هزار تومان), else None."""
    k = i0 - 1
    while k >= 0 and i0 - k <= 3 and toks[k][2] in ("برابر", "با", "معادل"):
        k -= 1
    if k >= 0 and toks[k][2] in _CHANGE_STEM and (k == i0 - 1 or toks[k + 1][2] in ("برابر", "معادل")):
        return k
    return None


_CHANGE_STEM = {w: w for w in _CHANGE} | {w + "ی": w for w in _CHANGE}


def _change_complement(norm, toks, c, stops):
    """Word spans of the noun a change noun after the number governs (۴ درصد کاهش تولید اوپک را …
    → تولید اوپک, ۱۰ درصد افزایش قیمت داشتیم → قیمت): what changed is named after it, not before the
    number; [] when a verb (افزایش یافت, رشد داشته) or a stop word follows the change noun."""
    k = c + 1
    if k >= len(toks) or not _adjacent(norm, toks, c, k) or _glued(norm, toks, k):
        return []
    t = toks[k][2]
    if not t[:1].isalpha() or t in stops or t in _ALL_VERBS or t in _CHANGE_VERBS or t in _PRONOUNS \
            or t in _TEMPORAL or t in _ADVERBS or _is_number_word(t) or _is_verb_word(t) \
            or t in _HAVE_COMPOUND or t in _CHANGE_NOT_NOUN or t.endswith("ترین"):
        return []     # کاهش رو به رو بوده, کاهش وجود داشته, افزایش بیشترین میزان …: no noun of its own
    words, _ = _np(norm, toks, k, stops, limit=3, pps=0)
    while words and fold(norm[words[-1][0]:words[-1][1]]) in _LIGHT_PARTICIPLES:
        words.pop()   # افزایش قیمت داشته: the verb's participle
    return words


_CHANGE_NOT_NOUN = {"رو", "مجدد", "دوباره", "مثبت", "منفی", "چشمگیر", "قابل"}


def _reaches(toks, i0, k) -> bool:
    """به N ... رسید: a form of رسیدن closes the number's clause within a few tokens; also
    «با رسیدن به N» and «به N افزایش یافت» (rose to N)."""
    n = len(toks)
    if not (i0 > 0 and toks[i0 - 1][2] in ("به", "بر")):
        return k < n and toks[k][2] in _REACH
    if i0 > 1 and toks[i0 - 2][2] in _REACH:
        return True
    for m in range(k, min(n, k + 8)):
        t = toks[m][2]
        if t in _REACH or (t in _CHANGE and m + 1 < n and toks[m + 1][2] in _CHANGE_VERBS):
            return True
        if t in _PUNCT_STOP or t in _VERBISH and t != "می":
            return False
    return False


_LEVEL_MARKS = _SUBJECT_WORDS["level_mark"]


def _object_before_ra(norm, toks, ra, stops):
    """Character span of the object in «X را N اعلام کرد»: back from «را» to a statistic noun within
    nine words (تعداد, شمار, میزان, آمار: kept, it opens the phrase), else the words right before «را»
    (at most four); None when there are none."""
    k = ra - 1
    while k >= 0 and k >= ra - 9:
        t = toks[k][2]
        if t in _PUNCT_STOP or not t[0].isalpha() or t in _ALL_VERBS or t in ("را", "که"):
            break
        if t in _STAT_WORDS:
            return (toks[k][0], toks[ra - 1][1]) if k < ra - 1 else None
        k -= 1
    back = _back_words(norm, toks, ra, stops)[:4]
    return (back[-1][0], back[0][1]) if back else None


# fixed «X و Y» pairs that name one thing (حمل و نقل, آموزش و پرورش): «و» inside them joins no list
_BINOMIALS = frozenset({("حمل", "نقل"), ("آموزش", "پرورش"), ("آب", "فاضلاب"), ("راه", "شهرسازی"), ("نقل", "انتقال"),
                        ("تعمیر", "نگهداری"), ("ساخت", "ساز"), ("رفت", "آمد"), ("خرید", "فروش"), ("جست", "جو"),
                        ("گفت", "گو"), ("صنعت", "معدن"), ("بهداشت", "درمان"), ("تعاون", "کار")})


def _news_of_after(toks, i0) -> bool:
    """«خبر داد / خبر می‌دهد» closes the clause of token i0 (within 15 words, no punctuation between)."""
    for q in range(i0, min(len(toks) - 1, i0 + 15)):
        t = toks[q][2]
        if t in _PUNCT_STOP:
            return False
        if t == "خبر" and toks[q + 1][2] in ("داد", "دادند", "می", "داده"):
            return True
    return False


def _back_words(norm, toks, i0, stops):
    """Words right before the number: رشد حقوق در سال جاری ۲۰ درصد (nearest first)."""
    k = i0 - 1
    while k >= 0 and (toks[k][2] in _PREPS or toks[k][2] in _SKIP_BEFORE or toks[k][2] in _DEMONSTRATIVES) \
            and k >= i0 - 2:
        k -= 1     # هر مثقال طلا نیز ۲ میلیون تومان, زمان مقرر یعنی دو هفته, ذخیره کارت همان ۳۶۰ لیتر
    if k >= 0 and toks[k][2] in _LEVEL_MARKS and k >= i0 - 2:
        m = k - 1 if k >= 1 and toks[k - 1][2] in _PREPS else k
        w = toks[m - 1][2] if m >= 1 else ""
        if m >= 1 and w[:1].isalpha() and not _is_number_word(w) and w not in _DEMONSTRATIVES \
                and w not in _unit_heads() and w not in _lex()[2] and not (m >= 2 and _is_number_word(toks[m - 2][2])):
            k = m - 1  # سهام عدالت به میزان N, دریافت تسهیلات مبلغ N: a level marker, not the noun; not between
            #            two figures (۹۵۴ واحدی معادل ۰.۲۲ درصد) nor after «این» (این رقم N: what it refers to)
    first = k
    back: list[tuple[int, int]] = []
    stop_at = k - 28                    # ZWNJ pieces do not add words: bound the walk
    while k >= 0 and len(back) < 5 and k > stop_at:
        t = toks[k][2]
        if not (_adjacent(norm, toks, k, k + 1) or toks[k][1] == toks[k + 1][0]):
            break
        if t in _ADVERBS and not back and k == first and k > 0 and toks[k - 1][2][:1].isalpha() \
                and toks[k - 1][2] not in stops and _adjacent(norm, toks, k - 1, k):
            k -= 1     # سکه طرح جدید امروز ۵ میلیون تومان: skip the adverb, the noun stands before it
            continue
        if t not in ("می", "نمی") and k > 0 and toks[k - 1][2] in ("می", "نمی") and _glued(norm, toks, k):
            break     # می‌تواند: a verb
        if back and _glued(norm, toks, k + 1) and t[0].isalpha() and t not in ("می", "نمی"):
            back[-1] = (toks[k][0], back[-1][1])     # پیش‌بینی: one word split by ZWNJ
            k -= 1
            continue
        if t in _CLAUSE_OPEN or _time_phrase_end(toks, k) and not _time_complement(toks, k, stops):
            break      # در ۴ سال گذشته شهرداری N: شهرداری; a time phrase ends the subject
        if t in _PRONOUNS and not (k > 0 and toks[k - 1][2][:1].isalpha() and toks[k - 1][2] not in stops
                                   and toks[k - 1][2] not in _PRONOUNS and _adjacent(norm, toks, k - 1, k)):
            break      # او ۳ فرزند دارد: the clause's subject; ذخیره کارت وی: a possessor, kept
        if t == "و" and back and k > 0 and (toks[k - 1][2], toks[k + 1][2]) in _BINOMIALS:
            back.append((toks[k - 1][0], back.pop()[1]))     # سهم ریل در حمل و نقل مسافر: one noun, not a list
            k -= 2
            continue
        if t in _PUNCT_STOP or not t[0].isalpha() or (t in stops and t not in _PP_PREPS and t not in _NP_INNER) \
                or (t in _ALL_VERBS and t != "شده") or (number_words().get(t, (0, ""))[1] in _NUM_TYPES and k < i0 - 1
                    and not (back and number_words()[t][1] == "half")):     # نیم سکه نیز N: a product name
            break
        if (t in _CPREP or t in _CPREP_BEFORE) and k > 0 and toks[k - 1][2] in _PREPS:
            break      # از نظر ارزش ۱۳ درصد: ارزش; در آستانه ۶۰ میلیون تومان
        if t in _ADVERBS:
            break      # امسال بیش از 2 هزار نفر: a time adverb is not what is counted
        if (t in _unit_heads() or t in _lex()[2]) and k > 0 and toks[k - 1][2][:1].isdigit() and back == [] \
                and k == i0 - 1:
            k -= 2     # طلای ۱۸ عیار ۵۸۳ هزار تومان: hop over the other measure (once)
            continue
        if back and _lex()[2].get(t) is False and k > 0 and _is_number_word(toks[k - 1][2]):
            break      # چهار فقره چک به مبلغ N: چک, not the other count's classifier
        back.append((toks[k][0], toks[k][1]))
        k -= 1
    while back and toks[_tok_at(toks, back[-1][0])][2] in _PREPS:
        back.pop()
    cut = next((q for q, w in enumerate(back) if toks[_tok_at(toks, w[0])][2] == "از"), None)
    if cut is not None and 0 < cut < len(back) - 1 and _news_of_after(toks, i0):
        back = back[:cut]   # وزارت آموزش و پرورش از اسکان ۲ میلیون نفر … خبر داد: the news is what «از» opens
    if all(toks[_tok_at(toks, w[0])][2] in _TEMPORAL for w in back):
        return []      # در ۲۴ ساعت گذشته ۱۴۷ نفر: the rest of a time phrase, not what is counted
    return back

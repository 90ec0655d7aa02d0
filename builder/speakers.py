"""Canonical speakers: tie titles to names, surnames to full names, pronouns to the last speaker.

``resolve(text, norm, quotes)`` rewrites ``speaker`` on each quotation (in text order) so that
every mention of one entity gets one canonical string: the fullest personal name the article gives
it, else the fullest title or organization name.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from itertools import compress, islice
from operator import itemgetter

from .lexicon import read_sections
from .patterns import loose_find

_WORD = re.compile(r"[\w\u200c]+")
PRONOUNS = {"وی", "او", "ایشان", "آنها", "آنان", "آن‌ها", "آن ها", "اینان"}
PLURAL = {"آنها", "آنان", "اینان", "آن ها"}
# words that end a name or a title phrase
STOP = {w.replace("\u200c", "") for w in {"در", "با", "به", "از", "بر", "طی", "ضمن", "برای", "پس", "پیش", "روز", "امروز", "دیروز", "صبح",
        "عصر", "شب", "ظهر", "بامداد", "امشب", "که", "را", "نیز", "هم", "همچنین", "تاکنون", "اخیرا",
        "درباره", "پیرامون", "این", "آن", "است", "بود", "شد", "کرد", "گفت", "افزود", "اعلام", "تا",
        "اما", "ولی", "هفته", "سال", "ماه", "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه",
        "پنجشنبه", "چون", "زیرا", "اگر", "نه", "یا", "بنابراین", "سپس", "قبل", "بعد",
        "همین", "هر", "وی", "او", "طبق", "براساس", "بنابر", "خطاب", "نسبت", "دیگر", "بار", "اکنون",
        "حال", "حالی", "گزارش", "نقل", "نوشته", "خبرنگار", "خبرگزاری", "جلسه", "نشست", "مراسم", "سفر", "حاشیه", "جمع", "دیدار", "گفتگو", "گفت‌وگو",
        "چنانکه", "چنان‌که", "همانطور", "همان‌طور", "همانگونه", "گرچه", "هرچند", "وقتی", "زمانی", "اگرچه",
        "چرا", "درحالیکه", "همزمان", "پیشتر", "قبلا", "الان", "اکنون", "حالا", "متن", "مشروح",
        "شامگاه", "صبحگاه", "سحرگاه", "عصرگاه", "ملقب", "موسوم", "معروف", "اینکه", "آنکه", "بیان", "اشاره",
        "دراینباره", "دراین‌باره", "درخصوص", "درمورد", "دربارهٔ", "درباره‌ی", "بارها", "همواره", "هنوز",
        "درپی", "بدنبال", "درراستای"}}  # glued compound prepositions, like «درخصوص»


@lru_cache(maxsize=1)
def titles() -> tuple[frozenset, frozenset]:
    heads, hon = set(), set()
    for section, entries in read_sections("titles.txt").items():
        for line in entries:
            (hon if section == "[honorific]" else heads).add(_k(line))
    return frozenset(heads), frozenset(hon)


# sections of first_names.txt that list no names: the endings of compound given names and the
# compounds that are no given name
_COMPOUND_SECTIONS = ("[compound_ends]", "[not_compound]")


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """Given names listed in ``lexicons/first_names.txt``, in key space (compounds not listed are
    recognized by ``is_given_name``)."""
    return frozenset(_k(w) for sec, entries in read_sections("first_names.txt").items()
                     if sec not in _COMPOUND_SECTIONS for w in entries)


def is_given_name(w: str) -> bool:
    """A given name in key space: listed in first_names.txt, or a compound in «علی» / «الله»
    (``_compound_given``: «امیدعلی», «حجت‌الله»)."""
    return w in first_names() or _compound_given(w)


def _given_among(words) -> frozenset:
    """Those of ``words`` (strings) that are given names (``is_given_name``, inlined: it runs once per
    distinct word of an article): the listed ones by a set intersection, then only the words with a
    compound ending are asked of ``_compound_given``."""
    names = first_names()
    ends = _compound_lex()[0]
    found = names.intersection(words)
    return found.union([w for w in words if w.endswith(ends) and w not in found and _compound_given(w)])


@lru_cache(maxsize=1)
def _compound_lex() -> tuple[tuple[str, ...], frozenset]:
    """The endings of compound given names and the compounds that are none, in key space."""
    sec = read_sections("first_names.txt")
    return tuple(_k(w) for w in sec.get("[compound_ends]", ())), frozenset(_k(w) for w in sec.get("[not_compound]", ()))


@lru_cache(maxsize=65536)
def _compound_given(w: str) -> bool:
    """«امیدعلی», «رمضانعلی», «حجت‌الله», «عنایت‌اله»: a word, then an ending that forms given names
    (``[compound_ends]`` in first_names.txt), written as one word. The first part is a given name, or a
    word (no title, honorific, plural or surname piece: «امامعلی» is «امام علی»); the compound is rare
    in hazm's counts («فعلی», «مقاله», «حزب‌الله», «آیت‌الله» are common words) and not listed in
    ``[not_compound]`` (a body or a place: «انصارالله», «رام‌الله»)."""
    ends, not_compound = _compound_lex()
    if not w.endswith(ends) or w in not_compound:
        return False
    f = _freq()
    for end in ends:
        head = w[:-len(end)] if w.endswith(end) else ""
        if len(head) < 3 or f.get(w, 0) >= 50_000:
            continue
        if head in first_names():
            return True
        if f.get(head, 0) >= 10_000 and head not in titles()[0] and head not in titles()[1] \
                and head not in SURNAME_TAILS and not _plural(head):
            return True
    return False


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def _k(s: str) -> str:
    return s.replace("\u200c", "").replace(" ", "").replace("ي", "ی").replace("ك", "ک").replace("ئ", "ی")


@lru_cache(maxsize=1)
def _freq() -> dict[str, int]:
    from .hazm_data import data_file

    out: dict[str, int] = {}
    with open(data_file("words.dat"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1].isdigit():
                k = _k.__wrapped__(parts[0])  # (uncached: each line once) spellings that fold together («زمان», «زمان‌») keep the larger count
                out[k] = max(out.get(k, 0), int(parts[1]))
    return out


@lru_cache(maxsize=1)
def org_heads() -> frozenset:
    """Words that open an organization's name (``lexicons/org_heads.txt``)."""
    return frozenset(_k(w) for w in read_sections("org_heads.txt").get(None, []))


@lru_cache(maxsize=1)
def _named_after() -> frozenset:
    """Heads whose next word names the body, a given name too («کمیسیون عمران»): ``[named_after]`` in org_heads.txt."""
    return frozenset(_k(w) for w in read_sections("org_heads.txt").get("[named_after]", []))


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def is_person_like(name: str) -> bool:
    """Two to four words, none a stop word or title, the surname rare in hazm's word counts
    (common nouns are frequent there, surnames mostly absent), no very common word inside."""
    words = [_k(w) for w in name.split()]
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in name):
        return False  # «۴۴ تن رسید», «۳۲۱ مورد ابتلا»: a figure names no one
    if any(w in STOP or w in titles()[0] or w in PRONOUNS for w in words) or words[0] in org_heads():
        return False
    f = _freq()
    # after a known given name the surname may be a common word («محمدباقر قالیباف», «حسن روحانی»)
    cap = 6_000_000 if is_given_name(words[0]) else 1_500_000
    return f.get(words[-1], 0) < cap and all(f.get(w, 0) < 100_000_000 for w in words)


@lru_cache(maxsize=1)
def _after_name() -> frozenset:
    """Words that end a person's name (``[after_name]`` in ``lexicons/name_breaks.txt``), in key space."""
    return frozenset(_k(w) for sec, entries in read_sections("name_breaks.txt").items() if sec != "[possessed]"
                     for w in entries)


def ends_name(w: str) -> bool:
    """A word a person's name never runs on into: a time word or one that opens the predicate or the
    object (``lexicons/name_breaks.txt``), a plural («تکنیک‌های»), a preposition glued to its noun
    («درحاشیه», «درپایان»: the glued form unknown to hazm, the noun a common word)."""
    w = _k(w)
    if w in STOP or w in _after_name():
        return True
    f = _freq()
    stem = w[:-3] if w.endswith("های") else w[:-2] if w.endswith("ها") else ""
    if len(stem) >= 3 and f.get(stem, 0) > 100_000:  # «خامنه‌ای» is no plural: «خامن» is no word
        return True
    if len(w) > 4 and w.startswith("در"):
        rest = w[2:]
        return not f.get(w, 0) and max(f.get(rest, 0), f.get(rest[:-1], 0) if rest.endswith("ی") else 0) > 1_000_000
    return False


@lru_cache(maxsize=1)
def _possessed() -> frozenset:
    """Nouns a name is the possessor of, before it in apposition (``[possessed]`` in name_breaks.txt):
    «توئيتر آذري جهرمي وزير ارتباطات» names «آذري جهرمي»."""
    return frozenset(_k(w) for w in read_sections("name_breaks.txt").get("[possessed]", []))


@lru_cache(maxsize=1)
def _tail_words() -> frozenset:
    """Words no speaker of any kind runs on into (``[time]`` and ``[any_speaker]`` in name_breaks.txt)."""
    sec = read_sections("name_breaks.txt")
    return frozenset(_k(w) for name in ("[time]", "[any_speaker]") for w in sec.get(name, []))


@lru_cache(maxsize=1)
def _lead_words() -> frozenset:
    """Conjunctions that open a clause before its subject (``[before_speaker]`` in name_breaks.txt)."""
    return frozenset(_k(w) for w in read_sections("name_breaks.txt").get("[before_speaker]", []))


def cut_tail(speaker: str) -> str:
    """Any speaker with the object or adverbial it ran on into dropped: «دادگاه آرژانتین چندتن» →
    «دادگاه آرژانتین», «ایروان به‌طور علنی» → «ایروان», «یک منبع ... دامغان لحظاتی» → «یک منبع ... دامغان»;
    a body's name before a weekday: «وزارت دفاع روسیه جمعه» → «وزارت دفاع روسیه»."""
    words = speaker.split()
    body = bool(words) and _k(words[0]) in org_heads()
    for i in range(1, len(words)):
        if _k(words[i]) in _tail_words() or (body and i >= 2 and _k(words[i]) in _weekdays()
                                             and _k(words[i - 1]) not in {"نماز", "امام"}):
            return " ".join(words[:i])
    return speaker


def strip_possessed(speaker: str) -> str:
    """«پیام علی‌اصغر فانی» → «علی‌اصغر فانی», «هرچه علي عسگري» → «علي عسگري»: a noun the name is the
    possessor of (``[possessed]`` in name_breaks.txt) before a person's full name (a given name, or an
    honorific, first) or a body's name («نامه معاونت مالی ...») is no part of it."""
    words = speaker.split()
    if len(words) >= 3 and _k(words[0]) in _possessed() and (
            (is_given_name(_k(words[1])) and not is_title_word(words[2])) or is_honorific(words[1])
            or _k(words[1]) in org_heads()):
        return " ".join(words[1:])
    return speaker


@lru_cache(maxsize=1)
def _weekdays() -> frozenset:
    """``[weekday]`` in name_breaks.txt: «وزارت دفاع روسیه جمعه» → «وزارت دفاع روسیه» (a body's name only)."""
    return frozenset(_k(w) for w in read_sections("name_breaks.txt").get("[weekday]", []))


def strip_lead(words: list[str]) -> list[str]:
    """A mention without the conjunction that opened its clause («بلکه آمارها» → «آمارها»)."""
    while len(words) > 1 and _k(words[0]) in _lead_words():
        words = words[1:]
    return words


@lru_cache(maxsize=1)
def _issuer_lex() -> dict[str, frozenset]:
    """The sections of ``lexicons/issuers.txt`` in key space, by name without brackets."""
    return {sec.strip("[]"): frozenset(_k(w) for w in ws) for sec, ws in read_sections("issuers.txt").items() if sec}


def _issues(words: list[str]) -> bool:
    """The words name someone who issues a text: an organization, an outlet, a country, a person, an
    acronym («NINDS»), or a body named again («این شرکت»)."""
    if words and _k(words[0]) in {"این", "همین"}:
        return len(words) == 2 and _k(words[1]) in ORG_EPITHETS  # «بیانیه این شرکت»: the company spoken of
    return names_someone(words, ISSUERS)


def _body(words: list[str]) -> bool:
    """An organization («وزارت ...», ``org_heads.txt``) or a country (``places.txt``) opens the words."""
    w0 = _k(words[0])
    return w0 in org_heads() or w0 in _places()


def _acronym(words: list[str]) -> bool:
    """A Latin acronym or name opens the words («NINDS»)."""
    w0 = _k(words[0])
    return w0[:1].isascii() and w0[:1].isalpha()


def _full_name(words: list[str]) -> bool:
    """A person's full name opens the words: a given name, and the first two words person-like."""
    return len(words) >= 2 and is_given_name(_k(words[0])) and is_person_like(" ".join(words[:2]))


def _one_person(words: list[str]) -> bool:
    """One person by name: a full name or a bare surname (``_is_name``), or a given name first in a
    clean name-like string (``_clean_name``)."""
    s = " ".join(words)
    return _is_name(s) or (is_given_name(words[0]) and _clean_name(s))


def _unnamed(words: list[str]) -> bool:
    """Someone unnamed: «یک مقام آگاه», «یکی از ...»."""
    return words[0] in {"یک", "یکی"} and len(words) > 1


# the ways a string can name someone, each a predicate on its words (``names_someone``)
_NAMING = {"body": _body, "outlet": lambda w: _is_outlet(" ".join(w)), "acronym": _acronym,
           "full_name": _full_name, "person": _one_person, "title": lambda w: _starts_title(w), "unnamed": _unnamed}
# who may issue a text («گزارش X»), and who is one person («این مقام» means one)
ISSUERS = ("body", "outlet", "acronym", "full_name")
PEOPLE = ("person", "title", "unnamed")


def names_someone(words: list[str], kinds: tuple[str, ...] = tuple(_NAMING)) -> bool:
    """Whether the words name someone of one of ``kinds`` (keys of ``_NAMING``, tried in order): a body
    or a country, an outlet, an acronym, a person's full name, one person by name, a title, someone
    unnamed. The one test of "this string names someone" that the resolver's rules share."""
    return bool(words) and any(_NAMING[k](words) for k in kinds)


def issuer_of(words: list[str]) -> list[str]:
    """The speaker of a document mention (``lexicons/issuers.txt``; DECISIONS 4): the issuer named right
    after the document («گزارش انجمن صادرکنندگان برنج تایلند», «آمار اعلامی از سوی وزارت بهداشت»), the
    code a provision belongs to («ماده ۱۹ منشور سازمان ملل»); «آخرین» before a document goes. A document
    with no issuer named («گزارش‌های آزمایشگاهی») stays."""
    lex = _issuer_lex()
    if len(words) > 1 and _k(words[0]) in lex["latest"]:
        words = words[1:]
    if len(words) >= 2 and _k(words[0]) in lex["issued"]:
        k = 1
        while k < len(words) - 1 and _k(words[k]) in lex["between"]:
            k += 1
        if _issues(words[k:]):
            out = words[k:]
            cut = next((i for i, w in enumerate(out) if i and any(ch.isdigit() for ch in w)), len(out))
            return out[:cut]  # «آمار رسمی وزارت کار ۳. ۸ میلیون …»: a figure opens what the issuer counts
    elif len(words) >= 2 and _k(words[0]) in lex["provisions"]:
        for k in range(1, len(words)):
            if _k(words[k]) in lex["codes"]:
                return words if words[k - 1] in {"این", "همین"} else words[k:]  # «ماده چهارم این پیمان»: which one?
    return words


_AFTER_MENTION = re.compile(r"[ \u200c]*(?:\([ \u200c]*[\d۰-۹٠-٩]+[ \u200c]*\)[ \u200c]*)?((?:[\w\u200c]+[ \u200c]*){1,8})")


def _issuer_after(norm: str, q: dict, words: list[str]) -> list[str]:
    """«تازه‌ترین آمار اعلامی» whose issuer the mention lost («… از سوی وزارت بهداشت»), «ماده» cut at its
    bracket («ماده (۷۵) قانون مدیریت خدمات کشوری»): a document or provision mention with no issuer of its
    own takes the one the words right after it name (``issuer_of``), up to the content or the cue."""
    lex = _issuer_lex()
    if not words or (_k(words[0]) not in lex["issued"] and _k(words[0]) not in lex["provisions"]) or "mention_end" not in q:
        return words
    cue = q.get("cue_start", len(norm))
    # «طبق ماده (۷۵) قانون …، امتیاز …»: a cue before the mention leaves the words after it to the next comma
    stop = len(norm) if cue < q["mention_end"] else min(q.get("start", len(norm)), cue)
    m = _AFTER_MENTION.match(norm, q["mention_end"], max(q["mention_end"], stop))
    if not m:
        return words
    more = [w.replace("\u200c", "") for w in m.group(1).split()]
    if _k(words[0]) in lex["provisions"] and (len(words) > 2 or (len(words) == 2 and not _k(words[1]).isdigit())
                                              or not more or _k(more[0]) not in lex["codes"]):
        return words  # «ماده یاد شده …»: only «ماده (N) قانون …» names its code after a bracket
    cand = issuer_of(words + more)
    if cand != words + more and len(cand) < len(words) + len(more):
        # the issuer alone, up to a word no name runs on into («قانون مدیریت خدمات کشوری امتیاز …»)
        for i in range(1, len(cand)):
            if _k(cand[i]) in STOP or _k(cand[i]) in _tail_words() or _clause_verb(cand[i]):
                cand = cand[:i]
                break
        return cand[:4]  # «قانون مدیریت خدمات کشوری امتیاز …»: a name of four words at most
    return words


@lru_cache(maxsize=1)
def _month_words() -> frozenset:
    """Month names (``lexicons/months.tsv``), in key space."""
    from .numbers import read_tsv

    return frozenset(_k(r["word"]) for r in read_tsv("months.tsv"))


def _glued_split(raw: str, surnames: frozenset, given: bool = False) -> str | None:
    """«درگردشوزیر» → «وزیر», «استمونسان» → «مونسان»: a token the crawl glued from the last word of a
    subheading and the first of the next sentence (irnews' imperfect sentence splits): the token is no word
    hazm knows, its tail a title word or a surname the article gives, its head a known word or a figure that
    is no title (not «نخستوزیر», «نایبرئیس»), with no ZWNJ at the join. With ``given``, a given name may be the tail
    too («بگیرندبوریس»). The tail, or None."""
    w = _k(raw)
    f = _freq()
    if len(w) < 6 or len(w) != len(raw.replace("\u200c", "")) or f.get(w, 0) or is_title_word(w) or is_honorific(w) \
            or is_given_name(w):
        return None
    at = [i for i, c in enumerate(raw) if c != "\u200c"]  # key position -> position in the raw token
    for p in range(2, len(w) - 2):
        head, tail = w[:p], w[p:]
        if raw[at[p] - 1] == "\u200c":
            continue  # a ZWNJ right at the join: one word written apart («نایب‌رئیس»), no glue
        if not (is_title_word(tail) or tail in surnames or (given and len(tail) >= 3 and is_given_name(tail))):
            continue
        if not (is_title_word(tail) or tail in surnames) and (
                head.endswith(("عبد", "ال", "ابو")) or any(is_given_name(head[-n:] + tail) for n in range(1, len(head)))
                or any(f.get(w[:-n], 0) >= 1_000 for n in (1, 2))):
            continue  # «کروناعبدالکریم», «عبدالمهدی»: the name runs on into the head; «قهرمانی»: a word and its ending
        if is_title_word(head) or is_honorific(head) or head in _before_name() or is_given_name(head):
            continue
        if head[-1:].isdigit() or head in STOP or _clause_verb(head) \
                or any(f.get(head[-n:], 0) >= 5_000 for n in range(3, len(head) + 1)):
            return tail  # «98وزیر», «استمونسان», «میکنندملکزاده», «درگردشوزیر» («گردش» is a word)
    return None


def _unglue(norm: str, q: dict, words: list[str], surnames: frozenset) -> list[str]:
    """The subject a crawl's glue hid (irnews): «بیش از ۵۰ درصد تسهیلات بانکی ... درگردشوزیر امور اقتصادی و
    دارایی گفت» → «وزیر امور اقتصادی و دارایی» (``_glued_split``, the glued token at most eight words before
    the cue, no punctuation after it); «خوزستان ۵۱ نفرروز ٢۵ اسفند سخنگوی دانشگاه ... گفت», a mention that is a
    subheading's figure and date → the title after it up to the cue, or the name after the date inside it
    («البرز ۱۵ نفرروز ٢۱ اسفند محمد آقایاری»). Other mentions stay."""
    if not words or words[0] in PRONOUNS or "mention_start" not in q or "cue_start" not in q:
        return words
    a, b = q["mention_start"], q["cue_start"]
    if not a < b <= a + 400 or b > len(norm):
        return words
    span = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(norm, a, b)]
    named = _starts_title(words) or _full_name(words) or is_honorific(words[0]) or " ".join(words) in surnames
    if not named:
        for i in range(len(span) - 1, -1, -1):
            if any(c in norm[span[i][1]:b] for c in ".:!?؟\n"):
                break
            rest = [_k(t[2]) for t in span[i + 1:i + 4]]
            given = _glued_split(span[i][2], surnames, given=True)
            if rest and given and rest[0] not in STOP and not is_title_word(rest[0]) \
                    and not _glued_split(span[i][2], surnames) \
                    and (span[i][0] > a or _clause_verb(_k(span[i][2])[:-len(given)])):
                # (the mention's own first word is glued only after a verb: «خدارضا امیدی» is a name)
                # «... جوان ها به مرور بگیرندبوریس جانسون در اظهارات جدیدش تاکید کرده», «... به سطوح می‌چسبدعلیرضا
                # رضا زالی، با حضور در برنامه «طبیب»، ... افزود»: a given name glued to the subheading, a surname
                # after it: the person (up to a stop word or a punctuation mark), whatever adjuncts follow
                name = [given]
                for k, w in enumerate(rest, i + 1):
                    if w in STOP or w in _CUE_HEADS or _clause_verb(w) or norm[span[k - 1][1]:span[k][0]].strip(" \u200c"):
                        break
                    name.append(w)
                return name
        for i in range(len(span) - 1, max(0, len(span) - 21), -1):  # i = 0: the mention's own first word
            after = norm[span[i][1]:b]
            if any(c in after for c in ".:!?؟\n«»\"()"):
                break
            tail = _glued_split(span[i][2], surnames)
            if tail in surnames and "mention_end" in q and span[i][0] >= q["mention_end"] - 1:
                return [tail]  # «... فوت می‌کنندملک‌زاده در پاسخ به سؤالی ...، گفت»: the person, then adjuncts
            if tail and is_title_word(tail) and len(span) - i <= 8 and not any(c in after for c in "،؛"):
                return [tail] + [_k(t[2]) for t in span[i + 1:]]  # the title runs to the cue
    dated = any(w[-1:].isdigit() and _k(n) in _month_words() for w, n in zip(words, words[1:]))
    if dated and not named:  # «خوزستان ۵۱ نفرروز ٢۵ اسفند»: a subheading's figure and a date
        after = [t for t in _WORD.finditer(norm, q.get("mention_end", b), b)]
        gap = norm[q.get("mention_end", b):b]
        if after and not any(c in gap for c in ".:،؛!?؟\n«»\"()") and len(after) <= 9 and is_title_word(after[0].group()):
            return [_k(t.group()) for t in after]
        last = max((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)), default=-1)
        rest = words[last + 1:]
        while rest and _k(rest[0]) in _month_words():
            rest = rest[1:]
        if rest and rest != words and (_starts_title(rest) or _full_name(rest) or _body(rest)):
            return rest
    return words


def _title_cut(norm: str, q: dict, words: list[str]) -> list[str]:
    """«منموهان سينگ نخست وزير و …», «نخست وزير روسيه … را رد و تاكيد كرد»: the mention stopped inside a
    two-word title (``titles.txt``: «نخست وزیر»); the title's second word, and a country right after it, come
    back, so that the name before the title, or the title itself, is what is resolved."""
    if not words or "mention_end" not in q or is_title_word(words[-1]):
        return words
    m = re.match(r"[ \u200c]*([\w\u200c]+)(?:[ \u200c]+([\w\u200c]+))?", norm[q["mention_end"]:q.get("cue_start", len(norm))])
    if not m or not is_title_word(words[-1] + _k(m.group(1))):
        return words
    out = words + [_k(m.group(1))]
    if m.group(2) and _k(m.group(2)) in _places():
        out.append(_k(m.group(2)))  # «نخست وزير روسيه»
    return out


def _relative_after(norm: str, q: dict, words: list[str]) -> list[str]:
    """«یکی از افرادی که این ایده را اجرایی کرده می گوید», «کاغذی که هنوز به دیوار است نوشته»: an indefinite noun
    («…ی») that a relative clause picks out, the clause running to the cue with no punctuation and ending in a
    verb: the clause is part of who speaks (the noun alone names no one)."""
    if not words or not words[-1].endswith("ی") or words[0] in PRONOUNS or "mention_end" not in q or "cue_start" not in q \
            or "مقام" in words or any(is_title_word(w) for w in words):
        return words  # «یک مقام ایرانی که نامش منتشر نشده است»: an official, who needs no clause to be named
    a, b = q["mention_end"], q["cue_start"]
    if not a < b or q["start"] < b and q["start"] >= a:
        return words
    gap = norm[a:b]
    after = [_k(w) for w in _WORD.findall(gap)]
    if not 3 <= len(after) <= 10 or after[0] != "که" or any(c in gap for c in ".:!?؟\n،,؛«»\"()") \
            or not (_clause_verb(after[-1]) or _clause_verb("".join(after[-2:]))):
        return words
    if _freq().get(_k(words[-1])[:-1], 0) < 1_000:
        return words  # «…ی» must be a noun's indefinite ending («افرادی» of «افراد»), not a name («مهدی»)
    return words + after


def _share_of(norm: str, q: dict, words: list[str]) -> list[str]:
    """«۶۶ درصد از افراد مستقل (که …) معتقدند», «۸۱ درصد از مردم ترکیه معتقدند»: a share of a group speaks as that
    group; the mention stopped at the figure, the group runs from «از» to a bracket, a punctuation mark, «که», the
    content or the cue. A share with no group («۴۱ درصد گفتند») stays."""
    if len(words) < 2 or words[-1] != "درصد" or not any(ch.isdigit() for ch in words[-2]) \
            or "mention_end" not in q or "cue_start" not in q:
        return words
    a, b = q["mention_end"], q["cue_start"]
    if a <= q["start"] < b:
        b = q["start"]
    after = [(t.start(), t.end(), _k(t.group())) for t in _WORD.finditer(norm, a, b)]
    if len(after) < 2 or after[0][2] != "از" or norm[a:after[0][0]].strip(" \u200c"):
        return words
    group = []
    for k, (st, en, w) in enumerate(after[1:6], 1):
        if w in STOP or w in {"که", "را"} or w in PRONOUNS or norm[after[k - 1][1]:st].strip(" \u200c"):
            break
        group.append(w)
    return group or words


_QUOTED_NAME = re.compile(r"[ \u200c]*[«\"]([^»\"\n]{2,40})[»\"]")


def _quoted_after(norm: str, q: dict, words: list[str]) -> list[str]:
    """A one-word mention cut at a quote mark, the name quoted right after it and before the cue: a rank or
    honorific before a person («جنرال «کنث مک‌کنزی» رئیس ستاد … مدعی شده بود», «پرفسور «پال هانتر»») is the
    person (a given name first, or two or three rare words); an organization's head word before its name («جنبش
    «حماس»», «اندیشکده «مرکز مطالعات …»») is the whole name. Other mentions stay."""
    if len(words) != 1 or words[0] in PRONOUNS or "mention_end" not in q or "cue_start" not in q:
        return words
    m = _QUOTED_NAME.match(norm, q["mention_end"], q["cue_start"])
    if not m:
        return words
    inner = [_k(w) for w in _WORD.findall(m.group(1))]
    if not inner or any(w in STOP for w in inner):
        return words
    if _k(words[0]) in org_heads():
        return words + inner
    rank = is_honorific(words[0]) or (_freq().get(_k(words[0]), 0) < 500_000 and _k(words[0]) not in _possessed())
    if rank and 2 <= len(inner) <= 3 and (is_given_name(inner[0]) or is_person_like(" ".join(inner))) \
            and not _starts_title(words) and not _body(words):  # not «دفتر «آرمن سرکیسیان»»: his office
        return inner
    return words


def opens_name(words: list[str]) -> bool:
    """The words (honorifics aside) are a person's name so far: a given name first and a second word."""
    words = _strip_hon([_k(w) for w in words])
    return len(words) >= 2 and is_given_name(words[0]) and not is_title_word(words[1])


def cut_name(speaker: str) -> str:
    """A person's name with the words that ran on after it dropped («عباس گلرو جمعه» → «عباس گلرو»)."""
    words = speaker.split()
    for i in range(2, len(words)):
        if ends_name(words[i]) and opens_name(words[:i]):
            return " ".join(words[:i])
    return speaker


@lru_cache(maxsize=1)
def _before_name() -> frozenset:
    """Titles that stand before the person's own name like an honorific (``[before_name]`` in titles.txt)."""
    return frozenset(_k(w) for w in read_sections("titles.txt").get("[before_name]", []))


@lru_cache(maxsize=1)
def _scene_heads() -> frozenset:
    """«ادامه», «پایان» («در ادامه مسعود شاه محمدی ...»): words that open a sentence before its subject."""
    return frozenset(_k(w) for w in read_sections("quote_words.txt").get("[scene_heads]", []))


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def is_title_word(w: str) -> bool:
    return _k(w) in titles()[0]


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def is_honorific(w: str) -> bool:
    return _k(w) in titles()[1]


def _tokens(s: str) -> list[str]:
    """Words in key space: ZWNJ removed, so «خرم‌روی» and «خرمروی» are one word."""
    return [w for m in _WORD.finditer(s) if (w := m.group().replace("\u200c", ""))]


def _surface(canon: str, norm: str, text: str) -> str:
    """The canonical speaker as the article writes it: its first occurrence in the text."""
    words = canon.split()
    if not words or len(words) > 12:
        return canon
    i = norm.find(canon)
    while i >= 0:
        j = i + len(canon)
        if (i == 0 or not (norm[i - 1].isalnum() or norm[i - 1] == "\u200c")) and (
                j >= len(norm) or not (norm[j].isalnum() or norm[j] == "\u200c")):
            return text[i:j]
        i = norm.find(canon, i + 1)
    i = norm.find(canon)
    if i >= 0:
        return text[i:i + len(canon)]  # «... در استان‌هارئیس شورا»: a subheading glued to the name
    if "\u200c" not in norm:
        return canon
    body = r"[\s\u200c]+".join("\u200c?".join(map(re.escape, w)) for w in words) + r"(?![\w\u200c])"
    if "\u200c" not in canon:   # the bounded pattern, matched without compiling it for each name
        span = loose_find(norm, words)
        if span:
            return text[span[0]:span[1]]
        m = re.search(body, norm)   # glued to a subheading
    else:
        m = re.search(r"(?<![\w\u200c])" + body, norm) or re.search(body, norm)  # the second: glued to a subheading
    return text[m.start():m.end()] if m else canon


@lru_cache(maxsize=1)
def _harvest_words() -> frozenset:
    """The words ``harvest`` reads anything at: a title before a name, a title's head, an honorific."""
    heads, hons = titles()
    return _before_name() | heads | hons


# «در همین زمینه حجت‌الله میرزایی، معاون …», «در این باره»: the noun of an adverbial «in this regard», no part of a name
_TOPIC_NOUNS = {"زمینه", "باره", "خصوص", "رابطه", "راستا", "ارتباط", "مورد"}


def harvest(norm: str, toks=None) -> tuple[list[tuple[str, str, int]], list[str]]:
    """Name–title pairs in apposition (``الدار ممدیاراف وزیر امور خارجه ...``, with the title's
    position) and person names (after an honorific, or quoted as irnews writes them: ``"امیر پرتز"``),
    in text order."""
    heads, hons = titles()
    pairs: list[tuple[str, str, int]] = []
    names: list[str] = []
    if toks is None:
        toks = [(m.start(), m.end(), m.group().replace("\u200c", "")) for m in _WORD.finditer(norm)]
    n = len(toks)
    before_name = None
    title_before_name = _before_name()
    words = [t[2] for t in toks]
    met = _harvest_words().intersection(words)   # the words anything below starts at, met once each
    for i in [i for i, w in enumerate(words) if w in met]:
        s, e, w = toks[i]
        kw = w
        if kw in title_before_name and i + 2 < n and _is_surname(toks[i + 1][2]) and not norm[e:toks[i + 1][0]].strip(" \u200c"):
            # «قاضی مسعودی مقام»: a surname after the title, with a second piece where the text gives the
            # pair again after the same title (a common word after a surname is otherwise no part of it)
            sur, nxt = toks[i + 1][2], toks[i + 2][2]
            if before_name is None:
                before_name = Counter((a[2], b[2], c[2]) for a, b, c in zip(toks, toks[1:], toks[2:]) if a[2] in title_before_name)
            if nxt not in STOP and nxt not in heads and nxt not in hons and nxt not in _VERBS and not nxt.isdigit() \
                    and not norm[toks[i + 1][1]:toks[i + 2][0]].strip(" \u200c") and before_name[(kw, sur, nxt)] >= 2:
                names.append(f"{sur} {nxt}")
        if kw in heads and i > 0:
            # the name: up to three words back to a boundary (punctuation or stop word)
            j = i
            while j > 0 and i - j < 3:
                prev = toks[j - 1]
                gap = norm[prev[1]:toks[j][0]]
                if prev[2] in STOP or prev[2] in heads or prev[2] in hons or any(c in gap for c in ".:!?؟\n«»\"()") \
                        or (prev[2] in _TOPIC_NOUNS and j > 1 and toks[j - 2][2] in {"این", "همین", "آن"}) \
                        or (("؛" in gap or ";" in gap) and (j != i or gap.strip(" \u200c") not in ("؛", ";"))):
                    break  # «غلامحسین اسماعیلی؛ سخنگوی قوه قضائیه»: a semicolon apposes as a comma does
                if "،" in gap and j != i:
                    break
                j -= 1
                if "،" in norm[toks[j][1]:toks[j + 1][0]] and j + 1 != i:
                    j += 1
                    break
            if j < i:
                # a name must not run into the title through a comma-less verb phrase
                name = " ".join(t[2] for t in toks[j:i])
                # boundary before the name
                before = norm[toks[j - 1][1]:toks[j][0]] if j > 0 else "."
                if i - j >= 3 and _k(toks[j][2]) in _possessed():
                    # «در توئيتر آذري جهرمي وزير ارتباطات»: the medium or the words the name owns
                    j += 1
                    name = " ".join(t[2] for t in toks[j:i])
                    before = "."
                elif not is_given_name(toks[j][2]) and _freq().get(toks[j][2], 0) >= 500_000:
                    # «اظهارات محمدجواد ظریف وزیر امور خارجه», «به گفته جوزپه کنته، نخست وزیر», «وعده محمد
                    # اسلامی وزیر راه»: a common noun the name is the possessor of; a given name opens the name
                    g = next((g for g in range(j + 1, i - 1) if is_given_name(toks[g][2]) and toks[g - 1][2] not in heads
                              and not is_given_name(toks[g - 1][2]) and toks[g - 1][2] not in _NAME_LINKS), None)
                    if g is not None:
                        j = g
                        name = " ".join(t[2] for t in toks[j:i])
                        before = "."
                if j == 0 or toks[j - 1][2] in STOP or any(c in before for c in ".:،؛\n»\"(") or toks[j - 1][2] in hons \
                        or (toks[j - 1][2] in _scene_heads() and is_given_name(toks[j][2])):
                    title = _title_from(toks, i, norm)
                    if title and not any(t[2] in PRONOUNS for t in toks[j:i]) and not _is_outlet(name) \
                            and _person_with_tail(name) and _rare_or_given(name, toks[j - 1][2] if j > 0 else "") \
                            and not _VERB_FORM.search(norm, toks[j][0], toks[i - 1][1]):
                        pairs.append((name, title, s))
                    elif title and j == i - 1 and j > 0 and _is_surname(name) and (toks[j - 1][2] in hons or (
                            j > 1 and toks[j - 2][2] + toks[j - 1][2] in hons)):
                        # «آیت‌الله خامنه‌ای رهبر معظم انقلاب», «سردار سلامی فرمانده کل سپاه»: the surname is
                        # all the name the text gives
                        pairs.append((name, title, s))
        elif kw in hons and i + 1 < n:
            nm = []
            i0 = i + 1 if toks[i + 1][2] in ("یکم", "دوم", "سوم") and i + 2 < n else i  # «سرتیپ دوم عیسی میرزایی»
            for k, t in enumerate(toks[i0 + 1:i0 + 4], i0 + 1):
                if t[2] in STOP or t[2] in heads or t[2] in hons:
                    break
                if nm and k + 1 < n and toks[k + 1][2] in {"کرد", "داشت", "شد", "نمود", "کند", "دارد"}:
                    break  # «... عباسی تصریح کرد»: the nominal of the verb, no part of the name
                if any(c in norm[(nm[-1][1] if nm else e):t[0]] for c in ".:،؛\n«»\"()"):
                    break
                nm.append(t)
                if len(nm) == 3:
                    break
            while len(nm) > 2 and not is_person_like(" ".join(t[2] for t in nm)):
                nm = nm[:-1]
            if len(nm) >= 2 and not (len(nm) == 2 and nm[1][2] in SURNAME_TAILS):  # «سردار حاجی زاده»: a surname
                names.append(" ".join(t[2] for t in nm))
    for m in re.finditer(r'["«]([^"«»\n]{3,30})["»]', norm):
        inner = m.group(1).split()
        if 2 <= len(inner) <= 3 and is_person_like(" ".join(inner)):
            names.append(" ".join(inner))
    return pairs, names


def _second_pieces(names: list[str], full: set[str]) -> list[str]:
    """«محمد رضا شانه» harvested where the text names «محمد رضا شانه ساز» (``text_names``: the surname's second
    piece comes again, «شانه ساز افزود»): the name with its whole surname, one word longer."""
    longer: dict[str, str] = {}
    for nm in full:
        w = nm.split()
        if len(w) >= 3:
            longer.setdefault(" ".join(w[:-1]), nm)
    return [longer.get(n, n) if len(n.split()) >= 2 else n for n in names]


def text_names(norm: str, toks) -> list[tuple[int, str]]:
    """Every «given name(s) + surname» in the text, with its position («نادر دست‌نشان در گفت‌وگو ...»):
    the full names that later surnames and pronouns point to, whether or not that person is quoted there."""
    fn = _given_among({t[2] for t in toks})
    heads, hons = titles()
    out: list[tuple[int, str]] = []
    n, i = len(toks), 0

    def glued(a, b):
        return not norm[toks[a][1]:toks[b][0]].strip(" \u200c")

    pairs_of: dict = {}  # (word, next word) -> the tokens before each glued occurrence, filled on first use

    # a name opens at a given-name word only: those are found in one C-level pass
    for start in list(compress(range(n), map(fn.__contains__, map(itemgetter(2), toks)))):
        if start < i:
            continue   # inside the last name read
        i = start
        if i and _k(toks[i - 1][2]) in _named_after():
            continue   # «عضو کمیسیون عمران اظهار می‌دارد»: «عمران» names the commission
        j = i
        while j + 1 < n and j - i < 2 and toks[j + 1][2] in fn and glued(j, j + 1):
            j += 1
        k = j + 1
        ok = k < n and glued(j, k) and toks[k][2] not in fn
        if not ok and j > i:
            k = j  # «امیر حسین»: the last given-name-like word is the surname
            ok = True
        if ok:
            sur = toks[k][2]
            core = " ".join(t[2] for t in toks[i:k + 1])  # the name judged without a second piece
            # a surname in two pieces: «الجار الله», «احمدی نژاد», «کوچک زاده», «انصاری فرد»
            if k + 1 < n and glued(k, k + 1) and (toks[k + 1][2] in SURNAME_TAILS or toks[k + 1][2] == "فرد" or (
                    toks[k + 1][2].startswith("ال") and sur.startswith("ال"))):
                k += 1
            elif k + 1 < n and glued(k, k + 1) and _second_surname(toks, i, k, pairs_of):
                k += 1  # «علی اکبر امین تفرشی ... امین تفرشی افزود»: the text names him by both surnames
            name = " ".join(t[2] for t in toks[i:k + 1])
            if sur not in STOP and sur not in heads and sur not in hons and sur not in PRONOUNS and sur not in NONREF \
                    and sur not in _VERBS and not sur.startswith(("می", "نمی")) \
                    and not (k + 1 < n and toks[k + 1][2] in _VERBS) \
                    and sur not in {"یکی", "برخی", "همه", "هر", "دیگر", "نیز", "هم"} \
                    and not sur.isdigit() and is_person_like(core):
                out.append((toks[i][0], name))
                i = k + 1
                continue
        i = j + 1
    return out


def _second_surname(toks, i: int, k: int, pairs_of: dict) -> bool:
    """Whether the word after the surname ``toks[k]`` is a second surname: the text writes the two words
    again without the given names (``toks[i:k]``) before them («امین تفرشی افزود» after «علی اکبر امین
    تفرشی»), and the second is no name break, title, verb or given name. ``pairs_of`` caches, per pair of
    words, the word before each occurrence (and, under ``None``, the words)."""
    sur, nxt = toks[k][2], toks[k + 1][2]
    if nxt in STOP or nxt == "و" or is_title_word(nxt) or is_honorific(nxt) or nxt in _VERBS or is_given_name(nxt) \
            or ends_name(nxt) or nxt.isdigit() or _clause_verb(nxt) or nxt in PRONOUNS:
        return False
    before = pairs_of.get((sur, nxt))
    if before is None:   # the pair's occurrences, found by ``list.index`` (a C scan) the first time it is asked
        words = pairs_of.get(None)
        if words is None:
            words = pairs_of[None] = [t[2] for t in toks]
        before, a = [], -1
        while True:
            try:
                a = words.index(sur, a + 1, len(words) - 1)
            except ValueError:
                break
            if words[a + 1] == nxt:
                before.append(words[a - 1] if a else "")
        pairs_of[(sur, nxt)] = before
    given = toks[k - 1][2]
    return any(b != given and not is_given_name(b) for b in before)


def _as_title(norm: str, toks, names: list[tuple[int, str]]) -> list[tuple[str, str, int]]:
    """«امیر قلعه‌نویی به عنوان یک سرمربی با تجربه ...»: a full name, «به عنوان» (and «یک»), then a title
    ties the two, as apposition does."""
    starts = [t[0] for t in toks]
    out = []
    for pos, name in names:
        k = bisect_left(starts, pos) + len(name.split())
        if k < len(toks) and toks[k][2] == "بهعنوان":
            k += 1
        elif k + 1 < len(toks) and toks[k][2] == "به" and toks[k + 1][2] == "عنوان":
            k += 2
        else:
            continue
        if k < len(toks) and toks[k][2] == "یک":
            k += 1
        if k < len(toks) and is_title_word(toks[k][2]) and not norm[toks[k - 1][1]:toks[k][0]].strip(" \u200c"):
            title = _title_from(toks, k, norm)
            if title:
                out.append((name, title, toks[k][0]))
    return out


def _title_first(norm: str, toks, names: list[tuple[int, str]]) -> list[tuple[str, str, int]]:
    """«وزیر امور خارجه جمهوری آذربایجان، الدار ممدیاراف ...»: a title phrase, a comma, then a name
    ties the two, as a title after the name does."""
    out = []
    starts = [t[0] for t in toks]
    known = {p for p, _ in names}
    extra = []
    for m in re.finditer("،", norm):
        # a name no given-name list knows («الدار ممدیاراف»): two rare words, then a boundary
        k = bisect_left(starts, m.end())
        if k + 1 < len(toks) and toks[k][0] not in known and not norm[toks[k][1]:toks[k + 1][0]].strip(" \u200c"):
            name = f"{toks[k][2]} {toks[k + 1][2]}"
            after = norm[toks[k + 1][1]:toks[k + 2][0]] if k + 2 < len(toks) else "."
            nxt = toks[k + 2][2] if k + 2 < len(toks) else ""
            verbish = toks[k][2] in _CUE_HEADS or toks[k + 1][2] in {"داشت", "کرد", "شد", "داد", "نمود", "گفت"} \
                or toks[k + 1][2].startswith(("می", "نمی"))
            # «وزیر نیرو، ساخت سد را ... دانست»: words before «را» are the object, not a name
            if not verbish and nxt != "را" and (after.strip(" \u200c") or nxt in STOP or is_title_word(nxt) or nxt in _CUE_HEADS) \
                    and is_person_like(name):
                extra.append((toks[k][0], name))
    for pos, name in list(names) + extra:
        c = pos - 1
        while c >= 0 and norm[c] in " \u200c\t":
            c -= 1
        if c < 0 or norm[c] != "،":
            continue
        i = bisect_left(starts, pos) - 1  # the last word of the title phrase
        j = i
        while j > 0 and i - j < 8:
            gap = norm[toks[j - 1][1]:toks[j][0]]
            if gap.strip(" \u200c") or toks[j - 1][2] in STOP:
                break
            j -= 1
        words = [t[2] for t in toks[j:i + 1]]
        if words and _starts_title(words) and not any(w in STOP for w in words):
            out.append((name, " ".join(words), pos))
    return out


# first words of the common reporting verbs: a name right before one is the subject
_CUE_HEADS = {"گفت", "افزود", "اظهار", "اعلام", "تاکید", "تصریح", "بیان", "خاطرنشان", "یادآور", "ادامه"}
# «نمی‌تواند», «می‌کنم»: a verb in a would-be name
_VERB_FORM = re.compile(r"(?<![\w\u200c])ن?می\u200c")
# words inside an Arab name («محمد بن عبدالکریم العیسی», «ابو مهدی المهندس»)
_NAME_LINKS = {"بن", "ابن", "بنت", "آل", "ال", "ابو", "ام", "ابی"}
# second pieces of a surname written apart from the first
SURNAME_TAILS = {"الله", "زاده", "نژاد", "پور", "فر", "راد", "نیا", "مقدم", "آبادی", "وند", "لو", "بخش", "نسب"}
# finite verbs a given name can run into («الهام رفت»): never a surname
_VERBS = {"رفت", "گفت", "کرد", "شد", "داد", "آمد", "است", "بود", "داشت", "نمود", "گرفت", "کند", "شود", "دارد",
          "رغم"}  # «علی رغم» is «despite»


_REPORT_OPENS = re.compile(r"[ \u200c\t]*به[ \u200c]*گزارش(?![\w\u200c])")


_SENTENCE_END = re.compile(r"[.!؟?]")
_CLAUSE_END = re.compile(r"[.!؟?:]")  # a sentence end or a colon
_SENTENCE_REPORT = re.compile(r"[.!؟?][ \u200c\t]+(?P<r>به[ \u200c]*گزارش(?![\w\u200c]))")


def _lead_ties(norm: str, quotes: list[dict], names: list[tuple[int, str]]) -> list[tuple[str, str, int]]:
    """«شهردار مشهد گفت: ...» in the lead, then «به گزارش خبرگزاري فارس از مشهد هاشم بني هاشمي نسب گذشته در آيين
    ... افزود» opening the next paragraph: the news agency's lead names the speaker by title, the paragraph after
    it, right after «به گزارش X», by name. Where no quotation was found at that name (the ordinary ties then
    do the work), ties the lead's title mentions to the first full name at most ten words into that
    paragraph: (name, title, the mention's position)."""
    body = [m.start() for m in re.finditer(r"(?m)^(?!#)[^\n]*\S", norm)]  # paragraph starts, headings aside
    if not body:
        return []
    lead = body[0]
    nxt = body[1] if len(body) > 1 else len(norm)
    if _REPORT_OPENS.match(norm, nxt):
        end = norm.find("\n", nxt)
        end = len(norm) if end < 0 else end
    else:
        # irnews writes a whole article as one paragraph: the lead is its first sentence, and the body opens
        # with the next one, «… نداشت. به گزارش فارس، محمد حسن انصاری فرد در گفت و گو با … انجام داد:»
        stop = norm.find("\n", lead)
        stop = len(norm) if stop < 0 else stop
        opens = _SENTENCE_REPORT.search(norm, lead, min(stop, lead + 600))
        if not opens or len(_SENTENCE_END.findall(norm, lead, opens.start() + 1)) > 1:
            return []
        nxt = opens.end() - len(opens.group("r"))
        close = _CLAUSE_END.search(norm, nxt, stop)
        end = close.start() if close else stop
    first = next(((pos, nm) for pos, nm in names if nxt <= pos < nxt + 250), None)
    if first is None or len(norm[nxt:first[0]].split()) > _lead_reach(norm[nxt:first[0]] if first else "") \
            or any(nxt <= q.get("mention_start", q.get("start", 0)) < end for q in quotes):
        return []
    name = first[1]
    quoted = _QUOTED_NAME.match(norm, first[0] - 1) if first[0] and norm[first[0] - 1] in "«\"" else None
    if quoted and " ".join(_tokens(quoted.group(1))[:len(name.split())]) == name:
        name = " ".join(_tokens(quoted.group(1)))  # «"عباس مسجدی آرانی" رییس پزشکی قانونی»: the whole quoted name
    out = []
    for q in quotes:
        at = q.get("mention_start", q.get("start", 0))
        words = _tokens(q.get("mention_norm") or q["mention"])
        if any(r is not q and r["start"] <= at < r["end"] for r in quotes):
            continue  # «نماینده مردم تهران گفت: وزیر اطلاعات در نامه‌ای … خبر داد»: an official spoken of in the lead's words
        if lead <= at < nxt and words and _starts_title(words):
            out.append((name, " ".join(words), at))
    return out


def _lead_official_named(norm: str, quotes: list[dict]) -> None:
    """«یک مقام مسئول در بورس کالا … گفت: …» in the lead, then «علی پناهی ، معاون توسعه بازار و تحقیقات بورس کالا …
    عنوان کرد» (or «یوکیو ادانو رهبر حزب … ژاپن گفت» after «یک مقام سیاسی ژاپن گفت») as the first named speaker of
    the next paragraph: the news agency's lead keeps the official unnamed that the body names, so the lead's
    anonymous official is that person where the words that place the official («بورس کالا», «ژاپن») come again
    between the name and its cue. A lead that names a role rather than an official («یک عضو کمیسیون حقوقی … اظهار کرد
    …. محمد علی پورمختار در گفت‌وگو با ایسنا … گفت», «یک فعال سیاسی اصولگرا گفت: …» then «محمد مهاجری … گفت») only
    sums up the body's first named speaker, who may open the next sentence of the lead as well: no place is asked."""
    body = [m.start() for m in re.finditer(r"(?m)^(?!#)[^\n]*\S", norm)]  # paragraph starts, headings aside
    if not body:
        return
    lead = body[0]
    nxt = body[1] if len(body) > 1 else len(norm)  # irnews writes a whole article as one paragraph
    end = norm.find("\n", nxt)
    end = len(norm) if end < 0 else end
    order = sorted((q for q in quotes if q.get("mention_start", -1) >= lead), key=lambda q: q["mention_start"])
    anon = []  # the lead's quotations by someone left unnamed, up to the first one by anyone else
    for q in order:
        words = _tokens(q.get("mention_norm") or q["mention"])
        if q["mention_start"] >= nxt or len(words) < 2 or words[0] != "یک" or q["speaker"] != " ".join(words):
            break
        anon.append(q)
    rest = order[len(anon):]
    if not anon or not rest:
        return
    first = rest[0]
    at = first["mention_start"]
    if at >= nxt:
        if at >= end or len(norm[nxt:at].split()) > 12:
            return
        same_paragraph = False
    else:
        # the next sentence after the lead's («… باشد. محمد علی پورمختار در گفت‌وگو با ایسنا … گفت»), or the body
        # that «به گزارش X» opens after a lead of a few sentences («… کردند. به گزارش روز نو ؛ در همین راستا …»)
        close = max(q["end"] for q in anon)
        if close > at:
            return  # «قالیباف … سعی می‌کند» inside the lead's own words
        report = None
        for report in _REPORT_OPENS.finditer(norm, close, at):
            pass
        start = report.end() if report else close
        if len(_SENTENCE_END.findall(norm, start, at)) > (0 if report else 1) or len(norm[start:at].split()) > 14:
            return
        same_paragraph = True
    sw = first["speaker"].split()
    mw = _strip_hon(_tokens(first.get("mention_norm") or first["mention"]))
    if not (2 <= len(sw) <= 4 and (is_given_name(_k(sw[0])) or is_person_like(first["speaker"]))) or _is_group(first) \
            or not mw or mw[-1] != _k(sw[-1]) or _starts_title(mw):
        return  # the body names the person there («او گفت» is no naming)
    between = set(_tokens(norm[at:first.get("cue_start", at)]))
    for q in anon:
        words = _tokens(q.get("mention_norm") or q["mention"])
        if _is_group(q):
            continue
        if words[1] == "مقام" and len(words) >= 3 and not same_paragraph:
            place = words[words.index("در") + 1:] if "در" in words[2:] else words[-1:]  # «در بورس کالا», «… ژاپن»
            if not (place and all(w in between for w in place)):
                continue
        elif words[1] == "مقام" or not is_title_word(words[1]):
            continue  # «یک منبع آگاه», «یک رسانه عبری»: no role the body goes on to name
        old = q["speaker"]
        for r in quotes:
            if r["speaker"] == old:
                r["speaker"] = first["speaker"]


_CITES_OFFICE = re.compile(r"(?<![\w\u200c])به[ \u200c]*نقل[ \u200c]+از(?![\w\u200c])")


def _lead_reach(prefix: str) -> int:
    """How many words «به گزارش X» may take before the name a lead's title mention is tied to: ten, or
    twenty where the chain goes on through an office («به گزارش خبرگزاری فارس از یاسوج، به نقل از اداره
    اطلاع‌رسانی و روابط عمومی آموزش و پرورش استان شاهرخ کناری ...»: the office's name is no sentence of its
    own). No sentence may end on the way."""
    office = _CITES_OFFICE.search(prefix)
    if any(c in prefix for c in ".!?؟:") or not office:
        return 10
    rest = prefix[office.end():].rstrip(" \u200c")
    if "،" in rest and not rest.endswith("،"):
        return 10  # «به نقل از روابط عمومی اتحادیه املاک ورامین، ابوطالب شیرکوند، علیرضا حیدری …»: a list of people
    return 20


def _named(surname: str, names: list[tuple[int, str]], pos: int) -> str | None:
    """The full name with this surname named last before ``pos``, else the first after it."""
    sw = surname.split()
    glued = "".join(sw)
    hits = [(p, nm) for p, nm in names if len(nm.split()) > len(sw) and (
        nm.split()[-len(sw):] == sw or nm.split()[-1] == glued)]  # «حاجی زاده» for «امیرعلی حاجی‌زاده»
    before = [h for h in hits if h[0] < pos]
    if before:
        return before[-1][1]
    return hits[0][1] if hits else None


def _person_with_tail(name: str) -> bool:
    """``is_person_like``, a surname's second piece aside («احمد فیاض بخش», «خالد الجار الله»)."""
    w = name.split()
    return is_person_like(name) or (len(w) >= 3 and w[-1] in SURNAME_TAILS and is_person_like(" ".join(w[:-1])))


def _rare_or_given(name: str, before: str = "") -> bool:
    """A name opens with a given name, follows an honorific, or is made of rare words only
    («الدار ممدیاراف»); «بزرگ ترین ثروت» before «فرمانده» is no name."""
    words = [_k(w) for w in name.split()]
    if is_given_name(words[0]) or is_honorific(before):
        return True
    f = _freq()
    return all(f.get(w, 0) < 500_000 for w in words)


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def _is_outlet(name: str) -> bool:
    from .sources import is_outlet

    return is_outlet(name)


def _title_from(toks, i, norm) -> str:
    out = []
    for t in toks[i:i + 9]:
        if out:
            gap = norm[out[-1][1]:t[0]]
            if any(c in gap for c in ".:،؛\n«»\"()"):
                break
            if t[2] in STOP:
                break
        out.append(t)
    return " ".join(t[2] for t in out)


_GLUED_HONORIFICS = ("دکتر", "مهندس")  # irnews glues them to the name: «دکترحسن عباسپور»


def _strip_hon(words: list[str]) -> list[str]:
    """Drop leading honorifics, one word or two («حجت الاسلام والمسلمین»), and one glued to the given name
    («دکترمحمد امیری رودان»)."""
    if len(words) > 1:
        for hon in _GLUED_HONORIFICS:
            if words[0].startswith(hon) and is_given_name(words[0][len(hon):]):
                words = [words[0][len(hon):]] + words[1:]
                break
    while len(words) > 1:
        if len(words) > 2 and is_honorific(words[0] + words[1]):
            words = words[2:]
            if len(words) > 2 and words[0] in ("یکم", "دوم", "سوم"):
                words = words[1:]  # «امیر سرتیپ دوم عیسی میرزایی»: the rank's ordinal
        elif is_honorific(words[0]):
            if is_title_word(words[0]) and not is_person_like(" ".join(words[1:4])) and len(words) > 2:
                break  # «استاد حوزه علمیه قم»: a title, not an honorific before a name
            words = words[1:]
            if len(words) > 2 and words[0] in ("یکم", "دوم", "سوم"):
                words = words[1:]  # «دریادار دوم عباس حسنی»: the rank's ordinal
        else:
            break
    return words


# «این گزارش», «این آمار»: a document named again, resolved to whoever issued it
DOC_ANAPHORS = {"گزارش", "آمار", "اطلاعیه", "بیانیه", "اعلامیه", "ارقام", "گزارشها", "آمارها", "نتایج"}
# «مقام عالی دولت در مازندران», «این مسئول»: an epithet for the person last spoken of
EPITHETS = {"مقام", "مسئول", "این", "همین"}


def resolve(quotes: list[dict], norm: str, toks=None, text: str | None = None, issuer: str | None = None) -> None:
    """Set ``speaker`` on every quotation (sorted by mention position); ``issuer`` is the office the
    outlet quotes, the author of «این گزارش»."""
    if not quotes:
        return
    # one key per spelling: «رئیسی» and «رییسی» are one speaker (same length, so offsets hold)
    if "ئ" in norm:
        norm = norm.replace("ئ", "ی")
        if toks is not None:
            toks = [t if "ئ" not in t[2] else (t[0], t[1], t[2].replace("ئ", "ی")) for t in toks]
    for q in quotes:
        if q.get("mention_norm"):
            q["mention_norm"] = q["mention_norm"].replace("ئ", "ی")
    if toks is None:
        toks = [(m.start(), m.end(), m.group().replace("\u200c", "")) for m in _WORD.finditer(norm)]
    pairs, extra_names = harvest(norm, toks)
    tnames = text_names(norm, toks)
    known_full = {nm for _, nm in tnames}
    surnames = frozenset(nm.split()[-1] for nm in known_full if len(nm.split()[-1]) >= 2)
    if any(_starts_title(_tokens(q.get("mention_norm") or q["mention"])) for q in quotes):
        pairs += _title_first(norm, toks, tnames) + _as_title(norm, toks, tnames)  # only a title mention needs them
    persons: list[str] = [p[0] for p in pairs if len(p[0].split()) >= 2] + _second_pieces(extra_names, known_full)
    title_of: dict[str, str] = {}
    for name, title, _ in pairs:
        title_of.setdefault(name, title)
    lead_tie: dict[int, str] = {}
    lead_title: dict[str, str] = {}  # the lead's title of a name tied by ``_lead_ties``
    if any(_starts_title(_tokens(q.get("mention_norm") or q["mention"])) for q in quotes):
        for name, title, at in _lead_ties(norm, quotes, tnames):
            lead_tie[at] = name  # the lead's title mention at ``at`` is this name; no pair, person or title_of
            if name not in title_of:  # «غلامرضا مصباحی مقدم عضو و سخنگوی …»: the body's own title says more
                lead_title.setdefault(name, title)
    fits = _Fits(toks, pairs, norm)
    pairs_back = back_at = None  # ``pairs`` by position, last first, once a title mention needs them
    last: str | None = None
    last_one: str | None = None  # the last single speaker (no according-to, no plural group)
    last_ref: str | None = None  # the last single speaker that names someone (``is_junk_speaker``)
    last_human: str | None = None  # the last single speaker who is a person (``_human``): what «این مقام» means
    last_group: str | None = None  # the last speaker with a plural verb: what «آنها» means
    # what «وی» means: ``last_one`` / ``last``, skipping a body named inside a quotation's content («چمران …
    # گفت: … ولی دولت نیز اعتقاد دارد …. وی …»: the body is spoken of, the speaker goes on)
    pron_one: str | None = None
    army: bool | None = None  # whether «امیر» opens a rank in this text («امیر سرتیپ»), found once when needed
    pron_last: str | None = None
    title_groups: dict[str, str] = {}  # title mention -> canonical
    seen: dict[str, None] = {}
    person_like = list(dict.fromkeys([p for p in persons if is_person_like(p)] + [nm for _, nm in tnames]))
    known_full |= set(persons)
    prev_pos = 0
    # where a quotation's content opens; what an outlet writes or reports («دویچه وله نوشت: نفتالی بنت ...
    # گفت») is narration, whose subjects may speak next
    starts = sorted(q["start"] for q in quotes if "start" in q and not _is_outlet(q.get("mention", ""))
                    and not any(v in (q.get("cue") or "") for v in ("نوشت", "نویس", "گزارش", "خبر")))
    order = sorted(quotes, key=lambda q: q.get("mention_start", q["start"]))
    inside = _said_inside(order, norm)
    for qi, q in enumerate(order):
        q["_prev_pos"] = prev_pos
        prev_pos = q.get("mention_end", q["start"])
        m = " ".join(_tokens(q["mention_norm"])) if q.get("mention_norm") else q["mention"]
        words = m.split()
        canon = None
        clause = len(words) >= 2 and words[-1] == "و"
        if clause:
            words = _before_and(words[:-1], person_like)  # «زندان‌بان آمد و گفت», «آهی کشید و گفت»
            m = " ".join(words)
        if words and not clause:
            words = _unglue(norm, q, words, surnames)  # «... درگردشوزیر امور اقتصادی و دارایی گفت»
            words = _quoted_after(norm, q, words)  # «جنرال «کنث مک‌کنزی»», «جنبش «حماس»»
            words = issuer_of(strip_lead(words))  # «بلکه آمارها», «گزارش انجمن ...»: who speaks
            words = _issuer_after(norm, q, words)
            words = _share_of(norm, q, words)
            words = _title_cut(norm, q, words)
            words = _relative_after(norm, q, words)
            m = " ".join(words)
        aside = q.get("_aside")  # «اظهارات X مبنی بر …»: X is someone spoken of, never the speaker going on
        shared = None if aside else _shared_subject(order[qi - 1] if qi else None, q, words, norm)
        if shared:
            canon = shared  # «X با بیان اینکه Y، گفت: Z»: the adjunct's subject is the verb's
        elif words and not aside and not _is_group(q) and _no_phrase(_tokens(q.get("mention_norm") or q["mention"]) or words) \
                and (last_ref or last_one or last):  # the mention as found, not «اینترن دیگری که … است» read on
            canon = last_ref or last_one or last  # «متأسفانه گفت», «… که باید روشن شده باشد، … گفت»: the speaker goes on
        elif not words or (not aside and _dropped_subject(words, q.get("mention", ""))) or (not aside and
                (last_one or last) and names_someone((last_one or last).split()) and not is_junk_speaker(last_one or last)
                and _no_subject(words, q, order[qi - 1] if qi else None, norm, surnames | set(seen))):
            # a dropped subject («سه گفت», «آیا ... گفت», «آهی کشید و گفت»): the speaker goes on
            canon = (_goes_on(last_one or last, last_ref, "وی") if clause else None) or last_one or last
        elif len(words) == 2 and words[0] in {"این", "همین"} and words[1] in DOC_ANAPHORS:
            recent = _last_person(norm, person_like + [s for s in seen if is_person_like(s)][-20:], q.get("mention_start", 0))
            if words[1] in {"گزارش", "گزارشها"} and issuer:
                canon = _fold_key(issuer)
            elif words[1] in {"بیانیه", "اطلاعیه", "اعلامیه"}:
                canon = last or (_fold_key(issuer) if issuer else m)  # the body that issued it just spoke
            else:
                canon = recent or last or (_fold_key(issuer) if issuer else m)
        elif len(words) == 2 and words[0] in {"این", "همین"} and words[1] == "منابع" \
                and (src := _sources_before(norm, q.get("mention_start", 0), seen)):
            canon = src  # «منابع محلی … این منابع افزودند»: the sources named before
        elif len(words) > 1 and words[0] in {"این", "همین"} and words[1] in ORG_EPITHETS and words[1] not in DOC_ANAPHORS:
            # «این دانشگاه», «این منبع نظامی»: the body or source of that kind spoken of last
            canon = next((x for x in reversed(list(seen)) if _names_kind(words[1], x)), None) or (
                _source_fallback(norm, q.get("mention_start", 0), last_one) if words[1] == "منبع" else None) or m
        elif words[0] == "مقام" and len(words) > 1 and words[1] not in {"ها", "های"} and not _is_group(q) and not aside:
            canon = _recent_person(norm, person_like + [s for s in seen if is_person_like(s)][-20:],
                                   q.get("_prev_pos", 0), q.get("mention_start", 0), starts) or last or m
        elif m in PLURAL and last_group:
            canon = last_group  # «آنها»: the group that spoke last («احزاب کارگر و مرتس اعلام کردند»)
        elif m in PLURAL and any(not is_person_like(x) and x not in PRONOUNS for x in seen):
            # «آنها»: the group spoken of last, not the last person
            canon = next(x for x in reversed(list(seen)) if not is_person_like(x) and x not in PRONOUNS)
        elif m in PRONOUNS or words[0] in {"وی", "او", "ایشان"} or (
                words[0] == "این" and len(words) > 1 and (is_title_word(words[1]) or words[1] in {"مقام", "مسئول", "مقام‌", "سفارتخانه", "اطلاعیه", "بیانیه", "وزارتخانه", "نهاد", "سازمان", "کارشناس", "مدیر", "نماینده", "چهره", "فرد"})) \
                or _epithet(words, q):
            official = words[0] == "این" and len(words) > 1 and words[1] in {"مقام", "مسئول", "مسوول", "مسؤول"}
            canon = _recent_person(norm, person_like + [s for s in seen if is_person_like(s)][-20:],
                                   q.get("_prev_pos", 0), q.get("mention_start", 0), starts) or (
                # «این مقام سوری» after a body quoted inside his words: the official who spoke before it
                last_human if official and pron_one and not _human(pron_one) and last_human else None) or (
                _goes_on(pron_last if m in PLURAL else pron_one or pron_last, last_ref, m)) or _last_person(
                norm, [p[0] for p in pairs] + person_like, q.get("mention_start", 0)) or pron_one or pron_last or m
        else:
            if len(words) == 2 and words[0] == "امیر" and army is None:
                army = any(a[2] == "امیر" and is_honorific(a[2] + b[2]) for a, b in zip(toks, toks[1:]))
            if len(words) == 2 and words[0] == "امیر" and army and any(
                    len(pw := p.split()) >= 2 and pw[-1] == words[1] and pw[0] != "امیر" for p in persons + list(seen)):
                words = words[1:]  # «امیر میرزایی» after «امیر سرتیپ دوم عیسی میرزایی»: the rank, shortened
            words = _strip_hon(words)
            key = " ".join(words)
            # a known full name at the start of the mention, or a surname of one
            after_title = words[1:] if words and words[0] in _before_name() else None  # «قاضی مسعودی مقام»
            for p in sorted(persons, key=lambda x: (-len(x.split()), x)):
                pw = p.split()
                if words[:len(pw)] == pw or (after_title and after_title[:len(pw)] == pw):
                    canon = p
                    break
            if canon is None and not _starts_title(words):
                # «کاوه» is not «یکی از همرزمان شهید کاوه»: only names are looked up by surname
                pool = persons + [s for s in seen if _nameish(s)][-50:]
                for p in pool:
                    pw = p.split()
                    if len(pw) >= 2 and ((words[0] == pw[-1] and (len(words) == 1 or (
                            # «جهانگیری نقش مردم»: the surname, then what the cue governs
                            " ".join(words[:2]) not in known_full and (not is_given_name(words[1]))
                            and not names_someone(words, ("full_name",)))))
                                         or (len(words) == 2 and words[0] + words[1] == pw[-1])
                                         or (len(pw) >= 3 and len(words) == 1 and words[0] == pw[-2] + pw[-1])
                                         or (len(words) >= 2 and words[:2] == pw[-2:])
                                         # «ميرتاج الديني» for «محمدرضا مير تاج‌الديني»: the surname split elsewhere
                                         or (2 <= len(words) <= 3 and len(pw) >= 3 and "".join(words) == "".join(pw[-2:])
                                             and not is_given_name(words[0]))):
                        canon = p
                        break
                if canon is None and len(words) == 1:
                    # the first of a two-part surname: «یونسی» for «مهدی یونسی رستمی»
                    canon = next((p for p in pool if len(p.split()) >= 3 and words[0] in p.split()[1:-1]), None)
                if canon is None and len(words) <= 2 and not is_given_name(words[0]):
                    # a surname whose full name the text gives outside any quotation («الجار الله» too)
                    canon = _named(" ".join(words), tnames, q.get("mention_start", 0))
                if canon is None and len(words) == 1 and is_given_name(words[0]):
                    # a given name alone («هومن»): the one full name that opens with it
                    src = pool + [nm for _, nm in tnames]
                    full = {p for p in src if len(p.split()) >= 2 and p.split()[0] == words[0] and _clean_name(p)}
                    if len(full) == 1:
                        canon = full.pop()
            if canon is None and _starts_title(words) and len(words) >= 5:
                # «دبیر شورای‌عالی انقلاب فرهنگی عبدالحسین خسروپناه»: a full title, then the name it
                # introduces (a one-word title before a name is a possessive: «وکیل ابراهیم اسلامی»)
                for k in (3, 2):
                    tail = words[-k:]
                    if len(words) - k >= 3 and is_given_name(tail[0]) and _clean_name(" ".join(tail)) \
                            and not any(is_title_word(w) for w in tail) and _k(words[-k - 1]) not in _named_after():
                        canon = " ".join(tail)
                        title_of.setdefault(canon, " ".join(words[:-k]))  # a later «وزیر علوم» is someone else
                        break
            if canon is None and _starts_title(words):
                mw = set(words)
                at = q.get("mention_start", 0)

                def tied(cands):
                    """The named person whose apposed title fits the mention best (the first listed on a tie)."""
                    best, score = None, 0.0
                    head = _k(words[0])
                    for name, title, _ in cands:
                        if aside and q.get("_head") and q["_head"] in {_k(w) for w in name.split()}:
                            continue  # «سخنان رئیس سازمان»: the statement noun is no part of a name before the title
                        tw = title.split()
                        if tw and _same_head(words, tw) and not _conflict(words, tw) and fits(words, name):
                            ov = _overlap(words, tw)
                            if ov > score:
                                best, score = name, ov
                                if score >= 1.0:
                                    break  # every word found: no later candidate can do better
                    return best if score >= (1.0 if aside else 0.5) else None

                # a title tied to a name earlier in the text (the nearest), else the speaker who goes on,
                # else whoever the same title meant last, else the nearest tie after it
                if pairs_back is None:  # the pairs nearest first, sorted once (a long text has thousands)
                    pairs_back = sorted(pairs, key=lambda p: -p[2])
                    back_at = [-p[2] for p in pairs_back]
                best = lead_tie.get(at) or tied(islice(pairs_back, bisect_right(back_at, -at), None))
                if best is not None:
                    canon = best
                elif not aside and last_one and _nameish(last_one) and _is_name(last_one) and _compatible(words, title_of.get(last_one)) \
                        and _may_share(words, lead_title.get(last_one)) and fits(words, last_one) and id(q) not in inside \
                        and not _also(norm, q) and not set(last_one.split()) <= set(words[1:]):
                    # «مشاور خانواده افزود» after a named speaker: that speaker goes on; not «سخنگوی نظامی عصائب اهل
                    # الحق» after «عصائب اهل الحق:» (a title of the body spoken of names someone of it)
                    canon = last_one
                else:
                    for tm, c in reversed(list(title_groups.items())[-50:]):
                        tw = tm.split()
                        if _k(tw[0]) == _k(words[0]) and len(mw & set(tw)) / max(1, min(len(mw), len(tw))) >= 0.6:
                            canon = c
                            break
                    if canon is None:
                        canon = tied([p for p in pairs if p[2] >= at]) or key
                title_groups.pop(key, None)
                title_groups[key] = canon
            if canon is None:
                # a name followed by its title inside the mention: keep the name part
                for i, w in enumerate(words[1:], 1):
                    if words[i - 1].endswith(("ها", "های")):
                        continue  # «چین و روسیه و کشورهای عضو جنبش ...»: «عضو» qualifies the plural, no title
                    if _starts_title(words[i:]):  # «پرویز سروری قائم مقام جمعیت ...»
                        if words[0] in NONREF or words[0] in {"این", "همین", "آن", "یکی"}:
                            break  # «یک کارشناس اقتصادی»: no name before the title
                        if i == 1 and words[0] == "حضرت":
                            break  # «حضرت امام»: a form of address before the title, no name
                        if i == 1 == len(words) - 1 and is_given_name(words[0]):
                            break  # «جواد امام گفت»: a given name and a surname that is a title's word, no title of nothing
                        canon = " ".join(words[:i])
                        if words[i - 1] == "و":
                            # «پیام محبی دامپزشک و رئیس بیمارستان»: the name, a first title, «و», a second;
                            # «دولت و رئیس جمهور»: two speakers named together, kept whole
                            k = 3 if i > 4 and is_given_name(words[0]) and is_given_name(words[1]) else 2
                            canon = " ".join(words[:k]) if i - 1 > k and (is_given_name(words[0]) or is_person_like(
                                " ".join(words[:k]))) else key
                        if i == 1 and not _starts_title(words):
                            # «رئیسی معاون وزیر بهداشت»: a surname, then its title
                            canon = next((p for p in persons if len(p.split()) >= 2 and p.split()[-1] == words[0]), None) \
                                or _named(words[0], tnames, q.get("mention_start", 0)) or canon
                        break
            if canon is None:
                canon = key
        q["speaker"] = canon or q["mention"]
        q["_titled"] = False if aside else "anonymous" if words and words[0] == "مقام" and canon == m else (  # «مقام ایتالیایی: ...»
            bool(words) and _starts_title(words) and canon == " ".join(_strip_hon(words)) and id(q) not in inside)
        if id(q) in inside and q["_titled"] is False and _starts_title(words) and q["speaker"] == " ".join(_strip_hon(words)):
            seen[q["speaker"]] = None  # «روحانی گفت: وزیر نفت اعلام کرده ...»: the speaker goes on after it
            continue
        if q.get("_aside"):
            continue  # «با اشاره به اظهارات X مبنی بر …»: X is spoken of in passing, the speaker goes on
        last = q["speaker"]
        body_inside = id(q) in inside and not _human(last)
        if not body_inside:
            pron_last = last
        if not _is_group(q) and not is_document(last):
            last_one = last  # «بر اساس نتایج … نشان می‌دهد»: a text never becomes what a later «وی» means
            if not body_inside:
                pron_one = last
            if not is_junk_speaker(last):
                last_ref = last  # «وی» never means «قرار بوده»: a pronoun skips speakers that name no one
            if _human(last):
                last_human = last
        elif q.get("kind") != "according_to" and last not in PRONOUNS:
            last_group = last  # a plural verb: a group spoke
        seen[last] = None
    _lead_official_named(norm, quotes)
    # a surname that spoke before its full name was given (a headline «ربیعی: ...»): the full name
    by_last: dict[str, set] = {}
    for q in quotes:
        sw = q["speaker"].split()
        if 2 <= len(sw) <= 4 and not _starts_title(sw) and not _is_group(q) and (
                is_person_like(q["speaker"]) or (is_given_name(sw[0]) and _clean_name(q["speaker"]))):
            by_last.setdefault(sw[-1], set()).add(q["speaker"])  # «مصطفی معین»: a given name vouches
    for q in quotes:
        if " " not in q["speaker"] and len(by_last.get(q["speaker"], ())) == 1:
            q["speaker"] = next(iter(by_last[q["speaker"]]))
    # a title never tied to a name: tie it to the nearest named speaker without a title of their own
    surnames = {q["mention"].strip() for q in quotes if len(q["mention"].split()) == 1}
    person_set = set(persons)
    named = [q for q in quotes if not _is_group(q) and (
        2 <= len(q["speaker"].split()) <= 4 and not is_title_word(q["speaker"].split()[0])
        and (q["speaker"] in person_set or q["speaker"] in known_full or q["speaker"].split()[-1] in surnames
             or is_person_like(q["speaker"]))
        or _is_surname(q["speaker"]))]
    # a bare surname only where no full name spoke
    # (or, where every named speaker has a title of their own, the one person the article quotes by name:
    # «نماینده مجلس ششم گفت» in an article quoting «علی تاجرنیا، فعال سیاسی اصلاح‌طلب» alone; DECISIONS 36)
    cands = [n for n in named if n["speaker"] not in title_of and " " in n["speaker"]] \
        or [n for n in named if n["speaker"] not in title_of] \
        or (named if len({n["speaker"] for n in named}) == 1 and " " in named[0]["speaker"] else [])
    sole = not any(n["speaker"] not in title_of for n in named)  # the pool is the one titled person
    picks: dict[str, str] = {}
    for q in quotes:
        # «مقام ایتالیایی» names no office of its own: any named speaker may be meant
        pool = named if q.get("_titled") == "anonymous" else cands
        if q.get("_titled") is True:
            # «نخست‌وزیر پاکستان» is none of the speakers the text never ties to Pakistan
            pool = [n for n in pool if fits(q["speaker"].split(), n["speaker"])]
            if sole:  # «وزیر علوم» is not «دبیر شورای عالی ...»: two offices, two people
                pool = [n for n in pool if _may_share(q["speaker"].split(), title_of.get(n["speaker"]))]
        if q.get("_titled") and pool and q["speaker"] not in picks:
            after = next((n for n in pool if n.get("mention_start", 0) >= q.get("mention_start", 0)), None)
            picks[q["speaker"]] = (after or pool[0])["speaker"]
    if picks:
        for r in quotes:
            if r["speaker"] in picks:
                r["speaker"] = picks[r["speaker"]]
        q.pop("_titled", None)
    for q in quotes:
        q.pop("_titled", None)
        q.pop("_prev_pos", None)
    after = _words_after(tnames, toks, norm)
    for q in quotes:
        q["speaker"] = _cut_run_on(cut_name(cut_tail(strip_possessed(q["speaker"]))), after, toks)  # «عادل الجبیر اخبار منتشر شده»: the name alone
    with_article = _with_article({nm for _, nm in tnames} | {q["speaker"] for q in quotes})
    if with_article:
        for q in quotes:
            q["speaker"] = with_article.get(q["speaker"], q["speaker"])
    _described_groups(sorted(quotes, key=lambda q: q.get("mention_start", q["start"])))
    # organisations and titles: a mention whose words all sit in a fuller speaker's name takes it
    # (longest first, then alphabetical: a set's order changes with the hash seed of each process)
    names = sorted({q["speaker"] for q in quotes}, key=lambda s: (-len(s.split()), s))[:200]
    for q in quotes:
        sw = q["speaker"].split()
        if len(sw) < 2:
            continue
        for full in names:
            fw = full.split()
            if len(fw) > len(sw) and fw[0] == sw[0] and set(sw) <= set(fw) and not _runs_into_clause(fw) \
                    and not ("دیگر" in fw and "دیگر" not in sw):  # «یکی دیگر از …» is another one of them
                q["speaker"] = full
                break
    _bare_head(quotes)
    _undescribed(quotes, norm)
    _given_inside(quotes, norm)
    _one_order(quotes, norm)
    if text is not None:
        cache: dict[str, str] = {}
        for q in quotes:
            sp = q["speaker"]
            if sp not in cache:
                cache[sp] = _surface(sp, norm, text)
            q["speaker"] = cache[sp]


def _bare_head(quotes: list[dict]) -> None:
    """«پلیس عمان … نوشت: … . پلیس همچنین اعلام کرد»، «به گفته پلیس، …» after «پلیس بنگلادش اعلام کرد», «سازمان مدعی
    شد» after «سازمان مجاهدین خلق»: a speaker that is an organization's head word alone (``org_heads``) is the
    organization of that head spoken of last before it (a joined «دولت و ستاد ملی کرونا» aside)."""
    order = sorted(quotes, key=lambda q: q.get("mention_start", q["start"]))
    last: dict[str, str] = {}
    for q in order:
        sw = q["speaker"].split()
        if len(sw) == 1 and _k(sw[0]) in org_heads() and sw[0] in last:
            q["speaker"] = last[sw[0]]
        elif len(sw) > 1 and _k(sw[0]) in org_heads() and "و" not in sw:
            last[sw[0]] = q["speaker"]


@lru_cache(maxsize=1)
def _counted() -> tuple[frozenset, frozenset]:
    """Small number words («دو» to «نه», ``numbers_words.tsv``) and classifiers (``counters.tsv``, head 0: «تن», «نفر»)."""
    from .numbers import read_tsv

    return (frozenset(_k(r["word"]) for r in read_tsv("numbers_words.tsv")
                      if r.get("word") and r.get("type") == "atom" and 1 < float(r["value"]) < 10),
            frozenset(_k(r["word"]) for r in read_tsv("counters.tsv") if r.get("head") == "0"))


_GROUP_TAILS = {"مذکور", "یادشده", "فوق"}  # «مقامات مذکور»: the group named before


def _same_noun(a: str, b: str) -> bool:
    """«مقام» and «مقامات», «کارشناس» and «کارشناسان»: one head noun, singular or plural."""
    if len(a) > len(b):
        a, b = b, a
    return a == b or (len(a) >= 2 and b in {a + s for s in ("ات", "ها", "های", "ان")})


def _described_groups(order: list[dict]) -> None:
    """Unnamed speakers named by description (DECISIONS 65): «دو تن از مقامات ارشد وزارت X» is the group
    «مقامات ارشد وزارت X» (a handful, under ten: the count only says how many sources spoke; «۱۰۷ تن از
    نمایندگان» stays a figure); «یکی (دیگر) از این مقامات» is «یکی (دیگر) از»
    that group; «این مقامات آمریکایی», «این دو مقام», «مقامات مذکور» (and a «آنها» or «وی» already resolved to
    them) are the group itself. ``order`` is sorted by mention position; a group is a plural speaker of
    three words or more."""
    numbers, counters = _counted()
    groups: list[str] = []
    memo: dict[str, str] = {}

    def group_of(head: str) -> str | None:
        return next((g for g in reversed(groups) if _same_noun(g.split()[0], head)), None)

    for q in order:
        sp = q["speaker"]
        if sp in memo:
            q["speaker"] = memo[sp]
            continue
        w = sp.split()
        new = None
        if len(w) >= 5 and (len(w[0]) == 1 and w[0].isdigit() or _k(w[0]) in numbers) and _k(w[1]) in counters \
                and w[2] == "از" \
                and w[3] not in {"این", "همین", "آن"}:
            new = " ".join(w[3:])  # «دو تن از مقامات ارشد …»
            groups.append(new)
        elif len(w) >= 4 and w[0] == "یکی" and (w[1:3] == ["دیگر", "از"] or w[1] == "از"):
            k = 3 if w[1] == "دیگر" else 2
            if w[k] in {"این", "همین", "آن"} and k + 1 < len(w) and (g := group_of(w[k + 1])):
                new = " ".join(w[:k]) + " " + g
        elif len(w) >= 2 and w[0] in {"این", "همین"}:
            h = w[2] if len(w) >= 3 and (w[1].isdigit() or _k(w[1]) in numbers) else w[1]
            new = group_of(h) if (_is_group(q) or h != w[1]) else None
        elif len(w) == 2 and w[1] in _GROUP_TAILS:
            new = group_of(w[0])
        elif len(w) >= 3 and _is_group(q) and q.get("kind") != "according_to" and (_plural(w[0]) or w[0].endswith("ات")) \
                and not any(x in {"و", "،"} for x in w):
            groups.append(sp)
        if new:
            memo[sp] = new
            q["speaker"] = new


def _undescribed(quotes: list[dict], norm: str) -> None:
    """«باشگاه برزیلی فلامینگو» in an article that writes «باشگاه فلامینگو» too, «شرکت خودروسازی ژاپنی تویوتا» beside a
    bare «تویوتا»: a body described by its country (a country's adjective after the body's head, ``places.txt``)
    is named by the name the text gives it without the description (like an outlet's own name, DECISIONS 11):
    the words without the adjective where the text writes them so, else the name after the adjective where
    it is a name (a mention of its own, or a word rare in hazm's counts: not «نیروهای آمریکایی مستقر»)."""
    flat = None
    cache: dict[str, str] = {}
    mentions = {" ".join(_tokens(q.get("mention_norm") or q["mention"])) for q in quotes}
    for q in quotes:
        sp = q["speaker"]
        if sp not in cache:
            cache[sp] = sp
            w = sp.split()
            if len(w) < 3 or not (_k(w[0]) in org_heads() or w[0] in ORG_EPITHETS):
                continue
            adj = next((i for i in range(1, len(w) - 1) if w[i].endswith("ی") and _k(w[i]) in _places()), None)
            if adj is None or is_title_word(w[adj + 1]):
                continue
            if flat is None:
                flat = norm.replace("\u200c", "").replace("ك", "ک").replace("ي", "ی")
            bare = w[adj + 1:]
            named = bare[0] not in STOP and (" ".join(bare) in mentions or min(_freq().get(_k(x), 0) for x in bare) < 100_000)
            for cand in (" ".join(w[:adj] + w[adj + 1:]), " ".join(bare) if named else None):
                # «نیروهای آمریکایی مستقر», «سفارت رژیم صهیونیستی در مصر»: no name after the adjective
                pat = cand and r"(?<![\w])" + re.escape(cand.replace("ك", "ک").replace("ي", "ی")) + r"(?![\w])"
                if cand and re.search(pat, flat):
                    cache[sp] = cand
                    break
        q["speaker"] = cache[sp]


def _runs_into_clause(words: list[str]) -> bool:
    """«سازمان بسیج مهندسین در پایان این بیانیه آورده است ضمن …», «ای بی سی عنوان می کند»: a misread mention that runs
    on into its clause (a finite verb; a participle may be a surname: «ستوده»), which no shorter mention should be
    widened to."""
    return any(_clause_verb(_k(w)) and not _k(w).endswith("ه") for w in words)


def _given_inside(quotes: list[dict], norm: str) -> None:
    """«دولت ترامپ خوانده است» where the article writes «دولت دونالد ترامپ» too: a body named after a person
    (``org_heads``, then a surname) takes the person's given name the text puts before the surname, the fullest
    form of the name (GUIDELINES)."""
    cache: dict[str, str] = {}
    for q in quotes:
        sp = q["speaker"]
        sw = sp.split()
        if len(sw) != 2 or _k(sw[0]) not in org_heads() or is_given_name(_k(sw[1])):
            continue
        if sp not in cache:
            cache[sp] = sp
            pat = r"(?<![\w\u200c])" + re.escape(sw[0]) + r"[ \u200c]+([\w\u200c]+)[ \u200c]+" + re.escape(sw[1]) + r"(?![\w\u200c])"
            for m in re.finditer(pat, norm):
                if is_given_name(_k(m.group(1))):
                    cache[sp] = f"{sw[0]} {_k(m.group(1))} {sw[1]}"
                    break
        q["speaker"] = cache[sp]


def _one_order(quotes: list[dict], norm: str) -> None:
    """«سازمان بهداشت جهانی» and «سازمان جهانی بهداشت» in one article: a body's name written with its words in
    another order is the same body; all its quotations take the form the text writes most (the first on a tie)."""
    by_words: dict[tuple[str, ...], set[str]] = {}
    for q in quotes:
        sw = q["speaker"].split()
        if len(sw) >= 3 and _k(sw[0]) in org_heads():
            by_words.setdefault(tuple(sorted(sw)), set()).add(q["speaker"])
    for forms in by_words.values():
        if len(forms) < 2:
            continue
        def rank(f):
            hits = [m.start() for m in re.finditer(r"(?<![\w\u200c])" + re.escape(f) + r"(?![\w\u200c])", norm)]
            return (-len(hits), hits[0] if hits else len(norm), f)
        best = min(forms, key=rank)
        for q in quotes:
            if q["speaker"] in forms:
                q["speaker"] = best


def _with_article(names: set[str]) -> dict[str, str]:
    """«بشار جعفری» -> «بشار الجعفری»: an Arab name the text writes both with and without the article «ال»
    on the surname (the same given names) is one person, under the fuller spelling with «ال»."""
    out = {}
    for nm in names:
        w = nm.split()
        if 2 <= len(w) <= 4 and not w[-1].startswith("ال") and is_given_name(w[0]):
            full = " ".join(w[:-1] + ["ال" + w[-1]])
            if full in names:
                out[nm] = full
    return out


def _said_inside(order: list[dict], norm: str) -> set[int]:
    """Ids of the quotations whose speaker is named inside the content of the quotation before them («X گفت:
    رهبر انقلاب فرمودند ...», «... «امام فرمودند ...»»): a title there is someone the speaker speaks of, never
    the speaker going on. Colon and که content counts within its paragraph; quoted content across paragraphs."""
    out = set()
    for prev, q in zip(order, order[1:]):
        at = q.get("mention_start")
        if at is not None and prev["start"] <= at < prev["end"] and prev.get("mention_start", prev["start"]) < at \
                and (prev.get("kind") in ("direct", "mixed") or "\n" not in norm[prev["start"]:at]):
            out.add(id(q))
    return out


def _words_after(tnames: list[tuple[int, str]], toks, norm: str) -> dict[str, list[str]]:
    """For each full name the text gives, the word right after each of its occurrences ("" after punctuation)."""
    starts = [t[0] for t in toks]
    out: dict[str, list[str]] = {}
    for pos, name in tnames:
        k = bisect_left(starts, pos) + len(name.split())
        glued = k < len(toks) and not norm[toks[k - 1][1]:toks[k][0]].strip(" \u200c")
        out.setdefault(name, []).append(toks[k][2] if glued else "")
    return out


def _cut_run_on(speaker: str, after: dict[str, list[str]], toks) -> str:
    """«محسن عابدینی اتمام»: a full name the text gives elsewhere without the word that follows it here
    («محسن عابدینی گفت», «محسن عابدینی در ...») is the name; the word opened the object."""
    words = speaker.split()
    for n in (3, 2):
        if len(words) <= n:
            continue
        name = " ".join(words[:n])
        nxt = after.get(name)
        w = words[n]
        if nxt and len(nxt) >= 2 and nxt.count(w) == 1 and w not in SURNAME_TAILS and not is_given_name(w) \
                and w != "و" and (not w.endswith("ی") or w in _QUANTIFIED) \
                and sum(1 for a, b in zip(toks, toks[1:]) if b[2] == w and a[2] == words[n - 1]) <= 1:
            # («رفسنجانی», «جهرمی»: a surname's second piece is kept; so is a word that goes with the surname
            # elsewhere too, «هاشمی رفسنجانی» twice: one name)
            return name
    return speaker


@lru_cache(maxsize=1)
def _places() -> dict[str, int]:
    """Each spelling of a country (``lexicons/places.txt``, one country a line) -> the country's line."""
    out: dict[str, int] = {}
    for n, line in enumerate(read_sections("places.txt").get(None, [])):
        for w in line.split():
            out[_k(w)] = n
    return out


@lru_cache(maxsize=1)
def _home() -> int:
    """The line of the home country (the last one): Iran goes without saying in an Iranian paper."""
    return len(read_sections("places.txt").get(None, [])) - 1


class _Fits:
    """Whether a title mention can mean a person. A person the text ties to a country through a title of
    their own (in apposition, «محمدبن‌سلمان، ولیعهد عربستان سعودی», or a name–title pair) fits a mention
    that names a foreign country (``lexicons/places.txt``: «پاکستان» in «نخست‌وزیر پاکستان») only where it
    is that country; a person the text ties to no country may be meant by any title (one person may hold
    several offices, and offices are named in many ways, so other title words are not compared)."""

    def __init__(self, toks, pairs, norm):
        self.toks, self.pairs, self.norm = toks, pairs, norm
        self.index: dict[str, list[int]] | None = None
        self.cache: dict[str, set[int]] = {}

    def countries(self, person: str) -> set[int]:
        """The countries named in the titles the text ties to ``person``."""
        if person not in self.cache:
            if self.index is None:
                self.index = {}
                for i, t in enumerate(self.toks):
                    self.index.setdefault(t[2], []).append(i)
            places = _places()
            words: list[str] = []
            for name, title, _ in self.pairs:
                if name == person:
                    words += title.split()
            toks, norm = self.toks, self.norm
            pw = person.split()
            for i in self.index.get(pw[-1], ())[:50]:  # the name (or its surname), then a title in apposition
                k = i + 1
                if k < len(toks) and is_title_word(toks[k][2]) and not norm[toks[i][1]:toks[k][0]].strip(" \u200c،,"):
                    words += _title_from(toks, k, norm).split()
            self.cache[person] = {places[w] for w in words if w in places}
        return self.cache[person]

    def __call__(self, mention: list[str], person: str | None) -> bool:
        if not person or not mention:
            return True
        places = _places()
        # Iran goes without saying in an Iranian paper («وزیر امور خارجه ایران» for «وزیر امور خارجه»)
        named = {places[w] for w in mention[1:] if w in places} - {_home()}
        if not named:
            return True
        tied = self.countries(person)
        return not tied or bool(named & tied)


@lru_cache(maxsize=1)
def _member_titles() -> frozenset:
    """Titles one of many holds (``[member]`` in titles.txt): «عضو», «نماینده», «فعال»."""
    return frozenset(_k(w) for w in read_sections("titles.txt").get("[member]", []))


def _may_share(mention: list[str], title: str | None) -> bool:
    """Whether a person the text titled ``title`` may be the one a title mention means: the same head,
    or the mention is a title one of many holds («نماینده مجلس ششم» for «فعال سیاسی اصلاح‌طلب»). A single
    office under another head («وزیر راه», «رهبر انقلاب», «رئیس دانشگاه ...» for «معاون آموزشی دانشگاه
    ...») is someone else, however many words the two titles share."""
    return not title or _same_head(mention, title.split()) or _k(mention[0]) in _member_titles()


_ALSO = re.compile(r"(?<![\w\u200c])(?:نیز|هم)(?![\w\u200c])")


def _also(norm: str, q: dict) -> bool:
    """«معاون فنی و عمرانی شهرداری همدان نیز در این مراسم اظهار کرد», «رئیس آموزش و پرورش بویراحمد هم گفت»: «نیز»
    («هم») right after the title mention or right before the cue says another person speaks too, so the title is
    not the speaker who goes on."""
    a, b = q.get("mention_end"), q.get("cue_start")
    if a is None or b is None or not a <= b:
        return False
    gap = norm[a:b]
    m = _ALSO.search(gap)
    if not m:
        return False
    words = _WORD.findall(gap)
    return bool(words) and (_k(words[0]) in {"نیز", "هم"} or _k(words[-1]) in {"نیز", "هم"}
                            or (_k(m.group()) == "نیز" and not any(c in gap[:m.start()] for c in ".:!?؟\n")))


def _same_head(a: list[str], b: list[str]) -> bool:
    """Two title phrases open with the same head, a compound written as one word or two alike («رئیس‌جمهور
    آمریکا» and «رئیس جمهور آمریکا», «نخست‌وزیر» and «نخست وزیر»)."""
    if not a or not b:
        return False
    ka, kb = _k(a[0]), _k(b[0])
    if ka == kb:
        return True
    if len(b) > 1 and ka == kb + _k(b[1]) and is_title_word(ka):
        return True
    return len(a) > 1 and kb == ka + _k(a[1]) and is_title_word(kb)


def _overlap(mention: list[str], title: list[str]) -> float:
    """Share of the mention's words found in the title, a word matching its own prefix form
    («جمهور» / «جمهوری», «کشاورزی» / «کشاورزی استان»)."""
    if not mention:
        return 0.0
    hit = sum(1 for w in mention if any(w == t or (min(len(w), len(t)) >= 3 and (w.startswith(t) or t.startswith(w)))
                                        for t in title))
    return hit / len(mention)


def _compatible(words: list[str], title: str | None) -> bool:
    """A title mention fits a speaker whose own title (if the text gave one) shares its head or half its words."""
    if not title:
        return True
    tw = title.split()
    return _same_head(words, tw) or _overlap(words, tw) >= 0.5


def _conflict(mention: list[str], title: list[str]) -> bool:
    """«عضو کمیسیون آموزش» is not «عضو کمیسیون امنیت»: the third words differ and neither phrase has the other's."""
    if len(mention) < 3 or len(title) < 3:
        return False
    a, b = mention[2], title[2]
    return _overlap([a], [b]) == 0 and a not in title and b not in mention


def _is_surname(s: str) -> bool:
    """One rare word that is no title, honorific, pronoun or function word: a person named by surname."""
    if not s or " " in s:
        return False
    w = _k(s)
    return w not in STOP and w not in PRONOUNS and w not in NONREF and not is_title_word(w) and not is_honorific(w) \
        and not is_given_name(w) and not w.isdigit() and not w.endswith(("ها", "های")) and _freq().get(w, 0) < 100_000 \
        and not (w.endswith("ان") and not w.endswith("یان") and _freq().get(w[:-2], 0) > 10_000)  # «اصلاح‌طلبان»


def _is_name(s: str) -> bool:
    """A person's name (full, or a bare surname), never a title or a quantified group («یک گوینده»)."""
    w = s.split()
    return bool(w) and w[0] not in NONREF and w[0] not in {"این", "همین", "آن", "یکی", "برخی"} \
        and not _starts_title(w) and (is_person_like(s) or _is_surname(s))


# quantifiers that name a group on their own («برخی معتقدند», «عده‌ای گفتند»)
_GROUPS = {"برخی", "بعضی", "عدهای", "بسیاری", "گروهی", "شماری"}
_QUANTIFIED = {"یکی", "برخی", "بسیاری", "این", "همین", "آن", "تعدادی", "شماری", "گروهی", "بعضی"}


def _nameish(s: str) -> bool:
    """A speaker string that can be a full name: 2-5 words, no function word, no quantifier or title first."""
    w = s.split()
    return 2 <= len(w) <= 5 and w[0] not in NONREF and w[0] not in _QUANTIFIED and not _starts_title(w) \
        and not any(x in STOP for x in w)


def _clean_name(s: str) -> bool:
    """A name-like string with no reporting verb or first/second-person pronoun in it («عابدینی من», «بال می‌گوید»)."""
    from .cues import lexicon

    forms = lexicon().verb_forms
    return _nameish(s) and not any(w in forms or w in {"من", "ما", "تو", "شما"} for w in s.split())


def _starts_title(words: list[str]) -> bool:
    """A title opens the mention, one word («وزیر») or two («نخست وزیر»)."""
    return bool(words) and (is_title_word(words[0]) or (len(words) > 1 and is_title_word(words[0] + words[1])))


# «این کشور», «این باشگاه»: a body named again, never a person
ORG_EPITHETS = {"کشور", "دولت", "رژیم", "شهر", "استان", "گروه", "حزب", "جنبش", "تیم", "باشگاه", "شرکت", "رسانه",
                "روزنامه", "پایگاه", "شبکه", "خبرگزاری", "کمیسیون", "مجلس", "شورا", "اندیشکده", "دانشگاه", "مرکز",
                "موضوع", "مساله", "مسئله", "امر", "مطالعه", "تحقیق", "پژوهش", "یافته", "یادداشت", "نامه", "مقاله",
                "متن", "پیام", "توییت", "سند", "کتاب", "فیلم", "برنامه", "منبع", "نشریه", "مجله", "سایت"}


def _human(speaker: str) -> bool:
    """A speaker who is one person: a name (a given name first, or a bare surname), a title, or an
    unnamed one («یک مقام آگاه», «یکی از ...»); not a body, a country, a document or a run of words."""
    return names_someone(speaker.split(), PEOPLE)


def _names_kind(head: str, speaker: str) -> bool:
    """Whether an earlier speaker is one of the kind «این <head>» names again: «یک منبع آگاه», «منبعی
    آگاه» (an indefinite «ی» on the head) for «این منبع», «دانشگاه تهران» for «این دانشگاه»."""
    sw = speaker.split()
    return sw[0] not in {"این", "همین"} and any(w == head or w == head + "ی" for w in sw[1:3] + sw[:1])


_INDEFINITE_SOURCE = re.compile(r"(?<![\w\u200c])(?:یک[ \u200c]+منبع|منبعی)(?![\w\u200c])")
# verbs a source's description runs into («یک منبع امنیتی فاش کرد»): the word before one is its nominal
_LIGHT = {"کرد", "کردند", "داد", "دادند", "داشت", "شد", "گفت", "نمود", "است", "بود"}


def _source_fallback(norm: str, at: int, last_one: str | None) -> str | None:
    """What «این منبع» means when no earlier speaker is a source: the unnamed source the text introduced
    last before it, opening a sentence or a clause or after «به نقل از» / «به گفته» («یک منبع امنیتی فاش
    کرد، ...» → «یک منبع امنیتی»: the head and up to three words, to a
    punctuation mark, a stop word or a verb), else the last speaker if that is a body or a country
    («مرکز اطلاع‌رسانی امنیتی عراق اعلام کرد ... این منبع افزود»). A named person is never «this
    source»: with a person last, None."""
    hit = None
    for m in _INDEFINITE_SOURCE.finditer(norm, max(0, at - 3000), at):
        before = norm[max(0, m.start() - 12):m.start()].rstrip(" \u200c\t\"«")
        if not before or before[-1] in ".!?؟\n:،" or before.endswith((" از", " نقل", " گفته")):
            hit = m  # «یک منبع امنیتی فاش کرد», «به نقل از منبعی آگاه»: a source that speaks, not «یک منبع انرژی»
    if hit is not None:
        return _source_phrase(norm, hit.start(), hit.end(), at)
    if last_one and names_someone(last_one.split(), ("body",)):
        return last_one
    return None


def _source_phrase(norm: str, a0: int, b0: int, at: int) -> str:
    """The source's head at ``norm[a0:b0]`` and up to three words of its description, to a punctuation mark, a
    stop word or a verb («یک منبع امنیتی فاش کرد» → «یک منبع امنیتی»)."""
    after = [(t.start(), t.end(), t.group().replace("\u200c", "")) for t in _WORD.finditer(norm, b0, min(at, b0 + 80))]
    end = b0
    words = []
    for k, (a, b, w) in enumerate(after[:4]):
        if len(words) == 3 or norm[end:a].strip(" \u200c") or w in STOP or w in _LIGHT or _clause_verb(w) \
                or w in _CUE_HEADS or w in NONREF:
            break
        if k + 1 < len(after) and after[k + 1][2] in _LIGHT:
            break  # «فاش کرد»: the nominal of the verb
        words.append(w)
        end = b
    head = " ".join(_tokens(norm[a0:b0]))
    return " ".join([head] + words)


_SOURCES = re.compile(r"(?<![\w\u200c])منابع(?![\w\u200c])")


def _sources_before(norm: str, at: int, seen) -> str | None:
    """What «این منابع» means: the plural sources spoken of last, a speaker («منابع محلی اعلام کردند») or else
    the last «منابع …» the text names before it that is not itself «این منابع» («به گزارش … به نقل از منابع محلی،
    …. این منابع افزودند» → «منابع محلی»)."""
    for x in reversed(list(seen)):
        xw = x.split()
        if xw and xw[0] == "منابع" and len(xw) > 1:
            return x
    hit = None
    for m in _SOURCES.finditer(norm, max(0, at - 3000), at):
        before = _WORD.findall(norm, max(0, m.start() - 12), m.start())
        if not before or _k(before[-1]) not in {"این", "همین", "آن"}:
            hit = m
    if hit is None:
        return None
    phrase = _source_phrase(norm, hit.start(), hit.end(), at)
    return phrase if " " in phrase and phrase.split()[1] not in {"خود", "خویش"} else None  # «به نقل از منابع خود»


def _epithet(words: list[str], q: dict) -> bool:
    """«این اقتصاددان», «همین خاخام»: a singular noun after «این» names the person spoken of last."""
    if len(words) < 2 or words[0] not in {"این", "همین"} or _is_group(q):
        return False
    w = words[1]
    return w not in ORG_EPITHETS and w not in DOC_ANAPHORS and not _plural(w) \
        and w not in {"افراد", "منابع", "مقامات", "مسئولان", "کارشناسان"}


def _plural(w: str) -> bool:
    """«کارشناسان», «رسانه‌ها» are plural; «قهرمان», «جوان» are not (their stem is no word)."""
    if w.endswith(("ها", "های")):
        return True
    return w.endswith("ان") and _freq().get(w[:-2], 0) > 10_000


# words that never name a speaker: numerals, quantifiers, question and time words
NONREF = {"یک", "دو", "سه", "چهار", "پنج", "چند", "تمام", "همه", "آیا", "چه", "چرا", "کجا", "ساعاتی", "ساعتی",
          "هنگامی", "لحظاتی", "دقایقی", "روزی", "مدتی", "خبر", "شاهد"}
_VERB = re.compile(r"(?<![\w\u200c])(?:ن?می|نمی)\u200c\w")


_ABBREVIATED = re.compile(r"(?<![\w\u200c])\w{1,2}[ \u200c]*\.[ \u200c]*$")  # «ج.ا.», «بی. »: a letter, a dot
_ADJUNCT_CUES = ("با ", "ضمن ")  # «با بیان», «با اشاره», «با تاکید بر», «ضمن تشکر از»: no finite verb


def _after_prev(prev: dict | None, q: dict) -> bool:
    """The mention lies inside the content of the quotation before it, and the cue comes after that content
    ends (the verb of the same sentence, not speech reported inside the content)."""
    return bool(prev) and "mention_start" in q and prev["start"] <= q["mention_start"] < prev["end"] \
        and prev.get("mention_start", prev["start"]) < q["mention_start"] and q.get("cue_start", 0) >= prev["end"]


def _shared_subject(prev: dict | None, q: dict, words: list[str], norm: str) -> str | None:
    """«حمیدرضا غنی آبادی … با اشاره به اینکه قانون جدید تاکید بر پیشگیری دارد گفت: …»: the quotation found a
    mention («قانون جدید تاکید») inside the content of an adjunct («با بیان/اشاره/تاکید … اینکه …», a cue with
    no finite verb) whose cue it follows; the adjunct has no subject of its own, so the verb's subject is the
    adjunct's speaker (GUIDELINES: «X با بیان اینکه Y، گفت: Z» is X's twice)."""
    if not _after_prev(prev, q) or not (prev.get("cue") or "").startswith(_ADJUNCT_CUES) or not prev.get("speaker"):
        return None
    if "\n" in norm[prev["start"]:q["mention_start"]] or (words and words[0] in PRONOUNS):
        return None
    return prev["speaker"]


def _no_subject(words: list[str], q: dict, prev: dict | None, norm: str, known: frozenset | set = frozenset()) -> bool:
    """The mention names no one the cue could have as its subject, so the speaker goes on (DECISIONS 31, 45):
    letters of an abbreviation («ا» of «ج.ا.ا», «آی» of «اف. بی. آی»); common nouns after «و» that follow a
    finite verb («… خبر داد و میانگین حضور … را چهار دقیقه دانست»: the object of the second verb); common nouns
    inside the content of the quotation before, whose cue comes after that content («… اشاره کرد که موشک‌های …
    ساخته شده‌اند و بر آمادگی … تاکید کرد»)."""
    if not words or words[0] in PRONOUNS or words[0] in {"این", "همین", "آن"} \
            or any(is_given_name(w) or w in known for w in words) or " ".join(words) in known:
        return False  # a pronoun or an anaphor is resolved as such; a given name, a surname or a speaker names someone
    if len(words) == 1 and len(words[0]) <= 2:
        # «ج.ا.ا», «اف. بی. آی»: a letter after a full stop (not «زم», «شی», surnames of two letters)
        return bool(_ABBREVIATED.search(norm[max(0, q.get("mention_start", 0) - 8):q.get("mention_start", 0)]))
    for k in range(len(words) - 1, 0, -1):
        if words[k] == "و" and (_clause_verb(words[k - 1]) or (k >= 2 and _clause_verb(words[k - 2] + words[k - 1]))):
            rest = words[k + 1:]
            return not rest or is_junk_speaker(" ".join(rest))  # «خبر داد و میانگین حضور»
    if _after_prev(prev, q) and not names_someone(words):
        return True
    if len(words) < 2 or not is_junk_speaker(" ".join(words)):
        return False
    at, end = q.get("mention_start", 0), q.get("mention_end", 0)
    before = norm[max(0, at - 30):at].split()
    between = [_k(w) for w in _WORD.findall(norm[end:q.get("cue_start", end)])]
    # «… خبر داد و میانگین حضور …», «وظیفه بشر امروز را … دانست و اظهار داشت»: the object of a first verb
    return (len(before) > 1 and before[-1] == "و" and _clause_verb(_k(before[-2]))) \
        or (len(between) > 1 and between[-1] == "و" and _clause_verb(between[-2]))


@lru_cache(maxsize=1)
def _sentence_adverbs() -> frozenset:
    """``[subject_adverbs]`` of ``lexicons/quote_words.txt`` («متأسفانه», «خوشبختانه»), as keys."""
    return frozenset(_k(w) for w in read_sections("quote_words.txt").get("[subject_adverbs]", []))


_MODALS = {"باید", "نباید", "میتوان", "نمیتوان", "میبایست"}


def _no_phrase(words: list[str]) -> bool:
    """The mention is no noun phrase of anyone, so no one new speaks: sentence adverbs alone («متأسفانه»), a
    clause with a modal or ending in a finite verb («باید روشن شده باشد»), a first-person clause («ما حدود 45
    دقیقه»). A pronoun («وی»), a name or a title never is; a plural verb's or a document's speaker is left alone
    (``resolve`` does not use it for them)."""
    ws = [_k(w) for w in words]
    if ws[0] in PRONOUNS or ws[0] in {"این", "همین", "آن"}:
        return False
    if all(w in _sentence_adverbs() for w in ws):
        return True
    if len(ws) >= 2 and ws[0] in {"من", "ما"}:
        return True
    from .cues import past_roots

    # not a participle's phrase («اطلاعات به دست آمده», «اخبار منتشر شده») nor a bare past root, often a noun or
    # a name's last word («محبوب رستم زاد», «نشست»)
    return len(ws) >= 2 and (any(w in _MODALS for w in ws) or (
        _clause_verb(ws[-1]) and not ws[-1].endswith("ه") and ws[-1] not in past_roots())) \
        and is_junk_speaker(" ".join(ws))


def _dropped_subject(words: list[str], mention: str) -> bool:
    """The clause before the cue is no noun phrase: a lone non-referring word or a finite verb."""
    return (words[0] in NONREF and len(words) == 1) or words[0] in {"آیا", "چرا", "کجا"} or bool(_VERB.search(mention))


@lru_cache(maxsize=1)
def document_words() -> frozenset:
    """Heads of texts that speak for their issuer (``[documents]`` in ``lexicons/quote_words.txt``)."""
    return frozenset(_k(w) for w in read_sections("quote_words.txt").get("[documents]", []))


def is_document(speaker: str) -> bool:
    """«نتایج این تحقیق», «ماده ۷۵ قانون …», «این نظرسنجی»: a text, which «وی» can never mean."""
    words = [w for w in speaker.split() if w not in {"این", "همین", "آن"}]
    lex = _issuer_lex()
    if words and _k(words[0]).endswith("های") and _k(words[0])[:-1] in DOC_ANAPHORS:
        return True  # «آمارهای کشور», «گزارشهای رسیده»: the plural with its ezafe
    return bool(words) and (_k(words[0]) in document_words() or words[0] in DOC_ANAPHORS
                            or ((_k(words[0]) in lex["provisions"] or _k(words[0]) in lex["codes"])
                                and not is_given_name(_k(words[0]))))  # «قانون …», «ماده …»; not «پیمان نارویی»


def _is_group(q: dict) -> bool:
    """A quotation by a document or a plural group («منابع خبری اعلام کردند»), never one person."""
    if q.get("kind") == "according_to":
        return True
    verb = (q.get("cue") or "").replace("\u200c", "").split()
    if not verb:
        return False
    v = verb[-1]
    # plural verb endings: گفتند، اعلام کردند، می‌گویند، می‌کنند، گفته‌اند (not خواند، داند، ماند)
    return v == "اند" or v.endswith(("دند", "تند", "نند", "یند", "هاند", "وند"))


def _fold_key(s: str) -> str:
    """A speaker in key space (ZWNJ dropped, letters folded), as the mentions are."""
    from .normalize import normalize

    return " ".join(_tokens(normalize(s)))


@lru_cache(maxsize=1 << 14)
def _written(form: str) -> re.Pattern:
    """A name in key space (ZWNJ removed: «رضا سخنسنج») as the text may write it («رضا سخن‌سنج»)."""
    return re.compile("\u200c?".join(re.escape(c) for c in form))


def _occurrences(norm: str, form: str, a: int, b: int) -> list[tuple[int, int]]:
    """Where ``form`` is written in ``norm[a:b]`` (start, end), a ZWNJ inside its words allowed."""
    if norm.find("\u200c", a, b) < 0:   # (no slice copied: this runs per person and form)
        out, i = [], norm.find(form, a, b)
        while i >= 0:
            out.append((i, i + len(form)))
            i = norm.find(form, i + 1, b)
        return out
    if not form or "\u200c" in form:
        return [m.span() for m in _written(form).finditer(norm, a, b)]
    # the matches of ``_written(form)``, found in the text with its ZWNJs taken out (a name's
    # pattern, compiled once per name, cost more than the search): a match there is one of the
    # pattern's unless two ZWNJs stood together inside it; the same non-overlapping matches
    bare, zwnj, keys = _without_zwnj(norm)
    n, out = len(form), []
    sb = b - bisect_left(zwnj, b)
    s = bare.find(form, a - bisect_left(zwnj, a), sb)
    while s >= 0:
        i = s + bisect_right(keys, s)
        e = s + n - 1 + bisect_right(keys, s + n - 1) + 1
        if norm.find("\u200c\u200c", i, e) < 0:
            out.append((i, e))
            s = bare.find(form, s + n, sb)
        else:
            s = bare.find(form, s + 1, sb)
    return out


_BARE: list = [None]   # (norm, norm without ZWNJ, ZWNJ positions, their places in it) of the last article


def _without_zwnj(norm: str) -> tuple[str, list[int], list[int]]:
    """``norm`` with its ZWNJs removed, where they were, and before which character of it each stood."""
    last = _BARE[0]
    if last is None or last[0] is not norm:
        zwnj = [m.start() for m in _ZWNJ_RE.finditer(norm)]
        last = _BARE[0] = (norm, norm.replace("\u200c", ""), zwnj, [z - r for r, z in enumerate(zwnj)])
    return last[1], last[2], last[3]


_ZWNJ_RE = re.compile("\u200c")


def _last_person(norm: str, persons: list[str], b: int) -> str | None:
    """The known person (full name or surname) named last before ``b``."""
    best, best_pos = None, -1
    for p in persons:
        for form in {p, p.split()[-1]}:
            found = _occurrences(norm, form, 0, b)
            i = found[-1][0] if found else -1
            if i > best_pos:
                best, best_pos = p, i
    return best


_WORD_BEFORE = re.compile(r"([\w\u200c]+)$")


def _opens_content(starts: list[int], i: int) -> bool:
    """Whether position ``i`` opens the content of a quotation (``starts`` sorted; a quote mark may come first)."""
    k = bisect_left(starts, i - 2)
    return k < len(starts) and starts[k] <= i


def _recent_person(norm: str, persons: list[str], a: int, b: int, starts: list[int] = ()) -> str | None:
    """The last known person who opens a sentence between ``a`` and ``b`` (a non-quoting subject). A name
    that opens a quotation's content («شاه محمدی گفت: حمید غفاری فرزند ...») is what was said, not who
    goes on speaking, so it is skipped."""
    best, best_pos = None, -1
    for p in persons:
        pw = p.split()
        for form in {p, pw[-1]}:
            for i, after in _occurrences(norm, form, a, b):
                k = i - 1
                while k >= 0 and norm[k] in " \u200c\t\"«":
                    k -= 1
                w = _WORD_BEFORE.search(norm, max(0, k - 12), k + 1) if k >= 0 and form == p and len(pw) >= 2 else None
                if w and _k(w.group(1)) in _scene_heads() and _k(norm[max(0, w.start() - 4):w.start()]).rstrip(" ").endswith("در"):
                    k = -1  # «... در ادامه مسعود شاه محمدی ... گفت»: a scene opener, then the subject
                if (k < 0 or norm[k] in ".!?؟\n:") and (after >= len(norm) or not (norm[after].isalpha() or norm[after] == "\u200c")) \
                        and not _opens_content(starts, i):
                    if i > best_pos:
                        best, best_pos = p, i
    return best


def _seen(quotes):
    return [q["speaker"] for q in quotes if q.get("speaker")]


def _before_and(words: list[str], persons: list[str]) -> list[str]:
    """A mention that ends in «و» before the cue («زندان‌بان آمد و گفت»): a clause, whose subject (a title, a
    name, an organization before the verb) is the mention; with none («آهی کشید و گفت», «سلام کردند و») the
    subject was dropped and the speaker goes on ([]). Else the «و» alone goes («سازمان حمل و»)."""
    at = len(words) - 1 if _clause_verb(words[-1]) else len(words) - 2 if len(words) >= 2 and _clause_verb(
        words[-2] + words[-1]) else None
    if at is None:
        return words
    subj = words[:at]
    for k in range(len(subj), 0, -1):  # «X آمد», «X هشدار داده»: a light verb's nominal is no subject
        cand = subj[:k]
        text = " ".join(cand)
        if _starts_title(cand) or cand[0] in org_heads() or (is_person_like(text) and is_given_name(cand[0])) \
                or any(p == text or p.split()[-1] == text for p in persons) or (k == 1 < len(subj) and _is_surname(text)):
            return cand  # «ظریف پاسخ منفی داد و»: a surname opens the clause (alone it is a nominal: «آهی کشید»)
    if subj and _plural(subj[0]) and not is_junk_speaker(subj[0]):
        return subj[:1]  # «تحلیلگران همچنان محتاط مانده و»: a group
    return []


def _goes_on(prev: str | None, last_ref: str | None, mention: str) -> str | None:
    """What a pronoun means: the speaker who goes on, unless that speaker names no one («وی» after a
    mention «قرار بوده»): then the last speaker who did (or none, and the names in the text decide)."""
    if prev and mention in {"وی", "او", "ایشان"} and is_junk_speaker(prev):
        return last_ref
    return prev


def is_junk_speaker(s: str) -> bool:
    """A speaker string that names no one a pronoun could mean: no person's name, title, organization or
    document, but a figure, an adverb, a clause or a run of common words («قرار بوده», «امسال سومين»,
    «شروع واگذاری», «آمدیم خانه ساخته ایم»). Single nouns and rare words pass (they may be surnames), and
    so does any other phrase with a rare word in it («سیدخلف موسوی»)."""
    words = [_k(w) for w in s.split()]
    if not words:
        return True
    if len(words) > 1 and words[-1] == "و":
        return len(words) > 2 and (_clause_verb(words[-2]) or _clause_verb(words[-3] + words[-2])) \
            or is_junk_speaker(" ".join(words[:-1]))  # «زندان‌بان آمد و»: a clause; «سازمان حمل و»: the name
    if len(words) > 1 and words[0] in {"من", "تو"}:
        return True  # «من حسی دارم شبیه»: a first-person clause
    if words[0] in PRONOUNS or _starts_title(words) or (len(words) > 1 and _starts_title(words[1:])) \
            or words[0] in org_heads() or is_document(s) or is_given_name(words[0]) or is_honorific(words[0]) \
            or (len(words) > 1 and is_honorific(words[0] + words[1])) \
            or (len(words) > 1 and (words[0] in {"این", "همین", "آن"} or words[0] in _QUANTIFIED)) or words[-1] in SURNAME_TAILS or words[-1] == "فرد" or words[0] in SURNAME_TAILS \
            or any(w in _places() for w in words) or any(w in org_heads() or w in ORG_EPITHETS for w in words[:2]):
        return False  # «این منبع آگاه»: an epithet; «یکی از پزشکان»: someone; «عظیم فرد»: a surname in two pieces; a country or a body
    if words[0] in STOP or words[0] in _after_name() or _clause_verb(words[-1]) \
            or (len(words) > 1 and _clause_verb(words[-2] + words[-1])) \
            or bool(_VERB.search(s)) or any(w.isdigit() for w in words):
        return True  # a clause, a time adverbial or a figure (hazm lists no verb forms: «بوده» looks rare)
    if len(words) == 1:
        return words[0] in NONREF or (words[0] in _QUANTIFIED and words[0] not in _GROUPS)
    f = _freq()
    if words[0] not in _QUANTIFIED and words[0] not in NONREF and all(f.get(w, 0) >= 500_000 for w in words):
        return True  # common nouns only («شروع واگذاری», «سرنوشت دلار»): no one's name
    return False


def _clause_verb(w: str) -> bool:
    """A finite verb or a past participle («بوده», «کشید», «کردند», «ساختهایم»): the word ends a clause."""
    from .cues import all_forms

    return w in all_forms()

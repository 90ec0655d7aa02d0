"""The article's source chain: the outlets an article is sourced from, reporting outlet first.

Opening chain: ``گروه ... خبرگزاری X -`` / ``خبرگزاری X:`` at the start, ``به گزارش X``,
``به نقل از Y``. Later in the text: ``به نوشته X``, ``X (در خبری) نوشت:``, ``در گزارش روزنامه X``,
and a closing ``منابع:`` line; an outlet that quotes («رویترز به نقل از ...»), announces («شبکه خبری المیادین
اعلام کرد») or that the reader is sent to («... را در تابناک می‌بینید»). Names are sliced from the text exactly as
written; ``خبرگزاری`` stays where the text has it. A body or its press office cited where an outlet would stand
(«به نقل از روابط عمومی X»: ``is_office``) is no source (DECISIONS 23, 35, 41) but one of ``cited_offices``.
Every pattern is anchored on a literal and scans a bounded window.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import read_sections
from .patterns import word_start
from .segment import Paragraph

_WORD = re.compile(r"[\w\u200c]+")
# words that end an outlet name
_STOP = {"از", "به", "و", "در", "که", "با", "برای", "طی", "امروز", "روز", "نیز", "هم", "این", "آن",
         "منتشر", "آمده", "اعلام", "گزارش", "نوشت", "نوشته", "است", "بود", "پس", "اعزامی", "مستقر", "متن",
         "دستور", "طی", "ضمن", "گفت", "بر", "براساس", "طبق", "بنابر"}
# not «به گزارش‌های منتشرشده», nor «… روز دوشنبه گزارش داد» (a weekday ending in «به» before «گزارش داد»)
_REPORT = re.compile(r"به[ \u200c]*گزارش(?!\u200c?ها)(?![ \u200c]*(?:داد|دادند|داده|کرد|کردند|کرده|می[ \u200c]*(?:دهد|دهند)|نمی[ \u200c]*دهد)"
                     r"(?![\w\u200c]))[ \u200c]*")
_QUOTING = re.compile(r"به[ \u200c]+نقل[ \u200c]+از[ \u200c]*")
# «به گفته گاردین», «طبق گفته روزنامه تایمز»: an outlet that says is a source (DECISIONS 23)
# (= ``(?:به[ \u200c]+(?:نوشته|روایت|گفته)|(?:بنا[ \u200c]*(?:بر|به)|بر[ \u200c]*اساس|طبق)[ \u200c]+(?:گزارش|روایت|گفته))[ \u200c]+``
# with the inner group distributed, so every branch opens with a letter the engine can skip to)
# «طبق گزارش جدید رویترز», «براساس خبر خبرگزاری رسمی فلسطین»: the report may be called new, or a piece of news
_WRITING = re.compile(r"(?:به[ \u200c]+(?:نوشته|روایت|گفته)|بنا[ \u200c]*(?:بر|به)[ \u200c]+(?:گزارش|روایت|گفته|خبر)"
                      r"|بر[ \u200c]*اساس[ \u200c]+(?:گزارش|روایت|گفته|خبر)|طبق[ \u200c]+(?:گزارش|روایت|گفته|خبر))"
                      r"(?:[ \u200c]+(?:جدید|اخیر|تازه))?[ \u200c]+")
# «به نقل از گزارش ایرنا؛», «به گزارش جدید سی ان ان»: the report named between the cue and the outlet
_REPORT_NOUN = re.compile(r"(?:گزارش[ \u200c]+)?(?:(?:جدید|اخیر|تازه)[ \u200c]+)?")
_NEW_REPORT = re.compile(r"(?:(?:جدید|اخیر|تازه)[ \u200c]+)?")
# (= ``(?:در[ \u200c]+(?:خبری|گزارشی|مطلبی|یادداشتی)[ \u200c]+)?نوشت[ \u200c]*:``, each branch opening with a letter: patterns.py)
_WROTE = re.compile(r"(?:در[ \u200c]+(?:خبری|گزارشی|مطلبی|یادداشتی)[ \u200c]+نوشت|نوشت)[ \u200c]*:")
# «شینهوا گزارش داد»، «یدیعوت آحارونوت نوشت»: an outlet that reports is a source (DECISIONS 12)
_REPORTED = re.compile(word_start(r"گزارش[ \u200c]*(?:داد|دادند|داده[ \u200c]*است|کرد|کرده[ \u200c]*است)", r"خبر[ \u200c]*داد", "نوشت",
                                  r"نوشته[ \u200c]*است", r"می[ \u200c]*نویسد", r"گزارش[ \u200c]*می[ \u200c]*دهد") + r"(?![\w\u200c])")
# «وب‌سایت آلمانی SmartDroid به قابلیت جدیدی اشاره کرده است», «شبکه الجزیره اعلام کرد»: an outlet as the subject
# of another reporting verb is a source too (DECISIONS 12, 23), where the subject is an outlet's name alone
_ANNOUNCED = re.compile(word_start(r"اعلام[ \u200c]*(?:کرد|کردند|کرده[ \u200c]*است)", r"مدعی[ \u200c]*شد", r"ادعا[ \u200c]*کرد",
                                   r"فاش[ \u200c]*کرد", r"اشاره[ \u200c]*(?:کرد|کرده[ \u200c]*است)", r"مدعی[ \u200c]*شده[ \u200c]*است",
                                   r"خبر[ \u200c]*(?:داد|داده[ \u200c]*است)")
                         + r"(?![\w\u200c])")
# «این لحظات را در تابناک می‌بینید», «کراکوف را از فراز آسمان در قاب 4K در تابناک می‌بینید»: the outlet the reader is
# sent to (a known name, checked where it is used); so is «... را در تابناک تماشا می‌کنید» (DECISIONS 57)
_SEE_IN = re.compile(word_start(r"در[ \u200c]+((?:[\w\u200c]+[ \u200c]+){1,2}?)(?:می[ \u200c]*(?:بینید|خوانید)|ببینید|بخوانید"
                                r"|تماشا[ \u200c]+(?:می[ \u200c]*کنید|کنید))")
                     + r"(?![\w\u200c])")
_ADVERB_TAIL = re.compile(r"[ \u200c]+(?:(?:امروز|روز|دیروز|نیز|هم|همچنین|پیشتر|اخیرا|به[ \u200c]+نقل[ \u200c]+از|با[ \u200c]+(?:انتشار|اشاره|استناد)|طی[ \u200c]+(?:گزارشی|مطلبی|یادداشتی|مقاله)|(?:یک|دو|سه|چهار|پنج)?[ \u200c]*شنبه|جمعه|شامگاه|بامداد|در[ \u200c]+(?:خبری|گزارشی|مطلبی|یادداشتی|گزارش|سرمقاله|ادامه|پایان|شماره|تحلیل|تحلیلی|مقاله|مقاله‌ای)|چاپ|در[ \u200c]+(?:این|همین)[ \u200c]*(?:باره|زمینه|خصوص|رابطه|مورد)|درباره)(?![\w\u200c]).*)$")
# a time word or a connective opening the clause of an outlet's verb: «امروز روزنامه دیلی‌ میل گزارش کرد», «اما روزنامه
# فرانکفورتر آلگماینه نوشت»
_LEAD_WORDS = re.compile(r"^(?:(?:امروز|دیروز|همچنین|همچنان|اما|ولی|سپس|پیش[ \u200c]*تر|اخیرا|اخیراً)[ \u200c]+)+")
# «به گزارش گروه سلامت به نقل از ""»: a desk, then a cited outlet whose name the crawl lost
_EMPTY_CITED = re.compile(r"[ \u200c]*((?:گروه|سرویس)[ \u200c]+[\w\u200c]+(?:[ \u200c]+[\w\u200c]+)?)[ \u200c]+به[ \u200c]+نقل[ \u200c]+از"
                          r"[ \u200c]*(?:\"[ \u200c]*\"|«[ \u200c]*»|“[ \u200c]*”)")
# «خبرگزاری فارس ـ گروه اندیشه: ...», «خبرگزاری فارس،گروه اندیشه ـ محسن سلگی: ...»: an outlet word and a known name
# heading a paragraph, then a comma, semicolon, colon or dash (a kashida, which normalize writes as ZWNJ, standing as one)
_LEAD_OUTLET = re.compile(r"([\w\u200c]+[ \u200c]+[\w\u200c]+?)[ \u200c]*(?:[،,;:\-–—]| \u200c+ )")
_IN_REPORT = re.compile(r"در[ \u200c]+گزارش[ \u200c]+")
_SOURCES_LINE = re.compile(r"(?:منابع|منبع)[ \u200c]*:")
_DESCRIPTOR = {"خبرنگار", "گروه", "سرویس", "دبیرخانه", "بخش"}
# «به نقل از منابع امنیتی»: anonymous people, no outlet
_ANONYMOUS = {"منابع", "منبع", "مقامات", "مقام", "یک", "یکی", "برخی", "کارشناسان", "مسئولان", "مسئولین"}
# documents, never outlets: «به گزارش اطلاعیه معاونت مسکن ...»
_DOC_HEADS = {"اطلاعیه", "بیانیه", "گزارش", "آمار", "نتایج", "اعلام", "این", "همین"}


# «روزنامه ای 300 مقاله علیه من نوشت»: a newspaper, no outlet's name
_INDEFINITE = re.compile(r"[\w\u200c]+ +ای(?![\w\u200c])")
_LATIN = re.compile(r"[A-Za-z]")
# an acronym written letter by letter with dots: «سي.ان.ان», «بی. بی. سی»
_DOTTED = re.compile(r"\w{1,3}(?:[ ]?\.[ ]?\w{1,3}){2,3}(?![\w\u200c])")
_CLOSE_MARK = re.compile(r"[»\"”\n]")


def _quoted(norm: str, k: int, limit: int) -> tuple[int, int, int] | None:
    """The name inside the quote marks opening at ``k`` (trimmed start, end) and the closing mark's
    end; None when the marks hold nothing or do not close within 60 characters."""
    close = _CLOSE_MARK.search(norm, k + 1, min(limit, k + 60))
    if not close or not norm[k + 1:close.start()].strip(" \u200c\t"):
        return None
    a, b = k + 1, close.start()
    while a < b and norm[a] in " \u200c":
        a += 1
    while b > a and norm[b - 1] in " \u200c":
        b -= 1
    return a, b, close.end()


# sections of outlets.txt that describe an outlet rather than name one (``described_name``)
_DESCRIBE_SECTIONS = ("[described_head]", "[descriptor]", "[affiliation]", "[runs_to_comma]", "[office]", "[tail]", "[desk]",
                      "[platform]")


@lru_cache(maxsize=1)
def _describe_lexicon() -> dict[str, frozenset]:
    """The describing sections of outlets.txt in key space, by name without brackets."""
    sec = read_sections("outlets.txt")
    return {name.strip("[]"): frozenset(_fold(w) for w in sec.get(name, ())) for name in _DESCRIBE_SECTIONS}


def described_name(name: str) -> tuple[int, int] | None:
    """«رسانه عرب زبان الخلیج آنلاین نزدیک به قطر»: a word for a medium (``[described_head]``), the words that describe
    the outlet (a language, a country, «معروف»: ``[descriptor]``, places.txt), its own name, and what it
    is tied to («نزدیک به ...»: ``[affiliation]``). Returns the span of the outlet's own name inside
    ``name`` (DECISIONS 11: the outlet's name alone), or None when nothing but description is left."""
    from .speakers import _places

    lex = _describe_lexicon()
    toks = list(_WORD.finditer(name))
    if len(toks) < 3:
        return None
    k = _fold(toks[0].group())
    if k not in lex["described_head"]:
        return None  # «وب‌سایت آلمانی SmartDroid»: an outlet word keeps its description (gold names it so)
    i = 1
    desc = lex["descriptor"]
    start = i
    while start < len(toks) and (_fold(toks[start].group()) in desc or _fold(toks[start].group()) in _places()):
        start += 1
    if start == i:
        return None  # «روزنامه همشهری»: no description, the name is whole
    end = start
    while end < len(toks) and _fold(toks[end].group()) not in lex["affiliation"] and toks[end].group() not in _STOP:
        end += 1
    if end == start or end - start > 4 or (end < len(toks) and _fold(toks[end].group()) not in lex["affiliation"]):
        return None
    return toks[start].start(), toks[end - 1].end()


@lru_cache(maxsize=1)
def outlet_lexicon() -> tuple[frozenset, frozenset]:
    words, names = set(), set()
    for section, entries in read_sections("outlets.txt").items():
        if section in _DESCRIBE_SECTIONS:
            continue
        for line in entries:
            (words if section == "[word]" else names).add(_k(line))
    return frozenset(words), frozenset(names)


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def _k(s: str) -> str:
    """Key space of outlet names: no ZWNJ or space, Arabic ي/ك/ئ/ة as Persian ی/ک/ی/ه (farsnews writes «شبكه خبري»,
    «السومرية» beside «السومريه»)."""
    return s.replace("\u200c", "").replace(" ", "").replace("ي", "ی").replace("ك", "ک").replace("ئ", "ی").replace("ة", "ه")


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def is_outlet(name: str) -> bool:
    """True for a known outlet name, a name that starts with an outlet word (روزنامه ...) or a name of
    two to four words that ends in a word outlets' names end in (``[tail]`` in outlets.txt) after words
    no Persian text uses otherwise («الخلیج آنلاین», «سی‌تی‌ان نیوز»; not «مجری سابق فاکس نیوز»)."""
    words, names = outlet_lexicon()
    toks = name.split()
    if not toks:
        return False
    if _k(name) in names:
        return True
    if 2 <= len(toks) <= 4 and _fold(toks[-1]) in _describe_lexicon()["tail"] and _foreign_name(toks[:-1]):
        return True
    return _k(toks[0]) in words or (len(toks) > 1 and _k(" ".join(toks[:2])) in words)


@lru_cache(maxsize=1)
def _office_heads() -> frozenset:
    """Words that open the name of a body or its press office: org_heads.txt and ``[office]`` in
    outlets.txt, folded; the words of an outlet's own desk («گروه», «سرویس») aside."""
    from . import speakers

    extra = {_fold(w) for w in _describe_lexicon()["office"]}
    return frozenset((set(speakers.org_heads()) | extra) - {_fold(w) for w in ("خبرنگار", "گروه", "سرویس", "بخش")})


def is_office(name: str) -> bool:
    """«روابط عمومی پژوهشگاه شاخص‌پژوه», «مرکز اطلاع رسانی فرماندهی انتظامی مشهد», «وزارت نفت»: a body or
    its press office, which an article quotes (an according-to quotation) and which is no source
    (DECISIONS 23, 35, 41). True when the name opens with a body's head (``_office_heads``) and is no
    outlet and holds no outlet's name or word («مرکز صدا و سیمای استان کرمانشاه» is an outlet)."""
    toks = [_fold(w) for w in _WORD.findall(name)]
    if not toks or toks[0] not in _office_heads() or is_outlet(name):
        return False
    words, names = outlet_lexicon()
    known = {_fold(n) for n in names if len(n) > 0} | {_fold(w) for w in words}
    for i in range(len(toks)):
        for n in (1, 2, 3):
            key = "".join(toks[i:i + n])
            if i + n > len(toks) or (n == 1 and key not in words):
                continue  # one word of a known name may be a place («استان فارس»), an outlet word is not
            if key in known or (key.endswith("ی") and key[:-1] in known):
                return False
    return True


def _named_medium(name: str) -> bool:
    """«شبکه خبری بی‌بی‌سی», «هفته‌نامه «جینز دیفنس»»: an outlet word and a name after it; not the outlets
    in general («به نقل از خبرگزاری‌ها», «رسانه‌های غربی»: a plural)."""
    words = outlet_lexicon()[0]
    toks = _WORD.findall(name)
    if len(toks) < 2 or any(_fold(t).endswith(("ها", "های")) or _fold(t) in ("ها", "های") for t in toks[:2]):
        return False
    return _k(toks[0]) in words or _k(toks[0] + toks[1]) in words


def _outlet_before(norm: str, pos: int, floor: int) -> tuple[int, int] | None:
    """«رویترز به نقل از ...», «روزنامه وال استریت ژورنال به نقل از ...»: the span of a known outlet's name (one to
    three words, ``[name]``; an outlet word just before it is part of it) that ends right before ``pos``."""
    words, names = outlet_lexicon()
    toks = list(_WORD.finditer(norm, max(floor, pos - 60), pos))
    if not toks or norm[toks[-1].end():pos].strip(" \u200c"):
        return None
    for n in (3, 2, 1):
        if len(toks) < n or any(norm[a.end():b.start()].strip(" \u200c") for a, b in zip(toks[-n:], toks[-n + 1:])):
            continue
        if _k(norm[toks[-n].start():toks[-1].end()]) in names:
            a = toks[-n].start()
            if len(toks) > n and _k(toks[-n - 1].group()) in words and not norm[toks[-n - 1].end():a].strip(" \u200c"):
                a = toks[-n - 1].start()  # «روزنامه وال استریت ژورنال»
            return a, toks[-1].end()
    return None


def _known_core(name: str) -> set[str]:
    """The known outlets' names (``[name]``, one to three words) inside ``name``: «شبكه تلويزيوني الجزيره قطر»
    and a bare «الجزيره» after it (or before it) are one outlet (DECISIONS 3); «باشگاه خبري فارس «توانا»» and
    «خبرگزاري فارس» are two."""
    names = outlet_lexicon()[1]
    toks = [_fold(t) for t in _WORD.findall(name)]
    return {"".join(toks[i:i + n]) for i in range(len(toks)) for n in (1, 2, 3)
            if i + n <= len(toks) and "".join(toks[i:i + n]) in _folded_names(names)}


@lru_cache(maxsize=1)
def _folded_names(names: frozenset) -> frozenset:
    return frozenset(_fold(n) for n in names)


# time words between an outlet's name and its verb: «روزنامه ینی شفق ترکیه چندی پیش اعلام کرد»
_SUBJECT_TAIL = re.compile(r"(?:[ \u200c]+(?:چندی[ \u200c]+پیش|امروز|دیروز|اخیرا|اخیراً|نیز|همچنین|پیشتر|"
                           r"(?:روز|بامداد|شامگاه|صبح|عصر)[ \u200c]+[\w\u200c]+))+[ \u200c]*$")


def _outlet_subject(norm: str, verb: int, floor: int) -> tuple[int, int] | None:
    """The outlet that opens the clause of a reporting verb at ``verb`` («... . وب‌سایت آلمانی SmartDroid به قابلیت
    جدیدی اشاره کرده است»): a known outlet's name, or an outlet word and one to three words after it, right
    after a sentence boundary or a comma («به گزارش ایسنا، روزنامه تایمز آو اسرائیل فاش کرد»), the rest of the
    clause no outlet's name. A time word before the verb («چندی پیش») and the outlet's country after its name
    («روزنامه ینی شفق ترکیه») are no part of the name."""
    seg_start = max(floor, verb - 160)
    seg = norm[seg_start:verb]
    cut = max(seg.rfind("."), seg.rfind("!"), seg.rfind("؟"), seg.rfind("\n"), seg.rfind(":"), seg.rfind("؛"), seg.rfind("،"))
    if cut < 0 and seg_start > floor:
        return None
    a = seg_start + cut + 1
    if "«" in norm[a:verb]:
        return None
    tail = _SUBJECT_TAIL.search(norm, a, verb)
    if tail:
        verb = tail.start()
    toks = list(_WORD.finditer(norm, a, verb))
    if len(toks) < 2:
        return None
    words, names = outlet_lexicon()
    for n in (3, 2, 1):
        if len(toks) > n and _k(norm[toks[0].start():toks[n - 1].end()]) in names:
            return toks[0].start(), toks[n - 1].end()
    w0 = _k(toks[0].group())
    if w0 not in words and not (len(toks) > 1 and _k(toks[0].group() + toks[1].group()) in words):
        return None
    span = _known_prefix(norm, _name_after(norm, norm, toks[0].start(), verb, max_tokens=5))
    if not span or span[1] > verb:
        return None
    from .speakers import _places

    name = norm[span[0]:span[1]]
    inner = _WORD.findall(name)
    last = inner[-1:]
    if len(inner) >= 3 and _fold(inner[-1]) in _places() and _fold(inner[-2]) not in _describe_lexicon()["descriptor"]:
        # «روزنامه ینی شفق ترکیه», «روزنامه تایمز آو اسرائیل»: the outlet's own name is the word before its country
        # (not «تلویزیون دولتی الجزایر»: nothing but description before it)
        last = inner[-2:-1]
    quoted = norm[span[0] - 1:span[0]] in "«\"“" and span[0] > toks[0].start()
    if not is_outlet(name) and not quoted or _k(name) in words:
        return None

    lk = _fold(last[0]) if last else ""
    if not quoted and _k(name) not in names and not _known_core(name) and not (last and (
            _foreign_name(last) or (lk in _describe_lexicon()["tail"] and len(inner) >= 3)) and _k(last[0]) not in words
            and lk not in _places() and lk[:-1] not in _places()):
        # «شبکه لبنانی», «سایت افشاگر ویکی‌لیکس ماه»: the outlet's own name is missing or ran on; a name that ends
        # in a word outlets' names end in is one («پایگاه خبری مسکو تایمز از … خبر داد»)
        return None
    return span


def _foreign_name(words: list[str]) -> bool:
    """Words rare in hazm's counts (a transliterated name: «الخلیج», «سی‌تی‌ان»), none a title."""
    from . import speakers

    f = speakers._freq()
    return all(f.get(speakers._k(w), 0) < 100_000 and not speakers.is_title_word(w) for w in words)


def _rare_name(name: str) -> bool:
    """«رویترز», «الجزیره»: a known outlet's name whose words are rare as ordinary words in hazm's counts (not «شرق»,
    «انتخاب», «میزان», «مهر»), so that it names the outlet where other words run on after it."""
    from . import speakers

    f = speakers._freq()
    return all(f.get(speakers._k(w), 0) < 1_000_000 for w in name.split())


def _fold(s: str) -> str:
    return _k(s).replace("ئ", "ی").replace("ي", "ی").replace("ك", "ک")


def speakers_title(w: str) -> bool:
    """«مدیر شبکه یک سیما گفت: ...» opens with an official, not an outlet."""
    from . import speakers

    return bool(w) and speakers.is_title_word(w)


_PERSON_AFTER = re.compile(r"[ \u200c]*،?[ \u200c]*(?:از[ \u200c]+(?:مقامات|اعضای|فرماندهان|مسئولان|مسئولین|نمایندگان|رهبران|سران|"
                           r"کارشناسان|اعضا)|(?:یکی|یک)[ \u200c]+از)(?![\w\u200c])")


def _described_as_person(norm: str, end: int) -> bool:
    """«به نقل از ساروقادر از مقامات حزب ...», «... یکی از ...»: the one cited is a person, no outlet."""
    from . import speakers

    if _PERSON_AFTER.match(norm, end):
        return True
    nxt = _WORD.match(norm, end + 1) if end + 1 < len(norm) and norm[end] in " \u200c،" else None
    return bool(nxt) and speakers.is_title_word(nxt.group())


def _is_person(name: str) -> bool:
    """«به نقل از Y» where Y is a person (a name, or a title) names no outlet."""
    from . import speakers

    w = name.split()
    return not is_outlet(name) and bool(w) and (speakers.is_title_word(w[0]) or speakers.is_honorific(w[0])
                                                or _k(w[0]) in _ANONYMOUS)


def _person_name(name: str) -> bool:
    """«علی اکبر امین تفرشی»: a given name and a surname, a person's name and no outlet's."""
    from . import speakers

    return speakers.names_someone([_fold(w) for w in name.split()], ("full_name",))


def _agency_after(norm: str, pos: int, limit: int) -> tuple[int, int] | None:
    """An outlet word and a known name after ``pos`` in the same phrase (no punctuation on the way): «… سایت
    افغانستان خبرگزاری فارس» names the agency, the words before it its desk."""
    words, names = outlet_lexicon()
    toks = []
    for w in _WORD.finditer(norm, pos, limit):
        if re.search(r"[^\w\s\u200c]", norm[toks[-1].end() if toks else pos:w.start()]):
            break
        toks.append(w)
    for a, b in zip(toks, toks[1:]):
        if _k(a.group()) in words and _k(b.group()) in names:
            return a.start(), b.end()
    return None


def _name_after(text: str, norm: str, pos: int, limit: int, max_tokens: int = 6) -> tuple[int, int] | None:
    """Span of an outlet name starting at ``pos``: words up to a comma, colon, dash or stop word."""
    words, names = outlet_lexicon()
    k = pos
    semi = False
    while k < limit and norm[k] in " \u200c;؛":
        semi = semi or norm[k] in ";؛"
        k += 1  # «به گزارش ؛روزنامه ...» (a comma or colon here means the name was dropped)
    pos = k
    d = _WORD.match(norm, k)
    if d and d.group().strip("\u200c") in _DESCRIPTOR:
        # «خبرنگار اعزامی خبرگزاری فارس به وین»: the outlet named after the reporter's description
        for w in _WORD.finditer(norm, d.end(), min(limit, d.end() + 60)):
            if re.search(r"[^\w\s\u200c]", norm[d.end():w.start()]):
                break
            nxt = _WORD.match(norm, w.end() + 1) if w.end() + 1 < limit else None
            if nxt and _k(w.group() + nxt.group()) in names:
                return w.start(), nxt.end()  # «خبرنگار عصر ایران»
            if _k(w.group()) in names:
                return w.start(), w.end()  # «خبرنگار برنا هرمزگان»: the outlet, not its province
            if _k(w.group()) in words or (nxt and _k(w.group() + nxt.group()) in words):
                pos = k = w.start()
                agency = _agency_after(norm, w.end(), min(limit, d.end() + 60))
                if agency:
                    return agency  # «خبرنگار سایت افغانستان خبرگزاری فارس»: the agency whose desk the site is
                break
    dotted = _DOTTED.match(norm, k, limit)
    if dotted:
        return dotted.span()  # «به گزارش سي.ان.ان،», «به نقل از سي . ان . ان», «به گزارش بی. بی. سی»
    if k < limit and norm[k] in "«\"“":
        # «به گزارش «تابناک» به نقل از ...»: the quoted name is the whole name
        quoted = _quoted(norm, k, limit)
        return quoted[:2] if quoted else None
    toks = []
    pending = None  # a stop word that opens a known two-word name («روز نو»)
    skip = -1  # the end of a word already taken with a stop word inside a known name
    for m in _WORD.finditer(norm, pos, min(limit, pos + 120)):
        if m.start() < skip:
            continue
        gap = norm[pending[1] if pending else toks[-1][1] if toks else pos:m.start()]
        if gap.strip(" \u200c"):
            break
        w = m.group().strip("\u200c")
        if pending is not None:
            if _k(pending[2] + w) in names:
                toks += [pending, (m.start(), m.end(), w)]
                pending = None
                continue
            return None
        if w in _STOP and toks:
            nxt = _WORD.match(norm, m.end() + 1) if m.end() + 1 < limit else None
            if nxt and not norm[m.end():nxt.start()].strip(" \u200c") and _k(toks[-1][2] + w + nxt.group()) in names:
                # «صدا و سیما»: a known name with a stop word inside
                toks += [(m.start(), m.end(), w), (nxt.start(), nxt.end(), nxt.group().strip("\u200c"))]
                skip = nxt.end()
                continue
            break
        if w in _STOP:
            pending = (m.start(), m.end(), w)
            continue
        if toks and (_LATIN.search(toks[-1][2]) or toks[-1][2].isdigit()) and any(_LATIN.search(t[2]) for t in toks) \
                and not _LATIN.search(w) and not w.isdigit() and _k(toks[0][2]) in words:
            break  # «شبكه خبري News 24 درگيري بين …», «نشريه Geostrategy دستگاه‌هاي …»: a Latin name ends at Persian
        toks.append((m.start(), m.end(), w))
        # «پایگاه اطلاع رسانی دفتر مقام معظم رهبری»: «اطلاع رسانی» written in two words counts as one
        spaced = 1 if len(toks) >= 3 and _k(toks[1][2]) == "اطلاع" and _k(toks[2][2]) == "رسانی" else 0
        if len(toks) >= max_tokens + spaced:
            break
    if not toks:
        return None
    # irnews glues words: «مهربه نقل از» → «مهر»
    for i in range(1, len(toks)):
        if toks[i][2] == "نقل" and toks[i - 1][2].endswith("به") and len(toks[i - 1][2]) > 3:
            t = toks[i - 1]
            toks = toks[:i - 1] + [(t[0], t[1] - 2, t[2][:-2])]
            break
    # «خبرگزاری فارس دومین نمایشگاه ...» (no comma): an outlet word + a known name is the whole name
    _, names = outlet_lexicon()
    for i in range(len(toks) - 1):
        if _k(toks[i][2]) in words and _k(toks[i + 1][2]) in names:
            toks = toks[:i + 2]
            break
    # «به گزارش فارس جرج بوش در سخنان ...» (no comma): a known name, then a person
    from . import speakers
    if len(toks) >= 3 and _k(toks[0][2]) in names and _k(toks[0][2] + toks[1][2]) not in names \
            and (speakers.is_given_name(toks[1][2]) or speakers.is_person_like(f"{toks[1][2]} {toks[2][2]}")):
        toks = toks[:1]
    # «به نقل از» ends the reporting outlet
    for i in range(len(toks) - 2):
        if toks[i][2] == "به" and toks[i + 1][2] == "نقل":
            toks = toks[:i]
            break
    # keep from the outlet word on (گروه بین‌الملل خبرگزاری فارس → خبرگزاری فارس)
    for i, t in enumerate(toks):
        if _k(t[2]) in words or (i + 1 < len(toks) and _k(t[2] + toks[i + 1][2]) in words):
            if i > 0:
                toks = toks[i:]
            break
    else:
        if toks[0][2] in _DESCRIPTOR and len(toks) > 1:
            # «خبرنگار برنا هرمزگان» → the known outlet; «خبرنگار پرشین خودرو» → the rest;
            # «گروه سلامت» is a desk of the outlet, no outlet
            _, names = outlet_lexicon()
            known = [t for t in toks[1:] if _k(t[2]) in names]
            if known:
                toks = known[:1]
            elif toks[0][2] == "خبرنگار":
                toks = toks[1:]
            else:
                return None
        elif toks[0][2] in _DESCRIPTOR:
            return None
    # «پایگاه اطلاع‌رسانی آستان قدس رضوی معاون تبلیغات ...», «پایگاه اطلاع رسانی پلیس سردار علی مویدی» (no comma):
    # an outlet's name ends before a title or an honorific
    if toks and (_k(toks[0][2]) in words or (len(toks) > 1 and _k(toks[0][2] + toks[1][2]) in words)):
        for i in range(2, len(toks)):
            if speakers.is_title_word(toks[i][2]) or speakers.is_honorific(toks[i][2]):
                if _fold(toks[i - 1][2]) not in _offices() and _k(norm[toks[0][0]:toks[i - 1][1]]) not in words:
                    toks = toks[:i]  # not «دفتر نماینده ولی فقیه» (an office's title), nor a bare outlet word left
                break
    if not toks:
        return None
    k = toks[-1][1]
    while k < limit and norm[k] in " \u200c":
        k += 1
    quoted = _quoted(norm, k, limit) if k < limit and norm[k] in "«\"“" else None
    if quoted:
        if (_k(toks[0][2]) in words or (len(toks) > 1 and _k(toks[0][2] + toks[1][2]) in words)) \
                and not any(_k(t[2]) in names for t in toks):
            return quoted[:2]  # «نشریه «عکاظ»», «روزنامه چپگرای اسرائیلی "هاارتص"»: the name alone (DECISIONS 11)
        if k - toks[-1][1] <= 1:
            return toks[0][0], quoted[2]  # «باشگاه خبری فارس «توانا»»: the quoted part is in the name
    if semi and not is_outlet(norm[toks[0][0]:toks[-1][1]]):
        return None  # «به گزارش ؛ علیرغم آنکه ...»: the name was dropped
    return toks[0][0], toks[-1][1]


@lru_cache(maxsize=1)
def _office_names() -> re.Pattern:
    """One pattern for the comma-holding official names, spaces and ZWNJ optional inside words."""
    alts = []
    for entries in read_sections("office_names.txt").values():
        for name in entries:
            parts = []
            for w in re.split(r"[ ]+", name.replace("،", " ، ")):
                parts.append("[\u200c]?".join(re.escape(c) for c in w.replace("\u200c", "")))
            alts.append(r"[ \u200c]*".join(parts))
    return re.compile("|".join(f"(?:{a})" for a in alts))


def _through_office(norm: str, span: tuple[int, int], limit: int) -> tuple[int, int]:
    """«روابط عمومی اداره کل میراث فرهنگی، صنایع‌دستی و گردشگری خراسان شمالی»: a name cut at the
    comma of an official name runs on through it and a place after it (up to a name, a stop word)."""
    from . import speakers

    a, b = span
    if b >= limit or norm[b] != "،":
        return span
    for m in _office_names().finditer(norm, a, min(limit, b + 120)):
        if m.start() < b < m.end():
            end = m.end()
            for n, w in enumerate(_WORD.finditer(norm, end, min(limit, end + 60))):
                key = w.group().replace("\u200c", "")
                if n >= 3 or norm[end:w.start()].strip(" \u200c") or key in _STOP or key in speakers.STOP \
                        or speakers.is_given_name(key) or speakers.is_title_word(key) or speakers.is_honorific(key):
                    break
                end = w.end()
            return a, end
    return span


def lead_through_office(norm: str, lead_start: int, comma: int, limit: int) -> int:
    """Where an opening «به نقل از X،» really ends when its comma is the one inside an official name
    («به نقل از روابط عمومی اداره صنعت، معدن و تجارت شهرستان ساری، اسماعیل هادی‌نژاد ... گفت»): the end of
    the comma after the whole name; else ``comma + 1``. ``lead_start`` opens the lead, ``comma`` is its last
    character."""
    q = None
    for q in _QUOTING.finditer(norm, lead_start, comma):
        pass
    if q is None or norm[comma] != "،":
        return comma + 1
    a, b = _through_office(norm, (q.end(), comma), limit)
    k = b
    while k < limit and norm[k] in " \u200c":
        k += 1
    return k + 1 if b > comma and k < limit and norm[k] in "،;؛" else comma + 1


@lru_cache(maxsize=1)
def _offices() -> frozenset:
    """Heads of office names, which may hold «از», «به» and run past six words to their comma
    («روابط عمومی جمعیت علمی پیشگیری از خودکشی ایران», «آمارنامه انرژی شرکت ملی پخش فرآورده‌های
    نفتی»): ``[runs_to_comma]`` in outlets.txt, in key space."""
    return frozenset(_fold(w) for w in read_sections("outlets.txt").get("[runs_to_comma]", ()))


def _office_to_comma(norm: str, span: tuple[int, int], limit: int) -> tuple[int, int]:
    """An office name cited with «به نقل از» runs to its comma (at most twelve words, one sentence)."""
    a, b = span
    first = _WORD.match(norm, a)
    if not first or _fold(first.group()) not in _offices():
        return span
    seps = [i for i in (norm.find("،", b, min(limit, a + 160)), norm.find(";", b, min(limit, a + 160))) if i >= 0]
    c = min(seps) if seps else -1
    if c < 0 or re.search(r"[.!?؟:\n«»\"]", norm[b:c]) or len(norm[a:c].split()) > 12 \
            or _REPORT.search(norm, b, c) or _QUOTING.search(norm, b, c) or _WRITING.search(norm, b, c) \
            or re.search(r"(?<![\w\u200c])(?:بر[ \u200c]*اساس|طبق|بنا[ \u200c]*بر)(?![\w\u200c])", norm[a:c]):
        # «مرکز خبر حوزه علمیه قم بر اساس اعلام دبیرخانه ...»: another attribution follows; a dangling
        # preposition is no part of the name
        last = list(_WORD.finditer(norm, a, b))
        if len(last) > 1 and last[-1].group() in {"بر", "از", "به", "در", "با", "و"}:
            b = last[-2].end()
        return a, b
    while c > b and norm[c - 1] in " \u200c":
        c -= 1
    return a, c


def _quoted_core(norm: str, span: tuple[int, int]) -> tuple[int, int]:
    """«نشریه «گازتا اسپورت» ایتالیا», «خبرگزاری «ان‌پی‌ای»»: an outlet word with a quoted name is the
    quoted name (DECISIONS 11); a known name outside the quotes («باشگاه خبری فارس «توانا»») keeps it all."""
    a, b = span
    m = re.search(r"[«\"“]([^«»\"“”\n]+)[»\"”]", norm[a:b])
    if not m:
        return span
    words, names = outlet_lexicon()
    head = norm[a:a + m.start()].split()
    outside = head + norm[a + m.end():b].split()
    if not head or not (_k(head[0]) in words or (len(head) > 1 and _k(head[0] + head[1]) in words)) \
            or any(_k(w) in names for w in outside):
        return span
    x, y = a + m.start(1), a + m.end(1)
    while x < y and norm[x] in " \u200c":
        x += 1
    while y > x and norm[y - 1] in " \u200c":
        y -= 1
    return x, y


def _redescribed_core(norm: str, span: tuple[int, int]) -> tuple[int, int]:
    """«پایگاه خبری مسکو تایمز» in an article that later writes «روزنامه مسکو تایمز»: an outlet whose word changes is
    its bare name (DECISIONS 57); an outlet word the text keeps («خبرگزاری فارس» … «خبرگزاری فارس») stays, and so
    does a one-word name after it («باشگاه خبری فارس» is not «خبرگزاری فارس»)."""
    words = outlet_lexicon()[0]
    toks = list(_WORD.finditer(norm, span[0], span[1]))
    n = 2 if len(toks) > 2 and _k(toks[0].group() + toks[1].group()) in words else 1
    if len(toks) <= n or (n == 1 and _k(toks[0].group()) not in words):
        return span
    core = norm[toks[n].start():span[1]]
    if len(toks) - n < 2:
        return span  # «خبرگزاری فارس» and «باشگاه خبری فارس»: one word after the outlet word may name two outlets
    for m in re.finditer(r"(?<![\w\u200c])" + re.escape(core) + r"(?![\w\u200c])", norm):
        if m.start() == toks[n].start():
            continue
        before = [w.group() for w in _WORD.finditer(norm, max(0, m.start() - 30), m.start())][-2:]
        if not before or norm[m.start() - 1:m.start()] not in " \u200c":
            continue
        other = _k(before[-1]) in words or (len(before) == 2 and _k(before[0] + before[1]) in words)
        same = _k("".join(before[-n:])) == _k(norm[toks[0].start():toks[n - 1].end()])
        if other and not same:
            return toks[n].start(), span[1]
    return span


# an outlet word and a quoted name opening a clause whose verb is a report: «روزنامه «الریاض» از بدهی ... خبر داد»,
# «روزنامه «جروزالم‌پست» گزارش داده که», «... خبر داده بود»,
# «سایت «onefootball» فرانسه ... نام ... را نیز آورد» (the sentence holds no other quote and no other attribution)
_QUOTED_SUBJECT = re.compile(
    r"(?:^|(?<=[.،:;؛!؟\n]))[ \u200c]*(?:(?:امروز|دیروز|روز[ \u200c]+گذشته|همچنین|اما|ولی)[ \u200c]+)?"
    r"(?:سایت|وب[ \u200c]*سایت|وبسایت|روزنامه|شبکه|نشریه|مجله|خبرگزاری|پایگاه[ \u200c]+خبری|هفته[ \u200c]*نامه|تارنمای|وبگاه)[ \u200c]*"
    # «شبکه خبری «السومریه نیوز» عراق، نخست خبر داد», «؛ وبسایت خبری «آکسیوس» آمریکا در گزارشی … اعلام کرد» (normalize
    # writes «؛» as «;»): the kind of medium between the outlet word and the quoted name
    r"(?:(?:خبری|ماهواره[ \u200c]*ای|تلویزیونی)[ \u200c]*)?"
    r"[«\"](?P<name>[^»\"«\n]{2,40})[»\"](?![^.؟!\n«»\"]{0,150}?(?:به[ \u200c]*گزارش|به[ \u200c]*نوشته|(?<![\w\u200c])گفت(?![\w\u200c])))"
    r"[^.؟!\n«»\"]{0,150}?(?<![\w\u200c])(?:اعلام[ \u200c]*(?:کرد|کرده)|مدعی[ \u200c]*(?:شد|شده)|فاش[ \u200c]*(?:کرد|کرده)|"
    r"گزارش[ \u200c]*(?:داد|کرد|داده)|خبر[ \u200c]*(?:داد|داده)|نوشت|نوشته[ \u200c]*است|آورد|"
    # «سایت «90 مین» انگلیس امروز در گزارشی به … پرداخت», «… را منتشر کرد», «… را معرفی کرد» (DECISIONS 12, 53)
    r"پرداخت|پرداخته[ \u200c]*است|منتشر[ \u200c]*(?:کرد|کرده)|معرفی[ \u200c]*کرد|اشاره[ \u200c]*(?:کرد|کرده)|"
    # «روزنامه «ديلي تلگراف» در شماره امروز خود به نقل از هفته‌نامه «جينز ديفنس» …»: an outlet that quotes is a source
    # (as «رویترز به نقل از …»), named before the one it quotes
    r"به[ \u200c]+نقل[ \u200c]+از)(?:که)?(?![\w\u200c])", re.M)
# what every match of _QUOTED_SUBJECT holds (each outlet word's last part and the quote mark): a paragraph
# without it is not scanned (the pattern opens with a look-behind, tried at every position)
_QUOTED_SUBJECT_HINT = re.compile(r"(?:سایت|نامه|شبکه|نشریه|مجله|خبرگزاری|خبری|تارنمای|وبگاه|ماهواره[ \u200c]*ای|تلویزیونی)[ \u200c]*[«\"]")
# «(فایننشال تایمز) در گزارشی», «(سانا) گزارش داد»: a name in brackets, then the verb of an outlet's report
_PAREN_OUTLET = re.compile(r"\(([^()\n]{2,40})\)[ \u200c]*(?=(?:در[ \u200c]+(?:گزارشی|مطلبی|یادداشتی|مقاله)|نوشت|گزارش[ \u200c]*داد|خبر[ \u200c]*داد))")


def _parenthesized_outlet(norm: str, m: re.Match, floor: int) -> tuple[int, int] | None:
    """«نشریه تایمز مالی بریتانیا (فایننشال تایمز) در گزارشی ...», «خبرگزاری دولتی سوریه (سانا) گزارش داد»:
    an outlet described in the text's words, its own known name in brackets, then what it reported. The
    source is the bracketed name (DECISIONS 11, 23); the description must open with an outlet word within
    six words before the bracket."""
    inner = m.group(1).strip(" \u200c")
    if _k(inner) not in outlet_lexicon()[1]:
        return None
    words = list(_WORD.finditer(norm, max(floor, m.start() - 80), m.start()))[-6:]
    if not any(is_outlet(norm[w.start():m.start()].strip(" \u200c")) and not re.search(r"[.،:؛!?؟\n]", norm[w.start():m.start()])
               for w in words):
        return None
    a = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip(" \u200c")))
    return a, a + len(inner)


# «صادق زیباکلام در روزنامه شرق نوشت:», «... در یادداشت روزنامه «کیهان» نوشت:»: the outlet a writer wrote in
_WRITTEN_IN = re.compile(r"(?<![\w\u200c])در[ \u200c]+(?:(?:یادداشت|سرمقاله|مقاله|ستون)(?:ی)?[ \u200c]+(?:در[ \u200c]+)?)?")


def _written_in(norm: str, a: int, b: int) -> tuple[int, int] | None:
    """The outlet after the last «در» of the phrase before «نوشت:» (``a``..``b``: «عباس عبدی در یادداشتی با عنوان
    «...» در روزنامه اعتماد»), known or opening with an outlet word, its place of print aside («روزنامه عرب زبان
    الاخبار چاپ بیروت»); None when no outlet follows the «در» («در صفحه شخصی خود»)."""
    last = None
    for last in _WRITTEN_IN.finditer(norm, a, b):
        pass
    if last is None or last.end() >= b:
        return None
    name = _ADVERB_TAIL.sub("", norm[last.end():b]).strip(" \u200c")
    if not name or not is_outlet(name) or _k(name) in outlet_lexicon()[0] or _is_person(name) \
            or any(_fold(name).startswith(w) for w in _describe_lexicon()["platform"]):
        return None  # «در شبکه اجتماعی ایکس نوشت»: a social network is no outlet
    own = described_name(name)
    st = last.end()
    return (st + own[0], st + own[1]) if own else (st, st + len(name))


def _clause_name(norm: str, a: int, b: int) -> str:
    """What opens the clause ``norm[a:b]`` before an outlet's verb, without a time word or connective before it
    (``_LEAD_WORDS``) and an adverbial after it (``_ADVERB_TAIL``): the candidate outlet name."""
    return _LEAD_WORDS.sub("", _ADVERB_TAIL.sub("", norm[a:b].rstrip(" \u200c")).strip(" \u200c"))


def _all_named_sources(norm: str, a: int, b: int) -> bool:
    """«... . منابع: موسسه مطالعات و پژوهش های سیاسی و روزنامه دنیای اقتصاد» closing a paragraph: at most
    twelve words, and every item (split at commas and at «و» before an outlet) an outlet or a body
    («موسسه ...»: an organization's head, ``org_heads.txt``), so a sentence about «منابع» is none."""
    from . import speakers

    if len(norm[a:b].split()) > 12:
        return False
    items = [norm[x:y].strip(" \u200c.") for part in re.finditer(r"[^،,;\n]+", norm[a:b])
             for x, y in _split_and(norm, a + part.start(), a + part.end())]
    def named(it: str) -> bool:
        return bool(it) and (is_outlet(it) or speakers._k(it.split()[0]) in speakers.org_heads())

    # «منابع: روزنامک، موسسه مطالعات … و روزنامه دنیای اقتصاد»: beside a named outlet, a one-word item is a site's
    # own name though no list knows it (not a title or a function word)
    return bool(items) and all(named(it) or (len(it.split()) == 1 and any(is_outlet(o) for o in items if o != it)
                                             and not speakers.is_title_word(it) and speakers._k(it) not in speakers.STOP)
                               for it in items)


def _split_and(norm: str, a: int, b: int) -> list[tuple[int, int]]:
    """«منابع: موسسه مطالعات و پژوهش های سیاسی و روزنامه دنیای اقتصاد»: a «منابع:» item split at each «و»
    that an outlet follows (an outlet word or a known name: «روزنامه ...»); a «و» inside a name
    («مطالعات و پژوهش‌ها», «صدا و سیما») stays."""
    out = []
    for m in re.finditer(r"[ \u200c]+و[ \u200c]+", norm[a:b]):
        rest = norm[a + m.end():b].strip(" \u200c.")
        if rest and (is_outlet(rest) or any(is_outlet(" ".join(rest.split()[:n])) for n in (1, 2))) \
                and not is_outlet(norm[a:b].strip(" \u200c.")):
            out.append((a, a + m.start()))
            a += m.end()
            return out + _split_and(norm, a, b)
    return out + [(a, b)]


def _closed(norm: str, end: int, limit: int) -> bool:
    """The name ends at a punctuation mark or the paragraph's end, the outlet's country aside («به گزارش
    خبرگزاری آناتولی ترکیه، ...»), so it did not run on into the sentence («به گزارش خبرگزاری فرانسه
    چادرهای معترضان از ...»)."""
    from . import speakers

    while end < limit:
        while end < limit and norm[end] in " \u200c":
            end += 1
        nxt = _WORD.match(norm, end)
        if not nxt or speakers._k(nxt.group()) not in speakers._places():
            break
        end = nxt.end()
    return end >= limit or norm[end] in "،,:;.«»()\"\n"


def _known_prefix(norm: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """«به گزارش رویداد24 رد صلاحیت گسترده ...», «به گزارش گاردین مهمترین ...», «فارس وی» (no comma after the
    name): a span that opens with a known outlet (one to three words, ``[name]`` in outlets.txt) and runs on is
    that outlet; a desk after it (``[desk]``: «تابناک ورزشی») is part of it."""
    names = outlet_lexicon()[1]
    if span is None or _k(norm[span[0]:span[1]]) in names:
        return span
    toks = list(_WORD.finditer(norm, span[0], span[1]))
    for n in range(min(3, len(toks) - 1), 0, -1):
        if _k(norm[span[0]:toks[n - 1].end()]) in names:
            if _fold(toks[n].group()) in _describe_lexicon()["desk"]:
                return span[0], toks[n].end() if len(toks) > n + 1 else span[1]
            return span[0], toks[n - 1].end()
    return span


@lru_cache(maxsize=1)
def _bare_words() -> frozenset:
    """Outlet words that name no outlet alone («خبرگزاری», «وب سایت»), in key space; «باشگاه خبرنگاران» (a
    short name of one outlet) aside: the multi-word outlet words holding «خبرنگاران»."""
    return frozenset(w for w in outlet_lexicon()[0] if "خبرنگاران" not in w)


_ISSUE = re.compile(r"شماره(?![\w\u200c])")


def _described_only(name: str) -> bool:
    """«روزنامه آمریکایی», «روزنامه قطری»: an outlet word and nothing after it but description (``[descriptor]``)
    or a country's adjective («قطری», «آمریکایی»); «خبرگزاری فرانسه» (a country's name) is a name."""
    from .speakers import _places

    toks = _WORD.findall(name)
    if len(toks) < 2 or _k(toks[0]) not in outlet_lexicon()[0]:
        return False
    desc = _describe_lexicon()["descriptor"]

    def described(w: str) -> bool:
        f = _fold(w)
        return f in desc or (f.endswith("ی") and (f[:-1] in _places() or (f.endswith("یی") and f[:-2] in _places())))
    return all(described(t) for t in toks[1:])


_AND = re.compile(r"[ \u200c]+و[ \u200c]+")


def _and_known(norm: str, end: int, limit: int) -> tuple[int, int] | None:
    """«... به نقل از ایرنا و فارس بخوانید»: a known outlet's name (one to three words, ``[name]``) right after the «و»
    that follows an outlet's name ending at ``end``, the name closed by no further word of a name."""
    m = _AND.match(norm, end, limit)
    if not m:
        return None
    names = outlet_lexicon()[1]
    toks = list(_WORD.finditer(norm, m.end(), min(limit, m.end() + 40)))[:4]
    for n in (3, 2, 1):
        if len(toks) >= n and not any(norm[a.end():b.start()].strip(" \u200c") for a, b in zip(toks[:n], toks[1:n])) \
                and toks[0].start() == m.end() and _k(norm[toks[0].start():toks[n - 1].end()]) in names:
            nxt = toks[n] if len(toks) > n else None
            if nxt and not norm[toks[n - 1].end():nxt.start()].strip(" \u200c") and _k(nxt.group()) in names | outlet_lexicon()[0]:
                return None
            return toks[0].start(), toks[n - 1].end()
    return None


def _quoted_after_word(norm: str, start: int, span: tuple[int, int]) -> bool:
    """«بنا بر گزارش خبرگزاری «اینترفکس»», «به نوشته روزنامه «تایمز اسرائیل»»: ``span`` (the quoted name ``_name_after``
    returns) stands in quote marks right after an outlet word that follows the cue ending at ``start``; the name is an
    outlet's though no list knows it (DECISIONS 11, 23)."""
    pre = norm[start:span[0]].rstrip(" \u200c")
    if not pre.endswith(("«", "\"", "“")):
        return False
    toks = _WORD.findall(pre)
    words = outlet_lexicon()[0]
    return bool(toks) and len(toks) <= 4 and (_k(toks[0]) in words or (len(toks) > 1 and _k(toks[0] + toks[1]) in words))


def _known_desk(name: str) -> bool:
    """«تابناک اقتصادی»: a known outlet's name and one of its desks (``[desk]`` in outlets.txt)."""
    w = name.split()
    return len(w) >= 2 and _k(" ".join(w[:-1])) in outlet_lexicon()[1] and _fold(w[-1]) in _describe_lexicon()["desk"]


_LAST: list = [None]  # (text, norm, paras, sources, offices) of the last article: the pipeline and the quote reader both ask


def _read(text: str, norm: str, paras: list[Paragraph]) -> tuple:
    """(sources, offices) of the article; the same objects asked twice in a row are not read again."""
    last = _LAST[0]
    if last is not None and last[0] is text and last[1] is norm and last[2] is paras:
        return last[3], last[4]
    offices: list[str] = []
    out = _extract_sources(text, norm, paras, offices)
    _LAST[0] = (text, norm, paras, tuple(out), tuple(offices))
    return _LAST[0][3], _LAST[0][4]


def extract_sources(text: str, norm: str, paras: list[Paragraph]) -> list[str]:
    """The article's source chain: the outlets, reporting outlet first."""
    return list(_read(text, norm, paras)[0])


def cited_offices(text: str, norm: str, paras: list[Paragraph]) -> list[str]:
    """The bodies and press offices the article cites where an outlet would stand («به گزارش خبرگزاری فارس به
    نقل از روابط عمومی X»): no sources (DECISIONS 35, 41), but the issuer of «براساس این گزارش»."""
    return list(_read(text, norm, paras)[1])


def _extract_sources(text: str, norm: str, paras: list[Paragraph], offices: list[str] | None = None) -> list[str]:
    """The source chain; the bodies and press offices the article cites where an outlet would stand
    («به نقل از روابط عمومی X») are appended to ``offices`` when it is given."""
    from .speakers import _places

    out: list[str] = []
    offices = [] if offices is None else offices

    keys: list[str] = []
    cores: set[str] = set()  # the known names inside the names listed

    def add(span, listed=False):
        """Once per outlet: «به گزارش فارس» after «خبرگزاري فارس» is the same outlet (folded key,
        and a name that ends another one already listed); so is «تابناک» after «تابناک ورزشی» (a name
        that opens one already listed: the outlet after its desk). A body or its press office
        (``is_office``) is no source but goes to ``offices``, unless a closing «منابع:» line lists it."""
        if span:
            span = _redescribed_core(norm, _quoted_core(norm, span))
            s = text[span[0]:span[1]].strip(" \u200c")
            k = _fold(norm[span[0]:span[1]])
            if not listed and is_office(norm[span[0]:span[1]]):
                if s not in offices:
                    offices.append(s)
                return
            if _described_only(norm[span[0]:span[1]]) or _k(norm[span[0]:span[1]]) in _bare_words() \
                    or _INDEFINITE.match(norm, span[0], span[1]) \
                    or (listed and _ISSUE.match(norm, span[0])):
                # «به نقل از وب سایت،» (the name dropped), «منبع: ماهنامه زمانه، شماره 45» (an issue, no outlet)
                return  # «به نقل از روزنامه آمریکایی», «روزنامه قطری در ادامه نوشت»: no outlet's own name
            core = _known_core(norm[span[0]:span[1]])
            bare = k in _folded_names(outlet_lexicon()[1])
            if s and k and not any(k == o or o.endswith(k) or k.endswith(o) or o.startswith(k)
                                   or (k.startswith(o) and _fold(k[len(o):]) in _places()) for o in keys) \
                    and not (bare and k in cores) and not (core & set(keys)):
                out.append(s)
                keys.append(k)
                cores.update(core)

    body = [p for p in paras if not p.is_title]
    if not body:
        return out
    first = body[0]
    # «گروه بین‌الملل خبرگزاری تسنیم - ...» / «خبرگزاری فارس: ...» at the very start
    deferred: list[tuple[int, int]] = []
    # «... یک پاراگراف آغازین.\n\nخبرگزاری فارس – مهدی صادقی: ...»: a feature opens with a teaser paragraph and the
    # outlet's line heads the next one; it is looked for there when the first paragraph names no outlet
    for lp in body[:2]:
        if lp is not first and (out or deferred or _REPORT.search(norm, first.start, first.end)):
            break
        lo = _LEAD_OUTLET.match(norm, lp.start, min(lp.end, lp.start + 60))  # bounded: no backtracking over a long run
        toks = lo.group(1).split() if lo else []
        if len(toks) == 2 and _k(toks[0]) in outlet_lexicon()[0] and _k(toks[1]) in outlet_lexicon()[1]:
            add(lo.span(1))
            continue
        head_end = min(lp.end, lp.start + 80)
        dash = re.compile(r"[-–—:;]").search(norm, lp.start, head_end)  # «عصر ایران؛ ...» (DECISIONS 34)
        if dash:
            # «روزنامه همشهری نوشت: ...»: the outlet without its verb
            lead = re.sub(r"[ \u200c]+(?:نوشت|نوشته است|گزارش داد|خبر داد)[ \u200c]*$", "", norm[lp.start:dash.start()])
            lw = lead.split()
            if len(lw) <= 6 and "،" not in lead and not _REPORT.search(lead) and not speakers_title(lw[0] if lw else "") \
                    and not re.search(r"(?<![\w\u200c])(?:گفت|افزود|کرد|داد|شد|داشت)$", lead.rstrip()) \
                    and any(is_outlet(lead[i.start():]) for i in _WORD.finditer(lead)):
                for i in _WORD.finditer(lead):
                    if is_outlet(lead[i.start():]):
                        span = (lp.start + i.start(), lp.start + len(lead.rstrip()))
                        if _written_in(norm, lp.start, span[1]) == span:
                            deferred.append(span)  # «علی ربیعی در روزنامه ایران نوشت: ...»: after the reporting agency
                        else:
                            add(span)
                        break
    # the opening «به گزارش X به نقل از Y» in the first two body paragraphs
    window_end = body[1].end if len(body) > 1 else first.end
    window_end = min(window_end, first.start + 1500)
    tried = False
    for m in _REPORT.finditer(norm, first.start, window_end):
        if _NEW_REPORT.match(norm, m.end()).end() > m.end():
            continue  # «باید به گزارش جدید سی ان ان از ... اشاره کرد»: a report referred to, no reporting line
        span = _known_prefix(norm, _name_after(text, norm, m.end(), window_end))
        desk = _EMPTY_CITED.match(norm, m.end()) if span is None else None
        if desk:
            add(desk.span(1))  # «به گزارش گروه سلامت به نقل از ""»: the outlet's name lost, its desk stands (DECISIONS 57)
            break
        if span is None:
            # «به گزارش به نقل از یورونیوز»: the reporting outlet's name was dropped, the cited one stays
            q = _QUOTING.match(norm, m.end())
            y = _known_prefix(norm, _name_after(text, norm, q.end(), window_end)) if q else None
            if y and not _is_person(norm[y[0]:y[1]]) and (not tried or is_outlet(norm[y[0]:y[1]])):
                add(y)
                break
            tried = True
            continue
        name = norm[span[0]:span[1]]
        if not is_outlet(name) and _person_name(name):
            tried = True
            continue  # «به گزارش علی اکبر امین تفرشی مدیر عامل ...»: a crawl lost the outlet; a person is none
        if not is_outlet(name) and (tried or _k(name.split()[0]) in _DOC_HEADS or (out and m.start() - first.start > 600)):
            tried = True
            continue  # «به گزارش اطلاعیه ...», «به گزارش وزارت بهداشت غزه» deep in the body: no outlet;
            # after such a miss only a known outlet opens the chain
        if span:
            add(span)
            # «به نقل از Y» right after X, or after a place: «خبرگزاری فارس از ارومیه، به نقل از ...»
            q = _QUOTING.search(norm, span[1], min(window_end, span[1] + 40))
            if q and (re.search(r"[.!?؟\n]", norm[span[1]:q.start()]) or len(norm[span[1]:q.start()].split()) > 3):
                q = None
            between = _outlet_before(norm, q.start(), span[1]) if q else None
            if between:
                # «به گزارش روز نو، اسپوتنیک به نقل از لیندسی گراهام ...»: the outlet between quotes Y
                add(between)
            if q:
                # «به نقل از شين هوا ماهاتير محمد در ...», «به نقل از رویترز رئیس جمهور آمریکا»: a known name that runs on
                y = _known_prefix(norm, _name_after(text, norm, q.end(), window_end))
                if y and not _is_person(norm[y[0]:y[1]]) and not _described_as_person(norm, y[1]) \
                        and (not between or is_outlet(norm[y[0]:y[1]])):
                    add(_through_office(norm, _office_to_comma(norm, y, window_end), window_end))
        break
    for span in deferred:
        add(span)
    # later sourcing anywhere
    listed: set[tuple[int, int]] = set()  # the spans a «منابع:» line lists
    for p in body:
        found: list[tuple[int, int]] = []  # in text order, whatever pattern found them
        for m in _WRITING.finditer(norm, p.start, p.end):
            span = _name_after(text, norm, m.end(), p.end)
            known = _known_prefix(norm, span)
            if known and known != span and _rare_name(norm[known[0]:known[1]]) and not _closed(norm, span[1], p.end):
                span = known  # «طبق گزارش جدید رویترز برزیل در سال گذشته ...» (no comma): a known foreign name runs on
            if span and (is_outlet(norm[span[0]:span[1]]) or _quoted_after_word(norm, m.end(), span)):
                found.append(span)
        for m in _REPORT.finditer(norm, p.start, p.end):
            # «به گزارش فارس، ...» deep in the body (or glued: «... امیدبه گزارش رویداد۲۴»): a known outlet
            # the article is sourced from, like «به نوشته X»
            at = _NEW_REPORT.match(norm, m.end()).end()
            span = _known_prefix(norm, _name_after(text, norm, at, p.end))
            name = norm[span[0]:span[1]] if span else ""
            if span and (_k(name) in outlet_lexicon()[1] or _quoted_after_word(norm, m.end(), span) or (
                    (is_outlet(name) or _known_desk(name)) and _closed(norm, span[1], p.end))):
                found.append(span)
        for m in _QUOTING.finditer(norm, p.start, p.end):
            at = _REPORT_NOUN.match(norm, m.end()).end()
            before = _outlet_before(norm, m.start(), p.start)
            if before:
                found.append(before)  # «و رویترز به نقل از منابعی در ایران ...»: an outlet that quotes is a source
            # «... می‌کرد. به نقل از ایسنا، این بازیکن ...»: a known outlet cited at a sentence start
            k = m.start() - 1
            while k >= p.start and norm[k] in " \u200c\t":
                k -= 1
            if k >= p.start and norm[k] not in ".!?؟\n":
                # «این بازیکن به نقل از ایسنا گفت ...» mid-sentence: a known outlet's name, or one that
                # opens with an outlet word («در این مطلب به نقل از شبکه خبری بی‌بی‌سی، ...»)
                span = _known_prefix(norm, _name_after(text, norm, at, p.end))
                if span and (_k(norm[span[0]:span[1]]) in outlet_lexicon()[1] or _named_medium(norm[at:span[1]])):
                    found.append(span)
                    also = _and_known(norm, span[1], p.end)
                    if also:
                        found.append(also)  # «به نقل از ایرنا و فارس بخوانید»: both outlets
                continue
            span = _name_after(text, norm, at, p.end)
            if span and (is_outlet(norm[span[0]:span[1]]) or (
                    p is first and not norm[p.start:m.start()].strip(" \u200c\t") and not _is_person(norm[span[0]:span[1]])
                    and not _person_name(norm[span[0]:span[1]]) and not _described_as_person(norm, span[1]))):
                found.append(span)  # «به نقل از فرارو، ...» opening the article: its source, known or not
        for m in _IN_REPORT.finditer(norm, p.start, p.end):
            span = _name_after(text, norm, m.end(), p.end)
            if span and _k(norm[span[0]:span[1]].split()[0]) in outlet_lexicon()[0]:
                found.append(span)
        for m in _WROTE.finditer(norm, p.start, p.end):
            # the outlet is the phrase just before: at most four words back to a boundary
            seg_start = max(p.start, m.start() - 60)
            seg = norm[seg_start:m.start()]
            cut = max(seg.rfind("."), seg.rfind("،"), seg.rfind(":"), seg.rfind("\n"))
            s0 = seg_start + cut + 1
            name = _clause_name(norm, s0, m.start())
            own = described_name(name) if name else None
            if own:
                st = norm.index(name, s0)  # «رسانه عرب زبان الخلیج آنلاین نزدیک به قطر نوشت:»
                found.append((st + own[0], st + own[1]))
            elif name and is_outlet(name):
                st = norm.index(name, s0)
                found.append((st, st + len(name)))
            elif name:
                span = _written_in(norm, s0, s0 + len(norm[s0:m.start()].rstrip(" \u200c")))
                if span:
                    found.append(span)
        for m in _REPORTED.finditer(norm, p.start, p.end):
            seg_start = max(p.start, m.start() - 160)
            seg = norm[seg_start:m.start()]
            cut = max(seg.rfind("."), seg.rfind("،"), seg.rfind(":"), seg.rfind("\n"), seg.rfind("؛"))
            s0 = seg_start + cut + 1
            name = _clause_name(norm, s0, m.start())
            if name and len(name.split()) <= 6 and is_outlet(name):
                st = norm.index(name, s0)
                found.append((st, st + len(name)))
        for m in _SEE_IN.finditer(norm, p.start, p.end):
            # «این لحظات را در تابناک می‌بینید», «اصل خبر را در رویترز ببینید»: a known outlet the reader is sent to
            name = m.group(1).strip(" \u200c")
            if _k(name) in outlet_lexicon()[1]:
                found.append((m.start(1), m.start(1) + len(m.group(1).rstrip(" \u200c"))))
        for m in _ANNOUNCED.finditer(norm, p.start, p.end):
            span = _outlet_subject(norm, m.start(), p.start)
            if span:
                found.append(span)
        hint = _QUOTED_SUBJECT_HINT.search(norm, p.start, p.end)
        for m in _QUOTED_SUBJECT.finditer(norm, p.start, p.end) if hint else ():
            # «... ، روزنامه «جروزالم‌پست» گزارش داد», «شبکه «الجدید» لبنان اعلام کرد»: the quoted name (DECISIONS 11, 12)
            a, b = m.span("name")
            while a < b and norm[a] in " \u200c":
                a += 1
            while b > a and norm[b - 1] in " \u200c":
                b -= 1
            if a < b:
                found.append((a, b))
        for m in _PAREN_OUTLET.finditer(norm, p.start, p.end):
            span = _parenthesized_outlet(norm, m, p.start)
            if span:
                found.append(span)
        sl = _SOURCES_LINE.match(norm, p.start)
        if not sl:
            # «... المان‌ها دسترسی پیدا کنید. منبع: ایتنا»: a one-paragraph body closes with its source
            tail = _SOURCES_LINE.search(norm, max(p.start, p.end - 130), p.end)
            if tail and norm[p.start:tail.start()].rstrip(" \u200c\t").endswith((".", "!", "؟", "»")) \
                    and (len(norm[tail.end():p.end].split()) <= 4 or _all_named_sources(norm, tail.end(), p.end)):
                sl = tail
        if sl:
            for part in re.finditer(r"[^،,;\n]+", norm[sl.end():p.end]):
                for a, b in _split_and(norm, sl.end() + part.start(), sl.end() + part.end()):
                    s = norm[a:b]
                    lead = len(s) - len(s.lstrip(" \u200c-–•*"))
                    found.append((a + lead, a + len(s.rstrip(" \u200c."))))
                    listed.add(found[-1])
        for span in sorted(found):
            add(span, span in listed)
    return out

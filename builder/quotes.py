"""Quotations: who said what, attributed through a reporting cue.

One pass finds every cue occurrence (verb forms from ``cues.py``, ``با بیان اینکه``-type
participial cues, ``به گفته``-type according-to phrases, a headline ``X: ...``); each is then
read locally, inside its paragraph and sentence, with bounded windows:

- after the cue: a colon (quoted → ``direct``, else ``indirect`` to the end of the paragraph or the
  next attribution), ``که`` + clause, a quotation mark, or a plain clause;
- before the cue: noun-phrase content (``بر اهمیت … تاکید کرد``, ``خواستار … شد``, ``از … خبر داد``,
  ``… را … دانست``, ``مخالفت خود را … اعلام کرد``) and the speaker's mention;
- documents as speakers (``در این بیانیه آمده است:``, ``این نظرسنجی نشان می‌دهد``, ``طبق/براساس …``),
  cues joined by ``و`` to the previous quotation (``… و افزود:``), a colon closing its paragraph.

Word classes (documents, stance heads, topics, positions, headline labels) are in
``lexicons/quote_words.txt``; the cue verbs in ``lexicons/cues.tsv``.

Speakers are made canonical in ``speakers.resolve``. All matching is done on ``norm`` and every
string is sliced from ``text`` (same offsets).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from . import speakers as spk
from .cues import BARE_PRESENT, all_forms, finite_forms, key, lexicon, past_roots, subjunctive_forms
from .segment import Paragraph
from .lexicon import read_sections
from .numbers import read_tsv
from .patterns import keyed_tokens, word_start
from .sources import cited_offices, extract_sources, is_outlet, lead_through_office


def _word_classes() -> dict[str, frozenset]:
    """The word classes of ``lexicons/quote_words.txt`` by section name, as lookup keys."""
    return {sec.strip("[]"): frozenset(key(w) for w in words)
            for sec, words in read_sections("quote_words.txt").items() if sec}


_TOK = re.compile(r"\w[\w\u200c]*")  # a word never starts with a ZWNJ («به گزارش ایلنا،‌ایوانجلوس ...»)
_TOK_SPLIT = re.compile("(" + _TOK.pattern + ")")  # for ``keyed_tokens``
# a sentence ends at «.!?؟» before a space, a closing mark or the end, and also where the mark is glued to
# the next sentence's first letter («... چیست؟لاوروف گفت», «... است.وی افزود»: crawled text lost the space)
# (written as its first mark, then the four cases told apart by look-behinds: ``[.!?؟]+(?=[\s"»”]|$)``, ``\n``,
# ``[!?؟]+(?=[\u0621-\u06cc])``, ``(?<=[\u0621-\u06cc])\.(?=[\u0621-\u06cc])`` in that order; the leading
# character set lets the regex engine skip to the next mark instead of trying every position)
_SENT_END = re.compile(r"[.!?؟\n](?:(?<=[.!?؟])[.!?؟]*(?=[\s\"»”]|$)|(?<=\n)|(?<=[!?؟])[!?؟]*(?=[\u0621-\u06cc])"
                       r"|(?<=[\u0621-\u06cc]\.)(?=[\u0621-\u06cc]))")
_OPEN = {"«": "»", "“": "”", '"': '"'}
_QMARKS = set('«»“”"')
_REPORT_AT = re.compile(r"به[ \u200c]*گزارش|به[ \u200c]+نقل[ \u200c]+از")
_LIGHT = {"کرد", "داشت", "شد", "داد", "نمود", "ساخت"}
_MODAL = {"باید", "میتوان", "نمیتوان", "توان", "بتوان", "نباید", "میبایست", "شاید"}
_PASSIVE = {"شد", "شده", "میشود", "شود", "میشد", "شدهاست", "نشده", "نمیشود"}
_NO_PLAIN = {"و", "اما", "ولی", "تا", "را", "هم", "نیز", "است", "بود", "شد", "بودند", "شدند", "خواهد"}
_COPULA = {"است", "بود", "شد", "هست", "نیست", "باشد", "بودند", "هستند", "شده", "شود"}
_SOURCE_NOUNS = {"منبع", "منابع", "منبعی", "مقام", "مقامی", "مقامات"}
_NOT_A_PLACE = {"تماس", "گفتگو", "گفتوگو", "مصاحبه", "پاسخ", "حاشیه", "جمع", "نشست", "ادامه", "دیدار"}
_ORG_IN = {"سفارت", "سفیر", "کنسولگری", "دفتر", "نمایندگی", "سرکنسولگری", "سفارتخانه"}
_QUANT = {"یکی", "برخی", "بعضی", "هیچیک", "بسیاری", "تعدادی", "شماری", "بیشتر", "اکثر", "گروهی"}
_TEMPORAL = {"پیشتر", "قبلا", "پیش", "بعدا", "صبح", "امروز", "دیروز", "عصر", "شب", "ظهر", "بامداد", "امشب", "اخیرا", "همچنین", "نیز", "الان",
             "اکنون", "حالا", "هماکنون", "قطعا", "البته", "ضمنا", "سپس", "بارها", "همواره", "هنوز"}
_DEMONSTRATIVES = {"این", "همین", "آن", "همان"}
_EPITHET_TAILS = {"مسئول", "مسوول", "مسؤول", "ارشد", "آگاه", "عالیرتبه", "بلندپایه", "رسمی", "محترم"}
_TIME_HEADS = {"روز", "هفته", "ماه", "سال", "شب", "صبح", "عصر", "ظهر", "بامداد", "شامگاه", "صبحگاه", "اوایل", "اواخر"}
_TIME_TAILS = {"گذشته", "قبل", "پیش", "جاری", "اخیر", "آینده", "شنبه", "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه",
               "پنجشنبه", "جمعه", "امروز", "دیروز", "بعد"}
_FIRST_SECOND = {"من", "ما", "شما", "تو", "بنده"}
_FILLERS = {"همچنین", "اما", "ولی", "سپس", "و", "نیز", "هم", "البته", "بنابراین", "در", "ادامه", "حتی"}
_PARTICIPIAL = re.compile(
    word_start("با", "ضمن") + r"[ \u200c]*(بیان|اشاره[ \u200c]+به|تاکید(?:[ \u200c]+(?:مجدد|دوباره|ویژه))?[ \u200c]+بر|اعلام|یادآوری"
    r"|(?:ابراز|اظهار)[ \u200c]+(?:امیدواری|نگرانی|خرسندی|خشنودی)(?:[ \u200c]+از)?|ابراز|انتقاد(?:[ \u200c]+شدید)?[ \u200c]+از"
    r"|استقبال[ \u200c]+از|محکوم[ \u200c]+(?:کردن|نمودن)"
    r"|تکذیب|رد|بر[ \u200c]*شمردن|ادعای"
    r"|(?:کم|بی)[ \u200c]*(?:اهمیت|اساس)[ \u200c]+(?:شمردن|خواندن|دانستن)|(?:مهم|ضروری|مثبت|منفی)[ \u200c]+(?:شمردن|خواندن|دانستن"
    r"|ارزیابی[ \u200c]+کردن)"
    r"|هشدار(?:[ \u200c]+جدی)?[ \u200c]+(?:نسبت[ \u200c]+به|درباره|در[ \u200c]+(?:خصوص|مورد)))"
    r"(?:[ \u200c]*(اینکه|این[ \u200c]+که|این\u200cکه|آنکه|آن[ \u200c]+که))?(?![\w\u200c])")
# «این گزارش حاکی است، ...», «برخی گزارش‌ها حاکی از آن است که ...»: a document as speaker
_INDICATES = re.compile(word_start(r"حاکی[ \u200c]+(?:از[ \u200c]+(?:آن|این)[ \u200c]+)?(?:است|بود|بوده[ \u200c]+است)",
                                     r"نشان[ \u200c]+از[ \u200c]+(?:آن|این)[ \u200c]+(?:دارد|دارند|داشت|داشتند|داشته[ \u200c]*است)")
                        + r"(?![\w\u200c])")
_SCENE = re.compile(r"(?:در|طی|پس[ \u200c]+از|بعد[ \u200c]+از|هنگام)[ \u200c]")
_PRONOUN_OPEN = re.compile(r"(?:وی|ایشان)(?![\w\u200c])")
# «اسکوچیچ: افتخار می‌کنم ...»: a headline in the first person is someone's own words
_FIRST_PERSON = re.compile(r"(?<![\w\u200c])(?:من|ما|بنده|(?:ن?می[ \u200c]*)?[\w]+(?:یم|م)|هستم|هستیم)(?![\w\u200c])")
_OUTLET_DASH = re.compile(r"[ \t]*خبرگزاری[ \u200c]+[^ \u200c،:.\-–]+[ \u200c]*[-–][ \t]*")
_THAT_WORD = re.compile(r"(?<![\w\u200c])که(?![\w\u200c])")
_PARTICIPIAL_HEADS = {"بیان", "به", "بر", "اعلام", "یادآوری", "ابراز"}
_PREP_TAIL = re.compile(r"[ \u200c]+(?:به|بر|از)$")
_ACCORDING = re.compile(
    "(" + word_start(r"به[ \u200c]+(?:گفته|اعتقاد|عقیده|باور|اذعان|تعبیر)", r"از[ \u200c]+(?:نظر|دیدگاه)", r"بر[ \u200c]*اساس",
                      "طبق", r"مطابق(?:[ \u200c]+با)?", r"بنا[ \u200c]*(?:بر|به)") + r")(?![\w\u200c])")
# «به گفته/تعبیر/اعتقاد وی …» with no comma: the speaker is the noun phrase after the cue («به تعبیر وی برنامه … است»)
_SAID_BY = ("بهگفته", "بهتعبیر", "بهاعتقاد", "بهعقیده", "بهباور")
_BY_DOC = ("براساس", "طبق", "مطابق", "مطابقبا", "بنابر", "بنابه")  # according-to heads a document, a statement or an opinion follows
_STATED = {"نظر", "نظرات", "توصیه", "توصیههای", "گفته", "گفتههای", "اعلام", "اظهارات", "سخنان", "اعتقاد", "عقیده"}
_WORDS = _word_classes()
_DOC_WORDS = _WORDS["according_to"]
# heads of the bodies that announce figures («طبق اعلام وزارت بهداشت ...»)
_ISSUERS = {"وزارت", "سازمان", "بانک", "شرکت", "ستاد", "روابط", "مرکز", "مراکز", "اداره", "دبیرخانه", "پلیس", "دولت",
            "شورای", "شورا", "کمیته", "انجمن", "اتحادیه", "دانشگاه", "فرمانداری", "استانداری", "شهرداری", "گمرک"}
_IN_DOC = re.compile(word_start("آمده") + r"(?:[ \u200c]+(?:است|بود))?[ \u200c]*(?::|،|که(?![\w\u200c]))")
_DOCS = _WORDS["documents"]
_SUBJECT_ADVERBS = _WORDS["subject_adverbs"]
_RANK_ORDINALS = _WORDS["rank_ordinals"]
# finite verbs that no name or title contains: inside a run of words they end the previous clause
_CLAUSE_VERBS = {"شود", "نشود", "میشود", "نمیشود", "نشد", "میشد", "نمیشد", "باشد", "نباشد", "است", "نیست", "بود", "نبود",
                 "هست", "هستند", "بودند", "میکند", "میکنند", "میدهد", "میدهند", "نمیکند", "کردند", "شدند"}
_WH_NOUNS = {"کسانی", "کسی", "چیزی", "کس"}


def _alternation(phrases) -> str:
    """Phrases as a regex alternation, longest first; a space or ZWNJ inside a phrase matches either."""
    return "|".join(sorted((re.escape(w).replace("\u200c", "[ \u200c]*").replace(r"\ ", "[ \u200c]+") for w in phrases),
                           key=len, reverse=True))


_PHRASES = read_sections("quote_words.txt")  # the phrase sections, as written (spaces and ZWNJ kept)
# «علاوه بر این، …», «این در حالی است که …»: openers before the sentence's subject
_CLAUSE_OPENER = re.compile(
    r"\s*(?:(?:" + _alternation(_PHRASES["[clause_openers]"]) + r")[ \u200c]*[،,]"
    r"|(?:" + _alternation(_PHRASES["[clause_adverbs]"]) + r")(?![\w\u200c])(?![ \u200c]*که(?![\w\u200c]))"
    r"(?:[ \u200c]+(?:هم|نیز)(?![\w\u200c]))?[ \u200c]*[،,]?"
    r"|این[ \u200c]+در[ \u200c]+حالی[ \u200c]+(?:است|بود)[ \u200c]+که(?![\w\u200c]))[ \u200c]*")

_EVENTS = _alternation(_PHRASES["[scene_events]"])
# «در حاشیه این بازدید»، «در این نشست خبری»، «در ادامه»: the scene a sentence opens with, before its subject
_SCENE_OPENER = re.compile(
    r"\s*(?:در|طی)[ \u200c]+(?:(?:(?:" + _alternation(_PHRASES["[scene_heads]"]) + r")[ \u200c]+)?"
    r"(?:این|همین|آن)[ \u200c]+(?:" + _EVENTS + r")(?![\w\u200c])(?:[ \u200c]+(?:خبری|مطبوعاتی|تلفنی|ویدئویی|مشترک))?"
    r"|(?:ادامه|پایان|خاتمه|ابتدا)(?![\w\u200c])(?![ \u200c]+(?:این|همین|آن|" + _EVENTS + r")(?![\w\u200c])))"
    r"[ \u200c]*[،,]?[ \u200c]*")

_MONTH_WORDS = [r["word"] for r in read_tsv("months.tsv")]
_MONTHS = frozenset(k for w in _MONTH_WORDS for k in (key(w), key(w) + "ماه"))


# «16 بهمن 1392، برخی مقامات ... اعلام کردند»: a chronicle's date heads the sentence before its comma
_DATE_OPENER = re.compile(r"\s*(?:روز[ \u200c]+\w+[ \u200c]+)?[0-9۰-۹٠-٩]{1,2}[ \u200c]*(?:" + _alternation(_MONTH_WORDS)
                          + r")(?:[ \u200c]+ماه)?(?:[ \u200c]+(?:سال[ \u200c]+)?[0-9۰-۹٠-٩]{2,4})?[ \u200c]*[،,][ \u200c]*")


_FILLER_OPENER = re.compile(r"\s*(?:البته|اما|ولی|و)[ \u200c]+")


def _past_opener(norm: str, start: int, end: int) -> int:
    """Where the subject can start: past an opener (``علاوه بر این،``, a date ``16 بهمن 1392،``) at
    ``start``, else ``start``."""
    d = _DATE_OPENER.match(norm, start, end)
    if d and d.end() < end:
        start = d.end()
    f = _FILLER_OPENER.match(norm, start, end)
    if f and _CLAUSE_OPENER.match(norm, f.end(), end):
        start = f.end()  # «البته این در حالی است که مقامات مسکو ...»
    m = _CLAUSE_OPENER.match(norm, start, end)
    if m and m.end() < end:
        start = m.end()
    scene = _SCENE_OPENER.match(norm, start, end)
    return scene.end() if scene and scene.end() < end else start


_VIA = re.compile(word_start(r"به[ \u200c]+نقل[ \u200c]+از") + r"(?![\w\u200c])")  # «به نقل از» at a word start
_DOC_AFTER_THIS = {"اطلاعیه", "بیانیه", "گزارش", "آمار", "اعلامیه", "نامه", "سند", "قانون", "مصوبه", "تحقیق", "تحقیقات",
                   "مطالعه", "نظرسنجی", "بررسی", "پژوهش", "آمارها", "گزارشها"}


def extract_quotations(text: str, norm: str, paras: list[Paragraph]) -> list[dict]:
    lex = lexicon()
    # norm already folds letters, so a token's key is its word with ZWNJ removed
    toks = keyed_tokens(_TOK_SPLIT, norm)
    toks, glue = _split_glued(norm, toks)
    tok_starts = [t[0] for t in toks]
    ends = sorted(_sentence_ends(norm) + glue)
    sources = extract_sources(text, norm, paras)
    src_keys = {key(s) for s in sources}
    para_starts = [p.start for p in paras]

    def para_of(pos: int) -> Paragraph | None:
        i = bisect_right(para_starts, pos) - 1
        if i >= 0 and paras[i].start <= pos <= paras[i].end:
            return paras[i]
        return None

    def sent_start(pos: int, p: Paragraph) -> int:
        i = bisect_right(ends, pos) - 1
        s = ends[i] if i >= 0 else 0
        s = max(s, p.start)
        while s < pos and norm[s] in " \u200c\t\n\"»”":
            s += 1
        return s

    def sent_end(pos: int, p: Paragraph) -> int:
        i = bisect_left(ends, pos + 1)
        e = ends[i] if i < len(ends) else len(norm)
        return min(e, p.end)

    cues = _find_cues(norm, toks, lex)
    boundary_cues: list[int] = []  # colon content runs to the paragraph end here; cut below
    out: list[dict] = []
    cue_positions: list[tuple[int, int, int]] = []  # (verb start, verb end, index in cues)
    for ci, c in enumerate(cues):
        cue_positions.append((c["vs"], c["ve"], ci))


    # «در این بیانیه آمده است:» closing its paragraph: the statement is the next one
    next_para = {a.start: b for a, b in zip(paras, paras[1:]) if not b.is_title}
    for c in cues:
        p = para_of(c["vs"])
        if p is None:
            continue
        c["next_p"] = next_para.get(p.start)
        q = _read_coordinated(text, norm, toks, tok_starts, c, p, sent_start, sent_end, boundary_cues, out[-1]) \
            if out else None
        if q is None:
            q = _read_cue(text, norm, toks, tok_starts, c, p, sent_start, sent_end, boundary_cues)
        if q:
            out.append(q)
            if c["after"] == "که" and c["cue"].nominal in _PREDICATIVE:
                # «X را N اعلام کرد که Y»: the «X را N» part is a quotation of its own too (DECISIONS 38)
                r = _read_cue(text, norm, toks, tok_starts, dict(c, after="end"), p, sent_start, sent_end, [])
                if r and r["end"] <= c["ns"]:
                    out.append(r)
        else:
            c["_unread"] = p

    # participial cues: «X با بیان اینکه Y، گفت: Z»
    cue_starts = sorted(c["vs"] if not c.get("ns") else c["ns"] for c in cues
                        if c["cue"].np != "colon" or c["after"] in (":", "mark"))
    colon_cues = {c["ns"]: c["after"] for c in cues if c["after"] != "plain"}  # cues that close their clause
    cue_np = {c["ns"]: c["cue"].np for c in cues}
    for p in paras:
        for m in _PARTICIPIAL.finditer(norm, p.start, p.end):
            q = _read_participial(text, norm, toks, tok_starts, m, p, sent_start, sent_end, cue_starts, colon_cues, cue_np)
            if q:
                out.append(q)
        for m in _INDICATES.finditer(norm, p.start, p.end):
            q = _read_indicates(text, norm, toks, tok_starts, m, p, sent_start, sent_end)
            if q:
                out.append(q)
        for m in _INDICATES_NP.finditer(norm, p.start, p.end):
            q = _read_indicates_np(text, norm, toks, tok_starts, m, p, sent_start, sent_end)
            if q:
                out.append(q)
        for m in _ACCORDING.finditer(norm, p.start, p.end):
            q = _read_according(text, norm, toks, tok_starts, m, p, sent_end)
            if q:
                out.append(q)
        for m in _IN_DOC.finditer(norm, p.start, p.end):
            q = _read_in_doc(text, norm, toks, tok_starts, m, p, sent_start, sent_end, next_para.get(p.start))
            if q:
                out.append(q)
    # «عضو کمیسیون ... بالا بودن تلفات را از دغدغه‌ها اعلام کرد و گفت: ...»: a cue joined by «و» whose
    # subject is too long to read, where the sentence opens with a mention the article uses elsewhere
    known = sorted({q["mention_norm"] for q in out if len(q["mention_norm"].split()) >= 2}, key=len, reverse=True)
    for c in cues:
        p = c.pop("_unread", None)
        if p is None or c["after"] not in (":", "mark") or not known:
            continue
        i = _first_tok(tok_starts, c["ns"])
        if i == 0 or toks[i - 1][2] != "و":
            continue
        ss = sent_start(c["ns"], p)
        k = next((k for k in known if norm.startswith(k, ss) and ss + len(k) < c["ns"]), None)
        if k is not None:
            q = _read_cue(text, norm, toks, tok_starts, c, p, sent_start, sent_end, boundary_cues,
                          subject=(ss, ss + len(k)))
            if q:
                out.append(q)
    # headline «X: ...»
    for p in paras:
        if p.is_title:
            q = _read_headline(text, norm, p, out) or _read_stance_headline(text, norm, p, out)
            if q:
                out.append(q)

    # «به گزارش فارس به نقل از روابط عمومی X، ...»: the press office's according-to quotation
    for p in paras:
        for m in _VIA.finditer(norm, p.start, p.end):
            q = _read_press_office(text, norm, m, p, sent_start, sent_end, out, sources)
            if q:
                out.append(q)

    # «در همین راستا به گزارش وزارت بهداشت غزه، ...»: an organization's report deep in the body (DECISIONS 23)
    for p in paras[1:]:
        for m in _REPORT_BY.finditer(norm, p.start, p.end):
            q = _read_report_by(text, norm, m, p, sent_start, sent_end, out, paras)
            if q:
                out.append(q)

    # «اظهارات X مبنی بر اینکه Y», «اخبار منتشر شده مبنی بر Y» (DECISIONS 50, 58, 75)
    for p in paras:
        for m in _BASED_ON.finditer(norm, p.start, p.end):
            q = _read_based_on(text, norm, toks, tok_starts, m, p, sent_start, sent_end, cue_starts, colon_cues, out)
            if q:
                out.append(q)

    # outlets named as source are not speakers (a press office passing on its report is, DECISIONS 41)
    out = [q for q in out if q.get("_office") or not (key(q["mention"]) in src_keys or is_outlet(q["mention"])
                                  or is_outlet(re.sub(r"^(?:گزارش|اعلام|این|همین)[ \u200c]+", "", q["mention"]))
                                  or _outlet_reports(q))]
    # «این گفته درست نیست», «اما این بار ... دانست»: a bare demonstrative names no one
    out = [q for q in out if (key(q["mention"]) not in _FIRST_SECOND or q.get("_first")) and key(q["mention"])
           and key(q["mention"]) not in _DEMONSTRATIVES
           and key(q["mention"]) not in _WORDS["impersonal"] and not _junk_mention(q["mention_norm"])]
    out = _cut_colon_content(text, norm, out, para_of, sent_start,
                             _pronoun_sentences(norm, ends) + _scene_sentences(norm, ends)
                             + _background_sentences(norm, ends)
                             if any(q.get("_colon") for q in out) else ())
    out = _split_subject(text, norm, out)
    out = _cut_before_main_cue(text, norm, out)
    out = _cut_before_joined_attribution(text, norm, out)
    out = _cut_before_next_participial(text, norm, toks, tok_starts, out)
    out = _cut_before_pronoun_clause(text, norm, out)
    # «براساس این گزارش»: the report of the office the outlet quotes («به نقل از روابط عمومی X»);
    # with no such office it is the outlet's own narration, and a quotation inside it stays
    issuer = next(iter(cited_offices(text, norm, paras)), None) or next((s for s in sources[1:] if not is_outlet(s)), None)
    out = [q for q in out if not q.pop("_own_report", False) or issuer]
    out = _drop_nested(out)
    out = _first_person_inside(out)
    for q in out:
        if q["kind"] == "indirect?" or q.get("_colon_kind"):
            q["kind"] = _kind_of(norm, q["start"], q["end"])
        q.pop("_colon_kind", None)
        q.pop("_colon_quote", None)
        q.pop("_office", None)
        q["content"] = text[q["start"]:q["end"]]
    out = _dedupe(out)
    # «اظهارات X مبنی بر …» names X in passing: X is resolved against the others, who are resolved as if it were not
    asides = [q for q in out if q.get("_aside")]
    rest = [q for q in out if not q.get("_aside")] if asides else out
    mirror = [dict(q) for q in rest] if asides else []
    spk.resolve(rest, norm, toks, text, issuer=issuer)
    if asides:
        spk.resolve(mirror + asides, norm, toks, text, issuer=issuer)
    for q in out:
        if q.get("_outer") is not None:
            q["speaker"] = q.pop("_outer")["speaker"]  # «من گفتم که …» inside X's words: X speaks
        if q.get("_canon"):
            q["speaker"] = q.pop("_canon")
        q.pop("_aside", None)
        q.pop("_head", None)
    for q in out:
        q.pop("mention_norm", None)
        if not q["speaker"]:
            q["speaker"] = q["mention"]
    out.sort(key=lambda q: (q["start"], q["end"]))
    return out


_DIGITS = re.compile(r"[0-9۰-۹٠-٩]+(?:[.,/٫][0-9۰-۹٠-٩]+)*")


def _junk_mention(mention):
    """A mention that names no one: figures or a date alone («۹»، «۱۵ بهمن»: a list number or a dateline before
    the cue), or one opening with a finite present verb («مي‌خواهند مي‌گويد»: the previous clause's verb) where no
    subject after it could be read (quotes._leading_adverbial)."""
    words = [key(w) for w in _TOK.findall(mention)]
    if not words:
        return True
    if all(_DIGITS.fullmatch(w) or w in _MONTHS for w in words):
        return True
    w0 = words[0]
    if w0 in ("می", "نمی"):
        return True  # «می توانند گفت»: a verb's prefix written apart
    return w0.startswith(("می", "نمی")) and w0 in finite_forms() and w0 not in past_roots()


def _pronoun_sentences(norm, ends):
    """Starts of sentences opening with «وی»/«ایشان»: the narrator speaking of the speaker again
    («... منتقل شد. وی در پایان از ... تقدیر کرد.»), so a colon's content stops there."""
    out = []
    for e in ends:
        k = e
        while k < len(norm) and norm[k] in " \u200c\t\n\"»”":
            k += 1
        m = _PRONOUN_OPEN.match(norm, k)
        if m:
            out.append(k)
    return out


_BACKGROUND_OPEN = re.compile(r"(?:" + _alternation(_PHRASES["[background_openers]"]) + r")(?![\w\u200c])")
# «18 بهمن 1394، …»: a sentence opening with a full date (day, month, year, comma) dates a new event
_DATED_OPEN = re.compile(r"(?:روز[ \u200c]+\w+[ \u200c]+)?[0-9۰-۹٠-٩]{1,2}[ \u200c]*(?:" + _alternation(_MONTH_WORDS)
                         + r")(?:[ \u200c]+ماه)?[ \u200c]+(?:سال[ \u200c]+)?[0-9۰-۹٠-٩]{2,4}[ \u200c]*[،,]")


def _background_sentences(norm, ends):
    """Starts of sentences that open with the outlet's background («لازم به ذکر است», «گفتنی است») or with a
    full date («18 بهمن 1394، طی خبری اعلام شد …»): the narrator again, so a colon's content stops there
    (irnews' one-paragraph bodies, DECISION 64)."""
    out = []
    for e in ends:
        k = e
        while k < len(norm) and norm[k] in " \u200c\t\n\"»”":
            k += 1
        if _BACKGROUND_OPEN.match(norm, k) or _DATED_OPEN.match(norm, k):
            out.append(k)
    return out


# «در این نشست ...», «در پایان/ادامه/حاشیه (این) مراسم ...»: the narrator telling the event again
_SCENE_AGAIN = re.compile(r"در[ \u200c]+(?:(?:این|همین)|(?:پایان|ادامه|حاشیه)(?:[ \u200c]+(?:این|همین))?)[ \u200c]+"
                          r"(?:نشست|دیدار|مراسم|جلسه|همایش|گردهمایی|آیین|اجلاس|کنفرانس|سفر|بازدید)(?![\w\u200c])")
_NOT_TOLD = re.compile(r"(?<![\w\u200c])(?:(?:خواه(?:م|ی|د|یم|ید|ند)|است|هست(?:م|یم|ند)?|باشد|باشند|من|ما)(?![\w\u200c])"
                       r"|ن?می[ \u200c]+\w)")


def _scene_sentences(norm, ends):
    """Starts of sentences that tell the event again, «در این نشست جمعی از فعالان اقتصادی ... مطرح کردند», «در
    پایان جلسه، قضات وارد شور شدند»: the narrator's past, so a colon's content stops there (irnews' one-paragraph
    bodies). Not where the sentence is in the future, the present or the first person («در این جلسه نمایندگان
    ... اعلام خواهند کرد», «در این جشنواره مردم ... میزبان هستند»): the speaker going on."""
    out = []
    for i, e in enumerate(ends):
        k = e
        while k < len(norm) and norm[k] in " \u200c\t\n\"»”":
            k += 1
        if not _SCENE_AGAIN.match(norm, k):
            continue
        nxt = next((x for x in ends[i + 1:] if x > k), len(norm))
        sentence = norm[k:nxt].strip()
        if "\n" in sentence or _NOT_TOLD.search(sentence):
            continue
        out.append(k)
    return out


def _cut_colon_content(text, norm, out, para_of, sent_start, extra_starts=()):
    """A colon's content runs to the paragraph end or to the sentence of the next attribution
    (a quotation whose speaker opens a sentence), as in irnews' one-paragraph bodies."""
    starts = list(extra_starts)
    for q in out:
        if q.get("_first") or q.get("_aside"):
            continue  # «… من گفتم که …»: the speaker going on, not a new attribution; nor «اظهارات X مبنی بر …»
        ms = min(q.get("mention_start", q["start"]), q.get("cue_start", q["start"]))
        p = para_of(ms)
        if p is not None:
            starts.append(sent_start(ms, p))
    for m in _REPORT_AT.finditer(norm):
        p = para_of(m.start())
        if p is not None:
            starts.append(sent_start(m.start(), p))
    starts.sort()
    for q in out:
        if not q.pop("_colon", False):
            continue
        p = para_of(q["start"])
        i = bisect_right(starts, q["start"])
        if p is None or i >= len(starts) or starts[i] >= p.end:
            continue
        a, b = _trim(text, q["start"], starts[i])
        if b - a >= 2:
            q["start"], q["end"] = a, b
    return out


def _cut_before_joined_attribution(text, norm, out):
    """«وزیر کشور گفت که انتخابات برگزار می‌شود و وزیر بهداشت اعلام کرد که ...»: a که clause ends at
    the «و» that opens another named speaker's attribution, so that attribution stands on its own."""
    by_mention = sorted((r.get("mention_start", -1), id(r), r) for r in out)
    starts = [m for m, _, _ in by_mention]
    for q in out:
        if q["kind"] in ("direct", "according_to") or q.get("_colon_quote"):
            continue
        i = bisect_right(starts, q["start"])
        for ms, _, r in by_mention[i:i + 8]:
            if ms >= q["end"]:
                break
            if r is q or r.get("cue_start", ms) <= ms:
                continue
            before = norm[q["start"]:ms].rstrip(" \u200c")
            conj = next((c for c in ("و", "اما", "ولی") if before.endswith((" " + c, "\u200c" + c))), None)
            if conj is None:
                continue
            mention = norm[ms:r["mention_end"]]
            first = key(mention.split()[0]) if mention.split() else ""
            prev = before[:-len(conj)].rstrip(" \u200c").rsplit(None, 1)
            clause = bool(prev) and _clause_end(key(prev[-1]))  # «... قرار گرفته و برخی دیگر معتقدند»
            if not (_is_title(first) or spk.is_person_like(mention) or spk._k(first) in spk.org_heads()) \
                    and not (clause and not norm[r["mention_end"]:min(r["start"], r.get("cue_start", r["start"]))]
                             .strip(" \u200c").replace("نیز", "").replace("هم", "").strip(" \u200c")):
                continue
            a, b = _trim(text, q["start"], q["start"] + len(before) - len(conj))
            if b - a >= 2:
                q["end"] = b
                q["kind"] = "indirect?"
            break
    return out


def _cut_before_main_cue(text, norm, out):
    """«X در پاسخ به اینکه برخی می‌گویند Y، عنوان کرد: Z»: Y ends at the comma before X's own cue."""
    by_cue = sorted(out, key=lambda r: r.get("cue_start", -1))
    cue_pos = [r.get("cue_start", -1) for r in by_cue]
    for q in out:
        if q["kind"] == "direct" or q["cue"] == ":":
            continue
        i = bisect_right(cue_pos, q["start"])
        for r in by_cue[i:i + 8]:
            cs = r.get("cue_start", -1)
            if r is q or cs >= q["end"]:
                continue
            if q["start"] < cs < q["end"] and r.get("mention_start", cs) < q["start"]:
                c = norm.rfind("،", q["start"], cs)
                if c > q["start"]:
                    a, b = _trim(text, q["start"], c)
                    if b - a >= 2:
                        q["end"] = b
                        if q["kind"] != "direct":
                            q["kind"] = "indirect?"
    return out


def _split_subject(text, norm, out):
    """«حضرت آیت الله خامنه‌ای برگزاری انتخابات ... را باطل‌کننده ... خواندند»: with no comma the subject
    and the object run together; where the article names the speaker elsewhere by a mention that
    starts the clause, the subject is that mention and the rest opens the object."""
    known = {q["mention_norm"] for q in out if not q.get("_ra") and q["mention_norm"].strip()}
    known_at = {(q["mention_norm"], q["mention_start"]) for q in out if not q.get("_ra") and q["mention_norm"].strip()}
    drop = []
    for q in out:
        unsure = q.pop("_ra_unsure", False)
        keep_start = q.pop("_ra_keep_start", False)
        indep = q.pop("_ra_indep", False)
        if not q.pop("_ra", False):
            continue
        ms = q["mention_start"]
        # (a subject read past a long object takes only a mention named apart from its own run of «و» cues)
        pool = known if not indep else {k for k, at in known_at if at != ms
                                        and not re.match(r"[ \u200c]+و(?![\w\u200c])", norm[ms + len(k):ms + len(k) + 3])}
        # («معاون استاندار تهران» is no subject of «معاون استاندار تهران و فرماندار ویژه ... را ... دانست»)
        fits = [k for k in pool if norm.startswith(k, ms) and ms + len(k) < q["end"] - 2
                and (ms + len(k) >= len(norm) or norm[ms + len(k)] in " \u200c«»\"")
                and key(k) not in ("این", "آن", "همین", "همان")]
        if not fits:
            if unsure and not _known_surname(norm, q["mention_norm"]):
                drop.append(id(q))  # (a surname the article gives with a given name stands alone: «قالیباف»)
            continue
        best = max(fits, key=len)
        new_end = ms + len(best)
        if new_end == q["mention_end"]:
            continue
        for r in out:  # a quotation joined to this one by «و» shares its subject
            if r["mention_start"] == ms and r["mention_end"] <= q["mention_end"]:
                r["mention_end"], r["mention"], r["mention_norm"] = new_end, text[ms:new_end], best
        if keep_start:
            continue
        a = _trim(text, new_end, q["end"])[0]
        while a < q["end"] and text[a] in "»”\" \u200c":
            a += 1  # «مجید تخت روانچی» نماینده ...: the mark closes the name
        q["start"] = a
    return [q for q in out if id(q) not in drop]


def _cut_before_next_participial(text, norm, toks, tok_starts, out):
    """«تأکید کرد که Y و همچنین در سخنانی دیگر با اشاره به Z، گفت: ...»: a «که» clause ends at the «و»
    that opens the next participial phrase of the same speaker."""
    # every participial once, then a bisect per quotation: overlapping contents (a run of cues on one
    # unpunctuated line) would otherwise rescan the line once per cue
    found = [(m.start(), m.end()) for m in _PARTICIPIAL.finditer(norm)] if out else []
    starts = [a for a, _ in found]
    for q in out:
        if q["kind"] == "direct" or q["cue"] == ":" or q["kind"] == "according_to" or q.get("_colon"):
            continue
        n = bisect_left(starts, q["start"])
        if n >= len(found) or found[n][1] > q["end"]:
            continue  # none starts inside the content, or the first runs past its end
        i, j = _first_tok(tok_starts, q["start"]), _first_tok(tok_starts, found[n][0])
        for k in range(j - 1, max(i, j - 12), -1):
            if any(ch in norm[toks[k][1]:toks[k + 1][0]] for ch in "،,:;.؟!"):
                break
            if toks[k][2] == "و":
                a, b = _trim(text, q["start"], toks[k][0])
                if b - a >= 2:
                    q["end"] = b
                    if q["kind"] != "direct":
                        q["kind"] = "indirect?"
                break
    return out


_AND_PRONOUN = re.compile(r"[ \u200c]+و[ \u200c]+(?:او|وی|ایشان)(?![\w\u200c])")


def _cut_before_pronoun_clause(text, norm, out):
    """«... گفت که نتایج تحقیقات ... نشان می‌دهد که در مسئله دوما دست‌کاری شده است و او به دلیل ارائه واقعیت ...
    به حاشیه رفته»: a «که» clause ends where a finite verb is followed by «و» and a pronoun that opens a clause of
    its own (the person the writer goes on about, not the reported content)."""
    # every «و او» once, then a bisect per quotation (a run of cues on one line would rescan it per cue)
    found = [m.start() for m in _AND_PRONOUN.finditer(norm)] if out else []
    for q in out:
        if q["kind"] in ("direct", "according_to") or q.get("_colon") or q.get("_colon_quote") or q["cue"] == ":":
            continue
        n = bisect_left(found, q["start"])
        if n >= len(found) or found[n] >= q["end"]:
            continue
        at = found[n]
        prev = norm[max(q["start"], at - 40):at].split()
        if prev and _clause_end(key(prev[-1])):
            a, b = _trim(text, q["start"], at)
            if b - a >= 2:
                q["end"] = b
                q["kind"] = "indirect?"
    return out


def _drop_nested(out):
    """A cue inside another quotation's content is the speaker's own wording (``می‌گویند``), not a new
    attribution, unless it is a full «X cue که/:» clause of its own with its own subject."""
    # a document's «حاکی از آن است که ...» reports others' speech: its span hides no cue
    spans = sorted((q["start"], q["end"]) for q in out if not q.get("_transparent"))
    # only an indirect «که» clause passes on a reported attribution; colon content and quoted speech do not
    clause_spans = {(q["start"], q["end"]) for q in out
                    if not q.get("_colon_quote") and q["kind"] not in ("direct", "mixed", "according_to")}
    colon_spans = {(q["start"], q["end"]) for q in out if q.get("_colon_quote") and q["kind"] != "direct"}
    span_starts = [s[0] for s in spans]
    keep = []
    for q in out:
        cs = q.get("cue_start", q["start"])
        i = bisect_left(span_starts, cs)
        inside = [s for s in spans[max(0, i - 8):i] if s[0] < cs < s[1] and s != (q["start"], q["end"])]
        if inside and not q.get("_first") and not q.get("_aside"):  # («سخنگو گفت: ما تاکید کرده بودیم که …»: our
            # report, own quotation; «… گفت: اخبار منتشر شده مبنی بر …»: the report spoken of is the report's)
            if (q.get("_plain") and not _named_inside(q, inside)) or any(q.get("mention_start", -1) <= s[0] + 1 and (s not in clause_spans or not _own_clause(q, s))
                                       and not (s in colon_spans and _reported_in_colon(q, s)) for s in inside):
                continue
        keep.append(q)
    for q in keep:
        q.pop("_plain", None)
        q.pop("_transparent", None)
    return keep


def _first_person_inside(out):
    """«مهری افزود: … من گفتم که در پستی که من بازی می‌کنم …»: a first-person report is a quotation of its own
    only inside another speaker's content (DECISIONS 15, 37), whose speaker it takes; elsewhere (an interview's
    answer, a letter) it goes."""
    keep = []
    for q in out:
        if q.pop("_first", False):
            outer = [r for r in out if r is not q and not r.get("_first") and r["start"] <= q.get("mention_start", q["start"])
                     and q["end"] <= r["end"]]
            if not outer or not q.get("mention_norm") or key(q["mention_norm"]) not in _FIRST_PRONOUNS:
                continue
            q["_outer"] = min(outer, key=lambda r: r["end"] - r["start"])
        keep.append(q)
    return keep


def _named_inside(q, spans):
    """«مهری گفت: ... اما آپوئل به آنها گفته بود فقط قرضی مهری را می‌دهیم»: a plain clause cue inside another
    quotation is its own quotation where an overt speaker opens it inside that content (DECISIONS 37) and is
    named: a title, an organization, a person, or a plural of people; not a habitual («می‌گفتند»), not a
    negation, not an unnamed one («یکی می‌گفت», «قدیم می‌گفتند»)."""
    ms, words = q.get("mention_start", -1), (q.get("mention_norm") or "").split()
    if not words or len(words) > 6 or any(ms <= s[0] + 1 for s in spans):
        return False
    cue = key(q["cue"].split(" ... ")[-1])
    if cue.startswith("ن") or (cue.startswith("می") and cue.endswith(("ت", "تند", "د", "دند")) and "گفت" in cue) \
            or cue.endswith(("یم", "م", "ید")):
        return False  # a habitual, a negation, or our own words («اعلام کردیم»)
    first = key(words[0])
    if first in _QUANT or (first in _GENERIC and first not in _GROUP_NOUNS) or first in _TEMPORAL or first in spk.STOP or first in _DEMONSTRATIVES \
            or first in ("هیچ", "چه") or not _clean_subject(q["mention_norm"], (0, len(q["mention_norm"])), lexicon()):
        return False
    return _is_title(first) or spk._k(words[0]) in spk.org_heads() or spk.is_person_like(" ".join(words)) \
        or (len(words) <= 3 and len(first) > 4 and first.endswith(("ان", "ها")))


def _reported_in_colon(q, span):
    """«وی گفت: رئیس‌جمهور اعلام کرد که ...»: colon content that opens with another named speaker's
    attribution (a title, an organization, a person's name; not a pronoun, which is the speaker again)
    holds that attribution as a quotation of its own."""
    ms = q.get("mention_start", -1)
    words = (q.get("mention_norm") or "").split()
    if ms < span[0] or not words or q["end"] > span[1]:
        return False
    first = key(words[0])
    return _is_title(first) or spk._k(words[0]) in spk.org_heads() \
        or (spk.is_person_like(" ".join(words)) and spk.is_given_name(spk._k(words[0]))) \
        or (first in _GROUP_NOUNS and len(words) <= 3)  # «گفت: کارشناسان و متخصصان معتقدند که …» (DECISIONS 37)


def _own_clause(q, span):
    """A quotation whose subject opens another's content is still its own attribution when it is a
    reported «X ... تاکید کرد» inside a «که» clause: its mention ends before its cue and its content
    lies wholly inside the outer content («سخنگو خاطرنشان کرد که سامح شکری، ... بر اهمیت ... تاکید کرد»)."""
    return q["start"] > q.get("mention_end", q["start"]) and span[0] <= q.get("mention_start", -1) \
        and q["end"] <= span[1] and q.get("mention_end", 0) - q.get("mention_start", 0) > 0 and not q.get("_colon")


# «... مشاهده نشده استمعاون دانشگاه گفت:»: a subheading's last verb glued to the next sentence's subject
_GLUE_VERBS = ("نیست", "است", "بودند", "شدند", "شد", "شود", "کنند", "کند", "کرد", "دارد", "باشد", "هستند", "بود", "داد",
               "یافت", "رسید", "گرفت", "دهد", "گیرد")


_GLUE_VERB_IN = re.compile("|".join(_GLUE_VERBS))
_HONORIFIC_HEADS = {"آیت", "حجت"}  # «آیت الله», «حجت الاسلام» written apart


@lru_cache(maxsize=65536)
def _glued_word(w: str) -> int:
    """Where the subject starts inside a word that runs a finite verb into a title, an honorific, «وی», a
    given name, an organization's head or «مقامات» («استمعاون», «نیستوی», «کنندرییس», «رسیدوزارت»,
    «گرفتمقامات»); 0 for an ordinary word."""
    if not 5 <= len(w) <= 30 or spk._freq().get(w, 0) > 50:
        return 0
    for i in _ends_of(w, "ها", 3, len(w) - 4):
        if spk.is_title_word(w[i:]):
            return i  # «... در استان‌هارئیس شورا ادامه داد»
    if not _GLUE_VERB_IN.search(w):
        return 0   # no glue verb anywhere in the word (most words): none of the checks below can hold
    for v in _GLUE_VERBS:
        if w.startswith(v) or v in w[2:len(w) - 2]:
            for i in _ends_of(w, v, 2, len(w) - 2):
                tail = w[i:]
                if tail in ("وی", "او") or spk.is_title_word(tail) or spk.is_honorific(tail) or tail in _HONORIFIC_HEADS \
                        or (len(tail) >= 3 and spk.is_given_name(tail)) or spk._k(tail) in spk.org_heads() \
                        or tail in _WORDS["glued_subjects"]:
                    return i
    return 0


def _ends_of(w: str, part: str, lo: int, hi: int) -> list[int]:
    """Every ``i`` with ``lo <= i <= hi`` where ``w[:i]`` ends with ``part``, in order (found with
    ``str.find``, not by slicing ``w`` at every ``i``)."""
    out = []
    k = w.find(part, max(lo - len(part), 0))
    while k >= 0 and k + len(part) <= hi:
        if k + len(part) >= lo:
            out.append(k + len(part))
        k = w.find(part, k + 1)
    return out


_PLAIN: set = set()  # words of articles without a glued word (``_glued_word`` gave 0 for each)


def _split_glued(norm, toks):
    """Tokens with glued subheadings split in two (offsets kept), and the split points, which end a sentence."""
    new = set(map(itemgetter(2), toks)) - _PLAIN
    if not any(map(_glued_word, new)):
        if len(_PLAIN) < 100_000:   # bounded: a large corpus keeps meeting new words
            _PLAIN.update(new)
        return toks, []  # most articles have none: each distinct word is looked at once
    out, glue = [], []
    for s, e, w in toks:
        i = _glued_word(w)
        if i:
            k, n = s, 0
            while n < i or norm[k] == "\u200c":  # the i-th letter of the word, past any ZWNJ
                n += norm[k] != "\u200c"
                k += 1
            out.append((s, k, w[:i]))
            out.append((k, e, w[i:]))
            glue.append(k)
        else:
            out.append((s, e, w))
    return out, glue


def _after_and(norm: str, s: int) -> bool:
    """The dots at ``s`` follow the word «و» (glued or after a space): an «and so on», not a full stop."""
    w = s - 1 if s >= 1 and norm[s - 1] == " " else s
    return w >= 2 and norm[w - 1] == "و" and norm[w - 2] in " \u200c"


def _sentence_ends(norm: str) -> list[int]:
    ends = []
    for m in _SENT_END.finditer(norm):
        s = m.start()
        if norm.startswith("..", s) and m.end() < len(norm) and norm[m.end()] == " " and _after_and(norm, s):
            continue  # «هتل، مهمانپذیرها و... را ... اعلام کرد», «فالگیر و .... به منزل گفت»: «and so on»
        if norm[s] == "." and s > 0 and norm[s - 1].isdigit():
            j = m.end()
            while j < len(norm) and norm[j] == " ":
                j += 1
            if j < len(norm) and norm[j].isdigit():
                continue
        ends.append(m.end())
    return ends


def _find_cues(norm, toks, lex) -> list[dict]:
    """Every reporting verb in the text with its nominal part: one pass over the tokens."""
    forms = lex.verb_forms
    prefixes = _prefixes(forms)
    cues = []
    n = len(toks)
    i = 0
    # only a token that opens some verb form can start one: those are found in one C-level pass
    for start in list(compress(range(n), map(prefixes.__contains__, map(itemgetter(2), toks)))):
        if start < i:
            continue   # inside the last cue read
        i = start
        k0 = toks[i][2]
        acc, best, j = k0, None, i
        while True:
            if acc in forms:
                best = (j, forms[acc])
            if j + 1 >= n or j - i >= 2:
                break
            gap = norm[toks[j][1]:toks[j + 1][0]]
            if gap.strip(" \u200c") or len(gap) > 3:
                break
            nxt = acc + toks[j + 1][2]
            if nxt not in prefixes:
                break
            acc, j = nxt, j + 1
        if best is None:
            i += 1
            continue
        j, verb = best
        c = _make_cue(norm, toks, i, j, verb, lex)
        if c:
            cues.append(c)
        i = j + 1
    return cues


_PREFIX_CACHE: dict[int, set] = {}


def _prefixes(forms) -> set:
    s = _PREFIX_CACHE.get(id(forms))
    if s is None:
        s = set()
        for f in forms:
            for k in range(1, len(f) + 1):
                s.add(f[:k])
        _PREFIX_CACHE[id(forms)] = s
    return s


def _make_cue(norm, toks, i, j, verb, lex) -> dict | None:
    n = len(toks)
    vkey = "".join(t[2] for t in toks[i:j + 1])
    if ("", verb) not in lex.cues and vkey not in lex.fused and (i == 0 or (
            (toks[i - 1][2], verb) not in lex.cues and (i < 2 or (toks[i - 2][2] + toks[i - 1][2], verb) not in lex.cues)
            and (i < 3 or toks[i - 1][2] not in lex.long_tails
                 or (toks[i - 3][2] + toks[i - 2][2] + toks[i - 1][2], verb) not in lex.cues))) and (
            verb not in _LIGHT and verb not in lex.split_verbs
            # a light verb is a cue only as part of a split compound, whose nominal is near (below)
            or not any(norm.rfind(sn, max(0, toks[i][0] - 400), toks[i][0]) >= 0 for sn in lex.split_nominals)):
        return None  # «است», «بود», «دارد» are cues only after their nominal (معتقد است، تاکید دارد)
    prev = toks[i - 1][2] if i > 0 else ""
    nxt = toks[j + 1][2] if j + 1 < n else ""
    gap_prev = norm[toks[i - 1][1]:toks[i][0]] if i > 0 else "."
    if prev in _MODAL:
        return None
    if vkey.endswith("ه") and nxt in _PASSIVE and not norm[toks[j][1]:toks[j + 1][0]].strip(" \u200c"):
        return None  # «گفته می‌شود», «اعلام شده»
    if prev == "به" and vkey.endswith("ه"):
        return None  # «به گفته»
    if nxt in ("می", "نمی") and j + 2 < n and (nxt + toks[j + 2][2]) in _PASSIVE and vkey.endswith("ه"):
        return None  # «گفته می شود»
    first = False
    if vkey in lex.first_second and not norm[toks[j][1]:toks[j][1] + 3].lstrip(" \u200c").startswith(":"):
        if not _reported_first_person(norm, toks, i, j, vkey, verb):
            return None  # «می‌گویم»: the speaker's own words inside a quotation
        first = True  # «من گفتم که …»: the speaker reports their own earlier words (DECISIONS 15, 37)
    if verb == "گفت" and nxt in ("وگو", "وگوی", "گو", "وگوها", "وگوهای"):
        return None  # «گفت وگو»
    if vkey == "افزوده" and prev == "ارزش":
        return None
    generic = None
    if lex.cues.get(("", verb)) is not None and lex.cues[("", verb)].np == "را" and (vkey.startswith("می") or vkey.startswith("نمی")):
        # «می‌خوانید»: reads, not calls; «زبان آن را نمی‌داند»: does not know. «X را Y می‌دانند» (considers)
        # would report, but on the corpus half of those readings had no clean subject: only a group that
        # opens the clause («برخی این اختلافات را بسیار جدی می‌دانند») is read
        generic = _generic_subject(norm, toks, i) if vkey.endswith("ند") else None
        if generic is None:
            return None
    if vkey.endswith("ه") and nxt in ("ها", "های", "هایی", "ای", "یی") and not norm[toks[j][1]:toks[j + 1][0]].strip(" \u200c"):
        return None  # «خواسته ها»: a noun
    if (vkey.startswith("می") or vkey.startswith("نمی")) and i > 0 and toks[i - 1][2] in ("متهم", "ارزیابی"):
        return None  # «همه او را به ... متهم می‌کنند»: a habitual, not a report
    if verb == "خواست" and (vkey.startswith("می") or vkey.startswith("نمی")):
        return None  # «می‌خواهد»: wants, not asks
    cue = None
    ns = None
    split_at = None
    fused = lex.fused.get(vkey)
    if fused is not None:  # «اظهارداشت»: nominal and verb written as one word
        cue, ns = lex.cues[fused], toks[i][0]
    # a compound: the nominal right before the verb (one or two words)
    if cue is None and i > 0 and not gap_prev.strip(" \u200c"):
        for width in (3, 2, 1):
            if i - width < 0 or (width == 3 and toks[i - 1][2] not in lex.long_tails):
                continue
            seg = toks[i - width:i]
            if any(norm[a[1]:b[0]].strip(" \u200c") for a, b in zip(seg, seg[1:])):
                continue
            nk = "".join(t[2] for t in seg)
            c = lex.cues.get((nk, verb))
            if c:
                cue, ns = c, seg[0][0]
                break
    if cue is None and (verb in _LIGHT or verb in lex.split_verbs and not vkey.startswith(("خواه", "نخواه"))) \
            and lex.split_nominals and not vkey.startswith(("می", "نمی")) and any(
            norm.rfind(sn, max(0, toks[i][0] - 400), toks[i][0]) >= 0 for sn in lex.split_nominals):
        # a split compound: «خواستار ... شد»; a present «می‌شود» that far from its nominal is a passive's
        # auxiliary («... محسوب می‌شود»), not the report
        for k in range(i - 1, max(-1, i - 40), -1):
            gap = norm[toks[k][1]:toks[k + 1][0]]
            if any(ch in gap for ch in ".:؟!\n"):
                break
            if k < i - 1 and _ends_split(toks[k][2]):
                break  # «مدعی است وضعیت کشور عادی است»: a finite verb ends the split phrase
            c = lex.cues.get((toks[k][2], verb))
            if c and c.split and _split_phrase(toks, k, i, verb, lex):
                cue, ns, split_at = c, toks[k][0], toks[k][1]
                break
    if cue is None and verb not in _LIGHT:
        cue = lex.cues.get(("", verb))
        ns = toks[i][0]
    if cue is None:
        return None
    vs, ve = toks[i][0], toks[j][1]
    # what follows the verb
    k = ve
    while k < len(norm) and norm[k] in " \u200c\t":
        k += 1
    after = ""
    if k < len(norm):
        if norm[k] == ":":
            after = ":"
        elif norm[k] in _OPEN:
            after = "mark"
        elif nxt == "که" and j + 1 < n and toks[j + 1][0] == k:
            after = "که"
        elif nxt == "تا" and cue.np == "after" and j + 1 < n and toks[j + 1][0] == k:
            after = "که"
        elif norm[k] == "،" and (cue.np in ("-", "after", "بر", "strict", "نسبت", "split-")
                                 or cue.nominal in _CLAIM_OBJECT_CUES and cue.nominal != "رد") and cue.nominal != "اشاره" \
                and _comma_clause(norm, k, toks, j):
            after = "comma"  # «یک منبع امنیتی اعلام کرده بود، افراد مسلح ...»
        elif norm[k] in ".؟!\n،;":
            after = "end"
        else:
            after = "plain"
    else:
        after = "end"
    if first and after not in ("که", ":"):
        return None
    return {"cue": cue, "ns": ns, "split_at": split_at, "vs": vs, "ve": ve, "ti": i, "tj": j, "after": after,
            "after_pos": k, **({"generic": generic} if generic is not None else {}), **({"first": True} if first else {})}


_FIRST_PRONOUNS = {"من", "ما", "بنده"}


def _reported_first_person(norm, toks, i, j, vkey, verb):
    """«من گفتم که …», «ما بارها گفته‌ایم که …», «ما تاکید کرده بودیم که …»: a first-person cue in the past or
    the perfect (not the present «می‌گویم» or «معتقدیم», «امیدواریم», the speaker's view now, nor the future «خواهیم
    گفت»; DECISIONS 37) with its pronoun written within the clause before it and «که» or a colon after it."""
    if not vkey.startswith(verb) or not vkey.endswith("م"):
        return False
    k = i - 1
    while k >= 0 and i - k <= 6:
        if any(ch in norm[toks[k][1]:toks[k + 1][0]] for ch in ".،:;؟!\n«»\""):
            return False
        if toks[k][2] in _FIRST_PRONOUNS:
            return k == 0 or toks[k - 1][2] not in _PREPOSITIONS  # «به من گفتند»: the pronoun is no subject
        k -= 1
    return False


def _ends_split(w):
    """A finite verb that no noun phrase holds («است», «می‌دانند»; not «نزد», «نخست», which are nouns too): no
    split phrase («خواستار ... شد», «مدعی ... بود») runs across it."""
    return w in _CLAUSE_VERBS or (w.startswith(("می", "نمی")) and w in finite_forms())


def _split_phrase(toks, k, i, verb, lex):
    """Whether tokens ``k+1 .. i-1`` are the content of the split cue with nominal ``k`` and verb ``i``: not
    empty, not opening with the nominal's own verb («مدعی شده که ... است»), nor with a word that makes the
    nominal a noun («مدعی اصلی»); with «بود» («مدعی ... است») the verb is no perfect's auxiliary («... قرار
    گرفته است»)."""
    if k + 1 >= i or lex.verb_forms.get(toks[k + 1][2]) in lex.split_verbs or toks[k + 1][2] in _CONTENDER:
        return False
    if verb not in _LIGHT and toks[i - 1][2].endswith("ه") and toks[i - 1][2] in all_forms():
        return False
    return True


def _is_people_plural(w):
    return len(w) > 5 and w.endswith("ان")


_CONTENDER = _WORDS["contender_words"]
_GENERIC = _WORDS["generic_subjects"]
# the plurals of people among them («کارشناسان», «تحلیلگران»): a named group, unlike a quantifier («برخی», «بسیاری»)
_GROUP_NOUNS = frozenset(w for w in _GENERIC if _is_people_plural(w))


def _generic_subject(norm, toks, i):
    """Start and end (token indices) of a group subject that opens the clause of the present «را» cue at ``i``: a
    quantifier or a plural of people from ``[generic_subjects]`` («برخی», «عده‌ای», «کارشناسان»), with its
    «از» complement or plural noun («بسیاری از مصری‌ها», «اغلب تحلیلگران»); None where the clause opens
    otherwise or the group is the object («... مردم را افتخار خود می‌دانند»)."""
    k = next((r for r in range(i - 1, max(-1, i - 20), -1) if toks[r][2] == "را"), None)
    if k is None:
        return None
    while k > 0 and i - k < 30 and not any(ch in norm[toks[k - 1][1]:toks[k][0]] for ch in ".،,:;؛؟!\n«»") \
            and toks[k - 1][2] not in ("که", "و", "اما", "ولی"):
        k -= 1
    if toks[k][2] not in _GENERIC or k + 1 >= i or toks[k + 1][2] == "را":
        return None
    e = k + 1
    if toks[e][2] == "دیگر":
        e += 1  # «برخی دیگر (از کارشناسان)»
    if toks[e][2] == "از" and e + 1 < i and toks[e + 1][2] not in spk.STOP:
        e += 2  # «بسیاری از مصری‌ها»
    elif toks[e - 1][2] != "دیگر" and _PLURAL_PEOPLE.search(toks[e][2]) and toks[e][2] not in spk.STOP:
        e += 1  # «اغلب تحلیلگران»
    return (k, e) if e < i else None


_PLURAL_PEOPLE = re.compile(r"..(?:ان|ها)$")


_ADVERBS = {"بله", "نه", "حق", "انگار", "حتی", "متاسفانه", "متأسفانه", "البته", "شاید", "قطعا", "واقعا", "اتفاقا",
            "همواره", "همیشه", "هنوز", "اکنون", "چرا", "چون", "زیرا", "ولی", "اما", "پس", "بنابراین", "ظاهرا"}


def _clean_subject(norm, m, lex):
    """A subject with no verb, object marker or sentence adverb in it («ملت عراق باید», «بله»: no)."""
    words = [key(w) for w in _TOK.findall(norm, m[0], m[1])]
    if not words or words[0] in _ADVERBS:
        return False
    return not any(w in lex.verb_forms or w in _COPULA or w in ("باید", "را", "خود", "نباید") for w in words)


_RA = re.compile(r"(?<![\w\u200c])را(?![\w\u200c])")
_SUBORD = {"که", "چنانکه", "چنانچه", "همانطور", "همانگونه", "آنطور", "آنگونه", "اگر", "وقتی", "هنگامی", "زمانی",
           "چون", "زیرا", "آنچه", "هرچه", "همچنانکه", "طورکه", "آنکه", "اینکه", "چنانكه"}


_AS_SAID = {"همانطور", "همانگونه", "همچنانکه", "چنانکه", "چنانكه"}


def _comma_clause(norm, k, toks, j):
    """A comma right after a finite cue opens its content when a full clause follows (3+ words, no new cue first)."""
    if j + 3 >= len(toks):
        return False
    gap = norm[k + 1:toks[j + 1][0]]
    if gap.strip(" \u200c") not in ("", "«", "“"):
        return False  # «گفت، «...»»: an opening mark after the comma opens the content too
    # the cue's own clause must not be subordinate («همانطور که وزیر گفت، ...»)
    i = j
    while i > 0 and j - i < 40 and not any(ch in norm[toks[i - 1][1]:toks[i][0]] for ch in ".:؟!\n،;"):
        i -= 1
        if toks[i][2] in _SUBORD and toks[i][2] not in _AS_SAID \
                and not (toks[i][2] == "که" and i > 0 and toks[i - 1][2] in _AS_SAID):
            # «همان‌طور که رهبر انقلاب فرمودند، تولید ...»: an «as X said» clause reports the main clause
            # «X با تأکید بر اینکه Y هشدار داد، Z»: the participial's «اینکه» does not subordinate the cue
            h = i - 1 if toks[i][2] != "که" else i - 2
            if h >= 0 and toks[h][2] in _PARTICIPIAL_HEADS and (h == i - 1 or toks[i - 1][2] in ("این", "آن")):
                break
            return False
    # «برخی دیگر معتقدند، چون رد صلاحیت‌ها گسترده بوده، نباید لیست بدهند»: a «چون» clause after the comma opens
    # the reported reasoning, not a reason for the report
    return toks[j + 1][2] not in ("و", "اما", "ولی", "که", "تا", "سپس") and (toks[j + 1][2] not in _ADVERBS
                                                                          or toks[j + 1][2] == "چون")


def _first_tok(tok_starts, pos):
    return bisect_left(tok_starts, pos)


_LEAD = re.compile(r"\s*(?:به[ \u200c]*گزارش|به[ \u200c]+نقل[ \u200c]+از|به[ \u200c]+(?:نوشته|روایت)|(?:بنا[ \u200c]*(?:بر|به)|بر[ \u200c]*اساس|طبق)[ \u200c]+(?:(?:این|همین)[ \u200c]+)?(?:گزارش|روایت))[^،:;\n]{0,160}[،:;]")
_IS_THAT = re.compile(r"(?<![\w\u200c])(?:(?:است|بود|این|آن|شد)[ \u200c]+که|اینکه|آنکه)(?![\w\u200c])")


def _mention(text, norm, toks, tok_starts, start, end) -> tuple[int, int] | None:
    """The speaker's mention in ``norm[start:end]`` (the clause before a cue).

    The clause starts after the sentence start, a colon, a lead dash (``گروه ... تسنیم - ``),
    an opening «به گزارش X،», or a complement «... است که»; the mention is the noun phrase
    at its start, else after the last «که», else after the last comma.
    """
    start = max(start, end - 300)  # a subject sits close to its cue
    # a colon, a lead dash or a semicolon («...؛ استیو بونویل، ... گفت») opens the speaker's clause
    dash = max(norm.rfind(" - ", start, end), norm.rfind(" – ", start, end))
    if dash >= 0 and (len(norm[start:dash].split()) > 6 or "،" in norm[start:dash]):
        dash = -1  # «... از کمیته یهودی – آمریکایی ضمن ...»: a dash inside a name, not a lead's
    c = max(norm.rfind(":", start, end), dash + 1 if dash >= 0 else -1,
            norm.rfind("؛", start, end), norm.rfind(";", start, end))
    if c >= start:
        start = c + 1
    while start < end and norm[start] in " \u200c\t،,:;؛":
        start += 1  # «به گزارش روز نو :، ریچاردی ...»
    start = _past_opener(norm, start, end)
    via = _VIA.search(norm, start, min(end, start + 80))
    if via and via.start() > start and is_outlet(norm[start:via.start()].strip(" \u200c")):
        start = via.end()  # «المیادین به نقل از دریادار دوم «عباس حسنی» ... افزود که»: the outlet's source speaks
        while start < end and norm[start] in " \u200c\t":
            start += 1
    lead = _LEAD.match(norm, start, end)
    if not lead:
        start = _past_opener(norm, _past_outlet_lead(norm, toks, tok_starts, start, end), end)
    had_lead = bool(lead)
    while lead:
        start = lead_through_office(norm, lead.start(), lead.end() - 1, end)  # «... اداره صنعت، معدن و تجارت ...،»
        while start < end and norm[start] in " \u200c\t،,:;؛":
            start += 1
        lead = _LEAD.match(norm, start, end)  # «به گزارش روز نو، به نقل از پایگاه ...، حسن روحانی ...»
    if had_lead:
        tail = _name_after_office(norm, toks, tok_starts, start, end)
        if tail:
            return tail
    pron = _pronoun_subject(norm, start, end)
    if pron:
        return pron
    joined = _joined_subject(norm, toks, tok_starts, start, end)
    if joined:
        return joined
    last_that = None
    for m in _IS_THAT.finditer(norm, start, end):
        last_that = m
    if last_that and (not last_that.group().replace("\u200c", "").replace(" ", "").startswith(("اینکه", "آنکه"))
                      or norm.find("،", last_that.end(), end) < 0):
        start = last_that.end()  # «... است که X cue»; «با بیان اینکه Y، گفت» keeps its subject
    cands = [start]
    k = None
    for m in re.finditer(r"(?<![\w\u200c])که(?![\w\u200c])", norm[start:end]):
        k = start + m.end()
    if k:
        cands.append(k)
    cm = norm.rfind("،", start, end)
    if cm >= 0:
        cands.append(cm + 1)
    found = []
    for st in cands:
        m = _np_at(norm, toks, tok_starts, st, end)
        found.append(m)
    contrast = _contrast_subject(norm, toks, tok_starts, start, end)
    if contrast:
        return contrast
    # a subject right after «که» and right before its cue wins over one further back
    # («در حالی که جزئیات ... منتشر نشده است، منابع پلیس اعلام کردند» → «منابع پلیس»)
    reported = k is not None and len(found) > 1 and found[1] is not None \
        and _has_cue_word(norm, max(start, k - 30), k - 3) \
        and ((spk.is_person_like(norm[found[1][0]:found[1][1]])
              and spk.is_given_name(spk._k(norm[found[1][0]:found[1][1]].split()[0])))
             or _is_title(key(norm[found[1][0]:found[1][1]].split()[0])))
    if k and len(found) > 1 and found[1] and (reported or not norm[found[1][1]:end].strip(" \u200c\t")) and (
            not found[0] or norm[found[0][1]:end].strip(" \u200c\t")):
        # «X خاطرنشان کرد که سامح شکری، ... بر اهمیت ... تاکید کرد»: the reported clause has its own subject
        found = [found[1]] + found
    elif not found[0]:
        adj = [m for m in found[1:] if m and not norm[m[1]:end].strip(" \u200c\t")]
        found = adj[:1] + found
    found = [m for m in found if m]
    if found and _no_noun_phrase(norm, found[0]):
        # «ادعا می کنند ما ساعت 5 … آماده بودیم، آقای مرادی ناظر بازی با شهامت اعلام کرد»: the clause's opening
        # words are no one; a later candidate that opens with a person's word (an honorific, a title, a given
        # name) is the subject
        named = next((m for m in found[1:] if not _no_noun_phrase(norm, m) and _opens_person(norm, m)), None)
        if named:
            found = [named] + found
    after = _subject_after_verb(norm, toks, tok_starts, found[0][1] if found else start, end)
    if after:
        return after
    if found and cm >= 0 and found[0][0] > cm and _is_title(key(norm[found[0][0]:found[0][1]].split()[0])):
        name = _name_before_comma(norm, toks, tok_starts, start, cm)
        if name:
            return name  # «پس از آنکه آنگلا مرکل، صدراعظم آلمان گفت ...»: the name the title is in apposition to
    for m in found:
        i = _first_tok(tok_starts, m[1])
        if i < len(toks) and toks[i][0] < end and toks[i][2] in _COPULA:
            continue
        if i < len(toks) and toks[i][0] < end and toks[i][2] == "را":
            f = _first_tok(tok_starts, m[0])
            if f < i - 1:
                # «این سفارتخانه شماره‌ها را منتشر کرد»: a demonstrative keeps its noun («این مقام مسئول»)
                g = f
                if spk._k(toks[f][2]) in spk.org_heads() and f + 1 < i - 1:
                    g = f + 1  # «بانک مرکزی نرخ ۴۷ ارز را اعلام کرد»: an organization's head keeps its complement
                elif toks[f][2] in _DEMONSTRATIVES:
                    g = f + 1
                    while g + 1 < i - 1 and toks[g + 1][2] in _EPITHET_TAILS:
                        g += 1
                m = (m[0], toks[g][1])
        return m
    return None


def _no_noun_phrase(norm, m):
    """The words found before a cue are no one's noun phrase: a first-person clause («ما حدود 45 دقیقه …
    گرم کردیم»), a present verb whose «می» is written apart («ادعا می کنند ما ساعت 5»), or sentence adverbs
    alone («متأسفانه»). Another candidate of the clause is read first (``_mention``)."""
    words = [key(w) for w in _TOK.findall(norm, m[0], m[1])]
    if not words:
        return True
    if len(words) >= 2 and words[0] in _FIRST_SECOND:
        return True
    if any(w in ("می", "نمی") for w in words[:-1]):
        return True
    return all(w in _SUBJECT_ADVERBS or w in _ADVERBS for w in words)


def _opens_person(norm, m):
    """The noun phrase opens with an honorific («آقای»), a title word or a given name."""
    w = key(_TOK.findall(norm, m[0], m[1])[0])
    return spk.is_honorific(w) or _is_title(w) or spk.is_given_name(spk._k(w))


_CONTRAST = re.compile(r"(?<![\w\u200c])(?:اما|ولی)[ \u200c]+")


def _contrast_subject(norm, toks, tok_starts, start, end):
    """«حتما دیده‌اید که افرادی ... کرده‌اند، اما شواهد نشان می‌دهد که ...», «هر چند قیمت ... افزایش یافته
    اما نمایشگاه‌داران تاکید دارند ...»: after a clause closed by a comma or a finite verb, «اما/ولی» opens the
    cue's own clause; its subject is the noun phrase right before the cue there (not «وزیر اما گفت», where
    «اما» follows the subject)."""
    last = None
    for m in _CONTRAST.finditer(norm, start, end):
        last = m
    if last is None:
        return None
    i = _first_tok(tok_starts, last.start())
    if i == 0 or toks[i - 1][1] <= start:
        return None
    gap = norm[toks[i - 1][1]:last.start()]
    if not (gap.strip(" \u200c") in ("،", ",") or (not gap.strip(" \u200c") and toks[i - 1][2] in all_forms()
                                                   and toks[i - 1][2] not in spk.STOP)):
        return None
    m = _np_at(norm, toks, tok_starts, last.end(), end)
    if not m or norm[m[1]:end].strip(" \u200c\t"):
        return None
    words = [key(w) for w in _TOK.findall(norm, m[0], m[1])]
    if not 1 <= len(words) <= 6 or words[0] in _PREPOSITIONS or not _clean_subject(norm, m, lexicon()):
        return None
    return m


_PAIRED_SECOND = {"گو", "گوی", "شنود", "آمد", "برگشت", "نقل", "شد", "دید", "بازدید", "خیز", "کار"}
_AND = re.compile(r"(?<![\w\u200c])(?:و|اما|ولی)[ \u200c]+")


def _joined_subject(norm, toks, tok_starts, start, end):
    """«... انتخابات برگزار می‌شود و وزیر بهداشت (هم) اعلام کرد که ...»: a named speaker (a title, a
    person's name, an organization) opening the clause after the last «و», right before the cue."""
    last = None
    for m in _AND.finditer(norm, start, end):
        last = m
    if last is None or last.start() == start:
        return None
    prev = norm[start:last.start()].split()
    if len(prev) >= 2 and key(prev[-2]) in ("می", "نمی"):
        prev[-2:] = [prev[-2] + prev[-1]]  # «... باعث بیماری نمی شود و ...»: the prefix written apart
    if not prev or (key(prev[-1]) not in finite_forms() and key(prev[-1]) not in subjunctive_forms()):
        return None  # «X، وزیر کشور و رئیس ستاد انتخابات گفت»: two titles of one person, not a new clause
    after = norm[last.end():end].split()
    if not after or key(after[0]) in _PAIRED_SECOND:
        return None  # «در گفت و گو با ...», «رفت و آمد»: a paired noun, not a clause and its subject
    np_ = _np_at(norm, toks, tok_starts, last.end(), end)
    if not np_:
        return None
    i = _first_tok(tok_starts, np_[0])
    if toks[i][1] == np_[1] and (toks[i][2] in _QUANT or toks[i][2] == "عدهای") and i + 1 < len(toks) \
            and toks[i + 1][2] == "دیگر" and toks[i + 1][1] <= end:
        np_ = (np_[0], toks[i + 1][1])  # «... و برخی دیگر معتقدند»: the quantifier with its «دیگر»
    tail = [key(w) for w in norm[np_[1]:end].split()]
    while tail and tail[0] in ("هم", "نیز", "همچنین"):
        tail = tail[1:]
    if tail and (tail[0] not in ("در", "با", "طی", "ضمن", "پس", "روز", "امروز", "دیروز") or len(tail) > 8
                 or any(ch in norm[np_[1]:end] for ch in "،,:;؛.")
                 or any(w in finite_forms() and w not in past_roots() for w in tail)):
        return None  # only an adverbial («در آخرین نشست خبری خود») may sit between the subject and its cue
    words = norm[np_[0]:np_[1]].split()
    if not (not tail and _clause_end(key(prev[-1])) and _common_subject(norm, toks, tok_starts, np_)) \
            and not (_is_title(key(words[0])) or spk._k(words[0]) in spk.org_heads()
                     or (spk.is_person_like(norm[np_[0]:np_[1]]) and spk.is_given_name(spk._k(words[0])))
                     or _known_surname(norm, norm[np_[0]:np_[1]])):
        return None
    return np_


_VERB_ROOTS = _WORDS["clause_verb_roots"]


def _clause_end(w):
    """``w`` is a finite verb that ends a clause; a bare past root only where it is a common verb, since
    many are nouns too («... و جهش تولید»); a subjunctive too («... قرار بگیرند و برخی دیگر معتقدند»)."""
    return (w in finite_forms() and (w not in past_roots() or w in _VERB_ROOTS)) or w in subjunctive_forms()


def _common_subject(norm, toks, tok_starts, np_):
    """A common noun phrase that can be a new clause's subject right before its cue («... و برخی دیگر
    معتقدند»، «... ولی دولت نیز اعتقاد دارد»، «و آژانس‌های مسافرتی تهران می‌گویند»): up to five words, no pronoun,
    demonstrative, function word, figure or verb among them."""
    ws = [t[2] for t in toks[_first_tok(tok_starts, np_[0]):_first_tok(tok_starts, np_[1])]]
    ws = [w for k, w in enumerate(ws) if not (w == "دیگر" and k > 0 and (ws[k - 1] in _QUANT or ws[k - 1] == "عدهای"))]
    if not 1 <= len(ws) <= 5 or ws[0] in _DEMONSTRATIVES or ws[0] in _FIRST_SECOND:
        return False
    forms = all_forms()
    return not any(w in spk.STOP or w in spk.PRONOUNS or w.isdigit() or (w in forms and w not in past_roots())
                   or w in _COPULA or w in _ADVERBS or w in _TEMPORAL or w in _SUBJECT_ADVERBS or w in _MODAL
                   or w in _WORDS["not_subjects"] for w in ws)


_NOUN_VERBS = {"نخست", "کشت"}  # finite forms that are also nouns or adjectives before a name


def _subject_after_verb(norm, toks, tok_starts, start, end):
    """«در اشاره‌ای دیگر به اینکه مجلس در چه جایگاهی قرار دارد علی مطهری نماینده فعلی تهران گفته:»: a clause
    ends in a finite verb with no comma, and a named subject (a given name, a title) follows it up to the cue,
    with only its title in apposition between; the noun phrase before the verb is that clause's subject."""
    # (a given name only: a title after a verb-like word is often a compound's tail, «نخست وزیر هند»)
    i, j = _first_tok(tok_starts, start), _first_tok(tok_starts, end)
    forms = finite_forms()
    k = next((k for k in range(j - 2, i - 1, -1) if toks[k][2] in forms and toks[k][2] not in past_roots()), None)
    if k is None or any(ch in norm[toks[k][1]:end] for ch in ".،,:;؛«»()"):
        return None
    np_ = _np_at(norm, toks, tok_starts, toks[k][1], end)
    if not np_:
        return None
    words = norm[np_[0]:np_[1]].split()
    if not (spk.is_person_like(norm[np_[0]:np_[1]]) and spk.is_given_name(spk._k(words[0]))) \
            or toks[k][2] in _NOUN_VERBS:
        return None  # a title alone may be a compound's tail («نخست وزیر»)
    tail = [key(w) for w in norm[np_[1]:end].split()]
    if tail and not (_is_title(tail[0]) and len(tail) <= 6 and not any(w in forms for w in tail)) \
            and not _next_to(norm, np_[1], end):
        return None
    return np_


def _known_surname(norm, w):
    """One word that is no function word, title or pronoun, which the article gives with a given name."""
    k = spk._k(w)
    return bool(w) and " " not in w.strip() and k not in spk.STOP and k not in spk.PRONOUNS \
        and not spk.is_title_word(k) and not spk.is_honorific(k) and not spk.is_given_name(k) \
        and _named_elsewhere(norm, w.strip())


def _named_elsewhere(norm, surname):
    """The article gives ``surname`` with a given name somewhere («امیر قلعه‌نویی ... و قلعه‌نویی گفت»),
    so it is a person's, not an adverb («صراحتا») or a noun that happens to be rare."""
    if not _may_follow_given_name(norm, surname):
        return False   # (most surnames: then no pattern is compiled for them)
    pat = _after_word(surname)
    for lo, hi in _stretches_with(norm, surname):
        for m in pat.finditer(norm, lo, hi):
            if spk.is_given_name(spk._k(m.group(1))):
                return True
    return False


def _may_follow_given_name(norm, w):
    """False when ``_after_word(w)`` can match nowhere with a given name as its word: the word of a match ends
    where the spaces / ZWNJs before an occurrence of ``w`` start, and runs back to its word start (the spaces
    before it cut it, the ZWNJs do not); a match that takes some of those ZWNJs into its word names the same
    word in key space. Only when one such word is a given name can the pattern say yes."""
    q = norm.find(w) if w else -1
    while q >= 0:
        k = q
        while k > 0 and norm[k - 1] in " \u200c":
            k -= 1
        if k < q and k > 0 and (norm[k - 1].isalnum() or norm[k - 1] == "_"):
            p = k - 1
            while p > 0 and (norm[p - 1].isalnum() or norm[p - 1] in "_\u200c"):
                p -= 1
            if spk.is_given_name(spk._k(norm[p:k])):
                return True
        q = norm.find(w, q + 1)
    return False


_BARRIER = re.compile(r"[^\w\u200c ]")  # no match of ``_after_word`` runs across one of these
_BARRIERS: list = [None]  # (norm, the positions of its barriers) for the last article asked


def _stretches_with(norm: str, w: str) -> list[tuple[int, int]]:
    """The stretches of ``norm`` between two barrier characters (punctuation, a line break) that hold ``w``,
    in text order: where ``_after_word(w)`` can match, so only they are searched (the whole text when ``w``
    itself holds a barrier)."""
    if not w or _BARRIER.search(w):
        return [(0, len(norm))]
    last = _BARRIERS[0]
    if last is None or last[0] is not norm:
        last = _BARRIERS[0] = (norm, [m.start() for m in _BARRIER.finditer(norm)])
    stops = last[1]
    out = []
    i = norm.find(w)
    while i >= 0:
        k = bisect_right(stops, i)
        lo, hi = stops[k - 1] + 1 if k else 0, stops[k] if k < len(stops) else len(norm)
        out.append((lo, hi))
        i = norm.find(w, hi)
    return out


@lru_cache(maxsize=4096)
def _after_word(w: str) -> re.Pattern:
    """A word, spaces or ZWNJ, then ``w`` as a whole word, compiled once per ``w``. The word starts only where
    a word starts: a match found inside a word would also be found at its start, so the matches are those
    of the pattern without the look-behind, reached without re-reading each word from its every letter."""
    return re.compile(r"(?<![\w\u200c])([\w\u200c]+)[ \u200c]+" + re.escape(w) + r"(?![\w\u200c])")


def _name_before_comma(norm, toks, tok_starts, start, comma):
    """A personal name (two or three words, a given name first) right before ``comma`` that opens its
    clause: at ``start`` or right after «که/آنکه/اینکه»."""
    j = _first_tok(tok_starts, comma)
    for w in (3, 2):
        i = j - w
        if i < 0 or toks[i][0] < start or not spk.is_person_like(norm[toks[i][0]:toks[j - 1][1]]):
            continue
        if not spk.is_given_name(spk._k(toks[i][2])):
            continue
        if toks[i][0] - start <= 1 or (i > 0 and toks[i - 1][2] in ("که", "آنکه", "اینکه")
                                       and not norm[toks[i - 1][1]:toks[i][0]].strip(" \u200c")):
            return toks[i][0], toks[j - 1][1]
    return None


_JOINED_PRONOUN = re.compile(r"(?<![\w\u200c])و[ \u200c]+(وی|او|ایشان|آنها|آنان)(?![\w\u200c])")
_PRONOUN_AT_END = re.compile(r"(?<![\w\u200c])(وی|او|ایشان|آنها|آنان)[ \u200c\t]*$")
_PREPOSITIONS = {"به", "از", "با", "برای", "بر", "در", "را", "که", "تا", "مانند", "مثل", "بدون", "علیه"}


def _pronoun_subject(norm, start, end):
    """A pronoun that opens a coordinated clause («این خبر به گوش او رسیده و او به خبرنگاران گفته که ...»)
    or stands right before the cue («پس از تماس با این موسسه نیز آنها گفتند که ...») is the subject;
    after a preposition («به او گفت») it is not."""
    last = None
    for m in _JOINED_PRONOUN.finditer(norm, start, end):
        last = m
    tail = _PRONOUN_AT_END.search(norm, max(start, end - 40), end)
    if tail and tail.start(1) > start and (last is None or tail.start(1) > last.start(1)):
        before = norm[max(start, tail.start(1) - 24):tail.start(1)].split()
        if before and before[-1] not in _PREPOSITIONS:
            return tail.start(1), tail.end(1)
    if last is not None and last.start() > start:
        return last.start(1), last.end(1)
    return None


def _past_outlet_lead(norm, toks, tok_starts, start, end):
    """Past «به گزارش ایرنا» written with no comma before the subject («به گزارش ایرنا مقامات چین اعلام
    کردند»): the outlet is one to three words that name an outlet; else ``start``."""
    i = _first_tok(tok_starts, start)
    if i + 3 >= len(toks) or toks[i][0] - start > 2 or not (
            toks[i][2] == "به" and toks[i + 1][2] == "گزارش" or toks[i][2] == "بهگزارش"):
        return start
    k = i + (1 if toks[i][2] == "بهگزارش" else 2)
    if k + 2 < len(toks) and toks[k][2] in ("خبرنگار", "خبرنگاران") and (
            is_outlet(toks[k + 1][2]) or is_outlet(norm[toks[k + 1][0]:toks[k + 2][1]])):
        k += 1  # «به گزارش خبرنگار فارس مهدی جمشیدی ... اظهار داشت»: the outlet's reporter
    for w in (3, 2, 1):
        if k + w < len(toks) and toks[k + w][0] < end and is_outlet(norm[toks[k][0]:toks[k + w - 1][1]]) \
                and not any(ch in norm[toks[k][0]:toks[k + w][0]] for ch in "،,:;") \
                and not any(t[2] in spk.STOP and (t[2] != "خبرگزاری" or j > 0) for j, t in enumerate(toks[k:k + w])):
            n = k + w  # («خبرگزاری فارس»: the agency's head word, a stop word elsewhere, opens the outlet's name)
            if toks[n][2] == "از" and n + 2 < len(toks) and toks[n + 2][0] < end and toks[n + 2][2] not in spk.STOP \
                    and toks[n + 1][2] not in spk.STOP and not any(ch in norm[toks[n][0]:toks[n + 2][0]] for ch in "،,:;."):
                return toks[n + 2][0]  # «به گزارش خبرگزاری فارس از مشهد هاشم بنی هاشمی نسب … افزود»: its city
            if toks[n][2] not in spk.STOP or toks[n][2] == "با":
                return toks[n][0]
    return start


def _name_after_office(norm, toks, tok_starts, start, end):
    """«به نقل از روابط عمومی اداره کل میراث فرهنگی، صنایع‌دستی و گردشگری خراسان شمالی حسین اصغر
    قنبرزاده گفت»: the rest of an office name whose comma ended the lead, glued to the speaker's name;
    the speaker is the name at its end (two or three words, no title or honorific among them)."""
    i, j = _first_tok(tok_starts, start), _first_tok(tok_starts, end)
    seg = toks[i:j]
    if len(seg) < 5 or len(seg) > 14 or any(ch in norm[start:end] for ch in "،,:;.()«»\"") \
            or any(spk.is_title_word(t[2]) or spk.is_honorific(t[2]) or (t[2] in spk.STOP and t[2] != "و")
                   or t[2] in spk.PRONOUNS for t in seg) \
            or norm[seg[-1][1]:end].strip(" \u200c\t"):
        return None
    for w in (3, 2):
        name = " ".join(t[2] for t in seg[-w:])
        if seg[-w - 1][2] not in ("و",) and spk.is_person_like(name):
            return seg[-w][0], seg[-1][1]
    return None


def _opens_name(w):
    """``w`` opens a name: a given name, a title, an honorific, an organization's head or «وی»."""
    k = spk._k(w)
    return w in ("وی", "او") or spk.is_given_name(k) or _is_title(w) or spk.is_honorific(w) or k in spk.org_heads()


def _leading_adverbial(norm, toks, i, end):
    """The token after what opens a clause before its subject and is no speaker: a date («مرداد ماه امسال»,
    «۲۳ آذر ۹۴»، with its comma), «N روز قبل», a list number («۳) ...», «۴. ...») or the previous clause's present
    verb before a name («... که می‌رسد امام می‌گویند»); ``i`` where none does or nothing follows it before ``end``."""
    w = toks[i][2]
    j = _date_after(toks, i, end)
    if j == i + 1 and not w.endswith("ماه"):
        j = i  # a month's name alone may be a given name («رمضان تجری»، «رجب طیب اردوغان»)
    if j == i and w.isdigit() and i + 2 < len(toks) and toks[i + 1][2] in _TIME_HEADS and toks[i + 2][2] in _TIME_TAILS:
        j = i + 3
    if j == i and w.isdigit() and i + 1 < len(toks) and any(ch in norm[toks[i][1]:toks[i + 1][0]] for ch in ").-"):
        j = i + 1
    if j == i and w.startswith(("می", "نمی")) and w in finite_forms() and w not in past_roots() \
            and i + 1 < len(toks) and _opens_name(toks[i + 1][2]):
        j = i + 1
    if j == i or j >= len(toks) or toks[j][0] >= end or norm[toks[j - 1][1]:toks[j][0]].strip(" \u200c\t،,).-"):
        return i
    return j


def _date_after(toks, i, end):
    """The token after a date starting at ``i`` («آذرماه سال جاری», «۱۲ اسفند ۱۳۹۸», «اسفند گذشته»), else ``i``."""
    if i + 1 < len(toks) and toks[i][2] == "سال" and toks[i + 1][2].isdigit() and len(toks[i + 1][2]) in (2, 4):
        j = i + 2  # «در سال ۲۰۱۴ محمدجواد ظریف ... گفت»
        if j < len(toks) and toks[j][2] in ("میلادی", "شمسی", "قمری", "هجری"):
            j += 1
        return j if j < len(toks) and toks[j][0] < end else i
    j = i + 1 if i < len(toks) and toks[i][2].isdigit() else i
    if j >= len(toks) or toks[j][2] not in _MONTHS:
        return i
    j += 1
    if j < len(toks) and toks[j][2] == "ماه":
        j += 1  # «مرداد ماه امسال»
    if j + 1 < len(toks) and toks[j][2] == "سال" and (toks[j + 1][2] in _TIME_TAILS or toks[j + 1][2].isdigit()):
        j += 2
    elif j < len(toks) and (toks[j][2].isdigit() or toks[j][2] in _TIME_TAILS or toks[j][2] == "امسال"):
        j += 1
    if j < len(toks) and toks[j][2] in ("میلادی", "شمسی", "قمری", "هجری"):
        j += 1
    return j if j < len(toks) and toks[j][0] < end else i


def _next_to(norm, a, end):
    """Nothing but «هم/نیز» between ``a`` and the cue at ``end``: the noun phrase is the cue's subject."""
    return all(key(w) in ("هم", "نیز") for w in norm[a:end].split())


def _np_at(norm, toks, tok_starts, start, end) -> tuple[int, int] | None:
    i = _first_tok(tok_starts, start)
    words = []
    adverb = None
    while i < len(toks) and toks[i][0] < end:
        t = toks[i]
        w = t[2]
        if words:
            gap = norm[words[-1][1]:t[0]]
            if any(ch in gap for ch in "،,:;.()«»\"“”-/"):
                # «دکتر "گوستاو کوبریرو"»: an honorific before a quoted name runs into it
                # (so does a rank with its ordinal: «دریادار دوم «عباس حسنی»»)
                if not (gap.strip(" \u200c") in ("«", "\"", "“") and spk.is_honorific(words[0][2])
                        and all(spk.is_honorific(x[2]) or x[2] in _RANK_ORDINALS for x in words[1:])):
                    break
        else:
            gap = norm[start:t[0]]
            if gap.strip(" \u200c\t\n\"»”«“"):
                return None
            if (w in _FILLERS and w not in {"در"}) or w in _TEMPORAL or (
                    w in _SUBJECT_ADVERBS and i + 1 < len(toks) and toks[i + 1][2] not in spk.STOP):
                if w in _SUBJECT_ADVERBS and adverb is None:
                    adverb = t[0]  # «متاسفانه برخی معتقدند»: a sentence adverb before the subject
                i += 1
                start = t[1]
                continue
            if (w in _TIME_HEADS or w == "هنگام") and i + 2 < len(toks) and toks[i + 2][0] < end and (
                    toks[i + 1][2] in _TIME_TAILS or (w == "هنگام" and toks[i + 1][2] in _TEMPORAL)) \
                    and not norm[t[1]:toks[i + 1][0]].strip(" \u200c"):
                i += 2  # «روز گذشته وزیر خارجه ... توصیه کرد»: a time adverbial before the subject
                m = next((j for j in range(1, 4) if i + j - 1 < len(toks) and toks[i + j - 1][2] in _MONTHS), 0)
                if m and i + m < len(toks) and toks[i + m][0] < end:
                    i += m  # «روز شنبه دوم اسفندماه ...»: and its date
                    if i + 1 < len(toks) and toks[i][2].isdigit():
                        i += 1
                start = toks[i - 1][1]
                continue
            if w in _TIME_HEADS and i + 3 < len(toks) and toks[i + 3][0] < end and toks[i + 1][2] in ("همین", "این") \
                    and toks[i + 2][2] in _TIME_HEADS and not any(ch in norm[t[1]:toks[i + 2][1]] for ch in "،,:;."):
                i += 3  # «اوایل همین ماه آنگرت کرامپکارن‌باوئر ... اعلام کرد»: a time adverbial before the subject
                start = toks[i - 1][1]
                continue
            lead = _leading_adverbial(norm, toks, i, end)
            if lead > i:
                i = lead  # «مرداد ماه امسال محمد اسلامی ... اعلام کرد»، «۲ روز قبل هم کنفدراسیون ... اعلام کرده بود»
                start = toks[i][0]
                continue
            if w == "در" and (d := _date_after(toks, i + 1, end)) > i + 1:
                i = d  # «در آذرماه سال جاری یکی از سخنگویان ... اعلام کرده بود»: a date before the subject
                start = toks[i - 1][1]
                continue
            if w == "بنا" and i + 1 < len(toks) and toks[i + 1][2] in ("به", "بر"):
                return None  # «بنا به روایت‌ها ...»: a lead, no noun phrase
            if w in ("این", "آن", "همین") and i + 2 < len(toks) and toks[i + 1][2] == "را" and toks[i + 2][0] < end:
                i += 2  # inverted «این را محمد گویا می‌گوید»: the speaker follows the object
                start = toks[i - 1][1]
                continue
        if words and w in _CLAUSE_VERBS and w not in spk.STOP and not (i + 1 < len(toks) and toks[i + 1][2] == "و"):
            # «... کم شود برخی معتقدند»: the previous clause's verb; the subject starts after it
            # (where none does, the run of words stays the mention, as before)
            after = _np_at(norm, toks, tok_starts, t[1], end)
            if (after and _next_to(norm, after[1], end)) or (i + 1 < len(toks) and toks[i + 1][2] == "چه" and not norm[toks[i + 1][1]:end].strip(" \u200c")):
                return after
        if len(words) == 1 and words[0][2] in ("این", "همین") and (key(w) in _DOCS or key(w) in _MEDIA):
            words.append(t)  # «این گزارش می‌افزاید»: the document is the mention
            break
        if w == "نقل" and len(words) >= 2 and words[-1][2] == "و" and words[-2][2] == "حمل":
            words.append(t)  # «معاون سازمان حمل و نقل گفت»: «نقل» (as in «به نقل از») inside the compound
            i += 1
            continue
        if _partitive(words, w):
            words.append(t)  # «یکی دیگر از این مقامات گفت»: one of a group named before (DECISIONS 65)
            i += 1
            continue
        if words and w in spk.STOP and not (w == "از" and (len(words) == 1 and words[0][2] in _QUANT
                                                          or _quantity(words))):
            if w == "در" and words[0][2] in _ORG_IN and i + 1 < len(toks) and toks[i + 1][0] < end \
                    and i + 2 < len(toks) and toks[i + 2][2] in spk.STOP:
                words.append(t)
                words.append(toks[i + 1])
            elif w == "در" and any(x[2] in _SOURCE_NOUNS for x in words[:2]) and len(words) <= 3 \
                    and i + 1 < len(toks) and toks[i + 1][2] not in _NOT_A_PLACE:
                # «یک منبع در سازمان ملل گفت»: an unnamed source is named by where it sits
                k = i + 1
                while k < len(toks) and toks[k][0] < end and k - i <= 4 and toks[k][2] not in spk.STOP \
                        and not any(ch in norm[toks[k - 1][1]:toks[k][0]] for ch in "،,:;.()«»\""):
                    k += 1
                if i + 1 < k and (k >= len(toks) or toks[k][0] >= end or toks[k][2] in spk.STOP):
                    words.extend(toks[i:k])
            break
        if not words and w in spk.STOP and w not in {"وی", "او", "این"}:
            return None
        if len(words) >= 2 and spk.ends_name(w) and spk.opens_name([x[2] for x in words]):
            break  # «عباس گلرو جمعه شب ...»: a person's name ends before a time word or the object
        if words and w in spk.titles()[0] and not any(x[2] in spk.titles()[0] for x in words) \
                and not all(x[2] in spk.titles()[1] for x in words) and len(words) >= 2 \
                and not _PLURAL.search(words[-1][2]):
            break  # «اسحاق صلاحی رئیس سازمان ...»: the mention is the name
        words.append(t)
        if w in ("وی", "او", "ایشان") and len(words) == 1:
            break
        if len(words) >= 10:
            return None
        i += 1
    if not words or (words[0][2] == "چه" and (len(words) == 1 or words[1][2] in _WH_NOUNS)
                     and not norm[words[-1][1]:end].strip(" \u200c")):
        return None  # «معلوم نشد چه گفت», «چه کسانی ادعا کردند»: a question names no speaker
    if len(words) > 1 and words[1][2] == "از" and _quantity(words[:1]) and (
            len(words) < 4 or words[-1][2] in finite_forms() or words[3][2] in _NUMBER_WORDS
            or words[3][2] in _UNITS):
        words = words[:1]  # «کمتر از 2», «بیش از ۵۰ درصد تسهیلات»: an amount, not a counted subject
    if len(words) >= 3 and words[-1][2] in ("گذشته", "اخیر") and spk.is_person_like(
            norm[words[0][0]:words[-2][1]]):
        words = words[:-1]  # «هاشم بنی هاشمی نسب گذشته در آیین …»: a time word («(روز) گذشته») ends the name
    cue, end = end, words[-1][1]
    if end < len(norm) and norm[end] in "»\"”" and any(ch in norm[words[0][0]:end] for ch in "«\"“"):
        end += 1  # the quoted name's closing mark
    if adverb is not None and not _next_to(norm, end, cue):
        return adverb, end  # only a subject right before its cue loses the adverb («متاسفانه جامعه هم به ...»)
    return words[0][0], end


_COUNTERS = frozenset(r["word"] for r in read_tsv("counters.tsv") if r.get("head") == "0")
_MORE_LESS = _WORDS["quantity_heads"]
_PLURAL = re.compile(r"..(?:ها|های|هاي)$")  # «کشورهای عضو ...»: a plural ends no person's name


def _partitive(words, w):
    """``w`` goes on a partitive «یکی دیگر از این مقامات»: «دیگر» right after «یکی», a demonstrative right
    after its «از» («یکی از این مقامات», not the bare «یکی از» a demonstrative would end)."""
    ws = [x[2] for x in words]
    if w == "دیگر":
        return ws == ["یکی"]
    if w == "از":
        return ws == ["یکی", "دیگر"]
    return w in ("این", "همین", "آن") and len(ws) in (2, 3) and ws[0] == "یکی" and ws[-1] == "از" \
        and ws[1:-1] in ([], ["دیگر"])


def _quantity(words):
    """A quantity that «از» continues into its noun («بیش از ۱۰۰ سازمان», «۱۰۷ تن از نمایندگان»)."""
    ws = [x[2] for x in words]
    if len(ws) == 1:
        return ws[0] in _MORE_LESS
    return len(ws) == 2 and (ws[0].isdigit() or ws[0] in _NUMBER_WORDS) and ws[1] in _COUNTERS


_NUMBER_WORDS = frozenset(r["word"] for r in read_tsv("numbers_words.tsv"))
_UNITS = frozenset(key(r["word"]) for r in read_tsv("units.tsv") if r.get("word"))


def _object_after_subject(norm, seg):
    """How many of the mention's words are its subject where an object runs on after it with no break:
    a surname the article gives with a given name elsewhere («توزمن پذيرفته نشدن اسناد اعتباري در دو كشور
    را ...»: «توزمن»); 0 where none is known."""
    if len(seg) < 2:
        return 0
    words = [x[2] for x in seg]
    if len(seg) >= 3 and _known_surname(norm, norm[seg[0][0]:seg[0][1]]) and not _is_title(words[1]) \
            and not spk.is_given_name(spk._k(words[1])) and not spk.is_person_like(norm[seg[0][0]:seg[-1][1]]) \
            and norm.count(norm[seg[0][0]:seg[1][1]]) == 1:  # «عرب مقصودی», «حداد عادل»: a two-word surname recurs
        return 1
    return 0


def _subject_only(norm, toks, tok_starts, m, cut_object=True):
    """The mention without what follows its subject in the same run of words: a sentence adverb
    («مشتریان کماکان» → «مشتریان») or the verb of a first clause («زندان‌بان آمد و» → «زندان‌بان»,
    of «زندان‌بان آمد و به من تذکر داد و گفت»). Only the mention's span changes, never the content's."""
    i, j = _first_tok(tok_starts, m[0]), _first_tok(tok_starts, m[1])
    seg = toks[i:j]
    if seg and seg[0][2] in _FIRST_SECOND:
        return m  # «ما همچنان دنبال وحدت هستیم و معتقدیم»: the speaker's own words, read elsewhere
    d = _object_head_at(toks, i, j, events=True)
    if d is not None:
        return seg[0][0], toks[d - 1][1]  # «رئیس هیئت فوتبال استان تعداد نمایندگان استان ... اعلام کرد و ... بیان داشت:»
    cut = _object_after_subject(norm, seg) if cut_object else 0
    if cut:  # (not for «را» cues, whose object starts where the mention ends: see _split_subject)
        return seg[0][0], seg[cut - 1][1]
    for k in range(1, len(seg)):
        w = seg[k][2]
        verb = k == len(seg) - 2 and seg[-1][2] == "و" and spk._clause_verb(spk._k(w))
        if w in _SUBJECT_ADVERBS or verb:
            head = spk._k(seg[0][2])
            named = _is_title(head) or head in spk.org_heads() or spk.is_given_name(head) \
                or (k == 1 and spk._freq().get(head, 0) < 500_000 and head not in spk.STOP)
            if verb and not named and k > 1 and _named_elsewhere(norm, seg[0][2]) and head not in spk.STOP:
                return seg[0][0], seg[0][1]  # «ظریف پاسخ منفی داد و گفت»: a surname the article gives in full
            if w in _SUBJECT_ADVERBS or named:
                if spk.is_given_name(head):
                    # «محمدباقر قالیباف پیشنهاد دیگری می‌دهد و اعلام می‌کند»: the name, not its object
                    n = next((n for n in (3, 2) if n <= k and spk.is_person_like(" ".join(t[2] for t in seg[:n]))
                              and (n == 2 or spk._freq().get(spk._k(seg[2][2]), 0) < 500_000)), None)
                    return (seg[0][0], seg[n - 1][1]) if n else m
                last = spk._k(seg[k - 1][2])
                if verb and k > 1 and last.endswith("ی") and spk._freq().get(last[:-1], 0) >= 500_000:
                    k -= 1  # «امام نگاهی کردند و فرمودند»: the indefinite object of the first verb
                return seg[0][0], seg[k - 1][1]
            break
    return m


def _colon_content(norm, pos, p, boundary_cues, sent_start, after_from):
    """Content after a colon: to the paragraph end or to the sentence of the next attribution."""
    end = p.end
    i = bisect_right(boundary_cues, after_from)
    while i < len(boundary_cues) and boundary_cues[i] < p.end:
        ss = sent_start(boundary_cues[i], p)
        if ss > pos:
            end = ss
            break
        i += 1
    return pos, end


def _trim(text, a, b):
    while a < b and text[a] in " \u200c\t\n:":
        a += 1
    while b > a and text[b - 1] in " \u200c\t\n،":
        b -= 1
    return a, b


_FOUND: dict = {"norm": None, "spans": {}}


def _find(norm: str, ch: str, i: int, limit: int) -> int:
    """``norm.find(ch, i, limit)``, remembering the last answer per (mark, limit) for this text.

    Searches for a closing mark start at increasing positions, so «…«…«… with no closer would
    rescan the rest of the paragraph for every opener (quadratic); a query that falls between a
    remembered start and its answer gets the same answer without a scan.
    """
    if _FOUND["norm"] is not norm:
        _FOUND["norm"], _FOUND["spans"] = norm, {}
    known = _FOUND["spans"].get((ch, limit))
    if known is not None:
        start, hit = known
        if start <= i and (hit < 0 or i <= hit):
            return hit
    hit = norm.find(ch, i, limit)
    _FOUND["spans"][(ch, limit)] = (i, hit)
    return hit


def _close_mark(norm, pos, opener, limit):
    """Index of the mark that closes ``opener`` opened just before ``pos`` (or -1)."""
    closer = _OPEN[opener]
    if opener == '"':
        return _find(norm, '"', pos, limit)
    depth = 1
    i = pos
    while i < limit:
        a = _find(norm, opener, i, limit)
        b = _find(norm, closer, i, limit)
        if b < 0:
            return -1
        if 0 <= a < b:
            depth += 1
            i = a + 1
        else:
            depth -= 1
            if depth == 0:
                return b
            i = b + 1
    return -1


_REOPEN = re.compile(r":[ \u200c]*[«“]")
_STOP = re.compile(r"[.!?؟](?=[ \u200c\n])")


def _reopened_at(norm, pos, end, opener):
    """End of a quotation opened at ``pos`` whose mark is never closed where it should be: «... گفته بود: «این
    آمار نیاز به «تفکیک» دارد. او در توضیح ... گفت: «...»»: a sentence later in the same marks that opens a
    new colon quotation is the next attribution, and the first quotation ends with the sentence before it
    (DECISIONS 44). None where no such sentence follows."""
    closer = _OPEN[opener]
    m = _REOPEN.search(norm, pos, end)
    if m is None or opener == '"':
        return None
    stops = [x.end() for x in _STOP.finditer(norm, pos, m.start())]
    for cut in reversed(stops):
        seg = norm[pos:cut]
        if seg.count(opener) == seg.count(closer):
            return cut
    return None


_MARK = re.compile('[«»“”"]')


def _kind_of(norm, a, b):
    return "mixed" if _MARK.search(norm, a, b) else "indirect"


_JOIN_ADVERBS = {"سپس", "همچنین", "نیز", "بعد", "آنگاه", "ضمنا"}
_JOIN_PREPS = {"از", "به", "با", "برای"}


def _joined_at(norm, toks, i):
    """Index of the «و» that joins the cue at token ``i`` to the clause before it, with only adverbs
    and an addressee between («... و افزود:», «... متواری است و سپس از نماینده دادستان خواست که ...»);
    else None."""
    if toks[i - 1][2] == "و" and not norm[toks[i - 1][1]:toks[i][0]].strip(" \u200c"):
        return i - 1
    k = i - 1
    while k > 0 and i - k <= 7 and toks[k][2] != "و":
        k -= 1
    if k <= 0 or toks[k][2] != "و" or any(ch in norm[toks[k][0]:toks[i][0]] for ch in "،,:;؛.«»\"()"):
        return None
    between = [t[2] for t in toks[k + 1:i]]
    j = 0
    while j < len(between) and between[j] in _JOIN_ADVERBS:
        j += 1
    if j == 0 or (j < len(between) and between[j] not in _JOIN_PREPS):
        return None  # «... و وزیر هم اعلام کرد که ...»: a new subject, not the same speaker going on
    return k


def _read_coordinated(text, norm, toks, tok_starts, c, p, sent_start, sent_end, boundary_cues, prev):
    """«وی تأکید کرد: ... نخواهد داد و افزود: ...»: a cue joined by «و» inside the previous colon
    content, with no subject of its own, is a new quotation of the same speaker; the previous ends at «و»."""
    if c["after"] not in (":", "mark", "که") or not prev["start"] < c["ns"]:
        return None
    i = _first_tok(tok_starts, c["ns"])
    if i == 0:
        return None
    w = _joined_at(norm, toks, i)
    if w is None or (c["after"] == "که" and (prev.get("_colon") or prev["end"] <= c["ns"]
                                              or (w == i - 1 and prev.get("_plain")))):
        # («وزیر گفت که X و افزود که Y»: one speaker; «می‌گفتند روزی … صبر آقای هاشمی لبریز شد و گفت که …»: a plain
        # clause's «و گفت که» may belong to the story it tells)
        return None
    cut = toks[w][0]
    if sent_start(c["ns"], p) > prev["start"] and _first_tok(tok_starts, sent_start(c["ns"], p)) < i - 1:
        return None  # «... اما هورویتز اظهارات گانتز را رد کرد و گفت:»: a sentence with its own subject
    if c["ns"] >= prev["end"]:
        # «... افزود: «...» و ادامه داد: ...»: right after the previous quotation's closing mark
        if prev["end"] < p.start or norm[prev["end"]:cut].strip(" \u200c.»”\"") :
            return None
        cut = None
    q = _read_cue(text, norm, toks, tok_starts, c, p, sent_start, sent_end, boundary_cues,
                  subject=(prev["mention_start"], prev["mention_end"]))
    if q is None:
        return None
    if cut is None:
        return q
    a, b = _trim(text, prev["start"], cut)
    if b - a < 2:
        return None
    prev["end"] = b
    prev.pop("_colon", None)  # its end is final
    if prev["kind"] not in ("direct", "according_to"):
        prev["kind"] = "indirect?"
    return q


def _read_cue(text, norm, toks, tok_starts, c, p, sent_start, sent_end, boundary_cues, subject=None):
    cue = c["cue"]
    ns, vs, ve = c["ns"], c["vs"], c["ve"]
    ss = sent_start(ns, p)
    after = c["after"]
    kind = None
    a = b = None
    cue_parts = None
    mention_end = ns
    colon = False
    plain = False
    unsure = indep = False
    object_only = False
    predicative = False
    ra_clause = False
    if after == "comma" and cue.np == "بر" and "بر" in _words(norm, ss, ns):
        after = "end"  # «وزیر بر اهمیت آب تاکید کرد، ...»: the noun phrase is the content
    if after in (":", "mark") and _announces(toks, tok_starts, ns):
        return None  # «صحبت‌های زیر را مطرح کرد: بیرانوند ... اظهار داشت: ...»: what follows is reported anew
    if after == ":" or after == "mark":
        k = c["after_pos"] + (1 if after == ":" else 0)
        while k < p.end and norm[k] in " \u200c\t":
            k += 1
        if after == ":" and k >= p.end and c.get("next_p") is not None:
            p = c["next_p"]  # «... چنین فرمود:» at a paragraph's end: the next paragraph is the content
            k = p.start
        if k < p.end and norm[k] in _OPEN:
            close = _close_mark(norm, k + 1, norm[k], p.end)
            a = k + 1
            b = close if close >= 0 else p.end
            kind = "direct"
            reopened = _reopened_at(norm, a, b, norm[k])
            if reopened is not None:
                b, close = reopened, -1
            if close >= 0:
                # a quoted opening followed by more unquoted clause: the whole colon content is mixed
                tail_end = min(sent_end(close, p), close + 400)
                tail = norm[close + 1:tail_end].strip(" \u200c.\n")
                has_cue = _has_cue_word(norm, close, tail_end)
                # «تاكيد كردند: "ولاديمير شاموف" هنگام اين حادثه ... حضور نداشت»: a quoted name or term opening
                # the clause the sentence goes on with (no sentence mark inside it, no new reporting cue after it)
                fragment = len(norm[a:close].split()) <= 6 and not re.search(r"[.!?؟:]", norm[a:close]) \
                    and not tail.startswith(("،", "؛", ":")) and not _has_reporting_cue(norm, close, tail_end)
                if after == ":" and len(tail.split()) >= 3 and not tail.startswith("و") and (not has_cue or fragment):
                    a, b = k, p.end
                    kind = "mixed"
                    colon = True
                elif after == "mark" and len(tail.split()) >= 3 and fragment and not tail.startswith("و"):
                    a, b = k, _trim(text, k, tail_end)[1]  # «تاكيد كردند "ولاديمير شاموف" هنگام اين حادثه ...»
                    kind = "mixed"
        elif after == ":":
            if k >= p.end:
                return None
            a, b = k, p.end
            kind = "indirect?"
            colon = True
        else:
            return None
    elif cue.np == "colon":
        return None  # «آورده است»: only a colon or a quotation mark makes it a cue
    elif after == "که" and _relative_object(toks, c["ti"] if not cue.nominal else _first_tok(tok_starts, ns)):
        return None  # «چیزی را تأیید می‌کند که ...»: the که clause qualifies the object
    elif after == "که" and _while_open(norm, max(ss, ns - 300), ns):
        return None  # «این اظهارات را در حالی بیان می‌کند که ...»: the که clause is «while ...», not what was said
    elif after == "که" and (cue.np != "را" or (cue.nominal and not _RA.search(norm, ss, ns))):
        k = c["after_pos"] + len(toks[c["tj"] + 1][2])
        b = sent_end(k, p)
        a = k
        # an unclosed «...» inside the clause runs to its close
        b = min(b, a + 3000)
        seg = norm[a:b]
        if seg.count("«") > seg.count("»"):
            close = _find(norm, "»", b, p.end)
            if close >= 0:
                b = sent_end(close, p)
    elif cue.split and c["split_at"] is not None:
        a, b = c["split_at"], vs
        mention_end = c["ns"]
        ns_text = text[c["ns"]:c["split_at"]]
        cue_parts = (ns_text.strip(), text[vs:ve])
    elif cue.nominal in _INVITES and after == "plain" and _subjunctive_clause(norm, c["after_pos"], sent_end(c["after_pos"], p)):
        # «از آنها دعوت کرد از غرفه ایران در نمایشگاه بازدید کنند»: what they are invited to do (DECISIONS 14)
        a = c["after_pos"]
        b = sent_end(a, p)
        plain = True
    elif cue.np in ("بر", "از") and after in ("end", "plain"):
        # noun-phrase content: the subject, then «بر/از» + content, then the cue
        m = _subject(text, norm, toks, tok_starts, ss, ns)
        if not m:
            return None
        m = _past_epithet(toks, tok_starts, m, ns, norm)
        i = _first_tok(tok_starts, m[1])
        while i < len(toks) and toks[i][2] in ("همچنین", "نیز", "هم", "سپس", "امروز", "ضمنا") and toks[i][0] < ns:
            i += 1
        if not (i < len(toks) and toks[i][2] == cue.np and toks[i][0] < ns):
            # «وزیر نیرو در این نشست (ضمن قدردانی از مردم،) بر اهمیت ... تاکید کرد»: past adverbials
            i = _prep_after(norm, toks, tok_starts, m[1], ns, cue.np)
        glued_at = None
        if not (i is not None and i < len(toks) and toks[i][2] == cue.np and toks[i][0] < ns) and cue.np == "بر":
            # «همتی برضرورت نظارت … تاکید کرد»: «بر» written onto the word, which the mention ran into
            glued_at = next((k for k in range(_first_tok(tok_starts, m[0]) + 1, _first_tok(tok_starts, ns))
                             if _glued_bar(toks[k][2])), None)
        if glued_at is not None:
            a, b = toks[glued_at][0] + 2, ns
            mention_end = toks[glued_at - 1][1]
        elif i is not None and i < len(toks) and toks[i][2] == cue.np and toks[i][0] < ns:
            a, b = toks[i][1], ns
            e = _first_tok(tok_starts, ns) - 1
            if e > i + 1 and toks[e][2] in ("نیز", "هم"):
                b = toks[e][0]  # «از کسب مقام سوم نیز خبر داد»: the adverb is not content
            mention_end = m[1]
            if cue.np == "از":
                # «از ... خبر داد»: the content splits the cue (GUIDELINES: parts joined by « ... »)
                cue_parts = (text[toks[i][0]:toks[i][1]], text[ns:ve])
        elif cue.np == "بر" and after == "plain" and c["tj"] + 1 < len(toks) \
                and toks[c["tj"] + 1][2] not in _NO_PLAIN and toks[c["tj"] + 1][2] not in _ADVERBS \
                and toks[c["tj"] + 1][2] not in ("لذا", "بلکه") and _clean_subject(norm, m, lexicon()) \
                and "بر" not in _words(norm, m[1], ns):
            # «جانسون در اظهارات جدیدش تاکید کرده اکثریت مردم ... مبتلا خواهند شد»: a plain clause
            a = c["after_pos"]
            b = min(sent_end(a, p), a + 3000)
            plain = True
        else:
            return None
    elif cue.np == "به" and after in ("end", "plain"):
        # «وی ... به بمب‌گذاری روز 2 مرداد ... که به کشته شدن ده‌ها نفر منجر شد اشاره کرد»: what is pointed at,
        # where it states something (DECISIONS 6: a topic alone, «به این نکته اشاره کرد», is none)
        m = _subject(text, norm, toks, tok_starts, ss, ns)
        k = _pointed_at(norm, toks, tok_starts, m[1], ns) if m else None
        if k is None or not _states(norm, toks, tok_starts, toks[k][1], ns) \
                or any(w in _MODAL for w in _words(norm, ss, ns)):
            return None  # «... می‌توان به عفونت اشاره کرد»: an example the writer gives, no one's report
        a, b = toks[k][1], ns
        e = _first_tok(tok_starts, ns) - 1
        if e > k + 1 and toks[e][2] in ("نیز", "هم"):
            b = toks[e][0]  # «به چند مبنای سلبی ... نیز اشاره کرد»: the adverb is not content
        mention_end = m[1]
    elif cue.np in ("نسبت", "stance") and after in ("end", "plain") and (m := _subject(text, norm, toks, tok_starts, ss, ns)) \
            and (m := _past_epithet(toks, tok_starts, m, ns, norm)) \
            and (k := _about_phrase(norm, toks, tok_starts, m[1], ns)) is not None:
        # «سفیر ... نسبت به قدرت گرفتن شاخه خراسان گروه داعش ... هشدار داد»: what the warning is about
        a, b = k, ns
        mention_end = m[1]
    elif cue.np == "stance" and after in ("end", "plain") and (m := _subject(text, norm, toks, tok_starts, ss, ns)) \
            and (m := _past_epithet(toks, tok_starts, m, ns, norm)) \
            and (k := _az_after(norm, toks, tok_starts, m[1], ns)) is not None \
            and len(norm[toks[k][1]:ns].split()) >= 2:
        # «شی جن پینگ از گسترش ویروس کرونا در کشورش ابراز نگرانی کرد»: what the concern is about (DECISIONS 50)
        a, b = toks[k][1], ns
        mention_end = m[1]
        cue_parts = (text[toks[k][0]:toks[k][1]], text[ns:ve])
        if any(w in _CLAUSE_VERBS or w == "و" and p_ in _CLAUSE_VERBS
               for p_, w in zip(_words(norm, a, b), _words(norm, a, b)[1:])) or _ABOUT.search(norm, a, b):
            return None  # «از اجرای کنوانسیون‌ها حمایت و درباره انزوای ایران ابراز نگرانی کردند»: another clause
    elif (cue.np == "را" and after in ("end", "plain", "که")) or (object_only := _object_cue(cue, toks, tok_starts, ns, after)) \
            or (predicative := _ra_predicate(cue, norm, toks, tok_starts, ss, ns, after)):
        ss = _past_opener(norm, ss, ns)
        m = _np_at(norm, toks, tok_starts, ss, ns)
        if c.get("generic") is not None:
            gs, g = c["generic"]
            m = subject = (toks[gs][0], toks[g - 1][1])  # «عده‌ای امیر قلعه‌نویی را سرمربی تیم ملی می‌دانند»: the group
        if not m and (_SCENE.match(norm, ss) or _first_word(norm, ss) in ("همچنین", "اما", "ضمنا", "سپس")):
            # «در مقابل، نتانیاهو گزارش IPC را ... خواند»: the subject follows the opening adverbial
            lead = norm.find("،", ss, ns)
            m = _np_at(norm, toks, tok_starts, lead + 1, ns) if lead >= 0 else None
        if not m and (lead := _LEAD.match(norm, ss, ns)):
            m = _np_at(norm, toks, tok_starts, lead.end(), ns)  # «بنا به این گزارش، X ... را ... دانست»
        if not m and (cl := _after_finite_and(toks, tok_starts, ss, ns)) > ss:
            # «زور خبرنگاران به رئیس‌جمهور هم نرسید و حسن روحانی ... X را Y معرفی کرد»: the subject opens
            # the last of the coordinated clauses
            m = _np_at(norm, toks, tok_starts, cl, ns)
            if m and not (spk.is_person_like(norm[m[0]:m[1]]) or _is_title(key(norm[m[0]:m[1]].split()[0]))):
                m = None
        if not m and (m := _long_object_subject(norm, toks, tok_starts, ss, ns)):
            unsure = indep = True  # «امام جمعه شهرستان هريس حفظ انديشه و ميراث ... را وظيفه ... برشمرد»: kept only where
            # the article names the speaker so elsewhere (see _split_subject)
        if not m:
            return None
        fi = _first_tok(tok_starts, m[0])
        li = _first_tok(tok_starts, m[1])
        if cue.nominal in _CLAIM_OBJECT_CUES:
            # «سخنگوی وزارت خارجه ادعای دخالت ... را رد کرد»: the denied claim starts the object
            d = next((k for k in range(fi + 1, li) if toks[k][2] in _WORDS["denied"]), None)
            if d is not None:
                m, li = (m[0], toks[d - 1][1]), d
        d = _object_head_at(toks, fi, li, events=True)
        if d is not None:
            m, li = (m[0], toks[d - 1][1]), d  # «وزیر کشور آمار مشارکت ... را ... اعلام کرد»: the object's head
        if li < len(toks) and toks[li][2] == "را":
            # «X Y را Z دانست» with no comma: the subject is a pronoun or a two-word name
            if toks[fi][2] in ("وی", "او"):
                m = (m[0], toks[fi][1])
            elif fi + 1 < li - 1 and spk.is_person_like(norm[toks[fi][0]:toks[fi + 1][1]]):
                m = (m[0], toks[fi + 1][1])
            elif fi + 1 < li and toks[fi][2] not in spk.STOP and (
                    not _has_cue_word(norm, m[0], _last_ra(norm, m[1], ns))
                    or _after_last_clause(toks, tok_starts, m[1], ns) > m[1]):
                # (a participle in the predicate is no clause of its own: «... را از دیگر برنامه‌های تدوین شده برشمرد»)
                # (or «قالیباف قانون ... را ابلاغ کرد و این اقدام را گامی ... دانست»: a clause of its own before)
                # «نتانیاهو گزارش IPC را «دروغ آشکار» خواند»: kept only where the article names the
                # speaker so elsewhere (see _split_subject)
                m = (m[0], toks[fi][1])
                unsure = True
                # (read thanks to the participle alone: only a mention named apart from this run counts)
                indep = _has_cue_word(norm, m[0], ns) and _after_last_clause(toks, tok_starts, m[1], ns) <= m[1]
            else:
                return None
        # «... بر اهمیت X تأکید کرد و روابط دو کشور را قدیمی خواند»: the clause after the last «(verb) و»
        start = _after_last_clause(toks, tok_starts, m[1], ns)
        if (past_object := _after_object_clause(toks, tok_starts, m[1], ns)) > start:
            if not norm[m[1]:start].strip(" ‌"):
                ra_clause = True  # the subject still runs into the clause before: see _split_subject
            start = past_object
        seg = norm[start:ns]
        if not _RA.search(seg):
            return None
        a, b = start, ns
        while a < ns and norm[a] in "»”\" \u200c":
            a += 1  # «مجید تخت روانچی» نماینده ...: the mark closes the subject's name
        ra = _RA.search(seg).start() + start
        if not cue.nominal and cue.verb in ("دانست", "خواند", "نامید") and not norm[ra + 2:ns].strip(" \u200c"):
            return None  # «او همه چیز را می‌داند»: knows; «X را Y دانست» needs its Y
        if cue.nominal in _CONDEMN_CUES and any(
                w == "به" and nx != "شدت" for w, nx in zip(_words(norm, ra + 2, ns), _words(norm, ra + 2, ns)[1:] + [""])):
            return None  # «دادگاه او را به ۱۸ ماه حبس محکوم کرد»: a sentence, not a stance
        if cue.nominal in _CONDEMN_CUES:
            b = ra + 2  # the object with its «را»: «به شدت» is no content
        if cue.nominal in _BARE_PREDICATE_CUES and (not [w for w in _words(norm, ra + 2, ns) if w not in _RA_ADVERBS]
                                                     or _IMPERSONAL_KEYS & set(_words(norm, ss, ns))):
            # «این نکته را نیز ذکر کرد»: mentions; «X را از دیگر برنامه‌ها ذکر کرد» states; «می‌توان آن‌ها را
            # اصول ... ذکر نمود»: no one speaks
            return None
        if cue.nominal in _PREDICATE_CUES and not _predicate_after(norm, toks, tok_starts, ra, ns):
            return None  # «برندگان را معرفی کرد», «او را به من معرفی کرد»: introduces, states nothing
        if cue.nominal in _CLAIM_OBJECT_CUES and not any(w in _WORDS["denied"] for w in _words(norm, m[1], ra)):
            return None  # «صلاحیت او را رد کرد» rejects; «اتهام ... را رد کرد» denies a claim
        cm = norm.rfind("،", start, ra)
        if cm >= 0:
            listed = _object_list(norm, a, cm, ra)
            a = cm + 1 if listed is None else listed  # «خلیل نصرالله، روزنامه‌نگار لبنانی، این اقدامات را ...»
        while (predicative or c.get("generic")) and (w := _TOK.match(norm, _trim(text, a, b)[0])) and w.end() < ra \
                and key(w.group()) in ("همچنین", "نیز", "هم", "سپس", "تاکنون", "امروز", "همچنان"):
            a = w.end()  # «فرانسه نیز شمار مبتلایان را ... اعلام کرد»: the adverb is not content
        a = _past_scene(norm, toks, tok_starts, a, ra)
        if cue.nominal in _CLAIM_OBJECT_CUES and cue.nominal != "رد" and not _opens_claim(norm, a, ra):
            return None  # «آقای صالح این موضوع را تکذیب کرد»; not «ولی هنوز نمی‌توان آن را تایید کرد»
        if object_only:
            b = toks[_first_tok(tok_starts, ns) - 1][0]  # the object alone, without its «را»
            if ra < b or b - a < 2 or _PARTICIPIAL.search(norm, a, b):
                return None  # one object only, right before the cue, with no participial phrase inside
            while (w := _TOK.match(norm, a)) and key(w.group()) in ("همچنین", "نیز", "هم", "سپس") and w.end() < b:
                a = _trim(text, w.end(), b)[0]  # «همچنین توسعه ... را خواستار شد»: the adverb is not content
            if not norm[m[1]:a].strip(" \u200c") and toks[fi][2] not in ("وی", "او", "ایشان"):
                unsure = True  # the subject runs into the object: kept where the article names it so (_split_subject)
        mention_end = m[1]
    elif cue.nominal == "اعلام" and after in ("end", "plain") and _position_object(norm, toks, tok_starts, ss, ns):
        # «رئیس دفتر سیاسی حماس مخالفت خود را با ... اعلام کرد»: the announced position
        a, b = _position_object(norm, toks, tok_starts, ss, ns), ns
        mention_end = a
    elif after == "comma":
        a = c["after_pos"] + 1
        b = min(sent_end(a, p), a + 3000)
        plain = True
        k = a
        while k < p.end and norm[k] in " \u200c\t":
            k += 1
        if k < p.end and norm[k] in _OPEN and (close := _close_mark(norm, k + 1, norm[k], p.end)) >= 0 \
                and (norm[k + 1:close].rstrip(" \u200c").endswith((".", "!", "؟", "?"))
                     or len(norm[close + 1:sent_end(close + 1, p)].split()) < 2):
            # «گفت، «...»»: the marks hold the content; a quoted name in the clause («اعلام کرد، «آنگلا مرکل»
            # ... خواهد رفت») does not
            a, b, kind, plain = k + 1, close, "direct", False
    elif after == "plain" and cue.np in ("-", "after", "doc", "نسبت", "split-"):
        if cue.np == "-" and c["ti"] > 0 and False:
            return None
        nxt = toks[c["tj"] + 1][2] if c["tj"] + 1 < len(toks) else ""
        if nxt in _NO_PLAIN:
            return None
        a = c["after_pos"]
        b = min(sent_end(a, p), a + 3000)
        plain = True
        if cue.np == "-" and cue.verb not in ("گفت", "افزود", "فرمود") and not cue.nominal:
            return None
    else:
        return None
    if a is None:
        return None
    # the speaker
    if mention_end == ns and not cue.split:
        m = _subject(text, norm, toks, tok_starts, ss, ns)
    elif cue.split:
        m = _subject(text, norm, toks, tok_starts, ss, c["ns"])
    else:
        m = _subject(text, norm, toks, tok_starts, ss, mention_end) if mention_end != ns else None
        if m is None and mention_end != ns:
            m = (ss, mention_end) if ss < mention_end else None
    if subject is not None:
        m = subject
    if m is None:
        return None
    m = _subject_only(norm, toks, tok_starts, m, cut_object=cue.np != "را" and not object_only and not predicative)
    if plain and _RELATIVE_BEFORE.search(norm, max(0, m[0] - 30), m[0]):
        return None  # «فقط چیزی را که خودش گفت قبول کردم»: the cue sits in a relative clause
    if cue.np == "doc" and not _is_document(norm, m):
        return None  # «نشان داد»: only «نتایج این نظرسنجی نشان می‌دهد که ...», not «علاقه نشان داد»
    if plain and cue.verb == "فرمود" and not _honorific_speaker(norm, m):
        return None  # «توجه فرمودند و ...», «اساساً می‌فرمایند»: a light verb or no one named
    if (after == "comma" or toks[c["tj"]][2] in BARE_PRESENT.get(cue.verb, ())) \
            and not _clean_subject(norm, m, lexicon()):
        return None  # the newer, looser readings take only a clean noun-phrase subject
    if cue.np == "after" and cue.verb == "خواست" and after == "plain":
        seg = norm[m[1]:ns]
        if not re.search(r"(?<![\w\u200c])از(?![\w\u200c])", seg):
            return None
    a, b = _trim(text, a, b)
    if b - a < 2:
        return None
    if kind is None:
        kind = "indirect?"  # decided once the content's end is final
    if cue_parts:
        cue_text = cue_parts[0] + " ... " + cue_parts[1]
    else:
        cue_text = text[ns:ve]
    q = {"kind": kind, "speaker": "", "mention": text[m[0]:m[1]], "mention_norm": norm[m[0]:m[1]],
         "cue": cue_text, "content": None, "start": a, "end": b,
         "mention_start": m[0], "mention_end": m[1], "cue_start": ns if not cue_parts or cue.split else
         _first_tok_pos(norm, a), "cue_end": ve}
    if colon:
        q["_colon"] = q["_colon_quote"] = True
    if plain:
        q["_plain"] = True
    if (cue.np == "را" or predicative) and not norm[m[1]:a].strip(" \u200c") and c.get("generic") is None:
        q["_ra"] = True  # the object starts where the subject ends: see _split_subject
    if unsure:
        q["_ra"] = q["_ra_unsure"] = True
    if indep:
        q["_ra_indep"] = True  # see _split_subject
    if ra_clause and c.get("generic") is None:
        q["_ra"] = q["_ra_keep_start"] = True  # the mention is cut where the article names it; the content stays
    vkey = "".join(t[2] for t in toks[c["ti"]:c["tj"] + 1])
    if cue.nominal and vkey.startswith(cue.nominal):
        vkey = vkey[len(cue.nominal):]  # «تاکید کرده بودیم»: the light verb's form
    if c.get("first") or (key(q["mention_norm"]) in _FIRST_PRONOUNS and c["after"] in ("که", ":")
                          and _reported_first_person(norm, toks, c["ti"], c["tj"], vkey, cue.verb)):
        q["_first"] = True  # «من گفتم که …», «ما تاکید کرده بودیم که …»: kept only inside another quotation
    return q


_PREDICATE_CUES = {key(w) for w in _WORDS["predicate_cues"]}
_BARE_PREDICATE_CUES = {key(w) for w in _WORDS["bare_predicate_cues"]}
_RA_ADVERBS = {"نیز", "هم", "همچنین"}
_CONDEMN_CUES = {key(w) for w in _WORDS["condemn_cues"]}
_CLAIM_OBJECT_CUES = {key(w) for w in _WORDS["claim_object_cues"]}
_IMPERSONAL_KEYS = {key(w) for w in _WORDS["impersonal"]}


def _predicate_after(norm, toks, tok_starts, ra, ns):
    """Whether «X را Y cue» has a predicate Y between «را» and the cue: some word that is no preposition
    (not «به من», «به عنوان دستیار», «در داووس», nor a «که» clause), with an object other than «خود» («خود را
    دندانپزشک معرفی کرد»), and no «به» phrase (the one it is introduced to)."""
    i, j = _first_tok(tok_starts, ra + 2), _first_tok(tok_starts, ns)
    r = _first_tok(tok_starts, ra)
    if i >= j or toks[i][2] in _PREPOSITIONS or toks[i][2] in ("جهت", "طی", "نزد") or (r > 0 and toks[r - 1][2] == "خود"):
        return False
    # «... را شناسایی و به مراجع ذی صلاح معرفی کرده است»: referred to someone, no predicate
    return not any(t[2] == "به" for t in toks[i:j])


_WHILE = re.compile(r"(?<![\w\u200c])در[ \u200c]*حالی(?![\w\u200c])(?![ \u200c]*(?:که|است|بود)(?![\w\u200c]))")


def _while_open(norm, a, b):
    """A «در حالی» in ``a..b`` whose own «که» has not come yet: the next «که» is its clause."""
    last = None
    for m in _WHILE.finditer(norm, a, b):
        last = m
    return last is not None and not _THAT_WORD.search(norm, last.end(), b) and "،" not in norm[last.end():b]


# «چیزی را که»، «آنچه که» right before a subject: the cue's clause is relative
# («همان‌طور که رهبر انقلاب فرمودند، ...» does report: DECISIONS 13, the held-out 2 annotation)
_RELATIVE_BEFORE = re.compile(r"(?:(?<![\w\u200c])را|آنچه|هرچه)[ \u200c]*که[ \u200c]*$")
_IN_ANSWER = re.compile(r"(?<![\w\u200c])در[ \u200c]+پاسخ(?![\w\u200c])")
_IN_ANSWER_TO = re.compile(r"(?<![\w\u200c])در[ \u200c]+پاسخ[ \u200c]")


def _answerer(text, norm, toks, tok_starts, ss):
    """«وی در پاسخ به پرسشی مبنی بر اینکه ...؟ اظهار کرد: ...»: the question's «؟» ended the sentence
    before the cue; the speaker is the subject before «در پاسخ»."""
    lo = max(0, ss - 500, norm.rfind("\n", 0, ss) + 1)
    if not norm[lo:ss].rstrip(" \u200c\t\"»”،").endswith(("؟", "?")):
        return None
    last = None
    for m in _IN_ANSWER.finditer(norm, lo, ss):
        last = m
    if last is None:
        return None
    start = max(lo, max(norm.rfind(ch, lo, last.start()) for ch in ".؟?!") + 1)
    while start < last.start() and norm[start] in " \u200c\t":
        start += 1
    return _mention(text, norm, toks, tok_starts, start, last.start())


def _is_title(w):
    return spk.is_title_word(w) or spk.is_title_word(w.replace("ؤ", "ئ").replace("وو", "ئو"))


_NOUN_ROOTS = {"ساخت"}  # a cue's verb root that is also a noun inside office names («معاون ساخت و توسعه»)


def _long_office(norm, toks, tok_starts, ss, end):
    """«رئیس مرکز مدیریت حوادث و فوریت‌های پزشکی کهگیلویه و بویراحمد از ... خبر داد»: an office name too
    long for a noun phrase, opening the sentence with a title, up to the preposition or the cue."""
    c = norm.rfind(":", ss, end)
    if c >= 0:
        ss = c + 1  # «خبرگزاری فارس: مدیرکل دفتر امور اجتماعی و شوراهای استانداری ... گفت»: past the lead
    while ss < end and norm[ss] in " \u200c\t":
        ss += 1
    ss = _past_opener(norm, ss, end)  # «چندی پیش مدیر حوزه طرح‌های شرکت ساخت ... گفته است»
    i, j = _first_tok(tok_starts, ss), _first_tok(tok_starts, end)
    if i + 2 < j and spk.is_person_like(norm[toks[i][0]:toks[i + 1][1]]) and _is_title(toks[i + 2][2]) \
            and not any(ch in norm[ss:end] for ch in "،,:;.«»()"):
        return toks[i][0], toks[i + 1][1]  # «سجاد خالدی مسؤول مطالبه‌گری ... اظهار کرد»: the name before the title
    if i >= j or not _is_title(toks[i][2]) or any(ch in norm[ss:end] for ch in "،,:;.«»()"):
        return None
    forms = lexicon().verb_forms
    k = i
    while k < j and k - i < 16 and toks[k][2] not in ("از", "بر", "با", "در", "که", "را") \
            and (toks[k][2] not in forms or toks[k][2] in _NOUN_ROOTS):
        k += 1
    if k - i < 4 or (k < j and toks[k][2] in ("که", "را")) or toks[k - 1][2] == "و":
        return None
    return toks[i][0], toks[k - 1][1]


def _subject(text, norm, toks, tok_starts, ss, end):
    """The mention before a cue; past a participial phrase («X با بیان اینکه Y گفت») it is the noun
    phrase right before the phrase, not one inside Y."""
    last = None
    for pm in _PARTICIPIAL.finditer(norm, max(ss, end - 300), end):
        last = pm
    if last is not None and last.start() > ss and ":" not in norm[last.end():end]:
        m = _mention(text, norm, toks, tok_starts, ss, last.start()) or _long_office(norm, toks, tok_starts, ss, last.start())
        gap = norm[m[1]:last.start()] if m else ""
        rest = gap.strip(" \u200c").lstrip("،,").split()
        if gap.strip(" \u200c").startswith(("،", ",")) and rest and _is_title(key(rest[0])):
            # «سامح شکری، وزیر خارجه این کشور در جریان دیدار ... ضمن ...»: past the title in apposition
            k = next((i for i, w in enumerate(rest) if w in ("در", "با", "طی", "ضمن", "پس", "هنگام")), len(rest))
            gap = " ".join(rest[k:])
        # «علاوی در گفتگو با واشنگتن پست با تأکید بر اینکه ...»: adverbials may sit between;
        # «وی، در ادامه با بیان اینکه ...»: a comma only before a short adverbial
        plain_gap = not any(ch in gap for ch in "،,:;؛.«»") and len(gap.split()) <= 12
        short_adverbial = len(gap.split()) <= 4 and not any(ch in gap for ch in ":;؛.«»") and (
            not gap.strip(" \u200c،,") or key(gap.strip(" \u200c،,").split()[0]) in _ADVERBIAL_OPENERS)
        if m and (plain_gap or short_adverbial) and not _THAT_WORD.search(gap):
            return m
    dash = _OUTLET_DASH.match(norm, ss)
    if dash and dash.end() < end:
        ss = dash.end()  # «خبرگزاری فارس- بهرام سبحانی گفت»
    m = _mention(text, norm, toks, tok_starts, ss, end)
    if m is None:
        m = _long_office(norm, toks, tok_starts, ss, end)
    if m is None and not norm[ss:end].strip(" \u200c\t\"»”،"):
        m = _answerer(text, norm, toks, tok_starts, ss)
    if m is None and _SCENE.match(norm, ss):
        # «در آیین افتتاح ...، کامبیز زاهدپور، رئیس ...، بر اهمیت ... تأکید کرد»: the scene comes first
        c = norm.find("،", ss, end)
        m = _np_at(norm, toks, tok_starts, c + 1, end) if c >= 0 else None
        if m and not spk.is_person_like(norm[m[0]:m[1]]) and not spk.is_title_word(key(norm[m[0]:m[1]].split()[0])):
            m = None
    return m


def _glued_bar(w):
    """«برضرورت», «برحفظ», «برعملی»: the preposition «بر» written onto a common word, the whole no word of its own
    (not «برنامه», «برگزاری», «برخی»; not «براساس», «براین»: a compound preposition)."""
    freq = spk._freq()
    return len(w) >= 5 and w.startswith("بر") and w[2:] not in _BAR_COMPOUNDS and freq.get(w, 0) <= 50 \
        and freq.get(w[2:], 0) >= 100_000


_BAR_COMPOUNDS = {"اساس", "این", "آن", "همین", "پایه", "مبنای", "مبنا"}  # «براساس»: a compound preposition


def _past_epithet(toks, tok_starts, m, b, norm=None):
    """The subject ``m`` run on over its name in quotation marks (``_past_quoted_name``) and over a body named
    again right after it, «این/آن کشور», «همین سازمان»
    (``speakers.ORG_EPITHETS``), where the noun-phrase content follows: «وزارت بهداشت این کشور نسبت به
    افزایش آمار مبتلایان هشدار داد», «نخست وزیر موقت این کشور از ... انتقاد کرد»."""
    if norm is not None:
        m = _past_quoted_name(norm, m, b)
    i = _first_tok(tok_starts, m[1])
    if i + 2 < len(toks) and toks[i + 1][1] < b and toks[i][2] in _DEMONSTRATIVES \
            and toks[i + 1][2] in spk.ORG_EPITHETS and toks[i][0] - m[1] <= 2:
        return (m[0], toks[i + 1][1])
    return m


_QUOTED_NAME = re.compile(r'[ \u200c]*(?:"[^"\n.،:]{2,40}"|«[^«»\n.،:]{2,40}»|“[^“”\n.،:]{2,40}”)'
                          r'(?:[ \u200c]*\([A-Za-z][^()\n]{0,40}\))?'
                          r'|[ \u200c]*\([A-Za-z][^()\n]{0,40}\)')


def _past_quoted_name(norm, m, b):
    """The subject ``m`` run on over the name it heads written in quotation marks, with or without a Latin gloss
    («شرکت "اینوویو" (Inovio) از اهدای کمک هزینه ... خبر داد», «سایت «الریاض» از بدهی ... خبر داد», «مدیر بانک
    آمریکایی "جی پی مورگان" از ...»), or over a Latin gloss alone («شرکت اینوویو (Inovio) از ...»)."""
    q = _QUOTED_NAME.match(norm, m[1], b)
    return (m[0], q.end()) if q and q.end() < b else m


_ADVERBIAL_OPENERS = _WORDS["adverbial_openers"]
_GOVERNS_AZ = _WORDS["governs_az"]


def _az_after(norm, toks, tok_starts, a, b):
    """Index of the «از» that opens a stance's object right after the subject («وزیر (نیز) از باخت تیم ابراز
    تأسف کرد»), or past adverbials (``_prep_after``)."""
    i = _first_tok(tok_starts, a)
    while i < len(toks) and toks[i][0] < b and toks[i][2] in ("همچنین", "نیز", "هم", "امروز", "ضمنا"):
        i += 1
    if i < len(toks) and toks[i][0] < b and toks[i][2] == "از" and not norm[a:toks[i][0]].strip(" \u200c،"):
        return i
    return _prep_after(norm, toks, tok_starts, a, b, "از")


def _prep_after(norm, toks, tok_starts, a, b, prep, last=False):
    """Index of the «بر»/«از» that opens noun-phrase content in ``norm[a:b]``, past adverbial phrases
    («در جمع خبرنگاران», «ضمن قدردانی از ...،», «از ... بازدید کرد و», the rest of a name «... و بویراحمد»);
    None past a «که» or a sentence end."""
    i, j = _first_tok(tok_starts, a), _first_tok(tok_starts, b)
    if last:
        return next((k for k in range(j - 2, i, -1) if toks[k][2] == prep and toks[k - 1][2] not in _GOVERNS_AZ), None)
    if i < j and toks[i][2] not in _ADVERBIAL_OPENERS and toks[i][2] != "و" and "،" not in norm[a:toks[i][0]] \
            and not spk.is_title_word(toks[i][2]):  # «شریفی فرماندار راور با اشاره به ... از ...»: a title in apposition
        return None  # «11 بهمن 1397 رشد ... از ... خبر داد»: what follows the mention is no adverbial
    for k in range(i, j):
        w = toks[k][2]
        if w == "که":
            return None
        if k + 1 < len(toks) and any(ch in norm[toks[k][1]:toks[k + 1][0]] for ch in ".:؟!\n"):
            return None
        if w == prep and (k == i or toks[k - 1][2] not in _GOVERNS_AZ) and k < j - 1:
            return k
    return None


_ABOUT = re.compile(r"(?<![\w\u200c])(?:نسبت[ \u200c]+به|درباره(?:[ \u200c]*ی)?|در[ \u200c]*(?:مورد|خصوص|باره)"
                    r"|پیرامون)(?![\w\u200c])[ \u200c]*")


def _about_phrase(norm, toks, tok_starts, a, b):
    """Where the content of «X نسبت به/درباره Y هشدار داد» starts: right after «نسبت به» (or «درباره»,
    «در مورد») that follows the subject, with at least two words before the cue and no «که» or
    sentence end between; else None."""
    m = _ABOUT.match(norm, a + len(norm[a:b]) - len(norm[a:b].lstrip(" \u200c\t")), b)
    if m is None:
        return None
    seg = norm[m.end():b]
    if len(seg.split()) < 2 or _THAT_WORD.search(seg) or any(ch in seg for ch in ".:؟!\n"):
        return None
    return m.end()


_POINT_FILLERS = {"همچنین", "نیز", "هم", "سپس", "ضمنا", "در", "ادامه", "پایان", "بخش", "دیگری", "از", "سخنان", "خود"}


def _pointed_at(norm, toks, tok_starts, a, b):
    """Index of the «به» that opens the content of «X به Y اشاره کرد»: right after the subject (past
    «همچنین», «در ادامه سخنان خود»), else right after the first comma before the cue that «به» follows
    (past a participial «با اشاره به ...،»); None when none does or a sentence end or a quotation mark
    comes between."""
    i, j = _first_tok(tok_starts, a), _first_tok(tok_starts, b)
    starts = [i]
    c = norm.find("،", a, b)
    while c >= 0:
        starts.append(_first_tok(tok_starts, c + 1))
        c = norm.find("،", c + 1, b)
    for k in starts:
        while k < j and toks[k][2] in _POINT_FILLERS:
            k += 1
        if k < j - 2 and toks[k][2] == "به" and toks[k + 1][2] != "عنوان":  # «به عنوان ...» is no content
            if any(ch in norm[toks[k][1]:b] for ch in ".:؟!\n«»\"") or len(norm[toks[k][1]:b].split()) > 80:
                return None
            return k
    return None


def _states(norm, toks, tok_starts, a, b):
    """The noun phrase of «به Y اشاره کرد» states something: its head is a stance or fact noun
    («افزایش», «ضرورت»; ``[stance]``), or it runs fifteen words or more (an event told with its
    circumstances, a list of achievements) and its head names no topic."""
    head = _head_word(norm, toks, tok_starts, a, b)
    if not head or head in _WORDS["topics"] or head in _DEMONSTRATIVES:
        return False
    return head in _WORDS["stance"] or len(_TOK.findall(norm, a, b)) >= 15


_INDEFINITE = _WORDS["indefinite_objects"]


_CLAIM_DETERMINERS = {"این", "آن", "همین", "همان", "هرگونه", "تمام", "تمامی", "برخی"}


def _opens_claim(norm, a, ra):
    """Whether the object ``a..ra`` of a confirming or denying cue opens with the claim itself: a word of
    ``[denied]``, alone or after a determiner («خبر درج شده ... را تأیید کرد», «این شایعه را تکذیب کرد»), not with
    a clause or an adverbial that only ends in one («در توییتی مجزا این خبر را», «که آقای صالح این موضوع را»)."""
    words = _words(norm, a, ra)[:2]
    if words and words[0] in _CLAIM_DETERMINERS:
        words = words[1:]
    return bool(words) and words[0] in _WORDS["denied"]


def _object_cue(cue, toks, tok_starts, ns, after):
    """«X Y را خواستار شد/یادآور شد/خاطرنشان کرد»: a cue of ``[object_cues]`` with no clause after it and
    «را» right before its nominal; its content is the object Y."""
    i = _first_tok(tok_starts, ns)
    return after in ("end", "plain") and cue.nominal in _WORDS["object_cues"] and i > 1 and toks[i - 1][2] == "را"


_PREDICATIVE = _WORDS["predicative_cues"]
_PREDICATE_CLASSES = _WORDS["predicate_classes"]
_OBJECT_HEADS = _WORDS["object_heads"]
_EVENT_OBJECT_HEADS = _WORDS["event_object_heads"]


def _object_head_at(toks, fi, li, events=False):
    """Index of a word of ``[object_heads]`` («تعداد», «آمار», «شمار») inside the run of words ``fi..li`` read as
    the subject of a «را» cue: the object starts there («رئیس هیئت فوتبال استان تعداد نمایندگان استان ... را»);
    not after an organization's head, whose name it is part of («مرکز آمار ایران»). With ``events``, also a word
    of ``[event_object_heads]`` after a title or a name («رئیس اتحادیه کشوری طلا و جواهر بهبود بورس ... را»)."""
    # an event noun («بهبود», «پیروزی»; ``[event_object_heads]``) only after a person's name or a title
    # («این متخصص اپیدمیولوژی کاهش شاخص ... را ...»; not after an honorific, «حضرت آیت الله ... برگزاری انتخابات
    # را ... خواندند و فرمودند»: the article's own mention is taken there, see _split_subject)
    h = fi + 1 if fi + 1 < li and toks[fi][2] in _DEMONSTRATIVES else fi
    events = events and h < len(toks) and (_is_title(toks[h][2]) or spk.is_given_name(spk._k(toks[h][2])))
    for k in range(fi + 1, li):
        if toks[k][2] in _OBJECT_HEADS or events and toks[k][2] in _EVENT_OBJECT_HEADS and k > h + 1:
            prev = toks[k - 1][2]
            if prev in _ISSUERS or prev == "و" or spk._k(prev) in spk.org_heads() or _is_title(prev):
                continue  # («معاون آمار و اطلاعات»، «آمار و ارقام»)
            if toks[k][2] in ("آمار", "ارقام") and any(spk._k(t[2]) in spk.org_heads() or t[2] in _ISSUERS
                                                       for t in toks[fi:k]):
                continue  # «اداره ملی آمار چین»: a statistics office's name
            return k
    return None


_FIGURE_OPENERS = {"سالانه", "ماهانه", "روزانه", "هفتگی", "حدود", "حدودا", "بیش", "از", "بالغ", "بر", "نزدیک", "به", "کمتر",
                   "قریب", "حداقل", "حداکثر", "تقریبا", "افزون", "بالای", "تنها", "فقط"}


def _ra_predicate(cue, norm, toks, tok_starts, ss, ns, after):
    """«X Y را Z اعلام/بیان کرد» read like «دانست» (DECISIONS 18, 38): a cue of ``[predicative_cues]`` with no
    clause after it, whose object «Y را» is followed by a predicate Z before the nominal: a figure («تعداد
    مبتلایان را ۷۶۳ نفر اعلام کرد») or «از» + a class («... را از اهداف اصلی این دانشگاه اعلام کرد»).
    «حمایت خود را از ... اعلام کرد» (a position, read elsewhere) and «را از طریق ...» (a means) are not."""
    if after not in ("end", "plain") or cue.nominal not in _PREDICATIVE or ":" in norm[ss:ns]:
        return False  # (inside colon content the object's own clause has no subject to read)
    j = _first_tok(tok_starts, ns)
    lo = _first_tok(tok_starts, ss)
    r = next((k for k in range(j - 2, max(lo, j - 14) - 1, -1) if toks[k][2] == "را"), None)
    if r is None or r - 1 < lo or any(ch in norm[toks[r][1]:ns] for ch in "،,:;؛.«»()\"") \
            or toks[r - 1][2] in ("خود", "خویش", "آن", "این", "آنها", "آنرا") or toks[r - 1][2] in _WORDS["positions"]:
        return False
    w = toks[r + 1][2]
    f = r + 1
    while f < j - 1 and f - r <= 4 and toks[f][2] in _FIGURE_OPENERS:
        f += 1  # «… را سالانه بیش از 800 هزار تن اعلام کرد»: a rate and a qualifier before the figure
    if f > r + 1 and (toks[f][2].isdigit() or toks[f][2] in _NUMBER_WORDS):
        w = toks[f][2]
    if w.isdigit() or (w in _NUMBER_WORDS and w not in ("یک", "یکی")):
        return True  # («را یک همه‌گیری اعلام کرد»: an indefinite article, not a figure)
    if r + 1 < j and w not in _PREPOSITIONS and w not in ("طی", "ضمن", "نیز", "هم") and any(
            toks[k][2] in _CLASS_HEADS or toks[k][2].endswith("ترین") for k in range(max(lo, r - 10), r)):
        return True  # «دلایل موفقیت کشتی را وجود ورزشکاران با استعداد بیان کرد»: the object names a class, Z fills it
    return w == "از" and r + 2 < j and (toks[r + 2][2] in _PREDICATE_CLASSES or toks[r + 2][2].endswith("ترین"))


_CLASS_HEADS = _PREDICATE_CLASSES - {"عمده", "جمله", "دیگر"}


def _relative_object(toks, i):
    """«چیزی را تأیید می‌کند که ...»: an indefinite object with «را» right before the cue."""
    return i >= 2 and toks[i - 1][2] == "را" and toks[i - 2][2] in _INDEFINITE


_SCENE_NOUNS = _WORDS["scene_events"] | _WORDS["scene_heads"] | {key(w) for w in _NOT_A_PLACE} | {"مجمع", "نشستخبری"}
_SCENE_TIME = {"امروز", "دیروز", "امشب", "اخیرا", "پیشتر"}


def _past_scene(norm, toks, tok_starts, a, ra):
    """Where a «را» cue's object starts past the time and scene adverbials that sit between the subject and
    the object («روز گذشته در حاشیه سفر به کرمان در گفت‌وگو با خبرنگار فارس اشراف بر حوزه گردشگری را ...»,
    «ظهر امروز در مجمع هیات کشتی استان کردستان در سنندج اولویت ... را ...», «در نشست خبری خود «...» را»):
    a time word or pair («روز گذشته»), then «در/طی» + a scene noun running to «خود», to «خبرنگار» + its outlet,
    or to the next «در»; ``a`` where none is, or where no object would be left."""
    i, j = _first_tok(tok_starts, a), _first_tok(tok_starts, ra)
    if i < j and norm[a:toks[i][0]].strip(" \u200c\t"):
        return a
    k, moved = i, False
    while k < j:
        w = toks[k][2]
        if w in _SCENE_TIME:
            k, moved = k + 1, True
            continue
        if w in _TIME_HEADS and k + 1 < j and toks[k + 1][2] in _TIME_TAILS:
            k, moved = k + 2, True
            continue
        if w in ("در", "طی") and k + 3 < j and toks[k + 1][2] in _DEMONSTRATIVES and toks[k + 2][2] in _SCENE_NOUNS:
            k, moved = k + 3, True  # «خاتمی در این دیدار برگزاری … را … دانست»: the scene told before
            continue
        if w in ("در", "طی") and k + 1 < j and toks[k + 1][2] in _SCENE_NOUNS:
            e = k + 2
            while e < j and toks[e][2] not in ("در", "خود", "خبرنگار", "خبرنگاران", "را") \
                    and not any(ch in norm[toks[e - 1][1]:toks[e][0]] for ch in "،,:;؛.«»\"()"):
                e += 1
            if e < j and toks[e][2] == "خود":
                e += 1
            elif e + 1 < j and toks[e][2] == "خبرنگار":
                e += 2  # «در گفت‌وگو با خبرنگار فارس»
            elif e < j and toks[e][2] == "خبرنگاران":
                e += 1
            elif not (e < j and toks[e][2] == "در"):
                break
            k, moved = e, True
            continue
        break
    if not moved or k >= j or any(ch in norm[toks[i][0]:toks[k - 1][1]] for ch in "،,:;؛.«»\"()") \
            or norm[toks[k - 1][1]:toks[k][0]].strip(" \u200c\t") not in ("", "«", "“", "\""):
        return a
    e = toks[k - 1][1]
    while e < toks[k][0] and norm[e] in " \u200c\t":
        e += 1
    return e  # («در نشست خبری خود «سازمان پزشکی قانونی» را ...»: the object keeps its opening mark)


_INVITES = {"دعوت"}
_SUBJUNCTIVE_LIGHT = {"کنند", "کند", "شوند", "شود", "باشند", "باشد", "دهند", "دهد", "نمایند", "نماید", "بمانند", "بماند",
                      "بیایند", "بیاید", "بپیوندند", "بپیوندد", "بروند", "برود", "بگیرند", "بگیرد"}


def _subjunctive_clause(norm, a, b):
    """Whether ``norm[a:b]`` is a clause ending in a present subjunctive («... بازدید کنند», «... بیایند و ...
    شرکت کنند»): what someone is invited or asked to do; not a past («... بازدید کردند»)."""
    words = [key(w) for w in _TOK.findall(norm, a, b)]
    return len(words) >= 3 and words[-1] in _SUBJUNCTIVE_LIGHT and words[0] not in _NO_PLAIN


def _object_list(norm, a, cm, ra):
    """Where the object starts (past «نیز/همچنین») if the commas in the «را» object ``a .. ra`` separate the items of a list rather than a subject's
    apposition: the object opens right at ``a`` with no comma («فتحی آموزش علوم کاربردی، آموزش با تکیه بر ...
    و آموزش از طریق ... را از اهداف ... اعلام کرد», «... اعم از هتل، هتل‌آپارتمان، مهمانپذیرها و... را») and its
    last item joins the list with «و»; None where a title in apposition («خلیل نصرالله، روزنامه‌نگار لبنانی،
    این اقدامات را»), a subject that runs into a comma or an adverbial before the comma keeps the cut."""
    seg = norm[a:cm]
    if not seg.strip(" \u200c") or seg.lstrip(" \u200c\t").startswith(("،", ",")):
        return None
    first = _TOK.match(norm, a + len(seg) - len(seg.lstrip(" \u200c\t")))
    while first is not None and key(first.group()) in _LIST_ADVERBS and first.end() < cm:
        first = _TOK.match(norm, first.end() + len(norm[first.end():cm]) - len(norm[first.end():cm].lstrip(" \u200c\t")))
    if first is None or _is_title(key(first.group())) or spk.is_person_like(norm[first.start():norm.find("،", a, cm + 1)]):
        return None
    w = key(first.group())
    if w in _PREPOSITIONS or w in _ADVERBIAL_OPENERS or w in _TEMPORAL or w in _SUBORD or w in _LIST_OPENERS \
            or w in _DEMONSTRATIVES:
        return None  # «در این دیدارها ضمن بیان ...، افتخار ... را», «پیش از این، ...»: an adverbial ends at the comma
    return first.start() if re.search(r"(?<![\w\u200c])و(?![\w\u200c])", norm[cm:ra]) else None


_LIST_ADVERBS = {"نیز", "هم", "همچنین", "ضمنا"}
_LIST_OPENERS = {"پیش", "پس", "بعد", "ضمن", "پیرامون", "درباره", "طی", "هنگام", "حین", "هم"}


def _finite_and(toks, lo, hi):
    """Index of the last «و» among tokens ``lo + 1 .. hi - 1`` right after a finite verb («... هم نرسید و»; not a
    past root, which is often a noun: «نشست و»), or None."""
    forms, roots = finite_forms(), past_roots()
    for k in range(hi - 1, lo, -1):
        if toks[k][2] == "و" and toks[k - 1][2] in forms and toks[k - 1][2] not in roots:
            return k
    return None


def _after_finite_and(toks, tok_starts, a, b):
    """Position after the last «و» in ``[a, b)`` that follows a finite verb (``_finite_and``), ``a`` when there is none."""
    k = _finite_and(toks, _first_tok(tok_starts, a), _first_tok(tok_starts, b))
    return a if k is None else toks[k][1]


def _after_object_clause(toks, tok_starts, a, b):
    """Position after the last «و» in ``[a, b)`` that closes a clause with its own «را» object and verb
    («وزیر ... توپ را به زمین صداوسیما انداخته و آنها را مقصر دانسته»): that clause is not the content of the
    cue; ``a`` when there is none. A participle before «و» with no «را» before it is an adjective
    («اقدامات انجام شده و برنامه‌ها را ...»), so the «را» is required."""
    i, j = _first_tok(tok_starts, a), _first_tok(tok_starts, b)
    ra = [k for k in range(i, j) if toks[k][2] == "را"]
    if len(ra) < 2:
        return a
    k = _finite_and(toks, ra[0] + 1, ra[-1])
    return a if k is None else toks[k][1]


def _after_last_clause(toks, tok_starts, a, b):
    """Position after the last «و» (or «اما», «ولی») that follows a finite verb in ``[a, b)`` (``a`` when there is none):
    the start of the last of several coordinated clauses sharing one subject."""
    forms = lexicon().verb_forms
    i, j = _first_tok(tok_starts, a), _first_tok(tok_starts, b)
    for k in range(j - 1, i, -1):
        if toks[k][2] in ("و", "اما", "ولی") and toks[k - 1][2] in forms and k - 1 >= i:
            return toks[k][1]  # («این منبع تعداد نیروها را توضیح نداد اما حجم آن را بسیار ... توصیف کرد»)
    return a


# words before a document's head that leave it a document: «یک مطالعه», «برخی (از) پژوهش‌ها», «این نظرسنجی»
_DOC_OPENERS = {"این", "همین", "آن", "تازهترین", "آخرین", "جدیدترین", "یک", "برخی", "بسیاری", "تعدادی", "شماری", "از"}
_FINDINGS = _WORDS["findings"]   # «نتیجه یک تحقیق نشان می‌دهد», «پژوهش‌ها نشان داده‌اند» (quote_words.txt)


_HONORIFIC_SPEAKERS = _WORDS["honorific_speakers"]


def _honorific_speaker(norm, m):
    """Who «فرمود» reports with a plain clause: a title, a name, an organization or an honorific head
    («امام راحل», «مقام معظم رهبری», «حضرت آقا», «آیت‌الله مطهری»), as a clean subject."""
    words = norm[m[0]:m[1]].split()
    if not words or not _clean_subject(norm, m, lexicon()):
        return False
    first = key(words[0])
    return first in _HONORIFIC_SPEAKERS or _is_title(first) or spk._k(words[0]) in spk.org_heads() \
        or spk.is_person_like(" ".join(words))


def _is_document(norm, m):
    """A mention naming a text, a survey or figures («این نظرسنجی», «نتایج بررسی‌ها», «آمارها», «یک مطالعه»,
    «برخی پژوهش‌ها», «جدیدترین بررسی‌های موسسه گارتنر»)."""
    words = _words(norm, m[0], m[1])
    while words and words[0] in _DOC_OPENERS:
        words = words[1:]
    if not words:
        return False
    docs = _DOCS | _DOC_WORDS | _WORDS["according_to_comma"] | _FINDINGS
    head = words[0]
    return head in docs or (head.endswith("های") and head[:-1] in docs)


def _announces(toks, tok_starts, ns):
    """«... موارد زیر را اعلام کرد:»: the cue announces a report that follows, it quotes nothing itself."""
    i = _first_tok(tok_starts, ns)
    return i >= 2 and toks[i - 1][2] == "را" and toks[i - 2][2] in ("زیر", "ذیل")


_MEDIA = _WORDS["media"]


def _outlet_reports(q):
    """«رسانه عرب‌زبان الخلیج آنلاین نوشت»، «طبق گزارش گاردین»: an outlet reporting is a source, not a
    speaker (DECISIONS 12); a site that comments («... تفسیر می‌کند») still speaks."""
    words = _TOK.findall(q.get("mention_norm") or q["mention"])
    if len(words) > 1 and key(words[0]) in _DEMONSTRATIVES:
        words = words[1:]  # «این خبرگزاری گزارش داد»
    first = key(words[0]) if words else ""
    if first == "گزارش":
        words = _TOK.findall(q.get("mention_norm") or q["mention"])
        return len(words) > 1 and is_outlet(words[1])
    return first in _MEDIA and key(q["cue"].split(" ... ")[-1]).startswith(("نوشت", "گزارشداد", "خبرداد"))


def _position_object(norm, toks, tok_starts, ss, ns):
    """Start of «مخالفت/آمادگی/حمایت (خود) را ...» before «اعلام کرد», or None."""
    i, j = _first_tok(tok_starts, ss), _first_tok(tok_starts, ns)
    for k in range(i + 1, j):
        if toks[k][2] in _WORDS["positions"] and any(toks[t][2] == "را" for t in range(k + 1, min(j, k + 4))) \
                and j - k >= 4:  # «موافقت خود را اعلام کرد» alone says too little
            return toks[k][0]
    return None


def _first_word(norm, a):
    m = _TOK.match(norm, a)
    return key(m.group()) if m else ""


def _words(norm, a, b):
    return [key(w) for w in _TOK.findall(norm, a, b)]


def _last_ra(norm, a, b):
    """Where the last «را» in ``a..b`` starts (``b`` where there is none)."""
    last = b
    for m in _RA.finditer(norm, a, b):
        last = m.start()
    return last


def _long_object_subject(norm, toks, tok_starts, ss, ns):
    """«X Y را Z برشمرد» where X and a long Y run together past the noun-phrase reader's reach: the clause's
    first word (a title, not a function word) stands for the subject, with no clause verb, comma or
    parenthesis-free break before the last «را»; _split_subject then takes the article's own mention."""
    ra = _last_ra(norm, ss, ns)
    if ra >= ns or any(ch in norm[ss:ra] for ch in "،,:;.؟!«»\""):
        return None
    i = _first_tok(tok_starts, ss)
    if i >= len(toks) or toks[i][0] != ss or toks[i][2] in spk.STOP or not _is_title(spk._k(toks[i][2])) \
            or _has_cue_word(norm, ss, ra):
        return None
    return toks[i][0], toks[i][1]


def _has_cue_word(norm, a, b):
    lex = lexicon()
    for m in _TOK.finditer(norm, a, b):
        if key(m.group()) in lex.verb_forms:
            return True
    return False


def _has_reporting_cue(norm, a, b):
    """A reporting cue in ``norm[a:b]``: a verb form of a simple cue («گفت», «افزود»), or of a light verb right after
    its cue's nominal («اعلام کرد», «خاطر نشان ساخت»); not a light verb or a copula alone («حضور نداشت», «قرار
    دارد», «است»), which only ends the clause."""
    lex = lexicon()
    words = [key(m.group()) for m in _TOK.finditer(norm, a, b)]
    for n, w in enumerate(words):
        root = lex.verb_forms.get(w)
        if root is None:
            continue
        if ("", root) in lex.cues or any((nom, root) in lex.cues
                                         for nom in ("".join(words[max(0, n - k):n]) for k in (1, 2, 3)) if nom):
            return True
    return False


def _first_tok_pos(norm, a):
    # the «از» before noun-phrase content
    i = norm.rfind("از", 0, a)
    return i if i >= 0 else a


def _read_participial(text, norm, toks, tok_starts, m, p, sent_start, sent_end, cue_starts, colon_cues=None,
                      cue_np=None):
    """«X با بیان اینکه Y، گفت: Z» (also ``ضمن اعلام``, ``با اشاره به`` + a stated noun phrase): Y runs
    to the comma or semicolon before the main cue, or, with none, up to the main cue itself."""
    ss = sent_start(m.start(), p)
    se = sent_end(m.end(), p)
    colon_cues = colon_cues or {}
    # the main cue of the clause, after the participial phrase
    i = bisect_right(cue_starts, m.end())
    if i >= len(cue_starts) or cue_starts[i] >= se:
        # no reporting verb follows («با ابراز امیدواری از اینکه Y، برای ورزشکاران آرزوی موفقیت کرد»):
        # a «که» clause still reports Y, up to the first comma
        main = min((x for x in (norm.find(ch, m.end(), se) for ch in "،؛;") if x >= 0), default=-1)
        if not m.group(2) or main < 0:
            return None
    else:
        # the main cue: the first that closes its clause (a colon, «که», a comma or the end follows),
        # else the first after a comma, else the first
        # («با بیان اینکه در حدیث می‌فرمایند هر کس ...، تصریح کرد:»: «می‌فرمایند» is inside the clause)
        cands = [c for c in cue_starts[i:i + 12] if c < se]
        main = next((c for c in cands if colon_cues.get(c) in (":", "mark")), None)
        if main is None:
            main = next((c for c in cands if c in colon_cues), None)
        if main is None:
            main = next((c for c in cands if any(ch in norm[m.end():c] for ch in "،؛;")), cands[0])
        if not any(ch in norm[m.end():main] for ch in "،؛;"):
            main = cands[0]  # no comma: the nearest cue ends the phrase («... از آنها ... نام برد و افزود:»)
    sep = max(norm.rfind(ch, m.end(), main) for ch in "،؛;")
    prep = (cue_np or {}).get(main)
    if sep >= 0 and prep in ("به", "بر"):
        # «با اشاره به انجام صدها پروژه ...، به موافقت‌نامه ...، سفر مقامات ... اشاره کرد»: the main cue's own
        # «به/بر» phrase (a list with commas of its own) starts after the first comma that opens it
        own = re.compile(r"[،؛;][ \u200c]*" + prep + r"[ \u200c]").search(norm, m.end(), main)
        if own is not None:
            sep = own.start()
    head = _head_word(norm, toks, tok_starts, m.end(), main)
    if key(m.group(1)) == "رد" and head not in _WORDS["denied"]:
        return None  # «با رد ادعای X» denies a claim (DECISIONS 14); «با رد صلاحیت» rejects, «با رد شدن» is an event
    if not m.group(2) and (head in _WORDS["topics"] or not head
                           or (key(m.group(1)).startswith("اشاره") and head not in _WORDS["stance"])):
        return None  # «با اشاره به راهپیمایی ۲۲ بهمن، گفت»: a topic, not a view
    if sep < 0:
        # «حسینی با بیان اینکه سه هزار میلیارد ریال ... است گفت:»: no comma, the clause ends at the cue
        stressed = key(m.group(1)).startswith("تاکید")  # «با تأکید بر تداوم راه شهید … گفت»: what one stresses is a view
        # «وی با بی اساس خواندن نگرانی در مورد دانش پزشکان خانواده گفت»: what one judges so is a view (DECISIONS 59)
        stressed = stressed or key(m.group(1)).endswith(_JUDGING)
        # «با انتقاد (شدید) از این اصلاحات اعلام کرد», «با استقبال از پیشنهاد …», «با اظهار خشنودی از امضای …
        # گفت»: what one criticizes, welcomes or is pleased with is a stance (DECISIONS 22, 63)
        stressed = stressed or key(m.group(1)).startswith(_OBJECT_STANCES)
        # «وزارت بهداشت افغانستان با اعلام ابتلای 6402 نفر به کرونا … هشدار داد», «ضمن اعلام مخالفت با طرح …
        # گفت»: an announced figure or position is a report; not «با اعلام این خبر گفت» (the news the next
        # clause tells), nor an act («با اعلام ختم جلسه», «با اعلام لغو مراسم»)
        stressed = stressed or key(m.group(1)) == "اعلام" \
            and _first_word(norm, _trim(text, m.end(), main)[0]) not in _DEMONSTRATIVES \
            and (head in _WORDS["positions"] or head in _WORDS["stance"] or _DIGITS.search(norm, m.end(), main))
        if not (m.group(2) or head in _WORDS["stance"] or stressed) or len(norm[m.end():main].split()) > 60:
            return None
        sep = main
        prep = (cue_np or {}).get(main)
        if prep in ("از", "بر") and not m.group(2):
            # «با اشاره به نقش خبرنگار از آنها به عنوان راویان ... نام برد»: the main cue's own «از ...»
            k = _prep_after(norm, toks, tok_starts, m.end(), main, prep, last=True)
            if k is not None:
                sep = toks[k][0]
    a, b = _trim(text, m.end(), sep)
    if key(m.group(1)).endswith(_JUDGING):
        # «ضمن مثبت دانستن آزادی زندانیان ... درباره‌ی انتقاداتی که ... گفت»: the judged object ends before the
        # next clause's «درباره/در پاسخ به» phrase; none where a «که» clause still runs inside
        nxt = _ABOUT.search(norm, a, b) or _IN_ANSWER_TO.search(norm, a, b)
        if nxt is not None and len(norm[a:nxt.start()].split()) >= 3:  # («نگرانی در مورد …»: the noun's own)
            b = _trim(text, a, nxt.start())[1]
        if "که" in _words(norm, a, b):
            return None
    while (tail := re.search(r"[ \u200c]+(?:همچنین|نیز|هم)$", norm[a:b])) and tail.start() > 0:
        b = a + tail.start()  # «ضمن تاکید بر حسن نیت فقهای شورای نگهبان همچنین گفت»: the adverb is the clause's
    if b - a < 2:
        return None
    kind = _kind_of(norm, a, b)
    if norm[a] in _OPEN and _close_mark(norm, a + 1, norm[a], b) == b - 1:
        a, b, kind = a + 1, b - 1, "direct"  # «با تأکید بر اینکه "پدرم ... نبود"، یادآور شد»
    mn = _mention(text, norm, toks, tok_starts, ss, m.start()) or _long_office(norm, toks, tok_starts, ss, m.start())
    if not mn:
        return None
    cue_text = text[m.start():m.end(1)]
    if m.group(2):
        # «با اشاره به اینکه»/«با تأکید بر اینکه»: the short cue (the preposition governs the clause)
        cue_text = _PREP_TAIL.sub("", text[m.start():m.end(1)])
    return {"kind": kind, "speaker": "", "mention": text[mn[0]:mn[1]],
            "mention_norm": norm[mn[0]:mn[1]], "cue": cue_text, "content": text[a:b], "start": a, "end": b,
            "mention_start": mn[0], "mention_end": mn[1], "cue_start": m.start(), "cue_end": m.end(1)}


def _head_word(norm, toks, tok_starts, a, b):
    """The head of the noun phrase at ``a`` (past a demonstrative: «این موضوع» → «موضوع»)."""
    i = _first_tok(tok_starts, a)
    while i < len(toks) and toks[i][0] < b and toks[i][2] in ("این", "آن", "همین", "همان", "برخی", "یکی", "از"):
        i += 1
    return toks[i][2] if i < len(toks) and toks[i][0] < b else ""


def _read_indicates(text, norm, toks, tok_starts, m, p, sent_start, sent_end):
    """«X حاکی (از آن) است که/، Y»: content Y, the speaker the document X before the cue."""
    k = m.end()
    while k < p.end and norm[k] in " \u200c\t":
        k += 1
    if norm.startswith("که", k) and (k + 2 >= len(norm) or not (norm[k + 2].isalnum() or norm[k + 2] == "\u200c")):
        k += 2
    elif k < p.end and norm[k] in "،:":
        k += 1
    else:
        return None
    ss = sent_start(m.start(), p)
    cm = max(norm.rfind("،", ss, m.start()), norm.rfind(":", ss, m.start()))
    ms, me = _trim(text, max(ss, cm + 1), m.start())
    seg = norm[ms:me]
    if 1 <= len(seg.split()) <= 5 and not any(ch in seg for ch in ".;؛«»\"()"):
        mn = (ms, me)  # the document: «این گزارش», «برخی گزارش‌ها», «شواهد»
    else:
        mn = _mention(text, norm, toks, tok_starts, ss, m.start())
    if not mn or norm[mn[1]:m.start()].strip(" \u200c\t"):
        return None
    a, b = _trim(text, k, sent_end(k, p))
    if b - a < 5:
        return None
    colon = norm.find(":", a, min(b, a + 40))
    if colon >= 0 and len(norm[a:colon].split()) <= 4 and _has_cue_word(norm, a, colon):
        return None  # «این گزارش حاکی است، وی افزود: ...»: the report passes on the speaker's own cue
    return {"kind": _kind_of(norm, a, b), "speaker": "", "mention": text[mn[0]:mn[1]], "mention_norm": norm[mn[0]:mn[1]],
            "cue": text[m.start():m.end()], "content": text[a:b], "start": a, "end": b,
            "mention_start": mn[0], "mention_end": mn[1], "cue_start": m.start(), "cue_end": m.end(),
            "_transparent": True}


# «این آمار حکایت از بهبود 80 درصدی مبتلایان دارد», «داده‌ها حکایت از افزایش نرخ بیکاری است», «نظرسنجی‌ها حاکی
# از پیشتازی بایدن است»: a document's finding as a noun phrase between «از» and the verb (DECISIONS 58)
_INDICATES_NP = re.compile(word_start(r"حاکی[ \u200c]+از", r"حکایت[ \u200c]+از") + r"(?=[ \u200c])")
_INDICATES_VERBS = {"است", "بود", "دارد", "دارند", "داشت", "داشتند", "میکند", "میکنند", "کرد"}


def _read_indicates_np(text, norm, toks, tok_starts, m, p, sent_start, sent_end):
    """«DOC حکایت/حاکی از X دارد/است» (cue «حکایت از ... دارد»): content X, the speaker the document DOC right
    before the cue; «حکایت از آن دارد که Y» gives Y. Only a document, a survey or figures speak so («شواهد», «این
    آمار», «نظرسنجی‌ها»; not «زمزمه‌هایی … حکایت از … دارد», DECISIONS 33)."""
    i = _first_tok(tok_starts, m.end())
    se = sent_end(m.end(), p)
    if i >= len(toks) or toks[i][0] >= se:
        return None
    clause = toks[i][2] in ("آن", "این")
    if clause and key(norm[m.start():m.end()]).startswith("حاکی"):
        return None  # «حاکی از آن است که»: read by _read_indicates
    v = next((k for k in range(i + (1 if clause else 0), min(len(toks), i + 40)) if toks[k][0] < se
              and toks[k][2] in _INDICATES_VERBS), None)
    if v is None or (not clause and v == i) or any(ch in norm[m.end():toks[v][0]] for ch in ":؛;«»"):
        return None
    vend = toks[v][1]
    if toks[v][2] in ("بود", "داشت") and v + 1 < len(toks) and toks[v + 1][2] == "است":
        vend = toks[v + 1][1]  # «حکایت از ... داشته است» is keyed «داشته»; «بوده است»
    if clause:
        if v != i + 1:
            return None
        k = _first_tok(tok_starts, vend)
        if k >= len(toks) or toks[k][2] != "که" or toks[k][0] >= se:
            return None
        a, b = _trim(text, toks[k][1], se)
    else:
        a, b = _trim(text, toks[i][0], toks[v][0])
    if b - a < 5 or len(norm[a:b].split()) < 2 or _INDICATES_NP.search(norm, a, b):
        return None  # «گزارش‌های حاکی از شیوع کرونا حاکی از آن است که»: the first «حاکی از» qualifies a noun
    ss = sent_start(m.start(), p)
    cut = max(norm.rfind("،", ss, m.start()), norm.rfind(":", ss, m.start()))
    for t in _THAT_WORD.finditer(norm, ss, m.start()):
        cut = max(cut, t.end())
    ms = _past_opener(norm, _trim(text, max(ss, cut + 1), m.start())[0], m.start())
    ms, me = _trim(text, ms, m.start())
    while (w := _TOK.match(norm, ms)) and key(w.group()) in _FILLERS and w.end() < me:
        ms = _trim(text, w.end(), me)[0]  # «اما شواهد حکایت از ...»
    when = re.search(r"[ \u200c]+طی[ \u200c]", norm[ms:me])
    if when:
        me = _trim(text, ms, ms + when.start())[1]  # «داده‌های … در آمریکا طی ماه آگوست»: the time is no part of it
    seg = norm[ms:me]
    if not 1 <= len(seg.split()) <= 12 or any(ch in seg for ch in ".;؛«»\"") or not _is_document(norm, (ms, me)):
        return None
    tail = re.search(r"(?:[ \u200c]+(?:هم|نیز|همچنین|به[ \u200c]+تدریج|همچنان))+$", norm[ms:me])
    if tail and tail.start() > 0:
        me = ms + tail.start()  # «نظرسنجی‌ها هم حکایت از …»: the adverb is no part of the document
    cue = text[m.start():m.end()] + " ... " + text[toks[v][0]:vend] if not clause else text[m.start():vend]
    return {"kind": _kind_of(norm, a, b), "speaker": "", "mention": text[ms:me], "mention_norm": norm[ms:me],
            "cue": cue, "content": text[a:b], "start": a, "end": b,
            "mention_start": ms, "mention_end": me, "cue_start": m.start(), "cue_end": vend}


_JUDGING = ("شمردن", "خواندن", "دانستن", "ارزیابیکردن")
_OBJECT_STANCES = ("انتقاد", "استقبال", "ابرازخرسندی", "ابرازخشنودی", "اظهارخرسندی", "اظهارخشنودی")
_FORECASTS = _WORDS["forecasts"]   # «بر اساس پیش‌بینی کارشناسان …» (quote_words.txt)


def _comma_within(norm, a, se):
    """A comma (or a colon, a semicolon) within the 80 characters after ``a`` in the sentence ending at ``se``."""
    return any(norm.find(ch, a, min(se, a + 80)) >= 0 for ch in "،؛;:")


_PRESENT_VERB = re.compile(r"(?<![\w\u200c])ن?می\u200c?(?:بایست|توان|شود|کند|باشد)")


def _read_according(text, norm, toks, tok_starts, m, p, sent_end):
    head = m.group(1)
    hk = key(head)
    j = _first_tok(tok_starts, m.start())
    i = _first_tok(tok_starts, m.end())
    if i >= len(toks):
        return None
    first = toks[i][2]
    mid = False
    if j > 0 and toks[j - 1][0] >= p.start:
        gap = norm[toks[j - 1][1]:m.start()]
        if not any(ch in gap for ch in ".،:؟!\n") and toks[j - 1][2] not in ("که", "و", "اما", "ولی", "همچنین"):
            if not (hk in _BY_DOC and first == "اعلام"):
                return None
            mid = True  # «آمار ... طبق اعلام معاون وزیر به 1135 نفر رسید»: the content follows the speaker
    cue_end = m.end()
    comma_only = False
    opinion = False
    if hk == "بنابه" and first not in _STATED:
        return None  # «بنا به گزارش خبرنگار ما»: the outlet's own lead (a document after «بنا به» is a source)
    if hk in _BY_DOC:
        if first in _FORECASTS and i + 1 < len(toks) and not _comma_within(norm, toks[i][1], sent_end(m.end(), p)):
            # «بر اساس پیش‌بینی کارشناسان هواشناسی این توده ...» with no comma: the forecast's holder speaks,
            # read like «طبق نظر پزشکان»
            opinion = True
            cue_end = toks[i][1]
            i += 1
            first = toks[i][2]
        elif first in _WORDS["according_to_comma"]:
            comma_only = True  # «بر اساس سیاست‌های کلان شستا، ...»
        elif first == "این" and i + 1 < len(toks) and toks[i + 1][2] in _WORDS["according_to_comma"] \
                and toks[i + 1][2] not in _DOC_AFTER_THIS and toks[i + 1][2] not in _DOCS:
            comma_only = True  # «بر اساس این قوانین جدید، …»: the document itself speaks (DECISIONS 51)
        elif first == "دستور" and i + 1 < len(toks):
            # «براساس دستور رییس‌جمهور، ستاد … تشکیل می‌شود»: the one who ordered speaks (DECISION 63)
            comma_only = True
            cue_end = toks[i][1]
            i += 1
            first = toks[i][2]
        elif first not in _DOC_WORDS and not ((first == "این" or first == "یک" and not (j > 0 and toks[j - 1][2] == "که"))
                                                and i + 1 < len(toks)
                                                and (toks[i + 1][2] in _DOC_AFTER_THIS or toks[i + 1][2] in _DOCS)) \
                and _bare_document(norm, toks, i, sent_end(m.end(), p)) is None:
            # («بر اساس یک مطالعه مروری در سال ۲۰۱۵، …», «طبق یک نظرسنجی، …»: an indefinite document speaks too
            # (DECISION 70), not inside a «که» clause: «… که طبق یک گزارش محلی صرف، اعلام نظر کرده باشیم»)
            return None
        opinion = opinion or first in ("نظر", "نظرات", "توصیه", "توصیههای")
        if first in ("سخنان", "اظهارات", "گفته", "گفتههای", "اعلام", "نظر", "نظرات", "توصیه", "توصیههای"):
            cue_end = toks[i][1]
            i += 1
        if hk == "بنابه":
            comma_only = True  # «بنا به اعلام وزیر کشور مشارکت ...»: with no comma the name runs into the content
    # the speaker: a bare document («طبق گزارش‌ها»), else to a comma within eight words, else a noun phrase
    se = sent_end(m.end(), p)
    comma = min((x for x in (norm.find(ch, cue_end, min(se, cue_end + 80)) for ch in "،؛;:") if x >= 0), default=-1)
    bare = _bare_document(norm, toks, i, se) if hk in _BY_DOC and not mid else None
    if bare is not None:
        ms, me = toks[i][0], toks[bare - 1][1]
        a = toks[bare][0]
    elif comma >= 0 and len(norm[cue_end:comma].split()) <= 8:
        ms, me = _trim(text, cue_end, comma)
        a = comma + 1
        nxt = norm.find("،", a, min(se, a + 80))
        if nxt > a and 1 <= len(norm[a:nxt].split()) <= 7 and _is_title(key(norm[a:nxt].split()[0])) \
                and not _is_document(norm, (ms, me)) and key(norm[ms:me].split()[0]) not in _DEMONSTRATIVES \
                and not any(w in _CLAUSE_VERBS for w in _words(norm, a, nxt)):
            a = nxt + 1  # «به گفته بابایی، مدیر روابط عمومی استانداری تهران، شاخص ...»: past the title in apposition
    elif hk not in _SAID_BY + _BY_DOC or comma_only:
        return None
    else:
        np_ = _np_at(norm, toks, tok_starts, toks[i][0] if i < len(toks) else cue_end, se)
        if not np_:
            return None
        ms, me = np_
        if len(norm[ms:me].split()) > 5:
            return None
        if hk != "بهگفته" and hk not in _BY_DOC and key(norm[ms:me]) not in ("وی", "او", "ایشان"):
            return None  # «به تعبیر وی …» names the speaker again; «به عقیده من …» is a speaker's own words
        a = me
        rel = _THAT_WORD.match(norm, _trim(text, me, se)[0])
        cm = norm.find("،", rel.end(), se) if rel else -1
        last = _words(norm, rel.end(), cm)[-1:] if cm > 0 else []
        if cm > 0 and len(norm[rel.end():cm].split()) <= 30 and ":" not in norm[rel.end():cm] and last \
                and (last[0] in finite_forms() or last[0] in _COPULA or last[0] in ("شده", "اند")) \
                and len(norm[cm + 1:se].split()) >= 5 and ":" not in norm[cm + 1:se]:
            # «به گفته محققانی که برای اولین بار قدرت گاز حشرات را اندازه گرفته‌اند، آرواره‌های ...»: the relative
            # clause tells who the speaker is; the content follows its comma, where the clause ends in a verb
            # («بر اساس قانون و مقرراتی که داریم باید قیمت حامل‌های انرژی، پلکانی ...»: the comma is the content's)
            a = cm + 1
    if me <= ms:
        return None
    words = [key(x) for x in _TOK.findall(norm, ms, me)]
    if "که" not in words and (any((w in _COPULA or lexicon().verb_forms.get(w, w) != w) and w not in ("شده", "نشده")
                                                  for w in words)
                              or _PRESENT_VERB.search(norm, ms, me)):
        return None  # «نرخی که بر اساس قانون می‌بایست مبنا باشد، ...»: a clause, not a speaker
    if hk in _BY_DOC and opinion and not _opinion_holder(norm[ms:me]):
        return None  # «طبق نظر پزشکان باشگاه»: only people hold an opinion («بر اساس نظر نادرست ...» is none)
    if mid:
        w0 = key(norm[ms:me].split()[0])
        if not (spk.is_title_word(w0) or w0 in _ISSUERS or spk.is_person_like(norm[ms:me])):
            return None  # only an office, an official or a named person announces
    own = key(norm[ms:me]).startswith(("اینگزارش", "همینگزارش"))
    if key(norm[ms:me]).startswith("اینخبر"):
        return None  # the outlet's own report
    a, b = _trim(text, a, se)
    if b - a < 5 or len(norm[a:b].split()) < 3 or norm[a:b].split()[0] == "را":
        return None  # «طبق نظر هیئت مدیره اصل را ...»: the noun phrase runs on into an object
    if me > a:
        return None
    return {"kind": "according_to", "speaker": "", "mention": text[ms:me], "mention_norm": norm[ms:me],
            "cue": text[m.start():cue_end], "content": text[a:b], "start": a, "end": b,
            "mention_start": ms, "mention_end": me, "cue_start": m.start(), "cue_end": cue_end,
            "_own_report": own}


# letter-first (``word_start``): a look-behind first is tried at every position of every paragraph
_REPORT_BY = re.compile(word_start(r"به[ \u200c]*گزارش[ \u200c]+(?=(?:" + "|".join(sorted(_ISSUERS)) + r")(?![\w\u200c]))"))


def _read_report_by(text, norm, m, p, sent_start, sent_end, found, paras):
    """«به گزارش وزارت بهداشت غزه، ۲۷۱ نفر ... جان باخته‌اند»: «به گزارش» + an organization (a ministry, an
    office; not an outlet, which is a source) after the article's opening paragraph is an according-to quotation
    over the rest of its sentence (DECISIONS 23); none where the sentence carries another attribution (the
    organization passing on someone's words), the article's lead paragraph holds it, or it is a press office.
    """
    first_body = next((q for q in paras if not q.is_title), None)
    if (first_body is not None and p.start <= first_body.start) or _PRESS_OFFICE.match(norm, m.end() - 1):
        return None  # the lead paragraph names sources; «به گزارش روابط عمومی ...» passes on the outlet's report
    ss = sent_start(m.start(), p)
    lead = norm[ss:m.start()].split()
    if len(lead) > 4 or any(key(w) in finite_forms() and key(w) not in past_roots() for w in lead):
        return None  # «... که به گزارش ...» inside a clause of its own
    se = sent_end(m.end(), p)
    comma = norm.find("،", m.end(), min(se, m.end() + 120))
    if comma < 0:
        return None
    ms, me = _trim(text, m.end(), comma)
    name = norm[ms:me]
    if not 2 <= len(name.split()) <= 8 or is_outlet(name) or any(ch in name for ch in ".:؛;«»()") \
            or _VIA.search(name) or any(key(w) in finite_forms() and key(w) not in past_roots() for w in name.split()):
        return None
    a, b = _trim(text, comma + 1, se)
    if len(norm[a:b].split()) < 4 or _PARTICIPIAL.search(norm, a, b) or _ACCORDING.match(norm, a):
        return None  # («به گزارش شرکت ملی پالایش ...، بر اساس گزارش‌های اخیر ...»: the report cited passes on another)
    if any(a <= q.get("cue_start", -1) < b or a <= q.get("mention_start", -1) < b or q["start"] < b and q["end"] > a
           for q in found):
        return None
    return {"kind": "according_to", "speaker": "", "mention": text[ms:me], "mention_norm": name,
            "cue": text[m.start():m.end()].rstrip(" \u200c"), "content": text[a:b], "start": a, "end": b,
            "mention_start": ms, "mention_end": me, "cue_start": m.start(), "cue_end": m.start() + len(text[m.start():m.end()].rstrip(" \u200c"))}


_PRESS_OFFICE = re.compile(r"[ \u200c]*(?:" + _alternation(_PHRASES["[press_offices]"]) + r")(?![\w\u200c])")
_LEAD_REPORT = re.compile(r"به[ \u200c]*گزارش(?![\w\u200c])[^،:.\n«»]{0,120}?(?:[ \u200c]+و)?[ \u200c]*$")


def _read_press_office(text, norm, m, p, sent_start, sent_end, found, sources=()):
    """«به گزارش خبرگزاری فارس به نقل از روابط عمومی پژوهشگاه شاخص‌پژوه، این دوره ... برگزار شد.»: an
    opening «به نقل از» a press office (``[press_offices]``) is an according-to quotation over the rest of its
    sentence (DECISIONS 35, 41); where the sentence goes on to an official's own cue («... ، اسماعیل هادی‌نژاد
    گفت: ...») or another attribution, the office only passes it on and adds no quotation."""
    if not _PRESS_OFFICE.match(norm, m.end()):
        return None
    ss = sent_start(m.start(), p)
    if norm[ss:m.start()].strip(" \u200c") and not _LEAD_REPORT.fullmatch(norm, ss, m.start()):
        return None  # «... به نقل از» inside a sentence of its own
    se = sent_end(m.end(), p)
    name = _trim(text, m.end(), se)[0]
    # the office's name as the sources read it («روابط عمومی اداره کل میراث فرهنگی، صنایع‌دستی و ...»), else
    # to the first comma
    named = max((name + len(s) for s in sources if s and text.startswith(s, name)
                 and norm[name + len(s):name + len(s) + 1] == "،"), default=m.end())
    comma = norm.find("،", named, min(se, m.end() + 160))
    if comma < 0:
        return None
    ms, me = _trim(text, m.end(), comma)
    a, b = _trim(text, comma + 1, se)
    if len(norm[ms:me].split()) > 12 or "؛" in norm[ms:me] or len(norm[a:b].split()) < 4 \
            or _PARTICIPIAL.search(norm, a, b) or key(norm[a:b].split()[0]) in lexicon().verb_forms:
        return None  # a name that runs into the sentence, or an unread cue («..., افزود: ...»)
    if any(a <= q.get("cue_start", -1) < b or a <= q.get("mention_start", -1) < b or q["start"] < b and q["end"] > a
           for q in found):
        return None  # the office passes on someone's words, or another attribution in the sentence
    return {"kind": "according_to", "speaker": "", "mention": text[ms:me], "mention_norm": norm[ms:me],
            "cue": text[m.start():m.end()], "content": text[a:b], "start": a, "end": b,
            "mention_start": ms, "mention_end": me, "cue_start": m.start(), "cue_end": m.end(), "_office": True}


_BARE_DOCS = _WORDS["bare_documents"]
_DOC_SUPERLATIVES = _WORDS["document_superlatives"]
_DOC_MODIFIERS = _WORDS["document_modifiers"]
_BARE_DOC_STOPS = {"و", "که", "از", "را", "به", "برای", "توسط", "با", "درباره", "مبنی", "مربوط", "این", "آن"}


def _bare_document(norm, toks, i, se):
    """Index of the token that opens the content after a document named by its head alone («طبق گزارش‌ها
    رئال مادرید ...», «بر اساس آخرین گزارش‌های آزمایشگاهی ابتلای ۱۳ نفر ...»): an optional «آخرین», a head
    of ``[bare_documents]``, up to two ``[document_modifiers]``, then a plain space and a word that opens a
    clause (not «از/و/که», which carry on the document's own phrase); None where an issuer or a comma follows."""
    k = i
    if k < len(toks) and toks[k][2] in _DOC_SUPERLATIVES:
        k += 1
    if k + 1 < len(toks) and toks[k + 1][2] in ("ها", "های") and toks[k][2] + toks[k + 1][2] in _BARE_DOCS \
            and not norm[toks[k][1]:toks[k + 1][0]].strip(" \u200c"):
        head, k = toks[k][2] + toks[k + 1][2], k + 2  # «گزارش های» written apart
    elif k < len(toks) and toks[k][2] in _BARE_DOCS:
        head, k = toks[k][2], k + 1
    else:
        return None
    ezafe = not head.endswith("ها")  # «آمار سازمان ...», «گزارشات پلیس»: an issuer may follow with no ezafe written
    mods = 0
    while k < len(toks) and mods < 2 and not norm[toks[k - 1][1]:toks[k][0]].strip(" \u200c"):
        if toks[k][2] in _DOC_MODIFIERS:
            k += 1
        elif k + 1 < len(toks) and toks[k][2] + toks[k + 1][2] in _DOC_MODIFIERS \
                and not norm[toks[k][1]:toks[k + 1][0]].strip(" \u200c"):
            k += 2  # «منتشر شده»
        else:
            break
        mods += 1
    if (ezafe and not mods) or k >= len(toks) or toks[k][0] >= se or norm[toks[k - 1][1]:toks[k][0]].strip(" \u200c"):
        return None
    w = toks[k][2]
    if ":" in norm[toks[k][0]:se] or len(_TOK.findall(norm, toks[k][0], se)) < 4:
        return None  # «با بیان اینکه طبق گزارش‌ها ... است گفت: ...»: the clause is another's content
    if mods and (w in _ISSUERS or spk._k(w) in spk.org_heads() or _is_title(w)):
        return None  # «آمار رسمی وزارت کار ...»: the issuer follows the adjective
    if w in _BARE_DOC_STOPS or w in spk.STOP and w != "در" or w in _COPULA or (
            w == "در" and not (k + 1 < len(toks) and (toks[k + 1][2] in _TIME_HEADS or toks[k + 1][2] == "حال"))):
        return None
    return k


def _opinion_holder(s):
    """Who can hold an opinion after «طبق نظر»: up to three words, no clause («و», «که»), headed by a
    title, an organization, a given name or a plural of persons («پزشکان», «کارشناسان»)."""
    words = [key(w) for w in s.split()]
    if words and len(words) <= 7 and (words[0] in _ISSUERS or spk._k(words[0]) in spk.org_heads()) \
            and "که" not in words and not any(w in lexicon().verb_forms or w in _COPULA for w in words):
        # «بنا بر توصیه اداره بهداشت عمومی انگلیس»، «بنابر توصیه مراکز کنترل و پیشگیری از بیماری آمریکا،»: an
        # organization's name runs longer, with «و» inside
        return True
    if not 1 <= len(words) <= 3 or any(w in ("و", "که") for w in words):
        return False
    w0 = words[0]
    return _is_title(w0) or spk._k(w0) in spk.org_heads() or spk.is_given_name(spk._k(w0)) \
        or (w0.endswith(("ان", "ها")) and len(w0) > 4)


def _read_in_doc(text, norm, toks, tok_starts, m, p, sent_start, sent_end, next_p=None):
    """«در این بیانیه آمده است: ...»: the document speaks (its issuer is resolved like «این بیانیه گفت»)."""
    ss = sent_start(m.start(), p)
    i = _first_tok(tok_starts, ss)
    j = _first_tok(tok_starts, m.start())
    doc = None
    for k in range(j - 1, max(i - 1, j - 25), -1):
        if toks[k][2] == "در" and k + 1 < j:
            # «در (ابتدای/ادامه/پایان/بخشی از) این بیانیه ...»; a nearer «در مورد ...» is not the one
            for t in range(k + 1, min(j, k + 6)):
                if key(toks[t][2]) in _DOCS:
                    doc = t
                    break
            if doc is not None:
                break
    if doc is None:
        return None
    ms = toks[doc - 1][0] if doc > 0 and key(toks[doc - 1][2]) in ("این", "همین") else toks[doc][0]
    e = doc
    while e + 1 < j and key(toks[e + 1][2]) not in ("به", "از", "را", "و", "که", "در", "با", "برای", "توسط") \
            and "،" not in norm[toks[e][1]:toks[e + 1][0]]:
        e += 1
    me = toks[e][1]
    mention = norm[ms:me].rstrip(" ‌،")
    me = ms + len(mention)
    if not mention or len(mention.split()) > 12:
        return None
    tail = m.group()
    kind = "indirect?"
    k = m.end()
    while k < p.end and norm[k] in " \u200c\t":
        k += 1
    if tail.endswith(":") and k >= p.end and next_p is not None:
        p, k = next_p, next_p.start  # DECISIONS 13: the statement fills the following paragraph
        m_end = k
    else:
        m_end = m.end()
    close = _close_mark(norm, k + 1, norm[k], p.end) if k < p.end and norm[k] in _OPEN else -1
    if close >= 0 and (norm[close - 1] in ".!?؟" or len(norm[close + 1:sent_end(close, p)].strip(" \u200c.\n").split()) < 3):
        a, b, kind = k + 1, close, "direct"  # «در این بیانیه آمده است: «...»»
        tail = ""
    elif tail.endswith(":"):
        a, b = m_end, p.end
    else:
        a = m_end
        b = min(sent_end(a, p), a + 3000)
    a, b = _trim(text, a, b)
    if b - a < 5 or len(norm[a:b].split()) < 3:
        return None
    words = mention.split()
    own = words[0] in ("این", "همین") and len(words) > 1 and key(words[1]).startswith(("گزارش", "مطلب"))
    cue_text = re.sub(r"[ \u200c]*که$", "", text[m.start():m.end()].rstrip(" ‌:،")).rstrip(" ‌:،")
    via = _VIA.search(norm, me, m.start())
    if via:
        # «در این گزارش به نقل از گرگ استوب، نماینده ...، آمده است که ...»: the one quoted speaks
        ve = min((x for x in (norm.find(ch, via.end(), m.start()) for ch in "،,") if x >= 0), default=m.start())
        vs, ve = _trim(text, via.end(), ve)
        if ve - vs >= 2 and len(norm[vs:ve].split()) <= 8:
            ms, me, own = vs, ve, False
            cue_text = text[via.start():via.end()] + " ... " + cue_text
    return {"kind": kind, "speaker": "", "mention": text[ms:me], "mention_norm": norm[ms:me],
            "cue": cue_text, "content": None, "start": a, "end": b,
            "mention_start": ms, "mention_end": me, "cue_start": m.start(), "cue_end": m.end(),
            "_own_report": own, **({"_colon": True, "_colon_quote": True} if tail.endswith(":") else {})}


def _read_headline(text, norm, p, found):
    if any(q["start"] >= p.start and q["end"] <= p.end for q in found):
        return None
    colon = norm.find(":", p.start, min(p.end, p.start + 200))
    if colon < 0:
        return None
    # «آخرین وضعیت محورهای استان تهران / پلیس: ...»: a topic, then the speaker's part after the last «/» or «|»
    sep = max(norm.rfind("/", p.start, colon), norm.rfind("|", p.start, colon))
    head = sep + 1 if sep >= 0 else p.start
    if colon - head > 80:
        return None
    ms, me = _trim(text, head, colon)
    words = norm[ms:me].split()
    if not 1 <= len(words) <= 7:
        return None
    # «آخرین وضعیت ترامپ: ...», «استراتژی انگلیس برای کرونا: ...»: a label, not a speaker; a speaker
    # is an office or a name, or someone the body quotes («علاوی: ...» over «علاوی گفت»)
    said = {key(w) for q in found for w in _TOK.findall(q.get("mention_norm") or "")}
    if any(ch in norm[ms:me] for ch in "|/«»") or key(words[0]) in _WORDS["labels"] or not (
            spk.is_title_word(key(words[0])) or key(words[0]) in _ISSUERS or spk.is_person_like(norm[ms:me])
            or key(words[0]) in said or (len(words) <= 4 and _FIRST_PERSON.search(norm, colon, p.end))):
        return None
    end = p.end
    for m in re.finditer(r"[/|]", norm[colon + 1:p.end]):
        nxt = colon + 1 + m.start()
        if norm.find(":", nxt, min(p.end, nxt + 60)) >= 0:
            end = nxt  # «… /نماینده مخالف: …»: the next speaker's part of the headline
            break
    a, b = _trim(text, colon + 1, end)
    b = len(text[:b].rstrip(" \u200c/|"))
    if b - a < 5:
        return None
    if a < len(norm) and norm[a] in _OPEN:
        close = _close_mark(norm, a + 1, norm[a], p.end)
        if close >= 0 and norm[close + 1:p.end].strip() == "":
            a, b = a + 1, close
    return {"kind": "indirect" if _kind_of(norm, a, b) == "indirect" else "mixed", "speaker": "",
            "mention": text[ms:me], "mention_norm": norm[ms:me], "cue": ":", "content": text[a:b],
            "start": a, "end": b, "mention_start": ms, "mention_end": me, "cue_start": colon, "cue_end": colon + 1}


_STANCE_PAIRS = [line.split(None, 1) for line in _PHRASES["[stance_headlines]"]]
_STANCE_HEADLINE = re.compile("|".join(
    "(?P<n%d>%s)[ \u200c]+(?!%s(?![\\w\u200c]))(?P<x%d>.{2,80}?)[ \u200c]+(?P<p%d>%s)(?![\\w\u200c])"
    % (i, _alternation([n]), _alternation([pr]), i, i, _alternation([pr])) for i, (n, pr) in enumerate(_STANCE_PAIRS)))


_STANCE_MODIFIERS = {key(w) for w in _PHRASES["[stance_modifiers]"]}


def _read_stance_headline(text, norm, p, found):
    """«تأكيد شهردار مشهد بر رفع مزاحمت‌هاي مشاغل شهري», «انتقاد پامپئو از مواضع ترکیه ...»: a headline naming a
    stance as a noun (``[stance_headlines]``), «تاکید X بر Y», is the quotation «X بر Y تاکید کرد» (cue
    «تاکید ... بر», content Y); X names someone (an office, a title, a country, a person), not the outlet;
    «تاکید بر ...» with no one named, or a modifier first («انتقاد تند ...»), is none."""
    m = _STANCE_HEADLINE.match(norm, p.start, p.end)
    if m is None or any(q["start"] >= p.start and q["end"] <= p.end for q in found):
        return None
    i = next(k for k in range(len(_STANCE_PAIRS)) if m.group("n%d" % k) is not None)
    ns, ne, ps, pe = m.start("n%d" % i), m.end("n%d" % i), m.start("p%d" % i), m.end("p%d" % i)
    ms, me = _trim(text, ne, ps)
    while (w := _TOK.match(norm, ms)) and key(w.group()) in _STANCE_MODIFIERS and w.end() < me:
        ms = _trim(text, w.end(), me)[0]  # «انتقاد تند/صریح/تلگرامی X از ...»: the manner, not the holder
    words = [key(w) for w in norm[ms:me].split()]
    if not 1 <= len(words) <= 7 or any(ch in norm[ms:me] for ch in ":|/«»()،؛") or is_outlet(norm[ms:me]) \
            or not spk.names_someone(words, ("body", "acronym", "full_name", "person", "title")):
        return None
    a, b = _trim(text, pe, p.end)
    slash = norm.find("/", a, b)
    if slash >= 0:
        b = _trim(text, a, slash)[1]  # «انتقاد ربیعی از گرانی ... / آمار مبتلایان ...»: a second headline follows
    if len(norm[a:b].split()) < 2 or any(ch in norm[a:b] for ch in ":؛"):
        return None  # («هشدار سازمان بهداشت جهانی: ...» is the colon headline's)
    return {"kind": _kind_of(norm, a, b), "speaker": "", "mention": text[ms:me], "mention_norm": norm[ms:me],
            "cue": text[ns:ne] + " ... " + text[ps:pe], "content": text[a:b],
            "start": a, "end": b, "mention_start": ms, "mention_end": me, "cue_start": ns, "cue_end": pe}


def _dedupe(out):
    """Two readings of the same span: keep the first found (verb cues come before participials)."""
    seen = set()
    res = []
    for q in out:
        k = (q["start"], q["end"])
        if k in seen:
            continue
        seen.add(k)
        res.append(q)
    return res


# «اظهارات X مبنی بر اینکه Y», «پیشنهاد X مبنی بر Y», «اخبار منتشر شده مبنی بر Y», «شواهدی مبنی بر Y»: a statement
# noun before «مبنی بر» is a quotation of its owner X, or of the report noun itself where it names no one
# (DECISIONS 50, 58, 63, 75); cue «مبنی بر», content Y without «اینکه»
_BASED_ON = re.compile(word_start(r"مبنی[ \u200c]*بر") + r"(?:[ \u200c]*(?:این[ \u200c]*که|آن[ \u200c]*که))?(?![\w\u200c])")
_BASED_HEADS = _WORDS["based_on_heads"]
_BASED_BARE = _WORDS["based_on_bare"]
_BASED_NOT_HEADS = _WORDS["based_on_not_heads"]
_BASED_NOT_HEADS_NEAR = _WORDS["based_on_not_heads_near"]
_BASED_MODIFIERS = _WORDS["based_on_modifiers"]
_BASED_TIPS = _WORDS["based_on_tips"]
_BASED_NOT_OWNERS = _WORDS["based_on_not_owners"]
_BASED_VERB_PARTS = _WORDS["based_on_verb_parts"]
_BASED_NEWS_HOSTS = _WORDS["based_on_news_hosts"]
_BASED_CLAUSE_STARTS = _WORDS["based_on_clause_starts"]
# present forms with no «می» that end a «مبنی بر» phrase («… عمل کنیم», «… ادعا کنند»), and perfect auxiliaries
# («تهدید نکرده اند»); all of hazm's conjugations would take nouns too («مردم», «شدید»)
_BARE_VERBS = {"کند", "کنند", "کنیم", "کنم", "شود", "شوند", "شویم", "باشد", "باشند", "باشیم", "دهد", "دهند", "دهیم",
               "نماید", "نمایند", "گیرد", "گیرند", "اند", "ایم", "اید", "ام", "بوده", "نبوده"}
_PLURAL_PARTS = {"ها", "های", "هایی", "ای", "ی"}  # «گزارش های»: a plural written apart
_NONE_OF = {"هیچ", "هیچگونه", "هر", "هرگونه"}   # «هیچ شواهدی مبنی بر …» / «هر خبری مبنی بر …» reports nothing
_OWNER_STOPS = {"در", "به", "از", "با", "برای", "درباره", "دربارهی", "علیه", "توسط", "طی", "پیرامون", "نسبت", "مبنی",
                "که", "را", "بر", "درمورد", "درخصوص", "پس", "پیش", "بعد", "قبل", "هنگام", "حین", "ضمن", "جهت", "مانند"}
_AGENT = re.compile(r"[ \u200c]*(?:از[ \u200c]+(?:سوی|طرف|جانب)|توسط)[ \u200c]+")
_HONORIFIC_PAREN = re.compile(r"[ \u200c]*\([ \u200c]*(?:ره|ع|ص|عج|س|قده)[ \u200c]*\)")
_BARRIER_GAP = re.compile(r"[.!?؟:;«»\"“”()\[\]\n]")


def _is_verb(w):
    """A finite verb of any person, negated or not («داد», «کنیم», «ندارد», «نمی‌شود», «نشده»), not a participle
    («سال گذشته», «منتشر شده») nor a past root that is also a noun («نشست»): what ends a «مبنی بر» noun phrase."""
    if w in ("می", "نمی", "خواهد", "خواهند", "نشده") or w in _BARE_VERBS:  # «می شود» written apart; «… اعلام نشده»
        return True
    return _clause_end(w) and not w.endswith("ه")


def _negated(w):
    """«ندارد», «نیست», «نشده است», «نمی‌شود»: a verb that denies."""
    return w in ("نمی", "نشده") or _is_verb(w) and (w.startswith("نمی") or w in ("نیست", "نیستند")
                                                   or (w.startswith("ن") and _is_verb(w[1:])))


def _honorific_tok(norm, toks, k):
    """«امام (ره)»: token ``k`` is a parenthesized honorific."""
    return toks[k][2] in ("ره", "ع", "ص", "عج", "س", "قده") and norm[toks[k][0] - 1:toks[k][0]] == "(" \
        and norm[toks[k][1]:toks[k][1] + 1] == ")"


def _read_based_on(text, norm, toks, tok_starts, m, p, sent_start, sent_end, cue_starts, colon_cues, found):
    """«HEAD (modifiers) OWNER … مبنی بر (اینکه) Y»: Y, with the owner (a genitive name, title or body right after
    the head, or the agent of «از سوی/توسط X») as the mention, or the report noun itself where a bare report or
    finding speaks («اخبار منتشر شده», «شواهدی»)."""
    ss = sent_start(m.start(), p)
    se = sent_end(m.end(), p)
    j = _first_tok(tok_starts, m.start())  # the «مبنی» token
    # the head: the nearest statement noun before «مبنی بر» in the same noun phrase (a comma of apposition may lie
    # between: «اظهارات سرگئی لاوروف، وزیر خارجه روسیه در کنفرانس … مبنی بر اینکه»)
    head = None
    commas = 0
    k = j - 1
    nxt_start = m.start()
    near = True  # no word but the head's modifiers yet between it and «مبنی بر»
    # the marks around a short quoted name («اظهارات "جان بولتون" معاون …») are no barrier
    marks = {x for q in _QUOTED_OWNER.finditer(norm, max(ss, m.start() - 200), m.start())
             for x in (q.start(next(k for k in (1, 2, 3) if q.group(k))) - 1, q.end(next(k for k in (1, 2, 3) if q.group(k))))}
    while k >= 0 and j - k <= 16 and toks[k][0] >= ss:
        if _honorific_tok(norm, toks, k):
            k -= 1
            nxt_start = toks[k + 1][0] - 1
            continue
        gap = "".join(" " if x in marks else norm[x] for x in range(toks[k][1], nxt_start))
        nxt_start = toks[k][0]
        if _BARRIER_GAP.search(gap):  # (not the marks of «ادعای «دونالد ترامپ»، رئیس‌جمهور آمریکا»)
            return None
        commas += gap.count("،") + gap.count(",")
        if commas > 2:  # («سخنان X، وزیر ارشاد دوره Y، مبنی بر»: an apposition between commas)
            return None
        w = toks[k][2]
        hk = w
        h0 = k
        if w in _PLURAL_PARTS and k > 0 and toks[k - 1][1] + 1 >= toks[k][0]:
            hk, h0 = toks[k - 1][2] + w, k - 1  # «گزارش های»
        if hk in _BASED_NOT_HEADS or w in _BASED_NOT_HEADS or near and (hk in _BASED_NOT_HEADS_NEAR or w in _BASED_NOT_HEADS_NEAR):
            return None
        if (hk in _BASED_HEADS or hk in _BASED_BARE) and not (
                hk in ("خبر", "خبری") and h0 > 0 and toks[h0 - 1][2] in _BASED_NEWS_HOSTS):  # («نشست خبری خود»)
            head = (h0, k, hk)
            break
        if (w == "که" or w == "را" and k < j - 1 or w == "مبنی") or _is_verb(w):
            return None  # «… مطرح شده بود مبنی بر اینکه»: a clause of its own ends before «مبنی بر»
        if w not in _BASED_MODIFIERS and w != "را":  # («ادعاهای آمریکایی‌ها را مبنی بر …»: the object's own «را»)
            near = False
        if h0 < k:
            nxt_start = toks[h0][0]
        k = h0 - 1
    if head is None:
        return None
    h0, h1, hk = head
    before = toks[h0 - 1][2] if h0 > 0 and toks[h0 - 1][0] >= ss else ""
    if before in _NONE_OF or before in _BASED_TIPS:
        return None
    if before in ("به", "بر") and hk in ("گزارش", "گفته"):
        return None  # «به گزارش X», «به گفته X»: the lead's source, read elsewhere
    if hk == "دستور" and h1 + 1 < len(toks) and toks[h1 + 1][2] == "کار":
        return None  # «در دستور کار»: the agenda
    # past the head's modifiers («اخیر», «منتشر شده», «سال گذشته»)
    i = h1 + 1
    while i < j:
        w = toks[i][2]
        if norm[toks[i - 1][1]:toks[i][0]].strip(" \u200c"):
            break
        if w in _BASED_TIPS:
            src = re.match(r"(?:[ \u200c]+شده)?[ \u200c]+از(?:[ \u200c]+سوی)?[ \u200c]", norm[toks[i][1]:toks[i][1] + 14])
            if not src:
                return None  # «در پی اخبار واصله مبنی بر …»: intelligence the police receive
            i = _first_tok(tok_starts, toks[i][1] + src.end())  # «اخبار واصل شده از شورای نگهبان»: who sent it
            break
        if w in _BASED_MODIFIERS or w in _NONE_OF:
            i += 1
        elif w in _TIME_HEADS and i + 1 < j and toks[i + 1][2] in _TIME_TAILS:
            i += 2
        else:
            break
    mod_end = toks[i - 1][1]
    # the owner: the genitive after the head, up to a preposition, a comma or «مبنی»; an indefinite report
    # («شواهدی», «خبرهایی») takes none, its adjectives stay in its mention
    o0 = i
    quoted = _QUOTED_OWNER.match(norm, mod_end)
    if quoted and quoted.end() <= m.start():  # «اظهارات "ملیسا فیلیمنگ" سخنگوی …»: the quoted name is the owner
        g = next(k for k in (1, 2, 3) if quoted.group(k))
        owner = _trim(text, quoted.start(g), quoted.end(g))
        i = j_own = o0
    else:
        owner = None
    if hk in _BASED_BARE and hk not in _BASED_HEADS and hk.endswith("ی") and owner is None:
        while i < j and toks[i][2] not in _OWNER_STOPS and not _is_verb(toks[i][2]) \
                and not norm[toks[i - 1][1]:toks[i][0]].strip(" \u200c"):
            i += 1
        mod_end, o0 = toks[i - 1][1], i
    if owner is not None:
        pass
    elif i < j and norm[toks[i - 1][1]:toks[i][0]].strip(" \u200c"):
        j_own = i  # a comma right after the head: no owner
    else:
        j_own = j
    while i < j_own and i - o0 < 8:
        w = toks[i][2]
        if i > o0 and norm[toks[i - 1][1]:toks[i][0]].strip(" \u200c"):
            break
        if w == "از" and i == o0 + 1 and toks[o0][2] in _QUANT:
            i += 1  # «شکایت تعدادی از شهروندان», «اظهارات یکی از نمایندگان»: a part of a group
            continue
        if w in _OWNER_STOPS or _is_verb(w):
            break
        i += 1
    if owner is not None:
        pass
    elif i > o0:
        oe = toks[i - 1][1]
        hp = _HONORIFIC_PAREN.match(norm, oe)
        if hp:
            oe = hp.end()  # «حضرت امام (ره)»
        if toks[i - 1][2] == "و":
            oe = toks[i - 2][1]
        listed = _NAME_LIST.match(norm, oe)
        if listed and i - o0 <= 2:
            oe = listed.end(1)  # «بیانیه آلمان، فرانسه و انگلیس مبنی بر …»: the names listed speak together (DECISION 40)
        owner = (toks[o0][0], oe)
    else:
        ag = _AGENT.match(norm, mod_end)
        if ag:  # «موضع دولت از سوی نوبخت», «خبر منتشر شده توسط یک روزنامه روسی»
            a0 = _first_tok(tok_starts, ag.end())
            e = a0
            while e < j and e - a0 < 8 and toks[e][2] not in _OWNER_STOPS and not _is_verb(toks[e][2]) \
                    and not (e > a0 and norm[toks[e - 1][1]:toks[e][0]].strip(" \u200c")):
                e += 1
            if e > a0:
                owner = (toks[a0][0], toks[e - 1][1])
        else:
            # «خبر درج شده در خبرگزاری رویترز»: a report an outlet carries is the outlet's (a source, DECISION 12)
            rest = norm[mod_end:m.start()]
            pp = re.match(r"[ \u200c]*(?:در|از)[ \u200c]+((?:[\w\u200c]+[ \u200c]*){1,4})", rest)
            if pp and (is_outlet(pp.group(1).strip()) or key(pp.group(1).split()[0]) in _MEDIA):
                return None
    if owner is not None:
        ow = [t[2] for t in toks[_first_tok(tok_starts, owner[0]):_first_tok(tok_starts, owner[1])]]
        if not ow or ow[0] in _BASED_NOT_OWNERS or ow[0] in _DEMONSTRATIVES and len(ow) == 1 or ow[0] in spk.PRONOUNS \
                or len(ow) == 1 and ow[0] in _QUANT:  # («ادعای برخی»: no one named, DECISION 76)
            return None  # («ادعای او مبنی بر …»: whom the pronoun means is the topic's, not the last speaker's)
        ms, me = owner
    elif hk in _BASED_BARE:
        ms, me = toks[h0][0], mod_end
    else:
        return None  # «پیشنهادی مبنی بر …», «برخی ادعاها مبنی بر …»: no one named
    # the content: after «مبنی بر (اینکه)», to a comma, the next cue, or (a noun phrase) the verb that governs it
    a = m.end()
    while a < se and norm[a] in " \u200c\t":
        a += 1
    if a >= se:
        return None
    clause = bool(re.search(r"که$", norm[m.start():m.end()]))
    kind = None
    if norm[a] in _OPEN:
        c = _close_mark(norm, a + 1, norm[a], p.end)
        if c < 0:
            return None
        a, b, kind = a + 1, c, "direct"  # «فرمایشات حضرت امام (ره) مبنی بر اینکه «راه قدس از کربلا می‌گذرد»»
    else:
        if re.match(r"(?:این|آن)[ \u200c]+(?:است|بود)(?![\w\u200c])", norm[a:a + 12]):
            return None  # «اخباری که شنیده می‌شود مبنی بر این است که»: a predicate, read elsewhere
        b = min((x for x in (norm.find(ch, a, se) for ch in "،,;:") if x >= 0), default=se)
        t0 = _first_tok(tok_starts, a)
        # the next cue ends it: any cue after a noun phrase; after a clause only one that opens its own content
        # («… مبنی بر اینکه Y تصریح کرد:»), not the clause's own verb («… ایران را تهدید نکرده‌اند»)
        nxt = bisect_right(cue_starts, a)
        while nxt < len(cue_starts) and cue_starts[nxt] < b:
            if not clause or colon_cues.get(cue_starts[nxt]) in (":", "mark", "که"):
                b = cue_starts[nxt]
                about = _ABOUT.search(norm, a, b) if clause else None
                if about is not None and len(norm[a:about.start()].split()) >= 3:
                    b = about.start()  # «… مبنی بر اینکه Y در خصوص Z گفت:»: the main cue's own topic
                break
            nxt += 1
        cut = b < se and norm[b] not in "،,;:"  # a cue ends it
        if clause:
            # «اخبار منتشره مبنی بر اینکه Y هستند را ملاحظه نکرده‌ام»: the clause is the object of the verb after it;
            # «… Y برگزار شود اعلام کرد»: a cue right after the clause's verb is the sentence's own
            t = t0 + 1
            cue_at = set(cue_starts[bisect_right(cue_starts, a):bisect_right(cue_starts, b)])
            while t < len(toks) and toks[t][0] < b:
                if (toks[t][2] == "را" or toks[t][0] in cue_at) and _is_verb(toks[t - 1][2]):
                    b = toks[t][0]
                    break
                t += 1
        else:
            ag = _AGENT.search(norm, a, b)
            if ag:  # «اعلام موضع دولت مبنی بر Y از سوی نوبخت»: the agent is the head's, no part of Y
                b, cut = ag.start(), False
            t = t0
            while t < len(toks) and toks[t][0] < b:
                w = toks[t][2]
                if w in ("را", "که") or (t > t0 and (_is_verb(w) or w in _BASED_CLAUSE_STARTS)):
                    b, cut = toks[t][0], _is_verb(w)
                    break
                if t > t0 and w in ("به", "با") and t + 1 < len(toks) and toks[t + 1][2] in _BASED_NOT_OWNERS:
                    b = toks[t][0]  # «… به خبرنگار برنا گفت»: the addressee of the sentence's cue
                    break
                t += 1
        if cut:  # «… در بغداد واکنش نشان داد», «… دست به دست شد»: the compound's non-verbal part goes too
            u = _first_tok(tok_starts, b) - 1
            while u > t0 + 1 and (toks[u][2] in _BASED_VERB_PARTS or toks[u][2] in _LIGHT_PARTICIPLES
                                  or toks[u][2] in ("به", "در")) \
                    and _first_tok(tok_starts, b) - u <= 3:
                b = toks[u][0]
                u -= 1
        a, b = _trim(text, a, b)
        ex = _EXISTS_TAIL.search(norm, a, b)
        if ex:  # «شواهدی مبنی بر اینکه Y وجود دارد»: the existential predicate is no part of Y
            if ex.group(1).startswith("ن"):
                return None  # «… وجود ندارد»: no such finding
            a, b = _trim(text, a, ex.start())
    words = norm[a:b].split()
    if b - a < 3 or len(words) < 2 and kind != "direct":
        return None
    if not clause and kind != "direct" and key(words[0]) in _DEMONSTRATIVES and len(words) < 3:
        return None  # «گزارشی مبنی بر این ارائه شد که …»: the content is the «که» clause, read elsewhere
    t = _first_tok(tok_starts, b)
    if (hk in _BASED_BARE or owner is None) and not (t < len(toks) and toks[t][2] == "را"):
        # a report or finding whose being is denied («مدرکی مبنی بر … وجود ندارد», «خبری … منتشر نشده») reports
        # nothing; one the speaker denies («اخبار … را تایید نکرد») is still the report's
        while t < len(toks) and toks[t][0] < se:
            if _is_verb(toks[t][2]):
                if _negated(toks[t][2]):
                    return None
                break
            t += 1
    # the builder's own reading of the same content (a cue right before it) is kept alone
    for q in found:
        if abs(q["start"] - a) <= 2 and abs(q["end"] - b) <= max(10, (b - a) // 3):
            return None
    ms, me = _trim(text, ms, me)
    if me <= ms:
        return None
    canon = None
    if owner is None and hk.endswith("ی") and hk[:-1] in _FINDINGS and toks[h0][0] == ms:
        canon = text[ms:toks[h1][1] - 1]  # «شواهدی مبنی بر …»: the findings speak, like «شواهد نشان می‌دهد» (42, 58)
    hp = re.search(_HONORIFIC_PAREN.pattern + "$", norm[ms:me])
    mn_norm = norm[ms:me] if not hp else norm[ms:ms + hp.start()]  # «حضرت امام (ره)» is «حضرت امام»
    return {"kind": kind or _kind_of(norm, a, b), "speaker": "", "mention": text[ms:me], "mention_norm": mn_norm,
            "cue": _BASED_CUE.match(text, m.start()).group(),
            "content": text[a:b], "start": a, "end": b, "mention_start": ms, "mention_end": me,
            "cue_start": m.start(), "cue_end": m.end(), "_aside": True, "_head": hk.replace("ئ", "ی"),
            **({"_canon": canon} if canon else {})}


_EXISTS_TAIL = re.compile(r"[ \u200c]+وجود[ \u200c]+(ن?(?:دار|داشت)\w*)[ \u200c.]*$")
_LIGHT_PARTICIPLES = {"داده", "شده", "کرده", "گرفته", "نموده", "گشته"}
_NAME_LIST = re.compile(r"((?:[ \u200c]*،[ \u200c]*[\w\u200c]+(?:[ \u200c]+[\w\u200c]+)?)*[ \u200c]+و[ \u200c]+[\w\u200c]+(?:[ \u200c]+[\w\u200c]+)?)[ \u200c]*(?=مبنی)")
_QUOTED_OWNER = re.compile(r'[ \u200c]*(?:"([^"\n.،:]{2,40})"|«([^«»\n.،:]{2,40})»|“([^“”\n.،:]{2,40})”)')
_BASED_CUE = re.compile(r"\S+[ \u200c]*بر")

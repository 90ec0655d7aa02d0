"""Reporting cues: the lexicon (``lexicons/cues.tsv``) and every conjugation of its verbs.

The lexicon names each cue once (nominal part + past root); the surface forms in any tense,
person and negation are generated here from the past#present roots of hazm's verb lexicon
(``hazm/data/verbs.dat``). Forms are keyed with ZWNJ and spaces removed, so ``می‌گوید``,
``می گوید`` and ``میگوید`` are one key; a verb form spans up to three whitespace tokens.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

_HERE = os.path.dirname(__file__)
ZWNJ = "\u200c"

_PAST_PERSON = ("", "م", "ی", "یم", "ید", "ند")
_PRES_PERSON = ("م", "ی", "د", "یم", "ید", "ند")
_PERFECT_AUX = ("", "است", "ام", "ای", "ایم", "اید", "اند", "بود", "بودم", "بودی", "بودیم", "بودید",
                "بودند", "باشد", "باشند", "بودهاست", "بودهاند")
# verbs whose present is used without «می»: «تاکید دارد», «معتقد است/هستند»
BARE_PRESENT = {"داشت": ("دارد", "دارند"), "بود": ("است", "هست", "هستند", "نیست", "نیستند", "میباشد", "میباشند")}
_COPULA_CLITICS = ("ند", "یم", "ید")
_FUTURE_AUX = ("خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند")
# present stems ending in «و» that take the glide «ی» before a personal ending («می‌گوید», «می‌جوید»);
# every other «و» stem is a vowel the ending follows directly («می‌شود», «می‌رود», «می‌شنود»)
_GLIDE_U = ("گو", "جو", "بو", "پو")


def _glide(present: str) -> str:
    """The letter between a present stem and its personal ending: «ی» after «ا/آ» («می‌افزاید»,
    «می‌آید») and after the «و» of «گو/جو» («می‌گوید»), none elsewhere («می‌شود», «می‌کند»)."""
    return "ی" if present[-1] in "اآ" or present.endswith(_GLIDE_U) else ""


@dataclass(frozen=True)
class Cue:
    nominal: str      # key of the nominal part ("" for a simple verb)
    verb: str         # past root
    np: str           # "-", "بر", "از", "split", "split-", "را", "after", ... (see lexicons/cues.tsv)

    @property
    def split(self) -> bool:
        """Whether the content may sit between the nominal and the verb («خواستار ... شد», «مدعی ... بود»)."""
        return self.np in ("split", "split-")


def key(s: str) -> str:
    """The lookup key of a word or word group: ZWNJ and spaces removed, ی/ک folded."""
    return s.replace(ZWNJ, "").replace(" ", "").replace("ي", "ی").replace("ك", "ک").replace("أ", "ا")


@lru_cache(maxsize=1)
def _roots() -> dict[str, list[str]]:
    from .hazm_data import data_file

    path = data_file("verbs.dat")
    out: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if "#" not in line:
                continue
            past, present = line.split("#", 1)
            if past and present:
                out.setdefault(past, []).append(present)
    return out


def conjugations(past: str, presents: list[str], persons: str = "all", shape: str = "key") -> set[str]:
    """Surface keys of a verb: simple/continuous past, perfects, present, future; with negation.

    ``persons="12"`` gives only the first- and second-person forms (``گفتم``، ``می‌گویید``).
    ``shape="word"`` gives instead the forms that stand as one word where ZWNJ and spaces split words
    (``می`` / ``خواهد`` / ``‌اند`` are words of their own): the simple past with ``ن``, the bare present
    with ``ن`` or subjunctive ``ب`` (``دارم``, ``ندارند``, ``بگیرند``); ``persons="no2s"`` leaves out
    the second person singular there (``داری``, ``دهی`` end too many nouns).
    """
    if shape == "word":
        return _word_forms(past, presents, persons)
    if persons == "12":
        return conjugations(past, presents) - _third(past, presents)
    forms: set[str] = set()
    for neg in ("", "ن"):
        for p in _PAST_PERSON:
            forms.add(neg + past + p)
            forms.add(neg + "می" + past + p)
        for aux in _PERFECT_AUX:
            forms.add(neg + past + "ه" + aux)
        for q in presents:
            glide = _glide(q)
            for p in _PRES_PERSON:
                forms.add(neg + "می" + q + glide + p)
    for aux in _FUTURE_AUX:
        forms.add(aux + past)
        forms.add("ن" + aux + past)
    forms.update(BARE_PRESENT.get(past, ()))
    return forms


def _word_forms(past: str, presents: list[str], persons: str) -> set[str]:
    """One-word finite forms of a verb (see ``conjugations(shape="word")``)."""
    if persons not in ("all", "no2s"):
        raise ValueError(f"persons={persons!r} has no word shape")
    drop = ("ی",) if persons == "no2s" else ()
    forms: set[str] = set()
    if past:
        forms.update(neg + past + p for p in _PAST_PERSON if p not in drop for neg in ("", "ن"))
    for q in presents:
        glide = _glide(q)
        forms.update(pre + q + glide + p for p in _PRES_PERSON if p not in drop for pre in ("", "ن", "ب"))
    return forms


def _third(past: str, presents: list[str]) -> set[str]:
    out: set[str] = set()
    for neg in ("", "ن"):
        for p in ("", "ند"):
            out.add(neg + past + p)
            out.add(neg + "می" + past + p)
        for aux in ("", "است", "اند", "بود", "بودند", "باشد", "باشند", "بودهاست", "بودهاند"):
            out.add(neg + past + "ه" + aux)
        for q in presents:
            glide = _glide(q)
            for p in ("د", "ند"):
                out.add(neg + "می" + q + glide + p)
    for aux in ("خواهد", "خواهند"):
        out.add(aux + past)
        out.add("ن" + aux + past)
    out.update(BARE_PRESENT.get(past, ()))
    return out


@lru_cache(maxsize=1)
def past_roots() -> frozenset:
    """hazm's past roots (``نشست``, ``ساخت``, ``رفت``): finite forms that are often nouns too."""
    return frozenset(_roots())


@lru_cache(maxsize=1)
def all_forms() -> frozenset:
    """Every conjugation (keys, any person) of every verb in hazm's verb list, with negated bare
    presents («ندارد», «نیست»): a word in it is a finite verb or a past participle."""
    out: set[str] = set()
    for past, presents in _roots().items():
        out |= conjugations(past, presents)
    out |= {"ن" + f for forms in BARE_PRESENT.values() for f in forms}
    return frozenset(out)


@lru_cache(maxsize=1)
def finite_forms() -> frozenset:
    """Third-person finite forms (keys) of every verb in hazm's verb list, and the copulas: what ends a
    clause («... برگزار می‌شود و», «... به مجلس رفت و»). Past roots are in it although many are nouns
    too («نشست», «ساخت»): callers that read more than the word before «و» leave them out (``past_roots``)."""
    out: set[str] = {"است", "نیست", "هست", "هستند", "بود", "بودند", "باشد", "باشند", "شد", "شدند", "شده", "دارد", "دارند"}
    for past, presents in _roots().items():
        out |= {f for f in _third(past, presents) if len(f) > 2}
    return frozenset(out)


@lru_cache(maxsize=1)
def subjunctive_forms() -> frozenset:
    """Third-person subjunctives (keys) of every verb in hazm's verb list, with «ب» or negated
    («بگیرند», «بدهد», «نکنند», «نشود»): they end a clause as the finite forms do («... باید در هر لیستی
    قرار بگیرند و برخی دیگر معتقدند ...»). Kept apart from ``finite_forms``, whose readers need the indicative."""
    out: set[str] = set()
    for presents in _roots().values():
        for q in presents:
            glide = _glide(q)
            out |= {pre + q + glide + p for pre in ("ب", "ن") for p in ("د", "ند")}
    return frozenset(f for f in out if len(f) > 3)


@dataclass(frozen=True)
class Lexicon:
    verb_forms: dict[str, str]                 # surface key -> past root
    cues: dict[tuple[str, str], Cue]           # (nominal key, past root) -> Cue
    nominals: dict[str, int]                   # nominal key -> max number of tokens
    split_nominals: tuple = ()
    fused: dict = None
    first_second: frozenset = frozenset()
    max_verb_tokens: int = 3
    long_tails: frozenset = frozenset()        # last word of each three-word nominal («بر این باور»)
    split_verbs: frozenset = frozenset()      # past roots of the split cues («شد», «بود»)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    roots = _roots()
    cues: dict[tuple[str, str], Cue] = {}
    nominals: dict[str, int] = {}
    verbs: set[str] = set()
    long_tails: set[str] = set()
    with open(os.path.join(_HERE, "lexicons", "cues.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            nominal, verb, np = (line.rstrip("\n").split("\t") + ["-", "-"])[:3]
            nkey = "" if nominal == "-" else key(nominal)
            cues[(nkey, verb)] = Cue(nkey, verb, np.strip() or "-")
            verbs.add(verb)
            if nkey:
                words = nominal.replace(ZWNJ, " ").split()
                nominals[nkey] = max(nominals.get(nkey, 0), len(words))
                if len(words) >= 3:
                    long_tails.add(key(words[-1]))
    forms: dict[str, str] = {}
    first_second: set[str] = set()
    for verb in verbs:
        presents = roots.get(verb, [])
        for f in conjugations(verb, presents):
            forms.setdefault(f, verb)
        first_second |= conjugations(verb, presents, "12") - _third(verb, presents)
    split = tuple(sorted({c.nominal for c in cues.values() if c.split}))
    split_verbs = frozenset(c.verb for c in cues.values() if c.split)
    # a compound written as one word (اظهارداشت، خاطرنشان‌کرد): nominal + simple past / perfect
    fused: dict[str, tuple[str, str]] = {}
    for (nk, verb), c in cues.items():
        if not nk or c.np == "split":
            continue
        for f, v in forms.items():
            if v == verb and not f.startswith(("می", "نمی", "خواه", "نخواه")):
                fused.setdefault(nk + f, (nk, verb))
        if verb == "بود":
            for clitic in _COPULA_CLITICS:  # «معتقدند»: the copula written onto its nominal
                fused.setdefault(nk + clitic, (nk, verb))
                if clitic != "ند":  # «امیدواریم»: our own words inside a quotation, like «بودیم»
                    first_second.add(nk + clitic)
    all_forms = dict(forms)
    for f, (nk, verb) in fused.items():
        all_forms.setdefault(f, verb)
    return Lexicon(all_forms, cues, nominals, split, fused, frozenset(first_second), long_tails=frozenset(long_tails),
                   split_verbs=split_verbs)

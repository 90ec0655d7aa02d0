"""Persian number grammar: digits in three scripts, number words, scales, fractions, ordinals.

Pure functions from text to values (``parse_number("یک و نیم میلیون") == 1_500_000``), shared by
``builder.claims``. Lexicons (number words, ordinals) are TSV data under ``builder/lexicons/``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"
ZWNJ = "\u200c"

# Digits and marks of the three scripts, folded the same way builder.normalize does (one char → one char).
_FOLD = str.maketrans({**{c: str(i % 10) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")},
                       "٫": ".", "٬": ",", "٪": "%", "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه",
                       "أ": "ا", "إ": "ا", "ٱ": "ا", "\u200d": ZWNJ, "\u064b": ZWNJ, "\u0670": ZWNJ})

#: One token: a digit group with inner separators (۱,۲۵۰ ، ۳/۵ ، 10:30), a run of letters, or one other mark.
TOKEN_RE = re.compile(r"\d+(?:[.,/،:]\d+)*|[^\W\d_]+|[^\s\w\u200c]")
_DIGIT_START = frozenset("0123456789")


def fold(s: str) -> str:
    """Fold Persian/Arabic digits and letter variants like ``builder.normalize`` (same length)."""
    return s.translate(_FOLD)


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon TSV (header line, ``#`` comments, blank lines skipped); values folded."""
    return _read_tsv(name)


@lru_cache(maxsize=None)
def _read_tsv(name: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [fold(c.strip()) for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    """``word → (value, type)``; type is atom, hundred, scale, half, denom or vague."""
    out: dict[str, tuple[float, str]] = {}
    for r in read_tsv("numbers_words.tsv"):
        out[r["word"]] = (float(r["value"]), r["type"])
    return out


@lru_cache(maxsize=1)
def irregular_ordinals() -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in read_tsv("numbers_ordinals.tsv")}


@lru_cache(maxsize=1)
def _words_by_length() -> list[str]:
    return sorted(number_words(), key=len, reverse=True)


@lru_cache(maxsize=1)
def _words_by_first() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in _words_by_length():
        out.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def number_prefixes() -> frozenset[str]:
    """Two-letter beginnings of number words: a cheap test before decomposing a token."""
    return frozenset(w[:2] for w in number_words()) | frozenset(w[:2] for w in irregular_ordinals())


def parse_digits(s: str) -> float | None:
    """A digit group (folded to ASCII) as a number: ``1,250,000``, ``30،000``, ``3/5`` = 3.5, ``1.5``.

    Dates (``1398/05/12``), clock times (``10:30``) and malformed groups give None.
    """
    s = fold(s).replace("،", ",")
    if ":" in s or not s or s[0] not in _DIGIT_START:
        return None
    if s.count("/") > 1:
        return None
    if "/" in s:
        if "," in s or "." in s:
            return None
        a, b = s.split("/")
        if len(a) == 4 and len(b) <= 2:     # 1398/5: year/month
            return None
        s = a + "." + b
    dec = ""
    if s.count(".") == 1 and "," not in s.split(".")[1]:
        s, dec = s.split(".")
    elif s.count(".") > 1:
        groups = s.split(".")
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            s = "".join(groups)
        else:
            return None
    if "," in s:
        groups = s.split(",")
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            s = "".join(groups)
        elif len(groups) == 2 and not dec:
            s, dec = groups
        else:
            return None
    if len(s) > 18:
        return None          # no quantity has 19+ digits: an ID, a code or garbage
    try:
        return float(s + ("." + dec if dec else ""))
    except ValueError:
        return None


@lru_cache(maxsize=1 << 18)
def decompose(word: str) -> tuple[bool, tuple[tuple[float, str, bool], ...]] | None:
    """Split one letter token into number-word pieces: ``یکهزار`` → (1, 1000), ``وپنج`` → و + 5.

    Returns ``(leading_va, pieces)`` where each piece is ``(value, type, joined_by_va)``; glued
    pieces without و are only allowed as atom + صد/scale, so ``سینه`` is not 39.
    """
    if not word or len(word) > 40:
        return None
    words = number_words()
    if word in words:
        v, t = words[word]
        return False, ((v, t, False),)
    lead = False
    w = word
    if w.startswith("و") and len(w) > 1 and w[1:] in words:
        v, t = words[w[1:]]
        return True, ((v, t, True),)
    if w.startswith("و"):
        lead, w = True, w[1:]
    pieces = _split(w, 0, lead)
    if pieces is None:
        return None
    return lead, pieces


def _split(w: str, i: int, va: bool):
    if i == len(w):
        return ()
    words = number_words()
    for cand in _words_by_first().get(w[i], ()):
        if w.startswith(cand, i):
            v, t = words[cand]
            if t in ("vague", "denom") and i + len(cand) != len(w):
                continue
            j = i + len(cand)
            rest_va = j < len(w) and w[j] == "و"
            nxt = j + 1 if rest_va else j
            if nxt == len(w) and rest_va:
                continue
            tail = _split(w, nxt, rest_va) if nxt < len(w) else ()
            if tail is None:
                continue
            if tail and not tail[0][2]:
                # glued without و: only atom + hundred/scale (یکهزار, چهارصد)
                if not (t == "atom" and v < 10 and tail[0][1] in ("hundred", "scale")) and \
                   not (t in ("atom", "hundred") and tail[0][1] == "scale"):
                    continue
            return ((v, t, va),) + tail
    return None


@dataclass
class Num:
    """A number phrase found in a token list: value, token range [i, j), and how it was written."""
    value: float
    i: int
    j: int
    words_only: bool
    last_scale: float | None
    vague: bool = False
    ordinal: bool = False
    n_pieces: int = 1
    start_shift: int = 0       # characters of a glued prefix (ازیک) to skip in the first token
    fraction: bool = False     # ends in a denominator (یک سوم, سه دهم)


def _place(v: float) -> float:
    if v >= 100 and v < 1000 and v % 100 == 0:
        return 100
    if 20 <= v < 100 and v % 10 == 0:
        return 10
    return 0


@lru_cache(maxsize=1 << 18)
def ordinal_value(tok: str) -> int | None:
    """``چهاردهمین`` → 14, ``دوم`` → 2, ``نخستین`` → 1, ``وششمین`` (after بیست) → 6; else None."""
    irr = irregular_ordinals()
    t = tok[1:] if tok.startswith("و") and len(tok) > 2 else tok
    if t in irr:
        return irr[t]
    if t.endswith("می") and len(t) > 3 and not t.endswith("مینی"):
        return ordinal_value(t[:-1])      # لیست دومی, دسته سومی: the second / third one
    for suf in ("امین", "مین", "ام", "م"):
        if t.endswith(suf) and len(t) > len(suf):
            base = t[: -len(suf)]
            if base in ("سی", "سه") and suf in ("م", "مین"):
                return None       # سیم (wire), سیمین (a name), سهم (share): سوم is the ordinal of سه
            if suf in ("ام", "امین") and not base.endswith("ی"):
                continue          # سی‌ام, but سهام (shares) and صدام (a name) are no ordinals
            d = decompose(base)
            if d is None:
                continue
            val = _eval_pieces([(v, ty, va) for v, ty, va in d[1]])
            if val is not None and val >= 1 and val == int(val):
                return int(val)
    return None


def _eval_pieces(pieces) -> float | None:
    st = _State()
    for v, t, va in pieces:
        if not st.add(v, t, va, digits=False):
            return None
    return st.value()


class _State:
    """Running value of a number phrase: total of closed scale groups + the open group."""

    __slots__ = ("bounds", "total", "cur", "last_atom", "last_was_scale", "last_scale", "n", "frac_done", "lead_digits")

    def __init__(self) -> None:
        self.total = 0.0
        self.bounds: list[float] = [0.0]
        self.cur = 0.0
        self.last_atom = 0.0
        self.last_was_scale = False
        self.last_scale: float | None = None
        self.n = 0
        self.frac_done = False
        self.lead_digits = False

    def value(self) -> float:
        return self.total + self.cur

    def add(self, v: float, t: str, va: bool, digits: bool) -> bool:
        """Try to extend the phrase with one piece; False when it cannot belong to it."""
        if self.frac_done:
            return False
        if t == "vague":
            return False
        if self.n == 0:
            if t == "denom" or va:
                return False
            if t == "scale":
                self.cur = v
                self.last_was_scale, self.last_scale = True, v
            elif t == "hundred":
                self.cur, self.last_atom = 100.0, 100.0
            elif t == "half":
                self.cur, self.last_atom = 0.5, 0.5
            else:
                self.cur, self.last_atom = v, v
            self.n = 1
            self.lead_digits = digits
            return True
        if t == "scale":
            if va:
                return False
            if self.last_was_scale:
                if self.last_scale is not None and v > self.last_scale:
                    self.cur *= v
                    self.last_scale = v
                    return True
                return False
            if self.last_scale is not None and v == self.last_scale:
                return False          # هزار و پانصد هزار: not one number
            if self.last_scale is not None and v > self.last_scale:
                # ۷ هزار و ۳۰۰ میلیارد = 7300 × 10⁹
                self.cur = (self.total + self.cur) * v
                self.total = 0.0
                self.bounds = [0.0]
                self.last_was_scale, self.last_scale = True, v
                self.n += 1
                return True
            self.cur = (self.cur or 1.0) * v
            self.last_was_scale, self.last_scale = True, v
            self.n += 1
            return True
        if t == "hundred":
            if not va and not self.last_was_scale and 1 <= self.cur <= 9 and self.total == 0 and self.n == 1:
                self.cur *= 100
                self.last_atom = self.cur
                self.n += 1
                return True
            if va and self.last_was_scale:
                self.total += self.cur
                self.cur = self.last_atom = 100.0
                self.last_was_scale = False
                self.n += 1
                return True
            return False
        if t == "half":
            if not va:
                return False
            if self.last_was_scale and self.last_scale:
                self.total += self.cur + 0.5 * self.last_scale
                self.cur = 0.0
                self.frac_done = True
            else:
                self.cur += 0.5
                self.last_atom = 0.5
            self.n += 1
            return True
        if t == "denom":
            if va or self.last_was_scale or self.cur <= 0:
                return False
            full = self.total + self.cur
            for b in self.bounds:          # ششصد و پنجاه و شش دهم = 650.6: numerator < denominator
                if 0 < full - b < v:
                    self.total, self.cur = b, (full - b) / v
                    break
            else:
                if self.total != 0:
                    return False
                if self.lead_digits and self.n == 1 and self.cur >= v:
                    return False      # ساعت ۱۶ هفتم اسفندماه: the hour, then the seventh (a day), not 16/7
                self.cur = self.cur / v
            self.frac_done = True
            self.n += 1
            return True
        # atom
        if not va:
            return False
        self.bounds.append(self.total + self.cur)
        if self.last_was_scale:
            if self.last_scale is not None and v >= self.last_scale:
                return False
            self.total += self.cur
            self.cur = self.last_atom = v
            self.last_was_scale = False
            self.n += 1
            return True
        if not digits and _place(self.last_atom) > v:
            self.cur += v
            self.last_atom = v
            self.n += 1
            return True
        return False


def _gap_ok(norm: str, a: int, b: int) -> bool:
    """Only spaces/ZWNJ (no line break) between two tokens of one number phrase."""
    if b - a > 3:
        return False
    for ch in norm[a:b]:
        if ch not in " \u200c\t":
            return False
    return True


def _piece_list(tok: str):
    """Pieces of one token: digits → one atom; letters → decomposition; else None."""
    if tok[0] in _DIGIT_START:
        v = parse_digits(tok)
        return None if v is None else (False, ((v, "atom", False),), True)
    d = decompose(tok)
    if d is None:
        return None
    return d[0], d[1], False


def _glued_va(tok: str):
    """A number word with و glued after it (هزارو ۲۰۰, صدو پنجاه): its pieces, else None."""
    if len(tok) > 2 and tok.endswith("و") and tok[0] not in _DIGIT_START:
        d = decompose(tok[:-1])
        if d is not None and not d[0]:
            return d[1]
    return None


def _vague_scaled(norm, toks, v, i, j) -> Num:
    """A vague plural, times a larger scale right after it (صدها میلیارد دلار → 1e11)."""
    if j < len(toks) and _gap_ok(norm, toks[j - 1][1], toks[j][0]):
        sc = number_words().get(toks[j][2])
        if sc is not None and sc[1] == "scale" and sc[0] > v:
            return Num(v * sc[0], i, j + 1, True, sc[0], vague=True)
    return Num(v, i, j, True, v, vague=True)


@lru_cache(maxsize=1)
def _glued_words() -> frozenset[str]:
    """Words that read like a qualifier glued to a number word but are words (``numbers_blockers.tsv`` type
    ``glued_word``: برده in «نام برده شد», not «بر ده»)."""
    return frozenset(r["word"] for r in read_tsv("numbers_blockers.tsv") if r["type"] == "glued_word")


def scan_number(norm: str, toks: list[tuple[int, int, str]], i: int, _sub: bool = False) -> Num | None:
    """Longest number phrase starting at token ``i`` (``۱۵ میلیارد و ۴۸۶ میلیون``, ``بیست‌وششمین``)."""
    tok = toks[i][2]
    first = _piece_list(tok)
    shift = 0
    carry_va = False       # the previous token ended in a glued و (هزارو)
    if first is None and _glued_va(tok) is not None:
        first, carry_va = (False, _glued_va(tok), False), True     # سیصدو پنجاه
    if first is None:
        # glued qualifier: ازیک, بریک (not برده «carried», برسه: words of their own)
        for pre in ("از", "بر"):
            if tok.startswith(pre) and len(tok) > len(pre) and tok not in _glued_words():
                d = decompose(tok[len(pre):])
                if d is not None and not d[0]:
                    first, shift = (False, d[1], False), len(pre)
                    break
        if first is None:
            ov = ordinal_value(tok)
            if ov is not None and not tok.startswith("و"):
                return Num(float(ov), i, i + 1, True, None, ordinal=True)
            return None
    lead_va, pieces, is_digit = first
    if lead_va:
        return None
    if not is_digit and len(pieces) == 1 and pieces[0][1] == "denom":
        ov = ordinal_value(tok)
        return None if ov is None else Num(float(ov), i, i + 1, True, None, ordinal=True)
    words = number_words()
    if len(pieces) == 1 and pieces[0][1] == "vague":
        return _vague_scaled(norm, toks, pieces[0][0], i, i + 1)
    # ده‌ها, میلیون‌ها: number word + ها
    if len(pieces) == 1 and not is_digit and i + 1 < len(toks) and toks[i + 1][2] == "ها" and \
            pieces[0][1] in ("atom", "scale", "hundred") and pieces[0][0] in (10, 100, 1000, 1e6, 1e9, 1e12) and \
            _gap_ok(norm, toks[i][1], toks[i + 1][0]):
        return _vague_scaled(norm, toks, pieces[0][0], i, i + 2)
    st = _State()
    words_only = not is_digit
    for v, t, va in pieces:
        if not st.add(v, t, va, digits=is_digit):
            return None
    j = i + 1
    n = len(toks)
    while j < n:
        if not _gap_ok(norm, toks[j - 1][1], toks[j][0]):
            break
        t2 = toks[j][2]
        va = carry_va
        k = j
        if t2 == "و" and carry_va:
            break
        if not carry_va and t2 != "و" and st.last_was_scale and st.last_scale == 1000 and len(t2) == 3 \
                and t2.isdigit() and t2[0] != "0":
            va = True      # ۳۱ هزار ۹۶۱ ریال: a full group of three digits after هزار, و left out
        if t2 == "و":
            if j + 1 >= n or not _gap_ok(norm, toks[j][1], toks[j + 1][0]):
                break
            va = True
            k = j + 1
            t2 = toks[k][2]
        pl = _piece_list(t2)
        trail = False
        if pl is None and not carry_va:
            glued = _glued_va(t2)
            if glued is not None:
                pl, trail = (False, glued, False), True
        if pl is None:
            # ordinal completing a compound: بیست و ششمین, بیست‌وششمین
            ov = ordinal_value(t2)
            if ov is not None and ov < 10 and (va or t2.startswith("و")) and _place(st.last_atom) > ov:
                return Num(st.value() + ov, i, k + 1, words_only, None, ordinal=True)
            if ov is not None and (va or t2.startswith("و")) and st.last_was_scale and st.last_scale \
                    and ov < st.last_scale:
                # هزار و پانصدمین, هزار‌وپانصدمین: an ordinal completing a scale group
                return Num(st.value() + ov, i, k + 1, words_only, None, ordinal=True)
            if ov is None and t2 in ("م", "مین", "ام", "امین") and not va and is_digit and toks[j - 1][1] == toks[j][0] \
                    and not (t2 == "م" and st.value() >= 1000):     # ۱۹۳۷م: م for میلادی after a year, no ordinal
                return Num(st.value(), i, k + 1, False, None, ordinal=True)
            break
        lva, pcs, dig = pl
        va = va or lva
        ok = True
        snapshot = (st.total, st.cur, st.last_atom, st.last_was_scale, st.last_scale, st.n, st.frac_done)
        nb = len(st.bounds)
        for idx, (v, t, pva) in enumerate(pcs):
            if not st.add(v, t, va if idx == 0 else pva, digits=dig):
                ok = False
                break
        if not ok:
            if va and len(pcs) == 1 and pcs[0][1] == "denom" and not dig:
                # بیست و هشتم: a denominator-looking word completing an ordinal
                ov = ordinal_value(t2)
                if ov is not None and ov < 10 and _place(st.last_atom) > ov and st.n == 1:
                    return Num(st.value() + ov, i, k + 1, words_only, None, ordinal=True)
            (st.total, st.cur, st.last_atom, st.last_was_scale, st.last_scale, st.n, st.frac_done) = snapshot
            del st.bounds[nb:]
            if va and not _sub and not st.frac_done and not st.last_was_scale and not dig and \
                    any(words.get(t[2], (0, ""))[1] == "denom" for t in toks[k + 1:k + 8]):
                # decimals in words: هفت و سه دهم, دوازده و بیست و پنج صدم (numerator scanned once, no recursion)
                sub = scan_number(norm, toks, k, _sub=True)
                if sub is not None and sub.fraction and sub.value < 1:
                    return Num(st.value() + sub.value, i, sub.j, words_only, None, n_pieces=st.n + 1,
                               start_shift=shift, fraction=True)
            break
        words_only = words_only and not dig
        carry_va = trail
        j = k + 1
    # a lone ordinal-looking denominator (دوم, سوم) is an ordinal, handled above; here value phrase
    return Num(st.value(), i, j, words_only, st.last_scale if st.last_was_scale else None,
               n_pieces=st.n, start_shift=shift, fraction=st.frac_done)


#: The gap is possessive and may end the text (``\Z``), so a long run of spaces/ZWNJ with no token
#: after it is consumed once instead of being rescanned from every position (quadratic).
_GAP_TOKEN_RE = re.compile(r"([\s\u200c_]*+)(" + TOKEN_RE.pattern + r"|\Z)")


def tokenize(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Tokens ``(start, end, text)`` of normalized text; ZWNJ and spaces separate tokens.

    (findall with the gap captured is faster than finditer + match methods.)"""
    end = len(norm) if end is None else end
    out: list[tuple[int, int, str]] = []
    ap = out.append
    pos = start
    for gap, tok in _GAP_TOKEN_RE.findall(norm, start, end):
        if not tok:
            break
        pos += len(gap)
        e = pos + len(tok)
        ap((pos, e, tok))
        pos = e
    return out


def parse_number(s: str) -> float | None:
    """The value of a whole number expression, or None: ``چهار صد`` → 400, ``۳/۵ میلیارد`` → 3.5e9.

    Handles digits of three scripts, words with و / ZWNJ / no space, نیم, fractions, scales,
    decimals with a space after the point (``١٠. ٣``) and vague plurals (``میلیون‌ها`` → 1e6).
    """
    norm = re.sub(r"(?<=\d)\. (?=\d)", ".", fold(s).strip())
    toks = tokenize(norm)
    if not toks:
        return None
    num = scan_number(norm, toks, 0)
    if num is None or num.j != len(toks) or num.ordinal:
        return None
    return num.value

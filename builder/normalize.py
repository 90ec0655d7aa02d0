"""Length-preserving normalization for matching.

Every character maps to exactly one character, so an offset into the normalized
text is the same offset into the original: spans found on the normalized text are
sliced out of the original text unchanged («Normalize for matching, never for what
you publish»). The letter table is hazm's own (``Normalizer().translation_src/dst``, kept in
``lexicons/hazm_letters.tsv`` so workers need not import hazm; a test holds the two equal);
on top of it we fold digits to ASCII, hamza-carrying alefs to ا, and zero-width /
bidi controls and diacritics to ZWNJ, which every pattern treats as optional. HTML
remnants (tags, ``&nbsp;``) become spaces, one per character (``builder.markup``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .markup import mask_markup

ZWNJ = "\u200c"

_DIGITS = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
_DIGITS_ASCII = "01234567890123456789"
# Characters that carry no letter: folded to ZWNJ so patterns see one kind of "soft" joiner.
_SOFT = "\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u0640" \
        "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
_EXTRA_SRC = "أإٱؤ٪٬٫؛" + "\u00a0\u2009\u202f\u2002\u2003"
_EXTRA_DST = "اااو%,.;" + "     "


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    from .hazm_data import letter_table

    table = {ord(s): d for s, d in letter_table()}
    # hazm turns curly quotes into straight ones; we keep them: direction matters for quotes.
    for ch in "“”":
        table.pop(ord(ch), None)
    for s, d in zip(_DIGITS, _DIGITS_ASCII):
        table[ord(s)] = d
    for s, d in zip(_EXTRA_SRC, _EXTRA_DST):
        table[ord(s)] = d
    for s in _SOFT:
        table[ord(s)] = ZWNJ
    assert all(len(v) == 1 for v in table.values())
    return table


# A joiner at a word's edge (a space on one side of it: «به گفته‌ مجروح», «كه‌ ») joins nothing;
# it becomes a space, so a cue or name reads as if typed cleanly («اندرسونِ فیلسوف»: a vowel mark too).
# A run with spaces on both sides is kept (a letterless token), and so are a hamza that spells its
# word («توصیهٔ») and a tatweel («۲ ـ عدم», «۷ـ اگر» use it as a dash).
_JOINERS = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
                     "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")   # and the short-vowel marks
_EDGE_PAIRS = tuple(p for sp in " \n\t" for p in (ZWNJ + sp, sp + ZWNJ))


def _unjoin_edges(out: str, text: str) -> str:
    runs = set()
    for pair in _EDGE_PAIRS:          # str.find: a C scan per pair, a Python step per hit only
        i = out.find(pair)
        while i >= 0:
            a = b = i if pair[0] == ZWNJ else i + 1
            while a > 0 and out[a - 1] == ZWNJ:
                a -= 1
            while b < len(out) and out[b] == ZWNJ:
                b += 1
            runs.add((a, b))
            i = out.find(pair, i + 1)
    parts, last = [], 0
    for a, b in sorted(runs):
        before = a == 0 or out[a - 1].isspace()
        after = b == len(out) or out[b].isspace()
        if before != after and all(ch in _JOINERS for ch in text[a:b]):
            parts += [out[last:a], " " * (b - a)]
            last = b
    return "".join(parts) + out[last:] if parts else out


@lru_cache(maxsize=1)
def _changed() -> re.Pattern:
    # Only the few characters the table changes are visited: 6× faster than str.translate,
    # which looks every character up in the dict.
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_table())) + "]")


def normalize(text: str) -> str:
    """Return ``text`` with letters, digits and controls folded; same length, same offsets.

    >>> normalize("وزير گفت ۲۰ درصد")
    'وزیر گفت 20 درصد'
    """
    table = _table()
    out = mask_markup(_changed().sub(lambda m: table[ord(m.group())], text))
    out = _unjoin_edges(out, text)
    assert len(out) == len(text)
    return out

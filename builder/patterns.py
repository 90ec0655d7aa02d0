"""Regular-expression pieces shared by the readers, written so that Python's regex engine can search fast.

A pattern whose every alternative opens with a plain letter lets the engine skip straight to the places
where those letters occur; one that opens with a look-behind (``(?<![\\w\\u200c])``, "at a word start") is
tried at every position of the text. The patterns searched through whole paragraphs are built here."""
from __future__ import annotations

import re
from itertools import accumulate, repeat


def word_start(*alternatives: str) -> str:
    r"""``(?<![\w\u200c])(?:a|b|…)``: one of the alternatives at a word start, the same matches. Each
    alternative opens with a plain letter, matched before the look-behind checks the character before it:
    ``a[0](?<![\w\u200c]a[0])a[1:]``."""
    for a in alternatives:
        assert a[:1].isalpha() and a[1:2] not in ("?", "*", "+", "{"), a
    return "(?:" + "|".join(f"{a[0]}(?<![\\w\\u200c]{a[0]}){a[1:]}" for a in alternatives) + ")"


def keyed_tokens(split: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    """``[(m.start(), m.end(), m.group().replace(ZWNJ, "")) for m in word.finditer(text)]``, given ``split``,
    ``word``'s pattern in one capturing group (``re.compile("(" + word.pattern + ")")``), where ``word`` never
    matches an empty string: one ``split``, the offsets summed and the ZWNJ dropped by C loops (a third faster
    than a match object per word)."""
    parts = split.split(text)   # gap, word, gap, word, …, gap
    ends = list(accumulate(map(len, parts)))
    return list(zip(ends[0::2], ends[1::2], map(str.replace, parts[1::2], repeat("\u200c"), repeat(""))))


class FirstSight(dict):
    """``fn(word)`` by word, computed on first sight: ``table[word]`` (or ``map(table.__getitem__, words)``) is a
    plain dict lookup, about half what an ``lru_cache`` hit costs in a loop over every token of a text. ``fn``
    must be pure; the table is emptied when it reaches ``limit`` words (a large corpus keeps meeting new ones).

    >>> lengths = FirstSight(len, 2); lengths["گفت"], lengths["اعلام"], len(lengths)
    (3, 5, 2)
    """

    def __init__(self, fn, limit: int):
        super().__init__()
        self.fn, self.limit = fn, limit

    def __missing__(self, word):
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.fn(word)
        return value


def _word_char(ch: str) -> bool:
    """``[\\w\\u200c]`` for one character (``\\w`` is ``str.isalnum`` or ``_``)."""
    return ch.isalnum() or ch == "_" or ch == "\u200c"


def loose_find(text: str, words: list[str]) -> tuple[int, int] | None:
    r"""The span of the first match of ``(?<![\w\u200c])w₁[\s\u200c]+w₂…(?![\w\u200c])`` in ``text``, where each
    word ``wᵢ`` may have one ZWNJ between any two of its letters (``"\u200c?".join(map(re.escape, wᵢ))``), or
    ``None``: the same span as that regex, found without compiling a pattern for each name. The words hold
    no whitespace and no ZWNJ (one holding a ZWNJ is the caller's to search with the regex)."""
    first, n = words[0][0], len(text)
    p = text.find(first)
    while p >= 0:
        if p == 0 or not _word_char(text[p - 1]):
            k = p
            for wi, w in enumerate(words):
                if wi:   # [\s\u200c]+: the next letter is neither, so all of the run is taken
                    if k >= n or not (text[k].isspace() or text[k] == "\u200c"):
                        break
                    k += 1
                    while k < n and (text[k].isspace() or text[k] == "\u200c"):
                        k += 1
                if not text.startswith(w[0], k):
                    break
                k += 1
                for ch in w[1:]:
                    if k < n and text[k] == "\u200c":   # «\u200c?» before a letter that is no ZWNJ: taken if there
                        k += 1
                    if k >= n or text[k] != ch:
                        break
                    k += 1
                else:
                    continue
                break
            else:
                if k >= n or not _word_char(text[k]):
                    return p, k
        p = text.find(first, p + 1)
    return None

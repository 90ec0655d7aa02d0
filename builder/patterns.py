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

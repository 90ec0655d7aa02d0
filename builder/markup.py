"""HTML remnants in crawled text (tags, comments, character entities), found in linear time.

The published ``text`` keeps them as decoded (offsets are sacred); the normalized copy used
for matching masks them with spaces, one per character, so no extractor reads a tag, an
attribute's quote marks or the digits of ``&#8204;`` as words, quotations or numbers.
"""
from __future__ import annotations

import re

# Every repetition is bounded and no two adjacent parts can match the same characters, so a
# failed attempt costs at most a few hundred steps per '<' or '&': linear in the text.
_TAG = re.compile(
    r"<!--.{0,4000}?-->"                                        # a comment
    r"|</?[A-Za-z][A-Za-z0-9]{0,20}(?:[\s/][^<>]{0,400})?>"      # <p>, </div>, <br/>, <a href="…">
    r"|<![A-Za-z][^<>]{0,400}>",                                 # <!DOCTYPE html>
    re.S)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|&nbsp(?![A-Za-z0-9;])")


def find_markup(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "tag" | "entity")`` of every HTML remnant in ``text``, in text order."""
    spans: list[tuple[int, int, str]] = []
    if "<" in text:
        spans += [(m.start(), m.end(), "tag") for m in _TAG.finditer(text)]
    if "&" in text:
        spans += [(m.start(), m.end(), "entity") for m in _ENTITY.finditer(text)]
    spans.sort()
    return spans


def mask_markup(text: str) -> str:
    """``text`` with every tag and entity replaced by as many spaces: same length, same offsets."""
    spans = find_markup(text)
    if not spans:
        return text
    pieces, pos = [], 0
    for start, end, _ in spans:
        if end <= pos:           # an entity inside a tag's attributes is already masked
            continue
        start = max(start, pos)
        pieces.append(text[pos:start])
        pieces.append(" " * (end - start))
        pos = max(pos, end)
    pieces.append(text[pos:])
    out = "".join(pieces)
    assert len(out) == len(text)
    return out


def describe_markup(text: str) -> str | None:
    """A build-report note such as ``"HTML remnants: 3 tags, 1 entity …"``, or ``None``."""
    spans = find_markup(text)
    if not spans:
        return None
    tags = sum(1 for s in spans if s[2] == "tag")
    entities = len(spans) - tags
    parts = [f"{n} {one if n == 1 else many}"
             for n, one, many in ((tags, "tag", "tags"), (entities, "entity", "entities")) if n]
    return f"HTML remnants: {', '.join(parts)} (kept in text, masked for matching)"

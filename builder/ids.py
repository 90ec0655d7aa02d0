"""Stable identifiers: a function of the article text (and a span's kind and offsets) only."""
from __future__ import annotations

import hashlib


def article_id(text: str) -> str:
    """``a`` + 16 hex digits of the SHA-256 of the decoded article text."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def record_id(prefix: str, article: str, kind: str, start: int, end: int) -> str:
    """Id of a span record: same article, kind and offsets give the same id in every build."""
    key = f"{article}:{kind}:{start}:{end}".encode("utf-8")
    return prefix + hashlib.sha256(key).hexdigest()[:16]

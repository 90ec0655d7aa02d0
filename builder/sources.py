"""The article's source chain: «به گزارش X به نقل از Y» (first pass)."""
from __future__ import annotations

import re

from .segment import Paragraph

_CHAIN = re.compile(r"به گزارش\s+([^،,:\n]{2,40}?)\s*(?:[،,:]|$)(?:\s*به نقل از\s+([^،,:\n]{2,40}?)\s*[،,:])?")


def extract_sources(text: str, norm: str, paras: list[Paragraph]) -> list[str]:
    for p in paras:
        if p.is_title:
            continue
        m = _CHAIN.search(norm, p.start, min(p.end, p.start + 200))
        if m:
            return [text[m.start(g):m.end(g)] for g in (1, 2) if m.group(g)]
        return []
    return []

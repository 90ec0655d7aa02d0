"""Numeric claims and mentions: first pass (digits, scale word, percent).

Replaced by the full number grammar of issue 4.
"""
from __future__ import annotations

import re

from .numbers import SCALES, parse_digits
from .segment import Paragraph

_NUM = re.compile(r"(?<![\w.])(\d+(?:[.,/]\d+)*)(?:\s*(هزار|میلیون|میلیارد))?(?:\s*(درصد|%))?")


def extract_claims(text: str, norm: str, paras: list[Paragraph], quotes: list[dict]):
    claims, mentions = [], []
    for p in paras:
        for m in _NUM.finditer(norm, p.start, p.end):
            try:
                value = parse_digits(m.group(1))
            except ValueError:
                continue
            if m.group(2):
                value *= SCALES[m.group(2)]
            start, end = m.span()
            if not m.group(2) and not m.group(3) and 1300 <= value <= 2100 and value.is_integer():
                mentions.append({"kind": "year", "text": text[start:end], "value": value, "start": start, "end": end})
                continue
            qi = next((i for i, q in enumerate(quotes) if q["start"] <= start and end <= q["end"]), None)
            claims.append({
                "kind": "percent" if m.group(3) else "count", "text": text[start:end], "value": value,
                "value_high": None, "unit": "percent" if m.group(3) else None, "qualifier": "exact",
                "subject": None, "start": start, "end": end, "quote_index": qi,
                "speaker": quotes[qi]["speaker"] if qi is not None else None,
            })
    return claims, mentions

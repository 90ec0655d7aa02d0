"""Quotations: first pass (direct quotes after a cue and a colon; «که» and colon clauses).

Replaced by the full attribution of issue 3.
"""
from __future__ import annotations

import re

from .segment import Paragraph

_CUES = r"(?:گفت|افزود|اعلام کرد|تاکید کرد|خاطر نشان کرد|تصریح کرد|اظهار داشت|ادامه داد)"
_DIRECT = re.compile(r"([^.،:«»\"]{2,60}?)\s+(" + _CUES + r")\s*:\s*[«\"“]([^»\"”]+)[»\"”]?")
_INDIRECT = re.compile(r"([^.،:«»\"]{2,60}?)\s+(" + _CUES + r")(?:\s+که\s+|\s*:\s*)([^«\"“][^\n]*?)(?=\.\s|\.$|$)")


def extract_quotations(text: str, norm: str, paras: list[Paragraph]) -> list[dict]:
    out = []
    for p in paras:
        for pattern, kind in ((_DIRECT, "direct"), (_INDIRECT, "indirect")):
            for m in pattern.finditer(norm, p.start, p.end):
                speaker = text[m.start(1):m.end(1)].strip()
                start, end = m.span(3)
                if end <= start:
                    continue
                out.append({"kind": kind, "speaker": speaker, "mention": speaker,
                            "cue": text[m.start(2):m.end(2)], "content": text[start:end],
                            "start": start, "end": end})
    return out

"""The whole extraction, top to bottom: read → normalize → segment → attribute → claims.

``extract_article`` is a pure function from one article's text to its records (no I/O),
so it runs the same in a test, in a worker process or in a Ray task. Validation and
writing happen at the edges (``builder.build``).
"""
from __future__ import annotations

from time import perf_counter
from typing import Any

from . import ids
from .claims import extract_claims
from .normalize import normalize
from .quotes import extract_quotations
from .segment import paragraphs
from .sources import extract_sources


def extract_article(text: str, file: str, meta: dict[str, Any] | None = None,
                    timings: dict[str, float] | None = None) -> dict[str, list[dict]]:
    """All records of one article: ``{"articles": [...], "quotations": [...], "claims": [...], "mentions": [...]}``.

    Offsets in every record index ``text`` itself (the decoded file), never the normalized copy.
    Given a ``timings`` dict, the seconds of each stage are added to it (for ``make bench``).
    """
    clock = _Clock(timings)
    meta = meta or {}
    norm = normalize(text)
    clock.lap("normalize")
    paras = paragraphs(text)
    title = next((text[p.start:p.end] for p in paras if p.is_title), "")
    aid = ids.article_id(text)
    clock.lap("segment")

    sources = extract_sources(text, norm, paras)
    clock.lap("sources")
    quotes = extract_quotations(text, norm, paras)
    quote_rows = []
    for q in quotes:
        qid = ids.record_id("q", aid, q["kind"], q["start"], q["end"])
        q["quote_id"] = qid
        quote_rows.append({
            "quote_id": qid, "article_id": aid, "kind": q["kind"], "speaker": q["speaker"],
            "mention": q["mention"], "cue": q["cue"], "content": q["content"],
            "start": q["start"], "end": q["end"],
        })

    clock.lap("quotations")

    claims, mentions = extract_claims(text, norm, paras, quotes)
    claim_rows = []
    for c in claims:
        qi = c.get("quote_index")
        claim_rows.append({
            "claim_id": ids.record_id("c", aid, c["kind"], c["start"], c["end"]),
            "article_id": aid, "quote_id": quotes[qi]["quote_id"] if qi is not None else None,
            "kind": c["kind"], "text": c["text"], "value": float(c["value"]),
            "value_high": None if c.get("value_high") is None else float(c["value_high"]),
            "unit": c.get("unit"), "qualifier": c["qualifier"], "subject": c.get("subject"),
            "speaker": c.get("speaker"), "start": c["start"], "end": c["end"],
        })
    mention_rows = [{
        "mention_id": ids.record_id("m", aid, m["kind"], m["start"], m["end"]),
        "article_id": aid, "kind": m["kind"], "text": m["text"],
        "value": None if m.get("value") is None else float(m["value"]),
        "start": m["start"], "end": m["end"],
    } for m in mentions]

    article = {
        "article_id": aid, "file": file, "title": title, "text": text, "sources": sources,
        "date": _str_or_none(meta.get("date")), "outlet": _str_or_none(meta.get("outlet")),
        "url": _str_or_none(meta.get("url")),
    }
    clock.lap("claims")
    return {"articles": [article], "quotations": quote_rows, "claims": claim_rows, "mentions": mention_rows}


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


class _Clock:
    """Adds the seconds since the last lap to ``timings[stage]``; does nothing without a dict."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.last = perf_counter() if timings is not None else 0.0

    def lap(self, stage: str) -> None:
        if self.timings is not None:
            now = perf_counter()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
            self.last = now

"""Scoring of numeric claims and mentions against the gold annotation (pure functions).

A prediction matches a gold record one-to-one when values agree (relative 1e-6) and spans overlap;
gold spans are located by substring search (nearest unmatched occurrence). ``python -m builder.eval_claims``
scores the pipeline on the dev set.
"""
from __future__ import annotations

import math
import re
import unicodedata

_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ۀ": "ه",
                       "\u200c": " ", "\u200d": " ", "\u00a0": " ",
                       **{c: str(i % 10) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")}})


def _norm(s: str | None) -> str | None:
    """The scorer's own light normalization: letter variants, digits, ZWNJ → space, no diacritics."""
    if s is None:
        return None
    s = "".join(ch for ch in unicodedata.normalize("NFC", s) if unicodedata.category(ch) != "Mn")
    s = s.translate(_FOLD)
    return re.sub(r"\s+", " ", s).strip()


#: Function words and ZWNJ-split suffixes carry no content: ``کلاس‌ها`` = ``کلاس‌های``, ``در``/``از`` ignored.
_FUNCTION = frozenset("از در به با برای و را که ی ها های ای تا بر".split())


def _tokens(s: str | None) -> list[str]:
    toks = [t for t in re.split(r"[\s\W]+", _norm(s) or "") if t]
    return [t for t in toks if t not in _FUNCTION] or toks


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    common, pool = 0, list(tb)
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _locate(golds: list[dict], text: str) -> list[tuple[int, int] | None]:
    """Spans of gold records in text (gold lists follow text order): each takes the first occurrence
    after the previous record that no earlier record holds; repeated strings take successive ones."""
    spans: list[tuple[int, int] | None] = []
    taken: list[tuple[int, int]] = []
    last = 0
    for g in golds:
        t = g.get("text") or ""
        occ = [(o, o + len(t)) for o in _occurrences(text, t)] if t else []
        free = [sp for sp in occ if not any(a <= sp[0] and sp[1] <= b or sp[0] <= a and b <= sp[1] for a, b in taken)]
        pick = next((sp for sp in free if sp[0] >= last), None) or (free[0] if free else (occ[0] if occ else None))
        spans.append(pick)
        if pick:
            taken.append(pick)
            last = pick[0]
    return spans


def _occurrences(text: str, t: str) -> list[int]:
    out, k = [], text.find(t)
    while k >= 0 and t:
        out.append(k)
        k = text.find(t, k + 1)
    return out


def _match(golds: list[dict], preds: list[dict], text: str, same) -> list[tuple[dict, dict]]:
    """One-to-one pairs: value-equal and overlapping; each gold takes the nearest unmatched prediction."""
    used: set[int] = set()
    pairs = []
    order = _locate(golds, text)
    for g, span in zip(golds, order):
        cands = [span] if span else []
        if g.get("text"):
            cands += [(o, o + len(g["text"])) for o in _occurrences(text, g["text"])
                      if (o, o + len(g["text"])) != span]
        best, best_d = None, None
        for sp in cands:
            if best is not None:
                break
            for k, p in enumerate(preds):
                if k in used or not same(g, p):
                    continue
                ps, pe = p.get("start"), p.get("end")
                if ps is None:
                    occ = _occurrences(text, p.get("text", ""))
                    if not occ:
                        continue
                    ps = min(occ, key=lambda o: abs(o - sp[0]))
                    pe = ps + len(p.get("text", ""))
                if ps < sp[1] and sp[0] < pe:
                    d = abs(ps - sp[0])
                    if best_d is None or d < best_d:
                        best, best_d = k, d
        if best is not None:
            used.add(best)
            pairs.append((g, preds[best]))
    return pairs


def _prf(tp: int, n_gold: int, n_pred: int) -> dict:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "gold": n_gold, "predicted": n_pred}


def score_claims(pairs: list[tuple[list[dict], list[dict], str]]) -> dict:
    """Claim P/R/F1 over articles ``(gold, predicted, article_text)`` plus accuracies on matched pairs."""
    tp = ng = npred = 0
    acc = {"qualifier": [0, 0], "kind": [0, 0], "unit": [0, 0], "subject": [0, 0], "speaker": [0, 0]}
    for gold, pred, text in pairs:
        m = _match(gold, pred, text, lambda g, p: _close(g.get("value"), p.get("value")))
        tp += len(m)
        ng += len(gold)
        npred += len(pred)
        for g, p in m:
            for f in ("qualifier", "kind", "unit"):
                acc[f][0] += g.get(f) == p.get(f)
                acc[f][1] += 1
            acc["subject"][0] += token_f1(g.get("subject"), p.get("subject")) >= 0.5
            acc["subject"][1] += 1
            acc["speaker"][0] += _norm(g.get("speaker")) == _norm(p.get("speaker"))
            acc["speaker"][1] += 1
    out = _prf(tp, ng, npred)
    for f, (ok, tot) in acc.items():
        out[f"{f}_accuracy"] = ok / tot if tot else None
    return out


def score_mentions(pairs: list[tuple[list[dict], list[dict], str]]) -> dict:
    """Mention P/R/F1: same kind, overlapping span, equal value (None == None)."""
    tp = ng = npred = 0
    for gold, pred, text in pairs:
        m = _match(gold, pred, text, lambda g, p: g.get("kind") == p.get("kind") and _close(g.get("value"), p.get("value")))
        tp += len(m)
        ng += len(gold)
        npred += len(pred)
    return _prf(tp, ng, npred)


def _main(argv: list[str] | None = None) -> int:
    import argparse
    import json
    from pathlib import Path

    from .pipeline import extract_article

    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", default=str(here.parent / "shared" / "gold"),
                    help="gold folder holding <set>.jsonl and <set>-files.txt (or a .jsonl file)")
    ap.add_argument("--set", default="dev", help="gold set name (default: dev)")
    ap.add_argument("--corpus", default=str(here.parent / "shared" / "corpus"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print misses and false positives")
    ap.add_argument("--check-corpus", action="store_true",
                    help="run extract_claims on every corpus file: nothing raises, spans slice exactly; print timing")
    a = ap.parse_args(argv)
    if a.check_corpus:
        return _check_corpus(Path(a.corpus))
    gold_path = Path(a.gold)
    if gold_path.is_dir():
        gold_path = gold_path / f"{a.set}.jsonl"
    files_path = gold_path.parent / f"{gold_path.stem}-files.txt"
    files = {Path(l.strip()).name: l.strip() for l in
             files_path.read_text(encoding="utf-8").splitlines() if l.strip()}
    cpairs, mpairs = [], []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        rel = files.get(g["file"], g["file"])
        text = (Path(a.corpus) / rel).read_text(encoding="utf-8")
        out = extract_article(text, rel)
        cpairs.append((g.get("claims", []), out["claims"], text))
        mpairs.append((g.get("mentions", []), out["mentions"], text))
        if a.verbose:
            _diff(g["file"], g.get("claims", []), out["claims"], g.get("mentions", []), out["mentions"], text)
    c, m = score_claims(cpairs), score_mentions(mpairs)
    print(f"claims   P={c['precision']:.3f} R={c['recall']:.3f} F1={c['f1']:.3f} "
          f"(tp={c['tp']} gold={c['gold']} pred={c['predicted']})")
    print("         " + " ".join(f"{f}={c[f + '_accuracy']:.3f}" if c[f + "_accuracy"] is not None else f"{f}=n/a"
                                   for f in ("qualifier", "kind", "unit", "subject", "speaker")))
    print(f"mentions P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
          f"(tp={m['tp']} gold={m['gold']} pred={m['predicted']})")
    return 0


def _check_corpus(root) -> int:
    """Whole-corpus smoke test: every span slices exactly, fields are valid; time of extract_claims only."""
    import time

    from .claims import extract_claims
    from .normalize import normalize
    from .quotes import extract_quotations
    from .segment import paragraphs

    kinds = {"count", "percent", "money", "measure", "ratio", "duration"}
    quals = {"exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range"}
    files = sorted(root.rglob("*.txt"))
    total, nc, nm = 0.0, 0, 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        norm, paras = normalize(text), paragraphs(text)
        quotes = extract_quotations(text, norm, paras)
        t0 = time.perf_counter()
        claims, mentions = extract_claims(text, norm, paras, quotes)
        total += time.perf_counter() - t0
        for r in claims + mentions:
            assert text[r["start"]:r["end"]] == r["text"] and r["start"] < r["end"], (f, r)
        for c in claims:
            assert c["kind"] in kinds and c["qualifier"] in quals and isinstance(c["value"], float), (f, c)
        nc, nm = nc + len(claims), nm + len(mentions)
    print(f"{len(files)} files OK: {nc} claims, {nm} mentions; extract_claims {total:.2f}s total, "
          f"{1000 * total / max(1, len(files)):.3f} ms/article")
    return 0


def _print_unmatched(gold, pred, matched, miss, fp, fp_fields=()):
    """Print the gold records no prediction matched (``miss``) and the predictions no gold did (``fp``)."""
    mg = {id(g) for g, _ in matched}
    mp = {id(p) for _, p in matched}
    for g in gold:
        if id(g) not in mg:
            print(f"  {miss}", g["kind"], repr(g["text"]), g["value"])
    for p in pred:
        if id(p) not in mp:
            print(f"  {fp}", p["kind"], repr(p["text"]), p["value"], *(p[f] for f in fp_fields))


def _diff(name, gc, pc, gm, pm, text):
    print("=====", name)
    matched = _match(gc, pc, text, lambda g, p: _close(g.get("value"), p.get("value")))
    _print_unmatched(gc, pc, matched, "MISS", "FP  ", ("qualifier", "unit"))
    for g, p in matched:
        bad = [f for f in ("qualifier", "kind", "unit") if g.get(f) != p.get(f)]
        if token_f1(g.get("subject"), p.get("subject")) < 0.5:
            bad.append("subject")
        if _norm(g.get("speaker")) != _norm(p.get("speaker")):
            bad.append("speaker")
        if bad:
            print("  DIFF", repr(g["text"]), {f: (g.get(f), p.get(f)) for f in bad})
    mm = _match(gm, pm, text, lambda g, p: g.get("kind") == p.get("kind") and _close(g.get("value"), p.get("value")))
    _print_unmatched(gm, pm, mm, "MMISS", "MFP  ")


if __name__ == "__main__":
    raise SystemExit(_main())

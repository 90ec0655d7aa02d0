"""Score the builder against the hand-annotated dev set (``gold/dev.jsonl``).

    python -m builder.evaluate --gold /work/shared/gold --corpus /work/shared/corpus [--release DIR] [--json PATH]

Quotations are matched one-to-one within an article, greedily by best token F1 between gold and
predicted ``content``; a pair counts at overlap 0.5 or 0.8 when its token F1 reaches it. Speaker,
kind and cue accuracy are read on the pairs matched at 0.5. Source chains count when the whole
list is equal. The scorer normalizes with its own small table (never ``builder.normalize``) so a
change in the builder's normalization cannot flatter its own score.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from typing import Any

THRESHOLDS = (0.5, 0.8)

_FOLD = str.maketrans({
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و",
    **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}, **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
    "\u200c": " ", "\u200d": "", "\u200e": "", "\u200f": "", "\u0640": "", "\u00a0": " ",
})
_DROP = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670")
_PUNCT = set('.,،;؛:!?؟«»"“”\'()[]{}-–—/\\…*•')


def norm_tokens(s: str) -> list[str]:
    """The scorer's own normalization: fold letters and digits, drop diacritics and punctuation."""
    s = "".join(ch for ch in (s or "").translate(_FOLD) if ch not in _DROP)
    s = "".join(" " if ch in _PUNCT else ch for ch in s)
    return s.split()


def norm_str(s: str) -> str:
    return " ".join(norm_tokens(s))


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(norm_tokens(a)), Counter(norm_tokens(b))
    if not ta or not tb:
        return 0.0
    common = sum((ta & tb).values())
    if common == 0:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def match(gold: list[dict], pred: list[dict], threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching by best token F1 (ties: text order); pairs below threshold drop."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            f = token_f1(g.get("content", ""), p.get("content", ""))
            if f >= threshold and f > 0:
                cands.append((-f, i, j))
    cands.sort()
    used_g, used_p, out = set(), set(), []
    for nf, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, -nf))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "matched": tp, "predicted": n_pred, "gold": n_gold}


def score(articles: list[dict]) -> dict[str, Any]:
    """``articles``: dicts with gold/pred ``quotations`` and ``sources`` (and claims, mentions, text)."""
    res: dict[str, Any] = {"articles": len(articles), "quotations": {}}
    n_gold = sum(len(a["gold_quotations"]) for a in articles)
    n_pred = sum(len(a["pred_quotations"]) for a in articles)
    for t in THRESHOLDS:
        tp = sum(len(match(a["gold_quotations"], a["pred_quotations"], t)) for a in articles)
        res["quotations"][f"overlap_{t}"] = _prf(tp, n_pred, n_gold)
    sp = kd = cu = tot = 0
    per_article = []
    for a in articles:
        pairs = match(a["gold_quotations"], a["pred_quotations"], 0.5)
        for i, j, _ in pairs:
            g, p = a["gold_quotations"][i], a["pred_quotations"][j]
            tot += 1
            sp += norm_str(g.get("speaker", "")) == norm_str(p.get("speaker", ""))
            kd += g.get("kind") == p.get("kind")
            cu += norm_str(g.get("cue", "")) == norm_str(p.get("cue", ""))
        per_article.append({"file": a["file"], "gold": len(a["gold_quotations"]), "predicted": len(a["pred_quotations"]),
                            "matched_0.5": len(pairs),
                            "sources_exact": [norm_str(s) for s in a["gold_sources"]] == [norm_str(s) for s in a["pred_sources"]]})
    res["speaker_accuracy"] = round(sp / tot, 4) if tot else 0.0
    res["kind_accuracy"] = round(kd / tot, 4) if tot else 0.0
    res["cue_accuracy"] = round(cu / tot, 4) if tot else 0.0
    res["sources_exact"] = round(sum(x["sources_exact"] for x in per_article) / len(articles), 4) if articles else 0.0
    res["per_article"] = per_article
    try:
        from . import eval_claims  # written by another developer; optional
    except ImportError:
        eval_claims = None
    if eval_claims is not None:
        try:
            res["claims"] = eval_claims.score_claims([(a["gold_claims"], a["pred_claims"], a["text"]) for a in articles])
            res["mentions"] = eval_claims.score_mentions([(a["gold_mentions"], a["pred_mentions"], a["text"]) for a in articles])
        except Exception as exc:  # a broken claims scorer must not hide the quotation figures
            res["claims_error"] = repr(exc)
    return res


def _load_gold(gold_dir: str, name: str = "dev") -> tuple[list[dict], dict[str, str]]:
    gold = []
    with open(os.path.join(gold_dir, f"{name}.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                gold.append(json.loads(line))
    paths: dict[str, str] = {}
    lst = os.path.join(gold_dir, f"{name}-files.txt")
    if os.path.exists(lst):
        with open(lst, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    paths[os.path.basename(line)] = line
    return gold, paths


def _predict_in_process(rel: str, text: str) -> dict:
    from .pipeline import extract_article

    return extract_article(text, rel)


def _predict_from_release(release: str) -> dict[str, dict]:
    import polars as pl

    def read(config):
        d = os.path.join(release, "data", config)
        if not os.path.isdir(d):
            return None
        files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".parquet"))
        return pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed") if files else None

    arts = read("articles")
    if arts is None:
        raise SystemExit(f"no articles Parquet under {release}/data/articles")
    by_file: dict[str, dict] = {}
    id_to_file = {}
    for row in arts.iter_rows(named=True):
        base = os.path.basename(row["file"])
        by_file[base] = {"articles": [row], "quotations": [], "claims": [], "mentions": []}
        id_to_file[row["article_id"]] = base
    for config in ("quotations", "claims", "mentions"):
        df = read(config)
        if df is None:
            continue
        for row in df.iter_rows(named=True):
            base = id_to_file.get(row["article_id"])
            if base is not None:
                by_file[base][config].append(row)
    return by_file


def evaluate(gold_dir: str, corpus_dir: str, release: str | None = None, name: str = "dev") -> dict[str, Any]:
    """Score the builder (in-process, or a built release) on the dev set; machine-readable."""
    gold, paths = _load_gold(gold_dir, name)
    released = _predict_from_release(release) if release else None
    articles = []
    for g in gold:
        base = os.path.basename(g["file"])
        rel = paths.get(base, g["file"])
        with open(os.path.join(corpus_dir, rel), encoding="utf-8") as fh:
            text = fh.read()
        if released is not None:
            out = released.get(base, {"articles": [{"sources": []}], "quotations": [], "claims": [], "mentions": []})
        else:
            out = _predict_in_process(rel, text)
        art = out["articles"][0] if out["articles"] else {"sources": []}
        articles.append({
            "file": rel, "text": text,
            "gold_quotations": g.get("quotations", []), "pred_quotations": out["quotations"],
            "gold_sources": g.get("sources", []), "pred_sources": list(art.get("sources") or []),
            "gold_claims": g.get("claims", []), "pred_claims": out.get("claims", []),
            "gold_mentions": g.get("mentions", []), "pred_mentions": out.get("mentions", []),
        })
    res = score(articles)
    res["mode"] = "release" if release else "in-process"
    return res


def _print(res: dict[str, Any]) -> None:
    print(f"{res.get('set', 'dev')} articles: {res['articles']} ({res['mode']})")
    for t in THRESHOLDS:
        q = res["quotations"][f"overlap_{t}"]
        print(f"quotations @{t}: P {q['precision']:.3f}  R {q['recall']:.3f}  F1 {q['f1']:.3f}"
              f"  ({q['matched']} matched / {q['predicted']} predicted / {q['gold']} gold)")
    print(f"speaker accuracy: {res['speaker_accuracy']:.3f}")
    print(f"kind accuracy:    {res['kind_accuracy']:.3f}")
    print(f"cue accuracy:     {res['cue_accuracy']:.3f}")
    print(f"source chains exact: {res['sources_exact']:.3f}")
    for name in ("claims", "mentions"):
        if name in res:
            print(f"{name}: {json.dumps(res[name], ensure_ascii=False)}")
    if "claims_error" in res:
        print(f"claims scorer failed: {res['claims_error']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="goftar eval", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="../shared/gold")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--release", default=None, help="a built release folder (reads its Parquet)")
    ap.add_argument("--set", default="dev", help="gold set: <gold>/<set>.jsonl with <set>-files.txt (default: dev)")
    ap.add_argument("--json", default=None, help="also write the figures as JSON here")
    ap.add_argument("--verbose", action="store_true", help="per-article counts")
    args = ap.parse_args(argv)
    res = evaluate(args.gold, args.corpus, args.release, args.set)
    res["set"] = args.set
    _print(res)
    if args.verbose:
        for a in res["per_article"]:
            print(a)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())

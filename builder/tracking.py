"""Cross-article tracks: copies of one story, one quotation across outlets, one figure over time.

Tracks span articles, so they are computed once every article is extracted, from each
article's ``track_input`` (shingles and a few columns, gathered by the build before any shard
is written, so the added columns go into each shard once). The core functions are pure: rows in, tracks and back-references out. They only
read contract columns (speaker, content, subject, kind, unit, value, …), never extractor
internals. Ids: a track's id is a hash of its smallest member id, so the same member set has
the same id in every build, whatever the corpus order or what else is in the corpus.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from .dates import to_iso
import numpy as np

from .minhash import (MinHasher, UnionFind, band_keys, fold_words, hash_words, live_rows, lsh_buckets, shingles,
                      shingles_many, token_hashes, tokens, words)

#: Article copies: word 3-gram shingles, 64 permutations in 16 bands of 4.
ARTICLE_SHINGLE, ARTICLE_PERM, ARTICLE_BANDS = 3, 64, 16
ARTICLE_JACCARD, ARTICLE_OVERLAP, ARTICLE_MIN_OVERLAP_SET = 0.7, 0.9, 30
#: A trimmed copy is at least this share of the other's size: a roundup that contains a whole
#: story is not a copy of it (marking it duplicate_of would hide its other quotations).
ARTICLE_MIN_SIZE_RATIO = 0.8
#: Quotations: word 2-gram shingles, 128 permutations in 32 bands of 4 (candidate for J ≳ 0.45).
QUOTE_SHINGLE, QUOTE_PERM, QUOTE_BANDS = 2, 128, 32
QUOTE_JACCARD, QUOTE_OVERLAP, QUOTE_MIN_OVERLAP_SET = 0.6, 0.9, 6
#: Claim values agree when (max − min) ≤ CLAIM_TOLERANCE × max(|max|, |min|).
CLAIM_TOLERANCE = 0.05
#: Content tokens read after a claim's span when the claim has no subject.
CONTEXT_TOKENS = 2
BIG_BUCKET = 30

_LEXICONS = Path(__file__).resolve().parent / "lexicons"
_PLURAL = ("هایی", "های", "ها")
_NOT_PLURAL = {"تنها", "آنها", "اینها", "بها", "رها", "صدها", "هزارها", "ماها",
               "رایگان", "گروگان", "بازرگان", "شایگان", "دهگان", "پایان", "مایان"}
_SENTENCE_END = re.compile(r"[.!?؟؛:\n«»\"“”()]")


def track_id(prefix: str, member_ids: list[str]) -> str:
    """``prefix`` + 16 hex digits of the SHA-256 of the smallest member id."""
    return prefix + hashlib.sha256(min(member_ids).encode("utf-8")).hexdigest()[:16]


def _date_key(date: str | None, rid: str) -> tuple[str, str]:
    return (date or "9999-99-99", rid)


# ---------------------------------------------------------------- articles

def article_info(articles: list[dict]) -> dict[str, dict]:
    """Per article: ISO date, outlet (meta, else the reporting source) and ``duplicate_of``."""
    info = {}
    for a in articles:
        sources = a.get("sources") or []
        info[a["article_id"]] = {
            "date_iso": to_iso(a.get("date")),
            "outlet": a.get("outlet") or (sources[0] if sources else None),
        }
    for aid, original in duplicate_articles(articles, info).items():
        info[aid]["duplicate_of"] = original
    for aid, row in info.items():
        row.setdefault("duplicate_of", None)
        row["story"] = row["duplicate_of"] or aid
    return info


def duplicate_articles(articles: list[dict], info: dict[str, dict]) -> dict[str, str]:
    """``{article_id: article_id of the earliest copy}`` for every article that copies another."""
    return duplicate_groups({a["article_id"]: article_shingles(a["text"]) for a in articles}, info)


def article_shingles(text: str | None) -> np.ndarray:
    """An article's word 3-gram shingles, as compact sorted ``uint32`` (all a copy check needs of its text)."""
    return shingles(token_hashes(text or ""), ARTICLE_SHINGLE).astype(np.uint32)


@lru_cache(maxsize=1)
def article_hasher() -> MinHasher:
    return MinHasher(ARTICLE_PERM)


def article_signature(shingle_set: np.ndarray) -> np.ndarray:
    """An article's MinHash signature (the row ``duplicate_groups`` would compute for it)."""
    return article_hasher().signatures([shingle_set])[0]


def duplicate_groups(sets_by_id: dict[str, np.ndarray], info: dict[str, dict],
                     signatures: dict[str, np.ndarray] | None = None) -> dict[str, str]:
    """``duplicate_articles`` from each article's shingles (``article_shingles``) instead of its text,
    and optionally their ``article_signature`` computed beforehand (by the workers)."""
    ids = sorted(sets_by_id)   # the input order never matters
    sets = [sets_by_id[aid] for aid in ids]
    sig = np.stack([signatures[aid] for aid in ids]) if signatures is not None and ids else None

    def same(i: int, j: int) -> bool:
        a, b = sets[i], sets[j]
        if jaccard_arrays(a, b) >= ARTICLE_JACCARD:
            return True
        small, large = sorted((len(a), len(b)))
        return (small >= ARTICLE_MIN_OVERLAP_SET and small >= ARTICLE_MIN_SIZE_RATIO * large
                and overlap_arrays(a, b) >= ARTICLE_OVERLAP)

    groups = _cluster(sets, [_digest(x.tobytes()) for x in sets], article_hasher(), ARTICLE_BANDS, same, sig)
    out = {}
    for group in groups:
        if len(group) < 2:
            continue
        members = sorted((ids[i] for i in group), key=lambda aid: _date_key(info[aid]["date_iso"], aid))
        for aid in members[1:]:
            out[aid] = members[0]
    return out


def _digest(key: bytes) -> bytes:
    """A short stand-in for an exact-duplicate key (the key itself can be a whole shingle array)."""
    return hashlib.blake2b(key, digest_size=20).digest()


def _common(a: np.ndarray, b: np.ndarray) -> int:
    """Shared elements of two sorted distinct arrays (exactly ``len(set(a) & set(b))``)."""
    return int(np.intersect1d(a, b, assume_unique=True).size)


def jaccard_arrays(a: np.ndarray, b: np.ndarray) -> float:
    """``minhash.jaccard`` of two sorted distinct arrays, without building Python sets."""
    if not len(a) and not len(b):
        return 1.0
    common = _common(a, b)
    return common / (len(a) + len(b) - common)


def overlap_arrays(a: np.ndarray, b: np.ndarray) -> float:
    """``minhash.overlap`` of two sorted distinct arrays."""
    return _common(a, b) / min(len(a), len(b)) if len(a) and len(b) else 0.0


# ---------------------------------------------------------------- quotations

@lru_cache(maxsize=4096)
def speaker_key(speaker: str | None) -> tuple[str, ...]:
    """A speaker's folded words (cached: an article's speakers repeat)."""
    return tuple(tokens(speaker or ""))


def same_speaker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal after folding, or one name inside the other when the shorter has two words or more."""
    if a == b:
        return bool(a)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and set(short) <= set(long_)


def quote_tracks(quotes: list[dict], info: dict[str, dict]) -> tuple[list[dict], dict[str, str]]:
    """Tracks of the same statement by the same speaker, and ``{quote_id: track_id}``.

    Same statement: compatible speakers, the same numbers, and word-bigram Jaccard ≥ 0.6 (or
    one nearly inside the other). A template repeated with new figures («۷۴۳ مورد جدید» one
    day, «۱۰۷۵» the next) is a new statement; figures are followed by claim tracks instead.
    Every quotation is in exactly one track (most tracks have one member).
    """
    quotes = sorted(quotes, key=lambda q: q["quote_id"])   # the input order never matters
    speakers, sets, numbers = zip(*(q.get("features") or quote_features(q) for q in quotes)) if quotes else ((), (), ())
    keyed = [_digest(_speaker_salted(s, sp)) if sp else b"#%d" % i for i, (s, sp) in enumerate(zip(sets, speakers))]

    def same(i: int, j: int) -> bool:
        if not same_speaker(speakers[i], speakers[j]):
            return False
        a, b = sets[i], sets[j]
        if numbers[i] == numbers[j] and jaccard_arrays(a, b) >= QUOTE_JACCARD:
            return True
        short, long_ = (i, j) if len(a) <= len(b) else (j, i)   # a trimmed copy keeps a subset of the figures
        return (min(len(a), len(b)) >= QUOTE_MIN_OVERLAP_SET and overlap_arrays(a, b) >= QUOTE_OVERLAP
                and numbers[short] <= numbers[long_])

    # Exact-duplicate pre-grouping is keyed by speaker too (``keyed``), LSH by content only.
    groups = _cluster(sets, keyed, MinHasher(QUOTE_PERM), QUOTE_BANDS, same)
    tracks, back = [], {}
    for group in groups:
        members = sorted((quotes[i] for i in group),
                         key=lambda q: _date_key(info.get(q["article_id"], {}).get("date_iso"), q["quote_id"]))
        tid = track_id("qt", [q["quote_id"] for q in members])
        first = members[0]
        arts = {q["article_id"] for q in members}
        dates = [d for d in (info.get(a, {}).get("date_iso") for a in arts) if d]
        outlets = sorted({o for o in (info.get(a, {}).get("outlet") for a in arts) if o})
        tracks.append({
            "track_id": tid, "speaker": _canonical([q.get("speaker") for q in members]),
            "content": first.get("content"), "first_quote_id": first["quote_id"],
            "first_article_id": first["article_id"],
            "quote_ids": [q["quote_id"] for q in members],
            "article_ids": sorted(arts), "outlets": outlets,
            "n_quotes": len(members), "n_articles": len(arts),
            "n_stories": len({info.get(a, {}).get("story", a) for a in arts}),
            "n_outlets": len(outlets),
            "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
        })
        for q in members:
            back[q["quote_id"]] = tid
    tracks.sort(key=lambda t: t["track_id"])
    return tracks, back


def quote_features(quote: dict) -> tuple[tuple[str, ...], np.ndarray, frozenset[str]]:
    """What ``quote_tracks`` compares of a quotation: speaker tokens, content shingles, numbers
    (computed where the quotation is extracted, see ``track_input``)."""
    content = quote.get("content") or ""
    return (speaker_key(quote.get("speaker")), shingles(token_hashes(content), QUOTE_SHINGLE).astype(np.uint32),
            frozenset(t for t in tokens(content) if t.isdigit()))


def quotes_features(quotes: list[dict]) -> tuple[list[tuple[str, ...]], np.ndarray, np.ndarray, list[frozenset[str]]]:
    """``quote_features`` of all of an article's quotations at once: ``(speakers, shingles one set
    after another, each set's size, numbers)``. Each content's words are found once (for its
    shingles and its numbers) and the shingles of all are made in one vectorised step."""
    forms = [words(q.get("content") or "") for q in quotes]
    lengths = np.fromiter(map(len, forms), dtype=np.int64, count=len(forms))
    flat = hash_words([w for f in forms for w in f])
    values, sizes = shingles_many(flat, lengths, QUOTE_SHINGLE)
    # folding maps digits to digits and letters to letters, so only the digit forms need folding
    numbers = [frozenset(fold_words([w for w in f if w.isdigit()])) for f in forms]
    return [speaker_key(q.get("speaker")) for q in quotes], values, sizes, numbers


def _speaker_salted(s, sp: tuple[str, ...]) -> bytes:
    return " ".join(sp).encode("utf-8") + b"\x00" + s.tobytes()


def _cluster(sets, keys: list[bytes], hasher: MinHasher, bands: int, same,
             signatures: np.ndarray | None = None) -> list[list[int]]:
    """Union-find over LSH candidates verified by ``same(i, j)``; equal ``keys`` join first.
    ``signatures``: every set's signature row, when already computed."""
    uf = UnionFind(len(sets))
    exact: dict[bytes, int] = {}
    reps = []
    for i, key in enumerate(keys):
        if len(sets[i]) and key in exact:
            uf.union(exact[key], i)
        else:
            exact[key] = i
            reps.append(i)
    sig = signatures[reps] if signatures is not None else hasher.signatures([sets[i] for i in reps])
    checked: set[tuple[int, int]] = set()
    for bucket in lsh_buckets(sig, bands):
        members = [reps[k] for k in bucket]
        if len(members) <= BIG_BUCKET:
            pairs = [(a, b) for n, a in enumerate(members) for b in members[n + 1:]]
        else:  # a huge bucket: compare to its first member and along a chain only
            pairs = [(members[0], b) for b in members[1:]] + list(zip(members[1:], members[2:]))
        for pair in pairs:
            if pair in checked:
                continue
            checked.add(pair)
            if uf.find(pair[0]) != uf.find(pair[1]) and same(*pair):
                uf.union(*pair)
    return uf.groups()


def _canonical(names: list[str | None]) -> str | None:
    """The most frequent name; ties go to the longest, then the alphabetically first."""
    if len(names) == 1:
        return names[0] or None
    counts = Counter(n for n in names if n)
    if not counts:
        return None
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


# ---------------------------------------------------------------- claims

@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    words = set()
    for line in (_LEXICONS / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.update(tokens(line))
    return frozenset(words)


def stopwords() -> frozenset[str]:
    return _words("tracking_stopwords.txt")


def subject_breaks() -> frozenset[str]:
    return _words("tracking_subject_breaks.txt")


def _stem(token: str) -> str:
    """Undo three plural forms, conservatively: joined «ها/های/هایی» (≥ 3 letters left),
    «ـگان» after a silent h (آوارگان → آواره) and «ـیان» after ا/و (مبتلایان → مبتلا).
    The bare «ـان» plural is left alone: ایران, تهران, میزان, استان end the same way."""
    if token in _NOT_PLURAL:
        return token
    for suffix in _PLURAL:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    if token.endswith("گان") and len(token) >= 6:
        return token[:-3] + "ه"
    if token.endswith("یان") and len(token) >= 6 and token[-4] in "او":
        return token[:-3]
    return token


def _content_words(toks: list[str]) -> list[str]:
    stop = stopwords()
    out = []
    for t in toks:
        if t in stop or t.isdigit():
            continue
        t = _stem(t)
        if t not in stop:
            out.append(t)
    return out


def subject_tokens(text: str | None) -> list[str]:
    """Content words of a subject: folded, ZWNJ-split, digits and stop words dropped, plurals stripped."""
    return _content_words(tokens(text or ""))


@lru_cache(maxsize=4096)
def normalize_subject(subject: str | None) -> str:
    """The key claim tracks compare: «تعداد آواره‌ها» and «آوارههای» both give «آواره»."""
    return " ".join(subject_tokens(subject))


def context_subject(text: str, end: int) -> str:
    """Fallback subject for a claim with none: the first content words after its span, in its sentence."""
    tail = text[end:end + 120]
    stop = _SENTENCE_END.search(tail)
    if stop:
        tail = tail[:stop.start()]
    breaks = subject_breaks()
    toks = tokens(tail)
    for cut, t in enumerate(toks):
        if t in breaks or t.startswith("می") and len(t) > 4 and t[2:] in breaks:
            toks = toks[:cut]
            break
    return " ".join(_content_words(toks)[:CONTEXT_TOKENS])


def claim_tracks(claims: list[dict], info: dict[str, dict], texts: dict[str, str] | None = None,
                 contexts: dict[tuple[str, int], str] | None = None) -> tuple[list[dict], dict[str, str]]:
    """Tracks of claims about the same quantity (subject key, kind, unit), and ``{claim_id: track_id}``.

    A claim without a usable subject (none given and none found after it) is in no track. Its
    key is ``c["subject_key"]`` when computed beforehand (``track_input``); else its context
    subject comes from ``contexts`` (``{(article_id, end): key}``) when given, else from the
    article's text in ``texts``.
    """
    groups: dict[tuple[str, str, str], list[tuple[dict, str]]] = {}
    for c in claims:
        if "subject_key" in c:
            key, source = c["subject_key"], "claim" if c.get("subject") else "context"
        elif c.get("subject"):
            key, source = normalize_subject(c["subject"]), "claim"
        else:
            key = (contexts.get((c["article_id"], c["end"]), "") if contexts is not None
                   else context_subject((texts or {}).get(c["article_id"], ""), c["end"]))
            source = "context"
        if not key:
            continue
        groups.setdefault((key, c.get("kind") or "", c.get("unit") or ""), []).append((c, source))
    tracks, back = [], {}
    for (key, kind, unit), members in groups.items():
        members.sort(key=lambda m: _date_key(info.get(m[0]["article_id"], {}).get("date_iso"), m[0]["claim_id"]))
        rows = [m[0] for m in members]
        tid = track_id("ct", [c["claim_id"] for c in rows])
        dates = [info.get(c["article_id"], {}).get("date_iso") for c in rows]
        outlets = [info.get(c["article_id"], {}).get("outlet") for c in rows]
        values = [float(c["value"]) for c in rows]
        lo, hi = min(values), max(values)
        subjects = [c.get("subject") for c in rows]
        known = [d for d in dates if d]
        tracks.append({
            "track_id": tid, "subject_key": key,
            "subject": _canonical(subjects) or key,
            "subject_from": "claim" if any(s == "claim" for _, s in members) else "context",
            "kind": kind, "unit": unit or None,
            "claim_ids": [c["claim_id"] for c in rows], "article_ids": [c["article_id"] for c in rows],
            "values": values,
            "values_high": [None if c.get("value_high") is None else float(c["value_high"]) for c in rows],
            "texts": [c.get("text") for c in rows],
            "speakers": [c.get("speaker") for c in rows], "dates": dates, "outlets": outlets,
            "n_claims": len(rows), "n_articles": len(set(c["article_id"] for c in rows)),
            "n_stories": len({info.get(c["article_id"], {}).get("story", c["article_id"]) for c in rows}),
            "n_outlets": len({o for o in outlets if o}),
            "n_values": len(set(values)), "value_min": lo, "value_max": hi,
            "agree": (hi - lo) <= CLAIM_TOLERANCE * max(abs(hi), abs(lo)),
            "tolerance": CLAIM_TOLERANCE,
            "first_seen": min(known) if known else None, "last_seen": max(known) if known else None,
        })
        for c in rows:
            back[c["claim_id"]] = tid
    tracks.sort(key=lambda t: t["track_id"])
    return tracks, back


# ---------------------------------------------------------------- the build hook

#: The claim columns tracks read (plus ``subject_key``: the normalized subject, or the context subject).
CLAIM_COLUMNS = ("claim_id", "article_id", "kind", "text", "value", "value_high", "unit", "subject", "speaker")


def track_input(records: dict[str, list[dict]]) -> dict[str, Any]:
    """What tracks need of one article's written records, without its text, in compact arrays:
    run where the article was extracted (a worker), so only shingles, LSH band keys and a few
    columns travel to the main process (which spills them, ``builder.trackstore``)."""
    articles = records.get("articles") or []
    article = articles[0] if articles else None
    text = (article or {}).get("text") or ""
    claims = []
    for c in records.get("claims") or []:
        row = {k: c.get(k) for k in CLAIM_COLUMNS}
        if c.get("subject"):
            row["subject_key"] = normalize_subject(c["subject"])
        else:   # read from the article's text only when the article is written
            row["subject_key"] = context_subject(text, c["end"]) if article is not None else ""
        claims.append(row)
    quotes = records.get("quotations") or []
    speakers, values, sizes, numbers = quotes_features(quotes)
    sig = quote_hasher().signatures_flat(values, sizes)
    ends = np.cumsum(sizes).tolist()
    sets = [values[end - size:end] for end, size in zip(ends, sizes.tolist())]
    out: dict[str, Any] = {
        "quotes": {
            "ids": [q["quote_id"] for q in quotes], "articles": [q["article_id"] for q in quotes],
            "speakers": [q.get("speaker") for q in quotes], "contents": [q.get("content") for q in quotes],
            "numbers": numbers,
            "keys": [_digest(_speaker_salted(s, sp)) if sp else b"" for s, sp in zip(sets, speakers)],
            "lengths": sizes.astype(np.int32), "shingles": values,
            "live": live_rows(sig), "bands": band_keys(sig, QUOTE_BANDS)},
        "claims": claims, "article": None}
    if article is not None:
        sources = article.get("sources") or []
        shingle_set = article_shingles(text)
        sig = article_hasher().signatures_flat(shingle_set, np.array([len(shingle_set)]))
        out["article"] = {"article_id": article["article_id"], "date_iso": to_iso(article.get("date")),
                          "outlet": article.get("outlet") or (sources[0] if sources else None),
                          "shingles": shingle_set, "key": _digest(shingle_set.tobytes()),
                          "live": bool(live_rows(sig)[0]), "bands": band_keys(sig, ARTICLE_BANDS)[0]}
    return out


@lru_cache(maxsize=1)
def quote_hasher() -> MinHasher:
    return MinHasher(QUOTE_PERM)


def stream_articles(data: Path, wanted: dict[str, list[int]]) -> tuple[dict[str, dict], dict[tuple[str, int], str]]:
    """``article_info`` and the claims' context subjects (``{(article_id, end): key}`` for the spans in
    ``wanted``), reading the article shards one at a time: only shingles outlive a shard, never texts."""
    import polars as pl

    info: dict[str, dict] = {}
    sets: dict[str, np.ndarray] = {}
    contexts: dict[tuple[str, int], str] = {}
    for path in sorted((data / "articles").glob("*.parquet")):
        shard = pl.read_parquet(path, columns=["article_id", "text", "date", "outlet", "sources"])
        for a in shard.iter_rows(named=True):
            aid, text = a["article_id"], a["text"] or ""
            sources = a.get("sources") or []
            info[aid] = {"date_iso": to_iso(a.get("date")),
                         "outlet": a.get("outlet") or (sources[0] if sources else None)}
            sets[aid] = article_shingles(text)
            for end in wanted.get(aid, ()):
                contexts[(aid, end)] = context_subject(text, end)
        del shard
    for aid, original in duplicate_groups(sets, info).items():
        info[aid]["duplicate_of"] = original
    for aid, row in info.items():
        row.setdefault("duplicate_of", None)
        row["story"] = row["duplicate_of"] or aid
    return info, contexts


def track_problems(config: str, rows: list[dict]) -> dict[str, list[dict]]:
    """``{track_id: problems}`` of the tracks in ``rows`` that break their schema (a pure check,
    run on chunks in parallel by the build)."""
    from .validate import problems

    out = {}
    for row in rows:
        found = problems(config, row)
        if found:
            out[row["track_id"]] = found
    return out

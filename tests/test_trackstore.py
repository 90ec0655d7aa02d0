"""Spilled track inputs (builder.trackstore) give exactly the tracks computed in memory (builder.tracking)."""
from __future__ import annotations

import hashlib
import random

import pytest

from builder import trackstore
from builder.tracking import article_info, claim_tracks, quote_tracks, track_input

LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"


def _id(prefix: str, *parts) -> str:
    return prefix + hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def _corpus(seed: int, n: int = 60):
    """Articles with copies (some trimmed or edited), repeated quotations by speakers whose names
    nest, numbers in quotations, claims on shared subjects, empty texts and quotations."""
    rng = random.Random(seed)
    words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 6))) for _ in range(150)]
    speakers = [None, "", "علی رضایی", "رضایی", "دکتر علی رضایی", "مریم احمدی", "احمدی"]
    statements = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 14))) for _ in range(25)]
    subjects = [None, "تعداد آواره‌ها", "آوارههای جنگ", "کرسی مجلس", "قیمت نفت"]
    bases = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 80))) for _ in range(n // 3)]
    out = []
    for k in range(n):
        text = rng.choice(bases)
        if rng.random() < 0.5:   # an edited or trimmed copy
            toks = text.split()
            text = " ".join(toks[: max(0, len(toks) - rng.randint(0, 6))] + rng.sample(words, rng.randint(0, 3)))
        aid = _id("a", k)
        date = rng.choice([None, "2020-02-19", "2020-02-23", "1384-06-29", "2006-12-29"])
        article = {"article_id": aid, "text": text, "date": date, "outlet": rng.choice([None, "A", "B", "C"]),
                   "sources": rng.choice([[], ["S1"], ["S2", "S1"]])}
        quotes = []
        for j in range(rng.randint(0, 6)):
            content = rng.choice(statements)
            if rng.random() < 0.3:
                content += " " + str(rng.choice([12, 740, 1075]))
            if rng.random() < 0.2 and content:
                content = " ".join(content.split()[1:])
            quotes.append({"quote_id": _id("q", k, j), "article_id": aid, "speaker": rng.choice(speakers),
                           "content": rng.choice([content, content, None]) if j % 7 == 6 else content})
        claims = []
        for j in range(rng.randint(0, 6)):
            end = rng.randint(0, max(0, len(text)))
            claims.append({"claim_id": _id("c", k, j), "article_id": aid, "kind": rng.choice(["count", "money"]),
                           "text": "۲۹۰ کرسی", "value": rng.choice([290, 241, 3e6, 0.5]),
                           "value_high": rng.choice([None, 300]), "unit": rng.choice([None, "", "IRR"]),
                           "subject": rng.choice(subjects), "speaker": rng.choice(speakers), "end": end})
        records = {"articles": [article] if rng.random() > 0.05 else [], "quotations": quotes, "claims": claims}
        out.append(records)
    return out


def _in_memory(corpus):
    articles = [r["articles"][0] for r in corpus if r["articles"]]
    info = article_info(articles)
    inputs = [track_input(r) for r in corpus]
    quotes = [q for r in corpus for q in r["quotations"]]
    claims = [c for i in inputs for c in i["claims"]]
    qt, qback = quote_tracks(quotes, info)
    ct, cback = claim_tracks(claims, info)
    return info, qt, qback, ct, cback


def _spilled(corpus, tmp_path, shards):
    store = trackstore.TrackStore(tmp_path / "tracks")
    for records in corpus:
        store.add(track_input(records))
    store.close()
    tracks = store.link_copies()
    store.quote_tracks(tracks, shards)
    store.claim_tracks(tracks, shards)
    rows = {}
    for config in ("quote_tracks", "claim_tracks"):
        found = []
        for shard in range(shards):
            part = trackstore.spilled_rows(store.folder / config / f"{shard:05d}.pkl")
            assert all(int(r["track_id"][2:10], 16) % shards == shard for r in part)
            found += part
        rows[config] = sorted(found, key=lambda r: r["track_id"])
    return tracks, rows


def _back(tracks, config, shards):
    out = {}
    for shard in range(shards):
        for column in tracks.added(config, shard, shards).values():
            for rid, value in trackstore.decode_added({"x": column})["x"].items():
                assert trackstore.shard_of(
                    __import__("numpy").array([trackstore.id_int(rid)], dtype="uint64"), shards)[0] == shard
                out[rid] = value
    return out


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("shards", [1, 3])
def test_spilled_tracks_equal_in_memory(tmp_path, monkeypatch, seed, shards):
    # tiny buffers and runs: many flushes, many claim runs, a forgetful pair memo
    monkeypatch.setattr(trackstore, "FLUSH_ROWS", 7)
    monkeypatch.setattr(trackstore, "CLAIM_RUN", 5)
    monkeypatch.setattr(trackstore, "REJECTED_CAP", 3)
    corpus = _corpus(seed)
    info, qt, qback, ct, cback = _in_memory(corpus)
    tracks, rows = _spilled(corpus, tmp_path, shards)
    assert rows["quote_tracks"] == qt
    assert rows["claim_tracks"] == ct
    assert tracks.n_quote_tracks == len(qt) and tracks.n_claim_tracks == len(ct)
    assert _back(tracks, "quotations", shards) == qback
    claims = {c["claim_id"] for r in corpus for c in r["claims"]}
    spilled_claims = _back(tracks, "claims", shards)
    assert {k: v for k, v in spilled_claims.items()} == cback and set(cback) <= claims
    articles = {}
    for shard in range(shards):
        added = trackstore.decode_added(tracks.added("articles", shard, shards))
        for aid, date in added["date_iso"].items():
            articles[aid] = (date, added["duplicate_of"][aid])
    assert articles == {aid: (v["date_iso"], v["duplicate_of"]) for aid, v in info.items()}
    assert any(v["duplicate_of"] for v in info.values()), "the corpus has copies"
    assert any(t["n_quotes"] > 1 for t in qt), "and repeated quotations"
    assert tracks.info_of(set(info)) == info


def test_quarantined_track_links_are_null(tmp_path):
    corpus = _corpus(5)
    tracks, rows = _spilled(corpus, tmp_path, 2)
    victim = next(r for r in rows["quote_tracks"] if r["n_quotes"] > 1)
    tracks.drop_tracks("quote_tracks", {victim["track_id"]})
    back = _back(tracks, "quotations", 2)
    assert all(back[q] is None for q in victim["quote_ids"])
    assert sum(v is None for v in back.values()) == victim["n_quotes"]


def test_empty_store(tmp_path):
    store = trackstore.TrackStore(tmp_path / "tracks")
    store.close()
    tracks = store.link_copies()
    store.quote_tracks(tracks, 2)
    store.claim_tracks(tracks, 2)
    assert tracks.n_quote_tracks == tracks.n_claim_tracks == 0
    assert trackstore.decode_added(tracks.added("articles", 0, 2)) == {"date_iso": {}, "duplicate_of": {}}


def test_group_blocks_equal_blocks_of_groups():
    """The quote tracks' blocks of groups, read as numpy slices, are ``_blocks(_groups(...))``:
    the same items in the same order, cut at the same groups."""
    import numpy as np

    rng = np.random.default_rng(7)
    for _ in range(200):
        n = int(rng.integers(0, 300))
        roots = rng.integers(0, max(1, n // 3 + 1), n)
        for size in (1, 3, 16, 1000):
            want = [([i for g in block for i in g], [len(g) for g in block])
                    for block in trackstore._blocks(trackstore._groups(roots), size)]
            got = [(items.tolist(), sizes) for items, sizes in trackstore._group_blocks(roots, size)]
            assert got == want


def test_cluster_roots_equal_union_find():
    """The flat-array union-find gives every item the root ``minhash.UnionFind`` gives it (the
    smallest item of its set), exact copies and LSH candidates joined alike."""
    import numpy as np

    from builder.minhash import UnionFind

    rng = np.random.default_rng(3)
    for _ in range(50):
        n = int(rng.integers(1, 200))
        first = np.arange(n)
        copies = rng.random(n) < 0.3
        for i in np.flatnonzero(copies).tolist():
            first[i] = first[int(rng.integers(0, i + 1))]
        live = rng.random(n) < 0.8
        band_keys = [rng.integers(0, 16, n).astype(np.uint64) for _ in range(3)]
        joined = {(a, b) for a in range(n) for b in range(a + 1, n) if (a * 7 + b * 13) % 5 == 0}

        def same(a, b):
            return (a, b) in joined

        roots = trackstore._cluster(first, live, lambda band: band_keys[band], 3, same)
        uf = UnionFind(n)
        for i in range(n):
            if first[i] != i:
                uf.union(int(first[i]), i)
        reps = np.flatnonzero(first == np.arange(n))
        live_reps = reps[live[reps]]
        for band in range(3):
            for members in trackstore.key_buckets(band_keys[band][live_reps], live_reps):
                for k, a in enumerate(members):
                    for b in members[k + 1:]:
                        if uf.find(a) != uf.find(b) and same(a, b):
                            uf.union(a, b)
        assert roots.tolist() == [uf.find(i) for i in range(n)]

"""Cross-article tracks out of core: the build's track inputs spilled to disk as they arrive.

The main process gathers every article's track inputs (``tracking.track_input``), but never
holds them as Python objects: per article and per quotation it keeps a few fixed-width numbers
(ids as 64-bit integers, codes of interned dates, outlets, speakers and number sets, exact-copy
digests, shingle counts) in ``array``s, and appends everything else to files under the build's
spill folder: shingles (read back only for the candidate pairs LSH proposes), quotation texts
(read back for each track's first member), LSH band keys (one file per band, read one band at a
time) and claims (bucketed by their track key, so each bucket is grouped on its own). Track rows
are spilled per track shard and written by the shard writers; the columns tracks add to the
records travel to each shard's writer as arrays.

Every step computes exactly what ``tracking.duplicate_groups``, ``quote_tracks`` and
``claim_tracks`` compute on the same inputs held in memory (``tests/test_trackstore.py``): the
same candidate pairs, the same checks, the same rows.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import zlib
from array import array
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np

from . import tracking as T
from .minhash import UnionFind, key_buckets

#: Claim buckets on disk (by their track key); buckets are grouped in runs of about ``CLAIM_RUN`` claims.
CLAIM_BUCKETS, CLAIM_RUN = 64, 20000
#: Rows buffered before they are appended to their files.
FLUSH_ROWS = 20000
#: Pairs remembered as checked and not the same (a bound on memory; a pair checked twice gives
#: the same answer, so forgetting only costs time).
REJECTED_CAP = 300_000
#: Quotations whose columns are turned into Python values at once while their track rows are made.
GROUP_BLOCK = 16_384


def id_int(rid: str) -> int:
    """A record id (one letter + 16 hex digits, as the schemas require) as a 64-bit integer."""
    if len(rid) != 17:
        raise ValueError(f"not a record id: {rid!r}")
    return int(rid[1:], 16)


def shard_of(ids: np.ndarray, shards: int) -> np.ndarray:
    """The shard of each id (``build._Spill.shard_of``: its first 8 hex digits, mod ``shards``)."""
    return ((ids >> np.uint64(32)) % np.uint64(shards)).astype(np.int64)


class _Codes:
    """Interned values (strings, None, frozensets): value ↔ a small integer."""

    def __init__(self):
        self.values: list = []
        self._index: dict = {}

    def __call__(self, value) -> int:
        code = self._index.get(value)
        if code is None:
            code = self._index[value] = len(self.values)
            self.values.append(value)
        return code


class TrackStore:
    """The track inputs of every written article, in file order (``add``), spilled under ``folder``."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.codes = _Codes()
        # articles
        self.a_id, self.a_date, self.a_outlet = array("Q"), array("i"), array("i")
        self.a_len, self.a_live = array("q"), bytearray()
        self.a_key, self.a_bands = bytearray(), bytearray()
        self._a_shingles = open(self.folder / "article_shingles.u32", "wb")
        # quotations
        self.q_id, self.q_article = array("Q"), array("Q")
        self.q_speaker, self.q_numbers, self.q_content = array("i"), array("i"), array("q")
        self.q_len, self.q_live, self.q_key = array("q"), bytearray(), bytearray()
        self._q_shingles = open(self.folder / "quote_shingles.u32", "wb")
        self._q_texts = open(self.folder / "quote_contents.txt", "wb")
        self._q_bands: list[np.ndarray] = []
        self._q_buffered = 0
        # claims
        self._claims: list[list[dict]] = [[] for _ in range(CLAIM_BUCKETS)]
        self._c_buffered = 0
        self.n_claims = 0
        self.c_counts = [0] * CLAIM_BUCKETS

    # ------------------------------------------------------------ gathering

    def add(self, inputs: dict[str, Any]) -> None:
        article = inputs["article"]
        if article is not None:
            self.a_id.append(id_int(article["article_id"]))
            self.a_date.append(self.codes(article["date_iso"]))
            self.a_outlet.append(self.codes(article["outlet"]))
            self.a_len.append(len(article["shingles"]))
            self.a_live.append(article["live"])
            self.a_key += article["key"]
            self.a_bands += np.ascontiguousarray(article["bands"], dtype=np.uint64).tobytes()
            self._a_shingles.write(np.ascontiguousarray(article["shingles"], dtype=np.uint32).tobytes())
        q = inputs["quotes"]
        if q["ids"]:
            self.q_id.extend(map(id_int, q["ids"]))
            self.q_article.extend(map(id_int, q["articles"]))
            self.q_speaker.extend(map(self.codes, q["speakers"]))
            self.q_numbers.extend(map(self.codes, q["numbers"]))
            for content in q["contents"]:
                if content is None:
                    self.q_content.append(-1)
                else:
                    data = content.encode("utf-8")
                    self.q_content.append(len(data))
                    self._q_texts.write(data)
            self.q_len.extend(q["lengths"].tolist())
            self.q_live += np.asarray(q["live"], dtype=bool).tobytes()
            for key in q["keys"]:
                self.q_key += key or bytes(20)
            self._q_shingles.write(np.ascontiguousarray(q["shingles"], dtype=np.uint32).tobytes())
            self._q_bands.append(np.asarray(q["bands"], dtype=np.uint64))
            self._q_buffered += len(q["ids"])
            if self._q_buffered >= FLUSH_ROWS:
                self._flush_bands()
        for c in inputs["claims"]:
            if not c.get("subject_key"):
                continue   # no usable subject: in no track
            bucket = _claim_bucket(c)
            self._claims[bucket].append(c)
            self.c_counts[bucket] += 1
            self._c_buffered += 1
            self.n_claims += 1
        if self._c_buffered >= FLUSH_ROWS // 4:
            self._flush_claims()

    def _flush_bands(self) -> None:
        if self._q_bands:
            bands = np.concatenate(self._q_bands)
            for band in range(T.QUOTE_BANDS):
                with open(self.folder / f"quote_band-{band:02d}.u64", "ab") as fh:
                    fh.write(np.ascontiguousarray(bands[:, band]).tobytes())
        self._q_bands, self._q_buffered = [], 0

    def _flush_claims(self) -> None:
        for bucket, rows in enumerate(self._claims):
            if rows:
                with open(self.folder / f"claims-{bucket:02d}.pkl", "ab") as fh:
                    pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._claims = [[] for _ in range(CLAIM_BUCKETS)]
        self._c_buffered = 0

    def close(self) -> None:
        """Every input is on disk or in the arrays (call once the last ``add`` is done)."""
        self._flush_bands()
        self._flush_claims()
        for fh in (self._a_shingles, self._q_shingles, self._q_texts):
            fh.close()

    # ------------------------------------------------------------ articles

    def link_copies(self) -> "SpilledTracks":
        """``duplicate_of`` of every article (``tracking.duplicate_groups`` over the spilled inputs)."""
        ids = np.frombuffer(self.a_id, dtype=np.uint64) if len(self.a_id) else np.zeros(0, np.uint64)
        n = len(ids)
        order = np.argsort(ids, kind="stable")
        sorted_ids = ids[order]
        lengths = np.frombuffer(self.a_len, dtype=np.int64)[order] if n else np.zeros(0, np.int64)
        offsets = _offsets(np.frombuffer(self.a_len, dtype=np.int64) if n else np.zeros(0, np.int64))[order]
        live = np.frombuffer(self.a_live, dtype=bool)[order] if n else np.zeros(0, bool)
        keys = np.frombuffer(self.a_key, dtype="V20")[order] if n else np.zeros(0, "V20")
        bands = (np.frombuffer(self.a_bands, dtype=np.uint64).reshape(n, T.ARTICLE_BANDS)[order]
                 if n else np.zeros((0, T.ARTICLE_BANDS), np.uint64))
        dates = np.frombuffer(self.a_date, dtype=np.int32)[order] if n else np.zeros(0, np.int32)
        outlets = np.frombuffer(self.a_outlet, dtype=np.int32)[order] if n else np.zeros(0, np.int32)
        self.a_len = self.a_live = self.a_key = self.a_bands = None   # only the sorted copies from here
        values = self.codes.values
        reader = _Arrays(self.folder / "article_shingles.u32", offsets, lengths)

        def same(i: int, j: int) -> bool:
            a, b = reader[i], reader[j]
            if T.jaccard_arrays(a, b) >= T.ARTICLE_JACCARD:
                return True
            small, large = sorted((len(a), len(b)))
            return (small >= T.ARTICLE_MIN_OVERLAP_SET and small >= T.ARTICLE_MIN_SIZE_RATIO * large
                    and T.overlap_arrays(a, b) >= T.ARTICLE_OVERLAP)

        first = _exact_first(keys, lengths > 0, np.ones(n, dtype=bool))
        roots = _cluster(first, live, lambda band: bands[:, band], T.ARTICLE_BANDS, same)
        reader.close()
        original = np.arange(n, dtype=np.int64)
        for group in _groups(roots):
            if len(group) < 2:
                continue
            members = sorted(group, key=lambda i: (values[dates[i]] or "9999-99-99", int(sorted_ids[i])))
            original[members[1:]] = members[0]
        return SpilledTracks(self, sorted_ids, dates, outlets, original)

    # ------------------------------------------------------------ quotations

    def quote_tracks(self, tracks: "SpilledTracks", shards: int) -> None:
        """The quote tracks (``tracking.quote_tracks`` over the spilled inputs): their rows spilled
        per track shard, each quotation's track id kept in ``tracks``."""
        n = len(self.q_id)
        ids = np.frombuffer(self.q_id, dtype=np.uint64) if n else np.zeros(0, np.uint64)
        order = np.argsort(ids, kind="stable")
        lengths_in = np.frombuffer(self.q_len, dtype=np.int64) if n else np.zeros(0, np.int64)
        reader = _Arrays(self.folder / "quote_shingles.u32", _offsets(lengths_in)[order], lengths_in[order])
        content_len = np.frombuffer(self.q_content, dtype=np.int64) if n else np.zeros(0, np.int64)
        texts = _Texts(self.folder / "quote_contents.txt", _offsets(np.maximum(content_len, 0))[order],
                       content_len[order])
        speaker = np.frombuffer(self.q_speaker, dtype=np.int32)[order] if n else np.zeros(0, np.int32)
        numbers = np.frombuffer(self.q_numbers, dtype=np.int32)[order] if n else np.zeros(0, np.int32)
        live = np.frombuffer(self.q_live, dtype=bool)[order] if n else np.zeros(0, bool)
        keys = np.frombuffer(self.q_key, dtype="V20")[order] if n else np.zeros(0, "V20")
        articles = np.frombuffer(self.q_article, dtype=np.uint64)[order] if n else np.zeros(0, np.uint64)
        sorted_ids = ids[order]
        self.q_len = self.q_content = self.q_speaker = self.q_numbers = self.q_live = self.q_key = None
        self.q_id = self.q_article = None
        values = self.codes.values
        speaker_keys: dict[int, tuple[str, ...]] = {}
        codes = np.unique(speaker)
        for code in codes.tolist():
            speaker_keys[code] = T.speaker_key(values[code])
        # per distinct speaker, then spread with numpy (not a Python value per quotation)
        keyed = np.array([bool(speaker_keys[c]) for c in codes.tolist()], dtype=bool)
        has_speaker = keyed[np.searchsorted(codes, speaker)] if n else np.zeros(0, bool)
        del codes, keyed

        def same(i: int, j: int) -> bool:
            si, sj = speaker_keys[speaker[i]], speaker_keys[speaker[j]]
            if not T.same_speaker(si, sj):
                return False
            a, b = reader[i], reader[j]
            ni, nj = values[numbers[i]], values[numbers[j]]
            if ni == nj and T.jaccard_arrays(a, b) >= T.QUOTE_JACCARD:
                return True
            short, long_ = (ni, nj) if len(a) <= len(b) else (nj, ni)
            return (min(len(a), len(b)) >= T.QUOTE_MIN_OVERLAP_SET and T.overlap_arrays(a, b) >= T.QUOTE_OVERLAP
                    and short <= long_)

        def band_of(band: int) -> np.ndarray:
            path = self.folder / f"quote_band-{band:02d}.u64"
            return np.fromfile(path, dtype=np.uint64)[order] if n else np.zeros(0, np.uint64)

        first = _exact_first(keys, reader.lengths > 0, has_speaker)
        del keys, has_speaker
        roots = _cluster(first, live, band_of, T.QUOTE_BANDS, same)
        del first, live
        reader.close()
        _release_free_memory()
        art = tracks.lookup(articles)
        out = _RowSpill(self.folder / "quote_tracks", shards)
        track_of = np.zeros(n, dtype=np.uint64)
        for flat, sizes in _group_blocks(roots, GROUP_BLOCK):
            # the members' columns as Python values a block of groups at a time (not a numpy
            # scalar per lookup, nor lists of every quotation at once, nor a list per group)
            index, ids_of, article_of = flat.tolist(), sorted_ids[flat].tolist(), articles[flat].tolist()
            speaker_of = [values[c] for c in speaker[flat].tolist()]
            date_of, outlet_of, story_of = art.columns(flat)
            tids: list[int] = []
            at = 0
            for size in sizes:
                members = sorted(range(at, at + size), key=lambda p: (date_of[p] or "9999-99-99", ids_of[p]))
                at += size
                quote_ids = [f"q{ids_of[p]:016x}" for p in members]
                tid = T.track_id("qt", quote_ids)
                first_member = members[0]
                arts = {article_of[p]: p for p in members}   # each article and one of its quotations
                dates = [d for d in (date_of[p] for p in arts.values()) if d]
                outlet_list = sorted({o for o in (outlet_of[p] for p in arts.values()) if o})
                out.add({
                    "track_id": tid, "speaker": T._canonical([speaker_of[p] for p in members]),
                    "content": texts[index[first_member]], "first_quote_id": quote_ids[0],
                    "first_article_id": f"a{article_of[first_member]:016x}",
                    "quote_ids": quote_ids,
                    "article_ids": sorted(f"a{a:016x}" for a in arts), "outlets": outlet_list,
                    "n_quotes": len(members), "n_articles": len(arts),
                    "n_stories": len({story_of[p] for p in arts.values()}),
                    "n_outlets": len(outlet_list),
                    "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
                })
                tids.extend([int(tid[2:], 16)] * size)
            track_of[flat] = np.array(tids, dtype=np.uint64)
        texts.close()
        out.close()
        del roots, art
        _release_free_memory()
        tracks.n_quote_tracks = out.rows
        tracks.quote_back = (sorted_ids, track_of, np.ones(n, dtype=bool))

    # ------------------------------------------------------------ claims

    def claim_tracks(self, tracks: "SpilledTracks", shards: int) -> None:
        """The claim tracks (``tracking.claim_tracks``, one run of key buckets at a time): rows spilled
        per track shard, each tracked claim's track id kept in ``tracks``."""
        self.finish_claim_tracks(tracks, self.start_claim_tracks(tracks, shards))

    def claim_runs(self) -> list[list[int]]:
        """The claim buckets in runs of about ``CLAIM_RUN`` claims (those with claims; in order)."""
        runs, run, n = [], [], 0
        for bucket in range(CLAIM_BUCKETS):
            if self.c_counts[bucket]:
                run.append(bucket)
                n += self.c_counts[bucket]
            if run and (n >= CLAIM_RUN or bucket == CLAIM_BUCKETS - 1):
                runs.append(run)
                run, n = [], 0
        return runs

    def start_claim_tracks(self, tracks: "SpilledTracks", shards: int, pool=None) -> list:
        """``claim_tracks``, a run of buckets a task: on ``pool`` when given (while this process
        computes the quote tracks), else right here. Give the result to ``finish_claim_tracks``."""
        info = self.folder / "claim_article_info.pkl"
        tracks.save_info(info)
        tasks = [(str(self.folder), run, str(info), shards, part) for part, run in enumerate(self.claim_runs())]
        if pool is None:
            return [claim_track_run(*task) for task in tasks]
        return [pool.apply_async(claim_track_run, task) for task in tasks]

    def finish_claim_tracks(self, tracks: "SpilledTracks", pending: list) -> None:
        """Each tracked claim's track id into ``tracks`` (in run order), once every run is done."""
        results = [p.get() if hasattr(p, "get") else p for p in pending]
        tracks.n_claim_tracks = sum(n for n, _, _ in results)
        ids = np.concatenate([c for _, c, _ in results]) if results else np.zeros(0, np.uint64)
        tids = np.concatenate([t for _, _, t in results]) if results else np.zeros(0, np.uint64)
        tracks.claim_back = (ids, tids, np.ones(len(ids), dtype=bool))


def claim_track_run(folder: str, buckets: list[int], info_path: str, shards: int,
                    part: int) -> tuple[int, np.ndarray, np.ndarray]:
    """The claim tracks of one run of buckets (their files are removed): rows spilled to this run's
    part of each track shard's file (``spilled_rows`` reads the parts in order); returns the number
    of tracks and each tracked claim's id and track id, as integers."""
    folder = Path(folder)
    run: list[dict] = []
    for bucket in buckets:
        path = folder / f"claims-{bucket:02d}.pkl"
        run.extend(row for chunk in _chunks(path) for row in chunk)
        path.unlink()
    with open(info_path, "rb") as fh:
        info = _ArticleInfo(*pickle.load(fh))
    rows, back = T.claim_tracks(run, info.info_of({c["article_id"] for c in run}))
    out = _RowSpill(folder / "claim_tracks", shards, part=part)
    for row in rows:
        out.add(row)
    out.close()
    ids = np.fromiter((id_int(cid) for cid in back), dtype=np.uint64, count=len(back))
    tids = np.fromiter((int(tid[2:], 16) for tid in back.values()), dtype=np.uint64, count=len(back))
    n_rows = len(rows)
    del run, rows, back, info
    _release_free_memory()
    return n_rows, ids, tids


def _release_free_memory(arrow: bool = False) -> None:
    from .build import release_free_memory

    release_free_memory(arrow)


def _claim_bucket(c: dict) -> int:
    key = "\x00".join((c["subject_key"], c.get("kind") or "", c.get("unit") or ""))
    return zlib.crc32(key.encode("utf-8")) % CLAIM_BUCKETS


def _offsets(lengths: np.ndarray) -> np.ndarray:
    out = np.zeros(len(lengths), dtype=np.int64)
    if len(lengths) > 1:
        np.cumsum(lengths[:-1], out=out[1:])
    return out


def _chunks(path: Path) -> Iterator:
    with open(path, "rb") as fh:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return


class _Arrays:
    """Item ``i``'s ``uint32`` array, read from one flat file (``pread``: nothing is mapped)."""

    def __init__(self, path: Path, offsets: np.ndarray, lengths: np.ndarray):
        self.fd = os.open(path, os.O_RDONLY)
        self.offsets, self.lengths = offsets, lengths
        self._cache: dict[int, np.ndarray] = {}

    def __getitem__(self, i: int) -> np.ndarray:
        found = self._cache.get(i)
        if found is None:
            if len(self._cache) >= 4096:
                self._cache.clear()
            n = int(self.lengths[i])
            data = os.pread(self.fd, 4 * n, 4 * int(self.offsets[i])) if n else b""
            found = self._cache[i] = np.frombuffer(data, dtype=np.uint32)
        return found

    def close(self) -> None:
        os.close(self.fd)


class _Texts:
    """Item ``i``'s text (None for a length of -1), read from one flat UTF-8 file."""

    def __init__(self, path: Path, offsets: np.ndarray, lengths: np.ndarray):
        self.fd = os.open(path, os.O_RDONLY)
        self.offsets, self.lengths = offsets, lengths

    def __getitem__(self, i: int) -> str | None:
        n = int(self.lengths[i])
        if n < 0:
            return None
        return os.pread(self.fd, n, int(self.offsets[i])).decode("utf-8") if n else ""

    def close(self) -> None:
        os.close(self.fd)


def _exact_first(keys: np.ndarray, nonempty: np.ndarray, keyed: np.ndarray) -> np.ndarray:
    """For every item, the first item with the same exact key (``tracking._cluster``'s pre-grouping):
    itself unless it is non-empty, keyed and not the first of its key."""
    n = len(keys)
    first = np.arange(n, dtype=np.int64)
    pool = np.flatnonzero(nonempty & keyed)
    if len(pool):
        _, index, inverse = np.unique(keys[pool], return_index=True, return_inverse=True)
        first[pool] = pool[index[inverse.reshape(-1)]]
    return first


def _cluster(first: np.ndarray, live: np.ndarray, band_of: Callable[[int], np.ndarray], bands: int,
             same: Callable[[int, int], bool]) -> np.ndarray:
    """``tracking._cluster`` with the exact pre-grouping given (``first``) and each band's keys read
    on demand: union-find over the same candidate pairs, checked by ``same``; returns every item's root.

    The union-find is ``minhash.UnionFind``'s (a root is the smallest item of its set) over a flat
    ``array`` of 8 bytes an item, not a Python list of ints (≈ 36 bytes an item): an exact copy's
    union is set in one numpy step and the roots are read back by pointer jumping."""
    n = len(first)
    parent = array("q", bytes(8 * n))
    np.copyto(np.frombuffer(parent, dtype=np.int64), first)   # union(first[i], i): first[i] is a root, < i

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reps = np.flatnonzero(first == np.arange(n))
    live_reps = reps[live[reps]]
    del reps
    rejected: set[int] = set()
    for band in range(bands):
        keys = band_of(band)[live_reps]
        for members in key_buckets(keys, live_reps):
            if len(members) <= T.BIG_BUCKET:
                pairs = ((a, b) for k, a in enumerate(members) for b in members[k + 1:])
            else:  # a huge bucket: compare to its first member and along a chain only
                pairs = [(members[0], b) for b in members[1:]] + list(zip(members[1:], members[2:]))
            for a, b in pairs:
                ra, rb = find(a), find(b)
                if ra == rb:
                    continue
                pair = a * n + b
                if pair in rejected:
                    continue
                if same(a, b):
                    parent[max(ra, rb)] = min(ra, rb)
                else:
                    if len(rejected) >= REJECTED_CAP:
                        rejected.clear()
                    rejected.add(pair)
        del keys
    roots = np.frombuffer(parent, dtype=np.int64).copy()
    del parent
    while True:   # every item's root (what ``find`` returns): follow parents until they stop moving
        up = roots[roots]
        if np.array_equal(up, roots):
            return roots
        roots = up


def _blocks(groups: Iterator[list[int]], size: int) -> Iterator[list[list[int]]]:
    """Consecutive groups in blocks of about ``size`` items (a group is never split)."""
    block: list[list[int]] = []
    n = 0
    for group in groups:
        block.append(group)
        n += len(group)
        if n >= size:
            yield block
            block, n = [], 0
    if block:
        yield block


def _groups(roots: np.ndarray) -> Iterator[list[int]]:
    """The items of each root, ascending."""
    order = np.argsort(roots, kind="stable")
    if not len(order):
        return
    starts = np.flatnonzero(np.r_[True, np.diff(roots[order]) != 0]).tolist()
    items = order.tolist()   # slices of one list: np.split would make an array per group
    for a, b in zip(starts, starts[1:] + [len(items)]):
        yield items[a:b]


def _group_blocks(roots: np.ndarray, size: int) -> Iterator[tuple[np.ndarray, list[int]]]:
    """``_blocks(_groups(roots), size)`` as ``(items, group sizes)``: each block's items (a group
    after another, each ascending) as one array, without a Python list per group or per item."""
    order = np.argsort(roots, kind="stable")
    if not len(order):
        return
    starts = np.flatnonzero(np.r_[True, np.diff(roots[order]) != 0])
    sizes = np.diff(np.r_[starts, len(order)])
    # a block closes at the group where its items reach ``size`` (as ``_blocks`` counts them)
    first = 0
    while first < len(starts):
        begin = int(starts[first])
        reach = np.searchsorted(np.cumsum(sizes[first:first + size]), size)   # groups before the one that reaches
        last = min(first + int(reach) + 1, len(starts))
        end = int(starts[last]) if last < len(starts) else len(order)
        yield order[begin:end], sizes[first:last].tolist()
        first = last


class _RowSpill:
    """Track rows appended to one file per track shard (``tracking.track_shards``' split)."""

    def __init__(self, folder: Path, shards: int, part: int | None = None):
        self.folder, self.shards, self.part = Path(folder), shards, part
        self.folder.mkdir(parents=True, exist_ok=True)
        self.buffers: list[list[dict]] = [[] for _ in range(shards)]
        self.buffered = self.rows = 0

    def path(self, shard: int) -> Path:
        """One shard's file, or with ``part`` that part of it (``<shard>.pkl.<part>``)."""
        name = f"{shard:05d}.pkl"
        return self.folder / (name if self.part is None else f"{name}.{self.part:05d}")

    def add(self, row: dict) -> None:
        self.buffers[int(row["track_id"][2:10], 16) % self.shards].append(row)
        # a row counts its members too: a track of thousands of quotations holds as much as
        # thousands of rows
        self.buffered += 1 + len(row.get("quote_ids") or row.get("claim_ids") or ())
        self.rows += 1
        if self.buffered >= FLUSH_ROWS // 4:
            self.flush()

    def flush(self) -> None:
        for shard, rows in enumerate(self.buffers):
            if rows:
                with open(self.path(shard), "ab") as fh:
                    pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.buffers = [[] for _ in range(self.shards)]
        self.buffered = 0

    def close(self) -> None:
        self.flush()


def spilled_rows(path: Path) -> list[dict]:
    """Every track row spilled to one shard's file and then to its parts, in order (none when
    there are none)."""
    path = Path(path)
    paths = ([path] if path.exists() else []) + sorted(path.parent.glob(path.name + ".*"))
    return [row for p in paths for chunk in _chunks(p) for row in chunk]


def write_track_shard(config: str, rows_path: str, path: str) -> dict[str, tuple[list[dict], dict]]:
    """One Parquet shard of a track table from its spilled rows, without the tracks that break
    their schema; returns those (``{track_id: (problems, row)}``), for the caller to quarantine."""
    import polars as pl
    import pyarrow as pa

    from .build import write_parquet
    from .columns import CONFIGS

    rows = spilled_rows(Path(rows_path))
    rows.sort(key=lambda r: r["track_id"])
    bad = T.track_problems(config, rows)
    good = [row for row in rows if row["track_id"] not in bad] if bad else rows
    write_parquet(pl.from_arrow(pa.Table.from_pylist(good, schema=CONFIGS[config])), config, Path(path))
    out = {row["track_id"]: (bad[row["track_id"]], row) for row in rows if row["track_id"] in bad}
    del rows, good
    _release_free_memory(arrow=True)
    return out


class SpilledTracks:
    """What the tracks add to the records, as arrays: per article (sorted by id) its date, outlet
    and original; per quotation and tracked claim its track id (``*_back``: ids, track ids, valid)."""

    def __init__(self, store: TrackStore, ids: np.ndarray, dates: np.ndarray, outlets: np.ndarray,
                 original: np.ndarray):
        self.values = store.codes.values
        self.ids, self.dates, self.outlets, self.original = ids, dates, outlets, original
        self.has_copy = original != np.arange(len(ids))
        self.quote_back = self.claim_back = (np.zeros(0, np.uint64), np.zeros(0, np.uint64), np.zeros(0, bool))
        self.n_quote_tracks = self.n_claim_tracks = 0

    def lookup(self, articles: np.ndarray) -> "_ArticleOf":
        return _ArticleOf(self, articles)

    def info_of(self, article_ids: set[str]) -> dict[str, dict]:
        """``article_info``'s rows (date_iso, outlet, duplicate_of, story) of just these articles."""
        return _ArticleInfo.info_of(self, article_ids)

    def save_info(self, path: Path) -> None:
        """What ``info_of`` reads, to ``path`` (for ``_ArticleInfo`` in another process): the article
        arrays with the dates and outlets recoded over just their values."""
        codes = np.unique(np.concatenate([self.dates, self.outlets]).astype(np.int64))
        values = [self.values[c] for c in codes.tolist()]
        dates = np.searchsorted(codes, self.dates).astype(np.int32)
        outlets = np.searchsorted(codes, self.outlets).astype(np.int32)
        with open(path, "wb") as fh:
            pickle.dump((self.ids, dates, outlets, self.original, self.has_copy, values), fh,
                        protocol=pickle.HIGHEST_PROTOCOL)


    def duplicates(self) -> int:
        return int(self.has_copy.sum())

    def added(self, config: str, shard: int, shards: int) -> dict[str, tuple]:
        """The columns tracking adds to one shard of ``config``, compact (``decode_added``)."""
        if config == "articles":
            mine = np.flatnonzero(shard_of(self.ids, shards) == shard)
            dates = [self.values[c] for c in self.dates[mine].tolist()]
            return {"date_iso": ("a", self.ids[mine], dates),
                    "duplicate_of": ("a", self.ids[mine], ("a", self.ids[self.original[mine]], self.has_copy[mine]))}
        back = {"quotations": ("quote_track_id", "q", "qt", self.quote_back),
                "claims": ("claim_track_id", "c", "ct", self.claim_back)}.get(config)
        if back is None:
            return {}
        name, prefix, track_prefix, (ids, tids, valid) = back
        mine = np.flatnonzero(shard_of(ids, shards) == shard)
        return {name: (prefix, ids[mine], (track_prefix, tids[mine], valid[mine]))}

    def drop_tracks(self, config: str, track_ids: set[str]) -> None:
        """Null the links to these (quarantined) tracks."""
        attr = "quote_back" if config == "quote_tracks" else "claim_back"
        ids, tids, valid = getattr(self, attr)
        bad = np.array(sorted(int(t[2:], 16) for t in track_ids), dtype=np.uint64)
        setattr(self, attr, (ids, tids, valid & ~np.isin(tids, bad)))


class _ArticleInfo:
    """``SpilledTracks.info_of`` over arrays saved by ``SpilledTracks.save_info``."""

    def __init__(self, ids, dates, outlets, original, has_copy, values):
        self.ids, self.dates, self.outlets, self.original, self.has_copy = ids, dates, outlets, original, has_copy
        self.values = values

    def info_of(self, article_ids: set[str]) -> dict[str, dict]:
        wanted = sorted(article_ids)
        if not wanted:
            return {}
        ints = np.array([id_int(a) for a in wanted], dtype=np.uint64)
        pos = np.minimum(np.searchsorted(self.ids, ints), max(len(self.ids) - 1, 0))
        out = {}
        for aid, p, x in zip(wanted, pos.tolist(), ints.tolist()):
            if len(self.ids) and int(self.ids[p]) == x:
                dup = f"a{int(self.ids[self.original[p]]):016x}" if self.has_copy[p] else None
                out[aid] = {"date_iso": self.values[self.dates[p]], "outlet": self.values[self.outlets[p]],
                            "duplicate_of": dup, "story": dup or aid}
        return out


class _ArticleOf:
    """Each quotation's article (by the quotation's position): its date, outlet and story, looked up once."""

    def __init__(self, tracks: SpilledTracks, articles: np.ndarray):
        ids = tracks.ids
        if len(ids):
            pos = np.minimum(np.searchsorted(ids, articles), len(ids) - 1)
            found = ids[pos] == articles
        else:
            pos, found = np.zeros(len(articles), np.int64), np.zeros(len(articles), bool)
        self.tracks, self.articles, self.pos, self.found = tracks, articles, pos, found

    def date(self, i: int) -> str | None:
        return self.tracks.values[self.tracks.dates[self.pos[i]]] if self.found[i] else None

    def outlet(self, i: int) -> str | None:
        return self.tracks.values[self.tracks.outlets[self.pos[i]]] if self.found[i] else None

    def columns(self, items: np.ndarray) -> tuple[list, list, list[int]]:
        """``date``, ``outlet`` and ``story`` of each of ``items``, as lists (one numpy step each)."""
        t = self.tracks
        found = self.found[items]
        if not len(t.ids):
            return [None] * len(items), [None] * len(items), self.articles[items].tolist()
        pos = self.pos[items]
        dates = [t.values[c] if ok else None for c, ok in zip(t.dates[pos].tolist(), found.tolist())]
        outlets = [t.values[c] if ok else None for c, ok in zip(t.outlets[pos].tolist(), found.tolist())]
        stories = np.where(found, t.ids[t.original[pos]], self.articles[items]).tolist()
        return dates, outlets, stories

    def story(self, i: int) -> int:
        t = self.tracks
        return int(t.ids[t.original[self.pos[i]]]) if self.found[i] else int(self.articles[i])


def decode_added(added: dict[str, tuple]) -> dict[str, dict[str, Any]]:
    """``SpilledTracks.added``'s arrays as ``{column: {record id: value}}`` (in the shard's writer)."""
    out = {}
    for name, (prefix, ids, values) in added.items():
        keys = [f"{prefix}{x:016x}" for x in ids.tolist()]
        if isinstance(values, tuple):
            value_prefix, ints, valid = values
            values = [f"{value_prefix}{x:016x}" if ok else None for x, ok in zip(ints.tolist(), valid.tolist())]
        out[name] = dict(zip(keys, values))
    return out


def digest_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

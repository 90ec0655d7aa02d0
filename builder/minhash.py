"""Near-duplicate candidates in near-linear time: token shingles → MinHash → LSH banding.

Everything is seeded and hashed with fixed functions (``zlib.crc32``, never Python's salted
``hash``), so the same inputs give the same groups in every build and every process.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

import numpy as np

_MIX = (np.uint64(0x9E3779B1), np.uint64(0x85EBCA77), np.uint64(0xC2B2AE3D), np.uint64(0x27D4EB2F))
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200d\u200e\u200f\u00ad]")  # harakat, tatweel, controls
_WORD = re.compile(r"\w+")  # ZWNJ is not a word character, so it splits: «می‌شود» = «مي شود»
_FOLD = str.maketrans("يكىةأإٱؤۀ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "یکیهاااوه01234567890123456789")
_CHUNK = 40_000  # shingles per vectorized step: bounds memory at num_perm × _CHUNK × 8 bytes
_EMPTY = np.iinfo(np.uint64).max  # an empty set's signature entries


class _Folded(dict):
    """token → folded token, filled on first sight (a C-speed lookup after that)."""

    def __missing__(self, token: str) -> str:
        value = self[token] = token.translate(_FOLD)
        return value


class _Hashed(dict):
    """token → crc32 of its folded form."""

    def __missing__(self, token: str) -> int:
        value = self[token] = zlib.crc32(_FOLDED[token].encode("utf-8"))
        return value


_FOLDED, _HASHED = _Folded(), _Hashed()   # one entry per distinct word form seen by the process


def tokens(text: str) -> list[str]:
    """Word tokens for matching: Arabic/Persian letter forms and digits folded, diacritics and ZWNJ dropped."""
    return list(map(_FOLDED.__getitem__, _WORD.findall(_MARKS.sub("", text))))


def words(text: str) -> list[str]:
    """The word forms ``tokens`` and ``token_hashes`` fold and hash (diacritics and controls dropped)."""
    return _WORD.findall(_MARKS.sub("", text))


def hash_words(forms: list[str]) -> np.ndarray:
    """``token_hashes`` of the text ``forms`` came from (``words``)."""
    return np.fromiter(map(_HASHED.__getitem__, forms), dtype=np.uint64, count=len(forms))


def fold_words(forms: list[str]) -> list[str]:
    """``tokens`` of the text ``forms`` came from (``words``)."""
    return list(map(_FOLDED.__getitem__, forms))


def token_hashes(text: str) -> np.ndarray:
    """``tokens(text)`` as 32-bit hashes (crc32 of the folded token)."""
    words = _WORD.findall(_MARKS.sub("", text))
    return np.fromiter(map(_HASHED.__getitem__, words), dtype=np.uint64, count=len(words))


def shingles(ids: np.ndarray, k: int) -> np.ndarray:
    """Sorted distinct hashes (< 2**32) of the word ``k``-grams of token hashes ``ids``; fewer words, one shingle."""
    if len(ids) == 0:
        return ids
    k = min(k, len(ids))
    n = len(ids) - k + 1
    out = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        out ^= ids[j:j + n] * _MIX[j % len(_MIX)]
    return np.unique(out & np.uint64(0xFFFFFFFF))


def shingles_many(flat: np.ndarray, lengths: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """``shingles(x, k)`` of many token-hash arrays at once, given one after another (``flat``)
    with their ``lengths``: ``(values, sizes)``, the sets one after another (each sorted and
    distinct, ``uint32``) and each set's size. One vectorised step for all of an article's
    quotations instead of a dozen small numpy calls for each."""
    lengths = np.asarray(lengths, dtype=np.int64)
    if not len(flat):
        return np.zeros(0, np.uint32), np.zeros(len(lengths), np.int64)
    flat = flat.astype(np.uint64, copy=False)
    ends = np.repeat(np.cumsum(lengths), lengths)          # per token: the end of its set
    grams = np.minimum(k, np.repeat(lengths, lengths))     # per token: its set's gram size
    starts = np.flatnonzero(np.arange(len(flat)) + grams <= ends)   # where a gram starts
    size = grams[starts]
    out = np.zeros(len(starts), dtype=np.uint64)
    for j in range(k):
        more = size > j
        out[more] ^= flat[starts[more] + j] * _MIX[j % len(_MIX)]
    seg = np.repeat(np.arange(len(lengths), dtype=np.uint64), lengths)[starts]
    keyed = np.unique((seg << np.uint64(32)) | (out & np.uint64(0xFFFFFFFF)))
    sizes = np.bincount((keyed >> np.uint64(32)).astype(np.int64), minlength=len(lengths))
    return (keyed & np.uint64(0xFFFFFFFF)).astype(np.uint32), sizes


class MinHasher:
    """``num_perm`` hash functions ``a·x + b (mod 2^64)``, ``a`` odd, drawn from a fixed seed."""

    def __init__(self, num_perm: int = 128, seed: int = 20251125):
        rng = np.random.RandomState(seed)
        self.a = (rng.randint(0, 1 << 62, size=num_perm).astype(np.uint64) * np.uint64(2) + np.uint64(1))[:, None]
        self.b = rng.randint(0, 1 << 62, size=num_perm).astype(np.uint64)[:, None]
        self.num_perm = num_perm

    def signatures(self, sets: list[np.ndarray]) -> np.ndarray:
        """One row of ``num_perm`` minima per shingle set (all-max for an empty set)."""
        lengths = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
        flat = np.concatenate(sets) if len(sets) else np.zeros(0, np.uint64)
        return self.signatures_flat(flat, lengths)

    def signatures_flat(self, flat: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """``signatures`` of sets given one after another (``flat``) with their ``lengths``."""
        lengths = np.asarray(lengths, dtype=np.int64)
        if len(lengths) == 1 and 0 < len(flat) == lengths[0] <= _CHUNK:   # one set (an article): no chunking, no reduceat
            hashed = self.a * flat.astype(np.uint64)[None, :]
            hashed += self.b
            return hashed.min(axis=1)[None, :]
        sig = np.full((len(lengths), self.num_perm), _EMPTY, dtype=np.uint64)
        docs = np.flatnonzero(lengths)
        if not len(docs):
            return sig
        offsets = np.cumsum(lengths) - lengths
        total = np.cumsum(lengths[docs])
        start = 0
        while start < len(docs):   # at most _CHUNK shingles a step (one set alone may be larger)
            base = total[start - 1] if start else 0
            stop = max(start + 1, int(np.searchsorted(total, base + _CHUNK, side="right")))
            part = docs[start:stop]
            first = offsets[part[0]]
            hashed = self.a * flat[first:offsets[part[-1]] + lengths[part[-1]]].astype(np.uint64)[None, :]
            hashed += self.b
            if len(part) == 1:
                sig[part[0]] = hashed.min(axis=1)
            else:
                sig[part] = np.minimum.reduceat(hashed, offsets[part] - first, axis=1).T
            start = stop
        return sig


def lsh_buckets(sig: np.ndarray, bands: int) -> Iterable[list[int]]:
    """Groups of row indices whose signatures agree on at least one band (size ≥ 2 only).

    Each band's rows are folded into one 64-bit key (fixed odd multipliers), then grouped by a
    stable sort; a key collision only adds a candidate, which the caller verifies anyway.
    """
    n = sig.shape[0]
    live = np.flatnonzero(live_rows(sig)) if n else np.zeros(0, dtype=np.int64)
    keys = band_keys(sig[live], bands)
    for band in range(bands):
        yield from key_buckets(keys[:, band], live)


def live_rows(sig: np.ndarray) -> np.ndarray:
    """Which signature rows come from a non-empty set (an empty set's row is all-max)."""
    return sig[:, 0] != _EMPTY


def band_keys(sig: np.ndarray, bands: int) -> np.ndarray:
    """``(rows, bands)`` 64-bit keys: each band's rows of ``sig`` folded with fixed odd multipliers
    (all ``lsh_buckets`` needs of a signature, 8 bytes a band instead of 8 a permutation)."""
    num_perm = sig.shape[1]
    rows = num_perm // bands
    mult = _band_mult(rows)
    if not len(sig):
        return np.zeros((0, bands), dtype=np.uint64)
    return (sig[:, :bands * rows].reshape(len(sig), bands, rows) * mult).sum(axis=2, dtype=np.uint64)


@lru_cache(maxsize=8)
def _band_mult(rows: int) -> np.ndarray:
    """The fixed odd multipliers ``band_keys`` folds a band's ``rows`` entries with."""
    return (np.arange(rows, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C16) + np.uint64(0xC2B2AE3D27D4EB4F)) | np.uint64(1)


def key_buckets(keys: np.ndarray, index: np.ndarray) -> Iterable[list[int]]:
    """Groups (size ≥ 2) of ``index`` entries with equal ``keys`` (one band), grouped by a stable
    sort: each group in ``index`` order, groups in key order."""
    order = np.argsort(keys, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(keys[order]) != 0])
    lengths = np.diff(np.r_[starts, len(order)])
    members = index[order].tolist()
    for start, length in zip(starts[lengths > 1].tolist(), lengths[lengths > 1].tolist()):
        yield members[start:start + length]


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def overlap(a: set, b: set) -> float:
    """Share of the smaller set found in the larger one: catches a trimmed copy."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())

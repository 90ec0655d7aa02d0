"""The incremental-build cache: one article's validated records, keyed by what they depend on.

An entry's key is the SHA-256 of the article text, its file name and meta line; entries live
under ``<dist>/.cache/extract-<extractor version>/``, where the extractor version hashes the
builder's source, its lexicons, the schemas and hazm's version, so any edit to the extraction
starts a fresh cache (older versions are removed). An entry holds exactly what a clean build
computes, so a cached build writes the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
SCHEMAS = PACKAGE.parent / "schema"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """16 hex digits of the hash of every input to extraction besides the article."""
    digest = hashlib.sha256()
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    files += sorted(SCHEMAS.glob("*.json"))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    try:
        digest.update(metadata.version("hazm").encode())
    except metadata.PackageNotFoundError:
        pass
    return digest.hexdigest()[:16]


def entry_key(text: str, file: str, meta: dict[str, Any] | None) -> str:
    """Key of one article's entry: its text, file name and metadata, nothing else."""
    digest = hashlib.sha256(text.encode("utf-8"))
    digest.update(b"\0" + json.dumps([file, meta or {}], ensure_ascii=False, sort_keys=True,
                                     default=str).encode("utf-8"))
    return digest.hexdigest()


class ExtractCache:
    """Entries on disk under one extractor version; writes are atomic (temp file + rename)."""

    def __init__(self, root: str | Path, version: str | None = None):
        self.root = Path(root)
        self.version = version or extractor_version()
        self.folder = self.root / f"extract-{self.version}"

    def prune(self) -> None:
        """Remove the entries of every other extractor version."""
        if self.root.is_dir():
            for path in self.root.glob("extract-*"):
                if path != self.folder:
                    shutil.rmtree(path, ignore_errors=True)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str) -> Any | None:
        try:
            with open(self._path(key), "rb") as fh:
                return pickle.load(fh)
        except Exception:  # missing or damaged: a miss, rebuilt and rewritten
            return None

    def put(self, key: str, value: Any) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

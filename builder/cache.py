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
import queue
import shutil
import threading
from contextlib import contextmanager
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
        self._base = str(self.folder)
        self._queue: queue.SimpleQueue | None = None
        self._error: BaseException | None = None

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
            with open(f"{self._base}/{key[:2]}/{key}.pkl", "rb") as fh:
                return pickle.load(fh)
        except Exception:  # missing or damaged: a miss, rebuilt and rewritten
            return None

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key`` (pickled now; written now, or by the thread of
        ``writing_behind``)."""
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        if self._queue is not None:
            self._queue.put((key, data))
        else:
            self._write(key, data)

    def _write(self, key: str, data: bytes) -> None:
        folder = f"{self._base}/{key[:2]}"
        path, tmp = f"{folder}/{key}.pkl", f"{folder}/.{key}.pkl.{os.getpid()}.{threading.get_ident()}"
        try:
            fh = open(tmp, "wb")
        except FileNotFoundError:   # the first entry of its folder
            os.makedirs(folder, exist_ok=True)
            fh = open(tmp, "wb")
        with fh:
            fh.write(data)
        os.replace(tmp, path)

    @contextmanager
    def writing_behind(self):
        """Inside the block, entries are written by a thread while the caller goes on extracting:
        creating a file waits on the disk (≈ 1–3 ms an entry, as long as a third of an article's
        extraction). Every entry is on disk when the block ends; a failed write raises there."""
        self._queue, self._error = queue.SimpleQueue(), None
        thread = threading.Thread(target=self._drain, args=(self._queue,), daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._queue.put(None)
            thread.join()
            self._queue = None
        if self._error is not None:
            raise self._error

    def _drain(self, pending: queue.SimpleQueue) -> None:
        while (item := pending.get()) is not None:
            if self._error is None:
                try:
                    self._write(*item)
                except BaseException as exc:   # raised by ``writing_behind`` in the caller's thread
                    self._error = exc

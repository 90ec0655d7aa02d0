"""Reading a corpus folder: every ``*.txt`` (recursively) plus optional ``meta.jsonl`` files.

Decoding never loses a file silently: each file comes back either as a decoded
``SourceFile`` or with ``error`` saying why it could not be read, and the build report
counts both. UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1256 are accepted.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator


@dataclass
class SourceFile:
    file: str                      # path relative to the corpus folder, with "/" separators
    text: str | None = None        # decoded text (BOM removed), None when rejected
    encoding: str | None = None
    error: str | None = None       # why the file was rejected
    notes: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class MetaProblem:
    meta_file: str
    line: int
    error: str


def list_files(folder: str | Path) -> list[str]:
    """Relative paths of every ``*.txt`` under ``folder``, sorted (hidden folders skipped)."""
    root = Path(folder)
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.endswith(".txt") and not name.startswith("."):
                out.append(Path(dirpath, name).relative_to(root).as_posix())
    return sorted(out)


def read_meta(folder: str | Path) -> tuple[dict[str, dict[str, Any]], list[MetaProblem]]:
    """Every ``meta.jsonl`` under ``folder``, keyed by the article path relative to ``folder``.

    A line that is not a JSON object with a ``file`` is reported with its line number; the
    article it describes still builds, only without metadata.
    """
    root = Path(folder)
    meta: dict[str, dict[str, Any]] = {}
    problems: list[MetaProblem] = []
    for path in sorted(root.rglob("meta.jsonl")):
        rel_dir = path.parent.relative_to(root).as_posix()
        rel_meta = path.relative_to(root).as_posix()
        with open(path, "rb") as fh:
            for number, raw in enumerate(fh, 1):
                line = raw.decode("utf-8", errors="replace").strip().lstrip("\ufeff")
                if not line:
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(MetaProblem(rel_meta, number, f"invalid JSON: {exc.msg}"))
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("file"), str):
                    problems.append(MetaProblem(rel_meta, number, "not an object with a string 'file'"))
                    continue
                key = record["file"] if rel_dir == "." else f"{rel_dir}/{record['file']}"
                meta[key] = record
    return meta, problems


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")   # below space, except \t \n \v \f \r


def decode(data: bytes) -> tuple[str | None, str | None, str | None]:
    """``(text, encoding, error)`` for the bytes of one file.

    Order: UTF-16 by BOM, UTF-8 (BOM stripped), then Windows-1256 when the bytes are not
    UTF-8 but look like Arabic-script text. NUL bytes or control-heavy bytes mean "not text".
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as exc:
            return None, None, f"invalid UTF-16 after a UTF-16 BOM: {exc.reason} at byte {exc.start}"
    if b"\x00" in data:
        return None, None, f"contains NUL bytes (binary, not text) at byte {data.index(0)}"
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
        if text.startswith("\ufeff"):
            text, encoding = text[1:], "utf-8-sig"
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            return None, None, f"not UTF-8 ({exc.reason} at byte {exc.start}) and not Windows-1256"
        arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
        letters = sum(1 for ch in text if ch.isalpha())
        if letters == 0 or arabic / letters < 0.5:
            return None, None, f"not UTF-8 ({exc.reason} at byte {exc.start}) and not Persian Windows-1256 text"
        encoding = "windows-1256"
    controls = len(_CONTROLS.findall(text))
    if text and controls / len(text) > 0.01:
        return None, None, f"not text: {controls} control characters in {len(text)}"
    return text, encoding, None


def read_file(root: str | Path, rel: str, meta: dict[str, Any] | None = None) -> SourceFile:
    """Read and decode one article file; never raises for bad content."""
    path = Path(root, rel)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SourceFile(rel, error=f"cannot read: {exc.strerror or exc}", meta=meta or {})
    text, encoding, error = decode(data)
    src = SourceFile(rel, text=text, encoding=encoding, error=error, meta=meta or {})
    if text is not None:
        if not text.strip():
            src.notes.append("empty file")
        elif not text.lstrip("\ufeff \t\r\n").startswith("#"):
            src.notes.append("no '## title' line")
    return src


def iter_corpus(folder: str | Path) -> Iterator[SourceFile]:
    """Each ``*.txt`` under ``folder`` in path order, decoded or with its rejection reason."""
    meta, _ = read_meta(folder)
    for rel in list_files(folder):
        yield read_file(folder, rel, meta.get(rel))

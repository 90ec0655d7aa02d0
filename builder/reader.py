"""Reading a corpus folder: every ``*.txt`` (recursively) plus optional ``meta.jsonl`` files.

Decoding never loses a file silently: each file comes back either as a decoded
``SourceFile`` or with ``error`` saying why it could not be read, and the build report
counts both; every decoding decision is a note (see ``read_file``). UTF-8 (with or
without BOM), UTF-16/UTF-32 with BOM, UTF-16 without BOM and Windows-1256 are accepted.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .markup import describe_markup


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


def read_meta(folder: str | Path, locate: bool = False) -> tuple[dict[str, Any], list[MetaProblem]]:
    """Every ``meta.jsonl`` under ``folder``, keyed by the article path relative to ``folder``.

    A line that is not a JSON object with a ``file`` is reported with its line number; the
    article it describes still builds, only without metadata. A second line for the same
    file (the later one wins) and a line naming no article in the corpus are reported too.
    With ``locate``, each value is where the line is instead (``(meta file, byte offset, length)``,
    read back by ``meta_line``): a build holds that for every article, not the parsed line.
    """
    root = Path(folder)
    meta: dict[str, dict[str, Any]] = {}
    line_of: dict[str, int] = {}
    problems: list[MetaProblem] = []
    for path in sorted(root.rglob("meta.jsonl")):
        rel_dir = path.parent.relative_to(root).as_posix()
        rel_meta = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in path.relative_to(root).parts[:-1]):
            continue
        try:
            fh = open(path, "rb")
        except OSError as exc:
            problems.append(MetaProblem(rel_meta, 0, f"cannot read: {exc.strerror or exc}"))
            continue
        with fh:
            offset = 0
            for number, raw in enumerate(fh, 1):
                at, offset = offset, offset + len(raw)
                line = _meta_text(raw)
                if not line:
                    continue
                try:
                    record = json.loads(line)
                except (json.JSONDecodeError, RecursionError) as exc:
                    reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                    problems.append(MetaProblem(rel_meta, number, f"invalid JSON: {reason}"))
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("file"), str):
                    problems.append(MetaProblem(rel_meta, number, "not an object with a string 'file'"))
                    continue
                key = record["file"] if rel_dir == "." else f"{rel_dir}/{record['file']}"
                if not (root / key).is_file():
                    problems.append(MetaProblem(rel_meta, number, f"no article {record['file']!r} beside it"))
                    continue
                if key in meta:
                    problems.append(MetaProblem(
                        rel_meta, number, f"second line for {record['file']!r} (line {line_of[key]}); this one is used"))
                meta[key], line_of[key] = (str(path), at, len(raw)) if locate else record, number
    return meta, problems


def _meta_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace").strip().lstrip("\ufeff")


def meta_line(path: str, offset: int, length: int) -> dict[str, Any]:
    """The meta line ``read_meta(..., locate=True)`` located, parsed (the same dict ``read_meta`` gives)."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        return json.loads(_meta_text(fh.read(length)))


#: Files larger than this are rejected unread (no news article is 64 MB; a dump or a binary is).
MAX_BYTES = 64 * 1024 * 1024
#: A file this large builds, with a note: extraction is linear, so it only takes longer.
LARGE_BYTES = 1024 * 1024

_MAGIC = ((b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
          (b"\x1f\x8b", "a gzip archive"), (b"\xd0\xcf\x11\xe0", "an old MS Office document"))
_BIDI_ZERO_WIDTH = frozenset("\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u2060")
# counted by a regex, not a Python loop over every character (≈ 0.6 ms an article)
_BIDI_RE = re.compile("[" + "".join(sorted(_BIDI_ZERO_WIDTH)) + "]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")   # below space, except \t \n \v \f \r


def decode(data: bytes) -> tuple[str | None, str | None, str | None]:
    """``(text, encoding, error)`` for the bytes of one file.

    Order: UTF-32/UTF-16 by BOM, UTF-16 without BOM by its NUL pattern, UTF-8 (BOM stripped;
    a few invalid bytes replaced), then Windows-1256 when the bytes are not UTF-8 but read
    as Arabic-script text. Known binary formats, other NUL bytes or many control
    characters mean "not text".
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return None, None, f"not text: looks like {what}"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text, encoding, error = _strict(data, "utf-32", "UTF-32")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding, error = _strict(data, "utf-16", "UTF-16")
    elif b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is None:
            return None, None, f"contains NUL bytes (binary, not text) at byte {data.index(0)}"
        text, encoding, error = guess, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", None
    else:
        text, encoding, error = _utf8_or_cp1256(data)
    if text is None:
        return None, None, error
    if "\x00" in text:
        return None, None, f"contains NUL characters (binary, not text) at character {text.index(chr(0))}"
    controls = len(_CONTROLS.findall(text))
    if text and controls / len(text) > 0.01:
        return None, None, f"not text: {controls} control characters in {len(text)}"
    return text, encoding, None


def _strict(data: bytes, codec: str, name: str) -> tuple[str | None, str | None, str | None]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        return None, None, f"invalid {name} after a {name} BOM: {exc.reason} at byte {exc.start}"
    return text, codec, None


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 bytes without a BOM (NULs only in the high byte of ASCII), else ``None``."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if low.count(0) == 0 and high.count(0) * 20 >= len(high):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if _arabic_share(text) >= 0.5 else None
    return None


def _utf8_or_cp1256(data: bytes) -> tuple[str | None, str | None, str | None]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = f"{exc.reason} at byte {exc.start}"
    else:
        return (text[1:], "utf-8-sig", None) if text.startswith("\ufeff") else (text, "utf-8", None)
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(2, len(lenient) // 1000) and _arabic_share(lenient) >= 0.5:
        # a valid UTF-8 Persian article with a few broken bytes (a truncated crawl), not cp1256
        return (lenient[1:] if lenient.startswith("\ufeff") else lenient), "utf-8 (invalid bytes replaced)", None
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" in text or _arabic_share(text) < 0.5:
        return None, None, f"not UTF-8 ({first}) and not Persian Windows-1256 text"
    return text, "windows-1256", None


def _arabic_share(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    return sum(1 for ch in text if "\u0600" <= ch <= "\u06ff") / letters if letters else 0.0


def read_file(root: str | Path, rel: str, meta: dict[str, Any] | None = None) -> SourceFile:
    """Read and decode one article file; never raises for bad content.

    Every decision is a note in the build report: the encoding when it is not plain UTF-8,
    replaced bytes, an empty file, a missing title, a title alone, a large file, HTML
    remnants, bidi or zero-width controls.
    """
    path = Path(root, rel)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return SourceFile(rel, error=f"too large: {size / 2**20:.1f} MB (limit {MAX_BYTES // 2**20} MB)",
                              meta=meta or {})
        data = path.read_bytes()
    except OSError as exc:
        return SourceFile(rel, error=f"cannot read: {exc.strerror or exc}", meta=meta or {})
    text, encoding, error = decode(data)
    src = SourceFile(rel, text=text, encoding=encoding, error=error, meta=meta or {})
    if text is not None:
        src.notes = describe_text(text, encoding, len(data))
    return src


def describe_text(text: str, encoding: str | None, size: int) -> list[str]:
    """The build-report notes for one decoded file (see ``read_file``)."""
    notes = []
    if encoding == "windows-1256":
        notes.append("decoded as Windows-1256 (not UTF-8, Arabic-script bytes)")
    elif encoding and encoding.startswith(("utf-16", "utf-32")):
        notes.append(f"decoded as {encoding.upper()}" + ("" if encoding in ("utf-16", "utf-32")
                                                          else " (no BOM, guessed from its NUL bytes)"))
    elif encoding == "utf-8-sig":
        notes.append("UTF-8 byte-order mark removed")
    elif encoding and "replaced" in encoding:
        notes.append(f"{text.count(chr(0xFFFD))} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
    body = text.lstrip("\ufeff \t\r\n")
    if not text.strip():
        notes.append("empty file")
    elif not body.startswith("#"):
        notes.append("no '## title' line")
    elif not body.split("\n", 1)[1:] or not body.split("\n", 1)[1].strip():
        notes.append("title only, no body")
    if size >= LARGE_BYTES:
        notes.append(f"large file: {size / 2**20:.1f} MB")
    markup = describe_markup(text)
    if markup:
        notes.append(markup)
    controls = len(_BIDI_RE.findall(text))
    if controls:
        notes.append(f"{controls} bidi/zero-width control character(s) (kept in text, ignored for matching)")
    others = len(_CONTROLS.findall(text))   # below space, except \t \n \v \f \r
    if others:
        notes.append(f"{others} other control character(s) kept in text")
    return notes


def iter_corpus(folder: str | Path) -> Iterator[SourceFile]:
    """Each ``*.txt`` under ``folder`` in path order, decoded or with its rejection reason."""
    meta, _ = read_meta(folder)
    for rel in list_files(folder):
        yield read_file(folder, rel, meta.get(rel))

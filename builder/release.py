"""The release folder around the Parquet files: schemas, build report, quarantine,
dataset card, CITATION.cff and the SHA-256 manifest. Everything here is a function of the
records and the version only (no clocks), so two builds give the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from importlib import metadata
from pathlib import Path

from . import RELEASE_DATE
from .card import render_card, render_citation
from .report import write_report
from .validate import SCHEMA_DIR

MANIFEST = "MANIFEST.sha256"
#: Dot-files that are part of a release (other hidden paths, e.g. build scratch, are not).
RELEASE_DOTFILES = {".zenodo.json"}
DEPENDENCIES = ("hazm", "datasets", "polars", "pyarrow", "jsonschema", "numpy")


def dependency_versions() -> dict[str, str]:
    out = {}
    for name in ("goftar",) + DEPENDENCIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def finish_release(folder: Path, report: dict, version: str, previous: Path | None = None) -> None:
    """Write every non-Parquet file of the release into ``folder``, the manifest last.

    ``previous`` is the release this one is compared with (changes.json, CHANGELOG.md)."""
    from .extras import write_release_extras

    shutil.copytree(SCHEMA_DIR, folder / "schema")
    report["tool"] = {"name": "goftar", "version": version, "dependencies": dependency_versions()}
    quarantine = report.pop("quarantine")
    with open(folder / "quarantine.jsonl", "w", encoding="utf-8") as fh:
        for entry in quarantine:
            fh.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
    report["quarantine"] = quarantine
    with open(folder / "build_report.json", "w", encoding="utf-8") as fh:
        dump_build_report({k: v for k, v in report.items() if k not in ("quarantine", "timings")}, fh)
    (folder / "README.md").write_text(render_card(report, version), encoding="utf-8")
    (folder / "CITATION.cff").write_text(render_citation(version, RELEASE_DATE), encoding="utf-8")
    write_report(folder)
    write_release_extras(folder, previous, version, RELEASE_DATE)
    write_manifest(folder)


_FILES_MARK = "\x00files\x00"


def dump_build_report(slim: dict, fh) -> None:
    """``json.dump(slim, fh, ensure_ascii=False, indent=2, sort_keys=True)`` and a newline, with
    ``slim["files"]`` (a list, or any iterable of entries such as ``build.FileLog``) streamed an
    entry at a time: the same bytes, without every entry held as a dict at once."""
    files = slim.get("files")
    if files is None or isinstance(files, list):
        json.dump(slim, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
        return
    text = json.dumps(dict(slim, files=_FILES_MARK), ensure_ascii=False, indent=2, sort_keys=True)
    head, tail = text.split(json.dumps(_FILES_MARK), 1)
    fh.write(head)
    first = True
    for entry in files:
        block = _indented(entry, 2)
        fh.write(("[\n    " if first else ",\n    ") + block)
        first = False
    fh.write("[]" if first else "\n  ]")
    fh.write(tail + "\n")


_STR = json.encoder.encode_basestring  # how json.dumps(..., ensure_ascii=False) writes a string


def _indented(value, level: int) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)`` nested ``level`` steps deep (every
    line after the first indented ``2 × level`` more). Dicts with string keys, lists and strings (what a
    report entry holds) are written here: with an indent, json.dumps runs its pure-Python encoder, ≈ 10×
    slower a build report entry; anything else goes to json.dumps."""
    if isinstance(value, str):
        return _STR(value)
    inner = "\n" + "  " * (level + 1)
    if isinstance(value, list) and value:
        return "[" + inner + ("," + inner).join(_indented(v, level + 1) for v in value) + "\n" + "  " * level + "]"
    if isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
        return "{" + inner + ("," + inner).join(_STR(k) + ": " + _indented(v, level + 1)
                                                for k, v in sorted(value.items())) + "\n" + "  " * level + "}"
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", "\n" + "  " * level)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def release_files(folder: Path) -> list[str]:
    """Every file of the release (relative, sorted), the manifest itself excepted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.name != MANIFEST and not any(part.startswith(".") and part not in RELEASE_DOTFILES
                                                                     for part in p.relative_to(folder).parts))


def write_manifest(folder: Path) -> None:
    lines = [f"{sha256_file(folder / rel)}  {rel}\n" for rel in release_files(folder)]
    (folder / MANIFEST).write_text("".join(lines), encoding="utf-8")


def verify_manifest(folder: Path) -> list[str]:
    """Problems with ``folder``'s manifest: missing, extra or changed files (empty when intact)."""
    path = Path(folder) / MANIFEST
    if not path.exists():
        return [f"{MANIFEST} is missing"]
    listed = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        digest, _, rel = line.partition("  ")
        listed[rel] = digest
    found = set(release_files(Path(folder)))
    out = [f"missing: {rel}" for rel in sorted(set(listed) - found)]
    out += [f"not in manifest: {rel}" for rel in sorted(found - set(listed))]
    out += [f"changed: {rel}" for rel in sorted(found & set(listed)) if sha256_file(Path(folder) / rel) != listed[rel]]
    return out


def same_release(a: Path, b: Path) -> bool:
    """True when two release folders hold the same bytes (compared through their manifests)."""
    ma, mb = Path(a) / MANIFEST, Path(b) / MANIFEST
    return ma.exists() and mb.exists() and ma.read_bytes() == mb.read_bytes() and not verify_manifest(b)

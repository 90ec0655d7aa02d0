"""The release files about the release: what changed (``changes.json``, ``CHANGELOG.md``) and how
to cite it (``.zenodo.json``, ``croissant.json``). Called by ``release.finish_release`` before the
manifest; croissant goes last since it carries the SHA-256 of every other file.
"""
from __future__ import annotations

from pathlib import Path

from .changes import write_changes
from .citation import write_citation_files


def write_release_extras(folder: Path, previous: Path | None, version: str, date: str) -> None:
    write_changes(folder, previous, version, date)
    write_citation_files(folder, version, date)

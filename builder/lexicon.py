"""Reading the sectioned word lists under ``builder/lexicons/`` (``# comment`` lines, and
``[section]`` headers that sort the entries below them), shared by every lexicon reader."""
from __future__ import annotations

from pathlib import Path

LEXICONS = Path(__file__).resolve().parent / "lexicons"


def read_sections(name: str) -> dict[str | None, list[str]]:
    """Entries of ``lexicons/<name>`` by section (``None`` for those before any header), in order."""
    out: dict[str | None, list[str]] = {}
    section = None
    with open(LEXICONS / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line
                continue
            out.setdefault(section, []).append(line)
    return out

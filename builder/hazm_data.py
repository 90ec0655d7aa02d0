"""hazm's data without importing hazm: its package import pulls in scikit-learn and costs
about a second in every worker process, while the builder only needs hazm's data files and
its letter table (``Normalizer().translation_src/dst``).
"""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

LETTER_TABLE = Path(__file__).resolve().parent / "lexicons" / "hazm_letters.tsv"


@lru_cache(maxsize=None)
def data_file(name: str) -> str:
    """Path of one of hazm's data files (``verbs.dat``, ``words.dat`` …) in the installed hazm."""
    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("hazm is not installed")
    return os.path.join(spec.submodule_search_locations[0], "data", name)


@lru_cache(maxsize=1)
def letter_table() -> list[tuple[str, str]]:
    """hazm's letter-folding pairs, as kept in ``lexicons/hazm_letters.tsv`` (a test holds the
    file equal to the installed hazm's ``Normalizer`` table; ``write_letter_table`` renews it)."""
    pairs = []
    with open(LETTER_TABLE, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            src, dst = line.rstrip("\n").split("\t")[:2]
            pairs.append((chr(int(src, 16)), chr(int(dst, 16))))
    return pairs


def hazm_letter_pairs() -> list[tuple[str, str]]:
    """The pairs straight from the installed hazm (imports it: for the test and for renewing)."""
    from hazm import Normalizer

    n = Normalizer(correct_spacing=False, decrease_repeated_chars=False, seperate_mi=False)
    return [(s, d) for s, d in zip(n.translation_src, n.translation_dst) if s != d]


def write_letter_table(path: Path = LETTER_TABLE) -> None:
    import hazm
    from importlib import metadata

    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# hazm {metadata.version('hazm')} Normalizer letter table: source and target code points (hex), "
                 "then the characters. Renew with: python -c 'from builder.hazm_data import "
                 "write_letter_table; write_letter_table()'\n")
        for s, d in hazm_letter_pairs():
            fh.write(f"{ord(s):04x}\t{ord(d):04x}\t{s}\t{d}\n")
    del hazm

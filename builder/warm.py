"""Load every lexicon once in the forkserver, before it forks the build's workers.

The readers load their lexicons (hazm's word counts and verbs, the files under ``lexicons/``) on
first use, ≈ 0.3 s of CPU. A worker forked from a server that has them already starts with them
(shared pages), so that cost is paid once a build instead of once a worker. Importing this module
extracts one small article (``lexicons/warmup.txt``); the readers' caches are pure (a word's
reading depends on the word alone), so nothing a worker then writes changes. The loaded objects are
then frozen out of the cyclic garbage collector (``gc.freeze``): they live as long as the process, and
a worker's collections no longer walk them (nor touch their shared pages)."""
from __future__ import annotations

import gc
from pathlib import Path

WARMUP = Path(__file__).resolve().parent / "lexicons" / "warmup.txt"


def warm_up() -> bool:
    """Extract the warm-up article and compute its track inputs; False (and no error) if that fails."""
    from .pipeline import extract_article
    from .tracking import track_input

    try:
        track_input(extract_article(WARMUP.read_text(encoding="utf-8"), "warmup.txt", {}))
    except Exception:   # a warm-up must never stop a build: the workers then load on first use
        return False
    return True


warm_up()
gc.freeze()

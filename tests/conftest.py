import os
import random
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The shared corpus sits beside the checkout (../shared); a clone elsewhere finds it at /work/shared.
SHARED = next((p for p in (Path(os.environ.get("GOFTAR_SHARED", ROOT.parent / "shared")), Path("/work/shared"))
               if (p / "corpus").is_dir()), ROOT.parent / "shared")
SEED = ROOT / "corpus" / "000_582982c64e34e579.txt"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"the shared corpus is not at {corpus} (set GOFTAR_SHARED)")
    return corpus


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory, shared_corpus) -> Path:
    """The seed plus 40 real articles from every outlet folder, with their meta.jsonl lines."""
    out = tmp_path_factory.mktemp("sample")
    shutil.copy(SEED, out / SEED.name)
    rng = random.Random(7)
    for folder in ("farsnews", "irnews", "headlines2025"):
        files = sorted(p.name for p in (shared_corpus / folder).glob("*.txt"))
        chosen = set(rng.sample(files, 14 if folder != "headlines2025" else 12))
        (out / folder).mkdir()
        for name in chosen:
            shutil.copy(shared_corpus / folder / name, out / folder / name)
        with open(shared_corpus / folder / "meta.jsonl", encoding="utf-8") as src, \
                open(out / folder / "meta.jsonl", "w", encoding="utf-8") as dst:
            for line in src:
                if any(f'"{name}"' in line for name in chosen):
                    dst.write(line)
    return out

from builder.normalize import normalize
from builder.segment import paragraphs


def _article(body: str, title: str = "عنوان خبر") -> str:
    return f"## {title}\n\n{body}\n"


@pytest.fixture
def quotes():
    from builder.quotes import extract_quotations

    def run(body: str, title: str = "عنوان خبر"):
        text = _article(body, title)
        out = extract_quotations(text, normalize(text), paragraphs(text))
        for q in out:  # every string is an exact slice of the text
            assert text[q["start"]:q["end"]] == q["content"]
            assert q["mention"] in text and q["speaker"]
            for part in q["cue"].split(" ... "):
                assert part in text
        return out
    return run


@pytest.fixture
def sources():
    from builder.sources import extract_sources

    def run(body: str, title: str = "عنوان خبر"):
        text = _article(body, title)
        return extract_sources(text, normalize(text), paragraphs(text))
    return run

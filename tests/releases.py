"""Small corpora and release builds shared by the release tests (versioning, changes, citation,
publish, cite): the seed article plus a few short articles written for these tests."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from builder.build import build

from .conftest import SEED

ECONOMY = ("## وزیر اقتصاد از کاهش تورم خبر داد\n\n"
           "وزیر اقتصاد گفت: «نرخ تورم ۱۲ درصد کاهش یافت.»\n\n"
           "او افزود که ۳۰۰ میلیارد تومان وام پرداخت شد.\n")
ECONOMY_REVISED = ECONOMY.replace("۱۲ درصد", "۱۴ درصد")
BUDGET = ("## رئیس سازمان برنامه از بودجه گفت\n\n"
          "رئیس سازمان برنامه گفت که بودجه سال ۱۴۰۳ حدود ۲۰ درصد افزایش یافت.\n")
NEWS = "## خبر تازه\n\nوزیر گفت که ۱۰ درصد افزایش یافت.\n"


def write_corpus(folder: Path, articles: dict[str, str], seed_as: str | None = SEED.name) -> Path:
    """A corpus folder holding ``articles`` (name → text) and, unless None, the seed as ``seed_as``."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if seed_as:
        (folder / seed_as).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEED, folder / seed_as)
    for name, text in articles.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_release(tmp: Path, dist: Path, version: str, articles: dict[str, str],
                  seed_as: str | None = SEED.name) -> Path:
    """Build ``articles`` (plus the seed) as release ``version`` into ``dist``; its folder."""
    corpus = write_corpus(tmp / f"corpus-{version}", articles, seed_as)
    return build(corpus, dist, version=version, workers=1).folder


def add_schema_property(release: Path, schema: str, name: str, prop: dict) -> None:
    """Make an (old) release's copied JSON Schema declare one more property, as if it had it."""
    path = release / "schema" / f"{schema}.schema.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["properties"][name] = prop
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

"""Adversarial texts against ``pipeline.extract_article``: does any extractor stop being linear?

Each case is generated at a size; we time the whole extraction (all extractors) per KB and
compare it with ordinary news of the same size, and with the same case at 4× the size
(a quadratic step shows as a ~4× growth in time per KB, catastrophic backtracking as worse).

    python -m bench.adversarial            # full sizes (the issue's: 100,000 quotes, a 2 MB line…)
    python -m bench.adversarial --quick    # small sizes, seconds
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from multiprocessing import get_context
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from builder.pipeline import extract_article  # noqa: E402

TITLE = "## خبر آزمایشی\n\n"
_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"


def _fill(unit: str, chars: int) -> str:
    return unit * max(1, chars // len(unit))


def _no_spaces(chars: int) -> str:
    rng = random.Random(1)
    return "".join(rng.choice(_LETTERS) for _ in range(chars))


#: name → (text of about ``chars`` characters). Every case starts with a title line.
CASES: dict[str, Callable[[int], str]] = {
    "quotation marks": lambda n: TITLE + _fill('"', n),
    "guillemets unclosed": lambda n: TITLE + "وزیر گفت: " + _fill("«", n),
    "alternating «\"»\"": lambda n: TITLE + _fill('«"»"', n),
    "alternating with cue": lambda n: TITLE + _fill('وزیر گفت: «"»" ', n),
    "line without spaces": lambda n: TITLE + _no_spaces(n),
    "repeated cue words": lambda n: TITLE + _fill("وزیر گفت که ", n),
    "cue words, no period, two lines": lambda n: TITLE + _fill("او گفت که ", n // 2) + "\n" + _fill("او افزود ", n // 2),
    "cue and colon, open quote": lambda n: TITLE + _fill("اعلام کرد: «", n),
    "10,000-digit number": lambda n: TITLE + "رقم " + _fill("۷", n) + " تومان",
    "digits with separators": lambda n: TITLE + _fill("۱,", n),
    "digits and slashes": lambda n: TITLE + _fill("1/", n),
    "number words": lambda n: TITLE + _fill("بیست و پنج هزار و ", n),
    "percent runs": lambda n: TITLE + _fill("۲۰ درصد ", n),
    "source chain repeated": lambda n: TITLE + _fill("به گزارش ", n),
    "run of spaces in a paragraph": lambda n: TITLE + "وزیر" + _fill(" ", n) + "گفت",
    "ZWNJ runs": lambda n: TITLE + _fill("\u200c", n),
    "bidi controls": lambda n: TITLE + _fill("\u202b\u200f\u202c", n),
    "HTML tag starts": lambda n: TITLE + _fill("<a ", n),
    "HTML entities": lambda n: TITLE + _fill("&nbsp;&#1234;", n),
    "open comment": lambda n: TITLE + "<!--" + _fill("-", n),
    "one-sentence-per-line": lambda n: TITLE + _fill("وی گفت.\n", n),
    "periods": lambda n: TITLE + _fill(".", n),
}


def ordinary_news(chars: int) -> str:
    """Real articles (the shared corpus, else the seed) concatenated to about ``chars``."""
    shared = ROOT.parent / "shared" / "corpus"
    files = sorted(shared.glob("*/*.txt"))[:400] if shared.is_dir() else []
    files = files or sorted((ROOT / "corpus").glob("*.txt"))
    parts, size = [TITLE], 0
    while size < chars:
        for path in files:
            body = path.read_text(encoding="utf-8", errors="replace")
            parts.append(body.split("\n", 1)[-1].strip() + "\n\n")
            size += len(parts[-1])
            if size >= chars:
                break
    return "".join(parts)


def seconds(text: str, repeat: int = 3) -> float:
    """Best of ``repeat`` CPU times of one full extraction (CPU, not wall clock: the ratios to
    ordinary news must not move when other processes load the machine)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        extract_article(text, "bench.txt", {})
        best = min(best, time.process_time() - t0)
    return best


def per_kb(text: str, repeat: int = 3) -> float:
    return seconds(text, repeat) / (len(text.encode("utf-8")) / 1024)


def per_kb_within(make: Callable[[int], str], chars: int, repeat: int, timeout: float) -> float | None:
    """``per_kb(make(chars))`` in a forked child, or ``None`` when it runs past ``timeout`` s."""
    ctx = get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=lambda: send.send(per_kb(make(chars), repeat)), daemon=True)
    child.start()
    ready = recv.poll(timeout)
    value = recv.recv() if ready else None
    child.kill()
    child.join()
    return value


def run(chars: int, repeat: int = 3, cases: dict[str, Callable[[int], str]] = CASES,
        timeout: float = 60.0) -> dict:
    """``{"news_per_kb", "cases": {name: {"per_kb", "ratio", "growth"}}}`` at ``chars`` and 4×.

    A case that runs past ``timeout`` seconds has ``per_kb`` ``None`` (it does not hang).
    """
    extract_article(TITLE + "گرم کردن", "warmup.txt", {})      # load hazm's tables once
    news = max(per_kb(ordinary_news(chars), repeat), per_kb(ordinary_news(4 * chars), repeat))
    out = {"chars": chars, "news_per_kb": news, "cases": {}}
    for name, make in cases.items():
        small = per_kb_within(make, chars, repeat, timeout)
        big = per_kb_within(make, 4 * chars, repeat, timeout) if small is not None else None
        out["cases"][name] = {"per_kb": big, "ratio": None if big is None else big / news,
                              "growth": None if big is None else big / max(small, 1e-9)}
    return out


def linear(case: dict, max_ratio: float = 10.0, max_growth: float = 3.0) -> bool:
    """Finished, within ``max_ratio`` × ordinary news per KB, and not growing with size.

    Growth is judged only for cases dearer per KB than news: cheaper ones take a few
    milliseconds at test sizes, where timer noise alone can double a figure.
    """
    if case["per_kb"] is None or case["ratio"] > max_ratio:
        return False
    return case["ratio"] <= 1.0 or case["growth"] < max_growth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 KB / 80 KB instead of 500 KB / 2 MB")
    parser.add_argument("--chars", type=int, help="base size in characters (the 4× size is also run)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a case counts as hung")
    parser.add_argument("--max-ratio", type=float, default=10.0, help="fail above this × ordinary news")
    args = parser.parse_args(argv)
    chars = args.chars or (20_000 if args.quick else 500_000)
    result = run(chars, repeat=3 if args.quick else 1, timeout=args.timeout)
    print(f"ordinary news: {result['news_per_kb'] * 1e3:.3f} ms/KB (sizes {chars:,} and {4 * chars:,} chars)")
    print(f"{'case':34} {'ms/KB':>9} {'× news':>8} {'growth 4×':>10}")
    bad = 0
    for name, r in result["cases"].items():
        bad += not linear(r, args.max_ratio)
        if r["per_kb"] is None:
            print(f"{name:34} {'TIMEOUT':>9} (more than {args.timeout:.0f} s)  <-- not linear")
            continue
        flag = "" if linear(r, args.max_ratio) else "  <-- not linear"
        print(f"{name:34} {r['per_kb'] * 1e3:9.3f} {r['ratio']:8.2f} {r['growth']:10.2f}{flag}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

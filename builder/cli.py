"""The ``goftar`` command line: ``build``, ``eval`` and friends. I/O lives here, not in the core."""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys

from . import __version__


class Interrupted(BaseException):
    """SIGTERM, SIGINT or SIGHUP during a build: unwinds (past ``except Exception``) so the
    build removes its partial folder; no release is created or changed."""


_STOP: list[int] = []
_OWNER: list[int] = []


def _interrupt(signum, frame):
    if _OWNER and os.getpid() != _OWNER[0]:      # a forked worker: die quietly, as by default
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
    _STOP.append(signum)
    raise Interrupted(signum)


def _stop_aware(bar):
    """The progress callback, which also re-raises a signal that an article's
    ``except Exception`` swallowed (e.g. one that arrived inside an import)."""
    def progress(done: int, total: int) -> None:
        if _STOP:
            raise Interrupted(_STOP[0])
        if bar:
            bar(done, total)
    return progress


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import ReleaseExists, build, progress_bar

    workers = args.workers or os.cpu_count() or 1
    stops = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    _OWNER[:] = [os.getpid()]
    previous = {sig: signal.signal(sig, _interrupt) for sig in stops}
    try:
        result = build(args.corpus, args.dist, workers=workers, progress=_stop_aware(progress_bar()))
    except Interrupted as exc:
        name = signal.Signals(exc.args[0]).name
        print(f"goftar: interrupted by {name}; partial output removed, no release written", file=sys.stderr)
        return 128 + exc.args[0]
    except ReleaseExists as exc:
        print(f"goftar: refused: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"goftar: {exc}", file=sys.stderr)
        return 2
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    report = result.report
    for entry in report["files"]:
        if entry["status"] in ("rejected", "failed"):
            print(f"goftar: {entry['status']}: {entry['file']}: {entry['reason']}", file=sys.stderr)
    for problem in report["meta_problems"]:
        print(f"goftar: meta: {problem['meta_file']} line {problem['line']}: {problem['error']}", file=sys.stderr)
    verb = "unchanged (identical release already there)" if result.status == "unchanged" else "built"
    print(f"{result.folder}: {verb}")
    print("files: " + ", ".join(f"{k} {v}" for k, v in report["file_status"].items()))
    print("records: " + ", ".join(f"{k} {v}" for k, v in report["counts"].items()))
    if report["quarantined_records"]:
        print(f"quarantined: {report['quarantined_records']} records failed their schema; "
              f"see {result.folder}/quarantine.jsonl", file=sys.stderr)
    if args.report_json:
        with open(args.report_json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, ensure_ascii=False, indent=2)
    return result.exit_code


def _cmd_eval(args: argparse.Namespace) -> int:
    from . import evaluate

    return evaluate.main(args.rest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="goftar", description=__doc__)
    parser.add_argument("--version", action="version", version=f"goftar {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="build a release folder from a corpus folder")
    p.add_argument("corpus", help="folder of *.txt articles (searched recursively)")
    p.add_argument("--dist", default="dist", help="where release folders go (default: dist)")
    p.add_argument("--workers", type=int, default=0, help="worker processes (default: all cores)")
    p.add_argument("--report-json", help="also write the full build report (with timings) here")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("eval", help="score the builder against the gold development set")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_eval)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

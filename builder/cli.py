"""The ``goftar`` command line: ``build``, ``eval`` and friends. I/O lives here, not in the core."""
from __future__ import annotations

import argparse
import json
import os
import sys

from . import __version__


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import ReleaseExists, build, progress_bar

    workers = args.workers or os.cpu_count() or 1
    try:
        result = build(args.corpus, args.dist, workers=workers, progress=progress_bar(),
                       engine=args.engine, address=args.address, cache=not args.no_cache)
    except ReleaseExists as exc:
        print(f"goftar: refused: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"goftar: {exc}", file=sys.stderr)
        return 2
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
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local worker processes (default) or Ray Data (needs goftar[ray])")
    p.add_argument("--address", help="with --engine ray: the cluster to join, e.g. ray://head:10001")
    p.add_argument("--no-cache", action="store_true",
                   help="ignore and do not fill the incremental cache under DIST/.cache")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("eval", help="score the builder against the gold development set")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_eval)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

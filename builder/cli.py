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
    from .versioning import IncompatibleVersion

    workers = args.workers or os.cpu_count() or 1
    stops = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    _OWNER[:] = [os.getpid()]
    previous = {sig: signal.signal(sig, _interrupt) for sig in stops}
    try:
        result = build(args.corpus, args.dist, workers=workers, progress=_stop_aware(progress_bar()),
                       engine=args.engine, address=args.address, cache=not args.no_cache)
    except Interrupted as exc:
        name = signal.Signals(exc.args[0]).name
        print(f"goftar: interrupted by {name}; partial output removed, no release written", file=sys.stderr)
        return 128 + exc.args[0]
    except (ReleaseExists, IncompatibleVersion) as exc:
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


def _eval_passthrough(argv: list[str]) -> int | None:
    """``goftar eval ...`` hands its arguments untouched to the evaluator's own parser."""
    if argv and argv[0] == "eval":
        from . import evaluate

        return evaluate.main(argv[1:])
    return None


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    if not os.path.isdir(os.path.join(args.release, "data")):
        print(f"goftar: not a release folder (no data/): {args.release}", file=sys.stderr)
        return 2
    target = os.path.join(args.release, "report.html")
    if args.output is None and os.path.exists(target):
        from .report import load_release, render_report

        html = render_report(load_release(args.release), args.max_articles)
        with open(target, encoding="utf-8") as fh:
            if fh.read() == html:
                print(f"{target}: unchanged")
                return 0
        print(f"goftar: refused: {target} differs from what this version renders, and a release is never "
              f"changed; write it elsewhere with -o", file=sys.stderr)
        return 2
    print(write_report(args.release, args.output, args.max_articles))
    return 0


def _cmd_cite(args: argparse.Namespace) -> int:
    from .cite import candidate_releases, cite, render

    releases = candidate_releases(args.dist, args.release)
    if not releases:
        print(f"goftar: no release folder in {args.dist}", file=sys.stderr)
        return 2
    try:
        found = cite(args.record_id, releases)
    except ValueError as exc:
        print(f"goftar: {exc}", file=sys.stderr)
        return 2
    if found is None:
        print(f"goftar: {args.record_id} is in none of: {', '.join(map(str, releases))}", file=sys.stderr)
        return 1
    print(render(found))
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    from .publish import PublishRefused, publish

    try:
        publish(args.folder, args.repo, dry_run=args.dry_run)
    except PublishRefused as exc:
        print(f"goftar: publish refused: {exc}", file=sys.stderr)
        return 2
    return 0


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

    # listed for --help only: main() hands "eval ..." to builder.evaluate before parsing
    sub.add_parser("eval", help="score the builder against the gold development set (see goftar eval --help)")

    p = sub.add_parser("report", help="write a release's self-contained report.html (summary, plots, article viewer)")
    p.add_argument("release", help="a release folder, e.g. dist/v0.2.0")
    p.add_argument("-o", "--output", help="where to write it (default: <release>/report.html, only where the release has none)")
    p.add_argument("--max-articles", type=int, default=300, help="articles embedded in the viewer at most (default: 300, the most quoted)")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("cite", help="print a record, its article and the BibTeX of its release")
    p.add_argument("record_id", help="an article, quotation, claim or mention id")
    p.add_argument("--release", help="the release folder to look in (default: newest in --dist holding it)")
    p.add_argument("--dist", default="dist", help="where release folders are (default: dist)")
    p.set_defaults(func=_cmd_cite)

    p = sub.add_parser("publish", help="verify a release folder, upload it to the Hub and tag it v<version>")
    p.add_argument("folder", help="the release folder, e.g. dist/v0.2.0")
    p.add_argument("--repo", required=True, help="the Hub dataset repository, <org>/<name>")
    p.add_argument("--dry-run", action="store_true", help="verify and list what would be uploaded; no network")
    p.set_defaults(func=_cmd_publish)

    argv = sys.argv[1:] if argv is None else argv
    passed = _eval_passthrough(argv)
    if passed is not None:
        return passed
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

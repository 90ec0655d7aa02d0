"""Crash safety: a build killed at any moment leaves no release folder that looks complete,
never touches an existing release, and the next run builds cleanly (removing the debris).

``goftar build`` runs as a real subprocess. Kill points are reached two ways: by watching the
partial folder (its ``data/`` Parquet files appear), and deterministically by a driver that
wraps one build step so the process SIGKILLs itself right there.
"""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder import __version__
from builder.release import verify_manifest

ROOT = Path(__file__).resolve().parent.parent
GOFTAR = [sys.executable, "-m", "builder.cli", "build"]
RELEASE = f"v{__version__}"

# Runs one build in this process after wrapping ``target`` (module attribute) so that the
# process kills itself with SIGKILL after ``after`` calls of it have returned (0: before the first).
DRIVER = """
import os, signal, sys, importlib
module_name, attr, after = sys.argv[1], sys.argv[2], int(sys.argv[3])
module = importlib.import_module(module_name)
original, calls = getattr(module, attr), [0]
def wrapped(*args, **kwargs):
    if calls[0] == after:
        os.kill(os.getpid(), signal.SIGKILL)
    calls[0] += 1
    return original(*args, **kwargs)
setattr(module, attr, wrapped)
from builder.build import build
build(sys.argv[4], sys.argv[5], workers=1)
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared_corpus):
    """120 real articles (60 from each large outlet) with their meta.jsonl lines."""
    out = tmp_path_factory.mktemp("crash-corpus")
    for folder in ("farsnews", "irnews"):
        (out / folder).mkdir()
        for path in sorted((shared_corpus / folder).glob("*.txt"))[:60]:
            shutil.copy(path, out / folder / path.name)
    return out


def _run(corpus, dist, **kw):
    return subprocess.run(GOFTAR + [str(corpus), "--dist", str(dist), "--workers", "1"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, **kw)


def _start(corpus, dist):
    return subprocess.Popen(GOFTAR + [str(corpus), "--dist", str(dist), "--workers", "1"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(predicate, proc, limit=300.0):
    """Poll every millisecond until ``predicate()``; False if the build ended first."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.001)
    return False


def _parquet_in_partial(dist):
    return any(dist.glob(".v*.partial-*/data/*/*.parquet"))


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _visible_releases(dist):
    return sorted(p.name for p in dist.iterdir() if not p.name.startswith("."))


def _assert_next_build_is_clean(corpus, dist):
    done = _run(corpus, dist)
    assert done.returncode in (0, 3), done.stderr
    assert _visible_releases(dist) == [RELEASE]
    assert verify_manifest(dist / RELEASE) == []
    assert not list(dist.glob(".v*.partial-*")), "stale partial folders are removed"


def test_sigkill_while_parquet_is_written_leaves_no_release(corpus, tmp_path):
    dist = tmp_path / "dist"
    proc = _start(corpus, dist)
    caught = _wait_for(lambda: _parquet_in_partial(dist), proc)
    proc.kill()
    proc.wait()
    assert caught, "the build finished before its Parquet files could be seen"
    assert _visible_releases(dist) == []
    assert list(dist.glob(".v*.partial-*")), "the killed build's debris is hidden, not a release"
    _assert_next_build_is_clean(corpus, dist)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_clean_up_and_exit_non_zero(corpus, tmp_path, sig):
    dist = tmp_path / "dist"
    proc = _start(corpus, dist)
    assert _wait_for(lambda: any(dist.glob(".v*.partial-*/.spill")), proc)
    time.sleep(0.5)                                   # well inside extraction
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + sig, err
    assert f"interrupted by {signal.Signals(sig).name}" in err
    assert [p.name for p in dist.iterdir() if p.name != ".cache"] == [], "the partial folder is removed"
    _assert_next_build_is_clean(corpus, dist)


@pytest.mark.parametrize("module,step,after", [
    ("builder.build", "process_source", 50),        # mid-extraction
    ("builder.build", "write_parquet", 1),          # after the first Parquet file, before the rest
    ("builder.release", "write_manifest", 0),       # everything written but the manifest
    ("builder.release", "finish_release", 0),       # all Parquet written, before report and card
])
def test_sigkill_at_each_build_step_leaves_no_release(corpus, tmp_path, module, step, after):
    dist = tmp_path / "dist"
    killed = subprocess.run([sys.executable, "-c", DRIVER, module, step, str(after), str(corpus), str(dist)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _visible_releases(dist) == []
    _assert_next_build_is_clean(corpus, dist)


def test_sigkill_before_the_rename_leaves_no_release(corpus, tmp_path):
    dist = tmp_path / "dist"
    killed = subprocess.run([sys.executable, "-c", DRIVER, "os", "rename", "0", str(corpus), str(dist)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _visible_releases(dist) == []
    assert len(list(dist.glob(".v*.partial-*"))) == 1
    _assert_next_build_is_clean(corpus, dist)


def test_an_existing_release_is_untouched_by_an_interrupted_or_refused_build(corpus, tmp_path):
    dist = tmp_path / "dist"
    assert _run(corpus, dist).returncode in (0, 3)
    before = _snapshot(dist / RELEASE)
    for sig in (signal.SIGKILL, signal.SIGTERM):      # an interrupted rebuild of the same corpus
        proc = _start(corpus, dist)
        _wait_for(lambda: _parquet_in_partial(dist), proc)
        proc.send_signal(sig)
        proc.communicate(timeout=120)
        assert _snapshot(dist / RELEASE) == before
    extra = tmp_path / "more"                         # a different corpus: refused, not overwritten
    shutil.copytree(corpus, extra)
    (extra / "new.txt").write_text("## خبر تازه\n\nوزیر گفت که ۱۲ درصد.\n", encoding="utf-8")
    refused = _run(extra, dist)
    assert refused.returncode == 2 and "never changed" in refused.stderr
    assert _snapshot(dist / RELEASE) == before
    assert _visible_releases(dist) == [RELEASE] and not list(dist.glob(".v*.partial-*"))

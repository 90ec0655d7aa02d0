"""The same article gives the same records in every process, whatever Python's hash seed.

Worker processes each draw their own string-hash seed, so any output that depends on the
iteration order of a set or dict of strings would differ between builds (or between workers).
"""
import json
import os
import subprocess
import sys

from .conftest import ROOT

DUMP = """
import json, sys
from builder.pipeline import extract_article
out = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as fh:
        out[path] = extract_article(fh.read(), path)
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _records(paths, seed):
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", DUMP, *map(str, paths)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_records_do_not_depend_on_the_hash_seed(shared_corpus):
    paths = []
    for folder in ("farsnews", "irnews", "headlines2025"):
        paths += sorted((shared_corpus / folder).glob("*.txt"))[::10]
    first, second = _records(paths, 1), _records(paths, 2)
    differing = [p for p in first if first[p] != second[p]]
    assert not differing, f"{len(differing)} of {len(paths)} articles differ between hash seeds: {differing[:3]}"

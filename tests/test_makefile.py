"""Every command the README documents is a Makefile target (merges have dropped targets before)."""
import subprocess

import pytest

from .conftest import ROOT


@pytest.mark.parametrize("target", ["dataset", "test", "eval", "bench", "bench-adversarial", "report",
                                    "publish REPO=org/name DRY_RUN=1"])
def test_documented_make_target_exists(target):
    done = subprocess.run(["make", "-n", *target.split()], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "goftar" in done.stdout or "bench" in done.stdout or "pytest" in done.stdout


def test_readme_leads_with_make_dataset_and_make_test():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    assert "make dataset" in first_block and "make test" in first_block
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")

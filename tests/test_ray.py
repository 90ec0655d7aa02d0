"""The Ray engine writes the same release as the local engine (needs the ``ray`` extra)."""
import pytest

ray = pytest.importorskip("ray", reason="the ray extra is not installed: pip install 'goftar[ray]'")

from builder.build import build  # noqa: E402
from builder.release import MANIFEST  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def _manifest(result) -> str:
    return (result.folder / MANIFEST).read_text(encoding="utf-8")


def test_a_ray_build_is_byte_identical_to_a_local_build(tmp_path, sample_corpus, local_ray):
    local = build(sample_corpus, tmp_path / "local", version="0.1.0", workers=2, cache=False)
    on_ray = build(sample_corpus, tmp_path / "ray", version="0.1.0", workers=2, engine="ray", cache=False)
    assert on_ray.report["counts"] == local.report["counts"]
    assert _manifest(on_ray) == _manifest(local)


def test_a_ray_rebuild_uses_the_cache(tmp_path, sample_corpus, local_ray):
    dist = tmp_path / "dist"
    first = build(sample_corpus, dist, version="0.1.0", workers=2, engine="ray")
    again = build(sample_corpus, dist, version="0.1.0", workers=2, engine="ray")
    assert again.status == "unchanged"
    assert again.report["timings"]["cached_articles"] == first.report["counts"]["articles"]

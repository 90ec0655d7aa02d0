"""Publishing uploads the exact bytes of a verified release and tags them; no network here (HfApi is faked)."""
import shutil
from types import SimpleNamespace

import pytest

from builder import cli
from builder.publish import PublishRefused, publish, verify_release
from builder.release import MANIFEST, release_files

from .releases import ECONOMY, build_release

TOKEN = "hf_TESTtokenNEVERwrittenANYWHERE0123456789"


class FakeApi:
    """Records every call ``publish`` makes to ``huggingface_hub.HfApi``."""
    instances: list["FakeApi"] = []

    def __init__(self, token=None, remote_files=(), tags=()):
        self.token, self.calls = token, []
        self.remote_files, self.tags = list(remote_files), list(tags)
        FakeApi.instances.append(self)

    def create_repo(self, repo_id, **kw):
        self.calls.append(("create_repo", repo_id, kw))

    def list_repo_refs(self, repo_id, **kw):
        self.calls.append(("list_repo_refs", repo_id, kw))
        return SimpleNamespace(tags=[SimpleNamespace(name=t) for t in self.tags], branches=[])

    def list_repo_files(self, repo_id, **kw):
        self.calls.append(("list_repo_files", repo_id, kw))
        return self.remote_files

    def upload_folder(self, **kw):
        self.calls.append(("upload_folder", kw["repo_id"], kw))
        return SimpleNamespace(oid="c0ffee" * 6 + "abcd")

    def create_tag(self, repo_id, **kw):
        self.calls.append(("create_tag", repo_id, kw))

    def call(self, name):
        return next(c for c in self.calls if c[0] == name)


def factory(**state):
    FakeApi.instances.clear()
    return lambda token=None: FakeApi(token, **state)


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("publish")
    return build_release(tmp, tmp / "dist", "0.3.0", {"economy.txt": ECONOMY})


@pytest.fixture
def copy(release, tmp_path):
    """A private copy of the release, free to break."""
    return shutil.copytree(release, tmp_path / "dist" / release.name)


def test_without_a_token_publish_refuses_and_touches_no_api(release):
    with pytest.raises(PublishRefused, match="HF_TOKEN"):
        publish(release, "goftar/goftar", api_factory=factory(), environ={})
    assert FakeApi.instances == []


def test_a_release_whose_bytes_differ_from_its_manifest_is_refused(copy):
    with open(copy / "data" / "claims" / "train-00000-of-00001.parquet", "ab") as fh:
        fh.write(b"tampered")
    with pytest.raises(PublishRefused, match="manifest: changed: data/claims/train-00000-of-00001.parquet"):
        publish(copy, "goftar/goftar", api_factory=factory(), environ={"HF_TOKEN": TOKEN})
    assert FakeApi.instances == []


def test_a_release_missing_its_manifest_or_a_file_is_refused(copy):
    (copy / "CHANGELOG.md").unlink()
    assert verify_release(copy, load=False) == ["manifest: missing: CHANGELOG.md"]
    (copy / MANIFEST).unlink()
    assert verify_release(copy, load=False) == [f"manifest: {MANIFEST} is missing"]


def test_a_release_whose_data_is_not_parquet_is_refused(copy):
    from builder.release import write_manifest

    (copy / "data" / "mentions" / "train-00000-of-00001.parquet").write_bytes(b"not parquet")
    write_manifest(copy)                         # consistent manifest, broken data
    problems = verify_release(copy)
    assert len(problems) == 1 and "mentions/train-00000-of-00001.parquet is not readable Parquet" in problems[0]


def test_a_config_whose_load_dataset_rows_disagree_with_the_report_is_refused(copy):
    import json
    from builder.release import write_manifest

    report = json.loads((copy / "build_report.json").read_text(encoding="utf-8"))
    report["counts"]["claims"] += 1
    (copy / "build_report.json").write_text(json.dumps(report), encoding="utf-8")
    write_manifest(copy)
    rows = report["counts"]["claims"] - 1
    assert verify_release(copy) == [f"load_dataset: claims: {rows} rows, build_report.json says {rows + 1}"]


def test_a_release_whose_parquet_lacks_a_required_column_is_refused(copy):
    import pyarrow.parquet as pq
    from builder.release import write_manifest

    shard = copy / "data" / "quotations" / "train-00000-of-00001.parquet"
    pq.write_table(pq.read_table(shard).drop_columns(["cue"]), shard)
    write_manifest(copy)
    assert verify_release(copy, load=False) == [
        "data: data/quotations/train-00000-of-00001.parquet lacks required columns ['cue']"]


def test_an_intact_release_verifies(release):
    assert verify_release(release) == []


def test_a_bad_repo_name_is_refused(release):
    with pytest.raises(PublishRefused, match="<org>/<name>"):
        publish(release, "goftar", dry_run=True, environ={})


def test_dry_run_lists_every_file_with_its_size_and_the_tag_and_needs_no_token(release):
    printed = []
    plan = publish(release, "goftar/goftar", dry_run=True, api_factory=factory(), out=printed.append, environ={})
    text = "\n".join(printed)
    for rel in release_files(release) + [MANIFEST]:
        size = (release / rel).stat().st_size
        assert any(line.split() == [f"{size:,}", rel] for line in text.splitlines()), rel
    assert "tag the commit v0.3.0" in text and plan.tag == "v0.3.0"
    assert FakeApi.instances == []


def test_publish_uploads_the_folder_as_is_and_tags_the_commit(release):
    publish(release, "goftar/goftar", api_factory=factory(), out=lambda s: None, environ={"HF_TOKEN": TOKEN})
    api = FakeApi.instances[0]
    assert api.token == TOKEN
    upload = api.call("upload_folder")[2]
    assert upload["folder_path"] == str(release) and upload["repo_type"] == "dataset"
    assert upload["allow_patterns"] == sorted(release_files(release) + [MANIFEST])
    tag = api.call("create_tag")
    assert tag[1] == "goftar/goftar" and tag[2]["tag"] == "v0.3.0"
    assert tag[2]["revision"] == "c0ffee" * 6 + "abcd" and tag[2]["repo_type"] == "dataset"
    assert [c[0] for c in api.calls][-2:] == ["upload_folder", "create_tag"]


def test_files_of_an_older_release_are_deleted_in_the_same_commit(release):
    stale = ["data/claims/train-00000-of-00002.parquet", "old-notes.md"]
    publish(release, "goftar/goftar", out=lambda s: None, environ={"HF_TOKEN": TOKEN},
            api_factory=factory(remote_files=[".gitattributes", "README.md", *stale]))
    assert FakeApi.instances[0].call("upload_folder")[2]["delete_patterns"] == stale


def test_a_tag_that_exists_is_never_moved(release):
    with pytest.raises(PublishRefused, match="already has tag v0.3.0"):
        publish(release, "goftar/goftar", out=lambda s: None, environ={"HF_TOKEN": TOKEN},
                api_factory=factory(tags=["v0.2.0", "v0.3.0"]))
    assert [c[0] for c in FakeApi.instances[0].calls if c[0] in ("upload_folder", "create_tag")] == []


def test_the_token_is_never_printed_or_written_to_disk(copy, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setattr("huggingface_hub.HfApi", lambda token=None: FakeApi(token))
    assert cli.main(["publish", str(copy), "--repo", "goftar/goftar"]) == 0
    out = capsys.readouterr()
    assert "tagged v0.3.0" in out.out and TOKEN not in out.out + out.err
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_cli_publish_without_a_token_exits_2_with_the_reason(release, monkeypatch, capsys):
    monkeypatch.delenv("HF_TOKEN", raising=False)
    assert cli.main(["publish", str(release), "--repo", "goftar/goftar"]) == 2
    assert "set HF_TOKEN" in capsys.readouterr().err

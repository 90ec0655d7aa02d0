"""Publish a release folder to the Hugging Face Hub exactly as built: verify it (manifest,
schemas, ``load_dataset`` of every config), ``upload_folder`` its bytes, tag the commit
``v<version>``. The token comes from ``HF_TOKEN`` and is handed to ``HfApi`` only.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .release import MANIFEST, release_files, verify_manifest

TOKEN_ENV = "HF_TOKEN"
_REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")


class PublishRefused(RuntimeError):
    """The release cannot be published as asked (no token, broken release, tag taken, ...)."""


@dataclass
class Plan:
    folder: Path
    repo: str
    version: str
    tag: str
    files: list[tuple[str, int]]       # (path in the repo, size in bytes), manifest included


def release_version(folder: Path) -> str:
    """The version a release folder was built as (its build report), checked against its name."""
    report = Path(folder) / "build_report.json"
    if not report.is_file():
        raise PublishRefused(f"{folder} is not a release folder: build_report.json is missing")
    version = json.loads(report.read_text(encoding="utf-8")).get("version")
    if Path(folder).name != f"v{version}":
        raise PublishRefused(f"{folder} holds version {version!r}, but its name is not v{version}")
    return version


def make_plan(folder: Path, repo: str) -> Plan:
    folder = Path(folder)
    if not _REPO.match(repo or ""):
        raise PublishRefused(f"not a Hub repository name: {repo!r} (expected <org>/<name>)")
    if not folder.is_dir():
        raise PublishRefused(f"release folder not found: {folder}")
    version = release_version(folder)
    names = release_files(folder) + ([MANIFEST] if (folder / MANIFEST).exists() else [])
    return Plan(folder, repo, version, f"v{version}", [(rel, (folder / rel).stat().st_size) for rel in sorted(names)])


def card_configs(folder: Path) -> list[str]:
    """The configs the dataset card's YAML declares."""
    import yaml

    card = (Path(folder) / "README.md").read_text(encoding="utf-8")
    if not card.startswith("---\n"):
        return []
    front = yaml.safe_load(card[4:card.index("\n---", 4)])
    return [c["config_name"] for c in front.get("configs", [])]


def verify_release(folder: Path, load: bool = True) -> list[str]:
    """Everything wrong with a release folder (empty when it may be published)."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    folder = Path(folder)
    problems = [f"manifest: {p}" for p in verify_manifest(folder)]
    if problems:
        return problems                      # the bytes are not the release's: checking further is moot
    for path in sorted((folder / "schema").glob("*.schema.json")):
        try:
            Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, SchemaError) as exc:
            problems.append(f"schema: {path.name}: {str(exc).splitlines()[0]}")
    configs = card_configs(folder)
    if not configs:
        problems.append("card: README.md declares no configs")
    counts = json.loads((folder / "build_report.json").read_text(encoding="utf-8")).get("counts", {})
    for config in configs:
        shards = sorted((folder / "data" / config).glob("*.parquet"))
        if not shards:
            problems.append(f"data: no Parquet files for config {config}")
            continue
        unreadable = _column_problems(folder, config, shards)
        problems += unreadable
        if load and not unreadable:
            problems += _load_problems(folder, config, counts.get(config))
    return problems


def _column_problems(folder: Path, config: str, shards: list[Path]) -> list[str]:
    """Every shard has the columns the release's JSON Schema requires of the config."""
    import pyarrow.parquet as pq
    from .columns import SCHEMA_FILE

    path = folder / "schema" / f"{SCHEMA_FILE.get(config, config)}.schema.json"
    if not path.is_file():
        return [f"schema: no JSON Schema for config {config}"]
    required = json.loads(path.read_text(encoding="utf-8")).get("required", [])
    out = []
    for shard in shards:
        try:
            names = pq.read_schema(shard).names
        except Exception as exc:  # not Parquet at all
            out.append(f"data: {shard.relative_to(folder)} is not readable Parquet: {exc}")
            continue
        missing = [c for c in required if c not in names]
        if missing:
            out.append(f"data: {shard.relative_to(folder)} lacks required columns {missing}")
    return out


def _load_problems(folder: Path, config: str, expected: int | None) -> list[str]:
    import datasets

    with tempfile.TemporaryDirectory(prefix="goftar-verify-") as cache:
        try:
            ds = datasets.load_dataset(str(folder), config, split="train", cache_dir=cache,
                                       download_mode="force_redownload")
        except Exception as exc:  # any failure to load is a reason not to publish
            return [f"load_dataset: {config}: {type(exc).__name__}: {exc}"]
        rows = ds.num_rows
        del ds
    if expected is not None and rows != expected:
        return [f"load_dataset: {config}: {rows} rows, build_report.json says {expected}"]
    return []


def render_plan(plan: Plan) -> str:
    lines = [f"would upload {plan.folder} to https://huggingface.co/datasets/{plan.repo}:"]
    lines += [f"  {size:>12,}  {rel}" for rel, size in plan.files]
    lines.append(f"  {sum(s for _, s in plan.files):>12,}  total ({len(plan.files)} files)")
    lines.append(f"and tag the commit {plan.tag}")
    return "\n".join(lines)


def publish(folder: Path, repo: str, dry_run: bool = False, api_factory: Callable | None = None,
            out: Callable[[str], None] = print, environ: dict | None = None) -> Plan:
    """Verify, then upload ``folder`` to dataset repo ``repo`` and tag it ``v<version>``."""
    environ = os.environ if environ is None else environ
    plan = make_plan(folder, repo)
    token = environ.get(TOKEN_ENV)
    if not dry_run and not token:
        raise PublishRefused(f"no Hugging Face token: set {TOKEN_ENV} in the environment "
                             f"(it is read from there only, and never written anywhere)")
    problems = verify_release(plan.folder)
    if problems:
        raise PublishRefused(f"{plan.folder} failed verification, nothing was uploaded:\n  " + "\n  ".join(problems))
    if dry_run:
        out(render_plan(plan))
        return plan
    if api_factory is None:
        from huggingface_hub import HfApi as api_factory
    api = api_factory(token=token)
    api.create_repo(repo, repo_type="dataset", exist_ok=True)
    tags = {ref.name for ref in api.list_repo_refs(repo, repo_type="dataset").tags}
    if plan.tag in tags:
        raise PublishRefused(f"{repo} already has tag {plan.tag}: a release is never changed; bump the version")
    files = [rel for rel, _ in plan.files]
    stale = [f for f in api.list_repo_files(repo, repo_type="dataset") if f not in files and f != ".gitattributes"]
    commit = api.upload_folder(repo_id=repo, folder_path=str(plan.folder), repo_type="dataset",
                               commit_message=f"Release {plan.tag}", allow_patterns=files,
                               delete_patterns=stale or None)
    api.create_tag(repo, tag=plan.tag, revision=commit.oid, repo_type="dataset",
                   tag_message=f"goftar release {plan.tag}")
    out(f"uploaded {len(files)} files to https://huggingface.co/datasets/{repo} and tagged {plan.tag} "
        f"(commit {commit.oid}); load it with load_dataset({repo!r}, CONFIG, revision={plan.tag!r})")
    return plan

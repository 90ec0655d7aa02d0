"""What a version number promises: semver order, the previous release in a DIST, and the
bump a schema change needs (removed/renamed field, narrowed enum or type ⇒ major; new field,
config or enum value ⇒ minor). ``check_bump`` refuses a build whose version promises too little.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$")
LEVELS = ("patch", "minor", "major")


class IncompatibleVersion(ValueError):
    """The schema changed more than the version bump says: the version must be bumped further."""


def parse(version: str) -> tuple[int, int, int, tuple]:
    """``"1.2.3-rc.1"`` → a sort key in semver order (a pre-release sorts before its release)."""
    m = _SEMVER.match(version)
    if not m:
        raise ValueError(f"not a semantic version (MAJOR.MINOR.PATCH): {version!r}")
    pre = m.group(4)
    pre_key: tuple = (1,) if pre is None else (0,) + tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), pre_key


def is_version(version: str) -> bool:
    return bool(_SEMVER.match(version))


def bump_level(old: str, new: str) -> str | None:
    """How far ``new`` moves from ``old``: ``major``/``minor``/``patch``, or None if not forward."""
    a, b = parse(old), parse(new)
    if b <= a:
        return None
    if b[0] != a[0]:
        return "major"
    if b[1] != a[1]:
        return "minor"
    return "patch"


def next_version(old: str, level: str) -> str:
    major, minor, patch, _ = parse(old)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def releases(dist: Path) -> list[tuple[str, Path]]:
    """Complete release folders ``v<semver>`` in ``dist`` (those with a manifest), oldest first."""
    from .release import MANIFEST

    found = []
    for path in Path(dist).glob("v*"):
        version = path.name[1:]
        if path.is_dir() and is_version(version) and (path / MANIFEST).is_file():
            found.append((version, path))
    return sorted(found, key=lambda vp: parse(vp[0]))


def previous_release(dist: Path, version: str) -> Path | None:
    """The release in ``dist`` with the highest version lower than ``version`` (None if none)."""
    lower = [path for v, path in releases(dist) if parse(v) < parse(version)]
    return lower[-1] if lower else None


# --- schema descriptions -------------------------------------------------------------------

@dataclass(frozen=True, order=True)
class SchemaChange:
    config: str
    field: str | None           # None for a whole config
    change: str                 # config added/removed, field added/removed, enum narrowed/widened, ...
    level: str                  # major | minor | patch
    detail: str = ""

    def as_dict(self) -> dict:
        return {"config": self.config, "field": self.field, "change": self.change,
                "level": self.level, "detail": self.detail}

    def __str__(self) -> str:
        where = self.config if self.field is None else f"{self.config}.{self.field}"
        return f"{where}: {self.change}" + (f" ({self.detail})" if self.detail else "")


def describe_fields(json_schema: dict | None, arrow_columns: dict[str, str]) -> dict[str, dict]:
    """One config's fields: ``{name: {"arrow": type, "json_type": [...], "enum": [...] | None}}``."""
    props = (json_schema or {}).get("properties", {})
    out = {}
    for name in sorted(set(props) | set(arrow_columns)):
        prop = props.get(name, {})
        jtype = prop.get("type")
        out[name] = {
            "arrow": arrow_columns.get(name),
            "json_type": sorted(jtype) if isinstance(jtype, list) else ([jtype] if jtype else None),
            "enum": sorted(prop["enum"], key=json.dumps) if "enum" in prop else None,
        }
    return out


def type_name(arrow_type) -> str:
    """An Arrow type's name without list-item field names (Parquet says ``element``, Arrow ``item``)."""
    import pyarrow as pa

    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return f"list<{type_name(arrow_type.value_type)}>"
    return str(arrow_type)


def describe_current() -> dict[str, dict]:
    """The schemas this code writes: ``{config: fields}`` from ``columns.CONFIGS`` and ``schema/``."""
    from .columns import CONFIGS, SCHEMA_FILE
    from .validate import load_schema

    return {config: describe_fields(load_schema(SCHEMA_FILE[config]),
                                    {f.name: type_name(f.type) for f in arrow})
            for config, arrow in CONFIGS.items()}


def describe_release(folder: Path) -> dict[str, dict]:
    """The schemas a release folder holds: its Parquet schemas and its copied JSON Schemas."""
    import pyarrow.parquet as pq
    from .columns import SCHEMA_FILE

    folder = Path(folder)
    out = {}
    for config_dir in sorted(p for p in (folder / "data").iterdir() if p.is_dir()):
        config = config_dir.name
        shards = sorted(config_dir.glob("*.parquet"))
        arrow = {f.name: type_name(f.type) for f in pq.read_schema(shards[0])} if shards else {}
        schema_path = folder / "schema" / f"{SCHEMA_FILE.get(config, config)}.schema.json"
        json_schema = json.loads(schema_path.read_text(encoding="utf-8")) if schema_path.is_file() else None
        out[config] = describe_fields(json_schema, arrow)
    return out


def schema_changes(old: dict[str, dict], new: dict[str, dict]) -> list[SchemaChange]:
    """Every difference between two schema descriptions, each with the bump it needs."""
    out: list[SchemaChange] = []
    for config in sorted(set(old) - set(new)):
        out.append(SchemaChange(config, None, "config removed", "major"))
    for config in sorted(set(new) - set(old)):
        out.append(SchemaChange(config, None, "config added", "minor"))
    for config in sorted(set(old) & set(new)):
        before, after = old[config], new[config]
        for name in sorted(set(before) - set(after)):
            out.append(SchemaChange(config, name, "field removed", "major",
                                    "a rename is a removal plus an addition"))
        for name in sorted(set(after) - set(before)):
            out.append(SchemaChange(config, name, "field added", "minor"))
        for name in sorted(set(before) & set(after)):
            out.extend(_field_changes(config, name, before[name], after[name]))
    return sorted(out)


def _field_changes(config: str, name: str, a: dict, b: dict) -> list[SchemaChange]:
    out = []
    if a["arrow"] != b["arrow"] and a["arrow"] and b["arrow"]:
        out.append(SchemaChange(config, name, "type changed", "major", f"{a['arrow']} → {b['arrow']}"))
    out += _set_change(config, name, "json type", a["json_type"], b["json_type"])
    out += _set_change(config, name, "enum", a["enum"], b["enum"])
    return out


def _set_change(config: str, name: str, what: str, a: list | None, b: list | None) -> list[SchemaChange]:
    """A constraint set (None = unconstrained): dropping values narrows (major), adding widens."""
    if a == b:
        return []
    if b is None:
        return [SchemaChange(config, name, f"{what} widened", "minor", "constraint dropped")]
    lost = [v for v in (a or []) if v not in b] if a is not None else None
    if a is None or lost:
        detail = f"now only {b}" if a is None else f"dropped {lost}"
        return [SchemaChange(config, name, f"{what} narrowed", "major", detail)]
    return [SchemaChange(config, name, f"{what} widened", "minor", f"added {[v for v in b if v not in a]}")]


def required_level(changes: list[SchemaChange]) -> str:
    """The smallest bump that covers ``changes`` (``patch`` when the schema did not change)."""
    return max((c.level for c in changes), key=LEVELS.index, default="patch")


def check_bump(previous_version: str, version: str, changes: list[SchemaChange]) -> str:
    """The bump from ``previous_version`` to ``version`` if it covers ``changes``; else refuse."""
    level = bump_level(previous_version, version)
    if level is None:
        raise IncompatibleVersion(f"version {version} is not higher than the previous release {previous_version}")
    needed = required_level(changes)
    if LEVELS.index(level) < LEVELS.index(needed):
        listed = "; ".join(str(c) for c in changes if LEVELS.index(c.level) > LEVELS.index(level))
        raise IncompatibleVersion(
            f"the schema changed since v{previous_version} in a way that needs a {needed} version bump, "
            f"but {previous_version} → {version} is a {level} bump: {listed}. "
            f"Bump the version in builder/__init__.py to at least {next_version(previous_version, needed)}")
    return level


def check_release_version(dist: Path, version: str) -> Path | None:
    """Refuse (``IncompatibleVersion``) to build ``version`` into ``dist`` if the schema this code
    writes changed more than the bump from the previous release allows; return that release."""
    parse(version)
    previous = previous_release(dist, version)
    if previous is not None:
        check_bump(previous.name[1:], version, schema_changes(describe_release(previous), describe_current()))
    return previous

"""Versions mean something: semver order, the previous release, and the bump a schema change needs."""
import json

import pytest

from builder import cli, versioning
from builder.build import build
from builder.release import MANIFEST
from builder.versioning import (IncompatibleVersion, SchemaChange, bump_level, check_bump, describe_current,
                                describe_release, previous_release, required_level, schema_changes)

from .releases import ECONOMY, add_schema_property, build_release, write_corpus


def test_versions_sort_in_semver_order_not_as_strings():
    ordered = ["0.2.0", "0.9.1", "0.10.0", "1.0.0-alpha", "1.0.0-rc.1", "1.0.0", "1.0.1", "2.0.0"]
    assert sorted(reversed(ordered), key=versioning.parse) == ordered


def test_a_version_that_is_not_semver_is_rejected():
    for bad in ("1.0", "v1.0.0", "01.0.0", "1.0.0.0"):
        with pytest.raises(ValueError, match="semantic version"):
            versioning.parse(bad)


def test_bump_level_names_how_far_a_version_moves():
    assert bump_level("0.1.0", "1.0.0") == "major"
    assert bump_level("0.1.3", "0.2.0") == "minor"
    assert bump_level("0.1.0", "0.1.1") == "patch"
    assert bump_level("0.2.0", "0.1.9") is None and bump_level("0.1.0", "0.1.0") is None


def test_previous_release_is_the_highest_complete_lower_version(tmp_path):
    for name, complete in (("v0.1.0", True), ("v0.9.0", True), ("v0.10.0", True), ("v0.11.0", False),
                           ("v2.0.0", True), (".v0.12.0.partial-1", True), ("notes", True)):
        (tmp_path / name).mkdir()
        if complete:
            (tmp_path / name / MANIFEST).write_text("", encoding="utf-8")
    assert previous_release(tmp_path, "1.0.0").name == "v0.10.0"
    assert previous_release(tmp_path, "0.10.0").name == "v0.9.0"
    assert previous_release(tmp_path, "0.1.0") is None


def _fields(**columns):
    return {name: {"arrow": arrow, "json_type": None, "enum": enum} for name, (arrow, enum) in columns.items()}


def test_removing_a_field_needs_a_major_bump():
    old = {"quotations": _fields(quote_id=("string", None), cue=("string", None))}
    new = {"quotations": _fields(quote_id=("string", None))}
    assert schema_changes(old, new) == [SchemaChange("quotations", "cue", "field removed", "major",
                                                     "a rename is a removal plus an addition")]


def test_renaming_a_field_needs_a_major_bump():
    old = {"claims": _fields(claim_id=("string", None), unit=("string", None))}
    new = {"claims": _fields(claim_id=("string", None), units=("string", None))}
    assert required_level(schema_changes(old, new)) == "major"


def test_narrowing_an_enum_needs_a_major_bump_and_widening_it_a_minor_one():
    three = {"claims": _fields(kind=("string", ["count", "money", "percent"]))}
    two = {"claims": _fields(kind=("string", ["count", "money"]))}
    narrowed = schema_changes(three, two)
    assert [(c.change, c.level) for c in narrowed] == [("enum narrowed", "major")]
    assert "percent" in narrowed[0].detail
    assert [(c.change, c.level) for c in schema_changes(two, three)] == [("enum widened", "minor")]


def test_changing_a_column_type_needs_a_major_bump():
    old = {"mentions": _fields(value=("double", None))}
    new = {"mentions": _fields(value=("string", None))}
    assert required_level(schema_changes(old, new)) == "major"


def test_a_new_field_or_config_needs_a_minor_bump_and_a_removed_config_a_major_one():
    base = {"articles": _fields(article_id=("string", None))}
    wider = {"articles": _fields(article_id=("string", None), lang=("string", None))}
    more = dict(base, entities=_fields(entity_id=("string", None)))
    assert required_level(schema_changes(base, wider)) == "minor"
    assert required_level(schema_changes(base, more)) == "minor"
    assert required_level(schema_changes(more, base)) == "major"
    assert required_level(schema_changes(base, base)) == "patch"


def test_check_bump_refuses_too_small_a_bump_and_says_which_version_to_use():
    changes = [SchemaChange("quotations", "cue", "field removed", "major")]
    with pytest.raises(IncompatibleVersion, match=r"needs a major version bump.*quotations\.cue.*at least 1\.0\.0"):
        check_bump("0.3.2", "0.4.0", changes)
    assert check_bump("0.3.2", "1.0.0", changes) == "major"
    with pytest.raises(IncompatibleVersion, match="not higher"):
        check_bump("0.3.2", "0.3.2", [])


def test_a_release_describes_the_same_schema_as_the_code_that_built_it(tmp_path):
    release = build_release(tmp_path, tmp_path / "dist", "0.1.0", {"economy.txt": ECONOMY})
    assert describe_release(release) == describe_current()
    assert schema_changes(describe_release(release), describe_current()) == []


@pytest.fixture
def old_release_with_more_schema(tmp_path):
    """A v0.1.0 whose quotations had a ``confidence`` field and a ``hearsay`` kind the code dropped since."""
    dist = tmp_path / "dist"
    old = build_release(tmp_path, dist, "0.1.0", {"economy.txt": ECONOMY})
    add_schema_property(old, "quotation", "confidence", {"type": "number"})
    schema = json.loads((old / "schema" / "quotation.schema.json").read_text(encoding="utf-8"))
    schema["properties"]["kind"]["enum"].append("hearsay")
    (old / "schema" / "quotation.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    return dist


def test_build_refuses_a_minor_version_after_a_removed_field_before_writing_anything(old_release_with_more_schema,
                                                                                    tmp_path):
    dist = old_release_with_more_schema
    corpus = write_corpus(tmp_path / "c2", {"economy.txt": ECONOMY})
    with pytest.raises(IncompatibleVersion) as caught:
        build(corpus, dist, version="0.2.0", workers=1)
    message = str(caught.value)
    assert "quotations.confidence: field removed" in message and "quotations.kind: enum narrowed" in message
    assert "at least 1.0.0" in message
    assert sorted(p.name for p in dist.iterdir() if p.name != ".cache") == ["v0.1.0"]  # the cache is the first build's


def test_build_accepts_the_major_bump_the_schema_change_needs(old_release_with_more_schema, tmp_path):
    corpus = write_corpus(tmp_path / "c2", {"economy.txt": ECONOMY})
    result = build(corpus, old_release_with_more_schema, version="1.0.0", workers=1)
    assert result.status == "built" and result.folder.name == "v1.0.0"


def test_a_new_field_refuses_a_patch_bump_and_accepts_a_minor_one(tmp_path, monkeypatch):
    dist = tmp_path / "dist"
    build_release(tmp_path, dist, "0.1.0", {"economy.txt": ECONOMY})
    current = describe_current()
    current["claims"]["confidence"] = {"arrow": "double", "json_type": ["number"], "enum": None}
    monkeypatch.setattr(versioning, "describe_current", lambda: current)
    corpus = write_corpus(tmp_path / "c2", {"economy.txt": ECONOMY})
    with pytest.raises(IncompatibleVersion, match="needs a minor version bump"):
        build(corpus, dist, version="0.1.1", workers=1)
    assert build(corpus, dist, version="0.2.0", workers=1).status == "built"


def test_cli_build_maps_the_refusal_to_exit_code_2_with_the_message(tmp_path, monkeypatch, capsys):
    dist = tmp_path / "dist"
    old = build_release(tmp_path, dist, "0.0.1", {"economy.txt": ECONOMY})
    add_schema_property(old, "claim", "confidence", {"type": "number"})
    corpus = write_corpus(tmp_path / "c2", {"economy.txt": ECONOMY})
    code = cli.main(["build", str(corpus), "--dist", str(dist), "--workers", "1"])
    assert code == 2
    err = capsys.readouterr().err
    assert "refused" in err and "claims.confidence: field removed" in err and "major" in err

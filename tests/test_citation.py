"""A release is citable: CITATION.cff (CFF 1.2.0), BibTeX in the card, .zenodo.json and croissant.json."""
import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft7Validator

from builder import RELEASE_DATE
from builder.citation import CROISSANT, ZENODO
from builder.cite import release_bibtex
from builder.release import MANIFEST, release_files, sha256_file

from .releases import BUDGET, ECONOMY, build_release

CFF_SCHEMA = Path(__file__).parent / "data" / "cff-1.2.0.schema.json"


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("citation")
    return build_release(tmp, tmp / "dist", "0.3.0", {"economy.txt": ECONOMY, "budget.txt": BUDGET})


def cff_errors(text):
    schema = json.loads(CFF_SCHEMA.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return [e.message for e in Draft7Validator(schema).iter_errors(yaml.safe_load(text))]


def test_citation_cff_is_valid_cff_1_2_0(release):
    text = (release / "CITATION.cff").read_text(encoding="utf-8")
    assert cff_errors(text) == []
    cff = yaml.safe_load(text)
    assert (cff["version"], cff["date-released"], cff["type"]) == ("0.3.0", RELEASE_DATE, "dataset")


def test_the_cff_schema_check_catches_a_broken_citation(release):
    text = (release / "CITATION.cff").read_text(encoding="utf-8")
    broken = re.sub(r"authors:\n(  - .*\n)+", "", text).replace("type: dataset", "type: spreadsheet")
    errors = cff_errors(broken)
    assert any("authors" in e for e in errors) and any("spreadsheet" in e for e in errors)


def test_card_carries_the_bibtex_of_this_release(release):
    bib = release_bibtex(release)
    assert bib.startswith("@misc{goftar_0_3_0,") and "version      = {0.3.0}" in bib
    assert "revision v0.3.0" in bib and bib.count("{") == bib.count("}")


def test_zenodo_metadata_describes_this_version_and_is_in_the_manifest(release):
    meta = json.loads((release / ZENODO).read_text(encoding="utf-8"))
    assert meta["upload_type"] == "dataset" and meta["version"] == "0.3.0"
    assert meta["publication_date"] == RELEASE_DATE and meta["creators"][0]["name"]
    assert ZENODO in (release / MANIFEST).read_text(encoding="utf-8")


def test_croissant_has_the_sha256_of_every_other_file(release):
    meta = json.loads((release / CROISSANT).read_text(encoding="utf-8"))
    objects = {d["contentUrl"]: d for d in meta["distribution"] if d["@type"] == "cr:FileObject"}
    assert sorted(objects) == [f for f in release_files(release) if f != CROISSANT]
    for rel, obj in objects.items():
        assert obj["sha256"] == sha256_file(release / rel), rel
    assert meta["version"] == "0.3.0" and meta["citeAs"] == release_bibtex(release)


def test_croissant_validates_and_loads_offline_with_mlcroissant(release, monkeypatch):
    import mlcroissant as mlc
    monkeypatch.chdir(release)
    dataset = mlc.Dataset(jsonld=CROISSANT)
    assert not dataset.metadata.ctx.issues.errors and not dataset.metadata.ctx.issues.warnings
    report = json.loads((release / "build_report.json").read_text(encoding="utf-8"))
    for config, count in report["counts"].items():
        rows = list(dataset.records(config))
        assert len(rows) == count, config
    quote = next(iter(dataset.records("quotations")))
    assert set(quote) >= {"quotations/quote_id", "quotations/content", "quotations/start"}


def test_croissant_validation_catches_a_broken_reference(release, tmp_path):
    import mlcroissant as mlc
    meta = json.loads((release / CROISSANT).read_text(encoding="utf-8"))
    meta["recordSet"][0]["field"][0]["source"]["fileSet"]["@id"] = "fileset/nowhere"
    broken = tmp_path / CROISSANT
    broken.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(mlc.ValidationError):
        mlc.Dataset(jsonld=str(broken))


def test_citation_files_are_the_same_bytes_in_every_build(release, tmp_path):
    again = build_release(tmp_path, tmp_path / "dist", "0.3.0", {"economy.txt": ECONOMY, "budget.txt": BUDGET})
    for name in ("CITATION.cff", ZENODO, CROISSANT, "README.md", MANIFEST):
        assert (again / name).read_bytes() == (release / name).read_bytes(), name

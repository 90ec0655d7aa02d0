"""Machine-readable citation metadata of a release: ``.zenodo.json`` (Zenodo deposit metadata)
and ``croissant.json`` (MLCommons Croissant 1.0, with the SHA-256 of every file). Both are a
function of the release's files and version only, reusing the card's title, authors and BibTeX.
"""
from __future__ import annotations

import json
from pathlib import Path

from .card import AUTHORS, LICENSE, PRETTY_NAME, REPO_URL, bibtex
from .columns import CONFIGS, ID_COLUMN

ZENODO = ".zenodo.json"
CROISSANT = "croissant.json"
KEYWORDS = ["Persian", "news", "quotation attribution", "numeric claims", "fact-checking"]
DESCRIPTION = ("Attributed quotations (who said what) and numeric claims (which numbers were claimed) "
               "extracted from Persian news articles, with offsets into the article text, released as "
               "a versioned Hugging Face dataset.")
_CONFORMS = "http://mlcommons.org/croissant/1.0"
_MIME = {".parquet": "application/x-parquet", ".json": "application/json", ".jsonl": "application/jsonlines",
         ".md": "text/markdown", ".cff": "text/plain", ".sha256": "text/plain"}
_DATATYPE = {"string": "sc:Text", "int64": "sc:Integer", "double": "sc:Float", "float64": "sc:Float",
             "bool": "sc:Boolean"}


def zenodo_metadata(version: str, date: str) -> dict:
    """Zenodo's deposit metadata for this release (read by Zenodo's GitHub integration)."""
    return {
        "title": f"{PRETTY_NAME} (v{version})",
        "upload_type": "dataset",
        "description": DESCRIPTION,
        "creators": [{"name": AUTHORS}],
        "version": version,
        "publication_date": date,
        "license": LICENSE,
        "language": "fas",
        "keywords": KEYWORDS,
        "access_right": "open",
        "related_identifiers": [{"identifier": f"{REPO_URL}/tree/v{version}", "relation": "isIdenticalTo",
                                 "resource_type": "dataset", "scheme": "url"}],
    }


def _file_id(rel: str) -> str:
    return "file/" + rel


def croissant_metadata(folder: Path, version: str, date: str, files: list[str]) -> dict:
    """Croissant JSON-LD for the release in ``folder``: every file (with its SHA-256) and a
    record set per config whose fields are the Parquet columns."""
    import pyarrow.parquet as pq
    from .release import sha256_file

    folder = Path(folder)
    distribution: list[dict] = [{
        "@type": "cr:FileObject", "@id": _file_id(rel), "name": rel, "contentUrl": rel,
        "contentSize": f"{(folder / rel).stat().st_size} B",
        "encodingFormat": _MIME.get(Path(rel).suffix, "application/octet-stream"),
        "sha256": sha256_file(folder / rel),
    } for rel in files]
    record_sets = []
    for config in CONFIGS:
        shards = sorted((folder / "data" / config).glob("*.parquet"))
        if not shards:
            continue
        fileset = f"fileset/{config}"
        distribution.append({"@type": "cr:FileSet", "@id": fileset, "name": fileset,
                             "encodingFormat": "application/x-parquet",
                             "includes": f"data/{config}/*.parquet"})
        fields = []
        for column in pq.read_schema(shards[0]):
            type_name = str(column.type)
            repeated = type_name.startswith("list<")
            base = str(column.type.value_type) if repeated else type_name
            field = {"@type": "cr:Field", "@id": f"{config}/{column.name}", "name": column.name,
                     "dataType": _DATATYPE.get(base, "sc:Text"),
                     "source": {"fileSet": {"@id": fileset}, "extract": {"column": column.name}}}
            if repeated:
                field["repeated"] = True
            fields.append(field)
        record_sets.append({"@type": "cr:RecordSet", "@id": config, "name": config,
                            "key": {"@id": f"{config}/{ID_COLUMN[config]}"}, "field": fields})
    return {
        "@context": _context(),
        "@type": "sc:Dataset",
        "name": "goftar",
        "alternateName": PRETTY_NAME,
        "description": DESCRIPTION,
        "conformsTo": _CONFORMS,
        "version": version,
        "datePublished": date,
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "url": f"{REPO_URL}/tree/v{version}",
        "creator": {"@type": "sc:Organization", "name": AUTHORS},
        "inLanguage": "fa",
        "keywords": KEYWORDS,
        "citeAs": bibtex(version, date),
        "distribution": distribution,
        "recordSet": record_sets,
    }


def _context() -> dict:
    """The standard Croissant 1.0 JSON-LD context."""
    return {
        "@language": "en", "@vocab": "https://schema.org/", "citeAs": "cr:citeAs", "column": "cr:column",
        "conformsTo": "dct:conformsTo", "cr": "http://mlcommons.org/croissant/",
        "rai": "http://mlcommons.org/croissant/RAI/", "data": {"@id": "cr:data", "@type": "@json"},
        "dataType": {"@id": "cr:dataType", "@type": "@vocab"}, "dct": "http://purl.org/dc/terms/",
        "examples": {"@id": "cr:examples", "@type": "@json"}, "extract": "cr:extract", "field": "cr:field",
        "fileProperty": "cr:fileProperty", "fileObject": "cr:fileObject", "fileSet": "cr:fileSet",
        "format": "cr:format", "includes": "cr:includes", "isLiveDataset": "cr:isLiveDataset",
        "jsonPath": "cr:jsonPath", "key": "cr:key", "md5": "cr:md5", "parentField": "cr:parentField",
        "path": "cr:path", "recordSet": "cr:recordSet", "references": "cr:references", "regex": "cr:regex",
        "repeated": "cr:repeated", "replace": "cr:replace", "sc": "https://schema.org/",
        "separator": "cr:separator", "source": "cr:source", "subField": "cr:subField",
        "transform": "cr:transform", "equivalentProperty": "cr:equivalentProperty",
        "samplingRate": "cr:samplingRate",
    }


def _dump(path: Path, data: dict) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_citation_files(folder: Path, version: str, date: str) -> None:
    """Write ``.zenodo.json``, then ``croissant.json`` over every other file (manifest excepted)."""
    from .release import release_files

    folder = Path(folder)
    _dump(folder / ZENODO, zenodo_metadata(version, date))
    files = [rel for rel in release_files(folder) if rel != CROISSANT]
    _dump(folder / CROISSANT, croissant_metadata(folder, version, date, files))

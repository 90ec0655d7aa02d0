"""Validate records against the JSON Schemas in ``schema/`` before anything is written.

Validators are compiled once per process. A record that fails gets a quarantine entry with
the JSON-Schema path and message instead of being written (or silently dropped).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator

from .columns import SCHEMA_FILE, SPAN_COLUMN

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


def load_schema(name: str) -> dict:
    with open(SCHEMA_DIR / f"{name}.schema.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def validator(config: str) -> Draft202012Validator:
    schema = load_schema(SCHEMA_FILE[config])
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def problems(config: str, record: dict, text: str | None = None) -> list[dict]:
    """Every way ``record`` breaks its schema (and, given the article ``text``, its offsets)."""
    out = [{
        "schema_path": "/".join(str(p) for p in err.absolute_schema_path),
        "instance_path": "/".join(str(p) for p in err.absolute_path),
        "message": err.message,
    } for err in validator(config).iter_errors(record)]
    span_col = SPAN_COLUMN.get(config)
    if not out and span_col and text is not None:
        start, end = record["start"], record["end"]
        if not (0 <= start < end <= len(text)) or text[start:end] != record[span_col]:
            out.append({"schema_path": "offsets", "instance_path": span_col,
                        "message": f"text[{start}:{end}] is not the record's {span_col}"})
    return out

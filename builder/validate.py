"""Validate records against the JSON Schemas in ``schema/`` before anything is written.

Validators are compiled once per process. Each record first meets the schema compiled into
plain checks (``schema_check``); only a record that fails it is walked by ``jsonschema``,
which writes the quarantine entry with the JSON-Schema path and message.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator

from .columns import SCHEMA_FILE, SPAN_COLUMN
from .schema_check import compile_schema

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


def load_schema(name: str) -> dict:
    with open(SCHEMA_DIR / f"{name}.schema.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def validator(config: str) -> Draft202012Validator:
    schema = load_schema(SCHEMA_FILE[config])
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@lru_cache(maxsize=None)
def fast_check(config: str):
    """The config's schema compiled to plain checks (``None`` if it needs full ``jsonschema``)."""
    return compile_schema(load_schema(SCHEMA_FILE[config]))


def problems(config: str, record: dict, text: str | None = None) -> list[dict]:
    """Every way ``record`` breaks its schema (and, given the article ``text``, its offsets)."""
    check = fast_check(config)
    if check is not None and check(record):
        return _offset_problems(config, record, text)
    out = [{
        "schema_path": "/".join(str(p) for p in err.absolute_schema_path),
        "instance_path": "/".join(str(p) for p in err.absolute_path),
        "message": err.message,
    } for err in validator(config).iter_errors(record)]
    return out or _offset_problems(config, record, text)


def _offset_problems(config: str, record: dict, text: str | None) -> list[dict]:
    out = []
    span_col = SPAN_COLUMN.get(config)
    if span_col and text is not None:
        start, end = record["start"], record["end"]
        if not (0 <= start < end <= len(text)) or text[start:end] != record[span_col]:
            out.append({"schema_path": "offsets", "instance_path": span_col,
                        "message": f"text[{start}:{end}] is not the record's {span_col}"})
    return out

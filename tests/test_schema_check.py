"""The compiled schema checks agree with jsonschema (the reference) on real and mutated records."""
import copy
import math

import pytest

from builder.columns import CONFIGS
from builder.pipeline import extract_article
from builder.reader import iter_corpus
from builder.schema_check import compile_schema
from builder.validate import fast_check, load_schema, problems, validator

_ODD_VALUES = [None, "", "x", "a0123456789abcdef", "q0123456789abcdeg", "a0123456789abcdef\n", 0, -1, 1.0,
               1.5, True, False, math.nan, -0.5, [], ["ok"], [""], [1], {}, "direct", "count", "exact"]


def _real_records(corpus) -> list[tuple[str, dict]]:
    out = []
    for src in iter_corpus(corpus):
        if src.text is None:
            continue
        for config, rows in extract_article(src.text, src.file, src.meta).items():
            out.extend((config, row) for row in rows)
    return out


def _mutations(row: dict):
    for key in row:
        for value in _ODD_VALUES:
            mutated = dict(row)
            mutated[key] = value
            yield mutated
        missing = dict(row)
        del missing[key]
        yield missing
    yield {**row, "unexpected": 1}
    yield [row]


@pytest.fixture(scope="module")
def records(sample_corpus):
    return _real_records(sample_corpus)


def test_every_schema_compiles():
    for config in CONFIGS:
        assert fast_check(config) is not None, config


def test_compiled_check_equals_jsonschema_on_real_records(records):
    assert len(records) > 100
    for config, row in records:
        assert fast_check(config)(row) == validator(config).is_valid(row), (config, row)


def test_compiled_check_equals_jsonschema_on_mutated_records(records):
    seen = set()
    checked = disagreements = 0
    for config, row in records:
        if config in seen and config != "claims":
            continue
        seen.add(config)
        for mutated in _mutations(row):
            checked += 1
            if fast_check(config)(mutated) != validator(config).is_valid(mutated):
                disagreements += 1
                pytest.fail(f"{config}: {mutated!r}")
    assert checked > 500 and disagreements == 0


def test_problems_are_jsonschemas_messages_for_a_bad_record(records):
    config, row = next((c, r) for c, r in records if c == "quotations")
    bad = {**row, "kind": "shouted", "start": -1}
    found = problems(config, bad)
    assert {p["instance_path"] for p in found} == {"kind", "start"}
    assert all(p["message"] for p in found)


def test_unknown_keywords_fall_back_to_jsonschema():
    assert compile_schema({"type": "string", "maxLength": 3}) is None
    assert compile_schema({"enum": [1, "a"]}) is None
    schema = copy.deepcopy(load_schema("claim"))
    schema["properties"]["value"]["exclusiveMinimum"] = 0
    assert compile_schema(schema) is None

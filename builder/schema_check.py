"""A JSON Schema compiled once into plain Python checks: the fast "is this record valid?" path.

``jsonschema``'s ``iter_errors`` walks the schema for every record and costs ~0.5 ms a record,
which for a corpus of millions is the bulk of a build. The checks here answer only valid or
not, for the subset of JSON Schema our schemas use (type, enum, pattern, minLength, minimum,
properties, required, additionalProperties: false, items, minItems). Any other keyword makes
``compile_schema`` return ``None`` and the caller uses ``jsonschema`` alone. ``jsonschema``
stays the reference: it writes every error message, and tests hold the two equal on real and
mutated records.
"""
from __future__ import annotations

import re
from typing import Any, Callable

Check = Callable[[Any], bool]

_IGNORED = {"$schema", "$id", "title", "description", "$comment", "examples"}
_KNOWN = _IGNORED | {"type", "enum", "pattern", "minLength", "minimum", "minItems", "properties", "required",
                     "additionalProperties", "items"}


def _is_integer(x: Any) -> bool:
    # JSON Schema 2020-12: 1.0 is an integer; a bool is never a number.
    return (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer())


_TYPES: dict[str, Check] = {
    "string": lambda x: isinstance(x, str),
    "null": lambda x: x is None,
    "boolean": lambda x: isinstance(x, bool),
    "integer": _is_integer,
    "number": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
    "array": lambda x: isinstance(x, list),
    "object": lambda x: isinstance(x, dict),
}


def compile_schema(schema: dict) -> Check | None:
    """A function ``record -> bool`` equal to ``Draft202012Validator(schema).is_valid``, or
    ``None`` when the schema uses a keyword this compiler does not handle."""
    try:
        return _compile(schema)
    except _Unsupported:
        return None


class _Unsupported(Exception):
    pass


def _compile(schema: Any) -> Check:
    if schema is True or schema == {}:
        return lambda x: True
    if not isinstance(schema, dict) or set(schema) - _KNOWN:
        raise _Unsupported(schema)
    checks: list[Check] = []
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if any(n not in _TYPES for n in names):
            raise _Unsupported(names)
        tests = [_TYPES[n] for n in names]
        checks.append(tests[0] if len(tests) == 1 else (lambda x, tests=tests: any(t(x) for t in tests)))
    if "enum" in schema:
        values = schema["enum"]
        if not all(isinstance(v, str) for v in values):
            raise _Unsupported(values)        # JSON equality of mixed values: leave it to jsonschema
        allowed = frozenset(values)
        checks.append(lambda x: isinstance(x, str) and x in allowed)
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search
        checks.append(lambda x: not isinstance(x, str) or search(x) is not None)
    if "minLength" in schema:
        n = schema["minLength"]
        checks.append(lambda x: not isinstance(x, str) or len(x) >= n)
    if "minimum" in schema:
        low = schema["minimum"]
        checks.append(lambda x: isinstance(x, bool) or not isinstance(x, (int, float)) or not x < low)
    if "minItems" in schema:
        least = schema["minItems"]
        checks.append(lambda x: not isinstance(x, list) or len(x) >= least)
    if "items" in schema:
        checks.append(_items_check(schema["items"]))
    if {"properties", "required", "additionalProperties"} & set(schema):
        checks.append(_object_check(schema))
    return _all_of(checks)


def _all_of(checks: list[Check]) -> Check:
    """One check that passes when every check passes (no generator per call: this is the hot path)."""
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        a, b = checks
        return lambda x: a(x) and b(x)
    if len(checks) == 3:
        a, b, c = checks
        return lambda x: a(x) and b(x) and c(x)

    def every(x: Any) -> bool:
        for check in checks:
            if not check(x):
                return False
        return True
    return every


def _items_check(items: Any) -> Check:
    """Every element of a list passes ``items``; lists of plain or patterned strings (the id
    lists of the track configs) are checked in one loop instead of one closure call per element."""
    if isinstance(items, dict) and items.get("type") == "string" and set(items) - _IGNORED <= {"type", "pattern"}:
        if "pattern" in items:
            search = re.compile(items["pattern"]).search
            return lambda x: not isinstance(x, list) or all(
                v.__class__ is str and search(v) is not None for v in x)
        return lambda x: not isinstance(x, list) or all(v.__class__ is str for v in x)
    item = _compile(items)
    return lambda x: not isinstance(x, list) or all(item(v) for v in x)


def _object_check(schema: dict) -> Check:
    props = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    extra = schema.get("additionalProperties", True)
    if extra not in (True, False):
        raise _Unsupported(extra)
    allowed = frozenset(props)

    def check(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        for name in required:
            if name not in x:
                return False
        if not extra and not allowed.issuperset(x):
            return False
        for name, value in x.items():
            sub = props.get(name)
            if sub is not None and not sub(value):
                return False
        return True
    return check

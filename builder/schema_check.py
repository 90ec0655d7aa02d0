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


#: Each type as a Python test of the value named ``{v}`` (JSON Schema 2020-12: 1.0 is an
#: integer; a bool is never a number).
_TYPES: dict[str, str] = {
    "string": "isinstance({v}, str)",
    "null": "{v} is None",
    "boolean": "isinstance({v}, bool)",
    "integer": "(isinstance({v}, int) and not isinstance({v}, bool) or isinstance({v}, float) and {v}.is_integer())",
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
    "array": "isinstance({v}, list)",
    "object": "isinstance({v}, dict)",
}


def compile_schema(schema: dict) -> Check | None:
    """A function ``record -> bool`` equal to ``Draft202012Validator(schema).is_valid``, or
    ``None`` when the schema uses a keyword this compiler does not handle.

    The schema becomes the source of one Python function (every keyword an ``if`` that returns
    ``False``), compiled once: no closure call per keyword and per value, which made the checks
    cost ≈ 20–50 µs a record."""
    try:
        gen = _Generator()
        body = gen.statements(schema, "x", 1)
    except _Unsupported:
        return None
    source = "def check(x):\n" + "".join(body) + "    return True\n"
    namespace = dict(gen.constants)
    exec(compile(source, "<schema_check>", "exec"), namespace)
    check = namespace["check"]
    check.source = source
    return check


class _Unsupported(Exception):
    pass


class _Generator:
    """Python statements for the checks of one schema: constants (compiled patterns, enum sets,
    property sets) go to ``constants``, each value's checks into nested blocks."""

    def __init__(self):
        self.constants: dict[str, Any] = {"_MISSING": object()}
        self.depth = 0

    def constant(self, value: Any) -> str:
        name = f"_c{len(self.constants)}"
        self.constants[name] = value
        return name

    def variable(self) -> str:
        self.depth += 1
        return f"v{self.depth}"

    def statements(self, schema: Any, v: str, level: int) -> list[str]:
        """The lines checking value ``v`` against ``schema`` at indent ``level``."""
        pad = "    " * level
        if schema is True or schema == {}:
            return []
        if not isinstance(schema, dict) or set(schema) - _KNOWN:
            raise _Unsupported(schema)
        out: list[str] = []
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not names or any(n not in _TYPES for n in names):
                raise _Unsupported(names)
            out.append(f"{pad}if not ({' or '.join(_TYPES[n].format(v=v) for n in names)}):\n{pad}    return False\n")
        if "enum" in schema:
            values = schema["enum"]
            if not all(isinstance(x, str) for x in values):
                raise _Unsupported(values)        # JSON equality of mixed values: leave it to jsonschema
            allowed = self.constant(frozenset(values))
            out.append(f"{pad}if not (isinstance({v}, str) and {v} in {allowed}):\n{pad}    return False\n")
        if "pattern" in schema:
            search = self.constant(re.compile(schema["pattern"]).search)
            out.append(f"{pad}if isinstance({v}, str) and {search}({v}) is None:\n{pad}    return False\n")
        if "minLength" in schema:
            out.append(f"{pad}if isinstance({v}, str) and len({v}) < {int(schema['minLength'])!r}:\n"
                       f"{pad}    return False\n")
        if "minimum" in schema:
            low = self.constant(schema["minimum"])
            out.append(f"{pad}if isinstance({v}, (int, float)) and not isinstance({v}, bool) and {v} < {low}:\n"
                       f"{pad}    return False\n")
        if "minItems" in schema:
            out.append(f"{pad}if isinstance({v}, list) and len({v}) < {int(schema['minItems'])!r}:\n"
                       f"{pad}    return False\n")
        if "items" in schema:
            item = self.variable()
            inner = self.statements(schema["items"], item, level + 2)
            if inner:
                out.append(f"{pad}if isinstance({v}, list):\n{pad}    for {item} in {v}:\n" + "".join(inner))
        if {"properties", "required", "additionalProperties"} & set(schema):
            out += self.object_statements(schema, v, level)
        return out

    def object_statements(self, schema: dict, v: str, level: int) -> list[str]:
        pad = "    " * level
        props = schema.get("properties", {})
        required = list(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        if extra not in (True, False) or not isinstance(props, dict):
            raise _Unsupported(extra)
        lines = []
        if required:
            lines.append(f"{pad}    if {' or '.join(f'{name!r} not in {v}' for name in required)}:\n"
                         f"{pad}        return False\n")
        if not extra:
            allowed = self.constant(frozenset(props))
            lines.append(f"{pad}    if not {allowed}.issuperset({v}):\n{pad}        return False\n")
        for name, sub in props.items():
            value = self.variable()
            if name in required:   # known to be there
                inner = self.statements(sub, value, level + 1)
                if inner:
                    lines.append(f"{pad}    {value} = {v}[{name!r}]\n" + "".join(inner))
                continue
            inner = self.statements(sub, value, level + 2)
            if inner:
                lines.append(f"{pad}    {value} = {v}.get({name!r}, _MISSING)\n{pad}    if {value} is not _MISSING:\n"
                             + "".join(inner))
        return [f"{pad}if isinstance({v}, dict):\n"] + lines if lines else []

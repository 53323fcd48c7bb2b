"""A fast, conservative check that a schema is valid JSON Schema 2020-12 (structure_check.py's
`schemas` rule).

Validating every schema of a large spec against the 2020-12 meta-schema with jsonschema takes
about as long as all the other rules together (its `$dynamicRef`s are resolved at every node).
`surely_valid` walks a schema once and says True only when every keyword the meta-schema
constrains holds a value it accepts; for anything it does not handle (a rare keyword, a value
that may be wrong) it says False and the caller runs the meta-schema itself, so problems are
found and worded exactly as before. The keyword table below comes from the meta-schema's
vocabularies; `tests/test_schemacheck.py` checks it against them.
"""

from __future__ import annotations

from typing import Any

SIMPLE_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})
SCHEMA = frozenset(
    {
        "additionalProperties",
        "contains",
        "contentSchema",
        "else",
        "if",
        "items",
        "not",
        "propertyNames",
        "then",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)
SCHEMA_MAP = frozenset(
    {"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"}
)
SCHEMA_ARRAY = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
STRING = frozenset(
    {
        "$comment",
        "$ref",
        "$dynamicRef",
        "$schema",
        "$recursiveRef",
        "contentEncoding",
        "contentMediaType",
        "description",
        "format",
        "pattern",
        "title",
    }
)
BOOLEAN = frozenset({"deprecated", "readOnly", "writeOnly", "uniqueItems"})
ARRAY = frozenset({"enum", "examples"})
NUMBER = frozenset({"exclusiveMaximum", "exclusiveMinimum", "maximum", "minimum"})
COUNT = frozenset(
    {
        "maxContains",
        "maxItems",
        "maxLength",
        "maxProperties",
        "minContains",
        "minItems",
        "minLength",
        "minProperties",
    }
)
ANY = frozenset({"const", "default"})
HANDLED = SCHEMA | SCHEMA_MAP | SCHEMA_ARRAY | STRING | BOOLEAN | ARRAY | NUMBER | COUNT | ANY
HANDLED |= {"type", "required", "multipleOf"}
# Keywords the meta-schema constrains that are left to it: "$anchor", "$dynamicAnchor", "$id",
# "$vocabulary", "$recursiveAnchor", "dependencies", "dependentRequired". Any other keyword
# (x- extensions, OpenAPI's own) is not constrained by the meta-schema.
LEFT_TO_META = frozenset(
    {
        "$anchor",
        "$dynamicAnchor",
        "$id",
        "$vocabulary",
        "$recursiveAnchor",
        "dependencies",
        "dependentRequired",
    }
)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def surely_valid(schema: Any, depth: int = 0) -> bool:
    """True only if `schema` is certainly valid JSON Schema 2020-12; False means "ask the
    meta-schema" (it may still be valid)."""
    if isinstance(schema, bool):
        return True
    if not isinstance(schema, dict) or depth > 200:
        return False
    for key, value in schema.items():
        if key not in HANDLED:
            if key in LEFT_TO_META:
                return False
            continue
        if key in SCHEMA:
            ok = surely_valid(value, depth + 1)
        elif key in SCHEMA_MAP:
            ok = isinstance(value, dict) and all(surely_valid(v, depth + 1) for v in value.values())
        elif key in SCHEMA_ARRAY:
            ok = isinstance(value, list) and bool(value)
            ok = ok and all(surely_valid(v, depth + 1) for v in value)
        elif key in STRING:
            ok = isinstance(value, str)
        elif key in BOOLEAN:
            ok = isinstance(value, bool)
        elif key in ARRAY:
            ok = isinstance(value, list)
        elif key in NUMBER:
            ok = _number(value)
        elif key in COUNT:
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        elif key in ANY:
            ok = True
        elif key == "type":
            ok = _type(value)
        elif key == "required":
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            ok = ok and len(set(value)) == len(value)
        else:  # multipleOf
            ok = _number(value) and value > 0
        if not ok:
            return False
    return True


def _type(value: Any) -> bool:
    if isinstance(value, str):
        return value in SIMPLE_TYPES
    if not isinstance(value, list) or not value:
        return False
    if not all(isinstance(v, str) and v in SIMPLE_TYPES for v in value):
        return False
    return len(set(value)) == len(value)

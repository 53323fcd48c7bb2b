"""Schemas flattened into field paths for diff.py: what a client relies on about each field.

`cluster.vpcId`, `links[].name`: `$ref`s resolved (a schema already on the path stops the
walk, so recursive schemas end), `allOf` members merged, `oneOf`/`anyOf` branches merged as
optional fields, array items under `[]`. Each path gets its JSON types, whether it is
required, its enum and its range keywords.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .doctree import ref_name

RANGE_KEYS = {  # keyword: +1 when a larger value narrows, -1 when a smaller one does
    "minimum": 1,
    "exclusiveMinimum": 1,
    "minLength": 1,
    "minItems": 1,
    "maximum": -1,
    "exclusiveMaximum": -1,
    "maxLength": -1,
    "maxItems": -1,
}


@dataclass
class Facts:
    """What a client relies on about one field."""

    types: frozenset[str]
    required: bool
    enum: frozenset[str] | None
    ranges: dict[str, Any]


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return {str(k) for k in kind}
    if isinstance(kind, str):
        return {kind}
    if schema.get("properties") or schema.get("allOf"):
        return {"object"}
    if "const" in schema or "enum" in schema:
        return {JSON_TYPES.get(type(v), "any") for v in schema.get("enum", [schema.get("const")])}
    return {"any"}


JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


class Flattener:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = doc.get("components", {}).get("schemas") or {}

    def flatten(self, schema: Any, required: bool = True) -> dict[str, Facts]:
        out: dict[str, Facts] = {}
        self._walk(schema, "", required, out, frozenset())
        return out

    def _walk(
        self, schema: Any, path: str, required: bool, out: dict[str, Facts], seen: frozenset[str]
    ) -> None:
        name = ref_name(schema)
        if name:
            if name in seen:
                return
            seen = seen | {name}
            schema = self.schemas.get(name)
        if not isinstance(schema, dict):
            return
        branches = [b for k in ("oneOf", "anyOf") for b in schema.get(k) or []]
        types = _types(schema)
        enum = schema.get("enum")
        for b in branches:
            target = self.schemas.get(ref_name(b), b) if ref_name(b) else b
            types |= _types(target) if isinstance(target, dict) else set()
        if branches and len(types) > 1:
            types.discard("any")
        facts = Facts(
            types=frozenset(types),
            required=required,
            enum=frozenset(map(repr, enum)) if isinstance(enum, list) else None,
            ranges={k: schema[k] for k in RANGE_KEYS if k in schema},
        )
        previous = out.get(path)
        if previous:  # the same path from another branch: merge what it allows
            facts.types |= previous.types
            facts.required = facts.required and previous.required
        out[path] = facts
        for part in schema.get("allOf") or []:
            self._members(part, path, out, seen, optional=False)
        self._members(schema, path, out, seen, optional=False)
        for b in branches:
            self._members(b, path, out, seen, optional=True)
        items = schema.get("items")
        if isinstance(items, dict):
            self._walk(items, path + "[]", True, out, seen)

    def _members(
        self, schema: Any, path: str, out: dict[str, Facts], seen: frozenset[str], optional: bool
    ) -> None:
        name = ref_name(schema)
        if name:
            if name in seen:
                return
            seen = seen | {name}
            schema = self.schemas.get(name)
        if not isinstance(schema, dict):
            return
        required = set(schema.get("required") or [])
        for key, prop in (schema.get("properties") or {}).items():
            sub = f"{path}.{key}" if path else str(key)
            self._walk(prop, sub, key in required and not optional, out, seen)
        if optional or schema.get("allOf"):
            for part in schema.get("allOf") or []:
                self._members(part, path, out, seen, optional)

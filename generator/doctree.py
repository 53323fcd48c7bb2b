"""Schemas as readable trees for the HTML reference: one row per field, indented by depth.

A named schema (`$ref`) is a link to its model's section and is not expanded again (that
section shows its fields); inline objects, array items, `allOf` members and `oneOf`/`anyOf`
branches are expanded in place. Each row carries the field's wire name, a type in words,
whether it is required, its constraints (enum, default, range, length, format) and its
description, so a template only loops over rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .load import SCHEMA_PREFIX, unescape
from .owners import anchor

MAX_DEPTH = 12


@dataclass
class Row:
    depth: int
    name: str
    type: str
    required: bool
    constraints: list[str]
    description: str
    link: str = ""  # anchor of the model the type names, "" if inline
    notes: list[str] = field(default_factory=list)


def ref_name(schema: Any) -> str:
    """The component name a `$ref` points to, "" if none."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        return unescape(ref[len(SCHEMA_PREFIX) :])
    return ""


def literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def constraints(schema: dict[str, Any]) -> list[str]:
    out = []
    if "const" in schema:
        out.append(f"const {literal(schema['const'])}")
    if isinstance(schema.get("enum"), list):
        out.append("one of " + ", ".join(literal(v) for v in schema["enum"]))
    if "default" in schema:
        out.append(f"default {literal(schema['default'])}")
    for key, word in (
        ("minimum", "≥"),
        ("exclusiveMinimum", ">"),
        ("maximum", "≤"),
        ("exclusiveMaximum", "<"),
    ):
        if key in schema:
            out.append(f"{word} {literal(schema[key])}")
    for key, word in (
        ("minLength", "length ≥"),
        ("maxLength", "length ≤"),
        ("minItems", "items ≥"),
        ("maxItems", "items ≤"),
    ):
        if key in schema:
            out.append(f"{word} {schema[key]}")
    for key, word in (("minProperties", "properties ≥"), ("maxProperties", "properties ≤")):
        if key in schema:
            out.append(f"{word} {schema[key]}")
    if "multipleOf" in schema:
        out.append(f"multiple of {literal(schema['multipleOf'])}")
    if schema.get("uniqueItems") is True:
        out.append("unique items")
    if isinstance(schema.get("contains"), dict):
        low, high = schema.get("minContains", 1), schema.get("maxContains")
        most = "" if high is None else f", at most {high}"
        out.append(f"contains {literal(schema['contains'])} (at least {low}{most})")
    if schema.get("pattern"):
        out.append(f"pattern {schema['pattern']}")
    if schema.get("format"):
        out.append(f"format {schema['format']}")
    if schema.get("deprecated"):
        out.append("deprecated")
    return out


def type_text(schema: Any) -> tuple[str, str]:
    """(type in words, anchor of the model it names)."""
    if not isinstance(schema, dict) or not schema:
        return "any", ""
    name = ref_name(schema)
    if name:
        return name, anchor("model", name)
    for key, word in (("oneOf", "one of"), ("anyOf", "any of")):
        if isinstance(schema.get(key), list):
            parts = [type_text(s)[0] for s in schema[key]]
            return f"{word} " + " | ".join(parts), ""
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(str(k) for k in kind), ""
    if kind == "array":
        inner, link = type_text(schema.get("items"))
        return f"array of {inner}", link
    if kind == "object" or "properties" in schema or "allOf" in schema:
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not schema.get("properties"):
            inner, link = type_text(extra)
            return f"map of {inner}", link
        return "object", ""
    return str(kind) if kind else "any", ""


class TreeBuilder:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas

    def resolve(self, schema: Any) -> dict[str, Any]:
        name = ref_name(schema)
        node = self.schemas.get(name) if name else schema
        return node if isinstance(node, dict) else {}

    def rows(self, schema: Any, expand_ref: bool = True) -> list[Row]:
        """Rows of the fields of `schema` (a named schema is expanded when `expand_ref`)."""
        target = self.resolve(schema) if expand_ref else schema
        out: list[Row] = []
        self._members(target if isinstance(target, dict) else {}, 0, out)
        return out

    def _members(self, schema: dict[str, Any], depth: int, out: list[Row]) -> None:
        if depth > MAX_DEPTH:
            return
        for part in schema.get("allOf") or []:
            if ref_name(part):
                kind, link = type_text(part)
                out.append(Row(depth, "(all fields of)", kind, True, [], "", link))
            else:
                self._members(part if isinstance(part, dict) else {}, depth, out)
        required = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            prop = prop if isinstance(prop, dict) else {}
            self._row(str(name), prop, name in required, depth, out)
        for key in ("oneOf", "anyOf"):
            for i, branch in enumerate(schema.get(key) or []):
                label = (branch or {}).get("title") or f"option {i + 1}"
                self._row(
                    f"({label})", branch if isinstance(branch, dict) else {}, False, depth, out
                )
        items = schema.get("items")
        if schema.get("type") == "array" and isinstance(items, dict) and not ref_name(items):
            self._members(items, depth, out)

    def _row(
        self, name: str, prop: dict[str, Any], required: bool, depth: int, out: list[Row]
    ) -> None:
        kind, link = type_text(prop)
        shown = self.resolve(prop) if ref_name(prop) and not self._is_object(prop) else prop
        desc = str(prop.get("description") or shown.get("description") or "").strip()
        notes = [str(n) for n in prop.get("x-doc-notes") or []]
        out.append(Row(depth, name, kind, required, constraints(shown), desc, link, notes))
        if ref_name(prop):
            return
        inner = prop
        while inner.get("type") == "array" and isinstance(inner.get("items"), dict):
            inner = inner["items"]
            if ref_name(inner):
                return
        extra = inner.get("additionalProperties")
        if isinstance(extra, dict) and not ref_name(extra) and not inner.get("properties"):
            inner = extra
        if (
            inner.get("properties")
            or inner.get("allOf")
            or inner.get("oneOf")
            or inner.get("anyOf")
        ):
            self._members(inner, depth + 1, out)

    def _is_object(self, schema: dict[str, Any]) -> bool:
        target = self.resolve(schema)
        return bool(target.get("properties") or target.get("allOf") or target.get("oneOf"))

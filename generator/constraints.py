"""Model stage, constraints and markers: what a schema's constraints become in the client.

A schema's JSON Schema constraints become pydantic markers on its annotation (`Annotated[str,
Field(max_length=64), Checked]`, arrays also `Unique` and `Contains(...)`), and the same
constraints in words for the docs; `field_call` writes a model field's `Field(...)`: wire name
and `x-aliases` spellings, default, secrecy, read-only exclusion.
"""

from __future__ import annotations

import json
from typing import Any

from .pytypes import py_literal

# JSON Schema keyword -> (pydantic `Field` argument, the JSON types it applies to, wording)
CONSTRAINTS = (
    ("minLength", "min_length", ("string",), "length >= {}"),
    ("maxLength", "max_length", ("string",), "length <= {}"),
    ("pattern", "pattern", ("string",), "matches {!r}"),
    ("minimum", "ge", ("integer", "number"), ">= {}"),
    ("maximum", "le", ("integer", "number"), "<= {}"),
    ("exclusiveMinimum", "gt", ("integer", "number"), "> {}"),
    ("exclusiveMaximum", "lt", ("integer", "number"), "< {}"),
    ("multipleOf", "multiple_of", ("integer", "number"), "a multiple of {}"),
    ("minItems", "min_length", ("array",), "at least {} items"),
    ("maxItems", "max_length", ("array",), "at most {} items"),
    ("minProperties", "min_length", ("object",), "at least {} properties"),
    ("maxProperties", "max_length", ("object",), "at most {} properties"),
)


def _applies(value: Any, kind: str) -> bool:
    if kind == "pattern":
        return isinstance(value, str)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def constrained(annotation: str, schema: dict[str, Any], markers: list[str] | None = None) -> str:
    """`annotation` with the schema's constraints of its type: `Annotated[str, Field(max_length=
    64), Checked]` (enforced on what is sent, reported on what is received); arrays also take
    `Unique` (uniqueItems) and the `Contains(...)` marker given."""
    kind = schema.get("type")
    args = [
        f"{arg}={py_literal(schema[key])}"
        for key, arg, kinds, _ in CONSTRAINTS
        if kind in kinds and key in schema and _applies(schema[key], arg)
    ]
    extra = list(markers or [])
    if kind == "array" and schema.get("uniqueItems") is True:
        extra.insert(0, "Unique")
    if not args and not extra:
        return annotation
    field = [f"Field({', '.join(args)})"] if args else []
    return f"Annotated[{', '.join([annotation, *field, *extra])}, Checked]"


def constraints_text(schema: Any) -> str:
    """The constraints of a schema in words, for the docs: `length <= 64; one of: A, B`."""
    if not isinstance(schema, dict):
        return ""
    kind = schema.get("type")
    kind = kind if isinstance(kind, str) else next((k for k in (kind or []) if k != "null"), None)
    words = [
        wording.format(schema[key])
        for key, arg, kinds, wording in CONSTRAINTS
        if kind in kinds and key in schema and _applies(schema[key], arg)
    ]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        words.append(
            "one of: " + ", ".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
        )
    if "const" in schema:
        words.append("always " + json.dumps(schema["const"], ensure_ascii=False))
    if kind == "array" and schema.get("uniqueItems") is True:
        words.append("unique items")
    if kind == "array" and isinstance(schema.get("contains"), dict):
        inner = constraints_text(schema["contains"]) or "any value"
        low, high = schema.get("minContains", 1), schema.get("maxContains")
        most = "" if high is None else f", at most {high}"
        words.append(f"at least {low}{most} items of which: {inner}")
    items = schema.get("items")
    if kind == "array" and isinstance(items, dict):
        inner = constraints_text(items)
        if inner:
            words.append(f"each item: {inner}")
    return "; ".join(words)


def field_call(
    name: str,
    wire: str,
    required: bool,
    secret: bool,
    aliases: list[str],
    default: str = "",
    hidden: bool = False,
) -> str:
    """The `Field(...)` of a model field ("" when it needs none). The wire name is a
    validation and serialization alias, not `alias`: type checkers then see the Python name in
    the model's `__init__` (dataclass_transform reads `alias` only). `default`: the `Field`
    argument of the spec's default; `hidden`: accepted, never serialised (read-only in a
    request)."""
    args = [] if required else [default or "default=None"]
    if aliases:
        spellings = ", ".join(py_literal(a) for a in [wire, *aliases])
        args.append(f"validation_alias=AliasChoices({spellings})")
    elif name != wire:
        args.append(f"validation_alias={py_literal(wire)}")
    if name != wire:
        args.append(f"serialization_alias={py_literal(wire)}")
    if secret:
        args.append("repr=False")
    if hidden:
        args.append("exclude=True")
    return f"Field({', '.join(args)})" if args else ""

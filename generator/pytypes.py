"""Text of Python type annotations: the literal of a JSON value, unions split and merged,
the type inside an `Annotated[...]`, and the plain annotation of each JSON type.

Pure string helpers shared by the model stage (types.py, constraints.py, operations.py,
connectors.py) and the docs' examples; they know nothing of schemas.
"""

from __future__ import annotations

import json
from typing import Any

JSON_ANNOTATIONS = {
    "string": "str",
    "boolean": "bool",
    "integer": "int",
    "number": "float",
    "object": "dict[str, Any]",
    "array": "list[Any]",
}


def py_literal(value: Any) -> str:
    """A Python literal for a JSON scalar (repr of str is always a safe literal)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return quoted(repr(value))
    return quoted(repr(json.dumps(value, ensure_ascii=False, sort_keys=True)))


def quoted(literal: str) -> str:
    """A str's repr in double quotes where that needs no escape (as black writes it)."""
    if literal.startswith("'") and '"' not in literal:
        return '"' + literal[1:-1] + '"'
    return literal


def split_union(annotation: str) -> list[str]:
    """The top-level members of `A | B[C | D] | None`."""
    if "[" not in annotation and "]" not in annotation and " | | " not in annotation:
        return annotation.split(" | ")  # (no brackets, no separators that overlap: the same)
    return split_at_depth_zero(annotation)


def split_at_depth_zero(annotation: str) -> list[str]:
    """`split_union` the long way: at each ` | ` outside brackets, scanning left to right."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(annotation):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0 and annotation.startswith(" | ", i):
            parts.append(annotation[start:i])
            start = i + 3
    parts.append(annotation[start:])
    return parts


def union(members: list[str]) -> str:
    seen: list[str] = []
    for m in members:
        for part in split_union(m):
            if part not in seen:
                seen.append(part)
    if "Any" in seen:
        return "Any"
    if "None" in seen:
        seen = [s for s in seen if s != "None"] + ["None"]
    return " | ".join(seen)


def strip_annotated(annotation: str) -> str:
    """The type inside `Annotated[T, ...]` (the annotation itself otherwise)."""
    if not annotation.startswith("Annotated[") or not annotation.endswith("]"):
        return annotation
    inner = annotation[len("Annotated[") : -1]
    depth = 0
    for i, ch in enumerate(inner):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0 and ch == ",":
            return inner[:i]
    return inner

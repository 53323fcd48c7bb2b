"""Instances of a JSON Schema for the differential test: valid ones composed from drawn leaves,
and each broken in exactly one constraint, wherever in the tree that constraint sits.

hypothesis-jsonschema draws the leaf values (every scalar sub-schema: its type, enumeration,
length and range), a few each; `Composer` builds objects, arrays, `oneOf`/`allOf` and type
lists around them, deterministically (variant 0 has only the required properties and the
fewest items, the others every property and other branches and leaf draws). Drawing whole
schemas with hypothesis-jsonschema took minutes on the largest (DlfJob inlines 18 node types):
per leaf it takes a second or two for the whole spec. `mutations` then breaks one constraint
at a time at every place of an instance: a required property removed, an enumeration or
constant value, a length, a range, an array size, a type.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

SCALARS = ("string", "integer", "number", "boolean")
LEAF_KEYS = ("type", "enum", "const", "minLength", "maxLength", "minimum", "maximum", "pattern")
REF = "#/components/schemas/"
Path = tuple[Any, ...]


def leaf(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The scalar part of `schema` hypothesis-jsonschema draws from (None if not a scalar)."""
    kind = schema.get("type")
    if kind not in SCALARS or any(k in schema for k in ("$ref", "oneOf", "anyOf", "allOf")):
        return None
    return {k: v for k, v in schema.items() if k in LEAF_KEYS}


def leaves(node: Any) -> Iterator[dict[str, Any]]:
    """Every scalar sub-schema of `node` (type lists split into one per type)."""
    if isinstance(node, dict):
        kinds = node.get("type")
        for kind in kinds if isinstance(kinds, list) else [kinds]:
            found = leaf({**node, "type": kind})
            if found is not None:
                yield found
        for value in node.values():
            yield from leaves(value)
    elif isinstance(node, list):
        for value in node:
            yield from leaves(value)


def key(schema: dict[str, Any]) -> str:
    return json.dumps(schema, sort_keys=True)


class Composer:
    """Valid instances of the bundle's schemas, from leaf values drawn beforehand."""

    def __init__(self, schemas: dict[str, Any], drawn: dict[str, list[Any]]) -> None:
        self.schemas = schemas
        self.drawn = drawn
        self.count = 0  # picks so far: the same leaf gets other draws at other places

    def resolve(self, node: Any) -> dict[str, Any]:
        while isinstance(node, dict) and str(node.get("$ref", "")).startswith(REF):
            node = self.schemas[node["$ref"][len(REF) :]]
        return node if isinstance(node, dict) else {}

    def props(self, schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        props: dict[str, Any] = {}
        required: list[str] = []
        for part in schema.get("allOf") or []:
            p, r = self.props(self.resolve(part))
            props.update(p)
            required += r
        props.update(schema.get("properties") or {})
        return props, required + list(schema.get("required") or [])

    def instance(self, node: Any, variant: int, depth: int = 0) -> Any:
        schema = self.resolve(node)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return schema["enum"][variant % len(schema["enum"])]
        for keyword in ("oneOf", "anyOf"):
            if schema.get(keyword):
                branches = schema[keyword]
                return self.instance(branches[variant % len(branches)], variant, depth + 1)
        kinds = schema.get("type")
        if isinstance(kinds, list):
            kinds = kinds[variant % len(kinds)]
        scalar = leaf({**schema, "type": kinds})
        if scalar is not None:
            values = self.drawn[key(scalar)]
            self.count += 1
            return values[(variant + self.count) % len(values)]
        if kinds == "array":
            low, high = schema.get("minItems", 0), schema.get("maxItems", 2)
            size = low if variant == 0 or depth > 8 else min(max(low, 2), high)
            return [self.instance(schema.get("items"), variant + i, depth + 1) for i in range(size)]
        if kinds == "object" or "properties" in schema or "allOf" in schema:
            props, required = self.props(schema)
            names = required if variant == 0 or depth > 8 else list(props)
            out = {n: self.instance(props[n], variant, depth + 1) for n in names if n in props}
            extra = schema.get("additionalProperties")
            if variant and isinstance(extra, dict) and not props:
                out["k"] = self.instance(extra, variant, depth + 1)
            return out
        return None if kinds == "null" else "any"


def _set(root: Any, path: Path, value: Any) -> Any:
    if not path:
        return value
    out = copy.deepcopy(root)
    node = out
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return out


def _delete(root: Any, path: Path) -> Any:
    out = copy.deepcopy(root)
    node = out
    for step in path[:-1]:
        node = node[step]
    del node[path[-1]]
    return out


def mutations(composer: Composer, node: Any, value: Any) -> Iterator[tuple[str, Any]]:
    """(what was broken and where, the broken instance) for each constraint of `node` that
    `value` (a valid instance) reaches, one at a time."""
    yield from _mutate(composer, node, value, value, ())


def _mutate(c: Composer, node: Any, root: Any, value: Any, path: Path) -> Iterator[tuple[str, Any]]:
    schema = c.resolve(node)
    where = "/".join(str(p) for p in path) or "(root)"
    put: Callable[[Any], Any] = lambda v: _set(root, path, v)  # noqa: E731
    if "const" in schema or schema.get("enum"):
        yield f"{where}: not the constant or an enumeration value", put("not-an-enum-value")
        return
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        # The branch the value was made from is the one whose constraints it reaches.
        for branch in branches:
            if _fits(c, branch, value):
                yield from _mutate(c, branch, root, value, path)
                return
        return
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "string" not in kinds and any(
        k in kinds for k in ("integer", "number", "boolean", "array", "object")
    ):
        yield f"{where}: a string for {'/'.join(k for k in kinds if k)}", put("a string")
    elif "string" in kinds and not {"integer", "number", "object", "array"} & set(kinds):
        yield f"{where}: a number for a string", put(12345)
    if isinstance(value, str):
        if isinstance(schema.get("maxLength"), int):
            yield f"{where}: longer than maxLength", put("x" * (schema["maxLength"] + 1))
        if schema.get("minLength", 0) > 0:
            yield f"{where}: shorter than minLength", put("x" * (schema["minLength"] - 1))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(schema.get("maximum"), (int, float)):
            yield f"{where}: above maximum", put(schema["maximum"] + 1)
        if isinstance(schema.get("minimum"), (int, float)):
            yield f"{where}: below minimum", put(schema["minimum"] - 1)
    if isinstance(value, list):
        if isinstance(schema.get("maxItems"), int) and value:
            yield f"{where}: more than maxItems", put([value[0]] * (schema["maxItems"] + 1))
        if schema.get("minItems", 0) > 0:
            yield f"{where}: fewer than minItems", put(value[: schema["minItems"] - 1])
        for i, item in enumerate(value):
            yield from _mutate(c, schema.get("items"), root, item, (*path, i))
    if isinstance(value, dict) and (
        "object" in kinds or "properties" in schema or "allOf" in schema
    ):
        props, required = c.props(schema)
        for name in dict.fromkeys(required):
            if name in value:
                yield f"{where}: required {name!r} missing", _delete(root, (*path, name))
        for name, item in value.items():
            if name in props:
                yield from _mutate(c, props[name], root, item, (*path, name))


def _fits(c: Composer, node: Any, value: Any) -> bool:
    """Whether `value` has the shape of `node` (its constants and type), to find its branch."""
    schema = c.resolve(node)
    if "const" in schema:
        return bool(value == schema["const"])
    if schema.get("enum"):
        return value in schema["enum"]
    kinds = schema.get("type")
    if isinstance(value, dict):
        props, _ = c.props(schema)
        if not props and kinds != "object":
            return False
        return all(
            _fits(c, props[k], v)
            for k, v in value.items()
            if k in props and "const" in c.resolve(props[k])
        ) and set(value) <= set(props) | ({"k"} if schema.get("additionalProperties") else set())
    names = {str: "string", bool: "boolean", int: "integer", float: "number", list: "array"}
    kind = names.get(type(value))
    allowed = kinds if isinstance(kinds, list) else [kinds]
    return kind in allowed or (kind == "integer" and "number" in allowed)

"""Where a node of the bundle belongs, for the review pages: the operation, schema or part of
the spec that owns it, the HTML anchor of that owner, and a readable place inside it.

The notes register (notes.py) and the coverage report (coverage.py) both locate nodes found
by walking the bundle; this module turns a JSON pointer into that location. Anchors are
`op-<operationId>` (the client method's operation; a variant's own id under `x-variants`),
`model-<schema name>` and `spec-<root key>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .load import HTTP_METHODS, escape, unescape


@dataclass(frozen=True)
class Owner:
    kind: str  # "operation" | "model" | "spec"
    name: str  # operationId, schema name or root key
    anchor: str
    where: str  # the place inside the owner, "" for the owner itself


def anchor(kind: str, name: str) -> str:
    """An HTML id: the kind's prefix and the name with anything unusual replaced."""
    prefix = {"operation": "op", "model": "model", "spec": "spec"}[kind]
    return f"{prefix}-" + re.sub(r"[^A-Za-z0-9_.-]", "_", name)


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping of the document with its JSON pointer, in document order (a stack, not
    nested generators: the review pages walk the whole bundle more than once)."""
    stack: list[tuple[str, Any]] = [(pointer, node)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            yield pointer, node
            items = [(f"{pointer}/{escape(str(k))}", v) for k, v in node.items()]
        elif isinstance(node, list):
            items = [(f"{pointer}/{i}", v) for i, v in enumerate(node)]
        else:
            continue
        stack += reversed([(p, v) for p, v in items if isinstance(v, (dict, list))])


def tokens(pointer: str) -> list[str]:
    return [unescape(t) for t in pointer.split("/")[1:]] if pointer else []


def first_op_id(doc: dict[str, Any], path: str) -> str:
    item = (doc.get("paths") or {}).get(path) or {}
    for method in HTTP_METHODS:
        op = item.get(method)
        if isinstance(op, dict):
            return op_id_of(op)
    return ""


def op_id_of(op: dict[str, Any]) -> str:
    """The id the client method (and its anchor) carries: the first variant's, if any."""
    variants = op.get("x-variants") or []
    if variants and isinstance(variants[0], dict) and variants[0].get("operationId"):
        return str(variants[0]["operationId"])
    return str(op.get("operationId", ""))


def locate(doc: dict[str, Any], pointer: str) -> Owner:
    """The owner of the node at `pointer` and the place of the node inside it."""
    parts = tokens(pointer)
    if len(parts) >= 2 and parts[0] == "paths":
        path = parts[1]
        item = (doc.get("paths") or {}).get(path) or {}
        rest = parts[2:]
        node: Any = item
        if rest and rest[0] in HTTP_METHODS and isinstance(item.get(rest[0]), dict):
            op = item[rest[0]]
            op_id = op_id_of(op)
            node, rest = op, rest[1:]
            if len(rest) >= 2 and rest[0] == "x-variants" and rest[1].isdigit():
                variant = (op.get("x-variants") or [])[int(rest[1])]
                op_id = str(variant.get("operationId") or op_id)
                node, rest = variant, rest[2:]
        else:
            op_id = first_op_id(doc, path)
        return Owner("operation", op_id, anchor("operation", op_id), place(node, rest))
    if len(parts) >= 3 and parts[:2] == ["components", "schemas"]:
        name = parts[2]
        schema = doc["components"]["schemas"].get(name)
        return Owner("model", name, anchor("model", name), place(schema, parts[3:]))
    key = parts[0] if parts else "root"
    node = doc.get(key) if parts else doc
    return Owner("spec", key, anchor("spec", key), place(node, parts[1:]))


def place(node: Any, rest: list[str]) -> str:
    """Readable place of `rest` under `node`: `parameter X-Language`, `field cluster.vpcId`,
    `response 400 example default`..."""
    words: list[str] = []
    fields: list[str] = []
    i = 0

    def flush() -> None:
        if fields:
            words.append("field " + ".".join(fields))
            fields.clear()

    while i < len(rest):
        tok = rest[i]
        child = _child(node, tok)
        if tok == "properties" and i + 1 < len(rest):
            fields.append(rest[i + 1])
            node, i = _child(child, rest[i + 1]), i + 2
            continue
        if tok == "items":
            if fields:
                fields[-1] += "[]"
            node, i = child, i + 1
            continue
        if tok in ("oneOf", "anyOf", "allOf") and i + 1 < len(rest):
            flush()
            words.append(f"{tok} branch {int(rest[i + 1]) + 1}")
            node, i = _child(child, rest[i + 1]), i + 2
            continue
        flush()
        if tok == "parameters" and i + 1 < len(rest) and rest[i + 1].isdigit():
            param = _child(child, rest[i + 1])
            name = param.get("name", rest[i + 1]) if isinstance(param, dict) else rest[i + 1]
            words.append(f"parameter {name}")
            node, i = param, i + 2
            continue
        if tok == "responses" and i + 1 < len(rest):
            words.append(f"response {rest[i + 1]}")
            node, i = _child(child, rest[i + 1]), i + 2
            continue
        if tok == "requestBody":
            words.append("request body")
        elif tok in ("examples", "x-examples") and i + 1 < len(rest):
            kind = "request URI example" if tok == "x-examples" else "example"
            words.append(f"{kind} {rest[i + 1]}")
            node, i = _child(child, rest[i + 1]), i + 2
            continue
        elif tok in ("content", "schema", "value", "x-doc-notes", "x-doc-section"):
            if tok == "content" and i + 1 < len(rest):
                node, i = _child(child, rest[i + 1]), i + 2
                continue
        elif not tok.isdigit():
            words.append(tok)
        node, i = child, i + 1
    flush()
    return ", ".join(words)


def _child(node: Any, tok: str) -> Any:
    if isinstance(node, dict):
        return node.get(tok)
    if isinstance(node, list) and tok.isdigit() and int(tok) < len(node):
        return node[int(tok)]
    return None

"""Stage 1b, normalise: any OpenAPI 3.0/3.1 document becomes the 3.1 model the later stages read.

Runs on the bundle right after loading, before validation:
- OpenAPI 3.0.x is rewritten to 3.1: `nullable: true` adds `"null"` to the schema's type (or a
  `{type: "null"}` branch beside a `$ref`/`oneOf`/`anyOf`), boolean `exclusiveMinimum`/
  `exclusiveMaximum` take the value of `minimum`/`maximum`, a schema's `example` becomes
  `examples: [example]`, and `openapi` becomes 3.1.0 (the original stays in `x-openapi-source`).
- Local references to reusable parts other than schemas (`#/components/parameters/...`,
  `responses`, `requestBodies`, `headers`, `examples`, `pathItems`) are replaced by the part.
- Unless the spec turns on this project's rule set (root `x-generator: {rules: dataarts}`, see
  RULES), names the spec does not give are derived, deterministically:
  * operationId: the HTTP method and the path's segments in camel case, a `{param}` segment as
    `By<Param>` (`GET /pets/{petId}` -> `getPetsByPetId`); a number is appended on a clash;
  * resource: the operation's first tag; an untagged operation gets the first literal segment
    of its path that is not a version (`/v1/pets/{id}` -> `pets`), else `default`; a tag used
    but not declared is declared;
  * service: without root `x-services`, one service named `api` with the root `servers[0]`
    (url `/` when there is none); every tag without `x-service` belongs to it when it is the
    only service;
  * client method (`x-method`): the operationId in snake case (operations.py).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .load import HTTP_METHODS

# The rule sets a spec can turn on with root `x-generator: {rules: [...]}` (or one name).
# dataarts: every operation has tags (declared), summary, `x-doc-section` and `x-method`;
# every 4xx/5xx response uses the shared root `x-error-schema`; root `x-services` is given.
RULES = ("dataarts",)
REUSABLE = ("parameters", "responses", "requestBodies", "headers", "examples", "pathItems")
SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_ONES = ("items", "additionalProperties", "not", "contains", "propertyNames")
DEFAULT_SERVICE = "api"
VERSION_SEGMENT = re.compile(r"v\d+(\.\d+)*|\d+(\.\d+)*|api")


def rules(doc: dict[str, Any]) -> set[str]:
    """The rule sets the spec turns on (root `x-generator.rules`)."""
    settings = doc.get("x-generator")
    chosen = settings.get("rules") if isinstance(settings, dict) else None
    if isinstance(chosen, str):
        return {chosen}
    return {r for r in chosen if isinstance(r, str)} if isinstance(chosen, list) else set()


def normalize(doc: dict[str, Any]) -> None:
    """Rewrite `doc` (a loaded bundle) in place to the model the later stages read."""
    version = doc.get("openapi")
    if isinstance(version, str) and re.fullmatch(r"3\.0(\.\d+)?", version):
        doc["x-openapi-source"] = version
        doc["openapi"] = "3.1.0"
        for schema in _schemas(doc):
            _from_30(schema)
    _inline(doc, doc, 0)
    if "dataarts" not in rules(doc):
        derive_names(doc)


# -- 3.0 -> 3.1 ------------------------------------------------------------------------------
def _schemas(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The top-level schemas of the document: components, parameters, media types, headers."""
    found: list[dict[str, Any]] = []

    def walk(node: Any, key: str) -> None:
        if isinstance(node, dict):
            if key == "schema" and "in" not in node:
                found.append(node)
                return
            for k, v in node.items():
                if k == "schemas" and key == "components" and isinstance(v, dict):
                    found.extend(s for s in v.values() if isinstance(s, dict))
                else:
                    walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, "")

    walk(doc, "")
    return found


def _from_30(schema: dict[str, Any], depth: int = 0) -> None:
    if depth > 200:
        return
    for key in SCHEMA_LISTS:
        for part in schema.get(key) or []:
            if isinstance(part, dict):
                _from_30(part, depth + 1)
    for key in SCHEMA_ONES:
        if isinstance(schema.get(key), dict):
            _from_30(schema[key], depth + 1)
    for sub in (schema.get("properties") or {}).values():
        if isinstance(sub, dict):
            _from_30(sub, depth + 1)
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(schema.get(exclusive), bool):
            if schema.pop(exclusive) and bound in schema:
                schema[exclusive] = schema.pop(bound)
    if "example" in schema and "examples" not in schema:
        schema["examples"] = [schema.pop("example")]
    if schema.pop("nullable", False) is True:
        kind = schema.get("type")
        if isinstance(kind, str):
            schema["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            kind.append("null")
        elif "$ref" in schema:
            schema["anyOf"] = [{"$ref": schema.pop("$ref")}, {"type": "null"}]
        elif isinstance(schema.get("oneOf") or schema.get("anyOf"), list):
            schema["oneOf" if "oneOf" in schema else "anyOf"].append({"type": "null"})
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"].append(None)


# -- local references to reusable parts ------------------------------------------------------
def _inline(doc: dict[str, Any], node: Any, depth: int) -> Any:
    if depth > 100:
        return node
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and _reusable(ref):
            target = _lookup(doc, ref)
            if isinstance(target, dict) and target is not node:
                return _inline(doc, copy.deepcopy(target), depth + 1)
        for key, value in list(node.items()):
            if key == "components" and depth == 0:
                continue
            node[key] = _inline(doc, value, depth + 1)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            node[i] = _inline(doc, value, depth + 1)
    return node


def _reusable(ref: str) -> bool:
    parts = ref.split("/")
    return len(parts) == 4 and parts[:2] == ["#", "components"] and parts[2] in REUSABLE


def _lookup(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for token in ref[2:].split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node.get(key) if isinstance(node, dict) else None
    return node


# -- names the spec does not give ------------------------------------------------------------
def derive_names(doc: dict[str, Any]) -> None:
    taken = {
        op["operationId"]
        for _, _, op in _operations(doc)
        if isinstance(op.get("operationId"), str) and op["operationId"]
    }
    found = doc.get("tags")
    tags: list[Any] = found if isinstance(found, list) else []
    declared = {t.get("name") for t in tags if isinstance(t, dict)}
    for path, method, op in _operations(doc):
        if not isinstance(op.get("operationId"), str) or not op["operationId"]:
            op["operationId"] = _claim(operation_id(method, path), taken)
        if not isinstance(op.get("tags"), list) or not op["tags"]:
            op["tags"] = [resource_name(path)]
        for tag in op["tags"]:
            if isinstance(tag, str) and tag not in declared:
                declared.add(tag)
                tags.append({"name": tag})
    if tags:
        doc["tags"] = tags
    if "x-services" not in doc:
        server = next(iter(doc.get("servers") or []), None)
        server = server if isinstance(server, dict) else {"url": "/"}
        doc["x-services"] = {
            DEFAULT_SERVICE: {
                "title": str(doc.get("info", {}).get("title") or ""),
                "server": server,
            }
        }
    services = doc.get("x-services")
    if isinstance(services, dict) and len(services) == 1:
        only = next(iter(services))
        for tag in tags:
            if isinstance(tag, dict):
                tag.setdefault("x-service", only)


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    paths = doc.get("paths")
    out = []
    for path, item in (paths.items() if isinstance(paths, dict) else []):
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                out.append((path, method, op))
    return out


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^0-9A-Za-z]+", text) if w]


def operation_id(method: str, path: str) -> str:
    """`GET /pets/{petId}` -> `getPetsByPetId`."""
    out = method.lower()
    for segment in path.split("/"):
        param = segment.startswith("{") and segment.endswith("}")
        words = _words(segment)
        if param and words:
            out += "By"
        out += "".join(w[:1].upper() + w[1:] for w in words)
    return out


def resource_name(path: str) -> str:
    """The first literal path segment that is not a version, else `default`."""
    for segment in path.split("/"):
        if segment and "{" not in segment and not VERSION_SEGMENT.fullmatch(segment.lower()):
            return "_".join(_words(segment)) or "default"
    return "default"


def _claim(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{n}", n + 1
    taken.add(candidate)
    return candidate

"""The testing kit's knowledge of the API: the bundled spec and the fixtures shipped beside it.

Everything here is read from `openapi.json` (the spec, bundled by the generator) and
`fixtures/<service>/<operationId>.json` (the reference's request and response examples, paired
into cases). Nothing in the kit names an operation, path or field: state behaviour comes from
the operations' `x-state`, paging from `x-pagination`, error bodies from the services' `x-mock`
and the `x-error-codes` tables.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def load_json(*parts: str) -> Any:
    return json.loads(resources.files(__package__).joinpath(*parts).read_text(encoding="utf-8"))


def pointer_get(value: Any, pointer: str) -> Any:
    """The value at a JSON pointer ("" is the value itself); None when it is missing."""
    for part in [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]:
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def pointer_set(value: Any, pointer: str, new: Any) -> Any:
    """`value` with `new` at `pointer` (the containers on the way are copied, not changed)."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    if not parts:
        return new
    head, rest = parts[0], "/" + "/".join(parts[1:]) if len(parts) > 1 else ""
    if isinstance(value, list) and head.isdigit():
        out = list(value)
        out[int(head)] = pointer_set(out[int(head)], rest, new)
        return out
    copy = dict(value) if isinstance(value, dict) else {}
    copy[head] = pointer_set(copy.get(head), rest, new)
    return copy


@dataclass
class Operation:
    """One operation of the spec, with what the mock needs to answer it."""

    op_id: str
    method: str
    path: str
    service: str
    node: dict[str, Any]
    cases: list[dict[str, Any]]
    pattern: re.Pattern[str]
    names: list[str]
    state: dict[str, Any] = field(default_factory=dict)
    paging: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def statuses(self) -> list[int]:
        return sorted(int(s) for s in self.node.get("responses", {}) if s.isdigit())

    @cached_property
    def success(self) -> int:
        return next((s for s in self.statuses if 200 <= s < 300), 200)

    def param(self, name: str) -> dict[str, Any]:
        return next((p for p in self.node.get("parameters", []) if p.get("name") == name), {})

    def response_schema(self, status: int) -> tuple[dict[str, Any] | None, str]:
        """The JSON schema and media type of a response, (None, "") when it has no body."""
        response = self.node.get("responses", {}).get(str(status)) or {}
        for media, content in (response.get("content") or {}).items():
            return content.get("schema"), media
        return None, ""


class Spec:
    """The bundled spec, its operations and the fixtures, loaded once per process."""

    def __init__(self) -> None:
        self.doc: dict[str, Any] = load_json("openapi.json")
        self.operations: list[Operation] = []
        for path, item in self.doc.get("paths", {}).items():
            for method, node in item.items():
                if method not in HTTP_METHODS or not isinstance(node, dict):
                    continue
                service = self.service_of(node)
                fixture = self.fixture(service, node["operationId"])
                parts = re.split(r"\{([^}]+)\}", path)  # literal, name, literal, name, ...
                regex = "".join(
                    "([^/]+)" if i % 2 else re.escape(part) for i, part in enumerate(parts)
                )
                self.operations.append(
                    Operation(
                        op_id=node["operationId"],
                        method=method.upper(),
                        path=path,
                        service=service,
                        node=node,
                        cases=fixture.get("cases", []),
                        pattern=re.compile(f"^{regex}$"),
                        names=parts[1::2],
                        state=dict(node.get("x-state") or {}),
                        paging=dict(node.get("x-pagination") or {}),
                    )
                )
        self.by_id = {op.op_id: op for op in self.operations}
        # The most literal path first, so a fixed segment wins over a parameter.
        self.operations.sort(key=lambda op: (-op.path.count("/"), op.path.count("{"), op.path))
        self.codes: dict[str, dict[str, Any]] = {
            e["code"]: e for codes in (self.doc.get("x-error-codes") or {}).values() for e in codes
        }
        self.error_roles: dict[str, list[str]] = {}
        error_schema = self.schemas.get(self.doc.get("x-error-schema", ""), {})
        for wire, prop in (error_schema.get("properties") or {}).items():
            role = (prop or {}).get("x-error-field")
            if role:
                self.error_roles.setdefault(role, []).append(wire)

    @property
    def schemas(self) -> dict[str, Any]:
        schemas: dict[str, Any] = self.doc.get("components", {}).get("schemas") or {}
        return schemas

    def service_of(self, node: dict[str, Any]) -> str:
        tags = {t["name"]: t for t in self.doc.get("tags", [])}
        tag = tags.get((node.get("tags") or [""])[0], {})
        return str(tag.get("x-service", ""))

    def fixture(self, service: str, op_id: str) -> dict[str, Any]:
        try:
            data: dict[str, Any] = load_json("fixtures", service, f"{op_id}.json")
        except FileNotFoundError:
            return {}
        return data

    def service(self, name: str) -> dict[str, Any]:
        entry: dict[str, Any] = (self.doc.get("x-services") or {}).get(name) or {}
        return entry

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations:
            if op.method == method.upper():
                found = op.pattern.match(path)
                if found:
                    return op, dict(zip(op.names, found.groups()))
        return None

    def collection_ops(self, collection: str, action: str) -> list[Operation]:
        return [
            op
            for op in self.operations
            if op.state.get("collection") == collection and op.state.get("action") == action
        ]


_SPEC: Spec | None = None


def spec() -> Spec:
    global _SPEC
    if _SPEC is None:
        _SPEC = Spec()
    return _SPEC

"""Request validation against the spec, by openapi-core; each problem a sentence naming its field.

openapi-core validates path, query and header parameters (required, type, enum, range) and the
body (JSON Schema 2020-12 of OpenAPI 3.1: required fields, types, enums, lengths, oneOf...).
Authentication is checked by the mock itself (a token, or an AK/SK signature verified with
`dataarts.signing`), so openapi-core's security check is left out. Responses the mock builds
from stored state are checked with the same schemas (`Schemas.valid`).
"""

from __future__ import annotations

import copy
from importlib import import_module
from collections.abc import Callable
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import (
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._spec import Spec, pointer_get

# jsonschema (a dependency of openapi-core) ships no type hints.
Draft202012Validator: Any = import_module("jsonschema").Draft202012Validator


class _Request:
    """openapi-core's Request protocol over the parts of an incoming request."""

    host_url = "http://127.0.0.1"

    def __init__(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> None:
        self.method = method.lower()
        self.path = path
        self.full_url_pattern = self.host_url + path
        self.body = body or None
        header = Headers(list(headers.items()))
        self.content_type = (header.get("Content-Type") or "application/json").lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query), header=header, cookie=ImmutableMultiDict(), path={}
        )


def _where(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _text(error: object) -> str:
    try:
        return str(error)
    except Exception:  # a message built from undecodable bytes
        return type(error).__name__


def describe(error: BaseException) -> list[str]:
    """Sentences for one openapi-core error, each naming the parameter or body field."""
    cause = error.__cause__
    schema_errors = list(getattr(cause, "schema_errors", None) or [])
    if isinstance(error, RequestBodyValidationError):
        if schema_errors:
            return [f"body{_where(e.absolute_path)}: {e.message}" for e in schema_errors]
        return [f"body: {_text(error)}" + (f" ({_text(cause)})" if cause else "")]
    nested = list(getattr(error, "errors", None) or [])
    if nested:
        return [line for e in nested for line in describe(e)]
    if isinstance(error, ParameterValidationError):
        where = f"{error.location} parameter {error.name}"
        if schema_errors:
            return [f"{where}: {e.message}" for e in schema_errors]
        return [f"{where}: {_text(cause)}" if cause else _text(error)]
    return [_text(error)]


class Validator:
    """Validates requests with openapi-core on the bundled spec (servers dropped, so any host
    matches by path)."""

    def __init__(self, spec: Spec) -> None:
        doc = copy.copy(spec.doc)
        doc["paths"] = {
            path: {k: v for k, v in item.items() if k != "servers"}
            for path, item in spec.doc.get("paths", {}).items()
        }
        doc["servers"] = [{"url": "/"}]
        self.api = OpenAPI.from_dict(doc, config=Config(spec_validator_cls=None))

    def problems(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> list[str]:
        request = _Request(method, path, query, headers, body)
        result = self.api.unmarshal_request(request)
        out: list[str] = []
        for error in result.errors:
            if not isinstance(error, SecurityValidationError):
                out.extend(describe(error))
        return out


class Schemas:
    """JSON Schema checks of values against the spec's schemas (for responses built from state)."""

    def __init__(self, spec: Spec) -> None:
        self.components = spec.doc.get("components", {})
        self.cache: dict[int, Callable[[Any], bool]] = {}
        self.doc = spec.doc

    def valid(self, schema: dict[str, Any]) -> Callable[[Any], bool]:
        key = id(schema)
        if key not in self.cache:
            root = {**schema, "components": self.components}
            self.cache[key] = Draft202012Validator(root).is_valid
        return self.cache[key]

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            schema = pointer_get(self.doc, schema["$ref"][1:])
        return schema

    def at(self, schema: Any, pointer: str) -> Any:
        """The schema of the value at `pointer` inside a value of `schema` (its items, for an
        array), or None when the pointer leaves what the schema describes."""
        schema = self.resolve(schema)
        for part in [p for p in pointer.split("/")[1:]]:
            schema = self.resolve((schema or {}).get("properties", {}).get(part))
            if schema is None:
                return None
        if isinstance(schema, dict) and schema.get("type") == "array":
            schema = self.resolve(schema.get("items"))
        return schema


__all__ = ["Schemas", "Validator", "describe"]

"""Model stage, fixtures: each operation's examples paired into cases a test can replay.

A case is the client call (resource, method, arguments, settings), the request it must send
(method, path, query, body) and the response the reference gives for it; error examples are
listed beside. Responses the reference gives no example of get a minimal sample of their schema.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .ir import Operation, text
from .types import Types
from .paths import path_regex


class Fixtures(Types):
    # -- fixtures --------------------------------------------------------------------------
    def sample(self, schema: Any, depth: int = 0) -> Any:
        """A minimal value of `schema`, for responses the reference gives no example of."""
        schema = self.resolve(schema)
        for key in ("example", "default", "const"):
            if key in schema:
                return schema[key]
        if schema.get("examples"):
            return schema["examples"][0]
        if schema.get("enum"):
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.sample(schema[key][0], depth + 1)
        kind = schema.get("type")
        kind = kind[0] if isinstance(kind, list) else kind
        if "properties" in schema or "allOf" in schema or kind == "object":
            props, required = self.object_parts(schema)
            if depth > 8:
                return {}
            return {k: self.sample(props[k], depth + 1) for k in required if k in props}
        samples = {"integer": 0, "number": 0, "boolean": False, "array": [], "null": None}
        if kind == "string" and schema.get("format") == "binary":
            return "binary content"
        return samples.get(kind, "string")

    def fixture(
        self, path: str, http_method: str, op: dict[str, Any], methods: list[Operation]
    ) -> dict[str, Any]:
        """Request and response examples of one operation, paired into cases a test can replay."""
        regex = path_regex(path)
        names = re.findall(r"\{([^{}]+)\}", path)
        body_media: dict[str, Any] = next(
            iter(((op.get("requestBody") or {}).get("content") or {}).values()), {}
        )
        body_examples = body_media.get("examples") or {} if body_media else {}
        method_of = {
            ex: m
            for v, m in zip(op.get("x-variants") or [], methods)
            for ex in v.get("examples") or []
        }
        success: dict[str, Any] = {}
        errors = []
        for code, response in sorted((op.get("responses") or {}).items()):
            content = (response or {}).get("content") or {}
            first: tuple[str, dict[str, Any]] = next(iter(content.items()), ("", {}))
            mt, media = first
            examples = {
                n: e.get("value")
                for n, e in ((media.get("examples") if media else None) or {}).items()
                if "value" in e
            }
            if str(code).startswith("2") and not success:
                body = self.sample(media.get("schema")) if mt and not examples else None
                success = {
                    "status": status_code(code),
                    "content_type": mt,
                    "examples": examples,
                    "body": body,
                }
            elif str(code)[:1] in "45":
                for name, value in examples.items():
                    errors.append(
                        {
                            "name": name,
                            "status": status_code(code),
                            "content_type": mt,
                            "body": value,
                        }
                    )
        cases = []
        for name, ex in (op.get("x-examples") or {}).items():
            method = method_of.get(name, methods[0])
            parts = urlsplit(ex["uri"])
            match = regex.fullmatch(parts.path)
            values = dict(zip(names, match.groups() if match else ()))
            query = parse_qsl(parts.query, keep_blank_values=True)
            body = body_examples.get(name, {}).get("value")
            kwargs: dict[str, Any] = {}
            settings: dict[str, Any] = {}
            for p in method.params:
                value = values.get(p.wire) if p.location == "path" else dict(query).get(p.wire)
                if value is None:
                    continue
                if p.setting:
                    settings[p.setting] = value
                else:
                    kwargs[p.name] = value
            if body is not None and method.body:
                kwargs["body"] = body
            examples = success.get("examples") or {}
            response_body = examples.get(name, next(iter(examples.values()), success.get("body")))
            cases.append(
                {
                    "name": name,
                    "summary": text(ex.get("summary")),
                    "call": {
                        "resource": method.resource,
                        "method": method.method,
                        "kwargs": kwargs,
                        "settings": settings,
                    },
                    "request": {
                        "method": http_method.upper(),
                        "path": parts.path,
                        "query": [list(kv) for kv in query],
                        "body": body if method.body else None,
                    },
                    "response": {
                        "status": success.get("status", 200),
                        "content_type": success.get("content_type", ""),
                        "body": response_body,
                    },
                }
            )
        return {
            "operationId": op["operationId"],
            "method": http_method.upper(),
            "path": path,
            "cases": cases,
            "errors": errors,
        }


def status_code(code: Any) -> int:
    """The status of a response key: `201` -> 201, a range `2XX` -> 200."""
    return int(str(code).upper().replace("X", "0"))

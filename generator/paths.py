"""The operations of the bundled spec and the regex of a path template: what validation and the
model stage both need, without validation's heavy imports (a run that reuses the validation
result never loads openapi-pydantic or jsonschema)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .load import HTTP_METHODS, escape

TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(pointer, path, method, operation) for every operation of the spec."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield f"/paths/{escape(path)}/{method}", path, method, op


def path_regex(path: str) -> re.Pattern[str]:
    """A regex that matches concrete paths of a template, one group per parameter."""
    parts = TEMPLATE_PARAM.split(path)
    out = "".join(
        re.escape(p) if i % 2 == 0 else f"(?P<p{i // 2}>[^/]+)" for i, p in enumerate(parts)
    )
    return re.compile(out + "/?")

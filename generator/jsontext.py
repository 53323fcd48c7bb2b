"""JSON text with an indent of 2, as `json.dumps(value, indent=2, ensure_ascii=False)` writes
it, made about three times faster: the standard library's indented encoder is a chain of
generators in pure Python (its C encoder does no indentation), and the testing kit's copy of
the bundled spec is re-rendered on every edit of the spec. The output is byte-identical
(tests/test_render_stage.py compares the two); anything unusual (a type JSON does not
know, a float that is not finite, a cycle, deep nesting) is left to json.dumps itself.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

INDENT = "  "


class _Unusual(Exception):
    pass


def _key(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)  # type: ignore[no-any-return]
    raise _Unusual  # json.dumps converts numbers, booleans and None keys: let it


def _encode(value: Any, pad: str) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)  # type: ignore[no-any-return]
    if kind is dict:
        if not value:
            return "{}"
        inner = pad + INDENT
        parts = [
            f"{encode_basestring(k) if type(k) is str else _key(k)}: "
            + (encode_basestring(v) if type(v) is str else _encode(v, inner))
            for k, v in value.items()
        ]
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + pad + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = pad + INDENT
        parts = [encode_basestring(v) if type(v) is str else _encode(v, inner) for v in value]
        return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + pad + "]"
    return _other(value, pad)


def _other(value: Any, pad: str) -> str:
    """Scalars other than str, and subclasses of the containers."""
    if isinstance(value, str):
        return encode_basestring(value)  # type: ignore[no-any-return]
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _Unusual
        return float.__repr__(value)
    inner = pad + INDENT
    if isinstance(value, dict):
        if not value:
            return "{}"
        body = (",\n" + inner).join(f"{_key(k)}: {_encode(v, inner)}" for k, v in value.items())
        return "{\n" + inner + body + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        body = (",\n" + inner).join(_encode(v, inner) for v in value)
        return "[\n" + inner + body + "\n" + pad + "]"
    raise _Unusual


def dumps_indented(value: Any) -> str:
    """json.dumps(value, indent=2, ensure_ascii=False)."""
    try:
        return _encode(value, "")
    except (_Unusual, RecursionError):
        return json.dumps(value, indent=2, ensure_ascii=False)

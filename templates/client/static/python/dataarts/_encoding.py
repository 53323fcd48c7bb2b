"""Parameter serialisation by OpenAPI `style`/`explode`: arrays and objects in the path, query,
headers and cookies (RFC 6570 as OpenAPI 3.1 applies it).

A generated method wraps a parameter whose spec gives a style or explode in `styled(...)`;
a bare list or dict gets its location's default (path/header: simple, query/cookie: form,
explode for query and cookie). Scalars are written as `_request` writes them (`true`/`false`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

DEFAULT_STYLE = {"path": "simple", "header": "simple", "query": "form", "cookie": "form"}


@dataclass(frozen=True)
class Styled:
    """A parameter's value with the style and explode its spec gives."""

    value: Any
    style: str
    explode: bool


def styled(value: Any, style: str, explode: bool) -> Styled | None:
    return None if value is None else Styled(value, style, explode)


def is_structured(value: Any) -> bool:
    if type(value) is str:  # most values: no hasattr (a failed lookup is slow)
        return False
    return isinstance(value, (Styled, list, tuple, dict)) or hasattr(value, "model_dump")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _unwrap(value: Any, location: str) -> tuple[Any, str, bool]:
    if isinstance(value, Styled):
        return value.value, value.style, value.explode
    style = DEFAULT_STYLE[location]
    return value, style, style == "form"


def _parts(value: Any) -> tuple[list[tuple[str, str]] | None, list[str]]:
    """(the (name, value) pairs of an object, or None; the values of an array or a scalar)."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_unset=True)
    if isinstance(value, dict):
        return [(str(k), _scalar(v)) for k, v in value.items() if v is not None], []
    if isinstance(value, (list, tuple)):
        return None, [_scalar(v) for v in value]
    return None, [_scalar(value)]


def query_pairs(name: str, value: Any) -> list[tuple[str, list[str]]]:
    """(key, [values]) pairs of one query parameter, as `_request` sends them."""
    value, style, explode = _unwrap(value, "query")
    pairs, values = _parts(value)
    if pairs is not None:
        if style == "deepObject":
            return [(f"{name}[{k}]", [v]) for k, v in pairs]
        if explode:
            return [(k, [v]) for k, v in pairs]
        return [(name, [",".join(f"{k},{v}" for k, v in pairs)])]
    if explode and style == "form":
        return [(name, values)]
    joiner = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
    return [(name, [joiner.join(values)])]


def wire_query(query: list[tuple[str, Any]]) -> str:
    """The query string as sent: the pairs and the values of each list in the caller's order
    (`?id=3&id=1` stays so; only the AK/SK signature's canonical string is sorted), booleans
    as "true"/"false", everything quoted with safe "~" as the signer quotes it."""
    parts = []
    for key, value in query:
        k = quote(key, safe="~")
        for v in value if isinstance(value, list) else [value]:
            parts.append(f"{k}={quote(_scalar(v), safe='~')}")
    return "&".join(parts)


def _simple(value: Any, explode: bool, encode: bool) -> list[str]:
    def enc(text: str) -> str:
        return quote(text, safe="") if encode else text

    pairs, values = _parts(value)
    if pairs is not None:
        sep = "=" if explode else ","
        return [f"{enc(k)}{sep}{enc(v)}" for k, v in pairs]
    return [enc(v) for v in values]


def path_segment(name: str, value: Any) -> str:
    """The percent-encoded text of a path parameter."""
    value, style, explode = _unwrap(value, "path")
    parts = _simple(value, explode, encode=True)
    if style == "label":
        return "." + ("." if explode else ",").join(parts)
    if style == "matrix":
        key = quote(name, safe="")
        if not explode:
            return f";{key}=" + ",".join(parts)
        if _parts(value)[0] is not None:
            return "".join(";" + p for p in parts)
        return "".join(f";{key}={p}" for p in parts)
    return ",".join(parts)


def header_value(value: Any) -> str:
    value, _, explode = _unwrap(value, "header")
    return ",".join(_simple(value, explode, encode=False))


def cookie_header(cookies: list[tuple[str, Any]]) -> str:
    """The Cookie header of the cookie parameters (form style; percent-encoded values)."""
    out = []
    for name, value in cookies:
        if value is None:
            continue
        value, _, explode = _unwrap(value, "cookie")
        pairs, values = _parts(value)
        if pairs is not None:
            values = [f"{k},{v}" for k, v in pairs]
        if explode and pairs is None and isinstance(value, (list, tuple)):
            out += [f"{name}={quote(v, safe='')}" for v in values]
        else:
            out.append(f"{name}=" + ",".join(quote(v, safe="") for v in values))
    return "; ".join(out)


# -- bodies and responses that are not JSON ----------------------------------------------------
def is_json(media_type: str) -> bool:
    media = media_type.split(";", 1)[0].strip().lower()
    return not media or media == "application/json" or media.endswith("+json")


def encode_body(data: Any, content_type: str) -> tuple[bytes, str]:
    """(bytes, Content-Type) of a checked body (`data`: its fields, files as bytes) in a
    form, multipart or raw (text, bytes) media type."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/x-www-form-urlencoded" and isinstance(data, dict):
        pairs = []
        for key, value in data.items():
            for item in value if isinstance(value, list) else [value]:
                if item is not None:
                    pairs.append(f"{quote(str(key), safe='')}={quote(_field(item), safe='')}")
        return "&".join(pairs).encode("ascii"), content_type
    if media.startswith("multipart/") and isinstance(data, dict):
        return _multipart(data, media)
    if isinstance(data, bytes):
        return data, content_type
    if isinstance(data, str):
        return data.encode("utf-8"), content_type
    import json

    return json.dumps(data).encode("utf-8"), content_type


def _field(value: Any) -> str:
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value)
    return _scalar(value.decode("utf-8") if isinstance(value, bytes) else value)


def _multipart(data: dict[str, Any], media: str) -> tuple[bytes, str]:
    import json
    import secrets

    boundary = "boundary-" + secrets.token_hex(16)
    out = bytearray()
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            if item is None:
                continue
            name = str(key).replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
            out += f"--{boundary}\r\n".encode()
            if isinstance(item, bytes):
                out += (
                    f'Content-Disposition: form-data; name="{name}"; filename="{name}"\r\n'
                    "Content-Type: application/octet-stream\r\n\r\n"
                ).encode("utf-8")
                out += item
            elif isinstance(item, (dict, list)):
                out += (
                    f'Content-Disposition: form-data; name="{name}"\r\n'
                    "Content-Type: application/json\r\n\r\n"
                ).encode("utf-8")
                out += json.dumps(item).encode("utf-8")
            else:
                out += f'Content-Disposition: form-data; name="{name}"\r\n\r\n'.encode("utf-8")
                out += _scalar(item).encode("utf-8")
            out += b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"{media}; boundary={boundary}"


def text_response(content_type: str | None) -> bool:
    """A response body to give as text: anything but JSON."""
    return not is_json(content_type or "application/json")

"""AK/SK request signing (SDK-HMAC-SHA256), byte for byte as the vendor's signer does it.

Public on its own, for requests made with other tools::

    headers = sign("GET", "cdm.ap-southeast-1.myhuaweicloud.com", "/v1.1/p/clusters", [],
                   {"Content-Type": "application/json"}, None, ak=AK, sk=SK)

The canonical request is: method, the path unquoted then re-quoted per segment (safe "~")
with a trailing "/", the query pairs sorted (values of a list sorted, booleans as
"true"/"false", everything quoted with safe "~"), the lower-cased trimmed headers whose names
have no "_", their names, and the hex SHA-256 of the body (UNSIGNED-PAYLOAD for a body that is
not JSON or BSON).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import time
from collections.abc import Iterable, Mapping
from urllib.parse import quote, unquote

ALGORITHM = "SDK-HMAC-SHA256"
DATE_HEADER = "X-Sdk-Date"
_DATE_LOWER = DATE_HEADER.lower()
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
CONTENT_HASH_HEADER = "X-Sdk-Content-Sha256"
# Bodies of other types (files, streams) are sent with an unsigned payload, as the vendor does.
SIGNED_PAYLOAD_TYPES = ("application/json", "application/bson")

QueryValue = str | int | float | bool | list[str | int | float | bool]


EMPTY_HASH = hashlib.sha256(b"").hexdigest()
_clock: tuple[int | None, str] = (None, "")  # None: no second read yet


def _sdk_date() -> str:
    """The current X-Sdk-Date (UTC, to the second; formatted once a second)."""
    global _clock
    second = int(time.time())
    if _clock[0] != second:
        _clock = (second, time.strftime(DATE_FORMAT, time.gmtime(second)))
    return _clock[1]


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _encode(value: str) -> str:
    return quote(value, safe="~")


@functools.lru_cache(maxsize=1024)
def canonical_uri(path: str) -> str:
    uri = "/".join(_encode(segment) for segment in unquote(path).split("/"))
    return uri if uri.endswith("/") else uri + "/"


def canonical_query(query: Iterable[tuple[str, QueryValue]]) -> str:
    """The query string the signer signs (the client sends the query in its own order,
    `_encoding.wire_query`): pairs sorted, list values sorted, booleans (not inside lists) as
    "true"/"false"."""
    pairs = list(query)
    if not pairs:
        return ""
    try:
        pairs.sort()
    except TypeError:  # values of different types under one key
        pairs.sort(key=lambda kv: (kv[0], str(kv[1])))
    parts = []
    for key, value in pairs:
        k = _encode(key)
        if isinstance(value, list):
            parts += [f"{k}={_encode(str(v))}" for v in sorted(value, key=_sort_key)]
        else:
            parts.append(f"{k}={_encode(_text(value))}")
    return "&".join(parts)


def _sort_key(value: object) -> tuple[int, object]:
    return (0, value) if isinstance(value, (int, float)) else (1, str(value))


def _body_bytes(body: bytes | str | None) -> bytes:
    if body is None:
        return b""
    return body.encode("utf-8") if isinstance(body, str) else body


def signed_header_names(headers: Mapping[str, str]) -> list[str]:
    """The names of the headers a signature covers, lower-cased and sorted."""
    return sorted(k.lower() for k in headers if "_" not in k)


def canonical_request(
    method: str,
    path: str,
    query: Iterable[tuple[str, QueryValue]],
    headers: Mapping[str, str],
    body: bytes | str | None,
) -> str:
    """The canonical request the signature is computed over (method, path, query, headers,
    hash of the body), as the service rebuilds it."""
    return _canonical(method, path, query, headers, body)[0]


def _canonical(
    method: str,
    path: str,
    query: Iterable[tuple[str, QueryValue]],
    headers: Mapping[str, str],
    body: bytes | str | None,
) -> tuple[str, str]:
    """The canonical request and its signed header names, joined by ";"."""
    lower = {k.lower(): v.strip() for k, v in headers.items()}
    names = sorted(k.lower() for k in headers if "_" not in k)
    content = _body_bytes(body)
    if not content:
        payload_hash = EMPTY_HASH
    else:
        payload_hash = lower.get(CONTENT_HASH_HEADER.lower()) or hashlib.sha256(content).hexdigest()
    signed = ";".join(names)
    canonical = (
        f"{method.upper()}\n{canonical_uri(path)}\n{canonical_query(query)}\n"
        + "".join([f"{name}:{lower[name]}\n" for name in names])
        + f"\n{signed}\n{payload_hash}"
    )
    return canonical, signed


def sign(
    method: str,
    host: str,
    path: str,
    query: Iterable[tuple[str, QueryValue]],
    headers: Mapping[str, str],
    body: bytes | str | None,
    *,
    ak: str,
    sk: str,
    sdk_date: str | None = None,
) -> dict[str, str]:
    """The headers to send: `headers` (values trimmed) plus Host, X-Sdk-Date and Authorization.

    `path` is the path as sent (parameters already percent-encoded), `query` the (key, value)
    pairs before encoding. The secret key never leaves this function.
    """
    out = {k: v.strip() for k, v in headers.items()}
    content_type = date = None
    has_host = False
    for key, value in out.items():
        low = key.lower()
        if low == "content-type":
            content_type = value if content_type is None else content_type
        elif low == _DATE_LOWER:
            date = value if date is None else date
        elif low == "host":
            has_host = True
    if content_type and not content_type.startswith(SIGNED_PAYLOAD_TYPES):
        out[CONTENT_HASH_HEADER] = UNSIGNED_PAYLOAD
    if date is None:
        date = sdk_date or _sdk_date()
        out[DATE_HEADER] = date
    if not has_host:
        out["Host"] = host
    request, names = _canonical(method, path, query, out, body)
    string_to_sign = f"{ALGORITHM}\n{date}\n" + hashlib.sha256(request.encode("utf-8")).hexdigest()
    signature = hmac.digest(sk.encode("utf-8"), string_to_sign.encode("utf-8"), "sha256").hex()
    out["Authorization"] = f"{ALGORITHM} Access={ak}, SignedHeaders={names}, Signature={signature}"
    return out

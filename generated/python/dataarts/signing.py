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
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
CONTENT_HASH_HEADER = "X-Sdk-Content-Sha256"
# Bodies of other types (files, streams) are sent with an unsigned payload, as the vendor does.
SIGNED_PAYLOAD_TYPES = ("application/json", "application/bson")

QueryValue = str | int | float | bool | list[str | int | float | bool]


EMPTY_HASH = hashlib.sha256(b"").hexdigest()
_clock: tuple[int, str] = (-1, "")


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
    lower = {k.lower(): v.strip() for k, v in headers.items()}
    names = signed_header_names(headers)
    content = _body_bytes(body)
    if not content:
        payload_hash = EMPTY_HASH
    else:
        payload_hash = lower.get(CONTENT_HASH_HEADER.lower()) or hashlib.sha256(content).hexdigest()
    return "\n".join(
        [
            method.upper(),
            canonical_uri(path),
            canonical_query(query),
            "".join(f"{name}:{lower[name]}\n" for name in names),
            ";".join(names),
            payload_hash,
        ]
    )


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
    content_type = next((v for k, v in out.items() if k.lower() == "content-type"), "")
    if content_type and not content_type.startswith(SIGNED_PAYLOAD_TYPES):
        out[CONTENT_HASH_HEADER] = UNSIGNED_PAYLOAD
    date = next((v for k, v in out.items() if k.lower() == DATE_HEADER.lower()), None)
    if date is None:
        date = sdk_date or _sdk_date()
        out[DATE_HEADER] = date
    if not any(k.lower() == "host" for k in out):
        out["Host"] = host
    request = canonical_request(method, path, query, out, body)
    string_to_sign = "\n".join(
        [ALGORITHM, date, hashlib.sha256(request.encode("utf-8")).hexdigest()]
    )
    signature = hmac.new(sk.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256)
    names = ";".join(signed_header_names(out))
    out["Authorization"] = (
        f"{ALGORITHM} Access={ak}, SignedHeaders={names}, Signature={signature.hexdigest()}"
    )
    return out

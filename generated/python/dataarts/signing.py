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
from typing import Any
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
    return _canonical(method, path, query, dict(headers.items()), body)[0]


@functools.lru_cache(maxsize=256)
def _plan(keys: tuple[str, ...]) -> tuple[tuple[tuple[str, str], ...], str, str | None]:
    """What the canonical request takes from headers with these names, in this order (the
    same few sets on every call; bounded against ever-new names): each signed name, sorted,
    with the header whose value it shows (of names equal but for case, the last, as a dict
    by lower-cased name keeps it); the signed names joined by ";"; the content-hash header."""
    last = {k.lower(): k for k in keys}
    names = sorted(k.lower() for k in keys if "_" not in k)
    return (
        tuple((name, last[name]) for name in names),
        ";".join(names),
        last.get(CONTENT_HASH_HEADER.lower()),
    )


def _canonical(
    method: str,
    path: str,
    query: Iterable[tuple[str, QueryValue]],
    headers: dict[str, str],
    body: bytes | str | None,
) -> tuple[str, str]:
    """The canonical request and its signed header names, joined by ";" (values stripped)."""
    plan, signed, hash_header = _plan(tuple(headers))
    content = _body_bytes(body)
    if not content:
        payload_hash = EMPTY_HASH
    else:
        given = headers[hash_header].strip() if hash_header is not None else ""
        payload_hash = given or hashlib.sha256(content).hexdigest()
    canonical = (
        f"{method.upper()}\n{canonical_uri(path)}\n{canonical_query(query)}\n"
        + "".join([f"{name}:{headers[key].strip()}\n" for name, key in plan])
        + f"\n{signed}\n{payload_hash}"
    )
    return canonical, signed


@functools.lru_cache(maxsize=256)
def _roles(keys: tuple[str, ...]) -> tuple[str | None, str | None, bool]:
    """Of headers with these names: the first Content-Type, the first X-Sdk-Date (any case),
    whether one is Host."""
    content_type = date = None
    has_host = False
    for key in keys:
        low = key.lower()
        if low == "content-type":
            content_type = key if content_type is None else content_type
        elif low == _DATE_LOWER:
            date = key if date is None else date
        elif low == "host":
            has_host = True
    return content_type, date, has_host


class SigningKey:
    """A secret key made ready for HMAC-SHA256: the keyed HMAC state is made once and copied
    for each signature. Its repr shows nothing and its pickle carries a mask, as a Secret's."""

    __slots__ = ("_mac",)

    def __init__(self, sk: str) -> None:
        self._mac = hmac.new(sk.encode("utf-8"), digestmod=hashlib.sha256)

    def hexdigest(self, message: bytes) -> str:
        """The hex HMAC-SHA256 of `message` under this key."""
        mac = self._mac.copy()
        mac.update(message)
        return mac.hexdigest()

    def __repr__(self) -> str:
        return "SigningKey(***)"

    def __reduce__(self) -> Any:  # never pickled with its value
        return (SigningKey, ("***",))


def sign(
    method: str,
    host: str,
    path: str,
    query: Iterable[tuple[str, QueryValue]],
    headers: Mapping[str, str],
    body: bytes | str | None,
    *,
    ak: str,
    sk: str | SigningKey,
    sdk_date: str | None = None,
) -> dict[str, str]:
    """The headers to send: `headers` (values trimmed) plus Host, X-Sdk-Date and Authorization.

    `path` is the path as sent (parameters already percent-encoded), `query` the (key, value)
    pairs before encoding; `sk` the secret key, or a SigningKey made of it (what a client keeps:
    the key's HMAC states are made once). The secret key never leaves this function.
    """
    out = {k: v.strip() for k, v in headers.items()}
    content_type_key, date_key, has_host = _roles(tuple(out))
    content_type = out[content_type_key] if content_type_key is not None else None
    if content_type and not content_type.startswith(SIGNED_PAYLOAD_TYPES):
        out[CONTENT_HASH_HEADER] = UNSIGNED_PAYLOAD
    date = out[date_key] if date_key is not None else None
    if date is None:
        date = sdk_date or _sdk_date()
        out[DATE_HEADER] = date
    if not has_host:
        out["Host"] = host
    request, names = _canonical(method, path, query, out, body)
    string_to_sign = f"{ALGORITHM}\n{date}\n" + hashlib.sha256(request.encode("utf-8")).hexdigest()
    key = sk if isinstance(sk, SigningKey) else SigningKey(sk)
    signature = key.hexdigest(string_to_sign.encode("utf-8"))
    out["Authorization"] = f"{ALGORITHM} Access={ak}, SignedHeaders={names}, Signature={signature}"
    return out

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
    return _canonical(method, path, canonical_query(query), dict(headers.items()), body)[0]


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
    query: str,
    headers: dict[str, str],
    body: bytes | str | None,
) -> tuple[str, str]:
    """The canonical request and its signed header names, joined by ";" (values stripped);
    `query` is the canonical query (`canonical_query`)."""
    plan, signed, hash_header = _plan(tuple(headers))
    content = _body_bytes(body)
    if not content:
        payload_hash = EMPTY_HASH
    else:
        given = headers[hash_header].strip() if hash_header is not None else ""
        payload_hash = given or hashlib.sha256(content).hexdigest()
    canonical = (
        f"{method.upper()}\n{canonical_uri(path)}\n{query}\n"
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
    for each signature. Its repr shows nothing and its pickle carries a mask, as a Secret's.

    It also keeps the shapes of the requests it signed (`_Shape`, at most MAX_SHAPES), so a
    request like an earlier one (the same method, path, query and header values, no body) is
    signed without building its canonical request again."""

    __slots__ = ("_mac", "_shapes")

    def __init__(self, sk: str) -> None:
        mac = hmac.new(sk.encode("utf-8"), digestmod=hashlib.sha256)
        # the C state under the stdlib's wrapper when there is one (a third of the cost of a
        # signature's HMAC is the wrapper's), else the wrapper: both copy, update, hexdigest
        self._mac: Any = getattr(mac, "_hmac", None) or mac
        self._shapes: dict[tuple[Any, ...], _Shape | None] = {}

    def hexdigest(self, message: bytes) -> str:
        """The hex HMAC-SHA256 of `message` under this key."""
        mac = self._mac.copy()
        mac.update(message)
        digest: str = mac.hexdigest()
        return digest

    def __repr__(self) -> str:
        return "SigningKey(***)"

    def __reduce__(self) -> Any:  # never pickled with its value
        return (SigningKey, ("***",))


MAX_SHAPES = 256
# Stands for the date while a shape is made: no text the canonical request takes (quoted
# path and query, stripped header values) holds it unless a header's name or value does,
# which `_shape` finds (the sentinel then appears more than once) and signs in full.
_SENTINEL = "\x00"


class _Shape:
    """What signing a body-less request of one shape takes beside the date: the headers to
    send (the date's value a sentinel), the canonical request before and after the date,
    the signed header names."""

    __slots__ = ("headers", "head", "tail", "names")

    def __init__(self, headers: dict[str, str], head: str, tail: str, names: str) -> None:
        self.headers, self.head, self.tail, self.names = headers, head, tail, names


_UNSEEN = _Shape({}, "", "", "")  # what `SigningKey._shapes` gives for a shape not seen yet


def _prepared(
    method: str,
    host: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes | str | None,
    sdk_date: str | None,
) -> tuple[dict[str, str], str, str, str]:
    """The headers to send but Authorization, the canonical request, the signed header names
    and the date signed."""
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
    return out, request, names, date


def _shape(
    method: str, host: str, path: str, query: str, headers: Mapping[str, str]
) -> _Shape | None:
    """The shape of a body-less request, made by the full path with the sentinel as its
    date; None when the sentinel is not the date's alone in the canonical request (the request
    brings its own date header, or a header's name or value holds the sentinel). A header
    that is not signed keeps its own value, whatever it holds."""
    out, request, names, date = _prepared(method, host, path, query, headers, None, _SENTINEL)
    if date != _SENTINEL or request.count(_SENTINEL) != 1:
        return None
    head, tail = request.split(_SENTINEL)
    return _Shape(out, head, tail, names)


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
    key = sk if isinstance(sk, SigningKey) else SigningKey(sk)
    cq = canonical_query(query) if query else ""
    date = sdk_date or _sdk_date()
    if not body and date == date.strip():  # a shape signed before: the date put in its place
        found = (method, host, path, cq, ak, *headers.items())
        shapes = key._shapes
        shape = shapes.get(found, _UNSEEN)
        if shape is _UNSEEN:
            if len(shapes) >= MAX_SHAPES:
                shapes.clear()
            shape = shapes[found] = _shape(method, host, path, cq, headers)
        if shape is not None:
            out = shape.headers.copy()
            out[DATE_HEADER] = date
            return _authorized(out, shape.head + date + shape.tail, shape.names, date, ak, key)
    out, request, names, date = _prepared(method, host, path, cq, headers, body, date)
    return _authorized(out, request, names, date, ak, key)


def _authorized(
    out: dict[str, str], request: str, names: str, date: str, ak: str, key: SigningKey
) -> dict[str, str]:
    """`out` with the Authorization of the canonical request `request`, signed at `date`."""
    string_to_sign = f"{ALGORITHM}\n{date}\n" + hashlib.sha256(request.encode("utf-8")).hexdigest()
    signature = key.hexdigest(string_to_sign.encode("utf-8"))
    out["Authorization"] = f"{ALGORITHM} Access={ak}, SignedHeaders={names}, Signature={signature}"
    return out

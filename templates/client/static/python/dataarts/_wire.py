"""What a prepared request becomes on its way out: its httpx.URL and httpx.Request (built from
the parts `prepare` checked, without httpx parsing and checking them again), and the client's
own transports, httpx's (HTTPTransport, AsyncHTTPTransport) handing each request to httpcore's
connection pool without httpcore checking again what httpx checked already.

httpx's transport builds an httpcore.Request whose constructor checks the type of the method,
the URL's parts and every header name and value (bytes or ASCII str): an httpx.Request holds
them as bytes and str already, and those checks were two fifths of a call's own time (the
typing-module isinstance of the header list among them). Here the same httpcore.Request is made
with the same values, unchecked; httpcore's errors are mapped to httpx's and the response built
as httpx's transport does (its own `map_httpcore_exceptions`, entered when an error is raised,
and its response streams). Without
the httpx and httpcore internals this relies on (`_FAST`), the transports are httpx's own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpcore
import httpx

from . import _encoding
from ._settings import PreparedRequest

try:
    from httpx._transports.default import AsyncResponseStream as _AsyncBase
    from httpx._transports.default import ResponseStream as _Base
    from httpx._transports.default import map_httpcore_exceptions
except ImportError:  # another httpx: its transports as they are
    _Base = httpx.SyncByteStream  # type: ignore[misc, assignment]
    _AsyncBase = httpx.AsyncByteStream  # type: ignore[misc, assignment]
    map_httpcore_exceptions = None  # type: ignore[assignment]

# Sent unsigned with every call (compressed answers welcome; _limits inflates them).
TRANSPORT_HEADERS = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}


class _Urls:
    """httpx.URLs of prepared requests, without httpx parsing again the URL the client built
    (about a fifth of a call's own time): the origin of each endpoint is parsed once, and the
    path and query, percent-encoded already by `prepare` and `_encoding.wire_query`, are set
    on it (its parts given positionally: namedtuple's `_replace` is slow). A URL is immutable:
    the one made for a path and query is given again for the same (at most MAX_URLS kept)."""

    MAX_URLS = 512

    def __init__(self) -> None:
        self._origins: dict[tuple[str, str], Any] = {}
        self._made: dict[tuple[str, str, str, str], httpx.URL] = {}
        probe = getattr(httpx.URL("http://h/"), "_uri_reference", None)
        self._fast = getattr(probe, "_fields", None) == _URI_FIELDS

    def __call__(self, request: PreparedRequest) -> httpx.URL:
        if not self._fast:
            return httpx.URL(request.url)
        query = _encoding.wire_query(request.query) if request.query else ""
        key = (request.scheme, request.host, request.path, query)
        url = self._made.get(key)
        if url is None:
            if len(self._made) >= self.MAX_URLS:
                self._made.clear()
            url = self._made[key] = self._url(request.scheme, request.host, request.path, query)
        return url

    def _url(self, scheme: str, host: str, path: str, query: str) -> httpx.URL:
        origin = self._origins.get((scheme, host))
        if origin is None:
            origin = self._origins[(scheme, host)] = httpx.URL(f"{scheme}://{host}/")
        ref = origin._uri_reference
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = type(ref)(ref[0], ref[1], ref[2], ref[3], path, query or None, ref[6])
        return url


_URI_FIELDS = ("scheme", "userinfo", "host", "port", "path", "query", "fragment")


def build_request(
    signed: PreparedRequest, url: httpx.URL, default_timeout: Any, timeout: Any
) -> httpx.Request:
    """The httpx.Request of a prepared request, with the headers httpx.Request(content=...)
    would send, in its order (Host and Content-Length first when missing, the length of a body
    last), made without its body encoding step (a third of the request's cost) and with one
    header list, not three (the names and values were checked by `prepare`, ASCII); what
    the header names make (sent and lower-cased, whether httpx would add Host or a length)
    is worked out once per set of names (`_plan`)."""
    content = signed.content
    merged = {**TRANSPORT_HEADERS, **signed.headers}
    names = tuple(merged)
    plan = _PLANS.get(names)
    if plan is None:
        plan = _plan(names)
    pairs, has_host, has_length, framed = plan
    headers = [
        (key, lower, value.encode("ascii")) for (key, lower), value in zip(pairs, merged.values())
    ]
    auto: list[tuple[bytes, bytes, bytes]] = []
    if not has_host:
        auto.append((b"Host", b"host", url.netloc))
    if content:
        if not has_length:
            length = str(len(content)).encode("ascii")
            headers.append((b"Content-Length", b"content-length", length))
    elif signed.method in ("POST", "PUT", "PATCH") and not framed:
        auto.append((b"Content-Length", b"content-length", b"0"))
    extensions = {
        "timeout": default_timeout if timeout is None else httpx.Timeout(timeout).as_dict()
    }
    stream = httpx.ByteStream(content) if content else _EMPTY
    headers_ = _headers(auto + headers if auto else headers)
    if _FAST_REQUEST and type(headers_) is httpx.Headers:
        # what httpx.Request(method, url, headers=..., stream=..., extensions=...) sets: the
        # method is upper-case, the URL and the Headers made here, used by nobody else
        request = httpx.Request.__new__(httpx.Request)
        request.method, request.url, request.headers = signed.method.upper(), url, headers_
        request.extensions, request.stream = extensions, stream
    else:
        request = httpx.Request(
            signed.method, url, headers=headers_, stream=stream, extensions=extensions
        )
    request._content = content or b""  # what request.read() would set (the stream is bytes)
    return request


# Headers httpx.Request adds when missing (Content-Length: unless Transfer-Encoding is set).
_SET_BY_HTTPX = frozenset({b"host", b"content-length", b"transfer-encoding"})
# The body of every request without one: a ByteStream only gives its bytes, it keeps no state.
_EMPTY = httpx.ByteStream(b"")
_Plan = tuple[list[tuple[bytes, bytes]], bool, bool, bool]
_PLANS: dict[tuple[str, ...], _Plan] = {}
MAX_PLANS = 256  # the spec's header sets are a few dozen; a caller's extra headers add more


def _plan(names: tuple[str, ...]) -> _Plan:
    """Each header name as sent and lower-cased (ASCII: checked by `prepare`), whether one is
    Host, whether one is Content-Length, whether one is Content-Length or Transfer-Encoding
    (httpx adds no length to a request without a body then)."""
    pairs = [_name(name) for name in names]
    present = {lower for _, lower in pairs} & _SET_BY_HTTPX
    if len(_PLANS) >= MAX_PLANS:
        _PLANS.clear()
    plan = _PLANS[names] = (
        pairs,
        b"host" in present,
        b"content-length" in present,
        bool(present - {b"host"}),
    )
    return plan


def _name(name: str) -> tuple[bytes, bytes]:
    """A header name as sent and lower-cased."""
    key = name.encode("ascii")
    return key, key.lower()


_PROBE = httpx.Headers([(b"A", b"1")])
# httpx.Headers' __init__ sets only these (the request's and the response's are made here)
_FAST_HEADERS = sorted(vars(_PROBE)) == ["_encoding", "_list"] and isinstance(_PROBE._list, list)
# httpx.Request's __init__ with a stream sets only these (checked: a newer httpx may set more)
_FAST_REQUEST = sorted(
    vars(httpx.Request("GET", "http://h/", stream=httpx.ByteStream(b""), extensions={}))
) == ["extensions", "headers", "method", "stream", "url"]


def _headers(triples: list[tuple[bytes, bytes, bytes]]) -> Any:
    """httpx.Headers of (name, lower-cased name, value), ASCII checked by `prepare`, without
    httpx checking and normalising each again (httpx.Request copies a Headers as it is), nor
    its __init__ asking what it was given (the attributes it sets are checked above)."""
    if not _FAST_HEADERS:
        return [(name, value) for name, _, value in triples]
    headers = httpx.Headers.__new__(httpx.Headers)
    headers._list = triples
    headers._encoding = "ascii"
    return headers


def _fast() -> bool:
    """Whether httpcore's Request and URL set only the attributes `core_request` sets."""
    if map_httpcore_exceptions is None:
        return False
    url = httpcore.URL(scheme=b"http", host=b"h", port=None, target=b"/")
    request = httpcore.Request(b"GET", url, headers=[], content=None, extensions={})
    url_set = sorted(vars(url)) == ["host", "port", "scheme", "target"]
    return url_set and sorted(vars(request)) == ["extensions", "headers", "method", "stream", "url"]


_FAST = _fast()


def core_request(request: httpx.Request) -> httpcore.Request | None:
    """The httpcore.Request httpx's transport would make of `request` (its method, URL parts,
    headers as byte pairs, stream and extensions), or None when it makes it otherwise (a
    "target" extension, a method that is not ASCII)."""
    method = request.method
    if not _FAST or "target" in request.extensions or not method.isascii():
        return None
    url = request.url
    core_url = httpcore.URL.__new__(httpcore.URL)
    core_url.scheme, core_url.host = url.raw_scheme, url.raw_host
    core_url.port, core_url.target = url.port, url.raw_path
    core = httpcore.Request.__new__(httpcore.Request)
    core.method, core.url, core.headers = method.encode("ascii"), core_url, request.headers.raw
    core.stream, core.extensions = request.stream, request.extensions
    return core


def _response_headers(raw: list[tuple[bytes, bytes]]) -> httpx.Headers:
    """httpx.Headers of httpcore's response header pairs (bytes), as httpx.Headers(raw) makes
    them, without its asking each name and value its type."""
    headers = httpx.Headers.__new__(httpx.Headers)
    headers._list = [(key, key.lower(), value) for key, value in raw]
    headers._encoding = None
    return headers


class _Stream(_Base):
    """httpx's ResponseStream (what its transport answers with), httpcore's errors mapped to
    httpx's only when one is raised: entering the mapping on every body read, and on every
    request (below), was a sixth of a call's own time."""

    def __iter__(self) -> Iterator[bytes]:
        try:
            for part in self._httpcore_stream:
                yield part
        except Exception:
            with map_httpcore_exceptions():
                raise


class _AsyncStream(_AsyncBase):
    """httpx's AsyncResponseStream, httpcore's errors mapped only when one is raised."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._httpcore_stream:
                yield part
        except Exception:
            with map_httpcore_exceptions():
                raise


class Transport(httpx.HTTPTransport):
    """httpx.HTTPTransport, its requests handed to the pool unchecked (`core_request`)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = core_request(request)
        if core is None:
            return super().handle_request(request)
        assert isinstance(request.stream, httpx.SyncByteStream)
        try:
            response = self._pool.handle_request(core)
        except Exception:
            with map_httpcore_exceptions():  # as httpx's transport maps it
                raise
        return httpx.Response(
            status_code=response.status,
            headers=_response_headers(response.headers) if _FAST_HEADERS else response.headers,
            stream=_Stream(response.stream),  # type: ignore[arg-type]
            extensions=response.extensions,
        )


class AsyncTransport(httpx.AsyncHTTPTransport):
    """httpx.AsyncHTTPTransport, its requests handed to the pool unchecked (`core_request`)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = core_request(request)
        if core is None:
            return await super().handle_async_request(request)
        assert isinstance(request.stream, httpx.AsyncByteStream)
        try:
            response = await self._pool.handle_async_request(core)
        except Exception:
            with map_httpcore_exceptions():
                raise
        stream: Any = _AsyncStream(response.stream)  # type: ignore[arg-type]
        return httpx.Response(
            status_code=response.status,
            headers=_response_headers(response.headers) if _FAST_HEADERS else response.headers,
            stream=stream,
            extensions=response.extensions,
        )

"""The client's own transports: httpx's (HTTPTransport, AsyncHTTPTransport), handing each request
to httpcore's connection pool without httpcore checking again what httpx checked already.

httpx's transport builds an httpcore.Request whose constructor checks the type of the method,
the URL's parts and every header name and value (bytes or ASCII str): an httpx.Request holds
them as bytes and str already, and those checks were two fifths of a call's own time (the
typing-module isinstance of the header list among them). Here the same httpcore.Request is made
with the same values, unchecked; httpcore's errors are mapped to httpx's and the response built
as httpx's transport does (its own `map_httpcore_exceptions` and response streams). Without
the httpx and httpcore internals this relies on (`_FAST`), the transports are httpx's own.
"""

from __future__ import annotations

from typing import Any

import httpcore
import httpx

try:
    from httpx._transports.default import (
        AsyncResponseStream,
        ResponseStream,
        map_httpcore_exceptions,
    )
except ImportError:  # another httpx: its transports as they are
    AsyncResponseStream = ResponseStream = map_httpcore_exceptions = None  # type: ignore


def _fast() -> bool:
    """Whether httpcore's Request and URL set only the attributes `core_request` sets."""
    if map_httpcore_exceptions is None:
        return False
    url = httpcore.URL(scheme=b"http", host=b"h", port=None, target=b"/")
    request = httpcore.Request(b"GET", url, headers=[], content=None, extensions={})
    return sorted(vars(url)) == ["host", "port", "scheme", "target"] and sorted(vars(request)) == [
        "extensions",
        "headers",
        "method",
        "stream",
        "url",
    ]


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


def _headers(raw: list[tuple[bytes, bytes]]) -> httpx.Headers:
    """httpx.Headers of httpcore's response header pairs (bytes), as httpx.Headers(raw) makes
    them, without its asking each name and value its type."""
    headers = httpx.Headers.__new__(httpx.Headers)
    headers._list = [(key, key.lower(), value) for key, value in raw]
    headers._encoding = None
    return headers


_FAST_HEADERS = _FAST and sorted(vars(httpx.Headers([(b"A", b"1")]))) == ["_encoding", "_list"]


class Transport(httpx.HTTPTransport):
    """httpx.HTTPTransport, its requests handed to the pool unchecked (`core_request`)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = core_request(request)
        if core is None:
            return super().handle_request(request)
        assert isinstance(request.stream, httpx.SyncByteStream)
        with map_httpcore_exceptions():
            response = self._pool.handle_request(core)
        return httpx.Response(
            status_code=response.status,
            headers=_headers(response.headers) if _FAST_HEADERS else response.headers,
            stream=ResponseStream(response.stream),  # type: ignore[arg-type]
            extensions=response.extensions,
        )


class AsyncTransport(httpx.AsyncHTTPTransport):
    """httpx.AsyncHTTPTransport, its requests handed to the pool unchecked (`core_request`)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = core_request(request)
        if core is None:
            return await super().handle_async_request(request)
        assert isinstance(request.stream, httpx.AsyncByteStream)
        with map_httpcore_exceptions():
            response = await self._pool.handle_async_request(core)
        stream: Any = AsyncResponseStream(response.stream)  # type: ignore[arg-type]
        return httpx.Response(
            status_code=response.status,
            headers=_headers(response.headers) if _FAST_HEADERS else response.headers,
            stream=stream,
            extensions=response.extensions,
        )

"""Sending: the connection pool (sync Core, AsyncCore), authentication of each attempt and the
retry policy (connection errors, 429 and 5xx for idempotent calls, Retry-After honoured)."""

from __future__ import annotations

import os
import random
import ssl
import threading
import time
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from ._errors import DataArtsError, RequestTimeout, TransportError, error_for
from ._settings import PreparedRequest, RequestOptions, Settings
from .signing import canonical_query

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0
# Sent unsigned with every call, as an HTTP client library does (compressed answers welcome).
TRANSPORT_HEADERS = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}


class _DeferredCAContext(ssl.SSLContext):
    """A verifying TLS context (as httpx's default: certifi's CAs, or SSL_CERT_FILE/SSL_CERT_DIR)
    that loads its CA bundle on its first TLS connection, so a client of http:// endpoints never
    pays for it (about 25 ms)."""

    _loaded = False
    _lock = threading.Lock()

    def _load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            if os.environ.get("SSL_CERT_FILE"):
                self.load_verify_locations(cafile=os.environ["SSL_CERT_FILE"])
            elif os.environ.get("SSL_CERT_DIR"):
                self.load_verify_locations(capath=os.environ["SSL_CERT_DIR"])
            else:
                import certifi

                self.load_verify_locations(cafile=certifi.where())
            self._loaded = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> Any:
        self._load()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> Any:
        self._load()
        return super().wrap_bio(*args, **kwargs)


def tls_context() -> ssl.SSLContext:
    """What the client's own transports verify servers with (hostname checked, certificate
    required; PROTOCOL_TLS_CLIENT's defaults, as ssl.create_default_context)."""
    return _DeferredCAContext(ssl.PROTOCOL_TLS_CLIENT)


def retry_delay(settings: Settings, attempt: int, retry_after: str | None) -> float:
    """Seconds before retry `attempt`: Retry-After when the server says, else exponential
    backoff with jitter."""
    if retry_after:
        try:
            return min(MAX_RETRY_AFTER, max(0.0, float(retry_after)))
        except ValueError:
            try:
                when = parsedate_to_datetime(retry_after).timestamp()
                return min(MAX_RETRY_AFTER, max(0.0, when - time.time()))
            except (TypeError, ValueError):
                pass
    base: float = settings.backoff * (2 ** (attempt - 1))
    return base / 2 + random.uniform(0, base / 2)


class _Urls:
    """httpx.URLs of prepared requests, without httpx parsing again the URL the client built
    (about a fifth of a call's own time): the origin of each endpoint is parsed once, and the
    path and query, percent-encoded already by `prepare` and `canonical_query`, are set on it."""

    def __init__(self) -> None:
        self._origins: dict[tuple[str, str], Any] = {}
        probe = httpx.URL("http://h/")
        self._fast = hasattr(getattr(probe, "_uri_reference", None), "_replace")

    def __call__(self, request: PreparedRequest) -> httpx.URL:
        if not self._fast:
            return httpx.URL(request.url)
        key = (request.scheme, request.host)
        origin = self._origins.get(key)
        if origin is None:
            origin = self._origins[key] = httpx.URL(f"{request.scheme}://{request.host}/")
        query = canonical_query(request.query) if request.query else ""
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = origin._uri_reference._replace(path=request.path, query=query or None)
        return url


def build_request(
    signed: PreparedRequest, url: httpx.URL, default_timeout: Any, timeout: Any
) -> httpx.Request:
    """The httpx.Request of a prepared request, with the headers httpx.Request(content=...)
    would send, in its order (Host and Content-Length first when missing, the length of a body
    last), made without its body encoding step (a third of the request's cost)."""
    headers = httpx.Headers({**TRANSPORT_HEADERS, **signed.headers})
    content = signed.content
    auto: list[tuple[bytes, bytes]] = []
    if "Host" not in headers:
        auto.append((b"Host", url.netloc))
    if content:
        headers.setdefault("Content-Length", str(len(content)))
    elif signed.method in ("POST", "PUT", "PATCH") and not (
        "Content-Length" in headers or "Transfer-Encoding" in headers
    ):
        auto.append((b"Content-Length", b"0"))
    request = httpx.Request(
        signed.method,
        url,
        headers=auto + headers.raw if auto else headers,
        stream=httpx.ByteStream(content or b""),
        extensions={
            "timeout": default_timeout if timeout is None else httpx.Timeout(timeout).as_dict()
        },
    )
    request.read()
    return request


class _Attempts:
    """The retry policy of one call."""

    def __init__(self, settings: Settings, request: PreparedRequest, opts: RequestOptions) -> None:
        self.settings = settings
        self.retries = settings.max_retries if opts.max_retries is None else opts.max_retries
        self.may_retry = request.method in IDEMPOTENT or opts.retry_non_idempotent
        self.timeout = opts.timeout if opts.timeout is not None else settings.timeout
        self.attempt = 0

    def again(self) -> bool:
        if self.may_retry and self.attempt < self.retries:
            self.attempt += 1
            return True
        return False

    def failure(self, operation: str, exc: httpx.HTTPError) -> DataArtsError:
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeout(f"{operation}: no answer within {self.timeout}s")
        return TransportError(f"{operation}: {type(exc).__name__}: {exc}")


class Core:
    """What the resources of one DataArts share: settings and the connection pool.

    Calls go straight to httpx's transport (the pool, keep-alive), without the Client layer's
    cookies, redirects and hooks, which this API does not use; a Client passed in is used as is.
    """

    def __init__(self, settings: Settings, http: httpx.Client | None = None) -> None:
        self._owns_http = http is None
        self.transport: httpx.HTTPTransport | None = None
        if http is None:
            self.transport = httpx.HTTPTransport(
                verify=tls_context(), limits=httpx.Limits(max_keepalive_connections=20)
            )
            http = httpx.Client(transport=self.transport, timeout=settings.timeout)
        self.http = http
        self.timeout = httpx.Timeout(settings.timeout).as_dict()
        self.urls = _Urls()
        settings.http = self.http
        self.settings = settings

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def _send_once(self, signed: PreparedRequest, timeout: Any, stream: bool) -> httpx.Response:
        if self.transport is None:
            request = self.http.build_request(
                signed.method,
                signed.url,
                headers=signed.headers,
                content=signed.content,
                timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
            )
            return self.http.send(request, stream=stream)
        request = build_request(signed, self.urls(signed), self.timeout, timeout)
        response = self.transport.handle_request(request)
        response.request = request
        if not stream:
            response.read()
        return response

    def send(
        self, request: PreparedRequest, opts: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        settings = self.settings
        attempts = _Attempts(settings, request, opts)
        credentials = settings.credentials
        while True:
            signed = credentials.apply(request, settings) if credentials else request
            try:
                response = self._send_once(signed, opts.timeout, stream)
            except httpx.HTTPError as exc:
                if attempts.again():
                    time.sleep(retry_delay(settings, attempts.attempt, None))
                    continue
                raise attempts.failure(request.operation, exc) from None
            if response.status_code in RETRY_STATUS and attempts.again():
                delay = retry_delay(settings, attempts.attempt, response.headers.get("Retry-After"))
                response.close()
                time.sleep(delay)
                continue
            if response.status_code >= 400:
                if stream:
                    try:
                        response.read()
                    except httpx.HTTPError:
                        pass
                raise error_for(request.operation, response)
            return response


class AsyncCore:
    """The async twin of Core, over httpx's async transport (or an AsyncClient passed in)."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None = None) -> None:
        self._owns_http = http is None
        self.transport: httpx.AsyncHTTPTransport | None = None
        if http is None:
            self.transport = httpx.AsyncHTTPTransport(
                verify=tls_context(), limits=httpx.Limits(max_keepalive_connections=20)
            )
            http = httpx.AsyncClient(transport=self.transport, timeout=settings.timeout)
        self.http = http
        self.timeout = httpx.Timeout(settings.timeout).as_dict()
        self.urls = _Urls()
        settings.async_http = self.http
        self.settings = settings

    async def close(self) -> None:
        if self._owns_http:
            await self.http.aclose()

    async def _send_once(
        self, signed: PreparedRequest, timeout: Any, stream: bool
    ) -> httpx.Response:
        if self.transport is None:
            request = self.http.build_request(
                signed.method,
                signed.url,
                headers=signed.headers,
                content=signed.content,
                timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
            )
            return await self.http.send(request, stream=stream)
        request = build_request(signed, self.urls(signed), self.timeout, timeout)
        response = await self.transport.handle_async_request(request)
        response.request = request
        if not stream:
            await response.aread()
        return response

    async def send(
        self, request: PreparedRequest, opts: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        import asyncio  # only the async client needs it

        settings = self.settings
        attempts = _Attempts(settings, request, opts)
        credentials = settings.credentials
        while True:
            signed = await credentials.apply_async(request, settings) if credentials else request
            try:
                response = await self._send_once(signed, opts.timeout, stream)
            except httpx.HTTPError as exc:
                if attempts.again():
                    await asyncio.sleep(retry_delay(settings, attempts.attempt, None))
                    continue
                raise attempts.failure(request.operation, exc) from None
            if response.status_code in RETRY_STATUS and attempts.again():
                delay = retry_delay(settings, attempts.attempt, response.headers.get("Retry-After"))
                await response.aclose()
                await asyncio.sleep(delay)
                continue
            if response.status_code >= 400:
                if stream:
                    try:
                        await response.aread()
                    except httpx.HTTPError:
                        pass
                raise error_for(request.operation, response)
            return response

"""Sending: the connection pool (sync Core, AsyncCore), authentication of each attempt and the
retry policy.

An operation the spec says is safe to repeat (`x-idempotent`, else its method) is retried on
connection errors, 429 and 5xx; any other only when the request never left (a connect error)
or the caller opts in. Retry-After is honoured within the call's deadline (beyond it the call
fails at once, the wait on the error). Redirects are never followed: a 3xx is an error. A 401
on a cached IAM token makes one new login and one more attempt. Parsed bodies are read within
max_response_size (_limits). An attempt (its headers and its body) is over within its timeout and
the call's deadline: the sync pool's sockets are cut to what is left (_sockets), the async
attempt is awaited within it.
"""

from __future__ import annotations

import functools
import os
import random
import ssl
import threading
import time
import urllib.request
from typing import Any

import httpx

from . import _encoding
from . import _secret  # noqa: F401  (masks secret headers in httpx's and httpcore's logs)
from ._errors import DataArtsError, RequestTimeout, TransportError, error_for
from ._limits import Deadline, aread_limited, read_limited, retry_after
from ._pool import AsyncTransport, Transport
from ._settings import PreparedRequest, RequestOptions, Settings
from ._sockets import BOUND, bounded

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)
# Sent unsigned with every call (compressed answers welcome; _limits inflates them).
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


def retry_delay(settings: Settings, attempt: int, after: float | None) -> float:
    """Seconds before retry `attempt`: Retry-After when the server says, else exponential
    backoff with jitter."""
    if after is not None:
        return after
    base: float = settings.backoff * (2 ** (attempt - 1))
    return base / 2 + random.uniform(0, base / 2)


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


_FAST_HEADERS = sorted(vars(httpx.Headers([(b"A", b"1")]))) == [
    "_encoding",
    "_list",
] and isinstance(httpx.Headers([(b"A", b"1")])._list, list)
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


class _Attempts:
    """The retry policy of one call."""

    def __init__(self, settings: Settings, request: PreparedRequest, opts: RequestOptions) -> None:
        self.settings = settings
        self.operation = request.operation
        self.retries = settings.max_retries if opts.max_retries is None else opts.max_retries
        self.may_repeat = request.idempotent or opts.retry_non_idempotent
        self.timeout = opts.timeout if opts.timeout is not None else settings.timeout
        self.deadline = Deadline(opts.deadline if opts.deadline is not None else settings.deadline)
        self.attempt = 0
        self.relogin = True

    def socket_timeout(self) -> dict[str, Any]:
        return _timeouts(self.deadline.timeout(self.timeout))

    def after_error(self, exc: Exception) -> tuple[float | None, DataArtsError | None]:
        """(seconds to wait before the next attempt, None) or (None, the error to raise)."""
        if isinstance(exc, DataArtsError):
            return None, exc
        if (self.may_repeat or isinstance(exc, NEVER_SENT)) and self.attempt < self.retries:
            self.attempt += 1
            delay = retry_delay(self.settings, self.attempt, None)
            if delay < self.deadline.remaining():
                return delay, None
        if isinstance(exc, httpx.TimeoutException) or self.deadline.remaining() <= 0:
            return None, RequestTimeout(f"{self.operation}: no answer within {self.timeout}s")
        return None, TransportError(f"{self.operation}: {type(exc).__name__}: {_short(exc)}")

    def after_status(self, response: httpx.Response) -> float | None:
        """Seconds to wait before sending again after a 429/5xx, None to fail now."""
        if not self.may_repeat or self.attempt >= self.retries:
            return None
        after = retry_after(response.headers.get("Retry-After"))
        delay = retry_delay(self.settings, self.attempt + 1, after)
        if delay > MAX_RETRY_AFTER or delay >= self.deadline.remaining():
            return None
        self.attempt += 1
        return delay

    def failed(self, response: httpx.Response) -> DataArtsError:
        error = error_for(self.operation, response)
        after = retry_after(response.headers.get("Retry-After"))
        if after is not None:
            error.retry_after = after
        return error


@functools.lru_cache(maxsize=64)
def _timeouts(seconds: float | None) -> dict[str, Any]:
    """httpx's timeout extension for `seconds` (shared: nobody changes it)."""
    return httpx.Timeout(seconds).as_dict()


def _short(exc: Exception) -> str:
    """An httpx error's message, one line, cut short (it never holds header values)."""
    text = str(exc).replace("\r", " ").replace("\n", " ")
    return text[:200]


def _limits(settings: Settings) -> httpx.Limits:
    n = settings.max_connections
    return httpx.Limits(max_connections=n, max_keepalive_connections=min(20, n))


def _proxied(settings: Settings) -> bool:
    """Whether the environment names a proxy the client should honour."""
    if not settings.trust_env:
        return False
    proxies = urllib.request.getproxies_environment()
    return any(k in proxies for k in ("http", "https", "all"))


class Core:
    """What the resources of one DataArts share: settings and the connection pool.

    Calls go straight to httpx's transport (the pool, keep-alive), without the Client layer's
    cookies, redirects and hooks, which this API does not use; behind a proxy from the
    environment, or with a Client passed in, the Client is used, redirects off.
    """

    def __init__(self, settings: Settings, http: httpx.Client | None = None) -> None:
        self._owns_http = http is None
        self.transport: httpx.HTTPTransport | None = None
        if http is None and _proxied(settings):
            http = httpx.Client(limits=_limits(settings), timeout=settings.timeout)
        elif http is None:
            self.transport = Transport(verify=tls_context(), limits=_limits(settings))
            http = httpx.Client(transport=self.transport, timeout=settings.timeout)
        bounded(http)  # a client passed in too: its sockets are cut only inside this client's calls
        self.http = http
        self.urls = _Urls()
        settings.http = self.http
        self.settings = settings

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def _send_once(self, signed: PreparedRequest, timeout: dict[str, Any]) -> httpx.Response:
        if self.transport is None:
            request = self.http.build_request(
                signed.method,
                signed.url,
                headers={**TRANSPORT_HEADERS, **signed.headers},
                content=signed.content,
                timeout=httpx.Timeout(**timeout),
            )
            return self.http.send(request, stream=True, follow_redirects=False)
        request = build_request(signed, self.urls(signed), timeout, None)
        response = self.transport.handle_request(request)
        response.request = request
        return response

    def send(
        self, request: PreparedRequest, opts: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        settings = self.settings
        attempts = _Attempts(settings, request, opts)
        credentials = settings.credentials
        limit = settings.max_response_size
        while True:
            signed = credentials.apply(request, settings) if credentials else request
            failure: Exception | None = None
            within = attempts.deadline.within(attempts.timeout)
            BOUND.at = within.at if within.seconds is not None else None
            try:
                response = self._send_once(signed, attempts.socket_timeout())
                if not stream or response.status_code >= 300:
                    read_limited(response, request.operation, limit, within)
            except (httpx.HTTPError, DataArtsError) as exc:
                failure = exc
            finally:
                BOUND.at = None
            if failure is not None:
                wait, error = attempts.after_error(failure)
                del failure
                if error is not None:
                    raise error
                time.sleep(wait or 0.0)
                continue
            status = response.status_code
            if status < 300:
                return response
            if status == 401 and credentials and attempts.relogin and credentials.rejected(signed):
                attempts.relogin = False
                continue
            wait = attempts.after_status(response) if status in RETRY_STATUS else None
            if wait is None:
                raise attempts.failed(response)
            time.sleep(wait)


class AsyncCore:
    """The async twin of Core, over httpx's async transport (or an AsyncClient)."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None = None) -> None:
        self._owns_http = http is None
        self.transport: httpx.AsyncHTTPTransport | None = None
        if http is None and _proxied(settings):
            http = httpx.AsyncClient(limits=_limits(settings), timeout=settings.timeout)
        elif http is None:
            self.transport = AsyncTransport(verify=tls_context(), limits=_limits(settings))
            http = httpx.AsyncClient(transport=self.transport, timeout=settings.timeout)
        self.http = http
        self.urls = _Urls()
        settings.async_http = self.http
        self.settings = settings

    async def close(self) -> None:
        if self._owns_http:
            await self.http.aclose()

    async def _send_once(self, signed: PreparedRequest, timeout: dict[str, Any]) -> httpx.Response:
        if self.transport is None:
            request = self.http.build_request(
                signed.method,
                signed.url,
                headers={**TRANSPORT_HEADERS, **signed.headers},
                content=signed.content,
                timeout=httpx.Timeout(**timeout),
            )
            return await self.http.send(request, stream=True, follow_redirects=False)
        request = build_request(signed, self.urls(signed), timeout, None)
        response = await self.transport.handle_async_request(request)
        response.request = request
        return response

    async def _attempt(
        self, signed: PreparedRequest, attempts: _Attempts, stream: bool
    ) -> httpx.Response:
        response = await self._send_once(signed, attempts.socket_timeout())
        if not stream or response.status_code >= 300:
            limit = self.settings.max_response_size
            within = attempts.deadline.within(attempts.timeout)
            await aread_limited(response, signed.operation, limit, within)
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
            failure: Exception | None = None
            try:
                left = min(attempts.deadline.remaining(), attempts.timeout)
                attempt = self._attempt(signed, attempts, stream)
                response = await asyncio.wait_for(attempt, max(0.001, left))
            except asyncio.TimeoutError:
                failure = httpx.ReadTimeout("the call's deadline passed")
            except (httpx.HTTPError, DataArtsError) as exc:
                failure = exc
            if failure is not None:
                wait, error = attempts.after_error(failure)
                del failure
                if error is not None:
                    raise error
                await asyncio.sleep(wait or 0.0)
                continue
            status = response.status_code
            if status < 300:
                return response
            if status == 401 and credentials and attempts.relogin and credentials.rejected(signed):
                attempts.relogin = False
                continue
            wait = attempts.after_status(response) if status in RETRY_STATUS else None
            if wait is None:
                raise attempts.failed(response)
            await asyncio.sleep(wait)

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

from . import _secret  # noqa: F401  (masks secret headers in httpx's and httpcore's logs)
from ._errors import DataArtsError, RequestTimeout, TransportError, error_for
from ._limits import Deadline, aread_limited, read_limited, retry_after
from ._settings import PreparedRequest, RequestOptions, Settings
from ._sockets import BOUND, bounded
from ._wire import TRANSPORT_HEADERS, AsyncTransport, Transport, _Urls, build_request

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)


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

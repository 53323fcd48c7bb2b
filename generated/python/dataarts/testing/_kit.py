"""MockDataArts: the public face of the kit, an httpx transport (sync and async) and a server.

mock = MockDataArts()
with mock.client() as client:                    # DataArts over the mock, in process
    ...
with mock.serve() as server:                     # the same mock on http://127.0.0.1:PORT
    requests.get(server.url + path, headers={token_header: "t"})
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl

import httpx

# The package's __all__ is computed, so mypy cannot see these are exported.
from dataarts import AkSkCredentials, AsyncDataArts, DataArts

from ._mock import Call, Core, Fault, Outcome, Reply
from ._server import MockServer

DEFAULT_AK = "AKMOCKDATAARTS"
DEFAULT_SK = "SKMOCKDATAARTS-not-a-secret"
DEFAULT_PROJECT = "0" * 32
_UNSET: Any = object()


class _Truncated(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half a body, then the connection ends (as httpx reports a short read)."""

    def __init__(self, data: bytes, request: httpx.Request) -> None:
        self.data, self.request = data, request

    def _error(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body", request=self.request
        )

    def __iter__(self) -> Iterator[bytes]:
        yield self.data
        raise self._error()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data
        raise self._error()


class MockDataArts(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A mock of every operation of the spec.

    - `ak`/`sk`: the key pair whose signatures it accepts; `token`: the token it accepts (None:
      any non-empty token header).
    - `validate`: check every request against the spec (openapi-core) and refuse invalid ones
      as the service does (the documented status, the reference's error body).
    - `seed`: start from the reference's examples (True) or from empty collections.
    """

    def __init__(
        self,
        *,
        ak: str = DEFAULT_AK,
        sk: str = DEFAULT_SK,
        token: str | None = None,
        validate: bool = True,
        seed: bool = True,
        project_id: str = DEFAULT_PROJECT,
    ) -> None:
        self.ak, self._sk, self.project_id = ak, sk, project_id
        self.core = Core(ak=ak, sk=sk, token=token, validate=validate, seed=seed)
        self.services = list((self.core.spec.doc.get("x-services") or {}).keys())

    def __repr__(self) -> str:
        return f"MockDataArts(ak={self.ak!r}, calls={len(self.core.calls)})"

    # -- httpx transport ---------------------------------------------------------------------
    def _outcome(self, request: httpx.Request, body: bytes) -> Outcome:
        path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        query = parse_qsl(raw_query, keep_blank_values=True)
        headers = {k: v for k, v in request.headers.multi_items()}
        return self.core.handle(request.method, path, query, headers, body)

    def _response(self, request: httpx.Request, outcome: Outcome) -> httpx.Response:
        if outcome.drop:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        reply = outcome.reply
        data = reply.encoded()
        headers = dict(reply.headers)
        if reply.content_type and data:
            headers["Content-Type"] = reply.content_type
        if outcome.truncate:
            headers["Content-Length"] = str(len(data))
            stream = _Truncated(data[: len(data) // 2], request)
            return httpx.Response(reply.status, headers=headers, stream=stream, request=request)
        return httpx.Response(reply.status, headers=headers, content=data, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer `request` as the mock service (httpx transport interface)."""
        outcome = self._outcome(request, request.read())
        if outcome.delay:
            time.sleep(outcome.delay)
        return self._response(request, outcome)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer `request` as the mock service (httpx async transport interface)."""
        outcome = self._outcome(request, await request.aread())
        if outcome.delay:
            await asyncio.sleep(outcome.delay)
        return self._response(request, outcome)

    # -- clients and server ------------------------------------------------------------------
    @property
    def credentials(self) -> AkSkCredentials:
        """The key pair this mock accepts, as client credentials."""
        return AkSkCredentials(self.ak, self._sk)

    def _client_options(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        options: dict[str, Any] = {
            "credentials": self.credentials,
            "project_id": self.project_id,
            "endpoints": {name: f"http://{name}.mock.invalid" for name in self.services},
        }
        options.update(kwargs)
        return options

    def client(self, **kwargs: Any) -> DataArts:
        """A DataArts client whose calls go to this mock (keyword arguments override)."""
        if "http_client" not in kwargs:
            kwargs["http_client"] = httpx.Client(transport=self)
        return DataArts(**self._client_options(kwargs))

    def async_client(self, **kwargs: Any) -> AsyncDataArts:
        """An AsyncDataArts client whose calls go to this mock."""
        if "http_client" not in kwargs:
            kwargs["http_client"] = httpx.AsyncClient(transport=self)
        return AsyncDataArts(**self._client_options(kwargs))

    @contextmanager
    def serve(self) -> Iterator[MockServer]:
        """This mock as an HTTP server on 127.0.0.1 and a free port, while the block runs."""
        server = MockServer(self, self.services)
        try:
            yield server
        finally:
            server.stop()

    # -- overrides, faults -------------------------------------------------------------------
    def override(
        self,
        operation: str,
        response: Any = _UNSET,
        *,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        content_type: str = "application/json",
        times: int | None = None,
    ) -> None:
        """Answer `operation` with `response`: a JSON body, a Reply, or a function of the
        Call returning a Reply (for `times` calls, or all)."""
        if callable(response):
            responder: Callable[[Call], Reply] = response
        else:
            if isinstance(response, Reply):
                reply = response
            else:
                op = self.core.spec.by_id.get(operation)
                default = op.success if op else 200
                body = None if response is _UNSET else response
                reply = Reply(status or default, body, dict(headers or {}), content_type)

            def responder(call: Call) -> Reply:
                return Reply(reply.status, reply.body, dict(reply.headers), reply.content_type)

        self.core.add_override(operation, responder, times)

    def fail(
        self,
        operation: str | None = None,
        *,
        status: int | None = None,
        error_code: str | None = None,
        message: str | None = None,
        retry_after: float | None = None,
        delay: float = 0.0,
        drop: bool = False,
        truncate: bool = False,
        times: int | None = None,
    ) -> None:
        """Make `operation` (None: every operation) fail: an error `status` with the
        reference's error body (`error_code`, `message`) and `Retry-After`; a `delay` before
        answering; a dropped connection; a truncated body. `times`: how many calls (None: all)."""
        fault = Fault(status, error_code, message, retry_after, delay, drop, truncate, times)
        self.core.add_fault(operation, fault)

    def reset(self) -> None:
        """Forget calls, overrides, faults and state (a running server keeps serving)."""
        self.core.reset()

    # -- recorded calls ----------------------------------------------------------------------
    @property
    def calls(self) -> list[Call]:
        """Every call the mock received, in order."""
        with self.core.lock:
            return list(self.core.calls)

    def calls_to(self, operation: str) -> list[Call]:
        """The calls to one operation (by operationId), in order."""
        return [c for c in self.calls if c.operation == operation]

    def assert_called(
        self,
        operation: str,
        times: int | None = None,
        *,
        params: dict[str, str] | None = None,
        query: dict[str, str] | None = None,
        body: Any = _UNSET,
    ) -> Call:
        """Assert `operation` was called (`times` times, if given) with these path `params`,
        `query` values and `body` (the last matching call); returns that call."""
        calls = self.calls_to(operation)
        matching = [
            c
            for c in calls
            if all(c.params.get(k) == v for k, v in (params or {}).items())
            and all(dict(c.query).get(k) == v for k, v in (query or {}).items())
            and (body is _UNSET or c.body == body)
        ]
        if times is not None and len(matching) != times:
            raise AssertionError(
                f"{operation} was called {len(matching)} time(s) as asked, not {times}; calls: "
                + "; ".join(f"{c.method} {c.path} -> {c.status}" for c in calls)
            )
        if not matching:
            raise AssertionError(
                f"{operation} was not called as asked; its {len(calls)} call(s): "
                + "; ".join(f"{c.method} {c.path} {c.query} -> {c.status}" for c in calls)
            )
        return matching[-1]

    def assert_not_called(self, operation: str) -> None:
        """Fail (AssertionError) when the operation (by operationId) was called."""
        calls = self.calls_to(operation)
        if calls:
            raise AssertionError(f"{operation} was called {len(calls)} time(s)")

"""Duplicate side effects and wrong answers taken as right: what a hostile server gets, and
what the caller is told."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest
from hostile_server import DETAIL, Got, HostileServer, client_for, ok, reply, reset

import dataarts
from dataarts import RequestOptions


def run(script: Any, call: Any, **kwargs: Any) -> tuple[HostileServer, BaseException | None]:
    with HostileServer(script).running() as server:
        with client_for(server, **kwargs) as api:  # type: ignore[attr-defined]
            try:
                call(api)
            except dataarts.DataArtsError as exc:
                return server, exc
    return server, None


def resets(got: Got, conn: socket.socket, n: int) -> bool:
    return reset(conn)


def status(code: int, body: bytes = b"{}", **headers: str) -> Any:
    def script(got: Got, conn: socket.socket, n: int) -> bool:
        return reply(conn, code, body, headers)

    return script


START = [
    lambda api: api.cdm.jobs.start("c1", "job1"),
    lambda api: api.cdm.jobs.stop("c1", "job1"),
    lambda api: api.dlf.jobs.start("job1"),
    lambda api: api.dlf.jobs.stop("job1"),
    lambda api: api.dlf.scripts.execute("s1", body={}),
]


@pytest.mark.parametrize(
    "call", START, ids=["cdm-start", "cdm-stop", "dlf-start", "dlf-stop", "exec"]
)
def test_a_start_is_sent_once_after_a_reset(call: Any) -> None:
    server, error = run(resets, call)
    assert isinstance(error, dataarts.TransportError)
    assert len(server.got) == 1


@pytest.mark.parametrize("code", [502, 504, 429])
def test_a_start_is_sent_once_after_a_gateway_error(code: int) -> None:
    server, error = run(status(code), START[0])
    assert isinstance(error, dataarts.ApiError) and error.status_code == code
    assert [g.method for g in server.got] == ["PUT"]


def test_a_start_is_repeated_on_explicit_opt_in() -> None:
    opts = RequestOptions(retry_non_idempotent=True)
    server, error = run(resets, lambda api: api.cdm.jobs.start("c1", "j", options=opts))
    assert isinstance(error, dataarts.TransportError)
    assert len(server.got) == 3


def test_a_read_is_repeated_after_a_reset() -> None:
    server, error = run(resets, lambda api: api.cdm.clusters.show("c1"))
    assert isinstance(error, dataarts.TransportError) and len(server.got) == 3


def test_a_start_is_repeated_when_it_never_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """A connect error proves the request was not sent: repeating it is safe."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there: every attempt is refused
    from dataarts import _transport

    sent: list[str] = []
    real = _transport.Core._send_once

    def counting(self: Any, signed: Any, timeout: Any) -> Any:
        sent.append(signed.operation)
        return real(self, signed, timeout)

    monkeypatch.setattr(_transport.Core, "_send_once", counting)
    api = dataarts.DataArts(
        endpoints={"cdm": f"http://127.0.0.1:{port}"},
        project_id="p",
        credentials=dataarts.TokenCredentials("t"),
        max_retries=2,
    )
    api._core.settings.backoff = 0.01
    with api, pytest.raises(dataarts.TransportError):
        api.cdm.jobs.start("c1", "j")
    assert sent == ["StartJob"] * 3


@pytest.mark.parametrize("code", [301, 302, 303, 304, 307, 308])
def test_a_redirect_is_an_error_never_followed(code: int) -> None:
    with HostileServer(ok()).running() as elsewhere:
        script = status(code, b"", Location=elsewhere.url + "/steal")
        server, error = run(script, lambda api: api.cdm.links.delete("c1", "l1"))
        assert isinstance(error, dataarts.Redirected) and error.status_code == code
        assert len(server.got) == 1 and elsewhere.got == []


def test_a_redirect_is_not_followed_by_a_client_passed_in() -> None:
    import httpx

    with HostileServer(ok()).running() as elsewhere:
        script = status(307, b"", Location=elsewhere.url + "/steal")
        with HostileServer(script).running() as server:
            http = httpx.Client(follow_redirects=True)
            api = client_for(server, http_client=http)
            with api, pytest.raises(dataarts.Redirected):  # type: ignore[attr-defined]
                api.cdm.clusters.show("c1")  # type: ignore[attr-defined]
            http.close()
        assert elsewhere.got == []
        assert server.got[0].header("X-Auth-Token") is not None


def test_302_with_an_empty_object_is_not_an_empty_model() -> None:
    server, error = run(status(302, b"{}"), lambda api: api.cdm.clusters.show("c1"))
    assert isinstance(error, dataarts.Redirected)


def test_json_nested_too_deep_is_a_response_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    server, error = run(status(200, deep), lambda api: api.cdm.clusters.show("c1"))
    assert isinstance(error, dataarts.ResponseValidationError)
    assert len(server.got) == 1


def test_retry_after_beyond_the_deadline_fails_at_once_with_the_wait() -> None:
    for value, expected in (("1000000000", 1e9), ("inf", float("inf"))):
        started = time.monotonic()
        server, error = run(
            status(429, b"{}", **{"Retry-After": value}), lambda api: api.cdm.clusters.show("c1")
        )
        assert time.monotonic() - started < 2
        assert isinstance(error, dataarts.RateLimited) and error.retry_after == expected
        assert len(server.got) == 1


def test_the_deadline_covers_retries_and_waits() -> None:
    started = time.monotonic()
    server, error = run(
        status(503, b"{}", **{"Retry-After": "0.4"}),
        lambda api: api.cdm.clusters.show("c1", options=RequestOptions(max_retries=20)),
        deadline=1.0,
    )
    elapsed = time.monotonic() - started
    assert isinstance(error, dataarts.ServiceUnavailable)
    assert elapsed < 1.6 and 2 <= len(server.got) <= 3


def test_a_good_answer_still_passes() -> None:
    server, error = run(ok(DETAIL), lambda api: api.cdm.clusters.show("c1"))
    assert error is None and len(server.got) == 1

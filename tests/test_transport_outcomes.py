"""Sending, as the server and the user see it, sync and async, against loopback servers (fast:
the mutation run of _transport.py uses these): what goes on the wire (headers, target), how
long the client waits between attempts (the waits are recorded, not slept), when it gives up
and what it raises. Connections, proxies and TLS: test_transport_connections.py.
"""

from __future__ import annotations

import asyncio
import random
import socket
import time
from typing import Any

import pytest
from calls import DETAIL, DROP, GOOD, at, closed_port, mode, run, server, shared, show, start
from hostile.hostile_server import Got, HostileServer
from loopback import Loopback, Reply

import dataarts
from dataarts import RequestOptions

__all__ = ["mode", "server", "shared"]  # fixtures


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The client's waits between attempts, recorded instead of slept (a zero-second sleep is
    the event loop's own checkpoint and passes through); the backoff's jitter halfway (a
    backoff of 0.5 s waits between 0.25 and 0.5 s: 0.375 s here)."""
    recorded: list[float] = []
    real_async_sleep = asyncio.sleep

    def sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def async_sleep(seconds: float, *args: Any) -> Any:
        if seconds:
            recorded.append(seconds)
        return await real_async_sleep(0, *args)

    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    monkeypatch.setattr(random, "uniform", lambda low, high: low + (high - low) / 2)
    return recorded


# -- what goes on the wire ----------------------------------------------------------------------
def test_a_get_sends_host_first_and_the_transport_headers(server: Loopback, mode: str) -> None:
    server.replies = [GOOD]
    assert run(mode, show, **at(server)).name == "cdm-1"
    got = server.received[0]
    port = server.url.rsplit(":", 1)[1]
    assert list(got.headers)[0] == "Host" and got.headers["Host"] == f"127.0.0.1:{port}"
    assert got.headers["Accept"] == "*/*" and got.headers["Accept-Encoding"] == "gzip, deflate"
    assert got.headers["X-Auth-Token"] == "t"
    assert "Content-Length" not in got.headers and got.body == b""
    assert got.target == "/v1.1/p/clusters/c1"


def test_a_post_without_a_body_says_its_length_is_zero(server: Loopback, mode: str) -> None:
    server.replies = [Reply(204, None, "")]
    run(mode, start, **at(server))
    got = server.received[0]
    assert got.method == "POST" and got.headers["Content-Length"] == "0" and got.body == b""
    assert list(got.headers)[:2] == ["Host", "Content-Length"]


def test_a_body_goes_with_its_length_last(server: Loopback, mode: str) -> None:
    server.replies = [Reply(200, {"id": "x"})]
    run(mode, lambda api: api.dlf.scripts.execute("s1", body={"params": {"a": "b"}}), **at(server))
    got = server.received[0]
    assert got.headers["Content-Length"] == str(len(got.body)) and got.body
    assert list(got.headers)[-1] == "Content-Length" and list(got.headers)[0] == "Host"


def test_the_query_is_sent_as_built_and_none_is_no_question_mark(
    server: Loopback, mode: str
) -> None:
    server.replies = [Reply(200, {"total": 0, "jobs": []}), GOOD]

    def both(api: Any) -> Any:
        if mode == "sync":
            api.dlf.jobs.list(limit=5, job_name="a b/é")
            return show(api)

        async def calls() -> Any:
            await api.dlf.jobs.list(limit=5, job_name="a b/é")
            return await show(api)

        return calls()

    run(mode, both, **at(server))
    listed, shown = server.received
    assert "?" in listed.target and ("limit", "5") in listed.query
    assert ("jobName", "a b/é") in listed.query
    assert "?" not in shown.target


def test_each_endpoint_gets_its_own_host(server: Loopback, mode: str) -> None:
    with Loopback().running() as other:
        server.replies, other.replies = [GOOD, GOOD], [Reply(204, None, ""), GOOD]

        def calls(api: Any) -> Any:
            if mode == "sync":
                return [show(api), start(api), show(api), show(api, options=None)]

            async def go() -> Any:
                return [await show(api), await start(api), await show(api)]

            return go()

        run(mode, calls, endpoints={"cdm": server.url, "dlf": other.url})
    assert {r.headers["Host"] for r in server.received} == {server.url[len("http://") :]}
    assert [r.headers["Host"] for r in other.received][:1] == [other.url[len("http://") :]]
    assert other.received[0].method == "POST"


@pytest.mark.parametrize(
    "header", [{"Transfer-Encoding": "chunked"}, {"Content-Length": "0"}, {"content-length": "0"}]
)
def test_a_framing_header_of_the_caller_is_not_doubled(
    server: Loopback, mode: str, header: dict[str, str]
) -> None:
    server.replies = [Reply(204, None, "")]
    run(mode, lambda api: start(api, options=RequestOptions(headers=header)), **at(server))
    names = [n.lower() for n in server.received[0].headers]
    assert names.count("content-length") == (0 if "Transfer-Encoding" in header else 1)
    assert names[-2:] == [next(iter(header)).lower(), "x-auth-token"]


# -- retries and waits --------------------------------------------------------------------------
def test_dropped_connections_wait_exponentially_between_attempts(
    server: Loopback, mode: str, waits: list[float]
) -> None:
    server.replies = [DROP, DROP, GOOD]
    assert run(mode, show, **at(server)).name == "cdm-1"
    assert waits == [0.375, 0.75] and len(server.received) == 3


def test_dropped_connections_until_the_retries_run_out(
    server: Loopback, mode: str, waits: list[float]
) -> None:
    server.replies = [DROP] * 5
    error = run(mode, show, **at(server), max_retries=3)
    assert type(error) is dataarts.TransportError and len(server.received) == 4
    assert waits == [0.375, 0.75, 1.5]
    assert str(error).startswith("ShowClusterDetail: RemoteProtocolError: ")
    assert "\n" not in str(error)
    server.replies, server.received = [DROP] * 5, []
    error = run(mode, lambda api: show(api, options=RequestOptions(max_retries=1)), **at(server))
    assert type(error) is dataarts.TransportError and len(server.received) == 2


def test_a_long_transport_error_is_cut_to_200_characters(mode: str) -> None:
    def script(got: Got, conn: socket.socket, n: int) -> bool:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nno colon " + b"b" * 300 + b"\r\n\r\n{}"
        )
        return False

    with HostileServer(script).running() as server:
        error = run(mode, show, **at(server), max_retries=0)
    assert type(error) is dataarts.TransportError
    prefix = "ShowClusterDetail: RemoteProtocolError: "
    assert str(error).startswith(prefix) and len(str(error)) == len(prefix) + 200


def test_a_dropped_connection_near_the_deadline_is_a_transport_error(
    server: Loopback, mode: str
) -> None:
    server.replies = [DROP]
    error = run(mode, show, **at(server), deadline=0.9, max_retries=0)
    assert type(error) is dataarts.TransportError  # not a timeout: time was left


def test_a_negative_retry_count_is_one_attempt(
    server: Loopback, mode: str, waits: list[float]
) -> None:
    server.replies = [DROP, GOOD]
    error = run(mode, show, **at(server), max_retries=-1)
    assert type(error) is dataarts.TransportError and len(server.received) == 1 and waits == []
    server.replies, server.received = [Reply(503, {}), GOOD], []
    error = run(mode, show, **at(server), max_retries=-1)
    assert type(error) is dataarts.ServiceUnavailable and len(server.received) == 1


def test_a_401_makes_one_new_login_and_one_more_attempt(server: Loopback, mode: str) -> None:
    login = "/v3/auth/tokens"
    expired = Reply(401, {"error_code": "APIGW.0307", "error_msg": "token expired"})
    token = [Reply(201, {}, headers={"X-Subject-Token": f"T{n}"}) for n in range(4)]
    server.replies = [token[1], expired, token[2], GOOD, expired, token[3], expired]
    server.replies += [Reply(404, {"error_code": "X"}), Reply(302, {}), GOOD]
    creds = dataarts.PasswordCredentials("u", "pw", "d", iam_endpoint=server.url + login)

    def four(api: Any) -> Any:
        async def go() -> list[Any]:
            out: list[Any] = []
            for _ in range(4):
                try:
                    out.append(await show(api))
                except dataarts.DataArtsError as exc:
                    out.append(exc)
            return out

        if mode != "sync":
            return go()
        out: list[Any] = []
        for _ in range(4):
            try:
                out.append(show(api))
            except dataarts.DataArtsError as exc:
                out.append(exc)
        return out

    first, second, third, fourth = run(mode, four, **at(server), credentials=creds)
    assert first.name == "cdm-1"
    assert type(second) is dataarts.Unauthorized  # the new token refused too: no loop
    assert type(third) is dataarts.NotFound  # other errors: no new login
    assert type(fourth) is dataarts.Redirected
    sent = [r.headers.get("X-Auth-Token") for r in server.received if r.path != login]
    assert sent == ["T1", "T2", "T2", "T3", "T3", "T3"]


def test_a_post_is_not_sent_twice_unless_the_caller_asks(
    server: Loopback, mode: str, waits: list[float]
) -> None:
    server.replies = [DROP, Reply(204, None, "")]
    error = run(mode, start, **at(server))
    assert type(error) is dataarts.TransportError and len(server.received) == 1 and waits == []
    server.replies, server.received = [DROP, Reply(204, None, "")], []
    opt_in = RequestOptions(retry_non_idempotent=True)
    assert run(mode, lambda api: start(api, options=opt_in), **at(server)) is None
    assert len(server.received) == 2 and waits == [0.375]


def test_a_post_that_never_left_is_sent_again(mode: str, waits: list[float]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    error = run(mode, start, endpoints={"dlf": url, "cdm": url})
    assert type(error) is dataarts.TransportError and "ConnectError" in str(error)
    assert waits == [0.375, 0.75]


def test_no_wait_beyond_the_deadline(server: Loopback, mode: str, waits: list[float]) -> None:
    server.replies = [DROP, DROP, DROP, GOOD]
    # waits of 0.375 and 0.75 s fit in 1.5 s (the waits are not slept); the third, 1.5 s, not
    error = run(mode, show, **at(server), deadline=1.5, max_retries=3)
    assert type(error) is dataarts.TransportError and waits == [0.375, 0.75]
    assert len(server.received) == 3


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_retried_statuses_wait_as_told_or_back_off(
    server: Loopback, mode: str, waits: list[float], status: int
) -> None:
    server.replies = [Reply(status, {}, headers={"Retry-After": "7"}), Reply(status, {}), GOOD]
    assert run(mode, show, **at(server)).name == "cdm-1"
    assert waits == [7.0, 0.75]  # the second retry's backoff: 0.5 * 2, jitter halfway


def test_retry_after_up_to_a_minute_is_waited_for(
    server: Loopback, mode: str, waits: list[float]
) -> None:
    server.replies = [Reply(503, {}, headers={"Retry-After": "60"}), GOOD]
    assert run(mode, show, **at(server)).name == "cdm-1" and waits == [60.0]
    server.replies, server.received = [Reply(503, {}, headers={"Retry-After": "61"}), GOOD], []
    error = run(mode, show, **at(server))
    assert type(error) is dataarts.ServiceUnavailable and error.retry_after == 61.0
    assert waits == [60.0] and len(server.received) == 1


def test_a_retry_after_beyond_the_deadline_fails_at_once(
    server: Loopback, mode: str, waits: list[float]
) -> None:
    server.replies = [Reply(429, {}, headers={"Retry-After": "5"}), GOOD]
    error = run(mode, show, **at(server), deadline=4.0)
    assert type(error) is dataarts.RateLimited and error.retry_after == 5.0 and waits == []
    server.replies, server.received = [Reply(429, {}), GOOD], []
    error = run(mode, show, **at(server), deadline=0.3)  # the backoff would pass it
    assert type(error) is dataarts.RateLimited and error.retry_after is None and waits == []


def test_statuses_until_the_retries_run_out(
    server: Loopback, mode: str, waits: list[float]
) -> None:
    server.replies = [Reply(503, {})] * 4
    error = run(mode, show, **at(server), max_retries=2)
    assert type(error) is dataarts.ServiceUnavailable and len(server.received) == 3
    assert waits == [0.375, 0.75]
    server.replies, server.received = [Reply(503, {})] * 4, []
    error = run(mode, lambda api: show(api, options=RequestOptions(max_retries=0)), **at(server))
    assert type(error) is dataarts.ServiceUnavailable and len(server.received) == 1


def test_a_post_5xx_is_retried_only_on_request(
    server: Loopback, mode: str, waits: list[float]
) -> None:
    server.replies = [Reply(502, {}), Reply(204, None, "")]
    assert type(run(mode, start, **at(server))) is dataarts.ServerError
    assert len(server.received) == 1 and waits == []


def test_a_slow_answer_is_a_timeout(server: Loopback, mode: str) -> None:
    server.replies = [Reply(200, DETAIL, delay=1.0)] * 3
    error = run(mode, show, **at(server), timeout=0.2, max_retries=0)
    assert type(error) is dataarts.RequestTimeout
    assert str(error) == "ShowClusterDetail: no answer within 0.2s"
    server.replies, server.received = [Reply(200, DETAIL, delay=1.0)] * 3, []
    options = RequestOptions(timeout=0.2, max_retries=0)
    error = run(mode, lambda api: show(api, options=options), **at(server))
    assert str(error) == "ShowClusterDetail: no answer within 0.2s"


def test_the_deadline_cuts_a_slow_answer(server: Loopback, mode: str) -> None:
    server.replies = [Reply(200, DETAIL, delay=1.0)] * 3
    # without the deadline the answer would come (timeout 5 s): the deadline cut the attempt
    error = run(mode, show, **at(server), deadline=0.3, max_retries=0)
    assert type(error) is dataarts.RequestTimeout
    server.replies, server.received = [Reply(200, DETAIL, delay=1.0)] * 3, []
    options = RequestOptions(deadline=0.3, max_retries=0)
    error = run(mode, lambda api: show(api, options=options), **at(server))
    assert type(error) is dataarts.RequestTimeout


def test_an_answer_beyond_the_size_limit_is_not_retried(server: Loopback, mode: str) -> None:
    server.replies = [Reply(200, {"id": "c1", "name": "x" * 5000}), GOOD]
    error = run(mode, show, **at(server), max_response_size=1000)
    assert isinstance(error, dataarts.DataArtsError) and "1000" in str(error)
    assert len(server.received) == 1


def download_error(api: Any) -> Any:
    """A download's bytes, or the error reading them raises (sync or async)."""
    download = api.dlf.jobs.export("job1")
    if hasattr(download, "__await__"):

        async def go() -> Any:
            return [c async for c in (await download).iter_bytes()]

        return go()
    return list(download.iter_bytes())


@pytest.mark.parametrize(("status", "kind"), [(300, dataarts.Redirected), (404, dataarts.NotFound)])
def test_a_download_refused_reads_the_error_body(
    server: Loopback, mode: str, status: int, kind: type
) -> None:
    server.replies = [Reply(status, {"error_code": "DLF.0100", "error_msg": "no such job"})]
    error = run(mode, download_error, **at(server))
    assert type(error) is kind and error.error_code == "DLF.0100"


@pytest.mark.parametrize("status", [200, 299])
def test_a_download_of_any_2xx_streams_beyond_the_size_limit(
    server: Loopback, mode: str, status: int
) -> None:
    payload = bytes(range(256)) * 40
    server.replies = [Reply(status, payload, "application/octet-stream")]
    chunks = run(mode, download_error, **at(server), max_response_size=1000)
    assert b"".join(chunks) == payload


@pytest.mark.parametrize("status", [200, 201, 299])
def test_every_2xx_is_an_answer(server: Loopback, mode: str, status: int) -> None:
    server.replies = [Reply(status, DETAIL)]
    assert run(mode, show, **at(server)).name == "cdm-1"


def test_garbage_after_the_deadline_is_a_timeout(mode: str) -> None:
    """A head trickled past the call's deadline (each line within the socket timeout), then
    garbage: the call was out of time, whatever broke last."""

    def trickle(got: Got, conn: socket.socket, n: int) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        for _ in range(6):
            time.sleep(0.1)
            conn.sendall(b"X-Wait: 1\r\n")
        conn.sendall(b"no header line\r\n\r\n")
        return False

    with HostileServer(trickle).running() as server:
        error = run(mode, show, **at(server), deadline=0.3, timeout=1.0, max_retries=0)
    assert type(error) is dataarts.RequestTimeout

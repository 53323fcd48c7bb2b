"""Sending, as the server and the user see it, sync and async, against loopback servers (fast:
the mutation run of _transport.py uses these): what goes on the wire (headers, target, TLS),
how long the client waits between attempts (the waits are recorded, not slept), when it gives
up and what it raises, which connections it keeps and closes, and which proxy it goes through.
"""

from __future__ import annotations

import asyncio
import random
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from hostile.hostile_server import Got, HostileServer, reply
from loopback import Loopback, Reply

import dataarts
from dataarts import AsyncDataArts, DataArts, RequestOptions, TokenCredentials

DETAIL = {"id": "c1", "name": "cdm-1", "status": "200"}
GOOD = Reply(200, DETAIL)
DROP = Reply(action="drop")


@pytest.fixture(scope="module")
def shared() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


@pytest.fixture
def server(shared: Loopback) -> Loopback:
    shared.replies, shared.received = [], []
    return shared


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


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


def run(mode: str, call: Callable[[Any], Any], **kwargs: Any) -> Any:
    """`call(api)` on a fresh client of `mode`; its result, or the DataArtsError it raised."""
    settings: dict[str, Any] = {
        "project_id": "p",
        "credentials": TokenCredentials("t"),
        "max_retries": 2,
        "timeout": 5.0,
        **kwargs,
    }
    try:
        if mode == "sync":
            with DataArts(**settings) as api:
                return call(api)

        async def main() -> Any:
            async with AsyncDataArts(**settings) as api:
                return await call(api)

        return asyncio.run(main())
    except dataarts.DataArtsError as exc:
        return exc


def at(server: Any) -> dict[str, Any]:
    return {"endpoints": {"cdm": server.url, "dlf": server.url}}


def show(api: Any, **kwargs: Any) -> Any:
    return api.cdm.clusters.show("c1", **kwargs)


def start(api: Any, **kwargs: Any) -> Any:
    return api.dlf.jobs.start("job1", **kwargs)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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
    server.replies += [Reply(404, {"error_code": "X"}), GOOD]
    creds = dataarts.PasswordCredentials("u", "pw", "d", iam_endpoint=server.url + login)

    def three(api: Any) -> Any:
        async def go() -> list[Any]:
            out: list[Any] = []
            for _ in range(3):
                try:
                    out.append(await show(api))
                except dataarts.DataArtsError as exc:
                    out.append(exc)
            return out

        if mode != "sync":
            return go()
        out: list[Any] = []
        for _ in range(3):
            try:
                out.append(show(api))
            except dataarts.DataArtsError as exc:
                out.append(exc)
        return out

    first, second, third = run(mode, three, **at(server), credentials=creds)
    assert first.name == "cdm-1"
    assert type(second) is dataarts.Unauthorized  # the new token refused too: no loop
    assert type(third) is dataarts.NotFound  # another error: no new login
    sent = [r.headers.get("X-Auth-Token") for r in server.received if r.path != login]
    assert sent == ["T1", "T2", "T2", "T3", "T3"]


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
    server.replies = [DROP, DROP, GOOD]
    error = run(mode, show, **at(server), deadline=0.7)  # the second wait would pass it
    assert type(error) is dataarts.TransportError and waits == [0.375]
    assert len(server.received) == 2


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


# -- connections ----------------------------------------------------------------------------------
def test_a_client_passed_in_is_used_and_left_open(server: Loopback, mode: str) -> None:
    server.replies = [GOOD, GOOD]
    if mode == "sync":
        http = httpx.Client()
        assert run(mode, show, **at(server), http_client=http).name == "cdm-1"
        assert not http.is_closed
        assert http.get(server.url + "/x").status_code == 200
        http.close()
    else:

        async def main() -> None:
            http = httpx.AsyncClient()
            async with AsyncDataArts(
                **at(server), project_id="p", credentials=TokenCredentials("t"), http_client=http
            ) as api:
                assert (await show(api)).name == "cdm-1"
            assert not http.is_closed
            assert (await http.get(server.url + "/x")).status_code == 200
            await http.aclose()

        asyncio.run(main())
    got = server.received[0]
    assert got.headers["Accept-Encoding"] == "gzip, deflate" and got.headers["Accept"] == "*/*"


def test_a_client_passed_in_gets_the_call_timeout(server: Loopback, mode: str) -> None:
    server.replies = [Reply(200, DETAIL, delay=1.0)]
    http: Any = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    error = run(mode, show, **at(server), http_client=http, timeout=0.2, max_retries=0)
    assert str(error) == "ShowClusterDetail: no answer within 0.2s"


def connections(delay: float = 0.2) -> HostileServer:
    def slow(got: Got, conn: socket.socket, n: int) -> bool:
        time.sleep(delay)
        return reply(conn, 200, b'{"id": "c1", "name": "cdm-1", "status": "200"}')

    return HostileServer(slow)


def test_its_own_connections_close_with_the_client(mode: str) -> None:
    with connections(0).running() as server:
        assert run(mode, show, **at(server)).name == "cdm-1"
        for _ in range(100):
            if server.open_now == 0:
                break
            time.sleep(0.01)
        assert server.connections == 1 and server.open_now == 0


@pytest.mark.parametrize(("limit", "kept"), [(3, 3), (100, 20)])
def test_the_pool_bounds_open_and_idle_connections(limit: int, kept: int) -> None:
    async def main(server: HostileServer) -> None:
        async with AsyncDataArts(
            **at(server),
            project_id="p",
            credentials=TokenCredentials("t"),
            max_connections=limit,
        ) as api:
            await asyncio.gather(*(show(api) for _ in range(24)))
            for _ in range(100):  # the connections beyond the idle limit are closed
                if server.open_now <= kept:
                    break
                await asyncio.sleep(0.01)
            assert server.open_now == kept

    with connections().running() as server:
        asyncio.run(main(server))
    assert server.peak_open <= max(kept, min(limit, 24))
    assert server.peak_open == min(limit, 24)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "all_proxy"])
def test_a_proxy_from_the_environment(
    server: Loopback, mode: str, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv(variable, server.url)
    server.replies = [GOOD, GOOD]
    endpoints = {"endpoints": {"cdm": "http://cdm.invalid", "dlf": "http://cdm.invalid"}}
    assert run(mode, show, **endpoints).name == "cdm-1"
    assert server.received[0].target == "http://cdm.invalid/v1.1/p/clusters/c1"
    error = run(mode, show, **endpoints, trust_env=False, max_retries=0)
    assert type(error) is dataarts.TransportError and len(server.received) == 1


def test_a_redirect_through_a_proxy_is_an_error(
    server: Loopback, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    server.replies = [Reply(302, {}, headers={"Location": "http://cdm.invalid/x"}), GOOD]
    error = run(mode, show, endpoints={"cdm": "http://cdm.invalid"})
    assert type(error) is dataarts.Redirected and len(server.received) == 1


# -- TLS ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on 127.0.0.1 with a certificate of a throwaway CA; (url, CA file)."""
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    folder = tmp_path_factory.mktemp("tls")
    ca_file = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = b'{"id": "c1", "name": "tls-1", "status": "200"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class TLSServer(ThreadingHTTPServer):
        def get_request(self) -> Any:
            conn, addr = super().get_request()
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            cert.configure_cert(context)
            return context.wrap_socket(conn, server_side=True), addr

        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client refusing the certificate

    httpd = TLSServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}", ca_file
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_tls_trusts_the_ca_file_named_by_the_environment(
    tls: tuple[str, Path], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca_file = tls
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    assert run(mode, show, endpoints={"cdm": url}, trust_env=False).name == "tls-1"


def test_tls_trusts_the_ca_folder_named_by_the_environment(
    tls: tuple[str, Path], mode: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, ca_file = tls
    ssl_hash = _subject_hash(ca_file)
    (tmp_path / f"{ssl_hash}.0").write_bytes(ca_file.read_bytes())
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    assert run(mode, show, endpoints={"cdm": url}, trust_env=False).name == "tls-1"


def test_tls_refuses_a_server_no_trusted_ca_vouches_for(
    tls: tuple[str, Path], mode: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, _ = tls
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    error = run(mode, show, endpoints={"cdm": url}, trust_env=False, max_retries=0)
    assert type(error) is dataarts.TransportError and "CERTIFICATE_VERIFY_FAILED" in str(error)
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))  # a folder without the CA
    error = run(mode, show, endpoints={"cdm": url}, trust_env=False, max_retries=0)
    assert type(error) is dataarts.TransportError and "CERTIFICATE_VERIFY_FAILED" in str(error)


def _subject_hash(ca_file: Path) -> str:
    """OpenSSL's name of a CA in a hashed folder (what `openssl x509 -hash` prints)."""
    import subprocess

    done = subprocess.run(
        ["openssl", "x509", "-hash", "-noout", "-in", str(ca_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("no openssl command to name the CA in a folder")
    return done.stdout.strip()

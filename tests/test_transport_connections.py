"""Connections, as the server and the user see them, sync and async: a client passed in (used,
given the call's timeout, left open), the client's own pool (closed with it, bounded, idle
connections limited), proxies from the environment, and TLS (the CA named by SSL_CERT_FILE or
SSL_CERT_DIR trusted, any other server refused). Fast: the mutation run of _transport.py uses
these.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import socket
import ssl
import threading
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from calls import DETAIL, GOOD, at, mode, run, server, shared, show
from hostile.hostile_server import Got, HostileServer, reply
from loopback import Loopback, Reply

import dataarts
from dataarts import AsyncDataArts, TokenCredentials

__all__ = ["mode", "server", "shared"]  # fixtures


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


@functools.cache
def gzip_bomb() -> bytes:
    """32 MB of zeros in about 32 KB of gzip."""
    return gzip.compress(b"\0" * (32 * 1024 * 1024), compresslevel=6)


def test_a_client_passed_in_reads_within_the_size_limit(server: Loopback, mode: str) -> None:
    server.replies = [Reply(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})]
    http: Any = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    tracemalloc.start()
    try:
        error = run(mode, show, **at(server), http_client=http, max_response_size=1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert type(error) is dataarts.ResponseTooLarge
    assert peak < 16 * 1024 * 1024, peak  # never the whole 32 MB in memory


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

"""Resources: body size (received and inflated), the call's deadline against a trickle, the
pool's connections; downloads stay streamed and constant in memory."""

from __future__ import annotations

import asyncio
import functools
import gzip
import socket
import time
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest
from hostile_server import DETAIL, Got, HostileServer, client_for, reply

import dataarts

MB = 1024 * 1024
# A call with timeout=1 against a trickle that lasts 20 s ends well before this (slack for a
# loaded machine: the servers are threads of the test's process).
WITHIN = 6.0


@functools.cache
def gzip_bomb() -> bytes:
    """128 MB of zeros in about 130 KB of gzip."""
    return gzip.compress(b"\0" * (128 * MB), compresslevel=9)


def peak_of(call: Any) -> tuple[int, BaseException | None]:
    tracemalloc.start()
    error: BaseException | None = None
    try:
        call()
    except dataarts.DataArtsError as exc:
        error = exc
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak, error


def test_a_gzip_bomb_stops_at_the_limit() -> None:
    bomb = gzip_bomb()

    def script(got: Got, conn: socket.socket, n: int) -> bool:
        return reply(conn, 200, bomb, {"Content-Encoding": "gzip"})

    with HostileServer(script).running() as server:
        with client_for(server, max_response_size=4 * MB) as api:  # type: ignore[attr-defined]
            peak, error = peak_of(lambda: api.cdm.clusters.show("c1"))
    assert isinstance(error, dataarts.ResponseTooLarge)
    assert peak < 16 * MB, peak
    assert len(server.got) == 1  # not retried


def test_the_default_limit_holds_against_a_bomb() -> None:
    bomb = gzip_bomb()  # twice the default limit

    def script(got: Got, conn: socket.socket, n: int) -> bool:
        return reply(conn, 200, bomb, {"Content-Encoding": "gzip"})

    with HostileServer(script).running() as server:
        with client_for(server) as api:  # type: ignore[attr-defined]
            peak, error = peak_of(lambda: api.cdm.clusters.show("c1"))
    assert isinstance(error, dataarts.ResponseTooLarge)
    assert peak < 200 * MB, peak


def test_a_plain_body_beyond_the_limit_is_refused() -> None:
    big = b'{"id": "' + b"x" * (2 * MB) + b'"}'

    def script(got: Got, conn: socket.socket, n: int) -> bool:
        return reply(conn, 200, big)

    with HostileServer(script).running() as server:
        with client_for(server, max_response_size=MB) as api:  # type: ignore[attr-defined]
            with pytest.raises(dataarts.ResponseTooLarge):
                api.cdm.clusters.show("c1")


def test_a_gzip_answer_within_the_limit_parses() -> None:
    def script(got: Got, conn: socket.socket, n: int) -> bool:
        assert got.header("Accept-Encoding") == "gzip, deflate"
        return reply(conn, 200, gzip.compress(DETAIL), {"Content-Encoding": "gzip"})

    with HostileServer(script).running() as server:
        with client_for(server) as api:  # type: ignore[attr-defined]
            assert api.cdm.clusters.show("c1").name == "cdm-1"


def trickle(got: Got, conn: socket.socket, n: int) -> bool:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
    )
    for _ in range(100):
        time.sleep(0.2)
        conn.sendall(b" ")
    return False


def test_a_trickle_cannot_stretch_a_call() -> None:
    with HostileServer(trickle, max_requests=5).running() as server:
        with client_for(server, timeout=1.0, max_retries=0) as api:  # type: ignore[attr-defined]
            started = time.monotonic()
            with pytest.raises(dataarts.RequestTimeout):
                api.cdm.clusters.show("c1")
            assert time.monotonic() - started < WITHIN


def trickled_headers(got: Got, conn: socket.socket, n: int) -> bool:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    for _ in range(100):  # one header byte every 0.2 s: each read is quick, the call is not
        time.sleep(0.2)
        conn.sendall(b"X")
    return False


@pytest.mark.parametrize("asynchronous", [False, True])
def test_trickled_headers_cannot_stretch_a_call(asynchronous: bool) -> None:
    async def main(server: HostileServer) -> None:
        async with client_for(server, asynchronous=True, timeout=1.0, max_retries=0) as api:  # type: ignore[attr-defined]
            await api.cdm.clusters.show("c1")

    with HostileServer(trickled_headers, max_requests=5).running() as server:
        started = time.monotonic()
        with pytest.raises(dataarts.RequestTimeout):
            if asynchronous:
                asyncio.run(main(server))
            else:
                with client_for(server, timeout=1.0, max_retries=0) as api:  # type: ignore[attr-defined]
                    api.cdm.clusters.show("c1")
        assert time.monotonic() - started < WITHIN
    assert len(server.got) == 1


def test_trickled_headers_cannot_stretch_a_call_over_a_client_passed_in() -> None:
    with HostileServer(trickled_headers, max_requests=5).running() as server:
        with httpx.Client() as http:
            with client_for(server, http_client=http, timeout=1.0, max_retries=0) as api:  # type: ignore[attr-defined]
                started = time.monotonic()
                with pytest.raises(dataarts.RequestTimeout):
                    api.cdm.clusters.show("c1")
                assert time.monotonic() - started < WITHIN


def test_the_deadline_bounds_trickled_headers_under_a_longer_timeout() -> None:
    with HostileServer(trickled_headers, max_requests=5).running() as server:
        with client_for(server, timeout=30.0, deadline=1.0, max_retries=0) as api:  # type: ignore[attr-defined]
            started = time.monotonic()
            with pytest.raises(dataarts.RequestTimeout):
                api.cdm.clusters.show("c1")
            assert time.monotonic() - started < WITHIN


def test_a_trickle_cannot_stretch_an_async_call() -> None:
    async def main(url: HostileServer) -> None:
        async with client_for(url, asynchronous=True, timeout=1.0, max_retries=0) as api:  # type: ignore[attr-defined]
            await api.cdm.clusters.show("c1")

    with HostileServer(trickle, max_requests=5).running() as server:
        started = time.monotonic()
        with pytest.raises(dataarts.RequestTimeout):
            asyncio.run(main(server))
        assert time.monotonic() - started < WITHIN


def test_the_pool_is_bounded() -> None:
    def slow(got: Got, conn: socket.socket, n: int) -> bool:
        time.sleep(0.05)
        return reply(conn, 200, DETAIL)

    async def main(server: HostileServer) -> None:
        async with client_for(server, asynchronous=True, max_connections=8) as api:  # type: ignore[attr-defined]
            await asyncio.gather(*(api.cdm.clusters.show("c1") for _ in range(120)))

    with HostileServer(slow).running() as server:
        asyncio.run(main(server))
    assert len(server.got) == 120
    assert server.peak_open <= 8 and server.connections <= 8 * 2


def test_a_download_is_unbounded_and_constant_in_memory(tmp_path: Path) -> None:
    size = 64 * MB
    chunk = b"z" * MB

    def script(got: Got, conn: socket.socket, n: int) -> bool:
        conn.sendall(
            f"HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: {size}\r\n\r\n".encode()
        )
        for _ in range(size // MB):
            conn.sendall(chunk)
        return True

    with HostileServer(script).running() as server:
        with client_for(server, max_response_size=MB) as api:  # type: ignore[attr-defined]
            target = tmp_path / "export.zip"
            peak, error = peak_of(lambda: api.dlf.connections.export().save(target))
    assert error is None
    assert target.stat().st_size == size
    assert peak < 8 * MB, peak

"""The sync pool's sockets bounded by the attempt under way: each read and write (and connect,
TLS handshake) ends by the time the attempt must be over, so a server trickling its status line
and headers cannot stretch a call; httpcore bounds each read only. `_transport` sets `BOUND.at`
around an attempt; outside one (a download's stream read later by the caller) reads keep their
own timeout.
"""

from __future__ import annotations

import ssl
import threading
import time
from typing import Any

import httpcore
import httpx


class _Bound(threading.local):
    """The time (time.monotonic) by which the sync attempt under way on this thread must be
    over, None outside one (a download's stream read later by the caller)."""

    at: float | None = None


BOUND = _Bound()


def _cut(timeout: float | None) -> float | None:
    """A socket operation's timeout, cut to what is left of the attempt under way."""
    at = BOUND.at
    if at is None:
        return timeout
    left = max(0.001, at - time.monotonic())
    return left if timeout is None or left < timeout else timeout


class _BoundedStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the attempt's deadline, so a server
    trickling its status line and headers cannot stretch a call (httpcore bounds each read
    only)."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if buffer:  # h11 hands over b"" for an empty body and its end: nothing to send (as
            self._stream.write(buffer, _cut(timeout))  # httpcore's own streams do)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _BoundedStream(self._stream.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _BoundedBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, its connections `_BoundedStream`s."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, _cut(timeout), local_address, socket_options)
        return _BoundedStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _BoundedStream(
            self._backend.connect_unix_socket(path, _cut(timeout), socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bounded(http: httpx.Client) -> None:
    """Cut the socket operations of an httpx.Client's pools (its transport's, a proxy's) to the
    attempt under way, when one is (a pool made later by httpx, or another transport, keeps
    per-read bounds only)."""
    for transport in [http._transport, *http._mounts.values()]:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _BoundedBackend):
            pool._network_backend = _BoundedBackend(backend)  # type: ignore[union-attr]

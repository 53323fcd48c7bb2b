"""The mock as a real HTTP server on 127.0.0.1 (a free port), for code that does not use httpx.

Each request goes to the same `Core.handle` as the in-process transport; faults are delivered
on the wire (a sleep, a connection closed without an answer, a body shorter than its
Content-Length).
"""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ._mock import Core

if TYPE_CHECKING:
    from dataarts import AsyncDataArts, DataArts

    from ._kit import MockDataArts


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def _handler(core: Core) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Headers and body leave in separate writes: without this, Nagle's algorithm and
            # the client's delayed ACK add 40 ms to every answer.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def handle_any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            path, _, raw_query = self.path.partition("?")
            query = parse_qsl(raw_query, keep_blank_values=True)
            outcome = core.handle(self.command, path, query, dict(self.headers.items()), body)
            if outcome.delay:
                time.sleep(outcome.delay)
            if outcome.drop:
                self.close_connection = True
                return
            reply = outcome.reply
            data = reply.encoded()
            self.send_response(reply.status)
            if reply.content_type and data:
                self.send_header("Content-Type", reply.content_type)
            for key, value in reply.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if outcome.truncate:
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(data)

        def __getattr__(self, name: str) -> Any:
            if name.startswith("do_"):  # every method: the mock answers what it does not know
                return self.handle_any
            raise AttributeError(name)

    return Handler


class MockServer:
    """A running server: `url`, `endpoints` (every service at that url), clients over HTTP."""

    def __init__(self, mock: MockDataArts, services: list[str]) -> None:
        self.mock = mock
        self.httpd = _Server(("127.0.0.1", 0), _handler(mock.core))
        host, port = self.httpd.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        self.endpoints = {name: self.url for name in services}
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def client(self, **kwargs: Any) -> DataArts:
        """A DataArts client calling this server over HTTP (keyword arguments override)."""
        return self.mock.client(**{"endpoints": self.endpoints, "http_client": None, **kwargs})

    def async_client(self, **kwargs: Any) -> AsyncDataArts:
        """An AsyncDataArts client calling this server over HTTP."""
        options = {"endpoints": self.endpoints, "http_client": None, **kwargs}
        return self.mock.async_client(**options)

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

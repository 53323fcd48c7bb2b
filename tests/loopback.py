"""A real HTTP server on 127.0.0.1 that answers from fixtures and records what it received."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Received:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    target: str = ""  # the request line's target as sent (path and raw query)


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    action: str = "reply"  # or "drop" (close without answering), "truncate" (half a body)
    delay: float = 0.0

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if self.content_type and "json" not in self.content_type:
            return str(self.body).encode()
        return json.dumps(self.body, ensure_ascii=False).encode()


class Loopback:
    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.received: list[Received] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def handle_any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                outer.received.append(
                    Received(
                        self.command,
                        parts.path,
                        parse_qsl(parts.query, keep_blank_values=True),
                        dict(self.headers.items()),
                        body,
                        self.path,
                    )
                )
                reply = (
                    outer.replies.pop(0) if outer.replies else Reply(500, {"error_msg": "no reply"})
                )
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.action == "drop":
                    self.close_connection = True
                    return
                data = reply.encoded()
                self.send_response(reply.status)
                if reply.content_type and data:
                    self.send_header("Content-Type", reply.content_type)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.action == "truncate":
                    self.send_header("Content-Length", str(len(data) + 1000))
                    self.end_headers()
                    self.wfile.write(data)
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    @contextmanager
    def running(self) -> Iterator[Loopback]:
        # a short poll: shutdown() waits for it (0.5 s by default, per test)
        thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()

"""A hostile HTTP/1.1 server on 127.0.0.1: each request is recorded, then a script decides what
goes back on the raw socket (a reset, a trickle, a redirect, a bomb...).

Bounded: it serves at most `max_requests` requests, every socket has a timeout, and it stops
with its context manager.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

MAX_HEAD = 64 * 1024


@dataclass
class Got:
    """A request the server read."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)


Script = Callable[[Got, socket.socket, int], bool]  # returns whether to keep the connection


def reply(
    conn: socket.socket,
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    content_type: str = "application/json",
) -> bool:
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}"]
    if body:
        head.append(f"Content-Type: {content_type}")
    head += [f"{k}: {v}" for k, v in (headers or {}).items()]
    conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
    return True


def reset(conn: socket.socket) -> bool:
    """Close with a TCP reset, after the request was read."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    return False


class HostileServer:
    def __init__(self, script: Script, max_requests: int = 300) -> None:
        self.script = script
        self.max_requests = max_requests
        self.got: list[Got] = []
        self.connections = 0
        self.open_now = 0
        self.peak_open = 0
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(512)
        self._sock.settimeout(0.02)  # how often it looks at _stop
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()

    @contextmanager
    def running(self) -> Iterator[HostileServer]:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join(5)
            self._sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            with self._lock:
                self.connections += 1
                self.open_now += 1
                self.peak_open = max(self.peak_open, self.open_now)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        buffer = b""
        try:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    data = conn.recv(65536)
                    if not data or len(buffer) > MAX_HEAD:
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
                length = int(
                    next((v for k, v in headers.items() if k.lower() == "content-length"), 0)
                )
                while len(buffer) < length:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buffer += data
                body, buffer = buffer[:length], buffer[length:]
                with self._lock:
                    if len(self.got) >= self.max_requests:
                        return
                    self.got.append(Got(method, target, headers, body))
                    n = len(self.got) - 1
                if not self.script(self.got[n], conn, n):
                    return
        except OSError:
            return
        finally:
            with self._lock:
                self.open_now -= 1
            conn.close()


SECRET = "s3cr3t-Pass-4711"
TOKEN = "TOKEN-abcdef-0123456789"
SECURITY_TOKEN = "SECTOK-9876543210"
DETAIL = b'{"id": "c1", "name": "cdm-1", "status": "200"}'


def ok(body: bytes = DETAIL) -> Script:
    def script(got: Got, conn: socket.socket, n: int) -> bool:
        return reply(conn, 200, body)

    return script


def client_for(server: HostileServer, *, asynchronous: bool = False, **kwargs: object) -> object:
    import dataarts

    settings: dict[str, object] = {
        "max_retries": 2,
        "timeout": 5.0,
        "credentials": dataarts.TokenCredentials(TOKEN),
        **kwargs,
    }
    cls = dataarts.AsyncDataArts if asynchronous else dataarts.DataArts
    api = cls(
        endpoints={"cdm": server.url, "dlf": server.url},
        project_id="p",
        workspace="w",
        **settings,
    )  # type: ignore[arg-type]
    api._core.settings.backoff = 0.02
    return api

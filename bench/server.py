"""A fast loopback HTTP/1.1 server for the client benchmarks (its own process, keep-alive,
TCP_NODELAY). Answers each path of the routes file (query ignored) with its JSON body, any other
path with 404.

    python bench/server.py PORT_FILE ROUTES_JSON   ({"/path": body, ...})
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys

ROUTES: dict[bytes, bytes] = {}
NOT_FOUND = b""


def response(body: bytes, status: str = "200 OK") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-Request-Id: bench\r\n\r\n"
    )
    return head.encode() + body


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            path = head.split(b" ", 2)[1].split(b"?")[0]
            writer.write(ROUTES.get(path, NOT_FOUND))
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port_file: str, routes_file: str) -> None:
    global NOT_FOUND
    routes = json.loads(open(routes_file, encoding="utf-8").read())
    ROUTES.update(
        {path.encode(): response(json.dumps(body).encode()) for path, body in routes.items()}
    )
    NOT_FOUND = response(
        b'{"error_code": "BENCH.404", "error_msg": "no such path"}', "404 Not Found"
    )
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(port_file, "w") as fh:
        fh.write(str(port))
    async with server:
        await asyncio.wait_for(server.serve_forever(), timeout=600)  # stops by itself


if __name__ == "__main__":
    try:
        asyncio.run(main(sys.argv[1], sys.argv[2]))
    except (asyncio.TimeoutError, KeyboardInterrupt):
        pass

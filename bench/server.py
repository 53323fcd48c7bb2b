"""A fast loopback HTTP/1.1 server for the client benchmarks (its own process, keep-alive,
TCP_NODELAY). Answers GET .../clusters/{id} with one cluster and GET .../clusters with the list.

    python bench/server.py PORT_FILE CLUSTERS_JSON   (the first cluster is the detail, the rest the list)
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys

CLUSTER: bytes = b""
LIST: bytes = b""


def response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
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
            writer.write(LIST if path.endswith(b"/clusters") else CLUSTER)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port_file: str, clusters_file: str) -> None:
    global CLUSTER, LIST
    clusters = json.loads(open(clusters_file, encoding="utf-8").read())
    CLUSTER = response(json.dumps(clusters[0]).encode())
    LIST = response(json.dumps({"clusters": clusters[1:]}).encode())
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

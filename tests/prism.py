"""Prism (`prism mock`, from node_modules) serving the bundled spec on 127.0.0.1, and what it
says about a request: Prism reports its validation findings in the `sl-violations` header, or in
the `validation` list of the problem+json body it answers with when it rejects a request."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from linters import NODE_ENV, node_tool

STARTUP_SECONDS = 120.0
ITEM = re.compile(
    r'\{"location":\[[^\]]*\],"severity":"\w+"(,"code":"[^"]*")?,"message":"(\\.|[^"\\])*"\}'
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def running_prism(bundle: Path, log: Path, *options: str) -> Iterator[str]:
    """A Prism mock server on the bundle; yields its base URL, stops it on exit."""
    port = free_port()
    args = [str(node_tool("prism")), "mock", "-h", "127.0.0.1", "-p", str(port), *options]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*args, str(bundle)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **NODE_ENV},
        )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"prism exited with {proc.returncode}:\n{log.read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"prism did not listen within {STARTUP_SECONDS}s") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    """Prism's findings about this exchange; `location` starts with `request` or `response`."""
    found: list[dict[str, Any]] = []
    header = response.headers.get("sl-violations")
    if header:
        try:
            found += json.loads(header)
        except json.JSONDecodeError:  # "Too many violations! [...": a cut list; take whole items
            for m in ITEM.finditer(header):
                found.append(json.loads(m.group(0)))
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        problem = json.loads(response.content or b"{}")
        for v in problem.get("validation") or []:
            found.append({**v, "location": ["request", *v.get("location", [])]})
        if not problem.get("validation") and response.status_code >= 400:
            found.append(
                {
                    "location": ["request"],
                    "severity": "Error",
                    "message": f"{problem.get('title')}: {problem.get('detail')}",
                }
            )
    return found


def located(found: list[dict[str, Any]], where: str) -> list[dict[str, Any]]:
    return [v for v in found if v.get("location", [""])[0] == where and v["severity"] == "Error"]


def describe(found: list[dict[str, Any]]) -> str:
    return "; ".join(f"{'.'.join(map(str, v['location']))}: {v['message']}" for v in found[:10])

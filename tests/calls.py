"""The calls the transport tests make, sync or async, against loopback servers: one shared
server per test module, a fresh client per call, the call's result or the DataArtsError it
raised."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from loopback import Loopback, Reply

import dataarts
from dataarts import AsyncDataArts, DataArts, TokenCredentials

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

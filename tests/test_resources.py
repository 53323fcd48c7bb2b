"""A resource method call as a user and a server see it, sync and async: the parsed result, a
download sent only when read, per-call options, raw responses next to the parsed result.

Over an httpx.MockTransport (tests/mockwire.py): fast, for mutation testing of _resources.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from mockwire import CDM, DLF, Wire, rebind, reply

from dataarts import (
    ApiResponse,
    AsyncDownload,
    Download,
    NotFound,
    RequestOptions,
    ResponseTooLarge,
    with_raw_response,
    with_raw_response_async,
)
from dataarts.models import cdm

DETAIL = {"id": "c1", "name": "cdm-1", "status": "200"}
ZIP = b"PK\x03\x04" + bytes(range(256)) * 3


@pytest.fixture(autouse=True)
def _current_package() -> None:
    rebind(globals())  # another test may have imported the package again (tests/mockwire.py)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


@pytest.mark.parametrize("given", [None, {}, {"timeout": 5}])
def test_a_call_returns_the_parsed_model(given: dict[str, Any] | None) -> None:
    options = None if given is None else RequestOptions(**given)
    wire = Wire(reply(200, DETAIL))
    with wire.client() as api:
        shown = api.cdm.clusters.show("c1", options=options)
    assert isinstance(shown, cdm.ClusterDetail) and shown.name == "cdm-1"
    assert [(r.method, str(r.url)) for r in wire.sent] == [("GET", f"{CDM}/v1.1/p/clusters/c1")]


def test_async_call_returns_the_parsed_model() -> None:
    wire = Wire(reply(200, DETAIL))

    async def main() -> Any:
        async with wire.async_client() as api:
            return await api.cdm.clusters.show("c1")

    shown = run(main())
    assert isinstance(shown, cdm.ClusterDetail) and shown.name == "cdm-1"
    assert [(r.method, str(r.url)) for r in wire.sent] == [("GET", f"{CDM}/v1.1/p/clusters/c1")]


def test_per_call_options_reach_the_wire() -> None:
    wire = Wire(reply(200, DETAIL))
    options = RequestOptions(headers={"X-Trace": "t1"}, extra_query={"debug": "1"})
    with wire.client() as api:
        api.cdm.clusters.show("c1", options=options)
    assert wire.last.headers["X-Trace"] == "t1" and wire.query() == [("debug", "1")]


def test_an_error_status_is_raised_not_returned() -> None:
    wire = Wire(reply(404, {"error_code": "CDM.0010", "error_msg": "no such cluster"}))
    with wire.client(max_retries=0) as api:
        with pytest.raises(NotFound):
            api.cdm.clusters.show("c1")


def test_a_download_is_sent_when_read() -> None:
    wire = Wire(reply(200, ZIP, **{"Content-Type": "application/zip"}))
    with wire.client(workspace="w") as api:
        download = api.dlf.connections.export(options=RequestOptions(headers={"X-Trace": "d"}))
        assert isinstance(download, Download) and wire.sent == []
        assert b"".join(download.iter_bytes()) == ZIP
    (sent,) = wire.sent
    assert sent.method == "POST" and str(sent.url) == f"{DLF}/v1/p/connections/export"
    assert sent.headers["X-Trace"] == "d" and sent.headers["workspace"] == "w"


def test_async_download_is_sent_when_read() -> None:
    wire = Wire(reply(200, ZIP, **{"Content-Type": "application/zip"}))

    async def main() -> bytes:
        async with wire.async_client() as api:
            download = api.dlf.connections.export(options=RequestOptions(headers={"X-T": "a"}))
            download = await download
            assert isinstance(download, AsyncDownload) and wire.sent == []
            return b"".join([chunk async for chunk in download.iter_bytes()])

    assert run(main()) == ZIP
    (sent,) = wire.sent
    assert sent.method == "POST" and str(sent.url) == f"{DLF}/v1/p/connections/export"
    assert sent.headers["X-T"] == "a"


def check_raw(raw: Any, sent: Any, header: str | None) -> None:
    assert isinstance(raw, ApiResponse)
    assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "r1"
    assert isinstance(raw.parsed, cdm.ClusterDetail) and raw.parsed.name == "cdm-1"
    assert raw.content.startswith(b"{") and b'"cdm-1"' in raw.content
    assert sent.headers.get("X-Trace") == header


CASES: list[tuple[dict[str, Any], str | None]] = [  # "options": RequestOptions' arguments
    ({}, None),
    ({"options": None}, None),
    ({"options": {"headers": {"X-Trace": "t"}}}, "t"),
    ({"options": {"headers": {"X-Trace": "u"}, "raw": False}}, "u"),
]


def options_of(case: dict[str, Any]) -> dict[str, Any]:
    given = case.get("options")
    return {**case, "options": RequestOptions(**given)} if given else case


@pytest.mark.parametrize("kwargs,header", CASES)
def test_raw_response_keeps_the_callers_options(kwargs: dict[str, Any], header: str | None) -> None:
    wire = Wire(reply(200, DETAIL, **{"X-Request-Id": "r1"}))
    with wire.client() as api:
        raw = with_raw_response(api.cdm.clusters.show, "c1", **options_of(kwargs))
    check_raw(raw, wire.last, header)


@pytest.mark.parametrize("kwargs,header", CASES)
def test_async_raw_response_keeps_the_callers_options(
    kwargs: dict[str, Any], header: str | None
) -> None:
    wire = Wire(reply(200, DETAIL, **{"X-Request-Id": "r1"}))

    async def main() -> Any:
        async with wire.async_client() as api:
            show: Callable[..., Any] = api.cdm.clusters.show
            return await with_raw_response_async(show, "c1", **options_of(kwargs))

    check_raw(run(main()), wire.last, header)


def test_raw_option_on_its_own() -> None:
    wire = Wire(reply(200, DETAIL, **{"X-Request-Id": "r1"}))
    with wire.client() as api:
        raw = api.cdm.clusters.show("c1", options=RequestOptions(raw=True))
    check_raw(raw, wire.last, None)


def test_a_response_over_the_size_limit_is_refused() -> None:
    body = {**DETAIL, "vpc_id": "v" * 200}
    wire = Wire(reply(200, body), reply(200, body))
    with wire.client(max_response_size=200) as api:
        with pytest.raises(ResponseTooLarge):
            api.cdm.clusters.show("c1")

    async def main() -> Any:
        async with wire.async_client(max_response_size=200) as api:
            return await api.cdm.clusters.show("c1")

    with pytest.raises(ResponseTooLarge):
        run(main())

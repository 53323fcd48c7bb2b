"""A resource method call as a user and a server see it, sync and async: the parsed result, a
download sent only when read, per-call options, raw responses next to the parsed result.

Over an httpx.MockTransport (tests/mockwire.py): fast, for mutation testing of _resources.py.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import json
import typing
from collections.abc import Callable
from typing import Any

import pydantic
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


def _resources_module() -> Any:
    return importlib.import_module("dataarts._resources")


def test_each_operation_is_planned_from_its_table_and_its_methods_annotations() -> None:
    """Every operation's Plan against what its method declares: the body's model, the
    parsed result's type, the arguments' types checked, the parameters' places."""
    resources = _resources_module()
    clusters = importlib.import_module("dataarts.cdm.clusters")
    for cls in (clusters.CdmClusters, clusters.AsyncCdmClusters):
        create = resources.plan(cls, "CreateCluster")
        assert create.body and create.body_required and create.content_type == "application/json"
        assert create.body_type is cdm.CreateClusterRequest and not create.idempotent
        assert create.response_type is cdm.CreateClusterResponse and not create.stream
        assert create.params == (
            ("path", "project_id", "project_id", "", False),
            ("header", "X-Language", "language", "", False),
        )
        show = resources.plan(cls, "ShowClusterDetail")
        assert not show.body and show.body_type is None and show.idempotent
        assert show.params[1] == ("path", "cluster_id", "", "", False)
        assert show.method == "GET" and show.template == "/v1.1/{project_id}/clusters/{cluster_id}"
    jobs = importlib.import_module("dataarts.dlf.jobs")
    listed = resources.plan(jobs.DlfJobs, "ListDlfJobs")
    hints = typing.get_type_hints(jobs.DlfJobs.list, include_extras=True)
    assert repr(listed.types) == repr(  # Field()s compare by identity: by their repr
        {
            "jobType": ("job_type", hints["job_type"]),
            "offset": ("offset", hints["offset"]),
            "limit": ("limit", hints["limit"]),
        }
    )
    export = resources.plan(jobs.AsyncDlfJobs, "ExportJob")
    assert export.stream and export.response_type is None


@pytest.mark.parametrize(
    "kind, stream, parsed",
    [("json", False, True), ("text", False, True), ("none", False, False), ("stream", True, False)],
)
def test_only_a_stream_response_is_planned_as_a_download(
    monkeypatch: pytest.MonkeyPatch, kind: str, stream: bool, parsed: bool
) -> None:
    """The table's response kind decides: a download for "stream" alone, the method's return
    type parsed for "json" and "text", nothing for "none"."""
    resources = _resources_module()
    clusters = importlib.import_module("dataarts.cdm.clusters")

    class Mine(clusters.CdmClusters):
        pass

    real = resources._table

    def table(module: str) -> dict[str, Any]:
        copied: dict[str, Any] = json.loads(json.dumps(real(module)))
        copied["ShowClusterDetail"]["response"] = kind
        return copied

    monkeypatch.setattr(resources, "_table", table)
    planned = resources.plan(Mine, "ShowClusterDetail")
    assert planned.stream is stream
    assert planned.response_type is (cdm.ClusterDetail if parsed else None)


def test_a_subclass_of_a_resource_reads_its_bases_table() -> None:
    clusters = importlib.import_module("dataarts.cdm.clusters")

    class Mine(clusters.CdmClusters):
        pass

    wire = Wire(reply(200, DETAIL))
    with wire.client() as api:
        shown = Mine(api.cdm.clusters._core).show("c1")
    assert isinstance(shown, cdm.ClusterDetail)
    assert [str(r.url) for r in wire.sent] == [f"{CDM}/v1.1/p/clusters/c1"]


def test_a_call_with_arguments_its_table_does_not_take_is_refused() -> None:
    wire = Wire(reply(200, DETAIL))
    with wire.client() as api:
        with pytest.raises(TypeError, match="ShowClusterDetail: 2 arguments for 1"):
            api.cdm.clusters._call("ShowClusterDetail", None, "c1", "extra")
    assert wire.sent == []


class _A(pydantic.BaseModel):
    a: int


class _B(pydantic.BaseModel):
    b: int


@pytest.mark.parametrize(
    "annotation, body_type",
    [
        (_A | dict[str, Any], _A),
        (_A | dict[str, Any] | None, _A),
        (list[_A] | dict[str, Any], list[_A]),
        (_A | _B | dict[str, Any], _A | _B),
        (dict[str, Any], dict[str, Any]),
        (dict[str, Any] | None, dict[str, Any] | None),
        (bytes | dict[str, Any], bytes),
    ],
)
def test_the_body_type_is_the_body_arguments_annotation_without_the_dict(
    annotation: Any, body_type: Any
) -> None:
    assert _resources_module()._body_type(annotation) == body_type


def test_a_plan_puts_each_argument_where_its_table_says() -> None:
    resources = _resources_module()
    encoding = importlib.import_module("dataarts._encoding")
    table = """[["path", "a", "", "", false], ["path", "project_id", "project_id", "", false],
        ["query", "q", "", "form", true], ["query", "lang", "language", "", false],
        ["header", "H", "", "", false], ["cookie", "c", "", "", false]]"""
    params = tuple(tuple(p) for p in json.loads(table))  # strings as a table's: not interned
    plan = resources.Plan(
        operation="Op",
        method="GET",
        template="/x/{a}",
        params=params,
        body=True,
        body_type=int,
        content_type="application/json",
        body_required=True,
        idempotent=True,
        types={"q": ("q", int)},
        response_type=None,
        stream=False,
    )

    class Settings:
        def _setting(self, name: str, required: bool) -> str:
            return f"{name}:{required}"

    request = plan.request(Settings(), ("A", [1, 2], "h", "k"))
    assert request["path"] == {"a": "A", "project_id": "project_id:True"}
    (q, sent), lang = request["query"]
    assert q == "q" and isinstance(sent, encoding.Styled)
    assert (sent.value, sent.style, sent.explode) == ([1, 2], "form", True)
    assert lang == ("lang", "language:False")
    assert request["headers"] == [("H", "h")] and request["cookies"] == [("c", "k")]
    assert (request["body_type"], request["content_type"], request["body_required"]) == (
        int,
        "application/json",
        True,
    )
    assert request["types"] == {"q": ("q", int)}
    bare = dataclasses.replace(plan, params=params[:1], body=False, types=None)
    assert bare.request(Settings(), ("A",)) == {"path": {"a": "A"}, "query": [], "headers": []}
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.stream = True  # type: ignore[misc]
    assert not hasattr(plan, "__dict__")  # slots: one made per operation, kept


def test_an_optional_body_is_planned_as_optional() -> None:
    jobs = importlib.import_module("dataarts.dlf.jobs")
    export = _resources_module().plan(jobs.DlfJobs, "ExportJob")
    assert export.body and not export.body_required and export.stream

"""Faults end in the documented retry or exception: never a hang, never a wrong result."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from loopback import Loopback, Reply

import dataarts
from dataarts import DataArts, RequestOptions, TokenCredentials

DETAIL = {"id": "c1", "name": "cdm-1", "status": "200"}


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


def client(server: Loopback, **kwargs: object) -> DataArts:
    settings: dict[str, object] = {"max_retries": 2, "timeout": 5.0, **kwargs}
    api = DataArts(
        endpoints={"cdm": server.url, "dlf": server.url},
        project_id="p",
        credentials=TokenCredentials("t"),
        **settings,
    )  # type: ignore[arg-type]
    api._core.settings.backoff = 0.05
    return api


def test_dropped_connection_is_retried_for_a_get(server: Loopback) -> None:
    server.replies = [Reply(action="drop"), Reply(200, DETAIL)]
    with client(server) as api:
        assert api.cdm.clusters.show("c1").name == "cdm-1"
    assert len(server.received) == 2


def test_dropped_connection_is_not_retried_for_a_post(server: Loopback) -> None:
    server.replies = [Reply(action="drop"), Reply(200, {})]
    with client(server) as api, pytest.raises(dataarts.TransportError):
        api.dlf.jobs.start("job1")
    assert len(server.received) == 1


def test_post_retried_when_the_caller_asks(server: Loopback) -> None:
    server.replies = [Reply(500, {"error_code": "X"}), Reply(204, None, "")]
    with client(server) as api:
        api.dlf.jobs.start("job1", options=RequestOptions(retry_non_idempotent=True))
    assert len(server.received) == 2


def test_post_5xx_is_not_retried(server: Loopback) -> None:
    server.replies = [Reply(500, {"error_code": "X"}), Reply(204, None, "")]
    with client(server) as api, pytest.raises(dataarts.ServerError):
        api.dlf.jobs.start("job1")
    assert len(server.received) == 1


def test_503_honours_retry_after(server: Loopback) -> None:
    server.replies = [
        Reply(503, {"error_msg": "busy"}, headers={"Retry-After": "0.4"}),
        Reply(200, DETAIL),
    ]
    with client(server) as api:
        start = time.monotonic()
        assert api.cdm.clusters.show("c1").id_ == "c1"
        assert time.monotonic() - start >= 0.4
    assert len(server.received) == 2


def test_429_until_retries_run_out(server: Loopback) -> None:
    server.replies = [Reply(429, {"error_code": "APIGW.0308"}, headers={"Retry-After": "0"})] * 3
    with client(server) as api, pytest.raises(dataarts.RateLimited) as info:
        api.cdm.clusters.show("c1")
    assert info.value.error_code == "APIGW.0308"
    assert len(server.received) == 3


def test_per_call_retries(server: Loopback) -> None:
    server.replies = [Reply(503, {}), Reply(200, DETAIL)]
    with client(server) as api, pytest.raises(dataarts.ServiceUnavailable):
        api.cdm.clusters.show("c1", options=RequestOptions(max_retries=0))
    assert len(server.received) == 1


def test_slow_answer_times_out(server: Loopback) -> None:
    server.replies = [Reply(200, DETAIL, delay=2.0)]
    with client(server, max_retries=0, timeout=0.3) as api:
        start = time.monotonic()
        with pytest.raises(dataarts.RequestTimeout):
            api.cdm.clusters.show("c1")
        assert time.monotonic() - start < 1.5


def test_malformed_json(server: Loopback) -> None:
    server.replies = [Reply(200, b"{not json", "application/json")]
    with client(server) as api, pytest.raises(dataarts.ResponseValidationError) as info:
        api.cdm.clusters.show("c1")
    assert "ShowClusterDetail" in str(info.value) and "not valid JSON" in str(info.value)


def test_truncated_body(server: Loopback) -> None:
    server.replies = [Reply(200, DETAIL, action="truncate")] * 3
    with client(server) as api, pytest.raises(dataarts.TransportError):
        api.cdm.clusters.show("c1")


def test_schema_mismatch_names_operation_and_field(server: Loopback) -> None:
    server.replies = [Reply(200, {**DETAIL, "isAutoOff": "maybe"})]
    with client(server) as api, pytest.raises(dataarts.ResponseValidationError) as info:
        api.cdm.clusters.show("c1")
    assert "ShowClusterDetail" in str(info.value) and "isAutoOff" in str(info.value)


def test_lenient_returns_what_parsed(server: Loopback) -> None:
    server.replies = [Reply(200, {**DETAIL, "isAutoOff": "maybe", "brandNew": 1})]
    with client(server, lenient=True) as api:
        detail = api.cdm.clusters.show("c1")
    assert detail.name == "cdm-1"
    assert detail.to_wire()["isAutoOff"] == "maybe"
    assert detail.to_wire()["brandNew"] == 1


def test_unknown_fields_are_kept(server: Loopback) -> None:
    server.replies = [Reply(200, {**DETAIL, "brandNew": {"x": 1}})]
    with client(server) as api:
        detail = api.cdm.clusters.show("c1")
    assert detail.model_extra == {"brandNew": {"x": 1}}
    assert detail.to_wire()["brandNew"] == {"x": 1}

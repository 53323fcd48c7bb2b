"""Faults end in the documented retry or exception: never a hang, never a wrong result.

One suite for both clients: every test runs against DataArts and AsyncDataArts (the `use`
fixture builds either, runs the call and awaits what needs awaiting).
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable, Iterator
from email.utils import formatdate
from pathlib import Path
from typing import Any

import pytest

from loopback import Loopback, Reply

import dataarts
from dataarts import AsyncDataArts, DataArts, RequestOptions, TokenCredentials

DETAIL = {"id": "c1", "name": "cdm-1", "status": "200"}


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


class Use:
    """Runs `call(api)` on a fresh sync or async client against the loopback server."""

    def __init__(self, server: Loopback, mode: str) -> None:
        self.server, self.mode = server, mode

    def __call__(self, call: Callable[[Any], Any], **kwargs: Any) -> Any:
        settings: dict[str, Any] = {"max_retries": 2, "timeout": 5.0, **kwargs}
        common = dict(
            endpoints={"cdm": self.server.url, "dlf": self.server.url},
            project_id="p",
            credentials=TokenCredentials("t"),
            **settings,
        )
        if self.mode == "sync":
            with DataArts(**common) as api:
                api._core.settings.backoff = 0.05
                return call(api)

        async def main() -> Any:
            async with AsyncDataArts(**common) as api:
                api._core.settings.backoff = 0.05
                result = call(api)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def use(server: Loopback, request: pytest.FixtureRequest) -> Use:
    return Use(server, request.param)


def show(api: Any, **kwargs: Any) -> Any:
    return api.cdm.clusters.show("c1", **kwargs)


def test_dropped_connection_is_retried_for_a_get(server: Loopback, use: Use) -> None:
    server.replies = [Reply(action="drop"), Reply(200, DETAIL)]
    assert use(show).name == "cdm-1"
    assert len(server.received) == 2


def test_dropped_connection_is_not_retried_for_a_post(server: Loopback, use: Use) -> None:
    server.replies = [Reply(action="drop"), Reply(200, {})]
    with pytest.raises(dataarts.TransportError) as info:
        use(lambda api: api.dlf.jobs.start("job1"))
    assert type(info.value) is dataarts.TransportError and "StartDlfJob" in str(info.value)
    assert len(server.received) == 1


def test_dropped_connections_until_retries_run_out(server: Loopback, use: Use) -> None:
    server.replies = [Reply(action="drop")] * 4
    with pytest.raises(dataarts.TransportError):
        use(show, max_retries=3)
    assert len(server.received) == 4


def test_post_retried_when_the_caller_asks(server: Loopback, use: Use) -> None:
    server.replies = [Reply(500, {"error_code": "X"}), Reply(204, None, "")]
    use(lambda api: api.dlf.jobs.start("job1", options=RequestOptions(retry_non_idempotent=True)))
    assert len(server.received) == 2


def test_post_5xx_is_not_retried(server: Loopback, use: Use) -> None:
    server.replies = [Reply(500, {"error_code": "X"}), Reply(204, None, "")]
    with pytest.raises(dataarts.ServerError):
        use(lambda api: api.dlf.jobs.start("job1"))
    assert len(server.received) == 1


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_retried_statuses(server: Loopback, use: Use, status: int) -> None:
    server.replies = [Reply(status, {}, headers={"Retry-After": "0"}), Reply(200, DETAIL)]
    assert use(show).id_ == "c1"
    assert len(server.received) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 501])
def test_other_errors_are_not_retried(server: Loopback, use: Use, status: int) -> None:
    server.replies = [Reply(status, {}), Reply(200, DETAIL)]
    with pytest.raises(dataarts.ApiError) as info:
        use(show)
    assert info.value.status_code == status
    assert len(server.received) == 1


def test_503_honours_retry_after(server: Loopback, use: Use) -> None:
    server.replies = [
        Reply(503, {"error_msg": "busy"}, headers={"Retry-After": "0.4"}),
        Reply(200, DETAIL),
    ]
    start = time.monotonic()
    assert use(show).id_ == "c1"
    assert time.monotonic() - start >= 0.4
    assert len(server.received) == 2


def test_retry_after_as_an_http_date(server: Loopback, use: Use) -> None:
    when = formatdate(time.time() + 2, usegmt=True)  # whole seconds: waits 1 to 2 s
    server.replies = [Reply(503, {}, headers={"Retry-After": when}), Reply(200, DETAIL)]
    start = time.monotonic()
    assert use(show).id_ == "c1"
    assert 0.9 <= time.monotonic() - start < 4
    assert len(server.received) == 2


def test_bad_or_past_retry_after_falls_back_to_backoff(server: Loopback, use: Use) -> None:
    past = formatdate(time.time() - 3600, usegmt=True)
    server.replies = [
        Reply(503, {}, headers={"Retry-After": "soon"}),
        Reply(503, {}, headers={"Retry-After": past}),
        Reply(503, {}, headers={"Retry-After": "-5"}),
        Reply(200, DETAIL),
    ]
    start = time.monotonic()
    assert use(show, max_retries=3).id_ == "c1"
    assert time.monotonic() - start < 2  # backoff 0.05 s doubling; never an hour
    assert len(server.received) == 4


def test_backoff_is_exponential_with_jitter(server: Loopback) -> None:
    """(A Retry-After beyond the cap or the deadline fails at once: tests/hostile.)"""
    from dataarts._settings import Settings
    from dataarts._transport import retry_delay

    settings = Settings(backoff=0.5)
    assert retry_delay(settings, 1, 2.5) == 2.5
    for attempt, low, high in [(1, 0.25, 0.5), (2, 0.5, 1.0), (3, 1.0, 2.0)]:
        delays = [retry_delay(settings, attempt, None) for _ in range(50)]
        assert all(low <= d <= high for d in delays), (attempt, min(delays), max(delays))
        assert len(set(delays)) > 1  # jittered


def test_429_until_retries_run_out(server: Loopback, use: Use) -> None:
    server.replies = [Reply(429, {"error_code": "APIGW.0308"}, headers={"Retry-After": "0"})] * 3
    with pytest.raises(dataarts.RateLimited) as info:
        use(show)
    assert info.value.error_code == "APIGW.0308"
    assert len(server.received) == 3


def test_per_call_retries(server: Loopback, use: Use) -> None:
    server.replies = [Reply(503, {}), Reply(200, DETAIL)]
    with pytest.raises(dataarts.ServiceUnavailable):
        use(lambda api: show(api, options=RequestOptions(max_retries=0)))
    assert len(server.received) == 1
    server.replies = [Reply(503, {}, headers={"Retry-After": "0"})] * 2 + [Reply(200, DETAIL)]
    assert use(lambda api: show(api, options=RequestOptions(max_retries=2)), max_retries=0).id_
    assert len(server.received) == 4


def test_slow_answer_times_out(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, DETAIL, delay=2.0)]
    start = time.monotonic()
    with pytest.raises(dataarts.RequestTimeout) as info:
        use(show, max_retries=0, timeout=0.3)
    assert time.monotonic() - start < 1.5
    assert "ShowClusterDetail" in str(info.value) and "0.3" in str(info.value)


def test_per_call_timeout(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, DETAIL, delay=2.0)]
    start = time.monotonic()
    with pytest.raises(dataarts.RequestTimeout):
        use(lambda api: show(api, options=RequestOptions(timeout=0.3)), max_retries=0)
    assert time.monotonic() - start < 1.5


def test_malformed_json(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, b"{not json", "application/json")]
    with pytest.raises(dataarts.ResponseValidationError) as info:
        use(show)
    assert "ShowClusterDetail" in str(info.value) and "not valid JSON" in str(info.value)


def test_empty_body(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, None, "")]
    with pytest.raises(dataarts.ResponseValidationError) as info:
        use(show)
    assert "the body is empty" in str(info.value)


def test_truncated_body(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, DETAIL, action="truncate")] * 3
    with pytest.raises(dataarts.TransportError):
        use(show)


def test_schema_mismatch_names_operation_and_field(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, {**DETAIL, "isAutoOff": "maybe"})]
    with pytest.raises(dataarts.ResponseValidationError) as info:
        use(show)
    assert "ShowClusterDetail" in str(info.value) and "isAutoOff" in str(info.value)


def test_lenient_returns_what_parsed(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, {**DETAIL, "isAutoOff": "maybe", "brandNew": 1})]
    detail = use(show, lenient=True)
    assert detail.name == "cdm-1" and detail.id_ == "c1"
    assert detail.to_wire()["isAutoOff"] == "maybe"
    assert detail.to_wire()["brandNew"] == 1


def test_unknown_fields_are_kept(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, {**DETAIL, "brandNew": {"x": 1}})]
    detail = use(show)
    assert detail.model_extra == {"brandNew": {"x": 1}}
    assert detail.to_wire()["brandNew"] == {"x": 1}


# Downloads (exports): streamed to a file, every chunk kept, nothing left behind on a failure.
PAYLOAD = bytes(range(256)) * 1200  # 300 KiB: several chunks


def then(value: Any, fn: Callable[[Any], Any]) -> Any:
    """fn(value), awaiting value (and what fn returns) on the async client."""
    if inspect.isawaitable(value):

        async def chain() -> Any:
            result = fn(await value)
            return await result if inspect.isawaitable(result) else result

        return chain()
    return fn(value)


def save(target: Path) -> Callable[[Any], Any]:
    return lambda api: then(api.dlf.jobs.export("job1"), lambda d: d.save(target))


def test_download_save_keeps_every_chunk(server: Loopback, use: Use, tmp_path: Path) -> None:
    server.replies = [Reply(200, PAYLOAD, "application/octet-stream")]
    target = tmp_path / "job1.zip"
    assert use(save(target)) == len(PAYLOAD)
    assert target.read_bytes() == PAYLOAD
    assert [p.name for p in tmp_path.iterdir()] == ["job1.zip"]
    assert server.received[0].path == "/v1/p/jobs/job1/export"


def test_download_iterates_every_chunk(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, PAYLOAD, "application/octet-stream")]

    def chunks(download: Any) -> Any:
        assert server.received == []  # sent when read
        it = download.iter_bytes(chunk_size=65536)
        if hasattr(it, "__aiter__"):

            async def collect() -> list[bytes]:
                return [c async for c in it]

            return collect()
        return list(it)

    got = use(lambda api: then(api.dlf.jobs.export("job1"), chunks))
    assert b"".join(got) == PAYLOAD and len(got) >= 4


def test_download_default_chunks_are_64_kib(server: Loopback, use: Use) -> None:
    server.replies = [Reply(200, PAYLOAD, "application/octet-stream")]

    def chunks(download: Any) -> Any:
        it = download.iter_bytes()
        if hasattr(it, "__aiter__"):

            async def collect() -> list[bytes]:
                return [c async for c in it]

            return collect()
        return list(it)

    got = use(lambda api: then(api.dlf.jobs.export("job1"), chunks))
    sizes = [len(c) for c in got]
    assert sizes[:-1] == [65536] * (len(sizes) - 1) and 0 < sizes[-1] <= 65536
    assert sum(sizes) == len(PAYLOAD)


def test_interrupted_download_leaves_no_file(server: Loopback, use: Use, tmp_path: Path) -> None:
    target = tmp_path / "job1.zip"
    target.write_bytes(b"old")
    server.replies = [Reply(200, PAYLOAD, "application/octet-stream", action="truncate")]
    with pytest.raises(dataarts.TransportError) as info:
        use(save(target))
    assert "download interrupted" in str(info.value)
    assert target.read_bytes() == b"old"  # the old file untouched, no .part left
    assert [p.name for p in tmp_path.iterdir()] == ["job1.zip"]


def test_download_error_status(server: Loopback, use: Use, tmp_path: Path) -> None:
    server.replies = [Reply(404, {"error_code": "DLF.0100", "error_msg": "no such job"})]
    with pytest.raises(dataarts.NotFound) as info:
        use(save(tmp_path / "x.zip"))
    assert info.value.error_msg == "no such job"
    assert list(tmp_path.iterdir()) == []


def test_download_retried_when_the_caller_asks(server: Loopback, use: Use, tmp_path: Path) -> None:
    server.replies = [
        Reply(503, {}, headers={"Retry-After": "0"}),
        Reply(200, PAYLOAD, "application/octet-stream"),
    ]
    opts = RequestOptions(retry_non_idempotent=True)  # exports are POSTs
    written = use(
        lambda api: then(
            api.dlf.jobs.export("job1", options=opts), lambda d: d.save(tmp_path / "x.zip")
        )
    )
    assert written == len(PAYLOAD)
    assert (tmp_path / "x.zip").read_bytes() == PAYLOAD
    assert len(server.received) == 2


def test_download_save_into_an_open_file(server: Loopback) -> None:
    """The sync Download also writes into a binary file object (the async one takes a path)."""
    import io

    server.replies = [Reply(200, PAYLOAD, "application/octet-stream")]
    target = io.BytesIO()
    assert Use(server, "sync")(lambda api: api.dlf.jobs.export("job1").save(target)) == len(PAYLOAD)
    assert target.getvalue() == PAYLOAD

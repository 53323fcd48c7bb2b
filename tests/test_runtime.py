"""The client's runtime: async twin, paging, raw responses, auth, endpoints, input safety, secrets."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import GENERATED
from loopback import Loopback, Reply

import dataarts
from dataarts import (
    AkSkCredentials,
    AsyncDataArts,
    DataArts,
    PasswordCredentials,
    TokenCredentials,
    with_raw_response,
)
from dataarts.models import cdm

DETAIL = {"id": "c1", "name": "cdm-1", "status": "200"}
SECRET = "s3cr3t-Value-987"


def script(name: str) -> dict[str, Any]:
    return {"name": name, "type": "Shell", "content": "echo 1"}


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


def client(server: Loopback, **kwargs: Any) -> DataArts:
    kwargs.setdefault("credentials", TokenCredentials("tok"))
    return DataArts(endpoints={"cdm": server.url, "dlf": server.url}, project_id="p", **kwargs)


def test_async_client_same_surface(server: Loopback) -> None:
    server.replies = [Reply(200, DETAIL), Reply(200, {"total": 1, "scripts": [script("a")]})]

    async def main() -> tuple[Any, Any]:
        async with AsyncDataArts(
            endpoints={"cdm": server.url, "dlf": server.url},
            project_id="p",
            credentials=AkSkCredentials("AK", "SK"),
            workspace="w1",
        ) as api:
            return await api.cdm.clusters.show("c1"), await api.dlf.scripts.list(limit=5)

    detail, scripts = asyncio.run(main())
    assert detail.name == "cdm-1"
    assert scripts.scripts[0].name == "a"
    assert server.received[1].headers["workspace"] == "w1"
    assert server.received[0].headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=AK,")


def test_iterator_fetches_pages_as_needed(server: Loopback) -> None:
    items = [script(f"s{i}") for i in range(5)]
    server.replies = [Reply(200, {"total": 5, "scripts": items[i : i + 2]}) for i in (0, 2, 4)]
    with client(server) as api:
        it = api.dlf.scripts.iter_list(script_name="s", page_size=2)
        first = next(it)
        assert first.name == "s0" and len(server.received) == 1
        names = [first.name] + [s.name for s in it]
    assert names == [f"s{i}" for i in range(5)]
    assert [dict(r.query)["offset"] for r in server.received] == ["0", "2", "4"]
    assert all(
        dict(r.query)["limit"] == "2" and dict(r.query)["scriptName"] == "s"
        for r in server.received
    )


def test_page_numbered_iterator(server: Loopback) -> None:
    case = json.loads((GENERATED / "fixtures" / "cdm" / "ShowJobs.json").read_text())["cases"][0]
    job = case["response"]["body"]["jobs"][0]
    jobs = [{**job, "name": f"j{i}"} for i in range(12)]
    server.replies = [
        Reply(200, {"total": 12, "jobs": jobs[:10]}),
        Reply(200, {"total": 12, "jobs": jobs[10:]}),
    ]
    with client(server) as api:
        jobs = list(api.cdm.jobs.iter_show("c1", "all", page_size=10))
    assert len(jobs) == 12
    assert [dict(r.query)["page_no"] for r in server.received] == ["1", "2"]


def test_async_iterator(server: Loopback) -> None:
    conn = [{"name": n, "type": "DWS"} for n in "abc"]
    server.replies = [
        Reply(200, {"total": 3, "connections": conn[:2]}),
        Reply(200, {"total": 3, "connections": conn[2:]}),
    ]

    async def main() -> list[str]:
        async with AsyncDataArts(
            endpoints={"dlf": server.url}, project_id="p", credentials=TokenCredentials("t")
        ) as api:
            return [c.name async for c in api.dlf.connections.iter_list(page_size=2)]

    assert asyncio.run(main()) == ["a", "b", "c"]


def test_raw_response_next_to_the_model(server: Loopback) -> None:
    server.replies = [Reply(200, DETAIL, headers={"X-Request-Id": "r1"})]
    with client(server) as api:
        raw = with_raw_response(api.cdm.clusters.show, "c1")
    assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "r1"
    assert json.loads(raw.content) == DETAIL
    assert isinstance(raw.parsed, cdm.ClusterDetail) and raw.parsed.name == "cdm-1"


def test_password_credentials_obtain_cache_and_refresh_a_token(server: Loopback) -> None:
    expires = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(time.time() + 3600))
    token_reply = Reply(
        201, {"token": {"expires_at": expires}}, headers={"X-Subject-Token": "TOKEN-1"}
    )
    server.replies = [token_reply, Reply(200, DETAIL), Reply(200, DETAIL)]
    credentials = PasswordCredentials(
        "user", SECRET, "domain", iam_endpoint=server.url + "/v3/auth/tokens"
    )
    with client(server, credentials=credentials) as api:
        api.cdm.clusters.show("c1")
        api.cdm.clusters.show("c1")
        token_request = server.received[0]
        assert token_request.path == "/v3/auth/tokens"
        body = json.loads(token_request.body)
        assert body["auth"]["identity"]["password"]["user"] == {
            "name": "user",
            "password": SECRET,
            "domain": {"name": "domain"},
        }
        assert body["auth"]["scope"]["project"]["id"] == "p"
        assert [r.headers.get("X-Auth-Token") for r in server.received[1:]] == [
            "TOKEN-1",
            "TOKEN-1",
        ]
        credentials.refresh_margin = 7200  # the token now counts as about to expire
        server.replies = [
            Reply(201, {}, headers={"X-Subject-Token": "TOKEN-2"}),
            Reply(200, DETAIL),
        ]
        api.cdm.clusters.show("c1")
        assert server.received[-1].headers["X-Auth-Token"] == "TOKEN-2"
    assert SECRET not in repr(credentials)


def test_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUD_SDK_AK", "AKENV")
    monkeypatch.setenv("CLOUD_SDK_SK", SECRET)
    creds = AkSkCredentials.from_env()
    assert creds.ak == "AKENV" and SECRET not in repr(creds)
    monkeypatch.delenv("CLOUD_SDK_SK")
    with pytest.raises(dataarts.ConfigurationError, match="CLOUD_SDK_AK and CLOUD_SDK_SK"):
        AkSkCredentials.from_env()


def test_endpoints_from_region_or_override() -> None:
    from dataarts._settings import Settings

    settings = Settings(region="ap-southeast-3", endpoints={"dlf": "http://127.0.0.1:9/x"})
    assert settings.endpoint("cdm") == ("https", "cdm.ap-southeast-3.myhuaweicloud.com")
    assert settings.endpoint("dlf") == ("http", "127.0.0.1:9")
    with pytest.raises(dataarts.ConfigurationError, match="not a valid region"):
        Settings(region="evil.com/x").endpoint("cdm")
    with pytest.raises(dataarts.ConfigurationError, match="no region"):
        Settings().endpoint("cdm")


def test_path_parameters_cannot_change_the_path(server: Loopback) -> None:
    server.replies = [Reply(200, DETAIL), Reply(200, DETAIL), Reply(200, DETAIL)]
    with client(server) as api:
        api.cdm.clusters.show("../x")
        api.cdm.clusters.show("a/b?c=d#e")
        api.cdm.clusters.show("..")
    assert [r.path for r in server.received] == [
        "/v1.1/p/clusters/..%2Fx",
        "/v1.1/p/clusters/a%2Fb%3Fc%3Dd%23e",
        "/v1.1/p/clusters/%2E%2E",
    ]
    assert all(r.query == [] for r in server.received)


def test_header_injection_is_refused_before_sending(server: Loopback) -> None:
    with pytest.raises(dataarts.ConfigurationError, match="line break"):
        client(server, workspace="w\r\nX-Evil: 1")
    with (
        client(server) as api,
        pytest.raises(dataarts.InvalidRequestError, match="line break"),
    ):
        api.dlf.scripts.list(options=dataarts.RequestOptions(headers={"X-A": "a\r\nX-Evil: 1"}))
    assert server.received == []


def test_bad_body_is_refused_before_sending(server: Loopback) -> None:
    with client(server) as api, pytest.raises(dataarts.InvalidRequestError) as info:
        api.cdm.clusters.create({"cluster": {"name": 5, "password": SECRET}})
    assert "CreateCluster: invalid request body" in str(info.value)
    assert SECRET not in str(info.value)
    assert server.received == []


def test_secrets_never_in_repr_logs_or_errors(
    server: Loopback, caplog: pytest.LogCaptureFixture
) -> None:
    from dataarts.models import cdm as models

    caplog.set_level(logging.DEBUG)
    link_input = models.LinkInput(name="linkConfig.password", value=SECRET)
    plain_input = models.LinkInput(name="linkConfig.host", value="10.0.0.1")
    assert SECRET not in repr(link_input) and "10.0.0.1" in repr(plain_input)
    assert SECRET not in str(models.Input(name="toJobConfig.dek", value=SECRET))
    from dataarts.models import dlf

    conn = dlf.Connection.model_validate(
        {"name": "c", "type": "DWS", "config": {"userName": "u", "password": SECRET}}
    )
    assert SECRET not in repr(conn)
    creds = AkSkCredentials("AKID", SECRET)
    server.replies = [
        Reply(
            401,
            {"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information"},
        )
    ]
    with client(server, credentials=creds) as api:
        assert SECRET not in repr(api)
        with pytest.raises(dataarts.Unauthorized) as info:
            api.cdm.clusters.show("c1")
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    assert SECRET not in caplog.text
    assert SECRET not in server.received[0].headers["Authorization"]


def pages(server: Loopback, names: list[str], size: int, total: int | None, key: str) -> None:
    """Replies of a paged list of `names`, `size` a page, then one empty page."""

    def item(n: str) -> dict[str, Any]:
        return script(n) if key == "scripts" else {"name": n, "type": "DWS"}

    chunks = [names[i : i + size] for i in range(0, len(names), size)] + [[]]
    server.replies = [
        Reply(200, {key: [item(n) for n in chunk], **({} if total is None else {"total": total})})
        for chunk in chunks
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "count,size,total,requests",
    [
        (0, 2, 0, 1),  # total 0, an empty page
        (0, 2, 5, 1),  # an empty page although the total says more
        (4, 2, 4, 2),  # an exact multiple: the total says it is over
        (4, 2, 9, 3),  # an exact multiple, the total overstated: one empty page ends it
        (6, 3, 6, 2),
        (5, 2, 5, 3),  # a short last page
        (5, 2, 99, 3),
        (1, 1, 1, 1),
    ],
)
def test_paging_edges(
    server: Loopback, mode: str, count: int, size: int, total: int, requests: int
) -> None:
    names = [f"s{i}" for i in range(count)]
    pages(server, names, size, total, "connections")
    if mode == "sync":
        with client(server) as api:
            got = [c.name for c in api.dlf.connections.iter_list(page_size=size)]
    else:

        async def main() -> list[str]:
            async with AsyncDataArts(
                endpoints={"dlf": server.url}, project_id="p", credentials=TokenCredentials("t")
            ) as api:
                return [c.name async for c in api.dlf.connections.iter_list(page_size=size)]

        got = asyncio.run(main())
    assert got == names
    assert len(server.received) == requests
    queries = [dict(r.query) for r in server.received]
    assert [q["offset"] for q in queries] == [str(i * size) for i in range(requests)]
    assert {q["limit"] for q in queries} == {str(size)}


@pytest.mark.parametrize("count,requests", [(20, 2), (0, 1), (10, 1), (11, 2)])
def test_page_numbered_edges(server: Loopback, count: int, requests: int) -> None:
    case = json.loads((GENERATED / "fixtures" / "cdm" / "ShowJobs.json").read_text())["cases"][0]
    job = case["response"]["body"]["jobs"][0]
    jobs = [{**job, "name": f"j{i}"} for i in range(count)]
    server.replies = [
        Reply(200, {"total": count, "jobs": jobs[i : i + 10]}) for i in range(0, max(count, 1), 10)
    ]
    with client(server) as api:
        got = [j.name for j in api.cdm.jobs.iter_show("c1", "all", page_size=10)]
    assert got == [j["name"] for j in jobs]
    assert [dict(r.query)["page_no"] for r in server.received] == [
        str(i + 1) for i in range(requests)
    ]


def test_paging_when_the_server_overshoots(server: Loopback) -> None:
    """More items than the total says, or more than a page holds: every item, no extra call."""
    names = [f"s{i}" for i in range(4)]
    pages(server, names, 2, 3, "connections")  # total 3, yet 4 items come
    with client(server) as api:
        assert [c.name for c in api.dlf.connections.iter_list(page_size=2)] == names
    assert len(server.received) == 2
    server.received.clear()
    pages(server, [f"s{i}" for i in range(6)], 3, 6, "connections")  # pages of 3, asked for 2
    with client(server) as api:
        got = [c.name for c in api.dlf.connections.iter_list(page_size=2)]
    assert got == [f"s{i}" for i in range(6)]
    assert [dict(r.query)["offset"] for r in server.received] == ["0", "3"]


def test_missing_settings_are_named_and_nothing_is_sent(server: Loopback) -> None:
    with (
        DataArts(endpoints={"cdm": server.url}, credentials=TokenCredentials("t")) as api,
        pytest.raises(dataarts.ConfigurationError, match=r"project_id is not set"),
    ):
        api.cdm.clusters.show("c1")
    with (
        DataArts(endpoints={"cdm": server.url}, project_id="p") as api,
        pytest.raises(dataarts.ConfigurationError, match="no credentials"),
    ):
        api.cdm.clusters.show("c1")
    for bad in ("ftp://host/x", "http://", "not a url"):
        with (
            DataArts(
                endpoints={"cdm": bad}, project_id="p", credentials=TokenCredentials("t")
            ) as api,
            pytest.raises(dataarts.ConfigurationError, match="not an http"),
        ):
            api.cdm.clusters.show("c1")
    assert server.received == []


def test_region_builds_each_service_host() -> None:
    from dataarts._settings import Settings

    settings = Settings(region="ap-southeast-1")
    assert settings.endpoint("dlf") == ("https", "dayu-dlf.ap-southeast-1.myhuaweicloud.com")
    assert settings.endpoint("dlf") is settings.endpoint("dlf")  # worked out once
    for bad in ("AP-1", "-a", "a-", "a.b", "a_b", ""):
        with pytest.raises(dataarts.ConfigurationError):
            Settings(region=bad).endpoint("cdm")
    assert Settings(region="a").endpoint("cdm")[1] == "cdm.a.myhuaweicloud.com"

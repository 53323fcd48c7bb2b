"""The testing kit refuses what the service refuses, and does what a test tells it: overrides,
recorded calls and faults, in process and over a real server."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from dataarts import ApiError, ServiceUnavailable, TokenCredentials, TransportError
from dataarts.signing import sign
from dataarts.testing import MockDataArts, Reply

SCRIPTS = "/v1/p1/scripts"
TOKEN = {"X-Auth-Token": "a-token"}


def raw(mock: MockDataArts, method: str, url: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(transport=mock, base_url="http://dlf.test") as http:
        return http.request(method, url, **kwargs)


# -- validation ------------------------------------------------------------------------------
def test_a_missing_required_field_is_refused_naming_it() -> None:
    mock = MockDataArts()
    response = raw(mock, "POST", SCRIPTS, json={"type": "Shell"}, headers=TOKEN)
    assert response.status_code == 400  # what CreateScript documents
    body = response.json()
    assert set(body) == {"error_code", "error_msg"}  # the DLF error body (3.3)
    assert body["error_code"] in mock.core.spec.codes
    assert "'name' is a required property" in body["error_msg"]
    assert mock.calls[0].operation == "CreateScript" and mock.calls[0].status == 400


def test_types_enums_and_query_parameters_are_checked() -> None:
    mock = MockDataArts()
    wrong_type = raw(mock, "POST", SCRIPTS, json={"name": 5, "type": "Shell"}, headers=TOKEN)
    assert wrong_type.status_code == 400 and "body.name" in wrong_type.json()["error_msg"]
    bad_enum = raw(mock, "POST", SCRIPTS, json={"name": "s", "type": "Cobol"}, headers=TOKEN)
    assert bad_enum.status_code == 400 and "body.type" in bad_enum.json()["error_msg"]
    bad_query = raw(mock, "GET", SCRIPTS, params={"limit": "many"}, headers=TOKEN)
    assert bad_query.status_code == 400 and "limit" in bad_query.json()["error_msg"]
    below = raw(mock, "GET", SCRIPTS, params={"offset": "-1"}, headers=TOKEN)
    assert below.status_code == 400 and "offset" in below.json()["error_msg"]
    fine = raw(mock, "GET", SCRIPTS, params={"limit": "5"}, headers=TOKEN)
    assert fine.status_code == 200


def test_cdm_refusals_use_the_operations_error_shape() -> None:
    mock = MockDataArts()
    url = "/v1.1/p1/clusters/c1/cdm/link"
    response = raw(mock, "POST", url, json={"links": [{"name": 5}]}, headers=TOKEN)
    assert response.status_code == 400
    body = response.json()
    # CreateLink's own 400 example carries code, errCode, message and externalMessage.
    assert set(body) == {"code", "errCode", "message", "externalMessage"}
    assert "body.links[0].name" in body["message"]
    assert "'connector-name' is a required property" in body["message"]


def test_an_unknown_path_is_404() -> None:
    response = raw(MockDataArts(), "GET", "/v9/nothing", headers=TOKEN)
    assert response.status_code == 404 and "/v9/nothing" in json.dumps(response.json())


# -- auth ------------------------------------------------------------------------------------
def test_requests_without_credentials_are_401() -> None:
    response = raw(MockDataArts(), "GET", SCRIPTS)
    assert response.status_code == 401
    assert "X-Auth-Token" in response.json()["error_msg"]


def test_the_expected_token_only() -> None:
    mock = MockDataArts(token="right")
    assert raw(mock, "GET", SCRIPTS, headers={"X-Auth-Token": "wrong"}).status_code == 401
    assert raw(mock, "GET", SCRIPTS, headers={"X-Auth-Token": "right"}).status_code == 200
    with mock.client(credentials=TokenCredentials("right")) as client:
        assert client.dlf.scripts.list().total is not None


def test_signatures_are_verified() -> None:
    mock = MockDataArts(ak="AK1", sk="SK1")
    headers = sign(
        "GET",
        "dlf.test",
        SCRIPTS,
        [],
        {"Content-Type": "application/json"},
        b"",
        ak="AK1",
        sk="SK1",
    )
    assert raw(mock, "GET", SCRIPTS, headers=headers).status_code == 200
    # Signed for another query, another key, or another secret: refused.
    assert raw(mock, "GET", SCRIPTS, params={"limit": "1"}, headers=headers).status_code == 401
    other = sign("GET", "dlf.test", SCRIPTS, [], {}, b"", ak="AK1", sk="other")
    response = raw(mock, "GET", SCRIPTS, headers=other)
    assert response.status_code == 401 and "signature" in response.json()["error_msg"]
    assert "other" not in response.text and "SK1" not in response.text
    stranger = sign("GET", "dlf.test", SCRIPTS, [], {}, b"", ak="AK2", sk="SK1")
    assert raw(mock, "GET", SCRIPTS, headers=stranger).status_code == 401


# -- overrides and recorded calls -------------------------------------------------------------
def test_override_one_operation_and_assert_on_calls() -> None:
    mock = MockDataArts()
    mock.override("ShowScript", {"name": "custom", "type": "PYTHON", "content": "print()"})
    mock.override(
        "ListScripts",
        lambda call: Reply(200, {"total": int(dict(call.query)["limit"]), "scripts": []}),
    )
    with mock.client() as client:
        assert client.dlf.scripts.show("anything").name == "custom"
        assert client.dlf.scripts.list(limit=7).total == 7
    call = mock.assert_called("ShowScript", times=1, params={"script_name": "anything"})
    assert call.status == 200
    mock.assert_called("ListScripts", query={"limit": "7"})
    mock.assert_not_called("DeleteScript")
    with pytest.raises(AssertionError, match="ShowScript"):
        mock.assert_called("ShowScript", times=2)
    with pytest.raises(AssertionError):
        mock.assert_called("ListScripts", query={"limit": "8"})
    with pytest.raises(KeyError):
        mock.override("NoSuchOperation", {})


def test_override_for_a_number_of_calls() -> None:
    mock = MockDataArts()
    mock.override(
        "ShowScript", Reply(404, {"error_code": "DLF.6201", "error_msg": "gone"}), times=1
    )
    with mock.client(max_retries=0) as client:
        with pytest.raises(ApiError) as info:
            client.dlf.scripts.show("s")
        assert (info.value.status_code, info.value.error_code) == (404, "DLF.6201")
        assert client.dlf.scripts.show("s").name  # the example again


# -- faults ----------------------------------------------------------------------------------
def test_error_status_with_code_and_retry_after() -> None:
    mock = MockDataArts()
    mock.fail("ShowScript", status=503, error_code="DLF.0810", retry_after=0, times=1)
    with mock.client(max_retries=1) as client:
        assert client.dlf.scripts.show("s").name  # retried after the one failure
    statuses = [c.status for c in mock.calls_to("ShowScript")]
    assert statuses == [503, 200]
    mock.fail("ShowScript", status=503, error_code="DLF.0810", retry_after=7)
    with mock.client(max_retries=0) as client:
        with pytest.raises(ServiceUnavailable) as info:
            client.dlf.scripts.show("s")
    assert info.value.error_code == "DLF.0810"
    assert info.value.response.headers["Retry-After"] == "7"
    assert info.value.error_msg == mock.core.spec.codes["DLF.0810"]["message"]


def test_faults_for_every_operation() -> None:
    mock = MockDataArts()
    mock.fail(status=500)
    with mock.client(max_retries=0) as client:
        for call in (lambda: client.dlf.scripts.list(), lambda: client.cdm.clusters.list()):
            with pytest.raises(ApiError) as info:
                call()
            assert info.value.status_code == 500


@pytest.mark.parametrize("fault", [{"drop": True}, {"truncate": True}])
def test_dropped_and_truncated_in_process(fault: dict[str, bool]) -> None:
    mock = MockDataArts()
    mock.fail("ListScripts", **fault)
    with mock.client(max_retries=0) as client:
        with pytest.raises(TransportError):
            client.dlf.scripts.list()
        assert client.dlf.scripts.show("s").name  # other operations are untouched

    async def main() -> None:
        async with mock.async_client(max_retries=0) as client:
            await client.dlf.scripts.list()

    with pytest.raises(TransportError):
        asyncio.run(main())


def test_a_delay_before_the_answer() -> None:
    mock = MockDataArts()
    mock.fail("ListScripts", delay=0.3, times=1)
    with mock.serve() as server:
        with server.client(timeout=0.05, max_retries=0) as client:
            with pytest.raises(TransportError):
                client.dlf.scripts.list()
            assert client.dlf.scripts.list().total is not None  # times=1: the next is on time


# -- the server ------------------------------------------------------------------------------
def test_the_server_runs_the_same_mock() -> None:
    mock = MockDataArts()
    with mock.serve() as server:
        assert server.url.startswith("http://127.0.0.1:")
        with server.client() as client:
            client.dlf.scripts.create(body={"name": "over-http", "type": "Shell", "content": "ls"})
            assert client.dlf.scripts.show("over-http").name == "over-http"
        refused = httpx.post(server.url + SCRIPTS, json={"type": "Shell"}, headers=TOKEN)
        assert refused.status_code == 400 and "'name'" in refused.json()["error_msg"]
        mock.assert_called(
            "CreateScript", body={"name": "over-http", "type": "Shell", "content": "ls"}
        )
        mock.reset()  # forgets calls and state; the server keeps serving the same mock
        with server.client() as client:
            client.dlf.scripts.list()
        assert [c.operation for c in mock.calls] == ["ListScripts"]
    with pytest.raises(httpx.HTTPError):
        httpx.get(server.url + SCRIPTS, headers=TOKEN)  # stopped


@pytest.mark.parametrize("fault", [{"drop": True}, {"truncate": True}])
def test_dropped_and_truncated_on_the_wire(fault: dict[str, bool]) -> None:
    mock = MockDataArts()
    mock.fail("ListScripts", **fault)
    with mock.serve() as server:
        with server.client(max_retries=0) as client:
            with pytest.raises(TransportError):
                client.dlf.scripts.list()

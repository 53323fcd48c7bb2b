"""The client's configuration as a server and a user see it: every setting reaching the wire,
refused values, endpoints, per-call options, and what custom credentials are given.

Over an httpx.MockTransport (tests/mockwire.py): fast, for mutation testing of _settings.py.
"""

from __future__ import annotations

import asyncio
import dataclasses
import pickle
import time
from typing import Any

import httpx
import pytest

from mockwire import CDM, DLF, Wire, rebind, reply

from dataarts import (
    ApiResponse,
    AsyncDataArts,
    ConfigurationError,
    Credentials,
    DataArts,
    RequestOptions,
    ResponseTooLarge,
    ServiceUnavailable,
    TokenCredentials,
    Unauthorized,
    with_raw_response,
)

DETAIL = {"id": "c1", "name": "cdm-1", "status": "200"}
SCRIPT = {"name": "s", "type": "Shell", "content": "echo 1"}


@pytest.fixture(autouse=True)
def _current_package() -> None:
    rebind(globals())  # another test may have imported the package again (tests/mockwire.py)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The seconds the client waits between attempts (not waited)."""
    seen: list[float] = []
    monkeypatch.setattr(time, "sleep", seen.append)
    return seen


def test_settings_reach_the_wire_and_unset_ones_are_not_sent() -> None:
    wire = Wire()
    with wire.client(project_id="PRJ", workspace="WS", language="en_us") as api:
        api.cdm.clusters.create(body={"cluster": {"name": "x"}})
        api.dlf.scripts.list()
    cdm, dlf = wire.sent
    assert cdm.url.path == "/v1.1/PRJ/clusters" and cdm.headers["X-Language"] == "en_us"
    assert dlf.url.path == "/v1/PRJ/scripts" and dlf.headers["workspace"] == "WS"
    wire = Wire()
    with wire.client(project_id="P2") as api:
        api.cdm.clusters.create(body={"cluster": {"name": "x"}})
        api.dlf.scripts.list()
    assert "X-Language" not in wire.sent[0].headers and "workspace" not in wire.sent[1].headers
    assert wire.sent[0].url.path == "/v1.1/P2/clusters"


def test_a_required_setting_missing_is_named_and_nothing_is_sent() -> None:
    wire = Wire()
    with wire.client(project_id=None) as api:
        with pytest.raises(ConfigurationError, match=r"project_id is not set.*project_id="):
            api.dlf.scripts.list()
    assert wire.sent == []


@pytest.mark.parametrize("field", ["project_id", "workspace", "language", "region"])
@pytest.mark.parametrize("value", ["a\nb", "a\x00", "tab\there", 5])
def test_settings_with_control_characters_or_not_text_are_refused(field: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=field):
        DataArts(**{field: value})
    with pytest.raises(ConfigurationError, match=field):
        AsyncDataArts(**{field: value})


@pytest.mark.parametrize("name", ["timeout", "deadline"])
@pytest.mark.parametrize("value", [0, 0.0, -1, -0.5, "5", [1]])
def test_seconds_must_be_positive_numbers(name: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=f"{name} must be a positive number"):
        DataArts(**{name: value})


@pytest.mark.parametrize("name", ["timeout", "deadline"])
@pytest.mark.parametrize("value", [0.001, 1, 30.0])
def test_positive_seconds_are_taken(name: str, value: Any) -> None:
    wire = Wire(reply(200, DETAIL))
    with wire.client(**{name: value}) as api:
        assert api.cdm.clusters.show("c1").name == "cdm-1"


def test_no_deadline_is_taken() -> None:
    wire = Wire(reply(200, DETAIL))
    with wire.client(deadline=None) as api:
        assert api.cdm.clusters.show("c1").name == "cdm-1"


@pytest.mark.parametrize("name", ["max_response_size", "max_connections"])
@pytest.mark.parametrize("value", [0, -1, True, 1.0, 2.5, "10", None])
def test_counts_must_be_positive_ints(name: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=f"{name} must be a positive int"):
        DataArts(**{name: value})


def test_a_count_of_one_is_taken() -> None:
    wire = Wire(reply(200, DETAIL))
    with wire.client(max_connections=1, max_response_size=1000) as api:
        assert api.cdm.clusters.show("c1").name == "cdm-1"
    wire = Wire(reply(200, b"{}"))
    with wire.client(max_response_size=1) as api:
        with pytest.raises(ResponseTooLarge):
            api.cdm.clusters.show("c1")


def test_explicit_endpoints_with_a_base_path_per_service() -> None:
    wire = Wire()
    endpoints = {"cdm": "https://a.test:8443/base/", "dlf": "http://b.test/v9"}
    with wire.client(endpoints=endpoints) as api:
        api.cdm.clusters.list()
        api.dlf.scripts.list()
        api.cdm.clusters.list()
    assert [str(r.url) for r in wire.sent] == [
        "https://a.test:8443/base/v1.1/p/clusters",
        "http://b.test/v9/v1/p/scripts",
        "https://a.test:8443/base/v1.1/p/clusters",
    ]


def test_endpoints_from_the_region() -> None:
    wire = Wire()
    with wire.client(region="ap-southeast-1", endpoints={}) as api:
        api.cdm.clusters.list()
        api.dlf.scripts.list()
        api.cdm.clusters.list()
    hosts = [(r.url.scheme, r.url.host) for r in wire.sent]
    assert hosts[0] == hosts[2] and hosts[0] != hosts[1]
    assert all(scheme == "https" and "ap-southeast-1" in host for scheme, host in hosts)


def test_no_region_and_no_endpoint_is_named() -> None:
    wire = Wire()
    with wire.client(endpoints={"cdm": CDM}) as api:
        api.cdm.clusters.list()
        with pytest.raises(ConfigurationError, match="dlf"):
            api.dlf.scripts.list()
    assert len(wire.sent) == 1


class Recording(Credentials):
    """Custom credentials: a header added, and what they were given kept."""

    def __init__(self) -> None:
        self.given: list[Any] = []

    def apply(self, request: Any, settings: Any) -> Any:
        self.given.append(request)
        return request.with_headers({**request.headers, "X-Custom": "yes"})


def test_custom_credentials_see_the_request_and_add_headers() -> None:
    creds = Recording()
    wire = Wire(reply(200, {"total": 0, "scripts": []}), reply(204), reply(200, DETAIL))
    with wire.client(credentials=creds) as api:
        api.dlf.scripts.list(limit=5, script_name="a b")
        api.dlf.scripts.create(body=SCRIPT)
        api.cdm.clusters.show("c1")
    listed, created, shown = creds.given
    assert listed.url == f"{DLF}/v1/p/scripts?limit=5&scriptName=a%20b"
    assert created.url == f"{DLF}/v1/p/scripts" and shown.url == f"{CDM}/v1.1/p/clusters/c1"
    assert repr(created) == f"PreparedRequest(CreateScript: POST {DLF}/v1/p/scripts)"
    assert [r.method for r in wire.sent] == ["GET", "POST", "GET"]
    assert [r.url.path for r in wire.sent] == ["/v1/p/scripts"] * 2 + ["/v1.1/p/clusters/c1"]
    assert [r.url.query for r in wire.sent] == [b"limit=5&scriptName=a%20b", b"", b""]
    assert all(r.headers["X-Custom"] == "yes" for r in wire.sent)
    assert "?" not in str(wire.sent[1].url)
    assert wire.body(1) == SCRIPT
    with pytest.raises(dataclasses.FrozenInstanceError):
        created.headers = {}
    with pytest.raises(TypeError, match="not pickled"):
        pickle.dumps(created)


def test_requests_with_added_headers_keep_their_retry_safety(waits: list[float]) -> None:
    wire = Wire(reply(503), reply(503), reply(204))
    with wire.client(credentials=Recording()) as api:
        with pytest.raises(ServiceUnavailable):
            api.dlf.scripts.create(body=SCRIPT)  # a POST: not safe to send again
        assert len(wire.sent) == 1
        assert api.dlf.scripts.delete("s") is None  # a DELETE: sent again
    assert len(wire.sent) == 3


def test_credentials_without_apply_fail_before_sending() -> None:
    class Nothing(Credentials):
        pass

    wire = Wire()
    with wire.client(credentials=Nothing()) as api:
        with pytest.raises(NotImplementedError):
            api.cdm.clusters.list()
    assert wire.sent == []


def test_async_client_applies_sync_credentials() -> None:
    wire = Wire(reply(200, DETAIL))

    async def main() -> Any:
        async with wire.async_client(credentials=Recording()) as api:
            return await api.cdm.clusters.show("c1")

    assert asyncio.run(main()).name == "cdm-1"
    assert wire.last.headers["X-Custom"] == "yes"


def test_custom_credentials_are_not_asked_again_after_401() -> None:
    wire = Wire(reply(401, {"error_code": "APIG.1002", "error_msg": "no"}), reply(200, DETAIL))
    with wire.client(credentials=Recording()) as api:
        with pytest.raises(Unauthorized):
            api.cdm.clusters.show("c1")
    assert len(wire.sent) == 1


def test_default_options_return_the_model_and_do_not_retry_a_post(waits: list[float]) -> None:
    wire = Wire(reply(200, DETAIL), reply(503), reply(503), reply(204))
    with wire.client() as api:
        shown = api.cdm.clusters.show("c1", options=RequestOptions())
        assert shown.name == "cdm-1" and not isinstance(shown, ApiResponse)
        with pytest.raises(ServiceUnavailable):
            api.dlf.scripts.create(body=SCRIPT, options=RequestOptions())
        assert len(wire.sent) == 2
        api.dlf.scripts.create(body=SCRIPT, options=RequestOptions(retry_non_idempotent=True))
    assert len(wire.sent) == 4


def test_options_and_raw_responses_cannot_be_changed() -> None:
    options = RequestOptions()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.raw = True  # type: ignore[misc]
    wire = Wire(reply(200, DETAIL))
    with wire.client() as api:
        raw = with_raw_response(api.cdm.clusters.show, "c1")
    assert raw.status_code == 200 and raw.parsed.name == "cdm-1"
    with pytest.raises(dataclasses.FrozenInstanceError):
        raw.status_code = 500  # type: ignore[misc]


def test_backoff_starts_at_half_a_second(waits: list[float]) -> None:
    wire = Wire(reply(503), reply(503), reply(200, DETAIL))
    with wire.client() as api:
        assert api.cdm.clusters.show("c1").name == "cdm-1"
    first, second = waits
    assert 0.25 <= first <= 0.5 and 0.5 <= second <= 1.0


def test_a_client_passed_in_is_used_and_left_open() -> None:
    wire = Wire(reply(200, DETAIL))
    http = httpx.Client(transport=httpx.MockTransport(wire._answer))
    with DataArts(
        endpoints={"cdm": CDM}, project_id="p", credentials=TokenCredentials("t"), http_client=http
    ) as api:
        api.cdm.clusters.show("c1")
    assert not http.is_closed and len(wire.sent) == 1

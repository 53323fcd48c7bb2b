"""Failed calls explain themselves: status class, error code, the reference's message and solution."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from conftest import SPEC
from generator.load import load
from loopback import Loopback, Reply

import dataarts
from dataarts import DataArts, TokenCredentials

CODES = load(SPEC).doc["x-error-codes"]


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


def client(server: Loopback) -> DataArts:
    return DataArts(
        endpoints={"cdm": server.url, "dlf": server.url},
        project_id="p",
        credentials=TokenCredentials("tok"),
        max_retries=0,
    )


def test_the_catalogues_are_complete() -> None:
    assert len(CODES["cdm"]) == 164
    assert len(CODES["dlf"]) == 38
    assert len({c["code"] for c in CODES["cdm"] + CODES["dlf"]}) == 164 + 38


@pytest.mark.parametrize(
    "entry", [CODES["cdm"][0], CODES["cdm"][-1], CODES["dlf"][5]], ids=lambda e: e["code"]
)
def test_known_code_carries_the_reference(server: Loopback, entry: dict[str, Any]) -> None:
    server.replies = [
        Reply(
            entry["status"],
            {"errCode": entry["code"], "externalMessage": "boom"},
            headers={"X-Request-Id": "r-9"},
        )
    ]
    with client(server) as api, pytest.raises(dataarts.BadRequest) as info:
        api.cdm.clusters.show("c1")
    err = info.value
    assert (err.status_code, err.error_code, err.error_msg, err.request_id) == (
        entry["status"],
        entry["code"],
        "boom",
        "r-9",
    )
    assert err.reference is not None
    assert err.reference.message == entry["message"]
    assert err.reference.solution == entry["solution"]
    assert err.reference.description == entry["description"]
    assert (err.reference.code, err.reference.status) == (entry["code"], entry["status"])
    assert entry["code"] in str(err) and "r-9" in str(err)


def test_code_without_its_dot_is_recognised(server: Loopback) -> None:
    server.replies = [
        Reply(400, {"error_code": "DLF6201", "error_msg": "The script does not exist."})
    ]
    with client(server) as api, pytest.raises(dataarts.BadRequest) as info:
        api.dlf.scripts.show("s1")
    assert info.value.reference is not None
    assert info.value.reference.code == "DLF.6201"


@pytest.mark.parametrize(
    "status,cls",
    [
        (400, dataarts.BadRequest),
        (401, dataarts.Unauthorized),
        (403, dataarts.Forbidden),
        (404, dataarts.NotFound),
        (409, dataarts.Conflict),
        (429, dataarts.RateLimited),
        (500, dataarts.ServerError),
        (502, dataarts.ServerError),
        (503, dataarts.ServiceUnavailable),
        (504, dataarts.ServerError),
        (599, dataarts.ServerError),
        (418, dataarts.ApiError),
        (499, dataarts.ApiError),
    ],
)
def test_status_classes(server: Loopback, status: int, cls: type[Exception]) -> None:
    server.replies = [Reply(status, "not json", "text/plain")]
    with client(server) as api, pytest.raises(dataarts.ApiError) as info:
        api.cdm.clusters.show("c1")
    assert type(info.value) is cls  # the exact class, not a parent of it
    assert info.value.status_code == status
    assert info.value.error_code is None and info.value.error_msg is None
    assert str(info.value) == f"ShowClusterDetail: HTTP {status}"


def test_message_without_a_known_code(server: Loopback) -> None:
    server.replies = [
        Reply(409, {"error_code": "NOPE.1", "error_msg": "taken"}, headers={"X-Request-Id": "q"})
    ]
    with client(server) as api, pytest.raises(dataarts.Conflict) as info:
        api.cdm.clusters.show("c1")
    assert str(info.value) == "ShowClusterDetail: HTTP 409 NOPE.1: taken [request id q]"
    assert info.value.reference is None and info.value.body == {
        "error_code": "NOPE.1",
        "error_msg": "taken",
    }


def test_empty_error_fields_are_skipped(server: Loopback) -> None:
    server.replies = [Reply(400, {"error_code": "", "errCode": "CDM.0000", "error_msg": None})]
    with client(server) as api, pytest.raises(dataarts.BadRequest) as info:
        api.cdm.clusters.show("c1")
    assert info.value.error_code == "CDM.0000"


@pytest.mark.parametrize("spelling", ["DLF6201", "dlf6201", "dlf.6201", "DLF.6201"])
def test_code_spellings(spelling: str) -> None:
    from dataarts._errors import lookup_error_code

    info = lookup_error_code(spelling)
    assert info is not None and info.code == "DLF.6201"


@pytest.mark.parametrize("code", ["", None, "DLF.99999", "6201"])
def test_unknown_codes(code: str | None) -> None:
    from dataarts._errors import lookup_error_code

    assert lookup_error_code(code) is None


def test_a_reference_entry_cannot_be_changed() -> None:
    import dataclasses

    from dataarts._errors import lookup_error_code

    info = lookup_error_code("DLF.6201")
    assert info is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.solution = "rm -rf /"  # type: ignore[misc]
    assert lookup_error_code("DLF.6201") == info

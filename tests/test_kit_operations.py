"""Every client method, sync and async, driven through the testing kit (dataarts.testing).

Each fixture case is called on a fresh MockDataArts: the mock must receive exactly the case's
request (signed with the mock's key pair, which it verifies), accept it (the reference's
examples are valid requests), and answer with the reference's example for it; the client must
return what the mock sent.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from conftest import GENERATED
from wire import body_model, respell

from dataarts import AsyncDownload, Download
from dataarts.testing import MockDataArts, Reply

FIXTURES = sorted((GENERATED / "python" / "dataarts" / "testing" / "fixtures").glob("*/*.json"))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


CASES = [(f, c) for f in FIXTURES for c in load(f)["cases"]]
IDS = [f"{f.stem}-{c['name']}" for f, c in CASES]


def test_the_package_ships_the_fixtures() -> None:
    shipped = {p.relative_to(p.parents[1]): p.read_bytes() for p in FIXTURES}
    source = {
        p.relative_to(p.parents[1]): p.read_bytes()
        for p in (GENERATED / "fixtures").glob("*/*.json")
    }
    assert shipped == source and shipped


def dump(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return TypeAdapter(Any).dump_python(value, mode="json", by_alias=True, exclude_unset=True)


def check(
    mock: MockDataArts, fixture: Path, case: dict[str, Any], result: Any, resource: Any
) -> None:
    """The mock received the case's request (with the spellings the client sends) and the
    client returned what the mock answered."""
    op_id = load(fixture)["operationId"]
    calls = mock.calls
    assert [c.operation for c in calls] == [op_id]
    call, expected = calls[0], case["request"]
    assert 200 <= call.status < 300, call.response
    assert (call.method, call.path) == (expected["method"], expected["path"])
    assert sorted(call.query) == sorted((k, v) for k, v in expected["query"])
    want = expected["body"]
    body_type = body_model(resource, case["call"]["method"])
    if body_type is not None and isinstance(want, dict):
        want = respell(body_type.model_validate(want), want)
    assert call.body == want
    response = case["response"]
    assert call.status == response["status"]
    new_id = mock.core.spec.by_id[op_id].state.get("new-id")
    if not new_id:  # the service makes the id of what it creates: the mock makes a new one
        assert call.response == response["body"]
    if isinstance(result, bytes):
        content_type = response["content_type"]
        assert result == Reply(body=call.response, content_type=content_type).encoded()
    elif call.response is None:
        assert result is None
    else:
        assert dump(result) == respell(result, call.response)


@pytest.mark.parametrize("fixture,case", CASES, ids=IDS)
def test_operation(fixture: Path, case: dict[str, Any]) -> None:
    call = case["call"]
    mock = MockDataArts()
    with mock.client(max_retries=0, **call["settings"]) as api:
        resource = getattr(getattr(api, fixture.parent.name), call["resource"])
        result = getattr(resource, call["method"])(**call["kwargs"])
        if isinstance(result, Download):
            result = b"".join(result.iter_bytes())
    check(mock, fixture, case, result, resource)


@pytest.mark.parametrize("fixture,case", CASES, ids=IDS)
def test_operation_async(fixture: Path, case: dict[str, Any]) -> None:
    call = case["call"]
    mock = MockDataArts()

    async def main() -> Any:
        async with mock.async_client(max_retries=0, **call["settings"]) as api:
            resource = getattr(getattr(api, fixture.parent.name), call["resource"])
            result = await getattr(resource, call["method"])(**call["kwargs"])
            if isinstance(result, AsyncDownload):
                result = b"".join([chunk async for chunk in result.iter_bytes()])
            return result, resource

    check(mock, fixture, case, *asyncio.run(main()))

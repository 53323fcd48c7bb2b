"""Every generated operation, driven through a real HTTP server answering from the fixtures."""

from __future__ import annotations

import asyncio
import json
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import AliasChoices, BaseModel

from conftest import GENERATED, SPEC
from generator.load import HTTP_METHODS
from generator.load import load as load_spec
from loopback import Loopback, Reply
from wire import body_model, respell

from dataarts import AkSkCredentials, ApiError, AsyncDataArts, AsyncDownload, DataArts, Download
from sdk_hmac import verify

FIXTURES = sorted((GENERATED / "fixtures").glob("*/*.json"))
AK, SK = "AKLOOPBACK", "SKLOOPBACK-secret"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


CASES = [(f, c) for f in FIXTURES for c in load(f)["cases"]]
ERRORS = [(f, e) for f in FIXTURES for e in load(f)["errors"] if load(f)["cases"]]


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


def client(server: Loopback, settings: dict[str, Any]) -> DataArts:
    return DataArts(
        endpoints={s: server.url for s in ("cdm", "dlf")},
        credentials=AkSkCredentials(AK, SK),
        max_retries=0,
        **settings,
    )


def check_signature(received: Any) -> None:
    """The signature verifies with the tests' own implementation (sdk_hmac), as the gateway
    would check it; every header the spec defines that was sent is signed."""
    signed = verify(
        received.method, received.path, received.query, received.headers, received.body, AK, SK
    )
    spec_headers = {"content-type", "workspace", "x-project-id", "x-language"}
    assert {k.lower() for k in received.headers} & spec_headers <= set(signed)


def field_of(model: BaseModel, wire: str) -> str | None:
    """The Python attribute that holds wire key `wire`, None for an unknown key."""
    for name, info in type(model).model_fields.items():
        spellings = {name if info.alias is None else info.alias}
        if isinstance(info.validation_alias, AliasChoices):
            spellings |= {str(c) for c in info.validation_alias.choices}
        elif isinstance(info.validation_alias, str):
            spellings.add(info.validation_alias)
        if wire in spellings:
            return name
    return None


def same(value: Any, example: Any, where: str = "$") -> None:
    """`value` (what the client parsed) holds `example` (the reference's JSON), compared field by
    field through the models' Python attributes."""
    if isinstance(value, BaseModel):
        assert isinstance(example, dict), where
        for key, item in example.items():
            name = field_of(value, key)
            if name is None:
                assert (value.model_extra or {}).get(key) == item, f"{where}.{key} (unknown)"
            else:
                same(getattr(value, name), item, f"{where}.{key}")
        return
    if isinstance(example, list):
        assert isinstance(value, list) and len(value) == len(example), where
        for i, (v, e) in enumerate(zip(value, example)):
            same(v, e, f"{where}[{i}]")
        return
    if isinstance(example, dict):
        assert isinstance(value, dict) and set(value) == set(example), where
        for key, item in example.items():
            same(value[key], item, f"{where}.{key}")
        return
    value = getattr(value, "value", value)  # an enum member: its wire value
    if isinstance(example, float) or isinstance(value, float):
        assert value == pytest.approx(example), where
    else:
        assert value == example and type(value) is type(
            example
        ), f"{where}: {value!r} != {example!r}"


def test_every_operation_has_a_case() -> None:
    ops = {load(f)["operationId"] for f, _ in CASES}
    assert ops == {load(f)["operationId"] for f in FIXTURES}
    called = {(f.parent.name, c["call"]["resource"], c["call"]["method"]) for f, c in CASES}
    api = DataArts(region="ap-southeast-1")
    generated = set()
    for name in ("cdm", "dlf"):
        service = getattr(api, name)
        # resources are properties, each loading its module when first used
        names = [n for n, v in vars(type(service)).items() if isinstance(v, property)]
        for resource_name, resource in ((n, getattr(service, n)) for n in names):
            for method in vars(type(resource)):
                if not method.startswith(("_", "iter_")) and method != "service":
                    generated.add((name, resource_name, method))
    assert called == generated
    # One method per operation, or one per variant of an operation that has x-variants.
    bundle = load_spec(SPEC)
    expected = sum(
        len(op.get("x-variants") or [op])
        for item in bundle.doc["paths"].values()
        for key, op in item.items()
        if key in HTTP_METHODS
    )
    assert len(generated) == expected


def check_exchange(
    server: Loopback, case: dict[str, Any], result: Any, body_type: Any = None
) -> None:
    """What the server received is the case's request; what the call returned, its response.
    `result` is the parsed model, or the bytes of a download; `body_type` the request body's
    model (a field read under another spelling is sent under the spec's chosen one)."""
    expected, response = case["request"], case["response"]
    got = server.received[0]
    assert (got.method, got.path) == (expected["method"], expected["path"])
    assert sorted(got.query) == sorted((k, v) for k, v in expected["query"])
    if expected["body"] is None:
        assert got.body in (b"", b"null")
    else:
        want = expected["body"]
        if body_type is not None:
            want = respell(body_type.model_validate(want), want)
        assert json.loads(got.body) == want
    check_signature(got)
    body = response["body"]
    if isinstance(result, bytes):
        assert result == Reply(body=body, content_type=response["content_type"]).encoded()
    elif body is None or not response["content_type"]:
        assert result is None
    else:
        same(result, body)


def serve(server: Loopback, case: dict[str, Any]) -> None:
    response = case["response"]
    server.replies = [Reply(response["status"], response["body"], response["content_type"])]
    server.received.clear()


@pytest.mark.parametrize("fixture,case", CASES, ids=[f"{f.stem}-{c['name']}" for f, c in CASES])
def test_operation(server: Loopback, fixture: Path, case: dict[str, Any]) -> None:
    call = case["call"]
    serve(server, case)
    with client(server, call["settings"]) as api:
        resource = getattr(getattr(api, fixture.parent.name), call["resource"])
        result = getattr(resource, call["method"])(**call["kwargs"])
        if isinstance(result, Download):
            result = b"".join(result.iter_bytes())
        body_type = body_model(resource, call["method"])
    check_exchange(server, case, result, body_type)


@pytest.mark.parametrize("fixture,case", CASES, ids=[f"{f.stem}-{c['name']}" for f, c in CASES])
def test_operation_async(server: Loopback, fixture: Path, case: dict[str, Any]) -> None:
    call = case["call"]
    serve(server, case)

    body_type = None

    async def main() -> Any:
        nonlocal body_type
        async with AsyncDataArts(
            endpoints={s: server.url for s in ("cdm", "dlf")},
            credentials=AkSkCredentials(AK, SK),
            max_retries=0,
            **call["settings"],
        ) as api:
            resource = getattr(getattr(api, fixture.parent.name), call["resource"])
            result = await getattr(resource, call["method"])(**call["kwargs"])
            body_type = body_model(resource, call["method"])
            if isinstance(result, AsyncDownload):
                return b"".join([chunk async for chunk in result.iter_bytes()])
            return result

    result = asyncio.run(main())
    check_exchange(server, case, result, body_type)


@pytest.mark.parametrize(
    "fixture,error", ERRORS, ids=[f"{f.stem}-{e['status']}" for f, e in ERRORS]
)
def test_error_response(server: Loopback, fixture: Path, error: dict[str, Any]) -> None:
    case = load(fixture)["cases"][0]
    server.replies = [
        Reply(error["status"], error["body"], error["content_type"], {"X-Request-Id": "req-1"})
    ]
    with client(server, case["call"]["settings"]) as api:
        resource = getattr(getattr(api, fixture.parent.name), case["call"]["resource"])
        with pytest.raises(ApiError) as info:
            result = getattr(resource, case["call"]["method"])(**case["call"]["kwargs"])
            if isinstance(result, Download):
                result.save(Path("/dev/null"))
    err = info.value
    assert err.status_code == error["status"]
    assert err.request_id == "req-1"
    body = error["body"] or {}
    code = body.get("error_code") or body.get("errCode") or body.get("code")
    assert err.error_code == (str(code) if code else None)

"""Contract test: Prism, serving the bundled spec, accepts every request the client makes from the
fixtures (AK/SK-signed and with a token), and the client parses every response Prism makes up
(the spec's examples, then `--dynamic` bodies generated from the schemas)."""

from __future__ import annotations

import json
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import TypeAdapter, ValidationError

from conftest import GENERATED
from prism import describe, located, running_prism, violations

from dataarts import (
    AkSkCredentials,
    ApiError,
    Credentials,
    DataArts,
    Download,
    ResponseValidationError,
    TokenCredentials,
)

FIXTURES = sorted((GENERATED / "fixtures").glob("*/*.json"))
CASES = [(f, c) for f in FIXTURES for c in json.loads(f.read_text(encoding="utf-8"))["cases"]]
IDS = [f"{f.stem}-{c['name']}" for f, c in CASES]
CREDENTIALS: dict[str, Credentials] = {
    "aksk": AkSkCredentials("AKPRISM", "SKPRISM-secret"),
    "token": TokenCredentials("prism-token"),
}


@pytest.fixture(scope="module")
def spec(bundle_file: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(bundle_file.read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def static(bundle_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("prism") / "static.log"
    with running_prism(bundle_file, log) as url:
        yield url


@pytest.fixture(scope="module")
def dynamic(bundle_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("prism") / "dynamic.log"
    with running_prism(bundle_file, log, "--dynamic", "--seed", "contract") as url:
        yield url


def operation(spec: dict[str, Any], fixture: Path) -> dict[str, Any]:
    data = json.loads(fixture.read_text(encoding="utf-8"))
    op: dict[str, Any] = spec["paths"][data["path"]][data["method"].lower()]
    return op


def success_examples(op: dict[str, Any]) -> set[str]:
    codes = sorted(c for c in op.get("responses") or {} if str(c).startswith("2"))
    content = (op["responses"][codes[0]].get("content") or {}) if codes else {}
    return {name for media in content.values() for name in media.get("examples") or {}}


def call(
    url: str, fixture: Path, case: dict[str, Any], kind: str, prefer: str | None, seen: list[Any]
) -> Any:
    """The fixture's call against `url` (the responses go to `seen`); a download is read."""
    c = case["call"]
    http = httpx.Client(
        headers={"Prefer": prefer} if prefer else None,
        timeout=60,
        event_hooks={"response": [seen.append]},
    )
    with (
        DataArts(
            endpoints={"cdm": url, "dlf": url},
            credentials=CREDENTIALS[kind],
            max_retries=0,
            http_client=http,
            **c["settings"],
        ) as api,
        http,
    ):
        resource = getattr(getattr(api, fixture.parent.name), c["resource"])
        result = getattr(resource, c["method"])(**c["kwargs"])
        if isinstance(result, Download):
            return b"".join(result.iter_bytes())
        return result


def check_accepted(spec: dict[str, Any], op: dict[str, Any], response: httpx.Response) -> None:
    """Prism accepted the request: no request violation, whatever the credentials."""
    rejected = located(violations(response), "request")
    if response.status_code < 400 and not rejected:
        return
    pytest.fail(f"Prism rejected the request (HTTP {response.status_code}): {describe(rejected)}")


def other_variant_parses(
    op: dict[str, Any], fixture: Path, case: dict[str, Any], body: bytes
) -> str:
    """The client method of another `x-variants` branch of the operation that parses `body`."""
    resource = getattr(
        getattr(DataArts(region="ap-southeast-1"), fixture.parent.name), case["call"]["resource"]
    )
    for variant in op.get("x-variants") or []:
        name = variant["x-method"]
        if name == case["call"]["method"]:
            continue
        returns = typing.get_type_hints(getattr(type(resource), name))["return"]
        try:
            TypeAdapter(returns).validate_json(body)
        except ValidationError:
            continue
        return name
    return ""


def exchange(
    spec: dict[str, Any], url: str, fixture: Path, case: dict[str, Any], kind: str, *, dynamic: bool
) -> None:
    op = operation(spec, fixture)
    prefer = None
    if not dynamic and case["name"] in success_examples(op):
        prefer = f"example={case['name']}"  # the case's own example of its response
    seen: list[httpx.Response] = []
    try:
        call(url, fixture, case, kind, prefer, seen)
        check_accepted(spec, op, seen[-1])
    except ApiError as err:
        check_accepted(spec, op, err.response)
        pytest.fail(f"Prism answered HTTP {err.response.status_code} to a valid request: {err}")
    except ResponseValidationError as err:
        check_accepted(spec, op, err.response)
        found = located(violations(err.response), "response")
        if dynamic and found:
            pytest.xfail(f"Prism's generated body breaks the spec itself: {describe(found)}")
        sibling = other_variant_parses(op, fixture, case, err.response.content)
        if dynamic and sibling:
            pytest.xfail(f"one operation, several client methods: Prism answered {sibling}'s body")
        raise


@pytest.mark.parametrize("kind", sorted(CREDENTIALS))
@pytest.mark.parametrize("fixture,case", CASES, ids=IDS)
def test_prism_static(
    spec: dict[str, Any], static: str, fixture: Path, case: dict[str, Any], kind: str
) -> None:
    exchange(spec, static, fixture, case, kind, dynamic=False)


@pytest.mark.parametrize("kind", sorted(CREDENTIALS))
@pytest.mark.parametrize("fixture,case", CASES, ids=IDS)
def test_prism_dynamic(
    spec: dict[str, Any], dynamic: str, fixture: Path, case: dict[str, Any], kind: str
) -> None:
    exchange(spec, dynamic, fixture, case, kind, dynamic=True)


def test_prism_rejects_what_breaks_the_spec(spec: dict[str, Any], static: str) -> None:
    """The checks above can fail: Prism reports an unsigned call, and a body without the fields
    its schema requires, as request violations."""
    fixture, case = next(
        (f, c)
        for f, c in CASES
        if (operation(spec, f).get("requestBody") or {}).get("required") and c["request"]["body"]
    )
    request = case["request"]
    url = static + request["path"]
    unsigned = httpx.request(request["method"], url, json=request["body"], timeout=60)
    assert unsigned.status_code == 401
    assert located(violations(unsigned), "request")
    empty = httpx.request(
        request["method"], url, json=[], headers={"X-Auth-Token": "prism-token"}, timeout=60
    )
    assert empty.status_code >= 400
    found = located(violations(empty), "request")
    assert any(v["location"][:2] == ["request", "body"] for v in found), found

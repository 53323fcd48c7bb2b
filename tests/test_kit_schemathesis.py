"""Schemathesis against the testing kit's server: every operation, requests generated from the
spec; the mock's answers must match the spec (schema, documented status codes, content type,
headers), and it must never fail with a server error of its own. Negative data (requests the
spec forbids) must be refused.

Every operation documents its error status (where the reference's status table lists only the
success status, the spec adds the 400 of its error codes, 7.4, with a note).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from conftest import GENERATED

from dataarts.testing import MockDataArts, MockServer

DOC = json.loads(
    (GENERATED / "python" / "dataarts" / "testing" / "openapi.json").read_text(encoding="utf-8")
)
# Positive data (the fuzzing phase, from the schemas, and the spec's examples); the coverage
# phase's thousands of boundary cases would take minutes.
CONFIG = schemathesis.Config.from_dict(
    {
        "generation": {"mode": "positive", "max-examples": 6},
        "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
    }
)
SCHEMA = schemathesis.openapi.from_dict(DOC, config=CONFIG)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockDataArts().serve() as running:
        yield running


def refused_as_taken(server: MockServer, case: Any, response: Any) -> bool:
    op_id = case.operation.definition.raw.get("operationId")
    taken = server.mock.core.spec.by_id[op_id].state.get("exists")
    return bool(taken) and response.status_code == 400 and taken in response.text


@SCHEMA.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
def test_the_mock_conforms(server: MockServer, case: Any) -> None:
    headers = {"X-Auth-Token": "schemathesis"}
    server.mock.reset()  # each case on the reference's examples: a valid request is accepted
    response = case.call(base_url=server.url, headers=headers)
    checked = [*CHECKS, checks.positive_data_acceptance]
    # An empty query value ("?type=") is valid for Schemathesis but not for OpenAPI, whose
    # allowEmptyValue defaults to false: openapi-core (and so the mock) refuses it. A name
    # given twice in one create is refused as taken (x-state exists), as the service does.
    empty_query = any(v == "" for v in (case.query or {}).values())
    if empty_query or refused_as_taken(server, case, response):
        checked = CHECKS
    case.validate_response(response, checks=checked)


NEGATIVE = schemathesis.openapi.from_dict(
    DOC,
    config=schemathesis.Config.from_dict(
        {
            "generation": {"mode": "negative", "max-examples": 4},
            "phases": {
                "coverage": {"enabled": False},
                "stateful": {"enabled": False},
                "examples": {"enabled": False},
            },
        }
    ),
)


def declares_content_type(case: Any) -> bool:
    """An operation with a Content-Type header parameter: the HTTP library sets that header
    itself for a JSON body, so a request "without" it still carries one."""
    parameters = case.operation.definition.raw.get("parameters", [])
    return any(p.get("in") == "header" and p.get("name") == "Content-Type" for p in parameters)


@NEGATIVE.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
def test_the_mock_refuses_what_the_spec_forbids(server: MockServer, case: Any) -> None:
    negative = [checks.negative_data_rejection, checks.not_a_server_error]
    if declares_content_type(case):
        negative = [checks.not_a_server_error]
    case.call_and_validate(base_url=server.url, headers={"X-Auth-Token": "t"}, checks=negative)

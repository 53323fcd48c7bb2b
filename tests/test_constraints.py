"""The spec's constraints on the models: enforced on what is built and sent, kept and reported on
what is received; Python names and wire names both build a body."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from conftest import mypy_strict, run_cli

from dataarts import InvalidRequestError
from dataarts.models.cdm import Link, LinkConfigValues
from dataarts.models.dlf import DlfJob, DlfJobSchedule, DlfJobSummary
from dataarts.testing import MockDataArts


def job(**changes: object) -> DlfJob:
    fields: dict[str, object] = {
        "name": "job1",
        "nodes": [],
        "schedule": DlfJobSchedule(type_="EXECUTE_ONCE"),
        "process_type": "BATCH",
    }
    return DlfJob.model_validate({**fields, **changes})


def test_python_names_and_wire_names_build_the_same_body() -> None:
    by_name = Link(
        name="l", connector_name="obs-connector", link_config_values=LinkConfigValues(configs=[])
    )
    by_wire = Link.model_validate(
        {"name": "l", "connector-name": "obs-connector", "link-config-values": {"configs": []}}
    )
    assert by_name == by_wire
    assert by_name.to_wire()["connector-name"] == "obs-connector"
    assert "connector_name" not in by_name.to_wire()


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("name", "x" * 129, "at most 128 characters"),
        ("process_type", "DAILY", "'REAL_TIME' or 'BATCH'"),
    ],
)
def test_building_a_model_enforces_the_constraints(field: str, value: str, problem: str) -> None:
    job()  # valid as is
    with pytest.raises(ValidationError) as info:
        job(**{field: value})
    assert problem in str(info.value)


SUMMARY = {"name": "j", "jobType": "BATCH", "status": "NORMAL", "createUser": "u", "createTime": 1}


def test_summary_range_is_enforced() -> None:
    with pytest.raises(ValidationError, match="less than or equal to 2"):
        DlfJobSummary.model_validate({**SUMMARY, "priority": 3})
    assert DlfJobSummary.model_validate({**SUMMARY, "priority": 2}).priority == 2


def test_what_breaks_a_constraint_is_not_sent() -> None:
    mock = MockDataArts()
    with mock.client() as client:
        with pytest.raises(InvalidRequestError, match="name"):
            client.dlf.jobs.create(
                {
                    "name": "x" * 129,
                    "nodes": [],
                    "processType": "BATCH",
                    "schedule": {"type": "EXECUTE_ONCE"},
                }
            )
        changed = job()
        changed.name = "y" * 200  # changed after it was built: checked again when sent
        with pytest.raises(InvalidRequestError, match="name"):
            client.dlf.jobs.create(changed)
    assert mock.calls_to("CreateDlfJob") == []


def test_what_is_received_is_kept_and_reported() -> None:
    mock = MockDataArts()
    summary = {**SUMMARY, "jobType": "STREAMING", "owner": "o" * 300, "priority": 1}
    mock.override("ListDlfJobs", {"total": 1, "jobs": [summary]})
    with mock.client() as client:
        listed = client.dlf.jobs.list()
    got = listed.jobs[0]
    assert got.job_type == "STREAMING" and got.owner == "o" * 300 and got.priority == 1
    reported = listed.not_validated()
    assert any(r.startswith("job_type") for r in reported)
    assert any(r.startswith("owner") and "128" in r for r in reported)
    assert "o" * 300 not in json.dumps(reported)  # reasons, never values
    assert job().not_validated() == ()


KEYWORDS_SPEC = """
openapi: 3.1.0
info: {title: Shelves, version: "1"}
servers: [{url: "http://127.0.0.1:8080"}]
paths:
  /shelves:
    post:
      operationId: postShelf
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Shelf"}
      responses:
        "200": {description: done}
components:
  schemas:
    Shelf:
      type: object
      properties:
        tags: {type: array, items: {type: string}, uniqueItems: true}
        books:
          type: array
          items: {type: object, properties: {isbn: {type: string}}}
          uniqueItems: true
        kinds:
          type: array
          items: {type: string}
          contains: {const: fiction}
        ratings:
          type: array
          items: {type: integer}
          contains: {type: integer, minimum: 4}
          minContains: 2
          maxContains: 3
        labels:
          type: object
          additionalProperties: {type: string}
          minProperties: 1
          maxProperties: 2
"""

KEYWORDS_USE = """
import sys
from pydantic import ValidationError
from shelves.models import Shelf

def refused(**fields):
    try:
        Shelf(**fields)
    except ValidationError as exc:
        return str(exc)
    return None

ok = dict(tags=["a", "b"], books=[{"isbn": "1"}, {"isbn": "2"}], kinds=["fiction", "poetry"],
          ratings=[4, 5, 1], labels={"a": "x"})
assert refused(**ok) is None, refused(**ok)
for field, value, words in [
    ("tags", ["a", "a"], "unique"),
    ("books", [{"isbn": "1"}, {"isbn": "1"}], "unique"),
    ("kinds", ["poetry"], "contains"),
    ("ratings", [4, 1], "at least 2 and at most 3"),
    ("ratings", [4, 5, 6, 7], "at least 2 and at most 3"),
    ("labels", {}, "at least 1"),
    ("labels", {"a": "1", "b": "2", "c": "3"}, "at most 2"),
]:
    problem = refused(**{**ok, field: value})
    assert problem and words in problem, (field, value, problem)
# received: kept and reported, as every other constraint
got = Shelf.model_validate({"tags": ["a", "a"]}, context={"dataarts_received": []})
assert got.tags == ["a", "a"]
print(Shelf.__doc__ or "", file=sys.stderr)
print("ok")
"""


def test_unique_items_contains_and_property_counts_are_enforced(tmp_path: Path) -> None:
    """uniqueItems, contains/minContains/maxContains and minProperties/maxProperties (not used
    by the DataArts spec, but JSON Schema constraints a spec may state) are enforced like the
    others, and the docstrings say them."""
    spec = tmp_path / "shelves" / "openapi.yaml"
    spec.parent.mkdir()
    spec.write_text(KEYWORDS_SPEC, "utf-8")
    out = tmp_path / "out"
    done = run_cli("--spec", str(spec), "--no-cache", "generate", "--out", str(out))
    assert done.returncode == 0, done.stderr
    run = subprocess.run(
        [sys.executable, "-c", KEYWORDS_USE],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(out / "python")},
    )
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr
    source = (out / "python" / "shelves" / "models" / "common.py").read_text("utf-8")
    for words in (
        "unique items",
        'at least 1 items of which: always "fiction"',
        "at least 2, at most 3 items of which: >= 4",
        "at least 1 properties",
    ):
        assert words in source, words
    checked = mypy_strict("shelves", cwd=out / "python")
    assert checked.returncode == 0, checked.stdout

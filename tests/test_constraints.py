"""The spec's constraints on the models: enforced on what is built and sent, kept and reported on
what is received; Python names and wire names both build a body."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

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
            client.dlf.jobs.create({"name": "x" * 129, "nodes": [], "processType": "BATCH",
                                    "schedule": {"type": "EXECUTE_ONCE"}})
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

"""The connector helpers: every kind builds the reference's example; bad input is refused."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import SPEC
from generator.load import load

from dataarts import InvalidRequestError, connectors
from dataarts.connectors import CATALOGUE

SCHEMAS = load(SPEC).doc["components"]["schemas"]
ROLES = load(SPEC).doc["x-connector-roles"]
KINDS = sorted(name for name, s in SCHEMAS.items() if "x-connector" in s)


def example_inputs(example: Any, groups: set[str]) -> dict[str, Any]:
    """Every {name, value} input of the example whose group belongs to the kind."""
    found: dict[str, Any] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if (
                set(node) >= {"name", "value"}
                and isinstance(node["name"], str)
                and "." in node["name"]
            ):
                if node["name"].split(".", 1)[0] in groups:
                    found[node["name"]] = node["value"]
                return
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(example)
    return found


def typed(kind: str, value: Any) -> Any:
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    if kind == "integer" and isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value


def test_every_kind_has_a_helper_and_the_catalogue_is_complete() -> None:
    assert sorted(CATALOGUE) == KINDS
    roles = [CATALOGUE[k].role for k in KINDS]
    assert (roles.count("link"), roles.count("from"), roles.count("to"), roles.count("task")) == (
        14,
        12,
        9,
        1,
    )
    for kind in KINDS:
        assert {p.name for p in CATALOGUE[kind].params} == set(SCHEMAS[kind]["properties"])
        assert {p.name for p in CATALOGUE[kind].params if p.required} == set(
            SCHEMAS[kind].get("required", [])
        )


@pytest.mark.parametrize("kind", KINDS)
def test_helper_builds_the_reference_example(kind: str) -> None:
    connector = CATALOGUE[kind]
    example = SCHEMAS[kind]["x-connector-example"]
    groups = {p.group for p in connector.params}
    given = example_inputs(example, groups)
    assert given, f"{kind}: the example has no inputs"
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    fn = getattr(connectors, connector.function)
    names = {p.name: p.arg for p in connector.params}
    for name, value in given.items():
        param = connector.param(name)
        if param is None:
            extra[name] = value
        else:
            kwargs[names[name]] = typed(param.kind, value)
    filled = {}
    for p in connector.params:
        if p.required and p.name not in given:
            filled[p.name] = (
                p.enum[0] if p.enum else {"boolean": False, "integer": 1}.get(p.kind, "x")
            )
            kwargs[names[p.name]] = filled[p.name]
    returned = fn(**kwargs, extra_inputs=extra or None)
    role = ROLES[connector.role]
    assert type(returned).__name__ == role["schema"]
    configs = returned.to_wire()[role["configs"]]
    built = {i["name"]: i["value"] for c in configs for i in c["inputs"]}
    assert all(c["name"] == i["name"].split(".")[0] for c in configs for i in c["inputs"])
    for name, value in given.items():
        assert built[name] == value, name
    assert set(built) - set(given) == set(filled)


def test_unknown_missing_and_wrong_values_are_refused() -> None:
    with pytest.raises(InvalidRequestError) as info:
        connectors.relational_database_link(  # type: ignore[call-arg]
            database_type="MYSQL",
            host="h",
            port="3306",
            username="u",
            password="p",
            use_agent="no",  # type: ignore[arg-type]
        )
    assert "'linkConfig.useAgent' must be of type boolean, not str" in str(info.value)
    with pytest.raises(InvalidRequestError) as info:
        connectors.relational_database_link(
            database_type="MSSQL",  # type: ignore[arg-type]
            host="h",
            port="3306",
            username="u",
            password="p",
            use_agent=False,
            extra_inputs={"linkConfig.hots": "x"},
        )
    message = str(info.value)
    assert "'linkConfig.databaseType' must be one of 'ORACLE'" in message
    from dataarts._connectors import build

    with pytest.raises(InvalidRequestError) as info:
        build(CATALOGUE["RelationalDatabaseLinkConfig"], {"linkConfig.hots": "h"})
    message = str(info.value)
    assert "unknown parameter 'linkConfig.hots' (did you mean linkConfig.host" in message
    assert "missing required parameter 'linkConfig.password'" in message
    assert "missing required parameter 'linkConfig.databaseType'" in message


def test_helpers_return_the_config_values_their_body_takes() -> None:
    """A link helper's result is a link's link-config-values, a job helper's a job's config
    values: they go into the bodies as they are, and reach the wire as {name, value} inputs."""
    from dataarts.models.cdm import ConfigValues, Job, Link, LinkConfigValues

    assert set(ROLES) == {CATALOGUE[k].role for k in KINDS}
    link_values = connectors.obs_link(
        storage_type="OBS", server="s", port="443", access_key="AK", security_key="SK"
    )
    assert isinstance(link_values, LinkConfigValues)
    link = Link(name="l", connector_name="obs-connector", link_config_values=link_values)
    assert link.to_wire()["link-config-values"]["configs"][0]["inputs"][0] == {
        "name": "linkConfig.storageType",
        "value": "OBS",
    }
    assert "SK" not in repr(link)  # the secret input's value is masked
    source = connectors.obs_source_job(
        bucket_name="b", input_directory="/", input_format="CSV_FILE"
    )
    task = connectors.job_task(num_extractors=3)
    assert isinstance(source, ConfigValues) and isinstance(task, ConfigValues)
    job = Job(
        name="j",
        job_type="NORMAL_JOB",
        from_connector_name="obs-connector",
        from_link_name="a",
        from_config_values=source,
        to_connector_name="obs-connector",
        to_link_name="b",
        to_config_values=connectors.obs_target_job(
            bucket_name="b", output_directory="/o", output_format="CSV_FILE"
        ),
        driver_config_values=task,
    ).to_wire()
    assert job["from-config-values"]["configs"][0]["name"] == "fromJobConfig"
    assert job["driver-config-values"]["configs"] == [
        {
            "inputs": [{"name": "throttlingConfig.numExtractors", "value": "3"}],
            "name": "throttlingConfig",
        }
    ]


def test_the_user_script_creates_links_and_a_job_the_mock_accepts() -> None:
    """tests/usercode/cdm_link_and_job.py, run against the testing kit: the bodies the helpers
    build are valid requests of the spec."""
    import sys

    from conftest import ROOT
    from dataarts.testing import MockDataArts

    sys.path.insert(0, str(ROOT / "tests" / "usercode"))
    try:
        import cdm_link_and_job as script
    finally:
        sys.path.remove(str(ROOT / "tests" / "usercode"))
    mock = MockDataArts()
    with mock.client() as client:
        script.create(client, "cluster-1")
    (links,) = mock.calls_to("CreateLink")
    sent = links.body["links"][1]["link-config-values"]["configs"][0]["inputs"]
    assert {"name": "linkConfig.useAgent", "value": "false"} in sent
    (jobs,) = mock.calls_to("CreateJob")
    job = jobs.body["jobs"][0]
    assert job["to-config-values"]["configs"][0]["name"] == "toJobConfig"
    assert [c["name"] for c in job["driver-config-values"]["configs"]] == [
        "throttlingConfig",
        "retryJobConfig",
    ]


def test_an_extra_input_the_model_refuses_is_an_invalid_request() -> None:
    with pytest.raises(InvalidRequestError) as info:
        connectors.obs_link(
            storage_type="OBS",
            server="s",
            port="443",
            access_key="AK",
            security_key="SK",
            extra_inputs={"linkConfig.list": [1, 2]},
        )
    assert "LinkConfigValues" in str(info.value) and "SK" not in str(info.value)


def test_values_of_another_json_type_are_refused_and_bool_is_not_an_integer() -> None:
    for value, name in [("4", "str"), (True, "bool"), (2.5, "float")]:
        with pytest.raises(InvalidRequestError) as info:
            connectors.job_task(num_extractors=value)  # type: ignore[arg-type]
        assert f"'throttlingConfig.numExtractors' must be of type integer, not {name}" in str(
            info.value
        )
    built = connectors.job_task(num_extractors=4, record_dirty_data=False)
    inputs = {i.name: i.value for c in built.configs or [] for i in c.inputs or []}
    assert inputs["throttlingConfig.numExtractors"] == "4"
    assert inputs["throttlingConfig.recordDirtyData"] == "false"


def test_extra_inputs_that_name_a_catalogued_parameter_or_no_group_are_refused() -> None:
    with pytest.raises(InvalidRequestError) as info:
        connectors.job_task(extra_inputs={"throttlingConfig.numExtractors": 3, "loose": "x"})
    message = str(info.value)
    assert "'throttlingConfig.numExtractors' is a catalogued parameter" in message
    assert "extra input 'loose' must be a full name such as group.parameter" in message


def test_an_unknown_name_is_shown_with_its_two_closest_known_names() -> None:
    from dataarts._connectors import build

    with pytest.raises(InvalidRequestError) as info:
        build(CATALOGUE["RelationalDatabaseLinkConfig"], {"linkConfig.user": "u"})
    message = str(info.value)
    hint = "(did you mean linkConfig.username or linkConfig.useSSL?)"
    assert f"unknown parameter 'linkConfig.user' {hint}" in message


def test_the_shared_catalogue_cannot_be_changed_by_a_caller() -> None:
    import dataclasses

    kind = CATALOGUE["RelationalDatabaseLinkConfig"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        kind.role = "to"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        kind.params[0].required = False  # type: ignore[misc]

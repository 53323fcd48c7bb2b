"""The connector helpers: every kind builds the reference's example; bad input is refused."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import SPEC
from generator.load import load

from dataarts import InvalidRequestError, connectors
from dataarts.connectors import CATALOGUE

SCHEMAS = load(SPEC).doc["components"]["schemas"]
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
    configs = fn(**kwargs, extra_inputs=extra or None)
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

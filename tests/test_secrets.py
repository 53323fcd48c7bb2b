"""No secret in the repr() or str() of any generated model.

Every schema of the bundled spec with a `format: password` property, and every name/value
input model given a secret name, is checked through the generated class of the same name.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from typing import Any

import pytest
from pydantic import AliasChoices, BaseModel

from conftest import GENERATED

import dataarts.models
from dataarts import _spec

SECRET = "s3cr3t-Value-987"
DOC = json.loads((GENERATED / "python/dataarts/testing/openapi.json").read_text("utf-8"))


def model_classes() -> dict[str, type[BaseModel]]:
    found: dict[str, type[BaseModel]] = {}
    for info in pkgutil.walk_packages(dataarts.models.__path__, "dataarts.models."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, BaseModel):
                if value.__module__ == module.__name__:
                    found[name] = value
    return found


MODELS = model_classes()


def password_properties() -> list[tuple[str, str]]:
    out = []
    for name, schema in DOC["components"]["schemas"].items():
        for prop, node in (schema.get("properties") or {}).items():
            if isinstance(node, dict) and node.get("format") == "password":
                out.append((name, prop))
    return out


def field_for(model: type[BaseModel], wire: str) -> str:
    for name, info in model.model_fields.items():
        spellings = {name, info.alias}
        if isinstance(info.validation_alias, AliasChoices):
            spellings |= {str(c) for c in info.validation_alias.choices}
        elif info.validation_alias:
            spellings.add(str(info.validation_alias))
        if wire in spellings:
            return name
    raise AssertionError(f"{model.__name__} has no field for {wire}")


def test_the_spec_has_secrets_to_check() -> None:
    assert len(password_properties()) >= 10


@pytest.mark.parametrize("schema,prop", password_properties(), ids=lambda v: str(v))
def test_password_fields_are_masked(schema: str, prop: str) -> None:
    model = MODELS.get(schema)
    assert model is not None, f"no generated model {schema}"
    secret_field = field_for(model, prop)
    values: dict[str, Any] = {secret_field: SECRET}
    others = [n for n, f in model.model_fields.items() if n != secret_field and f.repr]
    for n in others:
        values[n] = f"visible-{n}"
    instance = model.model_construct(**values)
    assert SECRET not in repr(instance) and SECRET not in str(instance)
    for n in others:
        assert f"visible-{n}" in repr(instance)  # the rest is shown: repr works
    # parsed from the wire, too
    parsed = model.model_validate({prop: SECRET}) if not others else None
    if parsed is not None:
        assert SECRET not in repr(parsed)


# The spec's name/value input schemas (x-name-value-pair): (schema, name field, value field).
NAME_VALUE = sorted(
    (name, s["x-name-value-pair"]["name"], s["x-name-value-pair"]["value"])
    for name, s in DOC["components"]["schemas"].items()
    if "x-name-value-pair" in s
)


def test_there_are_name_value_inputs() -> None:
    assert len(NAME_VALUE) >= 2


@pytest.mark.parametrize("schema,name,value", NAME_VALUE, ids=lambda v: str(v))
@pytest.mark.parametrize("secret_name", sorted(_spec.SECRET_NAMES))
def test_name_value_inputs_mask_secret_names(
    schema: str, name: str, value: str, secret_name: str
) -> None:
    model = MODELS[schema]
    secret = model.model_validate({name: secret_name, value: SECRET})
    assert SECRET not in repr(secret) and SECRET not in str(secret)
    assert getattr(secret, field_for(model, value)) == SECRET  # masked in repr only
    assert secret.to_wire()[value] == SECRET  # and sent as it is
    plain = model.model_validate({name: "linkConfig.host", value: "10.0.0.1"})
    assert "10.0.0.1" in repr(plain)


def test_secret_names_come_from_the_spec() -> None:
    assert {p for _, p in password_properties()} == set(_spec.SECRET_NAMES)

"""Checking and building connector configs (the runtime of the generated `connectors` module)."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ._errors import InvalidRequestError

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "object": (dict,),
    "array": (list, tuple),
}


@dataclass(frozen=True)
class Param:
    """One parameter of a connector kind: its full input name, helper argument, JSON type, flags."""

    name: str
    arg: str
    kind: str
    required: bool
    enum: tuple[Any, ...]
    secret: bool

    @property
    def group(self) -> str:
        return self.name.split(".", 1)[0]


@dataclass(frozen=True)
class Connector:
    """One kind of the catalogue: its role (link, from, to, task) and parameters."""

    name: str
    function: str
    role: str
    connector_name: str
    title: str
    params: tuple[Param, ...]

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def load(package: str, name: str) -> dict[str, Connector]:
    """The catalogue of one module of `connectors`, from its JSON file (generated beside it)."""
    rows = json.loads(resources.files(package).joinpath(name).read_text("utf-8"))
    return {
        row["name"]: Connector(
            name=row["name"],
            function=row["function"],
            role=row["role"],
            connector_name=row["connector_name"],
            title=row["title"],
            params=tuple(
                Param(wire, arg, kind, required, tuple(enum), secret)
                for wire, arg, kind, required, enum, secret in row["params"]
            ),
        )
        for row in rows
    }


M = TypeVar("M", bound=BaseModel)


def into(model: type[M], field: str, configs: list[dict[str, Any]]) -> M:
    """The groups `build` made as the model a role's helpers return, in its `field` (by wire
    name): a link's or a job's config values, typed for the body that takes them. A value the
    model refuses (an extra input of a type the API does not take) is an InvalidRequestError."""
    try:
        return model.model_validate({field: configs})
    except ValidationError as exc:
        error = InvalidRequestError(f"{model.__name__}: {exc}")
    raise error


def _wire(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return value


def build(
    connector: Connector, values: dict[str, Any], extra: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """The `configs` of `values` (full input names), checked against the catalogue.

    Raises InvalidRequestError naming every problem: a missing required parameter, a value of
    the wrong type or outside its enumeration, an unknown name (with the closest known ones).
    """
    problems = []
    known = {p.name for p in connector.params}
    for name in values:
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=2)
            hint = f" (did you mean {' or '.join(close)}?)" if close else ""
            problems.append(f"unknown parameter {name!r}{hint}")
    for p in connector.params:
        value = values.get(p.name)
        if value is None:
            if p.required:
                problems.append(f"missing required parameter {p.name!r}")
            continue
        types = _JSON_TYPES.get(p.kind)
        if types and (not isinstance(value, types) or (bool in types) != isinstance(value, bool)):
            problems.append(f"{p.name!r} must be of type {p.kind}, not {type(value).__name__}")
        elif p.enum and _wire(value) not in [_wire(e) for e in p.enum]:
            allowed = ", ".join(repr(e) for e in p.enum)
            problems.append(f"{p.name!r} must be one of {allowed}")
    for name, value in (extra or {}).items():
        if name in known:
            problems.append(f"{name!r} is a catalogued parameter: pass it as an argument")
        elif "." not in name:
            problems.append(f"extra input {name!r} must be a full name such as group.parameter")
    if problems:
        raise InvalidRequestError(f"{connector.name}: " + "; ".join(problems))
    groups: dict[str, list[dict[str, Any]]] = {}
    order = [p.name for p in connector.params]
    for name in sorted(
        [*(n for n in values if values[n] is not None), *(extra or {})],
        key=lambda n: order.index(n) if n in order else len(order),
    ):
        value = values[name] if name in values else (extra or {})[name]
        groups.setdefault(name.split(".", 1)[0], []).append({"name": name, "value": _wire(value)})
    return [{"inputs": inputs, "name": group} for group, inputs in groups.items()]

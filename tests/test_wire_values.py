"""Typed arguments and client settings as a server receives them, for every operation.

Every method of every resource is called against a loopback server: each boolean, integer and
enum argument with typed values (True/False, 0 and 7, every enum member), and the client's
settings (project_id, workspace, language) set to distinct values. What the server received is
checked against the bundled spec: which parameter carried the value, its schema type, and the
text on the wire ("true"/"false", "0", the enum member).
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Iterator
from typing import Any, Literal

import pytest

from conftest import GENERATED
from loopback import Loopback, Received, Reply
from wire import body_model

from dataarts import DataArts, TokenCredentials
from dataarts.testing._spec import Operation, Spec

SPEC = Spec()
REACHED: set[str] = set()  # the operations the calls below reached
SETTINGS = {"project_id": "PRJ-1", "workspace": "WS-2", "language": "en_us"}
BY_SETTING = {s["name"]: s for s in SPEC.doc["x-client-settings"]}


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


def is_resource(value: Any) -> bool:
    # By shape, not isinstance: another test may have re-imported the package meanwhile.
    return any(c.__name__ in ("Resource", "AsyncResource") for c in type(value).__mro__[1:])


def resources(api: DataArts) -> list[Any]:
    found = []
    for service in ("cdm", "dlf"):
        svc = getattr(api, service)
        for name in dir(svc):
            if not name.startswith("_") and is_resource(getattr(svc, name)):
                found.append(getattr(svc, name))
    return found


def methods(resource: Any) -> list[str]:
    return [
        name
        for name, fn in inspect.getmembers(type(resource), inspect.isfunction)
        if not name.startswith("_") and not name.startswith("iter_")
    ]


def plain(hint: Any) -> Any:
    """The hint without `| None`."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, type(int | None)) and len(args) == 1:
        return args[0]
    return hint


def typed_values(hint: Any) -> list[tuple[Any, str]] | None:
    """(value to pass, text expected on the wire) for a typed argument; None for others."""
    hint = plain(hint)
    low, high = 0, 1 << 30  # two integers within the argument's declared range
    if typing.get_origin(hint) is typing.Annotated:
        hint, *meta = typing.get_args(hint)
        for m in meta:
            for c in getattr(m, "metadata", [m]):
                low = max(low, getattr(c, "ge", low), getattr(c, "gt", low - 1) + 1)
                high = min(high, getattr(c, "le", high), getattr(c, "lt", high + 1) - 1)
    high = min(high, low + 7)
    if hint is bool:
        return [(True, "true"), (False, "false")]
    if hint is int:
        return [(v, str(v)) for v in dict.fromkeys([low, high])]
    if typing.get_origin(hint) is Literal:
        return [(v, "true" if v is True else str(v)) for v in typing.get_args(hint)]
    return None


def example_bodies() -> dict[tuple[str, str, str], Any]:
    """The reference's request body of each method, from the fixtures."""
    out: dict[tuple[str, str, str], Any] = {}
    for path in sorted((GENERATED / "fixtures").glob("*/*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            call = case["call"]
            key = (path.parent.name, call["resource"], call["method"])
            out.setdefault(key, call["kwargs"].get("body"))
    return out


BODIES = example_bodies()


def filler(name: str, hint: Any, resource: Any, method: str) -> Any:
    if name == "body":  # a valid body (the client refuses an invalid one before sending)
        _, service, module = type(resource).__module__.split(".")
        body = BODIES.get((service, module, method))
        if body is not None:
            return body
        model = body_model(resource, method)
        return model.model_construct() if model is not None else {}
    values = typed_values(hint)
    return values[-1][0] if values else f"v-{name}"


def call(server: Loopback, resource: Any, method: str, kwargs: dict[str, Any]) -> Received:
    server.received.clear()
    server.replies = [Reply(200, {})]
    try:
        result = getattr(resource, method)(**kwargs)
        if type(result).__name__ == "Download":
            b"".join(result.iter_bytes())
    except Exception as exc:  # the answer does not matter here, only what was sent
        if type(exc).__name__ != "ResponseValidationError":
            raise
    assert len(server.received) == 1, (method, kwargs)
    return server.received[0]


def operation_of(received: Received) -> Operation:
    for op in SPEC.operations:
        if op.method == received.method and op.pattern.match(received.path):
            return op
    raise AssertionError(f"no operation for {received.method} {received.path}")


def spec_param(op: Operation, name: str, where: str) -> dict[str, Any]:
    for p in op.node.get("parameters", []):
        if p["name"].lower() == name.lower() and p["in"] == where:
            return dict(p)
    raise AssertionError(f"{op.op_id}: {where} parameter {name} is not in the spec")


def matches_schema(schema: dict[str, Any], value: Any) -> bool:
    if isinstance(value, bool):
        return schema.get("type") == "boolean"
    if isinstance(value, int):
        ok = schema.get("type") == "integer"
        return ok and ("enum" not in schema or value in schema["enum"])
    return schema.get("type") == "string" and ("enum" not in schema or value in schema["enum"])


def cases() -> list[tuple[str, str, str]]:
    api = DataArts(endpoints={"cdm": "http://x", "dlf": "http://x"}, credentials=None)
    return [
        (type(r).__module__.split(".")[1], type(r).__name__, m)
        for r in resources(api)
        for m in methods(r)
    ]


@pytest.mark.parametrize("service,cls,method", cases(), ids=lambda v: str(v))
def test_typed_arguments_and_settings_on_the_wire(
    server: Loopback, service: str, cls: str, method: str
) -> None:
    api = DataArts(
        endpoints={"cdm": server.url, "dlf": server.url},
        credentials=TokenCredentials("tok"),
        max_retries=0,
        **SETTINGS,
    )
    resource = next(r for r in resources(api) if type(r).__name__ == cls)
    fn = getattr(resource, method)
    hints = typing.get_type_hints(getattr(type(resource), method), include_extras=True)
    params = inspect.signature(fn).parameters
    required = {
        n: filler(n, hints.get(n), resource, method)
        for n, p in params.items()
        if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD
    }
    base = call(server, resource, method, required)
    op = operation_of(base)
    REACHED.add(op.op_id)

    # Every client setting the operation declares reaches the wire; no other is sent.
    declared = {p["name"] for p in op.node.get("parameters", []) if p["name"] in BY_SETTING}
    for name, setting in BY_SETTING.items():
        if setting["in"] == "header":
            got = {k.lower(): v for k, v in base.headers.items()}.get(name.lower())
            assert got == (SETTINGS[setting["setting"]] if name in declared else None), name
    if "project_id" in op.names:
        index = op.names.index("project_id")
        assert op.pattern.match(base.path).group(index + 1) == SETTINGS["project_id"]  # type: ignore[union-attr]

    # Every typed argument: its value, as the spec's type spells it, in the right parameter.
    for name, p in params.items():
        values = typed_values(hints.get(name))
        if values is None or name in ("body", "options"):
            continue
        for value, text in values:
            received = call(server, resource, method, {**required, name: value})
            if p.default is inspect.Parameter.empty:  # a path parameter
                match = op.pattern.match(received.path)
                assert match is not None
                where = [i for i, g in enumerate(match.groups()) if g == text]
                assert where, (name, value, received.path)
                assert matches_schema(spec_param(op, op.names[where[0]], "path")["schema"], value)
                continue
            new_query = [q for q in received.query if q not in base.query]
            new_headers = {k: v for k, v in received.headers.items() if base.headers.get(k) != v}
            new_headers.pop("Content-Length", None)
            sent = [(k, v, "query") for k, v in new_query] + [
                (k, v, "header") for k, v in new_headers.items()
            ]
            assert [(v) for _, v, _ in sent] == [text], (name, value, sent)
            wire, _, where = sent[0]
            assert matches_schema(spec_param(op, wire, where)["schema"], value), (name, wire)


def test_every_operation_was_called() -> None:
    if not REACHED:
        pytest.skip("runs after the calls above (deselected)")
    assert REACHED == {op.op_id for op in SPEC.operations}

"""What a user reads: every public name of the generated package has a docstring, `help()` of
every method gives its parameters' constraints, and the HTML reference shows the constraints of
every model property."""

from __future__ import annotations

import html
import importlib
import inspect
import pkgutil
import re
from typing import Any

import pytest

from conftest import GENERATED, SPEC
from generator.load import load
from generator.paths import operations

import dataarts
from dataarts.testing import MockDataArts

DOC = load(SPEC).doc
SCHEMAS = DOC["components"]["schemas"]


def public_modules() -> list[str]:
    found = pkgutil.walk_packages(dataarts.__path__, "dataarts.")
    return ["dataarts"] + sorted(
        m.name for m in found if not any(p.startswith("_") for p in m.name.split("."))
    )


def public_names(module: Any) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            n
            for n, v in vars(module).items()
            if not n.startswith("_") and getattr(v, "__module__", None) == module.__name__
        ]
    return list(names)


def undocumented(owner: str, obj: Any) -> list[str]:
    """`owner` if `obj` has no docstring of its own, and its public methods that have none."""
    if inspect.isclass(obj):
        missing = [] if (obj.__dict__.get("__doc__") or "").strip() else [owner]
        for name, member in vars(obj).items():
            if name.startswith("_"):
                continue
            func = member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
            if inspect.isfunction(func) or isinstance(member, property):
                if not (getattr(member, "__doc__", None) or "").strip():
                    missing.append(f"{owner}.{name}")
        return missing
    if inspect.isfunction(obj) and not (obj.__doc__ or "").strip():
        return [owner]
    return []


def test_every_public_name_has_a_docstring() -> None:
    missing: list[str] = []
    seen = 0
    for name in public_modules():
        module = importlib.import_module(name)
        if not (module.__doc__ or "").strip():
            missing.append(name)
        for public in public_names(module):
            seen += 1
            missing += undocumented(f"{name}.{public}", getattr(module, public))
    assert seen > 500  # the models, resources, connector helpers and the runtime's names
    assert not missing, "no docstring: " + ", ".join(missing)


def words(schema: dict[str, Any]) -> list[str]:
    """How the docs word each constraint of `schema` (one per constraint)."""
    found = []
    for key, fmt in (
        ("maxLength", "length <= {}"),
        ("minLength", "length >= {}"),
        ("maximum", "<= {}"),
        ("minimum", ">= {}"),
        ("maxItems", "at most {} items"),
        ("minItems", "at least {} items"),
    ):
        if isinstance(schema.get(key), int) and not isinstance(schema.get(key), bool):
            found.append(fmt.format(schema[key]))
    if schema.get("enum"):
        found.append("one of: ")
    return found


def constrained_parameters() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(service, resource, method, parameter) of every operation parameter with a constraint."""
    tags = {t["name"]: t for t in DOC.get("tags") or []}
    out = []
    for _, _, _, op in operations(DOC):
        tag = tags[op["tags"][0]]
        for param in op.get("parameters") or []:
            if words(param.get("schema") or {}):
                out.append((tag["x-service"], tag["x-resource"], op["x-method"], param))
    return out


def squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_help_of_every_method_shows_its_parameters_constraints(client_kind: str) -> None:
    cases = constrained_parameters()
    assert len(cases) >= 10
    with MockDataArts().client() as client:
        for service, resource, method, param in cases:
            sync = type(getattr(getattr(client, service), resource))
            owner = (
                sync
                if client_kind == "sync"
                else getattr(inspect.getmodule(sync), "Async" + sync.__name__)
            )
            target = getattr(owner, method)
            doc = inspect.getdoc(target) or ""
            arg = next(
                n
                for n in inspect.signature(target).parameters
                if squash(n) == squash(param["name"])
            )
            entry = re.search(rf"^( *){arg}: (.*?)(?=^(?!\1 )|\Z)", doc, re.M | re.S)
            assert entry, f"{service}.{resource}.{method}: {arg} is not documented"
            text = " ".join(entry.group(2).split())  # the entry and its deeper-indented lines
            for word in words(param["schema"]):
                assert (
                    "Constraints:" in text and word in text
                ), f"{service}.{resource}.{method}({arg}): {word!r} not in {text!r}"


def test_the_reference_pages_show_every_property_constraint() -> None:
    page = (GENERATED / "docs" / "reference.html").read_text("utf-8")
    shown = {
        "length <= ": "length ≤ ",
        "length >= ": "length ≥ ",
        "<= ": "≤ ",
        ">= ": "≥ ",
        "at most ": "items ≤ ",
        "at least ": "items ≥ ",
        "one of: ": "one of ",
    }
    checked = 0
    for name, schema in sorted(SCHEMAS.items()):
        section = re.search(rf'id="model-{re.escape(name)}".*?</section>', page, re.S)
        for prop, sub in (schema.get("properties") or {}).items():
            expected = words(sub)
            if not expected:
                continue
            assert section, f"no section for model {name}"
            row = re.search(
                rf'<td class="name d0">{re.escape(html.escape(prop))}</td><td>.*?</td>'
                r"<td>.*?</td><td>(.*?)</td>",
                section.group(0),
                re.S,
            )
            assert row, f"{name}.{prop}: no row in the reference page"
            cell = html.unescape(row.group(1))
            for word in expected:
                prefix = next(k for k in shown if word.startswith(k))
                want = shown[prefix] + word[len(prefix) :].replace(" items", "")
                assert want.strip() in cell, f"{name}.{prop}: {want!r} not in {cell!r}"
                checked += 1
    assert checked >= 20


def test_help_of_every_model_shows_its_fields_constraints() -> None:
    """`help(Model)` (its signature) names the fields with their constraints, though models
    build their validators only when first used."""
    from dataarts import models

    bounds = (
        ("maxLength", "max_length"),
        ("minLength", "min_length"),
        ("maximum", "le"),
        ("minimum", "ge"),
        ("maxItems", "max_length"),
        ("minItems", "min_length"),
    )
    checked = 0
    for name, schema in sorted(SCHEMAS.items()):
        expected = [
            f"{arg}={sub[key]}"
            for sub in (schema.get("properties") or {}).values()
            for key, arg in bounds
            if isinstance(sub, dict) and key in sub
        ]
        if not expected:
            continue
        model = getattr(models, name)
        shown = str(inspect.signature(model))
        assert shown.startswith("(*,"), f"{name}: {shown[:80]}"
        for words in expected:
            assert words in shown, f"{name}: {words} not in {shown}"
            checked += 1
    assert checked >= 20

"""Text from the spec can never become code; any name becomes a valid identifier."""

from __future__ import annotations

import ast
import json
import importlib
import keyword
import sys
import typing
from pathlib import Path

import pydantic

from conftest import ROOT, edit, run_cli

PAYLOAD = 'x""" + __import__("os").system("echo pwned") + """\\\'\'\' {{ 7*7 }} {% raw %}\\n\'); import os; os.system("id") #'
QUOTED = 'a"b'
# Real control characters, both quotes and a trailing backslash: what a literal built by adding
# quotes (instead of the pyrepr filter) cannot hold.
RAW = "line1\nline2\t'single' \"double\" tail\\"
HOSTILE_NAMES = [
    "class",
    "1st-value",
    "to-link-name",
    "名称",
    "import",
    "self",
    "model_config",
    "json",
    "__init__",
    "a b",
]


def q(text: str) -> str:
    """A YAML scalar holding `text` exactly (JSON strings are YAML)."""
    return json.dumps(text)


def hostile_spec(spec: Path) -> None:
    schemas = spec.parent / "svc" / "schemas" / "things.yaml"
    props = "".join(
        f"    {q(name)}: {{type: string, description: {q(PAYLOAD)}, enum: [{q(PAYLOAD)}, {q(QUOTED)}, {q(RAW)}]}}\n"
        for name in HOSTILE_NAMES
    )
    edit(
        schemas,
        "    isScheduleBootOff: {type: boolean}\n",
        f"    isScheduleBootOff: {{type: boolean}}\n{props}",
    )
    edit(  # spec text that becomes code: defaults, a discriminator's property and values
        schemas,
        "    isScheduleBootOff: {type: boolean}\n",
        "    isScheduleBootOff: {type: boolean}\n"
        f"    said: {{type: string, default: {q(PAYLOAD)}}}\n"
        f"    lines: {{type: array, items: {{type: string}}, default: [{q(PAYLOAD)}, {q(RAW)}]}}\n"
        f"    bag: {{type: object, default: {{{q(PAYLOAD)}: {q(RAW)}}}}}\n",
    )
    schemas.write_text(
        schemas.read_text(encoding="utf-8")
        + "Either:\n  oneOf: [{$ref: '#/Left'}, {$ref: '#/Right'}]\n"
        + f"  discriminator: {{propertyName: {q(PAYLOAD)}, mapping: {{{q(RAW)}: Left}}}}\n"
        + "".join(
            f"{side}:\n  type: object\n  properties: {{{q(PAYLOAD)}: {{type: string}}}}\n"
            for side in ("Left", "Right")
        ),
        encoding="utf-8",
    )
    edit(
        schemas,
        "Thing:\n  type: object\n",
        f"Thing:\n  type: object\n  title: {q(PAYLOAD)}\n  description: {q(PAYLOAD)}\n",
    )
    paths = spec.parent / "svc" / "paths.yaml"
    edit(paths, "summary: Show a thing", f"summary: {q(PAYLOAD)}")
    edit(paths, "description: 查询。", f"description: {q(PAYLOAD)}")
    edit(
        paths,
        "- {name: limit, in: query, schema: {type: integer, maximum: 100}, example: 10}",
        f"- {{name: limit, in: query, schema: {{type: integer}}, example: 10, description: {q(PAYLOAD)}}}\n"
        f"      - {{name: 'for', in: query, schema: {{type: string}}}}\n"
        f"      - {{name: '2-x', in: query, schema: {{type: string}}}}",
    )
    edit(spec, "title: A small service", f"title: {q(PAYLOAD)}")
    edit(spec, "enum: [r1, r2]", f"enum: [r1, {q(QUOTED)}]")
    edit(spec, "x-error-schema: Error", f"x-error-schema: Error\nx-request-id-header: {q(QUOTED)}")


def test_hostile_text_stays_text(mini: Path, tmp_path: Path) -> None:
    hostile_spec(mini)
    out = tmp_path / "out"
    result = run_cli("--spec", str(mini), "generate", "--out", str(out))
    assert result.returncode == 0, result.stderr
    static = {
        "/".join(p.relative_to(ROOT / "templates").parts[2:])  # as render.py places them
        for p in (ROOT / "templates").glob("*/static/**/*.py")
    }
    sources = sorted(
        p for p in (out / "python").rglob("*.py") if p.relative_to(out).as_posix() not in static
    )
    assert len(sources) >= 6
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "__import__", path
            if isinstance(node, ast.Attribute):
                assert node.attr != "system", path
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names]
                assert "os" not in names, path
            if isinstance(node, ast.Name):
                assert node.id.isidentifier() and not keyword.iskeyword(node.id)

    sys.path.insert(0, str(out / "python"))
    # the real package's modules, put back after: later tests hold its classes
    saved = {k: v for k, v in sys.modules.items() if k == "dataarts" or k.startswith("dataarts.")}
    for name in saved:
        del sys.modules[name]
    try:
        models = importlib.import_module("dataarts.models.svc")
        fields = models.Thing.model_fields
        aliases = {f.serialization_alias or f.alias or n: n for n, f in fields.items()}
        for wire in HOSTILE_NAMES:
            attr = aliases[wire]
            assert attr.isidentifier() and not keyword.iskeyword(attr)
        thing = models.Thing.model_validate({"id": "t", "class": PAYLOAD, "名称": 'a"b'})
        assert thing.model_dump(by_alias=True, exclude_unset=True) == {
            "id": "t",
            "class": PAYLOAD,
            "名称": 'a"b',
        }
        assert PAYLOAD in (models.Thing.__doc__ or "")
        made = models.Thing(id_="t")
        assert (made.said, made.lines, made.bag) == (PAYLOAD, [PAYLOAD, RAW], {PAYLOAD: RAW})
        either = pydantic.TypeAdapter(models.Either)
        assert type(either.validate_python({PAYLOAD: RAW})).__name__ == "Left"
        assert type(either.validate_python({PAYLOAD: "Right"})).__name__ == "Right"
        hints = typing.get_type_hints(models.Thing)
        for wire in HOSTILE_NAMES:  # each enum is exactly the spec's values
            values = {a for a in typing.get_args(hints[aliases[wire]]) if a is not type(None)}
            literal = next(iter(values))
            assert set(typing.get_args(literal)) == {PAYLOAD, QUOTED, RAW}, wire
        spec_module = importlib.import_module("dataarts._spec")
        assert spec_module.SERVICES["svc"]["regions"] == ["r1", QUOTED]
        assert spec_module.REQUEST_ID_HEADER == QUOTED
        svc = importlib.import_module("dataarts.svc")
        assert PAYLOAD in (svc.SvcThings.show.__doc__ or "")
    finally:
        sys.path.remove(str(out / "python"))
        for name in [m for m in sys.modules if m == "dataarts" or m.startswith("dataarts.")]:
            del sys.modules[name]
        sys.modules.update(saved)

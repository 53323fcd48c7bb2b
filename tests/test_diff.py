"""`make diff`: one pair of small specs per kind of change, and the command on a git history."""

from __future__ import annotations

import copy
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.diff import compare

from conftest import edit, run_cli


def base_spec() -> dict[str, Any]:
    """One operation with a path, a query and a header parameter, a body and a response."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "x-client-settings": [{"name": "project_id", "in": "path", "setting": "project_id"}],
        "tags": [{"name": "things", "x-service": "svc", "x-resource": "things"}],
        "paths": {
            "/v1/{project_id}/things": {
                "post": {
                    "operationId": "CreateThing",
                    "x-method": "create",
                    "tags": ["things"],
                    "summary": "Create a thing",
                    "parameters": [
                        {
                            "name": "project_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {"type": ["integer", "string"], "maximum": 100},
                        },
                        {
                            "name": "mode",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["a", "b"]},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 64},
                        "size": {"type": "integer"},
                        "kind": {"type": "string", "enum": ["x", "y"]},
                        "parts": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"id": {"type": "string"}}},
                        },
                    },
                }
            }
        },
    }


def op(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/v1/{project_id}/things"]["post"]


def param(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in op(doc)["parameters"] if p["name"] == name)


def thing(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]["Thing"]


def split_response(doc: dict[str, Any]) -> dict[str, Any]:
    """Give the response its own copy of Thing, so a change to it touches the response only."""
    doc["components"]["schemas"]["ThingOut"] = copy.deepcopy(thing(doc))
    media = op(doc)["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": "#/components/schemas/ThingOut"}
    return doc["components"]["schemas"]["ThingOut"]


def move_path(doc: dict[str, Any]) -> None:
    doc["paths"]["/v2/{project_id}/things"] = doc["paths"].pop("/v1/{project_id}/things")


def change_method(doc: dict[str, Any]) -> None:
    item = doc["paths"]["/v1/{project_id}/things"]
    item["put"] = item.pop("post")


def add_operation(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1/{project_id}/others"] = {
        "get": {
            "operationId": "ListOthers",
            "x-method": "list",
            "tags": ["things"],
            "responses": {},
        }
    }


def rename_param(doc: dict[str, Any]) -> None:
    param(doc, "limit")["name"] = "page_size"


def move_param(doc: dict[str, Any]) -> None:
    param(doc, "mode")["in"] = "header"


def rename_field(doc: dict[str, Any]) -> None:
    props = thing(doc)["properties"]
    props["size_gb"] = props.pop("size")


def old_without_response_status(doc: dict[str, Any]) -> None:
    op(doc)["responses"]["201"] = op(doc)["responses"].pop("200")


# (change, how the new spec differs from the old, expected kind, expected level)
CASES: list[tuple[str, Callable[[dict[str, Any]], Any], str, str]] = [
    ("operation removed", lambda d: d["paths"].clear(), "operation removed", "major"),
    ("operation added", add_operation, "operation added", "minor"),
    ("path changed", move_path, "path or method changed", "major"),
    ("method changed", change_method, "path or method changed", "major"),
    (
        "client method renamed",
        lambda d: op(d).update({"x-method": "make"}),
        "client method removed or renamed",
        "major",
    ),
    ("deprecated", lambda d: op(d).update({"deprecated": True}), "operation deprecated", "minor"),
    (
        "summary changed",
        lambda d: op(d).update({"summary": "Make a thing"}),
        "documentation changed",
        "patch",
    ),
    (
        "parameter removed",
        lambda d: op(d)["parameters"].remove(param(d, "mode")),
        "parameter removed",
        "major",
    ),
    ("parameter renamed", rename_param, "parameter renamed", "major"),
    ("parameter moved", move_param, "parameter moved", "major"),
    (
        "parameter made required",
        lambda d: param(d, "limit").update({"required": True}),
        "parameter made required",
        "major",
    ),
    (
        "required parameter added",
        lambda d: op(d)["parameters"].append(
            {"name": "x", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "required parameter added",
        "major",
    ),
    (
        "optional parameter added",
        lambda d: op(d)["parameters"].append({"name": "x", "in": "query", "schema": {}}),
        "optional parameter added",
        "minor",
    ),
    (
        "client-filled parameter removed",
        lambda d: op(d)["parameters"].remove(param(d, "project_id")),
        "client-filled parameter removed",
        "minor",
    ),
    (
        "parameter type narrowed",
        lambda d: param(d, "limit")["schema"].update({"type": "integer"}),
        "type narrowed or changed",
        "major",
    ),
    (
        "parameter type widened",
        lambda d: param(d, "limit")["schema"].update({"type": ["integer", "string", "null"]}),
        "type widened",
        "minor",
    ),
    (
        "enum narrowed",
        lambda d: param(d, "mode")["schema"].update({"enum": ["a"]}),
        "enum narrowed",
        "major",
    ),
    (
        "enum introduced",
        lambda d: thing(d)["properties"]["name"].update({"enum": ["n"]}),
        "enum narrowed",
        "major",
    ),
    (
        "enum widened",
        lambda d: param(d, "mode")["schema"].update({"enum": ["a", "b", "c"]}),
        "request enum changed",
        "minor",
    ),
    (
        "range narrowed",
        lambda d: param(d, "limit")["schema"].update({"maximum": 50}),
        "range narrowed",
        "major",
    ),
    (
        "length narrowed",
        lambda d: thing(d)["properties"]["name"].update({"maxLength": 32}),
        "range narrowed",
        "major",
    ),
    (
        "range widened",
        lambda d: param(d, "limit")["schema"].update({"maximum": 1000}),
        "request range changed",
        "minor",
    ),
    (
        "request field made required",
        lambda d: thing(d)["required"].append("size"),
        "field made required",
        "major",
    ),
    (
        "request field removed",
        lambda d: thing(d)["properties"].pop("kind"),
        "request field removed",
        "major",
    ),
    ("request field renamed", rename_field, "request field renamed", "major"),
    (
        "required request field added",
        lambda d: (
            thing(d)["properties"].update({"color": {"type": "string"}}),
            thing(d)["required"].append("color"),
        ),
        "request required field added",
        "major",
    ),
    (
        "optional request field added",
        lambda d: thing(d)["properties"].update({"color": {"type": "string"}}),
        "request field added",
        "minor",
    ),
    (
        "nested field type narrowed",
        lambda d: thing(d)["properties"]["parts"]["items"]["properties"]["id"].update(
            {"type": "integer"}
        ),
        "type narrowed or changed",
        "major",
    ),
    (
        "response field removed",
        lambda d: split_response(d)["properties"].pop("size"),
        "response field removed",
        "major",
    ),
    (
        "response field made optional",
        lambda d: split_response(d).update({"required": []}),
        "response field made optional",
        "major",
    ),
    (
        "response type widened",
        lambda d: split_response(d)["properties"]["size"].update({"type": ["integer", "string"]}),
        "response type widened or changed",
        "major",
    ),
    (
        "response range added",
        lambda d: split_response(d)["properties"]["size"].update({"minimum": 0}),
        "response range changed",
        "minor",
    ),
    (
        "response field added",
        lambda d: split_response(d)["properties"].update({"color": {"type": "string"}}),
        "response field added",
        "minor",
    ),
    (
        "response enum value added",
        lambda d: split_response(d)["properties"]["kind"].update({"enum": ["x", "y", "z"]}),
        "response enum changed",
        "minor",
    ),
    ("success response removed", old_without_response_status, "response removed", "major"),
    (
        "request body removed",
        lambda d: op(d).pop("requestBody"),
        "request body removed",
        "major",
    ),
]


@pytest.mark.parametrize("name,mutate,kind,level", CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_change(
    name: str, mutate: Callable[[dict[str, Any]], Any], kind: str, level: str
) -> None:
    old, new = base_spec(), base_spec()
    mutate(new)
    changes = compare(old, new, "v1")
    kinds = {(c.kind, c.level) for c in changes.items}
    assert (kind, level) in kinds, changes.text()
    assert changes.bump == max(
        [c.level for c in changes.items], key=["patch", "minor", "major"].index
    )
    assert (changes.bump == "major") == bool(changes.breaking)


def test_no_change_means_no_bump() -> None:
    changes = compare(base_spec(), base_spec(), "v1")
    assert changes.items == []
    assert changes.bump == "none"
    assert "0 breaking, 0 compatible; semver bump: none" in changes.text()


def test_breaking_change_sets_a_major_bump_among_minor_ones() -> None:
    old, new = base_spec(), base_spec()
    add_operation(new)
    op(new)["parameters"].remove(param(new, "mode"))
    changes = compare(old, new, "v1")
    assert changes.bump == "major"
    assert [c.kind for c in changes.breaking] == ["parameter removed"]
    text = changes.text()
    assert text.index("BREAKING") < text.index("minor")


def test_recursive_schemas_terminate() -> None:
    old, new = base_spec(), base_spec()
    for doc in (old, new):
        thing(doc)["properties"]["parent"] = {"$ref": "#/components/schemas/Thing"}
    thing(new)["properties"]["size"]["type"] = "string"
    changes = compare(old, new, "v1")
    assert ("type narrowed or changed", "major") in {(c.kind, c.level) for c in changes.items}


def test_make_diff_compares_with_a_git_ref(mini: Path, tmp_path: Path) -> None:
    repo = mini.parent.parent
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    edit(mini.parent / "svc" / "paths.yaml", "summary: List things", "summary: List all things")
    edit(
        mini.parent / "svc" / "paths.yaml",
        "{name: limit, in: query, schema: {type: integer, maximum: 100}",
        "{name: limit, in: query, schema: {type: integer, maximum: 50}",
    )
    html = tmp_path / "out" / "reference.html"
    result = run_cli("--spec", str(mini), "diff", "HEAD", "--html", str(html))
    assert result.returncode == 0, result.stderr
    assert "semver bump: major" in result.stdout
    assert "range narrowed" in result.stdout and "maximum 100 → 50" in result.stdout
    page = html.read_text(encoding="utf-8")
    assert 'id="changes"' in page and "range narrowed" in page
    bad = run_cli("--spec", str(mini), "diff", "no-such-ref")
    assert bad.returncode != 0 and "no-such-ref" in bad.stderr

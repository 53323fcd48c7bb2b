"""The load stage's reuse of converted spec files (generator/loadunits.py): over a series of
edits, good and bad, a load with the cache gives what a cold load gives (the bundle with its
key order, every node's position in order, the schemas' origins, the problems in order), and
converts again only the parts whose inputs changed."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import MINI, edit, run_cli
from generator import load as plain
from generator.cache import load as cached

PARAMS = """\
project: {name: project_id, in: path, required: true, schema: {type: string}}
limit:
  $ref: "#/limits/max"
limits:
  max: {name: limit, in: query, schema: {type: integer, maximum: 100}, example: 10}
"""


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """The small spec, with a file of parameters that the path items inline (a part of it by
    way of a `$ref` inside it)."""
    root = tmp_path / "spec"
    shutil.copytree(MINI, root)
    (root / "svc" / "params.yaml").write_text(PARAMS, encoding="utf-8")
    paths = root / "svc" / "paths.yaml"
    project = "      - {name: project_id, in: path, required: true, schema: {type: string}}\n"
    text = paths.read_text(encoding="utf-8")
    assert text.count(project) == 2
    text = text.replace(project, '      - $ref: "params.yaml#/project"\n')
    limit = "      - {name: limit, in: query, schema: {type: integer, maximum: 100}, example: 10}\n"
    paths.write_text(text.replace(limit, '      - $ref: "params.yaml#/limit"\n'), encoding="utf-8")
    return root / "openapi.yaml"


def state(bundle: plain.Bundle) -> dict[str, Any]:
    return {
        "doc": json.dumps(bundle.doc, ensure_ascii=False),  # (the keys' order too)
        "positions": list(bundle.positions.items()),
        "origins": list(bundle.origins.items()),
        "problems": [str(p) for p in bundle.problems],
        "complete": bundle.complete,
    }


def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The parts converted (not replayed), by kind: `$ref`s inlined, schemas."""
    calls: dict[str, list[str]] = {"inline": [], "schema": []}
    inline, schema = plain._Loader.inline, plain._Loader.schema

    def counted_inline(self: Any, target_file: Path, target: str, *args: Any) -> Any:
        calls["inline"].append(f"{target_file.name}#{target.partition('#')[2]}")
        return inline(self, target_file, target, *args)

    def counted_schema(self: Any, path: Path, name: str, *args: Any) -> Any:
        calls["schema"].append(name)
        return schema(self, path, name, *args)

    monkeypatch.setattr(plain._Loader, "inline", counted_inline)
    monkeypatch.setattr(plain._Loader, "schema", counted_schema)
    return calls


ITEM = "paths.yaml#/~1v1~1{project_id}~1things~1{thing_id}"
LIST = "paths.yaml#/~1v1~1{project_id}~1things"
SCHEMAS = ["Thing", "ThingList"]
LIMIT = ["params.yaml#/limit", "params.yaml#/limits/max"]  # (a `$ref` in the part inlined)
ALL_INLINED = [ITEM, "params.yaml#/project", LIST, "params.yaml#/project", *LIMIT]

# (file, old text, new text (None: the file removed; "-> x": a link to x), parts converted
# again: inlined `$ref`s, schemas); old "" appends.
EDITS: list[tuple[str, str, str | None, list[str] | None, list[str] | None]] = [
    # free text of a path item: its file's parts (both path items); the parameters they
    # inline are replayed
    ("svc/paths.yaml", "description: 查询。", "description: 查询一个。", [ITEM, LIST], []),
    # the file of parameters: the parts that inline it (the path items, the `$ref` inside it)
    (
        "svc/params.yaml",
        "schema: {type: integer, maximum: 100}",
        "schema: {type: integer, maximum: 50}",
        ALL_INLINED,
        [],
    ),
    # a schema renamed: the path items that name a schema of its file (by `$ref`) read it
    # again; the list's `$ref` is a problem now (so its part is not kept)
    ("svc/schemas/things.yaml", "ThingList:", "ThingLists:", [ITEM, LIST], ["Thing", "ThingLists"]),
    # and back: the file's record of these bytes is there; the list's part kept from before
    # the rename read these bytes, the item's (kept during it) did not
    ("svc/schemas/things.yaml", "ThingLists:", "ThingList:", [ITEM], []),
    # a schema changed: that file's schemas alone (the path items that name them by `$ref`
    # read only which schemas the file has)
    ("svc/schemas/things.yaml", "size: {type: integer}", "size: {type: number}", [], SCHEMAS),
    # a `$ref` to a part that is not there, and back
    ("svc/paths.yaml", "params.yaml#/limit", "params.yaml#/limitless", None, []),
    ("svc/paths.yaml", "params.yaml#/limitless", "params.yaml#/limit", None, []),
    # a YAML syntax error, a duplicate key, a circular `$ref`
    ("svc/params.yaml", "limits:", "limits: [", None, None),
    ("svc/params.yaml", "limits: [", "limits:", None, None),
    ("svc/params.yaml", "project:", "limit: 1\nproject:", None, None),
    ("svc/params.yaml", "limit: 1\nproject:", "project:", None, None),
    ("svc/params.yaml", '$ref: "#/limits/max"', '$ref: "#/limit"', None, None),
    ("svc/params.yaml", '$ref: "#/limit"', '$ref: "#/limits/max"', None, None),
    # the file of parameters made a link: to a copy in the folder, then outside it; removed
    ("svc/params.yaml", "", "-> ../params-copy.yaml", None, None),
    ("svc/params.yaml", "", "-> ../../outside.yaml", None, None),
    ("svc/params.yaml", "", None, None, None),
    ("svc/params.yaml", "", PARAMS, None, None),
    # a path item listed nowhere, a new schema file, a schema defined twice
    ("svc/paths.yaml", "", "/v1/orphan:\n  get: {operationId: Orphan}\n", None, None),
    ("svc/schemas/more.yaml", "", "More: {type: string}\nThing: {type: string}\n", None, None),
    # nothing changed: everything replayed
    ("svc/paths.yaml", "", "", [], []),
]


def test_an_edit_series_loads_as_a_cold_load_and_converts_only_what_changed(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    base = spec.parent
    (tmp_path / "outside.yaml").write_text(PARAMS, encoding="utf-8")
    (base / "params-copy.yaml").write_text(PARAMS, encoding="utf-8")
    calls = counted(monkeypatch)
    first = cached(spec, cache)
    assert calls["inline"] == ALL_INLINED and len(calls["schema"]) == 3, calls
    assert state(first) == state(plain.load(spec)) and not first.problems
    seen_problems = 0
    for file, old, new, inlined, schemas in EDITS:
        path = base / file
        if new is None:
            path.unlink()
        elif new.startswith("-> "):
            path.unlink()
            os.symlink(new[3:], path)
        elif old:
            edit(path, old, new)
        elif new == PARAMS or not path.exists():
            path.write_text(new, encoding="utf-8")
        else:
            path.write_text(path.read_text(encoding="utf-8") + new, encoding="utf-8")
        for kind in calls.values():
            kind.clear()
        warm = cached(spec, cache)
        converted = {kind: list(names) for kind, names in calls.items()}
        cold = state(plain.load(spec))
        assert state(warm) == cold, (file, old, new)
        seen_problems += bool(cold["problems"])
        if inlined is not None:
            assert converted["inline"] == inlined, (file, old, new, converted)
        if schemas is not None:
            assert sorted(converted["schema"]) == sorted(schemas), (file, old, new, converted)
    assert seen_problems >= 10  # the bad edits were bad


def test_a_bad_edit_says_what_a_cold_run_says(mini: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "out"
    args = ("--spec", str(mini))
    assert run_cli(*args, "--cache", str(cache), "generate", "--out", str(out)).returncode == 0
    paths = mini.parent / "svc" / "paths.yaml"
    for old, new in (
        ("schemas/things.yaml#/ThingList", "schemas/things.yaml#/ThingLists"),
        ("schemas/things.yaml#/ThingLists", "schemas/things.yaml#/ThingList"),
        ("description: 查询。", "description: 查询。\n    description: twice"),
    ):
        edit(paths, old, new)
        warm = run_cli(*args, "--cache", str(cache), "generate", "--out", str(out))
        cold = run_cli(*args, "--no-cache", "generate", "--out", str(tmp_path / "cold"))
        assert (warm.returncode, warm.stderr) == (cold.returncode, cold.stderr), new
        if "twice" in new or "Lists" in new:
            assert warm.returncode == 2 and "problem(s) in the spec" in warm.stderr


def test_a_record_is_bound_to_the_file_and_the_spec_root(spec: Path, tmp_path: Path) -> None:
    """The same bytes under another name, or in another spec's folder, are converted anew
    (positions name the file), and a broken record is ignored."""
    cache = tmp_path / "cache"
    first = state(cached(spec, cache))
    moved = tmp_path / "moved"
    shutil.copytree(spec.parent, moved)
    assert state(cached(moved / "openapi.yaml", cache)) == state(plain.load(moved / "openapi.yaml"))
    for record in (cache / "units").iterdir():
        record.write_bytes(b"broken")
    assert state(cached(spec, cache)) == first
    assert state(cached(spec, cache)) == first

"""The pipeline end to end: deterministic output, no-change runs, atomic writes, check, bundle."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, edit, run_cli
from generator import write


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def generate(spec: Path, out: Path, *extra: str) -> str:
    result = run_cli("--spec", str(spec), *extra, "generate", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_same_input_same_bytes(mini: Path, tmp_path: Path) -> None:
    generate(mini, tmp_path / "a")
    generate(mini, tmp_path / "b")
    a, b = snapshot(tmp_path / "a"), snapshot(tmp_path / "b")
    assert {k: v[0] for k, v in a.items()} == {k: v[0] for k, v in b.items()}
    assert "python/dataarts/models/svc/things.py" in a
    assert "fixtures/svc/ShowThing.json" in a


def test_second_run_touches_nothing_and_says_so(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = generate(mini, out)
    assert first.startswith("2 operations, 3 models, 2 fixtures, ")
    assert "files written, 0 unchanged" in first
    before = snapshot(out)
    second = generate(mini, out)
    assert second.startswith("2 operations, 3 models, 2 fixtures, 0 files written, ")
    assert "(up to date)" in second
    assert snapshot(out) == before
    forced = run_cli("--spec", str(mini), "generate", "--force", "--out", str(out)).stdout
    assert ", 0 files written, " in forced
    assert snapshot(out) == before


def test_a_change_rewrites_only_what_changed(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(mini, out)
    before = snapshot(out)
    edit(mini.parent / "svc" / "paths.yaml", "summary: List things", "summary: List all the things")
    generate(mini, out)
    after = snapshot(out)
    changed = sorted(k for k in after if after[k] != before.get(k))
    assert changed == [
        ".stamp.json",
        "docs/reference.html",
        "docs/svc.md",
        "python/README.md",  # its method table shows the summaries
        "python/dataarts/svc/things.py",
        "python/dataarts/testing/openapi.json",  # the testing kit's copy of the spec
    ]


def test_stale_files_are_removed(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(mini, out)
    (out / "python" / "dataarts" / "leftover.py").write_text("x = 1\n")
    generate(mini, out)
    assert not (out / "python" / "dataarts" / "leftover.py").exists()


def test_template_failure_leaves_output_as_it_was(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(mini, out)
    before = snapshot(out)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    edit(templates / "docs" / "service.md.j2", "{% for op in item.operations %}", "{% for op in %}")
    result = run_cli(
        "--spec", str(mini), "--templates", str(templates), "generate", "--out", str(out)
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: rendering failed: TemplateSyntaxError")
    assert "Traceback" not in result.stderr
    assert snapshot(out) == before


def test_write_failure_midway_leaves_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write.write_tree(out, {"a.txt": b"a", "b.txt": b"b"}, "one")
    before = snapshot(out)
    calls = []

    def failing_link(src: str, dst: str) -> None:
        calls.append(dst)
        raise OSError("disk full")

    monkeypatch.setattr(os, "link", failing_link)
    with pytest.raises(OSError, match="disk full"):
        write.write_tree(out, {"a.txt": b"a", "b.txt": b"changed"}, "two")
    assert calls, "the failure happened midway"
    assert snapshot(out) == before
    assert not out.with_name("out.new").exists()


def test_check_names_the_stale_files(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(mini, out)
    ok = run_cli("--spec", str(mini), "check", "--out", str(out))
    assert ok.returncode == 0, ok.stderr
    (out / "docs" / "svc.md").write_text("edited by hand\n")
    (out / "fixtures" / "svc" / "ShowThing.json").unlink()
    stale = run_cli("--spec", str(mini), "check", "--out", str(out))
    assert stale.returncode == 1
    assert stale.stderr.splitlines()[1:] == ["  docs/svc.md", "  fixtures/svc/ShowThing.json"]


def test_committed_generated_is_current() -> None:
    result = run_cli("check")
    assert result.returncode == 0, result.stderr


def test_bundle_is_one_self_contained_file(tmp_path: Path) -> None:
    target = tmp_path / "openapi.json"
    result = run_cli("bundle", "-o", str(target))
    assert result.returncode == 0, result.stderr
    doc = json.loads(target.read_text())
    refs = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    assert refs and all(r.startswith("#/components/schemas/") for r in refs)
    mappings = [
        target
        for schema in doc["components"]["schemas"].values()
        for target in ((schema.get("discriminator") or {}).get("mapping") or {}).values()
    ]
    assert mappings, "the DLF job nodes have a discriminator mapping"
    for target in refs + mappings:
        assert target.startswith("#/components/schemas/"), target
        assert target.split("/")[3] in doc["components"]["schemas"], target
    assert doc["openapi"] == "3.1.0"
    assert all("servers" in item for item in doc["paths"].values() if item)
    yaml_target = tmp_path / "openapi.yaml"
    assert run_cli("bundle", "-o", str(yaml_target)).returncode == 0
    from ruamel.yaml import YAML

    assert YAML(typ="safe").load(yaml_target.read_text()) == doc


def test_bundle_rewrites_discriminator_mappings(mini: Path, tmp_path: Path) -> None:
    things = mini.parent / "svc" / "schemas" / "things.yaml"
    shape = (
        "Shape:\n  oneOf: [{$ref: '#/Thing'}, {$ref: '#/ThingList'}]\n"
        "  discriminator:\n    propertyName: id\n"
        "    mapping: {thing: '#/Thing', list: 'things.yaml#/ThingList', named: Thing}\n"
    )
    things.write_text(things.read_text() + shape)
    target = tmp_path / "openapi.json"
    result = run_cli("--spec", str(mini), "bundle", "-o", str(target))
    assert result.returncode == 0, result.stderr
    mapping = json.loads(target.read_text())["components"]["schemas"]["Shape"]["discriminator"]
    assert mapping["mapping"] == {
        "thing": "#/components/schemas/Thing",
        "list": "#/components/schemas/ThingList",
        "named": "Thing",
    }
    things.write_text(things.read_text().replace("'#/Thing', list", "'#/Thin', list"))
    result = run_cli("--spec", str(mini), "bundle", "-o", str(target))
    assert result.returncode == 2
    assert "discriminator/mapping/thing: $ref '#/Thin': no schema 'Thin'" in result.stderr


def contents(folder: Path) -> dict[str, bytes]:
    return {k: v[0] for k, v in snapshot(folder).items() if k != ".stamp.json"}


REVIEW_PAGES = {"docs/reference.html", "docs/notes.md", "docs/coverage.md"}

# A maintainer's edits, one after the other: (file of the mini spec or templates, old, new, the
# review pages' parts built again). The mini spec's pages have 10 parts: the notes of its 2 path
# items and 3 schemas, and the sections of its 2 operations and 3 models (docs/sections.py).
EDITS = [
    # the path item's notes and the operation's section
    ("spec/svc/paths.yaml", "description: 查询。", "description: 查询一个。", 2),
    ("spec/svc/paths.yaml", "summary: List things", "summary: List every thing", 2),
    # Thing's notes and section, and the section of ShowThing, which shows Thing's fields
    # (ListThings shows ThingList's, where Thing is a link)
    ("spec/svc/schemas/things.yaml", "size: {type: integer}", "size: {type: number}", 3),
    (
        "spec/svc/schemas/things.yaml",
        "isScheduleBootOff: {type: boolean}",
        "isScheduleBootOff: {type: boolean}\n    colour: {type: string, enum: [red, blue]}",
        3,
    ),
    (
        "spec/svc/schemas/things.yaml",
        "size: {type: number}",
        'size: {type: number, x-doc-notes: ["9.1: the size is a number"]}',
        3,
    ),
    # a name the sections do not show: the page is joined again from the same parts
    ("spec/openapi.yaml", "title: A small service", "title: A tiny service", 0),
    ("templates/models/module.py.j2", "do not edit.", "do not edit by hand.", 0),
    # a template of the sections (here one both include): every part
    ("templates/docs/_tree.html.j2", "<th>field</th>", "<th>field name</th>", 10),
    # the page's own template: no part
    (
        "templates/docs/reference.html.j2",
        '<h2 id="models">Models</h2>',
        '<h2 id="models">Schemas</h2>',
        0,
    ),
    ("spec/svc/paths.yaml", "description: 查询一个。", "description: 查询。", 2),
]


def test_incremental_runs_equal_full_runs(mini: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    cache, out, full = tmp_path / "cache", tmp_path / "out", tmp_path / "full"
    common = ("--spec", str(mini), "--templates", str(templates))
    assert run_cli(*common, "--cache", str(cache), "generate", "--out", str(out)).returncode == 0
    for file, old, new, parts in EDITS:
        edit(tmp_path / file, old, new)
        before = contents(out)
        result = run_cli(*common, "--cache", str(cache), "generate", "--out", str(out))
        assert result.returncode == 0, result.stderr
        shutil.rmtree(full, ignore_errors=True)
        cold = run_cli(*common, "--no-cache", "generate", "--out", str(full))
        assert cold.returncode == 0, cold.stderr
        assert contents(out) == contents(full), file
        changed = {k for k, v in contents(out).items() if before.get(k) != v}
        rendered = int(result.stdout.split(" rendered")[0].rsplit(" ", 1)[1])
        review = {k for k in changed if k in REVIEW_PAGES}
        if file.startswith("spec/"):  # a template edit re-renders what uses the template
            assert rendered == len(changed - review), (file, result.stdout, sorted(changed))
        assert f"review pages: {parts} of 10 parts rebuilt" in result.stdout, (file, result.stdout)
        assert review or not file.startswith(("spec/", "templates/docs/")), (file, changed)
        # the cold run builds every part
        assert "review pages: 10 of 10 parts rebuilt" in cold.stdout, cold.stdout


def test_a_description_reformats_only_its_methods(mini: Path, tmp_path: Path) -> None:
    cache, out, full = tmp_path / "cache", tmp_path / "out", tmp_path / "full"
    generate(mini, out, "--cache", str(cache))
    paths = mini.parent / "svc" / "paths.yaml"
    # (old, new, pieces black formats): the sync method's docstring changes (its async twin is
    # black's output of it with `async`/`await` put back); docs/svc.md and the testing kit's
    # copy of the spec (testing/openapi.json) are rendered but are not Python. A docstring
    # black leaves as it is is put into black's output of the method as it was
    # (generator/docedit.py); one black changes (a last quote escaped) is formatted.
    for old, new, formatted in (
        ("description: 查询。", "description: 查询一个。", 0),
        ("description: 查询一个。", "description: '查询一个 \"thing\"'", 1),
        ("description: '查询一个 \"thing\"'", "description: 查询两个。", 0),
    ):
        edit(paths, old, new)
        second = generate(mini, out, "--cache", str(cache))
        assert f", 3 rendered ({formatted} pieces formatted), " in second, second
        shutil.rmtree(full, ignore_errors=True)
        generate(mini, full, "--no-cache")
        assert contents(out) == contents(full)


def test_generated_python_is_what_black_makes_of_it() -> None:
    import black

    mode = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})
    static = {  # copied as written: their paths under generated/
        "/".join(p.relative_to(ROOT / "templates").parts[2:])
        for p in (ROOT / "templates").glob("*/static/**/*.py")
    }
    generated = ROOT / "generated"
    sources = sorted(
        p
        for p in (generated / "python").rglob("*.py")
        if p.relative_to(generated).as_posix() not in static
    )
    assert len(sources) > 30
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert black.format_str(text, mode=mode) == text, path

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
    assert "python/dataarts/models/svc.py" in a
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
        "docs/svc.md",
        "python/dataarts/svc.py",
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
    assert doc["openapi"] == "3.1.0"
    assert all("servers" in item for item in doc["paths"].values() if item)
    yaml_target = tmp_path / "openapi.yaml"
    assert run_cli("bundle", "-o", str(yaml_target)).returncode == 0
    from ruamel.yaml import YAML

    assert YAML(typ="safe").load(yaml_target.read_text()) == doc

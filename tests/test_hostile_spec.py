"""A hostile or broken spec: one clear `file:line` line each, exit 2, no traceback, nothing read
outside the spec's folder and nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import edit, run_cli

SECRET = "TOP-SECRET-CREDENTIAL-42"
SCHEMAS = Path("svc") / "schemas" / "things.yaml"


def problems(spec: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "out"
    result = run_cli("--spec", str(spec), "generate", "--out", str(out))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert not out.exists(), "nothing may be written for a bad spec"
    lines = result.stderr.strip().splitlines()
    assert lines[-1].endswith("problem(s) in the spec; nothing written.")
    return [line.replace(str(spec.parent.parent) + "/", "") for line in lines[:-1]]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A YAML file with a secret beside (not inside) the spec's folder."""
    path = tmp_path / "credentials.yaml"
    path.write_text(f"Secret:\n  type: string\n  description: {SECRET}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["relative", "absolute", "symlink"])
def test_a_ref_may_not_leave_the_spec_folder(
    mini: Path, tmp_path: Path, outside: Path, how: str
) -> None:
    schemas = mini.parent / SCHEMAS
    if how == "symlink":
        (mini.parent / "svc" / "link.yaml").symlink_to(outside)
        target = "../link.yaml#/Secret"
    else:
        target = "../../../credentials.yaml#/Secret" if how == "relative" else f"{outside}#/Secret"
    edit(schemas, "size: {type: integer}", f'size: {{$ref: "{target}"}}')
    found = problems(mini, tmp_path)
    assert SECRET not in "\n".join(found)
    if how == "symlink":  # the link itself is reported too
        link = "spec/svc/link.yaml:1: /: the file is a link to outside the spec's folder"
        assert link in found, found
        found.remove(link)
    assert len(found) == 1, found
    assert found[0].startswith("spec/svc/schemas/things.yaml:6: "), found
    assert "leaves the spec's folder" in found[0]


def test_a_schema_file_linked_from_outside_is_not_read(
    mini: Path, tmp_path: Path, outside: Path
) -> None:
    (mini.parent / "svc" / "schemas" / "stolen.yaml").symlink_to(outside)
    found = problems(mini, tmp_path)
    assert found == [
        "spec/svc/schemas/stolen.yaml:1: /: the file is a link to outside the spec's folder"
    ]


def test_alias_bomb_is_refused(mini: Path, tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    (mini.parent / "svc" / "schemas" / "bomb.yaml").write_text("\n".join(lines) + "\n")
    found = problems(mini, tmp_path)
    assert len(found) == 1, found
    assert found[0].startswith("spec/svc/schemas/bomb.yaml:"), found
    assert "too large" in found[0]


def test_deep_nesting_is_refused(mini: Path, tmp_path: Path) -> None:
    deep = "Deep:\n  x: " + "[" * 5000 + "]" * 5000 + "\n"
    (mini.parent / "svc" / "schemas" / "deep.yaml").write_text(deep)
    found = problems(mini, tmp_path)
    assert len(found) == 1, found
    assert found[0].startswith("spec/svc/schemas/deep.yaml:"), found
    assert "nested deeper than" in found[0]


def test_huge_number_is_refused(mini: Path, tmp_path: Path) -> None:
    edit(mini.parent / SCHEMAS, "size: {type: integer}", f"size: {{maximum: {'9' * 5000}}}")
    found = problems(mini, tmp_path)
    assert len(found) == 1, found
    assert found[0].startswith("spec/svc/schemas/things.yaml:6: "), found
    assert "number" in found[0]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"Thing:\n  type: object\n  description: caf\xe9\n", "not UTF-8"),
        (b"Thing:\n  type: object\n  description: a\x00b\n", "NUL"),
    ],
)
def test_bytes_that_are_not_text(mini: Path, tmp_path: Path, content: bytes, message: str) -> None:
    (mini.parent / SCHEMAS).write_bytes(content)
    found = problems(mini, tmp_path)
    assert len(found) == 1, found
    assert found[0].startswith("spec/svc/schemas/things.yaml:"), found
    assert message in found[0]


def test_oversized_file_is_refused(mini: Path, tmp_path: Path) -> None:
    big = mini.parent / "svc" / "schemas" / "big.yaml"
    big.write_text("Big:\n  description: " + "x" * (11 * 1024 * 1024) + "\n")
    found = problems(mini, tmp_path)
    assert found == ["spec/svc/schemas/big.yaml:1: /: the file is over 10 MiB"]


def test_symlink_loop(mini: Path, tmp_path: Path) -> None:
    loop = mini.parent / "svc" / "schemas" / "loop.yaml"
    os.symlink(loop, loop)
    found = problems(mini, tmp_path)
    assert len(found) == 1, found
    assert found[0].startswith("spec/svc/schemas/loop.yaml:1: /: "), found


def test_directory_as_root(mini: Path, tmp_path: Path) -> None:
    folder = mini.parent / "root.yaml"
    folder.mkdir()
    found = problems(folder, tmp_path)
    assert len(found) == 1 and "cannot be read" in found[0], found


def test_empty_root_file(mini: Path, tmp_path: Path) -> None:
    mini.write_text("# nothing here\n")
    assert problems(mini, tmp_path) == ["spec/openapi.yaml:1: /: the root file is empty"]

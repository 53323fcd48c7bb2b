"""The generated package: passes mypy --strict, installs with pip, imports without side effects."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import GENERATED, mypy_strict


def test_mypy_strict() -> None:
    result = mypy_strict("dataarts", cwd=GENERATED / "python")
    assert result.returncode == 0, result.stdout + result.stderr


def test_pip_installs_it(tmp_path: Path) -> None:
    source = tmp_path / "source"  # setuptools builds in the source tree: keep generated/ clean
    shutil.copytree(GENERATED / "python", source, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    installed = {p.name for p in (target / "dataarts").iterdir()}
    assert {"__init__.py", "client.py", "models", "py.typed", "signing.py"} <= installed
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import dataarts, sys; print(dataarts.__file__); print(dataarts.DataArts)",
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.startswith(str(target))


def test_import_writes_nothing(tmp_path: Path) -> None:
    before = sorted(p for p in (GENERATED / "python").rglob("*") if "__pycache__" not in p.parts)
    probe = subprocess.run(
        [sys.executable, "-B", "-c", "import dataarts, dataarts.models"],
        env={
            "PYTHONPATH": str(GENERATED / "python"),
            "PATH": "/usr/bin:/bin",
            "PYTHONDONTWRITEBYTECODE": "1",
        },
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0, probe.stderr
    after = sorted(p for p in (GENERATED / "python").rglob("*") if "__pycache__" not in p.parts)
    assert before == after


def test_generator_type_checks() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--ignore-missing-imports",
            "--cache-dir",
            "/dev/null",
            "generator",
        ],
        cwd=GENERATED.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr

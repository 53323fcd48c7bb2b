"""Shared test helpers: paths, running the generator's command line, the generated package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
MINI = Path(__file__).parent / "data" / "mini"
GENERATED = ROOT / "generated"

sys.path.insert(0, str(GENERATED / "python"))

# The testing kit's fixtures (installed packages get them from the pytest11 entry point).
pytest_plugins = ["dataarts.testing.pytest_plugin"]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS`, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def mypy_strict(*targets: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`mypy --strict TARGETS` in `cwd` (no cache), as a user type-checks generated code."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", "/dev/null", *targets],
        cwd=cwd,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small test spec; returns its root file."""
    target = tmp_path / "spec"
    shutil.copytree(MINI, target)
    return target / "openapi.yaml"


@pytest.fixture(scope="session")
def bundle_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The spec as one file, written by `python -m generator bundle` (what `make bundle` does)."""
    target = tmp_path_factory.mktemp("bundle") / "openapi.json"
    done = run_cli("bundle", "-o", str(target))
    assert done.returncode == 0, done.stderr
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")

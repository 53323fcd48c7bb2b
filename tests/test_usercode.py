"""User code under the user's type checkers: mypy --strict and pyright (strict), both pinned.

The code is every ```python snippet of README.md and of the generated package's README
(extracted here, so a snippet that stops type checking fails the suite) and the scripts of
tests/usercode/. The files of tests/usercode/negative/ must FAIL, each exactly on the lines
marked `# E` (a misspelled body field, a wrong enum value, a missing required argument...).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
USERCODE = ROOT / "tests" / "usercode"
PACKAGE = ROOT / "generated" / "python"
READMES = [ROOT / "README.md", PACKAGE / "README.md"]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def snippets(readme: Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", readme.read_text("utf-8"), re.M | re.S)


@pytest.fixture(scope="module")
def code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of user code: README snippets, scripts, negatives (in negative/)."""
    folder = tmp_path_factory.mktemp("usercode")
    count = 0
    for readme in READMES:
        # A README's snippets go on from each other (the client made in the first is used in
        # the next ones): one module per README, the snippets in their order.
        tag = "package" if readme.parent == PACKAGE else "project"
        found = snippets(readme)
        (folder / f"readme_{tag}.py").write_text("\n\n".join(found), "utf-8")
        count += len(found)
    assert count >= 3, "the READMEs' python snippets were not found"
    for script in USERCODE.glob("*.py"):
        shutil.copy(script, folder / script.name)
    shutil.copytree(USERCODE / "negative", folder / "negative")
    return folder


def positives(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.py"))


def negatives(folder: Path) -> list[Path]:
    return sorted((folder / "negative").glob("*.py"))


def marked(path: Path) -> set[int]:
    lines = path.read_text("utf-8").splitlines()
    return {i + 1 for i, line in enumerate(lines) if line.rstrip().endswith("# E")}


def mypy(folder: Path, files: list[str]) -> tuple[int, str]:
    env = {**os.environ, "MYPYPATH": str(PACKAGE)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "--no-error-summary",
            *files,
        ],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return run.returncode, run.stdout + run.stderr


def pyright(folder: Path, files: list[str]) -> tuple[int, list[dict[str, object]]]:
    if not PYRIGHT.exists():
        pytest.fail("pyright is not installed: run `make node-tools`")
    config = json.loads((USERCODE / "pyrightconfig.json").read_text("utf-8"))
    config["extraPaths"] = [str(PACKAGE)]
    config["venvPath"], config["venv"] = str(ROOT), ".venv"
    (folder / "pyrightconfig.json").write_text(json.dumps(config), "utf-8")
    run = subprocess.run(
        [str(PYRIGHT), "--outputjson", "-p", "pyrightconfig.json", *files],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(run.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    return run.returncode, errors


def test_user_code_passes_mypy_strict(code: Path) -> None:
    status, out = mypy(code, positives(code))
    assert status == 0, out


def test_user_code_passes_pyright_strict(code: Path) -> None:
    status, errors = pyright(code, positives(code))
    assert status == 0 and not errors, json.dumps(errors, indent=1, ensure_ascii=False)


def test_negative_cases_fail_mypy_on_the_marked_lines(code: Path) -> None:
    files = negatives(code)
    assert len(files) >= 3
    status, out = mypy(code, [f"negative/{f.name}" for f in files])
    assert status != 0
    for f in files:
        found = {int(n) for n in re.findall(rf"negative/{re.escape(f.name)}:(\d+): error", out)}
        assert found == marked(f), f"{f.name}: mypy errors on lines {found}\n{out}"


def test_negative_cases_fail_pyright_on_the_marked_lines(code: Path) -> None:
    files = negatives(code)
    status, errors = pyright(code, [f"negative/{f.name}" for f in files])
    assert status != 0
    for f in files:
        found = {
            int(e["range"]["start"]["line"]) + 1  # type: ignore[index]
            for e in errors
            if str(e["file"]).endswith(f"negative/{f.name}")
        }
        assert found == marked(f), f"{f.name}: pyright errors on lines {found}"


def test_the_package_exports_pass_mypy_strict(code: Path) -> None:
    """`from dataarts import DataArts` and the other public names, as the README imports them."""
    (code / "imports.py").write_text(
        "from dataarts import DataArts, AsyncDataArts, ApiError, RequestOptions\n"
        "from dataarts.models import Link\n"
        "from dataarts.models.dlf import DlfJob\n"
        "from dataarts.connectors import obs_link\n"
        "from dataarts.dlf import DlfJobs\n"
        "print(DataArts, AsyncDataArts, ApiError, RequestOptions, Link, DlfJob, obs_link, DlfJobs)\n",
        "utf-8",
    )
    status, out = mypy(code, ["imports.py"])
    assert status == 0, out

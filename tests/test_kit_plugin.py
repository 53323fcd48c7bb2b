"""The testing kit as a user gets it: the extra, the pytest plugin from the entry point, the
README's example test, and a client whose dependencies and import did not grow."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from conftest import GENERATED

from dataarts import AsyncDataArts, DataArts
from dataarts.testing import MockDataArts, MockServer


def test_fixtures(dataarts_mock: MockDataArts, dataarts_client: DataArts) -> None:
    assert dataarts_client.cdm.clusters.list() is not None
    assert [c.operation for c in dataarts_mock.calls] == ["ListClusters"]


def test_async_fixture(dataarts_mock: MockDataArts, dataarts_async_client: AsyncDataArts) -> None:
    async def main() -> None:
        async with dataarts_async_client as client:
            await client.cdm.clusters.list()

    asyncio.run(main())
    dataarts_mock.assert_called("ListClusters", times=1)


def test_server_fixture(dataarts_mock: MockDataArts, dataarts_mock_server: MockServer) -> None:
    with dataarts_mock_server.client() as client:
        client.cdm.clusters.list()
    dataarts_mock.assert_called("ListClusters", times=1)


def test_package_metadata() -> None:
    meta = tomllib.loads((GENERATED / "python" / "pyproject.toml").read_text(encoding="utf-8"))
    project = meta["project"]
    names = [re.split(r"[<>=]", d)[0] for d in project["dependencies"]]
    assert names == ["httpx", "pydantic"]
    assert [re.split(r"[<>=]", d)[0] for d in project["optional-dependencies"]["testing"]] == [
        "openapi-core"
    ]
    assert project["entry-points"]["pytest11"] == {"dataarts": "dataarts.testing.pytest_plugin"}


def test_installed_package_registers_the_plugin_and_its_readme_example_passes(
    tmp_path: Path,
) -> None:
    source = tmp_path / "source"
    shutil.copytree(GENERATED / "python", source, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "site"
    install = subprocess.run(
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
    assert install.returncode == 0, install.stderr
    shipped = target / "dataarts" / "testing"
    assert (shipped / "openapi.json").is_file()
    assert len(list((shipped / "fixtures").glob("*/*.json"))) == len(
        list((GENERATED / "fixtures").glob("*/*.json"))
    )
    readme = (GENERATED / "python" / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Testing your code", 1)[1].split("```python\n", 1)[1]
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_example.py").write_text(example.split("```", 1)[0])
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, dataarts; dataarts.DataArts; "
            "print(sorted(m for m in sys.modules if m.startswith(('dataarts.testing', 'openapi'))))",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "[]"

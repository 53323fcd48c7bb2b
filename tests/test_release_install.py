"""The release, end to end: build, upload to a local package index, install, use.

A pypiserver on 127.0.0.1 and a free port gets the sdist and wheel through `twine upload`;
fresh virtual environments of the oldest and newest Python the metadata claims install
`dataarts-client[testing]` from that index (its fallback, PyPI, serves the dependencies) with
the lowest dependency versions the package declares (a constraints file pinning each lower
bound), then run, from an empty folder with nothing of this repository on the path, the first
example of the package's README against the testing kit. pip's cache is reused between runs.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from email.parser import Parser
from pathlib import Path

import pytest
from conftest import ROOT, SPEC
from packaging.requirements import Requirement
from packaging.version import Version
from test_release import readme_examples

from generator.load import load
from generator.release import release_settings

PYENV = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
PYTHONS = ("3.11", "3.13")  # the oldest and newest of the package's classifiers

pytestmark = pytest.mark.release

RUN = """
import json, sys, importlib.metadata as md
import dataarts
from dataarts.testing import MockDataArts

mock = MockDataArts()
with mock.client() as client:
    exec(sys.argv[1], {"client": client})
print(json.dumps({
    "file": dataarts.__file__, "prefix": sys.prefix, "version": dataarts.__version__,
    "api": dataarts.API_VERSION, "path": sys.path,
    "calls": [[c.operation, c.status] for c in mock.calls],
    "installed": {d: md.version(d) for d in sys.argv[2:]},
}))
"""


def interpreter(version: str) -> Path:
    found = sorted(PYENV.glob(f"{version}.*/bin/python{version}"))
    if not found:
        pytest.fail(f"no Python {version} under {PYENV} (pyenv install {version})")
    return found[-1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without pip's or Python's settings: no config file, no extra index."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL"))}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", **extra)
    if os.environ.get("PIP_CERT"):
        env["PIP_CERT"] = os.environ["PIP_CERT"]
    return env


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[Path]]]:
    """(simple index URL, built files): a local pypiserver holding the uploaded release."""
    from generator.dist import build

    tmp = tmp_path_factory.mktemp("index")
    files = build(tmp / "dist")
    packages = tmp / "packages"
    packages.mkdir()
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pypiserver",
            "run",
            "-i",
            "127.0.0.1",
            "-p",
            str(port),
            "-a",
            ".",
            "-P",
            ".",
            str(packages),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/simple/", timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                time.sleep(0.1)
        upload = subprocess.run(
            [
                sys.executable,
                "-m",
                "twine",
                "upload",
                "--non-interactive",
                "--repository-url",
                url + "/",
                "-u",
                "release-test",
                "-p",
                "unused",
                *map(str, files),
            ],
            capture_output=True,
            text=True,
        )
        assert upload.returncode == 0, upload.stdout + upload.stderr
        assert sorted(p.name for p in packages.iterdir()) == sorted(f.name for f in files)
        yield url + "/simple/", files
    finally:
        server.terminate()
        server.wait(timeout=10)


def lower_bounds(wheel: Path, extra: str) -> dict[str, str]:
    """name -> the lowest version the wheel's metadata allows, for its dependencies and
    those of `extra`."""
    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        headers = Parser().parsestr(z.read(meta).decode())
    out = {}
    for line in headers.get_all("Requires-Dist") or []:
        req = Requirement(line)
        if req.marker and not req.marker.evaluate({"extra": extra}):
            continue
        lows = [s.version for s in req.specifier if s.operator in (">=", "==", "~=")]
        assert lows, f"{line}: no lower bound"
        out[req.name] = lows[0]
    return out


@pytest.mark.parametrize("python", PYTHONS)
def test_install_from_the_index_and_call_the_kit(
    python: str, index: tuple[str, list[Path]], tmp_path: Path
) -> None:
    url, files = index
    release = release_settings(load(SPEC).doc)
    wheel = next(f for f in files if f.suffix == ".whl")
    bounds = lower_bounds(wheel, "testing")
    constraints = tmp_path / "constraints.txt"
    constraints.write_text("".join(f"{n}=={v}\n" for n, v in bounds.items()))
    venv = tmp_path / "venv"
    env = clean_env()
    subprocess.run([str(interpreter(python)), "-m", "venv", str(venv)], check=True, env=env)
    py = venv / "bin" / "python"
    install = subprocess.run(
        [
            str(py),
            "-m",
            "pip",
            "install",
            "-q",
            "--index-url",
            url,
            "-c",
            str(constraints),
            f"{release.package}[testing]=={release.version}",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    example = readme_examples()[0]
    done = subprocess.run(
        [str(py), "-I", "-c", RUN, example, *bounds],
        capture_output=True,
        text=True,
        env=env,
        cwd=empty,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert Path(out["file"]).is_relative_to(venv) and out["prefix"] == str(venv)
    assert not any(str(ROOT) in p for p in out["path"])
    assert out["version"] == release.version and out["api"] == load(SPEC).doc["info"]["version"]
    installed = {n: Version(v) for n, v in out["installed"].items()}
    assert installed == {n: Version(v) for n, v in bounds.items()}  # exactly the lower bounds
    assert len(out["calls"]) == 1 and out["calls"][0][0] and 200 <= out["calls"][0][1] < 300
    shutil.rmtree(venv)

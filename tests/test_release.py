"""Releases: x-release read and checked, versions exposed, the package index's README (its
examples run against the testing kit), the built wheel's contents, and the release check
(griffe + spec diff, minimum bump, changelog) on a scratch git repository."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT, SPEC, edit, run_cli

from generator.load import load
from generator.release import bumped, problems, release_settings

README = GENERATED / "python" / "README.md"


def test_versions_come_from_the_spec() -> None:
    import dataarts

    doc = load(SPEC).doc
    assert dataarts.__version__ == release_settings(doc).version == doc["x-release"]["version"]
    assert dataarts.API_VERSION == doc["info"]["version"]
    assert dataarts.__version__ != dataarts.API_VERSION
    pyproject = (GENERATED / "python" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{dataarts.__version__}"' in pyproject
    assert '"Typing :: Typed"' in pyproject and 'license = "Apache-2.0"' in pyproject
    assert (GENERATED / "python" / "LICENSE").read_text().lstrip().startswith("Apache License")


def test_incomplete_release_settings_are_reported(mini: Path) -> None:
    edit(mini, "  version: 1.2.3\n", '  version: "1.2"\n')
    edit(mini, "  license: Apache-2.0\n", "")
    edit(mini, '  classifiers: ["Typing :: Typed"]', '  classifiers: ["License :: OSI Approved"]')
    done = run_cli("--spec", str(mini), "validate")
    assert done.returncode == 2
    assert "x-release.version '1.2' is not MAJOR.MINOR.PATCH" in done.stderr
    assert "x-release.license must be a non-empty str" in done.stderr
    assert "a License classifier" in done.stderr
    assert problems({}) and problems(load(SPEC).doc) == []


@pytest.mark.parametrize(
    ("version", "bump", "lowest"),
    [
        ("0.1.0", "major", "1.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", "none", "1.4.2"),
    ],
)
def test_bumps(version: str, bump: str, lowest: str) -> None:
    assert bumped(version, bump) == lowest


def readme_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    part = text.split("## Examples", 1)[1].split("\n## ", 1)[0]
    return [m.group(2) for m in re.finditer(r"^(`{3,})python\n(.*?)\n\1$", part, re.M | re.S)]


def test_readme_is_for_the_package_index() -> None:
    text = README.read_text(encoding="utf-8")
    assert "do not edit" not in text.lower()
    for heading in (
        "Install",
        "Authenticate",
        "Examples",
        "Errors and retries",
        "Pagination",
        "Streaming exports",
        "Async",
        "Testing your code",
        "Methods",
    ):
        assert f"\n## {heading}" in text, heading
    for creds in ("AkSkCredentials", "TokenCredentials", "PasswordCredentials"):
        assert creds in text
    from dataarts import DataArts

    client = DataArts(region="ap-southeast-1")
    doc = load(SPEC).doc
    resources = {(t["x-service"], t["x-resource"]) for t in doc["tags"]}
    rows = re.findall(r"^\| `client\.(\w+)\.(\w+)\.(\w+)`", text, re.M)
    assert {(s, r) for s, r, _ in rows} == resources
    for service, resource, method in rows:  # every row names a real method
        assert callable(getattr(getattr(getattr(client, service), resource), method))
    assert len(rows) == len({row for row in rows})


def test_readme_examples_run_against_the_kit() -> None:
    from dataarts.testing import MockDataArts

    examples = readme_examples()
    doc = load(SPEC).doc
    assert len(examples) == len(doc["tags"])  # one per resource
    for code in examples:
        mock = MockDataArts()
        with mock.client() as client:
            exec(code, {"client": client})  # noqa: S102 - the README's own text
        assert len(mock.calls) == 1 and mock.calls[0].operation, code
        assert 200 <= mock.calls[0].status < 300, (code, mock.calls[0].response)


def test_dist_builds_out_of_tree_and_the_wheel_holds_only_the_package(tmp_path: Path) -> None:
    from generator.dist import build, package_files, wheel_problems

    before = sorted(p for p in (GENERATED / "python").rglob("*") if "__pycache__" not in p.parts)
    files = build(tmp_path / "dist")
    after = sorted(p for p in (GENERATED / "python").rglob("*") if "__pycache__" not in p.parts)
    assert before == after  # nothing (build/, *.egg-info) left in generated/
    assert sorted(f.suffix for f in files) == [".gz", ".whl"]
    wheel = next(f for f in files if f.suffix == ".whl")
    assert wheel_problems(wheel) == []
    names = set(__import__("zipfile").ZipFile(wheel).namelist())
    assert "dataarts/py.typed" in names and "dataarts/testing/openapi.json" in names
    assert any(n.startswith("dataarts/testing/fixtures/") for n in names)
    assert package_files() <= names
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # the check fails on a wheel with a stray file
    import zipfile

    bad = tmp_path / wheel.name
    shutil.copy(wheel, bad)
    with zipfile.ZipFile(bad, "a") as z:
        z.writestr("tests/test_x.py", "")
        z.writestr("dataarts/notes.txt", "")
    assert wheel_problems(bad) == [
        "not a file of the package: dataarts/notes.txt",
        "not a file of the package: tests/test_x.py",
        "neither a module, py.typed nor JSON data: dataarts/notes.txt",
    ]


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def check(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.releases", "--root", str(repo), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_release_check_states_the_bump_and_refuses_a_low_version(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "spec", repo / "spec")
    shutil.copytree(
        GENERATED / "python",
        repo / "generated" / "python",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "release")
    version = release_settings(load(SPEC).doc).version
    tag = release_settings(load(SPEC).doc).tag
    git(repo, "tag", tag)
    first = check(repo, "check")
    assert first.returncode == 0, first.stderr
    assert "minimum bump: none" in first.stdout

    # a removed Python method (major), an operation marked deprecated in the spec (minor)
    resource = repo / "generated/python/dataarts/cdm/clusters.py"
    text = resource.read_text(encoding="utf-8")
    cut = re.search(r"\n    def show\(.*?(?=\n    def )", text, re.S)
    assert cut
    resource.write_text(text.replace(cut.group(0), "", 1), encoding="utf-8")
    area = repo / "spec/cdm/clusters.yaml"
    text = area.read_text(encoding="utf-8")
    m = re.search(r"^( +)operationId: ListClusters\n", text, re.M)
    assert m
    area.write_text(text.replace(m.group(0), m.group(0) + f"{m.group(1)}deprecated: true\n", 1))
    low = check(repo, "check")
    assert low.returncode == 1
    major = bumped(version, "major")
    assert f"minimum bump: major; lowest version allowed: {major}" in low.stdout
    assert "python object removed: dataarts.cdm.clusters.CdmClusters.show" in low.stdout
    assert "operation deprecated" in low.stdout
    assert f"lower than {major}" in low.stderr

    edit(repo / "spec/openapi.yaml", f"  version: {version}\n", f"  version: {major}\n")
    assert check(repo, "check").returncode == 0
    changelog = repo / "CHANGELOG.md"
    done = check(repo, "changelog", "--write", str(changelog))
    assert done.returncode == 0, done.stderr
    entry = changelog.read_text(encoding="utf-8").split(f"## {major} (", 1)[1]
    removed = entry.split("### Removed", 1)[1].split("###", 1)[0]
    assert "- `cdm.clusters`" in removed and "CdmClusters.show" in removed
    deprecated = entry.split("### Deprecated", 1)[1].split("###", 1)[0]
    assert "- `cdm.clusters`" in deprecated and "ListClusters" not in removed
    assert check(repo, "changelog", "--write", str(changelog)).returncode != 0  # once per version

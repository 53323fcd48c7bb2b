"""Plain OpenAPI 3.0/3.1 specs generate as they are; this project's conventions are a rule set
its spec turns on; the generator's root extensions are checked; the no-change check sees links.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINI, edit, run_cli

from generator.load import load
from generator.normalize import operation_id, resource_name
from generator.validate import validate

SPECS = Path(__file__).parent / "data" / "specs"


def copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copytree(SPECS / name, target)
    return target / "openapi.yaml"


def generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("--spec", str(spec), "--no-cache", "generate", "--out", str(out))


def methods(out: Path, module: str, cls: str) -> list[str]:
    """The public methods of a generated resource class, read by importing the package."""
    code = (
        f"import {module.rsplit('.', 1)[0]} as _; from {module} import {cls}; "
        f"print(' '.join(sorted(m for m in vars({cls}) if not m.startswith('_'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=out / "python",
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(out / "python")},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_openapi_30_is_normalised_to_31(tmp_path: Path) -> None:
    bundle = load(copy("plain30", tmp_path))
    assert validate(bundle) == []
    doc = bundle.doc
    assert doc["openapi"] == "3.1.0" and doc["x-openapi-source"] == "3.0.3"
    schemas = doc["components"]["schemas"]
    assert schemas["NewPet"]["properties"]["tag"]["type"] == ["string", "null"]
    assert "nullable" not in schemas["NewPet"]["properties"]["tag"]
    assert schemas["NewPet"]["properties"]["name"]["examples"] == ["Rex"]
    assert schemas["Owner"]["examples"] == [{"name": "Ann"}]
    owner = schemas["Pet"]["allOf"][1]["properties"]["owner"]
    assert {"type": "null"} not in owner.get("anyOf", []) and "nullable" not in owner
    limit = doc["paths"]["/pets"]["get"]["parameters"][0]
    assert limit["name"] == "limit"  # the reusable parameter is inlined
    assert limit["schema"] == {"type": "integer", "exclusiveMinimum": 0, "maximum": 100}
    default = doc["paths"]["/pets"]["get"]["responses"]["default"]
    assert default["content"]["application/json"]["schema"]["$ref"].endswith("/Error")


def test_names_the_spec_does_not_give_are_derived(tmp_path: Path) -> None:
    doc = load(copy("plain30", tmp_path)).doc
    get = doc["paths"]["/pets/{petId}"]["get"]
    assert get["operationId"] == "getPetsByPetId"
    assert get["tags"] == ["pets"]  # the first literal segment
    assert doc["x-services"]["api"]["server"]["url"] == "http://{host}/api/v1"
    assert all(t["x-service"] == "api" for t in doc["tags"])
    assert operation_id("post", "/v1/a-b/{c_d}/e") == "postV1ABByCDE"
    assert resource_name("/v2/health") == "health" and resource_name("/{id}") == "default"


@pytest.mark.parametrize("name", ["plain30", "plain31"])
def test_a_plain_spec_generates_a_client_that_imports(name: str, tmp_path: Path) -> None:
    spec = copy(name, tmp_path)
    out = tmp_path / "out"
    done = generate(spec, out)
    assert done.returncode == 0, done.stderr
    if name == "plain30":
        found = methods(out, "pet_store.api.pets", "ApiPets")
        assert found == ["delete_pet", "get_pets_by_pet_id", "list_pets", "post_pets", "service"]
    else:
        assert methods(out, "library.api.books", "ApiBooks") == [
            "get_book",
            "list_books",
            "service",
        ]
        assert methods(out, "library.api.health", "ApiHealth") == ["get_v2_health", "service"]


def test_the_project_rule_set_is_what_requires_the_conventions(tmp_path: Path) -> None:
    spec = tmp_path / "spec" / "openapi.yaml"
    shutil.copytree(MINI, spec.parent)
    edit(spec.parent / "svc" / "paths.yaml", '    x-doc-section: "9.1"\n', "")
    edit(spec.parent / "svc" / "paths.yaml", "    x-method: show\n", "")
    found = [str(p) for p in validate(load(spec))]
    assert any("operation has no x-doc-section" in p for p in found), found
    assert any("operation has no x-method" in p for p in found), found
    edit(spec, "rules: dataarts, ", "")
    assert validate(load(spec)) == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("x-generator: {rules: dataarts,", "x-generator: {rules: [strict],", "unknown rule set"),
        (
            "x-generator: {rules: dataarts, package: dataarts, client-class: DataArts}",
            "x-generator: [dataarts]",
            "x-generator must be a map",
        ),
        (
            "package: dataarts,",
            "package: data-arts,",
            "package 'data-arts' must be a Python identifier",
        ),
        ("    title: A small service\n", "", None),
        (
            "    server:\n      url:",
            "    server:\n      href:",
            "a service needs a server with a url",
        ),
        (
            "tags:\n  - {name: things, x-service: svc",
            "tags:\n  - {name: things, x-service: nope",
            "'nope' is not one of x-services (svc)",
        ),
        (
            "tags:\n  - {name: things, x-service: svc",
            "tags:\n  - {name: things",
            "x-service is not set",
        ),
        ("x-services:\n  svc:", "x-services:\n  my-svc:", "must be an identifier"),
        ("default: r1", "default: 1", "a server variable needs a string default"),
    ],
)
def test_the_generators_extensions_are_checked(
    tmp_path: Path, old: str, new: str, message: str | None
) -> None:
    spec = tmp_path / "spec" / "openapi.yaml"
    shutil.copytree(MINI, spec.parent)
    edit(spec, old, new)
    done = run_cli("--spec", str(spec), "--no-cache", "generate", "--out", str(tmp_path / "out"))
    assert "Traceback" not in done.stderr
    if message is None:  # a service's title is optional
        assert done.returncode == 0, done.stderr
        return
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert "openapi.yaml:" in done.stderr


def test_x_services_is_required_with_more_than_defaults(tmp_path: Path) -> None:
    spec = tmp_path / "spec" / "openapi.yaml"
    shutil.copytree(MINI, spec.parent)
    text = spec.read_text(encoding="utf-8")
    start, end = text.index("x-services:"), text.index("x-error-schema:")
    spec.write_text(text[:start] + "x-services: [svc]\n" + text[end:], encoding="utf-8")
    done = run_cli("--spec", str(spec), "--no-cache", "validate")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "x-services must be a map" in done.stderr


def test_the_no_change_check_sees_a_changed_link(tmp_path: Path) -> None:
    spec = copy("plain31", tmp_path)
    same = spec.parent / "same.yaml"
    same.write_text("a: 1\n", encoding="utf-8")
    twin = spec.parent / "twin.yaml"
    twin.write_text("a: 1\n", encoding="utf-8")
    link = spec.parent / "link.yaml"
    link.symlink_to("same.yaml")
    out = tmp_path / "out"
    args = ("--spec", str(spec), "--no-cache", "generate", "--out", str(out))
    assert run_cli(*args).returncode == 0
    assert "up to date" in run_cli(*args).stdout
    link.unlink()
    link.symlink_to("twin.yaml")  # same content, another file
    assert "up to date" not in run_cli(*args).stdout
    assert "up to date" in run_cli(*args).stdout
    link.unlink()
    link.symlink_to("missing.yaml")  # a broken link is a change too
    assert "up to date" not in run_cli(*args).stdout


def test_a_plain_specs_package_claims_only_its_own_license(tmp_path: Path) -> None:
    spec = copy("plain31", tmp_path)
    out = tmp_path / "out"
    assert generate(spec, out).returncode == 0
    pyproject = (out / "python" / "pyproject.toml").read_text(encoding="utf-8")
    assert "license" not in pyproject  # no license claimed, not this project's file
    assert not (out / "python" / "LICENSE").exists()
    edit(spec, '  version: "2"\n', '  version: "2"\n  license: {name: MIT, identifier: MIT}\n')
    assert generate(spec, out).returncode == 0
    pyproject = (out / "python" / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject and "license-files" not in pyproject
    assert not (out / "python" / "LICENSE").exists()

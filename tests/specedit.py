"""The small spec of tests/data/mini, broken by text edits, and what validation finds in it:
the shared part of tests/test_validate_rules.py, test_project_rules.py and test_example_rules.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MINI, edit
from generator.load import load
from generator.validate import validate

SHOW = "/paths/~1v1~1{project_id}~1things~1{thing_id}/get"
LIST = "/paths/~1v1~1{project_id}~1things/get"
PATHS = Path("svc") / "paths.yaml"
THINGS = Path("svc") / "schemas" / "things.yaml"
SHOW_OK = f"{SHOW}/responses/200/content/application~1json"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """A copy of the small spec (its folder: spec/openapi.yaml, spec/svc/...)."""
    shutil.copytree(MINI, tmp_path / "spec")
    return tmp_path / "spec"


def found(spec: Path, *edits: tuple[Path | str, str, str]) -> list[str]:
    """The problems of the spec after the edits (file, old text, new text; old "" appends)."""
    for file, old, new in edits:
        path = spec / file
        if old:
            edit(path, old, new)
        else:
            path.write_text(path.read_text(encoding="utf-8") + new, encoding="utf-8")
    return [str(p) for p in validate(load(spec / "openapi.yaml"))]


def found_rules(spec: Path, *edits: tuple[Path | str, str, str]) -> list[str]:
    """found() without openapi-pydantic's lines (where a test breaks the structure on purpose
    to see that a rule copes)."""
    return [p for p in found(spec, *edits) if ": OpenAPI 3.1: " not in p]


UNDECLARED = "(declare it, or say why in the example's x-doc-notes)"
# The small spec's rule setting, and another one (not this project's rules).
OTHER_RULES = (
    "x-generator: {rules: dataarts, package: dataarts, client-class: DataArts}",
    "x-generator: {rules: [other, 3], package: dataarts, client-class: DataArts}",
)

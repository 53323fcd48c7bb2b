"""Differential test: our models against datamodel-code-generator's reading of the same schemas.

datamodel-code-generator (pinned) generates pydantic models from the bundle; for EVERY schema
of the bundle, valid instances are composed from leaf values hypothesis-jsonschema (pinned)
draws (instances.py: whole-schema draws took minutes on DlfJob), and each is broken in one
constraint at a time, at every place of the tree the constraint sits (a required field removed,
an enumeration or constant value, a length, a range, an array size, a type). Both sets of
models must accept or refuse each instance alike; the differences that remain are listed in
KNOWN with their reason.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import types
import warnings
from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Any, Literal

import httpx
import hypothesis_jsonschema._from_schema as _from_schema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis.internal.conjecture import utils as _cu
from hypothesis_jsonschema import from_schema
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from instances import Composer, key, leaves, mutations

ROOT = Path(__file__).resolve().parent.parent
LEAF_DRAWS = 5  # values hypothesis-jsonschema draws for each scalar sub-schema
VARIANTS = 3  # valid instances per schema: required only, then every property (twice)

# schema -> why our models and the reference differ on it (accepted differences)
KNOWN: dict[str, str] = {}


class _Many:
    """hypothesis-jsonschema 0.23.1 drives `cu.many` with `.more()`, which the pinned
    hypothesis replaced by a context manager and an iterator: the old interface over the new."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._many = _cu.many(*args, **kwargs)
        self._many.__enter__()
        self._steps = iter(self._many)

    def more(self) -> bool:
        if next(self._steps, False) is None:
            return True
        self._many.__exit__(None)
        return False

    def reject(self, why: str | None = None) -> None:
        self._many.reject(why)


_from_schema.cu = types.SimpleNamespace(many=_Many)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bundle") / "openapi.json"
    subprocess.run(
        [sys.executable, "-m", "generator", "bundle", "-o", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return dict(json.loads(out.read_text("utf-8")))


@pytest.fixture(scope="module")
def reference(bundle: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The models datamodel-code-generator makes of the bundle, imported."""
    folder = tmp_path_factory.mktemp("reference")
    (folder / "openapi.json").write_text(json.dumps(bundle), "utf-8")
    subprocess.run(
        [
            str(Path(sys.executable).parent / "datamodel-codegen"),
            *("--input", "openapi.json", "--input-file-type", "openapi"),
            *("--output-model-type", "pydantic_v2.BaseModel", "--field-constraints"),
            *("--disable-timestamp", "--output", "ref_models.py"),
        ],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    spec = importlib.util.spec_from_file_location("ref_models", folder / "ref_models.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["ref_models"] = module
    spec.loader.exec_module(module)
    return module


def ours_and_theirs(name: str, reference: Any) -> tuple[Callable[[Any], Any], Any]:
    """Validators of schema `name`: our model (or type), the reference's class."""
    from dataarts import models

    ours = getattr(models, name)
    if isinstance(ours, type) and issubclass(ours, BaseModel):
        ours_validate = ours.model_validate
    else:  # a union or list type of the models package
        ours_validate = TypeAdapter(ours).validate_python
    return ours_validate, getattr(reference, name).model_validate


def accepts(validate: Callable[[Any], Any], instance: Any) -> bool:
    try:
        validate(instance)
    except ValidationError:
        return False
    return True


def draw_leaves(schemas: dict[str, Any]) -> dict[str, list[Any]]:
    """LEAF_DRAWS values of every scalar sub-schema of the bundle, by hypothesis-jsonschema."""
    drawn: dict[str, list[Any]] = {}
    for leaf in {key(x): x for x in leaves(schemas)}.values():
        got: list[Any] = []

        @settings(
            max_examples=LEAF_DRAWS,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(from_schema(leaf))
        def draw(value: Any) -> None:
            got.append(value)

        draw()
        drawn[key(leaf)] = list({json.dumps(v): v for v in got}.values())
    return drawn


def compare(
    composer: Composer,
    schema: Any,
    ours: Callable[[Any], Any],
    theirs: Callable[[Any], Any],
    broken: set[str],
) -> tuple[int, list[str]]:
    """(instances tried, differences) of two validators of `schema`, on its VARIANTS valid
    instances and each broken in one constraint at a time (what was broken goes to `broken`)."""
    cases: dict[str, tuple[str, Any]] = {}
    root = composer.resolve(schema)
    branches = len(root.get("oneOf") or root.get("anyOf") or [])
    for variant in range(max(VARIANTS, branches)):  # every branch of a union at least once
        instance = composer.instance(schema, variant)
        cases.setdefault(json.dumps(instance, sort_keys=True), ("valid", instance))
        for what, case in mutations(composer, schema, instance):
            cases.setdefault(json.dumps(case, sort_keys=True), (what, case))
            broken.add(what.split(": ", 1)[1])
    differences = []
    for what, case in cases.values():
        a, b = accepts(ours, case), accepts(theirs, case)
        assert b or what != "valid", f"the composer made an instance the reference refuses: {case}"
        if a != b:
            differences.append(
                f"{what}: ours {'accepts' if a else 'refuses'}, reference "
                f"{'accepts' if b else 'refuses'}: {json.dumps(case, ensure_ascii=False)[:300]}"
            )
    return len(cases), differences


def test_a_model_that_misses_a_constraint_is_found() -> None:
    """The comparison itself: a model without the schema's maxLength, minimum or enum differs."""
    schema = {
        "type": "object",
        "required": ["a", "b"],
        "properties": {
            "a": {"type": "string", "maxLength": 3},
            "b": {"type": "integer", "minimum": 1},
            "c": {"type": "string", "enum": ["x", "y"]},
        },
    }
    composer = Composer({}, draw_leaves({"S": schema}))

    class Strict(BaseModel):
        a: Annotated[str, Field(max_length=3)]
        b: Annotated[int, Field(ge=1)]
        c: Literal["x", "y"] | None = None

    class Loose(BaseModel):
        a: str
        b: int
        c: str | None = None

    found: set[str] = set()
    _, same = compare(composer, schema, Strict.model_validate, Strict.model_validate, found)
    assert same == []
    _, differences = compare(composer, schema, Loose.model_validate, Strict.model_validate, found)
    assert {d.split(":")[1].strip() for d in differences} >= {
        "longer than maxLength",
        "below minimum",
        "not the constant or an enumeration value",
    }, differences


def test_models_agree_with_datamodel_code_generator(bundle: dict[str, Any], reference: Any) -> None:
    schemas = bundle["components"]["schemas"]
    composer = Composer(schemas, draw_leaves(schemas))
    differences: dict[str, list[str]] = {}
    checked: dict[str, int] = {}
    broken: set[str] = set()
    for name in sorted(schemas):
        ours, theirs = ours_and_theirs(name, reference)
        checked[name], found = compare(composer, schemas[name], ours, theirs, broken)
        if found:
            differences[name] = found
    # every schema, each with its valid instances and broken ones
    assert set(checked) == set(schemas) and all(n > VARIANTS - 2 for n in checked.values())
    kinds = {w.split(" ", 1)[0] if w.startswith("required") else w for w in broken}
    for constraint in (
        "longer than maxLength",
        "above maximum",
        "below minimum",
        "more than maxItems",
        "not the constant or an enumeration value",
    ):
        assert constraint in kinds, f"no instance broke {constraint!r}: {sorted(kinds)}"
    unexplained = {k: v[:3] for k, v in differences.items() if k not in KNOWN}
    assert not unexplained, json.dumps(unexplained, indent=1, ensure_ascii=False)
    stale = sorted(set(KNOWN) - set(differences))
    assert not stale, f"KNOWN lists schemas that no longer differ: {stale}"


def parsed(response_type: Any, content: bytes) -> tuple[str, Any]:
    """What `parse` gives for a body: the result as wire JSON with the fields set and what
    was noted on each model, or the error's message."""
    from dataarts import ResponseValidationError
    from dataarts._models import Model
    from dataarts._request import parse
    from dataarts._settings import Settings

    try:
        value = parse(Settings(), "Op", httpx.Response(200, content=content), response_type)
    except ResponseValidationError as exc:
        return "error", str(exc)
    items = value if isinstance(value, list) else [value]
    notes = [
        (type(v).__name__, sorted(v.model_fields_set), v.not_validated())
        for v in items
        if isinstance(v, Model)
    ]
    with warnings.catch_warnings():  # a value kept as it came does not fit its type
        warnings.simplefilter("ignore")
        dumped = TypeAdapter(response_type).dump_python(value, mode="json", by_alias=True)
    return "value", (json.dumps(dumped, sort_keys=True), notes)


def test_strict_parsing_gives_what_lenient_parsing_gives(
    bundle: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A response is parsed first by a validator without the Checked wraps (all in
    pydantic-core), then, when it fails, by the lenient one: for every schema, on valid
    instances and each broken in one constraint, the result (values, fields set, what is noted)
    or the error is what the lenient validator alone gives."""
    from dataarts import _request, models

    schemas = bundle["components"]["schemas"]
    composer = Composer(schemas, draw_leaves(schemas))
    strict_used = kept = 0
    for name in sorted(schemas):
        tp = getattr(models, name)
        strict_used += _request._strict(tp) is not None
        cases = []
        for variant in range(VARIANTS):
            instance = composer.instance(schemas[name], variant)
            cases += [instance, *(case for _, case in mutations(composer, schemas[name], instance))]
        for case in cases:
            content = json.dumps(case).encode()
            with monkeypatch.context() as lenient_only:
                lenient_only.setitem(_request._STRICT_FOR, tp, None)
                expected = parsed(tp, content)
            got = parsed(tp, content)
            assert got == expected, (name, case)
            kept += expected[0] == "value" and any(n[2] for n in expected[1][1])
    assert strict_used > 50 and kept > 50  # the strict path is taken; values were kept and noted

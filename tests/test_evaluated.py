"""Model modules with evaluated annotations (generator/evaluated.py): classes come after the
classes they use, and an annotation stays text only when evaluating it in the class body would
fail or find the wrong thing."""

from __future__ import annotations

import importlib
import pkgutil

from generator.evaluated import code_annotations, names_in
from generator.ir import Model, ModelField

import dataarts.models


def model(name: str, *annotations: str, fields: list[str] | None = None) -> Model:
    names = fields or [f"f{i}" for i in range(len(annotations))]
    return Model(
        name=name,
        schema=name,
        module="m",
        title="",
        description="",
        doc_section="",
        notes=[],
        fields=[
            ModelField(name=n, wire=n, annotation=a, required=False, description="", secret=False)
            for n, a in zip(names, annotations)
        ],
    )


def codes(m: Model) -> list[str]:
    return [f.code for f in m.fields]


def test_a_class_comes_after_the_classes_it_uses() -> None:
    a, b, c = model("A", "C | None"), model("B", "list[A]"), model("C", "int")
    order = code_annotations([a, b, c], {})
    assert [m.name for m in order] == ["C", "A", "B"]
    assert codes(a) == ["C | None"] and codes(b) == ["list[A]"]


def test_what_is_not_bound_yet_stays_text() -> None:
    node = model("Node", "list[Node] | None")  # itself
    x, y = model("X", "Y | None"), model("Y", "X | None")  # a cycle
    uses = model("Uses", "Alias", "Other | None", "int")
    alias = model("Alias")
    alias.alias = "list[int]"
    code_annotations([node, x, y, uses, alias], {"other": ["Other"]})
    assert codes(node) == ["'list[Node] | None'"]
    assert codes(y) == ["'X | None'"] and codes(x) == ["Y | None"]  # Y first, X after it
    assert codes(uses) == ["'Alias'", "'Other | None'", "int"]


def test_names_the_class_body_or_the_module_would_shadow_stay_text() -> None:
    shadowed = model("S", "str", "int | None", fields=["str", "count"])
    builtin_named = model("Exception", "int")
    uses = model("T", "Exception | None")
    code_annotations([uses, builtin_named, shadowed], {})
    assert codes(shadowed) == ["'str'", "int | None"]
    assert codes(uses) == ["Exception | None"]  # placed after the module's own Exception
    late = model("U", "bytes")
    code_annotations([late], {"other": ["bytes"]})
    assert codes(late) == ["'bytes'"]  # the module binds bytes to a model, later


def test_literal_text_and_keywords_are_not_names() -> None:
    assert names_in('Annotated[Literal["In-Sync", "x=y"], Field(max_length=3), Checked]') == {
        "Annotated",
        "Literal",
        "Field",
        "Checked",
    }


def test_the_generated_models_carry_evaluated_annotations() -> None:
    text = 0
    classes = 0
    for info in pkgutil.walk_packages(dataarts.models.__path__, "dataarts.models."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == info.name:
                classes += 1
                text += sum(isinstance(a, str) for a in value.__annotations__.values())
    assert classes > 100
    assert text < classes / 10  # only references to type aliases and across modules

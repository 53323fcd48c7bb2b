"""The model stage's shortcuts give what the long way gives: `pytypes.split_union` without a
bracket, `shapes.split_schemas` when no schema has readOnly/writeOnly."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pytypes, shapes


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(["a", "None", " ", "|", " | ", "[", "]", "B[C | D]"]), max_size=12))
def test_split_union_is_the_long_way(pieces: list[str]) -> None:
    annotation = "".join(pieces)
    assert pytypes.split_union(annotation) == pytypes.split_at_depth_zero(annotation)


def test_split_union_edge_cases() -> None:
    for annotation in ("", " | ", " | | ", "a | | b", "a] | b", "a | b] | c", "x[a | b] | None"):
        assert pytypes.split_union(annotation) == pytypes.split_at_depth_zero(
            annotation
        ), annotation


def schemas_graph(marked: set[str]) -> dict[str, Any]:
    """A → B → C (by `$ref`), D alone, E extends B (allOf); `marked` get a readOnly property."""

    def ref(name: str) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/{name}"}

    out: dict[str, Any] = {
        "A": {"type": "object", "properties": {"b": ref("B")}},
        "B": {"type": "object", "properties": {"c": {"type": "array", "items": ref("C")}}},
        "C": {"type": "object", "properties": {"x": {"type": "string"}}},
        "D": {"type": "object", "properties": {"y": {"type": "integer"}}},
        "E": {"allOf": [ref("B"), {"type": "object", "properties": {"z": {"type": "string"}}}]},
    }
    for name in marked:
        out[name].setdefault("properties", {})["id"] = {"type": "string", "readOnly": True}
    return out


def test_split_schemas_with_and_without_marks() -> None:
    for marked, expected in (
        (set(), set()),
        ({"C"}, {"A", "B", "C", "E"}),
        ({"D"}, {"D"}),
        ({"B"}, {"A", "B", "E"}),
    ):
        schemas = schemas_graph(marked)

        def resolve(node: Any, schemas: dict[str, Any] = schemas) -> Any:
            while isinstance(node, dict) and "$ref" in node:
                node = schemas[node["$ref"].rsplit("/", 1)[1]]
            return node if isinstance(node, dict) else {}

        split = shapes.split_schemas(schemas, resolve, shapes.extensions(schemas))
        assert split == expected, marked

"""The review pages built from cached parts (generator/sections.py): the same bytes as a build
without the cache, whatever the cache holds, and a part built again when what it read changed."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SPEC
from generator.coverage import citations
from generator.load import load
from generator.model import build, source_files
from generator.notes import register
from generator.pages import _build
from generator.sections import Units, digest, gathered

TEMPLATES = ROOT / "templates"


@pytest.fixture(scope="module")
def spec() -> tuple[dict[str, Any], Any]:
    bundle = load(SPEC)
    return bundle.doc, build(bundle.doc, bundle.origins, source_files(bundle))


def test_notes_and_citations_gathered_by_part_are_those_of_the_whole_walk(
    spec: tuple[dict[str, Any], Any], tmp_path: Path
) -> None:
    doc = spec[0]
    schemas = doc["components"]["schemas"]
    for _ in range(2):  # built, then from the cache
        units = Units(tmp_path / "units", b"salt", schemas)
        notes, cites = gathered(doc, units)
        units.save()
        assert notes == register(doc).notes
        assert cites == citations(doc)
    assert units.made == 0 and units.total == len(doc["paths"]) + len(schemas)


def test_the_pages_are_the_same_with_a_cache_a_broken_cache_or_none(
    spec: tuple[dict[str, Any], Any], tmp_path: Path
) -> None:
    doc, api = spec
    cold, said = _build(doc, api, TEMPLATES, SPEC, None, None)
    assert said.startswith("0 of 0") is False and " of " in said
    first, said = _build(doc, api, TEMPLATES, SPEC, None, tmp_path)
    assert first == cold and said.split(" of ")[0] == said.split(" of ")[1].split()[0]
    again, said = _build(doc, api, TEMPLATES, SPEC, None, tmp_path)
    assert again == cold and said.startswith("0 of ")
    units = tmp_path / "review" / "units"
    units.write_bytes(units.read_bytes()[:100])  # cut short: read as empty
    broken, said = _build(doc, api, TEMPLATES, SPEC, None, tmp_path)
    assert broken == cold and said.split(" of ")[0] != "0"
    units.write_bytes(pickle.dumps(("another salt", {})))
    assert _build(doc, api, TEMPLATES, SPEC, None, tmp_path)[0] == cold


def test_a_section_is_built_again_when_a_schema_it_shows_changes(
    spec: tuple[dict[str, Any], Any], tmp_path: Path
) -> None:
    """A schema shown inside an operation's body (not the operation's own text) changes: the
    operation's section reads it, so it is built again, and the page is that of a cold build."""
    doc, api = spec
    _build(doc, api, TEMPLATES, SPEC, None, tmp_path)
    changed = copy.deepcopy(doc)
    schemas = changed["components"]["schemas"]
    name = next(  # the schema an operation's response is, with fields of its own
        ref.rsplit("/", 1)[1]
        for item in changed["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for response in (op.get("responses") or {}).values()
        for media in (response.get("content") or {}).values()
        for ref in [(media.get("schema") or {}).get("$ref", "")]
        if ref and schemas[ref.rsplit("/", 1)[1]].get("properties")
    )
    field = next(iter(schemas[name]["properties"]))
    schemas[name]["properties"][field]["description"] = "a description no cache has seen"
    warm, said = _build(changed, api, TEMPLATES, SPEC, None, tmp_path)
    cold, _ = _build(changed, api, TEMPLATES, SPEC, None, None)
    assert warm == cold
    # in the model's section and in the operation's, which expands the fields of its response
    assert warm["docs/reference.html"].decode().count("a description no cache has seen") >= 2
    assert int(said.split(" of ")[0]) >= 3  # its notes part, its model, who shows it


def test_digest_tells_types_and_order_apart() -> None:
    values = [1, 1.0, True, "1", [1], (1,), {"a": 1, "b": 2}, {"b": 2, "a": 1}, None, b"1"]
    assert len({digest(v) for v in values}) == len(values)

    class Odd:
        def __repr__(self) -> str:
            return "odd"

    assert digest({"a": Odd()}) != digest({"a": "odd"})

"""The fast schema check (generator/schemacheck.py) never calls a schema valid that the
JSON Schema 2020-12 meta-schema refuses, and knows every keyword the meta-schema constrains."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import jsonschema_specifications
from jsonschema import Draft202012Validator

from generator import schemacheck
from generator.cache import load

META = Draft202012Validator(Draft202012Validator.META_SCHEMA)
ROOT = Path(__file__).resolve().parent.parent


def meta_keywords() -> set[str]:
    found = set()
    for uri in jsonschema_specifications.REGISTRY:
        if "/2020-12/" in uri:
            found |= set(jsonschema_specifications.REGISTRY.contents(uri).get("properties", {}))
    return found


def test_every_constrained_keyword_is_handled_or_left_to_the_meta_schema() -> None:
    assert meta_keywords() == schemacheck.HANDLED | schemacheck.LEFT_TO_META
    assert not schemacheck.HANDLED & schemacheck.LEFT_TO_META


VALUES = [
    None,
    True,
    False,
    0,
    -1,
    3,
    2.5,
    0.0,
    "",
    "x",
    "string",
    "$bad anchor",
    [],
    ["a"],
    ["a", "a"],
    ["string", "null"],
    ["nope"],
    [1],
    {},
    {"type": "string"},
    {"type": "nope"},
    {"a": {"type": 1}},
    {"a": True},
    [{"type": "integer"}],
    [{"minimum": "x"}],
]


def test_surely_valid_implies_valid_for_every_keyword_and_value() -> None:
    keywords = sorted(meta_keywords() | {"x-custom", "nullable", "example"})
    said_valid = 0
    for key, value in itertools.product(keywords, VALUES):
        for schema in (
            {key: value},
            {"properties": {"p": {key: value}}},
            {"allOf": [{key: value}]},
        ):
            if schemacheck.surely_valid(schema):
                said_valid += 1
                assert META.is_valid(schema), json.dumps(schema)
    assert said_valid > 300  # the check does take the fast path


def test_invalid_schemas_are_never_surely_valid() -> None:
    for schema in (
        {"type": "nope"},
        {"type": []},
        {"type": ["string", "string"]},
        {"required": ["a", "a"]},
        {"required": "a"},
        {"minLength": -1},
        {"minLength": True},
        {"maximum": "3"},
        {"multipleOf": 0},
        {"allOf": []},
        {"properties": {"a": {"items": {"type": 7}}}},
        {"enum": "a"},
        "a string",
        [],
    ):
        assert not META.is_valid(schema)
        assert not schemacheck.surely_valid(schema), schema


def test_the_project_spec_takes_the_fast_path() -> None:
    doc = load(ROOT / "spec" / "openapi.yaml", None).doc
    schemas = list(doc["components"]["schemas"].values())
    fast = [s for s in schemas if schemacheck.surely_valid(s)]
    assert len(fast) >= 0.9 * len(schemas)  # the meta-schema runs on few of them
    assert all(META.is_valid(s) for s in fast)

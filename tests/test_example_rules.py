"""The examples' rules (examples_check.py): examples against their schemas, undeclared
properties through every way of declaring one, request-example URIs; exactly the `file:line`
problem of each break (see tests/test_validate_rules.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from specedit import LIST, PATHS, SHOW, SHOW_OK, THINGS, UNDECLARED, found, found_rules, spec

# --- examples_check.py ----------------------------------------------------------------------


def test_examples_of_bodies_and_schemas_match_them(spec: Path) -> None:
    """A request body's example and examples, a response's `example`, a schema's examples."""
    assert found_rules(
        spec,
        (
            PATHS,
            "      - {name: offset, in: query, schema: {type: integer}}\n",
            "      - {name: offset, in: query, schema: {type: integer}}\n"
            "    requestBody:\n      content:\n"
            "        application/json:\n"
            "          schema: {$ref: 'schemas/things.yaml#/Thing'}\n"
            "          example: {id: 1}\n"
            "          examples: {one: {value: {size: 2}}, two: {summary: no value}, three: 4}\n"
            "        text/plain: {example: 5}\n"
            "        text/csv: 6\n",
        ),
        (
            PATHS,
            "            examples:\n              default: {value: {id: t1, size: 3}}",
            "            example: {id: t1, size: big}",
        ),
        (
            THINGS,
            "ThingList:\n  type: object\n",
            "ThingList:\n  type: object\n  examples: [{total: 1}, {total: x}]\n",
        ),
    ) == [
        f"spec/svc/paths.yaml:20: {SHOW_OK}/example/size: example does not match its schema: "
        "'big' is not of type 'integer'",
        f"spec/svc/paths.yaml:44: {LIST}/requestBody/content/application~1json/example/id: "
        "example does not match its schema: 1 is not of type 'string'",
        f"spec/svc/paths.yaml:45: {LIST}/requestBody/content/application~1json/examples/one/"
        "value: example does not match its schema: 'id' is a required property",
        "spec/svc/schemas/things.yaml:11: /components/schemas/ThingList/examples/1/total: "
        "example does not match its schema: 'x' is not of type 'integer'",
    ]


def test_every_error_of_an_example_is_listed_in_order(spec: Path) -> None:
    assert found(
        spec,
        (PATHS, "default: {value: {id: t1, size: 3}}", "default: {value: {size: x, id: 2}}"),
    ) == [
        f"spec/svc/paths.yaml:21: {SHOW_OK}/examples/default/value/id: example does not match "
        "its schema: 2 is not of type 'string'",
        f"spec/svc/paths.yaml:21: {SHOW_OK}/examples/default/value/size: example does not match "
        "its schema: 'x' is not of type 'integer'",
    ]


@pytest.mark.parametrize(
    ("schema", "value", "where"),
    [
        # declared through $ref, allOf, a matching oneOf/anyOf branch, an alias
        ("{$ref: 'schemas/things.yaml#/Thing'}", "{id: a, size: 1}", []),
        ("{$ref: 'schemas/things.yaml#/Thing'}", "{id: a, Size: 1}", [("", "Size")]),
        (
            "{allOf: [{$ref: 'schemas/things.yaml#/Thing'}, {properties: {more: {}}}]}",
            "{id: a, more: 1}",
            [],
        ),
        ("{allOf: [{$ref: 'schemas/things.yaml#/Thing'}]}", "{id: a, more: 1}", [("", "more")]),
        ("{$ref: 'schemas/things.yaml#/Thing', properties: {more: {}}}", "{id: a, more: 1}", []),
        ("{oneOf: [{type: string}, {properties: {more: {}}}]}", "{more: 1}", []),
        ("{oneOf: [{type: string}, {properties: {more: {}}}]}", "{less: 1}", [("", "less")]),
        (
            "{anyOf: [{type: object, required: [b], properties: {b: {}}}, {properties: {a: {}}}]}",
            "{a: 1}",
            [],
        ),
        (
            "{anyOf: [{type: object, required: [b], properties: {b: {}}}, {properties: {a: {}}}]}",
            "{a: 1, b: 2}",
            [],
        ),
        (
            "{anyOf: [{type: object, required: [b], properties: {b: {}}}, {properties: {a: {}}}]}",
            "{a: 1, c: 2}",
            [("", "c")],
        ),
        ("{oneOf: [{type: integer, badkw: 1}, {properties: {a: {}}}]}", "{a: 1}", []),
        ("{properties: {a: {type: string, x-aliases: [A], x-doc-notes: [n]}}}", "{A: x}", []),
        # open objects and free-form ones
        ("{properties: {a: {}}, additionalProperties: true}", "{b: 1}", []),
        ("{properties: {a: {}}, additionalProperties: {type: integer}}", "{b: 1}", []),
        ("{properties: {a: {}}, additionalProperties: false}", "{a: 1}", []),
        ("{properties: {a: {}}, unevaluatedProperties: {}}", "{b: 1}", []),
        ("{properties: {a: {}}, patternProperties: {'^b': {}}}", "{b: 1}", []),
        ("{properties: {a: {}}, patternProperties: {}}", "{b: 1}", [("", "b")]),
        ("{type: object}", "{b: 1}", []),
        # at depth: objects in objects, in arrays
        ("{properties: {a: {properties: {b: {}}}}}", "{a: {b: 1, c: 2}}", [("/a", "c")]),
        (
            "{properties: {a: {type: array, items: {properties: {b: {}}}}}}",
            "{a: [{b: 1}, {c: 2}]}",
            [("/a/1", "c")],
        ),
        ("{type: array, items: {properties: {b: {}}}}", "[{b: 1}, {c: 2}]", [("/1", "c")]),
        ("{properties: {a: {}, b: {}}}", "{c: 1, a: {d: 2}, e: 3}", [("", "c"), ("", "e")]),
    ],
)
def test_undeclared_example_properties(
    spec: Path, schema: str, value: str, where: list[tuple[str, str]]
) -> None:
    """Which properties of an example its schema declares, through every way of declaring."""
    assert found(
        spec,
        (
            PATHS,
            'schema: {$ref: "schemas/things.yaml#/Thing"}\n            examples:\n'
            "              default: {value: {id: t1, size: 3}}",
            f"schema: {schema}\n            examples:\n              default: {{value: {value}}}",
        ),
    ) == [
        f"spec/svc/paths.yaml:21: {SHOW_OK}/examples/default/value{at}: example has a property "
        f"{name!r} its schema does not declare {UNDECLARED}"
        for at, name in where
    ]


def test_a_note_of_the_example_or_its_media_type_excuses_a_property(spec: Path) -> None:
    example = "default: {value: {id: t1, sise: 3}}"
    assert (
        found(
            spec,
            (PATHS, "default: {value: {id: t1, size: 3}}", example),
            (
                PATHS,
                '            schema: {$ref: "schemas/things.yaml#/Thing"}\n',
                "            schema: {$ref: \"schemas/things.yaml#/Thing\"}\n            x-doc-notes: ['sise: the reference spells it so']\n",
            ),
        )
        == []
    )
    assert found(
        spec,
        (PATHS, "x-doc-notes: ['sise: the", "x-doc-notes: ['size: the"),
    ) == [
        f"spec/svc/paths.yaml:22: {SHOW_OK}/examples/default/value: example has a property "
        f"'sise' its schema does not declare {UNDECLARED}"
    ]
    assert (
        found(
            spec,
            (PATHS, example, "default: {value: {id: t1, sise: 3}, x-doc-notes: [{sise: 1}]}"),
        )
        == []
    )


def test_request_example_uris_match_their_operation(spec: Path) -> None:
    """The path, the query parameters (only declared ones, in a query), a missing uri."""
    assert found(
        spec,
        (
            PATHS,
            "default: {uri: /v1/p1/things/t1}",
            "default: {uri: /v1/p1/things/t1/}\n      second: {uri: '/v1/p1/things/t1?x=1'}\n"
            "      third: {uri: /v2/p1/things/t1}\n      none: {url: /v1/p1/things/t1}\n"
            "      empty:",
        ),
        (
            PATHS,
            'default: {uri: "/v1/p1/things?limit=2"}',
            'default: {uri: "/v1/p1/things?limit=2&offset=&project_id=p1&thing_id"}\n'
            '      other: {uri: "/v1/p1/things/?limit=2#offset=3"}\n'
            '      third: {uri: "/v1/p1/things/t1?limit"}',
        ),
    ) == [
        f"spec/svc/paths.yaml:14: {SHOW}/x-examples/second/uri: query parameter 'x' is not declared",
        f"spec/svc/paths.yaml:15: {SHOW}/x-examples/third/uri: uri '/v2/p1/things/t1' does not "
        "match the path '/v1/{project_id}/things/{thing_id}'",
        f"spec/svc/paths.yaml:16: {SHOW}/x-examples/none: request example has no uri",
        f"spec/svc/paths.yaml:17: {SHOW}/x-examples/empty: request example has no uri",
        f"spec/svc/paths.yaml:46: {LIST}/x-examples/default/uri: query parameter 'project_id' "
        "is not declared",
        f"spec/svc/paths.yaml:46: {LIST}/x-examples/default/uri: query parameter 'thing_id' "
        "is not declared",
        f"spec/svc/paths.yaml:48: {LIST}/x-examples/third/uri: uri '/v1/p1/things/t1' does not "
        "match the path '/v1/{project_id}/things'",
    ]


@pytest.mark.parametrize(
    ("required", "names", "problems"),
    [
        ("true", "default", []),
        ("true", "other", ["request example 'default' has no body example of that name"]),
        ("false", "other", []),
        ("true", "", []),
    ],
)
def test_request_examples_have_a_body_example_of_their_name(
    spec: Path, required: str, names: str, problems: list[str]
) -> None:
    examples = f"examples: {{{names}: {{value: {{id: a}}}}}}" if names else "example: {id: a}"
    assert found_rules(
        spec,
        (
            PATHS,
            "      - {name: offset, in: query, schema: {type: integer}}\n",
            "      - {name: offset, in: query, schema: {type: integer}}\n"
            f"    requestBody:\n      required: {required}\n      content:\n"
            "        application/json:\n"
            f"          schema: {{$ref: 'schemas/things.yaml#/Thing'}}\n          {examples}\n"
            "        text/plain: 3\n",
        ),
    ) == [f"spec/svc/paths.yaml:49: {LIST}/x-examples/default: {p}" for p in problems]


def test_a_branch_that_cannot_be_checked_declares_nothing(spec: Path) -> None:
    """An anyOf branch whose $ref does not resolve is not taken to match the example."""
    schema = (
        "{anyOf: [{properties: {a: {}}}, "
        "{$ref: '#/components/schemas/Gone', properties: {c: {}}}]}"
    )
    assert found(
        spec,
        (
            PATHS,
            'schema: {$ref: "schemas/things.yaml#/Thing"}\n            examples:\n'
            "              default: {value: {id: t1, size: 3}}",
            f"schema: {schema}\n            examples:\n              default: {{value: {{a: 1, c: 2}}}}",
        ),
    ) == [
        f"spec/svc/paths.yaml:19: {SHOW_OK}/schema/anyOf/1/$ref: $ref '#/components/schemas/Gone' "
        "does not resolve",
        f"spec/svc/paths.yaml:21: {SHOW_OK}/examples/default/value: example has a property 'c' "
        f"its schema does not declare {UNDECLARED}",
    ]


def test_examples_without_a_value_or_schema_are_skipped_not_the_rest(spec: Path) -> None:
    """A parameter example without `value` (a summary only, or not a mapping), a media type
    without a schema: nothing to check there, and the examples after them are still checked."""
    assert found_rules(
        spec,
        (
            PATHS,
            "      - {name: offset, in: query, schema: {type: integer}}\n",
            "      - name: offset\n        in: query\n        schema: {type: integer}\n"
            "        examples: {a: {summary: none}, b: 'a value', c: {value: x}}\n"
            "    requestBody:\n      content:\n"
            "        text/plain: {example: 5}\n"
            "        application/json:\n"
            "          schema: {type: integer}\n          example: y\n",
        ),
    ) == [
        f"spec/svc/paths.yaml:43: {LIST}/parameters/2/examples/c/value: example does not match "
        "its schema: 'x' is not of type 'integer'",
        f"spec/svc/paths.yaml:49: {LIST}/requestBody/content/application~1json/example: example "
        "does not match its schema: 'y' is not of type 'integer'",
    ]

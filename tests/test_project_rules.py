"""The project's conventions and `x-` extensions (project_check.py), each rule broken in more
than one way: exactly its `file:line` problem each (see tests/test_validate_rules.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from specedit import LIST, PATHS, SHOW, THINGS, UNDECLARED, found, spec

# --- project_check.py -----------------------------------------------------------------------


def test_tags_summary_doc_section_and_idempotence(spec: Path) -> None:
    assert found(
        spec,
        (PATHS, "    tags: [things]\n    summary: Show a thing", "    tags: []\n    summary: ''"),
        (
            PATHS,
            "    tags: [things]\n    summary: List things",
            "    tags: [things, stuff]\n    x-idempotent: yes\n    summary: List things",
        ),
        (PATHS, 'x-doc-section: "9.2"', "x-doc-section: ''"),
        (PATHS, 'x-doc-section: "9.1"', "x-doc-section: '9.1'\n    x-idempotent: 'true'"),
    ) == [
        f"spec/svc/paths.yaml:2: {SHOW}: operation has no summary",
        f"spec/svc/paths.yaml:2: {SHOW}: operation has no tags",
        f"spec/svc/paths.yaml:9: {SHOW}/x-idempotent: x-idempotent must be true or false",
        f"spec/svc/paths.yaml:31: {LIST}: operation has no x-doc-section",
        f"spec/svc/paths.yaml:35: {LIST}/tags/1: tag 'stuff' is not declared in tags",
        f"spec/svc/paths.yaml:36: {LIST}/x-idempotent: x-idempotent must be true or false",
    ]


def test_idempotence_true_or_false_is_fine(spec: Path) -> None:
    assert (
        found(
            spec,
            (PATHS, "    x-method: show\n", "    x-method: show\n    x-idempotent: false\n"),
            (PATHS, "    x-method: list\n", "    x-method: list\n    x-idempotent: true\n"),
        )
        == []
    )


def test_client_method_names_are_unique_per_tag(spec: Path) -> None:
    """The same name in two tags is fine; in one tag, or missing, it is not."""
    with_other_tag = found(
        spec,
        (
            "openapi.yaml",
            "tags:\n",
            "tags:\n  - {name: other, x-service: svc, x-resource: other}\n",
        ),
        (PATHS, "x-method: list", "x-method: show"),
        (
            PATHS,
            "    tags: [things]\n    summary: List things",
            "    tags: [other]\n    summary: List things",
        ),
    )
    assert with_other_tag == []
    assert found(
        spec,
        (
            PATHS,
            "    tags: [other]\n    summary: List things",
            "    tags: [things]\n    summary: List things",
        ),
    ) == [
        f"spec/svc/paths.yaml:30: {LIST}: x-method 'show' is also used at spec/svc/paths.yaml:2 ({SHOW})"
    ]
    assert found(spec, (PATHS, "    x-method: show\n", "    x-method: ''\n")) == [
        f"spec/svc/paths.yaml:2: {SHOW}: operation has no x-method (its client method's name)"
    ]


PAGING = "x-pagination: {style: offset, offset: offset, limit: limit, items: things, total: total}"


@pytest.mark.parametrize(
    ("paging", "problems"),
    [
        ("x-pagination: {style: cursor}", ["x-pagination style must be offset or page"]),
        (
            "x-pagination: {offset: offset, limit: limit}",
            ["x-pagination style must be offset or page"],
        ),
        (
            "x-pagination: {style: page, page: offset, size: limit, items: total, total: things}",
            [],
        ),
        (
            "x-pagination: {style: page, offset: offset, limit: limit}",
            [
                "x-pagination page None is not a query parameter",
                "x-pagination size None is not a query parameter",
            ],
        ),
        (
            "x-pagination: {style: offset, offset: project_id, limit: lim, items: thing}",
            [
                "x-pagination items 'thing' is not a field of the response",
                "x-pagination limit 'lim' is not a query parameter",
                "x-pagination offset 'project_id' is not a query parameter",
            ],
        ),
        (
            "x-pagination: {style: offset, offset: offset, limit: limit, total: id}",
            ["x-pagination total 'id' is not a field of the response"],
        ),
        ("x-pagination: [offset]", []),  # not a mapping: the structure rules' concern
    ],
)
def test_paging_names_real_parameters_and_fields(
    spec: Path, paging: str, problems: list[str]
) -> None:
    assert found(spec, (PATHS, PAGING, paging)) == [
        f"spec/svc/paths.yaml:33: {LIST}/x-pagination: {p}" for p in problems
    ]


def test_paging_fields_are_those_of_the_first_success_response(spec: Path) -> None:
    """A 201 before it in the file (sorted: 200 first), a 4xx or 3xx after it do not count;
    the success response's schema is followed through its $ref."""
    assert found(
        spec,
        (
            PATHS,
            '    responses:\n      "200":\n        description: ok\n        content:\n'
            '          application/json:\n            schema: {$ref: "schemas/things.yaml#/ThingList"}',
            '    responses:\n      "301": {description: moved, content: {application/json: {schema: '
            "{type: object, properties: {things: {}, total: {}}}}}}\n"
            '      "201": {description: made, content: {application/json: {schema: '
            '{$ref: "schemas/things.yaml#/Thing"}}}}\n'
            '      "200":\n        description: ok\n        content:\n'
            '          application/json:\n            schema: {$ref: "schemas/things.yaml#/Thing"}',
        ),
        (
            PATHS,
            "default: {value: {things: [{id: a}, {id: b, from-link-name: l}]}}",
            "default: {value: {id: a}}",
        ),
    ) == [
        f"spec/svc/paths.yaml:33: {LIST}/x-pagination: x-pagination items 'things' is not a "
        "field of the response",
        f"spec/svc/paths.yaml:33: {LIST}/x-pagination: x-pagination total 'total' is not a "
        "field of the response",
    ]


STATE = (
    "    x-method: list\n",
    "    x-method: list\n    x-state: {collection: things, action: list, filters: {limit: 2}}\n",
)
CODES = "x-error-codes:\n  Svc: [{code: Svc.404, http: 404}, {code: Svc.409, http: 409}]\n"


@pytest.mark.parametrize(
    ("state", "problems"),
    [
        ("{collection: things, action: list, filters: {limit: 2}}", []),
        ("[things]", ["x-state needs a collection name"]),
        ("{action: list}", ["x-state needs a collection name"]),
        ("{collection: 3, action: list}", ["x-state needs a collection name"]),
        (
            "{collection: things}",
            ["x-state action None is not one of create, list, show, update, delete, start"],
        ),
        (
            "{collection: things, action: start, id-param: project_id, not-found: Svc.404, exists: Svc.409}",
            [],
        ),
        (
            "{collection: things, action: delete, id-param: limit, filters: {project_id: x, offset: 1},"
            " exists: Svc.404x, not-found: Svc.409}",
            [
                "x-state exists 'Svc.404x' is not in x-error-codes",
                "x-state filter 'project_id' is not a query parameter",
                "x-state id-param 'limit' is not a path parameter",
            ],
        ),
    ],
)
def test_kit_state_names_known_actions_parameters_and_codes(
    spec: Path, state: str, problems: list[str]
) -> None:
    assert found(
        spec,
        (PATHS, STATE[0], f"    x-method: list\n    x-state: {state}\n"),
        ("openapi.yaml", "", CODES),
    ) == [f"spec/svc/paths.yaml:33: {LIST}/x-state: {p}" for p in problems]


def test_kit_state_on_a_spec_without_error_codes(spec: Path) -> None:
    assert found(
        spec,
        (
            PATHS,
            STATE[0],
            "    x-method: list\n    x-state: {collection: c, action: show, not-found: X.1}\n",
        ),
    ) == [
        f"spec/svc/paths.yaml:33: {LIST}/x-state: x-state not-found 'X.1' is not in x-error-codes"
    ]


def test_error_responses_need_a_body_of_the_shared_schema(spec: Path) -> None:
    """4xx and 5xx responses (not 2xx, 3xx or default), every media type of them."""
    assert found(
        spec,
        (
            PATHS,
            '      "404":\n',
            '      "500": {description: boom}\n'
            '      "302": {description: moved, content: {text/plain: {schema: {type: string}}}}\n'
            "      default: {description: other, content: {text/plain: {schema: {type: string}}}}\n"
            '      "404":\n',
        ),
        (
            PATHS,
            "default: {value: {error_code: X.0001, error_msg: gone}}\n",
            "default: {value: {error_code: X.0001, error_msg: gone}}\n"
            "          text/plain:\n            schema: {type: string}\n"
            "          application/xml: {}\n",
        ),
    ) == [
        f"spec/svc/paths.yaml:22: {SHOW}/responses/500: error response has no body; it must use "
        "'#/components/schemas/Error'",
        f"spec/svc/paths.yaml:33: {SHOW}/responses/404/content/text~1plain/schema: error response "
        "must use the shared error schema '#/components/schemas/Error'",
        f"spec/svc/paths.yaml:34: {SHOW}/responses/404/content/application~1xml/schema: error "
        "response must use the shared error schema '#/components/schemas/Error'",
    ]


@pytest.mark.parametrize(
    ("setting", "problems"),
    [
        ("", ["spec/openapi.yaml:1: /: x-error-schema (the shared error schema) is not set"]),
        (
            "x-error-schema: ''\n",
            ["spec/openapi.yaml:1: /: x-error-schema (the shared error schema) is not set"],
        ),
        (
            "x-error-schema: Fault\n",
            [
                "spec/openapi.yaml:14: /x-error-schema: x-error-schema 'Fault' is not a schema",
                f"spec/svc/paths.yaml:26: {SHOW}/responses/404/content/application~1json/schema: "
                "error response must use the shared error schema '#/components/schemas/Fault'",
            ],
        ),
        (
            "x-error-schema: Thing\n",
            [
                f"spec/svc/paths.yaml:26: {SHOW}/responses/404/content/application~1json/schema: "
                "error response must use the shared error schema '#/components/schemas/Thing'",
            ],
        ),
    ],
)
def test_the_shared_error_schema_is_set_and_a_schema(
    spec: Path, setting: str, problems: list[str]
) -> None:
    assert found(spec, ("openapi.yaml", "x-error-schema: Error\n", setting)) == problems


ALIASES = "    size: {type: integer}\n"


@pytest.mark.parametrize(
    ("props", "problems"),
    [
        (
            "    size: {type: integer, x-aliases: [Size, Größe], x-doc-notes: ['9.1: both']}\n",
            [],
        ),
        (
            "    size: {type: integer, x-aliases: Size, x-doc-notes: ['9.1: ...']}\n",
            ["6: {p}/size/x-aliases: x-aliases must be a list of names"],
        ),
        (
            "    size: {type: integer, x-aliases: [Size, ''], x-doc-notes: ['9.1: ...']}\n",
            ["6: {p}/size/x-aliases: x-aliases must be a list of names"],
        ),
        (
            "    size: {type: integer, x-aliases: [3], x-doc-notes: ['9.1: ...']}\n",
            ["6: {p}/size/x-aliases: x-aliases must be a list of names"],
        ),
        (
            "    size: {type: integer, x-aliases: [Size]}\n"
            "    sizeB: {type: integer, x-aliases: [Size, id], x-doc-notes: []}\n",
            [
                "6: {p}/size/x-aliases: x-aliases needs an x-doc-notes entry giving the evidence",
                "7: {p}/sizeB/x-aliases: alias 'Size' is also claimed by 'size'",
                "7: {p}/sizeB/x-aliases: alias 'id' is also a property here",
                "7: {p}/sizeB/x-aliases: x-aliases needs an x-doc-notes entry giving the evidence",
            ],
        ),
        (
            "    size: {type: integer, x-vendor-sdk: huaweicloudsdkdataartsstudio}\n"
            "    sizeB: {type: integer, x-vendor-sdk: 7, x-doc-notes: ['9.1: ...']}\n",
            [
                "6: {p}/size/x-vendor-sdk: x-vendor-sdk needs an x-doc-notes entry giving the evidence",
                "7: {p}/sizeB/x-vendor-sdk: x-vendor-sdk must name a package",
            ],
        ),
        (
            "    size: {type: integer, x-vendor-sdk: pkg, x-doc-notes: ['9.1: ...']}\n",
            [],
        ),
    ],
)
def test_aliases_and_vendor_marks(spec: Path, props: str, problems: list[str]) -> None:
    pointer = "/components/schemas/Thing/properties"
    assert found(spec, (THINGS, ALIASES, props)) == [
        "spec/svc/schemas/things.yaml:" + p.format(p=pointer) for p in problems
    ]


def test_aliases_anywhere_but_inside_examples(spec: Path) -> None:
    """In a list (allOf), on a schema of an operation; an example's text is data, not rules."""
    assert found(
        spec,
        (
            THINGS,
            "ThingList:\n  type: object\n",
            "ThingList:\n  type: object\n  allOf:\n"
            "    - {properties: {a: {type: string, x-aliases: [b]}}}\n"
            "  examples: [{things: [], x-aliases: [a]}]\n",
        ),
        (
            PATHS,
            "{name: offset, in: query, schema: {type: integer}}",
            "{name: offset, in: query, schema: {type: integer, x-vendor-sdk: ''}, "
            "example: {x-vendor-sdk: ''}, examples: {a: {value: {x-aliases: 1}}}, "
            "x-examples: {x-aliases: 2}}",
        ),
    ) == [
        f"spec/svc/paths.yaml:40: {LIST}/parameters/2/example: example does not match its "
        "schema: {'x-vendor-sdk': ''} is not of type 'integer'",
        f"spec/svc/paths.yaml:40: {LIST}/parameters/2/examples/a/value: example does not match "
        "its schema: {'x-aliases': 1} is not of type 'integer'",
        f"spec/svc/paths.yaml:40: {LIST}/parameters/2/schema/x-vendor-sdk: x-vendor-sdk must "
        "name a package",
        f"spec/svc/paths.yaml:40: {LIST}/parameters/2/schema/x-vendor-sdk: x-vendor-sdk needs an "
        "x-doc-notes entry giving the evidence",
        "spec/svc/schemas/things.yaml:12: /components/schemas/ThingList/allOf/0/properties/a/"
        "x-aliases: x-aliases needs an x-doc-notes entry giving the evidence",
        "spec/svc/schemas/things.yaml:13: /components/schemas/ThingList/examples/0: example has a "
        f"property 'x-aliases' its schema does not declare {UNDECLARED}",
    ]

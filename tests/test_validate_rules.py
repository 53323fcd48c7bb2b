"""Every validation rule broken in more than one way, each break exactly its `file:line` problem.

In-process and fast (the mutation run of validate, checker and the three rule sets runs this
file for every mutant): the small spec of tests/data/mini is copied, broken by text edits, and
loaded and validated as the command line does; the result is the full list of problems, in
the order they are printed. tests/test_validate.py runs the command line itself (exit 2,
nothing written).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MINI, SPEC, edit
from generator.load import load
from generator.validate import validate

SHOW = "/paths/~1v1~1{project_id}~1things~1{thing_id}/get"
LIST = "/paths/~1v1~1{project_id}~1things/get"
PATHS = Path("svc") / "paths.yaml"
THINGS = Path("svc") / "schemas" / "things.yaml"
SHOW_OK = f"{SHOW}/responses/200/content/application~1json"
LIST_OK = f"{LIST}/responses/200/content/application~1json"


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
    out = [str(p) for p in validate(load(spec / "openapi.yaml"))]
    import os

    if os.environ.get("DUMP"):
        print("\nFOUND", *out, sep="\n  ")
    return out


def found_rules(spec: Path, *edits: tuple[Path | str, str, str]) -> list[str]:
    """found() without openapi-pydantic's lines (where a test breaks the structure on purpose
    to see that a rule copes)."""
    return [p for p in found(spec, *edits) if ": OpenAPI 3.1: " not in p]


def test_the_specs_are_valid(spec: Path) -> None:
    assert found(spec) == []
    assert [str(p) for p in validate(load(SPEC))] == []


# --- validate.py: which rule sets run, order, duplicates, partial bundles -------------------


def test_problems_are_sorted_by_file_line_pointer_and_message(spec: Path) -> None:
    assert found(
        spec,
        (PATHS, "    summary: List things\n", ""),
        (PATHS, "    summary: Show a thing\n", ""),
        (PATHS, 'x-doc-section: "9.1"', "x-doc-sectio: x"),
        ("openapi.yaml", "  title: Mini API\n", ""),
        (THINGS, "size: {type: integer}", "size: {type: integer, minimum: x}"),
    ) == [
        "spec/openapi.yaml:2: /info/title: OpenAPI 3.1: Field required",
        f"spec/svc/paths.yaml:2: {SHOW}: operation has no summary",
        f"spec/svc/paths.yaml:2: {SHOW}: operation has no x-doc-section",
        f"spec/svc/paths.yaml:29: {LIST}: operation has no summary",
        "spec/svc/schemas/things.yaml:6: /components/schemas/Thing/properties/size/minimum: "
        "not a valid JSON Schema: 'x' is not of type 'number'",
    ]


def test_a_problem_found_twice_is_listed_once(spec: Path) -> None:
    """The same parameter object at path level and at operation level of one operation."""
    assert (
        found(
            spec,
            (
                PATHS,
                "  get:\n    operationId: ListThings",
                "  parameters:\n      - {name: x, in: path, required: true, schema: {type: string}}\n"
                "  get:\n    operationId: ListThings",
            ),
            (
                PATHS,
                "      - {name: offset, in: query, schema: {type: integer}}\n",
                "      - {name: offset, in: query, schema: {type: integer}}\n"
                "      - {name: project_id, in: path, required: true, schema: {type: string}}\n",
            ),
        )
        == []
    )


def test_a_partial_bundle_reports_only_what_could_not_be_read(spec: Path) -> None:
    assert found(
        spec,
        (THINGS, "    size: {type: integer}", "    size: {type: integer"),
        (PATHS, "    summary: Show a thing\n", ""),
    ) == ["spec/svc/schemas/things.yaml:7: /: YAML syntax error: did not find expected ',' or '}'"]


def test_an_unknown_type_is_not_echoed_by_the_structure_rule(spec: Path) -> None:
    """The schemas rule's one line for a bad schema node; OpenAPI 3.1 problems elsewhere stay."""
    assert found(
        spec,
        (THINGS, "size: {type: integer}", "size: {type: intger}"),
        (PATHS, "- {name: offset, in: query,", "- {name: offset, in: body,"),
    ) == [
        f"spec/svc/paths.yaml:33: {LIST}/x-pagination: x-pagination offset 'offset' is not a "
        "query parameter",
        f"spec/svc/paths.yaml:40: {LIST}/parameters/2/$ref: OpenAPI 3.1: Field required",
        f"spec/svc/paths.yaml:40: {LIST}/parameters/2/in: OpenAPI 3.1: Input should be 'query', "
        "'header', 'path' or 'cookie'",
        "spec/svc/schemas/things.yaml:6: /components/schemas/Thing/properties/size/type: unknown "
        "type 'intger' (one of array, boolean, integer, null, number, object, string)",
    ]


OTHER_RULES = (
    "x-generator: {rules: dataarts, package: dataarts, client-class: DataArts}",
    "x-generator: {rules: [other, 3], package: dataarts, client-class: DataArts}",
)


@pytest.mark.parametrize("rules", [OTHER_RULES[1], "x-generator: {package: dataarts}", ""])
def test_without_the_project_rules_only_the_general_ones_apply(spec: Path, rules: str) -> None:
    """Tags, summary, x-doc-section, x-method, the error schema and x-release are this
    project's conventions; a duplicate operationId is wrong in any spec."""
    (spec / "openapi.yaml").write_text(
        (spec / "openapi.yaml")
        .read_text(encoding="utf-8")
        .replace(OTHER_RULES[0], rules)
        .split("x-release:")[0]
        .replace("x-error-schema: Error\n", ""),
        encoding="utf-8",
    )
    assert found(
        spec,
        (PATHS, "    tags: [things]\n    summary: List things\n", ""),
        (PATHS, "    x-method: show\n", ""),
        (PATHS, "    x-method: list\n", ""),
        (PATHS, 'schema: {$ref: "../common/schemas.yaml#/Error"}', "schema: {type: object}"),
        (PATHS, "operationId: ListThings", "operationId: ShowThing"),
    ) == [
        f"spec/svc/paths.yaml:29: {LIST}: operationId 'ShowThing' is also used at "
        f"spec/svc/paths.yaml:2 ({SHOW})",
        f"spec/svc/paths.yaml:29: {LIST}: x-method 'show_thing' is also used at "
        f"spec/svc/paths.yaml:2 ({SHOW})",
    ]


def test_a_release_section_is_checked_in_any_spec(spec: Path) -> None:
    assert found(
        spec,
        ("openapi.yaml", OTHER_RULES[0], "x-generator: {package: dataarts}"),
        ("openapi.yaml", "version: 1.2.3", "version: '1.2'"),
    ) == [
        "spec/openapi.yaml:31: /x-release/version: x-release.version '1.2' is not MAJOR.MINOR.PATCH"
    ]


def test_the_project_needs_a_release_section(spec: Path) -> None:
    (spec / "openapi.yaml").write_text(
        (spec / "openapi.yaml").read_text(encoding="utf-8").replace("x-release:", "x-rel:"),
        encoding="utf-8",
    )
    assert found(spec) == [
        "spec/openapi.yaml:1: /: x-release (the client's version and package metadata) is not set"
    ]


# --- structure_check.py ---------------------------------------------------------------------


def test_structure_problems_point_into_the_document(spec: Path) -> None:
    """A missing field (a key the document lacks), a wrong value in a list, twice the same."""
    assert found(
        spec,
        ("openapi.yaml", "  title: Mini API\n", ""),
        ("openapi.yaml", "x-resource: things}", "x-resource: things, externalDocs: {}}"),
        ("openapi.yaml", "  - token: []", "  - token: []\n  - 7"),
    ) == [
        "spec/openapi.yaml:2: /info/title: OpenAPI 3.1: Field required",
        "spec/openapi.yaml:17: /tags/0/externalDocs/url: OpenAPI 3.1: Field required",
        "spec/openapi.yaml:20: /security/1: OpenAPI 3.1: Input should be a valid dictionary",
    ]


def test_a_local_ref_that_does_not_resolve(spec: Path) -> None:
    assert found(
        spec,
        (
            "openapi.yaml",
            "components:\n",
            "components:\n  parameters:\n" "    P: {$ref: '#/components/schemas/Nope'}\n",
        ),
        (
            "openapi.yaml",
            "",
            "x-list: [{$ref: '#/components/securitySchemes/token'}, {$ref: '#/components/schemas/Gone'}]\n",
        ),
    ) == [
        "spec/openapi.yaml:28: /components/parameters/P/$ref: $ref '#/components/schemas/Nope' "
        "does not resolve",
        "spec/openapi.yaml:42: /x-list/1/$ref: $ref "
        "'#/components/schemas/Gone' does not resolve",
    ]


def test_operation_ids_missing_empty_or_taken(spec: Path) -> None:
    assert found(
        spec,
        (PATHS, "operationId: ShowThing", "operationId: ''"),
        (PATHS, "operationId: ListThings", "operationId: 12"),
    ) == [
        f"spec/svc/paths.yaml:2: {SHOW}: operation has no operationId",
        f"spec/svc/paths.yaml:30: {LIST}: operation has no operationId",
        f"spec/svc/paths.yaml:31: {LIST}/operationId: OpenAPI 3.1: Input should be a valid string",
    ]


VARIANTS = (
    "    x-method: list\n",
    "    x-method: list\n    x-variants:\n"
    "      - {operationId: ShowThing, summary: s, x-doc-section: '1', schema: Thing, x-method: a}\n"
    "      - {summary: '', x-method: a}\n"
    "      - {operationId: Third, summary: s, x-doc-section: '1', schema: Thing, x-method: b}\n",
)


def test_variants_need_their_own_operation_id_and_method(spec: Path) -> None:
    assert found(spec, (PATHS, *VARIANTS)) == [
        f"spec/svc/paths.yaml:34: {LIST}/x-variants/0: operationId 'ShowThing' is also used at "
        f"spec/svc/paths.yaml:2 ({SHOW})",
        f"spec/svc/paths.yaml:35: {LIST}/x-variants/1: operation has no operationId",
        f"spec/svc/paths.yaml:35: {LIST}/x-variants/1: variant has no schema",
        f"spec/svc/paths.yaml:35: {LIST}/x-variants/1: variant has no summary",
        f"spec/svc/paths.yaml:35: {LIST}/x-variants/1: variant has no x-doc-section",
        f"spec/svc/paths.yaml:35: {LIST}/x-variants/1: x-method 'a' is also used at "
        f"spec/svc/paths.yaml:34 ({LIST}/x-variants/0)",
    ]


def test_path_parameters_not_required_or_not_in_the_path(spec: Path) -> None:
    assert found(
        spec,
        (
            PATHS,
            "      - {name: thing_id, in: path, required: true, schema: {type: string}}\n",
            "      - {name: thing_id, in: path, schema: {type: string}}\n"
            "      - {name: other, in: path, required: 'true', schema: {type: string}}\n"
            "      - {name: thing_id, in: query, required: false, schema: {type: string}}\n",
        ),
        (
            PATHS,
            "required: true, schema: {type: string}}\n      - {name: limit",
            "required: false, " "schema: {type: string}}\n      - {name: limit",
        ),
    ) == [
        f"spec/svc/paths.yaml:11: {SHOW}/parameters/1: a path parameter must be required",
        f"spec/svc/paths.yaml:12: {SHOW}/parameters/2: a path parameter must be required",
        f"spec/svc/paths.yaml:12: {SHOW}/parameters/2: path parameter 'other' is not in the path "
        "'/v1/{project_id}/things/{thing_id}'",
        f"spec/svc/paths.yaml:40: {LIST}/parameters/0: a path parameter must be required",
    ]


def test_path_parameters_declared_on_the_path_item_count(spec: Path) -> None:
    """A path-level parameter declares it; one only in a query, or only in another operation,
    does not."""
    assert found(
        spec,
        (
            PATHS,
            "  get:\n    operationId: ShowThing",
            "  parameters:\n      - {name: thing_id, in: path, required: true, schema: {type: string}}\n"
            "  get:\n    operationId: ShowThing",
        ),
        (
            PATHS,
            "      - {name: thing_id, in: path, required: true, schema: {type: string}}\n    x-",
            "    x-",
        ),
        (
            PATHS,
            "      - {name: project_id, in: path, required: true, schema: {type: string}}\n"
            "      - {name: limit",
            "      - {name: project_id, in: query, schema: {type: string}}\n      - {name: limit",
        ),
    ) == [f"spec/svc/paths.yaml:31: {LIST}: path parameter {{project_id}} is not declared"]


def test_bad_schemas_wherever_they_are(spec: Path) -> None:
    """Components, parameters, request and response bodies; a type list and a single type;
    another keyword with a wrong value. (openapi-pydantic's echo of a bad schema inside a
    parameter, body or response as a missing `$ref` of the Reference branch is left out.)"""
    assert [
        p
        for p in found(
            spec,
            (THINGS, "id: {type: string}", "id: {type: [string, nul, texte]}"),
            (
                PATHS,
                "schema: {type: integer, maximum: 100}",
                "schema: {type: integer, maximum: many}",
            ),
            (
                PATHS,
                "      - {name: offset, in: query, schema: {type: integer}}",
                "      - {name: offset, in: query, schema: {type: int}}\n"
                "    requestBody:\n      content:\n        application/json:\n"
                "          schema: {type: objekt}\n        text/plain: {}",
            ),
            (PATHS, 'schema: {$ref: "../common/schemas.yaml#/Error"}', "schema: {type: [null]}"),
        )
        if not p.endswith("/$ref: OpenAPI 3.1: Field required")
    ] == [
        f"spec/svc/paths.yaml:26: {SHOW}/responses/404/content/application~1json/schema: "
        "error response must use the shared error schema '#/components/schemas/Error'",
        f"spec/svc/paths.yaml:26: {SHOW}/responses/404/content/application~1json/schema/type/0: "
        "unknown type None (one of array, boolean, integer, null, number, object, string)",
        f"spec/svc/paths.yaml:39: {LIST}/parameters/1/schema/maximum: not a valid JSON Schema: "
        "'many' is not of type 'number'",
        f"spec/svc/paths.yaml:40: {LIST}/parameters/2/schema/type: unknown type 'int' (one of "
        "array, boolean, integer, null, number, object, string)",
        f"spec/svc/paths.yaml:44: {LIST}/requestBody/content/application~1json/schema/type: "
        "unknown type 'objekt' (one of array, boolean, integer, null, number, object, string)",
        "spec/svc/schemas/things.yaml:5: /components/schemas/Thing/properties/id/type/1: unknown "
        "type 'nul' (one of array, boolean, integer, null, number, object, string)",
        "spec/svc/schemas/things.yaml:5: /components/schemas/Thing/properties/id/type/2: unknown "
        "type 'texte' (one of array, boolean, integer, null, number, object, string)",
    ]


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


UNDECLARED = "(declare it, or say why in the example's x-doc-notes)"


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


def test_a_ref_that_does_not_resolve_is_one_problem_wherever_a_rule_follows_it(spec: Path) -> None:
    """As a parameter (the path and paging rules look it up) and as the schema of a property an
    example reaches only through an alias (the example rule looks it up)."""
    assert found(
        spec,
        (
            PATHS,
            "      - {name: offset, in: query, schema: {type: integer}}\n",
            "      - {name: offset, in: query, schema: {type: integer}}\n"
            "      - {$ref: '#/components/schemas/Nope'}\n",
        ),
        (
            PATHS,
            'schema: {$ref: "schemas/things.yaml#/Thing"}\n            examples:\n'
            "              default: {value: {id: t1, size: 3}}",
            "schema: {properties: {link: {$ref: '#/components/schemas/Gone', x-aliases: [Link], "
            "x-doc-notes: [n]}}}\n            examples:\n"
            "              default: {value: {Link: {x: 1}}}",
        ),
    ) == [
        f"spec/svc/paths.yaml:19: {SHOW_OK}/schema/properties/link/$ref: $ref "
        "'#/components/schemas/Gone' does not resolve",
        f"spec/svc/paths.yaml:41: {LIST}/parameters/3/$ref: $ref '#/components/schemas/Nope' "
        "does not resolve",
    ]

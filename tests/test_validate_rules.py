"""Every validation rule broken in more than one way, each break exactly its `file:line` problem:
which rule sets run, their order, duplicates, partial bundles (validate.py), the rules of any
OpenAPI 3.1 spec (structure_check.py, checker.py's lookups). The project's rules are in
tests/test_project_rules.py, the examples' in tests/test_example_rules.py.

In-process and fast (the mutation run of the validation stage runs these files for every
mutant): the small spec of tests/data/mini is copied, broken by text edits, loaded and
validated as the command line does (tests/specedit.py); the result is the full list of
problems, in the order they are printed. tests/test_validate.py runs the command line itself
(exit 2, nothing written).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SPEC
from generator.load import load
from generator.validate import validate
from specedit import LIST, OTHER_RULES, PATHS, SHOW, SHOW_OK, THINGS, found, spec


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


def test_the_settings_and_connector_rules_run_too(spec: Path) -> None:
    assert found(
        spec,
        ("openapi.yaml", "x-service: svc,", "x-service: svd,"),
        (
            "openapi.yaml",
            "x-error-schema: Error\n",
            "x-error-schema: Error\nx-connector-roles:\n  link: {schema: LinkValues, configs: c}\n",
        ),
    ) == [
        "spec/openapi.yaml:16: /x-connector-roles/link/schema: x-connector-roles: role 'link' "
        "names 'LinkValues', not a schema",
        "spec/openapi.yaml:20: /tags/0: tag 'things': x-service 'svd' is not one of x-services "
        "(svc)",
    ]


def test_only_the_bad_schema_node_silences_the_structure_rule(spec: Path) -> None:
    """A bad keyword deep in a schema silences openapi-pydantic's echo of it, not its other
    findings higher up in the same schema or in a sibling property."""
    assert found(
        spec,
        (
            THINGS,
            "size: {type: integer}",
            "size: {type: integer, minimum: x}\n    kind: {type: string, discriminator: 5}",
        ),
        (THINGS, "Thing:\n  type: object\n", "Thing:\n  type: object\n  discriminator: 5\n"),
    ) == [
        "spec/svc/schemas/things.yaml:3: /components/schemas/Thing/discriminator: OpenAPI 3.1: "
        "Input should be a valid dictionary or instance of Discriminator",
        "spec/svc/schemas/things.yaml:7: /components/schemas/Thing/properties/size/minimum: not a "
        "valid JSON Schema: 'x' is not of type 'number'",
        "spec/svc/schemas/things.yaml:8: /components/schemas/Thing/properties/kind/$ref: "
        "OpenAPI 3.1: Field required",
        "spec/svc/schemas/things.yaml:8: /components/schemas/Thing/properties/kind/discriminator: "
        "OpenAPI 3.1: Input should be a valid dictionary or instance of Discriminator",
    ]


def test_a_path_parameter_required_as_one_and_keywords_after_type(spec: Path) -> None:
    """`required: 1` is not `true`; a bad keyword that sorts after `type` is not a type."""
    assert found(
        spec,
        (
            PATHS,
            "- {name: thing_id, in: path, required: true,",
            "- {name: thing_id, in: path, required: 1,",
        ),
        (THINGS, "size: {type: integer}", "size: {type: integer, uniqueItems: x, writeOnly: 2}"),
    ) == [
        f"spec/svc/paths.yaml:11: {SHOW}/parameters/1: a path parameter must be required",
        "spec/svc/schemas/things.yaml:6: /components/schemas/Thing/properties/size/uniqueItems: "
        "not a valid JSON Schema: 'x' is not of type 'boolean'",
        "spec/svc/schemas/things.yaml:6: /components/schemas/Thing/properties/size/writeOnly: "
        "not a valid JSON Schema: 2 is not of type 'boolean'",
    ]

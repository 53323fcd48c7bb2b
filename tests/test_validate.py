"""Validation: every problem at once, as file:line: pointer: message, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

from conftest import edit, run_cli

SHOW = "/paths/~1v1~1{project_id}~1things~1{thing_id}/get"
LIST = "/paths/~1v1~1{project_id}~1things/get"


def problems(spec: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "out"
    result = run_cli("--spec", str(spec), "generate", "--out", str(out))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists(), "nothing may be written for a bad spec"
    lines = result.stderr.strip().splitlines()
    assert lines[-1].endswith("problem(s) in the spec; nothing written.")
    return [line.replace(str(spec.parent.parent) + "/", "") for line in lines[:-1]]


def test_the_real_spec_is_valid() -> None:
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "spec is valid"


def test_all_problems_are_listed_at_once(mini: Path, tmp_path: Path) -> None:
    paths = mini.parent / "svc" / "paths.yaml"
    edit(paths, "operationId: ListThings", "operationId: ShowThing")
    edit(paths, "    summary: Show a thing\n", "")
    edit(paths, "default: {value: {id: t1, size: 3}}", 'default: {value: {id: t1, size: "3"}}')
    edit(paths, "default: {uri: /v1/p1/things/t1}", "default: {uri: /v1/p1/thing/t1}")
    assert problems(mini, tmp_path) == [
        f"spec/svc/paths.yaml:2: {SHOW}: operation has no summary",
        f"spec/svc/paths.yaml:12: {SHOW}/x-examples/default/uri: uri '/v1/p1/thing/t1' does not match the path '/v1/{{project_id}}/things/{{thing_id}}'",
        f"spec/svc/paths.yaml:20: {SHOW}/responses/200/content/application~1json/examples/default/value/size: example does not match its schema: '3' is not of type 'integer'",
        f"spec/svc/paths.yaml:29: {LIST}: operationId 'ShowThing' is also used at spec/svc/paths.yaml:2 ({SHOW})",
    ]


def test_unresolved_ref_and_duplicate_schema(mini: Path, tmp_path: Path) -> None:
    edit(
        mini.parent / "svc" / "schemas" / "things.yaml",
        'items: {$ref: "#/Thing"}',
        'items: {$ref: "#/Thingy"}',
    )
    (mini.parent / "svc" / "schemas" / "zz.yaml").write_text("Thing:\n  type: string\n")
    assert problems(mini, tmp_path) == [
        "spec/svc/schemas/things.yaml:15: /components/schemas/ThingList/properties/things/items: $ref '#/Thingy': no schema 'Thingy' in spec/svc/schemas/things.yaml",
        "spec/svc/schemas/zz.yaml:1: /components/schemas/Thing: schema 'Thing' is already defined at spec/svc/schemas/things.yaml:1",
    ]


def test_path_parameters_must_agree(mini: Path, tmp_path: Path) -> None:
    paths = mini.parent / "svc" / "paths.yaml"
    edit(
        paths,
        "- {name: thing_id, in: path, required: true, schema: {type: string}}",
        "- {name: thing, in: path, required: true, schema: {type: string}}",
    )
    assert problems(mini, tmp_path) == [
        f"spec/svc/paths.yaml:2: {SHOW}: path parameter {{thing_id}} is not declared",
        f"spec/svc/paths.yaml:11: {SHOW}/parameters/1: path parameter 'thing' is not in the path '/v1/{{project_id}}/things/{{thing_id}}'",
    ]


def test_error_responses_use_the_shared_schema(mini: Path, tmp_path: Path) -> None:
    paths = mini.parent / "svc" / "paths.yaml"
    edit(paths, 'schema: {$ref: "../common/schemas.yaml#/Error"}', "schema: {type: object}")
    assert problems(mini, tmp_path) == [
        f"spec/svc/paths.yaml:26: {SHOW}/responses/404/content/application~1json/schema: error response must use the shared error schema '#/components/schemas/Error'",
    ]


def test_structure_is_openapi_31(mini: Path, tmp_path: Path) -> None:
    paths = mini.parent / "svc" / "paths.yaml"
    edit(paths, "- {name: thing_id, in: path,", "- {name: thing_id, in: body,")
    found = problems(mini, tmp_path)
    assert any(
        p.startswith(
            f"spec/svc/paths.yaml:11: {SHOW}/parameters/1/in: OpenAPI 3.1: Input should be"
        )
        for p in found
    ), found


def test_missing_tags_and_doc_section(mini: Path, tmp_path: Path) -> None:
    paths = mini.parent / "svc" / "paths.yaml"
    edit(
        paths,
        '    tags: [things]\n    summary: List things\n    x-doc-section: "9.2"\n',
        "    tags: [thing]\n    summary: List things\n",
    )
    assert problems(mini, tmp_path) == [
        f"spec/svc/paths.yaml:30: {LIST}: operation has no x-doc-section",
        f"spec/svc/paths.yaml:34: {LIST}/tags/0: tag 'thing' is not declared in tags",
    ]


def test_yaml_syntax_error_has_its_line(mini: Path, tmp_path: Path) -> None:
    edit(
        mini.parent / "svc" / "schemas" / "things.yaml",
        "    size: {type: integer}",
        "    size: {type: integer",
    )
    found = problems(mini, tmp_path)
    assert any(
        p.startswith("spec/svc/schemas/things.yaml:7: /: YAML syntax error") for p in found
    ), found


def test_client_method_names_and_paging(mini: Path, tmp_path: Path) -> None:
    paths = mini.parent / "svc" / "paths.yaml"
    edit(paths, "x-method: list", "x-method: show")
    edit(paths, "items: things, total: total}", "items: thing, total: total}")
    edit(paths, "limit: limit,", "limit: size,")
    assert problems(mini, tmp_path) == [
        f"spec/svc/paths.yaml:30: {LIST}: x-method 'show' is also used at spec/svc/paths.yaml:2 ({SHOW})",
        f"spec/svc/paths.yaml:33: {LIST}/x-pagination: x-pagination items 'thing' is not a field of the response",
        f"spec/svc/paths.yaml:33: {LIST}/x-pagination: x-pagination limit 'size' is not a query parameter",
    ]


def test_kit_state_names_real_parameters_and_codes(mini: Path, tmp_path: Path) -> None:
    paths = mini.parent / "svc" / "paths.yaml"
    edit(
        paths,
        "    x-method: list\n",
        "    x-method: list\n    x-state: {collection: things, action: lists, id-param: thing_id,"
        " filters: {name: id}, not-found: Svc.404}\n",
    )
    assert problems(mini, tmp_path) == [
        f"spec/svc/paths.yaml:33: {LIST}/x-state: x-state action 'lists' is not one of create, list, show, update, delete, start",
        f"spec/svc/paths.yaml:33: {LIST}/x-state: x-state filter 'name' is not a query parameter",
        f"spec/svc/paths.yaml:33: {LIST}/x-state: x-state id-param 'thing_id' is not a path parameter",
        f"spec/svc/paths.yaml:33: {LIST}/x-state: x-state not-found 'Svc.404' is not in x-error-codes",
    ]


def test_a_yaml_error_is_one_problem(mini: Path, tmp_path: Path) -> None:
    """A tab in an area file is reported once, not as unresolved references into it."""
    edit(mini.parent / "svc" / "paths.yaml", "    summary: Show a thing", "\tsummary: Show a thing")
    found = problems(mini, tmp_path)
    assert len(found) == 1, found
    assert found[0].startswith("spec/svc/paths.yaml:6: /: YAML syntax error"), found


def test_unknown_type_is_one_clear_line(mini: Path, tmp_path: Path) -> None:
    schemas = mini.parent / "svc" / "schemas" / "things.yaml"
    edit(schemas, "size: {type: integer}", "size: {type: strng}")
    edit(schemas, "id: {type: string}", "id: {type: [string, nul]}")
    assert problems(mini, tmp_path) == [
        "spec/svc/schemas/things.yaml:5: /components/schemas/Thing/properties/id/type/1: unknown type 'nul' (one of array, boolean, integer, null, number, object, string)",
        "spec/svc/schemas/things.yaml:6: /components/schemas/Thing/properties/size/type: unknown type 'strng' (one of array, boolean, integer, null, number, object, string)",
    ]


def test_orphan_and_mismatched_path_items(mini: Path, tmp_path: Path) -> None:
    """A path item the root does not list would silently lose its client method."""
    edit(
        mini,
        '  /v1/{project_id}/things:\n    $ref: "svc/paths.yaml#/~1v1~1{project_id}~1things"\n',
        "",
    )
    edit(mini, "  /v1/{project_id}/things/{thing_id}:\n", "  /v1/{project_id}/thing/{thing_id}:\n")
    found = problems(mini, tmp_path)
    assert (
        "spec/openapi.yaml:22: /paths/~1v1~1{project_id}~1thing~1{thing_id}: paths entry "
        "'/v1/{project_id}/thing/{thing_id}' refers to the path item '/v1/{project_id}/things/{thing_id}'"
    ) in found
    assert (
        "spec/svc/paths.yaml:29: /paths/~1v1~1{project_id}~1things: path item "
        "'/v1/{project_id}/things' is not listed under paths: in spec/openapi.yaml, so it would be dropped"
    ) in found


def test_undeclared_example_properties(mini: Path, tmp_path: Path) -> None:
    """A misspelled optional field in an example is found, at any depth, unless a note says why."""
    paths = mini.parent / "svc" / "paths.yaml"
    edit(paths, "default: {value: {id: t1, size: 3}}", "default: {value: {id: t1, sise: 3}}")
    edit(paths, "{id: b, from-link-name: l}", "{id: b, from_link_name: l}")
    assert problems(mini, tmp_path) == [
        f"spec/svc/paths.yaml:21: {SHOW}/responses/200/content/application~1json/examples/default/value: example has a property 'sise' its schema does not declare (declare it, or say why in the example's x-doc-notes)",
        f"spec/svc/paths.yaml:50: {LIST}/responses/200/content/application~1json/examples/default/value/things/1: example has a property 'from_link_name' its schema does not declare (declare it, or say why in the example's x-doc-notes)",
    ]
    edit(
        paths,
        "default: {value: {id: t1, sise: 3}}",
        "default: {value: {id: t1, sise: 3}, x-doc-notes: ['9.1: the reference spells sise']}",
    )
    assert len(problems(mini, tmp_path)) == 1


def test_aliases_and_vendor_marks_need_evidence(mini: Path, tmp_path: Path) -> None:
    schemas = mini.parent / "svc" / "schemas" / "things.yaml"
    edit(
        schemas,
        "    size: {type: integer}\n",
        "    size: {type: integer, x-aliases: [id, Size], x-doc-notes: ['9.1: ...']}\n"
        "    sizeInBytes: {type: integer, x-aliases: [Size], x-vendor-sdk: ''}\n",
    )
    pointer = "/components/schemas/Thing/properties"
    assert problems(mini, tmp_path) == [
        f"spec/svc/schemas/things.yaml:6: {pointer}/size/x-aliases: alias 'id' is also a property here",
        f"spec/svc/schemas/things.yaml:7: {pointer}/sizeInBytes/x-aliases: alias 'Size' is also claimed by 'size'",
        f"spec/svc/schemas/things.yaml:7: {pointer}/sizeInBytes/x-aliases: x-aliases needs an x-doc-notes entry giving the evidence",
        f"spec/svc/schemas/things.yaml:7: {pointer}/sizeInBytes/x-vendor-sdk: x-vendor-sdk must name a package",
        f"spec/svc/schemas/things.yaml:7: {pointer}/sizeInBytes/x-vendor-sdk: x-vendor-sdk needs an x-doc-notes entry giving the evidence",
    ]


def test_parameter_examples_are_checked_against_their_schema(mini: Path, tmp_path: Path) -> None:
    """A parameter's `example` and each of its `examples`, broken three ways: wrong type, out of
    range, not in the enum; and a request body example too."""
    paths = mini.parent / "svc" / "paths.yaml"
    edit(
        paths,
        "- {name: limit, in: query, schema: {type: integer, maximum: 100}, example: 10}",
        '- {name: limit, in: query, schema: {type: integer, maximum: 100}, example: "10"}\n'
        "      - name: offset\n"
        "        in: query\n"
        "        schema: {type: integer, maximum: 5}\n"
        "        examples: {big: {value: 6}, fine: {value: 1}}\n"
        "      - {name: order, in: query, schema: {type: string, enum: [asc, desc]}, example: up}",
    )
    edit(
        paths,
        "      - {name: offset, in: query, schema: {type: integer}}\n",
        "",
    )
    found = problems(mini, tmp_path)
    params = f"{LIST}/parameters"
    assert [line.split(": ", 1)[1] for line in found] == [
        f"{params}/1/example: example does not match its schema: '10' is not of type 'integer'",
        f"{params}/2/examples/big/value: example does not match its schema: 6 is greater than the maximum of 5",
        f"{params}/3/example: example does not match its schema: 'up' is not one of ['asc', 'desc']",
    ]


def test_rules_broken_another_way(mini: Path, tmp_path: Path) -> None:
    """Second breaks of the rules above: an error response pointing at another schema, an
    example URI with an extra segment, a path parameter missing, paging naming a missing total
    and offset, an operation without tags."""
    paths = mini.parent / "svc" / "paths.yaml"
    edit(
        paths,
        'schema: {$ref: "../common/schemas.yaml#/Error"}',
        'schema: {$ref: "schemas/things.yaml#/Thing"}',
    )
    edit(paths, "default: {uri: /v1/p1/things/t1}", "default: {uri: /v1/p1/things/t1/x}")
    edit(
        paths,
        "      - {name: project_id, in: path, required: true, schema: {type: string}}\n      - {name: thing_id",
        "      - {name: thing_id",
    )
    edit(
        paths,
        "x-pagination: {style: offset, offset: offset, limit: limit, items: things, total: total}",
        "x-pagination: {style: offset, offset: start, limit: limit, items: things, total: count}",
    )
    edit(paths, "    tags: [things]\n    summary: List things", "    summary: List things")
    found = "\n".join(problems(mini, tmp_path))
    for expected in [
        f"{SHOW}/responses/404/content/application~1json/schema: error response must use the shared error schema",
        f"{SHOW}/x-examples/default/uri: uri '/v1/p1/things/t1/x' does not match the path",
        f"{SHOW}: path parameter {{project_id}} is not declared",
        f"{LIST}/x-pagination: x-pagination total 'count' is not a field of the response",
        f"{LIST}/x-pagination: x-pagination offset 'start' is not a query parameter",
        f"{LIST}: operation has no tags",
    ]:
        assert expected in found, f"{expected!r} not in\n{found}"


def test_connector_roles_name_real_schemas_and_array_properties(mini: Path, tmp_path: Path) -> None:
    """Root `x-connector-roles`: an unknown schema, a configs property that is not an array,
    and a catalogue role without an entry are each one problem at file:line."""
    edit(
        mini,
        "x-error-schema: Error\n",
        "x-error-schema: Error\n"
        "x-connector-roles:\n"
        "  link: {schema: LinkValues, configs: configs}\n"
        "  from: {schema: Thing, configs: size}\n",
    )
    (mini.parent / "svc" / "schemas" / "kinds.yaml").write_text(
        "ObsLinkConfig:\n"
        "  type: object\n"
        "  x-connector: {role: link}\n"
        "  properties: {linkConfig.host: {type: string}}\n"
        "HiveTaskConfig:\n"
        "  type: object\n"
        "  x-connector: {role: task}\n"
        "  properties: {jobConfig.x: {type: string}}\n",
        "utf-8",
    )
    assert problems(mini, tmp_path) == [
        "spec/openapi.yaml:16: /x-connector-roles/link/schema: x-connector-roles: role 'link' names 'LinkValues', not a schema",
        "spec/openapi.yaml:17: /x-connector-roles/from/configs: x-connector-roles: role 'from': 'size' is not an array property of schema 'Thing'",
        "spec/svc/schemas/kinds.yaml:7: /components/schemas/HiveTaskConfig/x-connector/role: connector role 'task' has no entry in root x-connector-roles (the schema its helpers return)",
    ]

"""Stage 2, validate: every rule the spec must satisfy, all problems reported at once.

Rules: the structure is OpenAPI 3.1 (openapi-pydantic); every `$ref` resolves; operationIds
exist and are unique (variants included); path templates and path parameters agree; every
example validates against its schema (jsonschema, draft 2020-12); with this project's rule set
(root `x-generator: {rules: dataarts}`), every operation has tags, summary, `x-doc-section` and
`x-method`, and every 4xx/5xx response uses the shared error schema (root `x-error-schema`);
root `x-services`, the tags' `x-service` and `x-generator` are well-formed (settings_check.py);
request-example URIs match their operation; client method names
(`x-method`) are unique per tag and `x-pagination` names real parameters and fields; every
schema is well-formed JSON Schema (an unknown `type` is one clear line); examples hold no
property their schema does not declare (`x-aliases` count as declared), unless the schema is
open (`additionalProperties`) or a note of the example (`x-doc-notes`) names the property;
`x-aliases` are other spellings no sibling property has, and `x-aliases` and `x-vendor-sdk` come
with an `x-doc-notes` entry giving the evidence; the testing kit's `x-state` names a known
action, real parameters and known error codes; `x-release` (release.py) is complete; root
`x-connector-roles` names real schemas (connectors_check.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, UnknownType
from openapi_pydantic.v3.v3_1 import OpenAPI
from pydantic import ValidationError
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from .load import HTTP_METHODS, SCHEMA_PREFIX, Bundle, Problem, escape
from .names import snake
from .normalize import rules
from .settings_check import setting_problems
from .connectors_check import connector_role_problems
from .paths import TEMPLATE_PARAM, operations, path_regex
from .release import problems as release_problems
from .schemacheck import surely_valid

BUNDLE_URI = "urn:dataarts:bundle"
JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")
META = Draft202012Validator(Draft202012Validator.META_SCHEMA)


class _Validator:
    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.doc = bundle.doc
        self.problems: list[Problem] = []
        self.bad_schemas: list[str] = []  # schema nodes the schemas rule found wrong
        self.project = "dataarts" in rules(self.doc)  # this project's conventions apply
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(BUNDLE_URI, resource)

    def report(self, pointer: str, message: str) -> None:
        self.problems.append(self.bundle.problem(pointer, message))

    def place(self, pointer: str) -> str:
        """`file:line` of a pointer, to name the other place of a duplicate."""
        file, line = self.bundle.where(pointer)
        return f"{file}:{line}"

    # -- rules -----------------------------------------------------------------------------
    def structure(self) -> None:
        try:
            OpenAPI.model_validate(self.doc)
        except ValidationError as exc:
            seen = set()
            for err in exc.errors():
                pointer = self.loc_pointer(err["loc"])
                key = (pointer, err["msg"])
                if key in seen:
                    continue
                seen.add(key)
                self.report(pointer, f"OpenAPI 3.1: {err['msg']}")

    def loc_pointer(self, loc: tuple[Any, ...]) -> str:
        """The pointer of a pydantic error location, skipping the model names it inserts."""
        node: Any = self.doc
        pointer = ""
        for part in loc:
            if isinstance(node, dict) and str(part) in node:
                node = node[str(part)]
                pointer += "/" + escape(str(part))
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
                pointer += f"/{part}"
            elif isinstance(part, str) and (part[:1].isupper() or "[" in part):
                continue  # a model or union branch name, not a key of the document
            else:
                return pointer + "/" + escape(str(part))
        return pointer

    def refs(self, node: Any, pointer: str = "") -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                try:
                    self.registry.resolver(BUNDLE_URI).lookup(BUNDLE_URI + ref)
                except Unresolvable:
                    self.report(pointer + "/$ref", f"$ref {ref!r} does not resolve")
            for key, value in node.items():
                self.refs(value, f"{pointer}/{escape(key)}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.refs(value, f"{pointer}/{i}")

    def operation_ids(self) -> None:
        seen: dict[str, str] = {}

        def claim(op_id: Any, pointer: str) -> None:
            if not isinstance(op_id, str) or not op_id:
                self.report(pointer, "operation has no operationId")
            elif op_id in seen:
                other = seen[op_id]
                self.report(
                    pointer, f"operationId {op_id!r} is also used at {self.place(other)} ({other})"
                )
            else:
                seen[op_id] = pointer

        for pointer, _, _, op in operations(self.doc):
            claim(op.get("operationId"), pointer)
            for i, variant in enumerate(op.get("x-variants") or []):
                claim(variant.get("operationId"), f"{pointer}/x-variants/{i}")

    def required_fields(self) -> None:
        tags = {t.get("name") for t in self.doc.get("tags") or [] if isinstance(t, dict)}
        for pointer, _, _, op in operations(self.doc):
            if not op.get("tags"):
                self.report(pointer, "operation has no tags")
            for i, tag in enumerate(op.get("tags") or []):
                if tag not in tags:
                    self.report(f"{pointer}/tags/{i}", f"tag {tag!r} is not declared in tags")
            for key in ("summary", "x-doc-section"):
                if not op.get(key):
                    self.report(pointer, f"operation has no {key}")
            if "x-idempotent" in op and not isinstance(op["x-idempotent"], bool):
                self.report(f"{pointer}/x-idempotent", "x-idempotent must be true or false")
            for i, variant in enumerate(op.get("x-variants") or []):
                for key in ("summary", "x-doc-section", "schema"):
                    if not variant.get(key):
                        self.report(f"{pointer}/x-variants/{i}", f"variant has no {key}")

    def client_methods(self) -> None:
        """x-method names are unique per tag; x-pagination names real parameters and fields."""
        seen: dict[tuple[str, str], str] = {}
        for pointer, _, _, op in operations(self.doc):
            tag = (op.get("tags") or [""])[0]
            methods = [
                (f"{pointer}/x-variants/{i}", v) for i, v in enumerate(op.get("x-variants") or [])
            ]
            for where, node in methods or [(pointer, op)]:
                name = node.get("x-method")
                if not name and not self.project:  # derived as operations.py does
                    name = snake(str(node.get("operationId") or op.get("operationId") or ""))
                if not name:
                    self.report(where, "operation has no x-method (its client method's name)")
                elif (tag, name) in seen:
                    other = seen[(tag, name)]
                    self.report(
                        where, f"x-method {name!r} is also used at {self.place(other)} ({other})"
                    )
                else:
                    seen[(tag, name)] = where
            paging = op.get("x-pagination")
            if isinstance(paging, dict):
                self.pagination(pointer, op, paging)

    def pagination(self, pointer: str, op: dict[str, Any], paging: dict[str, Any]) -> None:
        style = paging.get("style")
        keys = ("offset", "limit") if style == "offset" else ("page", "size")
        if style not in ("offset", "page"):
            self.report(f"{pointer}/x-pagination", "x-pagination style must be offset or page")
            return
        query = {
            p.get("name")
            for p in map(self.deref, op.get("parameters") or [])
            if p.get("in") == "query"
        }
        for key in keys:
            if paging.get(key) not in query:
                self.report(
                    f"{pointer}/x-pagination",
                    f"x-pagination {key} {paging.get(key)!r} is not a query parameter",
                )
        ok: dict[str, Any] = next(
            (r for c, r in sorted((op.get("responses") or {}).items()) if str(c).startswith("2")),
            {},
        )
        media: dict[str, Any] = next(iter(((ok or {}).get("content") or {}).values()), {})
        schema = self.deref(media.get("schema"))
        props = schema.get("properties") or {}
        for key in ("items", "total"):
            if key in paging and paging[key] not in props:
                self.report(
                    f"{pointer}/x-pagination",
                    f"x-pagination {key} {paging[key]!r} is not a field of the response",
                )

    STATE_ACTIONS = ("create", "list", "show", "update", "delete", "start")

    def kit_state(self) -> None:
        """x-state (the testing kit's state) names a known action, real path and query
        parameters, and error codes of x-error-codes."""
        codes = {
            e.get("code") for group in (self.doc.get("x-error-codes") or {}).values() for e in group
        }
        for pointer, _, _, op in operations(self.doc):
            state = op.get("x-state")
            if state is None:
                continue
            where = f"{pointer}/x-state"
            if not isinstance(state, dict) or not isinstance(state.get("collection"), str):
                self.report(where, "x-state needs a collection name")
                continue
            if state.get("action") not in self.STATE_ACTIONS:
                actions = ", ".join(self.STATE_ACTIONS)
                self.report(
                    where, f"x-state action {state.get('action')!r} is not one of {actions}"
                )
            params = [self.deref(p) for p in op.get("parameters") or []]
            path = {p.get("name") for p in params if p.get("in") == "path"}
            query = {p.get("name") for p in params if p.get("in") == "query"}
            if "id-param" in state and state["id-param"] not in path:
                self.report(
                    where, f"x-state id-param {state['id-param']!r} is not a path parameter"
                )
            for name in state.get("filters") or {}:
                if name not in query:
                    self.report(where, f"x-state filter {name!r} is not a query parameter")
            for key in ("not-found", "exists"):
                if key in state and state[key] not in codes:
                    self.report(where, f"x-state {key} {state[key]!r} is not in x-error-codes")

    def path_parameters(self) -> None:
        for pointer, path, _, op in operations(self.doc):
            in_template = TEMPLATE_PARAM.findall(path)
            item = self.doc["paths"][path]
            params = [self.deref(p) for p in (item.get("parameters") or [])]
            params += [self.deref(p) for p in (op.get("parameters") or [])]
            declared = [p.get("name") for p in params if p.get("in") == "path"]
            for name in in_template:
                if name not in declared:
                    self.report(pointer, f"path parameter {{{name}}} is not declared")
            for i, p in enumerate(op.get("parameters") or []):
                p = self.deref(p)
                if p.get("in") == "path" and p.get("name") not in in_template:
                    self.report(
                        f"{pointer}/parameters/{i}",
                        f"path parameter {p.get('name')!r} is not in the path {path!r}",
                    )
                if p.get("in") == "path" and p.get("required") is not True:
                    self.report(f"{pointer}/parameters/{i}", "a path parameter must be required")

    def error_responses(self) -> None:
        name = self.doc.get("x-error-schema")
        if not name:
            self.report("", "x-error-schema (the shared error schema) is not set")
            return
        wanted = SCHEMA_PREFIX + escape(name)
        if name not in (self.doc.get("components", {}).get("schemas") or {}):
            self.report("/x-error-schema", f"x-error-schema {name!r} is not a schema")
        for pointer, _, _, op in operations(self.doc):
            for code, response in (op.get("responses") or {}).items():
                if not str(code)[:1] in "45":
                    continue
                rp = f"{pointer}/responses/{escape(str(code))}"
                content = (response or {}).get("content") or {}
                if not content:
                    self.report(rp, f"error response has no body; it must use {wanted!r}")
                for mt, media in content.items():
                    if (media or {}).get("schema", {}).get("$ref") != wanted:
                        self.report(
                            f"{rp}/content/{escape(mt)}/schema",
                            f"error response must use the shared error schema {wanted!r}",
                        )

    def schema_places(self) -> Iterator[tuple[str, Any]]:
        """(pointer, schema) of every schema of the spec: components, parameters, bodies."""
        for name, schema in (self.doc.get("components", {}).get("schemas") or {}).items():
            yield f"/components/schemas/{escape(name)}", schema
        for pointer, _, _, op in operations(self.doc):
            for i, param in enumerate(op.get("parameters") or []):
                if isinstance(param, dict) and "schema" in param:
                    yield f"{pointer}/parameters/{i}/schema", param["schema"]
            contents = [("requestBody", (op.get("requestBody") or {}).get("content"))]
            for code, response in (op.get("responses") or {}).items():
                contents.append((f"responses/{escape(str(code))}", (response or {}).get("content")))
            for where, content in contents:
                for mt, media in (content or {}).items():
                    if isinstance(media, dict) and "schema" in media:
                        yield f"{pointer}/{where}/content/{escape(mt)}/schema", media["schema"]

    def schemas(self) -> None:
        """Every schema is JSON Schema 2020-12; an unknown type is named as such."""
        for pointer, schema in self.schema_places():
            if surely_valid(schema):  # the meta-schema itself only where it may find a problem
                continue
            for err in META.iter_errors(schema):
                path = list(err.absolute_path)
                at = pointer + "".join("/" + escape(str(p)) for p in path)
                node = pointer + "".join("/" + escape(str(p)) for p in path[:-1])
                self.bad_schemas.append(node + "/")
                if path and path[-1] == "type":
                    names = err.instance if isinstance(err.instance, list) else [err.instance]
                    for i, name in enumerate(names):
                        if name not in JSON_TYPES:
                            where = f"{at}/{i}" if isinstance(err.instance, list) else at
                            self.report(
                                where, f"unknown type {name!r} (one of {', '.join(JSON_TYPES)})"
                            )
                else:
                    self.report(at, f"not a valid JSON Schema: {err.message}")

    def examples(self) -> None:
        for pointer, path, _, op in operations(self.doc):
            for i, param in enumerate(op.get("parameters") or []):
                self.parameter_examples(param, f"{pointer}/parameters/{i}")
            body = op.get("requestBody") or {}
            self.media_examples(body.get("content") or {}, f"{pointer}/requestBody/content")
            for code, response in (op.get("responses") or {}).items():
                rp = f"{pointer}/responses/{escape(str(code))}/content"
                self.media_examples((response or {}).get("content") or {}, rp)
            self.request_uris(pointer, path, op)
        for name, schema in (self.doc.get("components", {}).get("schemas") or {}).items():
            sp = f"/components/schemas/{escape(name)}"
            for i, value in enumerate((schema or {}).get("examples") or []):
                self.check_example(value, sp, f"{sp}/examples/{i}")

    def parameter_examples(self, param: dict[str, Any], pointer: str) -> None:
        schema_pointer = f"{pointer}/schema"
        if "example" in param:
            self.check_example(param["example"], schema_pointer, f"{pointer}/example")
        for name, ex in (param.get("examples") or {}).items():
            if isinstance(ex, dict) and "value" in ex:
                self.check_example(
                    ex["value"], schema_pointer, f"{pointer}/examples/{escape(name)}/value"
                )

    def media_examples(self, content: dict[str, Any], pointer: str) -> None:
        for mt, media in content.items():
            mp = f"{pointer}/{escape(mt)}"
            if not isinstance(media, dict) or "schema" not in media:
                continue
            if "example" in media:
                self.check_example(media["example"], f"{mp}/schema", f"{mp}/example")
            for name, ex in (media.get("examples") or {}).items():
                if isinstance(ex, dict) and "value" in ex:
                    self.check_example(
                        ex["value"], f"{mp}/schema", f"{mp}/examples/{escape(name)}/value"
                    )

    def check_example(self, value: Any, schema_pointer: str, pointer: str) -> None:
        validator = Draft202012Validator(
            {"$ref": f"{BUNDLE_URI}#{schema_pointer}"}, registry=self.registry
        )
        try:
            errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        except (Unresolvable, UnknownType, SchemaError):
            return  # the broken $ref or schema is reported by the refs and schemas rules
        for err in errors:
            at = "".join("/" + escape(str(p)) for p in err.absolute_path)
            self.report(pointer + at, f"example does not match its schema: {err.message}")
        if not errors:
            notes = " ".join(map(str, self.example_notes(pointer)))
            for at, name in self.undeclared(value, self.resolve(schema_pointer), ""):
                if name not in notes:
                    self.report(
                        pointer + at,
                        f"example has a property {name!r} its schema does not declare "
                        "(declare it, or say why in the example's x-doc-notes)",
                    )

    def example_notes(self, pointer: str) -> list[Any]:
        """The `x-doc-notes` of the Example object (or media type) that holds `pointer`."""
        node: Any = self.doc
        notes: list[Any] = []
        for token in pointer.split("/")[1:]:
            key = token.replace("~1", "/").replace("~0", "~")
            node = node.get(key) if isinstance(node, dict) else None
            if isinstance(node, dict):
                notes += node.get("x-doc-notes") or []
        return notes

    def resolve(self, pointer: str) -> Any:
        try:
            return self.registry.resolver(BUNDLE_URI).lookup(BUNDLE_URI + "#" + pointer).contents
        except Unresolvable:
            return {}

    def branches(self, value: Any, schema: Any) -> list[dict[str, Any]]:
        """The schemas that apply to `value`: `schema`, its `$ref` and `allOf` parts, and the
        `oneOf`/`anyOf` branches that `value` matches."""
        if not isinstance(schema, dict):
            return []
        if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#"):
            target = self.resolve(schema["$ref"][1:])
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            return self.branches(value, target) + (self.branches(value, rest) if rest else [])
        out = [schema]
        for part in schema.get("allOf") or []:
            out += self.branches(value, part)
        for key in ("oneOf", "anyOf"):
            for part in schema.get(key) or []:
                checker = Draft202012Validator(part, registry=self.registry)
                try:
                    matches = checker.is_valid(value)
                except (Unresolvable, UnknownType, SchemaError):
                    matches = False
                if matches:
                    out += self.branches(value, part)
        return out

    def undeclared(self, value: Any, schema: Any, at: str) -> Iterator[tuple[str, str]]:
        """(pointer, name) of every property in `value` that no applicable schema declares."""
        parts = self.branches(value, schema)
        if isinstance(value, dict):
            declared: dict[str, list[Any]] = {}
            open_ = False
            for part in parts:
                for name, sub in (part.get("properties") or {}).items():
                    for spelling in [name, *((sub or {}).get("x-aliases") or [])]:
                        declared.setdefault(spelling, []).append(sub)
                extra = part.get("additionalProperties", part.get("unevaluatedProperties"))
                open_ |= extra not in (None, False) or bool(part.get("patternProperties"))
            if not declared:
                return  # a free-form object
            for name, item in value.items():
                if name in declared:
                    for sub in declared[name]:
                        yield from self.undeclared(item, sub, f"{at}/{escape(name)}")
                elif not open_:
                    yield at, name
        elif isinstance(value, list):
            for part in parts:
                items = part.get("items")
                if isinstance(items, dict):
                    for i, item in enumerate(value):
                        yield from self.undeclared(item, items, f"{at}/{i}")

    def request_uris(self, pointer: str, path: str, op: dict[str, Any]) -> None:
        regex = path_regex(path)
        declared = {
            p.get("name")
            for p in map(self.deref, op.get("parameters") or [])
            if p.get("in") == "query"
        }
        body_examples = set()
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            body_examples |= set((media or {}).get("examples") or {})
        for name, ex in (op.get("x-examples") or {}).items():
            ep = f"{pointer}/x-examples/{escape(name)}"
            uri = (ex or {}).get("uri")
            if not isinstance(uri, str):
                self.report(ep, "request example has no uri")
                continue
            parts = urlsplit(uri)
            if not regex.fullmatch(parts.path):
                self.report(f"{ep}/uri", f"uri {parts.path!r} does not match the path {path!r}")
            for key, _ in parse_qsl(parts.query, keep_blank_values=True):
                if key not in declared:
                    self.report(f"{ep}/uri", f"query parameter {key!r} is not declared")
            body_required = (op.get("requestBody") or {}).get("required")
            if body_required and body_examples and name not in body_examples:
                self.report(ep, f"request example {name!r} has no body example of that name")

    def provenance(self, node: Any, pointer: str = "") -> None:
        """x-aliases: a list of other spellings, none a property of the same object or claimed
        twice; x-aliases and x-vendor-sdk (a package name) only with an x-doc-notes entry."""
        if isinstance(node, list):
            for i, value in enumerate(node):
                self.provenance(value, f"{pointer}/{i}")
            return
        if not isinstance(node, dict):
            return
        props = node.get("properties")
        if isinstance(props, dict):
            claimed: dict[str, str] = {}
            for name, prop in props.items():
                aliases = prop.get("x-aliases") if isinstance(prop, dict) else None
                where = f"{pointer}/properties/{escape(name)}"
                if aliases is None:
                    continue
                if not isinstance(aliases, list) or not all(
                    isinstance(a, str) and a for a in aliases
                ):
                    self.report(f"{where}/x-aliases", "x-aliases must be a list of names")
                    continue
                for alias in aliases:
                    if alias in props:
                        self.report(
                            f"{where}/x-aliases", f"alias {alias!r} is also a property here"
                        )
                    elif alias in claimed:
                        self.report(
                            f"{where}/x-aliases",
                            f"alias {alias!r} is also claimed by {claimed[alias]!r}",
                        )
                    claimed[alias] = name
        for key in ("x-aliases", "x-vendor-sdk"):
            if key in node and not node.get("x-doc-notes"):
                self.report(
                    f"{pointer}/{key}", f"{key} needs an x-doc-notes entry giving the evidence"
                )
        sdk = node.get("x-vendor-sdk")
        if "x-vendor-sdk" in node and not (isinstance(sdk, str) and sdk):
            self.report(f"{pointer}/x-vendor-sdk", "x-vendor-sdk must name a package")
        for key, value in node.items():
            if key not in ("example", "examples", "x-examples", "x-connector-example"):
                self.provenance(value, f"{pointer}/{escape(key)}")

    def deref(self, node: Any) -> dict[str, Any]:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            try:
                found = self.registry.resolver(BUNDLE_URI).lookup(BUNDLE_URI + node["$ref"])
                return dict(found.contents)
            except Unresolvable:
                return {}
        return node if isinstance(node, dict) else {}

    def run(self) -> list[Problem]:
        self.schemas()
        schema_nodes = tuple(self.bad_schemas)
        self.structure()
        # A bad schema keyword is one line (the schemas rule), not also openapi-pydantic's echo.
        self.problems = [
            p
            for p in self.problems
            if not (p.message.startswith("OpenAPI 3.1:") and p.pointer.startswith(schema_nodes))
        ]
        self.refs(self.doc)
        self.operation_ids()
        for pointer, message in setting_problems(self.doc):
            self.report(pointer, message)
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        for pointer, message in connector_role_problems(self.doc, schemas, self.project):
            self.report(pointer, message)
        if self.project:
            self.required_fields()
        self.path_parameters()
        self.client_methods()
        self.kit_state()
        if self.project:
            self.error_responses()
        if self.project or "x-release" in self.doc:  # a published client's metadata
            for pointer, message in release_problems(self.doc):
                self.report(pointer, message)
        self.examples()
        self.provenance(self.doc)
        return self.problems


def validate(bundle: Bundle) -> list[Problem]:
    """Every problem of the bundled spec (load problems first), sorted by file and line."""
    problems = list(bundle.problems)
    if bundle.doc and bundle.complete:  # rules on a partial bundle would only echo the gap
        problems += _Validator(bundle).run()
    unique = dict.fromkeys(problems)
    return sorted(unique, key=lambda p: (p.file, p.line, p.pointer, p.message))

"""Stage 2, validate: the rules of the spec's examples.

Every example (of a parameter, a body, a response, a schema) validates against its schema
(jsonschema, draft 2020-12) and holds no property its schema does not declare (`x-aliases`
count as declared), unless the schema is open (`additionalProperties`) or a note of the example
(`x-doc-notes`) names the property; request-example URIs (`x-examples`) match their operation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, UnknownType
from referencing.exceptions import Unresolvable

from .checker import BUNDLE_URI, Checker
from .load import escape
from .paths import operations, path_regex


class ExampleRules(Checker):
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
        except (Unresolvable, UnknownType, SchemaError, TypeError):
            # the broken $ref or schema (`maximum: many`) is reported by the refs and schemas rules
            return
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
                except (Unresolvable, UnknownType, SchemaError, TypeError):
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
            if isinstance(media, dict):  # not a mapping: the structure rules' concern
                body_examples |= set(media.get("examples") or {})
        for name, ex in (op.get("x-examples") or {}).items():
            ep = f"{pointer}/x-examples/{escape(name)}"
            uri = ex.get("uri") if isinstance(ex, dict) else None
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

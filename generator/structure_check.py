"""Stage 2, validate: the rules of any OpenAPI 3.1 spec.

The structure is OpenAPI 3.1 (openapi-pydantic); every `$ref` resolves; operationIds exist
and are unique (variants included); path templates and path parameters agree; every schema is
well-formed JSON Schema 2020-12 (an unknown `type` is one clear line; schemacheck.py says
which schemas surely are, so the meta-schema runs only on the others).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from openapi_pydantic.v3.v3_1 import OpenAPI
from pydantic import ValidationError
from referencing.exceptions import Unresolvable

from .checker import BUNDLE_URI, Checker
from .load import escape
from .paths import TEMPLATE_PARAM, operations
from .schemacheck import surely_valid

JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")
META = Draft202012Validator(Draft202012Validator.META_SCHEMA)


class StructureRules(Checker):
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

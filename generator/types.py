"""Model stage, types and names: Python types of schemas, the models, and where each lives.

`Types` holds what every other decision needs: the schemas, a class name for each (unique
across the package), the models made so far (named schemas and the inline objects met on the
way) and the module of each model: `<service>.<stem>` for a schema of
`spec/<service>/schemas/<stem>.yaml`, `common` for the shared schemas; inline objects of an
operation go to the module named after the area file holding its path.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .constraints import constrained, constraints_text, field_call
from .ir import Fixture, Model, ModelField, aliases_of, notes_of, provenance, text
from .load import SCHEMA_PREFIX, escape, unescape
from .names import pascal, snake, unique
from .pytypes import py_literal, split_union, strip_annotated, union
from .shapes import Unions, access, default_of, default_words, extensions, split_schemas

# Names a generated model module defines or imports itself.
MODULE_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "Literal",
        "Checked",
        "Contains",
        "Unique",
        "Union",
        "Field",
        "AliasChoices",
        "Model",
        "annotations",
        "cast",
        "ClassVar",
        "Iterator",
        "AsyncIterator",
    }
)
# Names of the client's own method arguments.
METHOD_NAMES = frozenset({"self", "body", "options"})


class Types(Unions):
    def __init__(
        self, doc: dict[str, Any], origins: dict[str, str], files: dict[str, str] | None = None
    ) -> None:
        self.doc = doc
        self.schemas: dict[str, Any] = doc.get("components", {}).get("schemas") or {}
        self.services = list((doc.get("x-services") or {}).keys())
        self.origins = origins
        self.class_names: dict[str, str] = {}
        taken: set[str] = set(MODULE_NAMES)
        for name in sorted(self.schemas):
            self.class_names[name] = unique(pascal(name, MODULE_NAMES), taken)
        # Request shapes of the schemas with readOnly/writeOnly properties (shapes.py).
        self.extensions = extensions(self.schemas)
        self.request_names: dict[str, str] = {}
        for name in sorted(split_schemas(self.schemas, self.resolve, self.extensions)):
            self.request_names[name] = unique(self.class_names[name] + "Request", taken)
        self.unions: dict[tuple[str, str], str] = {}  # aliases of tagged unions by text, module
        self.taken = taken
        self._tag_props: dict[int, set[str]] | None = None
        self._mappings: list[dict[str, Any]] | None = None
        self.models: dict[str, Model] = {}
        self.fixture_list: list[Fixture] = []
        self.files = files or {}
        self.module_of: dict[str, str] = {}
        for name in self.schemas:
            module = self.file_module(self.files.get("/components/schemas/" + escape(name), ""))
            self.module_of[self.class_names[name]] = module
            if name in self.request_names:
                self.module_of[self.request_names[name]] = module

    def file_module(self, file: str) -> str:
        """The model module of a spec file (relative to the spec's folder): `<service>.<stem>`
        for a file of a service's folder, `common` for any other."""
        parts = file.split("/")
        if len(parts) > 1 and parts[0] in self.services:
            return f"{parts[0]}.{parts[-1].rsplit('.', 1)[0]}"
        return "common"

    # -- types -----------------------------------------------------------------------------
    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if not ref.startswith(SCHEMA_PREFIX):
                return {}
            tokens = [unescape(t) for t in ref[len(SCHEMA_PREFIX) :].split("/")]
            node: Any = self.schemas
            for tok in tokens:
                node = node.get(tok, {}) if isinstance(node, dict) else {}
            schema = node
        return schema if isinstance(schema, dict) else {}

    def annotation(self, schema: Any, context: str, module: str, request: bool = False) -> str:
        """The Python type of `schema`; inline objects become models named after `context`.
        `request`: the type of what is sent (request shapes, shapes.py)."""
        if not isinstance(schema, dict) or not schema:
            return "Any"
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            tokens = [unescape(t) for t in ref[len(SCHEMA_PREFIX) :].split("/")]
            if len(tokens) == 1 and tokens[0] in self.class_names:
                name = tokens[0]
                if name in self.extensions:  # a base others extend: the union of them all
                    return self.extended(name, request)
                return self.class_of(name, request)
            return self.annotation(self.resolve(schema), context, module, request)
        if "const" in schema:
            return f"Literal[{py_literal(schema['const'])}]"
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            values = ", ".join(py_literal(v) for v in schema["enum"])
            return f"Annotated[Literal[{values}], Checked]"
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                members = [
                    self.annotation(s, f"{context}Option{i + 1}", module, request)
                    for i, s in enumerate(schema[key])
                ]
                tag = self.tag_field(schema) if key == "oneOf" else None
                if tag and len(split_union(union(members))) == len(members):
                    # Validated by the tag alone, not by trying every member in turn.
                    return f"Annotated[{union(members)}, Field(discriminator={tag!r})]"
                tagged = self.discriminated(schema, key, request)
                if tagged:  # a name: type checkers take no call in an Annotated of a cast
                    return self.alias_model(pascal(context, MODULE_NAMES), module, tagged)
                return union(members)
        types = schema.get("type")
        if isinstance(schema.get("allOf"), list) and types in (None, "object"):
            return self.inline_model(schema, context, module, request)
        if isinstance(types, list):
            return union(
                [self.annotation({**schema, "type": t}, context, module, request) for t in types]
            )
        if types == "string":
            return constrained("bytes" if schema.get("format") == "binary" else "str", schema)
        if types == "integer":
            return constrained("int", schema)
        if types == "number":
            return constrained("float", schema)
        if types == "boolean":
            return "bool"
        if types == "null":
            return "None"
        if types == "array":
            item = self.annotation(schema.get("items"), context + "Item", module, request)
            markers = self.contains(schema, context, module, request)
            return constrained(f"list[{item}]", schema, markers)
        if types == "object" or "properties" in schema:
            if schema.get("properties"):
                return self.inline_model(schema, context, module, request)
            extra = schema.get("additionalProperties")
            value = (
                self.annotation(extra, context + "Value", module, request)
                if isinstance(extra, dict)
                else "Any"
            )
            return constrained(f"dict[str, {value}]", schema)
        return "Any"

    def contains(
        self, schema: dict[str, Any], context: str, module: str, request: bool = False
    ) -> list[str]:
        """The `Contains(...)` marker of an array schema with `contains` (none without)."""
        inner = schema.get("contains")
        if not isinstance(inner, dict):
            return []
        members = split_union(self.annotation(inner, context + "Contains", module, request))
        low, high = schema.get("minContains", 1), schema.get("maxContains")
        low = low if isinstance(low, int) and not isinstance(low, bool) else 1
        high = high if isinstance(high, int) and not isinstance(high, bool) else None
        return [f"Contains(({', '.join(members)},), {low}, {high})"]

    def inline_model(
        self, schema: dict[str, Any], context: str, module: str, request: bool = False
    ) -> str:
        name = unique(pascal(context, MODULE_NAMES), self.taken)
        self.module_of[name] = module
        self.make_model(name, name, schema, module, request)
        return name

    # -- models ----------------------------------------------------------------------------
    def object_parts(self, schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """Properties and required names of an object schema, `allOf` members merged."""
        props: dict[str, Any] = {}
        required: list[str] = []
        for part in schema.get("allOf") or []:
            p, r = self.object_parts(self.resolve(part))
            props.update(p)
            required += r
        props.update(schema.get("properties") or {})
        required += [r for r in schema.get("required") or [] if isinstance(r, str)]
        return props, required

    def field_names(self, schema: dict[str, Any]) -> dict[str, str]:
        """The Python field name of each property of an object schema (as make_model names them)."""
        taken: set[str] = set()
        props = self.object_parts(schema)[0]
        return {wire: unique(snake(wire, RESERVED_FIELDS), taken) for wire in props}

    def tag_field(self, schema: dict[str, Any]) -> str | None:
        """The Python name of the field that tells a `oneOf`'s members apart, when there is one:
        the discriminator's property, or a property every member requires with its own `const`
        (or enum) values, none shared. Every member must be an object with that field."""
        members = [self.resolve(m) for m in schema["oneOf"]]
        if len(members) < 2 or not all(isinstance(m, dict) for m in members):
            return None
        parts = [self.object_parts(m) for m in members]
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str):
            candidates = [discriminator["propertyName"]]
        else:
            candidates = sorted(set.intersection(*(set(required) for _, required in parts)))
        for prop in candidates:
            seen: set[str] = set()
            for props, required in parts:
                node = self.resolve(props.get(prop))
                values = (
                    [node["const"]]
                    if isinstance(node, dict) and "const" in node
                    else (node.get("enum") if isinstance(node, dict) else None)
                )
                if prop not in required or not isinstance(values, list) or not values:
                    break
                keys = {json.dumps(v) for v in values}
                if keys & seen or aliases_of(props.get(prop)):
                    break
                seen |= keys
            else:
                names = {self.field_names(m).get(prop) for m in members}
                if len(names) == 1 and None not in names:
                    return names.pop()
        return None

    def tag_props(self) -> dict[int, set[str]]:
        """The tag property (wire name) of each `oneOf` member schema told apart by a tag, by
        the member schema's id: those fields stay bare `Literal`s (no `Checked`)."""
        if self._tag_props is None:
            self._tag_props = {}
            for node in self.mappings():
                if not isinstance(node.get("oneOf"), list) or not self.tag_field(node):
                    continue
                tag = self.tag_field(node)
                for member in node["oneOf"]:
                    resolved = self.resolve(member)
                    wires = [w for w, n in self.field_names(resolved).items() if n == tag]
                    self._tag_props.setdefault(id(resolved), set()).update(wires)
        return self._tag_props

    def mappings(self) -> list[dict[str, Any]]:
        """Every mapping of the spec, found by one walk that the decisions looking at all of
        them share (tag properties, secret names)."""
        if self._mappings is None:
            self._mappings = []
            todo: list[Any] = [self.doc]
            while todo:
                node = todo.pop()
                if isinstance(node, dict):
                    self._mappings.append(node)
                    todo.extend(v for v in node.values() if isinstance(v, (dict, list)))
                elif isinstance(node, list):
                    todo.extend(v for v in node if isinstance(v, (dict, list)))
        return self._mappings

    def make_model(
        self,
        class_name: str,
        schema_name: str,
        schema: dict[str, Any],
        module: str,
        request: bool = False,
    ) -> None:
        model = Model(
            name=class_name,
            schema=schema_name,
            module=module,
            title=text(schema.get("title")),
            description=text(schema.get("description")),
            doc_section=text(schema.get("x-doc-section")),
            notes=notes_of(schema),
        )
        self.models[class_name] = model
        if schema.get("type", "object") != "object" or not (
            schema.get("properties") or schema.get("allOf")
        ):
            keys = [k for k in ("oneOf", "anyOf") if isinstance(schema.get(k), list)]
            tagged = ""  # a union with a discriminator is the alias itself, not an alias of one
            if keys and not (keys[0] == "oneOf" and self.tag_field(schema)):
                tagged = self.discriminated(schema, keys[0], request)
            model.alias = tagged or self.annotation(schema, class_name + "Value", module, request)
            return
        props, required = self.object_parts(schema)
        names = self.field_names(schema)
        pair = schema.get("x-name-value-pair")
        tags = self.tag_props().get(id(schema), set())
        for wire, prop in props.items():
            prop = prop if isinstance(prop, dict) else {}
            resolved = self.resolve(prop)
            ann = self.annotation(prop, class_name + pascal(wire), module, request)
            if wire in tags:  # pydantic's tagged unions take a bare Literal, no validator
                ann = strip_annotated(ann)
            read_only, write_only = access(prop, self.resolve)
            # read-only: never sent, so not required in a request; write-only: never received
            hidden = request and read_only
            is_required = wire in required and not hidden and not (write_only and not request)
            default = None if is_required else default_of(prop, self.resolve)
            if not is_required:
                ann = union([ann, "None"])
            name = names[wire]
            secret = (prop.get("format") or resolved.get("format")) == "password"
            aliases = aliases_of(prop)
            rules = constraints_text(prop) or constraints_text(resolved)
            model.fields.append(
                ModelField(
                    name=name,
                    wire=wire,
                    annotation=ann,
                    required=is_required,
                    description=text(prop.get("description") or resolved.get("description"))
                    + provenance(prop)
                    + (f"\n\nConstraints: {rules}." if rules else "")
                    + (default_words(prop) or default_words(resolved) if default else "")
                    + (" Read-only: not sent." if hidden else ""),
                    secret=secret,
                    aliases=aliases,
                    field_call=field_call(
                        name, wire, is_required, secret, aliases, default or "", hidden
                    ),
                )
            )
        if isinstance(pair, dict):
            names = {f.wire: f.name for f in model.fields}
            model.secret_pair = (names[pair["name"]], names[pair["value"]])

    def all_models(self) -> None:
        for name in sorted(self.schemas):
            schema = self.schemas[name] if isinstance(self.schemas[name], dict) else {}
            cls = self.class_names[name]
            self.make_model(cls, name, schema, self.module_of[cls])
            if name in self.request_names:
                request = self.request_names[name]
                self.make_model(request, name, schema, self.module_of[request], request=True)
                self.models[request].base = "RequestModel"

    def used_models(self, annotations: list[str], module: str) -> dict[str, list[str]]:
        """The model names the annotations use from modules other than `module`."""
        used: dict[str, set[str]] = {}
        for ann in annotations:
            for ident in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", ann):
                other = self.module_of.get(ident)
                if other and other != module:
                    used.setdefault(other, set()).add(ident)
        return {k: sorted(v) for k, v in sorted(used.items())}


RESERVED_FIELDS = frozenset(
    {
        "copy",
        "dict",
        "json",
        "schema",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        "schema_json",
    }
)


def secret_names(mappings: list[dict[str, Any]]) -> set[str]:
    """Every property name the spec marks `format: password` (of Types.mappings())."""
    found: set[str] = set()
    for node in mappings:
        props = node.get("properties")
        for name, prop in props.items() if isinstance(props, dict) else []:
            if isinstance(prop, dict) and prop.get("format") == "password":
                found.add(name)
    return found

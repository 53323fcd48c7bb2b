"""Stage 3, model: from the bundled spec to plain dataclasses the templates only loop over.

Every decision about Python names and types is taken here: identifiers (names.py), type
annotations, which parameters the client fills from its settings (root `x-client-settings`)
or its auth layer (`x-auth`), method variants (`x-variants`), fixtures from the examples.
Templates get text that is already safe to place in code through their filters.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .load import HTTP_METHODS, SCHEMA_PREFIX, unescape
from .names import pascal, snake, unique
from .validate import path_regex

# Names a generated model module defines or imports itself.
MODULE_NAMES = frozenset(
    {
        "Any",
        "Literal",
        "Union",
        "Field",
        "Model",
        "annotations",
        "cast",
        "ClassVar",
        "Iterator",
        "AsyncIterator",
    }
)
# Header parameters OpenAPI says to ignore: HTTP and the auth layer set them.
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# Names of the client's own method arguments.
METHOD_NAMES = frozenset({"self", "body", "options"})


@dataclass
class ModelField:
    name: str
    wire: str
    annotation: str
    required: bool
    description: str
    secret: bool


@dataclass
class Model:
    name: str
    schema: str
    module: str
    title: str
    description: str
    doc_section: str
    notes: list[str]
    fields: list[ModelField] = field(default_factory=list)
    alias: str = ""  # a type alias (union, enum, list...) instead of a class
    secret_pair: tuple[str, str] | None = None  # (name field, value field) of a name/value input


@dataclass
class Param:
    name: str
    wire: str
    location: str
    annotation: str
    required: bool
    description: str
    setting: str = ""  # filled from the client's setting of that name
    auth: bool = False  # filled by the auth layer


@dataclass
class Paging:
    """How a list operation pages: the runtime's paginate() spec and the iterator's item type."""

    style: str  # "offset" or "page"
    position: str  # the argument that moves (offset or page number)
    size: str  # the argument that sizes a page
    first: int
    items: str  # attribute of the response holding the page's items
    total: str  # attribute of the response holding the total, "" if none
    item: str  # annotation of one item
    page_size: int


@dataclass
class Operation:
    op_id: str
    method: str  # the method's name on its resource
    resource: str  # the resource's attribute on its service
    http_method: str
    path: str
    service: str
    summary: str
    description: str
    doc_section: str
    deprecated: bool
    params: list[Param]
    body: str  # annotation of the body argument, "" if none
    body_required: bool
    content_type: str
    response: str  # annotation of the parsed result, "None" if no body
    response_kind: str  # "none" | "json" | "stream"
    rate_limit: str
    notes: list[str]
    paging: Paging | None = None

    @property
    def args(self) -> list[Param]:
        return [p for p in self.params if not p.setting and not p.auth]

    @property
    def page_args(self) -> list[Param]:
        """The arguments of the all-pages iterator: all but the paging ones."""
        paging = self.paging
        skip = {paging.position, paging.size} if paging else set()
        return [p for p in self.args if p.name not in skip]


@dataclass
class ResourceGroup:
    """The operations of one tag: `client.<service>.<name>`."""

    name: str
    class_name: str
    title: str
    operations: list[Operation] = field(default_factory=list)


@dataclass
class Service:
    name: str
    class_name: str
    title: str
    url: str
    variables: dict[str, Any]
    resources: list[ResourceGroup] = field(default_factory=list)
    imports: dict[str, list[str]] = field(default_factory=dict)

    @property
    def operations(self) -> list[Operation]:
        return [op for r in self.resources for op in r.operations]


@dataclass
class ConnectorParam:
    name: str  # the argument of the helper
    wire: str  # the input name, e.g. linkConfig.host
    kind: str  # the JSON type the value is checked against
    annotation: str
    required: bool
    enum: list[Any]
    description: str
    secret: bool


@dataclass
class Connector:
    """One kind of the connector catalogue (schemas with `x-connector`)."""

    function: str
    schema: str
    role: str
    connector_name: str
    kinds: list[str]
    title: str
    doc_section: str
    params: list[ConnectorParam]


@dataclass
class Fixture:
    service: str
    op_id: str
    method: str
    data: dict[str, Any]


@dataclass
class Api:
    title: str
    version: str
    services: list[Service]
    models: list[Model]
    modules: dict[str, list[Model]]
    imports: dict[str, dict[str, list[str]]]
    fixtures: list[Fixture]
    connectors: list[Connector]
    settings: list[dict[str, str]]
    client_settings: list[tuple[str, str]]  # (setting, description), once each
    error_fields: dict[str, list[str]]
    error_codes: list[dict[str, Any]]
    secret_names: list[str]
    token_header: str
    token_request: dict[str, Any]
    project_header: str
    project_setting: str
    security_token_header: str
    request_id_header: str
    doc: dict[str, Any] = field(default_factory=dict)  # the bundled spec, as the testing kit's data

    @property
    def operations(self) -> list[Operation]:
        return [op for s in self.services for op in s.operations]

    @property
    def kit_example(self) -> dict[str, Any]:
        """The example test of the testing kit's documentation (generator/kit.py)."""
        from .kit import kit_example

        return kit_example(self)


def text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def notes_of(node: Any) -> list[str]:
    return [text(n) for n in (node or {}).get("x-doc-notes") or [] if isinstance(node, dict)]


class _Builder:
    def __init__(self, doc: dict[str, Any], origins: dict[str, str]) -> None:
        self.doc = doc
        self.schemas: dict[str, Any] = doc.get("components", {}).get("schemas") or {}
        self.services = list((doc.get("x-services") or {}).keys())
        self.origins = origins
        self.class_names: dict[str, str] = {}
        taken: set[str] = set(MODULE_NAMES)
        for name in sorted(self.schemas):
            self.class_names[name] = unique(pascal(name, MODULE_NAMES), taken)
        self.taken = taken
        self.models: dict[str, Model] = {}
        self.fixture_list: list[Fixture] = []
        self.module_of: dict[str, str] = {}
        for name in self.schemas:
            folder = self.origins.get(name, "")
            self.module_of[self.class_names[name]] = folder if folder in self.services else "common"

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

    def annotation(self, schema: Any, context: str, module: str) -> str:
        """The Python type of `schema`; inline objects become models named after `context`."""
        if not isinstance(schema, dict) or not schema:
            return "Any"
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            tokens = [unescape(t) for t in ref[len(SCHEMA_PREFIX) :].split("/")]
            if len(tokens) == 1 and tokens[0] in self.class_names:
                return self.class_names[tokens[0]]
            return self.annotation(self.resolve(schema), context, module)
        if "const" in schema:
            return f"Literal[{py_literal(schema['const'])}]"
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            values = ", ".join(py_literal(v) for v in schema["enum"])
            return f"Literal[{values}]"
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                members = [
                    self.annotation(s, f"{context}Option{i + 1}", module)
                    for i, s in enumerate(schema[key])
                ]
                return union(members)
        types = schema.get("type")
        if isinstance(schema.get("allOf"), list) and types in (None, "object"):
            return self.inline_model(schema, context, module)
        if isinstance(types, list):
            return union([self.annotation({**schema, "type": t}, context, module) for t in types])
        if types == "string":
            return "bytes" if schema.get("format") == "binary" else "str"
        if types == "integer":
            return "int"
        if types == "number":
            return "float"
        if types == "boolean":
            return "bool"
        if types == "null":
            return "None"
        if types == "array":
            return f"list[{self.annotation(schema.get('items'), context + 'Item', module)}]"
        if types == "object" or "properties" in schema:
            if schema.get("properties"):
                return self.inline_model(schema, context, module)
            extra = schema.get("additionalProperties")
            value = (
                self.annotation(extra, context + "Value", module)
                if isinstance(extra, dict)
                else "Any"
            )
            return f"dict[str, {value}]"
        return "Any"

    def inline_model(self, schema: dict[str, Any], context: str, module: str) -> str:
        name = unique(pascal(context, MODULE_NAMES), self.taken)
        self.module_of[name] = module
        self.make_model(name, name, schema, module)
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

    def make_model(
        self, class_name: str, schema_name: str, schema: dict[str, Any], module: str
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
            model.alias = self.annotation(schema, class_name + "Value", module)
            return
        props, required = self.object_parts(schema)
        taken: set[str] = set()
        pair = schema.get("x-name-value-pair")
        for wire, prop in props.items():
            prop = prop if isinstance(prop, dict) else {}
            resolved = self.resolve(prop)
            ann = self.annotation(prop, class_name + pascal(wire), module)
            is_required = wire in required
            if not is_required:
                ann = union([ann, "None"])
            model.fields.append(
                ModelField(
                    name=unique(snake(wire, RESERVED_FIELDS), taken),
                    wire=wire,
                    annotation=ann,
                    required=is_required,
                    description=text(prop.get("description") or resolved.get("description")),
                    secret=(prop.get("format") or resolved.get("format")) == "password",
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

    def used_models(self, annotations: list[str], module: str) -> dict[str, list[str]]:
        """The model names the annotations use from modules other than `module`."""
        used: dict[str, set[str]] = {}
        for ann in annotations:
            for ident in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", ann):
                other = self.module_of.get(ident)
                if other and other != module:
                    used.setdefault(other, set()).add(ident)
        return {k: sorted(v) for k, v in sorted(used.items())}

    # -- operations ------------------------------------------------------------------------
    def settings(self) -> dict[tuple[str, str], str]:
        out = {}
        for s in self.doc.get("x-client-settings") or []:
            out[(s.get("in", ""), s.get("name", ""))] = s.get("setting", "")
        return out

    def operation_list(self) -> list[Service]:
        services = {
            name: Service(
                name=name,
                class_name=pascal(name),
                title=text(spec.get("title")),
                url=text(spec.get("server", {}).get("url")),
                variables=spec.get("server", {}).get("variables") or {},
            )
            for name, spec in (self.doc.get("x-services") or {}).items()
        }
        tags = {t["name"]: t for t in self.doc.get("tags") or []}
        groups: dict[str, ResourceGroup] = {}
        for tag in tags.values():
            service = services[tag.get("x-service", "")]
            group = ResourceGroup(
                name=snake(tag.get("x-resource") or tag["name"]),
                class_name=service.class_name + pascal(tag.get("x-resource") or tag["name"]),
                title=text(tag.get("description")),
            )
            groups[tag["name"]] = group
            service.resources.append(group)
        settings = self.settings()
        for path, item in (self.doc.get("paths") or {}).items():
            for http_method in HTTP_METHODS:
                op = item.get(http_method) if isinstance(item, dict) else None
                if not isinstance(op, dict):
                    continue
                tag = (op.get("tags") or [""])[0]
                group = groups[tag]
                service = services[tags[tag].get("x-service", "")]
                params = self.params(item, op, settings, op["operationId"], service.name)
                methods = [
                    self.operation(path, http_method, op, variant, params, service.name, group.name)
                    for variant in op.get("x-variants") or [{}]
                ]
                group.operations += methods
                data = self.fixture(path, http_method, op, methods)
                self.fixture_list.append(
                    Fixture(service.name, op["operationId"], http_method, data)
                )
        for s in services.values():
            s.resources = [g for g in s.resources if g.operations]
            for g in s.resources:
                g.operations.sort(key=lambda o: o.method)
        return list(services.values())

    def params(
        self,
        item: dict[str, Any],
        op: dict[str, Any],
        settings: dict[tuple[str, str], str],
        op_id: str,
        module: str,
    ) -> list[Param]:
        taken: set[str] = set(METHOD_NAMES)
        out = []
        raw = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        for p in sorted(raw, key=lambda p: order.get(p.get("in", ""), 9)):
            if p.get("in") == "header" and p["name"].lower() in IGNORED_HEADERS:
                continue
            schema = p.get("schema") or {}
            ann = self.annotation(schema, op_id + pascal(p["name"]), module)
            required = bool(p.get("required"))
            out.append(
                Param(
                    name=unique(snake(p["name"], METHOD_NAMES), taken),
                    wire=p["name"],
                    location=p.get("in", ""),
                    annotation=ann if required else union([ann, "None"]),
                    required=required,
                    description=text(p.get("description")),
                    setting=settings.get((p.get("in", ""), p["name"]), ""),
                    auth=bool(p.get("x-auth")),
                )
            )
        return out

    def operation(
        self,
        path: str,
        http_method: str,
        op: dict[str, Any],
        variant: dict[str, Any],
        params: list[Param],
        service: str,
        resource: str,
    ) -> Operation:
        op_id = variant.get("operationId") or op["operationId"]
        body = op.get("requestBody") or {}
        first: tuple[str, dict[str, Any]] = next(
            iter((body.get("content") or {}).items()), ("", {})
        )
        content_type, media = first
        body_schema = variant.get("schema") or (media.get("schema") if media else None)
        body_ann = self.annotation(body_schema, op_id + "Body", service) if body_schema else ""
        response_kind, response = self.response(op, op_id, service)
        if variant.get("response") and response_kind == "json":
            response = self.annotation(variant["response"], op_id + "Response", service)
        limit = variant.get("x-rate-limit") or op.get("x-rate-limit") or {}
        name = variant.get("x-method") or op.get("x-method") or snake(op_id)
        return Operation(
            op_id=op_id,
            method=method_name(name),
            resource=resource,
            http_method=http_method.upper(),
            path=path,
            service=service,
            summary=text(variant.get("summary") or op.get("summary")),
            description=text(variant.get("description") or op.get("description")),
            doc_section=text(variant.get("x-doc-section") or op.get("x-doc-section")),
            deprecated=bool(variant.get("deprecated", op.get("deprecated"))),
            params=params,
            body=body_ann,
            body_required=bool(body.get("required")),
            content_type=content_type,
            response=response,
            response_kind=response_kind,
            rate_limit=f"{limit['requests']}/{limit['per']}" if limit else "",
            notes=notes_of(op) + notes_of(variant),
            paging=self.paging(op, params, response),
        )

    def paging(self, op: dict[str, Any], params: list[Param], response: str) -> Paging | None:
        spec = op.get("x-pagination")
        if not isinstance(spec, dict):
            return None
        by_wire = {p.wire: p for p in params if p.location == "query"}
        position = by_wire[spec["offset" if spec.get("style") == "offset" else "page"]]
        size = by_wire[spec["limit" if spec.get("style") == "offset" else "size"]]
        model = self.models.get(response)
        fields = {f.wire: f for f in model.fields} if model else {}
        items = fields[spec["items"]]
        total = fields.get(spec.get("total", ""))
        item = split_union(items.annotation)[0]
        item = item[len("list[") : -1] if item.startswith("list[") else "Any"
        size_schema = next(
            (
                p.get("schema") or {}
                for p in op.get("parameters") or []
                if p.get("name") == size.wire
            ),
            {},
        )
        page_size = size_schema.get("maximum") or size_schema.get("default") or 100
        return Paging(
            style=spec.get("style", "offset"),
            position=position.name,
            size=size.name,
            first=int(spec.get("first", 1)),
            items=items.name,
            total=total.name if total else "",
            item=item,
            page_size=int(page_size),
        )

    def response(self, op: dict[str, Any], op_id: str, service: str) -> tuple[str, str]:
        """("none" | "json" | "stream", annotation) of the first success response."""
        codes = sorted(c for c in (op.get("responses") or {}) if str(c).startswith("2"))
        content = ((op["responses"][codes[0]] or {}).get("content") or {}) if codes else {}
        if not content:
            return "none", "None"
        media = next(iter(content.values())) or {}
        schema = media.get("schema") or {}
        if op.get("x-stream") or self.resolve(schema).get("format") == "binary":
            return "stream", "Download"
        return "json", self.annotation(schema, op_id + "Response", service)

    # -- connector catalogue ---------------------------------------------------------------
    def connectors(self) -> list[Connector]:
        out = []
        for name in sorted(self.schemas):
            schema = self.schemas[name]
            spec = schema.get("x-connector") if isinstance(schema, dict) else None
            if not isinstance(spec, dict):
                continue
            props, required = self.object_parts(schema)
            taken: set[str] = {"extra_inputs"}
            params = []
            for wire, prop in props.items():
                prop = self.resolve(prop)
                kind = prop.get("type", "any")
                kind = "any" if isinstance(kind, list) or "oneOf" in prop else kind
                ann = JSON_ANNOTATIONS.get(kind, "Any")
                if prop.get("enum"):
                    ann = "Literal[" + ", ".join(py_literal(v) for v in prop["enum"]) + "]"
                params.append(
                    ConnectorParam(
                        name=unique(snake(wire.split(".", 1)[-1], METHOD_NAMES), taken),
                        wire=wire,
                        kind=kind,
                        annotation=ann if wire in required else union([ann, "None"]),
                        required=wire in required,
                        enum=list(prop.get("enum") or []),
                        description=text(prop.get("description")),
                        secret=prop.get("format") == "password",
                    )
                )
            params.sort(key=lambda p: not p.required)
            out.append(
                Connector(
                    function=snake(re.sub(r"Config$", "", name)),
                    schema=name,
                    role=text(spec.get("role")),
                    connector_name=text(spec.get("connector-name")),
                    kinds=[text(k) for k in spec.get("kinds") or []],
                    title=text(schema.get("title")),
                    doc_section=text(schema.get("x-doc-section")),
                    params=params,
                )
            )
        return out

    # -- fixtures --------------------------------------------------------------------------
    def sample(self, schema: Any, depth: int = 0) -> Any:
        """A minimal value of `schema`, for responses the reference gives no example of."""
        schema = self.resolve(schema)
        for key in ("example", "default", "const"):
            if key in schema:
                return schema[key]
        if schema.get("examples"):
            return schema["examples"][0]
        if schema.get("enum"):
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.sample(schema[key][0], depth + 1)
        kind = schema.get("type")
        kind = kind[0] if isinstance(kind, list) else kind
        if "properties" in schema or "allOf" in schema or kind == "object":
            props, required = self.object_parts(schema)
            if depth > 8:
                return {}
            return {k: self.sample(props[k], depth + 1) for k in required if k in props}
        samples = {"integer": 0, "number": 0, "boolean": False, "array": [], "null": None}
        if kind == "string" and schema.get("format") == "binary":
            return "binary content"
        return samples.get(kind, "string")

    def fixture(
        self, path: str, http_method: str, op: dict[str, Any], methods: list[Operation]
    ) -> dict[str, Any]:
        """Request and response examples of one operation, paired into cases a test can replay."""
        regex = path_regex(path)
        names = re.findall(r"\{([^{}]+)\}", path)
        body_media: dict[str, Any] = next(
            iter(((op.get("requestBody") or {}).get("content") or {}).values()), {}
        )
        body_examples = body_media.get("examples") or {} if body_media else {}
        method_of = {
            ex: m
            for v, m in zip(op.get("x-variants") or [], methods)
            for ex in v.get("examples") or []
        }
        success: dict[str, Any] = {}
        errors = []
        for code, response in sorted((op.get("responses") or {}).items()):
            content = (response or {}).get("content") or {}
            first: tuple[str, dict[str, Any]] = next(iter(content.items()), ("", {}))
            mt, media = first
            examples = {
                n: e.get("value")
                for n, e in ((media.get("examples") if media else None) or {}).items()
                if "value" in e
            }
            if str(code).startswith("2") and not success:
                body = self.sample(media.get("schema")) if mt and not examples else None
                success = {
                    "status": int(code),
                    "content_type": mt,
                    "examples": examples,
                    "body": body,
                }
            elif str(code)[:1] in "45":
                for name, value in examples.items():
                    errors.append(
                        {"name": name, "status": int(code), "content_type": mt, "body": value}
                    )
        cases = []
        for name, ex in (op.get("x-examples") or {}).items():
            method = method_of.get(name, methods[0])
            parts = urlsplit(ex["uri"])
            match = regex.fullmatch(parts.path)
            values = dict(zip(names, match.groups() if match else ()))
            query = parse_qsl(parts.query, keep_blank_values=True)
            body = body_examples.get(name, {}).get("value")
            kwargs: dict[str, Any] = {}
            settings: dict[str, Any] = {}
            for p in method.params:
                value = values.get(p.wire) if p.location == "path" else dict(query).get(p.wire)
                if value is None:
                    continue
                if p.setting:
                    settings[p.setting] = value
                elif not p.auth:
                    kwargs[p.name] = value
            if body is not None and method.body:
                kwargs["body"] = body
            examples = success.get("examples") or {}
            response_body = examples.get(name, next(iter(examples.values()), success.get("body")))
            cases.append(
                {
                    "name": name,
                    "summary": text(ex.get("summary")),
                    "call": {
                        "resource": method.resource,
                        "method": method.method,
                        "kwargs": kwargs,
                        "settings": settings,
                    },
                    "request": {
                        "method": http_method.upper(),
                        "path": parts.path,
                        "query": [list(kv) for kv in query],
                        "body": body if method.body else None,
                    },
                    "response": {
                        "status": success.get("status", 200),
                        "content_type": success.get("content_type", ""),
                        "body": response_body,
                    },
                }
            )
        return {
            "operationId": op["operationId"],
            "method": http_method.upper(),
            "path": path,
            "cases": cases,
            "errors": errors,
        }


JSON_ANNOTATIONS = {
    "string": "str",
    "boolean": "bool",
    "integer": "int",
    "number": "float",
    "object": "dict[str, Any]",
    "array": "list[Any]",
}
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


def py_literal(value: Any) -> str:
    """A Python literal for a JSON scalar (repr of str is always a safe literal)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float, str)):
        return repr(value)
    return repr(json.dumps(value, ensure_ascii=False, sort_keys=True))


def split_union(annotation: str) -> list[str]:
    """The top-level members of `A | B[C | D] | None`."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(annotation):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0 and annotation.startswith(" | ", i):
            parts.append(annotation[start:i])
            start = i + 3
    parts.append(annotation[start:])
    return parts


def union(members: list[str]) -> str:
    seen: list[str] = []
    for m in members:
        for part in split_union(m):
            if part not in seen:
                seen.append(part)
    if "Any" in seen:
        return "Any"
    if "None" in seen:
        seen = [s for s in seen if s != "None"] + ["None"]
    return " | ".join(seen)


def method_name(name: str) -> str:
    """A method name: like snake(), but builtins such as `list` are fine on a class."""
    ident = snake(name, METHOD_NAMES)
    plain = ident.rstrip("_")
    return (
        plain
        if ident.endswith("_") and not keyword.iskeyword(plain) and plain not in METHOD_NAMES
        else ident
    )


def secret_names(node: Any) -> set[str]:
    """Every property name the spec marks `format: password`."""
    found: set[str] = set()
    if isinstance(node, dict):
        props = node.get("properties")
        for name, prop in props.items() if isinstance(props, dict) else []:
            if isinstance(prop, dict) and prop.get("format") == "password":
                found.add(name)
        for value in node.values():
            found |= secret_names(value)
    elif isinstance(node, list):
        for value in node:
            found |= secret_names(value)
    return found


def build(doc: dict[str, Any], origins: dict[str, str]) -> Api:
    """The intermediate model of a validated, bundled spec; `origins` maps each schema to the
    top folder of its file, which names its model module when it is a service's name."""
    b = _Builder(doc, origins)
    b.all_models()
    services = b.operation_list()
    fixtures = sorted(b.fixture_list, key=lambda f: (f.service, f.op_id))
    models = sorted(b.models.values(), key=lambda m: (m.module, m.name))
    modules: dict[str, list[Model]] = {"common": []}
    for s in services:
        modules[s.name] = []
    for m in models:
        modules.setdefault(m.module, []).append(m)
    imports = {
        module: b.used_models(
            [a for m in members for a in [m.alias, *(f.annotation for f in m.fields)]], module
        )
        for module, members in modules.items()
    }
    for s in services:
        anns = [
            a
            for op in s.operations
            for a in [
                op.body,
                op.response,
                op.paging.item if op.paging else "",
                *(p.annotation for p in op.params),
            ]
        ]
        s.imports = b.used_models(anns, "")
    error_schema = b.schemas.get(doc.get("x-error-schema", ""), {})
    error_fields: dict[str, list[str]] = {}
    for wire, prop in (error_schema.get("properties") or {}).items():
        role = (prop or {}).get("x-error-field")
        if role:
            error_fields.setdefault(role, []).append(wire)
    schemes = [
        s
        for s in (doc.get("components", {}).get("securitySchemes") or {}).values()
        if isinstance(s, dict) and s.get("type") == "apiKey" and s.get("in") == "header"
    ]
    return Api(
        title=text(doc.get("info", {}).get("title")),
        version=text(doc.get("info", {}).get("version")),
        services=services,
        models=models,
        modules=modules,
        imports=imports,
        fixtures=fixtures,
        connectors=b.connectors(),
        settings=list(doc.get("x-client-settings") or []),
        client_settings=list(
            {
                s["setting"]: text(s.get("description"))
                for s in reversed(doc.get("x-client-settings") or [])
            }.items()
        )[::-1],
        error_fields=error_fields,
        error_codes=[e for codes in (doc.get("x-error-codes") or {}).values() for e in codes or []],
        secret_names=sorted(secret_names(doc)),
        token_header=next((s.get("name", "") for s in schemes if "x-signing" not in s), ""),
        token_request=next((s["x-token-request"] for s in schemes if "x-token-request" in s), {}),
        project_header=next(
            (s["x-signing"].get("project-header", "") for s in schemes if "x-signing" in s), ""
        ),
        project_setting=next(
            (s["x-signing"].get("project-setting", "") for s in schemes if "x-signing" in s), ""
        ),
        security_token_header=next(
            (s["x-signing"].get("security-token-header", "") for s in schemes if "x-signing" in s),
            "",
        ),
        request_id_header=text(doc.get("x-request-id-header")),
        doc=doc,
    )

"""The intermediate representation (IR): plain dataclasses the templates only loop over.

The model stage (model.py and the modules it uses: types.py, operations.py, fixtures.py,
connectors.py) fills them from the bundled spec; the render stage reads them. Every decision is
already taken: names are identifiers, annotations are Python text, text from the spec is data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .release import Release


@dataclass
class ModelField:
    name: str
    wire: str
    annotation: str
    required: bool
    description: str
    secret: bool
    aliases: list[str] = field(default_factory=list)  # x-aliases: other spellings accepted
    field_call: str = ""  # the `Field(...)` call of the field ("" when it needs none)
    code: str = ""  # the annotation as the class body writes it (evaluated.py: text or quoted)


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
    base: str = "Model"  # RequestModel for a request shape (shapes.py)


@dataclass
class Param:
    name: str
    wire: str
    location: str
    annotation: str
    required: bool
    description: str
    setting: str = ""  # filled from the client's setting of that name
    style: str = ""  # the spec's style, when it gives a style or explode (_encoding.py)
    explode: bool = False


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
    idempotent: bool = True  # safe to send again (x-idempotent, else from the method)

    @property
    def args(self) -> list[Param]:
        return [p for p in self.params if not p.setting]

    @property
    def typed_args(self) -> list[Param]:
        """The arguments whose declared type the runtime checks (all but plain strings)."""
        return [p for p in self.args if p.annotation not in ("str", "str | None")]

    @property
    def call_entry(self) -> dict[str, Any]:
        """What the runtime's `_call` reads of this operation (`_resources.plan`), beside its
        resource's module: the arguments the method passes, in the order of `params`, are
        the parameters not filled from a setting; defaults are left out."""
        params: list[dict[str, Any]] = []
        for p in self.params:
            param: dict[str, Any] = {"in": p.location, "wire": p.wire}
            if p.setting:
                param["setting"] = p.setting
            else:
                param["arg"] = p.name
                if p.annotation not in ("str", "str | None"):  # as typed_args
                    param["typed"] = True
                if p.style:
                    param.update(style=p.style, explode=p.explode)
            params.append(param)
        entry: dict[str, Any] = {"method": self.method, "http": self.http_method}
        entry.update(path=self.path, params=params, idempotent=self.idempotent)
        entry["response"] = self.response_kind
        if self.body:
            entry["body"] = {"content_type": self.content_type, "required": self.body_required}
        return entry

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
    service: str = ""
    imports: dict[str, list[str]] = field(default_factory=dict)  # model module -> names
    sources: list[str] = field(default_factory=list)  # the spec files of its paths

    @property
    def call_table(self) -> dict[str, dict[str, Any]]:
        """Each operation's `call_entry` by its id: the table beside the resource's module."""
        return {op.op_id: op.call_entry for op in self.operations}


@dataclass
class Service:
    name: str
    class_name: str
    title: str
    url: str
    variables: dict[str, Any]
    resources: list[ResourceGroup] = field(default_factory=list)

    @property
    def operations(self) -> list[Operation]:
        return [op for r in self.resources for op in r.operations]

    @property
    def defaults(self) -> dict[str, str]:
        """The default of each server variable but `{region}` (the client's region)."""
        return {
            str(k): str(v.get("default", ""))
            for k, v in sorted(self.variables.items())
            if k != "region" and isinstance(v, dict)
        }


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
    returns: str = ""  # the model the helper returns (root `x-connector-roles`), "" for a list
    configs: str = ""  # the wire name of the returned model's property that holds the groups


@dataclass
class ConnectorGroup:
    """The connector helpers of one role (link, from, to...): one module of `connectors`."""

    name: str
    role: str
    connectors: list[Connector]
    imports: dict[str, list[str]] = field(default_factory=dict)  # model module -> names


@dataclass
class ModelModule:
    """One module of `dataarts.models`: `<service>.<stem>` for spec/<service>/schemas/<stem>.yaml
    (and the inline objects of the operations of spec/<service>/<stem>.yaml), or `common`."""

    name: str  # dotted, relative to dataarts.models
    models: list[Model]
    imports: dict[str, list[str]]  # module (dotted, relative to dataarts.models) -> names
    sources: list[str]
    classes: list[Model] = field(default_factory=list)  # in order of definition (evaluated.py)

    @property
    def path(self) -> str:
        return self.name.replace(".", "/")

    @property
    def request_shapes(self) -> bool:
        """Some model is a request shape (its base is RequestModel)."""
        return any(m.base == "RequestModel" for m in self.models)

    @property
    def tagged(self) -> bool:
        """Some annotation is a callable-discriminated union (shapes.py)."""
        return any(
            "_Tag(" in a for m in self.models for a in [m.alias, *(f.annotation for f in m.fields)]
        )

    @property
    def up(self) -> str:
        """The relative-import prefix of dataarts.models from this module."""
        return "." * (self.name.count(".") + 1)

    @property
    def package(self) -> str:
        return self.name.rpartition(".")[0]

    @property
    def stem(self) -> str:
        return self.name.rpartition(".")[2]


@dataclass
class ModelPackage:
    """The models of one service: `dataarts.models.<service>`, a package of ModelModules."""

    name: str
    modules: list[ModelModule]


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
    modules: list[ModelModule]
    fixtures: list[Fixture]
    connectors: list[Connector]
    connector_groups: list[ConnectorGroup]
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
    package: str = "dataarts"  # the generator's settings (settings.py)
    distribution: str = "dataarts-client"
    client_class: str = "DataArts"
    auth_doc: str = ""
    kit: bool = True  # the testing kit is made
    auth_required: bool = True  # a call without credentials is refused (the spec has security)
    # the spec's standard security schemes (runtime _schemes.py), unless it uses the project's
    security_schemes: dict[str, dict[str, str]] = field(default_factory=dict)
    release: Release = field(default_factory=Release)  # x-release: the client's version, metadata

    @property
    def operations(self) -> list[Operation]:
        return [op for s in self.services for op in s.operations]

    @property
    def kit_example(self) -> dict[str, Any]:
        """The example test of the testing kit's documentation (generator/kit.py)."""
        from .kit import kit_example

        return kit_example(self)

    @property
    def readme_examples(self) -> list[dict[str, Any]]:
        """One call per resource from the spec's examples (generator/examples.py)."""
        from .examples import resource_examples

        return resource_examples(self)

    @property
    def paged_example(self) -> Operation | None:
        """The first list operation with an all-pages iterator, for the README."""
        return next((op for op in self.operations if op.paging), None)

    @property
    def stream_example(self) -> Operation | None:
        """The first operation whose result is streamed (an export), for the README."""
        return next((op for op in self.operations if op.response_kind == "stream"), None)

    @property
    def resources(self) -> list[ResourceGroup]:
        return [r for s in self.services for r in s.resources]

    @property
    def model_packages(self) -> list[ModelPackage]:
        """The packages of models, one per service that has models."""
        out: dict[str, list[ModelModule]] = {}
        for m in self.modules:
            if m.package:
                out.setdefault(m.package, []).append(m)
        return [ModelPackage(name, modules) for name, modules in out.items()]


def text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def notes_of(node: Any) -> list[str]:
    return [text(n) for n in (node or {}).get("x-doc-notes") or [] if isinstance(node, dict)]


def aliases_of(node: Any) -> list[str]:
    """The other spellings of a property (x-aliases), accepted when parsing."""
    found = node.get("x-aliases") if isinstance(node, dict) else None
    return [str(a) for a in found] if isinstance(found, list) else []


def provenance(node: Any) -> str:
    """What the docs add about where a property or parameter comes from: other spellings it is
    read under (x-aliases), and a vendor SDK that sends or reads it though the reference does
    not (x-vendor-sdk)."""
    out = ""
    if aliases_of(node):
        out += "\n\nAlso read as: " + ", ".join(aliases_of(node)) + "."
    sdk = node.get("x-vendor-sdk") if isinstance(node, dict) else None
    if sdk:
        out += f"\n\nNot in the reference: from the vendor SDK ({text(sdk)})."
    return out

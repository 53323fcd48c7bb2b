"""Model stage, operations: services, resources, methods, parameters, responses and paging.

Which parameters the client fills from its settings (root `x-client-settings`), one method per `x-variants` entry, `x-method` names, `x-rate-limit`,
`x-pagination` (the all-pages iterator), `x-stream` (downloads), `x-idempotent` (whether the
client may send a call again).
"""

from __future__ import annotations

import keyword
from typing import Any

from .constraints import constraints_text
from .fixtures import Fixtures
from .ir import (
    Fixture,
    Operation,
    Paging,
    Param,
    ResourceGroup,
    Service,
    notes_of,
    provenance,
    text,
)
from .load import HTTP_METHODS, escape
from .names import pascal, snake, unique
from .shapes import default_words
from .pytypes import split_union, strip_annotated, union
from .types import METHOD_NAMES

# Header parameters OpenAPI says to ignore: HTTP and the auth layer set them.
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


# Methods whose repetition is harmless unless the operation's x-idempotent says otherwise.
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


class Operations(Fixtures):
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
                service=service.name,
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
                source = self.files.get("/paths/" + escape(path), "")
                module = self.file_module(source)
                params = self.params(item, op, settings, op["operationId"], module)
                methods = [
                    self.operation(
                        path, http_method, op, variant, params, service.name, group.name, module
                    )
                    for variant in op.get("x-variants") or [{}]
                ]
                group.operations += methods
                if source and source not in group.sources:
                    group.sources.append(source)
                data = self.fixture(path, http_method, op, methods)
                self.fixture_list.append(
                    Fixture(service.name, op["operationId"], http_method, data)
                )
        for s in services.values():
            s.resources = [g for g in s.resources if g.operations]
            for g in s.resources:
                g.operations.sort(key=lambda o: o.method)
                g.sources.sort()
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
        # an operation's parameter overrides the path item's of the same name and location
        merged = {
            (p.get("in"), p.get("name")): p
            for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]
        }
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        for p in sorted(merged.values(), key=lambda p: order.get(p.get("in", ""), 9)):
            if p.get("in") == "header" and p["name"].lower() in IGNORED_HEADERS:
                continue
            schema = p.get("schema") or {}
            ann = self.annotation(schema, op_id + pascal(p["name"]), module, request=True)
            required = bool(p.get("required"))
            out.append(
                Param(
                    name=unique(snake(p["name"], METHOD_NAMES), taken),
                    wire=p["name"],
                    location=p.get("in", ""),
                    annotation=ann if required else union([ann, "None"]),
                    required=required,
                    description=text(p.get("description"))
                    + provenance(p)
                    + (f" Constraints: {rules}." if (rules := constraints_text(schema)) else "")
                    + default_words(schema),
                    setting=settings.get((p.get("in", ""), p["name"]), ""),
                    **style_of(p),
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
        module: str,
    ) -> Operation:
        op_id = variant.get("operationId") or op["operationId"]
        body = op.get("requestBody") or {}
        first: tuple[str, dict[str, Any]] = next(
            iter((body.get("content") or {}).items()), ("", {})
        )
        content_type, media = first
        body_schema = variant.get("schema") or (media.get("schema") if media else None)
        body_ann = (
            self.annotation(body_schema, op_id + "Body", module, request=True)
            if body_schema
            else ""
        )
        response_kind, response = self.response(op, op_id, module)
        if variant.get("response") and response_kind == "json":
            response = self.annotation(variant["response"], op_id + "Response", module)
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
            idempotent=bool(
                variant.get(
                    "x-idempotent", op.get("x-idempotent", http_method.upper() in IDEMPOTENT)
                )
            ),
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
        item = strip_annotated(split_union(items.annotation)[0])
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

    def response(self, op: dict[str, Any], op_id: str, module: str) -> tuple[str, str]:
        """("none" | "json" | "text" | "stream", annotation) of the first success response (`200`
        before `2XX`), else of `default`."""
        responses = op.get("responses") or {}
        codes = sorted(str(c) for c in responses if str(c).startswith("2"))
        codes = codes or [c for c in responses if c == "default"]
        content = ((responses[codes[0]] or {}).get("content") or {}) if codes else {}
        if not content:
            return "none", "None"
        media_type, media = next(iter(content.items()))
        schema = (media or {}).get("schema") or {}
        if op.get("x-stream") or self.resolve(schema).get("format") == "binary":
            return "stream", "Download"
        kind = media_type.split(";")[0].strip().lower()
        if kind.startswith("text/") and not kind.endswith("json"):
            return "text", "str"  # the body as text
        if kind != "application/json" and not kind.endswith("+json"):
            return "stream", "Download"  # any other media type: the bytes
        return "json", self.annotation(schema, op_id + "Response", module)


def method_name(name: str) -> str:
    """A method name: like snake(), but builtins such as `list` are fine on a class."""
    ident = snake(name, METHOD_NAMES)
    plain = ident.rstrip("_")
    return (
        plain
        if ident.endswith("_") and not keyword.iskeyword(plain) and plain not in METHOD_NAMES
        else ident
    )


DEFAULT_STYLE = {"path": "simple", "header": "simple", "query": "form", "cookie": "form"}


def style_of(param: dict[str, Any]) -> dict[str, Any]:
    """The style and explode of a parameter whose spec gives one that is not its location's
    default (the runtime wraps its value in `_encoding.styled`, from the resource's table)."""
    location = str(param.get("in", ""))
    default = DEFAULT_STYLE.get(location, "")
    style = str(param.get("style") or default)
    explode = param.get("explode", style == "form")
    if style == default and explode == (style == "form"):
        return {}
    return {"style": style, "explode": bool(explode)}

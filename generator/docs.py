"""The review pages: the HTML reference, the notes register and the coverage report.

Reads the bundle (for schemas, examples, constraints, notes) and the intermediate model (for
the client calls), builds plain dataclasses, and renders them through templates/docs/ into
generated/docs/: `reference.html` (one self-contained file: styles, script and search index
inline, no network), and Markdown for reading on a forge (`notes.md`, `coverage.md`). The
per-service Markdown pages stay with render.py.

Jinja autoescaping is on for `*.html.j2` templates, so spec text is always escaped in HTML;
JSON placed inside `<script>` goes through Jinja's `tojson`, which escapes `<`, `>` and `&`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from . import coverage as coverage_mod
from .docdata import (
    Body,
    ErrorCode,
    ModelDoc,
    ModelSection,
    OpDoc,
    OpSection,
    ParamDoc,
    Reference,
    Resource,
    ServiceDoc,
)
from .doctree import TreeBuilder, constraints, type_text
from .ir import Api, Operation
from .notes import Note, Register, group
from .owners import anchor, walk
from .sections import Reads, Units, digest, gathered

OUTPUTS = {
    "docs/reference.html.j2": "docs/reference.html",
    "docs/notes.md.j2": "docs/notes.md",
    "docs/coverage.md.j2": "docs/coverage.md",
}


def pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _codes(value: Any) -> set[str]:
    """Error codes found in an example body (any string value of an `*code*` key)."""
    found: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            if "code" in str(k).lower() and isinstance(v, str):
                found.add(v)
            found |= _codes(v)
    elif isinstance(value, list):
        for v in value:
            found |= _codes(v)
    return found


class _Docs:
    def __init__(self, doc: dict[str, Any], api: Api, notes: Register) -> None:
        self.doc, self.api = doc, api
        self.schemas = Reads(doc.get("components", {}).get("schemas") or {})
        self.tree = TreeBuilder(self.schemas)
        self.register = notes
        self.by_anchor: dict[str, list[Note]] = {}
        for n in notes.notes:
            self.by_anchor.setdefault(n.anchor, []).append(n)
        self.error_table = {
            str(e.get("code")): ErrorCode(
                str(e.get("code", "")),
                str(e.get("status", "")),
                str(e.get("message", "")),
                str(e.get("solution", "")),
            )
            for codes in (doc.get("x-error-codes") or {}).values()
            for e in codes or []
        }
        self.used_by: dict[str, list[tuple[str, str]]] = {}
        self.uses: list[str] = []  # the schemas the operation being built names

    def notes_of(self, anchor_id: str) -> list[Note]:
        return self.by_anchor.get(anchor_id, [])

    def body(self, title: str, content: dict[str, Any]) -> Body:
        first: tuple[str, Any] = next(iter(content.items()), ("", {}))
        ctype, found = first
        media: dict[str, Any] = found if isinstance(found, dict) else {}
        schema = media.get("schema") or {}
        kind, link = type_text(schema)
        for pointer, node in walk(schema):
            ref = node.get("$ref")
            if isinstance(ref, str):
                self.uses.append(ref.rsplit("/", 1)[-1])
        examples = [
            (name, pretty(ex.get("value")))
            for name, ex in (media.get("examples") or {}).items()
            if isinstance(ex, dict) and "value" in ex
        ]
        shared_error = link and link == anchor("model", str(self.doc.get("x-error-schema", "")))
        rows = [] if shared_error else self.tree.rows(schema)
        return Body(title, ctype, kind, link, rows, examples)

    def operation(self, op: Operation) -> OpDoc:
        item = self.doc["paths"][op.path]
        raw = item[op.http_method.lower()]
        variant: dict[str, Any] = next(
            (v for v in raw.get("x-variants") or [] if v.get("operationId") == op.op_id), {}
        )
        op_anchor = anchor("operation", op.op_id)
        by_wire = {(p.location, p.wire): p for p in op.params}
        params = []
        for p in [*(item.get("parameters") or []), *(raw.get("parameters") or [])]:
            model_param = by_wire.get((p.get("in", ""), p.get("name", "")))
            schema = p.get("schema") or {}
            filled = ""
            if model_param and model_param.setting:
                filled = f"client setting {model_param.setting}"
            params.append(
                ParamDoc(
                    name=model_param.name if model_param and not filled else "",
                    wire=str(p.get("name", "")),
                    location=str(p.get("in", "")),
                    type=type_text(schema)[0],
                    required=bool(p.get("required")),
                    constraints=constraints(schema),
                    description=str(p.get("description") or "").strip(),
                    filled_by=filled,
                )
            )
        request = None
        content = (raw.get("requestBody") or {}).get("content") or {}
        if content:
            if variant.get("schema"):
                ctype = next(iter(content))
                media = dict(content[ctype] or {})
                own = set(variant.get("examples") or [])
                media["schema"] = variant["schema"]
                media["examples"] = {
                    k: v for k, v in (media.get("examples") or {}).items() if k in own
                }
                content = {ctype: media}
            request = self.body("request body", content)
        responses = []
        codes: set[str] = set()
        for code, resp in (raw.get("responses") or {}).items():
            resp = resp or {}
            title = f"{code} {str(resp.get('description') or '').strip()}".strip()
            content = resp.get("content") or {}
            if variant.get("response") and str(code).startswith("2") and content:
                ctype = next(iter(content))
                content = {ctype: {**(content[ctype] or {}), "schema": variant["response"]}}
            responses.append(self.body(title, content))
            if str(code)[:1] in "45":
                for media in content.values():
                    for ex in ((media or {}).get("examples") or {}).values():
                        codes |= _codes((ex or {}).get("value"))
        names = set(variant.get("examples") or [])
        uri_examples = [
            (name, str(ex.get("summary") or ""), str(ex.get("uri") or ""))
            for name, ex in (raw.get("x-examples") or {}).items()
            if not names or name in names
        ]
        errors = [self.error_table.get(c) or ErrorCode(c, "", "", "") for c in sorted(codes)]
        args = ", ".join(f"{p.name}=..." for p in op.args if p.required)
        if op.body:
            args = ", ".join(a for a in (args, "body=...") if a)
        return OpDoc(
            op=op,
            anchor=op_anchor,
            call=f"client.{op.service}.{op.resource}.{op.method}({args})",
            params=params,
            request=request,
            responses=responses,
            uri_examples=uri_examples,
            errors=errors,
            notes=self.notes_of(op_anchor),
        )

    def model(self, name: str) -> ModelDoc:
        schema = self.schemas[name] if isinstance(self.schemas[name], dict) else {}
        example = schema.get("x-connector-example", schema.get("example"))
        if example is None and schema.get("examples"):
            example = schema["examples"][0]
        kind = type_text({k: v for k, v in schema.items() if k != "$ref"})[0]
        return ModelDoc(
            name=name,
            anchor=anchor("model", name),
            title=str(schema.get("title") or ""),
            description=str(schema.get("description") or "").strip(),
            section=str(schema.get("x-doc-section") or ""),
            type=kind,
            rows=self.tree.rows(schema, expand_ref=False),
            notes=self.notes_of(anchor("model", name)),
            used_by=sorted(self.used_by.get(name, [])),
            example="" if example is None else pretty(example),
        )


def build(
    doc: dict[str, Any], api: Api, outline: str, env: jinja2.Environment, units: Units
) -> Reference:
    """The page's data, each operation's and model's section rendered (or reused: units)."""
    notes, cites = gathered(doc, units)
    d = _Docs(doc, api, group(notes))
    error_codes = digest(doc.get("x-error-codes"))
    paths: dict[str, bytes] = {}
    search: list[list[str]] = []
    services = []
    for s in api.services:
        resources = []
        for r in s.resources:
            sections = []
            for op in r.operations:
                op_anchor = anchor("operation", op.op_id)
                if op.path not in paths:
                    paths[op.path] = digest(doc["paths"][op.path])
                key = (
                    "operation",
                    repr(op),
                    paths[op.path],
                    error_codes,
                    repr(doc.get("x-error-schema")),
                    repr(d.notes_of(op_anchor)),
                )
                html, found, uses = units.unit(key, lambda: _operation_unit(d, op, env), d.schemas)
                sections.append(OpSection(op, op_anchor, Markup(html)))
                search += found
                for name in uses:
                    users = d.used_by.setdefault(name, [])
                    if (op.op_id, op_anchor) not in users:
                        users.append((op.op_id, op_anchor))
            resources.append(Resource(r.name, r.title, sections))
        services.append(ServiceDoc(s.name, s.title, s.url, resources))
    python_names = {m.schema: {f.wire: f.name for f in m.fields} for m in api.models}
    models = []
    for name in sorted(d.schemas):
        names = python_names.get(name, {})
        model_key = (
            "model",
            name,
            repr(d.notes_of(anchor("model", name))),
            repr(sorted(d.used_by.get(name, []))),
            repr(names),
        )
        html, found = units.unit(model_key, lambda: _model_unit(d, name, names, env), d.schemas)
        models.append(ModelSection(name, Markup(html)))
        search += found
    by_service = [
        (service, [d.error_table[str(e.get("code"))] for e in codes or []])
        for service, codes in (doc.get("x-error-codes") or {}).items()
    ]
    ops = [o for s in services for r in s.resources for o in r.ops]
    cov = coverage_mod.check_cited(cites, outline)
    parts: dict[str, tuple[list[Note], list[str]]] = {}
    for n in d.register.notes:
        if n.owner_kind == "spec":
            parts.setdefault(n.owner, ([], []))[0].append(n)
    for cited, owner in cites:
        if owner.kind == "spec" and cited not in parts.setdefault(owner.name, ([], []))[1]:
            parts[owner.name][1].append(cited)
    return Reference(
        title=api.title,
        version=api.version,
        services=services,
        models=models,
        register=d.register,
        coverage=cov,
        error_codes=by_service,
        search=search,
        spec_parts=[(k, v[0], v[1]) for k, v in sorted(parts.items())],
        counts={"operations": len(ops), "models": len(models), "notes": len(d.register.notes)},
    )


def _operation_unit(
    d: _Docs, op: Operation, env: jinja2.Environment
) -> tuple[str, list[list[str]], list[str]]:
    """An operation's section: its HTML, its search entries, the schemas it names."""
    d.uses = []
    o = d.operation(op)
    html = env.get_template("docs/_operation.html.j2").render(o=o)
    search = [
        ["operation", o.call, f"{op.http_method} {op.path} {op.op_id} {op.summary}", o.anchor]
    ]
    for p in o.params:
        search.append(["parameter", p.wire, f"{p.location} of {op.op_id} ({p.name})", o.anchor])
    return html, search, list(dict.fromkeys(d.uses))


def _model_unit(
    d: _Docs, name: str, names: dict[str, str], env: jinja2.Environment
) -> tuple[str, list[list[str]]]:
    """A model's section: its HTML and its search entries."""
    m = d.model(name)
    html = env.get_template("docs/_model.html.j2").render(m=m)
    search = [["model", m.name, m.title or m.description[:80], m.anchor]]
    for row in m.rows:
        attr = f" (attribute {names[row.name]})" if row.depth == 0 and row.name in names else ""
        search.append(["field", row.name, f"{row.type} in {m.name}{attr}", m.anchor])
    return html, search


def environment(templates: Path, cache: Path | None = None) -> jinja2.Environment:
    """The review pages' Jinja environment (compiled templates kept in `cache`, if given)."""
    from .render import environment as base

    env = base(templates)
    if cache:  # its own folder: the same template compiles differently with autoescape on
        cache.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(cache))
    env.autoescape = jinja2.select_autoescape(enabled_extensions=("html.j2",))
    env.filters["slug"] = lambda s: re.sub(r"[^A-Za-z0-9_.-]", "_", str(s))
    return env


def render_docs(
    doc: dict[str, Any],
    api: Api,
    templates: Path,
    outline: str,
    changes: Any = None,
    cache: Path | None = None,
    units: Units | None = None,
) -> dict[str, bytes]:
    """{path under generated/: content} of the review pages (`cache`: compiled templates;
    `units`: the sections of the last run, see sections.py)."""
    env = environment(templates, cache)
    units = units or Units(None, b"", doc.get("components", {}).get("schemas") or {})
    ref = build(doc, api, outline, env, units)
    ref.changes = changes
    return {
        out: env.get_template(name).render(ref=ref).encode("utf-8") for name, out in OUTPUTS.items()
    }

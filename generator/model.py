"""Stage 3, model: from the bundled spec to the intermediate representation (ir.py).

The decisions are taken by one module per kind: types.py (Python types, class names, model
modules), operations.py (services, resources, methods, paging), fixtures.py (example cases),
connectors.py (the connector catalogue); this module puts them together. Templates get text
that is already safe to place in code through their filters.
"""

from __future__ import annotations

import re
from typing import Any

from .connectors import Connectors
from .evaluated import code_annotations
from .ir import Api, Connector, ConnectorGroup, Model, ModelModule, text
from .load import Bundle, escape
from .names import snake
from .operations import Operations
from .paths import operations
from .settings import settings
from .release import release_settings
from .types import secret_names


class _Builder(Operations, Connectors):
    """Every kind of decision, sharing the state of `Types`."""


def build(doc: dict[str, Any], origins: dict[str, str], files: dict[str, str] | None = None) -> Api:
    """The intermediate model of a validated, bundled spec; `files` maps the JSON pointer of each
    schema and path item to the spec file it is written in (relative to the spec's folder),
    which decides its module."""
    b = _Builder(doc, origins, files)
    b.all_models()
    services = b.operation_list()
    fixtures = sorted(b.fixture_list, key=lambda f: (f.service, f.op_id))
    models = sorted(b.models.values(), key=lambda m: (m.module, m.name))
    by_module: dict[str, list[Model]] = {}
    for m in models:
        by_module.setdefault(m.module, []).append(m)
    by_module = {k: aliases_last_used_first(v) for k, v in by_module.items()}
    sources: dict[str, set[str]] = {}
    for name, file in b.files.items():
        sources.setdefault(b.file_module(file), set()).add(file)
    modules = []
    for module, members in sorted(by_module.items()):
        imports = b.used_models(
            [a for m in members for a in [m.alias, *(f.annotation for f in m.fields)]], module
        )
        modules.append(
            ModelModule(
                name=module,
                models=members,
                imports=imports,
                sources=sorted(sources.get(module, ())),
                classes=code_annotations(members, imports),
            )
        )
    for r in (r for s in services for r in s.resources):
        anns = [
            a
            for op in r.operations
            for a in [
                op.body,
                op.response,
                op.paging.item if op.paging else "",
                *(p.annotation for p in op.params),
            ]
        ]
        r.imports = b.used_models(anns, "")
    connectors = b.connectors()
    groups: dict[str, list[Connector]] = {}
    for c in connectors:
        groups.setdefault(c.role, []).append(c)
    connector_groups = [
        ConnectorGroup(
            name=snake(role + "_config"),
            role=role,
            connectors=members,
            imports=b.used_models([c.returns for c in members], ""),
        )
        for role, members in sorted(groups.items())
    ]
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
    names = settings(doc)
    return Api(
        package=names.package,
        distribution=names.distribution,
        client_class=names.client_class,
        auth_doc=names.auth_doc,
        kit=names.kit,
        security_schemes={} if names.kit else standard_schemes(doc),
        auth_required=bool(doc.get("security"))
        or any(op.get("security") for _, _, _, op in operations(doc)),
        title=text(doc.get("info", {}).get("title")),
        version=text(doc.get("info", {}).get("version")),
        services=services,
        models=models,
        modules=modules,
        fixtures=fixtures,
        connectors=connectors,
        connector_groups=connector_groups,
        settings=list(doc.get("x-client-settings") or []),
        client_settings=list(
            {
                s["setting"]: text(s.get("description"))
                for s in reversed(doc.get("x-client-settings") or [])
            }.items()
        )[::-1],
        error_fields=error_fields,
        error_codes=[e for codes in (doc.get("x-error-codes") or {}).values() for e in codes or []],
        secret_names=sorted(secret_names(b.mappings())),
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
        release=release_of(doc, names.distribution),
    )


PATH_ITEM, SCHEMA = "/paths/", "/components/schemas/"


def source_files(bundle: Bundle) -> dict[str, str]:
    """The spec file of each schema and path item, by JSON pointer, relative to the spec's
    folder (`<area>/schemas/<file>.yaml`). The loader records the position of every node it
    converts, and every path item and schema it converts stays in the bundle under its key:
    their positions are looked up by key (not found among all of them)."""
    base = bundle.rel(bundle.root.parent)
    doc = bundle.doc if isinstance(bundle.doc, dict) else {}
    components = doc.get("components")
    out = {}
    for prefix, items in (
        (PATH_ITEM, doc.get("paths")),
        (SCHEMA, components.get("schemas") if isinstance(components, dict) else None),
    ):
        for name in items if isinstance(items, dict) else ():
            pointer = prefix + escape(str(name))
            if pointer in bundle.positions:
                file = bundle.positions[pointer][0]
                out[pointer] = file[len(base) + 1 :] if file.startswith(base + "/") else file
    return out


def standard_schemes(doc: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Name -> what the runtime needs of each security scheme: type, and `in`/`name` of an
    API key, `scheme` of HTTP, `tokenUrl` of OAuth2 client credentials."""
    out = {}
    for name, scheme in sorted((doc.get("components", {}).get("securitySchemes") or {}).items()):
        if not isinstance(scheme, dict):
            continue
        flows = scheme.get("flows") if isinstance(scheme.get("flows"), dict) else {}
        client = flows.get("clientCredentials") if isinstance(flows, dict) else None
        entry = {
            "type": scheme.get("type"),
            "in": scheme.get("in"),
            "name": scheme.get("name"),
            "scheme": scheme.get("scheme"),
            "tokenUrl": client.get("tokenUrl") if isinstance(client, dict) else None,
        }
        out[str(name)] = {k: str(v) for k, v in entry.items() if isinstance(v, str)}
    return out


def aliases_last_used_first(models: list[Model]) -> list[Model]:
    """The models of a module with each type alias after the aliases it uses (aliases are
    evaluated on import, in order; classes resolve their names later)."""
    aliases = {m.name: m for m in models if m.alias}
    placed: list[Model] = []
    done: set[str] = set()

    def place(m: Model, seen: frozenset[str]) -> None:
        if m.name in done or m.name in seen:
            return
        for ident in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", m.alias):
            if ident in aliases and ident != m.name:
                place(aliases[ident], seen | {m.name})
        done.add(m.name)
        placed.append(m)

    for m in models:
        if m.alias:
            place(m, frozenset())
    order = iter(placed)  # the aliases' slots keep their places (the order of __all__)
    return [next(order) if m.alias else m for m in models]


def release_of(doc: dict[str, Any], distribution: str) -> Any:
    """`x-release`, with what a spec without it (not this project's) still needs."""
    release = release_settings(doc)
    release.package = release.package or distribution
    release.version = release.version or "0.1.0"
    title = text(doc.get("info", {}).get("title"))
    release.summary = release.summary or f"{title}: typed Python client (generated)"
    release.requires_python = release.requires_python or ">=3.11"
    # Without x-release (another API), the license is the spec's own SPDX identifier (3.1
    # `info.license.identifier`), else none is claimed; this project's LICENSE file is not shipped.
    found = doc.get("info", {}).get("license")
    spdx = found.get("identifier") if isinstance(found, dict) else None
    if not release.license and isinstance(spdx, str) and re.fullmatch(r"[A-Za-z0-9.+() -]+", spdx):
        release.license = spdx.strip()
    return release

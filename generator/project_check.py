"""Stage 2, validate: the rules of this project's conventions and `x-` extensions.

With the project's rule set (`Checker.project`), every operation has tags, summary,
`x-doc-section` and `x-method`, and every 4xx/5xx response uses the shared error schema (root
`x-error-schema`). Always: client method names (`x-method`) are unique per tag and
`x-pagination` names real parameters and fields; the testing kit's `x-state` names a known
action, real parameters and known error codes; `x-aliases` are other spellings no sibling
property has, and `x-aliases` and `x-vendor-sdk` come with an `x-doc-notes` entry giving the
evidence.
"""

from __future__ import annotations

from typing import Any

from .checker import Checker
from .load import SCHEMA_PREFIX, escape
from .names import snake
from .paths import operations


class ProjectRules(Checker):
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

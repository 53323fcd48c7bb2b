"""Validation of root `x-connector-roles`: what each role of the connector catalogue builds.

`x-connector-roles` maps a role (the `role` of the schemas' `x-connector`) to
`{schema: <a component schema>, configs: <its property holding the groups of inputs>}`; the
generated helpers of that role return that schema's model. Problems, as (pointer, message):
not a map; an entry whose `schema` is not a schema of the spec, or whose `configs` is not an
array property of it; and, with this project's rule set, a role of the catalogue without entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .load import escape


def connector_role_problems(
    doc: dict[str, Any], schemas: dict[str, Any], project: bool
) -> Iterator[tuple[str, str]]:
    roles = doc.get("x-connector-roles")
    used = {
        str(s["x-connector"].get("role")): name
        for name, s in sorted(schemas.items(), reverse=True)
        if isinstance(s, dict) and isinstance(s.get("x-connector"), dict)
    }
    if roles is None:
        roles = {}
    elif not isinstance(roles, dict):
        yield "/x-connector-roles", "x-connector-roles must be a map of role to {schema, configs}"
        return
    for role, entry in roles.items():
        at = "/x-connector-roles/" + escape(str(role))
        if not isinstance(entry, dict):
            yield at, f"x-connector-roles: role {role!r} must be a map {{schema, configs}}"
            continue
        name = entry.get("schema")
        if not isinstance(name, str) or not isinstance(schemas.get(name), dict):
            yield at + "/schema", f"x-connector-roles: role {role!r} names {name!r}, not a schema"
            continue
        prop = (schemas[name].get("properties") or {}).get(entry.get("configs"))
        if not isinstance(prop, dict) or prop.get("type") != "array":
            yield (
                at + "/configs",
                f"x-connector-roles: role {role!r}: {entry.get('configs')!r} is not an array "
                f"property of schema {name!r}",
            )
    if project:
        for role, kind in sorted(used.items()):
            if role not in roles:
                yield (
                    "/components/schemas/" + escape(kind) + "/x-connector/role",
                    f"connector role {role!r} has no entry in root x-connector-roles "
                    "(the schema its helpers return)",
                )

"""What the testing kit's documentation shows, chosen from the spec: an example test.

The README of the generated package shows a test that creates an item, shows it, deletes it
and expects the reference's not-found error. Which operations it uses comes from the spec's
`x-state` (the first collection whose create, show and delete take the item itself and one
path parameter) and its fixtures (the create example's body), never from a name written here.
"""

from __future__ import annotations

from typing import Any

from .ir import Api, Operation


def _states(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Each operation's `x-state` by its (method, operationId), the first path item's where
    several hold the same (one pass over the paths, not one per operation)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for item in doc.get("paths", {}).values():
        if not isinstance(item, dict):
            continue
        for method, node in item.items():
            if isinstance(node, dict) and isinstance(node.get("operationId"), str):
                out.setdefault((method, node["operationId"]), dict(node.get("x-state") or {}))
    return out


def kit_example(api: Api) -> dict[str, Any]:
    """{service, resource, create, show, delete, delete_op, body, id, id_field, id_param,
    not_found}, or {} when the spec has no such collection."""
    found = _states(api.doc)
    states = {op.op_id: found.get((op.http_method.lower(), op.op_id), {}) for op in api.operations}
    bodies = {
        f.op_id: f.data["cases"][0]["call"]["kwargs"].get("body")
        for f in api.fixtures
        if f.data.get("cases")
    }

    def path_args(op: Operation) -> list[str]:
        return [p.name for p in op.params if p.location == "path" and not p.setting]

    for create in api.operations:
        state = states[create.op_id]
        body = bodies.get(create.op_id)
        if state.get("action") != "create" or state.get("items") or state.get("new-id"):
            continue
        if not isinstance(body, dict) or not isinstance(body.get(state.get("id")), str):
            continue
        others = {
            states[op.op_id].get("action"): op
            for op in api.operations
            if states[op.op_id].get("collection") == state["collection"]
        }
        show, delete = others.get("show"), others.get("delete")
        if not show or not delete or len(path_args(show)) != 1 or len(path_args(delete)) != 1:
            continue
        if path_args(create) or states[show.op_id].get("items"):
            continue
        return {
            "service": create.service,
            "resource": create.resource,
            "create": create.method,
            "show": show.method,
            "delete": delete.method,
            "delete_op": delete.op_id,
            "body": body,
            "id": body[state["id"]],
            "id_field": state["id"],
            "id_param": states[delete.op_id].get("id-param", ""),
            "not_found": states[show.op_id].get("not-found", ""),
        }
    return {}

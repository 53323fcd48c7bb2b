"""The mock's memory: collections of created, updated and deleted items, driven by `x-state`.

An operation's `x-state` says which collection it works on and how:
`{collection, action: create|list|show|update|delete|start, id, id-param, items, total,
filters, all, new-id, not-found, exists, instance}`. `items` points at the item(s) in the
request body (create, update) or the response (list, show); `id` is the item's id field,
`id-param` the path parameter carrying it; `new-id` points at the id the service makes in the
create response; `instance` (on start) names the collection where a run is recorded.

The world starts as the reference's examples ("open world"): an id the test has not created or
deleted answers like the examples, and a collection nobody changed lists its example items
verbatim. With `seed=False` collections start empty and unknown ids are not found.
"""

from __future__ import annotations

import copy
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from ._spec import Operation, Spec, pointer_get, pointer_set
from ._validation import Schemas


class Refused(Exception):
    """The request names an item that does not exist (or already exists): the error `code` of
    the reference's table, and what was wrong."""

    def __init__(self, code: str, detail: str, subject: str, not_found: bool = True) -> None:
        super().__init__(detail)
        self.code, self.detail, self.subject, self.not_found = code, detail, subject, not_found


@dataclass
class Collection:
    items: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> stored item
    deleted: set[str] = field(default_factory=set)
    touched: bool = False


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class State:
    def __init__(self, spec: Spec, schemas: Schemas, seed: bool = True) -> None:
        self.spec, self.schemas, self.seed = spec, schemas, seed
        self.collections: dict[str, Collection] = {}
        self.lock = threading.RLock()
        self.counter = 0

    def collection(self, name: str) -> Collection:
        return self.collections.setdefault(name, Collection())

    def id_field(self, name: str) -> str:
        for op in self.spec.operations:
            if op.state.get("collection") == name and op.state.get("id"):
                return str(op.state["id"])
            instance = op.state.get("instance") or {}
            if instance.get("collection") == name and instance.get("id"):
                return str(instance["id"])
        return ""

    def exists(self, name: str, key: str) -> bool:
        col = self.collection(name)
        return key in col.items or (self.seed and key not in col.deleted)

    def new_id(self, example: Any) -> Any:
        self.counter += 1
        if isinstance(example, int) and not isinstance(example, bool):
            return example + self.counter
        return str(uuid.uuid4())

    # -- building answers --------------------------------------------------------------------
    def item_check(self, op: Operation, body: Any) -> Any:
        schema, _ = op.response_schema(op.success)
        if schema is None:
            return None
        return self.schemas.at(schema, str(op.state.get("items", "")))

    def merge(self, template: Any, stored: dict[str, Any], schema: Any) -> Any:
        """The stored item as the response shows it: its fields that keep it valid for the
        response's schema, and the example's value of each required field it lacks."""
        schema = self.schemas.resolve(schema)
        valid = self.schemas.valid(schema) if isinstance(schema, dict) else None
        example = template if isinstance(template, dict) else {}
        required = schema.get("required", []) if isinstance(schema, dict) else []
        item = {k: copy.deepcopy(example[k]) for k in required if k in example}
        for key, value in stored.items():
            candidate = {**item, key: value}
            if valid is None or valid(candidate):
                item = candidate
        return item

    def example_items(self, op: Operation, body: Any) -> list[Any]:
        found = pointer_get(body, str(op.state.get("items", "")))
        if isinstance(found, list):
            return found
        return [found] if isinstance(found, dict) else []

    def template(self, op: Operation, base: Any) -> Any:
        """An example item of the answer's kind: the operation's own, else another's of the
        collection."""
        items = self.example_items(op, base)
        name = op.state["collection"]
        others = self.spec.collection_ops(name, "show") + self.spec.collection_ops(name, "list")
        for other in others:
            if items:
                break
            if other.cases:
                items = self.example_items(other, other.cases[0]["response"]["body"])
        return items[0] if items else {}

    def shaped(self, op: Operation, body: Any, items: list[Any]) -> Any:
        pointer = str(op.state.get("items", ""))
        if not pointer:
            return items[0] if items else body
        return pointer_set(body, pointer, items)

    # -- actions -----------------------------------------------------------------------------
    def apply(
        self,
        op: Operation,
        params: dict[str, str],
        query: list[tuple[str, str]],
        body: Any,
        base: Any,
    ) -> Any:
        """The answer's body for an operation with `x-state`: `base` (the example answer)
        changed by what the collection holds; raises Refused."""
        with self.lock:
            action = op.state.get("action")
            handler = getattr(self, f"do_{action}", None)
            if handler is None:
                return base
            return handler(op, params, query, body, base)

    def _key(self, op: Operation, params: dict[str, str]) -> str:
        return params.get(str(op.state.get("id-param", "")), "")

    def _require(self, op: Operation, name: str, key: str) -> None:
        if not self.exists(name, key):
            code = str(op.state.get("not-found", ""))
            raise Refused(code, f"{op.state.get('id-param')} {key!r} does not exist", key)

    def do_create(self, op: Operation, params: Any, query: Any, body: Any, base: Any) -> Any:
        name, id_field = op.state["collection"], str(op.state.get("id", ""))
        col = self.collection(name)
        pointer = str(op.state.get("items", ""))
        found = pointer_get(body, pointer) if pointer else body
        new = [i for i in (found if isinstance(found, list) else [found]) if isinstance(i, dict)]
        for item in new:
            stored = copy.deepcopy(item)
            if op.state.get("new-id"):
                value = self.new_id(pointer_get(base, op.state["new-id"]))
                stored[id_field] = value
                base = pointer_set(base, op.state["new-id"], value)
            key = _text(stored.get(id_field))
            if op.state.get("exists") and key in col.items:
                detail = f"{id_field} {key!r} already exists"
                raise Refused(str(op.state["exists"]), detail, key, not_found=False)
            col.items.pop(key, None)
            col.items[key] = stored
            col.deleted.discard(key)
        col.touched = True
        return base

    def do_show(
        self, op: Operation, params: dict[str, str], query: Any, body: Any, base: Any
    ) -> Any:
        name = op.state["collection"]
        key = self._key(op, params)
        self._require(op, name, key)
        stored = self.collection(name).items.get(key)
        if stored is None:
            return base
        item = self.merge(self.template(op, base), stored, self.item_check(op, base))
        return self.shaped(op, base, [item])

    def do_list(
        self,
        op: Operation,
        params: dict[str, str],
        query: list[tuple[str, str]],
        body: Any,
        base: Any,
    ) -> Any:
        name, col = op.state["collection"], self.collection(op.state["collection"])
        key = self._key(op, params)
        if key and key != _text(op.state.get("all")):
            return self.do_show(op, params, query, body, base)
        if self.seed and not col.touched:
            return base
        id_field = self.id_field(name)
        examples = self.example_items(op, base) if self.seed else []
        entries = [
            e
            for e in examples
            if not id_field
            or (
                _text(e.get(id_field)) not in col.deleted
                and _text(e.get(id_field)) not in col.items
            )
        ]
        template, schema = self.template(op, base), self.item_check(op, base)
        entries += [self.merge(template, s, schema) for s in col.items.values()]
        for param, wire in (op.state.get("filters") or {}).items():
            wanted = [v for k, v in query if k == param]
            if wanted:
                entries = [e for e in entries if _text(e.get(wire)) == wanted[0]]
        total = len(entries)
        entries = self.page(op, query, entries)
        out = self.shaped(op, base, entries)
        if op.state.get("total"):
            out = pointer_set(out, op.state["total"], total)
        return out

    def page(self, op: Operation, query: list[tuple[str, str]], entries: list[Any]) -> list[Any]:
        paging = op.paging
        values = dict(query)
        if paging.get("style") == "offset":
            limit_default = op.param(paging["limit"]).get("schema", {}).get("default")
            start = _int(values.get(paging["offset"]), 0)
            limit = _int(values.get(paging["limit"]), limit_default or len(entries))
            return entries[start : start + limit]
        if paging.get("style") == "page":
            size_default = op.param(paging["size"]).get("schema", {}).get("default")
            size = _int(values.get(paging["size"]), size_default or len(entries) or 1)
            number = _int(values.get(paging["page"]), int(paging.get("first", 1)))
            start = (number - int(paging.get("first", 1))) * size
            return entries[max(start, 0) : max(start, 0) + size]
        return entries

    def do_update(
        self, op: Operation, params: dict[str, str], query: Any, body: Any, base: Any
    ) -> Any:
        name, key = op.state["collection"], self._key(op, params)
        self._require(op, name, key)
        col = self.collection(name)
        pointer = str(op.state.get("items", ""))
        found = pointer_get(body, pointer) if pointer else body
        new = found[0] if isinstance(found, list) and found else found
        id_field = self.id_field(name)
        stored = col.items.pop(key, None) or {}
        if isinstance(new, dict):
            stored.update(copy.deepcopy(new))
        if id_field:
            original = stored.get(id_field)
            stored[id_field] = original if _text(original) == key else key
        col.items[key] = stored
        col.touched = True
        return base

    def do_delete(
        self, op: Operation, params: dict[str, str], query: Any, body: Any, base: Any
    ) -> Any:
        name, key = op.state["collection"], self._key(op, params)
        self._require(op, name, key)
        col = self.collection(name)
        col.items.pop(key, None)
        col.deleted.add(key)
        col.touched = True
        return base

    def do_start(
        self, op: Operation, params: dict[str, str], query: Any, body: Any, base: Any
    ) -> Any:
        name, key = op.state["collection"], self._key(op, params)
        self._require(op, name, key)
        instance = op.state.get("instance") or {}
        target = self.collection(str(instance.get("collection", "")))
        run: dict[str, Any] = {str(instance.get("parent-field")): key}
        id_field = str(instance.get("id", ""))
        if id_field:
            lists = self.spec.collection_ops(str(instance.get("collection")), "list")
            example = next(
                (
                    i.get(id_field)
                    for o in lists
                    if o.cases
                    for i in self.example_items(o, o.cases[0]["response"]["body"])
                ),
                None,
            )
            run[id_field] = self.new_id(example)
        run_key = _text(run.get(id_field)) if id_field else f"#{len(target.items)}"
        target.items[run_key] = run
        target.touched = True
        return base

"""What the package index's README shows for each resource: one call, from the spec's examples.

For every resource, the first of its operations (reading ones first: GET, then the others, in
the resource's order) whose fixture (fixtures.py, the reference's request examples paired with
responses) has a case: the call's Python text with the example's arguments, ready to paste
after `client = DataArts(...)`. Strings are Python literals (repr), so spec text cannot break
out of them; the fence is longer than any run of backticks in the code.
"""

from __future__ import annotations

import pprint
import re
from typing import Any

from .ir import Api, Operation
from .pytypes import split_union, strip_annotated


def _call(op: Operation, kwargs: dict[str, Any]) -> str:
    head = f"client.{op.service}.{op.resource}.{op.method}("
    args = [f"{k}={pprint.pformat(v, width=80, sort_dicts=False)}" for k, v in kwargs.items()]
    if not args:
        return head + ")"
    if sum(len(a) for a in args) + len(head) < 90 and "\n" not in "".join(args):
        return head + ", ".join(args) + ")"
    lines = [head]
    for a in args:
        lines.append("    " + a.replace("\n", "\n    ") + ",")
    return "\n".join(lines) + "\n)"


def _typed(op: Operation, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The example's arguments as the method's types take them: a query string's `"10"` is
    `10` for an integer parameter (the README's code is type checked as users' code is)."""
    kinds = {p.name: split_union(strip_annotated(split_union(p.annotation)[0]))[0] for p in op.args}
    out = {}
    for name, value in kwargs.items():
        kind = kinds.get(name)
        if isinstance(value, str) and kind == "int" and re.fullmatch(r"-?\d+", value):
            value = int(value)
        elif isinstance(value, str) and kind == "bool" and value in ("true", "false"):
            value = value == "true"
        out[name] = value
    return out


def resource_examples(api: Api) -> list[dict[str, Any]]:
    """[{service, resource, title, operation, doc_section, summary, code, fence}] per resource
    that has an example."""
    cases = {f.op_id: f.data.get("cases") or [] for f in api.fixtures}
    out = []
    for resource in api.resources:
        ops = sorted(resource.operations, key=lambda op: op.http_method != "GET")
        for op in ops:
            found = [
                c
                for c in cases.get(op.op_id, [])
                if (c.get("call") or {}).get("method") == op.method
            ]
            if not found:
                continue
            code = _call(op, _typed(op, dict(found[0]["call"].get("kwargs") or {})))
            longest = max((len(m) for m in re.findall(r"`+", code)), default=0)
            out.append(
                {
                    "service": op.service,
                    "resource": op.resource,
                    "title": resource.title,
                    "operation": op.op_id,
                    "doc_section": op.doc_section,
                    "summary": op.summary,
                    "code": code,
                    "fence": "`" * max(3, longest + 1),
                }
            )
            break
    return out

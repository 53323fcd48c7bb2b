"""Changes between two versions of the spec, classified for the client's users.

Compares two bundles (load.py) operation by operation (matched by method and path, or by
operationId when the path or method moved): client calls, parameters, request bodies and
responses. Body schemas are flattened (flatten.py) into field paths (`cluster.vpcId`, `items[].name`; `$ref`s
resolved, `allOf` merged, `oneOf`/`anyOf` branches merged as optional fields) and compared
field by field, in the direction the data travels:

- request (parameters, request bodies): removing or renaming, making required, adding a
  required field, narrowing a type, an enum or a range break callers; the opposite does not;
- response: removing a field, making it optional, or widening its type breaks code that reads
  it; adding fields or enum values does not (the client keeps values it does not know).

Each change says the semver bump it implies: major (breaking), minor (additions), patch
(documentation only). No tool from the package registries does this for OpenAPI 3.1 here:
npm `openapi-diff` 0.24.1 rejects 3.1 ("Swagger Parser only supports versions 3.0.x"), and
`@pb33f/openapi-changes` only downloads a Go binary from GitHub at install time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .flatten import RANGE_KEYS, Facts, Flattener
from .load import HTTP_METHODS

LEVELS = ("none", "patch", "minor", "major")


@dataclass
class Change:
    kind: str
    level: str  # "major" | "minor" | "patch"
    where: str
    text: str

    @property
    def breaking(self) -> bool:
        return self.level == "major"


@dataclass
class Changes:
    base: str
    items: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.items if c.breaking]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.items if not c.breaking]

    @property
    def ordered(self) -> list[Change]:
        """Breaking first, then minor, then patch; by place within each."""
        return sorted(self.items, key=lambda c: (-LEVELS.index(c.level), c.where, c.kind))

    @property
    def bump(self) -> str:
        return max((c.level for c in self.items), key=LEVELS.index, default="none")

    def text(self) -> str:
        lines = [
            f"Changes since {self.base}: {len(self.breaking)} breaking, "
            f"{len(self.compatible)} compatible; semver bump: {self.bump}"
        ]
        for c in self.ordered:
            label = "BREAKING" if c.breaking else c.level
            lines.append(f"{label:9} {c.kind}: {c.where}: {c.text}")
        return "\n".join(lines) + "\n"


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict):
                params = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
                out[(method.upper(), path)] = {**op, "parameters": params}
    return out


def client_calls(doc: dict[str, Any], op: dict[str, Any]) -> list[str]:
    """`service.resource.method` of each client method of an operation."""
    tags = {t.get("name"): t for t in doc.get("tags") or []}
    tag = tags.get((op.get("tags") or [""])[0]) or {}
    prefix = f"{tag.get('x-service', '')}.{tag.get('x-resource') or tag.get('name', '')}"
    variants = op.get("x-variants") or [{}]
    return [
        f"{prefix}.{v.get('x-method') or op.get('x-method') or v.get('operationId') or op.get('operationId')}"
        for v in variants
    ]


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], base: str) -> None:
        self.old, self.new = old, new
        self.flat_old, self.flat_new = Flattener(old), Flattener(new)
        self.changes = Changes(base)

    def add(self, kind: str, level: str, where: str, text: str) -> None:
        self.changes.items.append(Change(kind, level, where, text))

    def run(self) -> Changes:
        old_ops, new_ops = operations(self.old), operations(self.new)
        by_id = {op.get("operationId"): key for key, op in new_ops.items()}
        matched: set[tuple[str, str]] = set()
        for key, op in old_ops.items():
            where = f"client.{client_calls(self.old, op)[0]} ({key[0]} {key[1]})"
            if key in new_ops:
                target = key
            elif op.get("operationId") in by_id and by_id[op.get("operationId")] not in old_ops:
                target = by_id[op["operationId"]]
                self.add(
                    "path or method changed",
                    "major",
                    where,
                    f"now {target[0]} {target[1]}",
                )
            else:
                self.add("operation removed", "major", where, "the operation is gone")
                continue
            matched.add(target)
            calls = client_calls(self.new, new_ops[target])
            self.operation(op, new_ops[target], f"client.{calls[0]} ({target[0]} {target[1]})")
        for key, op in new_ops.items():
            if key not in matched:
                where = f"{key[0]} {key[1]} ({op.get('operationId')})"
                self.add("operation added", "minor", where, ", ".join(client_calls(self.new, op)))
        return self.changes

    def operation(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        old_calls, new_calls = client_calls(self.old, old), client_calls(self.new, new)
        for call in old_calls:
            if call not in new_calls:
                self.add("client method removed or renamed", "major", where, f"client.{call}")
        for call in new_calls:
            if call not in old_calls:
                self.add("client method added", "minor", where, f"client.{call}")
        if new.get("deprecated") and not old.get("deprecated"):
            self.add("operation deprecated", "minor", where, "marked deprecated")
        for key in ("summary", "description"):
            if (old.get(key) or "") != (new.get(key) or ""):
                self.add("documentation changed", "patch", where, f"{key} changed")
        self.parameters(old["parameters"], new["parameters"], where)
        old_body, new_body = old.get("requestBody") or {}, new.get("requestBody") or {}
        if old_body and not new_body:
            self.add("request body removed", "major", where, "the operation takes no body now")
        elif new_body and not old_body:
            level = "major" if new_body.get("required") else "minor"
            self.add("request body added", level, where, "the operation takes a body now")
        elif old_body:
            self.fields(
                self.flat_old.flatten(_schema(old_body)),
                self.flat_new.flatten(_schema(new_body)),
                "request",
                f"{where} request body",
            )
        self.responses(old.get("responses") or {}, new.get("responses") or {}, where)

    def filled(self, doc: dict[str, Any], p: dict[str, Any]) -> bool:
        """Whether the client fills the parameter itself (auth layer or a client setting)."""
        settings = {(s.get("in"), s.get("name")) for s in doc.get("x-client-settings") or []}
        return bool(p.get("x-auth")) or (p.get("in"), p.get("name")) in settings

    def parameters(self, old: list[Any], new: list[Any], where: str) -> None:
        o = {(p.get("in"), p.get("name")): p for p in old if isinstance(p, dict)}
        n = {(p.get("in"), p.get("name")): p for p in new if isinstance(p, dict)}
        removed = [k for k in o if k not in n]
        added = [k for k in n if k not in o]
        for k in list(removed):
            moved = [a for a in added if a[1] == k[1]]
            if moved:
                self.add("parameter moved", "major", where, f"{k[1]}: {k[0]} → {moved[0][0]}")
                removed.remove(k)
                added.remove(moved[0])
        for loc in {k[0] for k in removed}:
            gone = [k for k in removed if k[0] == loc]
            new_here = [k for k in added if k[0] == loc]
            if len(gone) == 1 and len(new_here) == 1:
                self.add(
                    "parameter renamed",
                    "major",
                    where,
                    f"{loc} parameter {gone[0][1]} → {new_here[0][1]}",
                )
                removed.remove(gone[0])
                added.remove(new_here[0])
        for k in removed:
            if self.filled(self.old, o[k]):
                self.add("client-filled parameter removed", "minor", where, f"{k[0]} {k[1]}")
            else:
                self.add("parameter removed", "major", where, f"{k[0]} parameter {k[1]}")
        for k in added:
            required = bool(n[k].get("required")) and not self.filled(self.new, n[k])
            self.add(
                "required parameter added" if required else "optional parameter added",
                "major" if required else "minor",
                where,
                f"{k[0]} parameter {k[1]}",
            )
        for k in o.keys() & n.keys():
            old_req, new_req = bool(o[k].get("required")), bool(n[k].get("required"))
            if self.filled(self.new, n[k]):
                new_req = old_req
            if new_req and not old_req:
                self.add("parameter made required", "major", where, f"{k[0]} parameter {k[1]}")
            elif old_req and not new_req:
                self.add("parameter made optional", "minor", where, f"{k[0]} parameter {k[1]}")
            self.fields(
                self.flat_old.flatten(o[k].get("schema") or {}),
                self.flat_new.flatten(n[k].get("schema") or {}),
                "request",
                f"{where} {k[0]} parameter {k[1]}",
                root_required=False,
            )

    def responses(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        for code, resp in old.items():
            if code not in new:
                level = "major" if str(code).startswith("2") else "minor"
                self.add("response removed", level, where, f"status {code}")
                continue
            self.fields(
                self.flat_old.flatten(_schema(resp)),
                self.flat_new.flatten(_schema(new[code])),
                "response",
                f"{where} response {code}",
            )
        for code in new:
            if code not in old:
                self.add("response added", "minor", where, f"status {code}")

    def fields(
        self,
        old: dict[str, Facts],
        new: dict[str, Facts],
        direction: str,
        where: str,
        root_required: bool = True,
    ) -> None:
        request = direction == "request"
        removed = _tops([p for p in old if p not in new])
        added = _tops([p for p in new if p not in old])
        for path in list(removed):
            parent = path.rsplit(".", 1)[0] if "." in path else ""
            siblings = [a for a in added if (a.rsplit(".", 1)[0] if "." in a else "") == parent]
            same = [a for a in siblings if new[a].types == old[path].types]
            gone_here = [r for r in removed if (r.rsplit(".", 1)[0] if "." in r else "") == parent]
            if len(same) == 1 and len(gone_here) == 1:
                self.add(f"{direction} field renamed", "major", where, f"{path} → {same[0]}")
                removed.remove(path)
                added.remove(same[0])
        for path in removed:
            self.add(f"{direction} field removed", "major", where, path)
        for path in added:
            level = "major" if request and new[path].required else "minor"
            req = "required " if request and new[path].required else ""
            self.add(f"{direction} {req}field added", level, where, path)
        for path in sorted(old.keys() & new.keys()):
            label = path or ("(body)" if root_required else "(value)")
            self.facts(old[path], new[path], request, where, label, root_required)

    def facts(
        self, o: Facts, n: Facts, request: bool, where: str, path: str, root_required: bool
    ) -> None:
        d = "request" if request else "response"
        if path != "(value)":
            if request and n.required and not o.required:
                self.add("field made required", "major", where, path)
            elif not request and o.required and not n.required:
                self.add("response field made optional", "major", where, path)
            elif o.required != n.required:
                self.add(f"{d} field requirement relaxed", "minor", where, path)
        if o.types != n.types:
            wider = _covers(n.types, o.types)
            narrower = _covers(o.types, n.types)
            text = f"{path}: {_fmt(o.types)} → {_fmt(n.types)}"
            if request:
                self.add(
                    "type widened" if wider else "type narrowed or changed",
                    "minor" if wider else "major",
                    where,
                    text,
                )
            else:
                self.add(
                    "response type narrowed" if narrower else "response type widened or changed",
                    "minor" if narrower else "major",
                    where,
                    text,
                )
        if o.enum != n.enum:
            lost = (
                (o.enum or frozenset()) - (n.enum or frozenset()) if n.enum is not None else set()
            )
            gained = (
                (n.enum or frozenset()) - (o.enum or frozenset()) if o.enum is not None else set()
            )
            text = f"{path}: " + "; ".join(
                s for s in (_vals("removed", lost), _vals("added", gained)) if s
            )
            if n.enum is not None and o.enum is None:
                lost = {"any other value"}
                text = f"{path}: now limited to {', '.join(sorted(n.enum))}"
            elif n.enum is None:
                text = f"{path}: enum dropped, any value allowed"
            if request and lost:
                self.add("enum narrowed", "major", where, text)
            elif o.enum is not None or n.enum is not None:
                self.add(f"{d} enum changed", "minor", where, text)
        for key, sign in RANGE_KEYS.items():
            a, b = o.ranges.get(key), n.ranges.get(key)
            if a == b:
                continue
            if b is None:
                narrowed = False
            elif a is None:
                narrowed = True
            else:
                narrowed = (b - a) * sign > 0
            text = f"{path}: {key} {a} → {b}"
            if request and narrowed:
                self.add("range narrowed", "major", where, text)
            else:
                self.add(f"{d} range changed", "minor", where, text)


def _schema(node: dict[str, Any]) -> Any:
    content = node.get("content") or {}
    media = next(iter(content.values()), None) or {}
    return media.get("schema") or {}


def _tops(paths: list[str]) -> list[str]:
    """Paths not under another path of the list (a removed object's fields go with it)."""
    keep: list[str] = []
    for p in sorted(paths):
        if not any(p.startswith(q + ".") or p.startswith(q + "[]") for q in keep):
            keep.append(p)
    return keep


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of the `narrow` types is a value of the `wide` ones."""
    if "any" in wide:
        return True
    expanded = set(wide) | ({"integer"} if "number" in wide else set())
    return set(narrow) <= expanded


def _fmt(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))


def _vals(word: str, values: Any) -> str:
    return f"{word} {', '.join(sorted(values))}" if values else ""


def compare(old: dict[str, Any], new: dict[str, Any], base: str = "base") -> Changes:
    """Every change from the bundle `old` to the bundle `new`."""
    return _Differ(old, new, base).run()

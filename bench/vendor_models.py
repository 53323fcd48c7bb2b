"""Model comparison: the spec against the vendor SDKs' request and response models.

For every operation the spec and a vendor SDK both have (matched by HTTP method and path
template; the vendor's `_<method>_http_info` of each client says where a request goes and which
attribute is a path, query or header parameter or the body), the vendor's request body and
response models (their `attribute_map` wire names and `openapi_types`, recursively) are walked
beside the spec's schemas of the bundle, and the parameters beside the spec's. Every difference
is printed by category:

- spelling variants: a name only on one side with a partner on the other that is equal
  case-insensitively (or ignoring `-`/`_`), or within edit distance 2;
- fields only in the vendor, fields only in the spec, type differences, parameter differences.

A difference the spec decided to keep is listed apart, under "kept, with note", with the note:
a vendor spelling named in the property's `x-aliases`, or a spec node (the property, the
parameter; for a vendor-only name its parent schema or the operation) whose `x-doc-notes` has an
entry mentioning the vendor (and, on a parent, the name). Vendor packages are pinned below and
installed in a scratch venv (bench/.venv-vendor), never in the project's.

Run: python3 bench/vendor_models.py [--package NAME] [--spec ROOT.yaml] (re-executes itself in
bench/.venv-vendor; the bundle is made by the project's .venv). Exit 1 while a difference is
open, 0 when every one left is kept with a note.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv-vendor"
BUNDLE = ROOT / "build" / "openapi.json"
PACKAGES = [
    "huaweicloudsdkcore==3.1.219",
    "huaweicloudsdkcdm==3.1.219",
    "huaweicloudsdkdgc==3.1.219",
    "huaweicloudsdkdataartsstudio==3.1.219",
]
# package: (module with the client and the models, client class)
VENDORS = {
    "huaweicloudsdkcdm": ("huaweicloudsdkcdm.v1", "CdmClient"),
    "huaweicloudsdkdgc": ("huaweicloudsdkdgc.v1", "DgcClient"),
    "huaweicloudsdkdataartsstudio": ("huaweicloudsdkdataartsstudio.v1", "DataArtsStudioClient"),
}
# Headers HTTP or the auth layer sets, not API parameters.
TRANSPORT_HEADERS = {"content-type", "accept", "authorization", "host", "x-sdk-date"}
CATEGORIES = [
    ("spelling", "spelling variants"),
    ("vendor-only", "fields only in the vendor"),
    ("spec-only", "fields only in the spec"),
    ("type", "type differences"),
    ("param", "parameter-name differences"),
]


def ensure_venv() -> None:
    python = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PACKAGES], check=True)
    os.execv(str(python), [str(python), __file__, *sys.argv[1:]])


def make_bundle(spec: str | None) -> dict[str, Any]:
    """The spec as one document, by the project's generator (another spec root if given)."""
    project_python = ROOT / ".venv" / "bin" / "python"
    if not project_python.exists():
        sys.exit(f"{project_python} is missing: run `make test` or `make bundle` once first")
    out = BUNDLE if spec is None else BUNDLE.with_name("vendor_models_spec.json")
    subprocess.run(
        [str(project_python), "-m", "generator"]
        + (["--spec", str(Path(spec).resolve())] if spec else [])
        + ["bundle", "-o", str(out)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text())


# -- the vendor side -------------------------------------------------------------------------
@dataclass
class VendorOp:
    package: str
    name: str  # the client method
    method: str
    template: str
    request: Any  # request class
    response: Any  # response class
    params: dict[str, tuple[str, str]]  # wire name -> (in, python attribute)
    body_type: str | None
    response_headers: set[str]
    module: Any


def norm_template(template: str) -> str:
    return re.sub(r"\{[^{}]+\}", "{}", template)


def vendor_ops(package: str) -> list[VendorOp]:
    modname, clsname = VENDORS[package]
    mod = importlib.import_module(modname)
    client = getattr(mod, clsname)
    ops = []
    for attr, fn in inspect.getmembers(client):
        m = re.fullmatch(r"_(\w+)_http_info", attr)
        if not m:
            continue
        src = inspect.getsource(fn)
        public = m.group(1)
        doc = inspect.getdoc(getattr(client, public)) or ""
        dm = re.search(r":type request: :class:`[\w.]+\.(\w+)`", doc)
        req_name = (
            dm.group(1) if dm else "".join(p.capitalize() for p in public.split("_")) + "Request"
        )
        resp_name = re.search(r'"response_type": "(\w+)"', src).group(1)
        params: dict[str, tuple[str, str]] = {}
        for where, pat in (
            ("path", r"path_params\['([^']+)'\] = local_var_params\['([^']+)'\]"),
            ("query", r"query_params\.append\(\('([^']+)', local_var_params\['([^']+)'\]\)\)"),
            ("header", r"header_params\['([^']+)'\] = local_var_params\['([^']+)'\]"),
        ):
            for wire, py in re.findall(pat, src):
                params[wire] = (where, py)
        request = getattr(mod, req_name)
        body = re.search(r"body = local_var_params\['(\w+)'\]", src)
        rh = re.search(r"response_headers = \[(.*?)\]", src)
        ops.append(
            VendorOp(
                package=package,
                name=public,
                method=re.search(r'"method": "(\w+)"', src).group(1),
                template=re.search(r'"resource_path": "([^"]+)"', src).group(1),
                request=request,
                response=getattr(mod, resp_name),
                params=params,
                body_type=request.openapi_types[body.group(1)] if body else None,
                response_headers=set(re.findall(r'"([^"]+)"', rh.group(1))) if rh else set(),
                module=mod,
            )
        )
    return ops


def vendor_kind(type_str: str) -> str:
    if re.fullmatch(r"list\[.+\]", type_str):
        return "array"
    if re.fullmatch(r"dict\(.+\)", type_str):
        return "map"
    return {
        "str": "string",
        "date": "string",
        "datetime": "string",
        "int": "integer",
        "long": "integer",
        "float": "number",
        "bool": "boolean",
        "object": "any",
        "file": "any",
    }.get(type_str, "object")


# -- the spec side ---------------------------------------------------------------------------
class Spec:
    def __init__(self, bundle: dict[str, Any]) -> None:
        self.bundle = bundle
        self.schemas = bundle.get("components", {}).get("schemas", {})

    def resolve(self, node: Any) -> tuple[dict[str, Any], str]:
        """The schema a node stands for (after $ref) and its component name ('' if inline)."""
        name = ""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            name = node["$ref"].rsplit("/", 1)[-1]
            node = self.schemas.get(name, {})
            seen += 1
        return (node if isinstance(node, dict) else {}), name

    def parts(self, node: Any) -> list[dict[str, Any]]:
        """The schema and every branch of its allOf/oneOf/anyOf, resolved."""
        schema, _ = self.resolve(node)
        out = [schema]
        for key in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(key) or []:
                out.extend(self.parts(sub))
        return out

    def kinds(self, node: Any) -> set[str]:
        kinds: set[str] = set()
        for part in self.parts(node):
            t = part.get("type")
            for k in t if isinstance(t, list) else [t] if t else []:
                if (
                    k == "object"
                    and not part.get("properties")
                    and part.get("additionalProperties")
                ):
                    k = "map"
                kinds.add(k)
            if part.get("properties"):
                kinds.add("object")
            if "const" in part or "enum" in part:
                kinds.add("string" if not t else t if isinstance(t, str) else "string")
        kinds.discard("null")
        return kinds or {"any"}

    def properties(self, node: Any) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for part in self.parts(node):
            for name, prop in (part.get("properties") or {}).items():
                props.setdefault(name, prop)
        return props

    def items(self, node: Any) -> Any:
        for part in self.parts(node):
            if part.get("type") == "array" or "items" in part:
                return part.get("items", {})
        return {}

    def values(self, node: Any) -> Any:
        for part in self.parts(node):
            extra = part.get("additionalProperties")
            if isinstance(extra, dict):
                return extra
        return {}


def notes(node: Any) -> list[str]:
    found = node.get("x-doc-notes") if isinstance(node, dict) else None
    return [str(n) for n in found] if isinstance(found, list) else []


def vendor_note(nodes: list[Any], name: str | None = None) -> str | None:
    """The first x-doc-notes entry of the nodes mentioning the vendor (and `name`, if given)."""
    for node in nodes:
        for note in notes(node):
            low = note.lower()
            if "vendor" in low and (name is None or name.lower() in low):
                return note
    return None


def distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def spelling_score(a: str, b: str) -> int | None:
    """How close two names are as spellings of one name (lower is closer), None if not."""
    if a.lower() == b.lower():
        return 0
    if re.sub(r"[-_]", "", a.lower()) == re.sub(r"[-_]", "", b.lower()):
        return 1
    if min(len(a), len(b)) >= 6:
        d = distance(a.lower(), b.lower())
        if d <= 2:
            return 1 + d
    # One is the other with a leading word (paramType / type), at a word boundary.
    long, short = (a, b) if len(a) > len(b) else (b, a)
    cut = len(long) - len(short)
    if len(short) >= 4 and long.lower().endswith(short.lower()):
        if long[cut].isupper() or long[cut - 1] in "-_":
            return 4
    return None


def pair_spellings(spec_only: list[str], vendor_only: list[str]) -> list[tuple[str, str]]:
    candidates = sorted(
        (score, s, v)
        for s in spec_only
        for v in vendor_only
        if (score := spelling_score(s, v)) is not None
    )
    pairs, used = [], set()
    for _, s, v in candidates:
        if s in used or v in used:
            continue
        used.update((s, v))
        pairs.append((s, v))
    return pairs


# -- the comparison --------------------------------------------------------------------------
@dataclass
class Diff:
    category: str
    where: str  # Schema.field for a named schema, Operation request/response.path otherwise
    detail: str
    note: str | None
    packages: set[str] = field(default_factory=set)
    operations: set[str] = field(default_factory=set)

    def key(self) -> tuple[str, str, str]:
        return (self.category, self.where, self.detail)


class Comparer:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.diffs: dict[tuple[str, str, str, str], Diff] = {}
        self.package = ""
        self.operation = ""

    def add(self, category: str, where: str, detail: str, note: str | None) -> None:
        """One difference; the same one met again (a schema shared by several operations, or
        two vendor packages) is counted once, with every operation and package named."""
        if not where.split(".", 1)[0][:1].isupper() or " " in where.split(".", 1)[0]:
            where = f"{self.operation} {where}"
        d = Diff(category, where, detail, note)
        d = self.diffs.setdefault(d.key(), d)
        d.packages.add(self.package)
        d.operations.add(self.operation)

    def compare_type(
        self,
        node: Any,
        vtype: str,
        mod: Any,
        where: str,
        seen: set[tuple[int, str]],
        owner: Any = None,  # the node holding the schema's notes, if not the schema (a parameter)
    ) -> None:
        kinds = self.spec.kinds(node)
        vkind = vendor_kind(vtype)
        if "any" not in kinds and vkind != "any" and vkind not in kinds:
            if not (vkind == "object" and "map" in kinds) and not (
                vkind == "map" and "object" in kinds
            ):
                self.add(
                    "type",
                    where,
                    f"spec {'/'.join(sorted(kinds))}, vendor {vtype}",
                    vendor_note([owner, node, self.spec.resolve(node)[0]]),
                )
                return
        if vkind == "array" and "array" in kinds:
            inner = re.fullmatch(r"list\[(.+)\]", vtype).group(1)
            self.compare_type(self.spec.items(node), inner, mod, where + "[]", seen)
        elif vkind == "map":
            inner = re.fullmatch(r"dict\([^,]+,\s*(.+)\)", vtype).group(1)
            if "map" in kinds:
                self.compare_type(self.spec.values(node), inner, mod, where + "{}", seen)
        elif vkind == "object":
            cls = getattr(mod, vtype, None)
            if cls is not None and "object" in kinds:
                self.compare_object(node, cls, mod, where, seen)

    def compare_object(
        self,
        node: Any,
        cls: Any,
        mod: Any,
        where: str,
        seen: set[tuple[int, str]],
        skip: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> None:
        resolved, schema_name = self.spec.resolve(node)
        key = (id(resolved), cls.__name__)
        if key in seen:
            return
        seen = seen | {key}
        if schema_name:
            where = schema_name
        props = self.spec.properties(node)
        parents = [node, *self.spec.parts(node)]
        vendor = {wire: attr for attr, wire in cls.attribute_map.items() if wire not in skip}
        aliases = {}
        for name, prop in props.items():
            for alias in (prop.get("x-aliases") or []) if isinstance(prop, dict) else []:
                aliases[alias] = name
        matched = []
        vendor_only = []
        for wire in vendor:
            if wire in props:
                matched.append((wire, wire))
            elif wire in aliases and aliases[wire] not in vendor:
                # Decided: the spec names the vendor's spelling as an alias.
                spec_name = aliases[wire]
                note = vendor_note([props[spec_name]]) or "(no note)"
                self.add(
                    "spelling",
                    f"{where}.{spec_name}",
                    f"spec {spec_name} ~ vendor {wire} (x-aliases)",
                    note,
                )
                matched.append((spec_name, wire))
            else:
                vendor_only.append(wire)
        matched_spec = {s for s, _ in matched}
        spec_only = [n for n in props if n not in matched_spec]
        for s, v in pair_spellings(spec_only, vendor_only):
            # Open until the spec lists the other spelling in x-aliases.
            self.add("spelling", f"{where}.{s}", f"spec {s} ~ vendor {v}", None)
            spec_only.remove(s)
            vendor_only.remove(v)
            matched.append((s, v))
        # A spec property beside another spelling of itself that the vendor has: both listed.
        for s in list(spec_only):
            twin = next(
                (m for m, v in matched if m == v and spelling_score(s, m) is not None), None
            )
            if twin:
                self.add(
                    "spelling", f"{where}.{s}", f"spec lists {s} and {twin}; vendor {twin}", None
                )
                spec_only.remove(s)
        for v in vendor_only:
            self.add(
                "vendor-only",
                f"{where}.{v}",
                f"vendor {cls.__name__}.{vendor[v]}: {cls.openapi_types[vendor[v]]}",
                vendor_note(parents, v),
            )
        for s in spec_only:
            self.add(
                "spec-only",
                f"{where}.{s}",
                f"vendor {cls.__name__} has no {s}",
                vendor_note([props[s]]),
            )
        for s, v in matched:
            self.compare_type(props[s], cls.openapi_types[vendor[v]], mod, f"{where}.{s}", seen)

    def compare_params(self, op: dict[str, Any], vop: VendorOp) -> None:
        spec_params = {}
        for p in op.get("parameters") or []:
            if p.get("x-auth") or p["in"] == "cookie":
                continue
            if p["in"] == "path" and p["name"] == "project_id":
                continue
            if p["in"] == "header" and p["name"].lower() in TRANSPORT_HEADERS:
                continue
            key = p["name"].lower() if p["in"] == "header" else p["name"]
            spec_params[(p["in"], key)] = p
        vendor_params = {}
        for wire, (where, attr) in vop.params.items():
            if where == "header" and wire.lower() in TRANSPORT_HEADERS:
                continue
            key = wire.lower() if where == "header" else wire
            vendor_params[(where, key)] = (wire, attr)
        spec_only = [k for k in spec_params if k not in vendor_params]
        vendor_only = [k for k in vendor_params if k not in spec_params]
        pairs = pair_spellings(
            [f"{w} {n}" for w, n in spec_only], [f"{w} {n}" for w, n in vendor_only]
        )
        for s, v in pairs:
            sk, vk = tuple(s.split(" ", 1)), tuple(v.split(" ", 1))
            if sk[0] != vk[0]:
                continue
            p = spec_params[sk]
            aliased = vendor_params[vk][0] in (p.get("x-aliases") or [])
            self.add(
                "param",
                f"{sk[0]} {p['name']}",
                f"spelling: spec {p['name']} ~ vendor {vendor_params[vk][0]}",
                vendor_note([p]) if aliased else None,
            )
            spec_only.remove(sk)
            vendor_only.remove(vk)
        for k in spec_only:
            p = spec_params[k]
            self.add("param", f"{k[0]} {p['name']}", "only in the spec", vendor_note([p]))
        for k in vendor_only:
            wire, attr = vendor_params[k]
            self.add(
                "param",
                f"{k[0]} {wire}",
                f"only in the vendor ({vop.request.__name__}.{attr}: {vop.request.openapi_types[attr]})",
                vendor_note([op], wire),
            )
        for k, p in spec_params.items():
            if k in vendor_params:
                wire, attr = vendor_params[k]
                self.compare_type(
                    p.get("schema", {}),
                    vop.request.openapi_types[attr],
                    vop.module,
                    f"{k[0]} {p['name']}",
                    set(),
                    owner=p,
                )

    def compare(
        self, op: dict[str, Any], vop: VendorOp, body_node: Any, response_node: Any
    ) -> None:
        self.package = vop.package
        self.compare_params(op, vop)
        if vop.body_type and body_node is not None:
            self.compare_type(body_node, vop.body_type, vop.module, "request", set())
        elif vop.body_type:
            self.add(
                "param",
                "request body",
                f"only in the vendor ({vop.body_type})",
                vendor_note([op], "body"),
            )
        elif body_node is not None:
            self.add("param", "request body", "only in the spec", vendor_note([op], "body"))
        attrs = {
            a: w for a, w in vop.response.attribute_map.items() if w not in vop.response_headers
        }
        if response_node is None:
            return
        if set(attrs) == {"body"}:
            self.compare_type(
                response_node, vop.response.openapi_types["body"], vop.module, "response", set()
            )
        elif attrs:
            skip = set(vop.response_headers)
            self.compare_object(response_node, vop.response, vop.module, "response", set(), skip)
        else:
            self.add("param", "response body", "only in the spec", vendor_note([op], "response"))


def json_schema(container: Any) -> Any:
    content = (container or {}).get("content") or {}
    for media, entry in content.items():
        if "json" in media:
            return entry.get("schema")
    return None


def operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for path, item in spec.bundle["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                out.append((method.upper(), path, op))
    return out


def count_key(node: Any, key: str) -> int:
    if isinstance(node, dict):
        return (key in node) + sum(count_key(v, key) for v in node.values())
    if isinstance(node, list):
        return sum(count_key(v, key) for v in node)
    return 0


def describe(d: Diff) -> str:
    ops = sorted(d.operations)
    if len(ops) > 3:
        ops = [*ops[:3], f"+{len(ops) - 3}"]
    return f"{', '.join(ops)}; {', '.join(sorted(d.packages))}"


def run(packages: list[str], spec_root: str | None) -> int:
    spec = Spec(make_bundle(spec_root))
    index: dict[tuple[str, str], list[VendorOp]] = {}
    for package in packages:
        for vop in vendor_ops(package):
            index.setdefault((vop.method, norm_template(vop.template)), []).append(vop)
    cmp = Comparer(spec)
    compared = 0
    matched_ops: dict[str, set[str]] = {}
    for method, path, op in operations(spec):
        vops = index.get((method, norm_template(path)), [])
        variants = op.get("x-variants") or []
        for vop in vops:
            body = json_schema(op.get("requestBody"))
            ok = [r for c, r in sorted(op.get("responses", {}).items()) if c.startswith("2")]
            response = next((s for r in ok if (s := json_schema(r)) is not None), None)
            name = op["operationId"]
            if variants:
                want = vop.name.replace("_", "").lower()
                variant = next((v for v in variants if v["operationId"].lower() == want), None)
                if variant is None:
                    continue
                name = variant["operationId"]
                body = variant.get("schema", body)
                response = variant.get("response", response)
            cmp.operation = name
            cmp.compare(op, vop, body, response)
            matched_ops.setdefault(name, set()).add(vop.package)
            compared += 1
    print(f"vendor packages: {', '.join(PACKAGES)}")
    print(f"operations compared: {len(matched_ops)} ({compared} vendor methods)")
    diffs = sorted(cmp.diffs.values(), key=lambda d: (d.where, d.detail))
    kept = [d for d in diffs if d.note]
    open_ = [d for d in diffs if not d.note]
    for cat, title in CATEGORIES:
        rows = [d for d in open_ if d.category == cat]
        print(f"\n== {title} ({len(rows)}) ==")
        for d in rows:
            print(f"  {d.where}: {d.detail}  ({describe(d)})")
    print(f"\n== kept, with note ({len(kept)}) ==")
    for d in kept:
        print(f"  [{d.category}] {d.where}: {d.detail}  ({describe(d)})\n      note: {d.note}")
    marked = count_key(spec.bundle, "x-vendor-sdk")
    print("\nsummary (open / kept):")
    for cat, title in CATEGORIES:
        o = sum(1 for d in open_ if d.category == cat)
        k = sum(1 for d in kept if d.category == cat)
        print(f"  {title}: {o} / {k}")
    print(f"  spec nodes marked x-vendor-sdk: {marked}")
    return 1 if open_ else 0


def main() -> int:
    ensure_venv()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--package", action="append", choices=sorted(VENDORS), help="only these packages"
    )
    ap.add_argument("--spec", help="another spec root (default: spec/openapi.yaml)")
    args = ap.parse_args()
    import warnings

    warnings.filterwarnings("ignore")
    return run(args.package or list(VENDORS), args.spec)


if __name__ == "__main__":
    sys.exit(main())

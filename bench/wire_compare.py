"""Wire comparison: the generated client against the vendor SDKs, request by request.

For every fixture case of CDM (huaweicloudsdkcdm) and of the DLF operations the vendor's
huaweicloudsdkdgc has a method for, the case's call is sent once through `dataarts` and once
through the vendor SDK, both against the same loopback server on 127.0.0.1 (tests/loopback.py),
and what arrived is compared: method, path, query (names, values, order, raw encoding),
headers (all but X-Sdk-Date, Authorization and User-Agent) and body (parsed JSON, then bytes).

The vendor request is built from the case's kwargs by python name (`type_` -> `type`); path
parameters come from the fixture's expected path matched against the vendor's own template; the
body is built as the vendor's body model (recursively, through each model's attribute_map and
openapi_types) and falls back to a plain dict (serialized as it is) when a field has no place in
the vendor model. Both clients are given the same workspace (DLF) and no language.

Run: bench/.venv-client/bin/python bench/wire_compare.py [-v] [--workspace WS] [--language L]
(any other python re-executes itself in bench/.venv-client, like bench/client.py).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv-client"
AK, SK = "AKWIRECOMPARE", "SKWIRECOMPARE"
IGNORED_HEADERS = {"x-sdk-date", "authorization", "user-agent"}
# Set by the HTTP library (httpx / requests), not by the API layer: reported apart.
TRANSPORT_HEADERS = {"accept", "accept-encoding", "connection", "content-length", "host"}
VENDOR = {
    # service: (module with the client and models, client class)
    "cdm": ("huaweicloudsdkcdm.v1", "CdmClient"),
    "dlf": ("huaweicloudsdkdgc.v1", "DgcClient"),
}


def ensure_venv() -> None:
    python = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() != VENV.resolve():
        if not python.exists():
            sys.exit(f"{python} is missing: create the benchmark venv first (bench/client.py does)")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "python")}
        os.execve(str(python), [str(python), __file__, *sys.argv[1:]], env)
    for p in (str(ROOT / "generated" / "python"), str(ROOT)):
        if p not in sys.path:
            sys.path.insert(0, p)


# -- the vendor side -------------------------------------------------------------------------
def _norm_template(template: str) -> str:
    return re.sub(r"\{[^{}]+\}", "{}", template)


def vendor_index(service: str) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(METHOD, normalized path template) -> the vendor client methods sending that."""
    modname, clsname = VENDOR[service]
    mod = importlib.import_module(modname)
    client_cls = getattr(mod, clsname)
    index = {}
    for name, fn in inspect.getmembers(client_cls):
        m = re.fullmatch(r"_(\w+)_http_info", name)
        if not m:
            continue
        src = inspect.getsource(fn)
        method = re.search(r'"method": "(\w+)"', src).group(1)
        template = re.search(r'"resource_path": "([^"]+)"', src).group(1)
        public = m.group(1)
        req_name = "".join(p.capitalize() for p in public.split("_")) + "Request"
        doc = inspect.getdoc(getattr(client_cls, public)) or ""
        dm = re.search(r":type request: :class:`[\w.]+\.(\w+)`", doc)
        if dm:
            req_name = dm.group(1)
        index.setdefault((method, _norm_template(template)), []).append(
            {
                "method_name": public,
                "template": template,
                "request_class": getattr(mod, req_name),
                "module": mod,
                "client_class": client_cls,
            }
        )
    return index


def pick_vendor(
    candidates: list[dict[str, Any]] | None, case: dict[str, Any]
) -> dict[str, Any] | None:
    """The vendor method for a case; several share one path (start/stop/restart_cluster): the one
    named like the case's method."""
    if not candidates:
        return None
    words = {case["call"]["method"], case["name"]}
    for info in candidates:
        if words & set(info["method_name"].split("_")):
            return info
    return candidates[0]


class Unbuildable(Exception):
    pass


_PRIMITIVE = {"str", "int", "float", "bool", "object", "date", "datetime", "long", "file"}


def build_model(type_str: str, data: Any, mod: Any, where: str, missing: list[str]) -> Any:
    """`data` (wire JSON) as the vendor type `type_str`; fields with no place in a vendor model
    are left out and named in `missing`; Unbuildable when the shape itself does not fit."""
    if data is None:
        return None
    m = re.fullmatch(r"list\[(.+)\]", type_str)
    if m:
        if not isinstance(data, list):
            raise Unbuildable(f"{where} is not a list")
        return [
            build_model(m.group(1), x, mod, f"{where}[{i}]", missing) for i, x in enumerate(data)
        ]
    m = re.fullmatch(r"dict\(([^,]+),\s*(.+)\)", type_str)
    if m:
        if not isinstance(data, dict):
            raise Unbuildable(f"{where} is not an object")
        return {
            k: build_model(m.group(2), v, mod, f"{where}.{k}", missing) for k, v in data.items()
        }
    if type_str in _PRIMITIVE:
        return data
    cls = getattr(mod, type_str, None)
    if cls is None:
        raise Unbuildable(f"no vendor model {type_str} ({where})")
    if not isinstance(data, dict):
        raise Unbuildable(f"{where} ({type_str}) is not an object")
    by_wire = {wire: attr for attr, wire in cls.attribute_map.items()}
    kwargs = {}
    for key, value in data.items():
        if key not in by_wire:
            missing.append(f"{where}.{key} (vendor {type_str})")
            continue
        attr = by_wire[key]
        kwargs[attr] = build_model(cls.openapi_types[attr], value, mod, f"{where}.{key}", missing)
    try:
        return cls(**kwargs)
    except Exception as exc:  # noqa: BLE001
        raise Unbuildable(f"vendor {type_str}({', '.join(kwargs)}) failed: {exc}") from None


def vendor_request(
    info: dict[str, Any], case: dict[str, Any], workspace: str | None, language: str | None
) -> tuple[Any, list[str], Any]:
    """The vendor request object for a case, notes on how it was built, and when the body went
    as a plain dict, the vendor body model holding what fits (None otherwise)."""
    notes: list[str] = []
    partial = None
    req = info["request_class"]()
    attrs = req.attribute_map
    kwargs = dict(case["call"]["kwargs"])
    # Path parameters: from the fixture's expected path, against the vendor's template.
    names = re.findall(r"\{([^{}]+)\}", info["template"])
    pattern = re.sub(r"\\\{[^{}]+\\\}", "([^/]+)", re.escape(info["template"]))
    m = re.fullmatch(pattern, case["request"]["path"])
    if m:
        from urllib.parse import unquote

        for name, value in zip(names, m.groups()):
            if name == "project_id":
                continue
            if name in attrs:
                setattr(req, name, unquote(value))
            else:
                notes.append(f"vendor has no attribute for path parameter {name}")
    else:
        notes.append("fixture path does not match the vendor template")
    path_names = set(names)
    query = [tuple(q) for q in case["request"].get("query") or []]
    for key, value in kwargs.items():
        if key == "body":
            continue
        name = key[:-1] if key.endswith("_") else key
        if name in path_names and name in attrs:
            continue
        if name in attrs:
            setattr(req, name, value)
            continue
        # No attribute of that python name: find it by the wire name the fixture expects.
        wires = [w for w, v in query if v == str(value)]
        by_wire = {w: a for a, w in attrs.items()}
        hit = next((by_wire[w] for w in wires if w in by_wire), None)
        if hit:
            setattr(req, hit, value)
            notes.append(f"kwarg {key} set as vendor attribute {hit}")
        else:
            notes.append(f"kwarg {key} has no vendor attribute (not sent by vendor)")
    if workspace is not None and "workspace" in attrs:
        req.workspace = workspace
    if language is not None and "x_language" in attrs:
        req.x_language = language
    if "body" in kwargs:
        if "body" not in attrs:
            notes.append("vendor request has no body")
        else:
            body_type = req.openapi_types["body"]
            missing: list[str] = []
            model = None
            try:
                model = build_model(body_type, kwargs["body"], info["module"], "body", missing)
            except Unbuildable as exc:
                missing.append(str(exc))
            if missing:
                # The vendor model cannot carry every field: send the dict as it is (the vendor
                # serializes a dict with its own key order, not the model's).
                req.body = kwargs["body"]
                partial = model
                notes.append(
                    "body as plain dict; no place in the vendor model for: " + ", ".join(missing)
                )
            else:
                req.body = model
                notes.append(f"body as vendor {body_type}")
    return req, notes, partial


_vendor_clients: dict[tuple[str, str], Any] = {}


def vendor_client(service: str, info: dict[str, Any], project_id: str, url: str) -> Any:
    key = (service, project_id)
    if key not in _vendor_clients:
        from huaweicloudsdkcore.auth.credentials import BasicCredentials

        _vendor_clients[key] = (
            info["client_class"]
            .new_builder()
            .with_credentials(BasicCredentials(AK, SK, project_id))
            .with_endpoints([url])
            .build()
        )
    return _vendor_clients[key]


# -- the comparison --------------------------------------------------------------------------
def _body_bytes_diff(a: bytes, b: bytes, ja: Any, jb: Any) -> str:
    """Why two bodies holding equal JSON differ as bytes."""
    canon = lambda x: json.dumps(x, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    if canon(ja) != canon(jb):
        return "key order differs"
    reasons = []
    for label, raw in (("ours", a), ("vendor", b)):
        text = raw.decode("utf-8", "replace")
        style = []
        style.append("ascii-escaped" if "\\u" in text else "raw UTF-8")
        style.append(
            "compact" if '":' in text and '", "' not in text and ", " not in text else "spaced"
        )
        reasons.append(f"{label} {'/'.join(style)}")
    return "formatting: " + ", ".join(reasons)


def _first_key_order_diff(a: Any, b: Any, where: str = "body") -> str | None:
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            return f"{where}: ours {list(a)} vs vendor {list(b)}"
        for k in a:
            r = _first_key_order_diff(a[k], b[k], f"{where}.{k}")
            if r:
                return r
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            r = _first_key_order_diff(x, y, f"{where}[{i}]")
            if r:
                return r
    return None


def _common_key_order_diff(a: Any, b: Any, where: str = "body") -> str | None:
    """The first object whose keys present on both sides come in a different order."""
    if isinstance(a, dict) and isinstance(b, dict):
        ka, kb = [k for k in a if k in b], [k for k in b if k in a]
        if ka != kb:
            return f"{where}: ours {ka} vs vendor {kb}"
        for k in ka:
            r = _common_key_order_diff(a[k], b[k], f"{where}.{k}")
            if r:
                return r
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            r = _common_key_order_diff(x, y, f"{where}[{i}]")
            if r:
                return r
    return None


def _json_diff(a: Any, b: Any, where: str = "body", out: list[str] | None = None) -> list[str]:
    out = [] if out is None else out
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                out.append(f"{where}.{k} only ours")
            else:
                _json_diff(a[k], b[k], f"{where}.{k}", out)
        for k in b:
            if k not in a:
                out.append(f"{where}.{k} only vendor")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            _json_diff(x, y, f"{where}[{i}]", out)
    elif a != b or type(a) is not type(b):
        out.append(
            f"{where}: ours {json.dumps(a, ensure_ascii=False)[:80]} vs vendor "
            f"{json.dumps(b, ensure_ascii=False)[:80]}"
        )
    return out


def compare(
    ours: Any, vendor: Any, plain_dict_body: bool = False
) -> tuple[list[str], dict[str, list[str]]]:
    """Differences between two Received, and the headers only one side sends."""
    diffs: list[str] = []
    only: dict[str, list[str]] = {"ours": [], "vendor": []}
    if ours.method != vendor.method:
        diffs.append(f"method: ours {ours.method} vs vendor {vendor.method}")
    if ours.path != vendor.path:
        diffs.append(f"path: ours {ours.path} vs vendor {vendor.path}")
    qa, qb = list(ours.query), list(vendor.query)
    if qa != qb:
        na, nb = [k for k, _ in qa], [k for k, _ in qb]
        if set(na) != set(nb):
            diffs.append(f"query names: ours {na} vs vendor {nb}")
        elif sorted(qa) == sorted(qb):
            diffs.append(f"query order: ours {na} vs vendor {nb}")
        else:
            diffs.append(f"query values: ours {qa} vs vendor {qb}")
    elif getattr(ours.query, "raw", None) != getattr(vendor.query, "raw", None):
        diffs.append(f"query encoding: ours {ours.query.raw!r} vs vendor {vendor.query.raw!r}")
    ha = {k.lower(): (k, v) for k, v in ours.headers.items() if k.lower() not in IGNORED_HEADERS}
    hb = {k.lower(): (k, v) for k, v in vendor.headers.items() if k.lower() not in IGNORED_HEADERS}
    transport: list[str] = []
    for k in ha:
        if k not in hb:
            only["ours"].append(ha[k][0])
            (transport if k in TRANSPORT_HEADERS else diffs).append(
                f"only ours {ha[k][0]}: {ha[k][1]}"
            )
        elif ha[k][1] != hb[k][1]:
            note = " (follows the body)" if k == "content-length" else ""
            (transport if k in TRANSPORT_HEADERS else diffs).append(
                f"header {ha[k][0]}: ours {ha[k][1]!r} vs vendor {hb[k][1]!r}{note}"
            )
        elif ha[k][0] != hb[k][0]:
            diffs.append(f"header name case: ours {ha[k][0]} vs vendor {hb[k][0]}")
    for k in hb:
        if k not in ha:
            only["vendor"].append(hb[k][0])
            (transport if k in TRANSPORT_HEADERS else diffs).append(
                f"only vendor {hb[k][0]}: {hb[k][1]}"
            )
    if transport:
        diffs.append("transport headers: " + ", ".join(transport))
    if ours.body != vendor.body:
        if not ours.body or not vendor.body:
            diffs.append(
                f"body: ours {len(ours.body)} bytes vs vendor {len(vendor.body)} bytes: "
                f"ours {ours.body[:60]!r} vendor {vendor.body[:60]!r}"
            )
        else:
            try:
                ja, jb = json.loads(ours.body), json.loads(vendor.body)
            except ValueError:
                diffs.append(
                    f"body bytes differ (not JSON): ours {ours.body[:60]!r} vendor "
                    f"{vendor.body[:60]!r}"
                )
            else:
                if ja != jb:
                    diffs.append("body JSON differs: " + "; ".join(_json_diff(ja, jb)[:6]))
                else:
                    why = _body_bytes_diff(ours.body, vendor.body, ja, jb)
                    if why == "key order differs":
                        why += " (" + (_first_key_order_diff(ja, jb) or "?") + ")"
                        if plain_dict_body:
                            why += " [vendor body sent as a plain dict: its order is the fixture's]"
                    diffs.append(f"body bytes differ, JSON equal: {why}")
    return diffs, only


def against_fixture(ours: Any, expected: dict[str, Any]) -> list[str]:
    out = []
    if ours.method != expected["method"]:
        out.append(f"method {ours.method} != fixture {expected['method']}")
    if ours.path != expected["path"]:
        out.append(f"path {ours.path} != fixture {expected['path']}")
    if [list(q) for q in ours.query] != [list(q) for q in expected.get("query") or []]:
        out.append(f"query {list(ours.query)} != fixture {expected.get('query')}")
    want = expected.get("body")
    got = json.loads(ours.body) if ours.body else None
    if want != got:
        out.append("body != fixture")
    return out


def main() -> int:
    ensure_venv()
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="print how each vendor request was built"
    )
    ap.add_argument(
        "--workspace",
        default="0123456789abcdef0123456789abcdef",
        help="workspace given to both clients (empty: none)",
    )
    ap.add_argument(
        "--language", default=None, help="language given to both clients (default: none)"
    )
    args = ap.parse_args()
    workspace = args.workspace or None

    import warnings

    warnings.filterwarnings("ignore")
    import tests.loopback as loopback_mod
    from dataarts import AkSkCredentials, DataArts
    from tests.loopback import Loopback, Reply

    class RawQuery(list):
        raw = ""

    def recording_parse_qsl(qs: str, **kw: Any) -> RawQuery:
        from urllib.parse import parse_qsl

        out = RawQuery(parse_qsl(qs, **kw))
        out.raw = qs
        return out

    loopback_mod.parse_qsl = recording_parse_qsl  # keep the raw query string too

    import huaweicloudsdkcore
    import huaweicloudsdkdgc

    print(
        f"vendor: huaweicloudsdkcore {_version('huaweicloudsdkcore')}, huaweicloudsdkcdm "
        f"{_version('huaweicloudsdkcdm')}, huaweicloudsdkdgc {_version('huaweicloudsdkdgc')}"
    )
    del huaweicloudsdkcore, huaweicloudsdkdgc

    indexes = {s: vendor_index(s) for s in VENDOR}
    counts = {"same": 0, "differ": 0, "no vendor method": 0, "error": 0, "transport only": 0}
    compared_ops: set[str] = set()
    only_totals: dict[tuple[str, str], set[str]] = {}
    lb = Loopback()
    with lb.running():
        for service in ("cdm", "dlf"):
            for path in sorted((ROOT / "generated" / "fixtures" / service).glob("*.json")):
                fixture = json.loads(path.read_text())
                op = fixture["operationId"]
                candidates = indexes[service].get(
                    (fixture["method"], _norm_template(fixture["path"]))
                )
                multi = len(fixture["cases"]) > 1
                for case in fixture["cases"]:
                    info = pick_vendor(candidates, case)
                    label = f"{service} {op}" + (f"[{case['name']}]" if multi else "")
                    if info is None:
                        counts["no vendor method"] += 1
                        print(
                            f"{label}: skipped (no vendor method for {fixture['method']} {fixture['path']})"
                        )
                        continue
                    label += f" (vendor {info['method_name']})"
                    resp = case.get("response") or {}
                    reply = lambda: Reply(  # noqa: E731
                        resp.get("status", 200),
                        resp.get("body"),
                        resp.get("content_type", "application/json") or "application/json",
                    )
                    settings = case["call"].get("settings") or {}
                    project_id = settings.get("project_id")
                    errors = []
                    # ours
                    lb.received.clear()
                    lb.replies[:] = [reply()]
                    api = DataArts(
                        endpoints={"cdm": lb.url, "dlf": lb.url},
                        credentials=AkSkCredentials(AK, SK),
                        max_retries=0,
                        project_id=project_id,
                        workspace=workspace,
                        language=args.language,
                    )
                    try:
                        call = case["call"]
                        result = getattr(
                            getattr(getattr(api, service), call["resource"]), call["method"]
                        )(**call["kwargs"])
                        if hasattr(result, "iter_bytes"):  # a Download is sent when read
                            for _ in result.iter_bytes():
                                pass
                    except Exception as exc:  # noqa: BLE001 - only what was sent matters
                        if not lb.received:
                            errors.append(
                                f"ours raised before sending: {type(exc).__name__}: {exc}"
                            )
                    finally:
                        api.close() if hasattr(api, "close") else None
                    ours = lb.received[-1] if lb.received else None
                    # vendor
                    lb.received.clear()
                    lb.replies[:] = [reply()]
                    notes: list[str] = []
                    partial = None
                    try:
                        req, notes, partial = vendor_request(info, case, workspace, args.language)
                        client = vendor_client(service, info, project_id, lb.url)
                        getattr(client, info["method_name"])(req)
                    except Exception as exc:  # noqa: BLE001
                        if not lb.received:
                            errors.append(
                                f"vendor raised before sending: {type(exc).__name__}: {exc}"
                            )
                    vendor = lb.received[-1] if lb.received else None
                    if errors or ours is None or vendor is None:
                        counts["error"] += 1
                        print(f"{label}: ERROR {'; '.join(errors) or 'nothing received'}")
                        continue
                    diffs, only = compare(
                        ours, vendor, any(n.startswith("body as plain dict") for n in notes)
                    )
                    for side, names in only.items():
                        for n in names:
                            only_totals.setdefault((side, n), set()).add(op)
                    if partial is not None and ours.body:
                        # What the vendor model would send (the fields it has): its key order.
                        from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization

                        order = _common_key_order_diff(
                            json.loads(ours.body), sanitize_for_serialization(partial)
                        )
                        diffs.append(
                            "vendor body model (fields it has) key order: "
                            + (order or "same as ours")
                        )
                    fix = against_fixture(ours, case["request"])
                    if fix:
                        diffs.append("ours vs fixture: " + "; ".join(fix))
                    compared_ops.add(op)
                    if diffs:
                        counts["differ"] += 1
                        counts["transport only"] += all(
                            d.startswith("transport headers") for d in diffs
                        )
                        print(f"{label}: differences: " + " | ".join(diffs))
                    else:
                        counts["same"] += 1
                        print(f"{label}: same")
                    if args.verbose or any(
                        n.startswith(("kwarg", "vendor has no", "fixture path", "body as plain"))
                        for n in notes
                    ):
                        print(f"    vendor request: {'; '.join(notes) or 'no body'}")
    print()
    total = sum(v for k, v in counts.items() if k != "transport only")
    print(
        f"summary: {total} cases: {counts['same']} same, {counts['differ']} with differences, "
        f"{counts['no vendor method']} without a vendor method, {counts['error']} errors"
    )
    print(
        f"  {counts['transport only']} of those differ only in transport headers "
        f"({', '.join(sorted(TRANSPORT_HEADERS))})"
    )
    compared = len({op for ops in only_totals.values() for op in ops} | compared_ops)
    for (side, name), ops in sorted(only_totals.items()):
        which = "all compared" if len(ops) == compared else ", ".join(sorted(ops))
        print(f"  header only {side} sends: {name} ({len(ops)} operations: {which})")
    return 1 if counts["error"] else 0


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


if __name__ == "__main__":
    sys.exit(main())

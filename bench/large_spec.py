"""Benchmark: a large synthetic plain OpenAPI 3.1 spec at 1x, 2x and 4x its size, ours against
openapi-python-client and datamodel-codegen (issue 12).

1x is about the size of the biggest real APIs: 100 resources of 5 operations (500 operations)
and 8 schemas each (800 schemas: objects with nested objects, arrays, enums, refs, nullable
fields). The spec is built here, deterministically, with none of this project's conventions.
Each tool runs cold, `--runs` times per size in rounds (ours: a fresh clone's first run, empty
output and cache folders, so validation runs beside rendering), the median kept; the peers
are installed in bench/.venv-peers (see generate.py). Prints seconds per size, the ratios against
openapi-python-client (goal <= 0.5) and the growth from 1x (linear: 2x and 4x take about 2 and
4 times as long).

    .venv/bin/python bench/large_spec.py [--sizes 1,2,4] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import ROOT, children_cpu, environment, peers  # noqa: E402

RESOURCES = 100  # at 1x


def schemas(r: str) -> dict[str, Any]:
    ref = f"#/components/schemas/{r}"
    return {
        f"{r}Status": {"type": "string", "enum": ["active", "paused", "closed"]},
        f"{r}Address": {
            "type": "object",
            "properties": {
                "street": {"type": "string"},
                "city": {"type": "string", "maxLength": 64},
                "zip": {"type": ["string", "null"]},
            },
        },
        f"{r}Tag": {
            "type": "object",
            "required": ["key"],
            "properties": {"key": {"type": "string"}, "value": {"type": "string"}},
        },
        f"{r}Meta": {
            "type": "object",
            "properties": {
                "created": {"type": "string", "format": "date-time"},
                "version": {"type": "integer", "minimum": 0},
                "tags": {"type": "array", "items": {"$ref": f"{ref}Tag"}},
            },
        },
        r: {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "size": {"type": "integer", "format": "int64"},
                "ratio": {"type": "number"},
                "enabled": {"type": "boolean"},
                "status": {"$ref": f"{ref}Status"},
                "address": {"$ref": f"{ref}Address"},
                "meta": {"$ref": f"{ref}Meta"},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        },
        f"{r}Create": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "size": {"type": "integer"},
                "address": {"$ref": f"{ref}Address"},
                "tags": {"type": "array", "items": {"$ref": f"{ref}Tag"}},
            },
        },
        f"{r}Update": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "status": {"$ref": f"{ref}Status"}},
        },
        f"{r}List": {
            "type": "object",
            "required": ["items"],
            "properties": {
                "items": {"type": "array", "items": {"$ref": ref}},
                "total": {"type": "integer"},
            },
        },
    }


def json_body(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


def spec(resources: int) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    components: dict[str, Any] = {}
    error = {"description": "error", "content": json_body("Error")}
    for i in range(resources):
        r, tag = f"Thing{i:04d}", f"things{i:04d}"
        components.update(schemas(r))
        base = f"/v1/{tag}"
        paths[base] = {
            "get": {
                "operationId": f"list{r}",
                "tags": [tag],
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {
                        "name": "status",
                        "in": "query",
                        "schema": {"$ref": f"#/components/schemas/{r}Status"},
                    },
                ],
                "responses": {
                    "200": {"description": "ok", "content": json_body(f"{r}List")},
                    "default": error,
                },
            },
            "post": {
                "operationId": f"create{r}",
                "tags": [tag],
                "requestBody": {"required": True, "content": json_body(f"{r}Create")},
                "responses": {
                    "201": {"description": "created", "content": json_body(r)},
                    "default": error,
                },
            },
        }
        one = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        paths[base + "/{id}"] = {
            "parameters": [one],
            "get": {
                "operationId": f"get{r}",
                "tags": [tag],
                "responses": {
                    "200": {"description": "ok", "content": json_body(r)},
                    "default": error,
                },
            },
            "patch": {
                "operationId": f"update{r}",
                "tags": [tag],
                "requestBody": {"required": True, "content": json_body(f"{r}Update")},
                "responses": {
                    "200": {"description": "ok", "content": json_body(r)},
                    "default": error,
                },
            },
            "delete": {
                "operationId": f"delete{r}",
                "tags": [tag],
                "responses": {"204": {"description": "deleted"}, "default": error},
            },
        }
    components["Error"] = {
        "type": "object",
        "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Large", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": components},
    }


CPU: dict[str, list[float]] = {}  # CPU seconds (user + system, all processes) by command


def run(cmd: list[str]) -> float:
    used = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=environment())
    seconds = time.perf_counter() - start
    CPU.setdefault(cmd[0], []).append(children_cpu() - used)
    if done.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {(done.stderr or done.stdout).strip()[-800:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,4")
    parser.add_argument("--runs", type=int, default=1, help="rounds per size (median)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    bin_dir = peers()
    work = Path(tempfile.mkdtemp(prefix="bench-large-"))
    rows = []
    cpu_rows: list[tuple[int, float, float]] = []
    for size in sizes:
        folder = work / f"x{size}"
        folder.mkdir()
        doc = spec(RESOURCES * size)
        # ours reads YAML; JSON is YAML
        (folder / "openapi.yaml").write_text(json.dumps(doc, indent=1), encoding="utf-8")
        (folder / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
        ops = sum(1 for item in doc["paths"].values() for k in item if k != "parameters")
        config = work / "opc.yaml"
        config.write_text("literal_enums: true\n")
        ours_cmd = [
            sys.executable,
            "-m",
            "generator",
            "--spec",
            str(folder / "openapi.yaml"),
            "--cache",
            str(folder / "cache"),
            "generate",
            "--out",
            str(folder / "ours"),
        ]
        opc_cmd = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(folder / "openapi.json"),
            "--output-path",
            str(folder / "opc"),
            "--overwrite",
            "--config",
            str(config),
        ]
        dmc_cmd = [
            str(bin_dir / "datamodel-codegen"),
            "--input",
            str(folder / "openapi.json"),
            "--input-file-type",
            "openapi",
            "--output",
            str(folder / "dmc.py"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
        ]
        times: list[list[float]] = [[], [], []]
        for _ in range(args.runs):  # in rounds: a shared machine's load weighs on all alike
            for cache in (folder / "cache", folder / "ours"):  # ours: a cold run each time
                shutil.rmtree(cache, ignore_errors=True)
            times[0].append(run(ours_cmd))
            times[1].append(run(opc_cmd))
            times[2].append(run(dmc_cmd))
        ours, opc, dmc = (statistics.median(t) for t in times)
        ours_cpu, opc_cpu = (statistics.median(CPU.pop(c[0])) for c in (ours_cmd, opc_cmd))
        CPU.clear()
        rows.append((size, ops, len(doc["components"]["schemas"]), ours, opc, dmc))
        cpu_rows.append((size, ours_cpu, opc_cpu))
        print(f"{size}x done", file=sys.stderr)
    print(
        f"\n{'size':>4} {'ops':>5} {'schemas':>7} {'ours':>8} {'opc':>8} {'dmc':>8} "
        f"{'ours/opc':>8} {'ours growth':>11} {'opc growth':>10}"
    )
    first = rows[0]
    for size, ops, n, ours, opc, dmc in rows:
        print(
            f"{size:>3}x {ops:>5} {n:>7} {ours:>7.2f}s {opc:>7.2f}s {dmc:>7.2f}s "
            f"{ours / opc:>8.2f} {ours / first[3]:>10.2f}x {opc / first[4]:>9.2f}x"
        )
    print(
        f"\nCPU time (user + system, all processes)\n{'size':>4} {'ours':>8} {'opc':>8} {'ours/opc':>8}"
    )
    for size, ours_cpu, opc_cpu in cpu_rows:
        print(f"{size:>3}x {ours_cpu:>7.2f}s {opc_cpu:>7.2f}s {ours_cpu / opc_cpu:>8.2f}")
    print("\ngoal: ours/opc <= 0.5; growth about the size factor (linear)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

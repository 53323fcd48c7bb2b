"""Benchmark: generation time, ours against openapi-python-client and datamodel-codegen.

Times, in one run, the median of several runs each, run in rounds (each round runs every\ncommand once, so a shared machine's load weighs on all alike):
- ours, a fresh clone's first full run: empty output folder, empty cache folder (black cold);
- ours, a full run with the cache warm (forced, empty output folder);
- ours, the maintainer's loop: one operation's description changed, then `generate` (the
  output and the cache are those of the previous run);
- ours, a run with nothing changed;
- `openapi-python-client generate` (with `literal_enums: true`; its exit code and output are
  checked) and `datamodel-codegen` on the bundled spec.
The spec is copied to a temporary folder, so the checkout is never edited. The peers are
installed in their own venv (bench/.venv-peers), never in the project's. Prints the numbers
and the ratios against the goals: one change <= 0.25 x openapi-python-client, the first full
run <= 1.5 x, no change < 0.1 s.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "bench" / ".venv-peers"
PEER_PACKAGES = ["openapi-python-client==0.29.1", "datamodel-code-generator==0.89.0"]
RUNS = 5
OPERATION_DESCRIPTION = re.compile(r"^    description: (.*)$", re.MULTILINE)


def peers() -> Path:
    bin_dir = PEERS / "bin"
    if not (bin_dir / "openapi-python-client").exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
        subprocess.run([str(bin_dir / "pip"), "install", "-q", *PEER_PACKAGES], check=True)
    return bin_dir


Job = tuple[list[str], Callable[[], object] | None]


def environment() -> dict[str, str]:
    """The commands' environment: the peers' tools first on PATH (openapi-python-client runs
    their ruff), and Python's usual bytecode cache (PYTHONDONTWRITEBYTECODE, set in some
    shells, would make every run of ours compile the generator again, while the peers were
    compiled when pip installed them)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PATH"] = f"{PEERS / 'bin'}:{os.environ.get('PATH', '')}"
    return env


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


CPU: dict[str, float] = {}  # median CPU seconds (user + system, with the children) of each job


def interleaved(jobs: dict[str, Job]) -> dict[str, tuple[float, subprocess.CompletedProcess[str]]]:
    """Median wall time of RUNS runs of each job, run in rounds (one run of each job per round,
    each after its setup), so that the load of a shared machine weighs on every job alike;
    with the last result of each. The median CPU time of each goes in CPU: on a shared
    machine it varies less than the wall time."""
    times: dict[str, list[float]] = {name: [] for name in jobs}
    cpu: dict[str, list[float]] = {name: [] for name in jobs}
    results: dict[str, subprocess.CompletedProcess[str]] = {}
    env = environment()
    for _ in range(RUNS):
        for name, (cmd, setup) in jobs.items():
            if setup:
                setup()
            used = children_cpu()
            start = time.perf_counter()
            result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
            times[name].append(time.perf_counter() - start)
            cpu[name].append(children_cpu() - used)
            results[name] = result
            ok(name, result)
    CPU.update({name: statistics.median(cpu[name]) for name in jobs})
    return {name: (statistics.median(times[name]), results[name]) for name in jobs}


def ok(name: str, result: subprocess.CompletedProcess[str]) -> None:
    if result.returncode != 0:
        sys.exit(f"{name} failed (exit {result.returncode}): {result.stderr.strip()[-500:]}")


def main() -> None:
    bin_dir = peers()
    work = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    spec = work / "spec"
    shutil.copytree(ROOT / "spec", spec)
    bundle = work / "openapi.json"
    py = sys.executable
    gen = [py, "-m", "generator", "--spec", str(spec / "openapi.yaml")]
    subprocess.run([*gen, "bundle", "-o", str(bundle)], check=True, cwd=ROOT)
    out, cache = work / "ours", work / "cache"

    def fresh() -> None:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)

    area = spec / "cdm" / "clusters.yaml"
    original = area.read_text(encoding="utf-8")
    described = OPERATION_DESCRIPTION.search(original)
    assert described, f"no operation description in {area}"
    edits = iter(range(1, 1000))

    def describe() -> None:  # a new description each time: nothing of it is cached
        n = next(edits)
        text = original[: described.end(1)] + f" (edit {n})" + original[described.end(1) :]
        area.write_text(text, encoding="utf-8")

    opc_out = work / "opc"
    config = work / "opc.yaml"
    config.write_text("literal_enums: true\n")  # its default enums clash on this spec
    ours = [*gen, "--cache", str(cache), "generate", "--out", str(out)]
    # In each round: a fresh clone's run, a forced warm run, one change, no change (each on
    # what the previous left), then the peers.
    timings = interleaved(
        {
            "ours (first run)": (ours, fresh),
            "ours (warm)": ([*ours, "--force"], lambda: shutil.rmtree(out, ignore_errors=True)),
            "ours (one change)": (ours, describe),
            "ours (no change)": (ours, None),
            "openapi-python-client": (
                [
                    str(bin_dir / "openapi-python-client"),
                    "generate",
                    "--path",
                    str(bundle),
                    "--output-path",
                    str(opc_out),
                    "--overwrite",
                    "--config",
                    str(config),
                ],
                lambda: shutil.rmtree(opc_out, ignore_errors=True),
            ),
            "datamodel-codegen": (
                [
                    str(bin_dir / "datamodel-codegen"),
                    "--input",
                    str(bundle),
                    "--input-file-type",
                    "openapi",
                    "--output",
                    str(work / "dmc_models.py"),
                    "--output-model-type",
                    "pydantic_v2.BaseModel",
                ],
                None,
            ),
        }
    )
    cold, warm = timings["ours (first run)"][0], timings["ours (warm)"][0]
    one, nochange = timings["ours (one change)"][0], timings["ours (no change)"][0]
    one_work = timings["ours (one change)"][1].stdout.strip()
    opc, result = timings["openapi-python-client"]
    dmc = timings["datamodel-codegen"][0]
    opc_files = list(opc_out.rglob("*.py"))
    opc_warnings = result.stdout.count("Warning") + result.stderr.count("Warning")
    if len(opc_files) < 50:
        sys.exit(f"openapi-python-client wrote only {len(opc_files)} Python files")
    ours_lines = sum(len(p.read_bytes().splitlines()) for p in out.rglob("*.py"))
    opc_lines = sum(len(p.read_bytes().splitlines()) for p in opc_files)
    rows = [
        ("ours: first full run (fresh clone: empty output, cold cache)", cold),
        ("ours: full run, cache warm (forced, empty output)", warm),
        ("ours: one operation's description changed", one),
        ("ours: no change", nochange),
        (f"openapi-python-client ({len(opc_files)} files, {opc_warnings} warnings)", opc),
        ("datamodel-codegen (models only)", dmc),
    ]
    size = bundle.stat().st_size // 1024
    print(f"\nmedian of {RUNS} rounds; load {os.getloadavg()[0]:.1f}; spec {size} KiB bundled;")
    print(f"Python lines: ours {ours_lines}, openapi-python-client {opc_lines}")
    cpus = [CPU[name] for name in timings]
    print(f"  {'':<66} {'wall':>9} {'CPU':>9}")
    for (name, seconds), used in zip(rows, cpus):
        print(f"  {name:<66} {seconds:7.3f} s {used:7.3f} s")
    print(f"  (one change: {one_work})")
    print("\nratios")
    print(f"  one change / openapi-python-client      {one / opc:6.2f}  (goal <= 0.25)")
    print(f"  first full run / openapi-python-client  {cold / opc:6.2f}  (goal <= 1.50)")
    print(f"  warm full run / openapi-python-client   {warm / opc:6.2f}")
    print(f"  first full run / datamodel-codegen      {cold / dmc:6.2f}")
    print(f"  no change                          {nochange:6.3f} s (goal < 0.1 s)")
    opc_cpu = CPU["openapi-python-client"]
    print("CPU time ratios (user + system, all processes)")
    print(f"  one change / openapi-python-client      {CPU['ours (one change)'] / opc_cpu:6.2f}")
    print(f"  first full run / openapi-python-client  {CPU['ours (first run)'] / opc_cpu:6.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Benchmark: generation time, ours against openapi-python-client and datamodel-codegen.

Times, in one run, the median of several runs each:
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


def timed(
    cmd: list[str], setup: Callable[[], object] | None = None
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Median wall time of RUNS runs of `cmd` (each after `setup`), and the last result."""
    times = []
    env = {**os.environ, "PATH": f"{PEERS / 'bin'}:{os.environ.get('PATH', '')}"}  # its ruff
    result = None
    for _ in range(RUNS):
        if setup:
            setup()
        start = time.perf_counter()
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            break
    assert result is not None
    return statistics.median(times), result


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

    cold, result = timed([*gen, "--cache", str(cache), "generate", "--out", str(out)], fresh)
    ok("ours (first run)", result)
    warm, result = timed(
        [*gen, "--cache", str(cache), "generate", "--force", "--out", str(out)],
        lambda: shutil.rmtree(out, ignore_errors=True),
    )
    ok("ours (warm)", result)
    subprocess.run([*gen, "--cache", str(cache), "generate", "--out", str(out)], check=True)
    area = spec / "cdm" / "clusters.yaml"
    original = area.read_text(encoding="utf-8")
    described = OPERATION_DESCRIPTION.search(original)
    assert described, f"no operation description in {area}"
    edits = iter(range(1, 1000))

    def describe() -> None:  # a new description each time: nothing of it is cached
        n = next(edits)
        text = original[: described.end(1)] + f" (edit {n})" + original[described.end(1) :]
        area.write_text(text, encoding="utf-8")

    one, result = timed([*gen, "--cache", str(cache), "generate", "--out", str(out)], describe)
    ok("ours (one change)", result)
    one_work = result.stdout.strip()
    nochange, result = timed([*gen, "--cache", str(cache), "generate", "--out", str(out)])
    ok("ours (no change)", result)
    opc_out = work / "opc"
    config = work / "opc.yaml"
    config.write_text("literal_enums: true\n")  # its default enums clash on this spec
    opc, result = timed(
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
    )
    ok("openapi-python-client", result)
    opc_files = list(opc_out.rglob("*.py"))
    opc_warnings = result.stdout.count("Warning") + result.stderr.count("Warning")
    if len(opc_files) < 50:
        sys.exit(f"openapi-python-client wrote only {len(opc_files)} Python files")
    dmc, result = timed(
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
        ]
    )
    ok("datamodel-codegen", result)
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
    print(f"\nmedian of {RUNS} runs each; spec {bundle.stat().st_size // 1024} KiB bundled;")
    print(f"Python lines: ours {ours_lines}, openapi-python-client {opc_lines}")
    for name, seconds in rows:
        print(f"  {name:<66} {seconds:7.3f} s")
    print(f"  (one change: {one_work})")
    print("\nratios")
    print(f"  one change / openapi-python-client      {one / opc:6.2f}  (goal <= 0.25)")
    print(f"  first full run / openapi-python-client  {cold / opc:6.2f}  (goal <= 1.50)")
    print(f"  warm full run / openapi-python-client   {warm / opc:6.2f}")
    print(f"  first full run / datamodel-codegen      {cold / dmc:6.2f}")
    print(f"  no change                          {nochange:6.3f} s (goal < 0.1 s)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Benchmark: generation time, ours against openapi-python-client and datamodel-codegen.

Times, in one run, the median of several runs each:
- our full generation into an empty folder, black's cache cold (`--no-cache`) and warm,
- our no-change run (`python -m generator generate` with nothing changed),
- `openapi-python-client generate` and `datamodel-codegen` on the bundled spec.
The peers are installed in their own venv (bench/.venv-peers), never in the project's.
Prints the numbers and the ratios; goals: full <= 0.5 x openapi-python-client, no-change < 0.5 s.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "bench" / ".venv-peers"
PEER_PACKAGES = ["openapi-python-client==0.29.1", "datamodel-code-generator==0.89.0"]
RUNS = 5


def peers() -> Path:
    bin_dir = PEERS / "bin"
    if not (bin_dir / "openapi-python-client").exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
        subprocess.run([str(bin_dir / "pip"), "install", "-q", *PEER_PACKAGES], check=True)
    return bin_dir


def timed(cmd: list[str], setup: object = None, ok: tuple[int, ...] = (0,)) -> tuple[float, int]:
    times, code = [], 0
    for _ in range(RUNS):
        if callable(setup):
            setup()
        start = time.perf_counter()
        env = {**os.environ, "PATH": f"{PEERS / 'bin'}:{os.environ.get('PATH', '')}"}  # its ruff
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
        times.append(time.perf_counter() - start)
        code = result.returncode
        if code not in ok:
            print(f"  ! {' '.join(cmd[:3])}... exited {code}: {result.stderr.strip()[-300:]}")
            break
    return statistics.median(times), code


def main() -> None:
    bin_dir = peers()
    work = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    bundle = work / "openapi.json"
    py = sys.executable
    subprocess.run([py, "-m", "generator", "bundle", "-o", str(bundle)], check=True, cwd=ROOT)
    out = work / "ours"

    def clean(path: Path) -> None:
        shutil.rmtree(path, ignore_errors=True)

    cold, _ = timed(
        [py, "-m", "generator", "--no-cache", "generate", "--force", "--out", str(out)],
        lambda: clean(out),
    )
    full, _ = timed(
        [py, "-m", "generator", "generate", "--force", "--out", str(out)], lambda: clean(out)
    )
    subprocess.run([py, "-m", "generator", "generate", "--out", str(out)], check=True, cwd=ROOT)
    nochange, _ = timed([py, "-m", "generator", "generate", "--out", str(out)])
    opc_out = work / "opc"
    config = work / "opc.yaml"
    config.write_text(
        "literal_enums: true\n"
    )  # its default enums clash on this spec (Simple/SIMPLE)
    opc, opc_code = timed(
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
        lambda: clean(opc_out),
        ok=(0, 1),
    )
    dmc, dmc_code = timed(
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
    rows = [
        ("ours: full, black cache cold (--no-cache)", cold, ""),
        ("ours: full, black cache warm (forced, empty output dir)", full, ""),
        ("ours: no change", nochange, ""),
        (
            "openapi-python-client generate",
            opc,
            "" if opc_code == 0 else f"(exit {opc_code}, warnings)",
        ),
        ("datamodel-codegen (models only)", dmc, "" if dmc_code == 0 else f"(exit {dmc_code})"),
    ]
    print(f"\nmedian of {RUNS} runs each, spec: {bundle.stat().st_size // 1024} KiB bundled")
    for name, seconds, note in rows:
        print(f"  {name:<58} {seconds:7.3f} s {note}")
    print("\nratios")
    print(f"  ours full cold / openapi-python-client  {cold / opc:6.2f}  (goal <= 0.50)")
    print(f"  ours full warm / openapi-python-client  {full / opc:6.2f}")
    print(f"  ours full cold / datamodel-codegen      {cold / dmc:6.2f}")
    print(f"  ours no-change                     {nochange:6.3f} s (goal < 0.5 s)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The linters `make lint` and tests/test_lint.py run on the bundled spec, and their findings.

Each linter returns a `Findings` (errors and warnings, one line each). Run as a script
(`python tests/linters.py build/openapi.json`, what `make lint` does) it prints every finding
and a count per tool, and exits 1 unless every tool reports 0 errors and 0 warnings.
The npm tools come from node_modules/ (`make node-tools` installs them from the lock file);
their rulesets are .spectral.yaml and redocly.yaml at the root.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "node_modules" / ".bin"
# No telemetry, no update checks: the tools talk to nothing.
NODE_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_UPDATE_NOTIFIER": "1",
}


@dataclass
class Findings:
    tool: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.tool}: {len(self.errors)} error(s), {len(self.warnings)} warning(s)"


def node_tool(name: str) -> Path:
    path = NODE_BIN / name
    if not path.exists():
        raise RuntimeError(f"{path} is missing: run `make node-tools` (npm ci from the lock file)")
    return path


def _run(args: list[str | Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **NODE_ENV},
        timeout=300,
    )


def spectral(bundle: Path) -> Findings:
    """Spectral with .spectral.yaml (spectral:oas and the project's switches)."""
    out = Findings("spectral")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "spectral.json"
        args = ["lint", "-r", ROOT / ".spectral.yaml", "-f", "json", "-o", report, bundle]
        done = _run([node_tool("spectral"), *args])
        if not report.exists():
            out.errors.append(f"spectral did not run (exit {done.returncode}): {done.stderr}")
            return out
        results = json.loads(report.read_text(encoding="utf-8") or "[]")
    for r in results:
        where = ".".join(str(p) for p in r.get("path") or [])
        line = f"{r['range']['start']['line'] + 1}: {r['code']}: {r['message']} ({where})"
        (out.errors if r["severity"] == 0 else out.warnings).append(line)
    return out


def redocly(bundle: Path) -> Findings:
    """Redocly CLI with redocly.yaml (`recommended` and the project's switches)."""
    out = Findings("redocly")
    args = ["lint", "--config", ROOT / "redocly.yaml", "--format", "json", "--max-problems"]
    done = _run([node_tool("redocly"), *args, "100000", bundle])
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        out.errors.append(f"redocly did not run (exit {done.returncode}): {done.stderr}")
        return out
    for p in report.get("problems") or []:
        where = "; ".join(loc.get("pointer", "") for loc in p.get("location") or [])
        line = f"{p['ruleId']}: {p['message']} ({where})"
        (out.errors if p["severity"] == "error" else out.warnings).append(line)
    return out


def openapi_spec_validator(bundle: Path) -> Findings:
    """openapi-spec-validator's OpenAPI 3.1 checks (it has no warnings)."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    doc = json.loads(bundle.read_text(encoding="utf-8"))
    errors = OpenAPIV31SpecValidator(doc).iter_errors()
    found = ["/".join(str(p) for p in e.path) + ": " + e.message for e in errors]
    return Findings("openapi-spec-validator", errors=found)


def project_validator(bundle: Path) -> Findings:
    """`python -m generator validate` on the split spec the bundle is made from."""
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    out = Findings("generator validate")
    if done.returncode != 0:
        out.errors = done.stderr.splitlines() or [f"exit {done.returncode}"]
    return out


LINTERS: dict[str, Callable[[Path], Findings]] = {
    "spectral": spectral,
    "redocly": redocly,
    "openapi-spec-validator": openapi_spec_validator,
    "generator-validate": project_validator,
}


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else ROOT / "build" / "openapi.json").resolve()
    failed = False
    summaries = []
    for lint in LINTERS.values():
        found = lint(bundle)
        for line in found.errors:
            print(f"{found.tool}: error: {line}")
        for line in found.warnings:
            print(f"{found.tool}: warning: {line}")
        summaries.append(found.summary())
        failed |= bool(found.errors or found.warnings)
    print("\n".join(summaries))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`make dist`: the client's sdist and wheel, built out of tree and checked.

generated/python is copied to a temporary folder and built there (`python -m build`: the sdist,
then the wheel from the sdist), so nothing (build/, *.egg-info) is left in generated/. The
files land in build/dist/; `twine check --strict` must pass, and the wheel must hold the
package's own files (its modules, py.typed, the JSON data and fixtures) and nothing else.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "generated" / "python"
OUT = ROOT / "build" / "dist"
# What a wheel's .dist-info may hold besides the package (entry points: the pytest plugin).
DIST_INFO = {"METADATA", "WHEEL", "RECORD", "entry_points.txt", "top_level.txt", "licenses/LICENSE"}
DATA_SUFFIXES = (".py", ".json", "py.typed")


def build(out: Path = OUT, package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Build the sdist and the wheel into `out` (emptied first); their paths."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    with tempfile.TemporaryDirectory(prefix="dataarts-dist-") as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(package_dir, src, ignore=ignore)
        subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(src)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return sorted(out.iterdir())


def package_files(package_dir: Path = PACKAGE_DIR) -> set[str]:
    """The files the wheel must hold: the package's, without caches."""
    root = package_dir / "dataarts"
    return {
        p.relative_to(package_dir).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    }


def wheel_problems(wheel: Path, package_dir: Path = PACKAGE_DIR) -> list[str]:
    """What is wrong with the wheel's contents ([] when it holds exactly the package)."""
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    info = {n for n in names if n.split("/")[0].endswith(".dist-info")}
    problems = []
    for n in sorted(info):
        if n.split("/", 1)[1] not in DIST_INFO:
            problems.append(f"unexpected metadata file {n}")
    if not any(n.endswith("/licenses/LICENSE") for n in info):
        problems.append("no LICENSE in the wheel's metadata")
    files = names - info
    wanted = package_files(package_dir)
    for n in sorted(files - wanted):
        problems.append(f"not a file of the package: {n}")
    for n in sorted(wanted - files):
        problems.append(f"missing from the wheel: {n}")
    for n in sorted(files):
        if not n.endswith(DATA_SUFFIXES):
            problems.append(f"neither a module, py.typed nor JSON data: {n}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.dist", description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    files = build(args.out)
    subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)], check=True
    )
    wheels = [f for f in files if f.suffix == ".whl"]
    problems = [p for w in wheels for p in wheel_problems(w)]
    if len(wheels) != 1 or len(files) != 2:
        problems.append(f"expected one sdist and one wheel, built {[f.name for f in files]}")
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if problems:
        return 1
    for f in files:
        print(f"built {f.relative_to(ROOT) if f.is_relative_to(ROOT) else f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

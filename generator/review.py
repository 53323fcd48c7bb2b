"""The review commands: `coverage`, `outline` and `diff` (see coverage.py and diff.py).

`diff BASE` reads the spec as it was at the git ref BASE (`git archive`, into a temporary
folder), bundles both versions, prints every change classified for client users, and with
`--html FILE` writes the HTML reference with a section listing those changes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any


def spec_at(ref: str, spec: Path, into: Path) -> Path:
    """The root file of the spec as it was at the git ref `ref`, extracted under `into`."""
    top = subprocess.run(
        ["git", "-C", str(spec.parent), "rev-parse", "--show-toplevel"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    folder = spec.parent.resolve().relative_to(Path(top).resolve()).as_posix()
    archive = subprocess.run(
        ["git", "-C", top, "archive", "--format=tar", ref, folder],
        capture_output=True,
        check=False,
    )
    if archive.returncode:
        raise SystemExit(
            f"error: cannot read {folder}/ at {ref!r}: {archive.stderr.decode().strip()}"
        )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / folder / spec.name


def command(
    args: argparse.Namespace, load_valid: Callable[[Path], Any], docs: Callable[..., Any]
) -> int:
    from .coverage import check, extract_outline, outline_path, report

    if args.command == "outline":
        text = extract_outline(args.reference.read_text(encoding="utf-8"))
        outline_path(args.spec).write_text(text, encoding="utf-8")
        print(f"wrote {outline_path(args.spec)}")
        return 0
    bundle = load_valid(args.spec)
    if args.command == "coverage":
        path = outline_path(args.spec)
        if not path.is_file():
            print(
                f"error: no {path}; run `python -m generator outline REFERENCE.txt`",
                file=sys.stderr,
            )
            return 2
        cov = check(bundle.doc, path.read_text(encoding="utf-8"))
        print(report(cov))
        if cov.uncovered_operations:
            print(
                f"{len(cov.uncovered_operations)} operation section(s) of the reference have no "
                "operation in the spec (x-doc-section)",
                file=sys.stderr,
            )
            return 1
        return 0
    from .diff import compare
    from .load import load

    with tempfile.TemporaryDirectory() as tmp:
        old = load(spec_at(args.base, args.spec, Path(tmp)))
    changes = compare(old.doc, bundle.doc, args.base)
    print(changes.text(), end="")
    if args.html:
        from .model import build, source_files

        api = build(bundle.doc, bundle.origins, source_files(bundle))
        files = docs(bundle.doc, api, args.spec, args.templates, changes)
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_bytes(files["docs/reference.html"])
        print(f"wrote {args.html}")
    return 0

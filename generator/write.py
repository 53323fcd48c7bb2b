"""Stage 5, write: put rendered files into generated/ atomically, touching only what changed.

The new tree is built beside the old one (unchanged files hard-linked, so their mtimes stay)
and swapped in with two renames, so a failure leaves generated/ as it was. A few files changed
in place (an edit; no file to remove, no new folder) are each written beside itself and
renamed over it, the old one kept under another name until all are in, so that a failure
puts them back: hundreds of links and removals cost more time than the run's other work. A stamp file
records a digest of every input (spec, templates, generator code, library versions) and of
every output; when both still match, `generate` has nothing to do and renders nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from .versions import version

STAMP = ".stamp.json"
IN_PLACE = 32  # at most this many files changed: replaced one by one in the tree
CACHES = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache"})  # tools' caches, not outputs
LIBRARIES = ("black", "jinja2", "ruamel.yaml", "openapi-pydantic", "jsonschema", "pydantic")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def input_digest(*folders: Path) -> str:
    """One digest over every file of the given folders and the versions of the libraries:
    each file's content, and each symbolic link's target (a changed, added, removed or broken
    link changes the digest even when the content it leads to is the same)."""
    h = hashlib.sha256()
    for folder in folders:
        for path in _entries(folder):
            h.update(str(path.relative_to(folder.parent)).encode() + b"\0")
            if path.is_symlink():
                h.update(b"link\0" + os.fsencode(os.readlink(path)) + b"\0")
            try:
                h.update(path.read_bytes() + b"\0" if path.is_file() else b"-\0")
            except OSError:
                h.update(b"unreadable\0")
    for lib in LIBRARIES:
        h.update(f"{lib}=={version(lib)}\0".encode())
    h.update(f"python {sys.version}\0".encode())
    return h.hexdigest()


def _entries(folder: Path) -> list[Path]:
    """Files and symbolic links under `folder` (links not followed), tools' caches left out."""
    found = []
    for base, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if d not in CACHES]
        here = Path(base)
        found += [here / d for d in dirs if (here / d).is_symlink()]
        found += [here / f for f in files]
    return sorted(found)


def _read_stamp(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / STAMP).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def stamped_files(out: Path) -> dict[str, str]:
    files = _read_stamp(out).get("files")
    return files if isinstance(files, dict) else {}


def is_current(out: Path, inputs: str) -> bool:
    """True when the stamp's inputs match and every output still has its recorded digest."""
    stamp = _read_stamp(out)
    if stamp.get("inputs") != inputs:
        return False
    files = stamped_files(out)
    on_disk = {name for name in _outputs(out) if name != STAMP}
    if on_disk != set(files):
        return False
    return all(digest((out / name).read_bytes()) == d for name, d in files.items())


def differences(out: Path, files: dict[str, bytes]) -> list[str]:
    """Files of `out` that differ from `files`: changed, missing or extra."""
    stale = []
    for name, content in files.items():
        path = out / name
        if not path.is_file() or path.read_bytes() != content:
            stale.append(name)
    stale += [name for name in _outputs(out) if name != STAMP and name not in files]
    return sorted(stale)


def _outputs(out: Path) -> list[str]:
    """Files under `out`, tools' caches left out."""
    if not out.is_dir():
        return []
    return [
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and not CACHES & set(p.relative_to(out).parts)
    ]


def stamped_summary(out: Path) -> str:
    summary = _read_stamp(out).get("summary")
    return summary if isinstance(summary, str) else ""


def write_tree(
    out: Path, files: dict[str, bytes], inputs: str, summary: str = ""
) -> tuple[int, int]:
    """Replace `out` by exactly `files`; returns (written, unchanged)."""
    stamp = {
        "inputs": inputs,
        "files": {name: digest(c) for name, c in files.items()},
        "summary": summary,
    }
    stamp_bytes = (json.dumps(stamp, indent=1, sort_keys=True) + "\n").encode()
    changed = [n for n, c in files.items() if not _same(out / n, c)]
    extra = [n for n in _outputs(out) if n != STAMP and n not in files]  # no reads
    if not changed and not extra:
        if not _same(out / STAMP, stamp_bytes):
            atomic_file(out / STAMP, stamp_bytes)
        return 0, len(files)
    if not extra and len(changed) <= IN_PLACE and all(_replaceable(out / n) for n in changed):
        replace_files(out, {name: files[name] for name in changed}, stamp_bytes)
        return len(changed), len(files) - len(changed)
    new = out.with_name(out.name + ".new")
    old = out.with_name(out.name + ".old")
    for leftover in (new, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    try:
        new.mkdir(parents=True)  # even for no files at all
        for name, content in files.items():
            target = new / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if name in changed:
                target.write_bytes(content)
            else:
                os.link(out / name, target)
        (new / STAMP).write_bytes(stamp_bytes)
        if out.exists():
            out.rename(old)
        new.rename(out)
    except BaseException:
        if old.exists() and not out.exists():
            old.rename(out)
        shutil.rmtree(new, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)
    return len(changed), len(files) - len(changed)


def replace_files(out: Path, files: dict[str, bytes], stamp: bytes) -> None:
    """Put `files` (and the stamp) into the tree `out`, all of them or, on a failure, none:
    each is written under a temporary name beside its place, then each is renamed over the
    file it replaces, whose old version is kept under another name (a link) until the last
    is in; on a failure those are put back and the new ones removed."""
    files = {**files, STAMP: stamp}
    tag = f".{os.getpid()}"
    written: list[Path] = []
    swapped: list[tuple[Path, Path | None]] = []  # (file, its old version's link, if any)
    try:
        for name, content in files.items():
            target = out / name
            temporary = target.with_name(target.name + tag + ".new")
            written.append(temporary)
            temporary.write_bytes(content)
        for temporary in written:
            target = temporary.with_name(temporary.name[: -len(tag + ".new")])
            kept: Path | None = target.with_name(target.name + tag + ".old")
            try:
                os.link(target, target.with_name(target.name + tag + ".old"))
            except FileNotFoundError:
                kept = None  # (a new file)
            try:
                os.replace(temporary, target)
            except BaseException:
                if kept is not None:  # (still a link to the file in place)
                    kept.unlink()
                raise
            swapped.append((target, kept))
    except BaseException:
        for target, kept in reversed(swapped):
            if kept is not None:
                os.replace(kept, target)
            else:  # (a new file, in place: swapped holds what was renamed)
                target.unlink()
        for temporary in written:
            temporary.unlink(missing_ok=True)
        raise
    for _, kept in swapped:
        if kept is not None:
            kept.unlink()


def _replaceable(path: Path) -> bool:
    """A plain file, or none, in a folder that is there."""
    if path.is_symlink():
        return False
    return path.is_file() or (not path.exists() and path.parent.is_dir())


def _same(path: Path, content: bytes) -> bool:
    try:
        return path.read_bytes() == content
    except OSError:
        return False


def atomic_file(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)  # (a process's own temporary name:)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(content)
    os.replace(tmp, path)


def write_bundle(doc: dict[str, Any], path: Path) -> None:
    """The bundled spec as one file: JSON for .json, YAML otherwise."""
    if path.suffix == ".json":
        data = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()
    else:
        from io import StringIO

        from ruamel.yaml import YAML

        yaml = YAML(typ="safe", pure=True)
        yaml.default_flow_style = False
        yaml.allow_unicode = True
        yaml.sort_base_mapping_type_on_output = False  # type: ignore[attr-defined,assignment]
        buf = StringIO()
        yaml.dump(doc, buf)
        data = buf.getvalue().encode()
    atomic_file(path, data)

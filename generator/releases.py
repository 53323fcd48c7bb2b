"""Releases of the client: what changed since the last one, the bump it needs, the changelog.

`python -m generator.releases check` compares the generated package's public Python API
(griffe: every public module, class, function and attribute, and the names a package exports
lazily through `_EXPORTS`) and the spec (diff.py, what `make diff` prints) with the last
release, the highest git tag `<tag-prefix>X.Y.Z` of x-release reachable from HEAD. It prints
every change, the minimum semver bump and the lowest version allowed, and fails (exit 1) when
x-release.version is lower. `changelog --write FILE` puts the entry for x-release.version at the
top of the changelog (added, changed, deprecated, removed, fixed; grouped by resource).
Versions follow semver strictly, 0.x included: breaking -> major, additions -> minor, the rest
-> patch.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .diff import LEVELS, Change, Changes, compare
from .release import Release, bumped, parse, release_settings

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
PACKAGE_DIR = "generated/python"
PACKAGE = "dataarts"
SECTIONS = ("Added", "Changed", "Deprecated", "Removed", "Fixed")
SKIP = {"__all__", "__getattr__", "__version__", "__dir__"}


def git(*args: str, root: Path = ROOT) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def last_release(release: Release, root: Path = ROOT) -> str | None:
    """The highest release tag reachable from HEAD, or None before the first release."""
    tags = []
    for tag in git(
        "tag", "--list", f"{release.tag_prefix}*", "--merged", "HEAD", root=root
    ).split():
        try:
            tags.append((parse(tag[len(release.tag_prefix) :]), tag))
        except ValueError:
            continue
    return max(tags)[1] if tags else None


# -- the Python API (griffe) -------------------------------------------------------------------
def _exports(module: Any) -> dict[str, str]:
    """Names a module exports lazily: its `_EXPORTS = {name: submodule}` literal."""
    node = module.members.get("_EXPORTS")
    try:
        value = ast.literal_eval(str(node.value)) if node is not None else {}
    except (ValueError, SyntaxError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _target(root: Any, module: Any, name: str, sub: str) -> Any:
    inner = f"{module.path}.{sub}.{name}".split(".", 1)[1]
    try:
        return root[inner]
    except (KeyError, ValueError, AttributeError):
        return None


def public_api(root: Any) -> dict[str, Any]:
    """Dotted path -> griffe object of every public object of the package."""
    out: dict[str, Any] = {}

    def walk(obj: Any, path: str) -> None:
        for name, member in obj.members.items():
            if name in SKIP or member.is_alias or not member.is_public:
                continue
            out[f"{path}.{name}"] = member
            if member.is_module or member.is_class:
                walk(member, f"{path}.{name}")
        if obj.is_module:
            for name, sub in _exports(obj).items():
                target = _target(root, obj, name, sub)
                if target is not None and f"{path}.{name}" not in out:
                    out[f"{path}.{name}"] = target
                    if target.is_class:
                        walk(target, f"{path}.{name}")

    walk(root, root.path)
    return out


def python_changes(base: str, root: Path = ROOT) -> list[Change]:
    import griffe

    new = griffe.load(PACKAGE, search_paths=[str(root / PACKAGE_DIR)], allow_inspection=False)
    old = griffe.load_git(
        PACKAGE, ref=base, repo=root, search_paths=[PACKAGE_DIR], allow_inspection=False
    )
    old_api, new_api = public_api(old), public_api(new)
    out = [
        Change("python object removed", "major", path, f"{old_api[path].kind.value} removed")
        for path in sorted(old_api.keys() - new_api.keys())
    ]
    out += [
        Change("python object added", "minor", path, f"{new_api[path].kind.value} added")
        for path in sorted(new_api.keys() - old_api.keys())
    ]
    seen = set()
    for path in sorted(old_api.keys() & new_api.keys()):
        a, b = old_api[path], new_api[path]
        if not (a.is_function or a.is_attribute) or a.kind != b.kind:
            if a.kind != b.kind:
                out.append(Change("python object changed kind", "major", path, "kind changed"))
            continue
        for br in griffe.find_breaking_changes(a, b):
            key = (path, br.kind.value)
            if key in seen:
                continue
            seen.add(key)
            if br.kind is griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE:
                out.append(Change("python value changed", "patch", path, br.explain().strip()))
            else:
                out.append(Change("python signature changed", "major", path, br.explain().strip()))
    return out


# -- the spec (diff.py) ------------------------------------------------------------------------
def load_spec(spec: Path) -> dict[str, Any]:
    """The bundled spec; parsed files come from .cache/ (content-addressed) when they can."""
    from .cache import load

    return load(spec, CACHE).doc


def spec_changes(base: str, spec: Path, new: dict[str, Any] | None = None) -> list[Change]:
    from .review import spec_at

    with tempfile.TemporaryDirectory() as tmp:
        old = load_spec(spec_at(base, spec, Path(tmp)))
    return compare(old, load_spec(spec) if new is None else new, base).items


# -- the changelog -----------------------------------------------------------------------------
def section(change: Change) -> str:
    if "deprecated" in change.kind:
        return "Deprecated"
    if "removed" in change.kind:
        return "Removed"
    if "added" in change.kind:
        return "Added"
    return "Fixed" if change.level == "patch" else "Changed"


def resource(change: Change, services: set[str]) -> str:
    """`service.resource` of a change, or the module it is in."""
    where = change.where.split(" ")[0]
    parts = where.split(".")
    if parts[0] == "client" and len(parts) >= 3:
        return f"{parts[1]}.{parts[2]}"
    if parts[0] == PACKAGE and len(parts) >= 3 and parts[1] in services:
        return f"{parts[1]}.{parts[2]}"
    modules = [p for p in parts[:-1] if p[:1].islower()] or parts[:1]
    return ".".join(modules)


def changelog_entry(
    version: str, date: str, changes: list[Change], services: set[str], base: str | None = ""
) -> str:
    lines = [f"## {version} ({date})", ""]
    if base is None:
        lines += ["First release.", ""]
    elif not changes:
        lines += ["No change to the Python API or the API it calls.", ""]
    for title in SECTIONS:
        items = [c for c in changes if section(c) == title]
        if not items:
            continue
        lines += [f"### {title}", ""]
        groups: dict[str, list[Change]] = {}
        for c in items:
            groups.setdefault(resource(c, services), []).append(c)
        for group in sorted(groups):
            lines.append(f"- `{group}`")
            for c in sorted(groups[group], key=lambda c: (c.where, c.kind)):
                breaking = "**breaking** " if c.breaking else ""
                lines.append(f"  - {breaking}{c.kind}: `{c.where}`: {c.text}")
        lines.append("")
    return "\n".join(lines)


HEADER = """# Changelog of the client (dataarts-client)

Generated by `make release` from the changes since the previous release tag: the package's
public Python API (griffe) and the spec (`make diff`). Versions follow semantic versioning (see
README.md, "Releases of the client").
"""


def write_changelog(path: Path, entry: str) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else HEADER
    head, sep, rest = text.partition("\n## ")
    first = entry.splitlines()[0]
    if first in text:
        raise SystemExit(f"error: {path} already has `{first}`")
    path.write_text(
        head.rstrip("\n") + "\n\n" + entry.rstrip("\n") + "\n" + (sep + rest if sep else ""),
        encoding="utf-8",
    )


# -- the command -------------------------------------------------------------------------------
def assess(
    release: Release, base: str | None, root: Path = ROOT, doc: dict[str, Any] | None = None
) -> tuple[list[Change], str, str]:
    """(changes, bump, lowest allowed version) since `base`."""
    if base is None:
        return [], "none", release.version
    spec = root / "spec" / "openapi.yaml"
    changes = spec_changes(base, spec, doc) + python_changes(base, root)
    bump = max((c.level for c in changes), key=LEVELS.index, default="none")
    released = base[len(release.tag_prefix) :] if base.startswith(release.tag_prefix) else ""
    try:
        return changes, bump, bumped(released, bump)
    except ValueError:  # a base that is not a release tag: no version to bump
        return changes, bump, ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.releases", description=__doc__)
    parser.add_argument("command", choices=["check", "changelog", "version", "tag"])
    parser.add_argument("--base", help="the release to compare with (default: the last tag)")
    parser.add_argument("--write", type=Path, help="changelog: the file to put the entry in")
    parser.add_argument("--expect", help="version: fail unless x-release.version is this")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this)")
    args = parser.parse_args(argv)
    doc = load_spec(args.root / "spec" / "openapi.yaml")
    release = release_settings(doc)
    if args.command == "tag":
        print(release.tag)
        return 0
    if args.command == "version":
        print(release.version)
        if args.expect and args.expect != release.version:
            print(
                f"error: x-release.version in spec/openapi.yaml is {release.version}, not "
                f"{args.expect}: set it there first",
                file=sys.stderr,
            )
            return 1
        return 0
    base = args.base or last_release(release, args.root)
    changes, bump, lowest = assess(release, base, args.root, doc)
    services = set((doc.get("x-services") or {}).keys())
    if args.command == "changelog":
        today = datetime.date.today().isoformat()
        entry = changelog_entry(release.version, today, changes, services, base)
        if args.write:
            write_changelog(args.write, entry)
            print(f"wrote the {release.version} entry to {args.write}")
        else:
            print(entry)
        return 0
    if base is None:
        print(
            f"No release tag {release.tag_prefix}X.Y.Z yet: {release.version} is the first release."
        )
        return 0
    print(Changes(base, changes).text(), end="")
    print(f"Last release {base}; minimum bump: {bump}; lowest version allowed: {lowest}")
    if lowest and parse(release.version) < parse(lowest):
        print(
            f"error: x-release.version is {release.version}, lower than {lowest} "
            f"(a {bump} bump of {base}); raise it in spec/openapi.yaml",
            file=sys.stderr,
        )
        return 1
    print(f"x-release.version {release.version} is allowed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

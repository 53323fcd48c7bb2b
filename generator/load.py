"""Stage 1, load: read the split spec with ruamel.yaml and bundle it into one document.

The result is a plain JSON-like dict (the bundle) plus, for every JSON pointer in it, the file
and line it came from, so later stages can report problems as `file:line: pointer: message`.

Bundling rules (see spec/README.md):
- a `$ref` into a schema file (under a `schemas/` folder, or named `schemas.yaml`) becomes
  `#/components/schemas/<Name>`; every schema of every such file is put into the components;
- any other `$ref` to another file is replaced by the referenced value (path items, lists);
- a discriminator's `mapping` values are rewritten like `$ref`s, so the bundle has no file-local
  reference left;
- each path item gets the `servers` of the service its operations are tagged with
  (root `x-services` and the tags' `x-service`).

Nothing outside the root file's folder is read (a `$ref` or a link that leaves it is a
problem); each file is read by yamlread.py, within bounds against hostile input: a file that
breaks one, or is not UTF-8 text, is one problem.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ruamel.yaml import YAML

from .yamlread import Refused, Resolver, YMap, YSeq, inside, parse

SCHEMA_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the spec, located in a source file."""

    file: str
    line: int
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.pointer or '/'}: {self.message}"


@dataclass
class Bundle:
    """The spec as one document, with the source position of each of its nodes."""

    doc: dict[str, Any]
    root: Path
    positions: dict[str, tuple[str, int]] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)  # schema -> top folder of its file
    problems: list[Problem] = field(default_factory=list)
    complete: bool = True  # False when a file could not be read: the bundle misses parts

    def where(self, pointer: str) -> tuple[str, int]:
        """File and line of `pointer`, or of its nearest ancestor that has one."""
        p = pointer
        while True:
            if p in self.positions:
                return self.positions[p]
            if not p:
                return (self.rel(self.root), 1)
            p = p.rsplit("/", 1)[0]

    def problem(self, pointer: str, message: str) -> Problem:
        file, line = self.where(pointer)
        return Problem(file, line, pointer, message)

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent.parent))
        except ValueError:
            return str(path)


def escape(token: str) -> str:
    """One JSON-pointer reference token."""
    if "~" not in token and "/" not in token:
        return token
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def is_schema_file(path: Path) -> bool:
    return path.parent.name == "schemas" or path.name == "schemas.yaml"


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.base = self.root.parent
        self.yaml = YAML(typ="safe")
        self.yaml.Resolver = Resolver
        self.files: dict[Path, Any] = {}
        self.bundle = Bundle(doc={}, root=self.root)
        self.schemas: dict[str, Any] = {}
        self.schema_origin: dict[str, tuple[str, int]] = {}
        self.inlining: list[tuple[Path, str]] = []
        self.broken: set[Path] = set()  # files with a YAML syntax error, reported once
        self.used: set[tuple[Path, str]] = set()  # (file, first token) of every inlined $ref
        self.targets: dict[tuple[Path, bool], Path | str] = {}  # a $ref's file: Path or why not

    # -- reading ---------------------------------------------------------------------------
    def read(self, path: Path) -> Any:
        """The data of one YAML file, or None (and a problem) when it cannot be had."""
        if path not in self.files:
            self.files[path] = None
            try:
                data = self.parse(path)
            except FileNotFoundError:
                raise
            except Refused as exc:
                self.bundle.problems.append(
                    Problem(self.bundle.rel(path), exc.line, "", exc.message)
                )
                self.broken.add(path)
                self.bundle.complete = False
                return None
            self.files[path] = data
        return self.files[path]

    def parse(self, path: Path) -> Any:
        data, duplicates = parse(path, self.base, self.yaml)
        for at, message in duplicates:
            self.bundle.problems.append(Problem(self.bundle.rel(path), at, "", message))
        return data

    # -- converting ------------------------------------------------------------------------
    def convert(self, node: Any, file: Path, pointer: str, line: int) -> Any:
        """Plain copy of a ruamel node, recording positions and resolving `$ref`s."""
        self.bundle.positions.setdefault(pointer, (self.bundle.rel(file), line))
        if isinstance(node, YMap):
            if "$ref" in node and isinstance(node["$ref"], str):
                return self.ref(node, file, pointer, node.lines["$ref"])
            out: dict[str, Any] = {}
            positions, where, lines = self.bundle.positions, self.bundle.rel(file), node.lines
            for key, value in node.items():
                child = f"{pointer}/{escape(key)}"
                if isinstance(value, (YMap, YSeq)):
                    out[key] = self.convert(value, file, child, lines[key])
                else:  # what convert() does with a scalar, without the call
                    positions.setdefault(child, (where, lines[key]))
                    out[key] = value
            is_discriminator = pointer.endswith("/discriminator") and not pointer.endswith(
                "/properties/discriminator"
            )
            if is_discriminator and isinstance(out.get("mapping"), dict):
                out["mapping"] = self.mapping(out["mapping"], file, f"{pointer}/mapping", node)
            return out
        if isinstance(node, YSeq):
            return [
                self.convert(v, file, f"{pointer}/{i}", node.lines[i]) for i, v in enumerate(node)
            ]
        return node

    def ref(self, node: YMap, file: Path, pointer: str, line: int) -> Any:
        target = node["$ref"]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        file_part, _, frag = target.partition("#")
        target_file = file.parent / unquote(file_part) if file_part else file
        tokens = [unescape(t) for t in unquote(frag).split("/")[1:]] if frag else []

        def fail(message: str) -> dict[str, Any]:
            self.bundle.problems.append(Problem(self.bundle.rel(file), line, pointer, message))
            return {"x-unresolved-ref": target}

        if target.startswith(SCHEMA_PREFIX) and not file_part and not self.is_schema(file):
            return self.with_siblings({"$ref": target}, siblings, file, pointer)
        found = self.target(target_file, bool(file_part))
        if found == "outside":
            return fail(f"$ref {target!r} leaves the spec's folder; it is not read")
        if found == "missing":
            return fail(f"$ref {target!r}: file {file_part!r} not found")
        assert isinstance(found, Path)
        target_file = found
        if not self.readable(target_file):
            return {"x-unresolved-ref": target}  # its YAML syntax error is the one problem
        if self.is_schema(target_file):
            if len(tokens) < 1:
                return fail(f"$ref {target!r}: a schema file is referred to as FILE#/Name")
            name = tokens[0]
            if name not in self.names(target_file):
                return fail(
                    f"$ref {target!r}: no schema {name!r} in {self.bundle.rel(target_file)}"
                )
            rest = "".join("/" + escape(t) for t in tokens[1:])
            ref = {"$ref": SCHEMA_PREFIX + escape(name) + rest}
            return self.with_siblings(ref, siblings, file, pointer)
        out, inlined = self.inline(target_file, target, tokens, pointer, line, fail)
        if inlined and siblings and isinstance(out, dict):
            for k, v in siblings.items():
                out[str(k)] = self.convert(v, file, f"{pointer}/{escape(str(k))}", line)
        return out

    def target(self, target_file: Path, named: bool) -> Path | str:
        """The file a `$ref` leads to (links resolved once per file), or why not: "outside",
        "missing"."""
        found = self.targets.get((target_file, named))
        if found is None:
            if not inside(target_file, self.base):
                found = "outside"
            else:
                normal = Path(os.path.normpath(target_file))
                found = normal if normal.is_file() else "missing"
            self.targets[(target_file, named)] = found
        return found

    def readable(self, path: Path) -> bool:
        """Whether a file read without a syntax error (read once: its problems said once)."""
        self.read(path)
        return path not in self.broken

    def names(self, path: Path) -> Any:
        """The top-level keys of a file's map (nothing when it is not a map)."""
        doc = self.read(path)
        return doc if isinstance(doc, dict) else ()

    def outline(self, path: Path) -> list[tuple[str, int]] | None:
        """The top-level keys of a file's map and their lines; None when it is not a map."""
        doc = self.read(path)
        return [(k, doc.lines[k]) for k in doc] if isinstance(doc, YMap) else None

    def inline(
        self, target_file: Path, target: str, tokens: list[str], pointer: str, line: int, fail: Any
    ) -> tuple[Any, bool]:
        """The part of another file that the `$ref` `target` names, converted at `pointer`
        (`fail` records a problem at the `$ref` and gives what stands for the value), and
        whether it was found."""
        frag = target.partition("#")[2]
        doc = self.read(target_file)
        if tokens:
            self.used.add((target_file, tokens[0]))
        value: Any = doc
        for tok in tokens:
            if isinstance(value, dict) and tok in value:
                value = value[tok]
            elif isinstance(value, list) and tok.isdigit() and int(tok) < len(value):
                value = value[int(tok)]
            else:
                rel = self.bundle.rel(target_file)
                return fail(f"$ref {target!r}: {tok!r} not found in {rel}"), False
        key = (target_file, frag)
        if key in self.inlining:
            return fail(f"$ref {target!r}: circular reference"), False
        self.inlining.append(key)
        tline = value.line if isinstance(value, (YMap, YSeq)) else line
        out = self.convert(value, target_file, pointer, tline)
        self.inlining.pop()
        self.assign(pointer, (self.bundle.rel(target_file), tline))
        return out, True

    def assign(self, pointer: str, where: tuple[str, int]) -> None:
        self.bundle.positions[pointer] = where

    def schema(self, path: Path, name: str, pointer: str, line: int) -> Any:
        """One schema of a schema file, converted."""
        return self.convert(self.read(path)[name], path, pointer, line)

    def mapping(
        self, mapping: dict[str, Any], file: Path, pointer: str, node: YMap
    ) -> dict[str, Any]:
        """A discriminator's `mapping` with its schema references in bundle form: values are
        references like `$ref`s (a bare name is a component name and stays as it is)."""
        lines = node["mapping"].lines if isinstance(node["mapping"], YMap) else {}
        out: dict[str, Any] = {}
        for key, value in mapping.items():
            if not isinstance(value, str) or "#" not in value and "/" not in value:
                out[key] = value
                continue
            line = lines.get(key, node.line)
            resolved = self.ref(YMap({"$ref": value}), file, f"{pointer}/{escape(key)}", line)
            if isinstance(resolved, dict) and set(resolved) == {"$ref"}:
                out[key] = resolved["$ref"]
                continue
            out[key] = value
            if not (isinstance(resolved, dict) and "x-unresolved-ref" in resolved):
                self.bundle.problems.append(
                    Problem(
                        self.bundle.rel(file),
                        line,
                        f"{pointer}/{escape(key)}",
                        f"discriminator mapping {value!r} must name a schema of a schema file",
                    )
                )
        return out

    def with_siblings(
        self, ref: dict[str, Any], siblings: dict[Any, Any], file: Path, pointer: str
    ) -> dict[str, Any]:
        for k, v in siblings.items():
            ref[str(k)] = self.convert(v, file, f"{pointer}/{escape(str(k))}", 0)
        return ref

    # -- schema files ----------------------------------------------------------------------
    def is_schema(self, path: Path) -> bool:
        """A schema file: never the root file, even in a folder named `schemas`."""
        return path != self.root and is_schema_file(path)

    def schema_files(self) -> list[Path]:
        files = [p for p in self.base.rglob("*.yaml") if self.is_schema(p)]
        return sorted(files, key=lambda p: p.relative_to(self.base).as_posix())

    def load_schemas(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path in self.schema_files():
            names = self.outline(path)
            if names is None:
                if self.read(path) is not None:
                    self.bundle.problems.append(
                        Problem(
                            self.bundle.rel(path), 1, "", "a schema file must be a map Name: schema"
                        )
                    )
                continue
            parts = path.relative_to(self.base).parts
            for name, line in names:
                pointer = SCHEMA_PREFIX[1:] + escape(str(name))
                if name in out:
                    first = self.schema_origin[name]
                    self.bundle.problems.append(
                        Problem(
                            self.bundle.rel(path),
                            line,
                            pointer,
                            f"schema {name!r} is already defined at {first[0]}:{first[1]}",
                        )
                    )
                    continue
                self.schema_origin[name] = (self.bundle.rel(path), line)
                self.bundle.origins[str(name)] = parts[0] if len(parts) > 1 else ""
                out[str(name)] = self.schema(path, name, pointer, line)
        return out

    # -- path items ------------------------------------------------------------------------
    def check_path_list(self, root: YMap) -> None:
        """Each `paths:` entry that refers to a path item names the same path as its key."""
        paths = root.get("paths")
        if not isinstance(paths, YMap):
            return
        for key, item in paths.items():
            ref = item.get("$ref") if isinstance(item, YMap) else None
            if not isinstance(ref, str) or "#/" not in ref:
                continue
            target = unescape(unquote(ref.partition("#/")[2]).split("/")[0])
            if target != key:
                self.bundle.problems.append(
                    Problem(
                        self.bundle.rel(self.root),
                        paths.lines[key],
                        "/paths/" + escape(str(key)),
                        f"paths entry {key!r} refers to the path item {target!r}",
                    )
                )

    def orphan_path_items(self) -> None:
        """A path item written in an area file but not listed in the root's `paths:`."""
        files = [
            p
            for p in sorted(self.base.rglob("*.yaml"))
            if p != self.root and not self.is_schema(p) and p not in self.broken
        ]
        for path in files:
            try:
                keys = self.outline(path)
            except FileNotFoundError:
                continue
            for key, line in keys or ():
                if str(key).startswith("/") and (path, str(key)) not in self.used:
                    self.bundle.problems.append(
                        Problem(
                            self.bundle.rel(path),
                            line,
                            "/paths/" + escape(str(key)),
                            f"path item {key!r} is not listed under paths: in "
                            f"{self.bundle.rel(self.root)}, so it would be dropped",
                        )
                    )

    # -- whole spec ------------------------------------------------------------------------
    def load(self) -> Bundle:
        try:
            root = self.read(self.root)
        except FileNotFoundError:
            self.bundle.problems.append(Problem(str(self.root), 1, "", "root file not found"))
            return self.bundle
        if root is None:
            if self.root not in self.broken:
                self.bundle.problems.append(
                    Problem(self.bundle.rel(self.root), 1, "", "the root file is empty")
                )
            return self.bundle
        doc = self.convert(root, self.root, "", 1)
        if not isinstance(doc, dict):
            self.bundle.problems.append(Problem(self.bundle.rel(self.root), 1, "", "not a map"))
            return self.bundle
        self.check_path_list(root)
        schemas = self.load_schemas()
        self.orphan_path_items()
        components = doc.setdefault("components", {})
        for name, schema in schemas.items():
            if name in components.get("schemas", {}):
                self.bundle.problems.append(
                    self.bundle.problem(
                        SCHEMA_PREFIX[1:] + escape(name), f"schema {name!r} defined twice"
                    )
                )
        components["schemas"] = {**components.get("schemas", {}), **schemas}
        from .normalize import normalize

        normalize(doc)
        add_servers(doc)
        self.bundle.doc = doc
        return self.bundle


def add_servers(doc: dict[str, Any]) -> None:
    """Give each path item the server of the service its operations are tagged with."""
    services = doc.get("x-services")
    if not isinstance(services, dict):
        return  # validation names the problem
    tag_service = {
        t.get("name"): t.get("x-service") for t in doc.get("tags") or [] if isinstance(t, dict)
    }
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, dict) or "servers" in item:
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and isinstance(op.get("tags"), list) and op["tags"]:
                service = services.get(str(tag_service.get(op["tags"][0])))
                if isinstance(service, dict) and "server" in service:
                    item["servers"] = [json.loads(json.dumps(service["server"]))]
                break


def load(root: Path) -> Bundle:
    """Load and bundle the spec whose root file is `root`."""
    return _Loader(root).load()

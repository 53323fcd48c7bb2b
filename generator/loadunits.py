"""Incremental load: the parts of unchanged spec files are reused as converted, not re-read.

The loader (load.py) converts the spec file by file into the bundle: each part that a `$ref`
inlines (a path item, a list of parameters, a whole file) at the pointer where it goes, and
each schema of a schema file. One such conversion is a *unit*. What a unit gives depends on
its file's bytes, the pointer, the `$ref`'s line, the `$ref`s being inlined around it (a
circular one is a problem), and what it reads of other files: their bytes (a schema a `$ref`
names, a part it inlines) and where their paths lead (links, missing files). Its effects are
its value, the positions it records (file:line of each node; `positions.setdefault`, and a
plain assignment for each inlined part: `assign`) and the `$ref`s it uses (`used`, which
tells path items listed nowhere).

`.cache/units/` holds one record per spec file, named by a digest of its bytes, its path,
the spec's root, the generator's code, the library versions and Python's version: the
file's top-level keys and lines (for schema names, `$ref` checks and unlisted path items,
without reading the file) and its units, each with its effects and what it read. A unit is
replayed (its value unmarshalled afresh, its positions set, then assigned, as they were made)
only when every file it read has the bytes it had and every path it resolved leads where it
did; otherwise it is converted again, reading files from the parsed-file cache. A unit that
met a problem (a bad `$ref`, a file that cannot be read, a duplicate key) is never kept, and
a file that has one has no record: a bad spec's messages come from the same code, in the same
order, as on a cold run.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .cache import _CachedLoader, _salt
from .load import Bundle, _Loader
from .write import atomic_file
from .yamlread import Refused, YMap, inside, parse

Key = tuple[Any, ...]
CLEAN, NAMES = "\0clean", "\0names"


class _Recording:
    """What a unit being converted reads, and the positions it assigns."""

    def __init__(self) -> None:
        # what it read of each file: its bytes (by path), or only that it reads without a
        # problem (path + CLEAN) or its top-level keys (path + NAMES: a schema named)
        self.files: dict[str, str] = {}
        self.targets: list[tuple[str, bool, str]] = []  # a `$ref`'s file, named, where it led
        self.assigned: list[tuple[str, tuple[str, int]]] = []
        self.tainted = False  # met a file that cannot be read: never kept


class UnitLoader(_CachedLoader):
    """The loader with parsed files (cache.py) and converted units (here) reused."""

    def __init__(self, root: Path, cache: Path) -> None:
        super().__init__(root, cache / "parsed")
        self.folder = cache / "units"
        self.salt = b"".join((_salt(), sys.version.encode(), b"\0", str(self.root).encode(), b"\0"))
        self.digests: dict[str, str | None] = {}  # by path
        self.resolved: dict[tuple[str, bool], str] = {}  # where each `$ref`'s file led
        self.paths: dict[str, Path] = {}
        self.records: dict[Path, dict[str, Any] | None] = {}
        self.dirty: set[Path] = set()
        self.stack: list[_Recording] = []

    # -- files -----------------------------------------------------------------------------
    def digest(self, path: Path) -> str | None:
        """A digest of the file's bytes and path (None: not inside the spec's folder, or
        unreadable; such a file is read, and its problem said, by the loader)."""
        name = str(path)
        if name not in self.digests:
            found = None
            if inside(path, self.base):
                try:
                    data = path.read_bytes()
                except OSError:
                    data = None
                if data is not None:
                    where = self.bundle.rel(path).encode() + b"\0"
                    found = hashlib.sha256(self.salt + where + data).hexdigest()
            self.digests[name] = found
        return self.digests[name]

    def record(self, path: Path) -> dict[str, Any] | None:
        """The file's record: present only for a file that reads without a problem."""
        if path not in self.records:
            found = None
            digest = self.digest(path)
            if digest is not None:
                try:
                    found = marshal.loads((self.folder / digest).read_bytes())
                except (OSError, EOFError, ValueError, TypeError):
                    found = None
                if not isinstance(found, dict) or set(found) != {"outline", "units"}:
                    found = None
            self.records[path] = found
        return self.records[path]

    def peek(self, path: Path) -> dict[str, Any] | None:
        """The file's record, made now (by parsing the file) if it has none yet and reads
        without a problem; no problem is said here: the file is read again by the loader,
        where a cold load reads it, when a unit cannot be replayed."""
        record = self.record(path)
        if record is not None or path in self.files or self.digest(path) is None:
            return record
        try:
            tree, duplicates = parse(path, self.base, self.yaml)
        except (Refused, OSError):
            return None
        if duplicates or tree is None:
            return None
        self.files[path] = tree
        return self.new_record(path, tree)

    def new_record(self, path: Path, tree: Any) -> dict[str, Any]:
        outline = [(k, tree.lines[k]) for k in tree] if isinstance(tree, YMap) else None
        record = self.records[path] = {"outline": outline, "units": {}}
        self.dirty.add(path)
        return record

    def note(self, path: Path, what: str = "") -> None:
        """The unit being converted read this file (`what`: only that part of it)."""
        if self.stack:
            found = self.read_of(str(path), what)
            if found is None:
                self.stack[-1].tainted = True
            else:
                self.stack[-1].files[str(path) + what] = found

    def read_of(self, name: str, what: str) -> str | None:
        """What a unit reads of a file: the digest of its bytes, that it has a record, or a
        digest of its top-level keys (None: it cannot be read, or has a problem)."""
        if not what:
            return self.digest(self.path(name))
        record = self.peek(self.path(name))
        if record is None:
            return None
        if what == CLEAN:
            return "yes"
        keys = "\0".join(sorted(k for k, _ in record["outline"] or ()))
        return hashlib.sha256(keys.encode()).hexdigest()

    def read(self, path: Path) -> Any:
        first = path not in self.files
        problems = len(self.bundle.problems)
        tree = super().read(path)
        self.note(path)
        if tree is None or path in self.broken:
            if self.stack:
                self.stack[-1].tainted = True
        elif first and len(self.bundle.problems) == problems and self.record(path) is None:
            if self.digest(path) is not None:  # a new record: it reads without a problem
                self.new_record(path, tree)
        return tree

    def readable(self, path: Path) -> bool:
        if self.record(path) is not None:
            self.note(path, CLEAN)
            return True
        return super().readable(path)

    def names(self, path: Path) -> Any:
        record = self.record(path)
        if record is None:
            return super().names(path)
        self.note(path, NAMES)
        return {key for key, _ in record["outline"] or ()}

    def outline(self, path: Path) -> list[tuple[str, int]] | None:
        record = self.record(path)
        if record is None:
            return super().outline(path)
        self.note(path)
        outline = record["outline"]
        return None if outline is None else [(k, line) for k, line in outline]

    def target(self, target_file: Path, named: bool) -> Path | str:
        found = super().target(target_file, named)
        if self.stack:
            self.stack[-1].targets.append((str(target_file), named, str(found)))
        return found

    def assign(self, pointer: str, where: tuple[str, int]) -> None:
        super().assign(pointer, where)
        if self.stack:
            self.stack[-1].assigned.append((pointer, where))

    # -- units -----------------------------------------------------------------------------
    def inline(
        self, target_file: Path, target: str, tokens: list[str], pointer: str, line: int, fail: Any
    ) -> tuple[Any, bool]:
        frag = target.partition("#")[2]
        # The `$ref`'s line is the inlined value's only when that is a scalar (a YAML map or
        # list has its own): the unit keeps it then, and is reused only at that line.
        key = ("inline", frag, pointer, tuple((str(f), r) for f, r in self.inlining))
        convert = super().inline
        return self.unit(
            target_file,
            key,
            line,
            lambda: convert(target_file, target, tokens, pointer, line, fail),
        )

    def schema(self, path: Path, name: str, pointer: str, line: int) -> Any:
        key = ("schema", name, pointer, tuple((str(f), r) for f, r in self.inlining))
        convert = super().schema
        return self.unit(path, key, line, lambda: (convert(path, name, pointer, line), True))[0]

    def unit(
        self, path: Path, key: Key, line: int, convert: Callable[[], tuple[Any, bool]]
    ) -> tuple[Any, bool]:
        """The unit `key` of the file `path`: replayed from its record when what it read is
        unchanged, else converted (and kept when it met no problem)."""
        record = self.record(path)
        if record is not None:
            stored = record["units"].get(key)
            if stored is not None:
                unit = marshal.loads(stored)
                if unit["line"] in (None, line) and self.unchanged(unit):
                    self.apply(unit)
                    return marshal.loads(unit["value"]), True
        outer_positions, outer_used = self.bundle.positions, self.used
        self.bundle.positions, self.used = {}, set()
        recording = _Recording()
        self.stack.append(recording)
        problems = len(self.bundle.problems)
        try:
            value, found = convert()
        finally:
            self.stack.pop()
            positions, used = self.bundle.positions, self.used
            self.bundle.positions, self.used = outer_positions, outer_used
        unit = {
            "positions": list(positions.items()),
            "assigned": recording.assigned,
            "used": sorted((str(f), token) for f, token in used),
            "files": recording.files,
            "targets": recording.targets,
            "line": None if isinstance(value, (dict, list)) else line,
        }
        self.apply(unit)
        if self.stack:  # what the unit read, the unit around it read too
            self.stack[-1].tainted |= recording.tainted
        clean = found and not recording.tainted and len(self.bundle.problems) == problems
        record = self.records.get(path)
        if clean and record is not None:
            try:
                unit["value"] = marshal.dumps(value, 2)  # now: the bundle is changed later
                record["units"][key] = marshal.dumps(unit, 2)
            except ValueError:  # not plain data (a YAML timestamp): converted every time
                return value, found
            self.dirty.add(path)
        return value, found

    def unchanged(self, unit: dict[str, Any]) -> bool:
        """Whether every file the unit read has its bytes, and every path leads where it led."""
        for read, digest in unit["files"].items():
            name, mark, what = read.partition("\0")
            if self.read_of(name, mark + what) != digest:
                return False
        for name, named, found in unit["targets"]:
            led = self.resolved.get((name, named))
            if led is None:
                led = self.resolved[(name, named)] = str(
                    _Loader.target(self, self.path(name), named)
                )
            if led != found:
                return False
        return True

    def path(self, name: str) -> Path:
        path = self.paths.get(name)
        if path is None:
            path = self.paths[name] = Path(name)
        return path

    def apply(self, unit: dict[str, Any]) -> None:
        """The unit's effects on the bundle (as its conversion made them: each position set
        unless set before, then those it assigned), and on the unit being converted around it
        (which read what it read)."""
        positions = self.bundle.positions
        for pointer, where in unit["positions"]:  # (marshal keeps tuples tuples)
            positions.setdefault(pointer, where)
        for pointer, where in unit["assigned"]:
            positions[pointer] = where
        self.used.update((self.path(name), token) for name, token in unit["used"])
        if self.stack:
            outer = self.stack[-1]
            outer.files.update(unit["files"])
            outer.targets += unit["targets"]
            outer.assigned += unit["assigned"]

    # -- whole spec ------------------------------------------------------------------------
    def load(self) -> Bundle:
        bundle = super().load()
        for path in self.dirty:
            record, digest = self.records[path], self.digest(path)
            if record is not None and digest is not None:
                atomic_file(self.folder / digest, marshal.dumps(record))
        return bundle

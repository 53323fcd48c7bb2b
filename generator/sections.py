"""The review pages in parts, each cached by a digest of exactly what it is made from.

The HTML reference is one page over the whole spec, yet an edit touches a small part of it.
docs.py builds it from units: each operation's section, each model's section (their HTML and
what the page gathers from them: search entries, the models an operation uses), and the notes
and citations of each path item and schema. A unit's key is a digest of its own inputs (the
path item or schema, the operation's IR, its notes...); the schemas a unit reads beyond those
(through `Reads`, the components' schemas as a recording dict) are stored with it, each with
its digest, and a hit needs all of them unchanged: the unit is a function of its key's inputs
and of the schemas it read, so the same reads give the same result (a verified trace). The
units live in one file (`.cache/review/units`), rewritten with only this run's units.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .coverage import citation_at
from .load import escape
from .notes import Note, notes_at
from .owners import Owner, walk
from .write import atomic_file

T = TypeVar("T")
Key = tuple[Any, ...]
# The containers whose every child is a part of its own: path items and schemas.
CONTAINERS = (("paths",), ("components", "schemas"))


def _typed(value: Any) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}:{value!r}"


def digest(value: Any) -> bytes:
    """A digest of a JSON-like value, exact to its types and order (marshal version 2 writes
    no back-references, so equal values give equal bytes); JSON for anything else."""
    try:
        data = b"m" + marshal.dumps(value, 2)
    except ValueError:
        data = b"j" + json.dumps(value, ensure_ascii=False, default=_typed).encode()
    return hashlib.sha256(data).digest()


class Reads(dict):  # type: ignore[type-arg]
    """The components' schemas, noting each name a unit looks up (found or not)."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        super().__init__(schemas)
        self.names: set[str] = set()

    def get(self, key: Any, default: Any = None) -> Any:
        self.names.add(key)
        return super().get(key, default)

    def __getitem__(self, key: Any) -> Any:
        self.names.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: Any) -> bool:
        self.names.add(key)
        return super().__contains__(key)


class Units:
    """The cached units of one run: those of the last run, and those used now (saved)."""

    def __init__(self, path: Path | None, salt: bytes, schemas: dict[str, Any]) -> None:
        self.path, self.salt, self.schemas = path, salt, schemas
        self.old: dict[bytes, tuple[tuple[tuple[str, bytes], ...], Any]] = {}
        self.new: dict[bytes, tuple[tuple[tuple[str, bytes], ...], Any]] = {}
        self.digests: dict[str, bytes] = {}
        self.made = 0  # units computed this run (the rest came from the cache)
        self.total = 0
        if path is not None:
            try:
                loaded = pickle.loads(path.read_bytes())
                if isinstance(loaded, tuple) and loaded[0] == salt:
                    self.old = loaded[1]
            except Exception:  # a missing, broken or foreign file: start empty
                self.old = {}

    def schema_digest(self, name: str) -> bytes:
        found = self.digests.get(name)
        if found is None:
            node = self.schemas.get(name)
            found = self.digests[name] = b"-" if node is None else digest(node)
        return found

    def unit(self, key: Key, make: Callable[[], T], reads: Reads | None = None) -> T:
        """The value `make` gives, from the cache when its key and the digests of the schemas
        it read last time are unchanged; `reads` (the schemas make() reads) is traced."""
        self.total += 1
        k = hashlib.sha256(self.salt + repr(key).encode()).digest()
        entry = self.old.get(k) or self.new.get(k)
        if entry is not None and all(self.schema_digest(n) == d for n, d in entry[0]):
            self.new[k] = entry
            value: T = entry[1]
            return value
        if reads is not None:
            reads.names.clear()
        value = make()
        names = sorted(str(n) for n in reads.names) if reads is not None else []
        self.new[k] = (tuple((n, self.schema_digest(n)) for n in names), value)
        self.made += 1
        return value

    def save(self) -> None:
        if self.path is None or (self.made == 0 and self.new.keys() == self.old.keys()):
            return
        atomic_file(self.path, pickle.dumps((self.salt, self.new), pickle.HIGHEST_PROTOCOL))


def gathered(doc: dict[str, Any], units: Units) -> tuple[list[Note], list[tuple[str, Owner]]]:
    """Every note and citation of the bundle in document order (as owners.walk visits the
    nodes), each path item's and schema's taken from the cache when unchanged. A part's
    notes read the part (its owner) and the `x-doc-section` of its ancestors: its key."""
    notes: list[Note] = []
    cites: list[tuple[str, Owner]] = []

    def visit(node: Any, pointer: str, level: tuple[str, ...] | None) -> None:
        if isinstance(node, dict):
            notes.extend(notes_at(doc, pointer, node))
            cites.extend(citation_at(doc, pointer, node))
            items: Iterable[tuple[Any, Any]] = node.items()
        elif isinstance(node, list):
            items = enumerate(node)
        else:
            return
        part = isinstance(node, dict) and level in CONTAINERS
        for k, v in items:
            if not isinstance(v, (dict, list)):
                continue
            here = f"{pointer}/{escape(str(k))}"
            if part and isinstance(v, dict):
                ancestors = _ancestor_sections(doc, level or ())
                key = ("part", here, digest(v), ancestors)
                found = units.unit(key, lambda: _part(doc, v, here))
                notes.extend(found[0])
                cites.extend(found[1])
                continue
            deeper = level + (str(k),) if level is not None and len(level) < 2 else None
            visit(v, here, deeper if isinstance(node, dict) else None)

    visit(doc, "", ())
    return notes, cites


def _part(
    doc: dict[str, Any], node: dict[str, Any], pointer: str
) -> tuple[list[Note], list[tuple[str, Owner]]]:
    notes: list[Note] = []
    cites: list[tuple[str, Owner]] = []
    for p, n in walk(node, pointer):
        notes.extend(notes_at(doc, p, n))
        cites.extend(citation_at(doc, p, n))
    return notes, cites


def _ancestor_sections(doc: dict[str, Any], level: tuple[str, ...]) -> tuple[Any, ...]:
    """The `x-doc-section` of the root and of each container down to a part's parent."""
    out = []
    node: Any = doc
    out.append(node.get("x-doc-section") if isinstance(node, dict) else None)
    for tok in level:
        node = node.get(tok) if isinstance(node, dict) else None
        out.append(node.get("x-doc-section") if isinstance(node, dict) else None)
    return tuple(repr(v) for v in out)

"""Incremental runs: the load and validate stages reuse what they computed for unchanged input.

Everything lives under `.cache/` (gitignored), addressed by content, so a stale entry is never
used, concurrent runs are safe, and `--no-cache` (or deleting the folder) gives a cold run:
- `parsed/`: each spec file's YAML tree (with its line numbers), by the file's bytes; only the
  files that changed are parsed again;
- `units/`: each spec file's parts as converted into the bundle (loadunits.py), reused while
  what they read is unchanged: an unchanged file is not even parsed;
- `valid/`: the bundles known to be valid, by a digest of the bundle in which free text
  (TEXT_KEYS) is reduced to empty or not: editing a description or a summary does not run
  the validation again. Only a clean result is remembered (problems are always recomputed,
  with their lines), and the digest covers the generator's code and library versions;
- `render/` and `black/`: see render.py and format.py.
"""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
import multiprocessing
import pickle
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .load import Bundle, Problem, _Loader
from .validator import Validator
from .versions import version
from .write import atomic_file
from .yamlread import inside

# Keys whose string value no validation rule reads, beyond whether it is empty. A rule that
# comes to read one of them must take it out of this set.
TEXT_KEYS = frozenset({"description", "summary", "title"})
# Keys whose value is data checked against a schema: never reduced.
DATA_KEYS = frozenset({"example", "examples", "x-examples", "default", "enum", "const", "value"})
LIBRARIES = ("ruamel.yaml", "openapi-pydantic", "jsonschema", "pydantic")


@functools.cache
def _salt() -> bytes:
    h = hashlib.sha256(sys.version.encode() + b"\0")
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for lib in LIBRARIES:
        h.update(f"{lib}=={version(lib)}\0".encode())
    return h.digest()


class _CachedLoader(_Loader):
    """The loader, reading each spec file's parsed tree from the cache when its bytes match."""

    def __init__(self, root: Path, cache: Path) -> None:
        super().__init__(root)
        self.cache = cache
        rel = functools.lru_cache(maxsize=None)(self.bundle.rel)
        setattr(self.bundle, "rel", rel)  # one relative path per file, not per node

    def read(self, path: Path) -> Any:
        if path in self.files:
            return self.files[path]
        if not inside(path, self.base):  # refused, whatever its bytes: the loader says why
            return super().read(path)
        try:
            data = path.read_bytes()
        except OSError:
            return super().read(path)
        entry = self.cache / hashlib.sha256(_salt() + data).hexdigest()
        try:
            tree = pickle.loads(entry.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            problems = len(self.bundle.problems)
            tree = super().read(path)
            if tree is not None and len(self.bundle.problems) == problems:
                atomic_file(entry, pickle.dumps(tree, protocol=pickle.HIGHEST_PROTOCOL))
            return tree
        self.files[path] = tree
        return tree


def load(root: Path, cache: Path | None) -> Bundle:
    """The bundle of the spec whose root file is `root` (load.load, with parsed files cached)."""
    if cache is None:
        from .load import load as load_uncached

        return load_uncached(root)
    from .loadunits import UnitLoader

    return UnitLoader(root, cache).load()


def _reduced(node: Any, key: str = "") -> Any:
    if isinstance(node, dict):
        if key in DATA_KEYS:
            return node
        return {
            k: (
                ("t" if v.strip() else "")
                if k in TEXT_KEYS and isinstance(v, str)
                else _reduced(v, k)
            )
            for k, v in node.items()
        }
    if isinstance(node, list) and key not in DATA_KEYS:
        return [_reduced(v) for v in node]
    return node


def _entry(bundle: Bundle, cache: Path) -> Path:
    reduced = _reduced(bundle.doc)
    try:  # marshal (version 2: no back-references) is exact to types and order, and fast
        data = b"m" + marshal.dumps(reduced, 2)
    except ValueError:  # not plain data
        text = json.dumps(reduced, sort_keys=True, ensure_ascii=False, default=str)
        data = b"j" + text.encode()
    return cache / "valid" / hashlib.sha256(_salt() + data).hexdigest()


def _run(bundle: Bundle, entry: Path | None) -> list[Problem]:
    from .validate import validate as run

    problems = run(bundle)
    if not problems and entry is not None:
        atomic_file(entry, b"")
    return problems


def known_valid() -> list[Problem]:
    """validate_later's result for a bundle that differs from a valid one only in free text."""
    return []


def validate(bundle: Bundle, cache: Path | None) -> list[Problem]:
    """validate.validate, skipped when a bundle equal but for free text was found valid."""
    return validate_later(bundle, cache, background=False)()


def validate_later(
    bundle: Bundle, cache: Path | None, background: bool = True, side: Validator | None = None
) -> Callable[[], list[Problem]]:
    """Start validating; the result is the returned function's. Unless the cache knows the
    bundle valid, validation runs in `side` (a process that imported the validator while the
    spec loaded) or else in a forked process (when `background`), beside the model and
    render stages; the caller writes nothing before it has the result."""
    if bundle.problems:
        problems = _run(bundle, None)
        return lambda: problems
    entry = _entry(bundle, cache) if cache is not None else None
    if entry is not None and entry.is_file():
        return known_valid
    if side is not None:
        alone = replace(bundle)  # without the loader's memo (cache._CachedLoader), to pickle
        return side.validate(alone, entry)
    if entry is None:
        problems = _run(bundle, None)
        return lambda: problems
    if not background:
        problems = _run(bundle, entry)
        return lambda: problems
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(bundle, entry, send), daemon=True)
    child.start()
    send.close()

    def result() -> list[Problem]:
        problems: list[Problem] = receive.recv()
        child.join()
        return problems

    return result


def _child(bundle: Bundle, entry: Path, send: Any) -> None:
    send.send(_run(bundle, entry))
    send.close()

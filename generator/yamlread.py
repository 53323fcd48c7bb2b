"""Stage 1, load: reading one spec file, bounded against hostile input.

A file is read only when it is inside the spec's folder (links resolved), and within bounds:
file size, nodes after YAML alias expansion, nesting depth, digits of a number; it must be
UTF-8 text without NUL bytes. A file that breaks a bound is one `Refused` (line and message).
The result keeps the line of every mapping key and sequence item (`YMap`, `YSeq`) for
load.py's `file:line` positions; duplicate keys are reported, not fatal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver

STR_TAG = "tag:yaml.org,2002:str"
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_NODES = 2_000_000  # per file, after alias expansion
MAX_DEPTH = 200
MAX_DIGITS = 100
NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


class YMap(dict[str, Any]):
    """A YAML mapping with the line of itself and of each of its keys (1-based)."""

    line: int
    lines: dict[str, int]


class YSeq(list[Any]):
    """A YAML sequence with the line of itself and of each item (1-based)."""

    line: int
    lines: list[int]


class Refused(Exception):
    """A file breaks one of the loader's bounds; `line` is where."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line, self.message = line, message


class _Plain:
    """Python data of a composed YAML node, keeping line numbers (ruamel's C composer is fast),
    within the bounds on nodes (aliases expand here), depth and number size."""

    def __init__(self, construct: Any) -> None:
        self.construct = construct
        self.problems: list[tuple[int, str]] = []  # (line, message): duplicate keys
        self.nodes = 0

    def __call__(self, node: Node, depth: int = 0) -> Any:
        line = node.start_mark.line + 1
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise Refused(line, f"too large: over {MAX_NODES} nodes once YAML aliases expand")
        if depth > MAX_DEPTH:
            raise Refused(line, f"nested deeper than {MAX_DEPTH} levels")
        if isinstance(node, MappingNode):
            out = YMap()
            out.line, out.lines = line, {}
            for key_node, value_node in node.value:
                key = str(self.scalar(key_node)) if isinstance(key_node, ScalarNode) else "?"
                if key in out:
                    self.problems.append((key_node.start_mark.line + 1, f"duplicate key {key!r}"))
                out[key] = self(value_node, depth + 1)
                out.lines[key] = key_node.start_mark.line + 1
            return out
        if isinstance(node, SequenceNode):
            seq = YSeq(self(v, depth + 1) for v in node.value)
            seq.line, seq.lines = line, [v.start_mark.line + 1 for v in node.value]
            return seq
        return self.scalar(node)

    def scalar(self, node: Node) -> Any:
        if node.tag == STR_TAG:
            return node.value
        if node.tag in NUMBER_TAGS and len(str(node.value)) > MAX_DIGITS:
            raise Refused(node.start_mark.line + 1, f"a number of over {MAX_DIGITS} digits")
        try:
            return self.construct(node)
        except (ValueError, YAMLError) as exc:
            raise Refused(node.start_mark.line + 1, f"a value that cannot be read: {exc}") from None


class Resolver(VersionedResolver):
    """ruamel's resolver, finding the YAML version (whose rules type a plain scalar) once per
    loader when ruamel's C parser reads: it has no scanner of its own to meet a `%YAML`
    directive, so the version cannot change, and asking for it at each scalar (by way of two
    exceptions) was a third of the parsing time. With the pure-Python parser, as ruamel does."""

    _fixed: Any = None

    @property
    def processing_version(self) -> Any:
        if self._fixed is not None:
            return self._fixed
        version = VersionedResolver.processing_version.fget(self)  # type: ignore[attr-defined]
        if not hasattr(self.loadumper, "_scanner"):
            self._fixed = version
        return version


def inside(path: Path, base: Path) -> bool:
    """Whether `path`, links resolved, is in the folder `base`."""
    try:
        return path.resolve().is_relative_to(base)
    except (OSError, RuntimeError):  # a link loop: read() says so
        return True


def parse(path: Path, base: Path, yaml: YAML) -> tuple[Any, list[tuple[int, str]]]:
    """The data of one YAML file of the folder `base` (None when empty) and its duplicate keys
    as (line, message); raises Refused when the file breaks a bound or cannot be read."""
    if not inside(path, base):
        raise Refused(1, "the file is a link to outside the spec's folder")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise Refused(1, f"the file is over {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except (OSError, RuntimeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise Refused(1, f"the file cannot be read: {reason}") from None
    if b"\0" in raw:
        raise Refused(raw[: raw.index(b"\0")].count(b"\n") + 1, "the file holds a NUL byte")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise Refused(line, f"the file is not UTF-8 text (byte {exc.start})") from None
    try:
        node = yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise Refused(mark.line + 1 if mark else 1, f"YAML syntax error: {exc.problem}") from None
    except YAMLError as exc:
        raise Refused(1, f"YAML error: {exc}") from None
    except RecursionError:
        raise Refused(1, f"nested deeper than {MAX_DEPTH} levels") from None
    if node is None:
        return None, []
    plain = _Plain(yaml.constructor.construct_object)
    return plain(node), plain.problems

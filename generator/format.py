"""Stage 4b, format: black over the rendered Python, piece by piece, cached, on every core.

A module is cut before each top-level `class`/`def`, and a class again before each method
and, in a class head of only attributes (a model), before each attribute and attribute
docstring (never inside a docstring); each piece is formatted by black on its own (a method
at the module level with a line 4 shorter, then indented back) and the pieces are joined
with the blank lines black puts there (two before a top-level definition, one before a
method, one after a class docstring, else at most one, as the source has them). The
result is what black makes of the whole file: the test suite checks that black leaves every
generated module unchanged, and a piece that is not Python on its own makes its module
formatted whole. Pieces spread the work evenly over the cores (the longest first) and make
it small to redo: black's output of each piece is cached by the piece's exact text, one file
per module (`.cache/black/<digest of its path>`: a cold run makes thousands of pieces, and a
file each cost more than black on some), so an edit re-formats only the pieces it changed.
Black's second pass runs only where it can matter (see _black). An async method that is its
sync twin with `async`, `await`s and `Async` names added is not formatted again: black's
output of the twin is taken with the same words added (twins.py), when that cannot change how
black splits its lines; a piece black leaves as it is (an attribute and its docstring, a
class head, a plain method, an alias, imports, a table: unchanged.py) is not formatted at
all. The module's head and the statements after its last definition are cut before each
statement (`statements`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import docedit
from .twins import ASYNC_DEF, _last_return, _whole_lines, twin, untwin
from .unchanged import indent as _indent
from .unchanged import (
    BLACK_LINE_LENGTH,
    INDENT,
    LEAD,
    as_black_leaves,
)
from .versions import version
from .write import atomic_file

if TYPE_CHECKING:  # (imported by multiprocessing when a pool starts)
    from multiprocessing.pool import Pool

__all__ = [
    "BLACK_LINE_LENGTH",
    "INDENT",
    "LEAD",
    "_last_return",
    "_whole_lines",
    "twin",
    "untwin",
]

BLACK_TARGET = "PY311"
TOP_LEVEL = re.compile(r"^(?:class |def |async def )", re.MULTILINE)
METHOD = re.compile(r"^    (?:def |async def |@)", re.MULTILINE)
INLINE_LIMIT = 40_000  # characters to format: below this, a pool costs more than it saves
TRAILING_COMMA = re.compile(r",\n\s*[)\]}]")
CLASS_HEAD = re.compile(r'class [^\n]*:\n    """')
STATEMENT = re.compile(r'^    (?:[A-Za-z_]\w*: |""")', re.MULTILINE)  # an attribute, a string
NESTED = re.compile(r"^\s*#|^\s+(?:class |def |async def |@)", re.MULTILINE)
IMPORT = re.compile(r"^(?:from |import )", re.MULTILINE)
# A statement at the module level (an import, an assignment, a compound statement, a comment
# before one), not the clause that continues a compound statement.
STATEMENT0 = re.compile(r"^(?!(?:else|elif|except|finally|case)\b)[A-Za-z_#]", re.MULTILINE)
DOCSTRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""')  # a string alone: the module's docstring


def _cuts(source: str, pattern: re.Pattern[str]) -> list[str]:
    """`source` cut before each match of `pattern` that is not inside a docstring (the
    generated code's only multi-line strings are docstrings) nor right after a decorator or
    a comment (which belong to what follows)."""
    cuts = [0]
    for match in pattern.finditer(source):
        start = match.start()
        if start and source.count('"""', cuts[-1], start) % 2 == 0:
            before = source[cuts[-1] : start].rstrip()
            if before and not before.rsplit("\n", 1)[-1].lstrip().startswith(("@", "#")):
                cuts.append(start)
    cuts.append(len(source))
    return [source[a:b] for a, b in zip(cuts, cuts[1:])]


Piece = tuple[str, int, int]  # text, depth (0: module level, 1: in a class), blank lines before


def pieces(source: str) -> list[list[Piece]]:
    """The top-level parts of a module, each as a list of pieces: the module's head cut
    before each statement (module_head); a class is its head (the class line and
    docstring), then one piece per attribute and per attribute docstring (fields()), then
    one per method, each dedented to the top level; the statements that follow the last
    definition (aliases, late imports) are cut as the head is."""
    out: list[list[Piece]] = []
    for part in _cuts(source, TOP_LEVEL):
        if not out and not TOP_LEVEL.match(part):
            out.append(module_head(part))
            continue
        part, *tail = _cuts(part, STATEMENT0)
        if any(TOP_LEVEL.match(t) or t.startswith("@") for t in tail):
            part, tail = part + "".join(tail), []  # a definition among them: left whole
        out.append(_class(part) if part.startswith("class ") else [(part, 0, 0)])
        if tail:  # two blank lines after a definition, as between parts
            out.append(statements(tail))
    return out


def _class(part: str) -> list[Piece]:
    """A class as pieces, or whole when a method's block is not indented as one."""
    head, *methods = _cuts(part, METHOD)
    lines = [line for m in methods for line in m.split("\n") if line]
    if not all(line.startswith(INDENT) for line in lines):
        return [(part, 0, 0)]
    group = fields(head) or [(head, 0, 0)]
    return group + [(_dedent(m), 1, 1) for m in methods]


def module_head(part: str) -> list[Piece]:
    """A module's head (its docstring, imports and what comes before the first definition)
    cut before each statement (statements()). The imports repeat from module to module, and
    each is formatted once per run and cached by its text."""
    return statements(_cuts(part, STATEMENT0))


def statements(cut: list[str]) -> list[Piece]:
    """Module-level statements (each with the comments before it) as pieces, with the blank
    lines black puts before each: one after the module's docstring, one after an import
    before what is not one, else those of the source, at most two."""
    out: list[Piece] = []
    for i, text in enumerate(cut):
        body = text.rstrip("\n")
        if not body:
            continue
        if not out:
            before = 0
        elif len(out) == 1 and DOCSTRING.fullmatch(out[0][0].rstrip("\n")):
            before = 1
        else:
            before = min(len(cut[i - 1]) - len(cut[i - 1].rstrip("\n")) - 1, 2)
            if _ends_in_import(out[-1][0]) and not IMPORT.match(body):
                before = 1
        out.append((body + "\n", 0, before))
    return out


def _ends_in_import(text: str) -> bool:
    """Whether the last statement of a piece at the module level is an import."""
    starts = [line for line in text.split("\n") if line[:1].isalpha() or line[:1] == "_"]
    return bool(starts) and IMPORT.match(starts[-1]) is not None


def _dedent(text: str) -> str:
    return "\n".join(line[4:] for line in text.split("\n"))


def fields(head: str) -> list[Piece] | None:
    """A class head cut into the class line with its docstring, then one piece per annotated
    attribute and one per string statement (an attribute's docstring), with the blank lines
    black puts before each (one after the class docstring, else at most one, as the source
    has them); None unless the head is only that (no comment, no nested block, no blank line
    inside a statement), so that each piece formats alone as it does in its class.

    Attributes repeat across models (the same name, type and alias), and a piece is
    formatted once per run and cached by its text: this is most of black's saving on models.
    """
    if not CLASS_HEAD.match(head) or NESTED.search(head):
        return None
    parts = _cuts(head, STATEMENT)
    if len(parts) < 3:
        return None
    first = parts[0] + parts[1]  # the class line and its docstring
    if first.count('"""') != 2 or not first.rstrip().endswith('"""'):
        return None
    out: list[Piece] = [(first.rstrip("\n") + "\n", 0, 0)]
    previous = parts[1]
    for part in parts[2:]:
        body = part.rstrip("\n")
        if any(line and not line.startswith(INDENT) for line in body.split("\n")):
            return None
        string = body.startswith(INDENT + '"""')
        if string and (body.count('"""') != 2 or not body.endswith('"""')):
            return None
        if not string and "\n\n" in body:
            return None
        blank = len(previous) - len(previous.rstrip("\n")) - 1
        before = 1 if len(out) == 1 else min(blank, 1)
        text = _dedent(body) + "\n"
        out.append(((LEAD + text) if text.startswith('"""') else text, 1, before))
        previous = part
    return out


def _piece(job: tuple[str, int]) -> str | None:
    """A piece formatted at its depth (0: module level, 1: a method), or None if it is not
    Python on its own."""
    source, depth = job
    kept = as_black_leaves(source, depth)  # in the workers: the main process has more to do
    if kept is not None:
        return kept
    try:
        text = _black(source, BLACK_LINE_LENGTH - 4 * depth)
    except RuntimeError:
        return None
    if source.startswith(LEAD):
        if not text.startswith(LEAD):
            return None
        text = text[len(LEAD) :]
    return _indent(text, depth)


def _black(source: str, line_length: int = BLACK_LINE_LENGTH) -> str:
    """black.format_str, without its second pass where it cannot change anything.

    format_str formats twice when the text changed: the second pass exists for the trailing
    commas the first pass adds (they become "magic" and may split differently). It is run
    here only when the first pass changed the number of trailing commas before a closing
    bracket (a few pieces in a hundred), which halves black's time; the test suite checks
    that black leaves every generated module unchanged.
    """
    import black  # only when something needs formatting: it takes a while to import

    mode = black.Mode(line_length=line_length, target_versions={black.TargetVersion[BLACK_TARGET]})
    once = getattr(black, "_format_str_once", None)
    try:
        if once is None:
            return black.format_str(source, mode=mode)
        text: str = once(source, mode=mode)
        if len(TRAILING_COMMA.findall(text)) != len(TRAILING_COMMA.findall(source)):
            text = once(text, mode=mode)
        return text
    except black.InvalidInput as exc:
        raise RuntimeError(f"template output is not valid Python: {exc}") from exc


# A worker's priority below the main process's (nice): the main process renders what the
# workers format and writes it all once they are done, so where they share a core it goes first.
WORKER_NICE = 5


def _warm() -> None:
    os.nice(WORKER_NICE)
    import black  # noqa: F401

    gc.freeze()  # what is here now (black, the parent's spec and IR) lives on: never scanned
    gc.enable()  # a worker frees each piece's syntax tree (the parent process runs without)


def prestart(workers: int = 0) -> Pool:
    """A pool of black workers (one per core by default), importing black while the caller
    does other work."""
    context = multiprocessing.get_context("fork")
    return context.Pool(workers or os.cpu_count() or 1, initializer=_warm)


def _salt() -> bytes:
    return f"{version('black')}|{BLACK_LINE_LENGTH}|{BLACK_TARGET}|passes|".encode()


class Formatter:
    """Formats modules as they are rendered: each batch's pieces missing from the cache go to
    `pool` at once (the longest first), while the caller renders the next batch; what is left
    (no pool, or a large job for a pool of one) is formatted in result()."""

    def __init__(self, cache: Path | None, pool: Pool | None = None) -> None:
        self.cache, self.pool, self.salt = cache, pool, _salt()
        self.sources: dict[str, str] = {}
        self.split: dict[str, list[list[Piece]]] = {}
        self.keys: dict[tuple[str, int], str] = {}
        self.done: dict[tuple[str, int], str] = {}
        self.sent: list[tuple[list[tuple[str, int]], Any]] = []
        self.left: list[tuple[str, int]] = []
        self.twins: dict[tuple[str, int], tuple[tuple[str, int], list[str], list[str], bool]] = {}
        self.methods: dict[str, tuple[str, int]] = {}  # depth-1 jobs by their text
        self.packs: dict[str, dict[str, str]] = {}  # each module's pieces found in the cache
        # No cache folder yet (a fresh clone, `--no-cache`): there is nothing to look up.
        self.empty = cache is None or not cache.is_dir()

    def pack(self, path: str) -> Path | None:
        """Where the cache keeps the formatted pieces of the module at `path`."""
        return self.cache / hashlib.sha256(path.encode()).hexdigest() if self.cache else None

    def read(self, path: str) -> dict[str, str]:
        """The formatted pieces the cache holds for the module at `path`, by their key."""
        file = self.pack(path)
        if file is None or self.empty:
            return {}
        try:
            found = json.loads(file.read_bytes())
        except (OSError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def add(self, sources: dict[str, str]) -> None:
        new: list[tuple[str, int]] = []
        for path, src in sources.items():
            self.sources[path] = src
            self.split[path] = groups = pieces(src)
            known = self.packs[path] = self.read(path)
            for group in groups:
                for text, depth, _ in group:
                    job = (text, depth)
                    if depth == 1:  # black ignores the blank lines that end a piece
                        self.methods.setdefault(text.rstrip("\n"), job)
                    if job in self.keys:
                        continue
                    key = hashlib.sha256(self.salt + bytes([depth]) + text.encode()).hexdigest()
                    self.keys[job] = key
                    hit = known.get(key)
                    if isinstance(hit, str):
                        self.done[job] = hit
                        continue
                    filled = docedit.refill(self.salt, job, known, BLACK_LINE_LENGTH)
                    if filled is not None:  # only its docstring changed (docedit.py)
                        self.done[job] = filled
                        continue
                    pair = twin(text) if depth == 1 else None
                    sync = self.methods.get(pair[0].rstrip("\n")) if pair else None
                    if pair is None or sync is None:
                        new.append(job)  # no sync twin met before it (the sync class is first)
                        continue
                    self.twins[job] = (sync, pair[1], pair[2], text.startswith(ASYNC_DEF))
        new.sort(key=lambda j: len(j[0]), reverse=True)
        workers = getattr(self.pool, "_processes", 0)
        if self.pool and new and (workers > 1 or sum(len(j[0]) for j in new) < INLINE_LIMIT):
            chunk = max(1, len(new) // (workers * 32))  # longest first, small chunks: even
            self.sent.append((new, self.pool.map_async(_piece, new, chunksize=chunk)))
        else:
            self.left += new

    def result(self, stats: dict[str, int] | None = None) -> dict[str, str]:
        todo = sorted(self.left, key=lambda j: len(j[0]), reverse=True)
        batches = [(jobs, pending.get()) for jobs, pending in self.sent]
        workers = min(len(todo), os.cpu_count() or 1)
        if workers > 1 and sum(len(j[0]) for j in todo) > INLINE_LIMIT:
            import black  # noqa: F401  (imported once, before the workers are forked)

            with prestart() as own:
                chunk = max(1, len(todo) // (workers * 32))
                batches.append((todo, own.map(_piece, todo, chunksize=chunk)))
        else:
            batches.append((todo, [_piece(j) for j in todo]))
        if stats is not None:
            # made anew (by black, or taken as black leaves them: _piece)
            stats["formatted"] = sum(len(jobs) for jobs, _ in batches)
        for jobs, formatted in batches:
            self.done.update((job, out) for job, out in zip(jobs, formatted) if out is not None)
        unpaired = []  # formatted themselves where they must be (by the workers: black is there)
        for job, (sync, calls, names, awaits) in self.twins.items():
            base = self.done.get(sync)
            out = untwin(base, calls, names, awaits) if base is not None else None
            if out is None:
                unpaired.append(job)
            else:
                self.done[job] = out
        if unpaired and self.pool is not None:
            formatted = self.pool.map(_piece, unpaired, chunksize=1)
        else:
            formatted = [_piece(job) for job in unpaired]
        self.done.update((job, out) for job, out in zip(unpaired, formatted) if out is not None)
        result = {}
        for path, groups in self.split.items():
            jobs = [(text, depth) for g in groups for text, depth, _ in g]
            found = {self.keys[j]: self.done[j] for j in jobs if j in self.done}
            holes = docedit.holes(
                self.salt, jobs, self.done, self.packs.get(path, {}), BLACK_LINE_LENGTH
            )
            self.store(path, {**found, **holes})
            try:
                result[path] = join(
                    [
                        [(self.done[(text, depth)], before) for text, depth, before in g]
                        for g in groups
                    ]
                )
            except KeyError:  # a piece was not Python on its own
                result[path] = _black(self.sources[path])
        return result

    def store(self, path: str, found: dict[str, str]) -> None:
        """Keep the module's formatted pieces (one file per module: a cold run makes
        thousands of pieces), unless the cache holds them already."""
        file = self.pack(path)
        if file is not None and found != self.packs.get(path):
            data = json.dumps(found, ensure_ascii=False, sort_keys=True).encode("utf-8")
            atomic_file(file, data)


def join(groups: list[list[tuple[str, int]]]) -> str:
    """Formatted pieces as one module: two blank lines before each top-level definition, and
    each piece of a class after the blank lines given with it."""
    parts = []
    for group in groups:
        text = ""
        for piece, before in group:
            piece = piece.strip("\n")
            text = text + "\n" * (1 + before) + piece if text else piece
        parts.append(text)
    return "\n\n\n".join(p for p in parts if p) + "\n"

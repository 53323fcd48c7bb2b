"""Format: a method whose docstring alone changed is not given to black again.

A method piece (format.py: a method dedented to the module level, formatted with a line 4
shorter) is its header, its docstring, its body: `A + '\"\"\"' + text + '\"\"\"' + C`, where
`A` is the `def` up to its colon and the body's indent, and `C` starts a new line. Black
formats each logical line on its own, and the docstring is one, a lone string statement in a
docstring's place: what black does with `A` and `C` does not depend on the docstring's text
(it is one string token either way, never split; the blank lines around it depend on its
being a docstring, not on its text), and what black does with the docstring itself
(linegen.visit_STRING, black 26: PEP 257 indentation, stripping, quote padding, the closing
quotes' line) leaves a *plain* one as it is (`plain`). So when two such pieces differ only
in a plain docstring of the same shape (one line, or several), black's outputs differ only
there. The formatter keeps, for each method piece it formatted whose docstring is plain,
black's output with the docstring's text taken out (`skeleton`), under a digest of the piece
with the text taken out; a new piece of the same digest gets that output with its own text
put in (`fill`). The test suite compares with black on edge cases.
"""

from __future__ import annotations

import hashlib
import re

QUOTES = '"""'
INDENT = "    "  # a method's body, at the module level
HOLE = "\0"  # cannot be in a piece: templates hold none, spec text is cleaned of controls


def plain(text: str, line_length: int) -> bool:
    """Whether black leaves the docstring `\"\"\"text\"\"\"` of a function at the module level
    as it is: no backslash, no quote at either end, only printable characters (the only
    white space is the ASCII space and the newline); over several lines, the first without
    spaces around it, each other line either empty (the last: the body's indent alone, as
    before closing quotes on their own line) or indented by the body's indent at least
    (exactly, for one of them) without trailing spaces, and the last short enough for the
    closing quotes."""
    if not text or QUOTES in text or "\\" in text or text[0] == '"' or text[-1] == '"':
        return False
    lines = text.split("\n")
    if not all(line.isprintable() for line in lines):
        return False
    if len(lines) == 1:
        return text == text.strip(" ")
    if lines[0] != lines[0].strip(" ") or len(lines[-1]) + len(QUOTES) > line_length:
        return False
    *middle, last = lines[1:]
    texts = [line for line in [*middle, last] if line.strip(" ")]
    if not texts:
        return False  # black would drop the lines after the first
    if not last.strip(" ") and last != INDENT:
        return False  # black makes it the body's indent
    for line in texts:
        if not line.startswith(INDENT) or line != line.rstrip(" "):
            return False
    if any(line != "" and not line.strip(" ") for line in middle):
        return False  # black empties a line of spaces
    # black takes away the smallest indent of the lines after the first and puts the body's
    return min(len(line) - len(line.lstrip(" ")) for line in texts) == len(INDENT)


STRINGS = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|#[^\n]*""")
OPENING, CLOSING = "([{", ")]}"


def split(source: str) -> tuple[str, str, str] | None:
    """`(A, text, C)` of a piece (a `def` or `class`) whose first statement is a string
    alone on its lines: `A` is the header up to its colon (its brackets balanced, strings
    and comments aside), a newline and the body's indent, `C` starts a new line."""
    if not source.startswith(("def ", "async def ", "class ")):
        return None
    start = source.find(QUOTES)
    if start < 0:
        return None
    head = source[:start]
    if not head.endswith(":\n" + INDENT):
        return None
    code = STRINGS.sub("", head)  # the brackets open at its end: none (at the top level)
    depth = sum(map(code.count, OPENING)) - sum(map(code.count, CLOSING))
    end = source.find(QUOTES, start + len(QUOTES))
    if depth or end < 0 or not source.startswith(QUOTES + "\n", end):
        return None
    return head, source[start + len(QUOTES) : end], source[end + len(QUOTES) :]


SHAPES = ("one line", "lines")


def key(salt: bytes, source: str, shape: str = "") -> str | None:
    """The digest of a piece without its docstring's text, with the docstring's shape (one
    line or several: its own, or `shape`); None when the piece has no docstring."""
    parts = split(source)
    return None if parts is None else _key(salt, parts, shape)


def _key(salt: bytes, parts: tuple[str, str, str], shape: str = "") -> str:
    shape = shape or SHAPES["\n" in parts[1]]
    data = f"{shape}\0{parts[0]}{HOLE}{parts[2]}".encode()
    return "d" + hashlib.sha256(salt + b"docstring 1\0" + data).hexdigest()


def _indented(text: str, depth: int) -> str:
    """The docstring's text as it is in the piece indented back to `depth` (format._indent:
    each line but the first, which follows the quotes, indented when not empty)."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(INDENT * depth + line if line else line for line in rest)])


def skeleton(source: str, formatted: str, depth: int, line_length: int) -> str | None:
    """Black's output of a piece with a plain docstring (indented to `depth`), with the
    docstring's text made a hole; None when the docstring is not plain or not where the
    piece has it."""
    parts = split(source)
    if parts is None or not plain(parts[1], line_length):
        return None
    text = _indented(parts[1], depth)
    start = formatted.find(QUOTES)
    if start < 0 or HOLE in formatted:
        return None
    start += len(QUOTES)
    if not formatted.startswith(text + QUOTES + "\n", start):
        return None
    return formatted[:start] + HOLE + formatted[start + len(text) :]


def fill(hole: str, source: str, depth: int, line_length: int) -> str | None:
    """Black's output of a piece with a plain docstring, from the skeleton of one with the
    same key; None when its docstring is not plain."""
    parts = split(source)
    if parts is None or hole.count(HOLE) != 1 or not plain(parts[1], line_length):
        return None
    return hole.replace(HOLE, _indented(parts[1], depth))


def refill(salt: bytes, job: tuple[str, int], known: dict[str, str], width: int) -> str | None:
    """Black's output of a piece (text, depth; formatted `width` - 4 x depth wide) from that of
    one differing only in a plain docstring, if the module's cached pieces (`known`) hold its
    skeleton."""
    text, depth = job
    hole = known.get(key(salt, text) or "")
    return fill(hole, text, depth, width - 4 * depth) if isinstance(hole, str) else None


def holes(
    salt: bytes,
    jobs: list[tuple[str, int]],
    done: dict[tuple[str, int], str],
    known: dict[str, str],
    width: int,
) -> dict[str, str]:
    """The skeletons of a module's pieces with a docstring, by key: made from black's output
    (`done`) where the docstring is plain; those the cache holds (`known`) for the pieces'
    other shape (or for this one, when it is not plain) kept."""
    out = {}
    for text, depth in jobs:
        parts = split(text)
        formatted = done.get((text, depth)) if parts else None
        if parts is None or not formatted:
            continue
        own = _key(salt, parts)
        for shape in SHAPES:
            other = _key(salt, parts, shape)
            if other in known:
                out[other] = known[other]
        hole = skeleton(text, formatted, depth, width - 4 * depth)
        if hole:
            out[own] = hole
    return out

"""Async methods taken from their sync twins' formatted text (format.py sends only the twin).

The async class of a resource (or a service, the client) repeats the sync one with `async`,
`await` before calls and `Async` before names; black's output of the sync method, with those
words put back where they cannot change how black splits its lines, is black's output of
the async one (`untwin`). Where that cannot be told, the async method goes to black itself.
"""

from __future__ import annotations

import io
import re
import tokenize

from .unchanged import BLACK_LINE_LENGTH, INDENT

ASYNC_DEF = "async def "
AWAITED = re.compile(r"await ([A-Za-z_][\w.]*\()")  # `await self._call(`: a call awaited
ASYNC_NAME = re.compile(r"\b(_?)Async([A-Z]\w*)")  # AsyncCore, _AsyncDownload: a twin's name


def twin(source: str) -> tuple[str, list[str], list[str]] | None:
    """The sync twin of an async method piece, the calls it awaits and the names it gives
    their `Async` form: `source` without its `async`, with each `await` before a call
    (`await f(`) dropped and each name that starts with `Async` (or `_Async`) without it;
    None unless each such call is awaited everywhere it appears in `source` and appears
    nowhere else (not in a docstring either), and no name appears there in both forms, so
    that the twin's formatted text shows where the words go back. A method that is not
    `async` (a property of an async class) is a twin by its names alone.
    """
    names = sorted({m[1] + m[2] for m in ASYNC_NAME.finditer(source)})
    if any(_word(name).search(source) for name in names):
        return None
    text = ASYNC_NAME.sub(r"\1\2", source)
    if not text.startswith(ASYNC_DEF):
        return (text, [], names) if names else None
    calls = sorted(set(AWAITED.findall(text)))
    if text.count("await ") != sum(text.count("await " + c) for c in calls):
        return None  # an `await` that is not before a call (or in a docstring)
    if any(text.count(c) != text.count("await " + c) for c in calls):
        return None
    return "def " + AWAITED.sub(r"\1", text[len(ASYNC_DEF) :]), calls, names


def _word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def _async_name(name: str) -> str:
    return "_Async" + name[1:] if name.startswith("_") else "Async" + name


def untwin(
    formatted: str, calls: list[str], names: list[str] | None = None, awaits: bool = True
) -> str | None:
    """An async method's formatted text (indented in its class) from its sync twin's, or
    None where the words put back could change black's choices.

    Black splits a `def` line at its parameters' bracket (left_hand_split) and a call at its
    last bracket, whatever comes before them: when the twin's `def` line and each line
    holding an awaited call end with the bracket that opens (the lines were split there),
    and those lines still fit with `async `/`await ` added, black makes the same lines of
    the async method, with those words in them. A line that holds its whole statement
    (black did not split it) may take such words anywhere, and the names' `Async`, if it
    still fits. `awaits`: the method is `async def` (else only names go back)."""
    lines = formatted.split("\n")
    whole: set[int] = set()
    checked = False

    last = len(formatted.rstrip("\n").split("\n")) - 1

    def alone(i: int) -> bool:
        if i == last and _last_return(lines[i]):
            return True
        nonlocal whole, checked
        if not checked:
            whole, checked = _whole_lines(formatted), True
        return i in whole

    changed = []
    if awaits:
        first = lines[0]
        if not first.startswith(INDENT + "def ") or not (first.endswith("(") or alone(0)):
            return None
        changed.append(0)
        lines[0] = INDENT + "async " + first[len(INDENT) :]
    words = [(_word(name), _async_name(name)) for name in names or []]
    for i, line in enumerate(lines):
        for call in calls:
            if call in line:
                if line.count(call) != 1 or not (line.endswith(call) or alone(i)):
                    return None
                lines[i] = lines[i].replace(call, "await " + call)
                changed.append(i)
        for word, renamed in words:
            if word.search(line):
                if not alone(i):
                    return None
                lines[i] = word.sub(renamed, lines[i])
                changed.append(i)
    if any(not lines[i].isascii() or len(lines[i]) > BLACK_LINE_LENGTH for i in changed):
        return None
    return "\n".join(lines)


def _last_return(line: str) -> bool:
    """Whether the last line of a method black formatted holds a whole `return` statement,
    as _whole_lines() would say, without tokenizing the method: it starts a statement in
    the method's block (`return` cannot continue an expression), and it cannot continue a
    string (it has no triple quotes to close one) or go on (nothing follows it)."""
    return line.startswith(2 * INDENT + "return ") and '"""' not in line and "'''" not in line


def _whole_lines(text: str) -> set[int]:
    """The lines of `text` (by index) that each hold a whole statement, no string or bracket
    going on to another line: black formats each such statement on its own, and one that
    fits its line and has no magic trailing comma (black's output has none on a line it did
    not split) stays as it is. An `await` put before a call in it changes neither."""
    out: set[int] = set()
    start, spread = 0, False
    skip = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER)
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type in skip:
                continue
            if not start:
                start, spread = tok.start[0], False
            spread = spread or tok.start[0] != tok.end[0] or tok.start[0] != start
            if tok.type == tokenize.NEWLINE:
                if not spread:
                    out.add(start - 1)
                start = 0
    except (tokenize.TokenError, SyntaxError):
        return set()
    return out

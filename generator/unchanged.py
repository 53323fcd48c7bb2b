"""Pieces black leaves as they are, told without black (format.py does not send them).

Each test here accepts only a narrow form whose black output is provably itself, and says no
to anything else (black is then asked): an attribute's docstring (`plain_string`), a class
head of a one-line docstring (`plain_class_head`), an annotated attribute of names, calls,
subscripts, `|`, plain strings and numbers spaced as black spaces them (`plain_attribute`).
The test suite compares each with black on edge cases and on random pieces.
"""

from __future__ import annotations

import ast
import keyword
import re

BLACK_LINE_LENGTH = 100
INDENT = "    "
# A string statement (an attribute's docstring) is formatted after this line, which is then
# dropped: alone, black would take it for the module's docstring.
LEAD = "_ = 0\n"


def indent(text: str, depth: int) -> str:
    """`text` indented `depth` levels (its blank lines left empty)."""
    return "\n".join(INDENT * depth + line if line else line for line in text.split("\n"))


def as_black_leaves(text: str, depth: int) -> str | None:
    """A piece's formatted text where black would leave it as it is (unchanged.py), else
    None: an attribute's docstring, a class head, an attribute, a method; at the module
    level an alias, imports, a table."""
    if plain_string(text):
        return indent(text[len(LEAD) :], depth)
    if depth == 0 and plain_class_head(text):
        return text
    if depth:
        plain = plain_attribute(text) or plain_method(text)
    else:
        plain = plain_alias(text) or plain_block(text)
    return indent(text, depth) if plain else None


CLASS_LINE = re.compile(r"class [A-Za-z_][A-Za-z0-9_]*\([A-Za-z_][A-Za-z0-9_.]*\):")
ASSIGN_STR = re.compile(r'    [A-Za-z_][A-Za-z0-9_]* = "[ !#-\[\]-~]*"')  # printable, no " or \\


def plain_string(source: str) -> bool:
    """Whether `source` is an attribute's docstring piece (LEAD, then a string statement)
    that black leaves as it is: a string in three double quotes, without a prefix, without
    a backslash (no escape to normalise), without a double quote at either end of its text
    or three in it, and with only printable characters and newlines. Black changes nothing
    in such a statement: it is not in a docstring's place (it follows `_ = 0`), its quotes
    are the preferred ones, and a line of one string cannot be split. Most attribute
    docstrings are so and need no black call; the test suite compares with black."""
    if not source.startswith(LEAD + '"""') or not source.endswith('"""\n'):
        return False
    text = source[len(LEAD) + 3 : -4]
    return (
        bool(text)
        and not text.startswith('"')
        and not text.endswith('"')
        and '"""' not in text
        and "\\" not in text
        and text.replace("\n", "").isprintable()
    )


def plain_class_head(source: str) -> bool:
    """Whether `source` is a class head piece black leaves as it is: `class Name(Base):` on a
    line that fits, then a docstring on one line in three double quotes whose text is
    printable, without a backslash (no escape to normalise), without whitespace at either
    end (black strips a docstring) or a double quote there (black pads it), and without three
    quotes in it. Black's docstring handling keeps such a docstring whole (a docstring of one
    line keeps its closing quotes, whatever its length), a string alone on its line cannot
    be split, and the class line has nothing to normalise. It may go on with one blank line
    (black's after a class docstring) and `name = "text"`, a plain string in black's quotes
    (a resource's `service`). Model classes start so; the test suite compares with black."""
    first, _, rest = source.rstrip("\n").partition("\n")
    if not CLASS_LINE.fullmatch(first) or len(first) > BLACK_LINE_LENGTH:
        return False
    rest, blank, attribute = rest.partition("\n\n")  # and `name = "text"` after a blank line
    if blank and not (ASSIGN_STR.fullmatch(attribute) and len(attribute) <= BLACK_LINE_LENGTH):
        return False
    if not rest.startswith(INDENT + '"""') or not rest.endswith('"""') or "\n" in rest:
        return False
    text = rest[len(INDENT) + 3 : -3]
    return (
        bool(text)
        and text == text.strip()
        and not text.startswith('"')
        and not text.endswith('"')
        and '"""' not in text
        and "\\" not in text
        and text.isprintable()
    )


# The tokens of a plain attribute: a name, a decimal number as black writes it (lower case, a
# digit each side of a point), a string in double quotes with no escape or quote in it, an
# operator of the few below. Anything else (a comment, a keyword, `*`, braces) is not plain.
TOKEN = re.compile(
    r"(?P<space> *)(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<number>(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:e-?[0-9]+)?(?![A-Za-z0-9_.]))"
    r'|(?P<string>"[^"\\\n]*")|(?P<op>[()\[\],.:=|-]))'
)
ATOMS = ("name", "number", "string")
NAMES_OK = {"None", "True", "False"}


def plain_alias(source: str) -> bool:
    """Whether `source` is a module-level alias black leaves as it is: `Name = value`, the
    value as in plain_attribute(), on a line that fits, then its docstring as plain_string()
    takes it (a string statement after an assignment is in no docstring's place either)."""
    line, _, rest = source.partition("\n")
    if rest and not plain_string(LEAD + rest):
        return False
    return plain_attribute(line + "\n", BLACK_LINE_LENGTH, alias=True)


def plain_attribute(
    source: str, line_length: int = BLACK_LINE_LENGTH - len(INDENT), alias: bool = False
) -> bool:
    """Whether `source` (one line and its newline) is an annotated attribute black leaves as
    it is: `name: annotation` or `name: annotation = value`, made of names, dotted names,
    calls, subscripts, `|`, keyword arguments, unary minus before a number, plain strings
    and numbers, each token spaced as black spaces it (one space after a comma, around `|`
    and the assignment's `=`, after the annotation's colon; none inside brackets, around a
    keyword argument's `=`, around a dot, after a unary minus), no bracket that only groups,
    no trailing comma before a bracket (black would split there), ASCII, and short enough
    for its line (`line_length`: the piece is formatted dedented, 4 shorter), and Python
    (what black would refuse is not plain). Black, which keeps a line that fits and has no
    magic trailing comma, changes nothing in it. `alias`: `name = value` instead."""
    if not source.endswith("\n") or "\n" in source[:-1] or not source.isascii():
        return False
    line = source[:-1]
    if len(line) > line_length:
        return False
    out: list[str] = []
    stack: list[str] = []
    prev = ""  # the previous token's kind: "name", "number", "string" or the operator
    position, assigned, annotated = 0, False, False
    while position < len(line):
        match = TOKEN.match(line, position)
        if match is None:
            return False
        position = match.end()
        kind = match.lastgroup or ""
        text = match[kind]
        if kind == "name" and keyword.iskeyword(text) and text not in NAMES_OK:
            return False
        if kind == "op":
            kind = text
        space = _space(prev, kind, stack, assigned, annotated or alias, not out)
        if space is None:
            return False
        out.append(space + text)
        if kind in "([":
            stack.append(kind)
        elif kind in ")]":
            if not stack or stack.pop() != {")": "(", "]": "["}[kind]:
                return False
        elif kind == ":":
            annotated = True
        elif kind == "=" and not stack:
            assigned = True
        prev = kind
    if annotated == alias or stack or prev in (":", "=", "|", "-", ",", "."):
        return False
    if alias and not assigned or "".join(out) != line:
        return False
    try:  # what black would refuse (`f(a=1, b)`, `x[]`) is not plain either
        compile(line, "<attribute>", "exec", ast.PyCF_ONLY_AST)
    except SyntaxError:
        return False
    return True


def _space(
    prev: str, kind: str, stack: list[str], assigned: bool, annotated: bool, first: bool
) -> str | None:
    """The space black puts before a token of `kind` after one of `prev`, None where the
    pair is not of a plain attribute."""
    if first:
        return "" if kind == "name" else None
    if prev == "name" and not annotated and not stack:  # `name:` opens the statement
        return "" if kind == ":" and not assigned else None
    if prev == "-" and kind != "number":
        return None
    if prev == "." and kind != "name":
        return None
    if kind in ATOMS:
        if prev in ("(", "[", ".", "-") or (prev == "=" and stack):
            return ""
        if prev in (",", "|", ":") or (prev == "=" and not stack):
            return " "
        return None  # two atoms side by side (a keyword operator, juxtaposition)
    if kind in "([":  # a call or a subscript, never a bracket that only groups
        return "" if prev in ("name", ")", "]") else None
    if kind in ")]":
        return "" if prev != "," and prev not in ("|", "=", ":", "-", ".") else None
    if kind in (",", "."):
        if kind == "," and not stack:
            return None  # a tuple
        return "" if prev in ATOMS or prev in (")", "]") else None
    if kind == "|":
        return " " if prev in ATOMS or prev in (")", "]") else None
    if kind == "=":
        if prev not in ATOMS and prev not in (")", "]"):
            return None
        if not stack:
            return None if assigned or not annotated else " "
        return "" if stack[-1] == "(" and prev == "name" else None  # a keyword argument
    if kind == "-":  # unary, before a number
        if prev in ("(", "[") or (prev == "=" and stack):
            return ""
        if prev == "," or (prev == "=" and not stack):
            return " "
        return None
    return None  # a colon anywhere else (a slice, a second annotation)


NAME = r"[A-Za-z_][A-Za-z0-9_]*"
MODULE = rf"(?:\.+|\.*{NAME}(?:\.{NAME})*)"
ITEM = rf"{NAME}(?: as {NAME})?"
ONE_IMPORT = re.compile(
    rf"(?:from {MODULE} import {ITEM}(?:, {ITEM})*|import {MODULE}(?: as {NAME})?)"
)
PLAIN_STR = r'"[ !#-\[\]-~]*"'  # printable ASCII, no double quote or backslash
COLLECTION = re.compile(rf"{NAME} = [\[{{]")
COMMENT = re.compile(r"# [A-Za-z0-9_ >.,()/-]*[A-Za-z0-9_>.)/-]")


def plain_block(source: str) -> bool:
    """Whether `source` is a module-level piece black leaves as it is, of two kinds:
    - imports of names (`from module import A as A, B`), each on its line, or exploded one
      name a line with a trailing comma (`from module import (` ... `)`, black's form of an
      import too long for its line: the magic comma keeps it so), alone or as the block of
      `if NAME:` (TYPE_CHECKING);
    - a table, `NAME = [` or `NAME = {` with one plain string (or `"key": "value"`) a line,
      each with its trailing comma, after comments of plain words.
    Every line fits, is ASCII and has no space at its end; names are not keywords."""
    lines = source.rstrip("\n").split("\n")
    if not source.isascii() or any(len(line) > BLACK_LINE_LENGTH for line in lines):
        return False
    if any(line.endswith(" ") for line in lines):
        return False
    items = _items(lines)
    if items and len(lines) > items and COLLECTION.fullmatch(lines[-1 - items]):
        plain = _table(lines)
    else:
        pad = ""
        if re.fullmatch(rf"if {NAME}:", lines[0]):
            pad, lines = INDENT, lines[1:]
        plain = bool(lines) and _imports(lines, pad)
    try:  # a keyword for a name is not Python: black would refuse it
        return plain and compile(source, "<block>", "exec", ast.PyCF_ONLY_AST) is not None
    except SyntaxError:
        return False


def _items(lines: list[str]) -> int:
    """How many item lines a table ends with before its closing bracket."""
    if not lines or lines[-1] not in ("]", "}"):
        return 0
    count = 0
    for line in reversed(lines[:-1]):
        if not line.startswith(INDENT):
            break
        count += 1
    return count + 1


def _table(lines: list[str]) -> bool:
    *comments, opening = lines[: len(lines) - _items(lines)]
    items, closing = lines[len(lines) - _items(lines) : -1], lines[-1]
    if not items or any(not COMMENT.fullmatch(c) for c in comments):
        return False
    pattern = PLAIN_STR if opening.endswith("[") else rf"{PLAIN_STR}: {PLAIN_STR}"
    if closing != {"[": "]", "{": "}"}[opening[-1]]:
        return False
    return all(re.fullmatch(rf"{INDENT}{pattern},", item) for item in items)


def _imports(lines: list[str], pad: str) -> bool:
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith(pad) or line[len(pad) : len(pad) + 1] == " ":
            return False
        statement = line[len(pad) :]
        if statement.endswith(" import ("):
            if not ONE_IMPORT.fullmatch(statement[:-1] + "A"):
                return False
            end = lines.index(pad + ")", i) if pad + ")" in lines[i:] else -1
            items = lines[i + 1 : end]
            if end < 0 or not items:
                return False
            if not all(re.fullmatch(rf"{pad}{INDENT}{ITEM},", item) for item in items):
                return False
            i = end + 1
        elif ONE_IMPORT.fullmatch(statement):
            i += 1
        else:
            return False
    return True


PARAM = re.compile(rf"{INDENT}(?:self|\*|(?P<param>{NAME}: .+)),")
RETURNS = re.compile(r"\) -> (?P<annotation>.+):")


def plain_method(source: str, line_length: int = BLACK_LINE_LENGTH - len(INDENT)) -> bool:
    """Whether `source` (a method, dedented) is one black leaves as it is, of the form the
    resource template writes: `def name(`, one parameter a line with its trailing comma
    (`self`, `*`, or a plain_attribute()), `) -> annotation:`, a docstring of several
    lines, then `return` and a plain value on one line. Black keeps the parameters one a
    line (the magic trailing comma), and a docstring whose first line has no space at
    either end, whose other lines are indented by exactly the block's four spaces with no
    space at their end (blank ones empty), whose closing quotes stand on their own line,
    with no backslash, tab or quote at either end, is one its docstring handling gives back
    as it is (however long its lines). Every line of code fits; every line is printable;
    the method parses."""
    lines = source.rstrip("\n").split("\n")
    if len(lines) < 6 or not re.fullmatch(rf"def {NAME}\(", lines[0]):
        return False
    if not all(line.isprintable() for line in lines):
        return False
    end = next((i for i, line in enumerate(lines) if i and not line.startswith(INDENT)), 0)
    if any(len(line) > line_length for line in [*lines[: end + 1], lines[-1]]):
        return False  # the code's lines (a docstring's are never split)
    params, returns = lines[1:end], RETURNS.fullmatch(lines[end]) if end else None
    if not params or returns is None or not plain_attribute(f"x: {returns['annotation']}\n"):
        return False
    for line in params:
        match = PARAM.fullmatch(line)
        if match is None or (match["param"] and not plain_attribute(match["param"] + "\n")):
            return False
    doc, body = lines[end + 1 : -1], lines[-1]
    if not _plain_docstring(doc) or not body.startswith(INDENT + "return "):
        return False
    if not plain_alias(f"x = {body[len(INDENT) + len('return ') :]}\n"):
        return False
    try:
        return compile(source, "<method>", "exec", ast.PyCF_ONLY_AST) is not None
    except SyntaxError:
        return False


def _plain_docstring(lines: list[str]) -> bool:
    """A function's docstring of several lines (its opening line to its closing quotes on
    their own line) as black's docstring handling leaves it."""
    if len(lines) < 2 or not lines[0].startswith(INDENT + '"""') or lines[-1] != INDENT + '"""':
        return False
    first = lines[0][len(INDENT) + 3 :]
    if first != first.strip() or first.startswith('"') or '"""' in first:
        return False
    for line in lines[1:-1]:
        if line and (not line.startswith(INDENT) or line != line.rstrip() or '"""' in line):
            return False
    indented = [line for line in lines[1:-1] if line]  # none: black keeps the first line only
    if not indented or min(len(line) - len(line.lstrip(" ")) for line in indented) != len(INDENT):
        return False
    return "\\" not in "".join(lines)

"""A piece whose docstring alone changed is not given to black (generator/docedit.py): black
leaves a plain docstring as it is, and its text changes nothing else black does."""

from __future__ import annotations

from pathlib import Path

import black
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import docedit
from generator import format as fmt

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})
SALT = b"test"


def method(text: str, long: bool = False) -> str:
    """A resource method dedented to the module level, as format.pieces cuts it."""
    params = ", ".join(f"argument_number_{i}: str | None = None" for i in range(6 if long else 1))
    return (
        f"def show(self, {params}, *, options: Options | None = None) -> X:\n"
        f'    """{text}"""\n'
        '    return cast(X, self._call("Show", "GET", "/v1/{id}", path={"id": id}, options=options))\n'
    )


def class_head(text: str) -> str:
    return f'class Thing(Model):\n    """{text}"""\n'


PIECES = [(method, 1), (lambda t: method(t, long=True), 1), (class_head, 0)]


def formatted(piece: str, depth: int) -> str | None:
    """black's output of a piece at its depth (black itself, none of the format stage's
    shortcuts)."""
    try:
        text = fmt._black(piece, fmt.BLACK_LINE_LENGTH - 4 * depth)
    except RuntimeError:
        return None
    return fmt._indent(text, depth)


def line_length(depth: int) -> int:
    return fmt.BLACK_LINE_LENGTH - 4 * depth


# Docstrings as the templates make them, and the edge cases of black's docstring handling.
EDGES = [
    "Show a cluster.",
    "Show a cluster\n\n    查询集群详情。\n\n    ``GET /v1.1/{project_id}/clusters``: operation X.\n\n    Args:\n        id: the id.\n    ",
    "Summary\n    ",
    "Summary\n    text ending the docstring",
    "\n    Starts on the second line.\n    ",
    "Two\n\n\n    blank lines.\n    ",
    "Deeper\n        only deeper lines\n    ",  # black takes away the extra indent
    "Under\n  indented by two\n    ",
    "Trailing space \n    ",
    " leading space",
    "trailing space ",
    "Line of spaces\n    \n    text\n    ",
    "Last line of spaces\n  ",
    "Last line empty\n",
    "No indent at all\nsecond\n",
    'ends in a quote"',
    '"starts with a quote',
    "a \\ backslash",
    "a\ttab",
    "\ttab first",
    "Tab\n\tindented\n    ",
    "full-width space\u3000",
    "\u3000full-width first",
    "next line\x85char",
    "line\u2028separator",
    "non-breaking\xa0space",
    "中文说明。\n\n    第二行。\n    ",
    "Long last line\n    " + "x" * 92,
    "Long last line\n    " + "x" * 93,
    "Long last line\n    " + "x" * 96,
    "Long single line " + "y" * 120,
    "Brackets ( [ { and # hash\n    ) ] }\n    ",
    'quotes \' and "" inside',
]


def test_plain_docstrings_are_left_as_they_are_by_black() -> None:
    plain = 0
    for text in EDGES:
        for make, depth in PIECES:
            piece = make(text)
            out = formatted(piece, depth)
            if docedit.plain(text, line_length(depth)):
                plain += 1
                assert out is not None and docedit.skeleton(
                    piece, out, depth, line_length(depth)
                ), (text, depth)
    assert plain >= 25  # the check is not empty: the usual docstrings are plain


def test_docstrings_black_changes_are_not_plain() -> None:
    changed = [
        "Deeper\n        only deeper lines\n    ",
        "Trailing space \n    ",
        " leading space",
        "trailing space ",
        "Line of spaces\n    \n    text\n    ",
        "Last line of spaces\n  ",
        "Tab\n\tindented\n    ",
        "Long last line\n    " + "x" * 93,
    ]
    for text in changed:
        piece = method(text)
        out = formatted(piece, 1)
        assert out is not None and docedit._indented(text, 1) + '"""' not in out, text
        assert not docedit.plain(text, line_length(1)), text


def refilled(base: str, text: str, make: object, depth: int) -> str | None:
    """Black's output of the piece with `text`, made from black's output with `base`."""
    assert callable(make)
    old, new = make(base), make(text)
    key = docedit.key(SALT, new)
    if key is None or key != docedit.key(SALT, old):
        return None
    out = formatted(old, depth)
    assert out is not None
    hole = docedit.skeleton(old, out, depth, line_length(depth))
    assert hole is not None
    return docedit.fill(hole, new, depth, line_length(depth))


def test_a_piece_refilled_is_what_black_makes_of_it() -> None:
    done = 0
    for base in ("Base.", "Base\n\n    text.\n    "):
        for text in EDGES:
            for make, depth in PIECES:
                out = refilled(base, text, make, depth)
                if out is not None:
                    done += 1
                    assert out == formatted(make(text), depth), (base, text, depth)
    assert done >= 20


SAFE = st.text(alphabet=st.sampled_from(["a", "Z", " ", "(", "#", "'", "中", "。"]), max_size=12)
RISKY = st.text(
    alphabet=st.sampled_from(["a", " ", '"', "\\", "\t", "\u3000", "\x85", "\xa0", "\r"]),
    max_size=6,
)
WORDS = st.lists(
    st.text(
        alphabet=st.sampled_from(["a", "Z", "(", "#", "'", "中", "。"]), min_size=1, max_size=5
    ),
    max_size=4,
).map(" ".join)
LINE = st.one_of(WORDS, WORDS, WORDS, SAFE, RISKY, st.integers(85, 100).map(lambda n: "w" * n))
INDENTS = st.sampled_from(["", "  ", *4 * ["    "], "      ", "        ", "\t"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    first = draw(LINE)
    rest = draw(st.lists(st.tuples(INDENTS, LINE), max_size=4))
    lines = [first, *(indent + line for indent, line in rest)]
    if rest and draw(st.booleans()):
        lines.append("    ")  # closing quotes on their own line
    return "\n".join(lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts(), which=st.integers(0, len(PIECES) - 1))
def test_any_plain_docstring_refilled_is_what_black_makes(text: str, which: int) -> None:
    make, depth = PIECES[which]
    if docedit.plain(text, line_length(depth)):
        out = formatted(make(text), depth)
        assert out is not None and docedit.skeleton(
            make(text), out, depth, line_length(depth)
        ), text
    base = "Base\n\n    text.\n    " if "\n" in text else "Base."
    out = refilled(base, text, make, depth)
    if out is not None:
        assert out == formatted(make(text), depth), text


def test_the_header_must_end_at_the_docstring() -> None:
    """A string that is not alone on its lines at the start of a block is not a docstring
    piece: inside brackets, its length changes how black lays out the lines around it."""
    assert docedit.split('def f(x=(\n    """a"""\n)):\n    pass\n') is None
    assert docedit.split('def f(x={"k":\n    """v"""}):\n    pass\n') is None
    assert docedit.split('def f(x="(") -> X:\n    """Doc."""\n    pass\n') is not None
    assert docedit.split('def f(x=")") -> X:\n    """Doc."""\n    pass\n') is not None
    assert docedit.split('def f() -> X:\n    """Doc.""" + y\n') is None
    assert docedit.split('x = 1\ndef f():\n    """Doc."""\n') is None


def module(doc: str) -> str:
    return (
        '"""M."""\n\nfrom x import X\n\n\n'
        "class R(Base):\n"
        '    """R."""\n\n'
        f"    def show(self, a: str, *, options: Options | None = None) -> X:\n"
        f'        """{doc}"""\n'
        '        return cast(X, self._call("Show", path={"a": a}, options=options))\n\n'
        "    async def show(self, a: str, *, options: Options | None = None) -> X:\n"
        f'        """{doc}"""\n'
        '        return cast(X, await self._call("Show", path={"a": a}, options=options))\n\n\n'
        "class Thing(Model):\n"
        f'    """{doc.replace(chr(10) + 8 * " ", chr(10) + 4 * " ")}"""\n\n'
        "    x: int\n"
    )


def test_the_formatter_takes_a_docstring_edit_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "black"
    cache.mkdir()

    def run(doc: str) -> tuple[str, int]:
        formatter = fmt.Formatter(cache)
        formatter.add({"m.py": module(doc)})
        stats: dict[str, int] = {}
        return formatter.result(stats)["m.py"], stats["formatted"]

    first, count = run("Show it.\n\n        Details.\n        ")
    assert count >= 3 and first == black.format_str(first, mode=MODE)
    # (docstring, pieces black formats): a docstring edit of the same shape (several lines,
    # or one) takes the method's and the class's docstring from the cache; another shape, or
    # a docstring black changes, is formatted
    for doc, expected in (
        ("Show that.\n\n        Other details, 中文。\n        ", 0),
        ("Show.", 2),
        ("New", 0),
        ("Ends with a space \n        ", 2),
        ("A\ttab", 2),
        ("Back to plain", 0),  # the skeleton of the shape kept while the docstring was not plain
    ):
        out, count = run(doc)
        assert count == expected, doc
        assert out == black.format_str(module(doc), mode=MODE)

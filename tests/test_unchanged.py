"""The format stage's shortcuts (generator/unchanged.py): each piece they take as black leaves
it is what black makes of it, on edge cases, random pieces and this project's methods."""

from __future__ import annotations

import random

import black
import pytest

from generator import format as fmt
from generator import unchanged
from test_format import MODE, _rendered, piecewise

CLASS_HEADS = [  # (class line, docstring text)
    ("class A(Model):", "A."),
    ("class A(Model):", "说明" * 80),  # wide characters, far over the line
    ("class A(Model):", "x" * 120),  # one line over the limit: black keeps its quotes on it
    ("class A(_models.Model):", "Dotted base."),
    ("class A(Model):", "it's a 'single' and a \"double\" quote"),
    ("class A(Model):", "Two paragraphs.\n\n    More."),  # more than one line: black is asked
    ("class A(Model):", "  leading spaces"),
    ("class A(Model):", "trailing spaces  "),
    ("class A(Model):", '"starts with a quote'),
    ("class A(Model):", 'ends in a quote\\"'),
    ("class A(Model):", "\\u00E9 an escape"),
    ("class A(Model):", "a tab\there"),
    ("class A(Model):", ""),
    ("class A( Model ):", "Spaces black takes out."),
    ("class A():", "No base."),
    ("class " + "A" * 90 + "(Model):", "Class line over the limit."),
]


@pytest.mark.parametrize("line, text", CLASS_HEADS)
def test_a_class_head_left_to_itself_is_what_black_makes(line: str, text: str) -> None:
    source = f'{line}\n    """{text}"""\n'
    if unchanged.plain_class_head(source):
        assert source == black.format_str(source, mode=MODE)
    module = f"{source}\n    x: int\n"
    assert piecewise({"m.py": module})["m.py"] == black.format_str(module, mode=MODE)


def test_plain_class_heads_are_not_given_to_black(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[str] = []
    given = fmt._black  # what reaches black
    monkeypatch.setattr(fmt, "_black", lambda text, *a: sent.append(text) or given(text, *a))
    module = 'class A(Model):\n    """A."""\n\n    x: int\n\n\nclass B(Model):\n    """ B"""\n\n    y: int\n'
    assert piecewise({"m.py": module})["m.py"] == black.format_str(module, mode=MODE)
    assert [s for s in sent if s.startswith("class ")] == ['class B(Model):\n    """ B"""\n']
    plain = [
        (line, t)
        for line, t in CLASS_HEADS
        if unchanged.plain_class_head(f'{line}\n    """{t}"""\n')
    ]
    assert plain == CLASS_HEADS[:5]


ATTRIBUTES = {  # an attribute piece, and whether it is plain (black leaves it as it is)
    "name: str\n": True,
    "size: int | None = Field(default=None)\n": True,
    'id_: str = Field(validation_alias="id", serialization_alias="id")\n': True,
    "version: Annotated[int, Field(ge=0), Checked] | None = Field(default=None)\n": True,
    'status: "Thing | None" = Field(default=None)\n': True,
    "x: Literal[-1, 2.5, 1e-05] = _models.Field(default=-1)\n": True,
    "x: list[a.B] | None = Field(default_factory=list)\n": True,
    "x: Annotated[str, Field()] = None\n": True,
    "x: int = (1)\n": False,  # a bracket that only groups: black takes it off
    "x: int=1\n": False,
    "x : int\n": False,
    "x: int = Field(default = 1)\n": False,
    "x: Literal['a']\n": False,  # black prefers double quotes
    'x: Literal["it\\"s"]\n': False,
    "x: Literal[1,]\n": False,  # a magic trailing comma
    "x: Literal[1, ]\n": False,
    "x: int = 1E5\n": False,  # black writes 1e5
    "x: int = 0XFF\n": False,
    "x: float = 1.\n": False,
    "x: float = .5\n": False,
    "x: int = - 1\n": False,
    "x: int = not y\n": False,
    "x: int = a if b else c\n": False,
    "x: int = a**2\n": False,
    "x: int = a[1:2]\n": False,
    "x: int = {}\n": False,
    "x: int = 1  # comment\n": False,
    "x: int = f(a)(b)[c]\n": True,
    "x: " + "A" * 94 + "\n": False,  # over the line: black may split it
    "x: " + "A" * 93 + "\n": True,
    "x: int = f(a=1, b)\n": False,  # not Python: black would refuse it
    "x: int = f(a=b=c)\n": False,
    "x: a[]\n": False,
    "x: int = f(\n    a\n)\n": False,
    "x: int = 1, 2\n": False,
    "x: int = f(-a)\n": False,
    "x: int = y = 1\n": False,
    "x = 1\n": False,
    "x: 说明\n": False,
}


@pytest.mark.parametrize("source", sorted(ATTRIBUTES))
def test_a_plain_attribute_is_what_black_makes(source: str) -> None:
    assert unchanged.plain_attribute(source) == ATTRIBUTES[source]
    if ATTRIBUTES[source]:  # formatted as in a class: dedented, 4 shorter
        mode = black.Mode(line_length=96, target_versions={black.TargetVersion.PY311})
        assert black.format_str(source, mode=mode) == source


def test_random_attributes_said_plain_are_what_black_makes() -> None:
    """Pieces of the tokens plain_attribute knows, spaced at random: every one it says is
    plain, black leaves as it is."""
    rng = random.Random(12)
    atoms = ["a", "b.c", "None", '"s"', '"it\'s"', "1", "0", "2.5", "1e-05", "-1", "f()", "X[int]"]
    glue = [", ", ",", " | ", "|", "=", " = ", "(", ")", "[", "]", ".", " ", ": "]
    mode = black.Mode(line_length=96, target_versions={black.TargetVersion.PY311})
    plain = 0
    for _ in range(3000):
        body = "".join(rng.choice(atoms) + rng.choice(glue) for _ in range(rng.randint(1, 6)))
        source = f"x: {body.rstrip(' ,|=([.:')}\n"
        if not unchanged.plain_attribute(source):
            continue
        plain += 1
        assert black.format_str(source, mode=mode) == source
    assert plain > 100


ALIASES = {  # a module-level piece, and whether it is plain (black leaves it as it is)
    'Status = Annotated[Literal["active", "paused"], Checked]\n"""Status"""\n': True,
    'Status = Annotated[Literal["active", "paused"], Checked]\n"""Status\n\nMore."""\n': True,
    "Status = A | B\n": True,
    'Status = A | B\n""" Status"""\n': True,  # not a docstring's place: kept as it is
    'Status = A | B\n"""Status\\n"""\n': False,
    "Status: TypeAlias = A\n": False,
    "Status = A = B\n": False,
    "Status=A\n": False,
    'Status = A\n"""S"""\nOther = B\n': False,
    "S = " + "A" * 96 + "\n": True,
    "S = " + "A" * 97 + "\n": False,
}


@pytest.mark.parametrize("source", sorted(ALIASES))
def test_a_plain_alias_is_what_black_makes(source: str) -> None:
    assert unchanged.plain_alias(source) == ALIASES[source]
    if ALIASES[source]:
        assert black.format_str(source, mode=MODE) == source


BLOCKS = {  # a module-level piece, and whether it is plain (black leaves it as it is)
    '_MODELS = {\n    "A": "common",\n    "B": "x",\n}\n': True,
    '# model -> its module\n_MODELS = {\n    "A": "common",\n}\n': True,
    '__all__ = [\n    "A",\n    "B",\n]\n': True,
    "__all__ = [\n    'A',\n]\n": False,  # black prefers double quotes
    '__all__ = [\n    "A"\n]\n': False,  # no trailing comma: black joins the lines
    "__all__ = [\n]\n": False,
    '__all__ = [\n    "A",\n    ]\n': False,
    '#c\n__all__ = [\n    "A",\n]\n': False,  # black writes `# c`
    '# type: ignore\n__all__ = [\n    "A",\n]\n': False,
    '__all__ = {\n    "A",\n}\n': False,  # a set: not a table of ours
    "from .x import A as A, B\n": True,
    "from .x import (\n    A as A,\n    B,\n)\n": True,
    "from .x import (\n    A,\n)\n": True,  # one name: the magic comma keeps it so
    "from .x import (A, B)\n": False,  # black takes the brackets off
    "from .x import (\n    A,\n    B\n)\n": False,
    "from .x import  A\n": False,
    "from .x import A \n": False,
    "import a.b as c\n": True,
    "from . import a\n": True,
    "if TYPE_CHECKING:\n    from .x import (\n        A as A,\n    )\n    from .y import B\n": True,
    "if TYPE_CHECKING:\n\n    from .x import B\n": False,
    "if TYPE_CHECKING:\n    from .x import B\nfrom .y import C\n": False,
    "from .x import (\n    if,\n)\n": False,  # not Python
    "from .x import " + ", ".join(["Abcdefgh"] * 10) + "\n": False,  # over the line
    'service = "api"\n': False,
}


@pytest.mark.parametrize("source", sorted(BLOCKS))
def test_a_plain_block_is_what_black_makes(source: str) -> None:
    assert unchanged.plain_block(source) == BLOCKS[source]
    if BLOCKS[source]:
        assert black.format_str(source, mode=MODE) == source


@pytest.mark.parametrize(
    "source, plain",
    [
        ('class A(Base):\n    """A."""\n\n    service = "api"\n', True),
        ('class A(Base):\n    """A."""\n\n    service = "api"\n\n', True),
        ('class A(Base):\n    """A."""\n    service = "api"\n', False),  # black adds a line
        ('class A(Base):\n    """A."""\n\n\n    service = "api"\n', False),
        ('class A(Base):\n    """A."""\n\n    service = \'api\'\n', False),
        ('class A(Base):\n    """A."""\n\n    service: str = "api"\n', False),
    ],
)
def test_a_class_head_with_an_attribute_is_what_black_makes(source: str, plain: bool) -> None:
    assert unchanged.plain_class_head(source) == plain
    if plain:
        assert black.format_str(source, mode=MODE) == source.rstrip("\n") + "\n"


def _method(
    doc: str = "Doc.\n\n    More.",
    params: str = "    self,\n    a: str,\n    *,\n    options: Options | None = None,\n",
    returns: str = "X",
    body: str = 'return cast(X, self._call("Op", options, a))',
    between: str = "",
) -> str:
    return f'def show(\n{params}) -> {returns}:\n    """{doc}\n    """\n{between}    {body}\n'


METHODS = {  # a method piece, and whether it is plain (black leaves it as it is)
    "plain": (_method(), True),
    "empty first line": (_method(doc="\n\n    ``GET /x``: operation Op."), True),
    "long docstring line": (_method(doc="Doc.\n\n    " + "说明" * 80), True),
    "deeper docstring line": (_method(doc="Doc.\n\n    Args:\n        a: the a"), True),
    "only a first line": (_method(doc="Doc.\n"), False),  # black keeps the first line only
    "trailing space": (_method(doc="Doc. \n\n    More."), False),
    "trailing space below": (_method(doc="Doc.\n\n    More. "), False),
    "leading space": (_method(doc=" Doc.\n\n    More."), False),
    "shallow line": (_method(doc="Doc.\n\n   More."), False),
    "backslash": (_method(doc="Doc.\n\n    a\\b"), False),
    "quote first": (_method(doc='"Doc.\n\n    More.'), False),
    "tab": (_method(doc="Doc.\n\n    a\tb"), False),
    "blank line after the docstring": (_method(between="\n"), False),
    "no trailing comma": (_method(params="    self,\n    a: str\n"), False),
    "spaced parameter": (_method(params="    self,\n    a:str,\n"), False),
    "single quotes": (_method(body="return cast(X, self._call('Op', options, a))"), False),
    "long return": (_method(body="return cast(X, self._call(" + '"o", ' * 20 + "a))"), False),
    "long return annotation": (_method(returns="A" * 92), False),
    "bare star last": (_method(params="    self,\n    *,\n"), False),  # not Python
    "a statement before the return": (_method(body="x = 1\n    return x"), False),
}


@pytest.mark.parametrize("name", sorted(METHODS))
def test_a_plain_method_is_what_black_makes(name: str) -> None:
    source, plain = METHODS[name]
    assert unchanged.plain_method(source) == plain
    if plain:
        mode = black.Mode(line_length=96, target_versions={black.TargetVersion.PY311})
        assert black.format_str(source, mode=mode) == source


def test_the_resource_methods_said_plain_are_what_black_makes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Over this project's rendered resource methods: those plain_method takes (most), black
    leaves as they are."""
    raw = _rendered(monkeypatch)
    mode = black.Mode(line_length=96, target_versions={black.TargetVersion.PY311})
    methods = [
        text
        for source in raw.values()
        if "(_Resource):" in source
        for group in fmt.pieces(source)
        for text, depth, _ in group
        if depth == 1 and text.startswith("def ")
    ]
    plain = [text for text in methods if unchanged.plain_method(text)]
    assert len(plain) >= 30
    for text in plain:
        assert black.format_str(text, mode=mode) == text.rstrip("\n") + "\n"

"""The format stage (generator/format.py) gives exactly what black makes of a whole module,
though it formats it piece by piece (classes cut into their attributes and methods)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import black
import pytest

from generator import format as fmt
from generator import render, unchanged
from generator.cache import load
from generator.model import build, source_files

ROOT = Path(__file__).resolve().parent.parent
MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})


def piecewise(sources: dict[str, str]) -> dict[str, str]:
    formatter = fmt.Formatter(None)
    formatter.add(sources)
    return formatter.result()


CASES = {
    "attributes": 'class A(Model):\n    """Doc."""\n    x: int = Field(default=None, validation_alias=\'aVeryLongAliasNameNumberOne\', serialization_alias=\'aVeryLongAliasNameNumberOne\')\n    """x\'s doc\n\n    Constraints: none."""\n\n\n    y: str\n    z: int\n    """z"""\n',
    "blank line after the docstring kept to one": 'class A:\n    """D."""\n\n\n\n    x: int\n',
    "comment in the head": 'class A:\n    """D."""\n    # a comment\n    x: int\n    y: int\n',
    "nested class": 'class A:\n    """D."""\n    x: int\n    class B:\n        y: int\n',
    "no docstring": "class A:\n    x: int\n    y: int\n",
    "plain assignment": 'class A:\n    """D."""\n    x = 1\n    y: int\n\n\n    z: int\n',
    "methods after attributes": 'class A:\n    """D."""\n    x: int\n    def f(self):\n        """F."""\n        return 1\n    async def g(self): return 2\n',
    "docstring ending in a quote": 'class A:\n    """D."""\n    x: int\n    """ends in \\""""\n',
    "string value": 'class A:\n    """D."""\n    x: str = """a\n\n  b"""\n    y: int\n',
}


def _resource(name: str, call: str, doc: str = "Doc.", ret: str = "X") -> str:
    """A module with a sync resource class and its async twin (as the template makes them)."""
    out = []
    for mode in ("", "async "):
        awaited = "await " if mode else ""
        out.append(
            f"class {'Async' if mode else ''}R(Base):\n"
            f'    """R."""\n\n'
            f"    {mode}def {name}(\n"
            "        self,\n"
            "        a: str,\n"
            "        *,\n"
            "        options: Options | None = None,\n"
            f"    ) -> {ret}:\n"
            f'        """{doc}"""\n'
            "        return cast(\n"
            f"            {ret},\n"
            f"            {awaited}{call}(\n"
            '                "op",\n'
            "                path={'a': a},\n"
            "                options=options,\n"
            "            ),\n"
            "        )\n\n"
            f"    {mode}def other(self) -> int:\n"
            f"        return {awaited}self.f(1)\n\n\n"
        )
    return "".join(out)


def _short(body: str, doc: str = "Doc.") -> str:
    """A resource module whose method returns on one line (`{awaited}` marks where the async
    twin awaits), as the template makes them; `doc` may hold `{awaited}` too."""
    out = []
    for mode in ("", "async "):
        awaited = "await " if mode else ""
        out.append(
            f"class {'Async' if mode else ''}R(Base):\n"
            f'    """R."""\n\n'
            f"    {mode}def show(\n"
            "        self,\n"
            "        a: str,\n"
            "        *,\n"
            "        options: Options | None = None,\n"
            "    ) -> X:\n"
            f'        """{doc.format(awaited=awaited)}"""\n'
            f"        {body.format(awaited=awaited)}\n\n\n"
        )
    return "".join(out)


SHORT = {  # a case, and whether the async method is taken from its twin
    "async twin, one-line call": (
        _short('return cast(X, {awaited}self._call("op", options, a))'),
        True,
    ),
    # fits on its line in the sync twin, not once awaited: black splits the async one
    "async twin, one-line call at the limit": (
        _short('return cast(X, {awaited}self._call("' + "o" * 48 + '", options, a))'),
        False,
    ),
    # split in both, at the call's bracket
    "async twin, call on a split line": (
        _short('return cast(X, {awaited}self._call("' + "o" * 80 + '", options, a))'),
        True,
    ),
    # a docstring's line is not a statement
    "async twin, one-line call in the docstring too": (
        _short(
            'return cast(X, {awaited}self._call("op", options, a))',
            doc="Doc.\n\n        return cast(X, {awaited}self._call(1))\n        ",
        ),
        False,
    ),
    "async twin, two statements": (
        _short('b = {awaited}self._call("op", options, a)\n        return cast(X, b)'),
        True,
    ),
}
CASES.update({name: source for name, (source, _) in SHORT.items()})


def _service(ret: str = "ApiThings", doc: str = "Things.", extra: str = "") -> str:
    """A service module: a sync class and its async twin, whose properties differ by the
    `Async` of the names they return (as the service template makes them); `{mode}` in
    `doc` is that `Async`."""
    out = []
    for mode in ("", "Async"):
        name = mode + ret
        out.append(
            f"class {mode}Service:\n"
            f'    """S."""\n\n'
            f"    def __init__(self, core: {mode}Core) -> None:\n"
            "        self._core = core\n"
            f"        self._things: {name} | None = None\n\n"
            "    @property\n"
            f"    def things(self) -> {name}:\n"
            f'        """{doc.format(mode=mode)}"""\n'
            "        if self._things is None:\n"
            f"            from .things import {name}\n\n"
            f"            self._things = {name}(self._core){extra}\n"
            "        return self._things\n\n\n"
        )
    return "".join(out)


RENAMED = {  # a case, and whether the async class's property is taken from its sync twin
    "async names": (_service(), True),
    "async names, in a one-line docstring": (_service(doc="Returns {mode}ApiThings."), True),
    # a docstring's line of a longer docstring is not a statement
    "async names, in a docstring": (
        _service(doc="Returns\n\n        {mode}ApiThings."),
        False,
    ),
    # one line fits, not once `Async` is added
    "async names, at the limit": (_service(ret="T" * 60), False),
    # the sync name also appears as it is: where `Async` goes back is not known
    "async names, both forms": (_service(extra="  # or ApiThings"), False),
}
CASES.update({name: source for name, (source, _) in RENAMED.items()})


HEADS = {
    "head": '"""Doc."""\nfrom __future__ import annotations\n\n\n\nimport a\nfrom b import (c,\n d)\n'
    "import e\n\nclass A:\n    x: int\n",
    "head, comment and block": '"""Doc."""\n\n# c\nimport a\nif T:\n    import b\nimport c\nX = 1\n'
    'from d import e\n"""import f"""\n',
    "head without docstring": "import a\n\nimport b\ndef f(): pass\n",
    "head of statements": '"""Doc."""\nimport a\n\n\n\nX = 1\n# c\nY = [\n  1,\n]\nif T:\n    import b\n'
    "else:\n    b = 1\nZ = 2\nimport c\n# d\n\n\n\nimport e\n\n\nclass A: pass\n",
    "import, then a comment": "import a\n\n\n# c\nX = 1\n",
    "statements after a class": 'class A:\n    """A."""\n\n    x: int\n\n'
    '# Late imports\nfrom b import B  # noqa: E402\n\n\n\nC = B\n"""C."""\nD = C\n\n'
    'E = D\n"""E\n\nmore."""\n',
    "statements after a def": "def f():\n    return 1\nX = f()\nimport a\nY = 2\n",
    "a definition after statements": "class A:\n    x: int\nX = 1\n@d\nclass B:\n    y: int\n",
}
CASES.update(HEADS)
long_name = "m" * 88  # `async def m...(` no longer fits where `def m...(` does
CASES.update(
    {
        "async twin": _resource("show", "self._call"),
        "async twin, def line at the limit": _resource(long_name, "self._call"),
        "async twin, call at the limit": _resource("show", "self." + "c" * 80),
        "async twin, the call in its docstring": _resource(
            "show", "self._call", "await self._call("
        ),
        "async twin, long return type": _resource("show", "self._call", ret="A" * 95),
        "async twin, wide characters": _resource("show", "self._call", doc="说明" * 60),
    }
)


def test_a_head_is_cut_before_each_import() -> None:
    assert len(fmt.pieces(HEADS["head"])[0]) == 5  # the docstring, then one per import


def test_statements_are_cut_apart() -> None:
    head = fmt.pieces(HEADS["head of statements"])[0]
    # the docstring, a, X, # c with Y, the if block, Z, c, # d with e
    assert [before for _, _, before in head] == [0, 1, 1, 0, 0, 0, 0, 1]
    cls, tail = fmt.pieces(HEADS["statements after a class"])
    assert [text.split("\n")[0] for text, _, _ in tail] == [
        "# Late imports",
        "C = B",
        "D = C",
        "E = D",
    ]
    assert [before for _, _, before in tail] == [0, 1, 0, 1]


def pieces_sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the pieces format.py formats itself from now on (a twin's are not)."""
    sent: list[str] = []
    piece = fmt._piece
    monkeypatch.setattr(fmt, "_piece", lambda job: sent.append(job[0]) or piece(job))
    return sent


def test_an_async_method_is_taken_from_its_sync_twin(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = pieces_sent(monkeypatch)
    source = CASES["async twin"]
    assert piecewise({"m.py": source})["m.py"] == black.format_str(source, mode=MODE)
    assert not [text for text in sent if text.startswith("async def show")]
    sent.clear()
    source = CASES["async twin, def line at the limit"]  # where it cannot be: formatted itself
    assert piecewise({"m.py": source})["m.py"] == black.format_str(source, mode=MODE)
    assert [text for text in sent if text.startswith("async def " + long_name)]


@pytest.mark.parametrize("name", sorted(SHORT))
def test_a_one_line_awaited_call_is_taken_from_the_twin_where_it_fits(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    sent = pieces_sent(monkeypatch)
    source, from_twin = SHORT[name]
    assert piecewise({"m.py": source})["m.py"] == black.format_str(source, mode=MODE)
    assert (not any(text.startswith("async def show") for text in sent)) == from_twin


@pytest.mark.parametrize("name", sorted(RENAMED))
def test_a_property_of_an_async_class_is_taken_from_its_sync_twin(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    sent = pieces_sent(monkeypatch)
    source, from_twin = RENAMED[name]
    assert piecewise({"m.py": source})["m.py"] == black.format_str(source, mode=MODE)
    async_property = [t for t in sent if t.startswith("@property") and "Async" in t]
    assert (not async_property) == from_twin


@pytest.mark.parametrize("name", sorted(CASES))
def test_pieces_join_to_what_black_makes_of_the_whole(name: str) -> None:
    source = CASES[name]
    assert piecewise({"m.py": source})["m.py"] == black.format_str(source, mode=MODE)


def test_a_class_of_attributes_is_cut_into_them() -> None:
    groups = fmt.pieces(CASES["attributes"])
    assert len(groups) == 1 and len(groups[0]) == 6  # head, x, its docstring, y, z, its docstring
    assert fmt.pieces(CASES["comment in the head"])[0] == [(CASES["comment in the head"], 0, 0)]


def _rendered(
    monkeypatch: pytest.MonkeyPatch, spec: Path = ROOT / "spec" / "openapi.yaml"
) -> dict[str, str]:
    """This project's Python modules (or `spec`'s) as rendered, before black."""
    bundle = load(spec, None)
    api = build(bundle.doc, bundle.origins, source_files(bundle))
    raw: dict[str, str] = {}

    class Capture(fmt.Formatter):
        def add(self, sources: dict[str, str]) -> None:
            raw.update(sources)

    monkeypatch.setattr(render, "Formatter", Capture)
    render.render(api, ROOT / "templates", None)
    return raw


def test_async_resource_methods_are_their_sync_twins(monkeypatch: pytest.MonkeyPatch) -> None:
    """The template writes each call so that black splits the sync and async methods alike
    (render.return_call): only those whose `def` line black splits around an `_AsyncDownload`
    are formatted themselves."""
    raw = _rendered(monkeypatch)
    resources = {p: t for p, t in raw.items() if "(_AsyncResource):" in t}
    assert len(resources) >= 10
    formatter = fmt.Formatter(None)
    formatter.add(resources)
    # the async methods not taken from a twin: the iterators (`async for`) are not twins
    left = [t for t, _ in formatter.left if t.startswith("async def") and "async for" not in t]
    assert left == []
    unpaired: list[str] = []
    untwin = fmt.untwin
    monkeypatch.setattr(
        fmt, "untwin", lambda *a: untwin(*a) or unpaired.append(a[0]) or None  # type: ignore
    )
    formatted = formatter.result()
    assert len(formatter.twins) >= 60
    assert unpaired and all("-> _Download:" in text for text in unpaired)
    for path, text in resources.items():
        assert formatted[path] == black.format_str(text, mode=MODE), path


def test_the_generated_modules_are_what_black_makes_of_them_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = _rendered(monkeypatch)
    # one module of each kind: models (the largest), resources, connectors, the client
    chosen = {
        path: text
        for path, text in raw.items()
        if path.endswith(("models/cdm/clusters.py", "cdm/clusters.py", "link_config.py"))
        or path.endswith("dataarts/client.py")
    }
    assert len(chosen) == 4, sorted(chosen)
    formatted = piecewise(chosen)
    for path, text in chosen.items():
        assert formatted[path] == black.format_str(text, mode=MODE), path


ATTRIBUTE_DOCS = [
    "Plain.",
    "说明" * 80,  # wide characters, far over the line
    "Two paragraphs.\n\n    Constraints: 1 to 64 characters.",
    "it's a 'single' and a \"double\" quote",
    "# not a comment",
    "trailing spaces   ",
    "a tab\there",  # not printable: black is asked
    'ends in a quote\\"',  # a backslash: black is asked
    "\\u00E9 an escape",  # black lowercases it
    '"starts with a quote',
    "form\x0cfeed",
]


@pytest.mark.parametrize("text", ATTRIBUTE_DOCS)
def test_an_attribute_docstring_left_to_itself_is_what_black_makes(text: str) -> None:
    source = f'{fmt.LEAD}"""{text}"""\n'
    expected = fmt._piece((source, 1))
    if unchanged.plain_string(source):
        assert fmt._indent(source[len(fmt.LEAD) :], 1) == expected
    module = f'class A(Model):\n    """A."""\n\n    x: int\n    """{text}"""\n'
    try:
        whole = black.format_str(module, mode=MODE)
    except black.InvalidInput:
        return
    assert piecewise({"m.py": module})["m.py"] == whole


def test_plain_attribute_docstrings_are_not_given_to_black(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent: list[str] = []
    given = fmt._black  # what reaches black
    monkeypatch.setattr(fmt, "_black", lambda text, *a: sent.append(text) or given(text, *a))
    module = 'class A(Model):\n    """A."""\n\n    x: int\n    """Plain."""\n    y: int\n    """a\\tb"""\n'
    assert piecewise({"m.py": module})["m.py"] == black.format_str(module, mode=MODE)
    assert [s for s in sent if s.startswith(fmt.LEAD)] == [f'{fmt.LEAD}"""a\\tb"""\n']
    assert [t for t in ATTRIBUTE_DOCS if unchanged.plain_string(f'{fmt.LEAD}"""{t}"""\n')] == (
        ATTRIBUTE_DOCS[:6]
    )


def test_a_plain_specs_modules_are_what_black_makes_of_them_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """bench/large_spec.py's synthetic spec, small: models and their aliases in one module,
    a service of many resources, the models' index."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from large_spec import spec
    finally:
        sys.path.remove(str(ROOT / "bench"))
    (tmp_path / "openapi.yaml").write_text(json.dumps(spec(3)), encoding="utf-8")
    raw = _rendered(monkeypatch, tmp_path / "openapi.yaml")
    assert len(raw) >= 10
    formatted = piecewise(raw)
    for path, text in raw.items():
        assert formatted[path] == black.format_str(text, mode=MODE), path


def test_a_last_return_line_is_whole_as_the_tokenizer_says() -> None:
    """format._last_return, the shortcut of _whole_lines for a method's last line, against it
    on this project's formatted resource methods and on lines that only look like one."""
    seen = 0
    for path in sorted((ROOT / "generated" / "python" / "dataarts").glob("*/*.py")):
        for group in fmt.pieces(path.read_text(encoding="utf-8")):
            for text, depth, _ in group:
                if depth != 1:
                    continue
                formatted = fmt._indent(text.rstrip("\n"), 1)
                lines = formatted.split("\n")
                if fmt._last_return(lines[-1]):
                    seen += 1
                    assert len(lines) - 1 in fmt._whole_lines(formatted), text
    assert seen > 50
    closing = '    def f(self) -> int:\n        """Doc\n\n        return 1"""\n'
    assert not fmt._last_return(closing.split("\n")[-2])
    assert len(closing.split("\n")) - 2 not in fmt._whole_lines(closing)

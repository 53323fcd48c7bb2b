"""The render stage: hostile spec text stays text wherever the templates put it, the filters'
exact output, the files render makes (static copies, the package's name, the kit, the
license) and its cache (a template, an included template or a library changing re-renders).

In-process on the small spec of tests/data/mini (the mutation run of render.py runs this file
and tests/test_write_filters.py for every mutant).
"""

from __future__ import annotations

import ast
import json
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import MINI, ROOT, edit
from generator import render as stage
from generator.load import load
from generator.model import build, source_files
from generator.render import builtin_types, clean, docstring, pyrepr, tojson_line, tojson_pretty
from generator.validate import validate

TEMPLATES = ROOT / "templates"
# Quotes of every kind, a backslash, a line break, a comment, Jinja, HTML and code after it all.
HOSTILE = (
    "\"\"\"''' \\ boom() # {{ 7 * 7 }} {% raw %} </script> */ -->\n"
    'import os; os.system("boom")\n\\"'
)


def api_of(spec: Path):  # type: ignore[no-untyped-def]
    bundle = load(spec / "openapi.yaml")
    assert [str(p) for p in validate(bundle)] == []
    return build(bundle.doc, bundle.origins, source_files(bundle))


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "spec")
    return tmp_path / "spec"


def hostile(spec: Path) -> Path:
    """The hostile text in every free-text place of the small spec, and as data values."""
    y = json.dumps(HOSTILE)  # a YAML double-quoted scalar
    paths, things, root = (
        spec / "svc" / "paths.yaml",
        spec / "svc" / "schemas" / "things.yaml",
        spec / "openapi.yaml",
    )
    edit(paths, "summary: Show a thing", f"summary: {y}")
    edit(paths, "description: 查询。", f"description: {y}")
    edit(
        paths,
        "{name: thing_id, in: path, required: true, schema: {type: string}}",
        f"{{name: thing_id, in: path, required: true, description: {y}, schema: {{type: string}}}}",
    )
    edit(paths, "description: not found", f"description: {y}")
    edit(
        things,
        "    size: {type: integer}",
        f"    size: {{type: integer, description: {y}, default: 3}}\n"
        f"    kind: {{type: string, enum: [{y}, b], description: {y}, default: {y}}}",
    )
    edit(things, "Thing:\n  type: object", f"Thing:\n  type: object\n  description: {y}")
    edit(root, "  title: Mini API", f"  title: {y}\n  description: {y}")
    edit(root, "x-service: svc,", f"x-service: svc, description: {y},")
    return spec


def calls(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            names.add(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
    return names


def imports(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def test_hostile_text_stays_text_in_every_output(spec: Path, tmp_path: Path) -> None:
    shutil.copytree(spec, tmp_path / "benign")
    benign = stage.render(api_of(tmp_path / "benign"), TEMPLATES)
    files = stage.render(api_of(hostile(spec)), TEMPLATES)
    reached = []
    for path, content in files.items():
        text = content.decode("utf-8")
        if path.endswith(".py"):
            tree = ast.parse(text, path)  # still Python
            assert not {"boom", "system"} & calls(tree), path  # and the text is not code
            assert imports(tree) == imports(ast.parse(benign[path])), path
            strings = [
                n.value
                for n in ast.walk(tree)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
            if "boom" in text:
                reached.append(path)
                assert any("boom()" in s for s in strings), path  # inside a string or docstring
        elif path.endswith(".json"):
            json.loads(text)
        elif path.endswith(".toml"):
            tomllib.loads(text)
    assert "python/dataarts/svc/things.py" in reached
    assert "python/dataarts/models/svc/things.py" in reached
    assert "python/dataarts/client.py" in reached
    assert any("{{ 7 * 7 }}" in c.decode() for c in files.values())  # Jinja never ran it


def test_the_hostile_enum_value_is_the_value_the_client_sends(spec: Path) -> None:
    files = stage.render(api_of(hostile(spec)), TEMPLATES)
    tree = ast.parse(files["python/dataarts/models/svc/things.py"])
    values = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
    assert clean(HOSTILE) in values  # the exact text, its control characters (none) aside


# --- the filters, exactly -----------------------------------------------------------------


@pytest.mark.parametrize("char", [chr(c) for c in range(0x20)] + ["\x7f", "\u2028", "\u2029"])
def test_clean_replaces_control_characters_but_tab_and_newline(char: str) -> None:
    kept = char in "\t\n"
    assert clean(f"a{char}b") == (f"a{char}b" if kept else "a b")
    assert ast.literal_eval(pyrepr(f"a{char}b")) == clean(f"a{char}b")


def test_clean_keeps_other_text_and_normalises_it() -> None:
    assert clean("e\u0301 \u00a0 ~ \x80 é 名") == "é \u00a0 ~ \x80 é 名"
    assert clean(3) == "3" and clean(None) == "None"


def test_docstring_exact_text() -> None:
    assert (
        docstring("  first  \n  second line   \n\n third\n")
        == "first\n      second line\n\n     third"
    )
    assert docstring("a\nb", 8) == "a\n        b"
    assert docstring("a\nb", 0) == "a\nb"
    assert docstring('say "hi"') == 'say "hi\\"'
    assert docstring('x"""y') == 'x\\"\\"\\"y'
    assert docstring("back\\slash") == "back\\\\slash"
    assert docstring('end\\"') == 'end\\\\\\"'
    assert docstring("") == "" and docstring('"') == '\\"'
    assert docstring("a\r\nb\x00c") == "a\n    b c"


def test_builtin_types_only_where_a_method_name_could_shadow() -> None:
    assert builtin_types("list[str]") == "builtins.list[str]"
    assert (
        builtin_types("dict[str, list[int]] | None")
        == "builtins.dict[str, builtins.list[int]] | None"
    )
    for same in (
        "List[str]",
        "mylist[int]",
        "typing.list[int]",
        "list",
        "dict",
        "x.dict[str, int]",
        "blacklist[int]",
    ):
        assert builtin_types(same) == same


def test_json_filters() -> None:
    value = {"名": ["a", 1, None, {"b": True}], "x": '"\\'}
    assert tojson_line(value) == '{"名": ["a", 1, null, {"b": true}], "x": "\\"\\\\"}'
    assert tojson_pretty(value) == json.dumps(value, indent=2, ensure_ascii=False)
    assert "\n" not in tojson_line(value) and json.loads(tojson_pretty(value)) == value
    assert tojson_pretty([1]) == "[\n  1\n]"


def test_the_environment_treats_spec_text_as_data(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text(
        "{% for x in xs %}\n  {{ x }}|{{ x | pyrepr }}\n{% endfor %}\nend\n", encoding="utf-8"
    )
    env = stage.environment(tmp_path)
    text = env.get_template("t.j2").render(xs=["{{ 1 + 1 }}", "<b>&"])
    # no escaping, no evaluation; block tags take their line with them, output keeps its indent
    assert text == "  {{ 1 + 1 }}|'{{ 1 + 1 }}'\n  <b>&|'<b>&'\nend\n"
    with pytest.raises(Exception, match="undefined"):
        env.get_template("t.j2").render()
    cached = stage.environment(tmp_path, tmp_path / "cache")
    assert cached.get_template("t.j2").render(xs=["a"]) == "  a|'a'\nend\n"
    assert any((tmp_path / "cache" / "jinja").iterdir())


# --- what render makes ---------------------------------------------------------------------


def test_static_files_are_copied_byte_exact_under_the_package(spec: Path) -> None:
    edit(spec / "openapi.yaml", "package: dataarts,", "package: minipkg,")
    files = stage.render(api_of(spec), TEMPLATES)
    assert list(files) == sorted(files)
    static = [p for p in sorted(TEMPLATES.glob("*/static/**/*")) if p.is_file()]
    assert static
    for path in static:
        parts = path.relative_to(TEMPLATES).parts[2:]
        name = "/".join(parts).replace("python/dataarts/", "python/minipkg/", 1)
        assert files[name] == path.read_bytes(), name
    assert not [p for p in files if p.startswith("python/dataarts/")]
    assert "python/minipkg/client.py" in files
    assert any(p.startswith("python/minipkg/testing/") for p in files)  # the project's rules: kit


def test_another_api_gets_no_testing_kit_and_no_license_file(spec: Path) -> None:
    """The kit and this project's LICENSE come with the project's rules and x-release."""
    files = stage.render(api_of(spec), TEMPLATES)
    assert files["python/LICENSE"] == (TEMPLATES / "client/static/python/LICENSE").read_bytes()
    assert any("/testing/" in p for p in files)
    root = spec / "openapi.yaml"
    text = root.read_text(encoding="utf-8").split("x-release:")[0]
    root.write_text(
        text.replace("x-error-schema: Error\n", "") + "x-generator: {package: dataarts}\n",
        encoding="utf-8",
    )
    files = stage.render(api_of(spec), TEMPLATES)
    assert "python/dataarts/client.py" in files
    assert not [p for p in files if "/testing/" in p]
    assert "python/LICENSE" not in files


@pytest.fixture(scope="module")
def mini():  # type: ignore[no-untyped-def]
    """The small spec's API and what render makes of it (once per module)."""
    api = api_of(MINI)
    return api, stage.render(api, TEMPLATES)


def test_python_files_are_formatted_and_others_are_not(mini) -> None:  # type: ignore[no-untyped-def]
    import black

    _, files = mini
    mode = black.Mode(line_length=100)
    for path in ("python/dataarts/client.py", "python/dataarts/svc/things.py"):
        text = files[path].decode()
        assert black.format_str(text, mode=mode) == text, path
    fixture = next(c for p, c in files.items() if p.endswith(".json") and "/testing/" in p)
    assert json.loads(fixture) and not fixture.startswith(b"(")


# --- the cache --------------------------------------------------------------------------------


def test_a_cached_render_is_the_same_and_renders_nothing(mini, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    api, plain = mini
    stats: dict[str, int] = {}
    assert stage.render(api, TEMPLATES, tmp_path / "cache", stats) == plain
    assert stats["rendered"] > 0
    again: dict[str, int] = {}
    assert stage.render(api, TEMPLATES, tmp_path / "cache", again) == plain
    assert again["rendered"] == 0
    leftovers = [p for p in (tmp_path / "cache").rglob("*.tmp")]
    assert leftovers == []


def test_a_changed_template_or_included_template_is_rendered_again(
    spec: Path, tmp_path: Path
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    api = api_of(spec)
    cache = tmp_path / "cache"
    first = stage.render(api, templates, cache)
    included = templates / "fixtures" / "operation.json.j2"
    assert '{% include "fixtures/operation.json.j2" %}' in (
        templates / "client" / "testing" / "fixture.json.j2"
    ).read_text(encoding="utf-8")
    included.write_text("[{{ item.data | tojson_pretty }}]\n", encoding="utf-8")
    second = stage.render(api, templates, cache)
    changed = sorted(p for p in first if first[p] != second[p])
    # the fixtures (a template of their own) and the kit's copies (which include it)
    assert changed == sorted(p for p in first if "fixtures/" in p), changed
    assert all(json.loads(second[p]) == [json.loads(first[p])] for p in changed)


def test_a_template_naming_its_include_at_run_time_depends_on_every_template(
    tmp_path: Path,
) -> None:
    templates = tmp_path / "t"
    (templates / "sub").mkdir(parents=True)
    (templates / "main.j2").write_text("{% include name %}", encoding="utf-8")
    (templates / "sub" / "a.j2").write_text("a", encoding="utf-8")
    (templates / "plain.j2").write_text("{{ x }}", encoding="utf-8")
    env = stage.environment(templates)
    digests = [stage.template_digest(env, templates, "main.j2")]
    (templates / "sub" / "a.j2").write_text("b", encoding="utf-8")
    digests.append(stage.template_digest(env, templates, "main.j2"))
    plain = stage.template_digest(env, templates, "plain.j2")
    (templates / "sub" / "a.j2").write_text("c", encoding="utf-8")
    assert stage.template_digest(env, templates, "plain.j2") == plain
    (templates / "plain.j2").write_text("{{ y }}", encoding="utf-8")
    assert stage.template_digest(env, templates, "plain.j2") != plain
    assert digests[0] != digests[1]
    (templates / "loop.j2").write_text(
        '{% include "loop.j2" %}{%- extends "plain.j2" %}', encoding="utf-8"
    )
    assert stage.template_digest(env, templates, "loop.j2")  # a cycle ends


def test_a_new_library_version_renders_again(
    mini, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    api, _ = mini
    stage.render(api, TEMPLATES, tmp_path / "cache")
    for lib in ("jinja2", "black"):
        stats: dict[str, int] = {}
        real = stage.version
        monkeypatch.setattr(
            stage, "version", lambda name, lib=lib, real=real: "0" if name == lib else real(name)
        )
        stage.render(api, TEMPLATES, tmp_path / "cache", stats)
        assert stats["rendered"] > 0, lib
        monkeypatch.undo()
    stats = {}
    monkeypatch.setattr(sys, "version", "3.99.0 (another Python)")
    stage.render(api, TEMPLATES, tmp_path / "cache", stats)
    assert stats["rendered"] > 0


def test_a_broken_cache_entry_is_rendered_again(mini, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    api, plain = mini
    cache = tmp_path / "cache"
    stage.render(api, TEMPLATES, cache)
    entries = [p for p in (cache / "render").rglob("*") if p.is_file()]
    assert entries and all(p.parent.name == p.name[:2] for p in entries)
    for p in entries:
        p.unlink()
    (cache / "render" / "zz").mkdir()
    stats: dict[str, int] = {}
    assert stage.render(api, TEMPLATES, cache, stats) == plain
    assert stats["rendered"] == len(entries)
    store = stage.Store(tmp_path / "store")
    assert store.get("abcdef") is None
    store.put("abcdef", b"x")
    store.put("abcdef", b"y")
    assert store.get("abcdef") == b"y"
    assert [p.name for p in (tmp_path / "store" / "ab").iterdir()] == ["abcdef"]


@pytest.mark.parametrize(
    "source",
    [
        '{% include "a.j2" %}',
        "{%- include 'a.j2' -%}",
        '{% include "a.j2" ignore missing %}',
        '{% include "a.j2" without context %}',
        '{% include ["a.j2", "b.j2"] %}',
        '{% include "a" ~ name %}',
        "{% include name %}",
        '{% extends "base.j2" %}{% block x %}{% include "a.j2" %}{% endblock %}',
        '{% from "m.j2" import f, g %}{% import "n.j2" as n %}',
        '{% from "m.j2" import f with context %}',
        '{% if x %}{% include "a.j2" if y else "b.j2" %}{% endif %}',
        "{{ x }}",
    ],
)
def test_templates_named_written_out_are_those_jinja_finds(source: str, tmp_path: Path) -> None:
    from jinja2 import meta

    env = stage.environment(tmp_path)
    parsed = list(meta.find_referenced_templates(env.parse(source)))
    assert sorted(stage.references(env, source), key=str) == sorted(parsed, key=str)


def test_templates_named_written_out_are_read_off_without_parsing(tmp_path: Path) -> None:
    env = stage.environment(tmp_path)

    def parse(*args: object) -> None:
        raise AssertionError("parsed")

    env.parse = parse  # type: ignore[method-assign,assignment]
    source = '{% extends "b.j2" %}{% from "m.j2" import f %}{%- include \'a.j2\' -%}'
    assert stage.references(env, source) == ["b.j2", "m.j2", "a.j2"]
    assert stage.references(env, "{{ x }}") == []
    with pytest.raises(AssertionError, match="parsed"):
        stage.references(env, "{% include name %}")


def test_a_context_is_told_by_its_value_not_by_its_objects() -> None:
    """Render keys: equal values, however their objects are shared, give equal keys; any
    difference gives another key; what pickle cannot take is told by its repr."""
    from generator.ir import Model, ModelField

    def field(name: str) -> ModelField:
        return ModelField(name, name, "str", True, "a description", False, ["x"])

    shared = field("a")
    one = Model("M", "M", "m", "", "d", "", [], fields=[shared, shared])
    two = Model("M", "M", "m", "", "d", "", [], fields=[field("a"), field("a")])
    assert stage.identity(one) == stage.identity(two)
    assert stage.identity(one).startswith(b"p")
    two.fields[1].aliases.append("y")
    assert stage.identity(one) != stage.identity(two)
    local = Model("M", "M", "m", "", "d", "", [lambda: 0])  # type: ignore[list-item]
    assert stage.identity(local).startswith(b"r")
    # a view of plain data (the bundled spec) by marshal, without back-references either
    from types import SimpleNamespace

    text = "x" * 20 + "".join(["y"])  # (equal strings, one object or two)
    view = SimpleNamespace(doc={"a": [text, text], "b": 1.5})
    copied = SimpleNamespace(doc={"a": [text, "x" * 20 + "y"], "b": 1.5})
    assert stage.identity(view) == stage.identity(copied)
    assert stage.identity(view).startswith(b"m")


def test_every_included_template_counts_however_often_it_is_included(tmp_path: Path) -> None:
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "main.j2").write_text(
        '{% include "c.j2" %}{% include "b.j2" %}{% include "b.j2" %}', encoding="utf-8"
    )
    (templates / "b.j2").write_text("b", encoding="utf-8")
    (templates / "c.j2").write_text("c", encoding="utf-8")
    env = stage.environment(templates)
    before = stage.template_digest(env, templates, "main.j2")
    (templates / "c.j2").write_text("c2", encoding="utf-8")
    assert stage.template_digest(env, templates, "main.j2") != before


def test_an_edit_of_the_generator_code_renders_again(
    mini, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """Any module of the generator shapes the output: editing one makes the cache's files
    stale (a copy of the generator's code stands in for it here)."""
    api, plain = mini
    code = tmp_path / "generator"
    code.mkdir()
    for path in (ROOT / "generator").glob("*.py"):
        shutil.copyfile(path, code / path.name)
    monkeypatch.setattr(stage, "__file__", str(code / "render.py"))
    stage.render(api, TEMPLATES, tmp_path / "cache")
    stats: dict[str, int] = {}
    assert stage.render(api, TEMPLATES, tmp_path / "cache", stats) == plain
    assert stats["rendered"] == 0
    with (code / "names.py").open("a", encoding="utf-8") as f:
        f.write("# an edit\n")
    assert stage.render(api, TEMPLATES, tmp_path / "cache", stats) == plain
    assert stats["rendered"] > 0


def test_an_indented_block_tag_leaves_no_whitespace(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text("a\n    {% if x %}\nb\n    {% endif %}\nc\n", encoding="utf-8")
    assert stage.environment(tmp_path).get_template("t.j2").render(x=True) == "a\nb\nc\n"

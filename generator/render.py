"""Stage 4, render: the intermediate model through templates/ into file contents.

Each template renders one kind of output file; OUTPUTS says which file(s) it makes and from
what part of the IR. Files under templates/*/static/ are copied verbatim. Python output is
formatted with black (format.py). An output whose template, IR part and generator code are
unchanged is reused from the cache (`.cache/render/`) without rendering it; nothing is written
here: the result is {path: bytes}.

Text from the spec reaches code only through the filters below, which make it a literal
(`pyrepr`), a docstring body (`docstring`) or JSON (`tojson_pretty`); the spec is data to
Jinja, never template source, so `{{ }}` in a description stays text.
"""

from __future__ import annotations

import hashlib
import io
import json
import marshal
import pickle
import re
import sys
import unicodedata
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import jinja2

from .format import Formatter
from .unchanged import BLACK_LINE_LENGTH, INDENT
from .ir import Api
from .jsontext import Memo
from .outputs import OUTPUTS, Attributes
from .pytypes import quoted
from .versions import version
from .write import atomic_file

if TYPE_CHECKING:  # (imported by multiprocessing when a pool starts)
    from multiprocessing.pool import Pool

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def clean(value: Any) -> str:
    """Text without control characters, normalised to NFC."""
    return CONTROL.sub(" ", unicodedata.normalize("NFC", str(value)))


def pyrepr(value: Any) -> str:
    """A Python literal of `value` (a str's repr can never be broken out of)."""
    return repr(clean(value) if isinstance(value, str) else value)


def pystr(value: Any) -> str:
    """pyrepr(), a str in double quotes where that needs no escape: as black writes it, so
    that a table of names is already black's (format's shortcuts take it as it is)."""
    return quoted(pyrepr(value)) if isinstance(value, str) else pyrepr(value)


def docstring(value: Any, indent: int = 4) -> str:
    """Text made safe inside a triple-quoted docstring, indented for its block."""
    lines = [line.rstrip() for line in clean(value).strip().splitlines()]
    body = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    pad = " " * indent
    return "\n".join(pad + line if line and i else line for i, line in enumerate(body.split("\n")))


def import_names(names: list[str], head: str) -> str:
    """The names of an import (`head` is the statement before them) as black writes them:
    on its line if it fits, else one a line in brackets with a trailing comma, black's form
    of an import too long for its line (given so, it is formatted once, not twice)."""
    line = head + ", ".join(names)
    if len(line) <= BLACK_LINE_LENGTH or not line.isascii():
        return ", ".join(names)
    return "(\n" + "".join(f"{INDENT}{name},\n" for name in names) + ")"


def return_call(op: Any, result: str, awaited: str) -> str:
    """A resource method's statement returning its operation's result (`awaited`: "await "
    or ""): on one line where the async method's fits (with its `await `, and its
    `_AsyncDownload` for a `_Download`), else split at each bracket, as black splits it, with magic trailing commas. Either way
    the sync and async methods are split alike, so that the async one is its twin (format.py)
    and black splits nothing itself."""
    args = [pystr(op.op_id), "options", *(p.name for p in op.args)]
    args += ["body=body"] if op.body else []
    call = f"{awaited}self._call({', '.join(args)})"
    line = f"{INDENT * 2}return cast({result}, {call})"
    # the async line's length: its `await `, and `_AsyncDownload` for `_Download`
    longest = len(line) - len(awaited) + len("await ")
    longest += len("Async") if op.response_kind == "stream" and not awaited else 0
    if len(line) <= longest <= BLACK_LINE_LENGTH and line.isascii():
        return line.lstrip()
    listed = "".join(f"{INDENT * 4}{arg},\n" for arg in args)
    return (
        f"return cast(\n{INDENT * 3}{result},\n{INDENT * 3}{awaited}self._call(\n{listed}"
        f"{INDENT * 3}),\n{INDENT * 2})"
    )


def builtin_types(annotation: str) -> str:
    """An annotation usable inside a class that has methods named `list` or `dict`."""
    return re.sub(r"(?<![\w.])(list|dict)\[", r"builtins.\1[", annotation)


def tojson_pretty(value: Any) -> str:
    """json.dumps(value, indent=2, ensure_ascii=False), faster (jsontext.py)."""
    from .jsontext import dumps_indented

    return dumps_indented(value)


def tojson_line(value: Any) -> str:
    """JSON on one line."""
    return json.dumps(value, ensure_ascii=False)


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {_cleaned(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    return value


def tojson_code(value: Any) -> str:
    """JSON on one line of data the runtime acts on (a resource's table), each string as
    `pyrepr` gives it to code (clean)."""
    return json.dumps(_cleaned(value), ensure_ascii=False)


def environment(templates: Path, cache: Path | None = None) -> jinja2.Environment:
    """The Jinja environment; with a cache, compiled templates are kept in `.cache/jinja/`
    (Jinja checks each one against its template's source)."""
    if cache:
        (cache / "jinja").mkdir(parents=True, exist_ok=True)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(cache / "jinja")) if cache else None,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        pyrepr=pyrepr,
        pystr=pystr,
        docstring=docstring,
        tojson_pretty=tojson_pretty,
        tojson_line=tojson_line,
        tojson_code=tojson_code,
        builtin_types=builtin_types,
        import_names=import_names,
        return_call=return_call,
    )
    return env


REFERENCE = re.compile(r"{%-?\s*(?:include|extends|import|from)\b")
# A reference by a name written out, which names the template it reads without parsing:
# `{% include "x" %}`, `{% extends "x" %}`, `{% import "x" as y %}`, `{% from "x" import y %}`
# (any other form, an expression or a list, is found by Jinja's parser).
LITERAL_REFERENCE = re.compile(
    r"""{%-?\s*(?:include|extends|import|from)\s+("[^"\\{}%]*"|'[^'\\{}%]*')"""
    r"""\s*(?:-?%}|ignore missing\s*-?%}|(?:import|as)\s)"""
)


def template_digest(env: jinja2.Environment, templates: Path, name: str) -> bytes:
    """A digest of a template's source and of every template it includes or extends (all of
    them when one is named at run time)."""
    h = hashlib.sha256()
    seen, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        source = (templates / current).read_text(encoding="utf-8")
        h.update(current.encode() + b"\0" + source.encode() + b"\0")
        for ref in references(env, source):
            if ref is None:
                todo += [p.relative_to(templates).as_posix() for p in templates.rglob("*.j2")]
            else:
                todo.append(ref)
    return h.digest()


def references(env: jinja2.Environment, source: str) -> list[str | None]:
    """The templates a template's source includes, extends or imports (None for one named at
    run time): read off the tags when each names its template written out, else (or when
    unsure) by Jinja's parser."""
    count = len(REFERENCE.findall(source))
    if not count:
        return []
    literal: list[str | None] = [m[1:-1] for m in LITERAL_REFERENCE.findall(source)]
    if len(literal) == count:
        return literal
    from jinja2 import meta

    return list(meta.find_referenced_templates(env.parse(source)))


def code_digest() -> bytes:
    """The generator's own code, the libraries that shape the output and Python's version."""
    h = hashlib.sha256(sys.version.encode() + b"\0")
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for lib in ("jinja2", "black"):
        h.update(f"{lib}=={version(lib)}".encode())
    return h.digest()


def identity(context: Any) -> bytes:
    """What a file is rendered from, as bytes (equal bytes: equal context): for a view holding
    only plain data (the bundled spec) marshal's bytes; else pickle's without its memo (the
    same bytes for equal values however they share objects: the IR is a tree of dataclasses,
    lists, dicts and scalars, no sets), twice as fast as the repr; the repr for anything
    pickle refuses (a cycle)."""
    if isinstance(context, SimpleNamespace):
        try:  # version 2 writes no back-references: equal values give equal bytes
            return b"m" + marshal.dumps(vars(context), 2)
        except ValueError:  # not plain data (an IR object, a subclass)
            pass
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, 5)
    pickler.fast = True  # no memo: no back-references that depend on objects' identity
    try:
        pickler.dump(context)
        return b"p" + buffer.getvalue()
    except Exception:  # (a cycle, an object pickle cannot take)
        return b"r" + repr(context).encode()


def render(
    api: Api,
    templates: Path,
    cache: Path | None = None,
    stats: dict[str, int] | None = None,
    pool: Pool | None = None,
) -> dict[str, bytes]:
    """All output files as {path relative to generated/: content}.

    Each output file is rendered from one template and one part of the IR (an item, or the
    whole API for the templates without items); with a cache, a file whose template, item
    and generator code are what they were last time is taken from `.cache/render/` without
    rendering or formatting it again.
    """
    env = environment(templates, cache)
    store = Store(cache / "render") if cache else None
    code = code_digest()
    memo = Memo(cache / "json" if cache else None, code)  # the text of the spec's parts
    env.filters["tojson_pretty"] = memo.dumps
    out: dict[str, bytes] = {}
    formatter = Formatter(cache / "black" if cache else None, pool)
    keys: dict[str, str] = {}  # the Python files rendered: cached once formatted
    rendered = 0
    for output in OUTPUTS:
        template: jinja2.Template | None = None  # compiled on first use
        base = code + template_digest(env, templates, output.template)
        batch: dict[str, str] = {}  # formatted while the next template renders
        for context in output.contexts(api):
            path = output.path.format_map(Attributes(context))
            key = hashlib.sha256(base + identity(context)).hexdigest()
            hit = store.get(key) if store else None
            if hit is not None:
                out[path] = hit
                continue
            template = template or env.get_template(output.template)
            text = template.render({output.name: context})
            rendered += 1
            if path.endswith(".py"):
                batch[path] = text
                keys[path] = key
            else:
                out[path] = text.encode("utf-8")
                if store:  # now, while black's workers are busy
                    store.put(key, out[path])
        formatter.add(batch)
    formatted = formatter.result(stats)
    memo.save()
    if stats is not None:
        stats["rendered"] = rendered
    out.update({path: text.encode("utf-8") for path, text in formatted.items()})
    if store:
        for path, key in keys.items():
            store.put(key, out[path])
    for static in sorted(templates.glob("*/static/**/*")):
        if static.is_file():
            target = static.relative_to(templates).parts
            out["/".join(target[2:])] = static.read_bytes()
    if not api.release.license_file:  # this project's license is not another API's
        out.pop("python/LICENSE", None)
    return dict(sorted(place(out, api.package, api.kit).items()))


PACKAGE = "python/dataarts/"  # where OUTPUTS and static/ put the package's files
KIT = PACKAGE + "testing/"


def place(files: dict[str, bytes], package: str, kit: bool) -> dict[str, bytes]:
    """The files with the package under its configured name (the runtime imports itself
    relatively), and without the testing kit unless the settings ask for it."""
    out = {}
    for path, content in files.items():
        if path.startswith(KIT) and not kit:
            continue
        if path.startswith(PACKAGE):
            path = f"python/{package}/" + path[len(PACKAGE) :]
        out[path] = content
    return out


class Store:
    """Files by key under a folder, written atomically (concurrent runs are safe)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, key: str) -> bytes | None:
        try:
            return (self.folder / key[:2] / key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, content: bytes) -> None:
        atomic_file(self.folder / key[:2] / key, content)

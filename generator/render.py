"""Stage 4, render: the intermediate model through templates/ into file contents.

Each template renders one kind of output file; OUTPUTS says which file(s) it makes and from
what. Files under templates/*/static/ are copied verbatim. Python output is formatted with
black (its API; several files at once in a process pool, and black's output is cached by the
exact text it formatted); nothing is written here: the result is {path: bytes}.

Text from the spec reaches code only through the filters below, which make it a literal
(`pyrepr`), a docstring body (`docstring`) or JSON (`tojson_pretty`); the spec is data to
Jinja, never template source, so `{{ }}` in a description stays text.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2

from .model import Api

BLACK_LINE_LENGTH = 100
BLACK_TARGET = "PY311"

# template -> (output path pattern, items to render it for). The pattern is formatted with the
# item's attributes; `None` means the template renders once for the whole API.
OUTPUTS: dict[str, tuple[str, Callable[[Api], Iterable[Any]] | None]] = {
    "client/pyproject.toml.j2": ("python/pyproject.toml", None),
    "client/README.md.j2": ("python/README.md", None),
    "client/__init__.py.j2": ("python/dataarts/__init__.py", None),
    "client/client.py.j2": ("python/dataarts/client.py", None),
    "client/spec.py.j2": ("python/dataarts/_spec.py", None),
    "client/connectors.py.j2": ("python/dataarts/connectors.py", None),
    "client/service.py.j2": ("python/dataarts/{name}.py", lambda api: api.services),
    "models/__init__.py.j2": ("python/dataarts/models/__init__.py", None),
    "models/module.py.j2": ("python/dataarts/models/{name}.py", lambda api: module_items(api)),
    "fixtures/operation.json.j2": ("fixtures/{service}/{op_id}.json", lambda api: api.fixtures),
    "client/testing/openapi.json.j2": ("python/dataarts/testing/openapi.json", None),
    "client/testing/fixture.json.j2": (
        "python/dataarts/testing/fixtures/{service}/{op_id}.json",
        lambda api: api.fixtures,
    ),
    "docs/index.md.j2": ("docs/index.md", None),
    "docs/service.md.j2": ("docs/{name}.md", lambda api: api.services),
}


class ModuleItem:
    def __init__(self, name: str, models: list[Any], imports: dict[str, list[str]]) -> None:
        self.name, self.models, self.imports = name, models, imports


def module_items(api: Api) -> list[ModuleItem]:
    return [ModuleItem(n, m, api.imports.get(n, {})) for n, m in api.modules.items()]


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def clean(value: Any) -> str:
    """Text without control characters, normalised to NFC."""
    return CONTROL.sub(" ", unicodedata.normalize("NFC", str(value)))


def pyrepr(value: Any) -> str:
    """A Python literal of `value` (a str's repr can never be broken out of)."""
    return repr(clean(value) if isinstance(value, str) else value)


def docstring(value: Any, indent: int = 4) -> str:
    """Text made safe inside a triple-quoted docstring, indented for its block."""
    lines = [line.rstrip() for line in clean(value).strip().splitlines()]
    body = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    pad = " " * indent
    return "\n".join(pad + line if line and i else line for i, line in enumerate(body.split("\n")))


def builtin_types(annotation: str) -> str:
    """An annotation usable inside a class that has methods named `list` or `dict`."""
    return re.sub(r"(?<![\w.])(list|dict)\[", r"builtins.\1[", annotation)


def tojson_pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        pyrepr=pyrepr, docstring=docstring, tojson_pretty=tojson_pretty, builtin_types=builtin_types
    )
    return env


def _black(source: str) -> str:
    import black  # only when something needs formatting: it takes a while to import

    mode = black.Mode(
        line_length=BLACK_LINE_LENGTH, target_versions={black.TargetVersion[BLACK_TARGET]}
    )
    try:
        return black.format_str(source, mode=mode)
    except black.InvalidInput as exc:
        raise RuntimeError(f"template output is not valid Python: {exc}") from exc


def format_python(sources: dict[str, str], cache: Path | None) -> dict[str, str]:
    """Each source formatted by black: from the cache when black already formatted that exact
    text (same black version and mode), else in a pool of processes, one file each."""
    salt = f"{metadata.version('black')}|{BLACK_LINE_LENGTH}|{BLACK_TARGET}|".encode()
    keys = {p: hashlib.sha256(salt + src.encode()).hexdigest() for p, src in sources.items()}
    out: dict[str, str] = {}
    for path, key in keys.items():
        hit = cache / key if cache else None
        if hit and hit.is_file():
            out[path] = hit.read_text(encoding="utf-8")
    todo = [p for p in sources if p not in out]
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            formatted = list(pool.map(_black, [sources[p] for p in todo]))
    else:
        formatted = [_black(sources[p]) for p in todo]
    for path, text in zip(todo, formatted):
        out[path] = text
        if cache:
            cache.mkdir(parents=True, exist_ok=True)
            tmp = cache / f"{keys[path]}.{os.getpid()}.tmp"
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, cache / keys[path])
    return out


def render(api: Api, templates: Path, cache: Path | None = None) -> dict[str, bytes]:
    """All output files as {path relative to generated/: content}."""
    env = environment(templates)
    files: dict[str, str] = {}
    for name, (pattern, items) in OUTPUTS.items():
        template = env.get_template(name)
        if items is None:
            files[pattern] = template.render(api=api)
            continue
        for item in items(api):
            files[pattern.format(**vars(item))] = template.render(api=api, item=item)
    files.update(format_python({p: c for p, c in files.items() if p.endswith(".py")}, cache))
    out = {path: content.encode("utf-8") for path, content in files.items()}
    for static in sorted(templates.glob("*/static/**/*")):
        if static.is_file():
            target = static.relative_to(templates).parts
            out["/".join(target[2:])] = static.read_bytes()
    return dict(sorted(out.items()))

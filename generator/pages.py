"""The review pages (docs.py) as a pipeline stage: reused by content, else built beside render.

They show the whole spec (HTML reference, notes register, coverage), so any change to the spec
rebuilds them. With a cache (`.cache/review/`), an unchanged spec, outline, docs templates and
generator code reuse them; otherwise, in a normal run, they are built in a forked process
while the main process renders and formats the client, so a one-line edit does not wait for
them.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .coverage import outline_path
from .ir import Api
from .render import Store, code_digest

Pages = dict[str, bytes]


def _key(doc: dict[str, Any], templates: Path, outline: str) -> str:
    h = hashlib.sha256(code_digest() + outline.encode())
    for source in sorted((templates / "docs").rglob("*")):
        if source.is_file():
            h.update(source.name.encode() + b"\0" + source.read_bytes())
    h.update(json.dumps(doc, sort_keys=True, default=str).encode())
    return h.hexdigest()


def _build(
    doc: dict[str, Any],
    api: Api,
    templates: Path,
    outline: str,
    changes: Any,
    cache: Path | None = None,
) -> Pages:
    from .docs import render_docs

    return render_docs(doc, api, templates, outline, changes, cache)


def pages(doc: dict[str, Any], api: Api, spec: Path, templates: Path, changes: Any = None) -> Pages:
    """The review pages, built now (the `diff` command adds its changes to them)."""
    return pages_later(doc, api, spec, templates, None, changes, background=False)()[0]


def pages_later(
    doc: dict[str, Any],
    api: Api,
    spec: Path,
    templates: Path,
    cache: Path | None,
    changes: Any = None,
    background: bool = True,
) -> Callable[[], tuple[Pages, bool]]:
    """Start building the review pages; the returned function gives (pages, rebuilt)."""
    path = outline_path(spec)
    outline = path.read_text(encoding="utf-8") if path.is_file() else ""
    store = Store(cache / "review") if cache and changes is None else None
    key = _key(doc, templates, outline) if store else ""
    hit = store.get(key) if store else None
    jinja = cache / "jinja-docs" if cache else None
    if hit is not None:
        texts: dict[str, str] = json.loads(hit)
        found = {k: v.encode("utf-8") for k, v in texts.items()}
        return lambda: (found, False)

    def keep(built: Pages) -> tuple[Pages, bool]:
        if store:
            store.put(key, json.dumps({k: v.decode("utf-8") for k, v in built.items()}).encode())
        return built, True

    if not background:
        built = _build(doc, api, templates, outline, changes, jinja)
        return lambda: keep(built)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(send, doc, api, templates, outline, changes, jinja), daemon=True
    )
    child.start()
    send.close()

    def result() -> tuple[Pages, bool]:
        outcome = receive.recv()
        child.join()
        if isinstance(outcome, BaseException):
            raise outcome
        return keep(outcome)

    return result


def _child(send: Any, *args: Any) -> None:
    try:
        send.send(_build(*args))
    except Exception as exc:  # a template bug: the parent reports it
        send.send(RuntimeError(f"{type(exc).__name__}: {exc}"))
    send.close()

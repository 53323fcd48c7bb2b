"""The review pages (docs.py) as a pipeline stage, built beside render from cached sections.

They show the whole spec (HTML reference, notes register, coverage), yet an edit touches a
part of it: the page is joined from units (each operation's and model's section, each path
item's and schema's notes and citations) cached in `.cache/review/units` by a digest of what
each is made from (sections.py), so a changed description renders one section again. In a
normal run they are built in a forked process while the main process renders and formats the
client; the bytes are those of a build without the cache.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .ir import Api

Pages = dict[str, bytes]
# The templates of the cached sections (with what they include); the page's own templates
# are rendered on every run.
SECTION_TEMPLATES = ("docs/_operation.html.j2", "docs/_model.html.j2")


def _salt(templates: Path) -> bytes:
    from .render import code_digest, environment, template_digest
    from .versions import version

    env = environment(templates)
    h = hashlib.sha256(code_digest() + f"markupsafe=={version('markupsafe')}".encode())
    h.update(sys.version.encode())
    for name in SECTION_TEMPLATES:
        h.update(template_digest(env, templates, name))
    return h.digest()


def _build(
    doc: dict[str, Any],
    api: Api,
    templates: Path,
    spec: Path,
    changes: Any,
    cache: Path | None = None,
) -> tuple[Pages, str]:
    from .coverage import outline_path
    from .docs import render_docs
    from .sections import Units

    path = outline_path(spec)
    outline = path.read_text(encoding="utf-8") if path.is_file() else ""

    schemas = doc.get("components", {}).get("schemas") or {}
    units = Units(cache / "review" / "units" if cache else None, _salt(templates), schemas)
    built = render_docs(
        doc, api, templates, outline, changes, cache / "jinja-docs" if cache else None, units
    )
    units.save()
    return built, f"{units.made} of {units.total} parts rebuilt"


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
) -> Callable[[], tuple[Pages, str]]:
    """Start building the review pages; the returned function gives (pages, what was rebuilt)."""
    cache = cache if changes is None else None
    if not background:
        built = _build(doc, api, templates, spec, changes, cache)
        return lambda: built
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(send, doc, api, templates, spec, changes, cache), daemon=True
    )
    child.start()
    send.close()

    def result() -> tuple[Pages, str]:
        outcome = receive.recv()
        child.join()
        if isinstance(outcome, BaseException):
            raise outcome
        built: tuple[Pages, str] = outcome
        return built

    return result


def _child(send: Any, *args: Any) -> None:
    try:
        send.send(_build(*args))
    except Exception as exc:  # a template bug: the parent reports it
        send.send(RuntimeError(f"{type(exc).__name__}: {exc}"))
    send.close()

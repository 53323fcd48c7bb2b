"""Validation of the generator's own root extensions: `x-generator`, `x-services` and the tags'
`x-service`, so that a wrong one is a clear `file:line` problem, never a traceback later.

- `x-generator` is a map; its `rules` is one rule-set name or a list of them (normalize.RULES),
  its names (settings.py) are identifiers and a valid distribution name;
- `x-services` is a map of service name (a Python identifier) to a map whose `server` has a
  string `url` and, if any, `variables` that are maps with a string `default`;
- every tag an operation uses is declared, and names (`x-service`) a service of `x-services`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .load import escape
from .normalize import RULES
from .paths import operations


def setting_problems(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, message) of every problem of the generator's root extensions."""
    yield from _generator(doc)
    services = doc.get("x-services")
    if services is None:
        yield "", "x-services (the services and their servers) is not set"
        return
    if not isinstance(services, dict) or not services:
        yield "/x-services", "x-services must be a map of service name to its server"
        return
    for name, service in services.items():
        yield from _service(str(name), service)
    tags: dict[str, tuple[int, Any]] = {}
    for i, tag in enumerate(doc.get("tags") or []):
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            tags[tag["name"]] = (i, tag)
    used: set[str] = set()
    for pointer, _, _, op in operations(doc):
        first = (op.get("tags") or [None])[0]
        if not isinstance(first, str):
            yield pointer, "operation has no tags"
        elif first not in tags:
            yield f"{pointer}/tags/0", f"tag {first!r} is not declared in tags"
        else:
            used.add(first)
    for name in sorted(used):
        i, tag = tags[name]
        service = tag.get("x-service")
        if service not in services:
            known = ", ".join(map(str, services))
            what = f"x-service {service!r} is not" if service else "x-service is not set; it is"
            yield f"/tags/{i}", f"tag {name!r}: {what} one of x-services ({known})"


def _generator(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    settings = doc.get("x-generator")
    if settings is None:
        return
    if not isinstance(settings, dict):
        yield "/x-generator", "x-generator must be a map"
        return
    from .settings import problems

    for key, message in problems(settings):
        yield f"/x-generator/{key}", message
    chosen = settings.get("rules", [])
    names = [chosen] if isinstance(chosen, str) else chosen
    if not isinstance(names, list):
        yield "/x-generator/rules", "rules must be a rule-set name or a list of them"
        return
    for name in names:
        if name not in RULES:
            yield "/x-generator/rules", f"unknown rule set {name!r} (one of {', '.join(RULES)})"


def _service(name: str, service: Any) -> Iterator[tuple[str, str]]:
    where = f"/x-services/{escape(name)}"
    if not name.isidentifier():
        yield where, f"service name {name!r} must be an identifier (letters, digits, _)"
    if not isinstance(service, dict):
        yield where, "a service must be a map with a server"
        return
    server = service.get("server")
    if not isinstance(server, dict) or not isinstance(server.get("url"), str):
        yield f"{where}/server", "a service needs a server with a url"
        return
    variables = server.get("variables") or {}
    if not isinstance(variables, dict):
        yield f"{where}/server/variables", "server variables must be a map"
        return
    for var, spec in variables.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("default"), str):
            yield (
                f"{where}/server/variables/{escape(str(var))}",
                "a server variable needs a string default",
            )

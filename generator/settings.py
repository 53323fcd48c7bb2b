"""The generator's settings for one spec: the names of what it makes and which extras it adds.

They come from the spec's root `x-generator` map, overridden by command-line flags
(`--package`, `--distribution`, `--client-class`); names not given are derived from
`info.title`, so two specs generate two packages that live in one environment:
- `package`: the import name (`Pet Store` -> `pet_store`);
- `distribution`: the pip name (`x-release.package` when set, else `pet-store-client`);
- `client-class`: the entry point (`PetStore`, and `AsyncPetStore`);
- `auth-doc`: the README's authentication section (Markdown), when the spec's auth needs words;
- `rules`: rule sets (normalize.RULES); `dataarts` also adds the testing kit (`<package>.testing`),
  which speaks this project's auth and error conventions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .names import pascal, snake

DISTRIBUTION = re.compile(r"[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?")
# command-line flag -> key of x-generator
FLAGS = {"package": "package", "distribution": "distribution", "client_class": "client-class"}


@dataclass(frozen=True)
class Settings:
    package: str
    distribution: str
    client_class: str
    auth_doc: str
    kit: bool


def settings(doc: dict[str, Any]) -> Settings:
    """The settings of a validated spec (settings_check.py checked their form)."""
    from .normalize import rules

    found = doc.get("x-generator")
    given: dict[str, Any] = found if isinstance(found, dict) else {}
    title = str((doc.get("info") or {}).get("title") or "api")
    package = str(given.get("package") or snake(title))
    return Settings(
        package=package,
        distribution=str(
            given.get("distribution")
            or (doc.get("x-release") or {}).get("package")
            or package.replace("_", "-") + "-client"
        ),
        client_class=str(given.get("client-class") or pascal(snake(title))),
        auth_doc=str(given.get("auth-doc") or ""),
        kit="dataarts" in rules(doc),
    )


def apply_flags(doc: dict[str, Any], flags: dict[str, str | None]) -> None:
    """Command-line flags override the spec's `x-generator` (before validation)."""
    chosen = {FLAGS[k]: v for k, v in flags.items() if v}
    if not chosen:
        return
    current = doc.get("x-generator")
    doc["x-generator"] = {**(current if isinstance(current, dict) else {}), **chosen}


def problems(given: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, message) of every badly formed name of `x-generator`."""
    out = []
    for key in ("package", "client-class"):
        value = given.get(key)
        if value is not None and not (
            isinstance(value, str) and value.isidentifier() and value.isascii()
        ):
            out.append((key, f"{key} {value!r} must be a Python identifier"))
    value = given.get("distribution")
    if value is not None and not (isinstance(value, str) and DISTRIBUTION.fullmatch(value)):
        out.append(("distribution", f"distribution {value!r} is not a valid package name"))
    if "auth-doc" in given and not isinstance(given["auth-doc"], str):
        out.append(("auth-doc", "auth-doc must be text (Markdown)"))
    return out

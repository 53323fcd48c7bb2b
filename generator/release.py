"""The published client's release settings: the spec's root `x-release`, read and checked.

`x-release` holds what a package index shows and what versions the client: `package`,
`version` (semver, the client's own, independent of `info.version`, the reference's edition),
`tag-prefix` (the git tag of a release is `<tag-prefix><version>`), `summary`, `license` (an SPDX
expression), `urls` (label -> URL), `keywords`, `classifiers`, `requires-python`. The templates
read them from the IR (Api.release); releases.py compares releases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
KEYS = {
    "package": str,
    "version": str,
    "tag-prefix": str,
    "summary": str,
    "license": str,
    "urls": dict,
    "keywords": list,
    "classifiers": list,
    "requires-python": str,
}


@dataclass
class Release:
    package: str = ""
    version: str = ""
    tag_prefix: str = ""
    summary: str = ""
    license: str = ""
    urls: list[tuple[str, str]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    classifiers: list[str] = field(default_factory=list)
    requires_python: str = ""
    license_file: bool = False  # ship this project's LICENSE (x-release gives the license)

    @property
    def tag(self) -> str:
        return self.tag_prefix + self.version


def release_settings(doc: dict[str, Any]) -> Release:
    node = doc.get("x-release")
    node = node if isinstance(node, dict) else {}

    def s(key: str) -> str:
        value = node.get(key)
        return str(value).strip() if isinstance(value, (str, int, float)) else ""

    found = node.get("urls")
    urls: dict[Any, Any] = found if isinstance(found, dict) else {}
    return Release(
        package=s("package"),
        version=s("version"),
        tag_prefix=s("tag-prefix"),
        summary=s("summary"),
        license=s("license"),
        urls=[(str(k), str(v)) for k, v in urls.items()],
        keywords=[str(k) for k in node.get("keywords") or [] if isinstance(k, str)],
        classifiers=[str(c) for c in node.get("classifiers") or [] if isinstance(c, str)],
        requires_python=s("requires-python"),
        license_file=bool(s("license")),
    )


def problems(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(JSON pointer, message) of what is wrong with `x-release`."""
    node = doc.get("x-release")
    if not isinstance(node, dict):
        return [("", "x-release (the client's version and package metadata) is not set")]
    out = []
    for key, kind in KEYS.items():
        value = node.get(key)
        if not isinstance(value, kind) or not value:
            out.append(
                (f"/x-release/{key}", f"x-release.{key} must be a non-empty {kind.__name__}")
            )
    version = node.get("version")
    if isinstance(version, str) and not SEMVER.match(version):
        out.append(
            ("/x-release/version", f"x-release.version {version!r} is not MAJOR.MINOR.PATCH")
        )
    urls = node.get("urls")
    for label, url in urls.items() if isinstance(urls, dict) else []:
        if not isinstance(url, str) or not url.startswith("https://"):
            out.append((f"/x-release/urls/{label}", f"URL {url!r} is not https://"))
    for i, c in enumerate(node.get("classifiers") or []):
        if not isinstance(c, str) or " :: " not in c:
            out.append((f"/x-release/classifiers/{i}", f"classifier {c!r} is not `A :: B`"))
        elif c.startswith("License ::"):
            out.append(
                (f"/x-release/classifiers/{i}", "a License classifier: `license` says it (PEP 639)")
            )
    return out


def parse(version: str) -> tuple[int, int, int]:
    m = SEMVER.match(version)
    if not m:
        raise ValueError(f"{version!r} is not a semver MAJOR.MINOR.PATCH version")
    return int(m[1]), int(m[2]), int(m[3])


def bumped(version: str, bump: str) -> str:
    """The lowest version after `version` that a change of level `bump` allows."""
    major, minor, patch = parse(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version

"""The installed versions of the libraries that shape the output, read from the names of their
`.dist-info` folders (importlib.metadata as a fallback): a cache key must be cheap to make."""

from __future__ import annotations

import functools
import os
import re
import sys


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@functools.cache
def _folders(entry: str) -> tuple[str, ...]:
    try:
        return tuple(n for n in os.listdir(entry or ".") if n.endswith(".dist-info"))
    except OSError:
        return ()


@functools.cache
def version(dist: str) -> str:
    wanted = _normal(dist)
    for entry in sys.path:
        for folder in _folders(entry):
            name, _, found = folder[: -len(".dist-info")].rpartition("-")
            if _normal(name) == wanted:
                return found
    from importlib import metadata

    return metadata.version(dist)


def versions(*dists: str) -> str:
    return "".join(f"{d}=={version(d)}\0" for d in dists)

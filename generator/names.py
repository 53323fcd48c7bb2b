"""Turning names from the spec into safe Python identifiers.

Any text can come in (hyphens, dots, digits first, keywords, builtins, non-ASCII letters); what
comes out always matches `[A-Za-z_][A-Za-z0-9_]*` and is neither a keyword nor a builtin.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import re
import unicodedata

RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | set(dir(builtins)) | {"self", "cls"}


CAMEL = re.compile(r"([a-z0-9])([A-Z])")
ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
SEPARATOR = re.compile(r"[^A-Za-z0-9]+")


@functools.lru_cache(maxsize=None)
def _ascii_words(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", text)
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif unicodedata.category(ch).startswith(("L", "N")):
            out.append(f" u{ord(ch):04x} ")
        else:
            out.append(" ")
    text = "".join(out)
    text = CAMEL.sub(r"\1 \2", text)
    text = ACRONYM.sub(r"\1 \2", text)
    return tuple(w for w in SEPARATOR.split(text) if w)


@functools.lru_cache(maxsize=None)
def _snake(name: str) -> str:
    ident = "_".join(w.lower() for w in _ascii_words(name)) or "field"
    return "n_" + ident if ident[0].isdigit() else ident


def snake(name: str, reserved: set[str] | frozenset[str] = frozenset()) -> str:
    """`isScheduleBootOff` -> `is_schedule_boot_off`, `from-link-name` -> `from_link_name`."""
    ident = _snake(name)
    if ident in RESERVED or ident in reserved or ident.startswith("model_"):
        ident += "_"
    return ident


@functools.lru_cache(maxsize=None)
def _pascal(name: str) -> str:
    ident = "".join(w[:1].upper() + w[1:] for w in _ascii_words(name)) or "Model"
    return "N" + ident if ident[0].isdigit() else ident


def pascal(name: str, reserved: set[str] | frozenset[str] = frozenset()) -> str:
    """`cluster-detail_instance` -> `ClusterDetailInstance`; keeps existing capitals."""
    ident = _pascal(name)
    if ident in RESERVED or ident in reserved:
        ident += "Model"
    return ident


def unique(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`... whichever is not in `taken`; adds it to `taken`."""
    candidate, n = name, 2
    while candidate in taken:
        candidate = f"{name}_{n}"
        n += 1
    taken.add(candidate)
    return candidate

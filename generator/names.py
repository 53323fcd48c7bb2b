"""Turning names from the spec into safe Python identifiers.

Any text can come in (hyphens, dots, digits first, keywords, builtins, non-ASCII letters); what
comes out always matches `[A-Za-z_][A-Za-z0-9_]*` and is neither a keyword nor a builtin.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | set(dir(builtins)) | {"self", "cls"}


def _ascii_words(text: str) -> list[str]:
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
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)
    return [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]


def snake(name: str, reserved: set[str] | frozenset[str] = frozenset()) -> str:
    """`isScheduleBootOff` -> `is_schedule_boot_off`, `from-link-name` -> `from_link_name`."""
    words = _ascii_words(name)
    ident = "_".join(w.lower() for w in words) or "field"
    if ident[0].isdigit():
        ident = "n_" + ident
    if ident in RESERVED or ident in reserved or ident.startswith("model_"):
        ident += "_"
    return ident


def pascal(name: str, reserved: set[str] | frozenset[str] = frozenset()) -> str:
    """`cluster-detail_instance` -> `ClusterDetailInstance`; keeps existing capitals."""
    words = _ascii_words(name)
    ident = "".join(w[:1].upper() + w[1:] for w in words) or "Model"
    if ident[0].isdigit():
        ident = "N" + ident
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

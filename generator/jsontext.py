"""JSON text with an indent of 2, as `json.dumps(value, indent=2, ensure_ascii=False)` writes
it, made about three times faster: the standard library's indented encoder is a chain of
generators in pure Python (its C encoder does no indentation), and the testing kit's copy of
the bundled spec is re-rendered on every edit of the spec; `Memo` also keeps the text of each
of its parts between runs. The output is byte-identical (tests/test_jsontext.py compares);
anything unusual (a type JSON does not know, a float that is not finite, a cycle, deep
nesting) is left to json.dumps itself.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import pickle
import sys
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from .write import atomic_file

INDENT = "  "


class _Unusual(Exception):
    pass


def _key(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)  # type: ignore[no-any-return]
    raise _Unusual  # json.dumps converts numbers, booleans and None keys: let it


def _encode(value: Any, pad: str) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)  # type: ignore[no-any-return]
    if kind is dict:
        if not value:
            return "{}"
        inner = pad + INDENT
        parts = [
            f"{encode_basestring(k) if type(k) is str else _key(k)}: "
            + (encode_basestring(v) if type(v) is str else _encode(v, inner))
            for k, v in value.items()
        ]
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + pad + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = pad + INDENT
        parts = [encode_basestring(v) if type(v) is str else _encode(v, inner) for v in value]
        return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + pad + "]"
    return _other(value, pad)


def _other(value: Any, pad: str) -> str:
    """Scalars other than str, and subclasses of the containers."""
    if isinstance(value, str):
        return encode_basestring(value)  # type: ignore[no-any-return]
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _Unusual
        return float.__repr__(value)
    if isinstance(value, dict):  # as json.dumps: by the subclass's items, in their order
        return _encode(dict(value.items()), pad)
    if isinstance(value, (list, tuple)):
        return _encode(list(value), pad)
    raise _Unusual


def dumps_indented(value: Any) -> str:
    """json.dumps(value, indent=2, ensure_ascii=False)."""
    try:
        return _encode(value, "")
    except (_Unusual, RecursionError):
        return json.dumps(value, indent=2, ensure_ascii=False)


class Memo:
    """dumps_indented() with the text of each part of a large document kept by a digest of
    the part (in `path`, between runs): a spec edit encodes the operations and schemas it
    touched and joins the others' text. A dict at depth 0 to 2 with two or more entries is
    joined from its entries (the bundled spec's root, `paths`, each path item, `components`,
    `schemas`); anything else is a part, encoded whole (or taken from the memo)."""

    DEPTH = 3

    def __init__(self, path: Path | None, salt: bytes = b"") -> None:
        """`salt`: what the texts also depend on (the generator's code, Python's version)."""
        self.path, self.salt = path, salt + sys.version.encode()
        self.old: dict[bytes, str] = {}
        self.new: dict[bytes, str] = {}
        self.used = False
        if path is not None:
            try:
                salt, texts = pickle.loads(path.read_bytes())
                self.old = texts if salt == self.salt and isinstance(texts, dict) else {}
            except Exception:  # missing or broken: start empty
                self.old = {}

    def dumps(self, value: Any) -> str:
        """json.dumps(value, indent=2, ensure_ascii=False)."""
        self.used = True
        try:
            return self._compose(value, "", 0)
        except (_Unusual, RecursionError, ValueError):
            return dumps_indented(value)

    def _compose(self, value: Any, pad: str, depth: int) -> str:
        if type(value) is dict and depth < self.DEPTH and len(value) >= 2:
            inner = pad + INDENT
            parts = [f"{_key(k)}: {self._compose(v, inner, depth + 1)}" for k, v in value.items()]
            return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + pad + "}"
        if type(value) not in (dict, list):
            return _encode(value, pad)
        # marshal (version 2: no back-references) tells equal values by equal bytes; it
        # refuses what is not plain data (ValueError: the caller encodes it all directly)
        key = hashlib.sha256(marshal.dumps(value, 2)).digest()
        text = self.new.get(key) or self.old.get(key)
        if text is None:
            text = _encode(value, "")
        self.new[key] = text
        return text.replace("\n", "\n" + pad) if pad else text

    def save(self) -> None:
        """Keep the parts of this run (when anything was encoded) for the next."""
        if self.path is None or not self.used or self.new.keys() == self.old.keys():
            return
        atomic_file(self.path, pickle.dumps((self.salt, self.new), pickle.HIGHEST_PROTOCOL))

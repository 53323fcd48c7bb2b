"""`make fmt-spec`: rewrite spec/ in one canonical layout; `--check` (in `make lint`) lists the
files not in it. `python -m generator.fmt_spec [--check] [PATH ...]`, default spec/.

A ruamel.yaml round trip: mappings indented 2, sequences 4 with the dash at 2, no line wrapping;
comments, block scalars, flow collections and the quotes of values kept; a key is quoted only
when it must be ('200'). Objects whose keys are OpenAPI field names get their keys in ORDER
(others after them, as written; comment lines above a key move with it). An object's kind comes
from its position (CHILDREN), never from its keys; maps keyed by data (paths, properties,
responses...) keep their order. A rewrite that would change the data or a comment is refused.
"""

from __future__ import annotations

import argparse
import functools
import io
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString
from ruamel.yaml.scalarstring import LiteralScalarString, SingleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

from .load import HTTP_METHODS, is_schema_file

SPEC = Path(__file__).resolve().parent.parent / "spec"
NOT_CANONICAL = "not in canonical layout (run make fmt-spec)"
BLOCK = (LiteralScalarString, FoldedScalarString)  # `|` and `>` scalars
_PARAM = (
    "deprecated allowEmptyValue description style explode allowReserved schema example examples"
)
# The key order of each kind of object; a key not listed goes after these, as written.
ORDER: dict[str, list[str]] = {kind: keys.split() for kind, keys in {
    "operation": """operationId x-method x-sdk-name tags summary description deprecated
        x-doc-section x-rate-limit x-pagination x-idempotent x-stream x-state x-variants
        x-doc-notes security servers parameters requestBody responses callbacks x-examples""",
    "parameter": f"name in required {_PARAM} content x-vendor-sdk x-doc-notes",
    "header": f"required {_PARAM} content x-doc-notes",
    "request-body": "required description content x-vendor-sdk x-doc-notes",
    "response": "description headers x-file-name-parameters content links x-doc-notes",
    "media-type": "x-doc-section schema example examples x-file-examples encoding x-doc-notes",
    "example": "summary description value externalValue x-doc-notes",
    "schema": """$ref title type format description x-doc-section deprecated readOnly writeOnly
        const enum default minimum exclusiveMinimum maximum exclusiveMaximum multipleOf
        minLength maxLength pattern minItems maxItems uniqueItems items prefixItems contains
        minContains maxContains minProperties maxProperties required x-required properties
        patternProperties additionalProperties propertyNames allOf oneOf anyOf not if then else
        discriminator x-connector x-connection-type x-name-value-pair x-error-field x-aliases
        x-vendor-sdk x-connector-example examples example x-doc-notes""",
    "security-scheme": """type in name scheme bearerFormat flows openIdConnectUrl description
        x-doc-section x-doc-notes""",
    "tag": "name description externalDocs x-service x-resource x-doc-section x-doc-notes",
    "components": """schemas responses parameters examples requestBodies headers
        securitySchemes links callbacks pathItems""",
}.items()}  # fmt: skip


def _each(shape: str, kind: str, keys: str) -> dict[str, tuple[str, str]]:
    return {key: (shape, kind) for key in keys.split()}


# Where objects sit: kind -> {key: (one | map | list, the kind of the value or its members)}.
# Kinds without ORDER (the root, path items, the whole-file maps) keep their key order: the
# order of a path item's methods is the order of the generated operations.
_SCHEMA, _MEDIA = _each("one", "schema", "schema"), _each("map", "media-type", "content")
_EXAMPLES = _each("map", "example", "examples")
CHILDREN: dict[str, dict[str, tuple[str, str]]] = {
    "root": _each("map", "path-item", "paths") | _each("one", "components", "components")
    | _each("list", "tag", "tags"),
    "paths": {"": ("map", "path-item")},  # an area file: {path: path item}
    "schemas": {"": ("map", "schema")},  # a schema file: {Name: schema}
    "path-item": _each("one", "operation", " ".join(HTTP_METHODS))
    | _each("list", "parameter", "parameters"),
    "operation": _each("list", "parameter", "parameters")
    | _each("one", "request-body", "requestBody") | _each("map", "response", "responses"),
    "parameter": _SCHEMA | _MEDIA | _EXAMPLES,
    "header": _SCHEMA | _MEDIA | _EXAMPLES,
    "request-body": _MEDIA,
    "response": _each("map", "header", "headers") | _MEDIA,
    "media-type": _SCHEMA | _EXAMPLES,
    "schema": _each("one", "schema", """items additionalProperties not if then else contains
        propertyNames unevaluatedProperties unevaluatedItems""")
    | _each("map", "schema", "properties patternProperties $defs dependentSchemas")
    | _each("list", "schema", "allOf oneOf anyOf prefixItems"),
    "components": _each("map", "schema", "schemas") | _each("map", "response", "responses")
    | _each("map", "parameter", "parameters") | _EXAMPLES
    | _each("map", "request-body", "requestBodies") | _each("map", "header", "headers")
    | _each("map", "security-scheme", "securitySchemes") | _each("map", "path-item", "pathItems"),
}  # fmt: skip
_COMMENT = re.compile(r"(?:^|\s)(#.*)$")


def _yaml() -> YAML:
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    yaml.width = 1 << 30  # never wrap: a long string stays on its line
    return yaml


def kind_of(path: Path) -> str:
    """The kind of a spec file, from its place: the root (openapi.yaml, in this folder or one
    above), a schema file, an area file (the root's paths refer to it) or data (layout only)."""
    path = path.resolve()
    root = next((d / "openapi.yaml" for d in path.parents if (d / "openapi.yaml").exists()), None)
    if root is None or path == root:
        return "root" if root else "data"
    return "schemas" if is_schema_file(path) else "paths" if path in _area_files(root) else "data"


@functools.cache
def _area_files(root: Path) -> frozenset[Path]:
    doc = _yaml().load(root.read_text(encoding="utf-8"))
    paths = doc.get("paths") if isinstance(doc, dict) else None
    refs = [v.get("$ref", "") for v in (paths or {}).values() if isinstance(v, dict)]
    return frozenset((root.parent / r.split("#")[0]).resolve() for r in refs if r.split("#")[0])


def _walk(node: Any, kind: str, visit: Callable[[CommentedMap, str, Any], None], head: Any) -> None:
    """Call visit(map, kind, head) on every object below `node` whose kind has an ORDER,
    children first; `head` is the comment slot (list, index) with the lines above its first key."""
    if not isinstance(node, CommentedMap):
        return
    for key, (shape, sub) in CHILDREN.get(kind, {}).items():
        value = node if key == "" else node.get(key)
        members: list[tuple[Any, Any, int]] = [(node, key, 3)] if shape == "one" else []
        if shape == "map" and isinstance(value, CommentedMap):
            members = [(value, k, 3) for k in value]
        elif shape == "list" and isinstance(value, CommentedSeq):
            members = [(value, i, 1) for i in range(len(value))]
        for parent, k, i in members:
            child = parent[k] if shape == "list" else parent.get(k)
            if isinstance(child, CommentedMap):
                _walk(child, sub, visit, (parent.ca.items.setdefault(k, [None] * 4), i))
    if kind in ORDER:
        visit(node, kind, head)


def _sorted(node: CommentedMap, kind: str) -> list[Any]:
    """node's keys in ORDER[kind], unknown keys last in their written order."""
    old, known = list(node), {k: i for i, k in enumerate(ORDER[kind])}
    return sorted(old, key=lambda k: (known.get(k, len(known)), old.index(k)))


def _chain(node: Any, key: Any) -> list[tuple[Any, Any]]:
    """(node, key), then the last entry of each block collection below it, down to a leaf."""
    chain = [(node, key)]
    while isinstance(v := chain[-1][0][chain[-1][1]], (CommentedMap, CommentedSeq)):
        if not v or v.fa.flow_style():
            break
        chain.append((v, len(v) - 1 if isinstance(v, list) else list(v)[-1]))
    return chain


def _slot(node: Any, key: Any) -> tuple[list[Any], int, bool]:
    """The comment slot after a leaf node[key], and whether its line ends a block scalar."""
    block = isinstance(node[key], BLOCK)
    return node.ca.items.setdefault(key, [None] * 4), 0 if isinstance(node, list) else 2, block


def _cut(node: Any, key: Any) -> str:
    """Cut the comment lines below the last line of node[key] off the slots holding them (an
    end-of-line comment stays); return them."""
    chain, text = _chain(node, key), ""
    where, i, block = _slot(*chain[-1])
    if (token := where[i]) is not None:  # after a block scalar, every line is a full line
        eol, _, text = ("", "", token.value) if block else token.value.partition("\n")
        token.value, where[i] = eol + "\n", token if eol else None
    for parent, k in reversed(chain):  # comments after a collection's last item
        if isinstance(v := parent[k], (CommentedMap, CommentedSeq)) and getattr(v.ca, "end", None):
            text += "".join(" " * t.start_mark.column + t.value for t in v.ca.end)
            v.ca.end = None
    return str(text)


def _reorder(node: CommentedMap, kind: str, head: Any) -> None:
    """Put node's keys in ORDER[kind]; the comment lines above a key move with it, those
    below the last key stay below the mapping."""
    old, new = list(node), _sorted(node, kind)
    if new == old or node.fa.flow_style():  # a flow mapping has no comment lines to carry
        for k in new:
            node.move_to_end(k)
        return
    above = {k: _cut(node, p) for p, k in zip(old, old[1:])}
    after = _cut(node, old[-1])
    if head is not None and head[0][head[1]] and new[0] != old[0]:
        above[old[0]] = "".join(t.value for t in head[0][head[1]])
        head[0][head[1]] = None
    for k in new:
        node.move_to_end(k)
    col = node.lc.col
    for k, text in above.items():
        slot = node.ca.items.setdefault(k, [None] * 4)
        text += "".join(t.value for t in slot[1] or [])
        if text:  # as a pre-comment of k: the first line at the mark, the others indented here
            lines = "".join(" " * col + line.strip() + "\n" for line in text.splitlines())
            slot[1] = [CommentToken(lines.replace(" " * col + "\n", "\n")[col:], CommentMark(col))]
    if after:
        where, i, block = _slot(*_chain(node, new[-1])[-1])
        if where[i] is None:
            where[i] = CommentToken(("" if block else "\n") + after, CommentMark(0))
        else:
            where[i].value += after


def _keys_and_eol(node: Any) -> None:
    """A quoted key becomes plain (the emitter quotes it again, in single quotes, if it must);
    an end-of-line comment is two spaces after the content."""
    if isinstance(node, CommentedMap):
        for i, key in enumerate(list(node)):
            if isinstance(key, (SingleQuotedScalarString, DoubleQuotedScalarString)):
                node.insert(i, str(key), node.pop(key))
    if isinstance(node, (CommentedMap, CommentedSeq)):
        for k, slots in node.ca.items.items():
            token = slots[0 if isinstance(node, list) else 2] if len(slots) > 2 else None
            block = isinstance(node[k], BLOCK)
            if isinstance(token, CommentToken) and token.value[:1] not in ("\n", "") and not block:
                token.value = " " + token.value.lstrip(" ")  # written one space after
                token.start_mark = CommentMark(0)  # type: ignore[assignment]
        node = list(node.values()) if isinstance(node, dict) else node
    for value in node if isinstance(node, list) else []:
        _keys_and_eol(value)


def _data(node: Any, shape: str, kind: str) -> Any:
    """Plain data to compare: key order counts, except in the objects that get an ORDER."""
    if shape == "map" and isinstance(node, dict):
        return [(k, _data(v, "one", kind)) for k, v in node.items()]
    if shape == "list" and isinstance(node, list):
        return [_data(v, "one", kind) for v in node]
    children = CHILDREN.get(kind, {}) if shape == "one" else {}
    if isinstance(node, dict) and "" in children:
        return _data(node, *children[""])
    if isinstance(node, dict):
        items = [(k, _data(v, *children.get(k, ("one", "")))) for k, v in node.items()]
        return dict(items) if kind in ORDER and shape == "one" else items
    return [_data(v, "one", "") for v in node] if isinstance(node, list) else node


def comments(doc: Any, text: str) -> Counter[tuple[str, Any]]:
    """Each comment of a YAML text with the path of the key or item it is attached to: the one
    on its line (an end-of-line comment), else the next one below."""
    nodes: list[tuple[int, tuple[Any, ...]]] = []
    content: set[int] = set()  # the lines of block scalars: text, not comments

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        items = enumerate(node) if isinstance(node, CommentedSeq) else node.items()
        for k, v in items:
            line = (node.lc.item(k) if isinstance(node, CommentedSeq) else node.lc.key(k))[0]
            nodes.append((line, (*path, k)))
            if isinstance(v, BLOCK):
                content.update(range(line + 1, line + 1 + len(v.splitlines())))
            elif isinstance(v, (CommentedMap, CommentedSeq)):
                walk(v, (*path, k))

    if isinstance(doc, (CommentedMap, CommentedSeq)):
        walk(doc, ())
    nodes.sort()
    out: Counter[tuple[str, Any]] = Counter()
    for n, line in enumerate(text.splitlines()):
        if n not in content and (m := _COMMENT.search(line)):
            full = line.lstrip().startswith("#")
            at = next((p for ln, p in nodes if (ln > n if full else ln == n)), None)
            out[m.group(1).strip(), at] += 1
    return out


def _dump(doc: Any) -> str:
    _yaml().dump(doc, out := io.StringIO())
    return out.getvalue()


def format_text(text: str, kind: str) -> str:
    """The text in canonical layout. Raises ValueError if that would change the data (as plain
    values; the key order only where ORDER sets it) or the comments."""
    doc = _yaml().load(text)
    expected, notes = _data(doc, "one", kind), comments(doc, text)
    _keys_and_eol(doc)
    out = _dump(doc)  # the layout first: the reordering then knows the final comment columns
    unordered: list[CommentedMap] = []
    _walk(doc, kind, lambda m, k, _: unordered.extend([m][: _sorted(m, k) != list(m)]), None)
    if unordered:
        doc = _yaml().load(out)
        _walk(doc, kind, _reorder, None)
        out = _dump(doc)
    if out != text and _data(doc := _yaml().load(out), "one", kind) != expected:
        raise ValueError("formatting would change the data")  # a bug of this module
    if out != text and comments(doc, out) != notes:
        raise ValueError("formatting would move or drop a comment")
    return out


def first_difference(old: str, new: str) -> str:
    """`line N: 'as written', formatted 'as formatted'`, where the two texts first differ."""
    pairs = enumerate(zip(old.splitlines() + [""], new.splitlines() + [""]), 1)
    n, (a, b) = next((n, ab) for n, ab in pairs if ab[0] != ab[1])
    return f"line {n}: {a[:80]!r}, formatted {b[:80]!r}"


def _shown(path: Path) -> str:
    """The path relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.fmt_spec", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only list the files not in it")
    parser.add_argument("paths", nargs="*", type=Path, default=[SPEC], help="files or folders")
    args = parser.parse_args(argv)
    bad = 0
    for path in sorted({f for p in args.paths for f in (p.rglob("*.yaml") if p.is_dir() else [p])}):
        text, shown = path.read_text(encoding="utf-8"), _shown(path)
        try:
            out = format_text(text, kind_of(path))
        except (ValueError, YAMLError) as exc:
            out, bad = text, bad + 1
            print(f"{shown}: cannot be formatted: {exc}", file=sys.stderr)
        if out != text and args.check:
            bad += 1
            print(f"{shown}: {NOT_CANONICAL}; {first_difference(text, out)}")
        elif out != text:
            path.write_text(out, encoding="utf-8")
            print(f"{shown}: rewritten")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

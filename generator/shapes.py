"""Model stage, schema meaning beyond types: discriminated unions, request and response shapes
(readOnly/writeOnly) and defaults: functions of the schemas, and the `Unions` mixin of
`types.Types`.

- A `discriminator` whose branches do not each hold their own `const` becomes a pydantic
  callable-discriminated union: each branch `Annotated[Model, _Tag("<class>")]`, the union
  `Annotated[..., _Discriminator(_discriminate("<property>", {value: class}, fallback))]`,
  a named alias (mypy takes no call inside an `Annotated` given to `cast`).
  The values are the `mapping`'s keys, else each branch's schema name. A schema with a
  discriminator that others extend (`Dog: allOf [Pet, ...]`) stands, where it is referenced,
  for the union of its extensions and itself (itself for a value it does not map).
- A schema with a `readOnly` or `writeOnly` property (or holding one that has, at any depth)
  gets a second model, `<Name>Request`, for what is sent: read-only properties optional and
  never serialised, write-only ones as the spec requires them; in the response model a
  write-only property is optional.
- A `default` the field's type can hold as it is (a scalar of its type, a value of its enum,
  a list of scalars, a free-form object) is the field's default; lists and dicts through a
  `default_factory`, so instances never share one.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Callable

from .ir import Model
from .load import SCHEMA_PREFIX, unescape
from .names import unique

Resolve = Callable[[Any], Any]


def ref_name(ref: Any, schemas: dict[str, Any]) -> str | None:
    """The schema name of a `$ref` to a named schema (or of a bare name, as a discriminator's
    mapping may give), else None."""
    if not isinstance(ref, str):
        return None
    if ref.startswith(SCHEMA_PREFIX):
        tokens = [unescape(t) for t in ref[len(SCHEMA_PREFIX) :].split("/")]
        return tokens[0] if len(tokens) == 1 and tokens[0] in schemas else None
    return ref if ref in schemas else None


def discriminator_of(schema: dict[str, Any]) -> tuple[str, dict[str, str]] | None:
    """(propertyName, mapping value -> $ref) of a schema's discriminator, or None."""
    found = schema.get("discriminator")
    if not isinstance(found, dict) or not isinstance(found.get("propertyName"), str):
        return None
    mapping = found.get("mapping")
    pairs = mapping.items() if isinstance(mapping, dict) else []
    return found["propertyName"], {str(k): v for k, v in pairs if isinstance(v, str)}


def tag_values(
    mapping: dict[str, str], branches: list[str], schemas: dict[str, Any]
) -> dict[str, str]:
    """Discriminator value -> branch schema name: the mapping's, then each branch not mapped
    under its own name (implicit)."""
    out: dict[str, str] = {}
    for value, ref in mapping.items():
        name = ref_name(ref, schemas)
        if name in branches:
            out[value] = name
    mapped = set(out.values())
    for name in branches:
        if name not in mapped and name not in out:
            out[name] = name
    return out


def extensions(schemas: dict[str, Any]) -> dict[str, list[str]]:
    """Schema name -> the names of the schemas that extend it (`allOf` holding a `$ref` to it),
    for the schemas with a discriminator (and no oneOf/anyOf of their own)."""
    out: dict[str, list[str]] = {}
    for name in sorted(schemas):
        schema = schemas[name]
        for part in schema.get("allOf") or [] if isinstance(schema, dict) else []:
            base = ref_name(part.get("$ref") if isinstance(part, dict) else None, schemas)
            node = schemas.get(base) if base else None
            if (
                base
                and base != name
                and isinstance(node, dict)
                and discriminator_of(node)
                and not any(k in node for k in ("oneOf", "anyOf"))
            ):
                out.setdefault(base, []).append(name)
    return out


def has_access_marks(schema: Any, resolve: Resolve) -> bool:
    """An object schema with a readOnly or writeOnly property (its allOf parts included)."""
    schema = resolve(schema)
    for part in schema.get("allOf") or []:
        if has_access_marks(part, resolve):
            return True
    props = schema.get("properties")
    for prop in props.values() if isinstance(props, dict) else []:
        if isinstance(prop, dict) and (
            prop.get("readOnly") is True
            or prop.get("writeOnly") is True
            or resolve(prop).get("readOnly") is True
            or resolve(prop).get("writeOnly") is True
        ):
            return True
    return False


def refs_in(node: Any, schemas: dict[str, Any]) -> set[str]:
    """The named schemas a schema refers to (not through other named schemas)."""
    found: set[str] = set()
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            name = ref_name(item.get("$ref"), schemas)
            if name:
                found.add(name)
            todo.extend(v for k, v in item.items() if k not in ("examples", "example", "default"))
    return found


def split_schemas(
    schemas: dict[str, Any], resolve: Resolve, extended: dict[str, list[str]]
) -> set[str]:
    """The named schemas whose request shape differs from their response shape: with a
    readOnly/writeOnly property, or referring to such a schema (at any depth; a reference to
    a base others extend refers to them too)."""
    split = {
        name for name, s in schemas.items() if isinstance(s, dict) and has_access_marks(s, resolve)
    }
    if not split:  # (nothing to refer to: the references need not be found)
        return split
    refs = {name: refs_in(s, schemas) for name, s in schemas.items()}
    for used in refs.values():
        used |= {e for base in list(used) for e in extended.get(base, [])}
    grown = True
    while grown:
        grown = False
        for name, used in refs.items():
            if name not in split and used & split:
                split.add(name)
                grown = True
    return split


def access(prop: Any, resolve: Resolve) -> tuple[bool, bool]:
    """(readOnly, writeOnly) of a property (on it or on what it refers to)."""
    node = prop if isinstance(prop, dict) else {}
    target = resolve(node)
    read = node.get("readOnly") is True or target.get("readOnly") is True
    write = node.get("writeOnly") is True or target.get("writeOnly") is True
    return read, write


def literal(value: Any) -> str | None:
    """Python source of a JSON value (None when it has no plain literal: NaN, infinities)."""
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else None
    if isinstance(value, list):
        items = [literal(v) for v in value]
        return None if None in items else "[" + ", ".join(items) + "]"  # type: ignore[arg-type]
    if isinstance(value, dict):
        pairs = [(repr(str(k)), literal(v)) for k, v in value.items()]
        if any(v is None for _, v in pairs):
            return None
        return "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
    return None


SCALARS = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,)}


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    if "const" in schema:
        return bool(value == schema["const"])
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return any(json.dumps(value) == json.dumps(v) for v in enum)
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    for k in kinds:
        if k in SCALARS and isinstance(value, SCALARS[k]):
            if not isinstance(value, bool) or k == "boolean":
                return True
        if k == "array" and isinstance(value, list):
            items = schema.get("items")
            if isinstance(items, dict) and not items.get("$ref"):
                return all(_fits(v, items) for v in value)
        if k == "object" and isinstance(value, dict) and not schema.get("properties"):
            return True
    return False


def default_of(prop: Any, resolve: Resolve) -> str | None:
    """The `Field` argument of a property's default (`default=...` or
    `default_factory=lambda: ...`), or None when it has none the field can hold as it is."""
    node = prop if isinstance(prop, dict) else {}
    if "default" not in node:
        node = resolve(node)
    if "default" not in node:
        return None
    value = node["default"]
    if value is None or not _fits(value, resolve(node)):
        return None
    text = literal(value)
    if text is None:
        return None
    if isinstance(value, (list, dict)):
        return f"default_factory=lambda: {text}"
    return f"default={text}"


def default_words(schema: Any) -> str:
    """` Default: <value>.` for a docstring, "" without one."""
    if not isinstance(schema, dict) or "default" not in schema:
        return ""
    return " Default: " + json.dumps(schema["default"], ensure_ascii=False) + "."


class Unions:
    """The tagged unions of `Types` (a mixin: it holds the state these methods read)."""

    schemas: dict[str, Any]
    class_names: dict[str, str]
    request_names: dict[str, str]
    extensions: dict[str, list[str]]
    unions: dict[tuple[str, str], str]  # alias name by (annotation, module) and (class, "union")
    module_of: dict[str, str]
    models: dict[str, Model]
    taken: set[str]

    def class_of(self, name: str, request: bool) -> str:
        """The class of a named schema: its request shape in a request, when it has one."""
        return (request and self.request_names.get(name)) or self.class_names[name]

    def discriminated(self, schema: dict[str, Any], key: str, request: bool) -> str:
        """The tagged union of a `oneOf`/`anyOf` of named schemas with a discriminator, ""
        without one."""
        found = discriminator_of(schema)
        refs = [m.get("$ref") if isinstance(m, dict) else None for m in schema[key]]
        names = [n for n in (ref_name(r, self.schemas) for r in refs) if n]
        if not found or not names or len(set(names)) != len(refs):
            return ""
        tags = tag_values(found[1], names, self.schemas)
        return self.tagged_union(found[0], tags, names, None, request)

    def extended(self, name: str, request: bool) -> str:
        """The alias of the union of a base schema with a discriminator and those extending it
        (`<Class>Union`, beside the base's model)."""
        cls = self.class_of(name, request)
        if (cls, "union") not in self.unions:
            prop, mapping = discriminator_of(self.schemas[name]) or ("", {})
            branches = [*self.extensions[name], name]
            tags = tag_values(mapping, branches, self.schemas)
            text = self.tagged_union(prop, tags, branches, name, request)
            self.unions[cls, "union"] = self.alias_model(cls + "Union", self.module_of[cls], text)
        return self.unions[cls, "union"]

    def alias_model(self, name: str, module: str, annotation: str) -> str:
        """A module-level alias for `annotation`, one per distinct annotation and module."""
        if (annotation, module) not in self.unions:
            name = unique(name, self.taken)
            self.module_of[name] = module
            self.models[name] = Model(
                name=name,
                schema=name,
                module=module,
                title="One of "
                + ", ".join(sorted(set(re.findall(r"_Tag\('(\w+)'\)", annotation))))
                + ", told apart by their discriminator",
                description="",
                doc_section="",
                notes=[],
                alias=annotation,
            )
            self.unions[annotation, module] = name
        return self.unions[annotation, module]

    def tagged_union(
        self, prop: str, tags: dict[str, str], branches: list[str], base: str | None, request: bool
    ) -> str:
        """A callable-discriminated union of named schemas (see shapes.py): `tags` maps each
        value of `prop` to a branch, `base` takes the values nothing maps."""
        cls = {name: self.class_of(name, request) for name in branches}
        members = " | ".join(f"Annotated[{cls[n]}, _Tag({cls[n]!r})]" for n in branches)
        mapping = ", ".join(f"{literal(v)}: {cls[n]!r}" for v, n in tags.items())
        fallback = f", {cls[base]!r}" if base else ""
        return (
            f"Annotated[{members}, "
            f"_Discriminator(_discriminate({literal(prop)}, {{{mapping}}}{fallback}))]"
        )

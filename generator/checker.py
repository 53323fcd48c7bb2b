"""Stage 2, validate: the base of every rule set, what a rule needs of the bundle.

`Checker` holds the bundle, the problems found so far (`report`), whether this project's
conventions apply (root `x-generator: {rules: dataarts}`), and `$ref` lookups in the bundle
through a referencing registry (`deref` a node, `resolve` a pointer). The rule sets
(structure_check.py, project_check.py, examples_check.py) extend it; validate.py runs them.
"""

from __future__ import annotations

from typing import Any

from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from .load import Bundle, Problem
from .normalize import rules

BUNDLE_URI = "urn:dataarts:bundle"


class Checker:
    """The bundle under check, the problems found, and lookups in it."""

    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.doc = bundle.doc
        self.problems: list[Problem] = []
        self.bad_schemas: list[str] = []  # schema nodes the schemas rule found wrong
        self.project = "dataarts" in rules(self.doc)  # this project's conventions apply
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(BUNDLE_URI, resource)

    def report(self, pointer: str, message: str) -> None:
        self.problems.append(self.bundle.problem(pointer, message))

    def place(self, pointer: str) -> str:
        """`file:line` of a pointer, to name the other place of a duplicate."""
        file, line = self.bundle.where(pointer)
        return f"{file}:{line}"

    def resolve(self, pointer: str) -> Any:
        try:
            return self.registry.resolver(BUNDLE_URI).lookup(BUNDLE_URI + "#" + pointer).contents
        except Unresolvable:
            return {}

    def deref(self, node: Any) -> dict[str, Any]:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            try:
                found = self.registry.resolver(BUNDLE_URI).lookup(BUNDLE_URI + node["$ref"])
                return dict(found.contents)
            except Unresolvable:
                return {}
        return node if isinstance(node, dict) else {}

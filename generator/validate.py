"""Stage 2, validate: every rule the spec must satisfy, all problems reported at once.

This module runs the rule sets on one bundle and sorts what they find by file and line:
- structure_check.py: any OpenAPI 3.1 spec (structure, `$ref`s, operationIds, path
  parameters, JSON Schema);
- project_check.py: this project's conventions and `x-` extensions (`x-method`,
  `x-pagination`, `x-state`, the shared error schema, `x-aliases` and `x-vendor-sdk`);
- examples_check.py: examples against their schemas, request-example URIs;
- settings_check.py (root `x-services`, the tags' `x-service`, `x-generator`), release.py
  (`x-release` is complete), connectors_check.py (root `x-connector-roles` names real schemas).
checker.py holds what the rule sets share. Load problems come first; a partial bundle (a file
could not be read) is not checked further, the rules would only echo the gap.
"""

from __future__ import annotations

from .connectors_check import connector_role_problems
from .examples_check import ExampleRules
from .load import Bundle, Problem
from .paths import operations  # noqa: F401  (tests import it from here)
from .project_check import ProjectRules
from .release import problems as release_problems
from .settings_check import setting_problems
from .structure_check import StructureRules


class _Validator(StructureRules, ProjectRules, ExampleRules):
    """Every rule set on one bundle."""

    def run(self) -> list[Problem]:
        self.schemas()
        schema_nodes = tuple(self.bad_schemas)
        self.structure()
        # A bad schema keyword is one line (the schemas rule), not also openapi-pydantic's echo.
        self.problems = [
            p
            for p in self.problems
            if not (p.message.startswith("OpenAPI 3.1:") and p.pointer.startswith(schema_nodes))
        ]
        self.refs(self.doc)
        self.operation_ids()
        for pointer, message in setting_problems(self.doc):
            self.report(pointer, message)
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        for pointer, message in connector_role_problems(self.doc, schemas, self.project):
            self.report(pointer, message)
        if self.project:
            self.required_fields()
        self.path_parameters()
        self.client_methods()
        self.kit_state()
        if self.project:
            self.error_responses()
        if self.project or "x-release" in self.doc:  # a published client's metadata
            for pointer, message in release_problems(self.doc):
                self.report(pointer, message)
        self.examples()
        self.provenance(self.doc)
        return self.problems


def validate(bundle: Bundle) -> list[Problem]:
    """Every problem of the bundled spec (load problems first), sorted by file and line."""
    problems = list(bundle.problems)
    if bundle.doc and bundle.complete:  # rules on a partial bundle would only echo the gap
        problems += _Validator(bundle).run()
    unique = dict.fromkeys(problems)
    return sorted(unique, key=lambda p: (p.file, p.line, p.pointer, p.message))

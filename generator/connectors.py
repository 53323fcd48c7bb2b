"""Model stage, connectors: the catalogue of connector kinds (schemas with `x-connector`).

Each becomes a typed helper of `dataarts.connectors`: its parameters, their JSON kinds, enums,
required flags and secrets, in the order the helper takes them, and what it returns: the model
root `x-connector-roles` names for its role (the groups in that model's `configs` property), or
the plain list of groups when the spec names none.
"""

from __future__ import annotations

import re

from .ir import Connector, ConnectorParam, text
from .names import snake, unique
from .pytypes import JSON_ANNOTATIONS, py_literal, union
from .types import METHOD_NAMES, Types


class Connectors(Types):
    # -- connector catalogue ---------------------------------------------------------------
    def connector_returns(self, role: str) -> tuple[str, str]:
        """The model class a helper of `role` returns and the wire name of its configs
        property (`x-connector-roles`); ("", "") when the spec names none or it is unusable
        (the validator reports that)."""
        roles = self.doc.get("x-connector-roles")
        entry = roles.get(role) if isinstance(roles, dict) else None
        if not isinstance(entry, dict):
            return "", ""
        schema, configs = entry.get("schema"), entry.get("configs")
        if not isinstance(schema, str) or schema not in self.class_names:
            return "", ""
        props, _ = self.object_parts(self.resolve(self.schemas[schema]))
        if not isinstance(configs, str) or configs not in props:
            return "", ""
        return self.class_names[schema], configs

    def connectors(self) -> list[Connector]:
        out = []
        for name in sorted(self.schemas):
            schema = self.schemas[name]
            spec = schema.get("x-connector") if isinstance(schema, dict) else None
            if not isinstance(spec, dict):
                continue
            props, required = self.object_parts(schema)
            taken: set[str] = {"extra_inputs"}
            params = []
            for wire, prop in props.items():
                prop = self.resolve(prop)
                kind = prop.get("type", "any")
                kind = "any" if isinstance(kind, list) or "oneOf" in prop else kind
                ann = JSON_ANNOTATIONS.get(kind, "Any")
                if prop.get("enum"):
                    ann = "Literal[" + ", ".join(py_literal(v) for v in prop["enum"]) + "]"
                params.append(
                    ConnectorParam(
                        name=unique(snake(wire.split(".", 1)[-1], METHOD_NAMES), taken),
                        wire=wire,
                        kind=kind,
                        annotation=ann if wire in required else union([ann, "None"]),
                        required=wire in required,
                        enum=list(prop.get("enum") or []),
                        description=text(prop.get("description")),
                        secret=prop.get("format") == "password",
                    )
                )
            params.sort(key=lambda p: not p.required)
            returns, configs = self.connector_returns(text(spec.get("role")))
            out.append(
                Connector(
                    function=snake(re.sub(r"Config$", "", name)),
                    schema=name,
                    role=text(spec.get("role")),
                    connector_name=text(spec.get("connector-name")),
                    kinds=[text(k) for k in spec.get("kinds") or []],
                    title=text(schema.get("title")),
                    doc_section=text(schema.get("x-doc-section")),
                    params=params,
                    returns=returns,
                    configs=configs,
                )
            )
        return out

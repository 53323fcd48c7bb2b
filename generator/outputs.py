"""What the generator makes: each template, the files it renders and the part of the IR each sees.

A template rendered once per item (a resource, a model module, a fixture...) sees that item
as `item`; a template rendered once for the whole API sees `api`, a view of only the fields
it uses (FIELDS). What a file sees is all it depends on besides its template and the
generator's code: render.py keys its cache on exactly that, so an edit re-renders only the
files whose view changed. A template that uses a field its view lacks fails at once
(undefined), never silently. A new kind of output file is one entry here and one template.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from .ir import Api

Fields = dict[str, "Fields | None"]


def view(obj: Any, fields: Fields | None) -> Any:
    """`obj` with only `fields` (recursively; None keeps the value whole)."""
    if fields is None:
        return obj
    if isinstance(obj, list):
        return [view(o, fields) for o in obj]
    return SimpleNamespace(**{k: view(getattr(obj, k), sub) for k, sub in fields.items()})


def whole(fields: Fields) -> Callable[[Api], Iterable[Any]]:
    return lambda api: [view(api, fields)]


def each(items: Callable[[Api], Iterable[Any]], fields: Fields | None = None) -> Any:
    return lambda api: [view(item, fields) for item in items(api)]


@dataclass(frozen=True)
class Output:
    template: str
    path: str  # formatted with the context's attributes
    contexts: Callable[[Api], Iterable[Any]]
    name: str = "item"  # the context's name in the template


SERVICE_NAMES: Fields = {"name": None, "title": None}
# The generator's settings (settings.py): the package, distribution and client class names.
NAMES: Fields = {"package": None, "distribution": None, "client_class": None, "kit": None}
OUTPUTS = [
    Output(
        "client/pyproject.toml.j2",
        "python/pyproject.toml",
        whole({"release": None, "services": {"name": None}, **NAMES}),
        "api",
    ),
    Output(
        "client/README.md.j2",
        "python/README.md",
        whole(
            {
                "title": None,
                "version": None,
                "release": None,
                "services": {
                    **SERVICE_NAMES,
                    "resources": {
                        "name": None,
                        "title": None,
                        "operations": {
                            "method": None,
                            "http_method": None,
                            "path": None,
                            "doc_section": None,
                            "summary": None,
                            "deprecated": None,
                            "paging": None,
                            "response_kind": None,
                        },
                    },
                },
                "client_settings": None,
                "token_header": None,
                "kit_example": None,
                "auth_doc": None,
                **NAMES,
                "readme_examples": None,
                "paged_example": None,
                "stream_example": None,
            }
        ),
        "api",
    ),
    Output(
        "client/__init__.py.j2",
        "python/dataarts/__init__.py",
        whole(
            {
                "title": None,
                "version": None,
                "release": {"version": None},
                "security_schemes": None,
                **NAMES,
            }
        ),
        "api",
    ),
    Output(
        "client/client.py.j2",
        "python/dataarts/client.py",
        whole(
            {
                "title": None,
                "services": {**SERVICE_NAMES, "class_name": None, "variables": None},
                "client_settings": None,
                "client_class": None,
            }
        ),
        "api",
    ),
    Output(
        "client/spec.py.j2",
        "python/dataarts/_spec.py",
        whole(
            {
                "services": {"name": None, "url": None, "variables": None, "defaults": None},
                "auth_required": None,
                "security_schemes": None,
                "secret_names": None,
                "token_request": None,
                "token_header": None,
                "project_header": None,
                "project_setting": None,
                "security_token_header": None,
                "request_id_header": None,
                "error_fields": None,
            }
        ),
        "api",
    ),
    Output(
        "client/error_codes.json.j2",
        "python/dataarts/_error_codes.json",
        whole({"error_codes": None}),
        "api",
    ),
    Output(
        "client/service.py.j2",
        "python/dataarts/{name}/__init__.py",
        each(
            lambda api: api.services,
            {
                **SERVICE_NAMES,
                "class_name": None,
                "url": None,
                "resources": {"name": None, "class_name": None, "title": None},
            },
        ),
    ),
    Output(
        "client/resource.py.j2",
        "python/dataarts/{service}/{name}.py",
        each(lambda api: api.resources),
    ),
    # What each operation's `_call` reads (data, not code: black has less to format).
    Output(
        "client/resource.json.j2",
        "python/dataarts/{service}/{name}.json",
        each(lambda api: api.resources, {"service": None, "name": None, "call_table": None}),
    ),
    Output(
        "connectors/__init__.py.j2",
        "python/dataarts/connectors/__init__.py",
        whole({"connector_groups": {"name": None, "connectors": {"function": None}}}),
        "api",
    ),
    Output(
        "connectors/group.py.j2",
        "python/dataarts/connectors/{name}.py",
        each(lambda api: api.connector_groups),
    ),
    Output(
        "connectors/group.json.j2",
        "python/dataarts/connectors/{name}.json",
        each(lambda api: api.connector_groups),
    ),
    Output(
        "models/__init__.py.j2",
        "python/dataarts/models/__init__.py",
        whole({"modules": {"name": None, "models": {"name": None}}}),
        "api",
    ),
    Output(
        "models/package.py.j2",
        "python/dataarts/models/{name}/__init__.py",
        each(
            lambda api: api.model_packages,
            {"name": None, "modules": {"stem": None, "models": {"name": None}}},
        ),
    ),
    Output(
        "models/module.py.j2",
        "python/dataarts/models/{path}.py",
        each(lambda api: api.modules),
    ),
    Output(
        "fixtures/operation.json.j2",
        "fixtures/{service}/{op_id}.json",
        each(lambda api: api.fixtures),
    ),
    # The testing kit's data: the bundled spec and the fixtures, shipped inside the package.
    Output(
        "client/testing/openapi.json.j2",
        "python/dataarts/testing/openapi.json",
        whole({"doc": None}),
        "api",
    ),
    Output(
        "client/testing/fixture.json.j2",
        "python/dataarts/testing/fixtures/{service}/{op_id}.json",
        each(lambda api: api.fixtures),
    ),
    Output(
        "docs/index.md.j2",
        "docs/index.md",
        whole({"title": None, "services": {"name": None, "url": None, "operations": {}}}),
        "api",
    ),
    Output("docs/service.md.j2", "docs/{name}.md", each(lambda api: api.services)),
]


class Attributes(dict[str, Any]):
    """A context's attributes (properties included) for str.format_map."""

    def __init__(self, item: Any) -> None:
        super().__init__()
        self.item = item

    def __missing__(self, key: str) -> Any:
        return getattr(self.item, key)

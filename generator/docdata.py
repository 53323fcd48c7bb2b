"""What the review pages show, as plain dataclasses (docs.py fills them, templates/docs/ reads
them): per operation its parameters, bodies, examples, error codes and notes; per model its
fields; the page as a whole (Reference), whose operations and models are rendered sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import coverage as coverage_mod
from .doctree import Row
from .ir import Operation
from .notes import Note, Register


@dataclass
class ParamDoc:
    name: str  # the client's argument ("" when the client fills it)
    wire: str
    location: str
    type: str
    required: bool
    constraints: list[str]
    description: str
    filled_by: str  # "setting <name>" (a client setting fills it), "auth", ""


@dataclass
class Body:
    title: str  # "request body" / "200 OK"
    content_type: str
    type: str
    link: str
    rows: list[Row]
    examples: list[tuple[str, str]]  # (name, pretty JSON)


@dataclass
class ErrorCode:
    code: str
    status: str
    message: str
    solution: str


@dataclass
class OpDoc:
    op: Operation
    anchor: str
    call: str
    params: list[ParamDoc]
    request: Body | None
    responses: list[Body]
    uri_examples: list[tuple[str, str, str]]  # (name, summary, uri)
    errors: list[ErrorCode]
    notes: list[Note]


@dataclass
class OpSection:
    """An operation in the page: the index shows its IR, its section is rendered HTML."""

    op: Operation
    anchor: str
    html: str


@dataclass
class Resource:
    name: str
    title: str
    ops: list[OpSection]


@dataclass
class ServiceDoc:
    name: str
    title: str
    url: str
    resources: list[Resource]


@dataclass
class ModelDoc:
    name: str
    anchor: str
    title: str
    description: str
    section: str
    type: str
    rows: list[Row]
    notes: list[Note]
    used_by: list[tuple[str, str]]  # (operationId, anchor)
    example: str


@dataclass
class ModelSection:
    name: str
    html: str


@dataclass
class Reference:
    title: str
    version: str
    services: list[ServiceDoc]
    models: list[ModelSection]
    register: Register
    coverage: coverage_mod.Coverage
    error_codes: list[tuple[str, list[ErrorCode]]]
    search: list[list[str]]  # [kind, label, detail, anchor]
    spec_parts: list[tuple[str, list[Note], list[str]]]  # (root key, notes, sections)
    changes: Any = None  # a diff.Changes, when the reference is rendered against a base
    counts: dict[str, int] = field(default_factory=dict)

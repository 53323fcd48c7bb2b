"""The notes register: every `x-doc-notes` entry of the spec, located and classified.

Each note is found by walking the bundle; owners.py says which operation, schema or root
part of the spec it sits on. Its reference section is the one the note names at its start
(`6.3.4: ...`, `6.3.1/6.3.2: ...`, a table such as `2-1: ...`), else the `x-doc-section` of the
nearest node above it, else none.

Its kind comes from KINDS: the first rule whose pattern matches the note's text (case
insensitive) wins, so the order goes from the most specific judgement to the most general.
The rules are printed with the register, so a reviewer can see why a note sits where it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .owners import locate, tokens, walk

# (kind, what it means, pattern over the note's text); first match wins.
KINDS: list[tuple[str, str, str]] = [
    (
        "broken example",
        "the PDF broke an example (split code blocks, brackets, line breaks, escapes); repaired",
        r"code block|page break|brackets?\b|json is broken|broken across|markdown escape"
        r"|split by a line break|stray|debris",
    ),
    (
        "status code",
        "a response status the reference does not print, or prints elsewhere",
        r"status code|状态码|\b200 assumed",
    ),
    (
        "error response",
        "an error body the reference gives with other fields than the shared error schema",
        r"errorresponse|error body|gives this body as|\b[45]00 body|success response \(204\), no failure",
    ),
    (
        "connector catalogue",
        "how a connector kind of 5.4 is named, sampled or told apart",
        r"connector-name|连接样例",
    ),
    (
        "PDF text damage",
        "a name, type or description the PDF conversion damaged; read as intended",
        r"pdf damage|pdf line break|pdf rendering|lost in the pdf",
    ),
    (
        "error code",
        "an error code an example spells unlike table 7-4",
        r"error code (is printed|spelled)|spells the code|uses the prefix",
    ),
    (
        "operation name",
        "an operationId that differs from the vendor SDK's request name",
        r"operationid",
    ),
    (
        "renamed field",
        "a name spelled differently in the table, the examples or the vendor SDK",
        r"\bspell|\bnames? (this|the) (field|type)|\bnamed\b|line-break space"
        r"|\bfield is \w|field name|renamed|clash",
    ),
    (
        "missing enum value",
        "an enumeration the table lists incompletely or writes damaged",
        r"\benum\b|list item|the value is|gives the value|not exhaustive|type value|"
        r"second value|states \(",
    ),
    (
        "type conflict",
        "the table's type disagrees with the examples, other sections or the SDK",
        r"\btypes? (is |are )?(given as|\w+ as)|\btyped\b|accepting (both|any|numbers)"
        r"|table says (long|integer|string)|type \[|one type|says \w+ is (string|long)"
        r"|type date|as a string|as strings|type 数据结构|returned as the number",
    ),
    (
        "required flag",
        "a row's 是否必选 contradicted by its description or the examples",
        r"required|是否必选|\bmarks\b",
    ),
    (
        "range or length",
        "minimum, maximum, length or page-size limits that disagree",
        r"\brange\b|maxlength|at most|characters|长度|\[\d+, ?\d+\]",
    ),
    (
        "default value",
        "a default the table omits, prints damaged or makes conditional",
        r"\bdefault\b|默认",
    ),
    (
        "missing or extra field",
        "a field or parameter only the examples, another table or the SDK show",
        r"appears only|not in (the|表)|missing from|is not in|added\b|only in|absent",
    ),
    (
        "shared schema",
        "tables with the same rows transcribed as one schema",
        r"same rows|shares?\b|same table|one schema|repeat|identical",
    ),
    (
        "parameter location",
        "a parameter whose place (path, query, header, body) the reference gives oddly",
        r"\bheader\b|query parameters?|path parameter|uri template|uri parameter",
    ),
    (
        "example mismatch",
        "an example that contradicts the table, the URI or another example; kept as given",
        r"example|kept as given|uri",
    ),
    (
        "rate limit",
        "a rate limit of table 2-1",
        r"rate|次/min",
    ),
]
OTHER = ("other", "transcription conventions and anything no rule matches", "")
SECTION = re.compile(r"^\s*(?:(\d+(?:\.\d+)*)(?:/[\d.]+)*|(?:表\s*)?(\d+)-\d+)\s*:")


@dataclass
class Note:
    text: str
    kind: str
    section: str  # reference section ("6.3.4"), "" when none is known
    pointer: str
    owner_kind: str
    owner: str
    anchor: str
    where: str


@dataclass
class NoteGroup:
    key: str  # a section number or a kind
    notes: list[Note] = field(default_factory=list)


@dataclass
class Register:
    notes: list[Note]
    by_section: list[NoteGroup]
    by_kind: list[NoteGroup]
    kinds: list[tuple[str, str, int]]  # (kind, meaning, count), in rule order


def classify(text: str) -> str:
    for kind, _, pattern in KINDS:
        if re.search(pattern, text, re.IGNORECASE):
            return kind
    return OTHER[0]


def section_key(section: str) -> tuple[int, ...]:
    """Sort key of a section number; notes without one sort last."""
    nums = re.findall(r"\d+", section)
    return tuple(int(n) for n in nums) if nums else (10**6,)


def first_section(doc_section: str) -> str:
    m = re.match(r"\s*(\d+(?:\.\d+)*)", doc_section)
    return m.group(1) if m else ""


def _inherited_section(doc: dict[str, Any], pointer: str) -> str:
    """The `x-doc-section` of the node at `pointer` or of its nearest ancestor."""
    node: Any = doc
    found = ""
    for tok in tokens(pointer):
        if isinstance(node, dict) and isinstance(node.get("x-doc-section"), str):
            found = first_section(node["x-doc-section"]) or found
        node = node.get(tok) if isinstance(node, dict) else _item(node, tok)
    if isinstance(node, dict) and isinstance(node.get("x-doc-section"), str):
        found = first_section(node["x-doc-section"]) or found
    return found


def _item(node: Any, tok: str) -> Any:
    if isinstance(node, list) and tok.isdigit() and int(tok) < len(node):
        return node[int(tok)]
    return None


def register(doc: dict[str, Any]) -> Register:
    return group([n for pointer, node in walk(doc) for n in notes_at(doc, pointer, node)])


def notes_at(doc: dict[str, Any], pointer: str, node: dict[str, Any]) -> list[Note]:
    """The notes of one node (its `x-doc-notes`), located in the bundle. Reads the node, the
    operation or schema owning it and the `x-doc-section` of its ancestors."""
    entries = node.get("x-doc-notes")
    if not isinstance(entries, list):
        return []
    owner = locate(doc, pointer)
    notes: list[Note] = []
    for entry in entries:
        text = str(entry).strip()
        m = SECTION.match(text)
        section = (m.group(1) or m.group(2)) if m else _inherited_section(doc, pointer)
        notes.append(
            Note(
                text=text,
                kind=classify(text),
                section=section,
                pointer=pointer,
                owner_kind=owner.kind,
                owner=owner.name,
                anchor=owner.anchor,
                where=owner.where,
            )
        )
    return notes


def group(notes: list[Note]) -> Register:
    """The register of `notes` (in document order), grouped by section and by kind."""
    sections: dict[str, NoteGroup] = {}
    for n in sorted(notes, key=lambda n: section_key(n.section)):
        sections.setdefault(n.section, NoteGroup(n.section or "no section")).notes.append(n)
    kinds: dict[str, NoteGroup] = {k: NoteGroup(k) for k, _, _ in [*KINDS, OTHER]}
    for n in notes:
        kinds[n.kind].notes.append(n)
    return Register(
        notes=notes,
        by_section=list(sections.values()),
        by_kind=[g for g in kinds.values() if g.notes],
        kinds=[(k, meaning, len(kinds[k].notes)) for k, meaning, _ in [*KINDS, OTHER]],
    )

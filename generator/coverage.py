"""Coverage: every section and table of the reference against what carries its `x-doc-section`.

The reference's outline (its numbered headings and `表 N-M` captions) is extracted once from the
reference text by `python -m generator outline REFERENCE.txt` into spec/reference-outline.txt
(committed, so a fresh clone checks coverage without the reference). A heading is taken from the
table of contents (`5.1.1 查询集群详情 ... 24`); a caption belongs to the last heading of the
body before it. An operation section is a heading of chapters 5 and 6 whose body gives a
request line (`GET /v1/...`); such headings are marked `op` in the outline.

`x-doc-section` values cite sections and tables (`5.1.1, 5.1.7, 表5-4`; several groups separated
by `;`). A section is covered when it is cited; a parent when any section under it is. A table
is covered when cited, or implied when it is a parameter or top-level body table of a covered
operation section (parameters are transcribed inline, one per row, and bodies are the
operation's own request and response schemas; neither carries a section of its own).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .owners import Owner, locate, walk

# The chapters coverage reports on: endpoints, auth, the two API chapters, the appendix.
SCOPE = ("1.4", "3", "5", "6", "7")
OPERATION_CHAPTERS = ("5", "6")
# Tables an operation transcribes without citing them: its parameter rows (inline parameters)
# and its top-level request and response bodies (the operation's body schemas).
IMPLIED_TABLE = re.compile(r"(路径|Query|URI|请求 ?Header|请求 ?Body|响应 ?Body)\s*参数")
TOC_LINE = re.compile(r"^(\d+(?:\.\d+)*) (.+?)(?:\s*\.{2,}\s*|\t)(\d+)$")
CAPTION = re.compile(r"^表 ?(\d+-\d+) ?(.*)$")
REQUEST_LINE = re.compile(r"^(GET|POST|PUT|DELETE|PATCH) /")
CITE_SECTION = re.compile(r"(?<![\d.-])(\d+(?:\.\d+)*)(?![\d.-])")
CITE_TABLE = re.compile(r"表\s*(\d+-\d+)")


@dataclass
class Carrier:
    owner: Owner
    cited: str  # the x-doc-section text


@dataclass
class Table:
    number: str  # "5-4"
    caption: str
    status: str = "not cited"  # "cited" | "implied" | "not cited"
    carriers: list[Carrier] = field(default_factory=list)


@dataclass
class Section:
    number: str
    title: str
    operation: bool
    depth: int
    status: str = "not cited"  # "cited" | "through subsections" | "not cited"
    carriers: list[Carrier] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class Coverage:
    sections: list[Section]
    uncovered_sections: list[Section]
    uncovered_operations: list[Section]
    uncovered_tables: list[tuple[Section, Table]]
    counts: dict[str, int]


def extract_outline(text: str) -> str:
    """The outline file's text from the reference's text."""
    lines = text.splitlines()
    toc: dict[str, str] = {}
    for line in lines:
        m = TOC_LINE.match(line.strip())
        if m and m.group(1) not in toc:
            toc[m.group(1)] = re.sub(r"\.+$", "", m.group(2)).strip()
    out = [
        "# The reference's numbered headings and table captions, for the coverage report.",
        "# Extracted by `python -m generator outline REFERENCE.txt`; do not edit by hand.",
        "# `N title` a heading (`op` after the number: an operation section), `  表N-M caption`.",
    ]
    current = ""
    body: dict[str, list[str]] = {}
    request: set[str] = set()
    for line in lines:
        stripped = re.sub(r"^#+\s*", "", line.strip())
        m = re.match(r"^(\d+(?:\.\d+)*) (.+)$", stripped)
        if m and m.group(1) in toc and _same_title(m.group(2), toc[m.group(1)]):
            current = m.group(1)
            body.setdefault(current, [])
            continue
        c = CAPTION.match(stripped)
        if c and current:
            body[current].append(f"  表{c.group(1)} {c.group(2).strip()}".rstrip())
        if current and REQUEST_LINE.match(stripped):
            request.add(current)
    for number, title in toc.items():
        op = " op" if number in request and number.split(".")[0] in OPERATION_CHAPTERS else ""
        out.append(f"{number}{op} {title}")
        out += body.get(number, [])
    return "\n".join(out) + "\n"


def _same_title(a: str, b: str) -> bool:
    """Body and contents titles, compared without width or spacing differences (（ vs ( )."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", a)) == re.sub(
        r"\s", "", unicodedata.normalize("NFKC", b)
    )


def parse_outline(text: str) -> list[Section]:
    sections: list[Section] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("  表") and sections:
            number, _, caption = line.strip()[1:].partition(" ")
            sections[-1].tables.append(Table(number, caption))
            continue
        number, _, rest = line.partition(" ")
        op = rest.startswith("op ")
        title = rest[3:] if op else rest
        sections.append(Section(number, title, op, number.count(".") + 1))
    return sections


def in_scope(number: str, scope: tuple[str, ...] = SCOPE) -> bool:
    return any(number == s or number.startswith(s + ".") for s in scope)


def citations(doc: dict[str, Any]) -> list[tuple[str, Owner]]:
    """Every `x-doc-section` of the bundle with its owner."""
    return [c for pointer, node in walk(doc) for c in citation_at(doc, pointer, node)]


def citation_at(doc: dict[str, Any], pointer: str, node: dict[str, Any]) -> list[tuple[str, Owner]]:
    """The `x-doc-section` of one node with its owner ([] without one)."""
    value = node.get("x-doc-section")
    if isinstance(value, str) and value.strip():
        return [(value.strip(), locate(doc, pointer))]
    return []


def check(doc: dict[str, Any], outline: str, scope: tuple[str, ...] = SCOPE) -> Coverage:
    return check_cited(citations(doc), outline, scope)


def check_cited(
    cites: list[tuple[str, Owner]], outline: str, scope: tuple[str, ...] = SCOPE
) -> Coverage:
    """The coverage of the outline by the citations of the spec (citations())."""
    sections = [s for s in parse_outline(outline) if in_scope(s.number, scope)]
    by_number = {s.number: s for s in sections}
    tables = {t.number: (s, t) for s in sections for t in s.tables}
    for cited, owner in cites:
        carrier = Carrier(Owner(owner.kind, owner.name, owner.anchor, ""), cited)
        for number in dict.fromkeys(CITE_SECTION.findall(CITE_TABLE.sub("", cited))):
            if number in by_number:
                _add(by_number[number].carriers, carrier)
        for number in dict.fromkeys(CITE_TABLE.findall(cited)):
            if number in tables:
                _add(tables[number][1].carriers, carrier)
    for s in sections:
        if s.carriers:
            s.status = "cited"
        elif any(o.number.startswith(s.number + ".") and o.carriers for o in sections):
            s.status = "through subsections"
        for t in s.tables:
            if t.carriers:
                t.status = "cited"
            elif s.operation and s.status == "cited" and IMPLIED_TABLE.search(t.caption):
                t.status = "implied"
    uncovered = [s for s in sections if s.status == "not cited"]
    loose = [(s, t) for s in sections for t in s.tables if t.status == "not cited"]
    all_tables = [t for s in sections for t in s.tables]
    return Coverage(
        sections=sections,
        uncovered_sections=uncovered,
        uncovered_operations=[s for s in uncovered if s.operation],
        uncovered_tables=loose,
        counts={
            "sections": len(sections),
            "sections_covered": len(sections) - len(uncovered),
            "operations": sum(s.operation for s in sections),
            "operations_covered": sum(s.operation and s.status == "cited" for s in sections),
            "tables": len(all_tables),
            "tables_cited": sum(t.status == "cited" for t in all_tables),
            "tables_implied": sum(t.status == "implied" for t in all_tables),
        },
    )


def _add(carriers: list[Carrier], carrier: Carrier) -> None:
    """One entry per owner: an owner citing a section from several of its nodes counts once."""
    if all(c.owner.anchor != carrier.owner.anchor for c in carriers):
        carriers.append(carrier)


def outline_path(spec: Path) -> Path:
    return spec.parent / "reference-outline.txt"


def report(cov: Coverage) -> str:
    """The text `python -m generator coverage` prints."""
    c = cov.counts
    lines = [
        f"sections: {c['sections_covered']}/{c['sections']} covered; operation sections: "
        f"{c['operations_covered']}/{c['operations']}; tables: {c['tables_cited']} cited, "
        f"{c['tables_implied']} implied, {len(cov.uncovered_tables)} not cited "
        f"(of {c['tables']})",
    ]
    for s in cov.uncovered_sections:
        kind = "operation section" if s.operation else "section"
        lines.append(f"uncovered {kind} {s.number} {s.title}")
    for s, t in cov.uncovered_tables:
        lines.append(f"table not cited: 表{t.number} {t.caption} ({s.number})")
    return "\n".join(lines)

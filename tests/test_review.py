"""The review pages: the HTML reference, the notes register and the coverage of the reference."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from conftest import GENERATED, SPEC, edit, run_cli
from generator.coverage import check, extract_outline, outline_path
from generator.load import load
from generator.notes import classify, register

DOCS = GENERATED / "docs"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return load(SPEC).doc


@pytest.fixture(scope="module")
def page() -> str:
    return (DOCS / "reference.html").read_text(encoding="utf-8")


def all_notes(node: Any) -> list[str]:
    """Every x-doc-notes entry, found independently of notes.py."""
    if isinstance(node, dict):
        own = [str(n).strip() for n in node.get("x-doc-notes") or []]
        return own + [n for v in node.values() for n in all_notes(v)]
    if isinstance(node, list):
        return [n for v in node for n in all_notes(v)]
    return []


def test_register_holds_every_note_with_a_link_that_resolves(
    doc: dict[str, Any], page: str
) -> None:
    expected = all_notes(doc)
    reg = register(doc)
    assert sorted(n.text for n in reg.notes) == sorted(expected)
    assert len(expected) > 400
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert {n.anchor for n in reg.notes} <= ids
    markdown = (DOCS / "notes.md").read_text(encoding="utf-8")
    for text in set(expected):
        assert text.replace("\n", " ").replace("|", "\\|") in markdown
        assert str(escape(text)) in page
    assert sum(len(g.notes) for g in reg.by_section) == len(expected)
    assert sum(len(g.notes) for g in reg.by_kind) == len(expected)


@pytest.mark.parametrize(
    "text,kind",
    [
        (
            "6.1.2: the example is split over two code blocks by a page break; joined.",
            "broken example",
        ),
        (
            '6.3.23: table types deploy_begin_time as Long; the request example sends "".',
            "type conflict",
        ),
        (
            "5.1.1: table 5-4 spells trafficip, table 5-54 trafficIp; trafficIp chosen.",
            "renamed field",
        ),
        (
            "6.3.17: 表6-192 marks queue 是 (required), but the example has no queue.",
            "required flag",
        ),
        ("6.3.1: range [5, 7200]; 6.3.2 says [5, 1440].", "range or length"),
        ('6.3.17: the list item "running -运行中" gives the value running.', "missing enum value"),
        (
            "6.2.1: the success response gives a body but no HTTP status code; 200 assumed.",
            "status code",
        ),
        ("9.9: something nobody classified.", "other"),
    ],
)
def test_notes_are_classified_by_the_documented_rules(text: str, kind: str) -> None:
    assert classify(text) == kind


def test_notes_are_grouped_by_the_section_they_name(doc: dict[str, Any]) -> None:
    reg = register(doc)
    for group in reg.by_section:
        for n in group.notes:
            assert n.section == ("" if group.key == "no section" else group.key)
            named = re.match(r"\s*(\d+(?:\.\d+)*)\s*[:/]", n.text)
            if named:
                assert n.section == named.group(1)
    keys = [g.key for g in reg.by_section if g.key != "no section"]
    assert keys == sorted(keys, key=lambda k: [int(p) for p in k.replace("-", ".").split(".")])


def test_every_operation_section_of_the_reference_is_covered(doc: dict[str, Any]) -> None:
    cov = check(doc, outline_path(SPEC).read_text(encoding="utf-8"))
    assert cov.counts["operations"] >= 70
    assert [f"{s.number} {s.title}" for s in cov.uncovered_operations] == []


def test_coverage_reports_an_uncovered_operation_section(mini: Path) -> None:
    outline_path(mini).write_text(
        "9 Things\n9.1 op Show a thing\n  表9-1 路径参数\n  表9-2 Thing\n"
        "9.2 op List things\n9.3 op Delete a thing\n  表9-3 路径参数\n",
        encoding="utf-8",
    )
    cov = check(load(mini).doc, outline_path(mini).read_text(encoding="utf-8"), scope=("9",))
    assert [s.number for s in cov.uncovered_operations] == ["9.3"]
    statuses = {t.number: t.status for s in cov.sections for t in s.tables}
    assert statuses == {"9-1": "implied", "9-2": "not cited", "9-3": "not cited"}
    assert {s.number: s.status for s in cov.sections}["9"] == "through subsections"


def test_coverage_command_fails_on_an_uncovered_operation_section(mini: Path) -> None:
    outline_path(mini).write_text("5 API\n5.1 op Show\n5.9 op Missing\n", encoding="utf-8")
    edit(mini.parent / "svc" / "paths.yaml", 'x-doc-section: "9.1"', 'x-doc-section: "5.1"')
    result = run_cli("--spec", str(mini), "coverage")
    assert result.returncode == 1
    assert "uncovered operation section 5.9 Missing" in result.stdout
    assert "5.1 Show" not in result.stdout


def test_outline_is_extracted_from_the_reference_text() -> None:
    text = "\n".join(
        [
            "5.1 集群管理\t24",
            "5.1.1 查询集群详情.....\t24",
            "5.1.2 停止集群 (待下线)\t30",
            "",
            "5.1 集群管理",
            "## 5.1.1 查询集群详情",
            "URI",
            "GET /v1.1/{project_id}/clusters/{cluster_id}",
            "表 5-1 路径参数",
            "表 5-2 flavor",
            "5.1.2 停止集群（待下线）",
            "表 5-3 响应 Body 参数",
        ]
    )
    assert extract_outline(text).splitlines()[3:] == [
        "5.1 集群管理",
        "5.1.1 op 查询集群详情",
        "  表5-1 路径参数",
        "  表5-2 flavor",
        "5.1.2 停止集群 (待下线)",
        "  表5-3 响应 Body 参数",
    ]


def test_committed_outline_matches_the_reference() -> None:
    reference = SPEC.parent.parent.parent / "shared" / "seed" / "000_b0b6b669bda851be.txt"
    if not reference.is_file():
        pytest.skip("the reference text is not next to this checkout")
    expected = extract_outline(reference.read_text(encoding="utf-8"))
    assert outline_path(SPEC).read_text(encoding="utf-8") == expected


def test_reference_is_self_contained(page: str) -> None:
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert not re.search(r"url\(|@import|https?://[^\"'<\s]*\.(js|css|woff2?)", page)
    assert "Noto Sans CJK SC" in page  # Chinese renders with the locally installed CJK fonts


def test_reference_has_every_operation_and_model(doc: dict[str, Any], page: str) -> None:
    ops = set(re.findall(r'data-op="([^"]+)"', page))
    ids = {
        str(v.get("operationId") or op["operationId"])
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
        for v in op.get("x-variants") or [op]
    }
    assert ops == ids
    models = set(re.findall(r'data-model="([^"]+)"', page))
    assert models == set(doc["components"]["schemas"])


def test_hostile_text_is_escaped(mini: Path, tmp_path: Path) -> None:
    hostile = "</script><img src=x onerror=alert(1)>{{ 7*7 }}"
    edit(mini.parent / "svc" / "paths.yaml", "summary: Show a thing", f"summary: '{hostile}'")
    out = tmp_path / "out"
    result = run_cli("--spec", str(mini), "generate", "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = (out / "docs" / "reference.html").read_text(encoding="utf-8")
    assert "<img" not in page
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;{{ 7*7 }}" in page
    index = re.search(
        r'<script type="application/json" id="search-index">(.*?)</script>', page, re.S
    )
    assert index and "</" not in index.group(1) and "\\u003c/script\\u003e" in index.group(1)

"""The HTML reference in a real browser: headless Chromium opens it from disk (no network),
and the DOM after its script ran holds every operation and model, and the search finds a field
by its wire name. A screenshot goes to build/docs-screenshot.png for review.

Chromium is the Debian package (`make chromium` installs it); without it the test is skipped.
"""

from __future__ import annotations

import re
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from conftest import GENERATED, ROOT, SPEC
from generator.load import load

PAGE = GENERATED / "docs" / "reference.html"
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
# `make test` installs Chromium first, so under CI a missing browser is a failure, not a skip.
pytestmark = pytest.mark.skipif(
    BROWSER is None and not os.environ.get("CI"),
    reason="no chromium: `make browser-test` installs it (Debian package)",
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--virtual-time-budget=5000",
]


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [str(BROWSER), *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=180,
        )


def wire_only_field(doc: dict[str, Any]) -> tuple[str, str]:
    """(schema, property) of a property whose wire name is no Python name (`from-link-name`)."""
    for name, schema in sorted(doc["components"]["schemas"].items()):
        for prop in (schema or {}).get("properties") or {}:
            if not str(prop).isidentifier():
                return name, str(prop)
    raise AssertionError("the spec has no property with a wire-only name")


def test_browser_shows_everything_and_search_finds_a_wire_name() -> None:
    doc = load(SPEC).doc
    schema, wire = wire_only_field(doc)
    url = f"{PAGE.as_uri()}#search={quote(wire)}"
    result = chromium("--dump-dom", url)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    op_ids = {
        str(v.get("operationId") or op["operationId"])
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
        for v in op.get("x-variants") or [op]
    }
    assert set(re.findall(r'<section class="op" id="[^"]+" data-op="([^"]+)"', dom)) == op_ids
    models = set(re.findall(r'<section class="model" id="[^"]+" data-model="([^"]+)"', dom))
    assert models == set(doc["components"]["schemas"])
    results = re.search(r'<ul id="results" data-count="(\d+)">(.*?)</ul>', dom, re.S)
    assert results, "the search results list is missing"
    assert int(results.group(1)) > 0, "the search found nothing"
    hits = re.findall(
        r'<li class="hit hit-field">.*?<a href="#([^"]+)">([^<]+)</a>', results.group(2)
    )
    assert (f"model-{schema}", wire) in hits

    shot = ROOT / "build" / "docs-screenshot.png"
    shot.parent.mkdir(exist_ok=True)
    shot.unlink(missing_ok=True)
    taken = chromium("--window-size=1400,1000", f"--screenshot={shot}", url)
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

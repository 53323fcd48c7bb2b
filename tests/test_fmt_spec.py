"""`make fmt-spec` (generator/fmt_spec.py): one canonical layout for spec/, comments kept,
idempotent, the data unchanged; `make lint` lists the files not in it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator import fmt_spec
from generator.fmt_spec import format_text, kind_of

ROOT = Path(__file__).resolve().parent.parent

ROOT_FILE = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    $ref: "area.yaml#/~1a"
"""
# Wrong indentation (sequences at 0), key order (operation, parameter, schema) and quoting
# (quoted keys that need no quotes, a status code in double quotes); comments above moved keys.
BAD_AREA = """\
# An area file.
/a:
    get:
        # the tags, first key of the operation
        tags:
        - things
        summary: Show a thing    # one line (two spaces before it)
        # the operationId
        operationId: ShowThing
        parameters:
        - in: query
          "name": q
          schema: {type: string}
        responses:
            "200":
                description: ok
                content:
                    application/json:
                        schema:
                            properties:
                                zeta: {description: z, type: string}
                                alpha:
                                    enum: [c, b, a]
                                    type: string
                            type: object
"""


def _spec(tmp_path: Path, area: str = BAD_AREA) -> Path:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "openapi.yaml").write_text(ROOT_FILE, encoding="utf-8")
    (spec / "area.yaml").write_text(area, encoding="utf-8")
    return spec


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.fmt_spec", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def _plain(text: str) -> object:
    return YAML(typ="safe").load(text)


def test_a_file_out_of_layout_is_listed_then_rewritten(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    (spec / "data.yaml").write_text("x-codes:\n- {code: B, status: 400}\n", encoding="utf-8")
    check = _cli("--check", spec)
    assert check.returncode == 1
    lines = check.stdout.splitlines()
    assert len(lines) == 2, check.stdout  # every file not in the layout, the root is
    assert lines[0].startswith(f"{spec / 'area.yaml'}: not in canonical layout (run make fmt-spec)")
    assert "line 3: '    get:', formatted '  get:'" in lines[0]
    assert lines[1].startswith(f"{spec / 'data.yaml'}: not in canonical layout")

    assert _cli(spec).returncode == 0
    assert _cli("--check", spec).returncode == 0
    out = (spec / "area.yaml").read_text(encoding="utf-8")
    assert out == """\
# An area file.
/a:
  get:
    # the operationId
    operationId: ShowThing
    # the tags, first key of the operation
    tags:
      - things
    summary: Show a thing  # one line (two spaces before it)
    parameters:
      - name: q
        in: query
        schema: {type: string}
    responses:
      '200':
        description: ok
        content:
          application/json:
            schema:
              type: object
              properties:
                zeta: {type: string, description: z}
                alpha:
                  type: string
                  enum: [c, b, a]
"""
    assert _plain(out) == _plain(BAD_AREA)
    assert (spec / "data.yaml").read_text(encoding="utf-8") == (
        "x-codes:\n  - {code: B, status: 400}\n"
    )


def test_data_files_and_data_maps_keep_their_order(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    data = "x-error-codes:\n  - status: 400\n    code: B\n  - {message: m, code: A}\n"
    (spec / "errors.yaml").write_text(data, encoding="utf-8")
    assert kind_of(spec / "errors.yaml") == "data"
    assert kind_of(spec / "area.yaml") == "paths"
    assert kind_of(spec / "openapi.yaml") == "root"
    assert format_text(data, "data") == data
    out = format_text(BAD_AREA, "paths")
    # properties, enums and status codes are data: their order stays
    assert out.index("zeta:") < out.index("alpha:")
    assert "enum: [c, b, a]" in out


def test_comments_stay_with_their_keys() -> None:
    text = """\
Thing:
  # about the properties
  properties:
    a:
      description: |
        text
      # above the type, after a block scalar
      type: string  # end of the type line
  # above the type of Thing
  type: object
  x-doc-notes:
    - a note
  # above Other (below Thing's last key)
Other:
  type: string
"""
    out = format_text(text, "schemas")
    assert out == """\
Thing:
  # above the type of Thing
  type: object
  # about the properties
  properties:
    a:
      # above the type, after a block scalar
      type: string  # end of the type line
      description: |
        text
  x-doc-notes:
    - a note
  # above Other (below Thing's last key)
Other:
  type: string
"""
    assert format_text(out, "schemas") == out


def test_a_rewrite_that_would_change_the_data_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _spec(tmp_path)

    def bad_keys(node: object) -> None:  # a bug: the status code key becomes an integer
        responses = node["/a"]["get"]["responses"]  # type: ignore[index]
        responses[200] = responses.pop("200")

    monkeypatch.setattr(fmt_spec, "_keys_and_eol", bad_keys)
    with pytest.raises(ValueError, match="change the data"):
        format_text(BAD_AREA, "paths")
    assert fmt_spec.main([str(spec / "area.yaml")]) == 1
    assert (spec / "area.yaml").read_text(encoding="utf-8") == BAD_AREA


def test_real_spec_is_in_canonical_layout() -> None:
    done = _cli("--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_lint_runs_the_check() -> None:
    done = subprocess.run(["make", "-n", "lint"], cwd=ROOT, capture_output=True, text=True)
    assert "-m generator.fmt_spec --check" in done.stdout


def test_whole_spec_scrambled_comes_back_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every spec file, its keys put in the reverse order and indented otherwise, formats back to
    the file as committed; formatting that again changes nothing."""
    copy = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", copy)
    files = sorted(copy.rglob("*.yaml"))
    original = {f: f.read_text(encoding="utf-8") for f in files}
    with monkeypatch.context() as m:
        m.setattr(fmt_spec, "ORDER", {k: v[::-1] for k, v in fmt_spec.ORDER.items()})
        scrambled = {f: format_text(t, kind_of(f)) for f, t in original.items()}
    yaml = YAML()
    yaml.indent(mapping=4, sequence=2, offset=0)
    yaml.preserve_quotes = True
    yaml.width = 1 << 30
    changed = 0
    for f, text in scrambled.items():
        doc = yaml.load(text)
        with f.open("w", encoding="utf-8") as out:
            yaml.dump(doc, out)
        changed += f.read_text(encoding="utf-8") != original[f]
    assert changed == len(files)
    for f in files:
        text = f.read_text(encoding="utf-8")
        once = format_text(text, kind_of(f))
        assert _plain(once) == _plain(original[f]), f
        assert once == original[f], f
        assert format_text(once, kind_of(f)) == once, f

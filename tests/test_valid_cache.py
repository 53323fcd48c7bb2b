"""The cache of known-valid bundles (generator/cache.py): an edit of free text only is not
validated again; any other edit, or emptied text, is, in the foreground and in the child."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit
from generator import cache
from generator import validate as validate_module


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = validate_module.validate

    def counting(bundle):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(bundle)

    monkeypatch.setattr(validate_module, "validate", counting)
    return calls


@pytest.mark.parametrize("background", [False, True])
def test_free_text_edits_reuse_a_valid_result_and_others_do_not(
    mini: Path, tmp_path: Path, counted: list[int], background: bool
) -> None:
    store = tmp_path / "cache"

    def problems() -> list[str]:
        bundle = cache.load(mini, store)
        return [str(p) for p in cache.validate_later(bundle, store, background)()]

    assert problems() == []
    first = len(counted)
    paths = mini.parent / "svc" / "paths.yaml"
    edit(paths, "description: 查询。", "description: 查询一个。")  # free text
    assert problems() == []
    assert len(counted) == first  # not validated again (in the foreground: not called)
    assert len(list((store / "valid").iterdir())) == 1
    edit(paths, "summary: List things", 'summary: ""')  # emptied: a rule reads that
    found = problems()
    assert any("summary" in p for p in found), found
    edit(paths, 'summary: ""', "summary: List things")
    assert problems() == []
    edit(paths, "maximum: 100", "maximum: 50")  # not free text: validated again
    assert problems() == []
    assert len(list((store / "valid").iterdir())) == 2
    if not background:  # the first run, the emptied summary, the new maximum (in the child,
        assert len(counted) == 3  # calls are not seen here)

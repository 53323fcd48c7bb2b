"""The cold run's validator process (generator/validator.py) gives the problems validation
finds in the main process, and a failure there is an error, never a wait without end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import edit

from generator import cache
from generator.load import Bundle
from generator.validate import validate
from generator.validator import Validator


def test_the_validator_process_finds_what_validation_finds(mini: Path) -> None:
    edit(mini.parent / "svc" / "paths.yaml", "type: string", "type: strnig")
    bundle = cache.load(mini, None)
    expected = validate(bundle)
    assert expected
    side = Validator()
    try:
        assert cache.validate_later(bundle, None, side=side)() == expected
    finally:
        side.close()


def test_a_validator_that_dies_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "_run", lambda bundle, entry: os._exit(3))
    side = Validator()
    try:
        result = side.validate(Bundle(doc={}, root=Path("openapi.yaml")), None)
        with pytest.raises(EOFError):
            result()
    finally:
        side.close()


def test_a_rule_that_fails_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(bundle: Bundle, entry: Path | None) -> None:
        raise ValueError("a bug")

    monkeypatch.setattr(cache, "_run", fail)
    side = Validator()
    try:
        with pytest.raises(RuntimeError, match="ValueError: a bug"):
            side.validate(Bundle(doc={}, root=Path("openapi.yaml")), None)()
    finally:
        side.close()

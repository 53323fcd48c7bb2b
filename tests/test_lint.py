"""Other tools read the spec as we do: each linter of `make lint` finds nothing in the bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from linters import LINTERS


@pytest.mark.parametrize("tool", sorted(LINTERS))
def test_linter_finds_nothing(bundle_file: Path, tool: str) -> None:
    found = LINTERS[tool](bundle_file)
    listing = "\n".join(
        [f"error: {e}" for e in found.errors] + [f"warning: {w}" for w in found.warnings]
    )
    assert not found.errors and not found.warnings, f"{found.summary()}\n{listing}"

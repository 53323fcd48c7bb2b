"""The hand-written sources are formatted by black and hold no merge-conflict markers.

The generated package is checked by `make check`; this covers what people write: the
generator, templates' static runtime, tests, benchmarks and the spec.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON_DIRS = ["generator", "tests", "bench", "mutation", "templates/client/static"]
# the negative user-code files are checked line by line by test_usercode: black must not move them
EXCLUDE = r"tests/data/|tests/usercode/|\.venv"
MARKER = re.compile(rb"^(<{7}|>{7}) ", re.MULTILINE)
TEXT = {".py", ".yaml", ".yml", ".j2", ".md", ".toml", ".json", ".cfg", ""}


def tracked() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    return [ROOT / name for name in out.decode().split("\0") if name]


def test_hand_written_python_is_black_formatted() -> None:
    dirs = [d for d in PYTHON_DIRS if (ROOT / d).is_dir()]
    done = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "--exclude", EXCLUDE, *dirs],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_no_merge_conflict_markers() -> None:
    found = []
    for path in tracked():
        if path.suffix not in TEXT or not path.is_file() or path.name == "Makefile":
            continue
        if MARKER.search(path.read_bytes()):
            found.append(str(path.relative_to(ROOT)))
    assert found == []


def test_the_marker_check_sees_a_conflict() -> None:
    text = b"a = 1\n<<<<<<< HEAD\nb = 2\n=======\nb = 3\n>>>>>>> main\n"
    assert MARKER.search(text)
    assert not MARKER.search(b"title\n=======\n\nmore ====== text\n")

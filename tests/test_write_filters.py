"""The write stage never loses the old tree, and the template filters make hostile text safe.

Outcomes only: what is on disk at every moment of a swap, what Python a filter's output
compiles to.
"""

from __future__ import annotations

import ast
import os
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from generator import write
from generator.render import docstring, pyrepr

HOSTILE = [
    "plain",
    "quote ' and \" both",
    'ends with a quote"',
    '"""; import os; os.system("x") #',
    "'''; boom() #",
    "back\\slash at the end\\",
    "new\nline and \r carriage \x00 nul \x1b esc \u2028 sep \u2029",
    "\\N{BULLET} \\x41 \\u0041 escapes",
    "{{ jinja }} {% raw %} ${shell}",
    "e\u0301 combining",  # NFC: é
    "",
    "   spaced   ",
]


def tree(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != write.STAMP
    }


def shown(text: str) -> str:
    """What a reader should see of `text`: NFC, each control character (but a newline) and line
    separator a space."""
    nfc = unicodedata.normalize("NFC", text)
    return "".join(" " if c in "\x00\x1b\r\u2028\u2029" else c for c in nfc)


OLD = {"a.txt": b"a", "sub/b.txt": b"b", "gone.txt": b"x"}
NEW = {"a.txt": b"a", "sub/b.txt": b"changed", "c.txt": b"c"}


def test_the_old_tree_stays_until_the_new_one_is_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At every removal and rename of the swap, `out` or `out.old` holds a whole tree."""
    out = tmp_path / "out"
    write.write_tree(out, OLD, "one")
    seen: list[str] = []

    def whole() -> None:
        here = tree(out) if out.exists() else None
        old = out.with_name("out.old")
        kept = tree(old) if old.exists() else None
        assert here == NEW or OLD in (here, kept), (here, kept)

    real_rmtree, real_rename = shutil.rmtree, Path.rename

    def rmtree(path: Any, *args: Any, **kwargs: Any) -> None:
        seen.append(f"rmtree {Path(path).name}")
        whole()
        real_rmtree(path, *args, **kwargs)
        whole()

    def rename(self: Path, target: Any) -> Any:
        seen.append(f"rename {self.name}")
        whole()
        result = real_rename(self, target)
        whole()
        return result

    monkeypatch.setattr(write.shutil, "rmtree", rmtree)
    monkeypatch.setattr(Path, "rename", rename)
    assert write.write_tree(out, NEW, "two") == (2, 1)
    assert tree(out) == NEW
    assert "rename out.new" in seen
    assert not out.with_name("out.old").exists() and not out.with_name("out.new").exists()


def refuse_the_swap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make renaming the new tree (out.new) into place fail, as a full disk or a lock would."""
    real_rename = Path.rename

    def rename(self: Path, target: Any) -> Any:
        if self.name == "out.new":
            raise OSError("rename refused")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)


def test_a_failed_swap_puts_the_old_tree_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write.write_tree(out, OLD, "one")
    refuse_the_swap(monkeypatch)
    with pytest.raises(OSError, match="rename refused"):
        write.write_tree(out, NEW, "two")
    assert tree(out) == OLD
    assert not out.with_name("out.new").exists() and not out.with_name("out.old").exists()


def test_leftovers_of_an_interrupted_run_are_cleared(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write.write_tree(out, OLD, "one")
    for leftover in ("out.new", "out.old"):
        (tmp_path / leftover / "junk").mkdir(parents=True)
        (tmp_path / leftover / "junk" / "f").write_bytes(b"junk")
    write.write_tree(out, NEW, "two")
    assert tree(out) == NEW
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_unchanged_files_keep_their_inode_and_a_first_write_works(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write.write_tree(out, OLD, "one") == (3, 0)
    inode = (out / "a.txt").stat().st_ino
    write.write_tree(out, NEW, "two")
    assert (out / "a.txt").stat().st_ino == inode
    assert write.is_current(out, write.input_digest(tmp_path / "missing")) is False


EDITED = {"a.txt": b"a", "sub/b.txt": b"changed", "gone.txt": b"x", "sub/new.txt": b"n"}


def leftovers(out: Path) -> list[str]:
    """Temporary files of an in-place write left in the tree."""
    return sorted(p.name for p in out.rglob("*") if p.name.endswith((".new", ".old")))


def test_a_few_changed_files_are_replaced_in_the_tree(tmp_path: Path) -> None:
    """No file to remove and no new folder: the changed and new files are put in place one by
    one, the others (and the folder) are left alone."""
    out = tmp_path / "out"
    write.write_tree(out, OLD, "one")
    inodes = {n: (out / n).stat().st_ino for n in ("a.txt", "gone.txt")}
    folder = out.stat().st_ino
    assert write.write_tree(out, EDITED, "two") == (2, 2)
    assert tree(out) == EDITED and write.is_current(out, "two")
    assert out.stat().st_ino == folder
    assert {n: (out / n).stat().st_ino for n in inodes} == inodes
    assert leftovers(out) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    # a new folder (or a file to remove): the whole tree is swapped
    assert write.write_tree(out, {**EDITED, "deep/er.txt": b"d"}, "three") == (1, 4)
    assert out.stat().st_ino != folder and tree(out) == {**EDITED, "deep/er.txt": b"d"}


@pytest.mark.parametrize("changed", [32, 33])
def test_at_most_32_changed_files_are_replaced_in_the_tree(tmp_path: Path, changed: int) -> None:
    """(More are as cheap to put in a new tree as to replace one by one.)"""
    out = tmp_path / "out"
    files = {f"f{i:03}.txt": b"old" for i in range(40)}
    write.write_tree(out, files, "one")
    folder = out.stat().st_ino
    new = {name: (b"new" if i < changed else c) for i, (name, c) in enumerate(files.items())}
    assert write.write_tree(out, new, "two") == (changed, len(files) - changed)
    assert tree(out) == new and write.is_current(out, "two")
    assert (out.stat().st_ino == folder) is (changed <= 32)


def test_a_swapped_tree_counts_what_it_wrote(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = {"a": b"a", "b": b"b", "c": b"c", "d": b"d", "e": b"e"}
    write.write_tree(out, files, "one")
    fewer = {**{n: c for n, c in files.items() if n != "e"}, "a": b"A"}  # one gone: swapped
    assert write.write_tree(out, fewer, "two") == (1, 3)
    assert tree(out) == fewer


def test_a_linked_file_is_never_replaced_in_the_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed file that is a link goes by the tree's swap, which puts the link back if it
    fails (in the tree, an old version is kept as a link to the file, not to the link)."""
    out = tmp_path / "out"
    write.write_tree(out, {"a.txt": b"a", "b.txt": b"b"}, "one")
    (out / "b.txt").unlink()
    os.symlink("a.txt", out / "b.txt")
    refuse_the_swap(monkeypatch)
    with pytest.raises(OSError, match="rename refused"):
        write.write_tree(out, {"a.txt": b"a", "b.txt": b"changed"}, "two")
    assert (out / "b.txt").is_symlink() and (out / "b.txt").read_bytes() == b"a"


@pytest.mark.parametrize("failing", range(9))
def test_a_failure_while_replacing_in_the_tree_puts_every_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: int
) -> None:
    """Whichever step fails (a write, a link of an old file, a rename), the tree and its stamp
    are as they were, without a temporary file."""
    out = tmp_path / "out"
    write.write_tree(out, OLD, "one")
    before = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    steps = []
    real = {"link": os.link, "replace": os.replace, "write": Path.write_bytes}

    def step(kind: str) -> Any:
        def run(*args: Any) -> Any:
            steps.append(kind)
            if len(steps) == failing + 1:
                raise OSError(f"{kind} refused")
            return real[kind](*args)

        return run

    monkeypatch.setattr(os, "link", step("link"))
    monkeypatch.setattr(os, "replace", step("replace"))
    monkeypatch.setattr(Path, "write_bytes", step("write"))
    with pytest.raises(OSError, match="refused"):
        write.write_tree(out, EDITED, "two")
    monkeypatch.undo()
    after = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before and write.is_current(out, "one"), steps


@pytest.mark.parametrize("text", HOSTILE)
def test_pyrepr_is_a_literal_of_the_text(text: str) -> None:
    code = pyrepr(text)
    node = ast.parse(code, mode="eval").body
    assert isinstance(node, ast.Constant)  # one literal, nothing else
    assert node.value == shown(text)  # the text itself, control characters as spaces


def test_pyrepr_of_other_values() -> None:
    for value in (None, True, 0, 7, 2.5, ["a\nb"], {"k": "v"}):
        assert ast.literal_eval(pyrepr(value)) == value


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("indent", [4, 8])
def test_docstring_stays_a_docstring(text: str, indent: int) -> None:
    body = docstring(text, indent)
    source = f'def f():\n{" " * indent}"""{body}"""\n{" " * indent}return 1\n'
    if indent == 8:
        source = "class C:\n" + "\n".join("    " + line for line in source.splitlines()) + "\n"
    module = ast.parse(source)
    fn = module.body[0] if indent == 4 else module.body[0].body[0]  # type: ignore[attr-defined]
    assert isinstance(fn, ast.FunctionDef) and len(fn.body) == 2  # the docstring and the return
    doc = ast.get_docstring(fn, clean=False)
    assert doc is not None
    assert " ".join(doc.split()) == " ".join(shown(text).split())

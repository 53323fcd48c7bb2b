"""The write stage's bookkeeping: what makes a tree current, what is stale, the stamp, the
bundle file. Outcomes only (what `generate` and `check` decide from them, what is on disk);
tests/test_write_filters.py covers the swap itself. Fast: the mutation run of write.py runs
both files for every mutant.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator import write

FILES = {"a.py": b"print(1)\n", "pkg/b.txt": "é\n".encode(), "pkg/deep/c": b""}


def folder(root: Path, files: dict[str, bytes]) -> Path:
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(content)
    return root


def on_disk(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != write.STAMP
    }


# --- input_digest: which changes of the inputs make a new digest ----------------------------


def test_the_input_digest_sees_every_change_of_content_name_and_set(tmp_path: Path) -> None:
    spec = folder(tmp_path / "spec", FILES)
    first = write.input_digest(spec)
    assert write.input_digest(spec) == first
    assert len(first) == 64 and int(first, 16) >= 0
    digests = {first}

    def changed() -> None:
        now = write.input_digest(spec)
        assert now not in digests
        digests.add(now)

    (spec / "pkg" / "b.txt").write_bytes(b"e\n")  # content
    changed()
    (spec / "pkg" / "deep" / "c").rename(spec / "pkg" / "deep" / "d")  # name only
    changed()
    (spec / "new").write_bytes(b"")  # an added empty file
    changed()
    (spec / "a.py").unlink()  # a removed file
    changed()
    (spec / "pkg" / "deep" / "d").write_bytes(b"x")
    (spec / "new").write_bytes(b"")  # the same set again, one content differs
    changed()


def test_the_input_digest_covers_each_folder_by_its_name(tmp_path: Path) -> None:
    one = folder(tmp_path / "one", {"f": b"1"})
    two = folder(tmp_path / "two", {"f": b"1"})
    assert write.input_digest(one) != write.input_digest(two)
    assert write.input_digest(one, two) != write.input_digest(one)
    assert write.input_digest(one, two) != write.input_digest(two, one)
    # the boundary between a name and its content is kept: f + "1" is not "f1" + ""
    three = folder(tmp_path / "three", {"f1": b""})
    four = folder(tmp_path / "four", {"f": b"1"})
    assert write.input_digest(three).encode() != write.input_digest(four).encode()
    assert write.input_digest(tmp_path / "missing") == write.input_digest(tmp_path / "missing2")


def test_tools_caches_are_not_inputs(tmp_path: Path) -> None:
    spec = folder(tmp_path / "spec", FILES)
    before = write.input_digest(spec)
    for cache in sorted(write.CACHES):
        folder(spec / "pkg" / cache, {"x.pyc": b"\x00"})
    assert write.input_digest(spec) == before
    folder(spec / "pkg" / "cache", {"x.pyc": b"\x00"})
    assert write.input_digest(spec) != before


def test_links_count_by_their_target(tmp_path: Path) -> None:
    """A link retargeted to a file of the same content, a broken link, a link to a folder."""
    spec = folder(tmp_path / "spec", {"real1": b"same", "real2": b"same"})
    (spec / "link").symlink_to("real1")
    digests = [write.input_digest(spec)]
    (spec / "link").unlink()
    (spec / "link").symlink_to("real2")
    digests.append(write.input_digest(spec))
    (spec / "link").unlink()
    (spec / "link").symlink_to("nowhere")
    digests.append(write.input_digest(spec))
    (spec / "link").unlink()
    digests.append(write.input_digest(spec))
    (spec / "dir").mkdir()
    (spec / "dirlink").symlink_to("dir", target_is_directory=True)
    digests.append(write.input_digest(spec))
    (spec / "dir2").mkdir()
    (spec / "dirlink").unlink()
    (spec / "dirlink").symlink_to("dir2", target_is_directory=True)
    digests.append(write.input_digest(spec))
    (spec / "dirlink").unlink()
    (spec / "dirlink").write_bytes(b"-")  # a file whose content is what a folder link hashes
    digests.append(write.input_digest(spec))
    assert len(set(digests)) == len(digests)


def test_an_unreadable_input_changes_the_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = folder(tmp_path / "spec", {"f": b"x", "g": b"y"})
    before = write.input_digest(spec)
    real = Path.read_bytes

    def refused(self: Path) -> bytes:
        if self.name == "f":
            raise PermissionError("refused")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refused)
    unreadable = write.input_digest(spec)
    assert unreadable != before
    monkeypatch.undo()
    (spec / "f").write_bytes(b"unreadable\0")
    assert write.input_digest(spec) != unreadable


def test_a_new_library_version_changes_the_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = folder(tmp_path / "spec", FILES)
    before = write.input_digest(spec)
    for lib in write.LIBRARIES:
        real = write.version
        monkeypatch.setattr(
            write,
            "version",
            lambda name, lib=lib, real=real: ("0.0.0-other" if name == lib else real(name)),
        )
        assert write.input_digest(spec) != before, lib
        monkeypatch.undo()
    assert write.input_digest(spec) == before
    monkeypatch.setattr(sys, "version", "3.99.0 (another Python)")
    assert write.input_digest(spec) != before


# --- is_current, differences, the stamp ------------------------------------------------------


def test_a_written_tree_is_current_until_anything_changes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write.write_tree(out, FILES, "in-1", "3 things") == (3, 0)
    assert on_disk(out) == FILES
    assert write.is_current(out, "in-1")
    assert not write.is_current(out, "in-2")
    assert write.stamped_summary(out) == "3 things"
    assert write.stamped_files(out) == {n: hashlib.sha256(c).hexdigest() for n, c in FILES.items()}
    assert write.differences(out, FILES) == []
    folder(out / "pkg", {"__pycache__/b.pyc": b"", ".mypy_cache/x": b""})
    assert write.is_current(out, "in-1") and write.differences(out, FILES) == []

    (out / "pkg" / "b.txt").write_bytes(b"edited by hand\n")
    assert not write.is_current(out, "in-1")
    assert write.differences(out, FILES) == ["pkg/b.txt"]
    (out / "pkg" / "b.txt").write_bytes(FILES["pkg/b.txt"])
    assert write.is_current(out, "in-1")

    (out / "pkg" / "extra.py").write_bytes(b"")
    (out / "0.py").write_bytes(b"")
    assert not write.is_current(out, "in-1")
    assert write.differences(out, FILES) == ["0.py", "pkg/extra.py"]
    (out / "pkg" / "extra.py").unlink()
    (out / "0.py").unlink()

    (out / "a.py").unlink()
    assert not write.is_current(out, "in-1")
    assert write.differences(out, FILES) == ["a.py"]
    (out / "a.py").mkdir()
    assert write.differences(out, FILES) == ["a.py"]


def test_a_missing_or_broken_stamp_is_never_current(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert not write.is_current(out, "in")
    assert write.differences(out, FILES) == sorted(FILES)
    assert write.stamped_summary(out) == "" and write.stamped_files(out) == {}
    write.write_tree(out, FILES, "in", "s")
    stamp = out / write.STAMP
    for broken in ("{", "[1]", '"in"', json.dumps({"inputs": "in", "files": [], "summary": 3})):
        stamp.write_text(broken, encoding="utf-8")
        assert not write.is_current(out, "in"), broken
        assert write.stamped_summary(out) == "" and write.stamped_files(out) == {}
    stamp.write_text(json.dumps({"inputs": "in"}), encoding="utf-8")
    assert not write.is_current(out, "in")
    empty = tmp_path / "empty"
    write.write_tree(empty, {}, "in")
    assert write.is_current(empty, "in") and not write.is_current(empty, "other")


def test_the_stamp_alone_is_rewritten_when_only_the_inputs_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write.write_tree(out, FILES, "in-1", "one")
    inodes = {n: (out / n).stat().st_ino for n in FILES}
    assert write.write_tree(out, FILES, "in-1", "one") == (0, 3)
    stamp = (out / write.STAMP).read_bytes()
    assert write.write_tree(out, FILES, "in-2", "two") == (0, 3)
    assert write.is_current(out, "in-2") and write.stamped_summary(out) == "two"
    assert (out / write.STAMP).read_bytes() != stamp
    assert {n: (out / n).stat().st_ino for n in FILES} == inodes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary file left
    assert sorted(p.name for p in out.iterdir()) == sorted([write.STAMP, "a.py", "pkg"])


def test_removing_a_file_rewrites_the_tree(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write.write_tree(out, FILES, "in")
    fewer = {n: c for n, c in FILES.items() if n != "a.py"}
    assert write.write_tree(out, fewer, "in") == (0, 2)
    assert on_disk(out) == fewer and write.is_current(out, "in")
    assert write.write_tree(out, FILES, "in") == (1, 2)
    assert on_disk(out) == FILES
    assert write.write_tree(out, {}, "in") == (0, 0)
    assert on_disk(out) == {} and write.is_current(out, "in")


@pytest.mark.parametrize("stale", ["zzz.txt", ".aaa", "pkg/old.py"])  # after, before the stamp
def test_a_stale_file_goes_even_when_no_file_changed_and_there_is_no_stamp(
    tmp_path: Path, stale: str
) -> None:
    out = folder(tmp_path / "out", {**FILES, stale: b"old"})
    assert write.write_tree(out, FILES, "in") == (0, 3)
    assert on_disk(out) == FILES and write.is_current(out, "in")


def test_nothing_changed_leaves_the_folder_itself_in_place(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write.write_tree(out, FILES, "in")
    folder_inode = out.stat().st_ino  # a rewrite swaps in a new folder (files hard-linked)
    assert write.write_tree(out, FILES, "in") == (0, 3)
    assert out.stat().st_ino == folder_inode  # (checked each time: a freed inode is reused)
    assert write.write_tree(out, FILES, "in-2") == (0, 3)  # the stamp alone rewritten
    assert out.stat().st_ino == folder_inode
    write.write_tree(out, {n: c for n, c in FILES.items() if n != "a.py"}, "in-2")
    assert out.stat().st_ino != folder_inode  # (the measure sees a rewrite: a file removed)


def test_the_stamp_is_deterministic_json(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    write.write_tree(one, FILES, "in", "s")
    write.write_tree(two, dict(reversed(list(FILES.items()))), "in", "s")
    text = (one / write.STAMP).read_bytes()
    assert text == (two / write.STAMP).read_bytes()
    assert text.endswith(b"}\n") and json.loads(text)["inputs"] == "in"
    assert text.startswith(b'{\n "files": {\n  "a.py": ')


# --- the bundle file --------------------------------------------------------------------------

DOC = {
    "openapi": "3.1.0",
    "info": {"title": '名前 "q"', "version": "1"},
    "paths": {"/b": {}, "/a": [1, {"x": None}]},
}


def test_the_bundle_as_json(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "openapi.json"
    write.write_bundle(DOC, path)
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == DOC
    assert text == json.dumps(DOC, indent=2, ensure_ascii=False) + "\n"
    assert "名前" in text and list(json.loads(text)["paths"]) == ["/b", "/a"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["openapi.json"]


@pytest.mark.parametrize("name", ["openapi.yaml", "openapi.yml", "bundle"])
def test_the_bundle_as_yaml(tmp_path: Path, name: str) -> None:
    path = tmp_path / "out" / name
    path.parent.mkdir()
    path.write_text("old", encoding="utf-8")
    write.write_bundle(DOC, path)
    text = path.read_text(encoding="utf-8")
    assert YAML(typ="safe", pure=True).load(text) == DOC
    assert "名前" in text and "\\u" not in text  # unicode as is
    assert text.startswith("openapi: 3.1.0\ninfo:\n  title: ")  # block style, the spec's order
    assert text.index("/b:") < text.index("/a:")
    assert sorted(p.name for p in path.parent.iterdir()) == [name]
    assert os.stat(path).st_size == len(text.encode())


def test_a_folder_link_is_not_followed(tmp_path: Path) -> None:
    """What a linked folder holds (perhaps outside the inputs) is not read; the link is."""
    outside = folder(tmp_path / "outside", {"secret": b"1"})
    spec = folder(tmp_path / "spec", {"f": b"x"})
    (spec / "elsewhere").symlink_to(outside, target_is_directory=True)
    before = write.input_digest(spec)
    (outside / "secret").write_bytes(b"2")
    (outside / "more").write_bytes(b"3")
    assert write.input_digest(spec) == before


def test_counts_of_written_and_unchanged_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    four = {f"f{i}": bytes([i]) for i in range(4)}
    assert write.write_tree(out, four, "in") == (4, 0)
    assert write.write_tree(out, {**four, "f0": b"new"}, "in") == (1, 3)
    assert write.write_tree(out, {**four, "f1": b"n", "f2": b"n"}, "in") == (3, 1)


def test_any_difference_of_content_or_name_is_stale(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write.write_tree(out, FILES, "in")
    (out / "a.py").write_bytes(b"\xff")  # sorts after the expected content
    (out / ".extra").write_bytes(b"")  # a name that sorts before the stamp's
    (out / "-x").write_bytes(b"")
    assert write.differences(out, FILES) == ["-x", ".extra", "a.py"]
    assert write.write_tree(out, FILES, "in") == (1, 2)
    assert on_disk(out) == FILES


def test_the_yaml_bundle_does_not_depend_on_the_c_extension(tmp_path: Path) -> None:
    """The same bytes on a machine without ruamel.yaml.clib: the pure emitter's (which, unlike
    the C one, keeps a multi-line text on one line)."""
    doc = {"info": {"description": "line1\nline2\n"}}
    write.write_bundle(doc, tmp_path / "b.yaml")
    assert (tmp_path / "b.yaml").read_text(encoding="utf-8") == (
        'info:\n  description: "line1\\nline2\\n"\n'
    )


def test_any_edit_or_extra_file_makes_the_tree_not_current(tmp_path: Path) -> None:
    """Whichever way the edited file's digest compares with the recorded one; an extra file
    whose name sorts before the stamp's."""
    out = tmp_path / "out"
    write.write_tree(out, FILES, "in")
    recorded = hashlib.sha256(FILES["a.py"]).hexdigest()
    edits = [str(i).encode() for i in range(64)]
    lower = next(e for e in edits if hashlib.sha256(e).hexdigest() < recorded)
    higher = next(e for e in edits if hashlib.sha256(e).hexdigest() > recorded)
    for edit in (lower, higher):
        (out / "a.py").write_bytes(edit)
        assert not write.is_current(out, "in"), edit
    (out / "a.py").write_bytes(FILES["a.py"])
    assert write.is_current(out, "in")
    (out / ".extra").write_bytes(b"")
    assert not write.is_current(out, "in")


def test_a_first_write_into_a_new_folder(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "out"
    assert write.write_tree(out, FILES, "in") == (3, 0)
    assert on_disk(out) == FILES and write.is_current(out, "in")


def test_a_failed_first_write_leaves_nothing_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    real = Path.write_bytes

    def full(self: Path, data: bytes) -> int:
        if self.name == "b.txt":
            raise OSError("disk full")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(OSError, match="disk full"):
        write.write_tree(out, FILES, "in")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_write_that_cannot_start_reports_its_own_error(tmp_path: Path) -> None:
    """Where the new tree cannot even be made, that error is what the user sees (not a
    follow-up of the clean-up)."""
    (tmp_path / "file").write_bytes(b"")
    out = tmp_path / "file" / "out"
    with pytest.raises(OSError) as caught:
        write.write_tree(out, FILES, "in")
    assert caught.value.__context__ is None
    assert (tmp_path / "file").read_bytes() == b""

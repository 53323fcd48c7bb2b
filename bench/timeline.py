"""Benchmark: where a cold run's wall time goes, as a timeline of its processes.

Runs `generate` once, in this process, on an empty output folder and an empty cache (or with
`--warm`, on the cache of a first run; or with `--edit`, after a first run, on a copy of the
spec with one operation's description changed, as `make bench`'s "one change"), with the stages wrapped to note when each starts and
ends (wall, from this script's start) and the CPU its process spent in it. Prints, for each
process (main, validator, review pages, black's workers): its stages, its CPU time at its last
note, and for black's workers their first and last piece, the time they were busy formatting
and their idle time in between (the critical path shows as the stages nothing overlaps).
The notes go to a file with O_APPEND writes (the workers are forked and terminated, never
joined normally). Not a test: it prints numbers.

    .venv/bin/python bench/timeline.py [--warm | --edit] [--large N]

`--large N` runs it on bench/large_spec.py's synthetic plain spec at N times its 1x size
(100 * N resources) instead of this project's spec (not with `--edit`).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
T0 = time.monotonic()
WORK = Path(tempfile.mkdtemp(prefix="bench-timeline-"))
LOG = os.open(WORK / "notes", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)


def note(*words: object) -> None:
    line = f"{time.monotonic() - T0:.4f} {os.getpid()} {time.process_time():.4f} "
    os.write(LOG, (line + " ".join(map(str, words)) + "\n").encode())


def wrap(module: Any, name: str, label: str = "") -> None:
    """Note each call of module.name (kept picklable: same module and qualified name)."""
    inner = getattr(module, name)

    def noted(*args: Any, **kwargs: Any) -> Any:
        note("start", label or name)
        try:
            return inner(*args, **kwargs)
        finally:
            note("end", label or name)

    noted.__qualname__, noted.__module__ = inner.__qualname__, inner.__module__
    setattr(module, name, noted)


def instrument() -> None:
    from generator import __main__ as main
    from generator import cache, format, model, pages, render, write

    for module, name, label in (
        (main, "_load", "load"),
        (cache, "validate_later", ""),
        (cache, "_run", "validate"),
        (model, "build", "model"),
        (pages, "pages_later", ""),
        (pages, "_build", "review pages"),
        (render, "render", "render+format"),
        (format.Formatter, "add", "split, send"),
        (format.Formatter, "result", "wait, join"),
        (render, "place", ""),
        (write, "write_tree", "write"),
    ):
        wrap(module, name, label)
    piece = format._piece

    def timed(job: tuple[str, int]) -> str | None:
        start = time.monotonic() - T0
        out = piece(job)
        end, cpu = time.monotonic() - T0, time.process_time()
        os.write(LOG, f"piece {os.getpid()} {start:.4f} {end:.4f} {cpu:.4f}\n".encode())
        return out

    timed.__qualname__, timed.__module__ = piece.__qualname__, piece.__module__
    format._piece = timed
    warm = format._warm

    def warmed() -> None:
        note("start", "import black")
        warm()
        note("end", "import black")

    format._warm = warmed


def report() -> None:
    stages: dict[str, list[tuple[str, float, float, float]]] = defaultdict(list)
    open_: dict[tuple[str, str], tuple[float, float]] = {}
    last_cpu: dict[str, float] = {}
    pieces: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for line in (WORK / "notes").read_text().splitlines():
        words = line.split(" ", 4)
        if words[0] == "piece":
            pieces[words[1]].append((float(words[2]), float(words[3])))
            last_cpu[words[1]] = float(words[4])
            continue
        at, pid, cpu, what, label = float(words[0]), words[1], float(words[2]), *words[3:]
        last_cpu[pid] = cpu
        if what == "start":
            open_[(pid, label)] = (at, cpu)
        elif (pid, label) in open_:
            start, cpu0 = open_.pop((pid, label))
            stages[pid].append((label, start, at - start, cpu - cpu0))
    print(f"{'process':>8}  {'stage':<16} {'start':>7} {'wall':>7} {'CPU':>7}   (seconds)")
    for pid in sorted(last_cpu, key=lambda p: min((s[1] for s in stages[p]), default=9e9)):
        for label, start, wall, cpu in sorted(stages[pid], key=lambda s: s[1]):
            if label != "split, send" and label != "validate_later":
                print(f"{pid:>8}  {label:<16} {start:7.3f} {wall:7.3f} {cpu:7.3f}")
        sent = [s for s in stages[pid] if s[0] == "split, send"]
        if sent:
            print(
                f"{pid:>8}  {'split, send':<16} {sent[0][1]:7.3f} {sum(s[2] for s in sent):7.3f}"
                f" {sum(s[3] for s in sent):7.3f}   ({len(sent)} batches, the last at"
                f" {sent[-1][1]:.3f})"
            )
        print(f"{pid:>8}  CPU at its last note {last_cpu[pid]:.3f}")
    for pid, spans in sorted(pieces.items()):
        busy = sum(b - a for a, b in spans)
        first, last = spans[0][0], spans[-1][1]
        print(
            f"black worker {pid}: {len(spans)} pieces from {first:.3f} to {last:.3f}, "
            f"busy {busy:.3f} s, idle in between {last - first - busy:.3f} s"
        )
    print(
        f"total CPU at the last notes: {sum(last_cpu.values()):.3f} s; load {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    instrument()
    from generator import __main__ as generator

    out, cache = WORK / "out", WORK / "cache"
    args = ["--cache", str(cache), "generate", "--out", str(out)]
    if "--edit" in sys.argv:
        import re

        shutil.copytree(ROOT / "spec", WORK / "spec")
        args = ["--spec", str(WORK / "spec" / "openapi.yaml"), *args]
        generator.main(args)
        area = WORK / "spec" / "cdm" / "clusters.yaml"
        text = area.read_text(encoding="utf-8")
        described = re.search(r"^    description: (.*)$", text, re.MULTILINE)
        assert described, f"no operation description in {area}"
        area.write_text(text[: described.end(1)] + " (edited)" + text[described.end(1) :])
        os.ftruncate(LOG, 0)
    elif "--large" in sys.argv:
        import json

        sys.path.insert(0, str(ROOT / "bench"))
        from large_spec import RESOURCES, spec

        size = int(sys.argv[sys.argv.index("--large") + 1])
        (WORK / "openapi.yaml").write_text(json.dumps(spec(RESOURCES * size), indent=1))
        args = ["--spec", str(WORK / "openapi.yaml"), *args]
    if "--warm" in sys.argv:
        generator.main(args)
        shutil.rmtree(out)
        os.ftruncate(LOG, 0)
        args.append("--force")
    start = time.monotonic()
    note("start", "generate")
    generator.main(args)
    note("end", "generate")
    print(f"generate: {time.monotonic() - start:.3f} s wall (+{start - T0:.3f} s of this script)")
    report()
    shutil.rmtree(WORK)


if __name__ == "__main__":
    main()

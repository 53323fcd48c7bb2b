"""`make mutation`: mutation testing (cosmic-ray) of the client runtime and the generator's
safety stages, each module against a fast, targeted selection of the suite.

Usage: python mutation/run.py [MODULE ...]   (default: every module of MODULES)
       python mutation/run.py --recheck       (survivors of earlier runs against today's tests)

The run happens in a private copy of the checkout (build/mutation/tree), never in the
checkout itself: each module's mutants are applied there one at a time to the file the tests
import (the generated copy of a runtime module, the generator's own file), the module's tests
run, and the file is restored. Sessions are kept in build/mutation/<name>.sqlite, so an interrupted run resumes;
build/mutation/report.md gets the score per module and every surviving mutant's diff.
Equivalent mutants (no test can tell them apart) are listed in mutation/equivalent.md.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "mutation"
TREE = OUT / "tree"
SKIP = shutil.ignore_patterns(".git", ".venv", "node_modules", "build", ".cache", "__pycache__")
PY = sys.executable
RUNTIME = "generated/python/dataarts"

# pytest plugins the generator's and the fast runtime tests never use: without them pytest
# starts in a third of the time
LEAN = "-p no:schemathesis -p no:hypothesispytest -p no:anyio -p no:typeguard"
RULES = "tests/test_validate_rules.py tests/test_project_rules.py tests/test_example_rules.py"
# module file -> the tests that exercise it (outcome tests, fast: -x stops at the first kill)
MODULES: dict[str, str] = {
    f"{RUNTIME}/_paging.py": "tests/test_runtime.py -k 'iterator or paging or page'",
    f"{RUNTIME}/_downloads.py": "tests/test_faults.py -k download tests/test_dlf_jobs.py",
    f"{RUNTIME}/_errors.py": "tests/test_errors.py",
    f"{RUNTIME}/_settings.py": f"{LEAN} tests/test_settings.py",
    f"{RUNTIME}/_request.py": f"{LEAN} tests/test_request.py tests/test_request_media.py",
    f"{RUNTIME}/_transport.py": f"{LEAN} tests/test_transport_outcomes.py"
    " tests/test_transport_connections.py tests/test_faults.py"
    " tests/hostile/test_hostile_retries.py tests/hostile/test_hostile_limits.py"
    " -k 'not http_date and not pool_is_bounded'",
    f"{RUNTIME}/_wire.py": f"{LEAN} tests/test_speed.py tests/test_transport_outcomes.py"
    " -k 'not imports_only and not tls_is_set_up'",
    f"{RUNTIME}/_auth.py": f"{LEAN} tests/test_auth_outcomes.py tests/hostile/test_hostile_iam.py"
    " tests/hostile/test_hostile_secrets.py tests/test_signing.py tests/test_runtime.py"
    " -k 'credential or token or password or sign or iam or secret or auth'",
    f"{RUNTIME}/_models.py": f"{LEAN} tests/test_model_runtime.py tests/test_secrets.py"
    " tests/test_aliases.py tests/test_constraints.py -k 'not unique_items'",
    f"{RUNTIME}/_resources.py": f"{LEAN} tests/test_resources.py",
    f"{RUNTIME}/_connectors.py": "tests/test_connectors.py",
    f"{RUNTIME}/_servers.py": f"{LEAN} tests/test_encoding.py",
    f"{RUNTIME}/_encoding.py": f"{LEAN} tests/test_encoding.py",
    f"{RUNTIME}/_schemes.py": f"{LEAN} tests/test_encoding.py",
    f"{RUNTIME}/_secret.py": f"{LEAN} tests/test_limits.py tests/test_secrets.py "
    "tests/hostile/test_hostile_secrets.py",
    f"{RUNTIME}/_sockets.py": f"{LEAN} tests/test_limits.py tests/hostile/test_hostile_limits.py "
    "-k 'socket or attempt or bounded or millisecond or under_a_longer'",
    f"{RUNTIME}/_limits.py": f"{LEAN} tests/test_limits.py tests/test_resources.py",
    f"{RUNTIME}/signing.py": "tests/test_signing.py",
    "generator/names.py": "tests/test_names.py",
    "generator/validate.py": f"{LEAN} {RULES}",
    "generator/checker.py": f"{LEAN} {RULES}",
    "generator/structure_check.py": f"{LEAN} {RULES}",
    "generator/project_check.py": f"{LEAN} tests/test_project_rules.py {RULES}",
    "generator/examples_check.py": f"{LEAN} tests/test_example_rules.py {RULES}",
    "generator/write.py": f"{LEAN} tests/test_write_stage.py tests/test_write_filters.py",
    "generator/render.py": f"{LEAN} tests/test_write_filters.py tests/test_render_stage.py",
}
TIMEOUT = 120.0


def config(module: str, tests: str) -> Path:
    name = Path(module).stem.lstrip("_") + ("_gen" if module.startswith("generator/") else "")
    path = OUT / f"{name}.toml"
    command = f"{PY} -m pytest -x -q -p no:cacheprovider -p no:randomly {tests}"
    path.write_text(
        "[cosmic-ray]\n"
        f'module-path = "{module}"\n'
        f"timeout = {TIMEOUT}\n"
        "excluded-modules = []\n"
        f"test-command = {command!r}\n"
        "[cosmic-ray.distributor]\n"
        'name = "local"\n',
        encoding="utf-8",
    )
    return path


def copy_tree() -> None:
    """The checkout as it is now, in TREE (the tests find ../shared beside it, as in ROOT)."""
    shutil.copytree(ROOT, TREE, ignore=SKIP, dirs_exist_ok=True)
    shared = OUT / "shared"
    if (ROOT.parent / "shared").exists() and not shared.exists():
        shared.symlink_to(ROOT.parent / "shared")


def run(module: str) -> None:
    cfg = config(module, MODULES[module])
    session = cfg.with_suffix(".sqlite")
    if not session.exists():
        subprocess.run(
            [PY, "-m", "cosmic_ray.cli", "init", str(cfg), str(session)], check=True, cwd=TREE
        )
        skip_annotations(module, session)
    subprocess.run(
        [PY, "-m", "cosmic_ray.cli", "exec", str(cfg), str(session)], check=True, cwd=TREE
    )


def skip_annotations(module: str, session: Path) -> None:
    """Mutants inside annotations are recorded as surviving without running the tests (they
    can change nothing at run time; the report counts them apart): a fifth of some modules'."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult

    result = WorkResult(
        worker_outcome=WorkerOutcome.SKIPPED,
        output="inside an annotation: not run",
        test_outcome=TestOutcome.SURVIVED,
    )
    with use_db(str(session), WorkDB.Mode.open) as db:
        jobs = [
            item.job_id
            for item in db.work_items
            if in_annotation(module, tuple(item.mutations[0].start_pos))
        ]
        db.set_multiple_results(jobs, result)


def annotation_spans(module: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the module's annotations are: under `from __future__ import annotations` they are
    never evaluated, so a mutant inside one changes nothing at run time (mypy checks them)."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    nodes: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            nodes.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns:
            nodes.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            nodes.append(node.annotation)
    return [
        ((n.lineno, n.col_offset), (n.end_lineno or n.lineno, n.end_col_offset or 0)) for n in nodes
    ]


def in_annotation(module: str, start: tuple[int, int]) -> bool:
    text = (ROOT / module).read_text(encoding="utf-8")
    if "from __future__ import annotations" not in text:
        return False
    return any(a <= tuple(start) < b for a, b in annotation_spans(module))


def equivalent() -> set[str]:
    """The mutants mutation/equivalent.md lists as equivalent: `module:line operator`, or
    `module:line operator #N` for the session's occurrence N alone when one line holds
    mutants of the same operator that tests kill and that none can."""
    text = (ROOT / "mutation" / "equivalent.md").read_text(encoding="utf-8")
    return set(re.findall(r"^- `([^`]+)`", text, re.M))


def recheck(module: str, diff: str) -> bool:
    """Whether today's tests kill a mutant that survived an earlier run: the mutant's diff is
    applied in TREE, the module's tests run, the diff is taken back."""
    patch = ["patch", "-s", "-p1", "-d", str(TREE)]
    subprocess.run(patch, input=diff, text=True, check=True)
    try:
        command = f"{PY} -m pytest -x -q -p no:cacheprovider {MODULES[module]}"
        done = subprocess.run(command, shell=True, cwd=TREE, capture_output=True, timeout=TIMEOUT)
        return done.returncode != 0
    except subprocess.TimeoutExpired:
        return True
    finally:
        subprocess.run([*patch, "-R"], input=diff, text=True, check=True)


def report(rechecking: bool = False) -> str:
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome

    same = equivalent()
    lines = [
        "# Mutation testing (cosmic-ray)",
        "",
        "Score = killed / (run - equivalent); equivalent mutants: mutation/equivalent.md.",
        "",
        "| module | mutants | run | killed | survived | equivalent | score |",
        "|---|---|---|---|---|---|---|",
    ]
    survivors: list[str] = []
    for module in MODULES:
        session = config(module, MODULES[module]).with_suffix(".sqlite")
        if not session.exists():
            lines.append(f"| {module} | - | not run | | | | |")
            continue
        with use_db(str(session), WorkDB.Mode.open) as db:
            total = db.num_work_items
            done = list(db.completed_work_items)
        killed = [r for _, r in done if r.test_outcome != TestOutcome.SURVIVED]
        alive, equal, typing_only, rechecked = [], 0, 0, 0
        for item, result in done:
            if result.test_outcome != TestOutcome.SURVIVED:
                continue
            mutation = item.mutations[0]
            key = f"{module}:{mutation.start_pos[0]} {mutation.operator_name}"
            if in_annotation(module, tuple(mutation.start_pos)):
                typing_only += 1
                equal += 1
            elif key in same or f"{key} #{mutation.occurrence}" in same:
                equal += 1
            elif rechecking and recheck(module, result.diff or ""):
                rechecked += 1
            else:
                alive.append((key, result))
        counted = len(done) - equal
        score = f"{100 * (len(killed) + rechecked) / counted:.1f}%" if counted else "-"
        lines.append(
            f"| {module} | {total} | {len(done)} | {len(killed)}"
            + (f" + {rechecked} on recheck" if rechecked else "")
            + f" | {len(alive)} "
            f"| {equal} ({typing_only} in annotations) | {score} |"
        )
        for key, result in alive:
            survivors += [
                f"### {key}",
                "```diff",
                (result.diff or "").strip(),
                "```",
            ]
    return "\n".join(lines + ["", "## Surviving mutants", ""] + survivors) + "\n"


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    copy_tree()
    rechecking = "--recheck" in argv
    argv = [a for a in argv if a != "--recheck"]
    if rechecking and not argv:  # only re-run the survivors of the sessions there are
        (OUT / "report.md").write_text(report(rechecking=True), encoding="utf-8")
        print(f"wrote {OUT / 'report.md'}")
        return 0
    for module in argv or list(MODULES):
        key = next((m for m in MODULES if m == module or Path(m).name == module), None)
        if key is None:
            print(f"unknown module {module}; known: {', '.join(MODULES)}", file=sys.stderr)
            return 2
        run(key)
    (OUT / "report.md").write_text(report(rechecking), encoding="utf-8")
    print(f"wrote {OUT / 'report.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Command line: `python -m generator {generate,check,validate,bundle}`.

Exit codes: 0 done, 1 `check` found stale files, 2 the spec has problems (all listed, as
`file:line: json-pointer: message`, nothing written).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "openapi.yaml"
DEFAULT_OUT = ROOT / "generated"
DEFAULT_TEMPLATES = ROOT / "templates"
CACHE = ROOT / ".cache"


def _report(problems: list[Any]) -> None:
    """Print the spec's problems and stop (exit 2) if there are any."""
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(problems)} problem(s) in the spec; nothing written.", file=sys.stderr)
        raise SystemExit(2)


# The generator's settings given on the command line (settings.py), over the spec's x-generator.
FLAGS: dict[str, str | None] = {}


def _load(spec: Path, cache: Path | None):  # type: ignore[no-untyped-def]
    from .cache import load
    from .settings import apply_flags

    bundle = load(spec, cache)
    if bundle.doc:
        apply_flags(bundle.doc, FLAGS)
    return bundle


def _load_valid(spec: Path, cache: Path | None):  # type: ignore[no-untyped-def]
    from .cache import validate

    bundle = _load(spec, cache)
    _report(validate(bundle, cache))
    return bundle


def _render(spec: Path, templates: Path, cache: Path | None) -> tuple[dict[str, bytes], str, str]:
    """Load, then validate beside the model and render stages (cache.validate_later): the
    spec's problems, if any, are reported instead of what they made those stages do."""
    from .format import WORKER_NICE, prestart
    from .validator import Validator

    cold = cache is None or not (cache / "render").is_dir()
    # While the spec loads, a cold run's validator imports its libraries, and black's workers
    # import black (one per core); another run's worker starts once the spec is loaded, unless
    # it differs from a valid one only in free text (a description edit), whose few changed
    # pieces are mostly docstrings black is not needed for (format.py): then when needed.
    side = Validator(WORKER_NICE) if cold else None
    pool: Any = prestart(0) if cold else _Later()
    try:
        return _stages(spec, templates, cache, pool, side)
    finally:
        pool.terminate()
        if side is not None:
            side.close()


class _Later:
    """A pool of one black worker (format.prestart) started when first asked for work."""

    _processes = 1

    def __init__(self) -> None:
        self.pool: Any = None

    def start(self) -> Any:
        if self.pool is None:
            from .format import prestart

            self.pool = prestart(1)
        return self.pool

    def map_async(self, *args: Any, **kwargs: Any) -> Any:
        return self.start().map_async(*args, **kwargs)

    def map(self, *args: Any, **kwargs: Any) -> Any:
        return self.start().map(*args, **kwargs)

    def terminate(self) -> None:
        if self.pool is not None:
            self.pool.terminate()


def _stages(
    spec: Path, templates: Path, cache: Path | None, pool: Any, side: Any = None
) -> tuple[dict[str, bytes], str, str]:
    from .cache import known_valid, validate_later
    from .model import build, source_files
    from .pages import pages_later
    from .render import render

    bundle = _load(spec, cache)
    problems = validate_later(bundle, cache, side=side)
    if isinstance(pool, _Later) and problems is not known_valid:
        pool.start()
    try:
        api = build(bundle.doc, bundle.origins, source_files(bundle))
    except Exception:
        _report(problems())
        raise
    stats: dict[str, int] = {}
    try:
        review = pages_later(bundle.doc, api, spec, templates, cache)
        files = render(api, templates, cache, stats, pool)
        review_pages, rebuilt = review()
        files.update(review_pages)
    except Exception as exc:  # a template bug: say which, write nothing
        _report(problems())
        print(f"error: rendering failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    _report(problems())
    summary = (
        f"{len(api.operations)} operations, {len(api.models)} models, {len(api.fixtures)} fixtures"
    )
    work = f"{stats.get('rendered', 0)} rendered ({stats.get('formatted', 0)} pieces formatted)"
    work += f", review pages: {rebuilt}"
    return files, summary, work


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="root file of the spec")
    parser.add_argument("--templates", type=Path, default=DEFAULT_TEMPLATES)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="render generated/ from the spec and templates")
    gen.add_argument("--out", type=Path, default=DEFAULT_OUT)
    gen.add_argument("--force", action="store_true", help="render even if nothing changed")
    parser.add_argument(
        "--cache", type=Path, default=CACHE, help="folder of the caches (default .cache/)"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="ignore the caches of .cache/ (a cold run)"
    )
    for flag, what in (
        ("package", "import name of the generated package"),
        ("distribution", "pip name of the generated package"),
        ("client-class", "class name of the generated client"),
    ):
        parser.add_argument(f"--{flag}", help=f"{what} (over the spec's x-generator)")
    chk = sub.add_parser("check", help="fail if generated/ is not what the spec produces")
    chk.add_argument("--out", type=Path, default=DEFAULT_OUT)
    sub.add_parser("validate", help="only validate the spec")
    bnd = sub.add_parser("bundle", help="write the spec as one self-contained file")
    bnd.add_argument("-o", "--output", type=Path, required=True, help=".json or .yaml file")
    sub.add_parser("coverage", help="sections and tables of the reference the spec covers")
    out = sub.add_parser("outline", help="extract the reference's outline for `coverage`")
    out.add_argument("reference", type=Path, help="the reference as text")
    dif = sub.add_parser("diff", help="changes since a git ref, classified for client users")
    dif.add_argument("base", help="a git ref (tag, branch, commit)")
    dif.add_argument("--html", type=Path, help="also write the HTML reference with the changes")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    FLAGS.update(
        package=args.package, distribution=args.distribution, client_class=args.client_class
    )

    if args.command == "validate":
        _load_valid(args.spec, None if args.no_cache else args.cache)
        print("spec is valid")
        return 0
    if args.command in ("coverage", "outline", "diff"):
        from .review import command

        from .pages import pages

        return command(args, lambda spec: _load_valid(spec, None), pages)
    if args.command == "bundle":
        bundle = _load_valid(args.spec, None if args.no_cache else args.cache)
        from .write import write_bundle

        write_bundle(bundle.doc, args.output)
        print(f"wrote {args.output}")
        return 0

    from . import write

    inputs = write.input_digest(args.spec.parent, args.templates, Path(__file__).parent)
    if any(FLAGS.values()):
        inputs = write.digest((inputs + json.dumps(FLAGS, sort_keys=True)).encode())
    if args.command == "generate" and not args.force and write.is_current(args.out, inputs):
        stamped = write.stamped_files(args.out)
        print(
            f"{write.stamped_summary(args.out)}, 0 files written, {len(stamped)} unchanged "
            f"(up to date), {time.perf_counter() - start:.2f}s"
        )
        return 0
    cache = None if args.no_cache else args.cache
    # A short run that builds large trees (the spec, the IR) and frees little: the cyclic
    # garbage collector's full passes over them grow with the spec (a third of the load stage
    # at 2,000 operations). The black workers turn it back on (format._warm).
    gc.disable()
    files, summary, work = _render(args.spec, args.templates, cache)
    if args.command == "check":
        stale = write.differences(args.out, files)
        if stale:
            print("generated/ is stale; run `make generate`. Differing files:", file=sys.stderr)
            for name in stale:
                print(f"  {name}", file=sys.stderr)
            return 1
        print(f"generated/ is current ({len(files)} files)")
        return 0
    written, unchanged = write.write_tree(args.out, files, inputs, summary)
    print(
        f"{summary}, {written} files written, {unchanged} unchanged, {work}, "
        f"{time.perf_counter() - start:.2f}s"
    )
    return 0


if __name__ == "__main__":
    code = main()  # an error (SystemExit, an exception) leaves the usual way
    # Done: every file is written and closed, every child process joined. Freeing the spec,
    # the IR and the outputs object by object at exit would take longer than some runs.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

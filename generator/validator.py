"""The validate stage's own process on a cold run, started before the spec loads.

Importing the validator's libraries (jsonschema, openapi-pydantic) takes a third of a second:
a process forked at the start imports them while the main process loads the spec, then
validates the bundle it is sent (cache.validate_later) beside the model and render stages.
It runs at the priority of black's workers, below the main process. If it dies, the result
raises EOFError rather than waiting for ever.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any


class Validator:
    def __init__(self, nice: int = 0) -> None:
        context = multiprocessing.get_context("fork")
        self.results, their_send = context.Pipe(duplex=False)
        their_receive, self.jobs = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_serve, args=(their_receive, their_send, nice), daemon=True
        )
        self.process.start()
        their_send.close()
        their_receive.close()

    def validate(self, bundle: Any, entry: Path | None) -> Callable[[], list[Any]]:
        """Send the bundle (from a thread: the process may still be importing) and return
        the function that waits for its problems."""
        sending = threading.Thread(target=self.jobs.send, args=((bundle, entry),), daemon=True)
        sending.start()

        def result() -> list[Any]:
            outcome = self.results.recv()
            sending.join()
            if isinstance(outcome, BaseException):
                raise outcome
            problems: list[Any] = outcome
            return problems

        return result

    def close(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


def _serve(receive: Any, send: Any, nice: int) -> None:
    os.nice(nice)
    from . import validate  # noqa: F401  (the third of a second this process is for)
    from .cache import _run

    try:
        bundle, entry = receive.recv()
    except EOFError:  # the main process stopped first
        return
    try:
        outcome: Any = _run(bundle, entry)
    except Exception as exc:  # a bug in a rule: the main process reports it
        outcome = RuntimeError(f"validation failed: {type(exc).__name__}: {exc}")
    send.send(outcome)
    send.close()

"""The client's wire without sockets: an httpx.MockTransport that records every request the
client sent and answers from a script (fast enough for the many runs of mutation testing).

Clients and names come from the package as imported now: another test (test_safety) imports
it again, and an error class of the first import is not the one the second raises.
"""

from __future__ import annotations

import importlib
import json
from types import ModuleType
from typing import Any

import httpx

CDM = "https://cdm.test"
DLF = "https://dlf.test"


def package() -> Any:
    return importlib.import_module("dataarts")


def rebind(namespace: dict[str, Any]) -> None:
    """`namespace`'s names of the package's exports, and its `cdm`/`dlf` models modules, bound
    to the package as imported now (for an autouse fixture of the test modules)."""
    current = package()
    for name, value in list(namespace.items()):
        if name in current.__all__:
            namespace[name] = getattr(current, name)
        elif name in ("cdm", "dlf") and isinstance(value, ModuleType):
            namespace[name] = importlib.import_module(f"dataarts.models.{name}")


class Wire:
    """What the client sent (`sent`, httpx.Requests with their bodies read) and what it is
    answered (`replies`, in order; then 200 with an empty list of scripts, which the other
    operations' models take too)."""

    def __init__(self, *replies: httpx.Response) -> None:
        self.sent: list[httpx.Request] = []
        self.replies = list(replies)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return (
            self.replies.pop(0)
            if self.replies
            else httpx.Response(200, json={"total": 0, "scripts": []})
        )

    def client(self, **kwargs: Any) -> Any:
        kwargs.setdefault("credentials", package().TokenCredentials("tok"))
        kwargs.setdefault("endpoints", {"cdm": CDM, "dlf": DLF})
        kwargs.setdefault("project_id", "p")
        http = httpx.Client(transport=httpx.MockTransport(self._answer))
        return package().DataArts(http_client=http, **kwargs)

    def async_client(self, **kwargs: Any) -> Any:
        kwargs.setdefault("credentials", package().TokenCredentials("tok"))
        kwargs.setdefault("endpoints", {"cdm": CDM, "dlf": DLF})
        kwargs.setdefault("project_id", "p")
        http = httpx.AsyncClient(transport=httpx.MockTransport(self._answer))
        return package().AsyncDataArts(http_client=http, **kwargs)

    @property
    def last(self) -> httpx.Request:
        assert self.sent, "nothing was sent"
        return self.sent[-1]

    def query(self, index: int = -1) -> list[tuple[str, str]]:
        return list(self.sent[index].url.params.multi_items())

    def body(self, index: int = -1) -> Any:
        return json.loads(self.sent[index].content)


def reply(status: int = 200, body: Any = None, **headers: str) -> httpx.Response:
    """A JSON answer (`body` None: no body; bytes: as they are), with these headers."""
    if body is None:
        return httpx.Response(status, headers=headers)
    if isinstance(body, bytes):
        return httpx.Response(status, content=body, headers=headers)
    return httpx.Response(status, json=body, headers=headers)

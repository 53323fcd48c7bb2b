"""The bases of the generated resources (client.cdm.clusters, ...) and raw responses.

A generated method passes its operation's id and its arguments to `_call`; what does not
change from call to call (HTTP method, path template, where each parameter goes, the body's
content type, ...) is the table beside the resource's module (`<resource>.json`), read when
the module's first operation is called, and the declared types are the method's own
annotations. `_call` prepares, sends and parses, or returns a Download.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from importlib import resources
from types import NoneType, UnionType
from typing import Any, ClassVar, ParamSpec, TypeVar, cast

from ._downloads import AsyncDownload, Download
from ._encoding import styled
from ._request import _result, prepare
from ._settings import DEFAULT_OPTIONS, ApiResponse, PreparedRequest, RequestOptions
from ._transport import AsyncCore, Core

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Plan:
    """An operation's static description, made once per resource class and operation from
    the resource's table and the method's annotations."""

    operation: str
    method: str
    template: str
    # location, wire name, setting ("" for an argument), style ("" for none), explode
    params: tuple[tuple[str, str, str, str, bool], ...]
    body: bool  # the operation takes a body
    body_type: Any
    content_type: str
    body_required: bool
    idempotent: bool
    types: dict[str, tuple[str, Any]] | None  # wire name -> (argument, declared type)
    response_type: Any
    stream: bool

    def request(self, resource: _ResourceBase, args: tuple[Any, ...]) -> dict[str, Any]:
        """`prepare`'s keyword arguments for a call with `args` (the method's arguments in the
        order of the table's parameters, those filled from a setting left out)."""
        path: dict[str, Any] = {}
        query: list[tuple[str, Any]] = []
        headers: list[tuple[str, Any]] = []
        cookies: list[tuple[str, Any]] = []
        i = 0
        value: Any
        for location, wire, setting, style, explode in self.params:
            if setting:
                value = resource._setting(setting, required=location == "path")
            else:
                value = args[i]
                i += 1
                if style:
                    value = styled(value, style, explode)
            if location == "path":
                path[wire] = value
            elif location == "query":
                query.append((wire, value))
            elif location == "header":
                headers.append((wire, value))
            else:
                cookies.append((wire, value))
        if i != len(args):
            raise TypeError(f"{self.operation}: {len(args)} arguments for {i} parameters")
        request: dict[str, Any] = {"path": path, "query": query, "headers": headers}
        if cookies:
            request["cookies"] = cookies
        if self.body:
            request.update(
                body_type=self.body_type,
                content_type=self.content_type,
                body_required=self.body_required,
            )
        if self.types:
            request["types"] = self.types
        return request


_TABLES: dict[str, dict[str, Any]] = {}  # each resource module's table, by module name
_PLANS: dict[tuple[type, str], Plan] = {}


def _table(module: str) -> dict[str, Any]:
    table = _TABLES.get(module)
    if table is None:
        package, _, leaf = module.rpartition(".")
        text = resources.files(package).joinpath(leaf + ".json").read_text("utf-8")
        table = _TABLES[module] = json.loads(text)
    return table


def _body_type(annotation: Any) -> Any:
    """The body's model from its argument's annotation (`Model | dict[str, Any]`, with
    `| None` when optional): the annotation without the dict and None."""
    args = [a for a in typing.get_args(annotation) if a is not NoneType and a != dict[str, Any]]
    if not args or typing.get_origin(annotation) not in (typing.Union, UnionType):
        return annotation
    return typing.Union[tuple(args)]  # one member: that member itself


def plan(resource: type, operation: str) -> Plan:
    """The Plan of `operation` on a resource class (a generated one, or a subclass of one)."""
    found = _PLANS.get((resource, operation))
    if found is not None:
        return found
    generated = next(c for c in resource.__mro__ if "service" in vars(c))
    entry = _table(generated.__module__)[operation]
    hints = typing.get_type_hints(getattr(generated, entry["method"]), include_extras=True)
    params = tuple(
        (p["in"], p["wire"], p.get("setting", ""), p.get("style", ""), p.get("explode", False))
        for p in entry["params"]
    )
    typed = {p["wire"]: (p["arg"], hints[p["arg"]]) for p in entry["params"] if p.get("typed")}
    response = entry["response"]
    found = _PLANS[(resource, operation)] = Plan(
        operation=operation,
        method=entry["http"],
        template=entry["path"],
        params=params,
        body="body" in entry,
        body_type=_body_type(hints["body"]) if "body" in entry else None,
        content_type=entry.get("body", {}).get("content_type", ""),
        body_required=entry.get("body", {}).get("required", False),
        idempotent=entry["idempotent"],
        types=typed or None,
        response_type=hints["return"] if response in ("json", "text") else None,
        stream=response == "stream",
    )
    return found


class _ResourceBase:
    """What the sync and async resources share: settings lookup, preparing a call."""

    service: ClassVar[str]
    _core: Core | AsyncCore

    def _setting(self, name: str, required: bool) -> str | None:
        return self._core.settings.setting(name, required)

    def _prepare(
        self, operation: str, options: RequestOptions | None, args: tuple[Any, ...], body: Any
    ) -> tuple[Plan, RequestOptions, PreparedRequest]:
        """The operation's plan, the options in force and the request, checked and built."""
        op = _PLANS.get((type(self), operation)) or plan(type(self), operation)
        opts = options or DEFAULT_OPTIONS
        prepared = prepare(
            self._core.settings,
            self.service,
            operation,
            op.method,
            op.template,
            options=opts,
            idempotent=op.idempotent,
            body=body,
            **op.request(self, args),
        )
        return op, opts, prepared


class Resource(_ResourceBase):
    """Base of the generated resources (client.cdm.clusters, ...): one method per operation."""

    def __init__(self, core: Core) -> None:
        self._core: Core = core

    def _call(
        self, operation: str, options: RequestOptions | None, *args: Any, body: Any = None
    ) -> Any:
        """Call `operation` with the method's arguments (its parameters' values in the order
        of the resource's table, then the body)."""
        op, opts, prepared = self._prepare(operation, options, args, body)
        if op.stream:
            return Download(self._core, prepared, opts)
        response = self._core.send(prepared, opts, stream=False)
        return _result(self._core.settings, prepared, response, op.response_type, opts)


class AsyncResource(_ResourceBase):
    """Base of the generated async resources."""

    def __init__(self, core: AsyncCore) -> None:
        self._core: AsyncCore = core

    async def _call(
        self, operation: str, options: RequestOptions | None, *args: Any, body: Any = None
    ) -> Any:
        op, opts, prepared = self._prepare(operation, options, args, body)
        if op.stream:
            return AsyncDownload(self._core, prepared, opts)
        response = await self._core.send(prepared, opts, stream=False)
        return _result(self._core.settings, prepared, response, op.response_type, opts)


P = ParamSpec("P")


def with_raw_response(method: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> ApiResponse[T]:
    """Call `method` (any operation) and return its raw response next to the parsed result:
    ``r = with_raw_response(client.cdm.clusters.show, cluster_id)``; r.status_code, r.headers,
    r.content, r.parsed."""
    options = kwargs.get("options")
    kwargs["options"] = replace(
        options if isinstance(options, RequestOptions) else RequestOptions(), raw=True
    )
    return cast(ApiResponse[T], method(*args, **kwargs))


async def with_raw_response_async(
    method: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
) -> ApiResponse[T]:
    """The async twin of with_raw_response."""
    options = kwargs.get("options")
    kwargs["options"] = replace(
        options if isinstance(options, RequestOptions) else RequestOptions(), raw=True
    )
    return cast(ApiResponse[T], await method(*args, **kwargs))

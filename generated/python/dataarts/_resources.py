"""The bases of the generated resources (client.cdm.clusters, ...) and raw responses.

A generated method passes its operation's description (path template, parameters by location,
body type, response type) to `_call`, which prepares, sends and parses, or returns a Download.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, ClassVar, ParamSpec, TypeVar, cast

from ._downloads import AsyncDownload, Download
from ._request import _result, prepare
from ._settings import DEFAULT_OPTIONS, ApiResponse, RequestOptions
from ._transport import AsyncCore, Core

T = TypeVar("T")


class _ResourceBase:
    """What the sync and async resources share: settings lookup."""

    service: ClassVar[str]
    _core: Core | AsyncCore

    def _setting(self, name: str, required: bool = False) -> str | None:
        return self._core.settings.setting(name, required)


class Resource(_ResourceBase):
    """Base of the generated resources (client.cdm.clusters, ...): one method per operation.

    `request` of `_call` is what `prepare` takes: path, query, headers, and for operations with
    a body, body, body_type and content_type.
    """

    def __init__(self, core: Core) -> None:
        self._core: Core = core

    def _call(
        self,
        operation: str,
        method: str,
        template: str,
        *,
        response_type: Any,
        stream: bool,
        options: RequestOptions | None,
        **request: Any,
    ) -> Any:
        opts = options or DEFAULT_OPTIONS
        prepared = prepare(
            self._core.settings, self.service, operation, method, template, options=opts, **request
        )
        if stream:
            return Download(self._core, prepared, opts)
        response = self._core.send(prepared, opts, stream=False)
        return _result(self._core.settings, prepared, response, response_type, opts)


class AsyncResource(_ResourceBase):
    """Base of the generated async resources."""

    def __init__(self, core: AsyncCore) -> None:
        self._core: AsyncCore = core

    async def _call(
        self,
        operation: str,
        method: str,
        template: str,
        *,
        response_type: Any,
        stream: bool,
        options: RequestOptions | None,
        **request: Any,
    ) -> Any:
        opts = options or DEFAULT_OPTIONS
        prepared = prepare(
            self._core.settings, self.service, operation, method, template, options=opts, **request
        )
        if stream:
            return AsyncDownload(self._core, prepared, opts)
        response = await self._core.send(prepared, opts, stream=False)
        return _result(self._core.settings, prepared, response, response_type, opts)


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

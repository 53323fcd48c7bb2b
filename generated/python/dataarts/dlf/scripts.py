"""脚本开发 API (``client.dlf.scripts``), sync and async.

Generated from dlf/scripts.yaml: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any, Literal, cast

from pydantic import Field

from .._downloads import AsyncDownload as _AsyncDownload
from .._downloads import Download as _Download
from .._paging import apaginate as _apaginate
from .._paging import paginate as _paginate
from .._resources import AsyncResource as _AsyncResource
from .._models import Checked, Contains, Unique
from .._resources import Resource as _Resource
from .._settings import RequestOptions as _RequestOptions
from ..models.dlf.scripts import (
    Script,
    ScriptCreate,
    ScriptDeleteRequest,
    ScriptExecuteRequest,
    ScriptExecuteResponse,
    ScriptInstanceResult,
    ScriptList,
    ScriptListItem,
    ScriptUpdate,
)


class DlfScripts(_Resource):
    """脚本开发 API (``client.dlf.scripts``)."""

    service = "dlf"

    def create(
        self,
        body: ScriptCreate | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Create a script

        创建一个新脚本，当前支持的脚本类型有DLI SQL、Flink SQL、RDS SQL、Spark SQL、Hive SQL、DWS SQL、Shell、Presto SQL、ClickHouse SQL、HetuEngine SQL、Python、Spark Python和Impala SQL。

        ``POST /v1/{project_id}/scripts``: operation CreateScript, reference section 6.1.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("CreateScript", options, body=body))

    def delete(
        self,
        script_name: str,
        *,
        body: ScriptDeleteRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a script

        此接口用以删除指定脚本。

        ``DELETE /v1/{project_id}/scripts/{script_name}``: operation DeleteScript, reference section 6.1.6.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("DeleteScript", options, script_name, body=body))

    def execute(
        self,
        script_name: str,
        *,
        body: ScriptExecuteRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> ScriptExecuteResponse:
        """Execute a script

        该接口用以执行指定脚本，支持执行DWS SQL、DLI SQL、RDS SQL、Hive SQL、Spark SQL、Presto SQL、Shell、ClickHouse SQL、HetuEngine SQL、Python、Spark Python和Impala SQL脚本。脚本每执行一次，生成一个脚本实例。执行脚本接口是一个异步命令，需要通过查询脚本实例执行结果获取执行状态和结果。

        说明：DLI SQL和Presto SQL不支持多语句场景。

        ``POST /v1/{project_id}/scripts/{script_name}/execute``: operation ExecuteScript, reference section 6.1.7.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ScriptExecuteResponse,
            self._call(
                "ExecuteScript",
                options,
                script_name,
                body=body,
            ),
        )

    def list(
        self,
        *,
        limit: Annotated[int, Field(ge=1, le=100), Checked] | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        script_name: str | None = None,
        options: _RequestOptions | None = None,
    ) -> ScriptList:
        """List scripts

        此接口用以查询脚本列表，每次查询返回的脚本数量上限是1000个。

        ``GET /v1/{project_id}/scripts``: operation ListScripts, reference section 6.1.4.

        Args:
            limit: 分页返回结果，指定每页最大记录数，范围[1,100]。 默认值：10。 Constraints: >= 1; <= 100. Default: 10.
            offset: 分页的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            script_name: 脚本名称。
        """
        return cast(
            ScriptList,
            self._call(
                "ListScripts",
                options,
                limit,
                offset,
                script_name,
            ),
        )

    def iter_list(
        self,
        *,
        script_name: str | None = None,
        page_size: int = 100,
        options: _RequestOptions | None = None,
    ) -> Iterator[ScriptListItem]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "script_name": script_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "scripts", "total")
        for item in _paginate(self.list, kwargs, spec, page_size):
            yield cast(ScriptListItem, item)

    def show(
        self,
        script_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> Script:
        """Show a script

        此接口可以查询指定脚本的定义，包括脚本类型和脚本内容。

        ``GET /v1/{project_id}/scripts/{script_name}``: operation ShowScript, reference section 6.1.3.

        Args:
            script_name: 脚本名称。
        """
        return cast(Script, self._call("ShowScript", options, script_name))

    def show_instance_result(
        self,
        script_name: str,
        instance_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> ScriptInstanceResult:
        """Show the execution status and results of a script instance

        该接口用以获取脚本实例的执行状态和结果。
        查询时，需要指定脚本名称和脚本实例ID。

        ``GET /v1/{project_id}/scripts/{script_name}/instances/{instance_id}``: operation ListScriptResults, reference section 6.1.5.

        Args:
            script_name: 脚本名称。
            instance_id: 脚本实例id，获取方法请参见 执行脚本的响应参数 。
        """
        return cast(
            ScriptInstanceResult,
            self._call(
                "ListScriptResults",
                options,
                script_name,
                instance_id,
            ),
        )

    def stop_instance(
        self,
        script_name: str,
        instance_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Stop the execution of a script instance

        该接口用以停止脚本实例的执行。

        ``POST /v1/{project_id}/scripts/{script_name}/instances/{instance_id}/stop``: operation CancelScript, reference section 6.1.8.

        Args:
            script_name: 脚本名称。
            instance_id: 脚本实例id，获取方法请参见 执行脚本的响应参数 。
        """
        return cast(None, self._call("CancelScript", options, script_name, instance_id))

    def update(
        self,
        script_name: str,
        body: ScriptUpdate | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Update a script

        本接口用以修改脚本的配置项或者脚本内容。
        - 修改脚本时，需要指定待修改的脚本名称。
        - 脚本名称和脚本类型不支持修改。

        ``PUT /v1/{project_id}/scripts/{script_name}``: operation UpdateScript, reference section 6.1.2.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("UpdateScript", options, script_name, body=body))


class AsyncDlfScripts(_AsyncResource):
    """脚本开发 API (``client.dlf.scripts``)."""

    service = "dlf"

    async def create(
        self,
        body: ScriptCreate | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Create a script

        创建一个新脚本，当前支持的脚本类型有DLI SQL、Flink SQL、RDS SQL、Spark SQL、Hive SQL、DWS SQL、Shell、Presto SQL、ClickHouse SQL、HetuEngine SQL、Python、Spark Python和Impala SQL。

        ``POST /v1/{project_id}/scripts``: operation CreateScript, reference section 6.1.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("CreateScript", options, body=body))

    async def delete(
        self,
        script_name: str,
        *,
        body: ScriptDeleteRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a script

        此接口用以删除指定脚本。

        ``DELETE /v1/{project_id}/scripts/{script_name}``: operation DeleteScript, reference section 6.1.6.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("DeleteScript", options, script_name, body=body))

    async def execute(
        self,
        script_name: str,
        *,
        body: ScriptExecuteRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> ScriptExecuteResponse:
        """Execute a script

        该接口用以执行指定脚本，支持执行DWS SQL、DLI SQL、RDS SQL、Hive SQL、Spark SQL、Presto SQL、Shell、ClickHouse SQL、HetuEngine SQL、Python、Spark Python和Impala SQL脚本。脚本每执行一次，生成一个脚本实例。执行脚本接口是一个异步命令，需要通过查询脚本实例执行结果获取执行状态和结果。

        说明：DLI SQL和Presto SQL不支持多语句场景。

        ``POST /v1/{project_id}/scripts/{script_name}/execute``: operation ExecuteScript, reference section 6.1.7.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ScriptExecuteResponse,
            await self._call(
                "ExecuteScript",
                options,
                script_name,
                body=body,
            ),
        )

    async def list(
        self,
        *,
        limit: Annotated[int, Field(ge=1, le=100), Checked] | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        script_name: str | None = None,
        options: _RequestOptions | None = None,
    ) -> ScriptList:
        """List scripts

        此接口用以查询脚本列表，每次查询返回的脚本数量上限是1000个。

        ``GET /v1/{project_id}/scripts``: operation ListScripts, reference section 6.1.4.

        Args:
            limit: 分页返回结果，指定每页最大记录数，范围[1,100]。 默认值：10。 Constraints: >= 1; <= 100. Default: 10.
            offset: 分页的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            script_name: 脚本名称。
        """
        return cast(
            ScriptList,
            await self._call(
                "ListScripts",
                options,
                limit,
                offset,
                script_name,
            ),
        )

    async def iter_list(
        self,
        *,
        script_name: str | None = None,
        page_size: int = 100,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[ScriptListItem]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "script_name": script_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "scripts", "total")
        async for item in _apaginate(self.list, kwargs, spec, page_size):
            yield cast(ScriptListItem, item)

    async def show(
        self,
        script_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> Script:
        """Show a script

        此接口可以查询指定脚本的定义，包括脚本类型和脚本内容。

        ``GET /v1/{project_id}/scripts/{script_name}``: operation ShowScript, reference section 6.1.3.

        Args:
            script_name: 脚本名称。
        """
        return cast(Script, await self._call("ShowScript", options, script_name))

    async def show_instance_result(
        self,
        script_name: str,
        instance_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> ScriptInstanceResult:
        """Show the execution status and results of a script instance

        该接口用以获取脚本实例的执行状态和结果。
        查询时，需要指定脚本名称和脚本实例ID。

        ``GET /v1/{project_id}/scripts/{script_name}/instances/{instance_id}``: operation ListScriptResults, reference section 6.1.5.

        Args:
            script_name: 脚本名称。
            instance_id: 脚本实例id，获取方法请参见 执行脚本的响应参数 。
        """
        return cast(
            ScriptInstanceResult,
            await self._call(
                "ListScriptResults",
                options,
                script_name,
                instance_id,
            ),
        )

    async def stop_instance(
        self,
        script_name: str,
        instance_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Stop the execution of a script instance

        该接口用以停止脚本实例的执行。

        ``POST /v1/{project_id}/scripts/{script_name}/instances/{instance_id}/stop``: operation CancelScript, reference section 6.1.8.

        Args:
            script_name: 脚本名称。
            instance_id: 脚本实例id，获取方法请参见 执行脚本的响应参数 。
        """
        return cast(None, await self._call("CancelScript", options, script_name, instance_id))

    async def update(
        self,
        script_name: str,
        body: ScriptUpdate | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Update a script

        本接口用以修改脚本的配置项或者脚本内容。
        - 修改脚本时，需要指定待修改的脚本名称。
        - 脚本名称和脚本类型不支持修改。

        ``PUT /v1/{project_id}/scripts/{script_name}``: operation UpdateScript, reference section 6.1.2.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("UpdateScript", options, script_name, body=body))

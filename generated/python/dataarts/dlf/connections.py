"""连接管理 API（待下线） (``client.dlf.connections``), sync and async.

Generated from dlf/connections.yaml: do not edit.
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
from ..models.dlf.connections import (
    Connection,
    ConnectionImportRequest,
    ConnectionImportResponse,
    ConnectionList,
)


class DlfConnections(_Resource):
    """连接管理 API（待下线） (``client.dlf.connections``)."""

    service = "dlf"

    def create(
        self,
        body: Connection | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Create a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        创建一个新连接，当前支持的连接类型有DWS、DLI、SparkSQL、HIVE、RDS、CloudTable。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections``: operation CreateConnection, reference section 6.4.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("CreateConnection", options, body=body))

    def delete(
        self,
        connection_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        删除一个连接。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``DELETE /v1/{project_id}/connections/{connection_name}``: operation DeleteConnection, reference section 6.4.5.

        Args:
            connection_name: 连接名称。
        """
        return cast(None, self._call("DeleteConnection", options, connection_name))

    def export(
        self,
        *,
        options: _RequestOptions | None = None,
    ) -> _Download:
        """Export all connections as a zip file (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        导出zip压缩包格式的连接文件，包括所有连接的定义。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections/export``: operation ExportConnection, reference section 6.4.6.
        """
        return cast(_Download, self._call("ExportConnection", options))

    def import_connections(
        self,
        body: ConnectionImportRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> ConnectionImportResponse:
        """Import connections from OBS (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        将存放在OBS桶的连接文件导入到数据开发模块中，一次可以导入一个或多个连接。
        执行本接口之前，需要将连接文件放到OBS的桶中。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections/import``: operation ImportConnection, reference section 6.4.7.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ConnectionImportResponse,
            self._call(
                "ImportConnection",
                options,
                body=body,
            ),
        )

    def list(
        self,
        *,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        limit: Annotated[int, Field(ge=1, le=100), Checked] | None = None,
        connection_name: str | None = None,
        options: _RequestOptions | None = None,
    ) -> ConnectionList:
        """List connections (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        查询连接列表。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``GET /v1/{project_id}/connections``: operation ListConnections, reference section 6.4.2.

        Args:
            offset: 偏移量，取值范围大于等于0，默认值为0。 Constraints: >= 0. Default: 0.
            limit: 分页返回结果，指定每页最大记录数。范围[1,100]
                默认值：10 Constraints: >= 1; <= 100. Default: 10.
            connection_name: 连接名称
        """
        return cast(
            ConnectionList,
            self._call(
                "ListConnections",
                options,
                offset,
                limit,
                connection_name,
            ),
        )

    def iter_list(
        self,
        *,
        connection_name: str | None = None,
        page_size: int = 100,
        options: _RequestOptions | None = None,
    ) -> Iterator[Connection]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "connection_name": connection_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "connections", "total")
        for item in _paginate(self.list, kwargs, spec, page_size):
            yield cast(Connection, item)

    def show(
        self,
        connection_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> Connection:
        """Show a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        查询指定连接的配置详情。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``GET /v1/{project_id}/connections/{connection_name}``: operation ShowConnection, reference section 6.4.3.

        Args:
            connection_name: 连接名称
        """
        return cast(Connection, self._call("ShowConnection", options, connection_name))

    def update(
        self,
        connection_name: str,
        body: Connection | dict[str, Any],
        *,
        ischeck: str | None = None,
        options: _RequestOptions | None = None,
    ) -> None:
        """Update a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        编辑修改连接的配置。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``PUT /v1/{project_id}/connections/{connection_name}``: operation UpdateConnection, reference section 6.4.4.

        Args:
            connection_name: 连接名称。
            ischeck: 是否校验，默认否。 Default: "false".
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "UpdateConnection",
                options,
                connection_name,
                ischeck,
                body=body,
            ),
        )


class AsyncDlfConnections(_AsyncResource):
    """连接管理 API（待下线） (``client.dlf.connections``)."""

    service = "dlf"

    async def create(
        self,
        body: Connection | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Create a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        创建一个新连接，当前支持的连接类型有DWS、DLI、SparkSQL、HIVE、RDS、CloudTable。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections``: operation CreateConnection, reference section 6.4.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("CreateConnection", options, body=body))

    async def delete(
        self,
        connection_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        删除一个连接。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``DELETE /v1/{project_id}/connections/{connection_name}``: operation DeleteConnection, reference section 6.4.5.

        Args:
            connection_name: 连接名称。
        """
        return cast(None, await self._call("DeleteConnection", options, connection_name))

    async def export(
        self,
        *,
        options: _RequestOptions | None = None,
    ) -> _AsyncDownload:
        """Export all connections as a zip file (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        导出zip压缩包格式的连接文件，包括所有连接的定义。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections/export``: operation ExportConnection, reference section 6.4.6.
        """
        return cast(_AsyncDownload, await self._call("ExportConnection", options))

    async def import_connections(
        self,
        body: ConnectionImportRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> ConnectionImportResponse:
        """Import connections from OBS (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        将存放在OBS桶的连接文件导入到数据开发模块中，一次可以导入一个或多个连接。
        执行本接口之前，需要将连接文件放到OBS的桶中。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections/import``: operation ImportConnection, reference section 6.4.7.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ConnectionImportResponse,
            await self._call(
                "ImportConnection",
                options,
                body=body,
            ),
        )

    async def list(
        self,
        *,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        limit: Annotated[int, Field(ge=1, le=100), Checked] | None = None,
        connection_name: str | None = None,
        options: _RequestOptions | None = None,
    ) -> ConnectionList:
        """List connections (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        查询连接列表。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``GET /v1/{project_id}/connections``: operation ListConnections, reference section 6.4.2.

        Args:
            offset: 偏移量，取值范围大于等于0，默认值为0。 Constraints: >= 0. Default: 0.
            limit: 分页返回结果，指定每页最大记录数。范围[1,100]
                默认值：10 Constraints: >= 1; <= 100. Default: 10.
            connection_name: 连接名称
        """
        return cast(
            ConnectionList,
            await self._call(
                "ListConnections",
                options,
                offset,
                limit,
                connection_name,
            ),
        )

    async def iter_list(
        self,
        *,
        connection_name: str | None = None,
        page_size: int = 100,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[Connection]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "connection_name": connection_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "connections", "total")
        async for item in _apaginate(self.list, kwargs, spec, page_size):
            yield cast(Connection, item)

    async def show(
        self,
        connection_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> Connection:
        """Show a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        查询指定连接的配置详情。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``GET /v1/{project_id}/connections/{connection_name}``: operation ShowConnection, reference section 6.4.3.

        Args:
            connection_name: 连接名称
        """
        return cast(Connection, await self._call("ShowConnection", options, connection_name))

    async def update(
        self,
        connection_name: str,
        body: Connection | dict[str, Any],
        *,
        ischeck: str | None = None,
        options: _RequestOptions | None = None,
    ) -> None:
        """Update a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        编辑修改连接的配置。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``PUT /v1/{project_id}/connections/{connection_name}``: operation UpdateConnection, reference section 6.4.4.

        Args:
            connection_name: 连接名称。
            ischeck: 是否校验，默认否。 Default: "false".
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "UpdateConnection",
                options,
                connection_name,
                ischeck,
                body=body,
            ),
        )

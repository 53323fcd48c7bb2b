"""资源管理 API (``client.dlf.resources``), sync and async.

Generated from dlf/resources.yaml: do not edit.
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
from ..models.dlf.resources import (
    Resource,
    ResourceCreate,
    ResourceCreateResponse,
    ResourceList,
    ResourceListItem,
    ResourceUpdate,
)


class DlfResources(_Resource):
    """资源管理 API (``client.dlf.resources``)."""

    service = "dlf"

    def create(
        self,
        body: ResourceCreate | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> ResourceCreateResponse:
        """Create a resource

        创建一个新资源，作业节点类型MRS Spark、MRS MapReduce、DLI Spark可以通过资源引用JAR、properties等文件。

        ``POST /v1/{project_id}/resources``: operation CreateResource, reference section 6.2.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(ResourceCreateResponse, self._call("CreateResource", options, body=body))

    def delete(
        self,
        resource_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a resource

        此接口可以删除指定资源。

        ``DELETE /v1/{project_id}/resources/{resource_id}``: operation DeleteResource, reference section 6.2.4.

        Args:
            resource_id: 资源ID，查询方法请参见 查询资源列表 。返回的id即为 resource_id。
        """
        return cast(None, self._call("DeleteResource", options, resource_id))

    def list(
        self,
        *,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        limit: Annotated[int, Field(ge=1, le=100), Checked] | None = None,
        resource_name: str | None = None,
        options: _RequestOptions | None = None,
    ) -> ResourceList:
        """List resources

        查询资源列表。查询时，可指定返回页号和每页的最大记录数。

        ``GET /v1/{project_id}/resources``: operation ListResources, reference section 6.2.5.

        Args:
            offset: 分页列表的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            limit: 分页返回结果，指定每页最大记录数，范围[1,100]。 默认值：10 Constraints: >= 1; <= 100. Default: 10.
            resource_name: 资源名称。
        """
        return cast(
            ResourceList,
            self._call(
                "ListResources",
                options,
                offset,
                limit,
                resource_name,
            ),
        )

    def iter_list(
        self,
        *,
        resource_name: str | None = None,
        page_size: int = 100,
        options: _RequestOptions | None = None,
    ) -> Iterator[ResourceListItem]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "resource_name": resource_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "resources", "total")
        for item in _paginate(self.list, kwargs, spec, page_size):
            yield cast(ResourceListItem, item)

    def show(
        self,
        resource_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> Resource:
        """Show a resource

        查询资源详情，一个资源包含jar、zip、properties等文件，已经创建的资源在DLI Spark、MRS Spark等作业节点中使用。

        ``GET /v1/{project_id}/resources/{resource_id}``: operation ShowResource, reference section 6.2.3.

        Args:
            resource_id: 资源ID，获取方法请参见 查询资源列表 。返回的id即为resource_id。
        """
        return cast(Resource, self._call("ShowResource", options, resource_id))

    def update(
        self,
        resource_id: str,
        body: ResourceUpdate | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Update a resource

        此接口可以修改指定资源，修改时，请指定资源ID。
        - 资源类型和资源目录不支持修改。

        ``PUT /v1/{project_id}/resources/{resource_id}``: operation UpdateResource, reference section 6.2.2.

        Args:
            resource_id: 资源ID，获取方法请参见 查询资源列表 。返回的id即为resource_id。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("UpdateResource", options, resource_id, body=body))


class AsyncDlfResources(_AsyncResource):
    """资源管理 API (``client.dlf.resources``)."""

    service = "dlf"

    async def create(
        self,
        body: ResourceCreate | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> ResourceCreateResponse:
        """Create a resource

        创建一个新资源，作业节点类型MRS Spark、MRS MapReduce、DLI Spark可以通过资源引用JAR、properties等文件。

        ``POST /v1/{project_id}/resources``: operation CreateResource, reference section 6.2.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(ResourceCreateResponse, await self._call("CreateResource", options, body=body))

    async def delete(
        self,
        resource_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a resource

        此接口可以删除指定资源。

        ``DELETE /v1/{project_id}/resources/{resource_id}``: operation DeleteResource, reference section 6.2.4.

        Args:
            resource_id: 资源ID，查询方法请参见 查询资源列表 。返回的id即为 resource_id。
        """
        return cast(None, await self._call("DeleteResource", options, resource_id))

    async def list(
        self,
        *,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        limit: Annotated[int, Field(ge=1, le=100), Checked] | None = None,
        resource_name: str | None = None,
        options: _RequestOptions | None = None,
    ) -> ResourceList:
        """List resources

        查询资源列表。查询时，可指定返回页号和每页的最大记录数。

        ``GET /v1/{project_id}/resources``: operation ListResources, reference section 6.2.5.

        Args:
            offset: 分页列表的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            limit: 分页返回结果，指定每页最大记录数，范围[1,100]。 默认值：10 Constraints: >= 1; <= 100. Default: 10.
            resource_name: 资源名称。
        """
        return cast(
            ResourceList,
            await self._call(
                "ListResources",
                options,
                offset,
                limit,
                resource_name,
            ),
        )

    async def iter_list(
        self,
        *,
        resource_name: str | None = None,
        page_size: int = 100,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[ResourceListItem]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "resource_name": resource_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "resources", "total")
        async for item in _apaginate(self.list, kwargs, spec, page_size):
            yield cast(ResourceListItem, item)

    async def show(
        self,
        resource_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> Resource:
        """Show a resource

        查询资源详情，一个资源包含jar、zip、properties等文件，已经创建的资源在DLI Spark、MRS Spark等作业节点中使用。

        ``GET /v1/{project_id}/resources/{resource_id}``: operation ShowResource, reference section 6.2.3.

        Args:
            resource_id: 资源ID，获取方法请参见 查询资源列表 。返回的id即为resource_id。
        """
        return cast(Resource, await self._call("ShowResource", options, resource_id))

    async def update(
        self,
        resource_id: str,
        body: ResourceUpdate | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Update a resource

        此接口可以修改指定资源，修改时，请指定资源ID。
        - 资源类型和资源目录不支持修改。

        ``PUT /v1/{project_id}/resources/{resource_id}``: operation UpdateResource, reference section 6.2.2.

        Args:
            resource_id: 资源ID，获取方法请参见 查询资源列表 。返回的id即为resource_id。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("UpdateResource", options, resource_id, body=body))

"""补数据 (``client.dlf.supplement_data``), sync and async.

Generated from dlf/supplement_data.yaml: do not edit.
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
from ..models.dlf.factory import SupplementDataCreateRequest, SupplementDataList, SupplementDataRow


class DlfSupplementData(_Resource):
    """补数据 (``client.dlf.supplement_data``)."""

    service = "dlf"

    def create(
        self,
        body: SupplementDataCreateRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Create a supplement data instance

        创建一个补数据实例。

        ``POST /v2/{project_id}/factory/supplement-data``: operation CreateFactorySupplementDataInstance, reference section 6.3.19.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "CreateFactorySupplementDataInstance",
                options,
                body=body,
            ),
        )

    def list(
        self,
        *,
        name: str | None = None,
        user_name: str | None = None,
        status: Annotated[Literal["SUCCESS", "RUNNING", "CANCEL"], Checked] | None = None,
        sort: Annotated[Literal["desc", "asc"], Checked] | None = None,
        page: Annotated[int, Field(ge=0), Checked] | None = None,
        size: int | None = None,
        start_date: int | None = None,
        end_date: int | None = None,
        options: _RequestOptions | None = None,
    ) -> SupplementDataList:
        """List supplement data instances

        查询补数据实例列表，支持分页查询。

        ``GET /v2/{project_id}/factory/supplement-data``: operation ShowFactorySupplementData, reference section 6.3.20.

        Args:
            name: 补数据名称
            user_name: 用户名
            status: 实例状态：
                - SUCCESS：成功
                - RUNNING：运行中
                - CANCEL：取消 Constraints: one of: "SUCCESS", "RUNNING", "CANCEL".
            sort: 排序字段：
                - desc：创建时间按照降序展示
                - asc：创建时间按照升序展示
                默认值：desc Constraints: one of: "desc", "asc". Default: "desc".
            page: 分页列表的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            size: 分页返回结果，指定每页最大记录数。默认值：10 Default: 10.
            start_date: 查询作业的开始日期 13位时间戳
            end_date: 查询作业的结束日期 13位时间戳
        """
        return cast(
            SupplementDataList,
            self._call(
                "ShowFactorySupplementData",
                options,
                name,
                user_name,
                status,
                sort,
                page,
                size,
                start_date,
                end_date,
            ),
        )

    def iter_list(
        self,
        *,
        name: str | None = None,
        user_name: str | None = None,
        status: Annotated[Literal["SUCCESS", "RUNNING", "CANCEL"], Checked] | None = None,
        sort: Annotated[Literal["desc", "asc"], Checked] | None = None,
        start_date: int | None = None,
        end_date: int | None = None,
        page_size: int = 10,
        options: _RequestOptions | None = None,
    ) -> Iterator[SupplementDataRow]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "name": name,
            "user_name": user_name,
            "status": status,
            "sort": sort,
            "start_date": start_date,
            "end_date": end_date,
            "options": options,
        }
        spec = ("page", "page", "size", 0, "rows", "total")
        for item in _paginate(self.list, kwargs, spec, page_size):
            yield cast(SupplementDataRow, item)

    def stop(
        self,
        instance_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Stop a supplement data instance

        停止指定的补数据实例。只有补数据实例的状态是运行中，才能停止补数据实例。

        ``POST /v2/{project_id}/factory/supplement-data/{instance_name}/stop``: operation StopFactorySupplementDataInstance, reference section 6.3.21.

        Args:
            instance_name: 补数据名称
        """
        return cast(
            None,
            self._call(
                "StopFactorySupplementDataInstance",
                options,
                instance_name,
            ),
        )


class AsyncDlfSupplementData(_AsyncResource):
    """补数据 (``client.dlf.supplement_data``)."""

    service = "dlf"

    async def create(
        self,
        body: SupplementDataCreateRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Create a supplement data instance

        创建一个补数据实例。

        ``POST /v2/{project_id}/factory/supplement-data``: operation CreateFactorySupplementDataInstance, reference section 6.3.19.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "CreateFactorySupplementDataInstance",
                options,
                body=body,
            ),
        )

    async def list(
        self,
        *,
        name: str | None = None,
        user_name: str | None = None,
        status: Annotated[Literal["SUCCESS", "RUNNING", "CANCEL"], Checked] | None = None,
        sort: Annotated[Literal["desc", "asc"], Checked] | None = None,
        page: Annotated[int, Field(ge=0), Checked] | None = None,
        size: int | None = None,
        start_date: int | None = None,
        end_date: int | None = None,
        options: _RequestOptions | None = None,
    ) -> SupplementDataList:
        """List supplement data instances

        查询补数据实例列表，支持分页查询。

        ``GET /v2/{project_id}/factory/supplement-data``: operation ShowFactorySupplementData, reference section 6.3.20.

        Args:
            name: 补数据名称
            user_name: 用户名
            status: 实例状态：
                - SUCCESS：成功
                - RUNNING：运行中
                - CANCEL：取消 Constraints: one of: "SUCCESS", "RUNNING", "CANCEL".
            sort: 排序字段：
                - desc：创建时间按照降序展示
                - asc：创建时间按照升序展示
                默认值：desc Constraints: one of: "desc", "asc". Default: "desc".
            page: 分页列表的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            size: 分页返回结果，指定每页最大记录数。默认值：10 Default: 10.
            start_date: 查询作业的开始日期 13位时间戳
            end_date: 查询作业的结束日期 13位时间戳
        """
        return cast(
            SupplementDataList,
            await self._call(
                "ShowFactorySupplementData",
                options,
                name,
                user_name,
                status,
                sort,
                page,
                size,
                start_date,
                end_date,
            ),
        )

    async def iter_list(
        self,
        *,
        name: str | None = None,
        user_name: str | None = None,
        status: Annotated[Literal["SUCCESS", "RUNNING", "CANCEL"], Checked] | None = None,
        sort: Annotated[Literal["desc", "asc"], Checked] | None = None,
        start_date: int | None = None,
        end_date: int | None = None,
        page_size: int = 10,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[SupplementDataRow]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "name": name,
            "user_name": user_name,
            "status": status,
            "sort": sort,
            "start_date": start_date,
            "end_date": end_date,
            "options": options,
        }
        spec = ("page", "page", "size", 0, "rows", "total")
        async for item in _apaginate(self.list, kwargs, spec, page_size):
            yield cast(SupplementDataRow, item)

    async def stop(
        self,
        instance_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Stop a supplement data instance

        停止指定的补数据实例。只有补数据实例的状态是运行中，才能停止补数据实例。

        ``POST /v2/{project_id}/factory/supplement-data/{instance_name}/stop``: operation StopFactorySupplementDataInstance, reference section 6.3.21.

        Args:
            instance_name: 补数据名称
        """
        return cast(
            None,
            await self._call(
                "StopFactorySupplementDataInstance",
                options,
                instance_name,
            ),
        )

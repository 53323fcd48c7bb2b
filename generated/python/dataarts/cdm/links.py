"""连接管理 (``client.cdm.links``), sync and async.

Generated from cdm/links.yaml: do not edit.
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
from ..models.cdm.links import (
    LinkCreateAndUpdateRequest,
    LinkCreateResponse,
    LinkShowResponse,
    LinkUpdateResponse,
)


class CdmLinks(_Resource):
    """连接管理 (``client.cdm.links``)."""

    service = "cdm"

    def create(
        self,
        cluster_id: str,
        body: LinkCreateAndUpdateRequest | dict[str, Any],
        *,
        validate: str | None = None,
        options: _RequestOptions | None = None,
    ) -> LinkCreateResponse:
        """Create a link

        创建连接接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/cdm/link``: operation CreateLink, reference section 5.3.1, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            validate: 为“true”时，此API仅校验参数是否正确，不创建连接。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            LinkCreateResponse,
            self._call(
                "CreateLink",
                options,
                cluster_id,
                validate,
                body=body,
            ),
        )

    def delete(
        self,
        cluster_id: str,
        link_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a link

        删除连接接口。

        ``DELETE /v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}``: operation DeleteLink, reference section 5.3.3, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            link_name: 需要删除的连接名
        """
        return cast(None, self._call("DeleteLink", options, cluster_id, link_name))

    def show(
        self,
        cluster_id: str,
        link_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> LinkShowResponse:
        """Show a link

        查询连接接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}``: operation ShowLink, reference section 5.3.2, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            link_name: 连接名称
        """
        return cast(LinkShowResponse, self._call("ShowLink", options, cluster_id, link_name))

    def update(
        self,
        cluster_id: str,
        link_name: str,
        body: LinkCreateAndUpdateRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> LinkUpdateResponse:
        """Update a link

        修改连接接口。

        ``PUT /v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}``: operation UpdateLink, reference section 5.3.4, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            link_name: 连接名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            LinkUpdateResponse,
            self._call(
                "UpdateLink",
                options,
                cluster_id,
                link_name,
                body=body,
            ),
        )


class AsyncCdmLinks(_AsyncResource):
    """连接管理 (``client.cdm.links``)."""

    service = "cdm"

    async def create(
        self,
        cluster_id: str,
        body: LinkCreateAndUpdateRequest | dict[str, Any],
        *,
        validate: str | None = None,
        options: _RequestOptions | None = None,
    ) -> LinkCreateResponse:
        """Create a link

        创建连接接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/cdm/link``: operation CreateLink, reference section 5.3.1, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            validate: 为“true”时，此API仅校验参数是否正确，不创建连接。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            LinkCreateResponse,
            await self._call(
                "CreateLink",
                options,
                cluster_id,
                validate,
                body=body,
            ),
        )

    async def delete(
        self,
        cluster_id: str,
        link_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a link

        删除连接接口。

        ``DELETE /v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}``: operation DeleteLink, reference section 5.3.3, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            link_name: 需要删除的连接名
        """
        return cast(None, await self._call("DeleteLink", options, cluster_id, link_name))

    async def show(
        self,
        cluster_id: str,
        link_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> LinkShowResponse:
        """Show a link

        查询连接接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}``: operation ShowLink, reference section 5.3.2, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            link_name: 连接名称
        """
        return cast(LinkShowResponse, await self._call("ShowLink", options, cluster_id, link_name))

    async def update(
        self,
        cluster_id: str,
        link_name: str,
        body: LinkCreateAndUpdateRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> LinkUpdateResponse:
        """Update a link

        修改连接接口。

        ``PUT /v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}``: operation UpdateLink, reference section 5.3.4, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            link_name: 连接名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            LinkUpdateResponse,
            await self._call(
                "UpdateLink",
                options,
                cluster_id,
                link_name,
                body=body,
            ),
        )

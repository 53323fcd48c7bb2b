"""集群管理 (``client.cdm.clusters``), sync and async.

Generated from cdm/clusters.yaml: do not edit.
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
from ..models.cdm.clusters import (
    ClusterDetail,
    CreateClusterRequest,
    CreateClusterResponse,
    DeleteClusterRequest,
    DeleteClusterResponse,
    ListClustersResponse,
    RestartClusterRequest,
    RestartClusterResponse,
    StartClusterRequest,
    StartClusterResponse,
    StopClusterRequest,
    StopClusterResponse,
)


class CdmClusters(_Resource):
    """集群管理 (``client.cdm.clusters``)."""

    service = "cdm"

    def create(
        self,
        body: CreateClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> CreateClusterResponse:
        """Create a CDM cluster

        创建集群接口。

        ``POST /v1.1/{project_id}/clusters``: operation CreateCluster, reference section 5.1.6, rate limit 5/minute.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(CreateClusterResponse, self._call("CreateCluster", options, body=body))

    def delete(
        self,
        cluster_id: str,
        body: DeleteClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> DeleteClusterResponse:
        """Delete a CDM cluster

        删除集群接口。

        ``DELETE /v1.1/{project_id}/clusters/{cluster_id}``: operation DeleteCluster, reference section 5.1.2, rate limit 20/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DeleteClusterResponse,
            self._call(
                "DeleteCluster",
                options,
                cluster_id,
                body=body,
            ),
        )

    def list(
        self,
        *,
        options: _RequestOptions | None = None,
    ) -> ListClustersResponse:
        """List CDM clusters

        查询集群列表接口。

        ``GET /v1.1/{project_id}/clusters``: operation ListClusters, reference section 5.1.7, rate limit 120/minute.
        """
        return cast(ListClustersResponse, self._call("ListClusters", options))

    def restart(
        self,
        cluster_id: str,
        body: RestartClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> RestartClusterResponse:
        """Restart a CDM cluster

        重启集群接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/action``: operation RestartCluster, reference section 5.1.3, rate limit 20/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            RestartClusterResponse,
            self._call(
                "RestartCluster",
                options,
                cluster_id,
                body=body,
            ),
        )

    def show(
        self,
        cluster_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> ClusterDetail:
        """Show the details of a CDM cluster

        查询集群详情接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}``: operation ShowClusterDetail, reference section 5.1.1, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
        """
        return cast(ClusterDetail, self._call("ShowClusterDetail", options, cluster_id))

    def start(
        self,
        cluster_id: str,
        body: StartClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> StartClusterResponse:
        """Start a CDM cluster

        启动集群接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/action``: operation StartCluster, reference section 5.1.4, rate limit 20/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            StartClusterResponse,
            self._call(
                "StartCluster",
                options,
                cluster_id,
                body=body,
            ),
        )

    def stop(
        self,
        cluster_id: str,
        body: StopClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> StopClusterResponse:
        """Stop a CDM cluster (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        停止集群接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/action``: operation StopCluster, reference section 5.1.5, rate limit 20/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            StopClusterResponse,
            self._call(
                "StopCluster",
                options,
                cluster_id,
                body=body,
            ),
        )


class AsyncCdmClusters(_AsyncResource):
    """集群管理 (``client.cdm.clusters``)."""

    service = "cdm"

    async def create(
        self,
        body: CreateClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> CreateClusterResponse:
        """Create a CDM cluster

        创建集群接口。

        ``POST /v1.1/{project_id}/clusters``: operation CreateCluster, reference section 5.1.6, rate limit 5/minute.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(CreateClusterResponse, await self._call("CreateCluster", options, body=body))

    async def delete(
        self,
        cluster_id: str,
        body: DeleteClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> DeleteClusterResponse:
        """Delete a CDM cluster

        删除集群接口。

        ``DELETE /v1.1/{project_id}/clusters/{cluster_id}``: operation DeleteCluster, reference section 5.1.2, rate limit 20/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DeleteClusterResponse,
            await self._call(
                "DeleteCluster",
                options,
                cluster_id,
                body=body,
            ),
        )

    async def list(
        self,
        *,
        options: _RequestOptions | None = None,
    ) -> ListClustersResponse:
        """List CDM clusters

        查询集群列表接口。

        ``GET /v1.1/{project_id}/clusters``: operation ListClusters, reference section 5.1.7, rate limit 120/minute.
        """
        return cast(ListClustersResponse, await self._call("ListClusters", options))

    async def restart(
        self,
        cluster_id: str,
        body: RestartClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> RestartClusterResponse:
        """Restart a CDM cluster

        重启集群接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/action``: operation RestartCluster, reference section 5.1.3, rate limit 20/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            RestartClusterResponse,
            await self._call(
                "RestartCluster",
                options,
                cluster_id,
                body=body,
            ),
        )

    async def show(
        self,
        cluster_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> ClusterDetail:
        """Show the details of a CDM cluster

        查询集群详情接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}``: operation ShowClusterDetail, reference section 5.1.1, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
        """
        return cast(ClusterDetail, await self._call("ShowClusterDetail", options, cluster_id))

    async def start(
        self,
        cluster_id: str,
        body: StartClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> StartClusterResponse:
        """Start a CDM cluster

        启动集群接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/action``: operation StartCluster, reference section 5.1.4, rate limit 20/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            StartClusterResponse,
            await self._call(
                "StartCluster",
                options,
                cluster_id,
                body=body,
            ),
        )

    async def stop(
        self,
        cluster_id: str,
        body: StopClusterRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> StopClusterResponse:
        """Stop a CDM cluster (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        停止集群接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/action``: operation StopCluster, reference section 5.1.5, rate limit 20/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            StopClusterResponse,
            await self._call(
                "StopCluster",
                options,
                cluster_id,
                body=body,
            ),
        )

"""发布包 (``client.dlf.release_packages``), sync and async.

Generated from dlf/release_packages.yaml: do not edit.
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
from ..models.dlf.factory import (
    ReleasePackageDeployRequest,
    ReleasePackageDeployResponse,
    ReleasePackageDetail,
    ReleasePackageList,
    ReleasePackageListRequest,
    ReleasePackageUnpackRequest,
)


class DlfReleasePackages(_Resource):
    """发布包 (``client.dlf.release_packages``)."""

    service = "dlf"

    def deploy(
        self,
        body: ReleasePackageDeployRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> ReleasePackageDeployResponse:
        """Deploy release packages

        目前支持发布包管理中相关包的发布，支持发布多个任务包。

        ``POST /v2/{project_id}/factory/release-packages/deploy``: operation DeployFactoryPackages, reference section 6.3.27.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ReleasePackageDeployResponse,
            self._call(
                "DeployFactoryPackages",
                options,
                body=body,
            ),
        )

    def list(
        self,
        body: ReleasePackageListRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> ReleasePackageList:
        """List release packages

        用于查询发布包的列表信息。

        ``POST /v2/{project_id}/factory/release-packages``: operation ListFactoryReleasePackages, reference section 6.3.23.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ReleasePackageList,
            self._call(
                "ListFactoryReleasePackages",
                options,
                body=body,
            ),
        )

    def revoke(
        self,
        body: ReleasePackageUnpackRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Revoke release packages

        目前支持发布包管理中相关包的撤销，支持撤销多个任务包。

        ``POST /v2/{project_id}/factory/release-packages/unpack``: operation CancelFactoryPackages, reference section 6.3.28.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("CancelFactoryPackages", options, body=body))

    def show(
        self,
        package_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> ReleasePackageDetail:
        """Show a release package

        用于查询指定的发布包详情信息。

        ``GET /v2/{project_id}/factory/release-packages/{package_id}``: operation ShowFactoryPackageDetail, reference section 6.3.24.

        Args:
            package_id: 发布包ID。获取方法请参考“查询发布包列表”的响应参数“package_id”。
        """
        return cast(
            ReleasePackageDetail,
            self._call(
                "ShowFactoryPackageDetail",
                options,
                package_id,
            ),
        )


class AsyncDlfReleasePackages(_AsyncResource):
    """发布包 (``client.dlf.release_packages``)."""

    service = "dlf"

    async def deploy(
        self,
        body: ReleasePackageDeployRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> ReleasePackageDeployResponse:
        """Deploy release packages

        目前支持发布包管理中相关包的发布，支持发布多个任务包。

        ``POST /v2/{project_id}/factory/release-packages/deploy``: operation DeployFactoryPackages, reference section 6.3.27.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ReleasePackageDeployResponse,
            await self._call(
                "DeployFactoryPackages",
                options,
                body=body,
            ),
        )

    async def list(
        self,
        body: ReleasePackageListRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> ReleasePackageList:
        """List release packages

        用于查询发布包的列表信息。

        ``POST /v2/{project_id}/factory/release-packages``: operation ListFactoryReleasePackages, reference section 6.3.23.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ReleasePackageList,
            await self._call(
                "ListFactoryReleasePackages",
                options,
                body=body,
            ),
        )

    async def revoke(
        self,
        body: ReleasePackageUnpackRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Revoke release packages

        目前支持发布包管理中相关包的撤销，支持撤销多个任务包。

        ``POST /v2/{project_id}/factory/release-packages/unpack``: operation CancelFactoryPackages, reference section 6.3.28.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("CancelFactoryPackages", options, body=body))

    async def show(
        self,
        package_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> ReleasePackageDetail:
        """Show a release package

        用于查询指定的发布包详情信息。

        ``GET /v2/{project_id}/factory/release-packages/{package_id}``: operation ShowFactoryPackageDetail, reference section 6.3.24.

        Args:
            package_id: 发布包ID。获取方法请参考“查询发布包列表”的响应参数“package_id”。
        """
        return cast(
            ReleasePackageDetail,
            await self._call(
                "ShowFactoryPackageDetail",
                options,
                package_id,
            ),
        )

"""CDM 数据集成 (data integration)

The cdm service of the API, generated from the spec: do not edit. One module per
resource (``clusters``, ``jobs``, ``links``), each loaded when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._transport import AsyncCore, Core
    from .clusters import AsyncCdmClusters as AsyncCdmClusters
    from .clusters import CdmClusters as CdmClusters
    from .jobs import AsyncCdmJobs as AsyncCdmJobs
    from .jobs import CdmJobs as CdmJobs
    from .links import AsyncCdmLinks as AsyncCdmLinks
    from .links import CdmLinks as CdmLinks

# resource class -> its module
_RESOURCES = {
    "CdmClusters": "clusters",
    "AsyncCdmClusters": "clusters",
    "CdmJobs": "jobs",
    "AsyncCdmJobs": "jobs",
    "CdmLinks": "links",
    "AsyncCdmLinks": "links",
}

__all__ = ["Cdm", "AsyncCdm", *sorted(_RESOURCES)]


def __getattr__(name: str) -> Any:
    module = _RESOURCES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


class Cdm:
    """CDM 数据集成 (data integration)

    Endpoint: https://cdm.{region}.myhuaweicloud.com
    """

    def __init__(self, core: Core) -> None:
        self._core = core
        self._clusters: CdmClusters | None = None
        self._jobs: CdmJobs | None = None
        self._links: CdmLinks | None = None

    @property
    def clusters(self) -> CdmClusters:
        """集群管理"""
        if self._clusters is None:
            from .clusters import CdmClusters

            self._clusters = CdmClusters(self._core)
        return self._clusters

    @property
    def jobs(self) -> CdmJobs:
        """作业管理"""
        if self._jobs is None:
            from .jobs import CdmJobs

            self._jobs = CdmJobs(self._core)
        return self._jobs

    @property
    def links(self) -> CdmLinks:
        """连接管理"""
        if self._links is None:
            from .links import CdmLinks

            self._links = CdmLinks(self._core)
        return self._links


class AsyncCdm:
    """CDM 数据集成 (data integration)

    Endpoint: https://cdm.{region}.myhuaweicloud.com
    """

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self._clusters: AsyncCdmClusters | None = None
        self._jobs: AsyncCdmJobs | None = None
        self._links: AsyncCdmLinks | None = None

    @property
    def clusters(self) -> AsyncCdmClusters:
        """集群管理"""
        if self._clusters is None:
            from .clusters import AsyncCdmClusters

            self._clusters = AsyncCdmClusters(self._core)
        return self._clusters

    @property
    def jobs(self) -> AsyncCdmJobs:
        """作业管理"""
        if self._jobs is None:
            from .jobs import AsyncCdmJobs

            self._jobs = AsyncCdmJobs(self._core)
        return self._jobs

    @property
    def links(self) -> AsyncCdmLinks:
        """连接管理"""
        if self._links is None:
            from .links import AsyncCdmLinks

            self._links = AsyncCdmLinks(self._core)
        return self._links

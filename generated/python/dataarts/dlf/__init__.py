"""DLF 数据开发 (data development)

The dlf service of the API, generated from the spec: do not edit. One module per
resource (``scripts``, ``resources``, ``jobs``, ``job_instances``, ``supplement_data``, ``release_packages``, ``monitoring``, ``connections``), each loaded when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._transport import AsyncCore, Core
    from .scripts import AsyncDlfScripts as AsyncDlfScripts
    from .scripts import DlfScripts as DlfScripts
    from .resources import AsyncDlfResources as AsyncDlfResources
    from .resources import DlfResources as DlfResources
    from .jobs import AsyncDlfJobs as AsyncDlfJobs
    from .jobs import DlfJobs as DlfJobs
    from .job_instances import AsyncDlfJobInstances as AsyncDlfJobInstances
    from .job_instances import DlfJobInstances as DlfJobInstances
    from .supplement_data import AsyncDlfSupplementData as AsyncDlfSupplementData
    from .supplement_data import DlfSupplementData as DlfSupplementData
    from .release_packages import AsyncDlfReleasePackages as AsyncDlfReleasePackages
    from .release_packages import DlfReleasePackages as DlfReleasePackages
    from .monitoring import AsyncDlfMonitoring as AsyncDlfMonitoring
    from .monitoring import DlfMonitoring as DlfMonitoring
    from .connections import AsyncDlfConnections as AsyncDlfConnections
    from .connections import DlfConnections as DlfConnections

# resource class -> its module
_RESOURCES = {
    "DlfScripts": "scripts",
    "AsyncDlfScripts": "scripts",
    "DlfResources": "resources",
    "AsyncDlfResources": "resources",
    "DlfJobs": "jobs",
    "AsyncDlfJobs": "jobs",
    "DlfJobInstances": "job_instances",
    "AsyncDlfJobInstances": "job_instances",
    "DlfSupplementData": "supplement_data",
    "AsyncDlfSupplementData": "supplement_data",
    "DlfReleasePackages": "release_packages",
    "AsyncDlfReleasePackages": "release_packages",
    "DlfMonitoring": "monitoring",
    "AsyncDlfMonitoring": "monitoring",
    "DlfConnections": "connections",
    "AsyncDlfConnections": "connections",
}

__all__ = ["Dlf", "AsyncDlf", *sorted(_RESOURCES)]


def __getattr__(name: str) -> Any:
    module = _RESOURCES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


class Dlf:
    """DLF 数据开发 (data development)

    Endpoint: https://dayu-dlf.{region}.myhuaweicloud.com
    """

    def __init__(self, core: Core) -> None:
        self._core = core
        self._scripts: DlfScripts | None = None
        self._resources: DlfResources | None = None
        self._jobs: DlfJobs | None = None
        self._job_instances: DlfJobInstances | None = None
        self._supplement_data: DlfSupplementData | None = None
        self._release_packages: DlfReleasePackages | None = None
        self._monitoring: DlfMonitoring | None = None
        self._connections: DlfConnections | None = None

    @property
    def scripts(self) -> DlfScripts:
        """脚本开发 API"""
        if self._scripts is None:
            from .scripts import DlfScripts

            self._scripts = DlfScripts(self._core)
        return self._scripts

    @property
    def resources(self) -> DlfResources:
        """资源管理 API"""
        if self._resources is None:
            from .resources import DlfResources

            self._resources = DlfResources(self._core)
        return self._resources

    @property
    def jobs(self) -> DlfJobs:
        """作业开发 API"""
        if self._jobs is None:
            from .jobs import DlfJobs

            self._jobs = DlfJobs(self._core)
        return self._jobs

    @property
    def job_instances(self) -> DlfJobInstances:
        """作业实例"""
        if self._job_instances is None:
            from .job_instances import DlfJobInstances

            self._job_instances = DlfJobInstances(self._core)
        return self._job_instances

    @property
    def supplement_data(self) -> DlfSupplementData:
        """补数据"""
        if self._supplement_data is None:
            from .supplement_data import DlfSupplementData

            self._supplement_data = DlfSupplementData(self._core)
        return self._supplement_data

    @property
    def release_packages(self) -> DlfReleasePackages:
        """发布包"""
        if self._release_packages is None:
            from .release_packages import DlfReleasePackages

            self._release_packages = DlfReleasePackages(self._core)
        return self._release_packages

    @property
    def monitoring(self) -> DlfMonitoring:
        """运维监控"""
        if self._monitoring is None:
            from .monitoring import DlfMonitoring

            self._monitoring = DlfMonitoring(self._core)
        return self._monitoring

    @property
    def connections(self) -> DlfConnections:
        """连接管理 API（待下线）"""
        if self._connections is None:
            from .connections import DlfConnections

            self._connections = DlfConnections(self._core)
        return self._connections


class AsyncDlf:
    """DLF 数据开发 (data development)

    Endpoint: https://dayu-dlf.{region}.myhuaweicloud.com
    """

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self._scripts: AsyncDlfScripts | None = None
        self._resources: AsyncDlfResources | None = None
        self._jobs: AsyncDlfJobs | None = None
        self._job_instances: AsyncDlfJobInstances | None = None
        self._supplement_data: AsyncDlfSupplementData | None = None
        self._release_packages: AsyncDlfReleasePackages | None = None
        self._monitoring: AsyncDlfMonitoring | None = None
        self._connections: AsyncDlfConnections | None = None

    @property
    def scripts(self) -> AsyncDlfScripts:
        """脚本开发 API"""
        if self._scripts is None:
            from .scripts import AsyncDlfScripts

            self._scripts = AsyncDlfScripts(self._core)
        return self._scripts

    @property
    def resources(self) -> AsyncDlfResources:
        """资源管理 API"""
        if self._resources is None:
            from .resources import AsyncDlfResources

            self._resources = AsyncDlfResources(self._core)
        return self._resources

    @property
    def jobs(self) -> AsyncDlfJobs:
        """作业开发 API"""
        if self._jobs is None:
            from .jobs import AsyncDlfJobs

            self._jobs = AsyncDlfJobs(self._core)
        return self._jobs

    @property
    def job_instances(self) -> AsyncDlfJobInstances:
        """作业实例"""
        if self._job_instances is None:
            from .job_instances import AsyncDlfJobInstances

            self._job_instances = AsyncDlfJobInstances(self._core)
        return self._job_instances

    @property
    def supplement_data(self) -> AsyncDlfSupplementData:
        """补数据"""
        if self._supplement_data is None:
            from .supplement_data import AsyncDlfSupplementData

            self._supplement_data = AsyncDlfSupplementData(self._core)
        return self._supplement_data

    @property
    def release_packages(self) -> AsyncDlfReleasePackages:
        """发布包"""
        if self._release_packages is None:
            from .release_packages import AsyncDlfReleasePackages

            self._release_packages = AsyncDlfReleasePackages(self._core)
        return self._release_packages

    @property
    def monitoring(self) -> AsyncDlfMonitoring:
        """运维监控"""
        if self._monitoring is None:
            from .monitoring import AsyncDlfMonitoring

            self._monitoring = AsyncDlfMonitoring(self._core)
        return self._monitoring

    @property
    def connections(self) -> AsyncDlfConnections:
        """连接管理 API（待下线）"""
        if self._connections is None:
            from .connections import AsyncDlfConnections

            self._connections = AsyncDlfConnections(self._core)
        return self._connections

"""作业实例 (``client.dlf.job_instances``), sync and async.

Generated from dlf/instances.yaml: do not edit.
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
from ..models.dlf.factory import DlfFactoryJobInstance, DlfFactoryJobInstanceList
from ..models.dlf.instances import DlfJobInstance, DlfJobInstanceDetail, DlfJobInstanceList


class DlfJobInstances(_Resource):
    """作业实例 (``client.dlf.job_instances``)."""

    service = "dlf"

    def list(
        self,
        *,
        job_name: str | None = None,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        limit: Annotated[int, Field(ge=1, le=1000), Checked] | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        status: (
            Annotated[
                Literal[
                    "waiting",
                    "running",
                    "success",
                    "fail",
                    "running-exception",
                    "pause",
                    "manual-stop",
                ],
                Checked,
            ]
            | None
        ) = None,
        instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = None,
        precise_query: bool | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfJobInstanceList:
        """List job instances

        查询作业实例列表。
        对于配置了周期调度或事件触发调度的批处理作业，触发一次运行就会生产一个作业实例。如果实时作业里面包含了配置周期调度或事件触发调度节点，可以通过此接口查询节点所关联的子作业的实例列表，参数jobName格式为[实时作业名称]_[节点名称]。

        ``GET /v1/{project_id}/jobs/instances/detail``: operation ListJobInstances, reference section 6.3.16.

        Args:
            job_name: 作业名称。
                - 如果要查询指定批处理作业的实例列表，jobName就是批处理作业名称；
                - 如果要查询实时作业下某个节点关联的子作业，jobName格式为[实时作业名称]_[节点名称]。
            min_plan_time: 返回作业实例开始时间大于minPlanTime的作业实例，单位为毫秒ms，默认设置为查询当天0点。
            max_plan_time: 返回作业实例开始时间小于maxPlanTime的作业实例，单位为毫秒ms。
            limit: 分页返回结果，指定每页最大记录数。
                范围[1,1000]
                默认值：10 Constraints: >= 1; <= 1000. Default: 10.
            offset: 分页的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            status: 实例运行状态：
                - waiting：等待运行
                - running：运行中
                - success：运行成功
                - fail：运行失败
                - running-exception：运行异常
                - pause：暂停
                - manual-stop：取消 Constraints: one of: "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop".
            instance_type: 作业调度方式：
                - 0：正常调度
                - 2：手工调度
                - 5：补数据
                - 6：子作业调度
                - 7：单次调度 Constraints: one of: 0, 2, 5, 6, 7.
            precise_query: 支持通过作业名进行精确查询。
        """
        return cast(
            DlfJobInstanceList,
            self._call(
                "ListJobInstances",
                options,
                job_name,
                min_plan_time,
                max_plan_time,
                limit,
                offset,
                status,
                instance_type,
                precise_query,
            ),
        )

    def iter_list(
        self,
        *,
        job_name: str | None = None,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        status: (
            Annotated[
                Literal[
                    "waiting",
                    "running",
                    "success",
                    "fail",
                    "running-exception",
                    "pause",
                    "manual-stop",
                ],
                Checked,
            ]
            | None
        ) = None,
        instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = None,
        precise_query: bool | None = None,
        page_size: int = 1000,
        options: _RequestOptions | None = None,
    ) -> Iterator[DlfJobInstance]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "job_name": job_name,
            "min_plan_time": min_plan_time,
            "max_plan_time": max_plan_time,
            "status": status,
            "instance_type": instance_type,
            "precise_query": precise_query,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "instances", "total")
        for item in _paginate(self.list, kwargs, spec, page_size):
            yield cast(DlfJobInstance, item)

    def list_by_job(
        self,
        job_name: str,
        *,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        limit: Annotated[int, Field(ge=1, le=1000), Checked] | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        status: (
            Annotated[
                Literal[
                    "waiting",
                    "running",
                    "success",
                    "fail",
                    "running-exception",
                    "skip-by-depend",
                    "freeze",
                    "pause",
                    "manual-stop",
                ],
                Checked,
            ]
            | None
        ) = None,
        instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = None,
        force_success: bool | None = None,
        ignore_success: bool | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfFactoryJobInstanceList:
        """List the instances of a job

        根据作业名称精确查询作业实例列表。

        ``GET /v2/{project_id}/factory/jobs/{job_name}/instances/detail``: operation ListFactoryJobInstancesByName, reference section 6.3.31.

        Args:
            job_name: 作业名称。
                - 如果要查询指定批处理作业的实例列表，job_name就是批处理作业名称；
                - 如果要查询实时作业下某个节点关联的子作业，job_name格式为[实时作业名称]_[节点名称]。
            min_plan_time: 返回作业实例开始时间大于min_plain_time的作业实例，单位为毫秒ms，默认设置为查询当天0点，最大可支持查询一个月。
            max_plan_time: 返回作业实例开始时间小于max_plain_time的作业实例，单位为毫秒ms，默认设置为当前时间。
            limit: 分页返回结果，指定每页最大记录数。
                范围[1,1000]
                默认值：10 Constraints: >= 1; <= 1000. Default: 10.
            offset: 分页的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            status: 实例运行状态：
                - waiting: 等待运行
                - running: 运行中
                - success: 运行成功
                - fail: 运行失败
                - running-exception: 运行异常
                - skip-by-depend: 跳过
                - freeze: 冻结
                - pause: 暂停
                - manual-stop: 取消
                默认查全部 Constraints: one of: "waiting", "running", "success", "fail", "running-exception", "skip-by-depend", "freeze", "pause", "manual-stop".
            instance_type: 作业调度方式：
                - 0: 正常调度
                - 2: 手工调度
                - 5: 补数据
                - 6: 子作业调度
                - 7: 单次调度
                默认查全部 Constraints: one of: 0, 2, 5, 6, 7.
            force_success: status为success的时候使用，true则筛选出强制成功的作业实例
                默认值: false Default: false.
            ignore_success: status为success的时候使用，true则筛选出忽略失败的作业实例
                默认值: false Default: false.
        """
        return cast(
            DlfFactoryJobInstanceList,
            self._call(
                "ListFactoryJobInstancesByName",
                options,
                job_name,
                min_plan_time,
                max_plan_time,
                limit,
                offset,
                status,
                instance_type,
                force_success,
                ignore_success,
            ),
        )

    def iter_list_by_job(
        self,
        job_name: str,
        *,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        status: (
            Annotated[
                Literal[
                    "waiting",
                    "running",
                    "success",
                    "fail",
                    "running-exception",
                    "skip-by-depend",
                    "freeze",
                    "pause",
                    "manual-stop",
                ],
                Checked,
            ]
            | None
        ) = None,
        instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = None,
        force_success: bool | None = None,
        ignore_success: bool | None = None,
        page_size: int = 1000,
        options: _RequestOptions | None = None,
    ) -> Iterator[DlfFactoryJobInstance]:
        """Every item of :meth:`list_by_job`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "job_name": job_name,
            "min_plan_time": min_plan_time,
            "max_plan_time": max_plan_time,
            "status": status,
            "instance_type": instance_type,
            "force_success": force_success,
            "ignore_success": ignore_success,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "instances", "total")
        for item in _paginate(self.list_by_job, kwargs, spec, page_size):
            yield cast(DlfFactoryJobInstance, item)

    def restart(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Rerun a finished job instance

        重跑指定作业实例。只有作业实例的状态是成功、失败和取消，才能重跑作业实例。

        ``POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/restart``: operation RestoreJobInstance, reference section 6.3.14.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID, 获取方法请参见查询作业实例列表
        """
        return cast(None, self._call("RestoreJobInstance", options, job_name, instance_id))

    def show(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _RequestOptions | None = None,
    ) -> DlfJobInstanceDetail:
        """Show a job instance with its node runs

        查询指定作业实例详情信息，包括作业实例内各个节点的执行信息。

        ``GET /v1/{project_id}/jobs/{job_name}/instances/{instance_id}``: operation ShowJobInstance, reference section 6.3.17.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID，获取方法请参见查询作业实例列表的响应参数。
        """
        return cast(
            DlfJobInstanceDetail,
            self._call(
                "ShowJobInstance",
                options,
                job_name,
                instance_id,
            ),
        )

    def stop(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Stop a running job instance

        停止指定作业实例。只有作业实例的状态是运行中，才能停止作业实例。

        ``POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop``: operation StopJobInstance, reference section 6.3.13.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID, 获取方法请参见查询作业实例列表
        """
        return cast(None, self._call("StopJobInstance", options, job_name, instance_id))


class AsyncDlfJobInstances(_AsyncResource):
    """作业实例 (``client.dlf.job_instances``)."""

    service = "dlf"

    async def list(
        self,
        *,
        job_name: str | None = None,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        limit: Annotated[int, Field(ge=1, le=1000), Checked] | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        status: (
            Annotated[
                Literal[
                    "waiting",
                    "running",
                    "success",
                    "fail",
                    "running-exception",
                    "pause",
                    "manual-stop",
                ],
                Checked,
            ]
            | None
        ) = None,
        instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = None,
        precise_query: bool | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfJobInstanceList:
        """List job instances

        查询作业实例列表。
        对于配置了周期调度或事件触发调度的批处理作业，触发一次运行就会生产一个作业实例。如果实时作业里面包含了配置周期调度或事件触发调度节点，可以通过此接口查询节点所关联的子作业的实例列表，参数jobName格式为[实时作业名称]_[节点名称]。

        ``GET /v1/{project_id}/jobs/instances/detail``: operation ListJobInstances, reference section 6.3.16.

        Args:
            job_name: 作业名称。
                - 如果要查询指定批处理作业的实例列表，jobName就是批处理作业名称；
                - 如果要查询实时作业下某个节点关联的子作业，jobName格式为[实时作业名称]_[节点名称]。
            min_plan_time: 返回作业实例开始时间大于minPlanTime的作业实例，单位为毫秒ms，默认设置为查询当天0点。
            max_plan_time: 返回作业实例开始时间小于maxPlanTime的作业实例，单位为毫秒ms。
            limit: 分页返回结果，指定每页最大记录数。
                范围[1,1000]
                默认值：10 Constraints: >= 1; <= 1000. Default: 10.
            offset: 分页的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            status: 实例运行状态：
                - waiting：等待运行
                - running：运行中
                - success：运行成功
                - fail：运行失败
                - running-exception：运行异常
                - pause：暂停
                - manual-stop：取消 Constraints: one of: "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop".
            instance_type: 作业调度方式：
                - 0：正常调度
                - 2：手工调度
                - 5：补数据
                - 6：子作业调度
                - 7：单次调度 Constraints: one of: 0, 2, 5, 6, 7.
            precise_query: 支持通过作业名进行精确查询。
        """
        return cast(
            DlfJobInstanceList,
            await self._call(
                "ListJobInstances",
                options,
                job_name,
                min_plan_time,
                max_plan_time,
                limit,
                offset,
                status,
                instance_type,
                precise_query,
            ),
        )

    async def iter_list(
        self,
        *,
        job_name: str | None = None,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        status: (
            Annotated[
                Literal[
                    "waiting",
                    "running",
                    "success",
                    "fail",
                    "running-exception",
                    "pause",
                    "manual-stop",
                ],
                Checked,
            ]
            | None
        ) = None,
        instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = None,
        precise_query: bool | None = None,
        page_size: int = 1000,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[DlfJobInstance]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "job_name": job_name,
            "min_plan_time": min_plan_time,
            "max_plan_time": max_plan_time,
            "status": status,
            "instance_type": instance_type,
            "precise_query": precise_query,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "instances", "total")
        async for item in _apaginate(self.list, kwargs, spec, page_size):
            yield cast(DlfJobInstance, item)

    async def list_by_job(
        self,
        job_name: str,
        *,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        limit: Annotated[int, Field(ge=1, le=1000), Checked] | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        status: (
            Annotated[
                Literal[
                    "waiting",
                    "running",
                    "success",
                    "fail",
                    "running-exception",
                    "skip-by-depend",
                    "freeze",
                    "pause",
                    "manual-stop",
                ],
                Checked,
            ]
            | None
        ) = None,
        instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = None,
        force_success: bool | None = None,
        ignore_success: bool | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfFactoryJobInstanceList:
        """List the instances of a job

        根据作业名称精确查询作业实例列表。

        ``GET /v2/{project_id}/factory/jobs/{job_name}/instances/detail``: operation ListFactoryJobInstancesByName, reference section 6.3.31.

        Args:
            job_name: 作业名称。
                - 如果要查询指定批处理作业的实例列表，job_name就是批处理作业名称；
                - 如果要查询实时作业下某个节点关联的子作业，job_name格式为[实时作业名称]_[节点名称]。
            min_plan_time: 返回作业实例开始时间大于min_plain_time的作业实例，单位为毫秒ms，默认设置为查询当天0点，最大可支持查询一个月。
            max_plan_time: 返回作业实例开始时间小于max_plain_time的作业实例，单位为毫秒ms，默认设置为当前时间。
            limit: 分页返回结果，指定每页最大记录数。
                范围[1,1000]
                默认值：10 Constraints: >= 1; <= 1000. Default: 10.
            offset: 分页的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            status: 实例运行状态：
                - waiting: 等待运行
                - running: 运行中
                - success: 运行成功
                - fail: 运行失败
                - running-exception: 运行异常
                - skip-by-depend: 跳过
                - freeze: 冻结
                - pause: 暂停
                - manual-stop: 取消
                默认查全部 Constraints: one of: "waiting", "running", "success", "fail", "running-exception", "skip-by-depend", "freeze", "pause", "manual-stop".
            instance_type: 作业调度方式：
                - 0: 正常调度
                - 2: 手工调度
                - 5: 补数据
                - 6: 子作业调度
                - 7: 单次调度
                默认查全部 Constraints: one of: 0, 2, 5, 6, 7.
            force_success: status为success的时候使用，true则筛选出强制成功的作业实例
                默认值: false Default: false.
            ignore_success: status为success的时候使用，true则筛选出忽略失败的作业实例
                默认值: false Default: false.
        """
        return cast(
            DlfFactoryJobInstanceList,
            await self._call(
                "ListFactoryJobInstancesByName",
                options,
                job_name,
                min_plan_time,
                max_plan_time,
                limit,
                offset,
                status,
                instance_type,
                force_success,
                ignore_success,
            ),
        )

    async def iter_list_by_job(
        self,
        job_name: str,
        *,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        status: (
            Annotated[
                Literal[
                    "waiting",
                    "running",
                    "success",
                    "fail",
                    "running-exception",
                    "skip-by-depend",
                    "freeze",
                    "pause",
                    "manual-stop",
                ],
                Checked,
            ]
            | None
        ) = None,
        instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = None,
        force_success: bool | None = None,
        ignore_success: bool | None = None,
        page_size: int = 1000,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[DlfFactoryJobInstance]:
        """Every item of :meth:`list_by_job`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "job_name": job_name,
            "min_plan_time": min_plan_time,
            "max_plan_time": max_plan_time,
            "status": status,
            "instance_type": instance_type,
            "force_success": force_success,
            "ignore_success": ignore_success,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "instances", "total")
        async for item in _apaginate(self.list_by_job, kwargs, spec, page_size):
            yield cast(DlfFactoryJobInstance, item)

    async def restart(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Rerun a finished job instance

        重跑指定作业实例。只有作业实例的状态是成功、失败和取消，才能重跑作业实例。

        ``POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/restart``: operation RestoreJobInstance, reference section 6.3.14.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID, 获取方法请参见查询作业实例列表
        """
        return cast(None, await self._call("RestoreJobInstance", options, job_name, instance_id))

    async def show(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _RequestOptions | None = None,
    ) -> DlfJobInstanceDetail:
        """Show a job instance with its node runs

        查询指定作业实例详情信息，包括作业实例内各个节点的执行信息。

        ``GET /v1/{project_id}/jobs/{job_name}/instances/{instance_id}``: operation ShowJobInstance, reference section 6.3.17.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID，获取方法请参见查询作业实例列表的响应参数。
        """
        return cast(
            DlfJobInstanceDetail,
            await self._call(
                "ShowJobInstance",
                options,
                job_name,
                instance_id,
            ),
        )

    async def stop(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Stop a running job instance

        停止指定作业实例。只有作业实例的状态是运行中，才能停止作业实例。

        ``POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop``: operation StopJobInstance, reference section 6.3.13.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID, 获取方法请参见查询作业实例列表
        """
        return cast(None, await self._call("StopJobInstance", options, job_name, instance_id))

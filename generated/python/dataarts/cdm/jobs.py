"""作业管理 (``client.cdm.jobs``), sync and async.

Generated from cdm/jobs.yaml: do not edit.
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
from ..models.cdm.jobs import (
    CdmCreateJobRequest,
    CdmCreateJobResponse,
    CdmRandomCreateAndStartJobRequest,
    CdmRandomCreateAndStartJobResponse,
    CdmShowJobStatusResponse,
    CdmShowJobsResponse,
    CdmShowSubmissionsResponse,
    CdmStartJobRequest,
    CdmStartJobResponse,
    CdmStopJobResponse,
    CdmUpdateJobRequest,
    CdmUpdateJobResponse,
    Job,
)


class CdmJobs(_Resource):
    """作业管理 (``client.cdm.jobs``)."""

    service = "cdm"

    def create(
        self,
        cluster_id: str,
        body: CdmCreateJobRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> CdmCreateJobResponse:
        """Create a job on a given cluster (not started)

        指定集群创建作业接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/cdm/job``: operation CreateJob, reference section 5.2.6, rate limit 1200/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            CdmCreateJobResponse,
            self._call(
                "CreateJob",
                options,
                cluster_id,
                body=body,
            ),
        )

    def create_and_start_on_random_cluster(
        self,
        body: CdmRandomCreateAndStartJobRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> CdmRandomCreateAndStartJobResponse:
        """Create and run a job on a random running cluster

        随机集群创建作业并执行接口。

        ``POST /v1.1/{project_id}/clusters/job``: operation CreateAndStartRandomClusterJob, reference section 5.2.4, rate limit 120/minute.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            CdmRandomCreateAndStartJobResponse,
            self._call(
                "CreateAndStartRandomClusterJob",
                options,
                body=body,
            ),
        )

    def delete(
        self,
        cluster_id: str,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a job

        删除作业接口。

        ``DELETE /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}``: operation DeleteJob, reference section 5.2.2, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称
        """
        return cast(None, self._call("DeleteJob", options, cluster_id, job_name))

    def list_submissions(
        self,
        cluster_id: str,
        *,
        jname: str,
        options: _RequestOptions | None = None,
    ) -> CdmShowSubmissionsResponse:
        """Query the execution history of a job

        查询作业执行历史接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}/cdm/submissions``: operation ShowSubmissions, reference section 5.2.9, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            jname: 作业名称
        """
        return cast(
            CdmShowSubmissionsResponse,
            self._call(
                "ShowSubmissions",
                options,
                cluster_id,
                jname,
            ),
        )

    def show(
        self,
        cluster_id: str,
        job_name: str,
        *,
        filter_: str | None = None,
        page_no: Annotated[int, Field(ge=1), Checked] | None = None,
        page_size: Annotated[int, Field(ge=10, le=100), Checked] | None = None,
        job_type: (
            Annotated[Literal["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"], Checked] | None
        ) = None,
        options: _RequestOptions | None = None,
    ) -> CdmShowJobsResponse:
        """Query jobs (one job by name, or all)

        查询作业接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}``: operation ShowJobs, reference section 5.2.1, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            job_name: 查询多个作业用all,查询单个作业输入作业名
            filter_: 当“job_name”为“all”时,此参数用于模糊过滤作业。
            page_no: 指定作业页号 最小值: 1 Constraints: >= 1.
            page_size: 每页作业数, 值在10-100之间。 最小值: 10 最大值: 100 Constraints: >= 10; <= 100.
            job_type: 作业类型:
                - jobType=NORMAL_JOB: 表示查询表/文件迁移的作业。
                - jobType=BATCH_JOB: 表示查询整库迁移的作业。
                - jobType=SCENARIO_JOB: 表示查询场景迁移的作业。
                不指定该参数时, 默认只查询表/文件迁移的作业。
                枚举值:
                - NORMAL_JOB
                - BATCH_JOB
                - SCENARIO_JOB Constraints: one of: "NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB". Default: "NORMAL_JOB".
        """
        return cast(
            CdmShowJobsResponse,
            self._call(
                "ShowJobs",
                options,
                cluster_id,
                job_name,
                filter_,
                page_no,
                page_size,
                job_type,
            ),
        )

    def iter_show(
        self,
        cluster_id: str,
        job_name: str,
        *,
        filter_: str | None = None,
        job_type: (
            Annotated[Literal["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"], Checked] | None
        ) = None,
        page_size: int = 100,
        options: _RequestOptions | None = None,
    ) -> Iterator[Job]:
        """Every item of :meth:`show`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "cluster_id": cluster_id,
            "job_name": job_name,
            "filter_": filter_,
            "job_type": job_type,
            "options": options,
        }
        spec = ("page", "page_no", "page_size", 1, "jobs", "total")
        for item in _paginate(self.show, kwargs, spec, page_size):
            yield cast(Job, item)

    def show_status(
        self,
        cluster_id: str,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> CdmShowJobStatusResponse:
        """Query the run status of a job

        查询作业状态接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/status``: operation ShowJobStatus, reference section 5.2.8, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称
        """
        return cast(
            CdmShowJobStatusResponse,
            self._call(
                "ShowJobStatus",
                options,
                cluster_id,
                job_name,
            ),
        )

    def start(
        self,
        cluster_id: str,
        job_name: str,
        *,
        body: CdmStartJobRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> CdmStartJobResponse:
        """Start a job

        启动作业接口。

        ``PUT /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/start``: operation StartJob, reference section 5.2.7, rate limit 1200/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            CdmStartJobResponse,
            self._call(
                "StartJob",
                options,
                cluster_id,
                job_name,
                body=body,
            ),
        )

    def stop(
        self,
        cluster_id: str,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> CdmStopJobResponse:
        """Stop a running job

        停止作业接口。

        ``PUT /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/stop``: operation StopJob, reference section 5.2.5, rate limit 1200/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称
        """
        return cast(CdmStopJobResponse, self._call("StopJob", options, cluster_id, job_name))

    def update(
        self,
        cluster_id: str,
        job_name: str,
        body: CdmUpdateJobRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> CdmUpdateJobResponse:
        """Modify a job

        修改作业接口。

        ``PUT /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}``: operation UpdateJob, reference section 5.2.3, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            CdmUpdateJobResponse,
            self._call(
                "UpdateJob",
                options,
                cluster_id,
                job_name,
                body=body,
            ),
        )


class AsyncCdmJobs(_AsyncResource):
    """作业管理 (``client.cdm.jobs``)."""

    service = "cdm"

    async def create(
        self,
        cluster_id: str,
        body: CdmCreateJobRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> CdmCreateJobResponse:
        """Create a job on a given cluster (not started)

        指定集群创建作业接口。

        ``POST /v1.1/{project_id}/clusters/{cluster_id}/cdm/job``: operation CreateJob, reference section 5.2.6, rate limit 1200/minute.

        Args:
            cluster_id: 集群ID
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            CdmCreateJobResponse,
            await self._call(
                "CreateJob",
                options,
                cluster_id,
                body=body,
            ),
        )

    async def create_and_start_on_random_cluster(
        self,
        body: CdmRandomCreateAndStartJobRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> CdmRandomCreateAndStartJobResponse:
        """Create and run a job on a random running cluster

        随机集群创建作业并执行接口。

        ``POST /v1.1/{project_id}/clusters/job``: operation CreateAndStartRandomClusterJob, reference section 5.2.4, rate limit 120/minute.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            CdmRandomCreateAndStartJobResponse,
            await self._call(
                "CreateAndStartRandomClusterJob",
                options,
                body=body,
            ),
        )

    async def delete(
        self,
        cluster_id: str,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a job

        删除作业接口。

        ``DELETE /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}``: operation DeleteJob, reference section 5.2.2, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称
        """
        return cast(None, await self._call("DeleteJob", options, cluster_id, job_name))

    async def list_submissions(
        self,
        cluster_id: str,
        *,
        jname: str,
        options: _RequestOptions | None = None,
    ) -> CdmShowSubmissionsResponse:
        """Query the execution history of a job

        查询作业执行历史接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}/cdm/submissions``: operation ShowSubmissions, reference section 5.2.9, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            jname: 作业名称
        """
        return cast(
            CdmShowSubmissionsResponse,
            await self._call(
                "ShowSubmissions",
                options,
                cluster_id,
                jname,
            ),
        )

    async def show(
        self,
        cluster_id: str,
        job_name: str,
        *,
        filter_: str | None = None,
        page_no: Annotated[int, Field(ge=1), Checked] | None = None,
        page_size: Annotated[int, Field(ge=10, le=100), Checked] | None = None,
        job_type: (
            Annotated[Literal["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"], Checked] | None
        ) = None,
        options: _RequestOptions | None = None,
    ) -> CdmShowJobsResponse:
        """Query jobs (one job by name, or all)

        查询作业接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}``: operation ShowJobs, reference section 5.2.1, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            job_name: 查询多个作业用all,查询单个作业输入作业名
            filter_: 当“job_name”为“all”时,此参数用于模糊过滤作业。
            page_no: 指定作业页号 最小值: 1 Constraints: >= 1.
            page_size: 每页作业数, 值在10-100之间。 最小值: 10 最大值: 100 Constraints: >= 10; <= 100.
            job_type: 作业类型:
                - jobType=NORMAL_JOB: 表示查询表/文件迁移的作业。
                - jobType=BATCH_JOB: 表示查询整库迁移的作业。
                - jobType=SCENARIO_JOB: 表示查询场景迁移的作业。
                不指定该参数时, 默认只查询表/文件迁移的作业。
                枚举值:
                - NORMAL_JOB
                - BATCH_JOB
                - SCENARIO_JOB Constraints: one of: "NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB". Default: "NORMAL_JOB".
        """
        return cast(
            CdmShowJobsResponse,
            await self._call(
                "ShowJobs",
                options,
                cluster_id,
                job_name,
                filter_,
                page_no,
                page_size,
                job_type,
            ),
        )

    async def iter_show(
        self,
        cluster_id: str,
        job_name: str,
        *,
        filter_: str | None = None,
        job_type: (
            Annotated[Literal["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"], Checked] | None
        ) = None,
        page_size: int = 100,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[Job]:
        """Every item of :meth:`show`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "cluster_id": cluster_id,
            "job_name": job_name,
            "filter_": filter_,
            "job_type": job_type,
            "options": options,
        }
        spec = ("page", "page_no", "page_size", 1, "jobs", "total")
        async for item in _apaginate(self.show, kwargs, spec, page_size):
            yield cast(Job, item)

    async def show_status(
        self,
        cluster_id: str,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> CdmShowJobStatusResponse:
        """Query the run status of a job

        查询作业状态接口。

        ``GET /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/status``: operation ShowJobStatus, reference section 5.2.8, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称
        """
        return cast(
            CdmShowJobStatusResponse,
            await self._call(
                "ShowJobStatus",
                options,
                cluster_id,
                job_name,
            ),
        )

    async def start(
        self,
        cluster_id: str,
        job_name: str,
        *,
        body: CdmStartJobRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> CdmStartJobResponse:
        """Start a job

        启动作业接口。

        ``PUT /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/start``: operation StartJob, reference section 5.2.7, rate limit 1200/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            CdmStartJobResponse,
            await self._call(
                "StartJob",
                options,
                cluster_id,
                job_name,
                body=body,
            ),
        )

    async def stop(
        self,
        cluster_id: str,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> CdmStopJobResponse:
        """Stop a running job

        停止作业接口。

        ``PUT /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/stop``: operation StopJob, reference section 5.2.5, rate limit 1200/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称
        """
        return cast(CdmStopJobResponse, await self._call("StopJob", options, cluster_id, job_name))

    async def update(
        self,
        cluster_id: str,
        job_name: str,
        body: CdmUpdateJobRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> CdmUpdateJobResponse:
        """Modify a job

        修改作业接口。

        ``PUT /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}``: operation UpdateJob, reference section 5.2.3, rate limit 120/minute.

        Args:
            cluster_id: 集群ID
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            CdmUpdateJobResponse,
            await self._call(
                "UpdateJob",
                options,
                cluster_id,
                job_name,
                body=body,
            ),
        )

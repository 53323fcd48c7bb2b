"""作业开发 API (``client.dlf.jobs``), sync and async.

Generated from dlf/instances.yaml, dlf/job_actions.yaml, dlf/jobs.yaml: do not edit.
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
from ..models.dlf.factory import DlfJobRenameRequest, DlfJobRenameResponse, DlfJobTagsRequest
from ..models.dlf.instances import DlfSystemTask
from ..models.dlf.job_actions import (
    DlfBatchExportJobsRequest,
    DlfCheckFileRequest,
    DlfCheckFileResponse,
    DlfExportJobRequest,
    DlfImportJobsRequest,
    DlfImportJobsResponse,
    DlfRealtimeJobStatus,
    DlfRunImmediateRequest,
    DlfRunImmediateResponse,
    DlfStartJobRequest,
)
from ..models.dlf.jobs import DlfDeleteJobRequest, DlfJob, DlfJobDetail, DlfJobList, DlfJobSummary


class DlfJobs(_Resource):
    """作业开发 API (``client.dlf.jobs``)."""

    service = "dlf"

    def batch_export(
        self,
        body: DlfBatchExportJobsRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> _Download:
        """Export several jobs as a zip file

        此接口可以批量导出DLF作业定义，包括作业依赖的脚本和CDM作业定义。

        ``POST /v1/{project_id}/jobs/batch-export``: operation ExportJobList, reference section 6.3.7.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(_Download, self._call("ExportJobList", options, body=body))

    def check_file(
        self,
        body: DlfCheckFileRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> DlfCheckFileResponse:
        """Check the jobs and scripts in a job file on OBS

        从OBS路径上导入作业前，可以通过此接口查询导入作业文件中是否有作业和脚本。

        ``POST /v1/{project_id}/jobs/check-file``: operation ShowFileInfo, reference section 6.3.5.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(DlfCheckFileResponse, self._call("ShowFileInfo", options, body=body))

    def create(
        self,
        body: DlfJob | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Create a DLF job

        此接口可以创建一个新作业，作业由一个或多个相互依赖的节点构成，支持Hive SQL、CDM Job等节点。DLF有两类型作业：批处理作业和实时作业。

        ``POST /v1/{project_id}/jobs``: operation CreateDlfJob, reference section 6.3.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("CreateDlfJob", options, body=body))

    def delete(
        self,
        job_name: str,
        *,
        body: DlfDeleteJobRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a DLF job

        本接口用于删除DLF作业。

        ``DELETE /v1/{project_id}/jobs/{job_name}``: operation DeleteDlfJob, reference section 6.3.12.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("DeleteDlfJob", options, job_name, body=body))

    def export(
        self,
        job_name: str,
        *,
        body: DlfExportJobRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> _Download:
        """Export a job as a zip file

        导出zip压缩包格式的作业文件，包括作业定义、作业依赖的脚本、CDM作业定义。

        ``POST /v1/{project_id}/jobs/{job_name}/export``: operation ExportJob, reference section 6.3.6.

        Args:
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(_Download, self._call("ExportJob", options, job_name, body=body))

    def import_jobs(
        self,
        body: DlfImportJobsRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> DlfImportJobsResponse:
        """Import jobs from a job file on OBS

        将存放在OBS桶的作业文件导入到DLF，一次可以导入一个或多个作业。

        说明：执行本接口之前，需要将作业文件放到OBS的桶中。

        ``POST /v1/{project_id}/jobs/import``: operation ImportJob, reference section 6.3.8.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(DlfImportJobsResponse, self._call("ImportJob", options, body=body))

    def list(
        self,
        *,
        job_type: Annotated[Literal["REAL_TIME", "BATCH"], Checked] | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        limit: Annotated[int, Field(ge=1, le=1000), Checked] | None = None,
        job_name: str | None = None,
        tags: str | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfJobList:
        """List DLF jobs

        查询批处理或实时作业列表，每次查询返回的作业数量上限是100。

        ``GET /v1/{project_id}/jobs``: operation ListDlfJobs, reference section 6.3.3.

        Args:
            job_type: 作业类型：
                - REAL_TIME：实时处理
                - BATCH：批处理 默认值：BATCH Constraints: one of: "REAL_TIME", "BATCH". Default: "BATCH".
            offset: 分页列表的页数，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            limit: 分页返回结果，指定每页最大记录数。范围[1,1000] 默认值：10 Constraints: >= 1; <= 1000. Default: 10.
            job_name: 作业名称
            tags: 作业标签列表，如果有多个标签，以英文逗号分隔。例如：tag1,tag2,tag3。
        """
        return cast(
            DlfJobList,
            self._call(
                "ListDlfJobs",
                options,
                job_type,
                offset,
                limit,
                job_name,
                tags,
            ),
        )

    def iter_list(
        self,
        *,
        job_type: Annotated[Literal["REAL_TIME", "BATCH"], Checked] | None = None,
        job_name: str | None = None,
        tags: str | None = None,
        page_size: int = 1000,
        options: _RequestOptions | None = None,
    ) -> Iterator[DlfJobSummary]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "job_type": job_type,
            "job_name": job_name,
            "tags": tags,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "jobs", "total")
        for item in _paginate(self.list, kwargs, spec, page_size):
            yield cast(DlfJobSummary, item)

    def rename(
        self,
        job_name: str,
        body: DlfJobRenameRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> DlfJobRenameResponse:
        """Rename a job

        对作业名称进行重命名操作。

        ``PUT /v2/{project_id}/factory/jobs/{job_name}/rename``: operation UpdateFactoryJobName, reference section 6.3.22.

        Args:
            job_name: 原作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DlfJobRenameResponse,
            self._call(
                "UpdateFactoryJobName",
                options,
                job_name,
                body=body,
            ),
        )

    def run_immediately(
        self,
        job_name: str,
        *,
        body: DlfRunImmediateRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfRunImmediateResponse:
        """Run a job immediately once

        本接口用于立即执行作业，验证作业是否能执行成功。

        ``POST /v1/{project_id}/jobs/{job_name}/run-immediate``: operation RunOnce, reference section 6.3.9.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DlfRunImmediateResponse,
            self._call(
                "RunOnce",
                options,
                job_name,
                body=body,
            ),
        )

    def set_tags(
        self,
        job_name: str,
        body: DlfJobTagsRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Set job tags

        此接口可以设置作业标签。

        ``POST /v2/{project_id}/factory/jobs/{job_name}/tags``: operation SetFactoryJobTags, reference section 6.3.25.

        Args:
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("SetFactoryJobTags", options, job_name, body=body))

    def show(
        self,
        job_name: str,
        *,
        dependencies: bool | None = None,
        version: int | None = None,
        get_job_submit_version: bool | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfJobDetail:
        """Show a DLF job definition

        此接口可以查询指定DLF作业定义。

        说明
        调用查询作业详情接口时，如果在参数中带上dependencies=true，则会返回下游依赖当前作业的作业，只返回第一层。

        ``GET /v1/{project_id}/jobs/{job_name}``: operation ShowDlfJob, reference section 6.3.4.

        Args:
            job_name: 作业名称。
            dependencies: 调用查询作业详情接口时，如果在参数中带上dependencies=true，则会返回下游依赖当前作业的作业，只返回第一层。
            version: 作业版本号；不传时查询作业的当前定义。

                Not in the reference: from the vendor SDK (huaweicloudsdkdgc).
            get_job_submit_version: 是否查询作业的提交版本。

                Not in the reference: from the vendor SDK (huaweicloudsdkdgc).
        """
        return cast(
            DlfJobDetail,
            self._call(
                "ShowDlfJob",
                options,
                job_name,
                dependencies,
                version,
                get_job_submit_version,
            ),
        )

    def show_status(
        self,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> DlfRealtimeJobStatus:
        """Show the running status of a real-time job

        查询指定实时作业的运行状态。

        ``GET /v1/{project_id}/jobs/{job_name}/status``: operation ShowDlfJobStatus, reference section 6.3.15.

        Args:
            job_name: 作业名称
        """
        return cast(DlfRealtimeJobStatus, self._call("ShowDlfJobStatus", options, job_name))

    def show_system_task(
        self,
        task_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> DlfSystemTask:
        """Show a system task (e.g. a job import)

        本接口用于查询异步任务详情。

        ``GET /v1/{project_id}/system-tasks/{task_id}``: operation ListSystemTasks, reference section 6.3.18.

        Args:
            task_id: 任务ID，获取方法请参见导入作业的响应参数。
        """
        return cast(DlfSystemTask, self._call("ListSystemTasks", options, task_id))

    def start(
        self,
        job_name: str,
        *,
        body: DlfStartJobRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> None:
        """Start scheduling a job

        本接口用于执行调度一个作业。

        ``POST /v1/{project_id}/jobs/{job_name}/start``: operation StartDlfJob, reference section 6.3.10.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("StartDlfJob", options, job_name, body=body))

    def stop(
        self,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Stop scheduling a job

        本接口用于停止调度一个作业。

        ``POST /v1/{project_id}/jobs/{job_name}/stop``: operation StopDlfJob, reference section 6.3.11.

        Args:
            job_name: 作业名称
        """
        return cast(None, self._call("StopDlfJob", options, job_name))

    def update(
        self,
        job_name: str,
        body: DlfJob | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Update a DLF job

        此接口可以对一个作业进行编辑。

        ``PUT /v1/{project_id}/jobs/{job_name}``: operation UpdateDlfJob, reference section 6.3.2.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, self._call("UpdateDlfJob", options, job_name, body=body))


class AsyncDlfJobs(_AsyncResource):
    """作业开发 API (``client.dlf.jobs``)."""

    service = "dlf"

    async def batch_export(
        self,
        body: DlfBatchExportJobsRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> _AsyncDownload:
        """Export several jobs as a zip file

        此接口可以批量导出DLF作业定义，包括作业依赖的脚本和CDM作业定义。

        ``POST /v1/{project_id}/jobs/batch-export``: operation ExportJobList, reference section 6.3.7.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(_AsyncDownload, await self._call("ExportJobList", options, body=body))

    async def check_file(
        self,
        body: DlfCheckFileRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> DlfCheckFileResponse:
        """Check the jobs and scripts in a job file on OBS

        从OBS路径上导入作业前，可以通过此接口查询导入作业文件中是否有作业和脚本。

        ``POST /v1/{project_id}/jobs/check-file``: operation ShowFileInfo, reference section 6.3.5.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(DlfCheckFileResponse, await self._call("ShowFileInfo", options, body=body))

    async def create(
        self,
        body: DlfJob | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Create a DLF job

        此接口可以创建一个新作业，作业由一个或多个相互依赖的节点构成，支持Hive SQL、CDM Job等节点。DLF有两类型作业：批处理作业和实时作业。

        ``POST /v1/{project_id}/jobs``: operation CreateDlfJob, reference section 6.3.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("CreateDlfJob", options, body=body))

    async def delete(
        self,
        job_name: str,
        *,
        body: DlfDeleteJobRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> None:
        """Delete a DLF job

        本接口用于删除DLF作业。

        ``DELETE /v1/{project_id}/jobs/{job_name}``: operation DeleteDlfJob, reference section 6.3.12.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("DeleteDlfJob", options, job_name, body=body))

    async def export(
        self,
        job_name: str,
        *,
        body: DlfExportJobRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> _AsyncDownload:
        """Export a job as a zip file

        导出zip压缩包格式的作业文件，包括作业定义、作业依赖的脚本、CDM作业定义。

        ``POST /v1/{project_id}/jobs/{job_name}/export``: operation ExportJob, reference section 6.3.6.

        Args:
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(_AsyncDownload, await self._call("ExportJob", options, job_name, body=body))

    async def import_jobs(
        self,
        body: DlfImportJobsRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> DlfImportJobsResponse:
        """Import jobs from a job file on OBS

        将存放在OBS桶的作业文件导入到DLF，一次可以导入一个或多个作业。

        说明：执行本接口之前，需要将作业文件放到OBS的桶中。

        ``POST /v1/{project_id}/jobs/import``: operation ImportJob, reference section 6.3.8.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(DlfImportJobsResponse, await self._call("ImportJob", options, body=body))

    async def list(
        self,
        *,
        job_type: Annotated[Literal["REAL_TIME", "BATCH"], Checked] | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        limit: Annotated[int, Field(ge=1, le=1000), Checked] | None = None,
        job_name: str | None = None,
        tags: str | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfJobList:
        """List DLF jobs

        查询批处理或实时作业列表，每次查询返回的作业数量上限是100。

        ``GET /v1/{project_id}/jobs``: operation ListDlfJobs, reference section 6.3.3.

        Args:
            job_type: 作业类型：
                - REAL_TIME：实时处理
                - BATCH：批处理 默认值：BATCH Constraints: one of: "REAL_TIME", "BATCH". Default: "BATCH".
            offset: 分页列表的页数，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            limit: 分页返回结果，指定每页最大记录数。范围[1,1000] 默认值：10 Constraints: >= 1; <= 1000. Default: 10.
            job_name: 作业名称
            tags: 作业标签列表，如果有多个标签，以英文逗号分隔。例如：tag1,tag2,tag3。
        """
        return cast(
            DlfJobList,
            await self._call(
                "ListDlfJobs",
                options,
                job_type,
                offset,
                limit,
                job_name,
                tags,
            ),
        )

    async def iter_list(
        self,
        *,
        job_type: Annotated[Literal["REAL_TIME", "BATCH"], Checked] | None = None,
        job_name: str | None = None,
        tags: str | None = None,
        page_size: int = 1000,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[DlfJobSummary]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "job_type": job_type,
            "job_name": job_name,
            "tags": tags,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "jobs", "total")
        async for item in _apaginate(self.list, kwargs, spec, page_size):
            yield cast(DlfJobSummary, item)

    async def rename(
        self,
        job_name: str,
        body: DlfJobRenameRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> DlfJobRenameResponse:
        """Rename a job

        对作业名称进行重命名操作。

        ``PUT /v2/{project_id}/factory/jobs/{job_name}/rename``: operation UpdateFactoryJobName, reference section 6.3.22.

        Args:
            job_name: 原作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DlfJobRenameResponse,
            await self._call(
                "UpdateFactoryJobName",
                options,
                job_name,
                body=body,
            ),
        )

    async def run_immediately(
        self,
        job_name: str,
        *,
        body: DlfRunImmediateRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfRunImmediateResponse:
        """Run a job immediately once

        本接口用于立即执行作业，验证作业是否能执行成功。

        ``POST /v1/{project_id}/jobs/{job_name}/run-immediate``: operation RunOnce, reference section 6.3.9.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DlfRunImmediateResponse,
            await self._call(
                "RunOnce",
                options,
                job_name,
                body=body,
            ),
        )

    async def set_tags(
        self,
        job_name: str,
        body: DlfJobTagsRequest | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Set job tags

        此接口可以设置作业标签。

        ``POST /v2/{project_id}/factory/jobs/{job_name}/tags``: operation SetFactoryJobTags, reference section 6.3.25.

        Args:
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("SetFactoryJobTags", options, job_name, body=body))

    async def show(
        self,
        job_name: str,
        *,
        dependencies: bool | None = None,
        version: int | None = None,
        get_job_submit_version: bool | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfJobDetail:
        """Show a DLF job definition

        此接口可以查询指定DLF作业定义。

        说明
        调用查询作业详情接口时，如果在参数中带上dependencies=true，则会返回下游依赖当前作业的作业，只返回第一层。

        ``GET /v1/{project_id}/jobs/{job_name}``: operation ShowDlfJob, reference section 6.3.4.

        Args:
            job_name: 作业名称。
            dependencies: 调用查询作业详情接口时，如果在参数中带上dependencies=true，则会返回下游依赖当前作业的作业，只返回第一层。
            version: 作业版本号；不传时查询作业的当前定义。

                Not in the reference: from the vendor SDK (huaweicloudsdkdgc).
            get_job_submit_version: 是否查询作业的提交版本。

                Not in the reference: from the vendor SDK (huaweicloudsdkdgc).
        """
        return cast(
            DlfJobDetail,
            await self._call(
                "ShowDlfJob",
                options,
                job_name,
                dependencies,
                version,
                get_job_submit_version,
            ),
        )

    async def show_status(
        self,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> DlfRealtimeJobStatus:
        """Show the running status of a real-time job

        查询指定实时作业的运行状态。

        ``GET /v1/{project_id}/jobs/{job_name}/status``: operation ShowDlfJobStatus, reference section 6.3.15.

        Args:
            job_name: 作业名称
        """
        return cast(DlfRealtimeJobStatus, await self._call("ShowDlfJobStatus", options, job_name))

    async def show_system_task(
        self,
        task_id: str,
        *,
        options: _RequestOptions | None = None,
    ) -> DlfSystemTask:
        """Show a system task (e.g. a job import)

        本接口用于查询异步任务详情。

        ``GET /v1/{project_id}/system-tasks/{task_id}``: operation ListSystemTasks, reference section 6.3.18.

        Args:
            task_id: 任务ID，获取方法请参见导入作业的响应参数。
        """
        return cast(DlfSystemTask, await self._call("ListSystemTasks", options, task_id))

    async def start(
        self,
        job_name: str,
        *,
        body: DlfStartJobRequest | dict[str, Any] | None = None,
        options: _RequestOptions | None = None,
    ) -> None:
        """Start scheduling a job

        本接口用于执行调度一个作业。

        ``POST /v1/{project_id}/jobs/{job_name}/start``: operation StartDlfJob, reference section 6.3.10.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("StartDlfJob", options, job_name, body=body))

    async def stop(
        self,
        job_name: str,
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Stop scheduling a job

        本接口用于停止调度一个作业。

        ``POST /v1/{project_id}/jobs/{job_name}/stop``: operation StopDlfJob, reference section 6.3.11.

        Args:
            job_name: 作业名称
        """
        return cast(None, await self._call("StopDlfJob", options, job_name))

    async def update(
        self,
        job_name: str,
        body: DlfJob | dict[str, Any],
        *,
        options: _RequestOptions | None = None,
    ) -> None:
        """Update a DLF job

        此接口可以对一个作业进行编辑。

        ``PUT /v1/{project_id}/jobs/{job_name}``: operation UpdateDlfJob, reference section 6.3.2.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(None, await self._call("UpdateDlfJob", options, job_name, body=body))

"""DLF 数据开发 (data development)

The dlf service of the API, sync and async, generated from the spec: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal, cast

from . import _runtime as _rt
from .models.dlf import (
    AlarmInfo,
    AlarmInfoList,
    Connection,
    ConnectionImportRequest,
    ConnectionImportResponse,
    ConnectionList,
    DlfBatchExportJobsRequest,
    DlfCheckFileRequest,
    DlfCheckFileResponse,
    DlfDeleteJobRequest,
    DlfExportJobRequest,
    DlfFactoryJobInstance,
    DlfFactoryJobInstanceList,
    DlfImportJobsRequest,
    DlfImportJobsResponse,
    DlfJob,
    DlfJobDetail,
    DlfJobInstance,
    DlfJobInstanceDetail,
    DlfJobInstanceList,
    DlfJobList,
    DlfJobRenameRequest,
    DlfJobRenameResponse,
    DlfJobSummary,
    DlfJobTagsRequest,
    DlfRealtimeJobStatus,
    DlfRunImmediateRequest,
    DlfRunImmediateResponse,
    DlfStartJobRequest,
    DlfSystemTask,
    DlfTaskCompletionData,
    DlfTaskStatisticsOverview,
    ReleasePackageDeployRequest,
    ReleasePackageDeployResponse,
    ReleasePackageDetail,
    ReleasePackageList,
    ReleasePackageListRequest,
    ReleasePackageUnpackRequest,
    Resource,
    ResourceCreate,
    ResourceCreateResponse,
    ResourceList,
    ResourceListItem,
    ResourceUpdate,
    Script,
    ScriptCreate,
    ScriptDeleteRequest,
    ScriptExecuteRequest,
    ScriptExecuteResponse,
    ScriptInstanceResult,
    ScriptList,
    ScriptListItem,
    ScriptUpdate,
    SupplementDataCreateRequest,
    SupplementDataList,
    SupplementDataRow,
)


class DlfScripts(_rt.Resource):
    """脚本开发 API (``client.dlf.scripts``)."""

    service = "dlf"

    def create(
        self,
        body: ScriptCreate | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Create a script

        创建一个新脚本，当前支持的脚本类型有DLI SQL、Flink SQL、RDS SQL、Spark SQL、Hive SQL、DWS SQL、Shell、Presto SQL、ClickHouse SQL、HetuEngine SQL、Python、Spark Python和Impala SQL。

        ``POST /v1/{project_id}/scripts``: operation CreateScript, reference section 6.1.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "CreateScript",
                "POST",
                "/v1/{project_id}/scripts",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ScriptCreate,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def delete(
        self,
        script_name: str,
        *,
        body: ScriptDeleteRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Delete a script

        此接口用以删除指定脚本。

        ``DELETE /v1/{project_id}/scripts/{script_name}``: operation DeleteScript, reference section 6.1.6.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "DeleteScript",
                "DELETE",
                "/v1/{project_id}/scripts/{script_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ScriptDeleteRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def execute(
        self,
        script_name: str,
        *,
        body: ScriptExecuteRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> ScriptExecuteResponse:
        """Execute a script

        该接口用以执行指定脚本，支持执行DWS SQL、DLI SQL、RDS SQL、Hive SQL、Spark SQL、Presto SQL、Shell、ClickHouse SQL、HetuEngine SQL、Python、Spark Python和Impala SQL脚本。脚本每执行一次，生成一个脚本实例。执行脚本接口是一个异步命令，需要通过查询脚本实例执行结果获取执行状态和结果。

        说明：DLI SQL和Presto SQL不支持多语句场景。

        ``POST /v1/{project_id}/scripts/{script_name}/execute``: operation ExecuteScript, reference section 6.1.7.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ScriptExecuteResponse,
            self._call(
                "ExecuteScript",
                "POST",
                "/v1/{project_id}/scripts/{script_name}/execute",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ScriptExecuteRequest,
                content_type="application/json",
                response_type=ScriptExecuteResponse,
                stream=False,
                options=options,
            ),
        )

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        script_name: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> ScriptList:
        """List scripts

        此接口用以查询脚本列表，每次查询返回的脚本数量上限是1000个。

        ``GET /v1/{project_id}/scripts``: operation ListScripts, reference section 6.1.4.

        Args:
            limit: 分页返回结果，指定每页最大记录数，范围[1,100]。 默认值：10。
            offset: 分页的起始页，默认值为0。取值范围大于等于0。
            script_name: 脚本名称。
        """
        return cast(
            ScriptList,
            self._call(
                "ListScripts",
                "GET",
                "/v1/{project_id}/scripts",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("limit", limit),
                    ("offset", offset),
                    ("scriptName", script_name),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ScriptList,
                stream=False,
                options=options,
            ),
        )

    def iter_list(
        self,
        *,
        script_name: str | None = None,
        page_size: int = 100,
        options: _rt.RequestOptions | None = None,
    ) -> Iterator[ScriptListItem]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "script_name": script_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "scripts", "total")
        for item in _rt.paginate(self.list, kwargs, spec, page_size):
            yield cast(ScriptListItem, item)

    def show(
        self,
        script_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> Script:
        """Show a script

        此接口可以查询指定脚本的定义，包括脚本类型和脚本内容。

        ``GET /v1/{project_id}/scripts/{script_name}``: operation ShowScript, reference section 6.1.3.

        Args:
            script_name: 脚本名称。
        """
        return cast(
            Script,
            self._call(
                "ShowScript",
                "GET",
                "/v1/{project_id}/scripts/{script_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=Script,
                stream=False,
                options=options,
            ),
        )

    def show_instance_result(
        self,
        script_name: str,
        instance_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> ScriptInstanceResult:
        """Show the execution status and results of a script instance

        该接口用以获取脚本实例的执行状态和结果。
        查询时，需要指定脚本名称和脚本实例ID。

        ``GET /v1/{project_id}/scripts/{script_name}/instances/{instance_id}``: operation ListScriptResults, reference section 6.1.5.

        Args:
            script_name: 脚本名称。
            instance_id: 脚本实例id，获取方法请参见 执行脚本的响应参数 。
        """
        return cast(
            ScriptInstanceResult,
            self._call(
                "ListScriptResults",
                "GET",
                "/v1/{project_id}/scripts/{script_name}/instances/{instance_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ScriptInstanceResult,
                stream=False,
                options=options,
            ),
        )

    def stop_instance(
        self,
        script_name: str,
        instance_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Stop the execution of a script instance

        该接口用以停止脚本实例的执行。

        ``POST /v1/{project_id}/scripts/{script_name}/instances/{instance_id}/stop``: operation CancelScript, reference section 6.1.8.

        Args:
            script_name: 脚本名称。
            instance_id: 脚本实例id，获取方法请参见 执行脚本的响应参数 。
        """
        return cast(
            None,
            self._call(
                "CancelScript",
                "POST",
                "/v1/{project_id}/scripts/{script_name}/instances/{instance_id}/stop",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def update(
        self,
        script_name: str,
        body: ScriptUpdate | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Update a script

        本接口用以修改脚本的配置项或者脚本内容。
        - 修改脚本时，需要指定待修改的脚本名称。
        - 脚本名称和脚本类型不支持修改。

        ``PUT /v1/{project_id}/scripts/{script_name}``: operation UpdateScript, reference section 6.1.2.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "UpdateScript",
                "PUT",
                "/v1/{project_id}/scripts/{script_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ScriptUpdate,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class DlfResources(_rt.Resource):
    """资源管理 API (``client.dlf.resources``)."""

    service = "dlf"

    def create(
        self,
        body: ResourceCreate | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> ResourceCreateResponse:
        """Create a resource

        创建一个新资源，作业节点类型MRS Spark、MRS MapReduce、DLI Spark可以通过资源引用JAR、properties等文件。

        ``POST /v1/{project_id}/resources``: operation CreateResource, reference section 6.2.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ResourceCreateResponse,
            self._call(
                "CreateResource",
                "POST",
                "/v1/{project_id}/resources",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ResourceCreate,
                content_type="application/json",
                response_type=ResourceCreateResponse,
                stream=False,
                options=options,
            ),
        )

    def delete(
        self,
        resource_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Delete a resource

        此接口可以删除指定资源。

        ``DELETE /v1/{project_id}/resources/{resource_id}``: operation DeleteResource, reference section 6.2.4.

        Args:
            resource_id: 资源ID，查询方法请参见 查询资源列表 。返回的id即为 resource_id。
        """
        return cast(
            None,
            self._call(
                "DeleteResource",
                "DELETE",
                "/v1/{project_id}/resources/{resource_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "resource_id": resource_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        resource_name: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> ResourceList:
        """List resources

        查询资源列表。查询时，可指定返回页号和每页的最大记录数。

        ``GET /v1/{project_id}/resources``: operation ListResources, reference section 6.2.5.

        Args:
            offset: 分页列表的起始页，默认值为0。取值范围大于等于0。
            limit: 分页返回结果，指定每页最大记录数，范围[1,100]。 默认值：10
            resource_name: 资源名称。
        """
        return cast(
            ResourceList,
            self._call(
                "ListResources",
                "GET",
                "/v1/{project_id}/resources",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("offset", offset),
                    ("limit", limit),
                    ("resourceName", resource_name),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ResourceList,
                stream=False,
                options=options,
            ),
        )

    def iter_list(
        self,
        *,
        resource_name: str | None = None,
        page_size: int = 100,
        options: _rt.RequestOptions | None = None,
    ) -> Iterator[ResourceListItem]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "resource_name": resource_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "resources", "total")
        for item in _rt.paginate(self.list, kwargs, spec, page_size):
            yield cast(ResourceListItem, item)

    def show(
        self,
        resource_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> Resource:
        """Show a resource

        查询资源详情，一个资源包含jar、zip、properties等文件，已经创建的资源在DLI Spark、MRS Spark等作业节点中使用。

        ``GET /v1/{project_id}/resources/{resource_id}``: operation ShowResource, reference section 6.2.3.

        Args:
            resource_id: 资源ID，获取方法请参见 查询资源列表 。返回的id即为resource_id。
        """
        return cast(
            Resource,
            self._call(
                "ShowResource",
                "GET",
                "/v1/{project_id}/resources/{resource_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "resource_id": resource_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=Resource,
                stream=False,
                options=options,
            ),
        )

    def update(
        self,
        resource_id: str,
        body: ResourceUpdate | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Update a resource

        此接口可以修改指定资源，修改时，请指定资源ID。
        - 资源类型和资源目录不支持修改。

        ``PUT /v1/{project_id}/resources/{resource_id}``: operation UpdateResource, reference section 6.2.2.

        Args:
            resource_id: 资源ID，获取方法请参见 查询资源列表 。返回的id即为resource_id。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "UpdateResource",
                "PUT",
                "/v1/{project_id}/resources/{resource_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "resource_id": resource_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ResourceUpdate,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class DlfJobs(_rt.Resource):
    """作业开发 API (``client.dlf.jobs``)."""

    service = "dlf"

    def batch_export(
        self,
        body: DlfBatchExportJobsRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> _rt.Download:
        """Export several jobs as a zip file

        此接口可以批量导出DLF作业定义，包括作业依赖的脚本和CDM作业定义。

        ``POST /v1/{project_id}/jobs/batch-export``: operation ExportJobList, reference section 6.3.7.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            _rt.Download,
            self._call(
                "ExportJobList",
                "POST",
                "/v1/{project_id}/jobs/batch-export",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfBatchExportJobsRequest,
                content_type="application/json",
                response_type=None,
                stream=True,
                options=options,
            ),
        )

    def check_file(
        self,
        body: DlfCheckFileRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> DlfCheckFileResponse:
        """Check the jobs and scripts in a job file on OBS

        从OBS路径上导入作业前，可以通过此接口查询导入作业文件中是否有作业和脚本。

        ``POST /v1/{project_id}/jobs/check-file``: operation ShowFileInfo, reference section 6.3.5.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DlfCheckFileResponse,
            self._call(
                "ShowFileInfo",
                "POST",
                "/v1/{project_id}/jobs/check-file",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfCheckFileRequest,
                content_type="application/json",
                response_type=DlfCheckFileResponse,
                stream=False,
                options=options,
            ),
        )

    def create(
        self,
        body: DlfJob | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Create a DLF job

        此接口可以创建一个新作业，作业由一个或多个相互依赖的节点构成，支持Hive SQL、CDM Job等节点。DLF有两类型作业：批处理作业和实时作业。

        ``POST /v1/{project_id}/jobs``: operation CreateDlfJob, reference section 6.3.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "CreateDlfJob",
                "POST",
                "/v1/{project_id}/jobs",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfJob,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def delete(
        self,
        job_name: str,
        *,
        body: DlfDeleteJobRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Delete a DLF job

        本接口用于删除DLF作业。

        ``DELETE /v1/{project_id}/jobs/{job_name}``: operation DeleteDlfJob, reference section 6.3.12.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "DeleteDlfJob",
                "DELETE",
                "/v1/{project_id}/jobs/{job_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfDeleteJobRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def export(
        self,
        job_name: str,
        *,
        body: DlfExportJobRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> _rt.Download:
        """Export a job as a zip file

        导出zip压缩包格式的作业文件，包括作业定义、作业依赖的脚本、CDM作业定义。

        ``POST /v1/{project_id}/jobs/{job_name}/export``: operation ExportJob, reference section 6.3.6.

        Args:
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            _rt.Download,
            self._call(
                "ExportJob",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/export",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfExportJobRequest,
                content_type="application/json",
                response_type=None,
                stream=True,
                options=options,
            ),
        )

    def import_jobs(
        self,
        body: DlfImportJobsRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> DlfImportJobsResponse:
        """Import jobs from a job file on OBS

        将存放在OBS桶的作业文件导入到DLF，一次可以导入一个或多个作业。

        说明：执行本接口之前，需要将作业文件放到OBS的桶中。

        ``POST /v1/{project_id}/jobs/import``: operation ImportJob, reference section 6.3.8.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DlfImportJobsResponse,
            self._call(
                "ImportJob",
                "POST",
                "/v1/{project_id}/jobs/import",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfImportJobsRequest,
                content_type="application/json",
                response_type=DlfImportJobsResponse,
                stream=False,
                options=options,
            ),
        )

    def list(
        self,
        *,
        job_type: Literal["REAL_TIME", "BATCH"] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        job_name: str | None = None,
        tags: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> DlfJobList:
        """List DLF jobs

        查询批处理或实时作业列表，每次查询返回的作业数量上限是100。

        ``GET /v1/{project_id}/jobs``: operation ListDlfJobs, reference section 6.3.3.

        Args:
            job_type: 作业类型：
                - REAL_TIME：实时处理
                - BATCH：批处理 默认值：BATCH
            offset: 分页列表的页数，默认值为0。取值范围大于等于0。
            limit: 分页返回结果，指定每页最大记录数。范围[1,1000] 默认值：10
            job_name: 作业名称
            tags: 作业标签列表，如果有多个标签，以英文逗号分隔。例如：tag1,tag2,tag3。
        """
        return cast(
            DlfJobList,
            self._call(
                "ListDlfJobs",
                "GET",
                "/v1/{project_id}/jobs",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("jobType", job_type),
                    ("offset", offset),
                    ("limit", limit),
                    ("jobName", job_name),
                    ("tags", tags),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfJobList,
                stream=False,
                options=options,
            ),
        )

    def iter_list(
        self,
        *,
        job_type: Literal["REAL_TIME", "BATCH"] | None = None,
        job_name: str | None = None,
        tags: str | None = None,
        page_size: int = 1000,
        options: _rt.RequestOptions | None = None,
    ) -> Iterator[DlfJobSummary]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "job_type": job_type,
            "job_name": job_name,
            "tags": tags,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "jobs", "total")
        for item in _rt.paginate(self.list, kwargs, spec, page_size):
            yield cast(DlfJobSummary, item)

    def rename(
        self,
        job_name: str,
        body: DlfJobRenameRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
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
                "PUT",
                "/v2/{project_id}/factory/jobs/{job_name}/rename",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfJobRenameRequest,
                content_type="application/json",
                response_type=DlfJobRenameResponse,
                stream=False,
                options=options,
            ),
        )

    def run_immediately(
        self,
        job_name: str,
        *,
        body: DlfRunImmediateRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v1/{project_id}/jobs/{job_name}/run-immediate",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfRunImmediateRequest,
                content_type="application/json",
                response_type=DlfRunImmediateResponse,
                stream=False,
                options=options,
            ),
        )

    def set_tags(
        self,
        job_name: str,
        body: DlfJobTagsRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Set job tags

        此接口可以设置作业标签。

        ``POST /v2/{project_id}/factory/jobs/{job_name}/tags``: operation SetFactoryJobTags, reference section 6.3.25.

        Args:
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "SetFactoryJobTags",
                "POST",
                "/v2/{project_id}/factory/jobs/{job_name}/tags",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfJobTagsRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def show(
        self,
        job_name: str,
        *,
        dependencies: bool | None = None,
        version: int | None = None,
        get_job_submit_version: bool | None = None,
        options: _rt.RequestOptions | None = None,
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
                "GET",
                "/v1/{project_id}/jobs/{job_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[
                    ("dependencies", dependencies),
                    ("version", version),
                    ("getJobSubmitVersion", get_job_submit_version),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfJobDetail,
                stream=False,
                options=options,
            ),
        )

    def show_status(
        self,
        job_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> DlfRealtimeJobStatus:
        """Show the running status of a real-time job

        查询指定实时作业的运行状态。

        ``GET /v1/{project_id}/jobs/{job_name}/status``: operation ShowDlfJobStatus, reference section 6.3.15.

        Args:
            job_name: 作业名称
        """
        return cast(
            DlfRealtimeJobStatus,
            self._call(
                "ShowDlfJobStatus",
                "GET",
                "/v1/{project_id}/jobs/{job_name}/status",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfRealtimeJobStatus,
                stream=False,
                options=options,
            ),
        )

    def show_system_task(
        self,
        task_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> DlfSystemTask:
        """Show a system task (e.g. a job import)

        本接口用于查询异步任务详情。

        ``GET /v1/{project_id}/system-tasks/{task_id}``: operation ListSystemTasks, reference section 6.3.18.

        Args:
            task_id: 任务ID，获取方法请参见导入作业的响应参数。
        """
        return cast(
            DlfSystemTask,
            self._call(
                "ListSystemTasks",
                "GET",
                "/v1/{project_id}/system-tasks/{task_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "task_id": task_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfSystemTask,
                stream=False,
                options=options,
            ),
        )

    def start(
        self,
        job_name: str,
        *,
        body: DlfStartJobRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Start scheduling a job

        本接口用于执行调度一个作业。

        ``POST /v1/{project_id}/jobs/{job_name}/start``: operation StartDlfJob, reference section 6.3.10.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "StartDlfJob",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/start",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfStartJobRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def stop(
        self,
        job_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Stop scheduling a job

        本接口用于停止调度一个作业。

        ``POST /v1/{project_id}/jobs/{job_name}/stop``: operation StopDlfJob, reference section 6.3.11.

        Args:
            job_name: 作业名称
        """
        return cast(
            None,
            self._call(
                "StopDlfJob",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/stop",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def update(
        self,
        job_name: str,
        body: DlfJob | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Update a DLF job

        此接口可以对一个作业进行编辑。

        ``PUT /v1/{project_id}/jobs/{job_name}``: operation UpdateDlfJob, reference section 6.3.2.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "UpdateDlfJob",
                "PUT",
                "/v1/{project_id}/jobs/{job_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfJob,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class DlfJobInstances(_rt.Resource):
    """作业实例 (``client.dlf.job_instances``)."""

    service = "dlf"

    def list(
        self,
        *,
        job_name: str | None = None,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        status: (
            Literal[
                "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"
            ]
            | None
        ) = None,
        instance_type: Literal[0, 2, 5, 6, 7] | None = None,
        precise_query: bool | None = None,
        options: _rt.RequestOptions | None = None,
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
                默认值：10
            offset: 分页的起始页，默认值为0。取值范围大于等于0。
            status: 实例运行状态：
                - waiting：等待运行
                - running：运行中
                - success：运行成功
                - fail：运行失败
                - running-exception：运行异常
                - pause：暂停
                - manual-stop：取消
            instance_type: 作业调度方式：
                - 0：正常调度
                - 2：手工调度
                - 5：补数据
                - 6：子作业调度
                - 7：单次调度
            precise_query: 支持通过作业名进行精确查询。
        """
        return cast(
            DlfJobInstanceList,
            self._call(
                "ListJobInstances",
                "GET",
                "/v1/{project_id}/jobs/instances/detail",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("jobName", job_name),
                    ("minPlanTime", min_plan_time),
                    ("maxPlanTime", max_plan_time),
                    ("limit", limit),
                    ("offset", offset),
                    ("status", status),
                    ("instanceType", instance_type),
                    ("preciseQuery", precise_query),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfJobInstanceList,
                stream=False,
                options=options,
            ),
        )

    def iter_list(
        self,
        *,
        job_name: str | None = None,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        status: (
            Literal[
                "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"
            ]
            | None
        ) = None,
        instance_type: Literal[0, 2, 5, 6, 7] | None = None,
        precise_query: bool | None = None,
        page_size: int = 1000,
        options: _rt.RequestOptions | None = None,
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
        for item in _rt.paginate(self.list, kwargs, spec, page_size):
            yield cast(DlfJobInstance, item)

    def list_by_job(
        self,
        job_name: str,
        *,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        status: (
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
            ]
            | None
        ) = None,
        instance_type: Literal[0, 2, 5, 6, 7] | None = None,
        force_success: bool | None = None,
        ignore_success: bool | None = None,
        options: _rt.RequestOptions | None = None,
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
                默认值：10
            offset: 分页的起始页，默认值为0。取值范围大于等于0。
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
                默认查全部
            instance_type: 作业调度方式：
                - 0: 正常调度
                - 2: 手工调度
                - 5: 补数据
                - 6: 子作业调度
                - 7: 单次调度
                默认查全部
            force_success: status为success的时候使用，true则筛选出强制成功的作业实例
                默认值: false
            ignore_success: status为success的时候使用，true则筛选出忽略失败的作业实例
                默认值: false
        """
        return cast(
            DlfFactoryJobInstanceList,
            self._call(
                "ListFactoryJobInstancesByName",
                "GET",
                "/v2/{project_id}/factory/jobs/{job_name}/instances/detail",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[
                    ("min_plan_time", min_plan_time),
                    ("max_plan_time", max_plan_time),
                    ("limit", limit),
                    ("offset", offset),
                    ("status", status),
                    ("instance_type", instance_type),
                    ("force_success", force_success),
                    ("ignore_success", ignore_success),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfFactoryJobInstanceList,
                stream=False,
                options=options,
            ),
        )

    def iter_list_by_job(
        self,
        job_name: str,
        *,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        status: (
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
            ]
            | None
        ) = None,
        instance_type: Literal[0, 2, 5, 6, 7] | None = None,
        force_success: bool | None = None,
        ignore_success: bool | None = None,
        page_size: int = 1000,
        options: _rt.RequestOptions | None = None,
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
        for item in _rt.paginate(self.list_by_job, kwargs, spec, page_size):
            yield cast(DlfFactoryJobInstance, item)

    def restart(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Rerun a finished job instance

        重跑指定作业实例。只有作业实例的状态是成功、失败和取消，才能重跑作业实例。

        ``POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/restart``: operation RestoreJobInstance, reference section 6.3.14.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID, 获取方法请参见查询作业实例列表
        """
        return cast(
            None,
            self._call(
                "RestoreJobInstance",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}/restart",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def show(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _rt.RequestOptions | None = None,
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
                "GET",
                "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfJobInstanceDetail,
                stream=False,
                options=options,
            ),
        )

    def stop(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Stop a running job instance

        停止指定作业实例。只有作业实例的状态是运行中，才能停止作业实例。

        ``POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop``: operation StopJobInstance, reference section 6.3.13.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID, 获取方法请参见查询作业实例列表
        """
        return cast(
            None,
            self._call(
                "StopJobInstance",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class DlfSupplementData(_rt.Resource):
    """补数据 (``client.dlf.supplement_data``)."""

    service = "dlf"

    def create(
        self,
        body: SupplementDataCreateRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v2/{project_id}/factory/supplement-data",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=SupplementDataCreateRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def list(
        self,
        *,
        name: str | None = None,
        user_name: str | None = None,
        status: Literal["SUCCESS", "RUNNING", "CANCEL"] | None = None,
        sort: Literal["desc", "asc"] | None = None,
        page: int | None = None,
        size: int | None = None,
        start_date: int | None = None,
        end_date: int | None = None,
        options: _rt.RequestOptions | None = None,
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
                - CANCEL：取消
            sort: 排序字段：
                - desc：创建时间按照降序展示
                - asc：创建时间按照升序展示
                默认值：desc
            page: 分页列表的起始页，默认值为0。取值范围大于等于0。
            size: 分页返回结果，指定每页最大记录数。默认值：10
            start_date: 查询作业的开始日期 13位时间戳
            end_date: 查询作业的结束日期 13位时间戳
        """
        return cast(
            SupplementDataList,
            self._call(
                "ShowFactorySupplementData",
                "GET",
                "/v2/{project_id}/factory/supplement-data",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("name", name),
                    ("user_name", user_name),
                    ("status", status),
                    ("sort", sort),
                    ("page", page),
                    ("size", size),
                    ("start_date", start_date),
                    ("end_date", end_date),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=SupplementDataList,
                stream=False,
                options=options,
            ),
        )

    def iter_list(
        self,
        *,
        name: str | None = None,
        user_name: str | None = None,
        status: Literal["SUCCESS", "RUNNING", "CANCEL"] | None = None,
        sort: Literal["desc", "asc"] | None = None,
        start_date: int | None = None,
        end_date: int | None = None,
        page_size: int = 10,
        options: _rt.RequestOptions | None = None,
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
        for item in _rt.paginate(self.list, kwargs, spec, page_size):
            yield cast(SupplementDataRow, item)

    def stop(
        self,
        instance_name: str,
        *,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v2/{project_id}/factory/supplement-data/{instance_name}/stop",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "instance_name": instance_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class DlfReleasePackages(_rt.Resource):
    """发布包 (``client.dlf.release_packages``)."""

    service = "dlf"

    def deploy(
        self,
        body: ReleasePackageDeployRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v2/{project_id}/factory/release-packages/deploy",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ReleasePackageDeployRequest,
                content_type="application/json",
                response_type=ReleasePackageDeployResponse,
                stream=False,
                options=options,
            ),
        )

    def list(
        self,
        body: ReleasePackageListRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v2/{project_id}/factory/release-packages",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ReleasePackageListRequest,
                content_type="application/json",
                response_type=ReleasePackageList,
                stream=False,
                options=options,
            ),
        )

    def revoke(
        self,
        body: ReleasePackageUnpackRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Revoke release packages

        目前支持发布包管理中相关包的撤销，支持撤销多个任务包。

        ``POST /v2/{project_id}/factory/release-packages/unpack``: operation CancelFactoryPackages, reference section 6.3.28.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "CancelFactoryPackages",
                "POST",
                "/v2/{project_id}/factory/release-packages/unpack",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ReleasePackageUnpackRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def show(
        self,
        package_id: str,
        *,
        options: _rt.RequestOptions | None = None,
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
                "GET",
                "/v2/{project_id}/factory/release-packages/{package_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "package_id": package_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ReleasePackageDetail,
                stream=False,
                options=options,
            ),
        )


class DlfMonitoring(_rt.Resource):
    """运维监控 (``client.dlf.monitoring``)."""

    service = "dlf"

    def list_alarms(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> AlarmInfoList:
        """List alarm notification records

        此接口可以查询指定时间段内的告警通知记录。

        ``GET /v2/{project_id}/factory/alarm-info``: operation ListFactoryAlarmInfo, reference section 6.3.26.

        Args:
            start_time: 告警的开始时间，默认当前时间的前一个小时，13位时间戳。
            end_time: 告警的最后时间，默认为当前时间，13位时间戳，支持查询最近一周的时间段
            offset: 分页的起始页，默认值为0。取值范围大于等于0。
            limit: 分页返回结果，指定每页最大记录数。默认值为100，取值范围为[1, 1000]
        """
        return cast(
            AlarmInfoList,
            self._call(
                "ListFactoryAlarmInfo",
                "GET",
                "/v2/{project_id}/factory/alarm-info",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("offset", offset),
                    ("limit", limit),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=AlarmInfoList,
                stream=False,
                options=options,
            ),
        )

    def iter_list_alarms(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int = 1000,
        options: _rt.RequestOptions | None = None,
    ) -> Iterator[AlarmInfo]:
        """Every item of :meth:`list_alarms`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "start_time": start_time,
            "end_time": end_time,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "alarm_info", "total")
        for item in _rt.paginate(self.list_alarms, kwargs, spec, page_size):
            yield cast(AlarmInfo, item)

    def show_instance_statistics(
        self,
        *,
        is_own: Literal["true", "false"] | None = None,
        query_days: Literal["today", "yesterday", "before_yesterday", "all"] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> DlfTaskStatisticsOverview:
        """Show instance status statistics

        此接口可以查询实例运行状态，包括当天、昨天、前天以及近7天的实例状态情况。

        ``GET /v2/{project_id}/factory/monitor/task-statistics-overview``: operation ListFactoryTaskOverview, reference section 6.3.29.

        Args:
            is_own: 是否查询当前用户的实例，默认为false，表示查询全部用户实例，为true时，表示查询当前用户的实例。
            query_days: 查询的天数，取值范围为：today、yesterday、before_yesterday、all，默认为today，表示查询今天的数据，支持查询近7天的数据。
                today: 查询当天的实例状态数量，
                yesterday: 查询昨天的实例状态数量，
                before_yesterday: 查询前天的实例状态数量，
                all查询7天前到当天的实例状态总量。
        """
        return cast(
            DlfTaskStatisticsOverview,
            self._call(
                "ListFactoryTaskOverview",
                "GET",
                "/v2/{project_id}/factory/monitor/task-statistics-overview",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("is_own", is_own),
                    ("query_days", query_days),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfTaskStatisticsOverview,
                stream=False,
                options=options,
            ),
        )

    def show_task_completion(
        self,
        *,
        type_: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> DlfTaskCompletionData:
        """Show task completion data

        查询任务完成情况。包括今天，昨天以及近7天的平均任务完成情况。

        ``GET /v2/{project_id}/factory/monitor/task-completion-data``: operation ListFactoryTaskCompletion, reference section 6.3.30.

        Args:
            type_: 查询任务的类型，默认为all，查询所有任务。类型如下：Dummy、CDM Job、MRS Hive SQL、MRS Spark SQL、DLI SQL、DLI Spark、Python、DWS SQL、Shell等作业算子。
                说明
                此处只是列举一些算子，以实际为准。
                该接口只统计运行成功的实例，每小时统计一次，任务表示作业中的算子。
        """
        return cast(
            DlfTaskCompletionData,
            self._call(
                "ListFactoryTaskCompletion",
                "GET",
                "/v2/{project_id}/factory/monitor/task-completion-data",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("type", type_),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfTaskCompletionData,
                stream=False,
                options=options,
            ),
        )


class DlfConnections(_rt.Resource):
    """连接管理 API（待下线） (``client.dlf.connections``)."""

    service = "dlf"

    def create(
        self,
        body: Connection | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Create a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        创建一个新连接，当前支持的连接类型有DWS、DLI、SparkSQL、HIVE、RDS、CloudTable。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections``: operation CreateConnection, reference section 6.4.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "CreateConnection",
                "POST",
                "/v1/{project_id}/connections",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=Connection,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def delete(
        self,
        connection_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Delete a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        删除一个连接。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``DELETE /v1/{project_id}/connections/{connection_name}``: operation DeleteConnection, reference section 6.4.5.

        Args:
            connection_name: 连接名称。
        """
        return cast(
            None,
            self._call(
                "DeleteConnection",
                "DELETE",
                "/v1/{project_id}/connections/{connection_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "connection_name": connection_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    def export(
        self,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> _rt.Download:
        """Export all connections as a zip file (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        导出zip压缩包格式的连接文件，包括所有连接的定义。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections/export``: operation ExportConnection, reference section 6.4.6.
        """
        return cast(
            _rt.Download,
            self._call(
                "ExportConnection",
                "POST",
                "/v1/{project_id}/connections/export",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=True,
                options=options,
            ),
        )

    def import_connections(
        self,
        body: ConnectionImportRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> ConnectionImportResponse:
        """Import connections from OBS (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        将存放在OBS桶的连接文件导入到数据开发模块中，一次可以导入一个或多个连接。
        执行本接口之前，需要将连接文件放到OBS的桶中。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections/import``: operation ImportConnection, reference section 6.4.7.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ConnectionImportResponse,
            self._call(
                "ImportConnection",
                "POST",
                "/v1/{project_id}/connections/import",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[],
                body=body,
                body_type=ConnectionImportRequest,
                content_type="application/json",
                response_type=ConnectionImportResponse,
                stream=False,
                options=options,
            ),
        )

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        connection_name: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> ConnectionList:
        """List connections (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        查询连接列表。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``GET /v1/{project_id}/connections``: operation ListConnections, reference section 6.4.2.

        Args:
            offset: 偏移量，取值范围大于等于0，默认值为0。
            limit: 分页返回结果，指定每页最大记录数。范围[1,100]
                默认值：10
            connection_name: 连接名称
        """
        return cast(
            ConnectionList,
            self._call(
                "ListConnections",
                "GET",
                "/v1/{project_id}/connections",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("offset", offset),
                    ("limit", limit),
                    ("connectionName", connection_name),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ConnectionList,
                stream=False,
                options=options,
            ),
        )

    def iter_list(
        self,
        *,
        connection_name: str | None = None,
        page_size: int = 100,
        options: _rt.RequestOptions | None = None,
    ) -> Iterator[Connection]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "connection_name": connection_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "connections", "total")
        for item in _rt.paginate(self.list, kwargs, spec, page_size):
            yield cast(Connection, item)

    def show(
        self,
        connection_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> Connection:
        """Show a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        查询指定连接的配置详情。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``GET /v1/{project_id}/connections/{connection_name}``: operation ShowConnection, reference section 6.4.3.

        Args:
            connection_name: 连接名称
        """
        return cast(
            Connection,
            self._call(
                "ShowConnection",
                "GET",
                "/v1/{project_id}/connections/{connection_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "connection_name": connection_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=Connection,
                stream=False,
                options=options,
            ),
        )

    def update(
        self,
        connection_name: str,
        body: Connection | dict[str, Any],
        *,
        ischeck: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Update a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        编辑修改连接的配置。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``PUT /v1/{project_id}/connections/{connection_name}``: operation UpdateConnection, reference section 6.4.4.

        Args:
            connection_name: 连接名称。
            ischeck: 是否校验，默认否。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            self._call(
                "UpdateConnection",
                "PUT",
                "/v1/{project_id}/connections/{connection_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "connection_name": connection_name,
                },
                query=[
                    ("ischeck", ischeck),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=Connection,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class Dlf:
    """DLF 数据开发 (data development)

    Endpoint: https://dayu-dlf.{region}.myhuaweicloud.com
    """

    def __init__(self, core: _rt.Core) -> None:
        self.scripts = DlfScripts(core)
        """脚本开发 API"""
        self.resources = DlfResources(core)
        """资源管理 API"""
        self.jobs = DlfJobs(core)
        """作业开发 API"""
        self.job_instances = DlfJobInstances(core)
        """作业实例"""
        self.supplement_data = DlfSupplementData(core)
        """补数据"""
        self.release_packages = DlfReleasePackages(core)
        """发布包"""
        self.monitoring = DlfMonitoring(core)
        """运维监控"""
        self.connections = DlfConnections(core)
        """连接管理 API（待下线）"""


class AsyncDlfScripts(_rt.AsyncResource):
    """脚本开发 API (``client.dlf.scripts``)."""

    service = "dlf"

    async def create(
        self,
        body: ScriptCreate | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Create a script

        创建一个新脚本，当前支持的脚本类型有DLI SQL、Flink SQL、RDS SQL、Spark SQL、Hive SQL、DWS SQL、Shell、Presto SQL、ClickHouse SQL、HetuEngine SQL、Python、Spark Python和Impala SQL。

        ``POST /v1/{project_id}/scripts``: operation CreateScript, reference section 6.1.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "CreateScript",
                "POST",
                "/v1/{project_id}/scripts",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ScriptCreate,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def delete(
        self,
        script_name: str,
        *,
        body: ScriptDeleteRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Delete a script

        此接口用以删除指定脚本。

        ``DELETE /v1/{project_id}/scripts/{script_name}``: operation DeleteScript, reference section 6.1.6.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "DeleteScript",
                "DELETE",
                "/v1/{project_id}/scripts/{script_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ScriptDeleteRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def execute(
        self,
        script_name: str,
        *,
        body: ScriptExecuteRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> ScriptExecuteResponse:
        """Execute a script

        该接口用以执行指定脚本，支持执行DWS SQL、DLI SQL、RDS SQL、Hive SQL、Spark SQL、Presto SQL、Shell、ClickHouse SQL、HetuEngine SQL、Python、Spark Python和Impala SQL脚本。脚本每执行一次，生成一个脚本实例。执行脚本接口是一个异步命令，需要通过查询脚本实例执行结果获取执行状态和结果。

        说明：DLI SQL和Presto SQL不支持多语句场景。

        ``POST /v1/{project_id}/scripts/{script_name}/execute``: operation ExecuteScript, reference section 6.1.7.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ScriptExecuteResponse,
            await self._call(
                "ExecuteScript",
                "POST",
                "/v1/{project_id}/scripts/{script_name}/execute",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ScriptExecuteRequest,
                content_type="application/json",
                response_type=ScriptExecuteResponse,
                stream=False,
                options=options,
            ),
        )

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        script_name: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> ScriptList:
        """List scripts

        此接口用以查询脚本列表，每次查询返回的脚本数量上限是1000个。

        ``GET /v1/{project_id}/scripts``: operation ListScripts, reference section 6.1.4.

        Args:
            limit: 分页返回结果，指定每页最大记录数，范围[1,100]。 默认值：10。
            offset: 分页的起始页，默认值为0。取值范围大于等于0。
            script_name: 脚本名称。
        """
        return cast(
            ScriptList,
            await self._call(
                "ListScripts",
                "GET",
                "/v1/{project_id}/scripts",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("limit", limit),
                    ("offset", offset),
                    ("scriptName", script_name),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ScriptList,
                stream=False,
                options=options,
            ),
        )

    async def iter_list(
        self,
        *,
        script_name: str | None = None,
        page_size: int = 100,
        options: _rt.RequestOptions | None = None,
    ) -> AsyncIterator[ScriptListItem]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "script_name": script_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "scripts", "total")
        async for item in _rt.apaginate(self.list, kwargs, spec, page_size):
            yield cast(ScriptListItem, item)

    async def show(
        self,
        script_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> Script:
        """Show a script

        此接口可以查询指定脚本的定义，包括脚本类型和脚本内容。

        ``GET /v1/{project_id}/scripts/{script_name}``: operation ShowScript, reference section 6.1.3.

        Args:
            script_name: 脚本名称。
        """
        return cast(
            Script,
            await self._call(
                "ShowScript",
                "GET",
                "/v1/{project_id}/scripts/{script_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=Script,
                stream=False,
                options=options,
            ),
        )

    async def show_instance_result(
        self,
        script_name: str,
        instance_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> ScriptInstanceResult:
        """Show the execution status and results of a script instance

        该接口用以获取脚本实例的执行状态和结果。
        查询时，需要指定脚本名称和脚本实例ID。

        ``GET /v1/{project_id}/scripts/{script_name}/instances/{instance_id}``: operation ListScriptResults, reference section 6.1.5.

        Args:
            script_name: 脚本名称。
            instance_id: 脚本实例id，获取方法请参见 执行脚本的响应参数 。
        """
        return cast(
            ScriptInstanceResult,
            await self._call(
                "ListScriptResults",
                "GET",
                "/v1/{project_id}/scripts/{script_name}/instances/{instance_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ScriptInstanceResult,
                stream=False,
                options=options,
            ),
        )

    async def stop_instance(
        self,
        script_name: str,
        instance_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Stop the execution of a script instance

        该接口用以停止脚本实例的执行。

        ``POST /v1/{project_id}/scripts/{script_name}/instances/{instance_id}/stop``: operation CancelScript, reference section 6.1.8.

        Args:
            script_name: 脚本名称。
            instance_id: 脚本实例id，获取方法请参见 执行脚本的响应参数 。
        """
        return cast(
            None,
            await self._call(
                "CancelScript",
                "POST",
                "/v1/{project_id}/scripts/{script_name}/instances/{instance_id}/stop",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def update(
        self,
        script_name: str,
        body: ScriptUpdate | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Update a script

        本接口用以修改脚本的配置项或者脚本内容。
        - 修改脚本时，需要指定待修改的脚本名称。
        - 脚本名称和脚本类型不支持修改。

        ``PUT /v1/{project_id}/scripts/{script_name}``: operation UpdateScript, reference section 6.1.2.

        Args:
            script_name: 脚本名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "UpdateScript",
                "PUT",
                "/v1/{project_id}/scripts/{script_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "script_name": script_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ScriptUpdate,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class AsyncDlfResources(_rt.AsyncResource):
    """资源管理 API (``client.dlf.resources``)."""

    service = "dlf"

    async def create(
        self,
        body: ResourceCreate | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> ResourceCreateResponse:
        """Create a resource

        创建一个新资源，作业节点类型MRS Spark、MRS MapReduce、DLI Spark可以通过资源引用JAR、properties等文件。

        ``POST /v1/{project_id}/resources``: operation CreateResource, reference section 6.2.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ResourceCreateResponse,
            await self._call(
                "CreateResource",
                "POST",
                "/v1/{project_id}/resources",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ResourceCreate,
                content_type="application/json",
                response_type=ResourceCreateResponse,
                stream=False,
                options=options,
            ),
        )

    async def delete(
        self,
        resource_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Delete a resource

        此接口可以删除指定资源。

        ``DELETE /v1/{project_id}/resources/{resource_id}``: operation DeleteResource, reference section 6.2.4.

        Args:
            resource_id: 资源ID，查询方法请参见 查询资源列表 。返回的id即为 resource_id。
        """
        return cast(
            None,
            await self._call(
                "DeleteResource",
                "DELETE",
                "/v1/{project_id}/resources/{resource_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "resource_id": resource_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        resource_name: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> ResourceList:
        """List resources

        查询资源列表。查询时，可指定返回页号和每页的最大记录数。

        ``GET /v1/{project_id}/resources``: operation ListResources, reference section 6.2.5.

        Args:
            offset: 分页列表的起始页，默认值为0。取值范围大于等于0。
            limit: 分页返回结果，指定每页最大记录数，范围[1,100]。 默认值：10
            resource_name: 资源名称。
        """
        return cast(
            ResourceList,
            await self._call(
                "ListResources",
                "GET",
                "/v1/{project_id}/resources",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("offset", offset),
                    ("limit", limit),
                    ("resourceName", resource_name),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ResourceList,
                stream=False,
                options=options,
            ),
        )

    async def iter_list(
        self,
        *,
        resource_name: str | None = None,
        page_size: int = 100,
        options: _rt.RequestOptions | None = None,
    ) -> AsyncIterator[ResourceListItem]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "resource_name": resource_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "resources", "total")
        async for item in _rt.apaginate(self.list, kwargs, spec, page_size):
            yield cast(ResourceListItem, item)

    async def show(
        self,
        resource_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> Resource:
        """Show a resource

        查询资源详情，一个资源包含jar、zip、properties等文件，已经创建的资源在DLI Spark、MRS Spark等作业节点中使用。

        ``GET /v1/{project_id}/resources/{resource_id}``: operation ShowResource, reference section 6.2.3.

        Args:
            resource_id: 资源ID，获取方法请参见 查询资源列表 。返回的id即为resource_id。
        """
        return cast(
            Resource,
            await self._call(
                "ShowResource",
                "GET",
                "/v1/{project_id}/resources/{resource_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "resource_id": resource_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=Resource,
                stream=False,
                options=options,
            ),
        )

    async def update(
        self,
        resource_id: str,
        body: ResourceUpdate | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Update a resource

        此接口可以修改指定资源，修改时，请指定资源ID。
        - 资源类型和资源目录不支持修改。

        ``PUT /v1/{project_id}/resources/{resource_id}``: operation UpdateResource, reference section 6.2.2.

        Args:
            resource_id: 资源ID，获取方法请参见 查询资源列表 。返回的id即为resource_id。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "UpdateResource",
                "PUT",
                "/v1/{project_id}/resources/{resource_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "resource_id": resource_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ResourceUpdate,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class AsyncDlfJobs(_rt.AsyncResource):
    """作业开发 API (``client.dlf.jobs``)."""

    service = "dlf"

    async def batch_export(
        self,
        body: DlfBatchExportJobsRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> _rt.AsyncDownload:
        """Export several jobs as a zip file

        此接口可以批量导出DLF作业定义，包括作业依赖的脚本和CDM作业定义。

        ``POST /v1/{project_id}/jobs/batch-export``: operation ExportJobList, reference section 6.3.7.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            _rt.AsyncDownload,
            await self._call(
                "ExportJobList",
                "POST",
                "/v1/{project_id}/jobs/batch-export",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfBatchExportJobsRequest,
                content_type="application/json",
                response_type=None,
                stream=True,
                options=options,
            ),
        )

    async def check_file(
        self,
        body: DlfCheckFileRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> DlfCheckFileResponse:
        """Check the jobs and scripts in a job file on OBS

        从OBS路径上导入作业前，可以通过此接口查询导入作业文件中是否有作业和脚本。

        ``POST /v1/{project_id}/jobs/check-file``: operation ShowFileInfo, reference section 6.3.5.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DlfCheckFileResponse,
            await self._call(
                "ShowFileInfo",
                "POST",
                "/v1/{project_id}/jobs/check-file",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfCheckFileRequest,
                content_type="application/json",
                response_type=DlfCheckFileResponse,
                stream=False,
                options=options,
            ),
        )

    async def create(
        self,
        body: DlfJob | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Create a DLF job

        此接口可以创建一个新作业，作业由一个或多个相互依赖的节点构成，支持Hive SQL、CDM Job等节点。DLF有两类型作业：批处理作业和实时作业。

        ``POST /v1/{project_id}/jobs``: operation CreateDlfJob, reference section 6.3.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "CreateDlfJob",
                "POST",
                "/v1/{project_id}/jobs",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfJob,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def delete(
        self,
        job_name: str,
        *,
        body: DlfDeleteJobRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Delete a DLF job

        本接口用于删除DLF作业。

        ``DELETE /v1/{project_id}/jobs/{job_name}``: operation DeleteDlfJob, reference section 6.3.12.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "DeleteDlfJob",
                "DELETE",
                "/v1/{project_id}/jobs/{job_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfDeleteJobRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def export(
        self,
        job_name: str,
        *,
        body: DlfExportJobRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> _rt.AsyncDownload:
        """Export a job as a zip file

        导出zip压缩包格式的作业文件，包括作业定义、作业依赖的脚本、CDM作业定义。

        ``POST /v1/{project_id}/jobs/{job_name}/export``: operation ExportJob, reference section 6.3.6.

        Args:
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            _rt.AsyncDownload,
            await self._call(
                "ExportJob",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/export",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfExportJobRequest,
                content_type="application/json",
                response_type=None,
                stream=True,
                options=options,
            ),
        )

    async def import_jobs(
        self,
        body: DlfImportJobsRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> DlfImportJobsResponse:
        """Import jobs from a job file on OBS

        将存放在OBS桶的作业文件导入到DLF，一次可以导入一个或多个作业。

        说明：执行本接口之前，需要将作业文件放到OBS的桶中。

        ``POST /v1/{project_id}/jobs/import``: operation ImportJob, reference section 6.3.8.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            DlfImportJobsResponse,
            await self._call(
                "ImportJob",
                "POST",
                "/v1/{project_id}/jobs/import",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfImportJobsRequest,
                content_type="application/json",
                response_type=DlfImportJobsResponse,
                stream=False,
                options=options,
            ),
        )

    async def list(
        self,
        *,
        job_type: Literal["REAL_TIME", "BATCH"] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        job_name: str | None = None,
        tags: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> DlfJobList:
        """List DLF jobs

        查询批处理或实时作业列表，每次查询返回的作业数量上限是100。

        ``GET /v1/{project_id}/jobs``: operation ListDlfJobs, reference section 6.3.3.

        Args:
            job_type: 作业类型：
                - REAL_TIME：实时处理
                - BATCH：批处理 默认值：BATCH
            offset: 分页列表的页数，默认值为0。取值范围大于等于0。
            limit: 分页返回结果，指定每页最大记录数。范围[1,1000] 默认值：10
            job_name: 作业名称
            tags: 作业标签列表，如果有多个标签，以英文逗号分隔。例如：tag1,tag2,tag3。
        """
        return cast(
            DlfJobList,
            await self._call(
                "ListDlfJobs",
                "GET",
                "/v1/{project_id}/jobs",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("jobType", job_type),
                    ("offset", offset),
                    ("limit", limit),
                    ("jobName", job_name),
                    ("tags", tags),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfJobList,
                stream=False,
                options=options,
            ),
        )

    async def iter_list(
        self,
        *,
        job_type: Literal["REAL_TIME", "BATCH"] | None = None,
        job_name: str | None = None,
        tags: str | None = None,
        page_size: int = 1000,
        options: _rt.RequestOptions | None = None,
    ) -> AsyncIterator[DlfJobSummary]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "job_type": job_type,
            "job_name": job_name,
            "tags": tags,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "jobs", "total")
        async for item in _rt.apaginate(self.list, kwargs, spec, page_size):
            yield cast(DlfJobSummary, item)

    async def rename(
        self,
        job_name: str,
        body: DlfJobRenameRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
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
                "PUT",
                "/v2/{project_id}/factory/jobs/{job_name}/rename",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfJobRenameRequest,
                content_type="application/json",
                response_type=DlfJobRenameResponse,
                stream=False,
                options=options,
            ),
        )

    async def run_immediately(
        self,
        job_name: str,
        *,
        body: DlfRunImmediateRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v1/{project_id}/jobs/{job_name}/run-immediate",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfRunImmediateRequest,
                content_type="application/json",
                response_type=DlfRunImmediateResponse,
                stream=False,
                options=options,
            ),
        )

    async def set_tags(
        self,
        job_name: str,
        body: DlfJobTagsRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Set job tags

        此接口可以设置作业标签。

        ``POST /v2/{project_id}/factory/jobs/{job_name}/tags``: operation SetFactoryJobTags, reference section 6.3.25.

        Args:
            job_name: 作业名称。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "SetFactoryJobTags",
                "POST",
                "/v2/{project_id}/factory/jobs/{job_name}/tags",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfJobTagsRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def show(
        self,
        job_name: str,
        *,
        dependencies: bool | None = None,
        version: int | None = None,
        get_job_submit_version: bool | None = None,
        options: _rt.RequestOptions | None = None,
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
                "GET",
                "/v1/{project_id}/jobs/{job_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[
                    ("dependencies", dependencies),
                    ("version", version),
                    ("getJobSubmitVersion", get_job_submit_version),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfJobDetail,
                stream=False,
                options=options,
            ),
        )

    async def show_status(
        self,
        job_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> DlfRealtimeJobStatus:
        """Show the running status of a real-time job

        查询指定实时作业的运行状态。

        ``GET /v1/{project_id}/jobs/{job_name}/status``: operation ShowDlfJobStatus, reference section 6.3.15.

        Args:
            job_name: 作业名称
        """
        return cast(
            DlfRealtimeJobStatus,
            await self._call(
                "ShowDlfJobStatus",
                "GET",
                "/v1/{project_id}/jobs/{job_name}/status",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfRealtimeJobStatus,
                stream=False,
                options=options,
            ),
        )

    async def show_system_task(
        self,
        task_id: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> DlfSystemTask:
        """Show a system task (e.g. a job import)

        本接口用于查询异步任务详情。

        ``GET /v1/{project_id}/system-tasks/{task_id}``: operation ListSystemTasks, reference section 6.3.18.

        Args:
            task_id: 任务ID，获取方法请参见导入作业的响应参数。
        """
        return cast(
            DlfSystemTask,
            await self._call(
                "ListSystemTasks",
                "GET",
                "/v1/{project_id}/system-tasks/{task_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "task_id": task_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfSystemTask,
                stream=False,
                options=options,
            ),
        )

    async def start(
        self,
        job_name: str,
        *,
        body: DlfStartJobRequest | dict[str, Any] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Start scheduling a job

        本接口用于执行调度一个作业。

        ``POST /v1/{project_id}/jobs/{job_name}/start``: operation StartDlfJob, reference section 6.3.10.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "StartDlfJob",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/start",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfStartJobRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def stop(
        self,
        job_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Stop scheduling a job

        本接口用于停止调度一个作业。

        ``POST /v1/{project_id}/jobs/{job_name}/stop``: operation StopDlfJob, reference section 6.3.11.

        Args:
            job_name: 作业名称
        """
        return cast(
            None,
            await self._call(
                "StopDlfJob",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/stop",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def update(
        self,
        job_name: str,
        body: DlfJob | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Update a DLF job

        此接口可以对一个作业进行编辑。

        ``PUT /v1/{project_id}/jobs/{job_name}``: operation UpdateDlfJob, reference section 6.3.2.

        Args:
            job_name: 作业名称
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "UpdateDlfJob",
                "PUT",
                "/v1/{project_id}/jobs/{job_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=DlfJob,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class AsyncDlfJobInstances(_rt.AsyncResource):
    """作业实例 (``client.dlf.job_instances``)."""

    service = "dlf"

    async def list(
        self,
        *,
        job_name: str | None = None,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        status: (
            Literal[
                "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"
            ]
            | None
        ) = None,
        instance_type: Literal[0, 2, 5, 6, 7] | None = None,
        precise_query: bool | None = None,
        options: _rt.RequestOptions | None = None,
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
                默认值：10
            offset: 分页的起始页，默认值为0。取值范围大于等于0。
            status: 实例运行状态：
                - waiting：等待运行
                - running：运行中
                - success：运行成功
                - fail：运行失败
                - running-exception：运行异常
                - pause：暂停
                - manual-stop：取消
            instance_type: 作业调度方式：
                - 0：正常调度
                - 2：手工调度
                - 5：补数据
                - 6：子作业调度
                - 7：单次调度
            precise_query: 支持通过作业名进行精确查询。
        """
        return cast(
            DlfJobInstanceList,
            await self._call(
                "ListJobInstances",
                "GET",
                "/v1/{project_id}/jobs/instances/detail",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("jobName", job_name),
                    ("minPlanTime", min_plan_time),
                    ("maxPlanTime", max_plan_time),
                    ("limit", limit),
                    ("offset", offset),
                    ("status", status),
                    ("instanceType", instance_type),
                    ("preciseQuery", precise_query),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfJobInstanceList,
                stream=False,
                options=options,
            ),
        )

    async def iter_list(
        self,
        *,
        job_name: str | None = None,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        status: (
            Literal[
                "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"
            ]
            | None
        ) = None,
        instance_type: Literal[0, 2, 5, 6, 7] | None = None,
        precise_query: bool | None = None,
        page_size: int = 1000,
        options: _rt.RequestOptions | None = None,
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
        async for item in _rt.apaginate(self.list, kwargs, spec, page_size):
            yield cast(DlfJobInstance, item)

    async def list_by_job(
        self,
        job_name: str,
        *,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        status: (
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
            ]
            | None
        ) = None,
        instance_type: Literal[0, 2, 5, 6, 7] | None = None,
        force_success: bool | None = None,
        ignore_success: bool | None = None,
        options: _rt.RequestOptions | None = None,
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
                默认值：10
            offset: 分页的起始页，默认值为0。取值范围大于等于0。
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
                默认查全部
            instance_type: 作业调度方式：
                - 0: 正常调度
                - 2: 手工调度
                - 5: 补数据
                - 6: 子作业调度
                - 7: 单次调度
                默认查全部
            force_success: status为success的时候使用，true则筛选出强制成功的作业实例
                默认值: false
            ignore_success: status为success的时候使用，true则筛选出忽略失败的作业实例
                默认值: false
        """
        return cast(
            DlfFactoryJobInstanceList,
            await self._call(
                "ListFactoryJobInstancesByName",
                "GET",
                "/v2/{project_id}/factory/jobs/{job_name}/instances/detail",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                },
                query=[
                    ("min_plan_time", min_plan_time),
                    ("max_plan_time", max_plan_time),
                    ("limit", limit),
                    ("offset", offset),
                    ("status", status),
                    ("instance_type", instance_type),
                    ("force_success", force_success),
                    ("ignore_success", ignore_success),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfFactoryJobInstanceList,
                stream=False,
                options=options,
            ),
        )

    async def iter_list_by_job(
        self,
        job_name: str,
        *,
        min_plan_time: int | None = None,
        max_plan_time: int | None = None,
        status: (
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
            ]
            | None
        ) = None,
        instance_type: Literal[0, 2, 5, 6, 7] | None = None,
        force_success: bool | None = None,
        ignore_success: bool | None = None,
        page_size: int = 1000,
        options: _rt.RequestOptions | None = None,
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
        async for item in _rt.apaginate(self.list_by_job, kwargs, spec, page_size):
            yield cast(DlfFactoryJobInstance, item)

    async def restart(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Rerun a finished job instance

        重跑指定作业实例。只有作业实例的状态是成功、失败和取消，才能重跑作业实例。

        ``POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/restart``: operation RestoreJobInstance, reference section 6.3.14.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID, 获取方法请参见查询作业实例列表
        """
        return cast(
            None,
            await self._call(
                "RestoreJobInstance",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}/restart",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def show(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _rt.RequestOptions | None = None,
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
                "GET",
                "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfJobInstanceDetail,
                stream=False,
                options=options,
            ),
        )

    async def stop(
        self,
        job_name: str,
        instance_id: int,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Stop a running job instance

        停止指定作业实例。只有作业实例的状态是运行中，才能停止作业实例。

        ``POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop``: operation StopJobInstance, reference section 6.3.13.

        Args:
            job_name: 作业名称
            instance_id: 作业实例ID, 获取方法请参见查询作业实例列表
        """
        return cast(
            None,
            await self._call(
                "StopJobInstance",
                "POST",
                "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "job_name": job_name,
                    "instance_id": instance_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class AsyncDlfSupplementData(_rt.AsyncResource):
    """补数据 (``client.dlf.supplement_data``)."""

    service = "dlf"

    async def create(
        self,
        body: SupplementDataCreateRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v2/{project_id}/factory/supplement-data",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=SupplementDataCreateRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def list(
        self,
        *,
        name: str | None = None,
        user_name: str | None = None,
        status: Literal["SUCCESS", "RUNNING", "CANCEL"] | None = None,
        sort: Literal["desc", "asc"] | None = None,
        page: int | None = None,
        size: int | None = None,
        start_date: int | None = None,
        end_date: int | None = None,
        options: _rt.RequestOptions | None = None,
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
                - CANCEL：取消
            sort: 排序字段：
                - desc：创建时间按照降序展示
                - asc：创建时间按照升序展示
                默认值：desc
            page: 分页列表的起始页，默认值为0。取值范围大于等于0。
            size: 分页返回结果，指定每页最大记录数。默认值：10
            start_date: 查询作业的开始日期 13位时间戳
            end_date: 查询作业的结束日期 13位时间戳
        """
        return cast(
            SupplementDataList,
            await self._call(
                "ShowFactorySupplementData",
                "GET",
                "/v2/{project_id}/factory/supplement-data",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("name", name),
                    ("user_name", user_name),
                    ("status", status),
                    ("sort", sort),
                    ("page", page),
                    ("size", size),
                    ("start_date", start_date),
                    ("end_date", end_date),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=SupplementDataList,
                stream=False,
                options=options,
            ),
        )

    async def iter_list(
        self,
        *,
        name: str | None = None,
        user_name: str | None = None,
        status: Literal["SUCCESS", "RUNNING", "CANCEL"] | None = None,
        sort: Literal["desc", "asc"] | None = None,
        start_date: int | None = None,
        end_date: int | None = None,
        page_size: int = 10,
        options: _rt.RequestOptions | None = None,
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
        async for item in _rt.apaginate(self.list, kwargs, spec, page_size):
            yield cast(SupplementDataRow, item)

    async def stop(
        self,
        instance_name: str,
        *,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v2/{project_id}/factory/supplement-data/{instance_name}/stop",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "instance_name": instance_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class AsyncDlfReleasePackages(_rt.AsyncResource):
    """发布包 (``client.dlf.release_packages``)."""

    service = "dlf"

    async def deploy(
        self,
        body: ReleasePackageDeployRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v2/{project_id}/factory/release-packages/deploy",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ReleasePackageDeployRequest,
                content_type="application/json",
                response_type=ReleasePackageDeployResponse,
                stream=False,
                options=options,
            ),
        )

    async def list(
        self,
        body: ReleasePackageListRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
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
                "POST",
                "/v2/{project_id}/factory/release-packages",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ReleasePackageListRequest,
                content_type="application/json",
                response_type=ReleasePackageList,
                stream=False,
                options=options,
            ),
        )

    async def revoke(
        self,
        body: ReleasePackageUnpackRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Revoke release packages

        目前支持发布包管理中相关包的撤销，支持撤销多个任务包。

        ``POST /v2/{project_id}/factory/release-packages/unpack``: operation CancelFactoryPackages, reference section 6.3.28.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "CancelFactoryPackages",
                "POST",
                "/v2/{project_id}/factory/release-packages/unpack",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=ReleasePackageUnpackRequest,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def show(
        self,
        package_id: str,
        *,
        options: _rt.RequestOptions | None = None,
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
                "GET",
                "/v2/{project_id}/factory/release-packages/{package_id}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "package_id": package_id,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ReleasePackageDetail,
                stream=False,
                options=options,
            ),
        )


class AsyncDlfMonitoring(_rt.AsyncResource):
    """运维监控 (``client.dlf.monitoring``)."""

    service = "dlf"

    async def list_alarms(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> AlarmInfoList:
        """List alarm notification records

        此接口可以查询指定时间段内的告警通知记录。

        ``GET /v2/{project_id}/factory/alarm-info``: operation ListFactoryAlarmInfo, reference section 6.3.26.

        Args:
            start_time: 告警的开始时间，默认当前时间的前一个小时，13位时间戳。
            end_time: 告警的最后时间，默认为当前时间，13位时间戳，支持查询最近一周的时间段
            offset: 分页的起始页，默认值为0。取值范围大于等于0。
            limit: 分页返回结果，指定每页最大记录数。默认值为100，取值范围为[1, 1000]
        """
        return cast(
            AlarmInfoList,
            await self._call(
                "ListFactoryAlarmInfo",
                "GET",
                "/v2/{project_id}/factory/alarm-info",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("offset", offset),
                    ("limit", limit),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=AlarmInfoList,
                stream=False,
                options=options,
            ),
        )

    async def iter_list_alarms(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int = 1000,
        options: _rt.RequestOptions | None = None,
    ) -> AsyncIterator[AlarmInfo]:
        """Every item of :meth:`list_alarms`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "start_time": start_time,
            "end_time": end_time,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "alarm_info", "total")
        async for item in _rt.apaginate(self.list_alarms, kwargs, spec, page_size):
            yield cast(AlarmInfo, item)

    async def show_instance_statistics(
        self,
        *,
        is_own: Literal["true", "false"] | None = None,
        query_days: Literal["today", "yesterday", "before_yesterday", "all"] | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> DlfTaskStatisticsOverview:
        """Show instance status statistics

        此接口可以查询实例运行状态，包括当天、昨天、前天以及近7天的实例状态情况。

        ``GET /v2/{project_id}/factory/monitor/task-statistics-overview``: operation ListFactoryTaskOverview, reference section 6.3.29.

        Args:
            is_own: 是否查询当前用户的实例，默认为false，表示查询全部用户实例，为true时，表示查询当前用户的实例。
            query_days: 查询的天数，取值范围为：today、yesterday、before_yesterday、all，默认为today，表示查询今天的数据，支持查询近7天的数据。
                today: 查询当天的实例状态数量，
                yesterday: 查询昨天的实例状态数量，
                before_yesterday: 查询前天的实例状态数量，
                all查询7天前到当天的实例状态总量。
        """
        return cast(
            DlfTaskStatisticsOverview,
            await self._call(
                "ListFactoryTaskOverview",
                "GET",
                "/v2/{project_id}/factory/monitor/task-statistics-overview",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("is_own", is_own),
                    ("query_days", query_days),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfTaskStatisticsOverview,
                stream=False,
                options=options,
            ),
        )

    async def show_task_completion(
        self,
        *,
        type_: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> DlfTaskCompletionData:
        """Show task completion data

        查询任务完成情况。包括今天，昨天以及近7天的平均任务完成情况。

        ``GET /v2/{project_id}/factory/monitor/task-completion-data``: operation ListFactoryTaskCompletion, reference section 6.3.30.

        Args:
            type_: 查询任务的类型，默认为all，查询所有任务。类型如下：Dummy、CDM Job、MRS Hive SQL、MRS Spark SQL、DLI SQL、DLI Spark、Python、DWS SQL、Shell等作业算子。
                说明
                此处只是列举一些算子，以实际为准。
                该接口只统计运行成功的实例，每小时统计一次，任务表示作业中的算子。
        """
        return cast(
            DlfTaskCompletionData,
            await self._call(
                "ListFactoryTaskCompletion",
                "GET",
                "/v2/{project_id}/factory/monitor/task-completion-data",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("type", type_),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=DlfTaskCompletionData,
                stream=False,
                options=options,
            ),
        )


class AsyncDlfConnections(_rt.AsyncResource):
    """连接管理 API（待下线） (``client.dlf.connections``)."""

    service = "dlf"

    async def create(
        self,
        body: Connection | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Create a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        创建一个新连接，当前支持的连接类型有DWS、DLI、SparkSQL、HIVE、RDS、CloudTable。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections``: operation CreateConnection, reference section 6.4.1.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "CreateConnection",
                "POST",
                "/v1/{project_id}/connections",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=Connection,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def delete(
        self,
        connection_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Delete a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        删除一个连接。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``DELETE /v1/{project_id}/connections/{connection_name}``: operation DeleteConnection, reference section 6.4.5.

        Args:
            connection_name: 连接名称。
        """
        return cast(
            None,
            await self._call(
                "DeleteConnection",
                "DELETE",
                "/v1/{project_id}/connections/{connection_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "connection_name": connection_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=False,
                options=options,
            ),
        )

    async def export(
        self,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> _rt.AsyncDownload:
        """Export all connections as a zip file (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        导出zip压缩包格式的连接文件，包括所有连接的定义。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections/export``: operation ExportConnection, reference section 6.4.6.
        """
        return cast(
            _rt.AsyncDownload,
            await self._call(
                "ExportConnection",
                "POST",
                "/v1/{project_id}/connections/export",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=None,
                stream=True,
                options=options,
            ),
        )

    async def import_connections(
        self,
        body: ConnectionImportRequest | dict[str, Any],
        *,
        options: _rt.RequestOptions | None = None,
    ) -> ConnectionImportResponse:
        """Import connections from OBS (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        将存放在OBS桶的连接文件导入到数据开发模块中，一次可以导入一个或多个连接。
        执行本接口之前，需要将连接文件放到OBS的桶中。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``POST /v1/{project_id}/connections/import``: operation ImportConnection, reference section 6.4.7.

        Args:
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            ConnectionImportResponse,
            await self._call(
                "ImportConnection",
                "POST",
                "/v1/{project_id}/connections/import",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[],
                headers=[],
                body=body,
                body_type=ConnectionImportRequest,
                content_type="application/json",
                response_type=ConnectionImportResponse,
                stream=False,
                options=options,
            ),
        )

    async def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        connection_name: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> ConnectionList:
        """List connections (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        查询连接列表。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``GET /v1/{project_id}/connections``: operation ListConnections, reference section 6.4.2.

        Args:
            offset: 偏移量，取值范围大于等于0，默认值为0。
            limit: 分页返回结果，指定每页最大记录数。范围[1,100]
                默认值：10
            connection_name: 连接名称
        """
        return cast(
            ConnectionList,
            await self._call(
                "ListConnections",
                "GET",
                "/v1/{project_id}/connections",
                path={
                    "project_id": self._setting("project_id", required=True),
                },
                query=[
                    ("offset", offset),
                    ("limit", limit),
                    ("connectionName", connection_name),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=ConnectionList,
                stream=False,
                options=options,
            ),
        )

    async def iter_list(
        self,
        *,
        connection_name: str | None = None,
        page_size: int = 100,
        options: _rt.RequestOptions | None = None,
    ) -> AsyncIterator[Connection]:
        """Every item of :meth:`list`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "connection_name": connection_name,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "connections", "total")
        async for item in _rt.apaginate(self.list, kwargs, spec, page_size):
            yield cast(Connection, item)

    async def show(
        self,
        connection_name: str,
        *,
        options: _rt.RequestOptions | None = None,
    ) -> Connection:
        """Show a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        查询指定连接的配置详情。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``GET /v1/{project_id}/connections/{connection_name}``: operation ShowConnection, reference section 6.4.3.

        Args:
            connection_name: 连接名称
        """
        return cast(
            Connection,
            await self._call(
                "ShowConnection",
                "GET",
                "/v1/{project_id}/connections/{connection_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "connection_name": connection_name,
                },
                query=[],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                response_type=Connection,
                stream=False,
                options=options,
            ),
        )

    async def update(
        self,
        connection_name: str,
        body: Connection | dict[str, Any],
        *,
        ischeck: str | None = None,
        options: _rt.RequestOptions | None = None,
    ) -> None:
        """Update a connection (deprecated)

        Deprecated: the reference marks this operation 待下线 (to be retired).

        编辑修改连接的配置。

        说明：连接管理能力由管理中心统一提供，相关接口推荐使用管理中心API。

        ``PUT /v1/{project_id}/connections/{connection_name}``: operation UpdateConnection, reference section 6.4.4.

        Args:
            connection_name: 连接名称。
            ischeck: 是否校验，默认否。
            body: the request body, a model or a dict of its fields by their wire names.
        """
        return cast(
            None,
            await self._call(
                "UpdateConnection",
                "PUT",
                "/v1/{project_id}/connections/{connection_name}",
                path={
                    "project_id": self._setting("project_id", required=True),
                    "connection_name": connection_name,
                },
                query=[
                    ("ischeck", ischeck),
                ],
                headers=[
                    ("workspace", self._setting("workspace")),
                ],
                body=body,
                body_type=Connection,
                content_type="application/json",
                response_type=None,
                stream=False,
                options=options,
            ),
        )


class AsyncDlf:
    """DLF 数据开发 (data development)

    Endpoint: https://dayu-dlf.{region}.myhuaweicloud.com
    """

    def __init__(self, core: _rt.AsyncCore) -> None:
        self.scripts = AsyncDlfScripts(core)
        """脚本开发 API"""
        self.resources = AsyncDlfResources(core)
        """资源管理 API"""
        self.jobs = AsyncDlfJobs(core)
        """作业开发 API"""
        self.job_instances = AsyncDlfJobInstances(core)
        """作业实例"""
        self.supplement_data = AsyncDlfSupplementData(core)
        """补数据"""
        self.release_packages = AsyncDlfReleasePackages(core)
        """发布包"""
        self.monitoring = AsyncDlfMonitoring(core)
        """运维监控"""
        self.connections = AsyncDlfConnections(core)
        """连接管理 API（待下线）"""

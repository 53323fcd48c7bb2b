"""Models of dlf/job_actions.yaml, dlf/schemas/job_actions.yaml and of the inline objects of the operations of dlf/job_actions.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
    "DlfBatchExportJobsRequest",
    "DlfCheckFileRequest",
    "DlfCheckFileResponse",
    "DlfExportJobRequest",
    "DlfFileJob",
    "DlfFileScript",
    "DlfImportJobApprover",
    "DlfImportJobParam",
    "DlfImportJobResource",
    "DlfImportJobsRequest",
    "DlfImportJobsResponse",
    "DlfRealtimeJobStatus",
    "DlfRealtimeNodeStatus",
    "DlfRunImmediateJobParam",
    "DlfRunImmediateRequest",
    "DlfRunImmediateResponse",
    "DlfStartJobParam",
    "DlfStartJobRequest",
]


class DlfBatchExportJobsRequest(Model):
    """批量导出作业请求

    Reference section 6.3.7, 表6-156.
    """

    job_list: Annotated[list[str], Field(max_length=100), Checked] = Field(
        validation_alias="jobList", serialization_alias="jobList"
    )
    """要导出的作业名称列表，一次最多支持导出100个作业。

    Constraints: at most 100 items."""
    export_depend: bool | None = Field(
        default=True, validation_alias="exportDepend", serialization_alias="exportDepend"
    )
    """是否导出作业依赖的脚本和资源
    默认值: true Default: true."""
    obs_path: str | None = Field(
        default=None, validation_alias="obsPath", serialization_alias="obsPath"
    )
    """导出到OBS时的OBS路径，例如obs://test_bucket/job_nodes/。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    export_status: Annotated[Literal["DEVELOP", "SUBMIT"], Checked] | None = Field(
        default=None, validation_alias="exportStatus", serialization_alias="exportStatus"
    )
    """导出作业的状态：DEVELOP（开发态，默认）、SUBMIT（提交态）。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc).

    Constraints: one of: "DEVELOP", "SUBMIT"."""


class DlfCheckFileRequest(Model):
    """查询作业文件请求

    Reference section 6.3.5, 表6-147.
    """

    path: str
    """有OBS场景：作业定义文件在OBS上的路径。例如obs://myBucket/jobs.zip"""


class DlfFileJob(Model):
    """job 字段数据结构说明

    Reference section 6.3.5, 表6-149.
    """

    params: dict[str, str] | None = Field(default=None)
    """作业参数"""
    name: str
    """作业名称"""
    path: str
    """作业路径"""


class DlfFileScript(Model):
    """Script 字段数据结构说明

    Reference section 6.3.5, 表6-150.
    """

    name: str
    """脚本名称"""
    path: str
    """脚本路径"""


class DlfCheckFileResponse(Model):
    """查询作业文件响应

    Reference section 6.3.5, 表6-148.
    """

    jobs: list[DlfFileJob] | None = Field(default=None)
    """作业信息，参考表6-149"""
    scripts: list[DlfFileScript] | None = Field(default=None)
    """脚本信息，表6-150"""


class DlfExportJobRequest(Model):
    """ExportJobReq

    导出作业的选项。

    Reference section 6.3.6.
    """

    export_depend: bool | None = Field(
        default=True, validation_alias="exportDepend", serialization_alias="exportDepend"
    )
    """是否导出作业依赖的脚本和资源；不传时默认为true。 Default: true."""
    obs_path: str | None = Field(
        default=None, validation_alias="obsPath", serialization_alias="obsPath"
    )
    """导出到OBS时的OBS路径，例如obs://test_bucket/job_nodes/。"""
    export_status: Annotated[Literal["DEVELOP", "SUBMIT"], Checked] | None = Field(
        default=None, validation_alias="exportStatus", serialization_alias="exportStatus"
    )
    """导出作业的状态：DEVELOP（开发态，默认）、SUBMIT（提交态）。

    Constraints: one of: "DEVELOP", "SUBMIT"."""


class DlfImportJobApprover(Model):
    """审批人属性说明

    Reference section 6.3.8, 表6-161.
    """

    approver_name: str = Field(validation_alias="approverName", serialization_alias="approverName")
    """审批人名称。"""


class DlfImportJobParam(Model):
    """JobParam 属性说明

    Reference section 6.3.8, 表6-159.
    """

    name: str
    """作业名称"""
    params: dict[str, str] | None = Field(default=None)
    """作业参数"""


class DlfImportJobResource(Model):
    """JobResourceInfo

    导入作业时需要替换的资源。

    Reference section 6.3.8.
    """

    name: str | None = Field(default=None)
    """资源名。"""
    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")
    """资源类型。"""
    replace: str | None = Field(default=None)
    """替换后的资源名。"""


class DlfImportJobsRequest(Model):
    """导入作业请求

    Reference section 6.3.8, 表6-158.
    """

    path: str
    """有OBS场景：作业定义文件在OBS上的路径，作业定义文件的格式参考导出作业的响应消息。例如obs://myBucket/jobs.zip"""
    params: dict[str, str] | None = Field(default=None)
    """公共作业参数"""
    same_name_policy: Annotated[Literal["SKIP", "OVERWRITE"], Checked] | None = Field(
        default="SKIP", validation_alias="sameNamePolicy", serialization_alias="sameNamePolicy"
    )
    """重名策略
    - SKIP：跳过
    - OVERWRITE：覆盖
    默认值是SKIP

    Constraints: one of: "SKIP", "OVERWRITE". Default: "SKIP"."""
    jobs_param: list[DlfImportJobParam] | None = Field(
        default=None, validation_alias="jobsParam", serialization_alias="jobsParam"
    )
    """指定作业参数，参考表6-159。"""
    execute_user: str | None = Field(
        default=None, validation_alias="executeUser", serialization_alias="executeUser"
    )
    """执行作业的用户"""
    target_status: Annotated[Literal["SAVED", "SUBMITTED", "PRODUCTION"], Checked] | None = Field(
        default=None, validation_alias="targetStatus", serialization_alias="targetStatus"
    )
    """在开启审批开关后，需要填写该字段。表示创建作业的目标状态，有三种状态：SAVED、SUBMITTED和PRODUCTION，分别表示作业创建后是保存态，提交态，生产态。
    - 保存态表示作业仅保存，无法调度运行，需要提交并审核通过后才能运行。
    - 提交态表示作业保存后会自动提交，需要审核通过才能运行。
    - 生产态表示作业跳过审批环节，创建后可以直接运行。注意：只有工作空间的管理员用户才能创建生产态的作业。

    Constraints: one of: "SAVED", "SUBMITTED", "PRODUCTION"."""
    approvers: list[DlfImportJobApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示作业审批人，参考表6-161。"""
    resources: list[DlfImportJobResource] | None = Field(default=None)
    """需要替换的资源：资源名、资源类型和替换后的资源名。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfImportJobsResponse(Model):
    """导入作业响应

    Reference section 6.3.8, 表6-160.
    """

    task_id: str = Field(validation_alias="taskId", serialization_alias="taskId")
    """任务ID，请调用查询系统任务接口获取导入状态。"""


class DlfRealtimeNodeStatus(Model):
    """nodes 字段数据结构说明

    Reference section 6.3.15, 表6-184.
    """

    name: str
    """节点名称"""
    status: (
        Annotated[Literal["STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED"], Checked] | None
    ) = Field(default=None)
    """节点状态：
    - STARTING：启动中
    - NORMAL：正常
    - EXCEPTION：异常
    - STOPPING：停止中
    - STOPPED：停止

    Constraints: one of: "STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED"."""
    log_path: str | None = Field(
        default=None, validation_alias="logPath", serialization_alias="logPath"
    )
    """节点运行日志路径"""
    node_type: (
        Annotated[
            Literal[
                "Hive SQL",
                "Spark SQL",
                "DWS SQL",
                "DLI SQL",
                "Shell",
                "CDM Job",
                "DISTransferTask",
                "CS Job",
                "CloudTableManager",
                "OBSManager",
                "RESTAPI",
                "SMN",
                "MRS Spark",
                "MapReduce",
            ],
            Checked,
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("nodeType", "type"),
        serialization_alias="nodeType",
    )
    """节点类型:
    - Hive SQL : 执行Hive SQL脚本
    - Spark SQL : 执行Spark SQL脚本
    - DWS SQL : 执行DWS SQL脚本
    - DLI SQL : 执行DLI SQL脚本
    - Shell: 执行Shell SQL脚本
    - CDM Job: 执行CDM作业
    - DISTransferTask : 创建DIS转储任务
    - CS Job : 创建CloudStream作业, 并启动作业
    - CloudTableManager节点: CloudTable表管理, 参考创建和删除表。
    - OBSManager: OBS路径管理, 包括创建和删除路径
    - RESTAPI : REST API请求
    - SMN : 发送短信或邮件
    - MRS Spark : 执行MRS服务的Spark作业
    - MapReduce : 执行MRS服务的MapReduce作业

    Also read as: type.

    Constraints: one of: "Hive SQL", "Spark SQL", "DWS SQL", "DLI SQL", "Shell", "CDM Job", "DISTransferTask", "CS Job", "CloudTableManager", "OBSManager", "RESTAPI", "SMN", "MRS Spark", "MapReduce"."""
    buffer_records: int | None = Field(
        default=None, validation_alias="bufferRecords", serialization_alias="bufferRecords"
    )
    job_instance_id: int | None = Field(
        default=None, validation_alias="jobInstanceId", serialization_alias="jobInstanceId"
    )
    last_instance_status: str | None = Field(
        default=None,
        validation_alias=AliasChoices("lastInstanceStatus", "LastInstanceStatus"),
        serialization_alias="lastInstanceStatus",
    )
    """Also read as: LastInstanceStatus."""
    speed: float | None = Field(default=None)
    total_get_bytes: int | None = Field(
        default=None, validation_alias="totalGetBytes", serialization_alias="totalGetBytes"
    )
    total_get_records: int | None = Field(
        default=None, validation_alias="totalGetRecords", serialization_alias="totalGetRecords"
    )
    total_put_bytes: int | None = Field(
        default=None, validation_alias="totalPutBytes", serialization_alias="totalPutBytes"
    )
    total_put_records: int | None = Field(
        default=None, validation_alias="totalPutRecords", serialization_alias="totalPutRecords"
    )
    running_data: str | None = Field(
        default=None, validation_alias="runningData", serialization_alias="runningData"
    )
    """节点运行时内部存放的部分数据。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    extend_counter: str | None = Field(
        default=None, validation_alias="extendCounter", serialization_alias="extendCounter"
    )
    """扩展计数器。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfRealtimeJobStatus(Model):
    """实时作业运行状态

    Reference section 6.3.15, 表6-183.
    """

    name: str
    """解决方案名称"""
    nodes: list[DlfRealtimeNodeStatus] | None = Field(default=None)
    """节点状态列表"""
    status: (
        Annotated[Literal["STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED"], Checked] | None
    ) = Field(default=None)
    """作业状态：
    - STARTING：启动中
    - NORMAL：正常
    - EXCEPTION：异常
    - STOPPING：停止中
    - STOPPED：停止

    Constraints: one of: "STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED"."""
    starttime: str | None = Field(
        default=None, validation_alias=AliasChoices("starttime", "startTime")
    )
    """启动时间

    Also read as: startTime."""
    end_time: str | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """停止时间"""
    last_update_time: str | None = Field(
        default=None, validation_alias="lastUpdateTime", serialization_alias="lastUpdateTime"
    )
    """状态最后更新时间"""
    create_user: str | None = Field(
        default=None, validation_alias="createUser", serialization_alias="createUser"
    )
    """创建人。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    last_modifiy_user: str | None = Field(
        default=None, validation_alias="lastModifiyUser", serialization_alias="lastModifiyUser"
    )
    """最后修改人。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfRunImmediateJobParam(Model):
    """JobParam 数据结构说明

    Reference section 6.3.9, 表6-165.
    """

    name: Annotated[str, Field(max_length=64), Checked]
    """参数名称，长度不能超过64个字符。

    Constraints: length <= 64."""
    value: Annotated[str, Field(max_length=1024), Checked]
    """参数值，长度不能超过1024个字符。

    Constraints: length <= 1024."""
    type_: Annotated[Literal["variable", "constants"], Checked] | None = Field(
        default=None, validation_alias="type", serialization_alias="type"
    )
    """参数类型。
    - variable: 变量
    - constants: 常量

    Constraints: one of: "variable", "constants"."""


class DlfRunImmediateRequest(Model):
    """立即执行作业请求

    Reference section 6.3.9, 表6-164.
    """

    job_params: list[DlfRunImmediateJobParam] | None = Field(
        default=None, validation_alias="jobParams", serialization_alias="jobParams"
    )
    """作业立即执行的参数。"""


class DlfRunImmediateResponse(Model):
    """立即执行作业响应

    Reference section 6.3.9, 表6-166.
    """

    instance_id: int = Field(validation_alias="instanceId", serialization_alias="instanceId")
    """作业实例id"""


class DlfStartJobParam(Model):
    """JobParam 数据结构说明

    Reference section 6.3.10, 表6-170.
    """

    name: Annotated[str, Field(max_length=64), Checked]
    """参数名称，长度不能超过64个字符。

    Constraints: length <= 64."""
    value: Annotated[str, Field(max_length=1024), Checked]
    """参数值，长度不能超过1024个字符。

    Constraints: length <= 1024."""
    type_: Annotated[Literal["variable", "constants"], Checked] | None = Field(
        default=None, validation_alias=AliasChoices("type", "paramType"), serialization_alias="type"
    )
    """参数类型。
    - variable: 变量
    - constants: 常量

    Also read as: paramType.

    Constraints: one of: "variable", "constants"."""


class DlfStartJobRequest(Model):
    """启动作业请求

    Reference section 6.3.10, 表6-169.
    """

    job_params: list[DlfStartJobParam] | None = Field(
        default=None, validation_alias="jobParams", serialization_alias="jobParams"
    )
    """作业启动的参数。"""


# Models of other modules, imported after this module's classes so that modules which refer to
# each other load in any order (pydantic resolves the names when a model is first used).
from ..cdm.jobs import Job  # noqa: E402

"""Models of dlf/instances.yaml, dlf/schemas/instances.yaml and of the inline objects of the operations of dlf/instances.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
    "DlfJobInstance",
    "DlfJobInstanceDetail",
    "DlfJobInstanceList",
    "DlfJobNodeInstance",
    "DlfSystemSubTask",
    "DlfSystemTask",
]


class DlfJobInstance(Model):
    """Instance 属性说明

    Reference section 6.3.16, 表6-188.
    """

    job_name: str = Field(validation_alias="jobName", serialization_alias="jobName")
    """作业名称。如果要查询指定批处理作业的实例列表，jobName就是批处理作业名称；如果要查询实时作业下某个节点关联的子作业，jobName格式为[实时作业名称]_[节点名称]。"""
    job_id: str | int | None = Field(
        default=None, validation_alias="jobId", serialization_alias="jobId"
    )
    """作业id。"""
    job_instance_name: str = Field(
        validation_alias="jobInstanceName", serialization_alias="jobInstanceName"
    )
    """作业实例运行时日志记录的实例名称，非作业定义的名称。"""
    status: Annotated[
        Literal[
            "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"
        ],
        Checked,
    ]
    """状态：
    - waiting：等待运行
    - running：运行中
    - success：运行成功
    - fail：运行失败
    - running-exception：运行异常
    - pause：暂停
    - manual-stop：取消

    Constraints: one of: "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"."""
    plan_time: int = Field(validation_alias="planTime", serialization_alias="planTime")
    """作业实例计划执行时间"""
    start_time: int = Field(validation_alias="startTime", serialization_alias="startTime")
    """作业实例实际执行开始时间"""
    end_time: int | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """作业实例实际执行结束时间"""
    execute_time: float | None = Field(
        default=None, validation_alias="executeTime", serialization_alias="executeTime"
    )
    """执行耗时，单位：毫秒"""
    instance_id: int = Field(validation_alias="instanceId", serialization_alias="instanceId")
    """作业实例ID，用于查询作业实例详情。"""
    submit_time: int = Field(validation_alias="submitTime", serialization_alias="submitTime")
    """作业提交运行时间"""
    instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] = Field(
        validation_alias="instanceType", serialization_alias="instanceType"
    )
    """作业调度方式：
    - 0：正常调度
    - 2：手工调度
    - 5：补数据
    - 6：子作业调度
    - 7：单次调度

    Constraints: one of: 0, 2, 5, 6, 7."""
    force_success: bool | None = Field(
        default=False, validation_alias="forceSuccess", serialization_alias="forceSuccess"
    )
    """作业实例状态筛选为强制成功
    默认值: false Default: false."""
    ignore_success: bool | None = Field(
        default=False, validation_alias="ignoreSuccess", serialization_alias="ignoreSuccess"
    )
    """作业实例状态筛选为忽略失败
    默认值: false Default: false."""
    version: str | int | None = Field(default=None)
    """作业实例版本。"""
    error_message: str | None = Field(
        default=None, validation_alias="errorMessage", serialization_alias="errorMessage"
    )
    """作业实例失败的错误信息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobNodeInstance(Model):
    """Node 属性说明

    Reference section 6.3.17, 表6-192.
    """

    node_name: str = Field(validation_alias="nodeName", serialization_alias="nodeName")
    """节点名称"""
    status: Annotated[
        Literal["waiting", "running", "success", "fail", "skip", "pause", "manual-stop"], Checked
    ]
    """节点状态：
    - waiting：等待运行
    - running -运行中
    - success：运行成功
    - fail：运行失败
    - skip：跳过
    - pause：暂停
    - manual-stop：取消

    Constraints: one of: "waiting", "running", "success", "fail", "skip", "pause", "manual-stop"."""
    queue: str | None = Field(default=None)
    """DLI资源队列名称。
    说明
    在返回响应中，仅DLI SQL或者DLI SPARK算子会返回DLI队列名称。"""
    plan_time: int = Field(validation_alias="planTime", serialization_alias="planTime")
    """作业实例计划执行时间"""
    start_time: int = Field(validation_alias="startTime", serialization_alias="startTime")
    """节点实际执行开始时间"""
    end_time: int | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """节点实际执行结束时间"""
    type_: Annotated[
        Literal[
            "HiveSQL",
            "SparkSQL",
            "DWSSQL",
            "DLISQL",
            "Shell",
            "CDMJob",
            "DISTransferTask",
            "CloudTableManager",
            "OBSManager",
            "RestClient",
            "SMN",
            "MRSSpark",
            "MapReduce",
            "MRSFlinkJob",
            "MRSHetuEngine",
            "DLISpark",
            "RDSSQL",
            "ModelArts Train",
            "Dummy",
            "DWS SQL",
        ],
        Checked,
    ] = Field(validation_alias="type", serialization_alias="type")
    """节点类型：
    - HiveSQL：执行Hive SQL脚本
    - SparkSQL：执行Spark SQL脚本
    - DWSSQL：执行DWS SQL脚本
    - DLISQL：执行DLI SQL脚本
    - Shell：执行Shell SQL脚本
    - CDMJob：执行CDM作业
    - DISTransferTask：创建DIS转储任务
    - CloudTableManager：CloudTable表管理，创建和删除表。
    - OBSManager：OBS路径管理，包括创建和删除路径。
    - RestClient：REST API请求
    - SMN：发送短信或邮件
    - MRSSpark：执行MRS服务的Spark作业
    - MapReduce：执行MRS服务的MapReduce作业
    - MRSFlinkJob：执行MRS服务的FlinkJob作业。
    - MRSHetuEngine：执行MRS服务的HetuEngine作业。
    - DLISpark：执行DLF服务的Spark作业
    - RDSSQL：传递SQL语句到RDS中执行。
    - ModelArts Train：执行ModelArts服务的workflow作业。

    Constraints: one of: "HiveSQL", "SparkSQL", "DWSSQL", "DLISQL", "Shell", "CDMJob", "DISTransferTask", "CloudTableManager", "OBSManager", "RestClient", "SMN", "MRSSpark", "MapReduce", "MRSFlinkJob", "MRSHetuEngine", "DLISpark", "RDSSQL", "ModelArts Train", "Dummy", "DWS SQL"."""
    retry_times: int | None = Field(
        default=None, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """失败重试次数"""
    instance_id: int = Field(validation_alias="instanceId", serialization_alias="instanceId")
    """作业实例id"""
    input_row_count: int | None = Field(
        default=None, validation_alias="inputRowCount", serialization_alias="inputRowCount"
    )
    """写入数据行数"""
    speed: float | None = Field(default=None)
    """写入速度(行/秒)"""
    log_path: str | None = Field(
        default=None, validation_alias="logPath", serialization_alias="logPath"
    )
    """节点执行的日志路径"""


class DlfJobInstanceDetail(Model):
    """作业实例详情

    Reference section 6.3.17, 表6-191.
    """

    job_name: str = Field(validation_alias="jobName", serialization_alias="jobName")
    """作业名称"""
    instance_id: int = Field(validation_alias="instanceId", serialization_alias="instanceId")
    """作业实例ID"""
    status: Annotated[
        Literal[
            "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"
        ],
        Checked,
    ]
    """作业实例状态：
    - waiting：等待运行
    - running：运行中
    - success：运行成功
    - fail：运行失败
    - running-exception：运行异常
    - pause：暂停
    - manual-stop：取消

    Constraints: one of: "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"."""
    plan_time: int = Field(validation_alias="planTime", serialization_alias="planTime")
    """作业实例计划执行时间"""
    start_time: int = Field(validation_alias="startTime", serialization_alias="startTime")
    """作业实例实际执行开始时间"""
    end_time: int | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """作业实例实际执行结束时间"""
    execute_time: int | None = Field(
        default=None, validation_alias="executeTime", serialization_alias="executeTime"
    )
    """执行耗时，单位：毫秒"""
    total: int
    """总的节点数据条数"""
    nodes: list[DlfJobNodeInstance]
    """节点实例状态，参考表6-192"""
    instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] = Field(
        validation_alias="instanceType", serialization_alias="instanceType"
    )
    """作业调度方式：
    - 0：正常调度
    - 2：手工调度
    - 5：补数据
    - 6：子作业调度
    - 7：单次调度

    Constraints: one of: 0, 2, 5, 6, 7."""
    force_success: bool | None = Field(
        default=False, validation_alias="forceSuccess", serialization_alias="forceSuccess"
    )
    """作业实例状态筛选为强制成功
    默认值：false Default: false."""
    ignore_success: bool | None = Field(
        default=False, validation_alias="ignoreSuccess", serialization_alias="ignoreSuccess"
    )
    """作业实例状态筛选为忽略失败
    默认值：false Default: false."""


class DlfJobInstanceList(Model):
    """查询作业实例列表响应

    Reference section 6.3.16, 表6-187.
    """

    total: int
    """总记录数"""
    instances: list[DlfJobInstance]
    """作业实例状态，参考表6-188。"""


class DlfSystemSubTask(Model):
    """SubTask 参数说明

    Reference section 6.3.18, 表6-196.
    """

    id_: str = Field(validation_alias="id", serialization_alias="id")
    """子任务ID"""
    name: str
    """子任务名称"""
    last_update: int = Field(validation_alias="lastUpdate", serialization_alias="lastUpdate")
    """更新时间"""
    status: Annotated[Literal["RUNNING", "SUCCESSFUL", "FAILED"], Checked]
    """状态:
    - RUNNING
    - SUCCESSFUL
    - FAILED

    Constraints: one of: "RUNNING", "SUCCESSFUL", "FAILED"."""
    task_id: str | None = Field(
        default=None, validation_alias="taskId", serialization_alias="taskId"
    )
    """任务消息"""
    message: str | None = Field(default=None)
    """子任务消息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfSystemTask(Model):
    """系统任务详情

    Reference section 6.3.18, 表6-195.
    """

    id_: str = Field(validation_alias="id", serialization_alias="id")
    """任务ID"""
    name: str
    """任务名称"""
    start_time: int = Field(validation_alias="startTime", serialization_alias="startTime")
    """开始时间"""
    end_time: int | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """结束时间"""
    last_update: int = Field(validation_alias="lastUpdate", serialization_alias="lastUpdate")
    """更新时间"""
    status: Annotated[Literal["RUNNING", "SUCCESSFUL", "FAILED"], Checked]
    """状态:
    - RUNNING
    - SUCCESSFUL
    - FAILED

    Constraints: one of: "RUNNING", "SUCCESSFUL", "FAILED"."""
    project_id: str | None = Field(
        default=None, validation_alias="projectId", serialization_alias="projectId"
    )
    """项目编号"""
    subtasks: list[DlfSystemSubTask] | None = Field(default=None)
    """子任务，参考表6-196。"""
    message: str | None = Field(default=None)
    """任务消息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""

"""Models of dlf/jobs.yaml, dlf/schemas/jobs.yaml and of the inline objects of the operations of dlf/jobs.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
    "DlfCDMJobNode",
    "DlfCDMJobNodeProperties",
    "DlfCDMJobNodePropertiesValueItemOption1",
    "DlfCDMJobNodePropertiesValueItemOption2",
    "DlfCloudTableManagerNode",
    "DlfCloudTableManagerNodeProperties",
    "DlfCloudTableManagerNodePropertiesValueItemOption1",
    "DlfCloudTableManagerNodePropertiesValueItemOption2",
    "DlfCloudTableManagerNodePropertiesValueItemOption3",
    "DlfCloudTableManagerNodePropertiesValueItemOption4",
    "DlfDISTransferTaskNode",
    "DlfDISTransferTaskNodeProperties",
    "DlfDISTransferTaskNodePropertiesValueItemOption1",
    "DlfDISTransferTaskNodePropertiesValueItemOption2",
    "DlfDISTransferTaskNodePropertiesValueItemOption3",
    "DlfDISTransferTaskNodePropertiesValueItemOption4",
    "DlfDLISQLNode",
    "DlfDLISQLNodeProperties",
    "DlfDLISQLNodePropertiesValueItemOption1",
    "DlfDLISQLNodePropertiesValueItemOption2",
    "DlfDLISQLNodePropertiesValueItemOption3",
    "DlfDLISQLNodePropertiesValueItemOption4",
    "DlfDLISparkNode",
    "DlfDLISparkNodeProperties",
    "DlfDLISparkNodePropertiesValueItemOption1",
    "DlfDLISparkNodePropertiesValueItemOption2",
    "DlfDLISparkNodePropertiesValueItemOption3",
    "DlfDLISparkNodePropertiesValueItemOption4",
    "DlfDLISparkNodePropertiesValueItemOption5",
    "DlfDLISparkNodePropertiesValueItemOption6",
    "DlfDLISparkNodePropertiesValueItemOption7",
    "DlfDWSSQLNode",
    "DlfDWSSQLNodeProperties",
    "DlfDWSSQLNodePropertiesValueItemOption1",
    "DlfDWSSQLNodePropertiesValueItemOption2",
    "DlfDWSSQLNodePropertiesValueItemOption3",
    "DlfDWSSQLNodePropertiesValueItemOption4",
    "DlfDeleteJobRequest",
    "DlfHiveSQLNode",
    "DlfHiveSQLNodeProperties",
    "DlfHiveSQLNodePropertiesValueItemOption1",
    "DlfHiveSQLNodePropertiesValueItemOption2",
    "DlfHiveSQLNodePropertiesValueItemOption3",
    "DlfHiveSQLNodePropertiesValueItemOption4",
    "DlfJob",
    "DlfJobAlarm",
    "DlfJobApprover",
    "DlfJobBasicConfig",
    "DlfJobCondition",
    "DlfJobCron",
    "DlfJobCronTrigger",
    "DlfJobDependJobs",
    "DlfJobDependWorkspaceJob",
    "DlfJobDetail",
    "DlfJobDownstreamJob",
    "DlfJobEvent",
    "DlfJobList",
    "DlfJobLocation",
    "DlfJobNode",
    "DlfJobNodeBase",
    "DlfJobNodeProperty",
    "DlfJobParam",
    "DlfJobSchedule",
    "DlfJobSummary",
    "DlfMRSFlinkJobNode",
    "DlfMRSFlinkJobNodeProperties",
    "DlfMRSFlinkJobNodePropertiesValueItemOption1",
    "DlfMRSFlinkJobNodePropertiesValueItemOption2",
    "DlfMRSFlinkJobNodePropertiesValueItemOption3",
    "DlfMRSFlinkJobNodePropertiesValueItemOption4",
    "DlfMRSFlinkJobNodePropertiesValueItemOption5",
    "DlfMRSFlinkJobNodePropertiesValueItemOption6",
    "DlfMRSFlinkJobNodePropertiesValueItemOption7",
    "DlfMRSFlinkJobNodePropertiesValueItemOption8",
    "DlfMRSFlinkJobNodePropertiesValueItemOption9",
    "DlfMRSHetuEngineNode",
    "DlfMRSHetuEngineNodeProperties",
    "DlfMRSHetuEngineNodePropertiesValueItemOption1",
    "DlfMRSHetuEngineNodePropertiesValueItemOption2",
    "DlfMRSHetuEngineNodePropertiesValueItemOption3",
    "DlfMRSHetuEngineNodePropertiesValueItemOption4",
    "DlfMRSHetuEngineNodePropertiesValueItemOption5",
    "DlfMRSHetuEngineNodePropertiesValueItemOption6",
    "DlfMRSHetuEngineNodePropertiesValueItemOption7",
    "DlfMRSHetuEngineNodePropertiesValueItemOption8",
    "DlfMRSHetuEngineNodePropertiesValueItemOption9",
    "DlfMRSSparkNode",
    "DlfMRSSparkNodeProperties",
    "DlfMRSSparkNodePropertiesValueItemOption1",
    "DlfMRSSparkNodePropertiesValueItemOption2",
    "DlfMRSSparkNodePropertiesValueItemOption3",
    "DlfMRSSparkNodePropertiesValueItemOption4",
    "DlfMRSSparkNodePropertiesValueItemOption5",
    "DlfMRSSparkNodePropertiesValueItemOption6",
    "DlfMRSSparkNodePropertiesValueItemOption7",
    "DlfMapReduceNode",
    "DlfMapReduceNodeProperties",
    "DlfMapReduceNodePropertiesValueItemOption1",
    "DlfMapReduceNodePropertiesValueItemOption2",
    "DlfMapReduceNodePropertiesValueItemOption3",
    "DlfMapReduceNodePropertiesValueItemOption4",
    "DlfMapReduceNodePropertiesValueItemOption5",
    "DlfMapReduceNodePropertiesValueItemOption6",
    "DlfModelArtsTrainNode",
    "DlfModelArtsTrainNodeProperties",
    "DlfModelArtsTrainNodePropertiesValueItemOption1",
    "DlfModelArtsTrainNodePropertiesValueItemOption2",
    "DlfModelArtsTrainNodePropertiesValueItemOption3",
    "DlfModelArtsTrainNodePropertiesValueItemOption4",
    "DlfOBSManagerNode",
    "DlfOBSManagerNodeProperties",
    "DlfOBSManagerNodePropertiesValueItemOption1",
    "DlfOBSManagerNodePropertiesValueItemOption2",
    "DlfRDSSQLNode",
    "DlfRestClientNode",
    "DlfRestClientNodeProperties",
    "DlfRestClientNodePropertiesValueItemOption1",
    "DlfRestClientNodePropertiesValueItemOption2",
    "DlfRestClientNodePropertiesValueItemOption3",
    "DlfRestClientNodePropertiesValueItemOption4",
    "DlfSMNNode",
    "DlfSMNNodeProperties",
    "DlfSMNNodePropertiesValueItemOption1",
    "DlfSMNNodePropertiesValueItemOption2",
    "DlfSMNNodePropertiesValueItemOption3",
    "DlfSMNNodePropertiesValueItemOption4",
    "DlfShellNode",
    "DlfShellNodeProperties",
    "DlfShellNodePropertiesValueItemOption1",
    "DlfShellNodePropertiesValueItemOption2",
    "DlfShellNodePropertiesValueItemOption3",
    "DlfSparkSQLNode",
    "DlfSparkSQLNodeProperties",
    "DlfSparkSQLNodePropertiesValueItemOption1",
    "DlfSparkSQLNodePropertiesValueItemOption2",
    "DlfSparkSQLNodePropertiesValueItemOption3",
    "DlfSparkSQLNodePropertiesValueItemOption4",
]


class DlfJobCondition(Model):
    """节点执行条件

    表6-53 condition 数据结构说明

    Reference section 6.3.1.
    """

    pre_node_name: str = Field(validation_alias="preNodeName", serialization_alias="preNodeName")
    """本节点依赖的前一个节点名称"""
    expression: str
    """EL表达式，如果EL表达式的计算结果为true，则触发执行本节点。"""


class DlfJobDependWorkspaceJob(Model):
    """依赖的工作空间作业

    表6-145 DependWorkSpaceJob 数据结构说明

    Reference section 6.3.4.
    """

    work_space: str = Field(validation_alias="workSpace", serialization_alias="workSpace")
    """工作空间名称。"""
    job_name: str = Field(validation_alias="jobName", serialization_alias="jobName")
    """作业名称。"""
    depend_on_last_period: bool | None = Field(
        default=None,
        validation_alias="dependOnLastPeriod",
        serialization_alias="dependOnLastPeriod",
    )
    """是否依赖上游作业最近一个实例。"""
    work_space_id: str | None = Field(
        default=None, validation_alias="workSpaceId", serialization_alias="workSpaceId"
    )
    """工作空间ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    depend_type: str | None = Field(
        default=None, validation_alias="dependType", serialization_alias="dependType"
    )
    """依赖的规则。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    depend_on_last_n_period_value: int | None = Field(
        default=None,
        validation_alias="dependOnLastNPeriodValue",
        serialization_alias="dependOnLastNPeriodValue",
    )
    """依赖上N个周期。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobDependJobs(Model):
    """依赖作业配置

    表6-58 DependJobs 数据结构说明

    Reference section 6.3.1.
    """

    jobs: list[str]
    """依赖的作业名称列表，必须依赖已存在的作业。"""
    depend_period: Annotated[Literal["SAME_PERIOD", "PRE_PERIOD"], Checked] | None = Field(
        default="SAME_PERIOD", validation_alias="dependPeriod", serialization_alias="dependPeriod"
    )
    """依赖周期:
    - SAME_PERIOD :依赖被依赖作业的同周期任务的执行结果。
    - PRE_PERIOD :依赖被依赖作业的前一周期的执行结果。 默认值 : SAME_PERIOD

    Constraints: one of: "SAME_PERIOD", "PRE_PERIOD". Default: "SAME_PERIOD"."""
    depend_fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND"], Checked] | None = Field(
        default="FAIL", validation_alias="dependFailPolicy", serialization_alias="dependFailPolicy"
    )
    """依赖作业任务执行失败处理策略:
    - FAIL: 停止作业，设置作业为失败状态
    - IGNORE: 继续执行作业
    - SUSPEND : 挂起作业 默认值 : FAIL

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND". Default: "FAIL"."""
    same_work_space_jobs: list[DlfJobDependWorkspaceJob] | None = Field(
        default=None,
        validation_alias=AliasChoices("sameWorkSpaceJobs", "sameWorkspaceJobs"),
        serialization_alias="sameWorkSpaceJobs",
    )
    """依赖本工作空间作业列表，请参考表 6-145。

    Also read as: sameWorkspaceJobs."""
    other_work_space_jobs: list[DlfJobDependWorkspaceJob] | None = Field(
        default=None,
        validation_alias=AliasChoices("otherWorkSpaceJobs", "otherWorkspaceJobs"),
        serialization_alias="otherWorkSpaceJobs",
    )
    """依赖其他工作空间作业列表，请参考表 6-145。

    Also read as: otherWorkspaceJobs."""


class DlfJobCronTrigger(Model):
    """节点 Cron 触发配置

    表6-54 CronTrigger 数据结构说明

    Reference section 6.3.1.
    """

    start_time: str = Field(validation_alias="startTime", serialization_alias="startTime")
    """调度开始时间，采用ISO 8601时间表示方法，格式为yyyy-MM-dd'T'HH:mm:ssZ，例如2018-10-22T23:59:59+08表示的时间为2018年10月22日23时59分59秒，在正8区。"""
    end_time: str | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """调度结束时间，采用ISO 8601时间表示方法，格式为yyyy-MM-dd'T'HH:mm:ssZ，例如2018-10-22T23:59:59+08表示的时间为2018年10月22日23时59分59秒，在正8区。如果结束时间不配置，作业会按照调度周期一直执行下去。"""
    expression: str
    """Cron表达式，格式为"<秒> <分> <时> <天> <月> <星期>"，每个字段允许的输入值参考表6-57。
    表6-57 Cron 表达式字段取值：秒 0-59（, - * /，当前版本只允许输入0）；分 0-59（, - * /）；时 0-23（, - * /）；天 1-31（, - * ? / L W C）；月 1-12（, - * /，当前版本只允许输入*）；星期 1-7（, - * ? / L C #，从星期日开始算起）。"""
    expression_time_zone: str | None = Field(
        default=None,
        validation_alias="expressionTimeZone",
        serialization_alias="expressionTimeZone",
    )
    """Cron表达式对应的时区信息，例如GMT +8。 默认值：使用DataArts Studio服务端所在的时区。"""
    period: str
    """用于描述运行的间隔时间，格式为时间+时间单位。 例如："1 hours","1 days","1 weeks","1 months" 需要与expression中的表达式对应。"""
    depend_pre_period: bool | None = Field(
        default=False, validation_alias="dependPrePeriod", serialization_alias="dependPrePeriod"
    )
    """是否依赖本作业上一个运行周期任务的执行结果。 默认值：false Default: false."""
    depend_jobs: DlfJobDependJobs | None = Field(
        default=None, validation_alias="dependJobs", serialization_alias="dependJobs"
    )
    """依赖其它作业配置，参考表6-58"""
    concurrent: int | None = Field(default=None)
    """支持并发执行数量"""


class DlfJobEvent(Model):
    """事件触发配置

    表6-56 Event 数据结构说明

    Reference section 6.3.1.
    """

    event_type: Annotated[Literal["KAFKA", "DIS", "OBS"], Checked] = Field(
        validation_alias="eventType", serialization_alias="eventType"
    )
    """选择对应的连接名称与topic，当有新的kafka消息时将会触发作业运行一次 配置为：KAFKA
    事件类型，当前只支持监听DIS通道的新上报数据事件，每上报一条数据，触发作业运行一次。 配置为：DIS
    选择要监听的OBS路径，如果该路径下有新增文件，则触发调度；新增的文件的路径名，可以通过变量Job.trigger.obsNewFiles引用。前提条件：该OBS路径已经配置DIS消息通知。 配置为：OBS

    Constraints: one of: "KAFKA", "DIS", "OBS"."""
    channel: str
    """DIS通道名称。 通过DIS管理控制台获取通道名称：
    1. 登录管理控制台。
    2. 单击“数据接入服务”，左侧列表选择“通道管理”。
    3. 通道管理页面中列出了用户拥有的通道。"""
    fail_policy: Annotated[Literal["SUSPEND", "IGNORE"], Checked] | None = Field(
        default="SUSPEND", validation_alias="failPolicy", serialization_alias="failPolicy"
    )
    """执行失败处理策略：
    - SUSPEND：挂起
    - IGNORE：忽略失败，读取下一事件
    默认值：SUSPEND

    Constraints: one of: "SUSPEND", "IGNORE". Default: "SUSPEND"."""
    concurrent: Annotated[int, Field(ge=1, le=128), Checked] | None = Field(default=1)
    """调度并发数 取值范围：1~128 默认值：1

    Constraints: >= 1; <= 128. Default: 1."""
    read_policy: Annotated[Literal["LAST", "NEW"], Checked] | None = Field(
        default="LAST", validation_alias="readPolicy", serialization_alias="readPolicy"
    )
    """读取策略:
    - LAST : 从上次位置读取
    - NEW- 从最新位置读取 默认值 : LAST

    Constraints: one of: "LAST", "NEW". Default: "LAST"."""


class DlfJobLocation(Model):
    """节点位置

    表6-52 Location 数据结构说明

    Reference section 6.3.1.
    """

    x: float | str
    """节点在作业画布上的横轴位置"""
    y: float | str
    """节点在作业画布上的纵轴位置"""


class DlfCDMJobNode(Model):
    """CDMJob 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["CDMJob"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "CDMJob"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfCDMJobNodeProperties"
    """表6-65 CDM Job 节点属性说明（6.3.2 表6-98，6.3.4 表6-133）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfCDMJobNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    """Constraints: always "clusterName"."""
    value: str
    """集群名称。 通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""


class DlfCDMJobNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    """Constraints: always "jobName"."""
    value: str
    """作业名称。 通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表单击对应的集群管理，进入后在作业管理中获取作业名称。"""


class DlfCloudTableManagerNode(Model):
    """CloudTableManager 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["CloudTableManager"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "CloudTableManager"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfCloudTableManagerNodeProperties"
    """表6-67 CloudTableManager 节点属性说明（6.3.2 表6-100，6.3.4 表6-135）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfCloudTableManagerNodePropertiesValueItemOption1(Model):
    """namespace"""

    name: Literal["namespace"]
    """Constraints: always "namespace"."""
    value: str
    """命名空间 默认值：default"""


class DlfCloudTableManagerNodePropertiesValueItemOption2(Model):
    """action"""

    name: Literal["action"]
    """Constraints: always "action"."""
    value: Annotated[Literal["CREATE_TABLE", "DELETE_TABLE"], Checked]
    """动作类型：
    - CREATE_TABLE：创建表
    - DELETE_TABLE：删除表

    Constraints: one of: "CREATE_TABLE", "DELETE_TABLE"."""


class DlfCloudTableManagerNodePropertiesValueItemOption3(Model):
    """table"""

    name: Literal["table"]
    """Constraints: always "table"."""
    value: str
    """表名"""


class DlfCloudTableManagerNodePropertiesValueItemOption4(Model):
    """columnFamily"""

    name: Literal["columnFamily"]
    """Constraints: always "columnFamily"."""
    value: str
    """列族"""


class DlfDISTransferTaskNode(Model):
    """DISTransferTask 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["DISTransferTask"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "DISTransferTask"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfDISTransferTaskNodeProperties"
    """表6-66 DISTransferTask 节点属性说明（6.3.2 表6-99，6.3.4 表6-134）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfDISTransferTaskNodePropertiesValueItemOption1(Model):
    """streamName"""

    name: Literal["streamName"]
    """Constraints: always "streamName"."""
    value: str
    """DIS通道名称 通过DIS管理控制台获取通道名称：
    1. 登录管理控制台。
    2. 单击“数据接入服务”，左侧列表选择“通道管理”。
    3. 通道管理中列出了用户拥有的通道。"""


class DlfDISTransferTaskNodePropertiesValueItemOption2(Model):
    """destinationType"""

    name: Literal["destinationType"]
    """Constraints: always "destinationType"."""
    value: Annotated[Literal["CloudTable", "OBS"], Checked]
    """转储目标：
    - CloudTable OBS

    Constraints: one of: "CloudTable", "OBS"."""


class DlfDISTransferTaskNodePropertiesValueItemOption3(Model):
    """duplicatePolicy"""

    name: Literal["duplicatePolicy"]
    """Constraints: always "duplicatePolicy"."""
    value: Annotated[Literal["OVERWRITE", "IGNORE"], Checked]
    """转储任务重名处理策略：
    - OVERWRITE：覆盖
    - IGNORE：忽略

    Constraints: one of: "OVERWRITE", "IGNORE"."""


class DlfDISTransferTaskNodePropertiesValueItemOption4(Model):
    """configuration"""

    name: Literal["configuration"]
    """Constraints: always "configuration"."""
    value: str | dict[str, Any]
    """转储配置，参考的obs_destination_descriptor参数说明和cloudtable_destination_descriptor参数说明。"""


class DlfDLISQLNode(Model):
    """DLISQL 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["DLISQL"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "DLISQL"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfDLISQLNodeProperties"
    """表6-63 DLI SQL 节点属性说明（6.3.2 表6-96，6.3.4 表6-131）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfDLISQLNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    """Constraints: always "scriptName"."""
    value: str
    """脚本名称"""


class DlfDLISQLNodePropertiesValueItemOption2(Model):
    """database"""

    name: Literal["database"]
    """Constraints: always "database"."""
    value: str
    """数据库名称 DLI服务中数据库。"""


class DlfDLISQLNodePropertiesValueItemOption3(Model):
    """connectionName"""

    name: Literal["connectionName"]
    """Constraints: always "connectionName"."""
    value: str
    """连接名称"""


class DlfDLISQLNodePropertiesValueItemOption4(Model):
    """scriptArgs"""

    name: Literal["scriptArgs"]
    """Constraints: always "scriptArgs"."""
    value: str
    """脚本参数，key、value形式，多个参数间用\\n分隔，例如key1=value1\\nkey2=value2"""


class DlfDLISparkNode(Model):
    """DLISpark 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["DLISpark"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "DLISpark"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfDLISparkNodeProperties"
    """表6-73 DLI Spark 节点属性说明（6.3.2 表6-106，6.3.4 表6-141）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfDLISparkNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    """Constraints: always "clusterName"."""
    value: str
    """DLI队列名称 通过DLI管理控制台获取队列名称：
    1. 登录管理控制台。
    2. 单击“数据湖探索服务”，单击“队列管理”。 在队列管理列表中可以获取到队列名称。"""


class DlfDLISparkNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    """Constraints: always "jobName"."""
    value: str
    """DLI作业名称 通过DLI管理控制台获取作业名称：
    1. 登录管理控制台。
    2. 单击“数据湖探索服务”，单击Spark作业。
    3. 选择“作业管理”。 在作业管理列表中可以获取到作业名称。"""


class DlfDLISparkNodePropertiesValueItemOption3(Model):
    """resourceType"""

    name: Literal["resourceType"]
    """Constraints: always "resourceType"."""
    value: Annotated[Literal["OBS", "DLIResources"], Checked]
    """DLI作业运行资源类型，可选
    1. OBS路径：OBS
    2. DLI程序包：DLIResources

    Constraints: one of: "OBS", "DLIResources"."""


class DlfDLISparkNodePropertiesValueItemOption4(Model):
    """jobClass"""

    name: Literal["jobClass"]
    """Constraints: always "jobClass"."""
    value: str
    """主类名称。当应用程序类型为“.jar”时，主类名称不能为空。"""


class DlfDLISparkNodePropertiesValueItemOption5(Model):
    """resourcePath"""

    name: Literal["resourcePath"]
    """Constraints: always "resourcePath"."""
    value: str
    """JAR包资源路径"""


class DlfDLISparkNodePropertiesValueItemOption6(Model):
    """jarArgs"""

    name: Literal["jarArgs"]
    """Constraints: always "jarArgs"."""
    value: str
    """主类入口参数"""


class DlfDLISparkNodePropertiesValueItemOption7(Model):
    """sparkConfig"""

    name: Literal["sparkConfig"]
    """Constraints: always "sparkConfig"."""
    value: str
    """Spark作业运行参数"""


class DlfDWSSQLNode(Model):
    """DWSSQL 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["DWSSQL"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "DWSSQL"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfDWSSQLNodeProperties"
    """表6-62 DWS SQL 节点属性说明（6.3.2 表6-95，6.3.4 表6-130）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfDWSSQLNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    """Constraints: always "scriptName"."""
    value: str
    """脚本名称"""


class DlfDWSSQLNodePropertiesValueItemOption2(Model):
    """database"""

    name: Literal["database"]
    """Constraints: always "database"."""
    value: str
    """数据库名称 DWS服务中的数据库，默认postgres。"""


class DlfDWSSQLNodePropertiesValueItemOption3(Model):
    """connectionName"""

    name: Literal["connectionName"]
    """Constraints: always "connectionName"."""
    value: str
    """连接名称"""


class DlfDWSSQLNodePropertiesValueItemOption4(Model):
    """scriptArgs"""

    name: Literal["scriptArgs"]
    """Constraints: always "scriptArgs"."""
    value: str
    """脚本参数，key、value形式，多个参数间用\\n分隔，例如key1=value1\\nkey2=value2"""


class DlfJobApprover(Model):
    """审批人

    表6-78 审批人属性说明

    Reference section 6.3.1.
    """

    approver_name: str = Field(validation_alias="approverName", serialization_alias="approverName")
    """审批人名称。"""


class DlfDeleteJobRequest(Model):
    """删除作业请求

    表6-175 参数说明

    Reference section 6.3.12.
    """

    approvers: list[DlfJobApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示作业审批人，参考表6-176。"""


class DlfHiveSQLNode(Model):
    """HiveSQL 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["HiveSQL"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "HiveSQL"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfHiveSQLNodeProperties"
    """表6-60 Hive SQL 节点属性说明（6.3.2 表6-93，6.3.4 表6-128）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfHiveSQLNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    """Constraints: always "scriptName"."""
    value: str
    """脚本名称"""


class DlfHiveSQLNodePropertiesValueItemOption2(Model):
    """database"""

    name: Literal["database"]
    """Constraints: always "database"."""
    value: str
    """数据库名称 MRS Hive中的数据库，默认default。"""


class DlfHiveSQLNodePropertiesValueItemOption3(Model):
    """connectionName"""

    name: Literal["connectionName"]
    """Constraints: always "connectionName"."""
    value: str
    """连接名称"""


class DlfHiveSQLNodePropertiesValueItemOption4(Model):
    """scriptArgs"""

    name: Literal["scriptArgs"]
    """Constraints: always "scriptArgs"."""
    value: str
    """脚本参数，key、value形式，多个参数间用\\n分隔，例如 key1=value1\\nkey2=value2"""


class DlfJobBasicConfig(Model):
    """作业基本信息

    表6-74 BasicConfig 作业基本信息说明

    Reference section 6.3.1.
    """

    owner: Annotated[str, Field(max_length=128), Checked] | None = Field(default=None)
    """作业责任人，长度不能超过128个字符。

    Constraints: length <= 128."""
    agency: str | None = Field(default=None)
    """作业委托的名称"""
    is_ignore_waiting: Annotated[Literal[0, 1], Checked] | None = Field(
        default=1, validation_alias="isIgnoreWaiting", serialization_alias="isIgnoreWaiting"
    )
    """实例超时是否忽略等待时间，取值范围为0和1，默认值为1 0：表示实例超时不忽略等待时间 1：表示实例超时忽略等待时间

    Constraints: one of: 0, 1. Default: 1."""
    priority: Annotated[int, Field(ge=0, le=2), Checked] | None = Field(default=0)
    """作业优先级，取值范围[0, 2]，默认值是0。0代表高优先级，1代表中优先级，2代表低优先级。

    Constraints: >= 0; <= 2. Default: 0."""
    execute_user: str | None = Field(
        default=None, validation_alias="executeUser", serialization_alias="executeUser"
    )
    """作业执行用户，必须是已存在的用户名。"""
    instance_timeout: Annotated[int, Field(ge=0, le=1440), Checked] | None = Field(
        default=60, validation_alias="instanceTimeout", serialization_alias="instanceTimeout"
    )
    """实例超时时间，单位是分钟，取值范围 [5, 1440]，默认值是60

    Constraints: >= 0; <= 1440. Default: 60."""
    custom_fields: dict[str, str] | None = Field(
        default=None, validation_alias="customFields", serialization_alias="customFields"
    )
    """用户自定义字段，长度不能超过2048个字符。"""
    tags: list[str] | dict[str, Any] | None = Field(default=None)
    """作业标签列表"""
    task_priority: int | None = Field(
        default=None, validation_alias="taskPriority", serialization_alias="taskPriority"
    )
    """作业优先级，取值范围[0, 2]，默认0：0高，1中，2低。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobParam(Model):
    """作业参数

    表6-51 Param 数据结构说明

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=64), Checked]
    """参数名称, 只能包含英文字母、数字、中划线和下划线。不能超过64个字符。

    Constraints: length <= 64."""
    value: Annotated[str, Field(max_length=1024), Checked]
    """参数值, 不能超过1024个字符。

    Constraints: length <= 1024."""
    type_: Annotated[Literal["variable", "constants"], Checked] | None = Field(
        default="variable", validation_alias="type", serialization_alias="type"
    )
    """参数类型
    - variable: 变量
    - constants: 常量 默认值: variable

    Constraints: one of: "variable", "constants". Default: "variable"."""


class DlfJobCron(Model):
    """Cron 调度配置

    表6-55 Cron 数据结构说明

    Reference section 6.3.1.
    """

    start_time: str = Field(validation_alias="startTime", serialization_alias="startTime")
    """调度开始时间，采用ISO 8601时间表示方法，格式为yyyy-MM-dd'T'HH:mm:ssZ，例如2018-10-22T23:59:59+08表示的时间为2018年10月22日23时59分59秒，在正8区。"""
    end_time: str | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """调度结束时间，采用ISO 8601时间表示方法，格式为yyyy-MM-dd'T'HH:mm:ssZ，例如2018-10-22T23:59:59+08表示的时间为2018年10月22日23时59分59秒，在正8区。如果结束时间不配置，作业会按照调度周期一直执行下去。"""
    expression: str
    """Cron表达式，格式为"<秒> <分> <时> <天> <月> <星期>"，每个字段允许的输入值参考表6-57。
    表6-57 Cron 表达式字段取值：秒 0-59（, - * /，当前版本只允许输入0）；分 0-59（, - * /）；时 0-23（, - * /）；天 1-31（, - * ? / L W C）；月 1-12（, - * /，当前版本只允许输入*）；星期 1-7（, - * ? / L C #，从星期日开始算起）。"""
    expression_time_zone: str | None = Field(
        default=None,
        validation_alias="expressionTimeZone",
        serialization_alias="expressionTimeZone",
    )
    """Cron表达式对应的时区信息，例如GMT +8。 默认值：使用DataArts Studio服务端所在的时区。"""
    depend_pre_period: bool | None = Field(
        default=False, validation_alias="dependPrePeriod", serialization_alias="dependPrePeriod"
    )
    """是否依赖本作业上一个运行周期任务的执行结果。 默认值：false Default: false."""
    depend_jobs: DlfJobDependJobs | None = Field(
        default=None, validation_alias="dependJobs", serialization_alias="dependJobs"
    )
    """依赖其它作业配置，参考表6-58"""
    interval_type: str | None = Field(
        default=None, validation_alias="intervalType", serialization_alias="intervalType"
    )
    """调度间隔类型：minutes、hours、days、weeks、months、seasons、years。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobSchedule(Model):
    """调度配置

    表6-50 Schedule 数据结构说明

    Reference section 6.3.1.
    """

    type_: Annotated[Literal["EXECUTE_ONCE", "CRON", "EVENT"], Checked] = Field(
        validation_alias="type", serialization_alias="type"
    )
    """调度类型。
    - EXECUTE_ONCE: 作业立即运行, 只运行一次。
    - CRON: 作业按指定频率周期执行。
    - EVENT: 根据事件触发执行。

    Constraints: one of: "EXECUTE_ONCE", "CRON", "EVENT"."""
    cron: DlfJobCron | None = Field(default=None)
    """当type为CRON时, 配置调度频率、启动时间等信息, 参考表6-55。"""
    event: DlfJobEvent | None = Field(default=None)
    """当type为EVENT时, 配置事件源等信息, 参考表6-56。"""


class DlfJob(Model):
    """作业定义

    表6-48 参数说明（创建作业 6.3.1）；表6-81 参数说明（修改作业 6.3.2）。作业定义，作业由一个或多个相互依赖的节点构成。

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """作业名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。作业名称不能重复。

    Constraints: length <= 128."""
    nodes: "list[DlfJobNode]"
    """节点定义，参考表6-49。"""
    schedule: DlfJobSchedule
    """调度配置，参考表6-50。"""
    params: list[DlfJobParam] | None = Field(default=None)
    """作业参数定义，参考表6-51。"""
    directory: str | None = Field(default="/")
    """作业在目录树上的路径。创建作业时如果路径目录不存在，会自动创建目录，如/dir/a/，默认在根目录/。 Default: "/"."""
    process_type: Annotated[Literal["REAL_TIME", "BATCH"], Checked] = Field(
        validation_alias="processType", serialization_alias="processType"
    )
    """作业类型：
    - REAL_TIME：实时处理
    - BATCH：批处理

    Constraints: one of: "REAL_TIME", "BATCH"."""
    id_: int | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """作业Id。获取方法请参见查询作业详情。返回的id即为作业id。"""
    single_node_job_flag: bool | None = Field(
        default=False, validation_alias="singleNodeJobFlag", serialization_alias="singleNodeJobFlag"
    )
    """是否选择单任务，默认为false。 Default: false."""
    single_node_job_type: (
        Annotated[
            Literal[
                "DLISQL",
                "DWSSQL",
                "HiveSQL",
                "SparkSQL",
                "RDSSQL",
                "FlinkSQL",
                "FlinkJar",
                "DLISpark",
            ],
            Checked,
        ]
        | None
    ) = Field(
        default=None, validation_alias="singleNodeJobType", serialization_alias="singleNodeJobType"
    )
    """单任务类型，作业类型为BATCH时类型可选择如下：
    - DLISQL DWSSQL HiveSQL SparkSQL RDSSQL 作业类型为REAL_TIME时类型可选择如下：FlinkSQL、FlinkJar、DLISpark。

    Constraints: one of: "DLISQL", "DWSSQL", "HiveSQL", "SparkSQL", "RDSSQL", "FlinkSQL", "FlinkJar", "DLISpark"."""
    last_update_user: str | None = Field(
        default=None, validation_alias="lastUpdateUser", serialization_alias="lastUpdateUser"
    )
    """作业最后修改人。"""
    log_path: str | None = Field(
        default=None, validation_alias="logPath", serialization_alias="logPath"
    )
    """作业运行日志存放的OBS路径。"""
    basic_config: DlfJobBasicConfig | None = Field(
        default=None, validation_alias="basicConfig", serialization_alias="basicConfig"
    )
    """作业的基本信息，参考表6-74。"""
    target_status: Annotated[Literal["SAVED", "SUBMITTED", "PRODUCTION"], Checked] | None = Field(
        default=None, validation_alias="targetStatus", serialization_alias="targetStatus"
    )
    """在开启审批开关后，需要填写该字段。表示创建作业的目标状态，有三种状态：SAVED、SUBMITTED和PRODUCTION，分别表示作业创建后是保存态，提交态，生产态。
    - 保存态表示作业仅保存，无法调度运行，需要提交并审核通过后才能运行。
    - 提交态表示作业保存后会自动提交，需要审核通过才能运行。
    - 生产态表示作业跳过审批环节，创建后可以直接运行。注意：只有工作空间的管理员用户才能创建生产态的作业。

    Constraints: one of: "SAVED", "SUBMITTED", "PRODUCTION"."""
    approvers: list[DlfJobApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示作业审批人，参考表6-111。 审批开关的配置请参见审批中心。"""
    clean_overdue_days: int | None = Field(
        default=None, validation_alias="cleanOverdueDays", serialization_alias="cleanOverdueDays"
    )
    """设置作业的最大超时时间。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    clean_waiting_job: str | None = Field(
        default=None, validation_alias="cleanWaitingJob", serialization_alias="cleanWaitingJob"
    )
    """清除等待的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    empty_running_job: str | None = Field(
        default=None, validation_alias="emptyRunningJob", serialization_alias="emptyRunningJob"
    )
    """是否空跑：1表示空跑，0表示取消空跑；不设置时为0。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobAlarm(Model):
    """JobAlarm

    作业监控告警信息。

    Reference section 6.3.3.
    """

    alarm_type: str | None = Field(
        default=None, validation_alias="alarmType", serialization_alias="alarmType"
    )
    """告警类型。"""
    topic_urn: str | None = Field(
        default=None, validation_alias="topicUrn", serialization_alias="topicUrn"
    )
    """告警通知的SMN主题URN。"""


class DlfJobDownstreamJob(Model):
    """下游依赖作业

    下游依赖当前作业的作业（6.3.4 响应示例中的 downstreamJobs 元素）。

    Reference section 6.3.4.
    """

    job_id: int | str | None = Field(
        default=None, validation_alias="jobId", serialization_alias="jobId"
    )
    """作业ID"""
    job_name: str | None = Field(
        default=None, validation_alias="jobName", serialization_alias="jobName"
    )
    """作业名称"""
    work_space: str | None = Field(
        default=None, validation_alias="workSpace", serialization_alias="workSpace"
    )
    """工作空间名称"""


class DlfJobDetail(Model):
    """作业详情

    表6-116 参数说明

    Reference section 6.3.4.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """作业名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。作业名称不能重复。

    Constraints: length <= 128."""
    nodes: "list[DlfJobNode]"
    """节点定义，参考表6-117"""
    schedule: DlfJobSchedule
    """调度配置，参考表6-118"""
    params: list[DlfJobParam] | None = Field(default=None)
    """作业参数定义，参考表6-119"""
    directory: str | None = Field(default="/")
    """作业在目录树上的路径。创建作业时如果路径目录不存在，会自动创建目录，如/dir/a/，默认在根目录/。 Default: "/"."""
    process_type: Annotated[Literal["REAL_TIME", "BATCH"], Checked] = Field(
        validation_alias="processType", serialization_alias="processType"
    )
    """作业类型:
    - REAL_TIME：实时处理
    - BATCH：批处理

    Constraints: one of: "REAL_TIME", "BATCH"."""
    id_: int | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """作业Id。用户查询作业时使用。"""
    create_time: int | str | None = Field(
        default=None, validation_alias="createTime", serialization_alias="createTime"
    )
    """作业创建时间。"""
    downstream_jobs: list[DlfJobDownstreamJob] | None = Field(
        default=None, validation_alias="downstreamJobs", serialization_alias="downstreamJobs"
    )
    """下游依赖当前作业的作业名称。"""
    last_update_user: str | None = Field(
        default=None, validation_alias="lastUpdateUser", serialization_alias="lastUpdateUser"
    )
    """作业最后修改人。"""
    log_path: str | None = Field(
        default=None, validation_alias="logPath", serialization_alias="logPath"
    )
    """作业运行日志存放的OBS路径。"""
    basic_config: DlfJobBasicConfig | None = Field(
        default=None, validation_alias="basicConfig", serialization_alias="basicConfig"
    )
    """作业的基本信息，参考表6-142"""
    description: str | None = Field(default=None)
    """作业描述信息"""
    cleanoverdue_days: int | str | None = Field(
        default=None,
        validation_alias=AliasChoices("cleanoverdueDays", "cleanOverdueDays"),
        serialization_alias="cleanoverdueDays",
    )
    """设置作业的最大超时时间

    Also read as: cleanOverdueDays."""
    clean_waiting_job: str | None = Field(
        default=None, validation_alias="cleanWaitingJob", serialization_alias="cleanWaitingJob"
    )
    """清除等待的作业"""
    empty_running_job: str | None = Field(
        default=None, validation_alias="emptyRunningJob", serialization_alias="emptyRunningJob"
    )
    """是否空跑"""
    version: str | None = Field(default=None)
    """作业版本信息"""
    single_node_job_flag: bool | None = Field(
        default=None, validation_alias="singleNodeJobFlag", serialization_alias="singleNodeJobFlag"
    )
    """是否为单任务作业，默认false。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    single_node_job_type: str | None = Field(
        default=None, validation_alias="singleNodeJobType", serialization_alias="singleNodeJobType"
    )
    """单任务类型。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobSummary(Model):
    """作业（列表项）

    表6-114 Job 数据结构说明

    Reference section 6.3.3.
    """

    name: str
    """作业名称"""
    job_type: Annotated[Literal["REAL_TIME", "BATCH"], Checked] = Field(
        validation_alias="jobType", serialization_alias="jobType"
    )
    """作业类型:
    - REAL_TIME: 实时处理
    - BATCH: 批处理

    Constraints: one of: "REAL_TIME", "BATCH"."""
    owner: Annotated[str, Field(max_length=128), Checked] | None = Field(default=None)
    """作业责任人, 长度不能超过128个字符。

    Constraints: length <= 128."""
    priority: Annotated[int, Field(ge=0, le=2), Checked] | None = Field(default=0)
    """作业优先级, 取值范围[0, 2], 默认值是0。0代表高优先级, 1代表中优先级, 2代表低优先级。

    Constraints: >= 0; <= 2. Default: 0."""
    status: Annotated[
        Literal["STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED", "SCHEDULING", "PAUSED"],
        Checked,
    ]
    """作业状态 当jobType为REAL_TIME时, 有如下状态:
    - STARTING: 启动中
    - NORMAL: 运行中
    - EXCEPTION: 启动或停止异常
    - STOPPING: 停止中
    - STOPPED: 已停止 当jobType为BATCH时, 有如下状态:
    - SCHEDULING: 调度中
    - STOPPED: 已停止调度
    - PAUSED: 暂停调度

    Constraints: one of: "STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED", "SCHEDULING", "PAUSED"."""
    create_user: str = Field(validation_alias="createUser", serialization_alias="createUser")
    """作业的创建者"""
    create_time: int = Field(validation_alias="createTime", serialization_alias="createTime")
    """作业的创建时间"""
    start_time: int | None = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    """作业的启动时间"""
    end_time: int | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """作业配置的结束时间"""
    last_instance_status: str | None = Field(
        default=None,
        validation_alias="lastInstanceStatus",
        serialization_alias="lastInstanceStatus",
    )
    """作业最近一次运行实例状态, 当jobType为BATCH时才有本字段。"""
    last_instance_end_time: int | None = Field(
        default=None,
        validation_alias="lastInstanceEndTime",
        serialization_alias="lastInstanceEndTime",
    )
    """作业最近一次运行实例运行结束时间, 当jobType为BATCH时才有本字段。"""
    last_update_time: int | None = Field(
        default=None, validation_alias="lastUpdateTime", serialization_alias="lastUpdateTime"
    )
    """作业最后一次更新时间。"""
    last_update_user: str | None = Field(
        default=None, validation_alias="lastUpdateUser", serialization_alias="lastUpdateUser"
    )
    """作业最后一次更新用户。"""
    path: str | None = Field(default=None)
    """作业的路径。"""
    single_node_job_flag: bool | None = Field(
        default=None, validation_alias="singleNodeJobFlag", serialization_alias="singleNodeJobFlag"
    )
    """作业是否为单任务作业。"""
    alarms: list[DlfJobAlarm] | None = Field(default=None)
    """作业监控告警信息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    flink_job_info: str | None = Field(
        default=None, validation_alias="flinkJobInfo", serialization_alias="flinkJobInfo"
    )
    """Flink作业信息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobList(Model):
    """作业列表

    表6-113 参数说明

    Reference section 6.3.3.
    """

    total: int
    """作业数量"""
    jobs: list[DlfJobSummary]
    """作业列表，参考表6-114"""


class DlfJobNodeProperty(Model):
    """节点属性

    表6-59 Property 属性说明

    Reference section 6.3.1.
    """

    name: str
    """属性名称"""
    value: str
    """属性值"""


class DlfJobNodeBase(Model):
    """节点（公共字段）

    表6-49 Node 数据结构说明（6.3.2 表6-82，6.3.4 表6-117 相同）。节点的公共字段；properties 的形状由 type 决定，见 DlfJobNode。

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
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

    Constraints: one of: "HiveSQL", "SparkSQL", "DWSSQL", "DLISQL", "Shell", "CDMJob", "DISTransferTask", "CloudTableManager", "OBSManager", "RestClient", "SMN", "MRSSpark", "MapReduce", "MRSFlinkJob", "MRSHetuEngine", "DLISpark", "RDSSQL", "ModelArts Train"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: list[DlfJobNodeProperty]
    """节点属性，参考表6-59。 每种节点类型有自己的定义，如下：
    - Hive SQL：参考表6-60。
    - Spark SQL：参考表6-61。
    - DWS SQL：参考表6-62。
    - DLI SQL：参考表6-63。
    - Shell：参考表6-64。
    - CDM Job：参考表6-65。
    - DIS TransferTask：参考表6-66。
    - CloudTableManager：参考表6-67。
    - OBSManager：参考表6-68。
    - RestClient：参考表6-69。
    - SMN：参考表6-70。
    - MRS Spark：参考表6-71。
    - MapReduce：参考表6-72。
    - DLI Spark：参考表6-73。
    - MRS Flink：参考表6-75。
    - MRS HetuEngine：参考表6-76。
    - ModelArts Train：参考表6-77。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMRSFlinkJobNode(Model):
    """MRSFlinkJob 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["MRSFlinkJob"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "MRSFlinkJob"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfMRSFlinkJobNodeProperties"
    """表6-75 MRS Flink 节点属性说明（6.3.2 表6-108，6.3.4 表6-143）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    """Constraints: always "clusterName"."""
    value: str
    """MRS集群名称 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce 服务”，左侧列表单击“集群列表 > 现有集群”。 在现有列表中可以获得到集群名称。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    """Constraints: always "jobName"."""
    value: str
    """MRS作业名称 用户自定义。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption3(Model):
    """flinkJobType"""

    name: Literal["flinkJobType"]
    """Constraints: always "flinkJobType"."""
    value: str
    """客户选择是Flink SQL作业或Flink JAR作业。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption4(Model):
    """flinkJobProcessType"""

    name: Literal["flinkJobProcessType"]
    """Constraints: always "flinkJobProcessType"."""
    value: str
    """客户选择批处理模式或流处理模式。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption5(Model):
    """scriptName"""

    name: Literal["scriptName"]
    """Constraints: always "scriptName"."""
    value: str
    """客户选择Flink SQL关联的SQL脚本。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption6(Model):
    """resourcePath"""

    name: Literal["resourcePath"]
    """Constraints: always "resourcePath"."""
    value: str
    """自定义Flink Jar包OBS资源路径"""


class DlfMRSFlinkJobNodePropertiesValueItemOption7(Model):
    """input"""

    name: Literal["input"]
    """Constraints: always "input"."""
    value: str
    """输入路径 MRS Flink作业输入数据路径，可以为HDFS或者是OBS路径。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption8(Model):
    """output"""

    name: Literal["output"]
    """Constraints: always "output"."""
    value: str
    """输出路径 MRS Flink作业输出数据路径，可以为HDFS或者是OBS路径。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption9(Model):
    """programParameter"""

    name: Literal["programParameter"]
    """Constraints: always "programParameter"."""
    value: str
    """运行程序参数 允许多个key:value，多个参数要用竖线隔开。"""


class DlfMRSHetuEngineNode(Model):
    """MRSHetuEngine 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["MRSHetuEngine"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "MRSHetuEngine"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfMRSHetuEngineNodeProperties"
    """表6-76 MRS HetuEngine 节点属性说明（6.3.2 表6-109，6.3.4 表6-144）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    """Constraints: always "clusterName"."""
    value: str
    """MRS集群名称 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，左侧列表单击“集群列表 > 现有集群”。 在现有列表中可以获取到集群名称。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    """Constraints: always "jobName"."""
    value: str
    """MRS作业名称 用户自定义。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption3(Model):
    """statementOrScript"""

    name: Literal["statementOrScript"]
    """Constraints: always "statementOrScript"."""
    value: str
    """选择使用SQL语句和关联SQL脚本。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption4(Model):
    """scriptName"""

    name: Literal["scriptName"]
    """Constraints: always "scriptName"."""
    value: str
    """选择关联的SQL脚本。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption5(Model):
    """statement"""

    name: Literal["statement"]
    """Constraints: always "statement"."""
    value: str
    """自定义的SQL内容。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption6(Model):
    """Data Warehouse"""

    name: Literal["Data Warehouse"]
    """Constraints: always "Data Warehouse"."""
    value: str
    """指定HetuEngine服务所需数据连接。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption7(Model):
    """Schema"""

    name: Literal["Schema"]
    """Constraints: always "Schema"."""
    value: str
    """使用HetuEngine服务所要访问的数据源schema名称。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption8(Model):
    """Database"""

    name: Literal["Database"]
    """Constraints: always "Database"."""
    value: str
    """使用HetuEngine服务所要访问的数据源database名称。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption9(Model):
    """Queue"""

    name: Literal["Queue"]
    """Constraints: always "Queue"."""
    value: str
    """使用HetuEngine服务所需资源队列名称。"""


class DlfMRSSparkNode(Model):
    """MRSSpark 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["MRSSpark"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "MRSSpark"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfMRSSparkNodeProperties"
    """表6-71 MRS Spark 节点属性说明（6.3.2 表6-104，6.3.4 表6-139）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMRSSparkNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    """Constraints: always "clusterName"."""
    value: str
    """MRS集群名称 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，左侧列表单击“集群列表 > 现有集群”。 在现有列表中可以获取到集群名称。"""


class DlfMRSSparkNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    """Constraints: always "jobName"."""
    value: str
    """MRS作业名称 用户自定义。"""


class DlfMRSSparkNodePropertiesValueItemOption3(Model):
    """resourcePath"""

    name: Literal["resourcePath"]
    """Constraints: always "resourcePath"."""
    value: str
    """自定义Spark Jar包OBS资源路径"""


class DlfMRSSparkNodePropertiesValueItemOption4(Model):
    """parameters"""

    name: Literal["parameters"]
    """Constraints: always "parameters"."""
    value: str
    """Spark Jar包自定义参数 对于开发的自定义Jar包，可以在此处对参数进行输入替换"""


class DlfMRSSparkNodePropertiesValueItemOption5(Model):
    """input"""

    name: Literal["input"]
    """Constraints: always "input"."""
    value: str
    """输入路径 MRS Spark作业输入数据路径，可以为HDFS或者是OBS路径。"""


class DlfMRSSparkNodePropertiesValueItemOption6(Model):
    """output"""

    name: Literal["output"]
    """Constraints: always "output"."""
    value: str
    """输出路径 MRS Spark作业输出数据路径，可以为HDFS或者是OBS路径。"""


class DlfMRSSparkNodePropertiesValueItemOption7(Model):
    """programParameter"""

    name: Literal["programParameter"]
    """Constraints: always "programParameter"."""
    value: str
    """运行程序参数 允许多个key:value，多个参数要用竖线隔开。"""


class DlfMapReduceNode(Model):
    """MapReduce 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["MapReduce"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "MapReduce"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfMapReduceNodeProperties"
    """表6-72 MapReduce 节点属性说明（6.3.2 表6-105，6.3.4 表6-140）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMapReduceNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    """Constraints: always "clusterName"."""
    value: str
    """MRS集群名称 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，左侧列表单击“集群列表 > 现有集群”。 在现有列表中可以获取到集群名称。"""


class DlfMapReduceNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    """Constraints: always "jobName"."""
    value: str
    """MRS作业名称 用户自定义。"""


class DlfMapReduceNodePropertiesValueItemOption3(Model):
    """resourcePath"""

    name: Literal["resourcePath"]
    """Constraints: always "resourcePath"."""
    value: str
    """资源路径"""


class DlfMapReduceNodePropertiesValueItemOption4(Model):
    """parameters"""

    name: Literal["parameters"]
    """Constraints: always "parameters"."""
    value: str
    """MapReduce作业参数"""


class DlfMapReduceNodePropertiesValueItemOption5(Model):
    """input"""

    name: Literal["input"]
    """Constraints: always "input"."""
    value: str
    """输入路径 MapReduce作业输入数据路径，可以为HDFS或者是OBS路径。"""


class DlfMapReduceNodePropertiesValueItemOption6(Model):
    """output"""

    name: Literal["output"]
    """Constraints: always "output"."""
    value: str
    """输出路径 MapReduce作业输出数据路径，可以为HDFS或者是OBS路径。"""


class DlfModelArtsTrainNode(Model):
    """ModelArts Train 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["ModelArts Train"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "ModelArts Train"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfModelArtsTrainNodeProperties"
    """表6-77 ModelArts Train 节点属性说明（6.3.2 表6-110）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfModelArtsTrainNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    """Constraints: always "clusterName"."""
    value: str
    """MRS集群名称。 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，在左侧列表单击“MRS集群 > 现有集群”。 在现有列表中可以获得到集群名称。"""


class DlfModelArtsTrainNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    """Constraints: always "jobName"."""
    value: str
    """MRS作业名称。 用户可自定义。"""


class DlfModelArtsTrainNodePropertiesValueItemOption3(Model):
    """statementOrScript"""

    name: Literal["statementOrScript"]
    """Constraints: always "statementOrScript"."""
    value: str
    """选择使用SQL语句和关联SQL脚本。"""


class DlfModelArtsTrainNodePropertiesValueItemOption4(Model):
    """scriptName"""

    name: Literal["scriptName"]
    """Constraints: always "scriptName"."""
    value: str
    """选择关联的SQL脚本。"""


class DlfOBSManagerNode(Model):
    """OBSManager 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["OBSManager"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "OBSManager"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfOBSManagerNodeProperties"
    """表6-68 OBSManager 节点属性说明（6.3.2 表6-101，6.3.4 表6-136）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfOBSManagerNodePropertiesValueItemOption1(Model):
    """action"""

    name: Literal["action"]
    """Constraints: always "action"."""
    value: Annotated[Literal["CREATE_PATH", "DELETE_PATH"], Checked]
    """动作类型：
    - CREATE_PATH：创建OBS路径
    - DELETE_PATH：删除OBS路径

    Constraints: one of: "CREATE_PATH", "DELETE_PATH"."""


class DlfOBSManagerNodePropertiesValueItemOption2(Model):
    """path"""

    name: Literal["path"]
    """Constraints: always "path"."""
    value: str
    """OBS路径"""


class DlfRDSSQLNode(Model):
    """RDSSQL 节点

    RDSSQL：传递SQL语句到RDS中执行。参考没有给出该节点类型的属性表，properties 为通用的 {name, value} 列表（表6-59）。

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["RDSSQL"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "RDSSQL"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: list[DlfJobNodeProperty]
    """节点属性，参考表6-59。 每种节点类型有自己的定义，如下：
    - Hive SQL：参考表6-60。
    - Spark SQL：参考表6-61。
    - DWS SQL：参考表6-62。
    - DLI SQL：参考表6-63。
    - Shell：参考表6-64。
    - CDM Job：参考表6-65。
    - DIS TransferTask：参考表6-66。
    - CloudTableManager：参考表6-67。
    - OBSManager：参考表6-68。
    - RestClient：参考表6-69。
    - SMN：参考表6-70。
    - MRS Spark：参考表6-71。
    - MapReduce：参考表6-72。
    - DLI Spark：参考表6-73。
    - MRS Flink：参考表6-75。
    - MRS HetuEngine：参考表6-76。
    - ModelArts Train：参考表6-77。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfRestClientNode(Model):
    """RestClient 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["RestClient"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "RestClient"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfRestClientNodeProperties"
    """表6-69 RestClient 节点属性说明（6.3.2 表6-102，6.3.4 表6-137）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfRestClientNodePropertiesValueItemOption1(Model):
    """url"""

    name: Literal["url"]
    """Constraints: always "url"."""
    value: str
    """URL地址 云服务提供的URL地址。"""


class DlfRestClientNodePropertiesValueItemOption2(Model):
    """method"""

    name: Literal["method"]
    """Constraints: always "method"."""
    value: Annotated[Literal["GET", "POST", "PUT", "DELETE"], Checked]
    """HTTP方法：
    - GET
    - POST
    - PUT
    - DELETE

    Constraints: one of: "GET", "POST", "PUT", "DELETE"."""


class DlfRestClientNodePropertiesValueItemOption3(Model):
    """headers"""

    name: Literal["headers"]
    """Constraints: always "headers"."""
    value: str
    """HTTP消息头，每个消息头的格式为<消息头名称>=<值>，多个消息头之间使用换行符分割。"""


class DlfRestClientNodePropertiesValueItemOption4(Model):
    """body"""

    name: Literal["body"]
    """Constraints: always "body"."""
    value: str
    """消息体"""


class DlfSMNNode(Model):
    """SMN 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["SMN"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "SMN"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfSMNNodeProperties"
    """表6-70 SMN 节点属性说明（6.3.2 表6-103，6.3.4 表6-138）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfSMNNodePropertiesValueItemOption1(Model):
    """topic"""

    name: Literal["topic"]
    """Constraints: always "topic"."""
    value: str
    """SMN主题URN 通过SMN管理控制台获取SMN主题URN：
    1. 登录管理控制台。
    2. 单击“消息通知服务”，左侧列表选择“主题管理 > 主题”。 在主题列表中可以获取到SMN主题URN。"""


class DlfSMNNodePropertiesValueItemOption2(Model):
    """subject"""

    name: Literal["subject"]
    """Constraints: always "subject"."""
    value: str
    """消息标题，给邮箱订阅者发送邮件时作为邮件主题。"""


class DlfSMNNodePropertiesValueItemOption3(Model):
    """messageType"""

    name: Literal["messageType"]
    """Constraints: always "messageType"."""
    value: Annotated[Literal["NORMAL", "STRUCTURE", "TEMPLATE"], Checked]
    """消息类型
    - NORMAL
    - STRUCTURE
    - TEMPLATE

    Constraints: one of: "NORMAL", "STRUCTURE", "TEMPLATE"."""


class DlfSMNNodePropertiesValueItemOption4(Model):
    """message"""

    name: Literal["message"]
    """Constraints: always "message"."""
    value: str
    """发送的消息。"""


class DlfShellNode(Model):
    """Shell 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["Shell"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "Shell"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfShellNodeProperties"
    """表6-64 Shell 节点属性说明（6.3.2 表6-97，6.3.4 表6-132）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfShellNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    """Constraints: always "scriptName"."""
    value: str
    """脚本名称"""


class DlfShellNodePropertiesValueItemOption2(Model):
    """connectionName"""

    name: Literal["connectionName"]
    """Constraints: always "connectionName"."""
    value: str
    """连接名称"""


class DlfShellNodePropertiesValueItemOption3(Model):
    """arguments"""

    name: Literal["arguments"]
    """Constraints: always "arguments"."""
    value: str
    """Shell脚本参数"""


class DlfSparkSQLNode(Model):
    """SparkSQL 节点

    Reference section 6.3.1.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。

    Constraints: length <= 128."""
    type_: Literal["SparkSQL"] = Field(validation_alias="type", serialization_alias="type")
    """Constraints: always "SparkSQL"."""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(
        default=None, validation_alias="preNodeName", serialization_alias="preNodeName"
    )
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: "DlfSparkSQLNodeProperties"
    """表6-61 Spark SQL 节点属性说明（6.3.2 表6-94，6.3.4 表6-129）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: Annotated[int, Field(ge=1, le=60), Checked] | None = Field(
        default=10, validation_alias="pollingInterval", serialization_alias="pollingInterval"
    )
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10

    Constraints: >= 1; <= 60. Default: 10."""
    exec_time_out_retry: str | None = Field(
        default="false", validation_alias="execTimeOutRetry", serialization_alias="execTimeOutRetry"
    )
    """节点是否超时重试，默认值为"false" Default: "false"."""
    max_execution_time: Annotated[int, Field(ge=5, le=7200), Checked] | None = Field(
        default=60, validation_alias="maxExecutionTime", serialization_alias="maxExecutionTime"
    )
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60

    Constraints: >= 5; <= 7200. Default: 60."""
    retry_times: Annotated[int, Field(ge=0, le=100), Checked] | None = Field(
        default=1, validation_alias="retryTimes", serialization_alias="retryTimes"
    )
    """节点失败重试次数。取值范围[1, 100]。 默认值：1

    Constraints: >= 0; <= 100. Default: 1."""
    retry_interval: Annotated[int, Field(ge=5, le=600), Checked] | None = Field(
        default=120, validation_alias="retryInterval", serialization_alias="retryInterval"
    )
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120

    Constraints: >= 5; <= 600. Default: 120."""
    fail_policy: Annotated[Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"], Checked] | None = (
        Field(default="FAIL", validation_alias="failPolicy", serialization_alias="failPolicy")
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。

    Constraints: one of: "FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD". Default: "FAIL"."""
    event_trigger: DlfJobEvent | None = Field(
        default=None, validation_alias="eventTrigger", serialization_alias="eventTrigger"
    )
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(
        default=None, validation_alias="cronTrigger", serialization_alias="cronTrigger"
    )
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfSparkSQLNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    """Constraints: always "scriptName"."""
    value: str
    """脚本名称"""


class DlfSparkSQLNodePropertiesValueItemOption2(Model):
    """database"""

    name: Literal["database"]
    """Constraints: always "database"."""
    value: str
    """数据库名称 MRS Spark SQL中的数据库，默认default。"""


class DlfSparkSQLNodePropertiesValueItemOption3(Model):
    """connectionName"""

    name: Literal["connectionName"]
    """Constraints: always "connectionName"."""
    value: str
    """连接名称"""


class DlfSparkSQLNodePropertiesValueItemOption4(Model):
    """scriptArgs"""

    name: Literal["scriptArgs"]
    """Constraints: always "scriptArgs"."""
    value: str
    """脚本参数，key、value形式，多个参数间用\\n分隔，例如 key1=value1\\nkey2=value2"""


DlfCDMJobNodeProperties = list[
    Annotated[
        DlfCDMJobNodePropertiesValueItemOption1 | DlfCDMJobNodePropertiesValueItemOption2,
        Field(discriminator="name"),
    ]
]
"""CDM Job 节点属性说明

表6-65 CDM Job 节点属性说明（6.3.2 表6-98，6.3.4 表6-133）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfCloudTableManagerNodeProperties = list[
    Annotated[
        DlfCloudTableManagerNodePropertiesValueItemOption1
        | DlfCloudTableManagerNodePropertiesValueItemOption2
        | DlfCloudTableManagerNodePropertiesValueItemOption3
        | DlfCloudTableManagerNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""CloudTableManager 节点属性说明

表6-67 CloudTableManager 节点属性说明（6.3.2 表6-100，6.3.4 表6-135）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfDISTransferTaskNodeProperties = list[
    Annotated[
        DlfDISTransferTaskNodePropertiesValueItemOption1
        | DlfDISTransferTaskNodePropertiesValueItemOption2
        | DlfDISTransferTaskNodePropertiesValueItemOption3
        | DlfDISTransferTaskNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""DISTransferTask 节点属性说明

表6-66 DISTransferTask 节点属性说明（6.3.2 表6-99，6.3.4 表6-134）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfDLISQLNodeProperties = list[
    Annotated[
        DlfDLISQLNodePropertiesValueItemOption1
        | DlfDLISQLNodePropertiesValueItemOption2
        | DlfDLISQLNodePropertiesValueItemOption3
        | DlfDLISQLNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""DLI SQL 节点属性说明

表6-63 DLI SQL 节点属性说明（6.3.2 表6-96，6.3.4 表6-131）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfDLISparkNodeProperties = list[
    Annotated[
        DlfDLISparkNodePropertiesValueItemOption1
        | DlfDLISparkNodePropertiesValueItemOption2
        | DlfDLISparkNodePropertiesValueItemOption3
        | DlfDLISparkNodePropertiesValueItemOption4
        | DlfDLISparkNodePropertiesValueItemOption5
        | DlfDLISparkNodePropertiesValueItemOption6
        | DlfDLISparkNodePropertiesValueItemOption7,
        Field(discriminator="name"),
    ]
]
"""DLI Spark 节点属性说明

表6-73 DLI Spark 节点属性说明（6.3.2 表6-106，6.3.4 表6-141）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfDWSSQLNodeProperties = list[
    Annotated[
        DlfDWSSQLNodePropertiesValueItemOption1
        | DlfDWSSQLNodePropertiesValueItemOption2
        | DlfDWSSQLNodePropertiesValueItemOption3
        | DlfDWSSQLNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""DWS SQL 节点属性说明

表6-62 DWS SQL 节点属性说明（6.3.2 表6-95，6.3.4 表6-130）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfHiveSQLNodeProperties = list[
    Annotated[
        DlfHiveSQLNodePropertiesValueItemOption1
        | DlfHiveSQLNodePropertiesValueItemOption2
        | DlfHiveSQLNodePropertiesValueItemOption3
        | DlfHiveSQLNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""Hive SQL 节点属性说明

表6-60 Hive SQL 节点属性说明（6.3.2 表6-93，6.3.4 表6-128）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfJobNode = Annotated[
    DlfHiveSQLNode
    | DlfSparkSQLNode
    | DlfDWSSQLNode
    | DlfDLISQLNode
    | DlfShellNode
    | DlfCDMJobNode
    | DlfDISTransferTaskNode
    | DlfCloudTableManagerNode
    | DlfOBSManagerNode
    | DlfRestClientNode
    | DlfSMNNode
    | DlfMRSSparkNode
    | DlfMapReduceNode
    | DlfMRSFlinkJobNode
    | DlfMRSHetuEngineNode
    | DlfDLISparkNode
    | DlfRDSSQLNode
    | DlfModelArtsTrainNode,
    Field(discriminator="type_"),
]
"""节点

表6-49 Node 数据结构说明。节点类型 type 决定 properties 的形状（表6-60 至 表6-77）。"""

DlfMRSFlinkJobNodeProperties = list[
    Annotated[
        DlfMRSFlinkJobNodePropertiesValueItemOption1
        | DlfMRSFlinkJobNodePropertiesValueItemOption2
        | DlfMRSFlinkJobNodePropertiesValueItemOption3
        | DlfMRSFlinkJobNodePropertiesValueItemOption4
        | DlfMRSFlinkJobNodePropertiesValueItemOption5
        | DlfMRSFlinkJobNodePropertiesValueItemOption6
        | DlfMRSFlinkJobNodePropertiesValueItemOption7
        | DlfMRSFlinkJobNodePropertiesValueItemOption8
        | DlfMRSFlinkJobNodePropertiesValueItemOption9,
        Field(discriminator="name"),
    ]
]
"""MRS Flink 节点属性说明

表6-75 MRS Flink 节点属性说明（6.3.2 表6-108，6.3.4 表6-143）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfMRSHetuEngineNodeProperties = list[
    Annotated[
        DlfMRSHetuEngineNodePropertiesValueItemOption1
        | DlfMRSHetuEngineNodePropertiesValueItemOption2
        | DlfMRSHetuEngineNodePropertiesValueItemOption3
        | DlfMRSHetuEngineNodePropertiesValueItemOption4
        | DlfMRSHetuEngineNodePropertiesValueItemOption5
        | DlfMRSHetuEngineNodePropertiesValueItemOption6
        | DlfMRSHetuEngineNodePropertiesValueItemOption7
        | DlfMRSHetuEngineNodePropertiesValueItemOption8
        | DlfMRSHetuEngineNodePropertiesValueItemOption9,
        Field(discriminator="name"),
    ]
]
"""MRS HetuEngine 节点属性说明

表6-76 MRS HetuEngine 节点属性说明（6.3.2 表6-109，6.3.4 表6-144）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfMRSSparkNodeProperties = list[
    Annotated[
        DlfMRSSparkNodePropertiesValueItemOption1
        | DlfMRSSparkNodePropertiesValueItemOption2
        | DlfMRSSparkNodePropertiesValueItemOption3
        | DlfMRSSparkNodePropertiesValueItemOption4
        | DlfMRSSparkNodePropertiesValueItemOption5
        | DlfMRSSparkNodePropertiesValueItemOption6
        | DlfMRSSparkNodePropertiesValueItemOption7,
        Field(discriminator="name"),
    ]
]
"""MRS Spark 节点属性说明

表6-71 MRS Spark 节点属性说明（6.3.2 表6-104，6.3.4 表6-139）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfMapReduceNodeProperties = list[
    Annotated[
        DlfMapReduceNodePropertiesValueItemOption1
        | DlfMapReduceNodePropertiesValueItemOption2
        | DlfMapReduceNodePropertiesValueItemOption3
        | DlfMapReduceNodePropertiesValueItemOption4
        | DlfMapReduceNodePropertiesValueItemOption5
        | DlfMapReduceNodePropertiesValueItemOption6,
        Field(discriminator="name"),
    ]
]
"""MapReduce 节点属性说明

表6-72 MapReduce 节点属性说明（6.3.2 表6-105，6.3.4 表6-140）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfModelArtsTrainNodeProperties = list[
    Annotated[
        DlfModelArtsTrainNodePropertiesValueItemOption1
        | DlfModelArtsTrainNodePropertiesValueItemOption2
        | DlfModelArtsTrainNodePropertiesValueItemOption3
        | DlfModelArtsTrainNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""ModelArts Train 节点属性说明

表6-77 ModelArts Train 节点属性说明（6.3.2 表6-110）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfOBSManagerNodeProperties = list[
    Annotated[
        DlfOBSManagerNodePropertiesValueItemOption1 | DlfOBSManagerNodePropertiesValueItemOption2,
        Field(discriminator="name"),
    ]
]
"""OBSManager 节点属性说明

表6-68 OBSManager 节点属性说明（6.3.2 表6-101，6.3.4 表6-136）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfRestClientNodeProperties = list[
    Annotated[
        DlfRestClientNodePropertiesValueItemOption1
        | DlfRestClientNodePropertiesValueItemOption2
        | DlfRestClientNodePropertiesValueItemOption3
        | DlfRestClientNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""RestClient 节点属性说明

表6-69 RestClient 节点属性说明（6.3.2 表6-102，6.3.4 表6-137）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfSMNNodeProperties = list[
    Annotated[
        DlfSMNNodePropertiesValueItemOption1
        | DlfSMNNodePropertiesValueItemOption2
        | DlfSMNNodePropertiesValueItemOption3
        | DlfSMNNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""SMN 节点属性说明

表6-70 SMN 节点属性说明（6.3.2 表6-103，6.3.4 表6-138）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfShellNodeProperties = list[
    Annotated[
        DlfShellNodePropertiesValueItemOption1
        | DlfShellNodePropertiesValueItemOption2
        | DlfShellNodePropertiesValueItemOption3,
        Field(discriminator="name"),
    ]
]
"""Shell 节点属性说明

表6-64 Shell 节点属性说明（6.3.2 表6-97，6.3.4 表6-132）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfSparkSQLNodeProperties = list[
    Annotated[
        DlfSparkSQLNodePropertiesValueItemOption1
        | DlfSparkSQLNodePropertiesValueItemOption2
        | DlfSparkSQLNodePropertiesValueItemOption3
        | DlfSparkSQLNodePropertiesValueItemOption4,
        Field(discriminator="name"),
    ]
]
"""Spark SQL 节点属性说明

表6-61 Spark SQL 节点属性说明（6.3.2 表6-94，6.3.4 表6-129）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

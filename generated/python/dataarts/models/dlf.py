"""Models of the dlf part of the API, generated from the spec: do not edit."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from .._runtime import Model
from .cdm import Job

__all__ = [
    "AlarmInfo",
    "AlarmInfoList",
    "Connection",
    "ConnectionConfigCloudTable",
    "ConnectionConfigDws",
    "ConnectionConfigHive",
    "ConnectionConfigHost",
    "ConnectionConfigRds",
    "ConnectionConfigSparkSql",
    "ConnectionImportParam",
    "ConnectionImportRequest",
    "ConnectionImportResponse",
    "ConnectionList",
    "DlfBatchExportJobsRequest",
    "DlfCDMJobNode",
    "DlfCDMJobNodeProperties",
    "DlfCDMJobNodePropertiesValueItemOption1",
    "DlfCDMJobNodePropertiesValueItemOption2",
    "DlfCheckFileRequest",
    "DlfCheckFileResponse",
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
    "DlfExportJobRequest",
    "DlfFactoryJobInstance",
    "DlfFactoryJobInstanceList",
    "DlfFileJob",
    "DlfFileScript",
    "DlfHiveSQLNode",
    "DlfHiveSQLNodeProperties",
    "DlfHiveSQLNodePropertiesValueItemOption1",
    "DlfHiveSQLNodePropertiesValueItemOption2",
    "DlfHiveSQLNodePropertiesValueItemOption3",
    "DlfHiveSQLNodePropertiesValueItemOption4",
    "DlfImportJobApprover",
    "DlfImportJobParam",
    "DlfImportJobResource",
    "DlfImportJobsRequest",
    "DlfImportJobsResponse",
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
    "DlfJobInstance",
    "DlfJobInstanceDetail",
    "DlfJobInstanceList",
    "DlfJobList",
    "DlfJobLocation",
    "DlfJobNode",
    "DlfJobNodeBase",
    "DlfJobNodeInstance",
    "DlfJobNodeProperty",
    "DlfJobParam",
    "DlfJobRenameRequest",
    "DlfJobRenameResponse",
    "DlfJobSchedule",
    "DlfJobSummary",
    "DlfJobTagsRequest",
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
    "DlfRealtimeJobStatus",
    "DlfRealtimeNodeStatus",
    "DlfRestClientNode",
    "DlfRestClientNodeProperties",
    "DlfRestClientNodePropertiesValueItemOption1",
    "DlfRestClientNodePropertiesValueItemOption2",
    "DlfRestClientNodePropertiesValueItemOption3",
    "DlfRestClientNodePropertiesValueItemOption4",
    "DlfRunImmediateJobParam",
    "DlfRunImmediateRequest",
    "DlfRunImmediateResponse",
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
    "DlfStartJobParam",
    "DlfStartJobRequest",
    "DlfSystemSubTask",
    "DlfSystemTask",
    "DlfTaskCompletionData",
    "DlfTaskRecord",
    "DlfTaskStatisticsOverview",
    "ReleasePackage",
    "ReleasePackageApprover",
    "ReleasePackageDeployDetail",
    "ReleasePackageDeployRequest",
    "ReleasePackageDeployResponse",
    "ReleasePackageDetail",
    "ReleasePackageList",
    "ReleasePackageListRequest",
    "ReleasePackageTaskDetail",
    "ReleasePackageUnpackRequest",
    "Resource",
    "ResourceCreate",
    "ResourceCreateResponse",
    "ResourceDependPackage",
    "ResourceJobRelation",
    "ResourceList",
    "ResourceListItem",
    "ResourceUpdate",
    "Script",
    "ScriptApprover",
    "ScriptCreate",
    "ScriptDeleteRequest",
    "ScriptExecuteRequest",
    "ScriptExecuteResponse",
    "ScriptInstanceResult",
    "ScriptList",
    "ScriptListItem",
    "ScriptResult",
    "ScriptUpdate",
    "SupplementDataCreateRequest",
    "SupplementDataInstanceTime",
    "SupplementDataJobDTO",
    "SupplementDataList",
    "SupplementDataRow",
    "SupplementDataRowRunTime",
    "SupplementDataRunTime",
]


class AlarmInfo(Model):
    """AlarmInfo 数据结构

    Reference section 6.3.26, 表6-231.
    """

    alarm_time: int | None = Field(default=None)
    """告警通知时间。"""
    job_name: str | None = Field(default=None)
    """作业名称。"""
    schedule_type: Literal[0, 2, 5, 6, 7] | None = Field(default=None)
    """作业实例调度方式。取值范围如下：
    0：正常调度
    2：手工调度
    5：补数据
    6：子作业调度
    7：单次调度"""
    send_msg: str | None = Field(default=None)
    """发送信息。"""
    plan_time: int | None = Field(default=None)
    """计划时间。"""
    remind_type: Literal[0, 1, 3, 4, 12, 13, 14, 15] | None = Field(default=None)
    """告警通知类型，取值范围如下：
    0: 运行成功
    1: 运行异常/失败
    3: 未完成
    4: 资源繁忙
    12: 周期未完成
    13: 运行取消
    14: 失败作业重跑成功
    15: 作业改动"""
    send_status: Literal[0, 1] | None = Field(default=None)
    """发送状态，取值范围如下：
    0: 发送成功
    1: 发送失败"""
    job_id: int | None = Field(default=None)
    """作业ID。"""


class AlarmInfoList(Model):
    """参数说明

    Reference section 6.3.26, 表6-230.
    """

    alarm_info: list[AlarmInfo] | None = Field(default=None)
    """通知记录信息，请参考表6-231。"""
    total: int | None = Field(default=None)
    """通知记录数量。"""


class Connection(Model):
    """Connection 参数说明

    Reference section 6.4.1, 表6-254; 6.4.2, 表6-263; 6.4.3, 表6-266; 6.4.4, 表6-269.
    """

    name: str
    """连接名称，只能包含四种字符：英文字母、数字、中划线和下划线，且长度小于等于100个字符。连接名称不能重复。"""
    type_: Literal["DWS", "DLI", "SparkSQL", "HIVE", "RDS", "CloudTable", "HOST"] = Field(
        alias="type"
    )
    """连接类型，包含：
    - DWS
    - DLI
    - SparkSQL
    - HIVE
    - RDS
    - CloudTable
    - HOST"""
    config: dict[str, str | bool] | None = Field(default=None)
    """连接的配置项，不同类型的连接配置项不同。DLI类型的连接不需要配置。config参数，其他类型的连接请参考连接配置项说明。"""
    description: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""


class ConnectionConfigCloudTable(Model):
    """CloudTable 类型的连接配置项说明

    Reference section 6.4.1, 表6-259.
    """

    cluster_name: str = Field(alias="clusterName")
    """CloudTable集群名称
    通过CloudTable管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“表格存储服务”，左侧列表选择集群模式。
    在集群模式中获取到集群名称。"""


class ConnectionConfigDws(Model):
    """DWS 类型的连接配置项说明

    Reference section 6.4.1, 表6-255.
    """

    cluster_name: str | None = Field(default=None, alias="clusterName")
    """DWS集群名称。
    通过DWS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“数据仓库服务”，左侧列表选择集群管理。
    在集群管理列表中可以获取到集群名称。
    默认值为空。"""
    ip: str | None = Field(default=None)
    """DWS集群的访问地址。
    通过DWS管理控制台获取访问地址：
    1. 登录管理控制台。
    2. 单击“数据仓库服务”，左侧列表选择集群管理。
    3. 单击集群名称，进入集群基本信息页面。
    在数据库属性标签中可以查看到内网IP，如果有多个IP地址，选择第一个IP。
    默认值为空。"""
    port: str | None = Field(default=None)
    """DWS集群的访问端口。
    通过DWS管理控制台获取访问集群的访问端口：
    1. 登录管理控制台。
    2. 单击“数据仓库服务”，左侧列表选择集群管理。
    3. 单击集群名称，进入集群基本信息页面。
    在数据库属性标签中可以获取到端口信息。
    例如8000，默认值为空。"""
    user_name: str = Field(alias="userName")
    """数据库的用户名，创建DWS集群的时候输入的用户名。"""
    password: str = Field(repr=False)
    """数据库的访问密码，创建DWS集群的时候输入的密码。"""
    ssl_enable: bool = Field(alias="sslEnable")
    """是否使用ssl连接。"""
    kms_key: str = Field(alias="kmsKey")
    """KMS密钥名称。
    通过KMS管理控制台获取密钥名称：
    1. 登录管理控制台。
    2. 单击“密钥管理服务”，左侧列表选择密钥管理。
    在密钥列表可以获取到密钥名称。"""
    agent_name: str = Field(alias="agentName")
    """连接代理，即CDM集群名称。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""


class ConnectionConfigHive(Model):
    """Hive 类型的连接配置项说明

    Reference section 6.4.1, 表6-257.
    """

    cluster_name: str = Field(alias="clusterName")
    """MRS集群名称，例如mrsCluster1"""
    connection_method: Literal["agent", "direct"] = Field(alias="connectionMethod")
    """连接方式：
    - agent：通过代理连接。
    - direct：直接连接。"""
    user_name: str | None = Field(default=None, alias="userName")
    """MRS集群的用户名，通过代理连接的时候，是必选项。"""
    password: str | None = Field(default=None, repr=False)
    """MRS集群的访问密码，通过代理连接的时候，是必选项。"""
    agent_name: str | None = Field(default=None, alias="agentName")
    """连接代理，即CDM集群名称。通过代理连接的时候，是必选项。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""
    kms_key: str | None = Field(default=None, alias="kmsKey")
    """KMS密钥名称。通过代理连接的时候，是必选项。
    通过KMS管理控制台获取密钥名称：
    1. 登录管理控制台。
    2. 单击“密钥管理服务”，左侧列表选择密钥管理。
    在密钥列表可以获取到密钥名称。"""


class ConnectionConfigHost(Model):
    """HOST 类型的连接配置项说明

    Reference section 6.4.1, 表6-260.
    """

    ip: str
    """主机的地址"""
    port: str
    """主机的SSH端口号"""
    user_name: str = Field(alias="userName")
    """主机的登录用户名"""
    password: str = Field(repr=False)
    """主机的登录方式为密码时，填写主机的登录密码。"""
    agent_name: str = Field(alias="agentName")
    """连接代理，即CDM集群名称。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""
    kms_key: str = Field(alias="kmsKey")
    """KMS密钥名称。
    通过KMS管理控制台获取密钥名称：
    1. 登录管理控制台。
    2. 单击“密钥管理服务”，左侧列表选择密钥管理。
    在密钥列表可以获取到密钥名称。"""


class ConnectionConfigRds(Model):
    """RDS 类型的连接配置项说明

    Reference section 6.4.1, 表6-258.
    """

    ip: str
    """RDS的访问地址。
    通过RDS管理控制台获取访问地址：
    1. 登录管理控制台。
    2. 单击“关系型数据库服务”，从左侧列表选择实例管理。
    3. 单击某一个实例名称，进入实例基本信息页面。
    在连接信息标签中可以获取到内网地址。"""
    port: str
    """RDS的访问端口。
    通过RDS管理控制台获取访问端口：
    1. 登录管理控制台。
    2. 单击“关系型数据库服务”，左侧列表选择实例管理。
    3. 单击某一个实例名称，进入实例基本信息页面。
    在连接信息标签中可以获取到数据库端口。"""
    user_name: str = Field(alias="userName")
    """数据库的用户名，创建集群的时候，输入的用户名。"""
    password: str = Field(repr=False)
    """数据库的访问密码，创建集群的时候，输入的密码。"""
    kms_key: str = Field(alias="kmsKey")
    """KMS密钥名称。
    通过KMS管理控制台获取密钥名称：
    1. 登录管理控制台。
    2. 单击“密钥管理服务”，左侧列表选择密钥管理。
    在密钥列表可以获取到密钥名称。"""
    agent_name: str = Field(alias="agentName")
    """连接代理，即CDM集群名称。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""
    driver_name: Literal["com.mysql.jdbc.Driver", "org.postgresql.Driver"] = Field(
        alias="driverName"
    )
    """驱动程序名称：
    - com.mysql.jdbc.Driver
    - org.postgresql.Driver"""
    driver_path: str = Field(alias="driverPath")
    """驱动在OBS上路径。"""


class ConnectionConfigSparkSql(Model):
    """Spark SQL 类型的连接配置项说明

    Reference section 6.4.1, 表6-256.
    """

    cluster_name: str = Field(alias="clusterName")
    """MRS集群名称。
    通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，左侧列表选择现有集群。
    在现有集群中可以获取到集群名称，例如mrsCluster1。"""
    connection_method: Literal["agent", "direct"] = Field(alias="connectionMethod")
    """连接方式：
    - agent：通过代理连接。
    - direct：直接连接。"""
    user_name: str | None = Field(default=None, alias="userName")
    """MRS集群的用户名，通过代理连接的时候，是必选项。"""
    password: str | None = Field(default=None, repr=False)
    """MRS集群的访问密码，通过代理连接的时候，是必选项。"""
    agent_name: str | None = Field(default=None, alias="agentName")
    """连接代理，即CDM集群名称。通过代理连接的时候，是必选项。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""
    kms_key: str | None = Field(default=None, alias="kmsKey")
    """KMS密钥名称。通过代理连接的时候，是必选项。
    通过KMS管理控制台获取密钥名称：
    1. 登录管理控制台。
    2. 单击“密钥管理服务”，左侧列表选择密钥管理。
    在密钥列表可以获取到密钥名称。"""


class ConnectionImportParam(Model):
    """Params 连接参数说明

    Reference section 6.4.7, Params 连接参数说明.
    """

    name: str
    """连接名称。"""
    type_: str = Field(alias="type")
    """连接类型。"""
    params: dict[str, str] | None = Field(default=None)
    """连接参数，参数名称请参考每种类型的连接配置项说明，默认值为空。"""


class ConnectionImportRequest(Model):
    """导入连接请求参数

    Reference section 6.4.7, 请求参数.
    """

    path: str
    """有OBS场景：连接定义文件在OBS上的路径，连接定义文件的格式参考导出连接的响应消息。
    无OBS场景：连接定义文件在本地的路径。"""
    params: list[ConnectionImportParam] | None = Field(default=None)
    """连接参数，默认值为空。"""
    same_name_policy: Literal["SKIP", "OVERWRITE"] | None = Field(
        default=None, alias="sameNamePolicy"
    )
    """重名策略
    - SKIP：跳过
    - OVERWRITE：覆盖。
    默认值是SKIP"""


class ConnectionImportResponse(Model):
    """导入连接响应参数

    Reference section 6.4.7, 响应参数.
    """

    task_id: str = Field(alias="taskId")
    """任务ID, 请调用查询系统任务接口获取导入状态。"""


class ConnectionList(Model):
    """查询连接列表响应

    Reference section 6.4.2, 响应参数.
    """

    total: int
    """总的连接个数"""
    connections: list[Connection]
    """连接列表"""


class DlfBatchExportJobsRequest(Model):
    """批量导出作业请求

    Reference section 6.3.7, 表6-156.
    """

    job_list: list[str] = Field(alias="jobList")
    """要导出的作业名称列表，一次最多支持导出100个作业。"""
    export_depend: bool | None = Field(default=None, alias="exportDepend")
    """是否导出作业依赖的脚本和资源
    默认值: true"""
    obs_path: str | None = Field(default=None, alias="obsPath")
    """导出到OBS时的OBS路径，例如obs://test_bucket/job_nodes/。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    export_status: Literal["DEVELOP", "SUBMIT"] | None = Field(default=None, alias="exportStatus")
    """导出作业的状态：DEVELOP（开发态，默认）、SUBMIT（提交态）。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfCDMJobNode(Model):
    """CDMJob 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["CDMJob"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfCDMJobNodeProperties
    """表6-65 CDM Job 节点属性说明（6.3.2 表6-98，6.3.4 表6-133）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfCDMJobNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    value: str
    """集群名称。 通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""


class DlfCDMJobNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    value: str
    """作业名称。 通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表单击对应的集群管理，进入后在作业管理中获取作业名称。"""


class DlfCheckFileRequest(Model):
    """查询作业文件请求

    Reference section 6.3.5, 表6-147.
    """

    path: str
    """有OBS场景：作业定义文件在OBS上的路径。例如obs://myBucket/jobs.zip"""


class DlfCheckFileResponse(Model):
    """查询作业文件响应

    Reference section 6.3.5, 表6-148.
    """

    jobs: list[DlfFileJob] | None = Field(default=None)
    """作业信息，参考表6-149"""
    scripts: list[DlfFileScript] | None = Field(default=None)
    """脚本信息，表6-150"""


class DlfCloudTableManagerNode(Model):
    """CloudTableManager 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["CloudTableManager"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfCloudTableManagerNodeProperties
    """表6-67 CloudTableManager 节点属性说明（6.3.2 表6-100，6.3.4 表6-135）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfCloudTableManagerNodePropertiesValueItemOption1(Model):
    """namespace"""

    name: Literal["namespace"]
    value: str
    """命名空间 默认值：default"""


class DlfCloudTableManagerNodePropertiesValueItemOption2(Model):
    """action"""

    name: Literal["action"]
    value: Literal["CREATE_TABLE", "DELETE_TABLE"]
    """动作类型：
    - CREATE_TABLE：创建表
    - DELETE_TABLE：删除表"""


class DlfCloudTableManagerNodePropertiesValueItemOption3(Model):
    """table"""

    name: Literal["table"]
    value: str
    """表名"""


class DlfCloudTableManagerNodePropertiesValueItemOption4(Model):
    """columnFamily"""

    name: Literal["columnFamily"]
    value: str
    """列族"""


class DlfDISTransferTaskNode(Model):
    """DISTransferTask 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["DISTransferTask"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfDISTransferTaskNodeProperties
    """表6-66 DISTransferTask 节点属性说明（6.3.2 表6-99，6.3.4 表6-134）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfDISTransferTaskNodePropertiesValueItemOption1(Model):
    """streamName"""

    name: Literal["streamName"]
    value: str
    """DIS通道名称 通过DIS管理控制台获取通道名称：
    1. 登录管理控制台。
    2. 单击“数据接入服务”，左侧列表选择“通道管理”。
    3. 通道管理中列出了用户拥有的通道。"""


class DlfDISTransferTaskNodePropertiesValueItemOption2(Model):
    """destinationType"""

    name: Literal["destinationType"]
    value: Literal["CloudTable", "OBS"]
    """转储目标：
    - CloudTable OBS"""


class DlfDISTransferTaskNodePropertiesValueItemOption3(Model):
    """duplicatePolicy"""

    name: Literal["duplicatePolicy"]
    value: Literal["OVERWRITE", "IGNORE"]
    """转储任务重名处理策略：
    - OVERWRITE：覆盖
    - IGNORE：忽略"""


class DlfDISTransferTaskNodePropertiesValueItemOption4(Model):
    """configuration"""

    name: Literal["configuration"]
    value: str | dict[str, Any]
    """转储配置，参考的obs_destination_descriptor参数说明和cloudtable_destination_descriptor参数说明。"""


class DlfDLISQLNode(Model):
    """DLISQL 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["DLISQL"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfDLISQLNodeProperties
    """表6-63 DLI SQL 节点属性说明（6.3.2 表6-96，6.3.4 表6-131）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfDLISQLNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    value: str
    """脚本名称"""


class DlfDLISQLNodePropertiesValueItemOption2(Model):
    """database"""

    name: Literal["database"]
    value: str
    """数据库名称 DLI服务中数据库。"""


class DlfDLISQLNodePropertiesValueItemOption3(Model):
    """connectionName"""

    name: Literal["connectionName"]
    value: str
    """连接名称"""


class DlfDLISQLNodePropertiesValueItemOption4(Model):
    """scriptArgs"""

    name: Literal["scriptArgs"]
    value: str
    """脚本参数，key、value形式，多个参数间用\\n分隔，例如key1=value1\\nkey2=value2"""


class DlfDLISparkNode(Model):
    """DLISpark 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["DLISpark"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfDLISparkNodeProperties
    """表6-73 DLI Spark 节点属性说明（6.3.2 表6-106，6.3.4 表6-141）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfDLISparkNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    value: str
    """DLI队列名称 通过DLI管理控制台获取队列名称：
    1. 登录管理控制台。
    2. 单击“数据湖探索服务”，单击“队列管理”。 在队列管理列表中可以获取到队列名称。"""


class DlfDLISparkNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    value: str
    """DLI作业名称 通过DLI管理控制台获取作业名称：
    1. 登录管理控制台。
    2. 单击“数据湖探索服务”，单击Spark作业。
    3. 选择“作业管理”。 在作业管理列表中可以获取到作业名称。"""


class DlfDLISparkNodePropertiesValueItemOption3(Model):
    """resourceType"""

    name: Literal["resourceType"]
    value: Literal["OBS", "DLIResources"]
    """DLI作业运行资源类型，可选
    1. OBS路径：OBS
    2. DLI程序包：DLIResources"""


class DlfDLISparkNodePropertiesValueItemOption4(Model):
    """jobClass"""

    name: Literal["jobClass"]
    value: str
    """主类名称。当应用程序类型为“.jar”时，主类名称不能为空。"""


class DlfDLISparkNodePropertiesValueItemOption5(Model):
    """resourcePath"""

    name: Literal["resourcePath"]
    value: str
    """JAR包资源路径"""


class DlfDLISparkNodePropertiesValueItemOption6(Model):
    """jarArgs"""

    name: Literal["jarArgs"]
    value: str
    """主类入口参数"""


class DlfDLISparkNodePropertiesValueItemOption7(Model):
    """sparkConfig"""

    name: Literal["sparkConfig"]
    value: str
    """Spark作业运行参数"""


class DlfDWSSQLNode(Model):
    """DWSSQL 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["DWSSQL"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfDWSSQLNodeProperties
    """表6-62 DWS SQL 节点属性说明（6.3.2 表6-95，6.3.4 表6-130）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfDWSSQLNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    value: str
    """脚本名称"""


class DlfDWSSQLNodePropertiesValueItemOption2(Model):
    """database"""

    name: Literal["database"]
    value: str
    """数据库名称 DWS服务中的数据库，默认postgres。"""


class DlfDWSSQLNodePropertiesValueItemOption3(Model):
    """connectionName"""

    name: Literal["connectionName"]
    value: str
    """连接名称"""


class DlfDWSSQLNodePropertiesValueItemOption4(Model):
    """scriptArgs"""

    name: Literal["scriptArgs"]
    value: str
    """脚本参数，key、value形式，多个参数间用\\n分隔，例如key1=value1\\nkey2=value2"""


class DlfDeleteJobRequest(Model):
    """删除作业请求

    表6-175 参数说明

    Reference section 6.3.12.
    """

    approvers: list[DlfJobApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示作业审批人，参考表6-176。"""


class DlfExportJobRequest(Model):
    """ExportJobReq

    导出作业的选项。

    Reference section 6.3.6.
    """

    export_depend: bool | None = Field(default=None, alias="exportDepend")
    """是否导出作业依赖的脚本和资源；不传时默认为true。"""
    obs_path: str | None = Field(default=None, alias="obsPath")
    """导出到OBS时的OBS路径，例如obs://test_bucket/job_nodes/。"""
    export_status: Literal["DEVELOP", "SUBMIT"] | None = Field(default=None, alias="exportStatus")
    """导出作业的状态：DEVELOP（开发态，默认）、SUBMIT（提交态）。"""


class DlfFactoryJobInstance(Model):
    """Instance 属性说明

    Reference section 6.3.31, 表6-251.
    """

    job_name: str
    """作业名称。如果要查询指定批处理作业的实例列表，job_name就是批处理作业名称；如果要查询实时作业下某个节点关联的子作业，job_name格式为[实时作业名称]_[节点名称]。"""
    job_id: str | int | None = Field(default=None)
    """作业id。"""
    job_instance_name: str
    """作业实例运行时日志记录的实例名称，非作业定义的名称。"""
    status: Literal[
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
    """状态：
    - waiting：等待运行
    - running：运行中
    - success：运行成功
    - fail：运行失败
    - running-exception：运行异常
    - skip-by-depend：跳过
    - freeze：冻结
    - pause：暂停
    - manual-stop：取消"""
    plan_time: int
    """作业实例计划执行时间"""
    start_time: int
    """作业实例实际执行开始时间"""
    end_time: int | None = Field(default=None)
    """作业实例实际执行结束时间"""
    execute_time: float | None = Field(default=None)
    """执行耗时，单位：毫秒"""
    instance_id: int
    """作业实例ID，用于查询作业实例详情。"""
    submit_time: int
    """作业提交运行时间"""
    instance_type: Literal[0, 2, 5, 6, 7]
    """作业调度方式：
    - 0：正常调度
    - 2：手工调度
    - 5：补数据
    - 6：子作业调度
    - 7：单次调度"""
    force_success: bool | None = Field(default=None)
    """作业实例状态筛选为强制成功
    默认值：false"""
    ignore_success: bool | None = Field(default=None)
    """作业实例状态筛选为忽略失败
    默认值：false"""
    version: int | None = Field(default=None)
    """作业实例版本。"""


class DlfFactoryJobInstanceList(Model):
    """参数说明

    Reference section 6.3.31, 表6-250.
    """

    total: int
    """总记录数"""
    instances: list[DlfFactoryJobInstance]
    """作业实例状态，参考表6-251。"""


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


class DlfHiveSQLNode(Model):
    """HiveSQL 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["HiveSQL"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfHiveSQLNodeProperties
    """表6-60 Hive SQL 节点属性说明（6.3.2 表6-93，6.3.4 表6-128）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfHiveSQLNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    value: str
    """脚本名称"""


class DlfHiveSQLNodePropertiesValueItemOption2(Model):
    """database"""

    name: Literal["database"]
    value: str
    """数据库名称 MRS Hive中的数据库，默认default。"""


class DlfHiveSQLNodePropertiesValueItemOption3(Model):
    """connectionName"""

    name: Literal["connectionName"]
    value: str
    """连接名称"""


class DlfHiveSQLNodePropertiesValueItemOption4(Model):
    """scriptArgs"""

    name: Literal["scriptArgs"]
    value: str
    """脚本参数，key、value形式，多个参数间用\\n分隔，例如 key1=value1\\nkey2=value2"""


class DlfImportJobApprover(Model):
    """审批人属性说明

    Reference section 6.3.8, 表6-161.
    """

    approver_name: str = Field(alias="approverName")
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
    type_: str | None = Field(default=None, alias="type")
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
    same_name_policy: Literal["SKIP", "OVERWRITE"] | None = Field(
        default=None, alias="sameNamePolicy"
    )
    """重名策略
    - SKIP：跳过
    - OVERWRITE：覆盖
    默认值是SKIP"""
    jobs_param: list[DlfImportJobParam] | None = Field(default=None, alias="jobsParam")
    """指定作业参数，参考表6-159。"""
    execute_user: str | None = Field(default=None, alias="executeUser")
    """执行作业的用户"""
    target_status: Literal["SAVED", "SUBMITTED", "PRODUCTION"] | None = Field(
        default=None, alias="targetStatus"
    )
    """在开启审批开关后，需要填写该字段。表示创建作业的目标状态，有三种状态：SAVED、SUBMITTED和PRODUCTION，分别表示作业创建后是保存态，提交态，生产态。
    - 保存态表示作业仅保存，无法调度运行，需要提交并审核通过后才能运行。
    - 提交态表示作业保存后会自动提交，需要审核通过才能运行。
    - 生产态表示作业跳过审批环节，创建后可以直接运行。注意：只有工作空间的管理员用户才能创建生产态的作业。"""
    approvers: list[DlfImportJobApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示作业审批人，参考表6-161。"""
    resources: list[DlfImportJobResource] | None = Field(default=None)
    """需要替换的资源：资源名、资源类型和替换后的资源名。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfImportJobsResponse(Model):
    """导入作业响应

    Reference section 6.3.8, 表6-160.
    """

    task_id: str = Field(alias="taskId")
    """任务ID，请调用查询系统任务接口获取导入状态。"""


class DlfJob(Model):
    """作业定义

    表6-48 参数说明（创建作业 6.3.1）；表6-81 参数说明（修改作业 6.3.2）。作业定义，作业由一个或多个相互依赖的节点构成。

    Reference section 6.3.1.
    """

    name: str
    """作业名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。作业名称不能重复。"""
    nodes: list[DlfJobNode]
    """节点定义，参考表6-49。"""
    schedule: DlfJobSchedule
    """调度配置，参考表6-50。"""
    params: list[DlfJobParam] | None = Field(default=None)
    """作业参数定义，参考表6-51。"""
    directory: str | None = Field(default=None)
    """作业在目录树上的路径。创建作业时如果路径目录不存在，会自动创建目录，如/dir/a/，默认在根目录/。"""
    process_type: Literal["REAL_TIME", "BATCH"] = Field(alias="processType")
    """作业类型：
    - REAL_TIME：实时处理
    - BATCH：批处理"""
    id_: int | None = Field(default=None, alias="id")
    """作业Id。获取方法请参见查询作业详情。返回的id即为作业id。"""
    single_node_job_flag: bool | None = Field(default=None, alias="singleNodeJobFlag")
    """是否选择单任务，默认为false。"""
    single_node_job_type: (
        Literal[
            "DLISQL", "DWSSQL", "HiveSQL", "SparkSQL", "RDSSQL", "FlinkSQL", "FlinkJar", "DLISpark"
        ]
        | None
    ) = Field(default=None, alias="singleNodeJobType")
    """单任务类型，作业类型为BATCH时类型可选择如下：
    - DLISQL DWSSQL HiveSQL SparkSQL RDSSQL 作业类型为REAL_TIME时类型可选择如下：FlinkSQL、FlinkJar、DLISpark。"""
    last_update_user: str | None = Field(default=None, alias="lastUpdateUser")
    """作业最后修改人。"""
    log_path: str | None = Field(default=None, alias="logPath")
    """作业运行日志存放的OBS路径。"""
    basic_config: DlfJobBasicConfig | None = Field(default=None, alias="basicConfig")
    """作业的基本信息，参考表6-74。"""
    target_status: Literal["SAVED", "SUBMITTED", "PRODUCTION"] | None = Field(
        default=None, alias="targetStatus"
    )
    """在开启审批开关后，需要填写该字段。表示创建作业的目标状态，有三种状态：SAVED、SUBMITTED和PRODUCTION，分别表示作业创建后是保存态，提交态，生产态。
    - 保存态表示作业仅保存，无法调度运行，需要提交并审核通过后才能运行。
    - 提交态表示作业保存后会自动提交，需要审核通过才能运行。
    - 生产态表示作业跳过审批环节，创建后可以直接运行。注意：只有工作空间的管理员用户才能创建生产态的作业。"""
    approvers: list[DlfJobApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示作业审批人，参考表6-111。 审批开关的配置请参见审批中心。"""
    clean_overdue_days: int | None = Field(default=None, alias="cleanOverdueDays")
    """设置作业的最大超时时间。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    clean_waiting_job: str | None = Field(default=None, alias="cleanWaitingJob")
    """清除等待的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    empty_running_job: str | None = Field(default=None, alias="emptyRunningJob")
    """是否空跑：1表示空跑，0表示取消空跑；不设置时为0。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobAlarm(Model):
    """JobAlarm

    作业监控告警信息。

    Reference section 6.3.3.
    """

    alarm_type: str | None = Field(default=None, alias="alarmType")
    """告警类型。"""
    topic_urn: str | None = Field(default=None, alias="topicUrn")
    """告警通知的SMN主题URN。"""


class DlfJobApprover(Model):
    """审批人

    表6-78 审批人属性说明

    Reference section 6.3.1.
    """

    approver_name: str = Field(alias="approverName")
    """审批人名称。"""


class DlfJobBasicConfig(Model):
    """作业基本信息

    表6-74 BasicConfig 作业基本信息说明

    Reference section 6.3.1.
    """

    owner: str | None = Field(default=None)
    """作业责任人，长度不能超过128个字符。"""
    agency: str | None = Field(default=None)
    """作业委托的名称"""
    is_ignore_waiting: Literal[0, 1] | None = Field(default=None, alias="isIgnoreWaiting")
    """实例超时是否忽略等待时间，取值范围为0和1，默认值为1 0：表示实例超时不忽略等待时间 1：表示实例超时忽略等待时间"""
    priority: int | None = Field(default=None)
    """作业优先级，取值范围[0, 2]，默认值是0。0代表高优先级，1代表中优先级，2代表低优先级。"""
    execute_user: str | None = Field(default=None, alias="executeUser")
    """作业执行用户，必须是已存在的用户名。"""
    instance_timeout: int | None = Field(default=None, alias="instanceTimeout")
    """实例超时时间，单位是分钟，取值范围 [5, 1440]，默认值是60"""
    custom_fields: dict[str, str] | None = Field(default=None, alias="customFields")
    """用户自定义字段，长度不能超过2048个字符。"""
    tags: list[str] | dict[str, Any] | None = Field(default=None)
    """作业标签列表"""
    task_priority: int | None = Field(default=None, alias="taskPriority")
    """作业优先级，取值范围[0, 2]，默认0：0高，1中，2低。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobCondition(Model):
    """节点执行条件

    表6-53 condition 数据结构说明

    Reference section 6.3.1.
    """

    pre_node_name: str = Field(alias="preNodeName")
    """本节点依赖的前一个节点名称"""
    expression: str
    """EL表达式，如果EL表达式的计算结果为true，则触发执行本节点。"""


class DlfJobCron(Model):
    """Cron 调度配置

    表6-55 Cron 数据结构说明

    Reference section 6.3.1.
    """

    start_time: str = Field(alias="startTime")
    """调度开始时间，采用ISO 8601时间表示方法，格式为yyyy-MM-dd'T'HH:mm:ssZ，例如2018-10-22T23:59:59+08表示的时间为2018年10月22日23时59分59秒，在正8区。"""
    end_time: str | None = Field(default=None, alias="endTime")
    """调度结束时间，采用ISO 8601时间表示方法，格式为yyyy-MM-dd'T'HH:mm:ssZ，例如2018-10-22T23:59:59+08表示的时间为2018年10月22日23时59分59秒，在正8区。如果结束时间不配置，作业会按照调度周期一直执行下去。"""
    expression: str
    """Cron表达式，格式为"<秒> <分> <时> <天> <月> <星期>"，每个字段允许的输入值参考表6-57。
    表6-57 Cron 表达式字段取值：秒 0-59（, - * /，当前版本只允许输入0）；分 0-59（, - * /）；时 0-23（, - * /）；天 1-31（, - * ? / L W C）；月 1-12（, - * /，当前版本只允许输入*）；星期 1-7（, - * ? / L C #，从星期日开始算起）。"""
    expression_time_zone: str | None = Field(default=None, alias="expressionTimeZone")
    """Cron表达式对应的时区信息，例如GMT +8。 默认值：使用DataArts Studio服务端所在的时区。"""
    depend_pre_period: bool | None = Field(default=None, alias="dependPrePeriod")
    """是否依赖本作业上一个运行周期任务的执行结果。 默认值：false"""
    depend_jobs: DlfJobDependJobs | None = Field(default=None, alias="dependJobs")
    """依赖其它作业配置，参考表6-58"""
    interval_type: str | None = Field(default=None, alias="intervalType")
    """调度间隔类型：minutes、hours、days、weeks、months、seasons、years。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobCronTrigger(Model):
    """节点 Cron 触发配置

    表6-54 CronTrigger 数据结构说明

    Reference section 6.3.1.
    """

    start_time: str = Field(alias="startTime")
    """调度开始时间，采用ISO 8601时间表示方法，格式为yyyy-MM-dd'T'HH:mm:ssZ，例如2018-10-22T23:59:59+08表示的时间为2018年10月22日23时59分59秒，在正8区。"""
    end_time: str | None = Field(default=None, alias="endTime")
    """调度结束时间，采用ISO 8601时间表示方法，格式为yyyy-MM-dd'T'HH:mm:ssZ，例如2018-10-22T23:59:59+08表示的时间为2018年10月22日23时59分59秒，在正8区。如果结束时间不配置，作业会按照调度周期一直执行下去。"""
    expression: str
    """Cron表达式，格式为"<秒> <分> <时> <天> <月> <星期>"，每个字段允许的输入值参考表6-57。
    表6-57 Cron 表达式字段取值：秒 0-59（, - * /，当前版本只允许输入0）；分 0-59（, - * /）；时 0-23（, - * /）；天 1-31（, - * ? / L W C）；月 1-12（, - * /，当前版本只允许输入*）；星期 1-7（, - * ? / L C #，从星期日开始算起）。"""
    expression_time_zone: str | None = Field(default=None, alias="expressionTimeZone")
    """Cron表达式对应的时区信息，例如GMT +8。 默认值：使用DataArts Studio服务端所在的时区。"""
    period: str
    """用于描述运行的间隔时间，格式为时间+时间单位。 例如："1 hours","1 days","1 weeks","1 months" 需要与expression中的表达式对应。"""
    depend_pre_period: bool | None = Field(default=None, alias="dependPrePeriod")
    """是否依赖本作业上一个运行周期任务的执行结果。 默认值：false"""
    depend_jobs: DlfJobDependJobs | None = Field(default=None, alias="dependJobs")
    """依赖其它作业配置，参考表6-58"""
    concurrent: int | None = Field(default=None)
    """支持并发执行数量"""


class DlfJobDependJobs(Model):
    """依赖作业配置

    表6-58 DependJobs 数据结构说明

    Reference section 6.3.1.
    """

    jobs: list[str]
    """依赖的作业名称列表，必须依赖已存在的作业。"""
    depend_period: Literal["SAME_PERIOD", "PRE_PERIOD"] | None = Field(
        default=None, alias="dependPeriod"
    )
    """依赖周期:
    - SAME_PERIOD :依赖被依赖作业的同周期任务的执行结果。
    - PRE_PERIOD :依赖被依赖作业的前一周期的执行结果。 默认值 : SAME_PERIOD"""
    depend_fail_policy: Literal["FAIL", "IGNORE", "SUSPEND"] | None = Field(
        default=None, alias="dependFailPolicy"
    )
    """依赖作业任务执行失败处理策略:
    - FAIL: 停止作业，设置作业为失败状态
    - IGNORE: 继续执行作业
    - SUSPEND : 挂起作业 默认值 : FAIL"""
    same_work_space_jobs: list[DlfJobDependWorkspaceJob] | None = Field(
        default=None,
        alias="sameWorkSpaceJobs",
        validation_alias=AliasChoices("sameWorkSpaceJobs", "sameWorkspaceJobs"),
    )
    """依赖本工作空间作业列表，请参考表 6-145。

    Also read as: sameWorkspaceJobs."""
    other_work_space_jobs: list[DlfJobDependWorkspaceJob] | None = Field(
        default=None,
        alias="otherWorkSpaceJobs",
        validation_alias=AliasChoices("otherWorkSpaceJobs", "otherWorkspaceJobs"),
    )
    """依赖其他工作空间作业列表，请参考表 6-145。

    Also read as: otherWorkspaceJobs."""


class DlfJobDependWorkspaceJob(Model):
    """依赖的工作空间作业

    表6-145 DependWorkSpaceJob 数据结构说明

    Reference section 6.3.4.
    """

    work_space: str = Field(alias="workSpace")
    """工作空间名称。"""
    job_name: str = Field(alias="jobName")
    """作业名称。"""
    depend_on_last_period: bool | None = Field(default=None, alias="dependOnLastPeriod")
    """是否依赖上游作业最近一个实例。"""
    work_space_id: str | None = Field(default=None, alias="workSpaceId")
    """工作空间ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    depend_type: str | None = Field(default=None, alias="dependType")
    """依赖的规则。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    depend_on_last_n_period_value: int | None = Field(
        default=None, alias="dependOnLastNPeriodValue"
    )
    """依赖上N个周期。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobDetail(Model):
    """作业详情

    表6-116 参数说明

    Reference section 6.3.4.
    """

    name: str
    """作业名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。作业名称不能重复。"""
    nodes: list[DlfJobNode]
    """节点定义，参考表6-117"""
    schedule: DlfJobSchedule
    """调度配置，参考表6-118"""
    params: list[DlfJobParam] | None = Field(default=None)
    """作业参数定义，参考表6-119"""
    directory: str | None = Field(default=None)
    """作业在目录树上的路径。创建作业时如果路径目录不存在，会自动创建目录，如/dir/a/，默认在根目录/。"""
    process_type: Literal["REAL_TIME", "BATCH"] = Field(alias="processType")
    """作业类型:
    - REAL_TIME：实时处理
    - BATCH：批处理"""
    id_: int | None = Field(default=None, alias="id")
    """作业Id。用户查询作业时使用。"""
    create_time: int | str | None = Field(default=None, alias="createTime")
    """作业创建时间。"""
    downstream_jobs: list[DlfJobDownstreamJob] | None = Field(default=None, alias="downstreamJobs")
    """下游依赖当前作业的作业名称。"""
    last_update_user: str | None = Field(default=None, alias="lastUpdateUser")
    """作业最后修改人。"""
    log_path: str | None = Field(default=None, alias="logPath")
    """作业运行日志存放的OBS路径。"""
    basic_config: DlfJobBasicConfig | None = Field(default=None, alias="basicConfig")
    """作业的基本信息，参考表6-142"""
    description: str | None = Field(default=None)
    """作业描述信息"""
    cleanoverdue_days: int | str | None = Field(
        default=None,
        alias="cleanoverdueDays",
        validation_alias=AliasChoices("cleanoverdueDays", "cleanOverdueDays"),
    )
    """设置作业的最大超时时间

    Also read as: cleanOverdueDays."""
    clean_waiting_job: str | None = Field(default=None, alias="cleanWaitingJob")
    """清除等待的作业"""
    empty_running_job: str | None = Field(default=None, alias="emptyRunningJob")
    """是否空跑"""
    version: str | None = Field(default=None)
    """作业版本信息"""
    single_node_job_flag: bool | None = Field(default=None, alias="singleNodeJobFlag")
    """是否为单任务作业，默认false。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    single_node_job_type: str | None = Field(default=None, alias="singleNodeJobType")
    """单任务类型。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobDownstreamJob(Model):
    """下游依赖作业

    下游依赖当前作业的作业（6.3.4 响应示例中的 downstreamJobs 元素）。

    Reference section 6.3.4.
    """

    job_id: int | str | None = Field(default=None, alias="jobId")
    """作业ID"""
    job_name: str | None = Field(default=None, alias="jobName")
    """作业名称"""
    work_space: str | None = Field(default=None, alias="workSpace")
    """工作空间名称"""


class DlfJobEvent(Model):
    """事件触发配置

    表6-56 Event 数据结构说明

    Reference section 6.3.1.
    """

    event_type: Literal["KAFKA", "DIS", "OBS"] = Field(alias="eventType")
    """选择对应的连接名称与topic，当有新的kafka消息时将会触发作业运行一次 配置为：KAFKA
    事件类型，当前只支持监听DIS通道的新上报数据事件，每上报一条数据，触发作业运行一次。 配置为：DIS
    选择要监听的OBS路径，如果该路径下有新增文件，则触发调度；新增的文件的路径名，可以通过变量Job.trigger.obsNewFiles引用。前提条件：该OBS路径已经配置DIS消息通知。 配置为：OBS"""
    channel: str
    """DIS通道名称。 通过DIS管理控制台获取通道名称：
    1. 登录管理控制台。
    2. 单击“数据接入服务”，左侧列表选择“通道管理”。
    3. 通道管理页面中列出了用户拥有的通道。"""
    fail_policy: Literal["SUSPEND", "IGNORE"] | None = Field(default=None, alias="failPolicy")
    """执行失败处理策略：
    - SUSPEND：挂起
    - IGNORE：忽略失败，读取下一事件
    默认值：SUSPEND"""
    concurrent: int | None = Field(default=None)
    """调度并发数 取值范围：1~128 默认值：1"""
    read_policy: Literal["LAST", "NEW"] | None = Field(default=None, alias="readPolicy")
    """读取策略:
    - LAST : 从上次位置读取
    - NEW- 从最新位置读取 默认值 : LAST"""


class DlfJobInstance(Model):
    """Instance 属性说明

    Reference section 6.3.16, 表6-188.
    """

    job_name: str = Field(alias="jobName")
    """作业名称。如果要查询指定批处理作业的实例列表，jobName就是批处理作业名称；如果要查询实时作业下某个节点关联的子作业，jobName格式为[实时作业名称]_[节点名称]。"""
    job_id: str | int | None = Field(default=None, alias="jobId")
    """作业id。"""
    job_instance_name: str = Field(alias="jobInstanceName")
    """作业实例运行时日志记录的实例名称，非作业定义的名称。"""
    status: Literal[
        "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"
    ]
    """状态：
    - waiting：等待运行
    - running：运行中
    - success：运行成功
    - fail：运行失败
    - running-exception：运行异常
    - pause：暂停
    - manual-stop：取消"""
    plan_time: int = Field(alias="planTime")
    """作业实例计划执行时间"""
    start_time: int = Field(alias="startTime")
    """作业实例实际执行开始时间"""
    end_time: int | None = Field(default=None, alias="endTime")
    """作业实例实际执行结束时间"""
    execute_time: float | None = Field(default=None, alias="executeTime")
    """执行耗时，单位：毫秒"""
    instance_id: int = Field(alias="instanceId")
    """作业实例ID，用于查询作业实例详情。"""
    submit_time: int = Field(alias="submitTime")
    """作业提交运行时间"""
    instance_type: Literal[0, 2, 5, 6, 7] = Field(alias="instanceType")
    """作业调度方式：
    - 0：正常调度
    - 2：手工调度
    - 5：补数据
    - 6：子作业调度
    - 7：单次调度"""
    force_success: bool | None = Field(default=None, alias="forceSuccess")
    """作业实例状态筛选为强制成功
    默认值: false"""
    ignore_success: bool | None = Field(default=None, alias="ignoreSuccess")
    """作业实例状态筛选为忽略失败
    默认值: false"""
    version: str | int | None = Field(default=None)
    """作业实例版本。"""
    error_message: str | None = Field(default=None, alias="errorMessage")
    """作业实例失败的错误信息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobInstanceDetail(Model):
    """作业实例详情

    Reference section 6.3.17, 表6-191.
    """

    job_name: str = Field(alias="jobName")
    """作业名称"""
    instance_id: int = Field(alias="instanceId")
    """作业实例ID"""
    status: Literal[
        "waiting", "running", "success", "fail", "running-exception", "pause", "manual-stop"
    ]
    """作业实例状态：
    - waiting：等待运行
    - running：运行中
    - success：运行成功
    - fail：运行失败
    - running-exception：运行异常
    - pause：暂停
    - manual-stop：取消"""
    plan_time: int = Field(alias="planTime")
    """作业实例计划执行时间"""
    start_time: int = Field(alias="startTime")
    """作业实例实际执行开始时间"""
    end_time: int | None = Field(default=None, alias="endTime")
    """作业实例实际执行结束时间"""
    execute_time: int | None = Field(default=None, alias="executeTime")
    """执行耗时，单位：毫秒"""
    total: int
    """总的节点数据条数"""
    nodes: list[DlfJobNodeInstance]
    """节点实例状态，参考表6-192"""
    instance_type: Literal[0, 2, 5, 6, 7] = Field(alias="instanceType")
    """作业调度方式：
    - 0：正常调度
    - 2：手工调度
    - 5：补数据
    - 6：子作业调度
    - 7：单次调度"""
    force_success: bool | None = Field(default=None, alias="forceSuccess")
    """作业实例状态筛选为强制成功
    默认值：false"""
    ignore_success: bool | None = Field(default=None, alias="ignoreSuccess")
    """作业实例状态筛选为忽略失败
    默认值：false"""


class DlfJobInstanceList(Model):
    """查询作业实例列表响应

    Reference section 6.3.16, 表6-187.
    """

    total: int
    """总记录数"""
    instances: list[DlfJobInstance]
    """作业实例状态，参考表6-188。"""


class DlfJobList(Model):
    """作业列表

    表6-113 参数说明

    Reference section 6.3.3.
    """

    total: int
    """作业数量"""
    jobs: list[DlfJobSummary]
    """作业列表，参考表6-114"""


class DlfJobLocation(Model):
    """节点位置

    表6-52 Location 数据结构说明

    Reference section 6.3.1.
    """

    x: float | str
    """节点在作业画布上的横轴位置"""
    y: float | str
    """节点在作业画布上的纵轴位置"""


class DlfJobNodeBase(Model):
    """节点（公共字段）

    表6-49 Node 数据结构说明（6.3.2 表6-82，6.3.4 表6-117 相同）。节点的公共字段；properties 的形状由 type 决定，见 DlfJobNode。

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal[
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
    ] = Field(alias="type")
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
    - ModelArts Train：执行ModelArts服务的workflow作业。"""
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
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
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfJobNodeInstance(Model):
    """Node 属性说明

    Reference section 6.3.17, 表6-192.
    """

    node_name: str = Field(alias="nodeName")
    """节点名称"""
    status: Literal["waiting", "running", "success", "fail", "skip", "pause", "manual-stop"]
    """节点状态：
    - waiting：等待运行
    - running -运行中
    - success：运行成功
    - fail：运行失败
    - skip：跳过
    - pause：暂停
    - manual-stop：取消"""
    queue: str | None = Field(default=None)
    """DLI资源队列名称。
    说明
    在返回响应中，仅DLI SQL或者DLI SPARK算子会返回DLI队列名称。"""
    plan_time: int = Field(alias="planTime")
    """作业实例计划执行时间"""
    start_time: int = Field(alias="startTime")
    """节点实际执行开始时间"""
    end_time: int | None = Field(default=None, alias="endTime")
    """节点实际执行结束时间"""
    type_: Literal[
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
    ] = Field(alias="type")
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
    - ModelArts Train：执行ModelArts服务的workflow作业。"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """失败重试次数"""
    instance_id: int = Field(alias="instanceId")
    """作业实例id"""
    input_row_count: int | None = Field(default=None, alias="inputRowCount")
    """写入数据行数"""
    speed: float | None = Field(default=None)
    """写入速度(行/秒)"""
    log_path: str | None = Field(default=None, alias="logPath")
    """节点执行的日志路径"""


class DlfJobNodeProperty(Model):
    """节点属性

    表6-59 Property 属性说明

    Reference section 6.3.1.
    """

    name: str
    """属性名称"""
    value: str
    """属性值"""


class DlfJobParam(Model):
    """作业参数

    表6-51 Param 数据结构说明

    Reference section 6.3.1.
    """

    name: str
    """参数名称, 只能包含英文字母、数字、中划线和下划线。不能超过64个字符。"""
    value: str
    """参数值, 不能超过1024个字符。"""
    type_: Literal["variable", "constants"] | None = Field(default=None, alias="type")
    """参数类型
    - variable: 变量
    - constants: 常量 默认值: variable"""


class DlfJobRenameRequest(Model):
    """Body 参数说明

    Reference section 6.3.22, 表6-211.
    """

    name: str
    """新的作业名称。"""


class DlfJobRenameResponse(Model):
    """参数说明

    Reference section 6.3.22, 表6-212.
    """

    is_success: bool
    """true或者false"""
    status_code: int
    """状态响应码"""


class DlfJobSchedule(Model):
    """调度配置

    表6-50 Schedule 数据结构说明

    Reference section 6.3.1.
    """

    type_: Literal["EXECUTE_ONCE", "CRON", "EVENT"] = Field(alias="type")
    """调度类型。
    - EXECUTE_ONCE: 作业立即运行, 只运行一次。
    - CRON: 作业按指定频率周期执行。
    - EVENT: 根据事件触发执行。"""
    cron: DlfJobCron | None = Field(default=None)
    """当type为CRON时, 配置调度频率、启动时间等信息, 参考表6-55。"""
    event: DlfJobEvent | None = Field(default=None)
    """当type为EVENT时, 配置事件源等信息, 参考表6-56。"""


class DlfJobSummary(Model):
    """作业（列表项）

    表6-114 Job 数据结构说明

    Reference section 6.3.3.
    """

    name: str
    """作业名称"""
    job_type: Literal["REAL_TIME", "BATCH"] = Field(alias="jobType")
    """作业类型:
    - REAL_TIME: 实时处理
    - BATCH: 批处理"""
    owner: str | None = Field(default=None)
    """作业责任人, 长度不能超过128个字符。"""
    priority: int | None = Field(default=None)
    """作业优先级, 取值范围[0, 2], 默认值是0。0代表高优先级, 1代表中优先级, 2代表低优先级。"""
    status: Literal[
        "STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED", "SCHEDULING", "PAUSED"
    ]
    """作业状态 当jobType为REAL_TIME时, 有如下状态:
    - STARTING: 启动中
    - NORMAL: 运行中
    - EXCEPTION: 启动或停止异常
    - STOPPING: 停止中
    - STOPPED: 已停止 当jobType为BATCH时, 有如下状态:
    - SCHEDULING: 调度中
    - STOPPED: 已停止调度
    - PAUSED: 暂停调度"""
    create_user: str = Field(alias="createUser")
    """作业的创建者"""
    create_time: int = Field(alias="createTime")
    """作业的创建时间"""
    start_time: int | None = Field(default=None, alias="startTime")
    """作业的启动时间"""
    end_time: int | None = Field(default=None, alias="endTime")
    """作业配置的结束时间"""
    last_instance_status: str | None = Field(default=None, alias="lastInstanceStatus")
    """作业最近一次运行实例状态, 当jobType为BATCH时才有本字段。"""
    last_instance_end_time: int | None = Field(default=None, alias="lastInstanceEndTime")
    """作业最近一次运行实例运行结束时间, 当jobType为BATCH时才有本字段。"""
    last_update_time: int | None = Field(default=None, alias="lastUpdateTime")
    """作业最后一次更新时间。"""
    last_update_user: str | None = Field(default=None, alias="lastUpdateUser")
    """作业最后一次更新用户。"""
    path: str | None = Field(default=None)
    """作业的路径。"""
    single_node_job_flag: bool | None = Field(default=None, alias="singleNodeJobFlag")
    """作业是否为单任务作业。"""
    alarms: list[DlfJobAlarm] | None = Field(default=None)
    """作业监控告警信息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    flink_job_info: str | None = Field(default=None, alias="flinkJobInfo")
    """Flink作业信息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfJobTagsRequest(Model):
    """Body 参数说明

    Reference section 6.3.25, 表6-227.
    """

    tag_names: list[str] | None = Field(default=None)
    """标签列表。若为空表示清空作业标签。
    样例值：["tag1", "tag2"]"""


class DlfMRSFlinkJobNode(Model):
    """MRSFlinkJob 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["MRSFlinkJob"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfMRSFlinkJobNodeProperties
    """表6-75 MRS Flink 节点属性说明（6.3.2 表6-108，6.3.4 表6-143）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    value: str
    """MRS集群名称 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce 服务”，左侧列表单击“集群列表 > 现有集群”。 在现有列表中可以获得到集群名称。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    value: str
    """MRS作业名称 用户自定义。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption3(Model):
    """flinkJobType"""

    name: Literal["flinkJobType"]
    value: str
    """客户选择是Flink SQL作业或Flink JAR作业。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption4(Model):
    """flinkJobProcessType"""

    name: Literal["flinkJobProcessType"]
    value: str
    """客户选择批处理模式或流处理模式。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption5(Model):
    """scriptName"""

    name: Literal["scriptName"]
    value: str
    """客户选择Flink SQL关联的SQL脚本。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption6(Model):
    """resourcePath"""

    name: Literal["resourcePath"]
    value: str
    """自定义Flink Jar包OBS资源路径"""


class DlfMRSFlinkJobNodePropertiesValueItemOption7(Model):
    """input"""

    name: Literal["input"]
    value: str
    """输入路径 MRS Flink作业输入数据路径，可以为HDFS或者是OBS路径。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption8(Model):
    """output"""

    name: Literal["output"]
    value: str
    """输出路径 MRS Flink作业输出数据路径，可以为HDFS或者是OBS路径。"""


class DlfMRSFlinkJobNodePropertiesValueItemOption9(Model):
    """programParameter"""

    name: Literal["programParameter"]
    value: str
    """运行程序参数 允许多个key:value，多个参数要用竖线隔开。"""


class DlfMRSHetuEngineNode(Model):
    """MRSHetuEngine 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["MRSHetuEngine"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfMRSHetuEngineNodeProperties
    """表6-76 MRS HetuEngine 节点属性说明（6.3.2 表6-109，6.3.4 表6-144）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    value: str
    """MRS集群名称 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，左侧列表单击“集群列表 > 现有集群”。 在现有列表中可以获取到集群名称。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    value: str
    """MRS作业名称 用户自定义。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption3(Model):
    """statementOrScript"""

    name: Literal["statementOrScript"]
    value: str
    """选择使用SQL语句和关联SQL脚本。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption4(Model):
    """scriptName"""

    name: Literal["scriptName"]
    value: str
    """选择关联的SQL脚本。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption5(Model):
    """statement"""

    name: Literal["statement"]
    value: str
    """自定义的SQL内容。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption6(Model):
    """Data Warehouse"""

    name: Literal["Data Warehouse"]
    value: str
    """指定HetuEngine服务所需数据连接。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption7(Model):
    """Schema"""

    name: Literal["Schema"]
    value: str
    """使用HetuEngine服务所要访问的数据源schema名称。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption8(Model):
    """Database"""

    name: Literal["Database"]
    value: str
    """使用HetuEngine服务所要访问的数据源database名称。"""


class DlfMRSHetuEngineNodePropertiesValueItemOption9(Model):
    """Queue"""

    name: Literal["Queue"]
    value: str
    """使用HetuEngine服务所需资源队列名称。"""


class DlfMRSSparkNode(Model):
    """MRSSpark 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["MRSSpark"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfMRSSparkNodeProperties
    """表6-71 MRS Spark 节点属性说明（6.3.2 表6-104，6.3.4 表6-139）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMRSSparkNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    value: str
    """MRS集群名称 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，左侧列表单击“集群列表 > 现有集群”。 在现有列表中可以获取到集群名称。"""


class DlfMRSSparkNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    value: str
    """MRS作业名称 用户自定义。"""


class DlfMRSSparkNodePropertiesValueItemOption3(Model):
    """resourcePath"""

    name: Literal["resourcePath"]
    value: str
    """自定义Spark Jar包OBS资源路径"""


class DlfMRSSparkNodePropertiesValueItemOption4(Model):
    """parameters"""

    name: Literal["parameters"]
    value: str
    """Spark Jar包自定义参数 对于开发的自定义Jar包，可以在此处对参数进行输入替换"""


class DlfMRSSparkNodePropertiesValueItemOption5(Model):
    """input"""

    name: Literal["input"]
    value: str
    """输入路径 MRS Spark作业输入数据路径，可以为HDFS或者是OBS路径。"""


class DlfMRSSparkNodePropertiesValueItemOption6(Model):
    """output"""

    name: Literal["output"]
    value: str
    """输出路径 MRS Spark作业输出数据路径，可以为HDFS或者是OBS路径。"""


class DlfMRSSparkNodePropertiesValueItemOption7(Model):
    """programParameter"""

    name: Literal["programParameter"]
    value: str
    """运行程序参数 允许多个key:value，多个参数要用竖线隔开。"""


class DlfMapReduceNode(Model):
    """MapReduce 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["MapReduce"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfMapReduceNodeProperties
    """表6-72 MapReduce 节点属性说明（6.3.2 表6-105，6.3.4 表6-140）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfMapReduceNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    value: str
    """MRS集群名称 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，左侧列表单击“集群列表 > 现有集群”。 在现有列表中可以获取到集群名称。"""


class DlfMapReduceNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    value: str
    """MRS作业名称 用户自定义。"""


class DlfMapReduceNodePropertiesValueItemOption3(Model):
    """resourcePath"""

    name: Literal["resourcePath"]
    value: str
    """资源路径"""


class DlfMapReduceNodePropertiesValueItemOption4(Model):
    """parameters"""

    name: Literal["parameters"]
    value: str
    """MapReduce作业参数"""


class DlfMapReduceNodePropertiesValueItemOption5(Model):
    """input"""

    name: Literal["input"]
    value: str
    """输入路径 MapReduce作业输入数据路径，可以为HDFS或者是OBS路径。"""


class DlfMapReduceNodePropertiesValueItemOption6(Model):
    """output"""

    name: Literal["output"]
    value: str
    """输出路径 MapReduce作业输出数据路径，可以为HDFS或者是OBS路径。"""


class DlfModelArtsTrainNode(Model):
    """ModelArts Train 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["ModelArts Train"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfModelArtsTrainNodeProperties
    """表6-77 ModelArts Train 节点属性说明（6.3.2 表6-110）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfModelArtsTrainNodePropertiesValueItemOption1(Model):
    """clusterName"""

    name: Literal["clusterName"]
    value: str
    """MRS集群名称。 通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，在左侧列表单击“MRS集群 > 现有集群”。 在现有列表中可以获得到集群名称。"""


class DlfModelArtsTrainNodePropertiesValueItemOption2(Model):
    """jobName"""

    name: Literal["jobName"]
    value: str
    """MRS作业名称。 用户可自定义。"""


class DlfModelArtsTrainNodePropertiesValueItemOption3(Model):
    """statementOrScript"""

    name: Literal["statementOrScript"]
    value: str
    """选择使用SQL语句和关联SQL脚本。"""


class DlfModelArtsTrainNodePropertiesValueItemOption4(Model):
    """scriptName"""

    name: Literal["scriptName"]
    value: str
    """选择关联的SQL脚本。"""


class DlfOBSManagerNode(Model):
    """OBSManager 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["OBSManager"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfOBSManagerNodeProperties
    """表6-68 OBSManager 节点属性说明（6.3.2 表6-101，6.3.4 表6-136）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfOBSManagerNodePropertiesValueItemOption1(Model):
    """action"""

    name: Literal["action"]
    value: Literal["CREATE_PATH", "DELETE_PATH"]
    """动作类型：
    - CREATE_PATH：创建OBS路径
    - DELETE_PATH：删除OBS路径"""


class DlfOBSManagerNodePropertiesValueItemOption2(Model):
    """path"""

    name: Literal["path"]
    value: str
    """OBS路径"""


class DlfRDSSQLNode(Model):
    """RDSSQL 节点

    RDSSQL：传递SQL语句到RDS中执行。参考没有给出该节点类型的属性表，properties 为通用的 {name, value} 列表（表6-59）。

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["RDSSQL"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
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
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfRealtimeJobStatus(Model):
    """实时作业运行状态

    Reference section 6.3.15, 表6-183.
    """

    name: str
    """解决方案名称"""
    nodes: list[DlfRealtimeNodeStatus] | None = Field(default=None)
    """节点状态列表"""
    status: Literal["STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED"] | None = Field(
        default=None
    )
    """作业状态：
    - STARTING：启动中
    - NORMAL：正常
    - EXCEPTION：异常
    - STOPPING：停止中
    - STOPPED：停止"""
    starttime: str | None = Field(
        default=None, validation_alias=AliasChoices("starttime", "startTime")
    )
    """启动时间

    Also read as: startTime."""
    end_time: str | None = Field(default=None, alias="endTime")
    """停止时间"""
    last_update_time: str | None = Field(default=None, alias="lastUpdateTime")
    """状态最后更新时间"""
    create_user: str | None = Field(default=None, alias="createUser")
    """创建人。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    last_modifiy_user: str | None = Field(default=None, alias="lastModifiyUser")
    """最后修改人。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfRealtimeNodeStatus(Model):
    """nodes 字段数据结构说明

    Reference section 6.3.15, 表6-184.
    """

    name: str
    """节点名称"""
    status: Literal["STARTING", "NORMAL", "EXCEPTION", "STOPPING", "STOPPED"] | None = Field(
        default=None
    )
    """节点状态：
    - STARTING：启动中
    - NORMAL：正常
    - EXCEPTION：异常
    - STOPPING：停止中
    - STOPPED：停止"""
    log_path: str | None = Field(default=None, alias="logPath")
    """节点运行日志路径"""
    node_type: (
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
        ]
        | None
    ) = Field(default=None, alias="nodeType", validation_alias=AliasChoices("nodeType", "type"))
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

    Also read as: type."""
    buffer_records: int | None = Field(default=None, alias="bufferRecords")
    job_instance_id: int | None = Field(default=None, alias="jobInstanceId")
    last_instance_status: str | None = Field(
        default=None,
        alias="lastInstanceStatus",
        validation_alias=AliasChoices("lastInstanceStatus", "LastInstanceStatus"),
    )
    """Also read as: LastInstanceStatus."""
    speed: float | None = Field(default=None)
    total_get_bytes: int | None = Field(default=None, alias="totalGetBytes")
    total_get_records: int | None = Field(default=None, alias="totalGetRecords")
    total_put_bytes: int | None = Field(default=None, alias="totalPutBytes")
    total_put_records: int | None = Field(default=None, alias="totalPutRecords")
    running_data: str | None = Field(default=None, alias="runningData")
    """节点运行时内部存放的部分数据。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    extend_counter: str | None = Field(default=None, alias="extendCounter")
    """扩展计数器。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfRestClientNode(Model):
    """RestClient 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["RestClient"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfRestClientNodeProperties
    """表6-69 RestClient 节点属性说明（6.3.2 表6-102，6.3.4 表6-137）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfRestClientNodePropertiesValueItemOption1(Model):
    """url"""

    name: Literal["url"]
    value: str
    """URL地址 云服务提供的URL地址。"""


class DlfRestClientNodePropertiesValueItemOption2(Model):
    """method"""

    name: Literal["method"]
    value: Literal["GET", "POST", "PUT", "DELETE"]
    """HTTP方法：
    - GET
    - POST
    - PUT
    - DELETE"""


class DlfRestClientNodePropertiesValueItemOption3(Model):
    """headers"""

    name: Literal["headers"]
    value: str
    """HTTP消息头，每个消息头的格式为<消息头名称>=<值>，多个消息头之间使用换行符分割。"""


class DlfRestClientNodePropertiesValueItemOption4(Model):
    """body"""

    name: Literal["body"]
    value: str
    """消息体"""


class DlfRunImmediateJobParam(Model):
    """JobParam 数据结构说明

    Reference section 6.3.9, 表6-165.
    """

    name: str
    """参数名称，长度不能超过64个字符。"""
    value: str
    """参数值，长度不能超过1024个字符。"""
    type_: Literal["variable", "constants"] | None = Field(default=None, alias="type")
    """参数类型。
    - variable: 变量
    - constants: 常量"""


class DlfRunImmediateRequest(Model):
    """立即执行作业请求

    Reference section 6.3.9, 表6-164.
    """

    job_params: list[DlfRunImmediateJobParam] | None = Field(default=None, alias="jobParams")
    """作业立即执行的参数。"""


class DlfRunImmediateResponse(Model):
    """立即执行作业响应

    Reference section 6.3.9, 表6-166.
    """

    instance_id: int = Field(alias="instanceId")
    """作业实例id"""


class DlfSMNNode(Model):
    """SMN 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["SMN"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfSMNNodeProperties
    """表6-70 SMN 节点属性说明（6.3.2 表6-103，6.3.4 表6-138）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfSMNNodePropertiesValueItemOption1(Model):
    """topic"""

    name: Literal["topic"]
    value: str
    """SMN主题URN 通过SMN管理控制台获取SMN主题URN：
    1. 登录管理控制台。
    2. 单击“消息通知服务”，左侧列表选择“主题管理 > 主题”。 在主题列表中可以获取到SMN主题URN。"""


class DlfSMNNodePropertiesValueItemOption2(Model):
    """subject"""

    name: Literal["subject"]
    value: str
    """消息标题，给邮箱订阅者发送邮件时作为邮件主题。"""


class DlfSMNNodePropertiesValueItemOption3(Model):
    """messageType"""

    name: Literal["messageType"]
    value: Literal["NORMAL", "STRUCTURE", "TEMPLATE"]
    """消息类型
    - NORMAL
    - STRUCTURE
    - TEMPLATE"""


class DlfSMNNodePropertiesValueItemOption4(Model):
    """message"""

    name: Literal["message"]
    value: str
    """发送的消息。"""


class DlfShellNode(Model):
    """Shell 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["Shell"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfShellNodeProperties
    """表6-64 Shell 节点属性说明（6.3.2 表6-97，6.3.4 表6-132）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfShellNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    value: str
    """脚本名称"""


class DlfShellNodePropertiesValueItemOption2(Model):
    """connectionName"""

    name: Literal["connectionName"]
    value: str
    """连接名称"""


class DlfShellNodePropertiesValueItemOption3(Model):
    """arguments"""

    name: Literal["arguments"]
    value: str
    """Shell脚本参数"""


class DlfSparkSQLNode(Model):
    """SparkSQL 节点

    Reference section 6.3.1.
    """

    name: str
    """节点名称，只能包含六种字符：英文字母、数字、中文、中划线、下划线和点号，且长度小于等于128个字符。同一个作业中节点名称不能重复。"""
    type_: Literal["SparkSQL"] = Field(alias="type")
    location: DlfJobLocation
    """节点在作业画布上的位置，参考表6-52。"""
    pre_node_name: list[str] | None = Field(default=None, alias="preNodeName")
    """本节点依赖的前面的节点名称列表。"""
    conditions: list[DlfJobCondition] | None = Field(default=None)
    """节点执行条件，如果配置此参数，本节点是否执行由condition的字段expression所保存的EL表达式计算结果决定，参考表6-53。"""
    properties: DlfSparkSQLNodeProperties
    """表6-61 Spark SQL 节点属性说明（6.3.2 表6-94，6.3.4 表6-129）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""
    polling_interval: int | None = Field(default=None, alias="pollingInterval")
    """轮询节点执行结果时间间隔。 单位：秒，取值范围[1, 60] 默认值：10"""
    exec_time_out_retry: str | None = Field(default=None, alias="execTimeOutRetry")
    """节点是否超时重试，默认值为"false\""""
    max_execution_time: int | None = Field(default=None, alias="maxExecutionTime")
    """节点最大执行时间，如果节点在最大执行时间内还未执行完成，会把节点置为失败状态。 单位：分钟，取值范围[5, 7200]，说明：其他值实际无法生效。 默认值：60"""
    retry_times: int | None = Field(default=None, alias="retryTimes")
    """节点失败重试次数。取值范围[1, 100]。 默认值：1"""
    retry_interval: int | None = Field(default=None, alias="retryInterval")
    """失败重试时间间隔。取值范围[5, 600] 单位：秒 默认值：120"""
    fail_policy: Literal["FAIL", "IGNORE", "SUSPEND", "FAIL_CHILD"] | None = Field(
        default=None, alias="failPolicy"
    )
    """节点失败策略:
    - FAIL: 终止当前作业执行计划
    - IGNORE: 继续执行下一个节点
    - SUSPEND: 挂起当前作业执行计划
    - FAIL_CHILD: 终止后续节点执行计划 默认值是FAIL。"""
    event_trigger: DlfJobEvent | None = Field(default=None, alias="eventTrigger")
    """实时作业节点事件触发配置, 参考表 6-56。"""
    cron_trigger: DlfJobCronTrigger | None = Field(default=None, alias="cronTrigger")
    """实时作业节点Cron触发配置, 参考表 6-54。"""


class DlfSparkSQLNodePropertiesValueItemOption1(Model):
    """scriptName"""

    name: Literal["scriptName"]
    value: str
    """脚本名称"""


class DlfSparkSQLNodePropertiesValueItemOption2(Model):
    """database"""

    name: Literal["database"]
    value: str
    """数据库名称 MRS Spark SQL中的数据库，默认default。"""


class DlfSparkSQLNodePropertiesValueItemOption3(Model):
    """connectionName"""

    name: Literal["connectionName"]
    value: str
    """连接名称"""


class DlfSparkSQLNodePropertiesValueItemOption4(Model):
    """scriptArgs"""

    name: Literal["scriptArgs"]
    value: str
    """脚本参数，key、value形式，多个参数间用\\n分隔，例如 key1=value1\\nkey2=value2"""


class DlfStartJobParam(Model):
    """JobParam 数据结构说明

    Reference section 6.3.10, 表6-170.
    """

    name: str
    """参数名称，长度不能超过64个字符。"""
    value: str
    """参数值，长度不能超过1024个字符。"""
    type_: Literal["variable", "constants"] | None = Field(
        default=None, alias="type", validation_alias=AliasChoices("type", "paramType")
    )
    """参数类型。
    - variable: 变量
    - constants: 常量

    Also read as: paramType."""


class DlfStartJobRequest(Model):
    """启动作业请求

    Reference section 6.3.10, 表6-169.
    """

    job_params: list[DlfStartJobParam] | None = Field(default=None, alias="jobParams")
    """作业启动的参数。"""


class DlfSystemSubTask(Model):
    """SubTask 参数说明

    Reference section 6.3.18, 表6-196.
    """

    id_: str = Field(alias="id")
    """子任务ID"""
    name: str
    """子任务名称"""
    last_update: int = Field(alias="lastUpdate")
    """更新时间"""
    status: Literal["RUNNING", "SUCCESSFUL", "FAILED"]
    """状态:
    - RUNNING
    - SUCCESSFUL
    - FAILED"""
    task_id: str | None = Field(default=None, alias="taskId")
    """任务消息"""
    message: str | None = Field(default=None)
    """子任务消息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfSystemTask(Model):
    """系统任务详情

    Reference section 6.3.18, 表6-195.
    """

    id_: str = Field(alias="id")
    """任务ID"""
    name: str
    """任务名称"""
    start_time: int = Field(alias="startTime")
    """开始时间"""
    end_time: int | None = Field(default=None, alias="endTime")
    """结束时间"""
    last_update: int = Field(alias="lastUpdate")
    """更新时间"""
    status: Literal["RUNNING", "SUCCESSFUL", "FAILED"]
    """状态:
    - RUNNING
    - SUCCESSFUL
    - FAILED"""
    project_id: str | None = Field(default=None, alias="projectId")
    """项目编号"""
    subtasks: list[DlfSystemSubTask] | None = Field(default=None)
    """子任务，参考表6-196。"""
    message: str | None = Field(default=None)
    """任务消息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class DlfTaskCompletionData(Model):
    """响应参数说明

    Reference section 6.3.30, 表6-245.
    """

    yesterday: list[DlfTaskRecord] | None = Field(default=None)
    """昨天的任务信息，请参考task_record结构体。"""
    average: list[DlfTaskRecord] | None = Field(default=None)
    """近7天的平均任务信息，请参考task_record结构体。"""
    today: list[DlfTaskRecord] | None = Field(default=None)
    """今天的任务信息，请参考task_record结构体。"""


class DlfTaskRecord(Model):
    """task_record 参数说明

    Reference section 6.3.30, 表6-246.
    """

    record_time: int | None = Field(default=None)
    """整时的时间点，13位时间戳。"""
    task_completion_num: int | None = Field(default=None)
    """当前时间点完成的任务数量。"""


class DlfTaskStatisticsOverview(Model):
    """响应参数说明

    Reference section 6.3.29, 表6-242.
    """

    fail_count: int | None = Field(default=None)
    """失败的实例数量"""
    force_success_count: int | None = Field(default=None)
    """强制成功的实例数量"""
    freeze_count: int | None = Field(default=None)
    """冻结的实例数量"""
    ignore_success_count: int | None = Field(default=None)
    """忽略失败的实例数量"""
    manual_stop_count: int | None = Field(default=None)
    """取消的实例数量"""
    pause_count: int | None = Field(default=None)
    """暂停的实例数量"""
    running_count: int | None = Field(default=None)
    """运行中的实例数量"""
    running_exception_count: int | None = Field(default=None)
    """异常的实例数量。"""
    skip_count: int | None = Field(default=None)
    """跳过的实例数量"""
    success_count: int | None = Field(default=None)
    """运行成功的实例数量"""
    waiting_confirm_count: int | None = Field(default=None)
    """待确认执行的实例数量"""
    waiting_count: int | None = Field(default=None)
    """等待运行的实例数量"""
    total_count: int | None = Field(default=None)
    """实例总数"""


class ReleasePackage(Model):
    """发布包信息的参数说明

    Reference section 6.3.23, 表6-217; 6.3.24, 表6-222.
    """

    apply_timestamp: int | None = Field(default=None)
    """申请时间，13位时间戳。"""
    apply_user_id: str | None = Field(default=None)
    """申请人id。"""
    apply_user_name: str | None = Field(default=None)
    """申请人名称。"""
    delete_flag: Literal[0, 1] | None = Field(default=None)
    """是否删除。
    0: 没有删除
    1: 删除"""
    deploy_status: Literal[1, 2, 3, 5] | None = Field(default=None)
    """发布状态。
    1: 待审批
    2: 成功
    3: 失败
    5: 发布中"""
    deploy_timestamp: int | None = Field(default=None)
    """发布时间，13位时间戳。"""
    deploy_user_id: str | None = Field(default=None)
    """发布人id。"""
    deploy_user_name: str | None = Field(default=None)
    """发布人名称。"""
    package_approvers: list[ReleasePackageApprover] | None = Field(default=None)
    """发布包审批信息，参考表6-218。"""
    package_id: str | None = Field(default=None)
    """发布包id。"""
    package_name: str | None = Field(default=None)
    """发布包名称。"""
    project_id: str | None = Field(default=None)
    """项目ID和空间信息，以项目ID-workspace-空间ID拼接。"""
    workspace_id: str | None = Field(default=None)
    """发布包所在空间ID。"""


class ReleasePackageApprover(Model):
    """发布包审批信息的参数说明

    Reference section 6.3.23, 表6-218; 6.3.24, 表6-224.
    """

    user_id: str | None = Field(default=None)
    """发布包审批人id。"""
    user_name: str | None = Field(default=None)
    """发布包审批人名称。"""


class ReleasePackageDeployDetail(Model):
    """deploy_package_details 数据结构

    Reference section 6.3.27, 表6-236.
    """

    asy_subtask_num: int | None = Field(default=None)
    """总的异步执行的子任务个数。"""
    asy_task_id: str | None = Field(default=None)
    """异步作业id，返回给前台轮询结果。"""
    package_id: int | None = Field(default=None)
    """发布包ID。"""


class ReleasePackageDeployRequest(Model):
    """请求 Body 参数

    Reference section 6.3.27, 表6-234.
    """

    package_ids: list[str]
    """发布包ID集合，不能为空，且一次不能超过100个"""
    startup_mode: Literal[0, 1] | None = Field(default=None)
    """发布后是否立即启动作业。取值范围为0和1，默认为1
    1：发布成功后立即启动作业
    0：不立即启动"""
    publish_type: str | None = Field(default=None)


class ReleasePackageDeployResponse(Model):
    """响应参数说明

    Reference section 6.3.27, 表6-235.
    """

    deploy_package_details: list[ReleasePackageDeployDetail] | None = Field(default=None)
    """发布包信息，请参考表6-236。"""


class ReleasePackageDetail(Model):
    """参数说明

    Reference section 6.3.24, 表6-221.
    """

    release_package: ReleasePackage
    """发布包详情，参考表6-222。"""
    task_details: list[ReleasePackageTaskDetail]
    """发布任务详情，参考表6-223。"""


class ReleasePackageList(Model):
    """参数说明

    Reference section 6.3.23, 表6-216.
    """

    data: list[ReleasePackage]
    """发布包信息，参考表6-217。"""
    total: int
    """发布包个数。"""


class ReleasePackageListRequest(Model):
    """Body 参数说明

    Reference section 6.3.23, 表6-215.
    """

    key_word: str | None = Field(default=None)
    """包名package_name关键字。"""
    apply_user_name: str | None = Field(default=None)
    """申请人名称。"""
    deploy_user_name: str | None = Field(default=None)
    """发布人名称。"""
    apply_begin_time: int | None = Field(default=None)
    """申请开始时间，13位时间戳。"""
    apply_end_time: int | None = Field(default=None)
    """申请结束时间，13位时间戳。"""
    deploy_begin_time: int | str | None = Field(default=None)
    """发布开始时间，13位时间戳。"""
    deploy_end_time: int | str | None = Field(default=None)
    """发布结束时间，13位时间戳。"""
    apply_user_name_filter: list[str] | str | None = Field(default=None)
    """申请人名称集合，根据该字段筛选，如果选择了apply_user_name，则该名称必须包含在集合内。"""
    deploy_user_name_filter: list[str] | str | None = Field(default=None)
    """发布人名称集合，根据该字段筛选，如果选择了deploy_user_name，则该名称必须包含在集合内。"""
    deploy_status_filter: list[Literal[1, 2, 3, 5]] | str | None = Field(
        default=None,
        validation_alias=AliasChoices("deploy_status_filter", "deploy_statuses_filter"),
    )
    """发布状态集合。
    1: 待审批
    2: 成功
    3: 失败
    5: 发布中

    Also read as: deploy_statuses_filter."""
    sorted_direction: str | None = Field(default=None)
    """排序方向，默认是desc。"""
    order_column: str | None = Field(default=None)
    """排序字段，默认是apply_timestamp。"""
    limit: int | None = Field(default=None)
    """分页返回结果，默认是10。"""
    offset: int | None = Field(default=None)
    """分页的起始页，默认值位0，取值范围大于等于0。"""


class ReleasePackageTaskDetail(Model):
    """发布任务详情的参数说明

    Reference section 6.3.24, 表6-223.
    """

    deploy_status: Literal[1, 2, 3, 5] | None = Field(default=None)
    """发布状态。
    1: 待审批
    2: 成功
    3: 失败
    5: 发布中"""
    deployed_version: int | None = Field(default=None)
    """已发布节点版本。"""
    item_name: str | None = Field(default=None)
    """发布任务名称。"""
    pending_item_id: str | None = Field(default=None)
    """发布任务ID。"""
    pending_version: int | None = Field(default=None)
    """当前节点版本。"""
    script_id: str | None = Field(default=None)
    """脚本ID。"""
    task_id: str | None = Field(default=None)
    """作业ID。"""
    start_job_status: Literal[2, 3] | None = Field(
        default=None, validation_alias=AliasChoices("start_job_status", "start_job_statuses")
    )
    """作业启动状态。
    2: 成功
    3: 失败

    Also read as: start_job_statuses."""
    submit_timestamp: int | None = Field(default=None)
    """提交时间戳，13位时间戳。"""
    submit_user_id: str | None = Field(default=None)
    """提交人id。"""
    submit_user_name: str | None = Field(default=None)
    """提交人名称。"""
    task_type: Literal[1, 2, 3] | None = Field(default=None)
    """任务类型。
    1: 作业
    2: 脚本
    3: 资源"""
    update_type: Literal[1, 2, 3] | None = Field(default=None)
    """变更类型，默认值1。
    1: 新增
    2: 修改
    3: 删除"""


class ReleasePackageUnpackRequest(Model):
    """请求 Body 参数

    Reference section 6.3.28, 表6-239.
    """

    package_ids: list[str] | None = Field(default=None)
    """发布包ID集合。"""


class Resource(Model):
    """Resource 参数说明

    Reference section 6.2.3, 表6-39.
    """

    name: str
    """资源名称，只能包含英文字母、数字、中文字符、下划线或中划线，且长度为1-32个字符。"""
    type_: Literal["archive", "file", "jar"] = Field(alias="type")
    """资源类型，包含：
    - archive
    - file
    - jar"""
    location: str
    """资源文件所在OBS路径，当类型为jar时，location为主Jar包所在路径。最多256个字符。示例：obs://myBucket/test.jar"""
    depend_files: list[str] | None = Field(default=None, alias="dependFiles")
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。"""
    desc: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""
    directory: str | None = Field(default=None)
    """资源所在目录。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“配置管理 > 资源管理”。在资源的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    id_: str | None = Field(default=None, alias="id")
    """资源ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    depend_packages: list[ResourceDependPackage] | None = Field(
        default=None, alias="dependPackages"
    )
    """主Jar包所依赖的JAR包、properties文件；同时存在dependFiles和dependPackages时，优先解析该字段。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    job_relation: list[ResourceJobRelation] | None = Field(default=None, alias="jobRelation")
    """引用该资源的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ResourceCreate(Model):
    """Resource 参数说明（创建资源）

    Reference section 6.2.1, 表6-31.
    """

    name: str
    """资源名称，只能包含英文字母、数字、中文字符、下划线或中划线，且长度为1-32个字符。"""
    type_: Literal["archive", "file", "jar"] = Field(alias="type")
    """资源类型，包含：
    - archive
    - file
    - jar"""
    location: str
    """资源文件所在OBS路径，当类型为jar时，location为主Jar包所在路径。最多1023个字符。示例：obs://myBucket/test.jar"""
    depend_files: list[str] | None = Field(default=None, alias="dependFiles")
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。"""
    desc: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""
    directory: str | None = Field(default=None)
    """资源所在目录。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“配置管理 > 资源管理”。在资源的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    id_: str | None = Field(default=None, alias="id")
    """资源ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    depend_packages: list[ResourceDependPackage] | None = Field(
        default=None, alias="dependPackages"
    )
    """主Jar包所依赖的JAR包、properties文件；同时存在dependFiles和dependPackages时，优先解析该字段。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    job_relation: list[ResourceJobRelation] | None = Field(default=None, alias="jobRelation")
    """引用该资源的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ResourceCreateResponse(Model):
    """创建资源响应参数

    Reference section 6.2.1, 表6-32.
    """

    resource_id: str = Field(alias="resourceId")
    """资源ID"""


class ResourceDependPackage(Model):
    """DependPackage 参数说明

    Reference section 6.2.2, 表6-36.
    """

    type_: str | None = Field(default=None, alias="type")
    """文件类型"""
    location: str | None = Field(default=None)
    """文件路径"""


class ResourceJobRelation(Model):
    """Relation

    引用资源的作业。

    Reference section 6.2.3.
    """

    relation_type: str | None = Field(default=None, alias="relationType")
    """依赖类型。"""
    relation_id: str | None = Field(default=None, alias="relationId")
    """依赖类型ID。"""
    task_name: str | None = Field(default=None, alias="taskName")
    """作业名称。"""
    task_id: int | None = Field(default=None, alias="taskId")
    """作业ID。"""
    script_name: str | None = Field(default=None, alias="scriptName")
    """脚本名称。"""
    script_id: str | None = Field(default=None, alias="scriptId")
    """脚本ID。"""
    user_name: str | None = Field(default=None, alias="userName")
    """用户名。"""
    version: int | None = Field(default=None)
    """版本号。"""
    deleted: bool | None = Field(default=None)
    """是否已删除。"""


class ResourceList(Model):
    """查询资源列表响应

    Reference section 6.2.5, 表6-44.
    """

    total: int
    """总的资源个数。"""
    resources: list[ResourceListItem]
    """资源列表。"""


class ResourceListItem(Model):
    """Resource 参数说明（资源列表）

    Reference section 6.2.5, 表6-45.
    """

    id_: str = Field(alias="id")
    """资源ID，用户查询资源时使用。"""
    name: str
    """资源名称，只能包含英文字母、数字、中文字符、下划线或中划线，且长度为1-32个字符。"""
    type_: Literal["archive", "file", "jar"] = Field(alias="type")
    """资源类型，包含：
    - archive
    - file
    - jar"""
    location: str
    """资源文件所在OBS路径，当类型为jar时，location为主Jar包所在路径。最多256个字符。示例：obs://myBucket/test.jar"""
    depend_files: list[str] | None = Field(default=None, alias="dependFiles")
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。"""
    desc: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""
    directory: str | None = Field(default=None)
    """资源所在目录。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“配置管理 > 资源管理”。在资源的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    depend_packages: list[ResourceDependPackage] | None = Field(
        default=None, alias="dependPackages"
    )
    """主Jar包所依赖的JAR包、properties文件；同时存在dependFiles和dependPackages时，优先解析该字段。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    job_relation: list[ResourceJobRelation] | None = Field(default=None, alias="jobRelation")
    """引用该资源的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ResourceUpdate(Model):
    """Resource 参数说明（修改资源）

    Reference section 6.2.2, 表6-35.
    """

    name: str
    """资源名称，只能包含英文字母、数字、中文字符、下划线或中划线，且长度为1-32个字符。"""
    type_: Literal["archive", "file", "jar"] = Field(alias="type")
    """资源类型，包含：
    - archive
    - file
    - jar"""
    location: str | None = Field(default=None)
    """资源文件所在OBS路径，当类型为jar时，location为主Jar包所在路径。最多1023个字符。示例：obs://myBucket/test.jar"""
    depend_files: list[str] | None = Field(default=None, alias="dependFiles")
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。"""
    depend_packages: list[ResourceDependPackage] | None = Field(
        default=None, alias="dependPackages"
    )
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。同时存在dependFiles和dependPackages时，优先解析该字段。"""
    desc: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""
    directory: str
    """资源所在目录。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“配置管理 > 资源管理”。在资源的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    id_: str | None = Field(default=None, alias="id")
    """资源ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    job_relation: list[ResourceJobRelation] | None = Field(default=None, alias="jobRelation")
    """引用该资源的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class Script(Model):
    """Script 参数说明

    Reference section 6.1.3, 表6-11.
    """

    name: str
    """脚本名称，只能包含五种字符：英文字母、数字、中文、中划线和点号，且长度小于等于128个字符。脚本名称不能重复。"""
    type_: Literal[
        "FlinkSQL",
        "DLISQL",
        "SparkSQL",
        "HiveSQL",
        "DWSSQL",
        "RDSSQL",
        "Shell",
        "PRESTO",
        "ClickHouseSQL",
        "HetuEngineSQL",
        "PYTHON",
        "ImpalaSQL",
        "SparkPython",
    ] = Field(alias="type")
    """脚本类型，包含：
    - FlinkSQL
    - DLISQL
    - SparkSQL
    - HiveSQL
    - DWSSQL
    - RDSSQL
    - Shell
    - PRESTO
    - ClickHouseSQL
    - HetuEngineSQL
    - PYTHON
    - ImpalaSQL
    - SparkPython"""
    content: str
    """脚本内容，最大支持64KB。"""
    directory: str | None = Field(default=None)
    """脚本所在目录路径。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“数据开发 > 脚本开发”。在脚本的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    connection_name: str | None = Field(default=None, alias="connectionName")
    """脚本关联的连接名称。当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、Shell、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，这个参数是必选的。用户可以通过 查询连接列表（待下线） 接口获取当前系统中已经存在的连接。默认值为空。"""
    database: str | None = Field(default=None)
    """执行SQL语句所关联的数据库，当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，才支持此参数。
    - type为DLISQL时，可以通过《数据湖探索 API参考》的“查询所有数据库”接口获取数据库信息。
    - type为其他类型的时候，需要通过JDBC方式连上集群，查询数据库信息。默认值为空。"""
    queue_name: str | None = Field(default=None, alias="queueName")
    """DLI资源队列名称，当type参数值为DLISQL时，才支持此参数。可以通过《数据湖探索 API参考》的“查询队列列表接口”获取队列信息。默认值为空。"""
    configuration: dict[str, Any] | None = Field(default=None)
    """用户定义适用于此作业的配置参数，当type参数值为DLISQL时，才支持此参数。当前支持的配置项列表请参考《数据湖探索 API参考》的“提交SQL作业接口”的conf参数说明。默认值为空。"""
    description: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""
    auto_acquire_lock: bool | None = Field(default=None, alias="autoAcquireLock")
    """自动获取编辑锁参数，默认为true"""
    id_: str | None = Field(default=None, alias="id")
    """脚本ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    owner: str | None = Field(default=None)
    """责任人名称。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    version: int | None = Field(default=None)
    """脚本最新提交版本。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    target_status: str | None = Field(default=None, alias="targetStatus")
    """开启审批开关后，脚本的目标状态：SAVED、SUBMITTED或PRODUCTION。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    approvers: list[ScriptApprover] | None = Field(default=None)
    """开启审批开关后，脚本的审批人。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptApprover(Model):
    """审批人属性说明

    Reference section 6.1.1, 表6-4.
    """

    approver_name: str = Field(alias="approverName")
    """审批人名称。"""


class ScriptCreate(Model):
    """Script 参数说明（创建脚本）

    Reference section 6.1.1, 表6-3.
    """

    name: str
    """脚本名称，只能包含五种字符：英文字母、数字、中文、中划线和点号，且长度小于等于128个字符。脚本名称不能重复。"""
    type_: Literal[
        "FlinkSQL",
        "DLISQL",
        "SparkSQL",
        "HiveSQL",
        "DWSSQL",
        "RDSSQL",
        "Shell",
        "PRESTO",
        "ClickHouseSQL",
        "HetuEngineSQL",
        "PYTHON",
        "ImpalaSQL",
        "SparkPython",
    ] = Field(alias="type")
    """脚本类型，包含：
    - FlinkSQL
    - DLISQL
    - SparkSQL
    - HiveSQL
    - DWSSQL
    - RDSSQL
    - Shell
    - PRESTO
    - ClickHouseSQL
    - HetuEngineSQL
    - PYTHON
    - ImpalaSQL
    - SparkPython"""
    content: str
    """脚本内容，最大支持4M。"""
    directory: str | None = Field(default=None)
    """脚本所在目录路径。
    通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“数据开发 > 脚本开发”。在脚本的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    connection_name: str | None = Field(default=None, alias="connectionName")
    """脚本关联的连接名称。当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、Shell、PRESTO、ClickHouseSQL、HetuEngineSQL、RDSSQL、ImpalaSQL、PYTHON、SparkPython其中之一时，这个参数是必选的。用户可以通过 查询连接列表（待下线） 接口获取当前系统中已经存在的连接。默认值为空。"""
    database: str | None = Field(default=None)
    """执行SQL语句所关联的数据库，当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，才支持此参数。
    - type为DLI SQL时，可以通过《数据湖探索 API参考》的“查询所有数据库”接口获取数据库信息。
    - type为其他类型的时候，必选。"""
    queue_name: str | None = Field(default=None, alias="queueName")
    """DLI资源队列名称，当type参数值为DLI SQL时，才支持此参数。可以通过《数据湖探索 API参考》的“查询队列列表接口”获取队列信息。默认值为空。"""
    configuration: dict[str, Any] | None = Field(default=None)
    """用户定义适用于此作业的配置参数，当type参数值为DLI SQL时，才支持此参数。当前支持的配置项列表请参考《数据湖探索 API参考》的“提交SQL作业接口”的conf参数说明。默认值为空。"""
    description: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""
    owner: str | None = Field(default=None)
    """责任人名称"""
    target_status: Literal["SAVED", "SUBMITTED", "PRODUCTION"] | None = Field(
        default=None, alias="targetStatus"
    )
    """在开启审批开关后，需要填写该字段。表示创建脚本的目标状态，有三种状态：SAVED、SUBMITTED和PRODUCTION，分别表示脚本创建后是保存态，提交态，生产态。
    - 保存态表示脚本仅保存，无法调度运行，需要提交并审核通过后才能运行。
    - 提交态表示脚本保存后会自动提交，需要审核通过才能运行。
    - 生产态表示脚本跳过审批环节，创建后可以直接运行。注意：只有工作空间的管理员用户才能创建生产态的脚本。"""
    approvers: list[ScriptApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示脚本审批人，参考 表6-4 。"""
    id_: str | None = Field(default=None, alias="id")
    """脚本ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    version: int | None = Field(default=None)
    """脚本最新提交版本。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptDeleteRequest(Model):
    """删除脚本请求参数

    Reference section 6.1.6, 表6-21.
    """

    approvers: list[ScriptApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示脚本审批人，参考表6-22。"""


class ScriptExecuteRequest(Model):
    """执行脚本请求参数

    Reference section 6.1.7, 表6-25.
    """

    params: dict[str, str] | None = Field(default=None)
    """脚本参数Map<String,String>。如果脚本中定义了参数，通过params携带参数值。
    脚本参数指的是脚本内容里的参数，如下所示：（图）"""


class ScriptExecuteResponse(Model):
    """执行脚本响应参数

    Reference section 6.1.7, 表6-26.
    """

    instance_id: str = Field(alias="instanceId")
    """执行脚本的实例ID。在 查询脚本实例执行结果 使用instanceId获取执行结果。"""


class ScriptInstanceResult(Model):
    """脚本实例执行结果

    Reference section 6.1.5, 表6-17.
    """

    status: Literal["LAUNCHING", "RUNNING", "FINISHED", "FAILED"]
    """执行状态。
    - LAUNCHING：提交中
    - RUNNING：运行中
    - FINISHED：执行成功
    - FAILED：执行失败"""
    results: list[ScriptResult]
    """执行结果"""
    message: str | None = Field(default=None)
    """执行失败消息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptList(Model):
    """查询脚本列表响应

    Reference section 6.1.4, 响应参数.
    """

    total: int
    """总的脚本个数。"""
    scripts: list[ScriptListItem]
    """脚本列表。"""


class ScriptListItem(Model):
    """Script 参数说明（脚本列表）

    Reference section 6.1.4, 表6-14.
    """

    name: str
    """脚本名称，只能包含五种字符：英文字母、数字、中文、中划线和点号，且长度小于等于128个字符。脚本名称不能重复。"""
    type_: Literal[
        "FlinkSQL",
        "DLISQL",
        "SparkSQL",
        "HiveSQL",
        "DWSSQL",
        "RDSSQL",
        "Shell",
        "PRESTO",
        "ClickHouseSQL",
        "HetuEngineSQL",
        "PYTHON",
        "ImpalaSQL",
        "SparkPython",
    ] = Field(alias="type")
    """脚本类型，包含：
    - FlinkSQL
    - DLISQL
    - SparkSQL
    - HiveSQL
    - DWSSQL
    - RDSSQL
    - Shell
    - PRESTO
    - ClickHouseSQL
    - HetuEngineSQL
    - PYTHON
    - ImpalaSQL
    - SparkPython"""
    content: str
    """脚本内容，最大支持64KB。"""
    directory: str | None = Field(default=None)
    """脚本所在目录路径。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“数据开发 > 脚本开发”。在脚本的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    connection_name: str | None = Field(default=None, alias="connectionName")
    """脚本关联的连接名称。当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、Shell、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，这个参数是必选的。用户可以通过 查询连接列表（待下线） 接口获取当前系统中已经存在的连接。默认值为空。"""
    database: str | None = Field(default=None)
    """执行SQL语句所关联的数据库，当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，才支持此参数。
    - type为DLISQL时，可以通过《数据湖探索 API参考》的“查询所有数据库”接口获取数据库信息。
    - type为其他类型的时候，需要通过JDBC方式连上集群，查询数据库信息。默认值为空。"""
    queue_name: str | None = Field(default=None, alias="queueName")
    """DLI资源队列名称，当type参数值为DLISQL时，才支持此参数。可以通过《数据湖探索 API参考》的“查询队列列表接口”获取队列信息。默认值为空。"""
    configuration: dict[str, Any] | None = Field(default=None)
    """用户定义适用于此作业的配置参数，当type参数值为DLISQL时，才支持此参数。当前支持的配置项列表请参考《数据湖探索 API参考》的“提交SQL作业接口”的conf参数说明。默认值为空。"""
    description: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""
    id_: str | None = Field(default=None, alias="id")
    """脚本ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    owner: str | None = Field(default=None)
    """责任人名称。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    version: int | None = Field(default=None)
    """脚本最新提交版本。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    target_status: str | None = Field(default=None, alias="targetStatus")
    """开启审批开关后，脚本的目标状态：SAVED、SUBMITTED或PRODUCTION。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    approvers: list[ScriptApprover] | None = Field(default=None)
    """开启审批开关后，脚本的审批人。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptResult(Model):
    """Result 数据结构说明

    Reference section 6.1.5, 表6-18.
    """

    message: str | None = Field(default=None)
    """执行失败消息。"""
    duration: float | None = Field(default=None)
    """脚本实例的执行时长，单位是秒。"""
    row_count: int | None = Field(default=None, alias="rowCount")
    """结果行数。"""
    rows: list[list[Any]] | None = Field(default=None)
    """返回结果数据。"""
    schema_: list[dict[str, str]] | None = Field(default=None, alias="schema")
    """结果数据格式定义。"""
    input_row_count: int | None = Field(default=None, alias="inputRowCount")
    """输入结果的行数（DLI等脚本）。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    result_count: int | None = Field(default=None, alias="resultCount")
    """结果行数（DLI等脚本）。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    raw_result: Any = Field(default=None, alias="rawResult")
    """脚本结果信息（原始结果）。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptUpdate(Model):
    """Script 参数说明（修改脚本）

    Reference section 6.1.2, 表6-7.
    """

    name: str
    """脚本名称，只能包含五种字符：英文字母、数字、中文、中划线和点号，且长度小于等于128个字符。脚本名称不能重复。"""
    type_: Literal[
        "FlinkSQL",
        "DLISQL",
        "SparkSQL",
        "HiveSQL",
        "DWSSQL",
        "RDSSQL",
        "Shell",
        "PRESTO",
        "ClickHouseSQL",
        "HetuEngineSQL",
        "PYTHON",
        "ImpalaSQL",
        "SparkPython",
    ] = Field(alias="type")
    """脚本类型，包含：
    - FlinkSQL
    - DLISQL
    - SparkSQL
    - HiveSQL
    - DWSSQL
    - RDSSQL
    - Shell
    - PRESTO
    - ClickHouseSQL
    - HetuEngineSQL
    - PYTHON
    - ImpalaSQL
    - SparkPython"""
    content: str
    """脚本内容，最大支持4M。"""
    directory: str | None = Field(default=None)
    """脚本所在目录路径。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“数据开发 > 脚本开发”。在脚本的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    connection_name: str | None = Field(default=None, alias="connectionName")
    """脚本关联的连接名称。当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、Shell、PRESTO、ClickHouseSQL、HetuEngineSQL、RDSSQL、ImpalaSQL、PYTHON、SparkPython其中之一时，这个参数是必选的。用户可以通过 查询连接列表（待下线） 接口获取当前系统中已经存在的连接。默认值为空。"""
    database: str | None = Field(default=None)
    """执行SQL语句所关联的数据库，当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，才支持此参数。
    - type为DLI SQL时，可以通过《数据湖探索 API参考》的“查询所有数据库”接口获取数据库信息。
    - type为其他类型的时候，需要通过JDBC方式连上集群，查询数据库信息。默认值为空。"""
    queue_name: str | None = Field(default=None, alias="queueName")
    """DLI资源队列名称，当type参数值为DLISQL时，才支持此参数。可以通过《数据湖探索 API参考》的“查询队列列表接口”获取队列信息。默认值为空。"""
    configuration: dict[str, Any] | None = Field(default=None)
    """用户定义适用于此作业的配置参数，当type参数值为DLISQL时，才支持此参数。当前支持的配置项列表请参考《数据湖探索 API参考》的“提交SQL作业接口”的conf参数说明。默认值为空。"""
    description: str | None = Field(default=None)
    """描述，长度不能超过255个字符。"""
    target_status: Literal["SAVED", "SUBMITTED", "PRODUCTION"] | None = Field(
        default=None, alias="targetStatus"
    )
    """在开启审批开关后，需要填写该字段。表示创建脚本的目标状态，有三种状态：SAVED、SUBMITTED和PRODUCTION，分别表示脚本创建后是保存态，提交态，生产态。
    - 保存态表示脚本仅保存，无法调度运行，需要提交并审核通过后才能运行。
    - 提交态表示脚本保存后会自动提交，需要审核通过才能运行。
    - 生产态表示脚本跳过审批环节，创建后可以直接运行。注意：只有工作空间的管理员用户才能创建生产态的脚本。"""
    approvers: list[ScriptApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示脚本审批人，参考表6-8。
    审批开关的配置请参见审批中心。"""
    id_: str | None = Field(default=None, alias="id")
    """脚本ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    owner: str | None = Field(default=None)
    """责任人名称。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    version: int | None = Field(default=None)
    """脚本最新提交版本。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class SupplementDataCreateRequest(Model):
    """Body 参数说明

    Reference section 6.3.19, 表6-198.
    """

    name: str
    """补数据任务的名称。"""
    job_name: str
    """作业名称，即补数据任务需要补哪个作业的名称。"""
    start_date: str
    """补数据的开始日期，格式如
    "2023-08-21T00:00:00 +08\""""
    end_date: str
    """补数据的结束日期，格式如
    "2023-08-21T23:59:59 +08\""""
    parallel: int
    """并行周期数，取值范围[1,5]"""
    depend_jobs: list[SupplementDataJobDTO] | None = Field(default=None)
    """参考表6-199。"""
    is_day_granularity: bool | None = Field(default=None)
    """是否按照天粒度补数据，true表示是，false表示否。"""
    priority: int | None = Field(default=None)
    """设置补数据作业的优先级。当系统资源不充足时，可以优先满足优先级较高的作业的计算资源，数字越大优先级越高，当前只支持对DLI SQL算子设置优先级。"""
    is_stop_when_fail: bool | None = Field(default=None)
    """补数据作业失败时是否停止，true表示停止，false表示不停止。"""
    reverse_order: int | None = Field(default=None)
    """是否按照日期倒序补数据，取值范围[0,1]，0表示正序补数据，1表示倒序补数据。"""
    force: Literal["true", "false"] | None = Field(default=None)
    """是否强制补数据，true表示强制补数据，同一个作业出现在2个补数据实例时，也可以进行补数据；false表示不能强制补数据。"""
    supplement_data_run_time: SupplementDataRunTime | None = Field(default=None)
    """补数据时间段，当前仅支持每天，如果没有补数据时间，则默认为"00:00-00:00"，参考表6-200。"""
    supplement_data_instance_time: SupplementDataInstanceTime | None = Field(default=None)
    """支持补离散时间任务，参考表6-201。"""


class SupplementDataInstanceTime(Model):
    """SupplementDataInstanceTime 参数说明

    Reference section 6.3.19, 表6-201; 6.3.20, 表6-206.
    """

    days: list[str] | None = Field(default=None)
    """支持离散的天"""
    time_of_day: str | None = Field(default=None)
    """指定天中的时间段"""


class SupplementDataJobDTO(Model):
    """JobDTO 参数说明

    Reference section 6.3.19, 表6-199.
    """

    job_name: str | None = Field(default=None)
    """作业名称"""
    workspace_id: str | None = Field(default=None)
    """工作空间ID"""


class SupplementDataList(Model):
    """参数说明

    Reference section 6.3.20, 表6-203.
    """

    total: int
    """作业数量"""
    success: bool
    """true或者false"""
    msg: str
    """success"""
    rows: list[SupplementDataRow]
    """包含若干补数据实例信息，参考表6-204。"""


class SupplementDataRow(Model):
    """row 数据结构说明

    Reference section 6.3.20, 表6-204.
    """

    job_list: list[str]
    """补数据作业名称，可能有依赖的作业，故会有多个作业的情况。"""
    name: str
    """补数据名称"""
    user_name: str
    """用户名称"""
    type_: int = Field(alias="type")
    """触发补数据的类型，取值范围[0, 1]。0代表作业监控界面触发的补数据，1代表恢复动作触发的补数据。"""
    start_date: int
    """作业的开始日期 13位时间戳"""
    end_date: int
    """作业的结束日期 13位时间戳"""
    parallel: int
    """并行周期数，取值范围[1,5]"""
    status: Literal["SUCCESS", "RUNNING", "CANCEL"]
    """实例状态：
    - SUCCESS: 成功
    - RUNNING : 运行中
    - CANCEL: 取消"""
    submitted_date: int
    """作业创建时间，"""
    supplement_data_run_time: SupplementDataRowRunTime | None = Field(default=None)
    """补数据时间段，当前仅支持每天，如果没有补数据时间，则默认为"00:00-00:00"，参考表6-205。"""
    supplement_data_instance_time: SupplementDataInstanceTime | None = Field(default=None)
    """支持补离散时间任务，参考表6-206。"""


class SupplementDataRowRunTime(Model):
    """SupplementDataRunTime 参数说明

    Reference section 6.3.20, 表6-205.
    """

    time_of_day: str
    """每天的可补数据时间段，如：每天的10点15分到23点30分，表示：10:15-23:30"""
    day_of_week: str | None = Field(default=None)
    """每周的星期几可以补数据，如：每周一，周三的每天10点15分到23点30分"""
    day_of_month: str | None = Field(default=None)
    """每个月的哪几天可以补数据，如每月1号，3号，表示：1,3"""


class SupplementDataRunTime(Model):
    """SupplementDataRunTime 参数说明

    Reference section 6.3.19, 表6-200.
    """

    time_of_day: str | None = Field(default=None)
    """每天的可补数据时间段，如：每天的10点15分到23点30分，表示：10:15-23:30"""
    day_of_week: str | None = Field(default=None)
    """每周的星期几可以补数据，如：每周一，周三的每天10点15分到23点30分"""
    day_of_month: str | None = Field(default=None)
    """每个月的哪几天可以补数据，如每月1号，3号，表示：1,3"""


DlfCDMJobNodeProperties = list[
    DlfCDMJobNodePropertiesValueItemOption1 | DlfCDMJobNodePropertiesValueItemOption2
]
"""CDM Job 节点属性说明

表6-65 CDM Job 节点属性说明（6.3.2 表6-98，6.3.4 表6-133）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfCloudTableManagerNodeProperties = list[
    DlfCloudTableManagerNodePropertiesValueItemOption1
    | DlfCloudTableManagerNodePropertiesValueItemOption2
    | DlfCloudTableManagerNodePropertiesValueItemOption3
    | DlfCloudTableManagerNodePropertiesValueItemOption4
]
"""CloudTableManager 节点属性说明

表6-67 CloudTableManager 节点属性说明（6.3.2 表6-100，6.3.4 表6-135）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfDISTransferTaskNodeProperties = list[
    DlfDISTransferTaskNodePropertiesValueItemOption1
    | DlfDISTransferTaskNodePropertiesValueItemOption2
    | DlfDISTransferTaskNodePropertiesValueItemOption3
    | DlfDISTransferTaskNodePropertiesValueItemOption4
]
"""DISTransferTask 节点属性说明

表6-66 DISTransferTask 节点属性说明（6.3.2 表6-99，6.3.4 表6-134）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfDLISQLNodeProperties = list[
    DlfDLISQLNodePropertiesValueItemOption1
    | DlfDLISQLNodePropertiesValueItemOption2
    | DlfDLISQLNodePropertiesValueItemOption3
    | DlfDLISQLNodePropertiesValueItemOption4
]
"""DLI SQL 节点属性说明

表6-63 DLI SQL 节点属性说明（6.3.2 表6-96，6.3.4 表6-131）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfDLISparkNodeProperties = list[
    DlfDLISparkNodePropertiesValueItemOption1
    | DlfDLISparkNodePropertiesValueItemOption2
    | DlfDLISparkNodePropertiesValueItemOption3
    | DlfDLISparkNodePropertiesValueItemOption4
    | DlfDLISparkNodePropertiesValueItemOption5
    | DlfDLISparkNodePropertiesValueItemOption6
    | DlfDLISparkNodePropertiesValueItemOption7
]
"""DLI Spark 节点属性说明

表6-73 DLI Spark 节点属性说明（6.3.2 表6-106，6.3.4 表6-141）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfDWSSQLNodeProperties = list[
    DlfDWSSQLNodePropertiesValueItemOption1
    | DlfDWSSQLNodePropertiesValueItemOption2
    | DlfDWSSQLNodePropertiesValueItemOption3
    | DlfDWSSQLNodePropertiesValueItemOption4
]
"""DWS SQL 节点属性说明

表6-62 DWS SQL 节点属性说明（6.3.2 表6-95，6.3.4 表6-130）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfHiveSQLNodeProperties = list[
    DlfHiveSQLNodePropertiesValueItemOption1
    | DlfHiveSQLNodePropertiesValueItemOption2
    | DlfHiveSQLNodePropertiesValueItemOption3
    | DlfHiveSQLNodePropertiesValueItemOption4
]
"""Hive SQL 节点属性说明

表6-60 Hive SQL 节点属性说明（6.3.2 表6-93，6.3.4 表6-128）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfJobNode = (
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
    | DlfModelArtsTrainNode
)
"""节点

表6-49 Node 数据结构说明。节点类型 type 决定 properties 的形状（表6-60 至 表6-77）。"""

DlfMRSFlinkJobNodeProperties = list[
    DlfMRSFlinkJobNodePropertiesValueItemOption1
    | DlfMRSFlinkJobNodePropertiesValueItemOption2
    | DlfMRSFlinkJobNodePropertiesValueItemOption3
    | DlfMRSFlinkJobNodePropertiesValueItemOption4
    | DlfMRSFlinkJobNodePropertiesValueItemOption5
    | DlfMRSFlinkJobNodePropertiesValueItemOption6
    | DlfMRSFlinkJobNodePropertiesValueItemOption7
    | DlfMRSFlinkJobNodePropertiesValueItemOption8
    | DlfMRSFlinkJobNodePropertiesValueItemOption9
]
"""MRS Flink 节点属性说明

表6-75 MRS Flink 节点属性说明（6.3.2 表6-108，6.3.4 表6-143）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfMRSHetuEngineNodeProperties = list[
    DlfMRSHetuEngineNodePropertiesValueItemOption1
    | DlfMRSHetuEngineNodePropertiesValueItemOption2
    | DlfMRSHetuEngineNodePropertiesValueItemOption3
    | DlfMRSHetuEngineNodePropertiesValueItemOption4
    | DlfMRSHetuEngineNodePropertiesValueItemOption5
    | DlfMRSHetuEngineNodePropertiesValueItemOption6
    | DlfMRSHetuEngineNodePropertiesValueItemOption7
    | DlfMRSHetuEngineNodePropertiesValueItemOption8
    | DlfMRSHetuEngineNodePropertiesValueItemOption9
]
"""MRS HetuEngine 节点属性说明

表6-76 MRS HetuEngine 节点属性说明（6.3.2 表6-109，6.3.4 表6-144）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfMRSSparkNodeProperties = list[
    DlfMRSSparkNodePropertiesValueItemOption1
    | DlfMRSSparkNodePropertiesValueItemOption2
    | DlfMRSSparkNodePropertiesValueItemOption3
    | DlfMRSSparkNodePropertiesValueItemOption4
    | DlfMRSSparkNodePropertiesValueItemOption5
    | DlfMRSSparkNodePropertiesValueItemOption6
    | DlfMRSSparkNodePropertiesValueItemOption7
]
"""MRS Spark 节点属性说明

表6-71 MRS Spark 节点属性说明（6.3.2 表6-104，6.3.4 表6-139）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfMapReduceNodeProperties = list[
    DlfMapReduceNodePropertiesValueItemOption1
    | DlfMapReduceNodePropertiesValueItemOption2
    | DlfMapReduceNodePropertiesValueItemOption3
    | DlfMapReduceNodePropertiesValueItemOption4
    | DlfMapReduceNodePropertiesValueItemOption5
    | DlfMapReduceNodePropertiesValueItemOption6
]
"""MapReduce 节点属性说明

表6-72 MapReduce 节点属性说明（6.3.2 表6-105，6.3.4 表6-140）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfModelArtsTrainNodeProperties = list[
    DlfModelArtsTrainNodePropertiesValueItemOption1
    | DlfModelArtsTrainNodePropertiesValueItemOption2
    | DlfModelArtsTrainNodePropertiesValueItemOption3
    | DlfModelArtsTrainNodePropertiesValueItemOption4
]
"""ModelArts Train 节点属性说明

表6-77 ModelArts Train 节点属性说明（6.3.2 表6-110）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfOBSManagerNodeProperties = list[
    DlfOBSManagerNodePropertiesValueItemOption1 | DlfOBSManagerNodePropertiesValueItemOption2
]
"""OBSManager 节点属性说明

表6-68 OBSManager 节点属性说明（6.3.2 表6-101，6.3.4 表6-136）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfRestClientNodeProperties = list[
    DlfRestClientNodePropertiesValueItemOption1
    | DlfRestClientNodePropertiesValueItemOption2
    | DlfRestClientNodePropertiesValueItemOption3
    | DlfRestClientNodePropertiesValueItemOption4
]
"""RestClient 节点属性说明

表6-69 RestClient 节点属性说明（6.3.2 表6-102，6.3.4 表6-137）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfSMNNodeProperties = list[
    DlfSMNNodePropertiesValueItemOption1
    | DlfSMNNodePropertiesValueItemOption2
    | DlfSMNNodePropertiesValueItemOption3
    | DlfSMNNodePropertiesValueItemOption4
]
"""SMN 节点属性说明

表6-70 SMN 节点属性说明（6.3.2 表6-103，6.3.4 表6-138）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfShellNodeProperties = list[
    DlfShellNodePropertiesValueItemOption1
    | DlfShellNodePropertiesValueItemOption2
    | DlfShellNodePropertiesValueItemOption3
]
"""Shell 节点属性说明

表6-64 Shell 节点属性说明（6.3.2 表6-97，6.3.4 表6-132）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

DlfSparkSQLNodeProperties = list[
    DlfSparkSQLNodePropertiesValueItemOption1
    | DlfSparkSQLNodePropertiesValueItemOption2
    | DlfSparkSQLNodePropertiesValueItemOption3
    | DlfSparkSQLNodePropertiesValueItemOption4
]
"""Spark SQL 节点属性说明

表6-61 Spark SQL 节点属性说明（6.3.2 表6-94，6.3.4 表6-129）。节点属性以 {name, value} 列表传递（表6-59 Property），name 取本表的参数名；是否必选为“是”的属性必须出现在列表中。"""

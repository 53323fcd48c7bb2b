"""Models of the cdm part of the API, generated from the spec: do not edit."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from .._runtime import Model

__all__ = [
    "CdmCreateJobRequest",
    "CdmCreateJobResponse",
    "CdmRandomCreateAndStartJobRequest",
    "CdmRandomCreateAndStartJobResponse",
    "CdmShowJobStatusResponse",
    "CdmShowJobsResponse",
    "CdmShowSubmissionsResponse",
    "CdmStartJobRequest",
    "CdmStartJobResponse",
    "CdmStopJobResponse",
    "CdmUpdateJobRequest",
    "CdmUpdateJobResponse",
    "CloudTableLinkConfig",
    "ClusterActionProgress",
    "ClusterActionRequest",
    "ClusterActionResponse",
    "ClusterCreateFailed",
    "ClusterCreateInstance",
    "ClusterCreateTask",
    "ClusterCustomerConfig",
    "ClusterDatastore",
    "ClusterDetail",
    "ClusterDetailInstance",
    "ClusterDetailInstanceFlavor",
    "ClusterDetailInstanceVolume",
    "ClusterExtendedProperties",
    "ClusterFailedReasons",
    "ClusterInstance",
    "ClusterInstanceResource",
    "ClusterLinks",
    "ClusterListItem",
    "ClusterMaintainWindow",
    "ClusterNic",
    "ClusterPublicEndpointStatus",
    "ClusterRestart",
    "ClusterStop",
    "ClusterSysTag",
    "ClusterTag",
    "ClusterTask",
    "ConfigValues",
    "Configs",
    "Counter",
    "Counters",
    "CreateClusterCluster",
    "CreateClusterRequest",
    "CreateClusterResponse",
    "DdsTargetJobConfig",
    "DeleteClusterRequest",
    "DeleteClusterResponse",
    "DisLinkConfig",
    "DisSourceJobConfig",
    "DisTargetJobConfig",
    "DliLinkConfig",
    "DliTargetJobConfig",
    "DmsKafkaLinkConfig",
    "ElasticsearchLinkConfig",
    "ElasticsearchSourceJobConfig",
    "ElasticsearchTargetJobConfig",
    "ExtendedConfigs",
    "FtpSftpLinkConfig",
    "FtpSftpSourceJobConfig",
    "HbaseLinkConfig",
    "HbaseSourceJobConfig",
    "HbaseTargetJobConfig",
    "HdfsLinkConfig",
    "HdfsSourceJobConfig",
    "HdfsTargetJobConfig",
    "HiveLinkConfig",
    "HiveSourceJobConfig",
    "HiveTargetJobConfig",
    "HttpSourceJobConfig",
    "Input",
    "Job",
    "JobTaskConfig",
    "JobValidationResult",
    "KafkaLinkConfig",
    "KafkaSourceJobConfig",
    "Link",
    "LinkConfigValues",
    "LinkConfigs",
    "LinkCreateAndUpdateRequest",
    "LinkCreateBadRequestBody",
    "LinkCreateResponse",
    "LinkDeleteErrorBody",
    "LinkExtendedConfigs",
    "LinkInput",
    "LinkShowResponse",
    "LinkUpdateResponse",
    "LinkValidationErrorBody",
    "LinkValidationLinkConfig",
    "LinkValidationResult",
    "ListClustersResponse",
    "MongodbLinkConfig",
    "MongodbSourceJobConfig",
    "ObsLinkConfig",
    "ObsSourceJobConfig",
    "ObsTargetJobConfig",
    "RedisLinkConfig",
    "RedisSourceJobConfig",
    "RelationalDatabaseLinkConfig",
    "RelationalDatabaseSourceJobConfig",
    "RelationalDatabaseTargetJobConfig",
    "RestartClusterRequest",
    "RestartClusterResponse",
    "SourceJobTimeFormat",
    "StartClusterRequest",
    "StartClusterResponse",
    "StartJobSubmission",
    "StopClusterRequest",
    "StopClusterResponse",
    "Submission",
]


class CdmCreateJobRequest(Model):
    """指定集群创建作业请求

    5.2.6 指定集群创建作业 请求 Body 参数（表 5-102）。

    Reference section 5.2.6.
    """

    jobs: list[Job]
    """作业列表，请参见jobs数据结构说明。"""


class CdmCreateJobResponse(Model):
    """指定集群创建作业响应

    5.2.6 指定集群创建作业 响应 Body 参数（表 5-108）。

    Reference section 5.2.6.
    """

    name: str | None = Field(default=None)
    """作业名称。"""
    validation_result: list[JobValidationResult] | None = Field(
        default=None, alias="validation-result"
    )
    """校验结果：
    - 如果修改失败，返回失败原因。
    - 如果修改成功，返回空列表。"""


class CdmRandomCreateAndStartJobRequest(Model):
    """随机集群创建作业并执行请求

    5.2.4 随机集群创建作业并执行 请求 Body 参数（表 5-88）。

    Reference section 5.2.4.
    """

    jobs: list[Job]
    """作业列表，请参见jobs数据结构说明。"""
    clusters: list[str]
    """CDM集群ID列表，系统会从里面随机选择一个开机状态的集群，在该集群中创建作业并执行作业。"""


class CdmRandomCreateAndStartJobResponse(Model):
    """随机集群创建作业并执行响应

    5.2.4 随机集群创建作业并执行 响应 Body 参数（表 5-94）。

    Reference section 5.2.4.
    """

    submissions: list[StartJobSubmission] | None = Field(default=None)
    """作业运行信息，请参见 submission 参数说明。"""


class CdmShowJobStatusResponse(Model):
    """查询作业状态响应

    5.2.8 查询作业状态 响应 Body 参数（表 5-118）。

    Reference section 5.2.8.
    """

    submissions: list[Submission] | None = Field(default=None)
    """作业运行信息，详见submissions参数说明。"""


class CdmShowJobsResponse(Model):
    """查询作业响应

    5.2.1 查询作业 响应 Body 参数（表 5-66）。

    Reference section 5.2.1.
    """

    total: int | None = Field(default=None)
    """作业数,查询单个作业时为0"""
    jobs: list[Job] | None = Field(default=None)
    """作业列表, 请参见jobs参数说明"""
    page_no: int | None = Field(default=None)
    """返回指定页号的作业"""
    page_size: int | None = Field(default=None)
    """每页作业数"""


class CdmShowSubmissionsResponse(Model):
    """查询作业执行历史响应

    5.2.9 查询作业执行历史 响应 Body 参数（表 5-125）。

    Reference section 5.2.9.
    """

    submissions: list[Submission] | None = Field(default=None)
    """作业运行信息，详见submissions参数说明。"""
    total: int | None = Field(default=None)
    """查询该作业总的历史记录数。"""
    page_no: int | None = Field(default=None)
    """查询作业记录时，分页数。"""
    page_size: int | None = Field(default=None)
    """分页查询，每页返回的记录数。默认值：10。"""


class CdmStartJobRequest(Model):
    """启动作业请求

    5.2.7 启动作业 请求 Body 参数（表 5-113）。

    Reference section 5.2.7.
    """

    variables: dict[str, Any] | None = Field(default=None)
    """启动作业，配置变量参数，作业配置无变量时，为空对象。"""


class CdmStartJobResponse(Model):
    """启动作业响应

    5.2.7 启动作业 响应 Body 参数（表 5-114）。

    Reference section 5.2.7.
    """

    submissions: list[StartJobSubmission] | None = Field(default=None)
    """作业运行信息，请参见 submission 参数说明。"""


class CdmStopJobResponse(Model):
    """停止作业响应

    5.2.5 停止作业 响应 Body 参数（表 5-98）。

    Reference section 5.2.5.
    """

    validation_result: list[JobValidationResult] | None = Field(
        default=None, alias="validation-result"
    )
    """校验结构：如果停止作业接失败，返回失败原因，请参见validation-result参数说明。如果停止成功，返回空列表。"""


class CdmUpdateJobRequest(Model):
    """修改作业请求

    5.2.3 修改作业 请求 Body 参数（表 5-77）。

    Reference section 5.2.3.
    """

    jobs: list[Job]
    """作业列表，请参见jobs数据结构说明。"""


class CdmUpdateJobResponse(Model):
    """修改作业响应

    5.2.3 修改作业 响应 Body 参数（表 5-83）。

    Reference section 5.2.3.
    """

    validation_result: list[JobValidationResult] | None = Field(
        default=None, alias="validation-result"
    )
    """校验结果：如果修改失败，返回失败原因。如果修改成功，返回空列表。"""


class CloudTableLinkConfig(Model):
    """CloudTable 连接

    通过CloudTable连接，可以对CloudTable服务抽取、加载数据。
    本示例为连接样例消息体。在实际使用中，AK（accessKey）和SK（securityKey）建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。

    Reference section 5.4.1.5.
    """

    link_config_hbase_type: Literal["CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"] = (
        Field(alias="linkConfig.hbaseType")
    )
    """HBase类型：
    - CloudTable：表示连接CloudTable服务。
    - MRS：表示连接MRS。
    - FusionInsight HD：表示连接FusionInsight HD。
    - Apache Hadoop：表示连接开源Apache Hadoop。"""
    link_config_zookeeper_quorum: str = Field(alias="linkConfig.zookeeperQuorum")
    """连接“CloudTable”时必选，表示CloudTable的ZooKeeper链接地址。"""
    link_config_iam_auth: bool = Field(alias="linkConfig.iamAuth")
    """当选择IAM统一身份认证时，需要输入用户名、AK和SK。"""
    link_config_run_mode: Literal["EMBEDDED", "STANDALONE"] = Field(alias="linkConfig.runMode")
    """选择HBase连接的运行模式：
    - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
    - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。"""
    link_config_cloudtable_user: str = Field(alias="linkConfig.cloudtableUser")
    """登录CloudTable集群的用户名。"""
    link_config_access_key: str = Field(alias="linkConfig.accessKey")
    """登录CloudTable集群的访问标识。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""
    link_config_security_key: str = Field(alias="linkConfig.securityKey", repr=False)
    """登录CloudTable集群的密钥。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""


class ClusterActionProgress(Model):
    """ActionProgress

    集群操作进度（表5-16 / 表5-60 ActionProgress）。

    Reference section 5.1.1, 5.1.7, 表5-16.
    """

    creating: str | None = Field(default=None, alias="CREATING")
    """创建集群进度，例如：29%"""
    growing: str | None = Field(default=None, alias="GROWING")
    """扩容集群进度，例如：29%"""
    restoring: str | None = Field(default=None, alias="RESTORING")
    """恢复集群进度，例如：29%"""
    snapshotting: str | None = Field(default=None, alias="SNAPSHOTTING")
    """集群快照进度，例如：29%"""
    repairing: str | None = Field(default=None, alias="REPAIRING")
    """修复集群进度，例如：29%"""


class ClusterCreateFailed(Model):
    """CREATE_FAILED

    集群创建失败原因（表5-13 / 表5-62 CREATE_FAILED）。

    Reference section 5.1.1, 5.1.7, 表5-13.
    """

    error_code: str | None = Field(default=None, alias="errorCode")
    """错误码"""
    error_msg: str | None = Field(default=None, alias="errorMsg")
    """失败原因"""


class ClusterCreateInstance(Model):
    """instance

    节点（表5-39 instance）。

    Reference section 5.1.6, 表5-39.
    """

    availability_zone: str
    """集群的可用分区。可通过 https://developer.huaweicloud.com/intl/zh-cn/endpoint 获取"""
    nics: list[ClusterNic]
    """网卡列表，最多两个网卡。请参见 •nics 参数说明"""
    flavor_ref: Literal[
        "a79fd5ae-1833-448a-88e8-3ea2b913e1f6",
        "fb8fe666-6734-4b11-bc6c-43d11db3c745",
        "5ddb1071-c5d7-40e0-a874-8a032e81a697",
        "6ddb1072-c5d7-40e0-a874-8a032e81a698",
    ] = Field(alias="flavorRef")
    """实例规格：
    - a79fd5ae-1833-448a-88e8-3ea2b913e1f6：表示 cdm.small规格，2核CPU、4G内存的虚拟机。适合PoC验证和开发测试。
    - fb8fe666-6734-4b11-bc6c-43d11db3c745：表示 cdm.medium规格，4核CPU、8G内存的虚拟机适合单张表规模<1000万条的场景。
    - 5ddb1071-c5d7-40e0-a874-8a032e81a697：表示 cdm.large规格，8核CPU、16G内存的虚拟机。适合单张表规模≥1000万条的场景。
    - 6ddb1072-c5d7-40e0-a874-8a032e81a698：表示 cdm.xlarge规格，16核CPU、32G内存的虚拟机。需要10GE高速带宽进行TB以上的数据量迁移时使用"""
    type_: Literal["cdm"] = Field(alias="type")
    """节点类型，当前只有“cdm”一种类型"""


class ClusterCreateTask(Model):
    """Task

    任务信息（表5-45 Task）。

    Reference section 5.1.6, 表5-45.
    """

    id_: str | None = Field(default=None, alias="id")
    """任务id"""
    name: str | None = Field(default=None)
    """任务名称"""


class ClusterCustomerConfig(Model):
    """CustomerConfig

    用户配置信息（表5-8 / 表5-52 CustomerConfig）。

    Reference section 5.1.1, 5.1.7, 表5-8.
    """

    failure_remind: str | None = Field(default=None, alias="failureRemind")
    """失败提醒。"""
    cluster_name: str | None = Field(default=None, alias="clusterName")
    """集群类型。"""
    service_provider: str | None = Field(default=None, alias="serviceProvider")
    """服务提供"""
    local_disk: str | None = Field(default=None, alias="localDisk")
    """是否本地磁盘。"""
    ssl: str | None = Field(default=None)
    """是否使用ssl。"""
    create_from: str | None = Field(default=None, alias="createFrom")
    """创建来源"""
    resource_id: str | None = Field(default=None, alias="resourceId")
    """资源ID"""
    flavor_type: str | None = Field(default=None, alias="flavorType")
    """规格类型"""
    work_space_id: str | None = Field(
        default=None,
        alias="workSpaceId",
        validation_alias=AliasChoices("workSpaceId", "workspaceId"),
    )
    """工作空间ID

    Also read as: workspaceId."""
    trial: str | None = Field(default=None)
    """适用"""


class ClusterDatastore(Model):
    """Datastore

    集群信息（表5-9 / 表5-41 / 表5-46 / 表5-53 Datastore）。

    Reference section 5.1.1, 5.1.6, 5.1.7, 表5-9.
    """

    type_: str | None = Field(default=None, alias="type")
    """类型，一般为cdm。"""
    version: str | None = Field(default=None)
    """集群版本。"""


class ClusterDetail(Model):
    """查询集群详情 响应 Body 参数

    查询集群详情的响应体（表5-3 响应 Body 参数）。

    Reference section 5.1.1, 表5-3.
    """

    public_endpoint: str | None = Field(default=None, alias="publicEndpoint")
    """集群绑定的EIP"""
    instances: list[ClusterDetailInstance] | None = Field(default=None)
    """集群的节点信息，请参见instances参数说明。"""
    security_group_id: str | None = Field(default=None)
    """安全组id"""
    subnet_id: str | None = Field(default=None)
    """子网id"""
    vpc_id: str | None = Field(default=None)
    """虚拟私有云ID"""
    customer_config: ClusterCustomerConfig | None = Field(default=None, alias="customerConfig")
    """用户配置信息"""
    datastore: ClusterDatastore | None = Field(default=None)
    """cdm信息"""
    is_auto_off: bool | None = Field(default=None, alias="isAutoOff")
    """自动关机"""
    public_endpoint_domain_name: str | None = Field(default=None, alias="publicEndpointDomainName")
    """集群绑定的EIP域名"""
    bak_expected_start_time: str | None = Field(default=None, alias="bakExpectedStartTime")
    """开始时间"""
    bak_keep_day: int | None = Field(default=None, alias="bakKeepDay")
    """保留时间"""
    maintain_window: ClusterMaintainWindow | None = Field(default=None, alias="maintainWindow")
    """维护窗口"""
    recent_event: int | None = Field(default=None, alias="recentEvent")
    """事件数"""
    flavor_name: str | None = Field(default=None, alias="flavorName")
    """规格名称"""
    az_name: str | None = Field(default=None, alias="azName")
    """az名称"""
    endpoint_domain_name: str | None = Field(default=None, alias="endpointDomainName")
    """对端域名"""
    public_endpoint_status: ClusterPublicEndpointStatus | None = Field(
        default=None, alias="publicEndpointStatus"
    )
    """EIP状态信息"""
    is_schedule_boot_off: bool | None = Field(default=None, alias="isScheduleBootOff")
    """选择是否启用定时开关机功能。定时开关机功能和自动关机功能不可同时开启。"""
    namespace: str | None = Field(default=None)
    """命名空间"""
    eip_id: str | None = Field(default=None, alias="eipId")
    """弹性ip id"""
    failed_reasons: ClusterFailedReasons | None = Field(default=None, alias="failedReasons")
    """失败原因。集群处于正常状态时不返回。"""
    dbuser: str | None = Field(default=None)
    """数据库用户"""
    links: list[ClusterLinks] | None = Field(default=None)
    """集群连接信息"""
    cluster_mode: str | None = Field(default=None, alias="clusterMode")
    """集群模式：sharding(分片集群)"""
    task: ClusterTask | None = Field(default=None)
    """任务信息"""
    created: str | None = Field(default=None)
    """集群创建时间，格式为ISO8601：YYYY-MM-DDThh:mm:ssZ"""
    status_detail: str | None = Field(default=None, alias="statusDetail")
    """集群状态描述：Normal（正常）"""
    config_status: Literal["In-Sync", "Applying", "Sync-Failure"] | None = Field(default=None)
    """集群配置状态：
    - In-Sync：配置已同步。
    - Applying：配置中。
    - Sync-Failure：配置失败"""
    action_progress: ClusterActionProgress | None = Field(default=None, alias="actionProgress")
    """集群操作进度，任务信息，由key、value组成。key值为正在进行的任务，value值为正在进行任务的进度。示例如 "action_progress": {"SNAPSHOTTING": "16%"}"""
    name: str | None = Field(default=None)
    """集群名称"""
    id_: str | None = Field(default=None, alias="id")
    """集群ID"""
    is_frozen: Literal["0", "1"] | None = Field(default=None, alias="isFrozen")
    """集群是否冻结：0：否1：是"""
    actions: list[str] | str | None = Field(default=None)
    """集群配置状态：In-Sync：配置已同步。 Applying：配置中。Sync-Failure：配置失败。"""
    updated: str | None = Field(default=None)
    """集群更新时间，格式为 ISO8601：YYYY-MM-DDThh:mm:ssZ"""
    status: Literal["100", "200", "300", "303", "500", "800", "900", "910", "920"] | None = Field(
        default=None
    )
    """集群状态：
    - 100：创建中
    - 200：正常
    - 300：失败
    - 303：创建失败
    - 800：冻结
    - 900：已关机
    - 910：正在关机
    - 920：正在开机"""
    eps_id: str | None = Field(default=None)
    """企业项目ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkcdm)."""
    tags: list[ClusterTag] | None = Field(default=None)
    """标签列表。

    Not in the reference: from the vendor SDK (huaweicloudsdkcdm)."""


class ClusterDetailInstance(Model):
    """ClusterDetailInstance

    集群的节点信息（表5-4 / 表5-54 ClusterDetailInstance）。

    Reference section 5.1.1, 5.1.7, 表5-4.
    """

    flavor: ClusterDetailInstanceFlavor | None = Field(default=None)
    """节点的虚拟机规格，请参见flavor参数说明（查询集群列表时返回值为null）。"""
    volume: ClusterDetailInstanceVolume | None = Field(default=None)
    """节点的磁盘信息，请参见volume参数说明（查询集群列表时返回值为null）。"""
    status: Literal["100", "200", "300", "303", "400", "800"] | None = Field(default=None)
    """节点状态：
    - 100：创建中。
    - 200：正常。
    - 300：失败。
    - 303：创建失败。
    - 400：已删除。
    - 800：冻结。"""
    actions: list[Literal["REBOOTING", "RESTORING", "REBOOT_FAILURE"]] | str | None = Field(
        default=None
    )
    """节点操作状态列表：
    - REBOOTING：重启中。
    - RESTORING：恢复中。
    - REBOOT_FAILURE：重启失败。"""
    type_: Literal["cdm"] | None = Field(default=None, alias="type")
    """节点类型，只支持一种类型“cdm”。"""
    id_: str | None = Field(default=None, alias="id")
    """节点的虚拟机ID。"""
    name: str | None = Field(default=None)
    """节点的虚拟机名称。"""
    is_frozen: Literal["0", "1"] | None = Field(default=None, alias="isFrozen")
    """节点是否冻结：0：否。1：是。"""
    components: str | None = Field(default=None)
    """组件"""
    config_status: Literal["In-Sync", "Applying", "Sync-Failure"] | None = Field(default=None)
    """节点配置状态（查询集群列表时为null）：
    - In-Sync：配置已同步。
    - Applying：配置中。
    - Sync-Failure：配置失败。"""
    role: str | None = Field(default=None)
    """实例角色"""
    group: str | None = Field(default=None)
    """分组"""
    links: list[ClusterLinks] | None = Field(default=None)
    """链接信息（查询集群列表时返回值为null）"""
    params_group_id: str | None = Field(
        default=None,
        alias="paramsGroupId",
        validation_alias=AliasChoices("paramsGroupId", "paramsGroupid"),
    )
    """组件分组id

    Also read as: paramsGroupid."""
    public_ip: str | None = Field(
        default=None, alias="publicIp", validation_alias=AliasChoices("publicIp", "publicip")
    )
    """公网ip

    Also read as: publicip."""
    manage_ip: str | None = Field(default=None, alias="manageIp")
    """管理ip"""
    traffic_ip: str | None = Field(default=None, alias="trafficIp")
    """流量ip"""
    shard_id: str | None = Field(default=None)
    """分片id"""
    manage_fix_ip: str | None = Field(default=None)
    """管理修复ip"""
    private_ip: str | None = Field(default=None)
    """私有ip"""
    internal_ip: str | None = Field(default=None)
    """内部ip"""
    resource: list[ClusterInstanceResource] | None = Field(default=None)
    """资源信息（查询集群列表时返回值为null）"""


class ClusterDetailInstanceFlavor(Model):
    """flavor

    节点的虚拟机规格（表5-5 / 表5-55 flavor）。

    Reference section 5.1.1, 5.1.7, 表5-5.
    """

    id_: str | None = Field(default=None, alias="id")
    """节点虚拟机的规格ID。"""
    links: list[ClusterLinks] | None = Field(default=None)
    """链接信息"""


class ClusterDetailInstanceVolume(Model):
    """volume

    节点的磁盘信息（表5-6 / 表5-56 volume）。

    Reference section 5.1.1, 5.1.7, 表5-6.
    """

    type_: str | None = Field(default=None, alias="type")
    """节点的磁盘类型，只支持本地磁盘"""
    size: int | str | None = Field(default=None)
    """节点磁盘大小，单位G。"""


class ClusterExtendedProperties(Model):
    """ExtendedProperties

    扩展属性（表5-42 ExtendedProperties）。

    Reference section 5.1.6, 表5-42.
    """

    work_space_id: str | None = Field(
        default=None,
        alias="workSpaceId",
        validation_alias=AliasChoices("workSpaceId", "workspaceId"),
    )
    """工作空间ID。

    Also read as: workspaceId."""
    resource_id: str | None = Field(default=None, alias="resourceId")
    """资源ID。"""
    trial: str | None = Field(default=None)
    """是否是试用集群。"""


class ClusterFailedReasons(Model):
    """FailedReasons

    失败原因（表5-12 / 表5-61 FailedReasons）。

    Reference section 5.1.1, 5.1.7, 表5-12.
    """

    create_failed: ClusterCreateFailed | None = Field(default=None, alias="CREATE_FAILED")
    """集群创建失败原因。"""


class ClusterInstance(Model):
    """ClusterInstance

    集群的节点信息（表5-47 ClusterInstance）。

    Reference section 5.1.6, 表5-47.
    """

    id_: str | None = Field(default=None, alias="id")
    """节点的虚拟机ID。"""
    name: str | None = Field(default=None)
    """节点的虚拟机名称。"""
    type_: Literal["cdm"] | None = Field(default=None, alias="type")
    """节点类型，只支持一种类型“cdm”。"""
    shard_id: str | None = Field(default=None)
    """分片ID"""


class ClusterInstanceResource(Model):
    """Resource

    资源信息（表5-7 / 表5-58 Resource）。

    Reference section 5.1.1, 5.1.7, 表5-7.
    """

    resource_id: str | None = Field(default=None)
    """资源id"""
    resource_type: str | None = Field(default=None)
    """资源类型：server(服务器)"""


class ClusterLinks(Model):
    """ClusterLinks

    集群连接信息（表5-14 / 表5-57 ClusterLinks）。

    Reference section 5.1.1, 5.1.7, 表5-14.
    """

    rel: str | None = Field(default=None)
    """关系"""
    href: str | None = Field(default=None)
    """链接地址"""


class ClusterListItem(Model):
    """clusters

    集群列表项（表5-51 clusters）。

    Reference section 5.1.7, 表5-51.
    """

    customer_config: ClusterCustomerConfig | None = Field(default=None, alias="customerConfig")
    """用户配置信息"""
    datastore: ClusterDatastore | None = Field(default=None)
    """cdm信息"""
    instances: list[ClusterDetailInstance] | None = Field(default=None)
    """集群的节点信息，请参见instances参数说明。"""
    az_name: str | None = Field(default=None, alias="azName")
    """az名称"""
    dbuser: str | None = Field(default=None)
    """数据库用户"""
    flavor_name: str | None = Field(default=None, alias="flavorName")
    """规格名称"""
    recent_event: int | None = Field(default=None, alias="recentEvent")
    """事件数"""
    is_auto_off: bool | None = Field(default=None, alias="isAutoOff")
    """自动关机"""
    is_schedule_boot_off: bool | None = Field(default=None, alias="isScheduleBootOff")
    """选择是否启用定时开关机功能。定时开关机功能和自动关机功能不可同时开启。"""
    cluster_mode: str | None = Field(default=None, alias="clusterMode")
    """集群模式：sharding(分片集群)"""
    namespace: str | None = Field(default=None)
    """命名空间"""
    task: ClusterTask | None = Field(default=None)
    """任务信息"""
    public_endpoint: str | None = Field(default=None, alias="publicEndpoint")
    """集群绑定的EIP"""
    action_progress: ClusterActionProgress | None = Field(default=None, alias="actionProgress")
    """集群操作进度，任务信息，由key、value组成。key值为正在进行的任务，value值为正在进行任务的进度。示例如 "action_progress": {"SNAPSHOTTING":"16%"}"""
    created: str | None = Field(default=None)
    """集群创建时间，格式为ISO8601：YYYY-MM-DDThh:mm:ssZ"""
    bak_expected_start_time: str | None = Field(default=None, alias="bakExpectedStartTime")
    """开始时间"""
    bak_keep_day: int | None = Field(default=None, alias="bakKeepDay")
    """保留时间"""
    name: str | None = Field(default=None)
    """集群名称"""
    status_detail: str | None = Field(default=None, alias="statusDetail")
    """集群状态描述：Normal（正常）"""
    id_: str | None = Field(default=None, alias="id")
    """集群ID"""
    is_frozen: Literal["0", "1"] | None = Field(default=None, alias="isFrozen")
    """集群是否冻结：0：否 1：是"""
    updated: str | None = Field(default=None)
    """集群更新时间，格式为ISO8601：YYYY-MM-DDThh:mm:ssZ"""
    status: Literal["100", "200", "300", "303", "500", "800", "900", "910", "920"] | None = Field(
        default=None
    )
    """集群状态：
    - 100: 创建中
    - 200: 正常
    - 300: 失败
    - 303: 创建失败
    - 500: 重启中
    - 800: 冻结
    - 900: 已关机
    - 910: 正在关机
    - 920: 正在开机"""
    failed_reasons: ClusterFailedReasons | None = Field(default=None, alias="failedReasons")
    """失败原因。集群处于正常状态时不返回。"""


class ClusterMaintainWindow(Model):
    """maintainWindow

    维护窗口（表5-10 maintainWindow）。

    Reference section 5.1.1, 表5-10.
    """

    day: str | None = Field(default=None)
    """周几"""
    start_time: str | None = Field(default=None, alias="startTime")
    """开始时间。"""
    end_time: str | None = Field(default=None, alias="endTime")
    """结束时间。"""


class ClusterNic(Model):
    """nics

    网卡（表5-40 nics）。

    Reference section 5.1.6, 表5-40.
    """

    security_group_id: str = Field(alias="securityGroupId")
    """安全组ID"""
    net_id: str = Field(alias="net-id")
    """子网ID"""


class ClusterPublicEndpointStatus(Model):
    """publicEndpointStatus

    EIP状态信息（表5-11 publicEndpointStatus）。

    Reference section 5.1.1, 表5-11.
    """

    status: str | None = Field(default=None)
    """状态"""
    error_message: str | None = Field(default=None, alias="errorMessage")
    """错误信息"""


class ClusterRestart(Model):
    """restart

    集群重启操作（表5-24 restart）。

    Reference section 5.1.3, 表5-24.
    """

    restart_delay_time: int | None = Field(default=None, alias="restartDelayTime")
    """重启时延，单位：秒"""
    restart_mode: Literal["IMMEDIATELY", "FORCELY", "SOFTLY"] | None = Field(
        default=None, alias="restartMode"
    )
    """重启类型：
    - IMMEDIATELY：立即重启。
    - FORCELY：强制重启。
    - SOFTLY：一般重启。
    默认值为“IMMEDIATELY”。强制重启业务进程会中断，并重启集群的虚拟机。"""
    restart_level: Literal["SERVICE", "VM"] | None = Field(default=None, alias="restartLevel")
    """重启级别：
    - SERVICE：重启服务。
    - VM：重启虚拟机。
    默认值为“SERVICE”。"""
    type_: Literal["cdm"] = Field(alias="type")
    """集群节点类型，只支持“cdm”"""
    instance: str | None = Field(default=None)
    """预留字段，“restartLevel”为“SERVICE”时，“instance”必填，填空字符串。"""
    group: str | None = Field(default=None)
    """预留字段，“restartLevel”为“SERVICE”时，“group”必填，填空字符串。"""


class ClusterStop(Model):
    """stop

    集群停止操作（表5-33 stop）。

    Reference section 5.1.5, 表5-33.
    """

    stop_mode: Literal["IMMEDIATELY", "GRACEFULLY"] = Field(alias="stopMode")
    """关机类型：
    - IMMEDIATELY：立即关机。
    - GRACEFULLY：优雅关机。
    枚举值：
    - IMMEDIATELY
    - GRACEFULLY"""
    delay_time: int | None = Field(default=None, alias="delayTime")
    """关机时延，仅在stopMode为“GRACEFULLY”生效，单位：秒。该值为-1时，表示等待所有作业完成，并停止接受新作业。该值为大于0的任意值表示等待该时长后关机，并停止接受新作业。"""


class ClusterSysTag(Model):
    """sys_tags

    企业项目信息（表5-43 sys_tags）。

    Reference section 5.1.6, 表5-43.
    """

    value: str
    """企业项目ID"""
    key: Literal["_sys_enterprise_project_id"]
    """该值目前固定为 “_sys_enterprise_project_id”"""


class ClusterTag(Model):
    """ClusterTag

    集群的标签（键值对）。

    Reference section 5.1.1.
    """

    key: str | None = Field(default=None)
    """标签键。"""
    value: str | None = Field(default=None)
    """标签值。"""


class ClusterTask(Model):
    """ClusterTask

    任务信息（表5-15 / 表5-59 ClusterTask）。

    Reference section 5.1.1, 5.1.7, 表5-15.
    """

    description: str | None = Field(default=None)
    """任务描述"""
    id_: str | None = Field(default=None, alias="id")
    """任务id"""
    name: str | None = Field(default=None)
    """任务名称"""


class ConfigValues(Model):
    """ConfigValues

    源连接、目的连接或作业任务的参数配置（表 5-68 / 5-79 / 5-90 / 5-104 ConfigValues）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    configs: list[Configs]
    """源连接参数、目的连接参数和作业任务参数，它们的配置数据结构相同，其中“inputs”里的参数不一样，详细请参见configs数据结构说明。"""
    extended_configs: ExtendedConfigs | None = Field(default=None, alias="extended-configs")
    """扩展配置，请参见extended-configs参数说明。扩展配置暂不对外开放，用户无需填写。"""


class Configs(Model):
    """configs

    一组配置（表 5-69 / 5-80 / 5-91 / 5-105 configs）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    inputs: list[Input]
    """输入参数列表，列表中的每个参数为“name,value”结构，请参考inputs数据结构参数说明。在“from-config-values”数据结构中，不同的源连接类型有不同的“inputs”参数列表，请参见源端作业参数说明下的章节。在“to-config-values”数据结构中，不同的目的连接类型有不同的“inputs”参数列表，请参见目的端作业参数说明下面的子章节。在“driver-config-values”数据结构中，“inputs”具体参数请参见作业任务参数说明。"""
    name: str
    """配置名称：源端作业的配置名称为“fromJobConfig”。目的端作业的配置名称为“toJobConfig”，连接的配置名称固定为“linkConfig”。"""
    id_: int | None = Field(default=None, alias="id")
    """配置ID，由系统生成，用户无需填写。"""
    type_: Literal["LINK", "JOB"] | None = Field(default=None, alias="type")
    """配置类型，由系统生成，用户无需填写。值为LINK或者JOB，如果是连接管理API，则为LINK；如果是作业管理API，则为JOB。"""


class Counter(Model):
    """counter

    统计结果（表 5-121 / 5-128 counter）。

    Reference section 5.2.8, 5.2.9.
    """

    bytes_written: int | None = Field(default=None, alias="BYTES_WRITTEN")
    """写入的字节数"""
    total_files: int | None = Field(default=None, alias="TOTAL_FILES")
    """总文件数"""
    rows_read: int | None = Field(default=None, alias="ROWS_READ")
    """读取的行数"""
    bytes_read: int | None = Field(default=None, alias="BYTES_READ")
    """读取的字节数"""
    rows_written: int | None = Field(default=None, alias="ROWS_WRITTEN")
    """写入的行数"""
    files_written: int | None = Field(default=None, alias="FILES_WRITTEN")
    """写入的文件数"""
    files_read: int | None = Field(default=None, alias="FILES_READ")
    """读取的文件数"""
    total_size: int | None = Field(default=None, alias="TOTAL_SIZE")
    """总字节数"""
    files_skipped: int | None = Field(default=None, alias="FILES_SKIPPED")
    """跳过的文件数"""
    rows_written_skipped: int | None = Field(default=None, alias="ROWS_WRITTEN_SKIPPED")
    """跳过的行数"""


class Counters(Model):
    """counters

    作业运行结果统计（表 5-120 / 5-127 counters）。

    Reference section 5.2.8, 5.2.9.
    """

    org_apache_sqoop_submission_counter_sqoop_counters: Counter | None = Field(
        default=None, alias="org.apache.sqoop.submission.counter.SqoopCounters"
    )
    """作业运行结果统计，请参见统计结果参数说明。"""


class CreateClusterCluster(Model):
    """cluster

    集群对象（表5-38 cluster）。

    Reference section 5.1.6, 表5-38.
    """

    schedule_boot_time: str | None = Field(default=None, alias="scheduleBootTime")
    """定时开机的时间，CDM集群会在每天这个时间开机。"""
    is_schedule_boot_off: bool | None = Field(default=None, alias="isScheduleBootOff")
    """选择是否启用定时开关机功能。定时开关机功能和自动关机功能不可同时开启。"""
    instances: list[ClusterCreateInstance] | None = Field(default=None)
    """节点列表，请参见instances参数说明。"""
    datastore: ClusterDatastore | None = Field(default=None)
    """集群信息，请参见•datastore参数说明。"""
    extended_properties: ClusterExtendedProperties | None = Field(default=None)
    """扩展属性，请参见•extended_properties参数说明。"""
    schedule_off_time: str | None = Field(default=None, alias="scheduleOffTime")
    """定时关机的时间，定时关机时系统不会等待未完成的作业执行完成。"""
    vpc_id: str | None = Field(default=None, alias="vpcId")
    """指定虚拟私有云ID，用于集群网络配置。"""
    name: str | None = Field(default=None)
    """集群名称"""
    sys_tags: list[ClusterSysTag] | None = Field(default=None)
    """企业项目信息，请参见 •sys_tags 参数说明。"""
    is_auto_off: bool | None = Field(default=None, alias="isAutoOff")
    """选择是否启用自动关机功能，自动关机功能和定时开关机功能不可同时开启。如果选择自动关机，则当集群中无作业运行且无定时作业时，等待15分钟后集群将自动关机来帮您节约成本"""


class CreateClusterRequest(Model):
    """创建集群 请求 Body 参数

    创建集群的请求体（表5-37 请求 Body 参数）。

    Reference section 5.1.6, 表5-37.
    """

    cluster: CreateClusterCluster
    """集群对象，请参见cluster参数说明。"""
    auto_remind: bool | None = Field(default=None)
    """选择是否开启消息通知。开启后，支持配置5个手机号码或邮箱，作业（目前仅支持表/文件迁移的作业）失败时、EIP异常时会发送短信或邮件通知用。"""
    phone_num: str | None = Field(default=None)
    """接收消息通知的手机号码"""
    email: str | None = Field(default=None)
    """接收消息通知的邮箱"""


class CreateClusterResponse(Model):
    """创建集群 响应 Body 参数

    创建集群的响应体（表5-44 响应 Body 参数）。

    Reference section 5.1.6, 表5-44.
    """

    name: str | None = Field(default=None)
    """集群名称"""
    id_: str | None = Field(default=None, alias="id")
    """集群ID"""
    task: ClusterCreateTask | None = Field(default=None)
    """任务信息"""
    datastore: ClusterDatastore | None = Field(default=None)
    """集群信息"""
    instances: list[ClusterInstance] | None = Field(default=None)
    """集群的节点信息"""


class DdsTargetJobConfig(Model):
    """目的端为 DDS

    目的端为 DDS

    Reference section 5.4.3.6.
    """

    to_job_config_database: str = Field(alias="toJobConfig.database")
    """MongoDB/DDS的数据库名称"""
    to_job_config_collection_name: str = Field(alias="toJobConfig.collectionName")
    """MongoDB/DDS的集合名称。"""
    to_job_config_column_list: str | None = Field(default=None, alias="toJobConfig.columnList")
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_is_batch_migration: bool | None = Field(
        default=None, alias="toJobConfig.isBatchMigration"
    )
    """是否为整库迁移。"""


class DeleteClusterRequest(Model):
    """删除集群 请求 Body 参数

    删除集群的请求体（表5-19 请求 Body 参数）。

    Reference section 5.1.2, 表5-19.
    """

    keep_last_manual_backup: int
    """日志备份数，填写为默认填0即可。 缺省值： 0"""


class DeleteClusterResponse(Model):
    """删除集群 响应 Body 参数

    删除集群的响应体（表5-20 响应 Body 参数）。

    Reference section 5.1.2, 表5-20.
    """

    job_id: str | None = Field(default=None, alias="jobId")
    """作业ID"""


class DisLinkConfig(Model):
    """DIS 连接

    通过DIS连接可以与DIS建立连接，并按照用户指定配置将DIS中的数据迁移到其他数据源。

    Reference section 5.4.1.11.
    """

    link_config_region: str = Field(alias="linkConfig.region")
    """DIS服务所属地域。"""
    link_config_endpoint: str = Field(alias="linkConfig.endpoint")
    """待连接DIS的URL，URL格式为https://Endpoint。"""
    link_config_ak: str = Field(alias="linkConfig.ak")
    """DIS服务端的AK。"""
    link_config_sk: str = Field(alias="linkConfig.sk", repr=False)
    """DIS服务端的SK。"""
    link_config_project_id: str = Field(alias="linkConfig.projectId")
    """项目ID，获取方法请参见 项目ID和账号ID 。"""


class DisSourceJobConfig(Model):
    """源端为 DIS

    源端为 DIS

    Reference section 5.4.2.10.
    """

    from_job_config_stream_name: str = Field(alias="fromJobConfig.streamName")
    """DIS的通道名。"""
    from_job_config_dis_consumer_strategy: Literal["LATEST", "FROM_LAST_STOP", "EARLIEST"] = Field(
        alias="fromJobConfig.disConsumerStrategy"
    )
    """设置从DIS拉取数据时的初始偏移量：
    - LATEST：最大偏移量，即最新的数据。
    - FROM_LAST_STOP：从上次停止处继续拉取。
    - EARLIEST：最小偏移量，即最早的数据。"""
    from_job_config_is_permanency: bool = Field(alias="fromJobConfig.isPermanency")
    """是否永久运行。"""
    from_job_config_max_poll_records: str | None = Field(
        default=None, alias="fromJobConfig.maxPollRecords"
    )
    """每次向DIS请求数据限制最大请求记录数。"""
    from_job_config_shard_id: str = Field(alias="fromJobConfig.shardId")
    """DIS分区ID，该参数支持输入多个分区ID，使用“,”分隔。"""
    from_job_config_data_format: Literal["BINARY", "CSV"] = Field(alias="fromJobConfig.dataFormat")
    """解析数据时使用的格式：
    - BINARY：适用于文件迁移场景，不解析数据内容原样传输。
    - CSV：以CSV格式解析源数据。"""
    from_job_config_separator: str | None = Field(default=None, alias="fromJobConfig.separator")
    """字段分隔符。"""
    from_job_config_app_name: str | None = Field(default=None, alias="fromJobConfig.appName")
    """用户数据消费程序的唯一标识符。"""


class DisTargetJobConfig(Model):
    """目的端为 DIS

    目的端为 DIS

    Reference section 5.4.3.9.
    """

    to_job_config_stream_name: str = Field(alias="toJobConfig.streamName")
    """DIS的通道名。"""
    to_job_config_separator: str | None = Field(default=None, alias="toJobConfig.separator")
    """字段分隔符，默认为空格。"""
    to_job_config_identifier_enclose: str | None = Field(
        default=None, alias="toJobConfig.identifierEnclose"
    )
    """连接引用表名或列名时的分隔符号，默认为空。"""


class DliLinkConfig(Model):
    """DLI 连接

    通过DLI连接，可以导入数据到数据湖探索（DLI）服务，CDM暂不支持从DLI服务导出数据。

    Reference section 5.4.1.13.
    """

    link_config_ak: str = Field(alias="linkConfig.ak")
    """登录DLI数据库的AK。"""
    link_config_sk: str = Field(alias="linkConfig.sk", repr=False)
    """登录DLI数据库的SK。"""
    link_config_region: str = Field(alias="linkConfig.region")
    """DLI服务所在的区域。"""
    link_config_project_id: str = Field(alias="linkConfig.projectId")
    """DLI服务的项目ID。"""


class DliTargetJobConfig(Model):
    """目的端为 DLI

    目的端为 DLI

    Reference section 5.4.3.8.
    """

    to_job_config_queue: str = Field(alias="toJobConfig.queue")
    """写入数据的资源队列。"""
    to_job_config_database: str = Field(alias="toJobConfig.database")
    """写入数据到数据湖探索（DLI）的哪个数据库。"""
    to_job_config_table: str = Field(alias="toJobConfig.table")
    """写入数据的表名。"""
    to_job_config_column_list: str | None = Field(default=None, alias="toJobConfig.columnList")
    """需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_should_clear_table: bool | None = Field(
        default=None, alias="toJobConfig.shouldClearTable"
    )
    """导入前是否清空资源队列的数据。"""


class DmsKafkaLinkConfig(Model):
    """DMS Kafka 连接

    通过DMS Kafka连接，可以连接DMS Kafka普通队列或者专享版Kafka。目前仅支持从DMS Kafka导出数据到云搜索服务。

    Reference section 5.4.1.14.
    """

    link_config_kafka_type: Literal["Basic", "Platinum"] = Field(alias="linkConfig.kafkaType")
    """选择DMS Kafka版本,目前只有专享版。
    - Basic: 指DMS Kafka普通队列。
    - Platinum: 指DMS Kafka专享版。"""
    link_config_broker_list: str = Field(alias="linkConfig.brokerList")
    """DMS Endpoint格式为“host1:port1,host2:port2”。"""
    link_config_is_platinum_instance: bool = Field(alias="linkConfig.isPlatinumInstance")
    """选择是否打开客户端连接Kafka专享版实例时SSL认证的开关。 开启Kafka SASL_SSL, 则数据加密传输, 安全性更高, 但性能会下降。"""
    link_config_user: str | None = Field(default=None, alias="linkConfig.user")
    """开启Kafka SASL_SSL时显示该参数, 表示连接DMS Kafka的用户名。"""
    link_config_password: str | None = Field(default=None, alias="linkConfig.password", repr=False)
    """开启Kafka SASL_SSL时显示该参数, 表示连接DMS Kafka的密码。"""


class ElasticsearchLinkConfig(Model):
    """Elasticsearch/云搜索服务(CSS)连接

    通过Elasticsearch连接，可以对Elasticsearch服务器或云搜索服务抽取、加载数据。

    Reference section 5.4.1.12.
    """

    link_config_host: str = Field(alias="linkConfig.host")
    """配置为Elasticsearch服务器的IP地址或域名，包括端口号，格式为“ip:port”，多个地址之间使用分号(;)分隔，例如：192.168.0.1:9200;192.168.0.2:9200。"""
    link_config_safemode: bool | None = Field(default=None, alias="linkConfig.safemode")
    """当选择安全模式认证时，需要输入用户名、密码和选择是否https访问。"""
    link_config_user: str | None = Field(default=None, alias="linkConfig.user")
    """对于支持用户名密码鉴权的Elasticsearch，需要在创建连接时配置用户名和密码。"""
    link_config_password: str | None = Field(default=None, alias="linkConfig.password", repr=False)
    """登录Elasticsearch的密码。"""
    link_config_link_type: str = Field(alias="linkConfig.linkType")
    """连接类型，用于区分连接的是Elasticsearch或云搜索服务。"""


class ElasticsearchSourceJobConfig(Model):
    """源端为 Elasticsearch/云搜索服务

    源端为 Elasticsearch/云搜索服务

    Reference section 5.4.2.12.
    """

    from_job_config_index: str = Field(alias="fromJobConfig.index")
    """抽取数据的索引，类似关系数据库中的数据库名称。"""
    from_job_config_type: str = Field(alias="fromJobConfig.type")
    """抽取数据的类型，类似关系数据库中的表名。"""
    from_job_config_column_list: str | None = Field(default=None, alias="fromJobConfig.columnList")
    """需要抽取的字段列表，字段名之间使用“&”分隔，例如：“id&gid&name”。"""
    from_job_config_split_nested_field: bool | None = Field(
        default=None, alias="fromJobConfig.splitNestedField"
    )
    """选择是否将nested字段的json内容拆分，例如：将“a:{ b:{ c:1, d:{ e:2, f:3 } } }”拆成三个字段“a.b.c”、“a.b.d.e”、“a.b.d.f”。"""
    from_job_config_query_string: str | None = Field(
        default=None, alias="fromJobConfig.queryString"
    )
    """使用Elasticsearch的查询字符串（query string）对源数据进行过滤，CDM只迁移满足过滤条件的数据。"""


class ElasticsearchTargetJobConfig(Model):
    """目的端为 Elasticsearch/云搜索服务

    目的端为 Elasticsearch/云搜索服务

    Reference section 5.4.3.7.
    """

    to_job_config_index: str = Field(alias="toJobConfig.index")
    """写入数据的索引，类似关系数据库中的数据库名称。"""
    to_job_config_type: str = Field(alias="toJobConfig.type")
    """写入数据的类型，类似关系数据库中的表名。"""
    to_job_config_should_clear_type: bool | None = Field(
        default=None, alias="toJobConfig.shouldClearType"
    )
    """导入前是否清除数据。"""
    to_job_config_primary_key: str | None = Field(default=None, alias="toJobConfig.primaryKey")
    """主键或唯一索引。"""
    to_job_config_column_list: str | None = Field(default=None, alias="toJobConfig.columnList")
    """需要写入的字段列表，字段名之间使用“&”分隔，例如：“id&gid&name”。"""
    to_job_config_pipe_line: str | None = Field(default=None, alias="toJobConfig.pipeLine")
    """需要先在kibana中创建管道ID，这里才可以选择，该参数用于数据传到云搜索服务/Elasticsearch后，通过Elasticsearch的数据转换pipeline进行数据格式变换。"""
    to_job_config_create_index_strategy: (
        Literal["EveryHour", "Everyday", "EveryWeek", "EveryMonth"] | None
    ) = Field(default=None, alias="toJobConfig.createIndexStrategy")
    """对于持续写入数据到 Elasticsearch 的流式作业，CDM 支持在 Elasticsearch 中定时创建新索引并写入数据，方便用户后期删除过期的数据。支持按以下周期创建新索引：
    - EveryHour：每小时整点创建新索引，新索引的命名格式为“索引名+年+月+日+小时”，例如“index2018121709”。
    - Everyday：每天零点零分创建新索引，新索引的命名格式为“索引名+年+月+日”，例如“index20181217”。
    - EveryWeek：每周周一的零点零分创建新索引，新索引的命名格式为“索引名+年+周”，例如“index201842”。
    - EveryMonth：每月一号零点零分创建新索引，新索引的命名格式为“索引名+年+月”，例如“index201812”。
    从文件类抽取数据时，必须配置单个抽取（“抽取并发数”参数配置为1），否则该参数无效。"""


class ExtendedConfigs(Model):
    """extended-configs

    扩展配置，暂不对外开放（表 5-71 / 5-82 / 5-93 / 5-107 extended-configs）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    name: str | None = Field(default=None)
    """扩展配置名称, 暂不对外开放, 用户无需填写。"""
    value: str | None = Field(default=None)
    """扩展配置值, 暂不对外开放, 用户无需填写。"""


class FtpSftpLinkConfig(Model):
    """FTP/SFTP 连接

    通过FTP或SFTP连接，可以对FTP或SFTP服务器抽取或加载文件，支持CSV、二进制和JSON格式。
    FTP和SFTP的连接参数相同。

    Reference section 5.4.1.7.
    """

    link_config_server: str = Field(alias="linkConfig.server")
    """FTP或SFTP服务器的地址。"""
    link_config_port: str = Field(alias="linkConfig.port")
    """FTP或SFTP服务器端口号。"""
    link_config_username: str = Field(alias="linkConfig.username")
    """登录FTP或SFTP服务器的用户名。"""
    link_config_password: str = Field(alias="linkConfig.password", repr=False)
    """登录用户的密码。"""


class FtpSftpSourceJobConfig(Model):
    """源端为 FTP/SFTP

    FTP、SFTP的源端作业参数相同，如表5-166所示。
    表 5-166 文件类源端作业参数

    Reference section 5.4.2.6.
    """

    from_job_config_input_directory: str = Field(alias="fromJobConfig.inputDirectory")
    """抽取文件的路径。支持输入多个文件路径（最多50个），默认以“ ”分隔，也可以自定义文件分隔符，例如：“FROM/example.csv FROM/b.txt”。"""
    from_job_config_input_format: Literal["CSV_FILE", "JSON_FILE", "BINARY_FILE"] = Field(
        alias="fromJobConfig.inputFormat"
    )
    """传输数据时所用的文件格式，目前支持以下文件格式：
    - CSV_FILE: CSV格式，用于迁移文件到数据表的场景。
    - JSON_FILE: JSON格式，一般都是用于迁移文件到数据表的场景。
    - BINARY_FILE: 二进制格式，不解析文件内容直接传输，不要求文件格式必须为二进制。适用于文件到文件的原样复制。
    当选择“BINARY_FILE”时，目的端也必须为文件系统。"""
    from_job_config_line_separator: str | None = Field(
        default=None, alias="fromJobConfig.lineSeparator"
    )
    """文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。"""
    from_job_config_column_list: str | None = Field(default=None, alias="fromJobConfig.columnList")
    """需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。"""
    from_job_config_field_separator: str | None = Field(
        default=None, alias="fromJobConfig.fieldSeparator"
    )
    """字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。"""
    from_job_config_quote_char: bool | None = Field(default=None, alias="fromJobConfig.quoteChar")
    """是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。"""
    from_job_config_regex_separator: bool | None = Field(
        default=None, alias="fromJobConfig.regexSeparator"
    )
    """是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。"""
    from_job_config_regex: str | None = Field(default=None, alias="fromJobConfig.regex")
    """正则表达式，当选择使用正则表达式分割字段时，此参数有效。"""
    from_job_config_first_row_as_header: bool | None = Field(
        default=None, alias="fromJobConfig.firstRowAsHeader"
    )
    """是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。"""
    from_job_config_from_compression: Literal["NONE", "GZIP", "ZIP"] | None = Field(
        default=None, alias="fromJobConfig.fromCompression"
    )
    """压缩格式，当文件格式为“CSV_FILE”或“JSON”时此参数有效。选择对应压缩格式的源文件：
    - NONE：表示传输所有格式的文件。
    - GZIP：表示只传输GZIP格式的文件。
    - ZIP：表示只传输ZIP格式的文件。"""
    from_job_config_split_type: Literal["FILE", "SIZE"] | None = Field(
        default=None, alias="fromJobConfig.splitType"
    )
    """指定任务分片方式，选择按文件或文件大小进行分割。
    - FILE：按文件数量进行分片。例如有10个文件，并在任务参数中指定“throttlingConfig.numExtractors”（抽取并发数）为“5”，则每个分片2个文件。
    - SIZE：按文件大小分割。注意这里不会将文件做切分来实现均衡。例如：有10个文件，9个10M，1个200M，在并发任务数中指定“throttlingConfig.numExtractors”（抽取并发数）为“2”，则会分两个分片，一个处理9个10M的文件，一个处理1个200M的文件。"""
    from_job_config_json_reference_node: str | None = Field(
        default=None, alias="fromJobConfig.jsonReferenceNode"
    )
    """记录节点，当文件格式为“JSON_FILE”时此参数有效。对该JSON节点下的数据进行解析，如果该节点对应的数据为JSON数组，那么系统会以同一模式从该数组中提取数据。多层嵌套的JSON节点以字符“.”分割，例如：“data.list”。"""
    from_job_config_encode_type: str | None = Field(default=None, alias="fromJobConfig.encodeType")
    """编码类型，例如：“UTF_8”或“GBK”。"""
    from_job_config_use_marker_file: bool | None = Field(
        default=None, alias="fromJobConfig.useMarkerFile"
    )
    """选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方“fromJobConfig.waitTime”（等待时间）参数中配置。"""
    from_job_config_marker_file: str | None = Field(default=None, alias="fromJobConfig.markerFile")
    """启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。"""
    from_job_config_wait_time: str | None = Field(default=None, alias="fromJobConfig.waitTime")
    """选择开启作业标识文件的功能时，如果源路径下不存在启动作业的标识文件，作业挂机等待的时长，当超时后任务会失败。 等待时间设置为0时，当源端路径下不存在标识文件，任务会立即失败。 单位：秒。"""
    from_job_config_filter_type: Literal["WILDCARD", "TIME"] | None = Field(
        default=None, alias="fromJobConfig.filterType"
    )
    """选择过滤器类型：
    - WILDCARD：输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
    - TIME：时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。"""
    from_job_config_path_filter: str | None = Field(default=None, alias="fromJobConfig.pathFilter")
    """路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。"""
    from_job_config_file_filter: str | None = Field(default=None, alias="fromJobConfig.fileFilter")
    """文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*.txt”。"""
    from_job_config_start_time: str | None = Field(default=None, alias="fromJobConfig.startTime")
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))} 表示： 只迁移最近90天内的文件。"""
    from_job_config_end_time: str | None = Field(default=None, alias="fromJobConfig.endTime")
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyy-MM-dd HH:mm:ss))} 表示：只迁移修改时间为当前时间以前的文件。"""
    from_job_config_file_separator: str | None = Field(
        default=None, alias="fromJobConfig.fileSeparator"
    )
    """“fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。"""
    from_job_config_md5_file_suffix: str | None = Field(
        default=None, alias="fromJobConfig.md5FileSuffix"
    )
    """校验CDM抽取的文件，是否与源文件一致。"""


class HbaseLinkConfig(Model):
    """HBase 连接

    通过HBase连接，可以对MRS、FusionInsight HD、Apache Hadoop的HBase抽取、加载数据。

    Reference section 5.4.1.4.
    """

    link_config_hbase_type: Literal["CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"] = (
        Field(alias="linkConfig.hbaseType")
    )
    """HBase类型：
    - CloudTable：表示连接CloudTable服务。
    - MRS：表示连接MRS的HBase。
    - FusionInsight HD：表示连接FusionInsight HD的HBase。
    - Apache Hadoop：表示连接开源Apache Hadoop的HBase。"""
    link_config_uri: str | None = Field(default=None, alias="linkConfig.uri")
    """连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”。"""
    link_config_host: str | None = Field(default=None, alias="linkConfig.host")
    """连接MRS或FusionInsight HD时，需要配置Manager平台的IP地址。"""
    link_config_port: str | None = Field(default=None, alias="linkConfig.port")
    """连接FusionInsight HD时，需要配置Manager平台的端口。"""
    link_config_cas_port: str | None = Field(default=None, alias="linkConfig.casPort")
    """连接FusionInsight HD时，需要配置与FusionInsight HD对接的CAS Server的端口。"""
    link_config_h_base_version: Literal["HBASE_1_X", "HBASE_2_X"] = Field(
        alias="linkConfig.hBaseVersion"
    )
    """HBase版本：
    - HBASE_1_X
    - HBASE_2_X"""
    link_config_user: str | None = Field(default=None, alias="linkConfig.user")
    """登录Manager平台的用户名，使用集群配置时不用配置"""
    link_config_password: str | None = Field(default=None, alias="linkConfig.password", repr=False)
    """登录Manager平台的密码，使用集群配置时不用配置"""
    link_config_auth_type: Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"] | None = Field(
        default=None, alias="linkConfig.authType"
    )
    """认证类型，分为以下两种：
    - Simple：非安全模式选择Simple鉴权。
    - Kerberos：安全模式选择Kerberos鉴权。"""
    link_config_principal: str | None = Field(default=None, alias="linkConfig.principal")
    """Kerberos认证所需的Principal，您也可以联系管理员获取此账号。"""
    link_config_keytab: str | None = Field(default=None, alias="linkConfig.keytab")
    """Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。"""
    link_config_service_type: str | None = Field(default=None, alias="linkConfig.serviceType")
    """服务类型。目前支持HDFS和HBase。"""
    link_config_run_mode: Literal["EMBEDDED", "STANDALONE", "Agent"] | None = Field(
        default=None, alias="linkConfig.runMode"
    )
    """“HBase_2_X”版本支持该参数。支持以下模式：
    - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
    - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。选择STANDALONE模式时，CDM支持在多个MRS集群的HDFS之间迁移数据。
    - Agent：连接实例运行在Agent上。若不使用AGENT运行模式，且在一个CDM中同时连接两个及以上开启Kerberos认证且realm相同的集群，只能使用EMBEDDED运行模式连接其中一个集群，其余需使用STANDALONE。"""
    link_config_properties: dict[str, str] | None = Field(
        default=None, alias="linkConfig.properties"
    )
    """属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值"""


class HbaseSourceJobConfig(Model):
    """源端为 HBase/CloudTable

    HBase/CloudTable作业参数说明

    Reference section 5.4.2.5.
    """

    from_job_config_table: str = Field(alias="fromJobConfig.table")
    """需要抽取数据的表名，例如“cdm”。"""
    from_job_config_column_families: str | None = Field(
        default=None, alias="fromJobConfig.columnFamilies"
    )
    """抽取数据所属的列族。"""
    from_job_config_columns: str | None = Field(default=None, alias="fromJobConfig.columns")
    """需要抽取的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。"""
    from_job_config_is_split: bool | None = Field(default=None, alias="fromJobConfig.isSplit")
    """选择是否拆分Rowkey，例如“true”。"""
    from_job_config_delimiter: str | None = Field(default=None, alias="fromJobConfig.delimiter")
    """用于切分Rowkey的分隔符，若不设置则不切分，例如“ ”。"""
    from_job_config_start_time: str | None = Field(default=None, alias="fromJobConfig.startTime")
    """时间区间左边界（包含该值），格式为“yyyy-MM-dd hh:mm:ss”。 表示只抽取该时间及以后的数据。"""
    from_job_config_end_time: str | None = Field(default=None, alias="fromJobConfig.endTime")
    """时间区间右边界（不包含该值），格式为“yyyy-MM-dd hh:mm:ss”。 表示只抽取该时间以前的数据。"""
    from_job_config_formats: list[SourceJobTimeFormat] | dict[str, str] | None = Field(
        default=None, alias="fromJobConfig.formats"
    )
    """时间格式，请参见 fromJobConfig.formats参数说明 。"""


class HbaseTargetJobConfig(Model):
    """目的端为 HBase/CloudTable

    目的端为 HBase/CloudTable

    Reference section 5.4.3.5.
    """

    to_job_config_table: str = Field(alias="toJobConfig.table")
    """写入数据的表名，例如：“TBL_EXAMPLE”。"""
    to_job_config_storage_type: Literal["PUTLIST", "BULKLOAD"] = Field(
        alias="toJobConfig.storageType"
    )
    """将数据写入到HBase表中的方法：
    - PUTLIST：put list方式写入。"""
    to_job_config_columns: str | None = Field(default=None, alias="toJobConfig.columns")
    """需要抽取数据的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。"""
    to_job_config_row_key_column: str = Field(alias="toJobConfig.rowKeyColumn")
    """作为rowkey的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。"""
    to_job_config_is_override: bool | None = Field(default=None, alias="toJobConfig.isOverride")
    """使用BULKLOAD方式导入数据时，是否清空数据，例如：“true”。"""
    to_job_config_delimiter: str | None = Field(default=None, alias="toJobConfig.delimiter")
    """当选取多个列做rowkey时，连接多列的分隔符，例如：“ ”。"""
    to_job_config_is_rowkey_redundancy: bool | None = Field(
        default=None, alias="toJobConfig.isRowkeyRedundancy"
    )
    """是否将选做Rowkey的数据同时写入HBase的列。"""
    to_job_config_algorithm: Literal["NONE", "SNAPPY", "GZ"] | None = Field(
        default=None, alias="toJobConfig.algorithm"
    )
    """创建新HBase表时采用的压缩算法，支持SNAPPY和GZ算法，默认为“NONE”。"""
    to_job_config_write_to_wal: bool | None = Field(default=None, alias="toJobConfig.writeToWAL")
    """选择是否开启HBase的预写日志机制（WAL，Write Ahead Log）。
    - 是：开启后如果出现HBase服务器宕机，则可以从WAL中回放执行之前没有完成的操作。
    - 否：关闭时能提升写入性能，但如果HBase服务器宕机可能会造成数据丢失。"""
    to_job_config_trans_type: bool | None = Field(default=None, alias="toJobConfig.transType")
    """- true：源端数据库中的Short、Int、Long、Float、Double、Decimal类型列的数据，会转换为Byte[]数组（二进制）写入HBase，其他类型的按字符串写入。如果这几种类型中，有合并做rowkey的，就依然当字符串写入。 该功能作用是：降低存储占用空间，存储更高效；特定场景下rowkey分布更均匀。
    - false：源端数据库中所有类型的数据，都会按照字符串写入HBase。"""


class HdfsLinkConfig(Model):
    """HDFS 连接

    通过HDFS连接，可以对MRS、FusionInsight HD或开源Hadoop的HDFS抽取、加载文件，支持CSV、Parquet和二进制格式。

    Reference section 5.4.1.3.
    """

    link_config_hadoop_type: Literal["MRS", "FusionInsight HD", "Apache Hadoop"] = Field(
        alias="linkConfig.hadoopType"
    )
    """Hadoop类型：
    - MRS：表示连接MRS的HDFS。
    - FusionInsight HD：表示连接FusionInsight HD的HDFS。
    - Apache Hadoop：表示连接开源Apache Hadoop的HDFS。"""
    link_config_uri: str | None = Field(default=None, alias="linkConfig.uri")
    """连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”。"""
    link_config_host: str | None = Field(default=None, alias="linkConfig.host")
    """连接MRS或FusionInsight HD时，需要配置Manager平台的IP地址。"""
    link_config_port: str | None = Field(default=None, alias="linkConfig.port")
    """连接FusionInsight HD时，需要配置Manager平台的端口。"""
    link_config_cas_port: str | None = Field(default=None, alias="linkConfig.casPort")
    """连接FusionInsight HD时，需要配置与FusionInsight HD对接的CAS Server的端口。"""
    link_config_user: str | None = Field(default=None, alias="linkConfig.user")
    """登录Manager平台的用户名，使用集群配置时不用配置"""
    link_config_password: str | None = Field(default=None, alias="linkConfig.password", repr=False)
    """登录Manager平台的密码，使用集群配置时不用配置"""
    link_config_auth_type: Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"] | None = Field(
        default=None, alias="linkConfig.authType"
    )
    """认证类型，分为以下两种：
    - Simple：非安全模式选择Simple鉴权。
    - Kerberos：安全模式选择Kerberos鉴权。"""
    link_config_principal: str | None = Field(default=None, alias="linkConfig.principal")
    """Kerberos认证所需的Principal，您也可以联系管理员获取此账号。使用集群配置前需在集群配置管理中配置此参数。"""
    link_config_keytab: str | None = Field(default=None, alias="linkConfig.keytab")
    """Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。使用集群配置前需在集群配置管理中配置此参数。"""
    link_config_run_mode: Literal["EMBEDDED", "STANDALONE", "Agent"] | None = Field(
        default=None, alias="linkConfig.runMode"
    )
    """选择HDFS连接的运行模式：
    - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
    - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。选择STANDALONE模式时，CDM支持在多个MRS集群的HDFS之间迁移数据。
    - Agent：连接实例运行在Agent上。若不使用AGENT运行模式，且在一个CDM中同时连接两个及以上开启Kerberos认证且realm相同的集群，只能使用EMBEDDED运行模式连接其中一个集群，其余需使用STANDALONE。"""
    link_config_properties: dict[str, str] | None = Field(
        default=None, alias="linkConfig.properties"
    )
    """属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值"""


class HdfsSourceJobConfig(Model):
    """源端为 HDFS

    HDFS作业参数说明

    Reference section 5.4.2.3.
    """

    from_job_config_input_directory: str = Field(alias="fromJobConfig.inputDirectory")
    """待抽取数据的路径，例如：“/data_dir”。"""
    from_job_config_input_format: Literal["CSV_FILE", "PARQUET_FILE", "BINARY_FILE"] = Field(
        alias="fromJobConfig.inputFormat"
    )
    """传输数据时所用的文件格式，目前支持以下文件格式：
    - CSV_FILE: CSV格式。
    - PARQUET_FILE: PARQUET格式。
    - BINARY_FILE: 二进制格式。 当选择“BINARY_FILE”时，目的端也必须为文件系统。"""
    from_job_config_column_list: str | None = Field(default=None, alias="fromJobConfig.columnList")
    """需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。"""
    from_job_config_line_separator: str | None = Field(
        default=None, alias="fromJobConfig.lineSeparator"
    )
    """文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。"""
    from_job_config_field_separator: str | None = Field(
        default=None, alias="fromJobConfig.fieldSeparator"
    )
    """字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。"""
    from_job_config_quote_char: bool | None = Field(default=None, alias="fromJobConfig.quoteChar")
    """是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。"""
    from_job_config_regex_separator: bool | None = Field(
        default=None, alias="fromJobConfig.regexSeparator"
    )
    """是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。"""
    from_job_config_encode_type: str | None = Field(default=None, alias="fromJobConfig.encodeType")
    """编码类型，例如：“UTF_8”或“GBK”。"""
    from_job_config_first_row_as_header: bool | None = Field(
        default=None, alias="fromJobConfig.firstRowAsHeader"
    )
    """是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。"""
    from_job_config_from_compression: str | None = Field(
        default=None, alias="fromJobConfig.fromCompression"
    )
    """压缩格式，表示选择只传输对应压缩格式的源文件。“NONE”表示传输所有格式的文件。"""
    from_job_config_compressed_file_suffix: str | None = Field(
        default=None, alias="fromJobConfig.compressedFileSuffix"
    )
    """需要解压缩的文件后缀名。当一批文件中以该值为后缀时，才会执行解压缩操作，否则保持原样传输。当输入*或为空时，所有文件都会被解压。"""
    from_job_config_split_type: Literal["FILE", "SIZE"] | None = Field(
        default=None, alias="fromJobConfig.splitType"
    )
    """指定任务分片方式，选择按文件或文件大小进行分割。HDFS上的文件，如果在HDFS上已经分片，则HDFS每个分片视为一个文件。
    - FILE：按文件数量进行分片。例如有10个文件，并在任务参数中指定“throttlingConfig.numExtractors”（抽取并发数）为“5”，则每个分片2个文件。
    - SIZE：按文件大小分割。注意这里不会将文件做切分来实现均衡。例如：有10个文件，9个10M，1个200M，在并发任务数中指定“throttlingConfig.numExtractors”（抽取并发数）为“2”，则会分两个分片，一个处理9个10M的文件，一个处理1个200M的文件。"""
    from_job_config_use_marker_file: bool | None = Field(
        default=None, alias="fromJobConfig.useMarkerFile"
    )
    """选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方“fromJobConfig.waitTime”（等待时间）参数中配置。"""
    from_job_config_marker_file: str | None = Field(default=None, alias="fromJobConfig.markerFile")
    """启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。"""
    from_job_config_file_separator: str | None = Field(
        default=None, alias="fromJobConfig.fileSeparator"
    )
    """“fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。"""
    from_job_config_filter_type: Literal["WILDCARD", "TIME", "NONE"] | None = Field(
        default=None, alias="fromJobConfig.filterType"
    )
    """选择过滤器类型：
    - WILDCARD：输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
    - TIME：时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。"""
    from_job_config_path_filter: str | None = Field(default=None, alias="fromJobConfig.pathFilter")
    """路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。"""
    from_job_config_file_filter: str | None = Field(default=None, alias="fromJobConfig.fileFilter")
    """文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*txt”。"""
    from_job_config_start_time: str | None = Field(default=None, alias="fromJobConfig.startTime")
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。
    该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))}表示：只迁移最近90天内的文件。"""
    from_job_config_end_time: str | None = Field(default=None, alias="fromJobConfig.endTime")
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。
    该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss))}表示：只迁移修改时间为当前时间以前的文件。"""
    from_job_config_create_snapshot: bool | None = Field(
        default=None, alias="fromJobConfig.createSnapshot"
    )
    """如果配置为“true”，CDM读取HDFS系统上的文件时，会先对待迁移的源目录创建快照（不允许对单个文件创建快照），然后CDM迁移快照中的数据。
    需要HDFS系统的管理员权限才可以创建快照，CDM作业完成后，快照会被删除。"""
    from_job_config_formats: list[SourceJobTimeFormat] | dict[str, str] | None = Field(
        default=None, alias="fromJobConfig.formats"
    )
    """时间格式，当“fromJobConfig.inputFormat”（文件格式）为“CSV_FILE”（CSV格式），并且文件中有时间类型字段时，才需要输入，具体说明请参见fromJobConfig.formats参数说明。"""
    from_job_config_deryption: Literal["NONE", "AES-256-GCM"] | None = Field(
        default=None, alias="fromJobConfig.deryption"
    )
    """“fromJobConfig.inputFormat”（文件格式）选择为“BINARY_FILE”（二进制格式）时才有该参数，选择是否对已加密的文件解密后再导出，以及解密方式：
    - NONE：不解密，直接导出文件。
    - AES-256-GCM：使用AES-256-GCM（NoPadding）算法解密后再导出文件。"""
    from_job_config_dek: str | None = Field(default=None, alias="fromJobConfig.dek", repr=False)
    """数据解密密钥，密钥由长度64的十六进制数组成，且必须与加密时配置的“toJobConfig.dek”（导入时配置的数据加密密钥）一致。如果不一致系统不会报异常，只是解密出来的数据会错误。"""
    from_job_config_iv: str | None = Field(default=None, alias="fromJobConfig.iv")
    """解密需要的初始化向量，初始化向量由长度32的十六进制数组成，且必须与加密时配置的“toJobConfig.iv”（导入时配置的初始化向量）一致。如果不一致系统不会报异常，只是解密出来的数据会错误。"""


class HdfsTargetJobConfig(Model):
    """目的端为 HDFS

    目的端为 HDFS

    Reference section 5.4.3.3.
    """

    to_job_config_output_directory: str = Field(alias="toJobConfig.outputDirectory")
    """数据写入的路径，例如“/data_dir”。"""
    to_job_config_output_format: Literal["CSV_FILE", "BINARY_FILE"] = Field(
        alias="toJobConfig.outputFormat"
    )
    """写入数据时所用的文件格式（二进制除外），支持以下文件格式：
    - CSV_FILE：按照CSV格式写入数据。
    - BINARY_FILE：二进制格式，不解析文件内容直接传输，CDM会原样写入文件，不改变原始文件格式。
    当选择“BINARY_FILE”时，源端也必须为文件系统。"""
    to_job_config_line_separator: str | None = Field(
        default=None, alias="toJobConfig.lineSeparator"
    )
    """行分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“\\r\\n”。"""
    to_job_config_field_separator: str | None = Field(
        default=None, alias="toJobConfig.fieldSeparator"
    )
    """列分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“，”。"""
    to_job_config_write_to_temp_file: bool | None = Field(
        default=None, alias="toJobConfig.writeToTempFile"
    )
    """将二进制文件先写入到临时文件（临时文件以“.tmp”作为后缀），迁移成功后，再进行rename或move操作，在目的端恢复文件。"""
    to_job_config_duplicate_file_op_type: Literal["REPLACE", "SKIP", "ABANDON"] | None = Field(
        default=None, alias="toJobConfig.duplicateFileOpType"
    )
    """重复文件处理方式，只有文件名和文件大小都相同才会判定为重复文件。重复文件支持以下处理方式：
    - REPLACE：替换重复文件。
    - SKIP：跳过重复文件。
    - ABANDON：发现重复文件停止任务。"""
    to_job_config_compression: (
        Literal["NONE", "DEFLATE", "GZIP", "BZIP2", "LZ4", "SNAPPY"] | None
    ) = Field(default=None, alias="toJobConfig.compression")
    """写入文件后，选择对文件的压缩格式。支持以下压缩格式：
    - NONE：不压缩。
    - DEFLATE：压缩为DEFLATE格式。
    - GZIP：压缩为GZIP格式。
    - BZIP2：压缩为BZIP2格式。
    - LZ4：压缩为LZ4格式。
    - SNAPPY：压缩为SNAPPY格式。"""
    to_job_config_append_mode: bool = Field(alias="toJobConfig.appendMode")
    """当加载路径已经存在文件，是否需要写入，默认值为“false”。"""
    to_job_config_encryption: Literal["NONE", "AES-256-GCM"] | None = Field(
        default=None, alias="toJobConfig.encryption"
    )
    """当“toJobConfig.outputFormat”（文件格式）为“BINARY_FILE”（二进制）时才有该参数，选择是否对导入的数据进行加密，以及加密方式：
    - NONE：不加密，直接写入数据。
    - AES-256-GCM：使用长度为256byte的AES对称加密算法，目前加密算法只支持AES-256-GCM（NoPadding）。"""
    to_job_config_dek: str | None = Field(default=None, alias="toJobConfig.dek", repr=False)
    """数据加密密钥，“toJobConfig.encryption”（加密方式）选择“AES-256-GCM”时有该参数，密钥由长度64的十六进制数组成。
    请您牢记这里配置的密钥，解密时的密钥与这里配置的必须一致。如果不一致系统不会报异常，只是解密出来的数据会错误。"""
    to_job_config_iv: str | None = Field(default=None, alias="toJobConfig.iv")
    """初始化向量， “toJobConfig.encryption”（加密方式）选择“AES-256-GCM”时有该参数，初始化向量由长度32的十六进制数组组成。 请您牢记这里配置的初始化向量，解密时的初始化向量与这里配置的必须一致。如果不一致系统不会报异常，只是解密出来的数据会错误。"""
    to_job_config_file_prefix: str | None = Field(default=None, alias="toJobConfig.filePrefix")
    """自定义文件名前缀，支持时间宏。例如：test_${dateformat(yyyyMMdd, -1, DAY)} 注意文件名格式要符合hdfs文件路径命名规范。"""


class HiveLinkConfig(Model):
    """Hive 连接

    通过Hive连接，可以对MRS的Hive数据源进行抽取、加载数据。
    本示例为连接样例消息体。在实际使用中，AK（accessKey）和SK（securityKey）建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。

    Reference section 5.4.1.6.
    """

    link_config_host: str = Field(alias="linkConfig.host")
    """MRS Manager的IP地址。"""
    link_config_auth_type: Literal["SIMPLE", "KERBEROS"] = Field(alias="linkConfig.authType")
    """访问MRS的认证类型：
    - SIMPLE：非安全模式选择Simple鉴权。
    - KERBEROS：安全模式选择Kerberos鉴权。"""
    link_config_principal: str | None = Field(default=None, alias="linkConfig.principal")
    """Kerberos认证所需的Principal，您也可以联系管理员获取此账号。使用集群配置前需在集群配置管理中配置此参数。"""
    link_config_keytab: str | None = Field(default=None, alias="linkConfig.keytab")
    """Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。使用集群配置前需在集群配置管理中配置此参数。"""
    link_config_hive_version: Literal["HIVE_1_X", "HIVE_3_X"] = Field(
        alias="linkConfig.hiveVersion"
    )
    """Hive版本：
    - HIVE_1_X
    - HIVE_3_X"""
    link_config_user: str | None = Field(default=None, alias="linkConfig.user")
    """登录Manager平台的用户名，使用集群配置时不用配置"""
    link_config_password: str | None = Field(default=None, alias="linkConfig.password", repr=False)
    """登录Manager平台的密码，使用集群配置时不用配置"""
    link_config_uri: str | None = Field(default=None, alias="linkConfig.uri")
    """连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”"""
    link_config_hive_ms_uris: str | None = Field(default=None, alias="linkConfig.hiveMsUris")
    """连接Apache Hadoop时的Hive元数据地址，参考hive.metastore.uris配置项。例如：thrift://host-192-168-1-212:9083"""
    link_config_obs_support: bool = Field(alias="linkConfig.obsSupport")
    """需服务端支持OBS存储。在创建Hive表时，您可以指定将表存储在OBS中。"""
    link_config_run_mode: Literal["EMBEDDED", "STANDALONE"] | None = Field(
        default=None, alias="linkConfig.runMode"
    )
    """“HIVE_3_X”版本支持该参数。支持以下模式：
    - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
    - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式或者配置不同的Agent。
    说明：STANDALONE模式主要是用来解决版本冲突问题的运行模式。当同一种数据连接的源端或者目的端连接器的版本不一致时，存在jar包冲突的情况，这时需要将源端或目的端放在STANDALONE进程里，防止冲突导致迁移失败。"""
    link_config_access_key: str | None = Field(default=None, alias="linkConfig.accessKey")
    """访问标识（AK）。obs支持选是时需配置此参数。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""
    link_config_security_key: str | None = Field(
        default=None, alias="linkConfig.securityKey", repr=False
    )
    """密钥（SK）。obs支持选是时需配置此参数。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""
    link_config_properties: dict[str, str] | None = Field(
        default=None, alias="linkConfig.properties"
    )
    """属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值"""


class HiveSourceJobConfig(Model):
    """源端为 Hive

    源端为 Hive

    Reference section 5.4.2.4.
    """

    from_job_config_hive: str | None = Field(default=None, alias="fromJobConfig.hive")
    """待抽取数据的数据源，作业源端为 Hive 时，这里为“hive”。"""
    from_job_config_database: str | None = Field(default=None, alias="fromJobConfig.database")
    """待抽取数据的数据库，例如“default”。"""
    from_job_config_table: str = Field(alias="fromJobConfig.table")
    """待抽取数据的表名，例如“cdm”。"""
    from_job_config_column_list: str | None = Field(default=None, alias="fromJobConfig.columnList")
    """需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。"""


class HiveTargetJobConfig(Model):
    """目的端为 Hive

    目的端为 Hive

    Reference section 5.4.3.4.
    """

    to_job_config_hive: str | None = Field(default=None, alias="toJobConfig.hive")
    """写入数据的数据源。"""
    to_job_config_database: str | None = Field(default=None, alias="toJobConfig.database")
    """写入数据的数据库名称，例如：“default”。"""
    to_job_config_table: str = Field(alias="toJobConfig.table")
    """写入数据的表名。"""
    to_job_config_table_preparation: Literal[
        "DO_NOTHING", "CREATE_WHEN_NOT_EXISTS", "DROP_AND_CREATE"
    ] = Field(alias="toJobConfig.tablePreparation")
    """写入表数据时，用户选择的操作：
    - DO_NOTHING：不自动建表。
    - CREATE_WHEN_NOT_EXISTS：当目的端的数据库没有“tableName”参数中指定的表时，CDM会自动创建该表。
    - DROP_AND_CREATE：先删除“tableName”参数中指定的表，然后再重新创建该表。"""
    to_job_config_column_list: str | None = Field(default=None, alias="toJobConfig.columnList")
    """需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_should_clear_table: bool | None = Field(
        default=None, alias="toJobConfig.shouldClearTable"
    )
    """导入前是否清空目标表的数据，如果设置为true，任务启动前会清除目标表中数据。"""


class HttpSourceJobConfig(Model):
    """源端为 HTTP/HTTPS

    源端为 HTTP/HTTPS

    Reference section 5.4.2.7.
    """

    from_job_config_input_directory: str = Field(alias="fromJobConfig.inputDirectory")
    """待抽取文件的URL。 用于读取一个公网HTTP/HTTPS URL的文件，包括第三方对象存储的公共读取场景和网盘场景。"""
    from_job_config_input_format: Literal["BINARY_FILE"] = Field(alias="fromJobConfig.inputFormat")
    """传输数据时所用的文件格式，目前只支持二进制格式。"""
    from_job_config_from_compression: Literal["NONE", "GZIP", "ZIP", "TARGZ"] | None = Field(
        default=None, alias="fromJobConfig.fromCompression"
    )
    """选择对应压缩格式的源文件进行迁移：
    - NONE：表示传输所有格式的文件。
    - GZIP：表示只传输GZIP格式的文件。
    - ZIP：表示只传输ZIP格式的文件。
    - TAR.GZ：表示只传输TAR.GZ格式的文件。"""
    from_job_config_compressed_file_suffix: str | None = Field(
        default=None, alias="fromJobConfig.compressedFileSuffix"
    )
    """需要解压缩的文件后缀名。当一批文件中以该值为后缀时，才会执行解压缩操作，否则保持原样传输。当输入*或为空时，所有文件都会被解压。"""
    from_job_config_file_separator: str | None = Field(
        default=None, alias="fromJobConfig.fileSeparator"
    )
    """传输多个文件时，CDM使用这里配置的文件分隔符来区分各个文件，默认为 。"""
    from_job_config_use_query: bool | None = Field(default=None, alias="fromJobConfig.useQuery")
    """- 该参数设置为“true”时，上传到OBS的对象使用的对象名，为去掉query参数后的字符。
    - 该参数设置为“false”时，上传到OBS的对象使用的对象名，包含query参数。"""
    from_job_config_md5_file_suffix: str | None = Field(
        default=None, alias="fromJobConfig.md5FileSuffix"
    )
    """校验CDM抽取的文件，是否与源文件一致。"""


class Input(Model):
    """Input

    “name,value”结构的输入参数（表 5-70 / 5-81 / 5-92 / 5-106 Input）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    _secret_pair: ClassVar[tuple[str, str]] = ("name", "value")

    name: str
    """参数名:
    - 如果是连接管理API, 则以“linkConfig.”开头, 对于不同连接类型有不同的参数, 具体可参见连接参数说明下相应连接的参数说明。
    - 如果是作业管理API, 对于源端连接参数, 则以“fromJobConfig.”开头, 具体可参见源端作业参数说明下相应的源端参数说明; 对于目的端连接参数, 则以“toJobConfig.”开头, 具体可参见目的端作业参数说明下相应的目的端参数说明; 对于作业任务参数, 请参见作业任务参数说明下相应的任务参数说明。"""
    value: str | dict[str, Any] | list[Any]
    """参数值, 参数名对应的值, 必须填写为字符串。"""
    type_: str | None = Field(default=None, alias="type")
    """值类型, 如STRING、INTEGER, 由系统设定, 用户无需填写。"""


class Job(Model):
    """Job

    作业（表 5-67 / 5-78 / 5-89 / 5-103 Job）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    job_type: Literal["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"]
    """作业类型：
    - NORMAL_JOB：表/文件迁移。
    - BATCH_JOB：整库迁移。
    - SCENARIO_JOB：场景迁移。
    枚举值：
    - NORMAL_JOB
    - BATCH_JOB
    - SCENARIO_JOB"""
    from_connector_name: Literal[
        "generic-jdbc-connector",
        "obs-connector",
        "hdfs-connector",
        "hbase-connector",
        "hive-connector",
        "ftp-connector",
        "sftp-connector",
        "mongodb-connector",
        "redis-connector",
        "kafka-connector",
        "dis-connector",
        "elasticsearch-connector",
        "dli-connector",
        "http-connector",
        "dms-kafka-connector",
    ] = Field(alias="from-connector-name")
    """源端连接类型，对应的连接参数如下：
    - generic-jdbc-connector：关系数据库连接。
    - obs-connector：OBS连接。
    - hdfs-connector：HDFS连接。
    - hbase-connector：HBase连接、CloudTable连接。
    - hive-connector：Hive连接。
    - ftp-connector/sftp-connector：FTP/SFTP连接。
    - mongodb-connector：MongoDB连接。
    - redis-connector：Redis/DCS连接。
    - kafka-connector：Kafka连接。
    - dis-connector：DIS连接。
    - elasticsearch-connector：Elasticsearch/云搜索服务连接。
    - http-connector：HTTP/HTTPS连接，该连接暂无连接参数。
    - dms-kafka-connector：DMSKafka连接"""
    to_config_values: ConfigValues = Field(alias="to-config-values")
    """目的连接参数配置。根据不同目的端有不同的参数配置，具体可参考 目的端作业参数说明 下相应的目的端参数配置。"""
    to_link_name: str = Field(alias="to-link-name")
    """目的端连接名称，即为通过“创建连接”接口创建的连接对应的连接名。"""
    driver_config_values: ConfigValues = Field(alias="driver-config-values")
    """作业任务参数配置。例如配置作业失败重试、抽取并发数，具体可参考 作业任务参数说明 。"""
    from_config_values: ConfigValues = Field(alias="from-config-values")
    """源连接参数配置。根据不同源端有不同的参数配置，具体可参考 源端作业参数说明 下相应的源端参数配置。"""
    to_connector_name: Literal[
        "generic-jdbc-connector",
        "obs-connector",
        "hdfs-connector",
        "hbase-connector",
        "hive-connector",
        "ftp-connector",
        "sftp-connector",
        "mongodb-connector",
        "redis-connector",
        "kafka-connector",
        "dis-connector",
        "elasticsearch-connector",
        "dli-connector",
        "http-connector",
        "dms-kafka-connector",
    ] = Field(alias="to-connector-name")
    """目的端连接类型，对应的连接参数如下：
    - generic-jdbc-connector：关系数据库连接。
    - obs-connector：OBS连接。
    - hdfs-connector：HDFS连接。
    - hbase-connector：HBase连接、CloudTable连接。
    - hive-connector：Hive连接。
    - ftp-connector/sftp-connector：FTP/SFTP连接。
    - mongodb-connector：MongoDB连接。
    - redis-connector：Redis/DCS连接。
    - kafka-connector：Kafka连接。
    - dis-connector：DIS连接。
    - elasticsearch-connector：Elasticsearch/云搜索服务连接。
    - http-connector：HTTP/HTTPS连接，该连接暂无连接参数。
    - dms-kafka-connector：DMSKafka连接"""
    name: str
    """作业名称，长度在1到240个字符之间 最小长度： 1 最大长度： 240"""
    from_link_name: str = Field(alias="from-link-name")
    """源连接名称，即为通过“创建连接”接口创建的连接对应的连接名。"""
    creation_user: str | None = Field(default=None, alias="creation-user")
    """创建作业的用户。由系统生成，用户无需填写。"""
    creation_date: int | None = Field(default=None, alias="creation-date")
    """作业创建的时间，单位：毫秒。由系统生成，用户无需填写。"""
    update_date: int | None = Field(default=None, alias="update-date")
    """作业最后更新的时间，单位：毫秒。由系统生成，用户无需填写。"""
    is_incre_job: bool | None = Field(default=None)
    """是否是增量作业。已废弃"""
    flag: int | None = Field(default=None)
    """是否是定时作业标记，如果是定时作业则为1，否则为0。由系统根据定时任务配置生成，用户无需填写。"""
    files_read: int | None = Field(default=None)
    """已读文件数。由系统生成，用户无需填写。"""
    update_user: str | None = Field(default=None, alias="update-user")
    """最后更新作业的用户。由系统生成，用户无需填写。"""
    external_id: str | None = Field(default=None)
    """具体执行的作业id，如果是本地作业，则一般为"job_local1202051771_0002"形式，如果是DLI作业，则为DLI作业ID，比如"12345"。由系统生成，用户无需填写。"""
    type_: Literal["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"] | None = Field(
        default=None, alias="type"
    )
    """与job_type一致，作业类型：
    - NORMAL_JOB：表/文件迁移。
    - BATCH_JOB：整库迁移。
    - SCENARIO_JOB：场景迁移。"""
    execute_start_date: int | None = Field(default=None)
    """最近一次执行任务开始时间，单位：毫秒。由系统生成，用户无需填写。"""
    delete_rows: int | None = Field(default=None)
    """增量作业删除行数，已废弃。"""
    enabled: bool | None = Field(default=None)
    """是否激活连接。由系统生成，用户无需填写。"""
    bytes_written: int | None = Field(default=None)
    """作业写入的字节。由系统生成，用户无需填写。"""
    id_: int | None = Field(default=None, alias="id")
    """作业ID。由系统生成，用户无需填写。"""
    is_use_sql: bool | None = Field(default=None)
    """用户是否使用sql。由系统根据源端抽取是否使用sql语句生成，用户无需填写"""
    update_rows: int | None = Field(default=None)
    """增量作业更新行数，已废弃。"""
    group_name: str | None = Field(default=None)
    """组名"""
    bytes_read: int | None = Field(default=None)
    """作业读取的字节。由系统生成，用户无需填写。"""
    execute_update_date: int | None = Field(default=None)
    """最近一次执行任务更新时间，单位：毫秒。由系统生成，用户无需填写。"""
    write_rows: int | None = Field(default=None)
    """增量作业写入行数，已废弃。"""
    rows_written: int | None = Field(default=None)
    """作业写入的行数。由系统生成，用户无需填写。"""
    rows_read: int | None = Field(default=None)
    """作业读取的行数。由系统生成，用户无需填写。"""
    files_written: int | None = Field(default=None)
    """写入文件数。由系统生成，用户无需填写。"""
    is_incrementing: bool | None = Field(default=None)
    """是否是增量作业，同 is_incre_job，已废弃。"""
    execute_create_date: int | None = Field(default=None)
    """最近一次执行任务创建时间，单位：毫秒。由系统生成，用户无需填写。"""
    status: Literal["BOOTING", "RUNNING", "SUCCEEDED", "FAILED", "NEW"] | None = Field(default=None)
    """作业最后的执行状态：
    - BOOTING：启动中。
    - RUNNING：运行中。
    - SUCCEEDED：成功。
    - FAILED：失败。
    - NEW：未被执行。"""


class JobTaskConfig(Model):
    """作业任务参数说明

    在指定集群创建作业或者随机集群创建作业并执行时，由“driver-config-values”参数指定作业任务配置，包含如下功能：
    - 作业失败重试：如果作业执行失败，可选择是否自动重新启动作业。
    - 作业分组：CDM支持对作业进行分组，分组后的作业可以按组显示、按组批量删除作业、按组批量启动作业、按组导出等。
    - 是否定时执行：可选择作业是否定时自动启动。
    - 抽取并发数：可设置同时执行的抽取任务数。
    - 是否写入脏数据：如果需要将作业执行过程中处理失败的数据、或者被清洗过滤掉的数据写入OBS中，以便后面查看，可通过该参数配置，写入脏数据前需要先配置好OBS连接。
    - 作业运行完是否删除：可选择是否自动删除作业。

    Reference section 5.4.4.
    """

    throttling_config_num_extractors: int | None = Field(
        default=None, alias="throttlingConfig.numExtractors"
    )
    """最大抽取任务并发数，例如：“20”。"""
    group_job_config_group_name: str | None = Field(default=None, alias="groupJobConfig.groupName")
    """选择作业所属的分组，默认分组为“DEFAULT”。"""
    throttling_config_num_loaders: int | None = Field(
        default=None, alias="throttlingConfig.numLoaders"
    )
    """仅当HBase或Hive作为目的数据源时该参数才有效。 最大加载任务数，例如：“5”。"""
    throttling_config_record_dirty_data: bool | None = Field(
        default=None, alias="throttlingConfig.recordDirtyData"
    )
    """是否写入脏数据，例如：“true”。"""
    throttling_config_write_to_link: str | None = Field(
        default=None, alias="throttlingConfig.writeToLink"
    )
    """脏数据要写入的连接，目前只支持写入到OBS连接或HDFS连接。例如：“obslink”。"""
    throttling_config_obs_bucket: str | None = Field(
        default=None, alias="throttlingConfig.obsBucket"
    )
    """写入脏数据的OBS桶的名称，只有当脏数据要写入OBS连接的时候，此参数才生效。例如：“dirtyData”。"""
    throttling_config_dirty_data_directory: str | None = Field(
        default=None, alias="throttlingConfig.dirtyDataDirectory"
    )
    """写入脏数据的目录：
    - 如果选择写入到HDFS，此参数即为HDFS目录。
    - 如果选择写入到OBS，此参数表示相应的OBS桶下的目录，例如：“/data/dirtydata/”。"""
    throttling_config_max_error_records: str | None = Field(
        default=None, alias="throttlingConfig.maxErrorRecords"
    )
    """单个分片的最大错误记录数。单个map的错误记录超过设置的最大错误记录数时，任务自动结束，已经导入的数据不回退。"""
    scheduler_config_is_scheduler_job: bool | None = Field(
        default=None, alias="schedulerConfig.isSchedulerJob"
    )
    """是否开启定时任务，例如：“true”。"""
    scheduler_config_cycle_type: Literal["minute", "hour", "day", "week", "month"] | None = Field(
        default=None, alias="schedulerConfig.cycleType"
    )
    """定时任务的周期类型，目前支持五种周期类型：
    - minute：分钟
    - hour：小时
    - day：天
    - week：周
    - month：月"""
    scheduler_config_cycle: int | None = Field(default=None, alias="schedulerConfig.cycle")
    """定时任务的周期，如果周期类型选择了“minute”，“cycle”输入“10”，就表示该定时任务每10分钟执行一次。"""
    scheduler_config_run_at: str | None = Field(default=None, alias="schedulerConfig.runAt")
    """定时任务在周期内的触发时间，当周期为“hour”、“week”或“month”时，该参数有效。
    - 如果周期类型为“month”，设定周期为“1”，“runAt”输入“15”，就表示每个月的15号执行该定时任务。并且该参数支持输入多个，以英文的逗号“,”分隔开。例如上述场景中“runAt”输入“1,2,3,4,5”，就表示每个月的1日、2日、3日、4日和5日执行该定时任务。
    - 周期类型为“week”时，“runAt”输入“mon,tue,wed,thu,fri”，就表示周一到周五执行该定时任务。
    - 周期类型为“hour”时，“runAt”输入“27,57”，表示周期内的27分和57分执行该定时任务。"""
    scheduler_config_start_date: str | None = Field(default=None, alias="schedulerConfig.startDate")
    """定时任务的开始时间，例如：“2018-01-24 19:56:19”。"""
    scheduler_config_stop_date: str | None = Field(default=None, alias="schedulerConfig.stopDate")
    """定时任务的结束日期，例如：“2018-01-27 23:59:00”。 如果不输入结束时间，则表示定时任务将一直执行，永远不会结束。"""
    scheduler_config_disposable_type: Literal["NONE", "DELETE_AFTER_SUCCEED", "DELETE"] | None = (
        Field(default=None, alias="schedulerConfig.disposableType")
    )
    """作业运行完是否删除：
    - NONE：作业执行完不删除。
    - DELETE_AFTER_SUCCEED：仅作业执行成功时删除该作业，适合海量一次性作业。
    - DELETE：作业执行完删除该作业，执行成功或失败都会删除。"""
    retry_job_config_retry_job_type: Literal["NONE", "RETRY_TRIPLE"] | None = Field(
        default=None, alias="retryJobConfig.retryJobType"
    )
    """如果作业执行失败，选择是否自动重试：
    - NONE：不重试。
    - RETRY_TRIPLE：重试三次。"""


class JobValidationResult(Model):
    """JobValidationResult

    校验结果（表 5-84 / 5-99 / 5-109 JobValidationResult）。

    Reference section 5.2.3, 5.2.5, 5.2.6.
    """

    message: str | None = Field(default=None)
    """错误描述"""
    status: Literal["ERROR", "WARNING"] | None = Field(default=None)
    """ERROR,WARNING
    枚举值：
    - ERROR
    - WARNING"""


class KafkaLinkConfig(Model):
    """Kafka 连接

    通过Kafka连接器可以与开源的Kafka数据源建立连接，并按照用户指定配置将Kafka中的数据迁移到其它数据源。目前仅支持从Kafka导出数据。

    Reference section 5.4.1.10.
    """

    link_config_hadoop_type: Literal["MRS", "Apache Kafka"] = Field(alias="linkConfig.hadoopType")
    """Hadoop类型：
    - MRS：表示连接MRS的Kafka。
    - Apache Kafka：表示连接Apache Kafka的Kafka。"""
    link_config_broker_list: str | None = Field(default=None, alias="linkConfig.brokerList")
    """Apache Kafka 连接需配置此参数。Kafka broker列表，格式如：“host1:port1,host2:port2”。"""
    link_config_host: str = Field(alias="linkConfig.host")
    """MRS Manager的浮动IP地址，可以单击输入框后的“选择”来选定已创建的MRS集群，CDM会自动填充下面的鉴权参数。"""
    link_config_user: str = Field(alias="linkConfig.user")
    """登录MRS Manager平台的用户名。"""
    link_config_password: str = Field(alias="linkConfig.password", repr=False)
    """登录MRS Manager平台的密码。"""
    link_config_auth_type: Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"] = Field(
        alias="linkConfig.authType"
    )
    """认证类型，分为以下两种：
    - Simple：非安全模式选择 Simple 鉴权。
    - Kerberos：安全模式选择 Kerberos 鉴权。"""
    link_config_properties: dict[str, str] | None = Field(
        default=None, alias="linkConfig.properties"
    )
    """属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值"""


class KafkaSourceJobConfig(Model):
    """源端为 Kafka

    源端为 Kafka

    Reference section 5.4.2.11.
    """

    from_job_config_topics_list: str = Field(alias="fromJobConfig.topicsList")
    """Kafka topic列表，可以为多个 topic，以“,”作为分隔符。"""
    from_job_config_kafka_consumer_strategy: Literal["LATEST", "EARLIEST"] = Field(
        alias="fromJobConfig.kafkaConsumerStrategy"
    )
    """从Kafka拉取数据时的初始偏移量设置：
    - LATEST：最大偏移量，即最新的数据。
    - EARLIEST：最小偏移量，即最老的数据。"""
    from_job_config_is_permanency: bool = Field(alias="fromJobConfig.isPermanency")
    """是否永久运行。"""
    from_job_config_group_id: str | None = Field(default=None, alias="fromJobConfig.groupId")
    """用户指定消费组ID。 如果是从DMS Kafka导出数据，专享版请任意输入，标准版请输入有效的消费组ID。"""
    from_job_config_data_format: Literal["BINARY", "CSV"] = Field(alias="fromJobConfig.dataFormat")
    """解析数据时使用的格式：
    - BINARY：适用于文件迁移场景，不解析数据内容原样传输。
    - CSV：以CSV格式解析源数据。"""
    from_job_config_max_poll_records: str | None = Field(
        default=None, alias="fromJobConfig.maxPollRecords"
    )
    """每次向Kafka请求数据限制最大请求记录数。"""
    from_job_config_max_poll_interval: str | None = Field(
        default=None, alias="fromJobConfig.maxPollInterval"
    )
    """每次poll之间的最大时间间隔。"""
    from_job_config_separator: str | None = Field(default=None, alias="fromJobConfig.separator")
    """字段分隔符。"""


class Link(Model):
    """links

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    link_config_values: LinkConfigValues = Field(alias="link-config-values")
    """连接参数配置，请参见 link-config-values 参数说明。"""
    creation_user: str | None = Field(default=None, alias="creation-user")
    """创建连接的用户"""
    name: str
    """连接名称"""
    id_: int | None = Field(default=None, alias="id")
    """连接ID"""
    creation_date: int | None = Field(default=None, alias="creation-date")
    """创建连接的时间"""
    connector_name: Literal[
        "generic-jdbc-connector",
        "obs-connector",
        "hdfs-connector",
        "hbase-connector",
        "hive-connector",
        "ftp-connector",
        "sftp-connector",
        "mongodb-connector",
        "redis-connector",
        "kafka-connector",
        "dis-connector",
        "elasticsearch-connector",
        "dli-connector",
        "http-connector",
        "dms-kafka-connector",
    ] = Field(alias="connector-name")
    """连接器名称，对应的连接参数如下： generic-jdbc-connector: 关系数据库连接。 obs-connector: OBS连接。 hdfs-connector: HDFS连接。 hbase-connector: HBase连接、CloudTable连接。 hive-connector: Hive连接。 ftp-connector/sftp-connector: FTP/SFTP连接。 mongodb-connector: MongoDB连接。 redis-connector: Redis/DCS连接。 kafka-connector: Kafka连接。 dis-connector: DIS连接。 elasticsearch-connector: Elasticsearch/云搜索服务连接。 dli-connector: DLI连接。 http-connector: HTTP/HTTPS连接，该连接暂无连接参数。 dms-kafka-connector: DMSKafka连接"""
    update_date: int | None = Field(default=None, alias="update-date")
    """更新连接的时间"""
    enabled: bool | None = Field(default=None)
    """是否激活连接，默认为“true”。"""
    update_user: str | None = Field(default=None, alias="update-user")
    """更新连接的用户"""


class LinkConfigValues(Model):
    """link-config-values

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    configs: list[LinkConfigs]
    """连接配置参数数据结构，请参见configs参数说明。"""
    extended_configs: LinkExtendedConfigs | None = Field(default=None, alias="extended-configs")
    """扩展配置，请参见extended-configs参数说明。"""
    validators: list[str] | None = Field(default=None)
    """校验器"""


class LinkConfigs(Model):
    """configs

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    inputs: list[LinkInput]
    """输入参数列表，列表中的每个参数为“name,value”结构，请参考inputs数据结构参数说明。在“from-config-values”数据结构中，不同的源连接类型有不同的“inputs”参数列表，请参见源端作业参数说明下的章节。在“to-config-values”数据结构中，不同的目的连接类型有不同的“inputs”参数列表，请参见目的端作业参数说明下面的子章节。在“driver-config-values”数据结构中，“inputs”具体参数请参见作业任务参数说明。"""
    name: str
    """配置名称：源端作业的配置名称为“fromJobConfig”。目的端作业的配置名称为“toJobConfig”，连接的配置名称固定为“linkConfig”。"""
    id_: int | None = Field(default=None, alias="id")
    """配置ID，由系统生成，用户无需填写。"""
    type_: Literal["LINK", "JOB"] | None = Field(default=None, alias="type")
    """配置类型，由系统生成，用户无需填写。值为LINK或者JOB，如果是连接管理API，则为LINK；如果是作业管理API，则为JOB。"""


class LinkCreateAndUpdateRequest(Model):
    """请求 Body 参数

    创建连接（5.3.1 表5-132）和修改连接（5.3.4 表5-156）的请求 Body。

    Reference section 5.3.1, 5.3.4.
    """

    links: list[Link]
    """连接列表，请参见 links 数据结构说明"""


class LinkCreateBadRequestBody(Model):
    """响应 Body 参数

    创建连接失败时（状态码 400）的响应 Body（表5-141）。The response itself is typed as the shared ErrorResponse.

    Reference section 5.3.1.
    """

    code: str | None = Field(default=None)
    """返回编码"""
    err_code: str | None = Field(default=None, alias="errCode")
    """错误码"""
    message: str | None = Field(default=None)
    """报错信息"""
    external_message: str | None = Field(default=None, alias="externalMessage")
    """附加信息"""


class LinkCreateResponse(Model):
    """响应 Body 参数

    创建连接的响应（状态码 200）。

    Reference section 5.3.1.
    """

    name: str | None = Field(default=None)
    """连接名称"""
    validation_result: list[LinkValidationResult] | None = Field(
        default=None, alias="validation-result"
    )
    """校验结构：如果创建连接失败，返回失败原因，请参见validation-result参数说明。如果创建成功，返回空列表。"""


class LinkDeleteErrorBody(Model):
    """响应 Body 参数

    删除连接失败时（状态码 500）的响应 Body（表5-153）。The response itself is typed as the shared ErrorResponse.

    Reference section 5.3.3.
    """

    err_code: str | None = Field(default=None, alias="errCode")
    """错误码"""
    external_message: str | None = Field(default=None, alias="externalMessage")
    """错误描述。"""


class LinkExtendedConfigs(Model):
    """extended-configs

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    name: str | None = Field(default=None)
    """名称"""
    value: str | None = Field(default=None)
    """值"""


class LinkInput(Model):
    """Input

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    _secret_pair: ClassVar[tuple[str, str]] = ("name", "value")

    name: str
    """参数名:
    - 如果是连接管理API, 则以“linkConfig.”开头, 对于不同连接类型有不同的参数, 具体可参见连接参数说明下相应连接的参数说明。
    - 如果是作业管理API, 对于源端连接参数, 则以“fromJobConfig.”开头, 具体可参见源端作业参数说明下相应的源端参数说明; 对于目的端连接参数, 则以“toJobConfig.”开头, 具体可参见目的端作业参数说明下相应的目的端参数说明; 对于作业任务参数, 请参见作业任务参数说明下相应的任务参数说明。"""
    value: str | int | dict[str, Any]
    """参数值, 参数名对应的值, 必须填写为字符串。"""
    type_: str | None = Field(default=None, alias="type")
    """值类型, 如STRING、INTEGER, 由系统设定, 用户无需填写。"""


class LinkShowResponse(Model):
    """响应 Body 参数

    查询连接的响应（状态码 200）。

    Reference section 5.3.2.
    """

    links: list[Link] | None = Field(default=None)
    """连接列表，请参见 links 数据结构说明"""
    from_to_un_mapping: str | None = Field(default=None, alias="fromTo-unMapping")
    """表/文件迁移不支持哪些数据源迁移到哪些数据源"""
    batch_from_to_mapping: str | None = Field(default=None, alias="batchFromTo-mapping")
    """整库迁移支持哪些数据源迁移到哪些数据源"""


class LinkUpdateResponse(Model):
    """响应 Body 参数

    修改连接的响应（状态码 200）。

    Reference section 5.3.4.
    """

    validation_result: list[LinkValidationResult] | None = Field(
        default=None, alias="validation-result"
    )
    """校验结构: 如果创建连接失败, 返回失败原因, 请参见validation-result参数说明。如果创建成功, 返回空列表。"""


class LinkValidationErrorBody(Model):
    """响应 Body 参数

    创建或修改连接失败时（状态码 500）的响应 Body（表5-142、表5-165）。The response itself is typed as the shared ErrorResponse.

    Reference section 5.3.1, 5.3.4.
    """

    message: str | None = Field(default=None)
    """错误描述"""
    status: Literal["ERROR", "WARNING"] | None = Field(default=None)
    """ERROR,WARNING 枚举值:
    - ERROR
    - WARNING"""


class LinkValidationLinkConfig(Model):
    """validationLinkConfig

    Reference section 5.3.1, 5.3.4.
    """

    message: str | None = Field(default=None)
    """错误描述"""
    status: Literal["ERROR", "WARNING"] | None = Field(default=None)
    """ERROR,WARNING 枚举值：
    - ERROR
    - WARNING"""


class LinkValidationResult(Model):
    """validationResult

    Reference section 5.3.1, 5.3.4.
    """

    link_config: list[LinkValidationLinkConfig] | None = Field(default=None, alias="linkConfig")
    """创建或更新连接校验结果，请参见linkConfig参数说明。"""


class ListClustersResponse(Model):
    """查询集群列表 响应 Body 参数

    查询集群列表的响应体（表5-50 响应 Body 参数）。

    Reference section 5.1.7, 表5-50.
    """

    clusters: list[ClusterListItem] | None = Field(default=None)
    """集群列表，请参见clusters参数说明。"""


class MongodbLinkConfig(Model):
    """MongoDB 连接

    通过MongoDB连接，可以对MongoDB服务器抽取、加载数据。

    Reference section 5.4.1.8.
    """

    link_config_server_list: str = Field(alias="linkConfig.serverList")
    """服务器地址列表，格式如：“host1:port1;host2:port2”。"""
    link_config_database: str = Field(alias="linkConfig.database")
    """MongoDB的数据库名称。"""
    link_config_user_name: str = Field(alias="linkConfig.userName")
    """连接MongoDB服务器的用户名。"""
    link_config_password: str = Field(alias="linkConfig.password", repr=False)
    """连接MongoDB服务器的密码。"""


class MongodbSourceJobConfig(Model):
    """源端为 MongoDB/DDS

    源端为 MongoDB/DDS

    Reference section 5.4.2.8.
    """

    from_job_config_database: str = Field(alias="fromJobConfig.database")
    """MongoDB/DDS的数据库名称。"""
    from_job_config_collection_name: str = Field(alias="fromJobConfig.collectionName")
    """MongoDB/DDS的集合名称。"""
    from_job_config_column_list: str | None = Field(default=None, alias="fromJobConfig.columnList")
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    from_job_config_is_batch_migration: bool | None = Field(
        default=None, alias="fromJobConfig.isBatchMigration"
    )
    """是否为整库迁移。"""
    from_job_config_filters: str | None = Field(default=None, alias="fromJobConfig.filters")
    """创建用于匹配文档的筛选条件，CDM只迁移符合条件的数据。例如： 1. 按表达式对象筛选：例如 { 'last_name': 'Smith' }，表示查找所有“last_name”属性值为“Smith”的文档。 2. 按参数选项筛选：例如 { x: "john" }, { z: 1 }，表示查找 x=john的所有z字段。 3. 按条件筛选：例如 { "field": { $gt: 5 } }，表示查找field字段中大于5的值。"""


class ObsLinkConfig(Model):
    """OBS 连接

    通过OBS连接，可以对对象存储服务（Object Storage Service，简称OBS）抽取或加载文件，支持CSV、JSON和二进制格式。
    本示例为连接样例消息体。在实际使用中，AK（accessKey）和SK（securityKey）建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。

    Reference section 5.4.1.2.
    """

    link_config_storage_type: str = Field(alias="linkConfig.storageType")
    """对象存储的类型。"""
    link_config_server: str = Field(alias="linkConfig.server")
    """OBS服务器的终端节点（Endpoint）。"""
    link_config_port: str = Field(alias="linkConfig.port")
    """数据传输协议端口，https是443，http是80。"""
    link_config_access_key: str = Field(alias="linkConfig.accessKey")
    """访问标识（AK）。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""
    link_config_security_key: str = Field(alias="linkConfig.securityKey", repr=False)
    """密钥（SK）。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""


class ObsSourceJobConfig(Model):
    """源端为对象存储

    源端为对象存储

    Reference section 5.4.2.2.
    """

    from_job_config_bucket_name: str = Field(alias="fromJobConfig.bucketName")
    """对象存储的桶名。"""
    from_job_config_input_directory: str = Field(alias="fromJobConfig.inputDirectory")
    """抽取文件的路径。支持输入多个文件路径（最多50个），默认以“ ”分隔，也可以自定义文件分隔符，例如：“FROM/example.csv FROM/b.txt”。"""
    from_job_config_input_format: Literal["CSV_FILE", "JSON_FILE", "BINARY_FILE"] = Field(
        alias="fromJobConfig.inputFormat"
    )
    """传输数据时所用的文件格式，目前支持以下文件格式：
    - CSV_FILE: CSV格式，用于迁移文件到数据表的场景。
    - JSON_FILE: JSON格式，一般都是用于迁移文件到数据表的场景。
    - BINARY_FILE: 二进制格式，不解析文件内容直接传输，不要求文件格式必须为二进制。适用于文件到文件的原样复制。
    当选择“BINARY_FILE”时，目的端也必须为文件系统。"""
    from_job_config_line_separator: str | None = Field(
        default=None, alias="fromJobConfig.lineSeparator"
    )
    """文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。"""
    from_job_config_column_list: str | None = Field(default=None, alias="fromJobConfig.columnList")
    """需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。"""
    from_job_config_regex_separator: bool | None = Field(
        default=None, alias="fromJobConfig.regexSeparator"
    )
    """是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。"""
    from_job_config_regex: str | None = Field(default=None, alias="fromJobConfig.regex")
    """正则表达式，当选择使用正则表达式分割字段时，此参数有效。"""
    from_job_config_field_separator: str | None = Field(
        default=None, alias="fromJobConfig.fieldSeparator"
    )
    """字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。"""
    from_job_config_quote_char: bool | None = Field(default=None, alias="fromJobConfig.quoteChar")
    """是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。"""
    from_job_config_first_row_as_header: bool | None = Field(
        default=None, alias="fromJobConfig.firstRowAsHeader"
    )
    """是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。"""
    from_job_config_from_compression: Literal["NONE", "GZIP", "ZIP"] | None = Field(
        default=None, alias="fromJobConfig.fromCompression"
    )
    """压缩格式，当文件格式为“CSV_FILE”或“JSON”时此参数有效。选择对应压缩格式的源文件：
    - NONE：表示传输所有格式的文件。
    - GZIP：表示只传输GZIP格式的文件。
    - ZIP：表示只传输ZIP格式的文件。"""
    from_job_config_json_reference_node: str | None = Field(
        default=None, alias="fromJobConfig.jsonReferenceNode"
    )
    """记录节点，当文件格式为“JSON_FILE”时此参数有效。对该JSON节点下的数据进行解析，如果该节点对应的数据为JSON数组，那么系统会以同一模式从该数组中提取数据。多层嵌套的JSON节点以字符“.”分割，例如：“data.list”。"""
    from_job_config_encode_type: str | None = Field(default=None, alias="fromJobConfig.encodeType")
    """编码类型，例如：“UTF_8”或“GBK”。"""
    from_job_config_use_marker_file: bool | None = Field(
        default=None, alias="fromJobConfig.useMarkerFile"
    )
    """选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方 “fromJobConfig.waitTime”（等待时间）参数中配置。"""
    from_job_config_marker_file: str | None = Field(default=None, alias="fromJobConfig.markerFile")
    """启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。"""
    from_job_config_wait_time: str | None = Field(default=None, alias="fromJobConfig.waitTime")
    """选择开启作业标识文件的功能时，如果源路径下不存在启动作业的标识文件，作业挂机等待的时长，当超时后任务会失败。 等待时间设置为0时，当源端路径下不存在标识文件，任务会立即失败。 单位：秒。"""
    from_job_config_filter_type: Literal["WILDCARD", "TIME"] | None = Field(
        default=None, alias="fromJobConfig.filterType"
    )
    """选择过滤器类型：
    - WILDCARD: 输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
    - TIME: 时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。"""
    from_job_config_path_filter: str | None = Field(default=None, alias="fromJobConfig.pathFilter")
    """路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。"""
    from_job_config_file_filter: str | None = Field(default=None, alias="fromJobConfig.fileFilter")
    """文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*.txt”。"""
    from_job_config_start_time: str | None = Field(default=None, alias="fromJobConfig.startTime")
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))} 表示：只迁移最近90天内的文件。"""
    from_job_config_end_time: str | None = Field(default=None, alias="fromJobConfig.endTime")
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss))} 表示：只迁移修改时间为当前时间以前的文件。"""
    from_job_config_file_separator: str | None = Field(
        default=None, alias="fromJobConfig.fileSeparator"
    )
    """“fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。"""
    from_job_config_md5_file_suffix: str | None = Field(
        default=None, alias="fromJobConfig.md5FileSuffix"
    )
    """校验CDM抽取的文件，是否与源文件一致。"""


class ObsTargetJobConfig(Model):
    """目的端为 OBS

    目的端为 OBS

    Reference section 5.4.3.2.
    """

    to_job_config_bucket_name: str = Field(alias="toJobConfig.bucketName")
    """OBS的桶名，例如“cdm”。"""
    to_job_config_output_directory: str = Field(alias="toJobConfig.outputDirectory")
    """数据写入路径，例如“data_dir”。"""
    to_job_config_output_format: Literal["CSV_FILE", "BINARY_FILE"] = Field(
        alias="toJobConfig.outputFormat"
    )
    """写入数据时所用的文件格式（二进制除外），支持以下文件格式：
    - CSV_FILE：按照CSV格式写入数据。
    - BINARY_FILE：二进制格式，不解析文件内容直接传输，CDM会原样写入文件，不改变原始文件格式。 当选择“BINARY_FILE”时，源端也必须为文件系统。"""
    to_job_config_field_separator: str | None = Field(
        default=None, alias="toJobConfig.fieldSeparator"
    )
    """列分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“，”。"""
    to_job_config_line_separator: str | None = Field(
        default=None, alias="toJobConfig.lineSeparator"
    )
    """行分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“\\r\\n”。"""
    to_job_config_write_file_size: str | None = Field(
        default=None, alias="toJobConfig.writeFileSize"
    )
    """源端为数据库时该参数有效，支持按大小分成多个文件存储，避免导出的文件过大，单位为MB。"""
    to_job_config_duplicate_file_op_type: Literal["REPLACE", "SKIP", "ABANDON"] | None = Field(
        default=None, alias="toJobConfig.duplicateFileOpType"
    )
    """重复文件处理方式，只有文件名和文件大小都相同才会判定为重复文件。重复文件支持以下处理方式：
    - REPLACE：替换重复文件。
    - SKIP：跳过重复文件。
    - ABANDON：发现重复文件停止任务。"""
    to_job_config_column_list: str | None = Field(default=None, alias="toJobConfig.columnList")
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_encryption: Literal["NONE", "KMS"] | None = Field(
        default=None, alias="toJobConfig.encryption"
    )
    """选择是否对上传的数据进行加密，以及加密方式：
    - NONE：不加密，直接写入数据。
    - KMS：使用数据加密服务中的KMS进行加密。如果启用KMS加密则无法进行数据的MD5校验。"""
    to_job_config_kms_id: str | None = Field(default=None, alias="toJobConfig.kmsID")
    """上传时加密使用的密钥。需先在密钥管理服务中创建密钥。"""
    to_job_config_project_id: str | None = Field(default=None, alias="toJobConfig.projectID")
    """KMS密钥所属的项目ID。"""
    to_job_config_write_to_temp_file: bool | None = Field(
        default=None, alias="toJobConfig.writeToTempFile"
    )
    """将二进制文件先写入到临时文件（临时文件以“.tmp”作为后缀），迁移成功后，再进行rename或move操作，在目的端恢复文件。"""
    to_job_config_validate_md5: bool | None = Field(default=None, alias="toJobConfig.validateMD5")
    """选择是否校验MD5值，不能与KMS加密同时使用。使用二进制格式传输文件时，才能校验MD5值。 计算源文件的MD5值，并与OBS返回的MD5值进行校验。如果源端已经存在MD5文件，则直接读取源端的MD5文件与OBS返回的MD5值进行校验。"""
    to_job_config_record_md5_result: bool | None = Field(
        default=None, alias="toJobConfig.recordMD5Result"
    )
    """当选择校验MD5值时，这里配置是否记录校验结果。"""
    to_job_config_record_md5_link: str | None = Field(
        default=None, alias="toJobConfig.recordMD5Link"
    )
    """可以指定任意一个OBS连接，将MD5校验结果写入该连接的桶。"""
    to_job_config_record_md5_bucket: str | None = Field(
        default=None, alias="toJobConfig.recordMD5Bucket"
    )
    """写入MD5校验结果的OBS桶。"""
    to_job_config_record_md5_directory: str | None = Field(
        default=None, alias="toJobConfig.recordMD5Directory"
    )
    """写入MD5校验结果的目录。"""
    to_job_config_encode_type: str | None = Field(default=None, alias="toJobConfig.encodeType")
    """编码类型，例如：“UTF_8”或“GBK”。"""
    to_job_config_marker_file: str | None = Field(default=None, alias="toJobConfig.markerFile")
    """当作业执行成功时，会在写入目录下生成一个标识文件，文件名由用户指定，不指定时默认关闭该功能。"""
    to_job_config_copy_content_type: bool | None = Field(
        default=None, alias="toJobConfig.copyContentType"
    )
    """“toJobConfig.outputFormat”（文件格式）为“BINARY_FILE”，且源端、目的端都为对象存储时，才有该参数。
    选择“是”后，迁移对象文件时会复制源文件的Content-Type属性，主要用于静态网站的迁移场景。
    归档存储的桶不支持设置Content-Type属性，所以如果开启了该参数，目的端选择写入的桶时，必须选择非归档存储的桶。"""
    to_job_config_quote_char: bool | None = Field(default=None, alias="toJobConfig.quoteChar")
    """“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”，才有该参数，用于将数据库的表迁移到文件系统的场景。
    选择“是”时，如果源端数据表中的某一个字段内容包含字段分隔符或换行符，写入目的端时CDM会使用双引号（"）作为包围符将该字段内容括起来，作为一个整体存储，避免其中的字段分隔符误将一个字段分隔成两个，或者换行符误将字段换行。例如：数据库中某字段为hello.world，使用包围符后，导出到CSV文件的时候数据为"hello.world"。"""
    to_job_config_first_row_as_header: bool | None = Field(
        default=None, alias="toJobConfig.firstRowAsHeader"
    )
    """“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时才有该参数。
    在迁移表到CSV文件时，CDM默认是不迁移表的标题行，如果该参数选择“是”，CDM在才会将表的标题行数据写入文件。"""
    to_job_config_file_prefix: str | None = Field(default=None, alias="toJobConfig.filePrefix")
    """自定义文件名前缀，支持任意自定义名称，也支持表名宏时间宏版本宏。例如：${tableName}_${dateformat(yyyy-MM-dd HH:mm:ss, -1, DAY)}_${version}。 注意文件名格式要符合obs文件路径命名规范。"""


class RedisLinkConfig(Model):
    """Redis 连接

    通过Redis连接，可以对Redis服务器抽取或加载数据。

    Reference section 5.4.1.9.
    """

    link_config_deployment_mode: Literal["Single", "Cluster"] = Field(
        alias="linkConfig.deploymentMode"
    )
    """Redis部署方式：
    - Single：表示单机部署。
    - Cluster：表示集群部署。"""
    link_config_serverlist: str = Field(alias="linkConfig.serverlist")
    """服务器地址列表，格式如：“host1:port1;host2:port2”。"""
    link_config_password: str = Field(alias="linkConfig.password", repr=False)
    """连接Redis服务器的密码。"""
    link_config_db_index: str = Field(alias="linkConfig.dbIndex")
    """Redis数据库索引。"""


class RedisSourceJobConfig(Model):
    """源端为 Redis

    Redis源端作业参数说明

    Reference section 5.4.2.9.
    """

    from_job_config_is_batch_migration: bool | None = Field(
        default=None, alias="fromJobConfig.isBatchMigration"
    )
    """是否为整库迁移。"""
    from_job_config_key_prefix: str = Field(alias="fromJobConfig.keyPrefix")
    """key前缀，对应关系表的表名。 Redis和关系表的映射：用关系表的“表名+分隔符”来对应Redis的Key；关系表的一行数据对应Redis的Value。"""
    from_job_config_key_separator: str = Field(alias="fromJobConfig.keySeparator")
    """key分隔符，一般用来分割关系表和主键。"""
    from_job_config_value_store_type: Literal["STRING", "HASH"] = Field(
        alias="fromJobConfig.valueStoreType"
    )
    """关系表行数据在Redis中的存储方式分为“string”和“hash”两种存储方式。
    - STRING: 表示用字符串通过分隔符来表示一行数据的各列，可以有效节省存储空间。
    - HASH: 表示一行数据通过“列名: 列值”的方式存储在hash表中。"""
    from_job_config_value_separator: str | None = Field(
        default=None, alias="fromJobConfig.valueSeparator"
    )
    """值分隔符号，当“valueStoreType”为“STRING”时此参数有效，默认值为：“\\tab”。"""
    from_job_config_column_list: str | None = Field(default=None, alias="fromJobConfig.columnList")
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    from_job_config_formats: list[SourceJobTimeFormat] | dict[str, str] | None = Field(
        default=None, alias="fromJobConfig.formats"
    )
    """时间格式，请参见 fromJobConfig.formats参数说明 。"""


class RelationalDatabaseLinkConfig(Model):
    """关系数据库连接

    通过JDBC连接，可以对以下关系型数据库抽取、加载数据：
    - 云数据库 PostgreSQL
    - 云数据库 SQL Server
    - PostgreSQL
    - Microsoft SQL Server

    Reference section 5.4.1.1.
    """

    link_config_database_type: Literal[
        "ORACLE", "MYSQL", "SQLSERVER", "DB2", "POSTGRESQL", "DWS", "DDM", "SAP HANA"
    ] = Field(alias="linkConfig.databaseType")
    """数据库类型：
    - ORACLE
    - MYSQL
    - SQLSERVER
    - DB2
    - POSTGRESQL
    - DWS
    - DDM
    - SAP HANA"""
    link_config_host: str = Field(alias="linkConfig.host")
    """数据库服务器地址。"""
    link_config_port: str = Field(alias="linkConfig.port")
    """数据库服务器的端口号。"""
    link_config_databaseconfig: Literal["SERVICENAME", "SID"] | None = Field(
        default=None, alias="linkConfig.databaseconfig"
    )
    """创建Oracle连接时才有该参数，选择Oracle数据库连接类型：
    - SERVICENAME：通过SERVICE_NAME连接Oracle数据库。
    - SID：通过SID连接Oracle数据库。"""
    link_config_sidname: str | None = Field(default=None, alias="linkConfig.sidname")
    """配置Oracle实例ID，用于实例区分各个数据库。创建Oracle连接，且linkConfig.databaseconfig（数据库连接类型）选择为“SID”时才有该参数。"""
    link_config_database: str | None = Field(default=None, alias="linkConfig.database")
    """数据库名称。"""
    link_config_username: str = Field(alias="linkConfig.username")
    """用户名。"""
    link_config_password: str = Field(alias="linkConfig.password", repr=False)
    """用户密码。"""
    link_config_use_agent: bool = Field(alias="linkConfig.useAgent")
    """选择是否通过agent从源端获取数据。"""
    link_config_fetch_size: str | None = Field(default=None, alias="linkConfig.fetchSize")
    """每次请求获取的数据行数。"""
    link_config_commit_size: str | None = Field(default=None, alias="linkConfig.commitSize")
    """每次请求提交的数据行数。"""
    link_config_using_native: bool | None = Field(default=None, alias="linkConfig.usingNative")
    """是否使用数据库本地API加速。 创建MySQL连接时，使用本地API加速，可以使用MySQL的LOAD DATA功能加快数据导入，提高导入数据到MySQL数据库的性能。
    说明 REPLACE 和 IGNORE 修饰符用于处理与现有行具有相同唯一键值（PRIMARY KEY或UNIQUE索引值）的新输入的行。
    - 约束冲突处理配置为"replace into"或"local"，使用REPLACE，与现有行中的唯一键值具有相同值的新行将替换现有行。
    - 约束冲突处理配置为"insert into"，默认使用IGNORE，与唯一键值上的现有行重复的新行将被丢弃，任务不会终止。因为Mysql服务机制无法在操作过程中停止文件传输，此情况下，CDM界面显示写入记录与实际更新行数会不一致。
    Mysql Local模式详情请参见： https://dev.mysql.com/doc/refman/8.0/en/load-data.html"""
    link_config_is_rds: bool | None = Field(default=None, alias="linkConfig.isRds")
    """是否支持RDS服务，云数据库默认true，其余默认false"""
    link_config_use_ssl: bool | None = Field(default=None, alias="linkConfig.useSSL")
    """是否使用加密传输，支持对RDS服务启用SSL加密传输，仅在创建dws连接时才有此参数。"""
    link_config_jdbc_properties: dict[str, str] | None = Field(
        default=None, alias="linkConfig.jdbcProperties"
    )
    """连接属性，指定数据源的JDBC连接器的属性，参考对应数据库的JDBC连接器说明文档进行配置。"""
    link_config_version: Literal["HIGH_VERSION", "MED_VERSION", "LOW_VERSION"] | None = Field(
        default=None, alias="linkConfig.version"
    )
    """创建Oracle连接时才有该参数，根据您的Oracle数据库的版本来选择。
    - HIGH_VERSION: 当您的Oracle数据库版本高于12.1时，选择该值。
    - MED_VERSION: 当您的Oracle数据库版本为12.1时，选择该值。
    - LOW_VERSION: 当您的Oracle数据库版本低于12.1时，选择该值。
    当出现“java.sql.SQLException: Protocol violation异常”时，可以尝试更换版本号。"""
    dialect_identifier_enclose: str | None = Field(default=None, alias="dialect.identifierEnclose")
    """引用符号，连接引用表名或列名时的分隔符号，参考对应数据库的产品文档进行配置。"""


class RelationalDatabaseSourceJobConfig(Model):
    """源端为关系数据库

    源端为关系数据库

    Reference section 5.4.2.1.
    """

    from_job_config_use_sql: bool = Field(alias="fromJobConfig.useSql")
    """导出关系型数据库的数据时，可以选择是否使用自定义SQL语句导出。"""
    from_job_config_sql: str | None = Field(default=None, alias="fromJobConfig.sql")
    """可以在这里输入自定义的SQL语句，CDM将根据该语句导出数据。"""
    from_job_config_schema_name: str = Field(alias="fromJobConfig.schemaName")
    """数据库模式或表空间，例如：“public”。
    说明
    该参数支持配置通配符（*），实现导出以某一前缀开头或者以某一后缀结尾的所有数据库。例如：
    - SCHEMA*表示导出所有以“SCHEMA”开头的数据库。
    - *SCHEMA表示导出所有以“SCHEMA”结尾的数据库。
    - *SCHEMA*表示数据库名称中只要有“SCHEMA”字符串，就全部导出。"""
    from_job_config_table_name: str = Field(alias="fromJobConfig.tableName")
    """表名，例如：“TBL_EXAMPLE”。
    说明 表名支持配置通配符（*），实现导出以某一前缀开头或者以某一后缀结尾的所有表（要求表中的字段个数和类型都一样）。例如：
    - table*表示导出所有以“table”开头的表。
    - *table表示导出所有以“table”结尾的表。
    - *table*表示表名中只要有“table”字符串，就全部导出。"""
    from_job_config_where_clause: str | None = Field(
        default=None, alias="fromJobConfig.whereClause"
    )
    """指定抽取的Where子句，不指定则抽取整表，例如：“age > 18 and age <= 60”。"""
    from_job_config_column_list: str | None = Field(default=None, alias="fromJobConfig.columnList")
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    from_job_config_partition_column: str | None = Field(
        default=None, alias="fromJobConfig.partitionColumn"
    )
    """抽取分区字段，依据此字段将作业分割为多个任务并发执行，例如：“id”。"""
    from_job_config_use_partition: bool | None = Field(
        default=None, alias="fromJobConfig.usePartition"
    )
    """从Oracle导出数据时，支持从分区表的各个分区并行抽取数据。启用该功能时，可以通过下面的“fromJobConfig.partitionList”参数指定具体的Oracle表分区，该功能不支持非分区表。"""
    from_job_config_partition_list: str | None = Field(
        default=None, alias="fromJobConfig.partitionList"
    )
    """输入需要迁移数据的Oracle表分区，多个分区以&分隔，不填则迁移所有分区。"""


class RelationalDatabaseTargetJobConfig(Model):
    """目的端为关系数据库

    目的端为关系数据库

    Reference section 5.4.3.1.
    """

    to_job_config_schema_name: str = Field(alias="toJobConfig.schemaName")
    """数据库模式或表空间。"""
    to_job_config_table_preparation: Literal[
        "DO_NOTHING", "CREATE_WHEN_NOT_EXIST", "DROP_AND_CREATE"
    ] = Field(alias="toJobConfig.tablePreparation")
    """只有当源端和目的端都为关系数据库时，才有该参数。表示写入表数据时，用户选择的操作：
    - DO_NOTHING：不自动建表。
    - CREATE_WHEN_NOT_EXIST：当目的端的数据库没有“tableName”参数中指定的表时，CDM会自动创建该表。
    - DROP_AND_CREATE：先删除“tableName”参数中指定的表，然后再重新创建该表。"""
    to_job_config_table_name: str = Field(alias="toJobConfig.tableName")
    """写入数据的表名。"""
    to_job_config_column_list: str | None = Field(default=None, alias="toJobConfig.columnList")
    """需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_before_import_type: Literal["none", "shouldClearTable", "whereClause"] | None = (
        Field(default=None, alias="toJobConfig.beforeImportType")
    )
    """导入数据前，选择是否清除目的表的数据：
    - none：写入数据前不清除目标表中数据，数据追加写入。
    - shouldClearTable：写入数据前会清除目标表中数据。
    - whereClause：选择根据where条件删除时，需要配置“toJobConfig.whereClause”参数，CDM根据条件选择性删除目标表的数据。"""
    to_job_config_where_clause: str | None = Field(default=None, alias="toJobConfig.whereClause")
    """where条件，导入前根据where条件删除目的表的数据。"""
    to_job_config_orientation: Literal["ROW", "COLUMN"] | None = Field(
        default=None, alias="toJobConfig.orientation"
    )
    """存储方式，此参数只有当数据库类型为DWS时启用，当需要自动创建DWS数据库表，指定表的数据存储方式：
    - ROW：表的数据以行式存储。
    - COLUMN：表的数据以列式存储。"""
    to_job_config_is_compress: bool | None = Field(default=None, alias="toJobConfig.isCompress")
    """是否压缩，此参数只有当数据库类型为DWS时启用，当需要自动创建DWS数据库表，指定是否对表的数据进行压缩存储。"""
    to_job_config_use_stage_table: bool | None = Field(
        default=None, alias="toJobConfig.useStageTable"
    )
    """先导入阶段表，如果设置为“true”，数据导入目的表之前会把数据先导入阶段表，如果成功导入阶段表，则再从阶段表导入到目的表，这样避免导入过程失败，在目的表遗留部分成功数据。"""
    to_job_config_extend_char_length: bool | None = Field(
        default=None, alias="toJobConfig.extendCharLength"
    )
    """扩大字符字段长度，如果设置为“true”，当需要自动创建目的表时，目标表的字符类型字段长度设置为源表相应字段长度的3倍。"""
    to_job_config_use_nullable: bool | None = Field(default=None, alias="toJobConfig.useNullable")
    """当选择自动创建目的表时，如果选择使用非空约束，则目的表字段的是否非空约束，与原表具有相应非空约束的字段保持一致。"""


class RestartClusterRequest(Model):
    """重启集群 请求 Body 参数

    重启集群的请求体（表5-23 请求 Body 参数）。

    Reference section 5.1.3, 表5-23.
    """

    restart: ClusterRestart
    """集群重启操作，定义哪些集群节点需要重启，请参见restart参数说明。"""


class RestartClusterResponse(Model):
    """重启集群 响应 Body 参数

    重启集群的响应体（表5-25 响应 Body 参数）。

    Reference section 5.1.3, 表5-25.
    """

    job_id: str | None = Field(default=None, alias="jobId")
    """作业ID"""


class SourceJobTimeFormat(Model):
    """fromJobConfig.formats参数说明

    fromJobConfig.formats参数说明

    Reference section 5.4.2.3.
    """

    name: str
    """列号，例如：“1”。"""
    value: str
    """时间格式，例如：“yyyy-MM-dd”。"""


class StartClusterRequest(Model):
    """启动集群 请求 Body 参数

    启动集群的请求体（表5-28 请求 Body 参数）。

    Reference section 5.1.4, 表5-28.
    """

    start: dict[str, Any]
    """集群启动操作，定义集群启动标识，为空对象。"""


class StartClusterResponse(Model):
    """启动集群 响应 Body 参数

    启动集群的响应体（表5-29 响应 Body 参数）。

    Reference section 5.1.4, 表5-29.
    """

    job_id: list[str] | None = Field(default=None, alias="jobId")
    """作业ID"""


class StartJobSubmission(Model):
    """StartJobSubmission

    作业运行信息（表 5-95 / 5-115 StartJobSubmission）。

    Reference section 5.2.4, 5.2.7.
    """

    is_incrementing: bool | None = Field(default=None, alias="isIncrementing")
    """作业是否为增量迁移"""
    delete_rows: int | None = Field(default=None)
    """删除数据行数"""
    update_rows: int | None = Field(default=None)
    """更新数据行数"""
    write_rows: int | None = Field(default=None)
    """写入数据行数"""
    submission_id: int | None = Field(default=None, alias="submission-id")
    """作业提交id"""
    job_name: str | None = Field(default=None, alias="job-name")
    """作业名称"""
    creation_user: str | None = Field(default=None, alias="creation-user")
    """创建用户"""
    creation_date: int | str | None = Field(default=None, alias="creation-date")
    """创建时间，单位：毫秒。"""
    execute_date: int | None = Field(default=None, alias="execute-date")
    """执行时间"""
    progress: float | None = Field(default=None)
    """作业进度，失败时为“-1”，其它情况为0~100。"""
    status: (
        Literal[
            "BOOTING",
            "FAILURE_ON_SUBMIT",
            "RUNNING",
            "SUCCEEDED",
            "FAILED",
            "UNKNOWN",
            "NEVER_EXECUTED",
            "PENDING",
        ]
        | None
    ) = Field(default=None)
    """作业状态：
    - BOOTING：启动中。
    - FAILURE_ON_SUBMIT：提交失败。
    - RUNNING：运行中。
    - SUCCEEDED：成功。
    - FAILED：失败。
    - UNKNOWN：未知。
    - NEVER_EXECUTED：未被执行"""
    is_stopping_increment: str | None = Field(
        default=None,
        alias="isStoppingIncrement",
        validation_alias=AliasChoices("isStoppingIncrement", "isStopingIncrement"),
    )
    """是否停止增量迁移

    Also read as: isStopingIncrement."""
    is_execute_auto: bool | None = Field(default=None, alias="is-execute-auto")
    """是否定时执行作业"""
    last_update_date: int | None = Field(default=None, alias="last-update-date")
    """作业最后更新时间"""
    last_update_user: str | None = Field(
        default=None,
        alias="last-update-user",
        validation_alias=AliasChoices("last-update-user", "last-udpate-user"),
    )
    """最后更新作业状态的用户

    Also read as: last-udpate-user."""
    is_delete_job: bool | None = Field(default=None, alias="isDeleteJob")
    """作业执行完成后是否删除"""


class StopClusterRequest(Model):
    """停止集群 请求 Body 参数

    停止集群的请求体（表5-32 请求 Body 参数）。

    Reference section 5.1.5, 表5-32.
    """

    stop: ClusterStop
    """集群停止操作，定义集群停止标识，请参见stop参数说明。"""


class StopClusterResponse(Model):
    """停止集群 响应 Body 参数

    停止集群的响应体（表5-34 响应 Body 参数）。

    Reference section 5.1.5, 表5-34.
    """

    job_id: list[str] | None = Field(default=None, alias="jobId")
    """作业ID"""


class Submission(Model):
    """Submission

    作业运行信息（表 5-119 / 5-126 Submission）。

    Reference section 5.2.8, 5.2.9.
    """

    is_incrementing: bool | None = Field(default=None, alias="isIncrementing")
    """作业是否为增量迁移"""
    job_name: str | None = Field(default=None, alias="job-name")
    """作业名称"""
    counters: Counters | None = Field(default=None)
    """作业运行结果统计，当“status”为“SUCCEEDED”时才有此字段，请参见counters数据结构参数说明。"""
    is_stopping_increment: str | None = Field(
        default=None,
        alias="isStoppingIncrement",
        validation_alias=AliasChoices("isStoppingIncrement", "isStopingIncrement"),
    )
    """是否停止增量迁移

    Also read as: isStopingIncrement."""
    is_execute_auto: bool | None = Field(default=None, alias="is-execute-auto")
    """是否定时执行作业"""
    last_update_date: int | None = Field(default=None, alias="last-update-date")
    """作业最后更新时间"""
    last_update_user: str | None = Field(
        default=None,
        alias="last-update-user",
        validation_alias=AliasChoices("last-update-user", "last-udpate-user"),
    )
    """最后更新作业状态的用户

    Also read as: last-udpate-user."""
    is_delete_job: bool | None = Field(default=None, alias="isDeleteJob")
    """作业执行完成后是否删除"""
    creation_user: str | None = Field(default=None, alias="creation-user")
    """创建用户"""
    creation_date: int | str | None = Field(default=None, alias="creation-date")
    """创建时间"""
    external_id: str | None = Field(default=None, alias="external-id")
    """作业ID"""
    progress: float | None = Field(default=None)
    """作业进度，失败时为“-1”，其它情况为0~100。"""
    submission_id: int | None = Field(default=None, alias="submission-id")
    """作业提交id"""
    delete_rows: int | None = Field(default=None)
    """删除数据行数"""
    update_rows: int | None = Field(default=None)
    """更新数据行数"""
    write_rows: int | None = Field(default=None)
    """写入数据行数"""
    execute_date: int | None = Field(default=None, alias="execute-date")
    """执行时间"""
    status: (
        Literal[
            "BOOTING",
            "FAILURE_ON_SUBMIT",
            "RUNNING",
            "SUCCEEDED",
            "FAILED",
            "UNKNOWN",
            "NEVER_EXECUTED",
        ]
        | None
    ) = Field(default=None)
    """作业状态：
    - BOOTING：启动中。
    - FAILURE_ON_SUBMIT：提交失败。
    - RUNNING：运行中。
    - SUCCEEDED：成功。
    - FAILED：失败。
    - UNKNOWN：未知。
    - NEVER_EXECUTED：未被执行"""
    error_details: str | None = Field(default=None, alias="error-details")
    """错误详情，当“status”为“FAILED”时才有此字段。"""
    error_summary: str | None = Field(default=None, alias="error-summary")
    """错误总结，当“status”为“FAILED”时才有此字段。"""


ClusterActionRequest = RestartClusterRequest | StartClusterRequest | StopClusterRequest
"""集群操作请求体

重启（5.1.3）、启动（5.1.4）或停止（5.1.5）集群的请求体，三者之一。"""

ClusterActionResponse = RestartClusterResponse | StartClusterResponse
"""集群操作响应体

重启集群返回 jobId 字符串（表5-25），启动、停止集群返回 jobId 字符串数组（表5-29、表5-34）。"""

"""Models of cdm/clusters.yaml, cdm/schemas/clusters.yaml and of the inline objects of the operations of cdm/clusters.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
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
    "CreateClusterCluster",
    "CreateClusterRequest",
    "CreateClusterResponse",
    "DeleteClusterRequest",
    "DeleteClusterResponse",
    "ListClustersResponse",
    "RestartClusterRequest",
    "RestartClusterResponse",
    "StartClusterRequest",
    "StartClusterResponse",
    "StopClusterRequest",
    "StopClusterResponse",
]


class ClusterActionProgress(Model):
    """ActionProgress

    集群操作进度（表5-16 / 表5-60 ActionProgress）。

    Reference section 5.1.1, 5.1.7, 表5-16.
    """

    creating: str | None = Field(
        default=None, validation_alias="CREATING", serialization_alias="CREATING"
    )
    """创建集群进度，例如：29%"""
    growing: str | None = Field(
        default=None, validation_alias="GROWING", serialization_alias="GROWING"
    )
    """扩容集群进度，例如：29%"""
    restoring: str | None = Field(
        default=None, validation_alias="RESTORING", serialization_alias="RESTORING"
    )
    """恢复集群进度，例如：29%"""
    snapshotting: str | None = Field(
        default=None, validation_alias="SNAPSHOTTING", serialization_alias="SNAPSHOTTING"
    )
    """集群快照进度，例如：29%"""
    repairing: str | None = Field(
        default=None, validation_alias="REPAIRING", serialization_alias="REPAIRING"
    )
    """修复集群进度，例如：29%"""


class ClusterCreateFailed(Model):
    """CREATE_FAILED

    集群创建失败原因（表5-13 / 表5-62 CREATE_FAILED）。

    Reference section 5.1.1, 5.1.7, 表5-13.
    """

    error_code: str | None = Field(
        default=None, validation_alias="errorCode", serialization_alias="errorCode"
    )
    """错误码"""
    error_msg: str | None = Field(
        default=None, validation_alias="errorMsg", serialization_alias="errorMsg"
    )
    """失败原因"""


class ClusterNic(Model):
    """nics

    网卡（表5-40 nics）。

    Reference section 5.1.6, 表5-40.
    """

    security_group_id: str = Field(
        validation_alias="securityGroupId", serialization_alias="securityGroupId"
    )
    """安全组ID"""
    net_id: str = Field(validation_alias="net-id", serialization_alias="net-id")
    """子网ID"""


class ClusterCreateInstance(Model):
    """instance

    节点（表5-39 instance）。

    Reference section 5.1.6, 表5-39.
    """

    availability_zone: str
    """集群的可用分区。可通过 https://developer.huaweicloud.com/intl/zh-cn/endpoint 获取"""
    nics: list[ClusterNic]
    """网卡列表，最多两个网卡。请参见 •nics 参数说明"""
    flavor_ref: Annotated[
        Literal[
            "a79fd5ae-1833-448a-88e8-3ea2b913e1f6",
            "fb8fe666-6734-4b11-bc6c-43d11db3c745",
            "5ddb1071-c5d7-40e0-a874-8a032e81a697",
            "6ddb1072-c5d7-40e0-a874-8a032e81a698",
        ],
        Checked,
    ] = Field(validation_alias="flavorRef", serialization_alias="flavorRef")
    """实例规格：
    - a79fd5ae-1833-448a-88e8-3ea2b913e1f6：表示 cdm.small规格，2核CPU、4G内存的虚拟机。适合PoC验证和开发测试。
    - fb8fe666-6734-4b11-bc6c-43d11db3c745：表示 cdm.medium规格，4核CPU、8G内存的虚拟机适合单张表规模<1000万条的场景。
    - 5ddb1071-c5d7-40e0-a874-8a032e81a697：表示 cdm.large规格，8核CPU、16G内存的虚拟机。适合单张表规模≥1000万条的场景。
    - 6ddb1072-c5d7-40e0-a874-8a032e81a698：表示 cdm.xlarge规格，16核CPU、32G内存的虚拟机。需要10GE高速带宽进行TB以上的数据量迁移时使用

    Constraints: one of: "a79fd5ae-1833-448a-88e8-3ea2b913e1f6", "fb8fe666-6734-4b11-bc6c-43d11db3c745", "5ddb1071-c5d7-40e0-a874-8a032e81a697", "6ddb1072-c5d7-40e0-a874-8a032e81a698"."""
    type_: Annotated[Literal["cdm"], Checked] = Field(
        validation_alias="type", serialization_alias="type"
    )
    """节点类型，当前只有“cdm”一种类型

    Constraints: one of: "cdm"."""


class ClusterCreateTask(Model):
    """Task

    任务信息（表5-45 Task）。

    Reference section 5.1.6, 表5-45.
    """

    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """任务id"""
    name: str | None = Field(default=None)
    """任务名称"""


class ClusterCustomerConfig(Model):
    """CustomerConfig

    用户配置信息（表5-8 / 表5-52 CustomerConfig）。

    Reference section 5.1.1, 5.1.7, 表5-8.
    """

    failure_remind: str | None = Field(
        default=None, validation_alias="failureRemind", serialization_alias="failureRemind"
    )
    """失败提醒。"""
    cluster_name: str | None = Field(
        default=None, validation_alias="clusterName", serialization_alias="clusterName"
    )
    """集群类型。"""
    service_provider: str | None = Field(
        default=None, validation_alias="serviceProvider", serialization_alias="serviceProvider"
    )
    """服务提供"""
    local_disk: str | None = Field(
        default=None, validation_alias="localDisk", serialization_alias="localDisk"
    )
    """是否本地磁盘。"""
    ssl: str | None = Field(default=None)
    """是否使用ssl。"""
    create_from: str | None = Field(
        default=None, validation_alias="createFrom", serialization_alias="createFrom"
    )
    """创建来源"""
    resource_id: str | None = Field(
        default=None, validation_alias="resourceId", serialization_alias="resourceId"
    )
    """资源ID"""
    flavor_type: str | None = Field(
        default=None, validation_alias="flavorType", serialization_alias="flavorType"
    )
    """规格类型"""
    work_space_id: str | None = Field(
        default=None,
        validation_alias=AliasChoices("workSpaceId", "workspaceId"),
        serialization_alias="workSpaceId",
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

    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")
    """类型，一般为cdm。"""
    version: str | None = Field(default=None)
    """集群版本。"""


class ClusterLinks(Model):
    """ClusterLinks

    集群连接信息（表5-14 / 表5-57 ClusterLinks）。

    Reference section 5.1.1, 5.1.7, 表5-14.
    """

    rel: str | None = Field(default=None)
    """关系"""
    href: str | None = Field(default=None)
    """链接地址"""


class ClusterDetailInstanceFlavor(Model):
    """flavor

    节点的虚拟机规格（表5-5 / 表5-55 flavor）。

    Reference section 5.1.1, 5.1.7, 表5-5.
    """

    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """节点虚拟机的规格ID。"""
    links: list[ClusterLinks] | None = Field(default=None)
    """链接信息"""


class ClusterDetailInstanceVolume(Model):
    """volume

    节点的磁盘信息（表5-6 / 表5-56 volume）。

    Reference section 5.1.1, 5.1.7, 表5-6.
    """

    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")
    """节点的磁盘类型，只支持本地磁盘"""
    size: int | str | None = Field(default=None)
    """节点磁盘大小，单位G。"""


class ClusterInstanceResource(Model):
    """Resource

    资源信息（表5-7 / 表5-58 Resource）。

    Reference section 5.1.1, 5.1.7, 表5-7.
    """

    resource_id: str | None = Field(default=None)
    """资源id"""
    resource_type: str | None = Field(default=None)
    """资源类型：server(服务器)"""


class ClusterDetailInstance(Model):
    """ClusterDetailInstance

    集群的节点信息（表5-4 / 表5-54 ClusterDetailInstance）。

    Reference section 5.1.1, 5.1.7, 表5-4.
    """

    flavor: ClusterDetailInstanceFlavor | None = Field(default=None)
    """节点的虚拟机规格，请参见flavor参数说明（查询集群列表时返回值为null）。"""
    volume: ClusterDetailInstanceVolume | None = Field(default=None)
    """节点的磁盘信息，请参见volume参数说明（查询集群列表时返回值为null）。"""
    status: Annotated[Literal["100", "200", "300", "303", "400", "800"], Checked] | None = Field(
        default=None
    )
    """节点状态：
    - 100：创建中。
    - 200：正常。
    - 300：失败。
    - 303：创建失败。
    - 400：已删除。
    - 800：冻结。

    Constraints: one of: "100", "200", "300", "303", "400", "800"."""
    actions: (
        list[Annotated[Literal["REBOOTING", "RESTORING", "REBOOT_FAILURE"], Checked]] | str | None
    ) = Field(default=None)
    """节点操作状态列表：
    - REBOOTING：重启中。
    - RESTORING：恢复中。
    - REBOOT_FAILURE：重启失败。

    Constraints: each item: one of: "REBOOTING", "RESTORING", "REBOOT_FAILURE"."""
    type_: Annotated[Literal["cdm"], Checked] | None = Field(
        default=None, validation_alias="type", serialization_alias="type"
    )
    """节点类型，只支持一种类型“cdm”。

    Constraints: one of: "cdm"."""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """节点的虚拟机ID。"""
    name: str | None = Field(default=None)
    """节点的虚拟机名称。"""
    is_frozen: Annotated[Literal["0", "1"], Checked] | None = Field(
        default=None, validation_alias="isFrozen", serialization_alias="isFrozen"
    )
    """节点是否冻结：0：否。1：是。

    Constraints: one of: "0", "1"."""
    components: str | None = Field(default=None)
    """组件"""
    config_status: Annotated[Literal["In-Sync", "Applying", "Sync-Failure"], Checked] | None = (
        Field(default=None)
    )
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
        validation_alias=AliasChoices("paramsGroupId", "paramsGroupid"),
        serialization_alias="paramsGroupId",
    )
    """组件分组id

    Also read as: paramsGroupid."""
    public_ip: str | None = Field(
        default=None,
        validation_alias=AliasChoices("publicIp", "publicip"),
        serialization_alias="publicIp",
    )
    """公网ip

    Also read as: publicip."""
    manage_ip: str | None = Field(
        default=None, validation_alias="manageIp", serialization_alias="manageIp"
    )
    """管理ip"""
    traffic_ip: str | None = Field(
        default=None, validation_alias="trafficIp", serialization_alias="trafficIp"
    )
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


class ClusterFailedReasons(Model):
    """FailedReasons

    失败原因（表5-12 / 表5-61 FailedReasons）。

    Reference section 5.1.1, 5.1.7, 表5-12.
    """

    create_failed: ClusterCreateFailed | None = Field(
        default=None, validation_alias="CREATE_FAILED", serialization_alias="CREATE_FAILED"
    )
    """集群创建失败原因。"""


class ClusterMaintainWindow(Model):
    """maintainWindow

    维护窗口（表5-10 maintainWindow）。

    Reference section 5.1.1, 表5-10.
    """

    day: str | None = Field(default=None)
    """周几"""
    start_time: str | None = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    """开始时间。"""
    end_time: str | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """结束时间。"""


class ClusterPublicEndpointStatus(Model):
    """publicEndpointStatus

    EIP状态信息（表5-11 publicEndpointStatus）。

    Reference section 5.1.1, 表5-11.
    """

    status: str | None = Field(default=None)
    """状态"""
    error_message: str | None = Field(
        default=None, validation_alias="errorMessage", serialization_alias="errorMessage"
    )
    """错误信息"""


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
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """任务id"""
    name: str | None = Field(default=None)
    """任务名称"""


class ClusterDetail(Model):
    """查询集群详情 响应 Body 参数

    查询集群详情的响应体（表5-3 响应 Body 参数）。

    Reference section 5.1.1, 表5-3.
    """

    public_endpoint: str | None = Field(
        default=None, validation_alias="publicEndpoint", serialization_alias="publicEndpoint"
    )
    """集群绑定的EIP"""
    instances: list[ClusterDetailInstance] | None = Field(default=None)
    """集群的节点信息，请参见instances参数说明。"""
    security_group_id: str | None = Field(default=None)
    """安全组id"""
    subnet_id: str | None = Field(default=None)
    """子网id"""
    vpc_id: str | None = Field(default=None)
    """虚拟私有云ID"""
    customer_config: ClusterCustomerConfig | None = Field(
        default=None, validation_alias="customerConfig", serialization_alias="customerConfig"
    )
    """用户配置信息"""
    datastore: ClusterDatastore | None = Field(default=None)
    """cdm信息"""
    is_auto_off: bool | None = Field(
        default=None, validation_alias="isAutoOff", serialization_alias="isAutoOff"
    )
    """自动关机"""
    public_endpoint_domain_name: str | None = Field(
        default=None,
        validation_alias="publicEndpointDomainName",
        serialization_alias="publicEndpointDomainName",
    )
    """集群绑定的EIP域名"""
    bak_expected_start_time: str | None = Field(
        default=None,
        validation_alias="bakExpectedStartTime",
        serialization_alias="bakExpectedStartTime",
    )
    """开始时间"""
    bak_keep_day: int | None = Field(
        default=None, validation_alias="bakKeepDay", serialization_alias="bakKeepDay"
    )
    """保留时间"""
    maintain_window: ClusterMaintainWindow | None = Field(
        default=None, validation_alias="maintainWindow", serialization_alias="maintainWindow"
    )
    """维护窗口"""
    recent_event: int | None = Field(
        default=None, validation_alias="recentEvent", serialization_alias="recentEvent"
    )
    """事件数"""
    flavor_name: str | None = Field(
        default=None, validation_alias="flavorName", serialization_alias="flavorName"
    )
    """规格名称"""
    az_name: str | None = Field(
        default=None, validation_alias="azName", serialization_alias="azName"
    )
    """az名称"""
    endpoint_domain_name: str | None = Field(
        default=None,
        validation_alias="endpointDomainName",
        serialization_alias="endpointDomainName",
    )
    """对端域名"""
    public_endpoint_status: ClusterPublicEndpointStatus | None = Field(
        default=None,
        validation_alias="publicEndpointStatus",
        serialization_alias="publicEndpointStatus",
    )
    """EIP状态信息"""
    is_schedule_boot_off: bool | None = Field(
        default=None, validation_alias="isScheduleBootOff", serialization_alias="isScheduleBootOff"
    )
    """选择是否启用定时开关机功能。定时开关机功能和自动关机功能不可同时开启。"""
    namespace: str | None = Field(default=None)
    """命名空间"""
    eip_id: str | None = Field(default=None, validation_alias="eipId", serialization_alias="eipId")
    """弹性ip id"""
    failed_reasons: ClusterFailedReasons | None = Field(
        default=None, validation_alias="failedReasons", serialization_alias="failedReasons"
    )
    """失败原因。集群处于正常状态时不返回。"""
    dbuser: str | None = Field(default=None)
    """数据库用户"""
    links: list[ClusterLinks] | None = Field(default=None)
    """集群连接信息"""
    cluster_mode: str | None = Field(
        default=None, validation_alias="clusterMode", serialization_alias="clusterMode"
    )
    """集群模式：sharding(分片集群)"""
    task: ClusterTask | None = Field(default=None)
    """任务信息"""
    created: str | None = Field(default=None)
    """集群创建时间，格式为ISO8601：YYYY-MM-DDThh:mm:ssZ"""
    status_detail: str | None = Field(
        default=None, validation_alias="statusDetail", serialization_alias="statusDetail"
    )
    """集群状态描述：Normal（正常）"""
    config_status: Annotated[Literal["In-Sync", "Applying", "Sync-Failure"], Checked] | None = (
        Field(default=None)
    )
    """集群配置状态：
    - In-Sync：配置已同步。
    - Applying：配置中。
    - Sync-Failure：配置失败

    Constraints: one of: "In-Sync", "Applying", "Sync-Failure"."""
    action_progress: ClusterActionProgress | None = Field(
        default=None, validation_alias="actionProgress", serialization_alias="actionProgress"
    )
    """集群操作进度，任务信息，由key、value组成。key值为正在进行的任务，value值为正在进行任务的进度。示例如 "action_progress": {"SNAPSHOTTING": "16%"}"""
    name: str | None = Field(default=None)
    """集群名称"""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """集群ID"""
    is_frozen: Annotated[Literal["0", "1"], Checked] | None = Field(
        default=None, validation_alias="isFrozen", serialization_alias="isFrozen"
    )
    """集群是否冻结：0：否1：是

    Constraints: one of: "0", "1"."""
    actions: list[str] | str | None = Field(default=None)
    """集群配置状态：In-Sync：配置已同步。 Applying：配置中。Sync-Failure：配置失败。"""
    updated: str | None = Field(default=None)
    """集群更新时间，格式为 ISO8601：YYYY-MM-DDThh:mm:ssZ"""
    status: (
        Annotated[Literal["100", "200", "300", "303", "500", "800", "900", "910", "920"], Checked]
        | None
    ) = Field(default=None)
    """集群状态：
    - 100：创建中
    - 200：正常
    - 300：失败
    - 303：创建失败
    - 800：冻结
    - 900：已关机
    - 910：正在关机
    - 920：正在开机

    Constraints: one of: "100", "200", "300", "303", "500", "800", "900", "910", "920"."""
    eps_id: str | None = Field(default=None)
    """企业项目ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkcdm)."""
    tags: list[ClusterTag] | None = Field(default=None)
    """标签列表。

    Not in the reference: from the vendor SDK (huaweicloudsdkcdm)."""


class ClusterExtendedProperties(Model):
    """ExtendedProperties

    扩展属性（表5-42 ExtendedProperties）。

    Reference section 5.1.6, 表5-42.
    """

    work_space_id: str | None = Field(
        default=None,
        validation_alias=AliasChoices("workSpaceId", "workspaceId"),
        serialization_alias="workSpaceId",
    )
    """工作空间ID。

    Also read as: workspaceId."""
    resource_id: str | None = Field(
        default=None, validation_alias="resourceId", serialization_alias="resourceId"
    )
    """资源ID。"""
    trial: str | None = Field(default=None)
    """是否是试用集群。"""


class ClusterInstance(Model):
    """ClusterInstance

    集群的节点信息（表5-47 ClusterInstance）。

    Reference section 5.1.6, 表5-47.
    """

    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """节点的虚拟机ID。"""
    name: str | None = Field(default=None)
    """节点的虚拟机名称。"""
    type_: Annotated[Literal["cdm"], Checked] | None = Field(
        default=None, validation_alias="type", serialization_alias="type"
    )
    """节点类型，只支持一种类型“cdm”。

    Constraints: one of: "cdm"."""
    shard_id: str | None = Field(default=None)
    """分片ID"""


class ClusterListItem(Model):
    """clusters

    集群列表项（表5-51 clusters）。

    Reference section 5.1.7, 表5-51.
    """

    customer_config: ClusterCustomerConfig | None = Field(
        default=None, validation_alias="customerConfig", serialization_alias="customerConfig"
    )
    """用户配置信息"""
    datastore: ClusterDatastore | None = Field(default=None)
    """cdm信息"""
    instances: list[ClusterDetailInstance] | None = Field(default=None)
    """集群的节点信息，请参见instances参数说明。"""
    az_name: str | None = Field(
        default=None, validation_alias="azName", serialization_alias="azName"
    )
    """az名称"""
    dbuser: str | None = Field(default=None)
    """数据库用户"""
    flavor_name: str | None = Field(
        default=None, validation_alias="flavorName", serialization_alias="flavorName"
    )
    """规格名称"""
    recent_event: int | None = Field(
        default=None, validation_alias="recentEvent", serialization_alias="recentEvent"
    )
    """事件数"""
    is_auto_off: bool | None = Field(
        default=None, validation_alias="isAutoOff", serialization_alias="isAutoOff"
    )
    """自动关机"""
    is_schedule_boot_off: bool | None = Field(
        default=None, validation_alias="isScheduleBootOff", serialization_alias="isScheduleBootOff"
    )
    """选择是否启用定时开关机功能。定时开关机功能和自动关机功能不可同时开启。"""
    cluster_mode: str | None = Field(
        default=None, validation_alias="clusterMode", serialization_alias="clusterMode"
    )
    """集群模式：sharding(分片集群)"""
    namespace: str | None = Field(default=None)
    """命名空间"""
    task: ClusterTask | None = Field(default=None)
    """任务信息"""
    public_endpoint: str | None = Field(
        default=None, validation_alias="publicEndpoint", serialization_alias="publicEndpoint"
    )
    """集群绑定的EIP"""
    action_progress: ClusterActionProgress | None = Field(
        default=None, validation_alias="actionProgress", serialization_alias="actionProgress"
    )
    """集群操作进度，任务信息，由key、value组成。key值为正在进行的任务，value值为正在进行任务的进度。示例如 "action_progress": {"SNAPSHOTTING":"16%"}"""
    created: str | None = Field(default=None)
    """集群创建时间，格式为ISO8601：YYYY-MM-DDThh:mm:ssZ"""
    bak_expected_start_time: str | None = Field(
        default=None,
        validation_alias="bakExpectedStartTime",
        serialization_alias="bakExpectedStartTime",
    )
    """开始时间"""
    bak_keep_day: int | None = Field(
        default=None, validation_alias="bakKeepDay", serialization_alias="bakKeepDay"
    )
    """保留时间"""
    name: str | None = Field(default=None)
    """集群名称"""
    status_detail: str | None = Field(
        default=None, validation_alias="statusDetail", serialization_alias="statusDetail"
    )
    """集群状态描述：Normal（正常）"""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """集群ID"""
    is_frozen: Annotated[Literal["0", "1"], Checked] | None = Field(
        default=None, validation_alias="isFrozen", serialization_alias="isFrozen"
    )
    """集群是否冻结：0：否 1：是

    Constraints: one of: "0", "1"."""
    updated: str | None = Field(default=None)
    """集群更新时间，格式为ISO8601：YYYY-MM-DDThh:mm:ssZ"""
    status: (
        Annotated[Literal["100", "200", "300", "303", "500", "800", "900", "910", "920"], Checked]
        | None
    ) = Field(default=None)
    """集群状态：
    - 100: 创建中
    - 200: 正常
    - 300: 失败
    - 303: 创建失败
    - 500: 重启中
    - 800: 冻结
    - 900: 已关机
    - 910: 正在关机
    - 920: 正在开机

    Constraints: one of: "100", "200", "300", "303", "500", "800", "900", "910", "920"."""
    failed_reasons: ClusterFailedReasons | None = Field(
        default=None, validation_alias="failedReasons", serialization_alias="failedReasons"
    )
    """失败原因。集群处于正常状态时不返回。"""


class ClusterRestart(Model):
    """restart

    集群重启操作（表5-24 restart）。

    Reference section 5.1.3, 表5-24.
    """

    restart_delay_time: int | None = Field(
        default=None, validation_alias="restartDelayTime", serialization_alias="restartDelayTime"
    )
    """重启时延，单位：秒"""
    restart_mode: Annotated[Literal["IMMEDIATELY", "FORCELY", "SOFTLY"], Checked] | None = Field(
        default="IMMEDIATELY", validation_alias="restartMode", serialization_alias="restartMode"
    )
    """重启类型：
    - IMMEDIATELY：立即重启。
    - FORCELY：强制重启。
    - SOFTLY：一般重启。
    默认值为“IMMEDIATELY”。强制重启业务进程会中断，并重启集群的虚拟机。

    Constraints: one of: "IMMEDIATELY", "FORCELY", "SOFTLY". Default: "IMMEDIATELY"."""
    restart_level: Annotated[Literal["SERVICE", "VM"], Checked] | None = Field(
        default="SERVICE", validation_alias="restartLevel", serialization_alias="restartLevel"
    )
    """重启级别：
    - SERVICE：重启服务。
    - VM：重启虚拟机。
    默认值为“SERVICE”。

    Constraints: one of: "SERVICE", "VM". Default: "SERVICE"."""
    type_: Annotated[Literal["cdm"], Checked] = Field(
        validation_alias="type", serialization_alias="type"
    )
    """集群节点类型，只支持“cdm”

    Constraints: one of: "cdm"."""
    instance: str | None = Field(default=None)
    """预留字段，“restartLevel”为“SERVICE”时，“instance”必填，填空字符串。"""
    group: str | None = Field(default=None)
    """预留字段，“restartLevel”为“SERVICE”时，“group”必填，填空字符串。"""


class ClusterStop(Model):
    """stop

    集群停止操作（表5-33 stop）。

    Reference section 5.1.5, 表5-33.
    """

    stop_mode: Annotated[Literal["IMMEDIATELY", "GRACEFULLY"], Checked] = Field(
        validation_alias="stopMode", serialization_alias="stopMode"
    )
    """关机类型：
    - IMMEDIATELY：立即关机。
    - GRACEFULLY：优雅关机。
    枚举值：
    - IMMEDIATELY
    - GRACEFULLY

    Constraints: one of: "IMMEDIATELY", "GRACEFULLY"."""
    delay_time: Annotated[int, Field(ge=-1), Checked] | None = Field(
        default=None, validation_alias="delayTime", serialization_alias="delayTime"
    )
    """关机时延，仅在stopMode为“GRACEFULLY”生效，单位：秒。该值为-1时，表示等待所有作业完成，并停止接受新作业。该值为大于0的任意值表示等待该时长后关机，并停止接受新作业。

    Constraints: >= -1."""


class ClusterSysTag(Model):
    """sys_tags

    企业项目信息（表5-43 sys_tags）。

    Reference section 5.1.6, 表5-43.
    """

    value: str
    """企业项目ID"""
    key: Annotated[Literal["_sys_enterprise_project_id"], Checked]
    """该值目前固定为 “_sys_enterprise_project_id”

    Constraints: one of: "_sys_enterprise_project_id"."""


class CreateClusterCluster(Model):
    """cluster

    集群对象（表5-38 cluster）。

    Reference section 5.1.6, 表5-38.
    """

    schedule_boot_time: str | None = Field(
        default=None, validation_alias="scheduleBootTime", serialization_alias="scheduleBootTime"
    )
    """定时开机的时间，CDM集群会在每天这个时间开机。"""
    is_schedule_boot_off: bool | None = Field(
        default=None, validation_alias="isScheduleBootOff", serialization_alias="isScheduleBootOff"
    )
    """选择是否启用定时开关机功能。定时开关机功能和自动关机功能不可同时开启。"""
    instances: list[ClusterCreateInstance] | None = Field(default=None)
    """节点列表，请参见instances参数说明。"""
    datastore: ClusterDatastore | None = Field(default=None)
    """集群信息，请参见•datastore参数说明。"""
    extended_properties: ClusterExtendedProperties | None = Field(default=None)
    """扩展属性，请参见•extended_properties参数说明。"""
    schedule_off_time: str | None = Field(
        default=None, validation_alias="scheduleOffTime", serialization_alias="scheduleOffTime"
    )
    """定时关机的时间，定时关机时系统不会等待未完成的作业执行完成。"""
    vpc_id: str | None = Field(default=None, validation_alias="vpcId", serialization_alias="vpcId")
    """指定虚拟私有云ID，用于集群网络配置。"""
    name: str | None = Field(default=None)
    """集群名称"""
    sys_tags: list[ClusterSysTag] | None = Field(default=None)
    """企业项目信息，请参见 •sys_tags 参数说明。"""
    is_auto_off: bool | None = Field(
        default=None, validation_alias="isAutoOff", serialization_alias="isAutoOff"
    )
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
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """集群ID"""
    task: ClusterCreateTask | None = Field(default=None)
    """任务信息"""
    datastore: ClusterDatastore | None = Field(default=None)
    """集群信息"""
    instances: list[ClusterInstance] | None = Field(default=None)
    """集群的节点信息"""


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

    job_id: str | None = Field(default=None, validation_alias="jobId", serialization_alias="jobId")
    """作业ID"""


class ListClustersResponse(Model):
    """查询集群列表 响应 Body 参数

    查询集群列表的响应体（表5-50 响应 Body 参数）。

    Reference section 5.1.7, 表5-50.
    """

    clusters: list[ClusterListItem] | None = Field(default=None)
    """集群列表，请参见clusters参数说明。"""


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

    job_id: str | None = Field(default=None, validation_alias="jobId", serialization_alias="jobId")
    """作业ID"""


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

    job_id: list[str] | None = Field(
        default=None, validation_alias="jobId", serialization_alias="jobId"
    )
    """作业ID"""


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

    job_id: list[str] | None = Field(
        default=None, validation_alias="jobId", serialization_alias="jobId"
    )
    """作业ID"""


ClusterActionRequest = RestartClusterRequest | StartClusterRequest | StopClusterRequest
"""集群操作请求体

重启（5.1.3）、启动（5.1.4）或停止（5.1.5）集群的请求体，三者之一。"""

ClusterActionResponse = RestartClusterResponse | StartClusterResponse
"""集群操作响应体

重启集群返回 jobId 字符串（表5-25），启动、停止集群返回 jobId 字符串数组（表5-29、表5-34）。"""

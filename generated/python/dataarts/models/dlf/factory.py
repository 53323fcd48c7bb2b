"""Models of dlf/schemas/factory.yaml and of the inline objects of the operations of dlf/factory.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
    "AlarmInfo",
    "AlarmInfoList",
    "DlfFactoryJobInstance",
    "DlfFactoryJobInstanceList",
    "DlfJobRenameRequest",
    "DlfJobRenameResponse",
    "DlfJobTagsRequest",
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
    schedule_type: Annotated[Literal[0, 2, 5, 6, 7], Checked] | None = Field(default=None)
    """作业实例调度方式。取值范围如下：
    0：正常调度
    2：手工调度
    5：补数据
    6：子作业调度
    7：单次调度

    Constraints: one of: 0, 2, 5, 6, 7."""
    send_msg: str | None = Field(default=None)
    """发送信息。"""
    plan_time: int | None = Field(default=None)
    """计划时间。"""
    remind_type: Annotated[Literal[0, 1, 3, 4, 12, 13, 14, 15], Checked] | None = Field(
        default=None
    )
    """告警通知类型，取值范围如下：
    0: 运行成功
    1: 运行异常/失败
    3: 未完成
    4: 资源繁忙
    12: 周期未完成
    13: 运行取消
    14: 失败作业重跑成功
    15: 作业改动

    Constraints: one of: 0, 1, 3, 4, 12, 13, 14, 15."""
    send_status: Annotated[Literal[0, 1], Checked] | None = Field(default=None)
    """发送状态，取值范围如下：
    0: 发送成功
    1: 发送失败

    Constraints: one of: 0, 1."""
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
    status: Annotated[
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
    """状态：
    - waiting：等待运行
    - running：运行中
    - success：运行成功
    - fail：运行失败
    - running-exception：运行异常
    - skip-by-depend：跳过
    - freeze：冻结
    - pause：暂停
    - manual-stop：取消

    Constraints: one of: "waiting", "running", "success", "fail", "running-exception", "skip-by-depend", "freeze", "pause", "manual-stop"."""
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
    instance_type: Annotated[Literal[0, 2, 5, 6, 7], Checked]
    """作业调度方式：
    - 0：正常调度
    - 2：手工调度
    - 5：补数据
    - 6：子作业调度
    - 7：单次调度

    Constraints: one of: 0, 2, 5, 6, 7."""
    force_success: bool | None = Field(default=False)
    """作业实例状态筛选为强制成功
    默认值：false Default: false."""
    ignore_success: bool | None = Field(default=False)
    """作业实例状态筛选为忽略失败
    默认值：false Default: false."""
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


class DlfJobTagsRequest(Model):
    """Body 参数说明

    Reference section 6.3.25, 表6-227.
    """

    tag_names: list[str] | None = Field(default=None)
    """标签列表。若为空表示清空作业标签。
    样例值：["tag1", "tag2"]"""


class DlfTaskRecord(Model):
    """task_record 参数说明

    Reference section 6.3.30, 表6-246.
    """

    record_time: int | None = Field(default=None)
    """整时的时间点，13位时间戳。"""
    task_completion_num: int | None = Field(default=None)
    """当前时间点完成的任务数量。"""


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


class ReleasePackageApprover(Model):
    """发布包审批信息的参数说明

    Reference section 6.3.23, 表6-218; 6.3.24, 表6-224.
    """

    user_id: str | None = Field(default=None)
    """发布包审批人id。"""
    user_name: str | None = Field(default=None)
    """发布包审批人名称。"""


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
    delete_flag: Annotated[Literal[0, 1], Checked] | None = Field(default=None)
    """是否删除。
    0: 没有删除
    1: 删除

    Constraints: one of: 0, 1."""
    deploy_status: Annotated[Literal[1, 2, 3, 5], Checked] | None = Field(default=None)
    """发布状态。
    1: 待审批
    2: 成功
    3: 失败
    5: 发布中

    Constraints: one of: 1, 2, 3, 5."""
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

    package_ids: Annotated[list[str], Field(min_length=1, max_length=100), Checked]
    """发布包ID集合，不能为空，且一次不能超过100个

    Constraints: at least 1 items; at most 100 items."""
    startup_mode: Annotated[Literal[0, 1], Checked] | None = Field(default=1)
    """发布后是否立即启动作业。取值范围为0和1，默认为1
    1：发布成功后立即启动作业
    0：不立即启动

    Constraints: one of: 0, 1. Default: 1."""
    publish_type: str | None = Field(default=None)


class ReleasePackageDeployResponse(Model):
    """响应参数说明

    Reference section 6.3.27, 表6-235.
    """

    deploy_package_details: list[ReleasePackageDeployDetail] | None = Field(default=None)
    """发布包信息，请参考表6-236。"""


class ReleasePackageTaskDetail(Model):
    """发布任务详情的参数说明

    Reference section 6.3.24, 表6-223.
    """

    deploy_status: Annotated[Literal[1, 2, 3, 5], Checked] | None = Field(default=None)
    """发布状态。
    1: 待审批
    2: 成功
    3: 失败
    5: 发布中

    Constraints: one of: 1, 2, 3, 5."""
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
    start_job_status: Annotated[Literal[2, 3], Checked] | None = Field(
        default=None, validation_alias=AliasChoices("start_job_status", "start_job_statuses")
    )
    """作业启动状态。
    2: 成功
    3: 失败

    Also read as: start_job_statuses.

    Constraints: one of: 2, 3."""
    submit_timestamp: int | None = Field(default=None)
    """提交时间戳，13位时间戳。"""
    submit_user_id: str | None = Field(default=None)
    """提交人id。"""
    submit_user_name: str | None = Field(default=None)
    """提交人名称。"""
    task_type: Annotated[Literal[1, 2, 3], Checked] | None = Field(default=None)
    """任务类型。
    1: 作业
    2: 脚本
    3: 资源

    Constraints: one of: 1, 2, 3."""
    update_type: Annotated[Literal[1, 2, 3], Checked] | None = Field(default=1)
    """变更类型，默认值1。
    1: 新增
    2: 修改
    3: 删除

    Constraints: one of: 1, 2, 3. Default: 1."""


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
    deploy_status_filter: list[Annotated[Literal[1, 2, 3, 5], Checked]] | str | None = Field(
        default=None,
        validation_alias=AliasChoices("deploy_status_filter", "deploy_statuses_filter"),
    )
    """发布状态集合。
    1: 待审批
    2: 成功
    3: 失败
    5: 发布中

    Also read as: deploy_statuses_filter.

    Constraints: each item: one of: 1, 2, 3, 5."""
    sorted_direction: str | None = Field(default="desc")
    """排序方向，默认是desc。 Default: "desc"."""
    order_column: str | None = Field(default="apply_timestamp")
    """排序字段，默认是apply_timestamp。 Default: "apply_timestamp"."""
    limit: int | None = Field(default=10)
    """分页返回结果，默认是10。 Default: 10."""
    offset: Annotated[int, Field(ge=0), Checked] | None = Field(default=0)
    """分页的起始页，默认值位0，取值范围大于等于0。

    Constraints: >= 0. Default: 0."""


class ReleasePackageUnpackRequest(Model):
    """请求 Body 参数

    Reference section 6.3.28, 表6-239.
    """

    package_ids: list[str] | None = Field(default=None)
    """发布包ID集合。"""


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
    parallel: Annotated[int, Field(ge=1, le=5), Checked]
    """并行周期数，取值范围[1,5]

    Constraints: >= 1; <= 5."""
    depend_jobs: list[SupplementDataJobDTO] | None = Field(default=None)
    """参考表6-199。"""
    is_day_granularity: bool | None = Field(default=None)
    """是否按照天粒度补数据，true表示是，false表示否。"""
    priority: int | None = Field(default=None)
    """设置补数据作业的优先级。当系统资源不充足时，可以优先满足优先级较高的作业的计算资源，数字越大优先级越高，当前只支持对DLI SQL算子设置优先级。"""
    is_stop_when_fail: bool | None = Field(default=None)
    """补数据作业失败时是否停止，true表示停止，false表示不停止。"""
    reverse_order: Annotated[int, Field(ge=0, le=1), Checked] | None = Field(default=None)
    """是否按照日期倒序补数据，取值范围[0,1]，0表示正序补数据，1表示倒序补数据。

    Constraints: >= 0; <= 1."""
    force: Annotated[Literal["true", "false"], Checked] | None = Field(default=None)
    """是否强制补数据，true表示强制补数据，同一个作业出现在2个补数据实例时，也可以进行补数据；false表示不能强制补数据。

    Constraints: one of: "true", "false"."""
    supplement_data_run_time: SupplementDataRunTime | None = Field(default=None)
    """补数据时间段，当前仅支持每天，如果没有补数据时间，则默认为"00:00-00:00"，参考表6-200。"""
    supplement_data_instance_time: SupplementDataInstanceTime | None = Field(default=None)
    """支持补离散时间任务，参考表6-201。"""


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
    type_: Annotated[int, Field(ge=0, le=1), Checked] = Field(
        validation_alias="type", serialization_alias="type"
    )
    """触发补数据的类型，取值范围[0, 1]。0代表作业监控界面触发的补数据，1代表恢复动作触发的补数据。

    Constraints: >= 0; <= 1."""
    start_date: int
    """作业的开始日期 13位时间戳"""
    end_date: int
    """作业的结束日期 13位时间戳"""
    parallel: Annotated[int, Field(ge=1, le=5), Checked]
    """并行周期数，取值范围[1,5]

    Constraints: >= 1; <= 5."""
    status: Annotated[Literal["SUCCESS", "RUNNING", "CANCEL"], Checked]
    """实例状态：
    - SUCCESS: 成功
    - RUNNING : 运行中
    - CANCEL: 取消

    Constraints: one of: "SUCCESS", "RUNNING", "CANCEL"."""
    submitted_date: int
    """作业创建时间，"""
    supplement_data_run_time: SupplementDataRowRunTime | None = Field(default=None)
    """补数据时间段，当前仅支持每天，如果没有补数据时间，则默认为"00:00-00:00"，参考表6-205。"""
    supplement_data_instance_time: SupplementDataInstanceTime | None = Field(default=None)
    """支持补离散时间任务，参考表6-206。"""


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

"""Models of cdm/jobs.yaml, cdm/schemas/jobs.yaml and of the inline objects of the operations of cdm/jobs.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

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
    "ConfigValues",
    "Configs",
    "Counter",
    "Counters",
    "ExtendedConfigs",
    "Input",
    "Job",
    "JobValidationResult",
    "StartJobSubmission",
    "Submission",
]


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
    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")
    """值类型, 如STRING、INTEGER, 由系统设定, 用户无需填写。"""


class Configs(Model):
    """configs

    一组配置（表 5-69 / 5-80 / 5-91 / 5-105 configs）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    inputs: list[Input]
    """输入参数列表，列表中的每个参数为“name,value”结构，请参考inputs数据结构参数说明。在“from-config-values”数据结构中，不同的源连接类型有不同的“inputs”参数列表，请参见源端作业参数说明下的章节。在“to-config-values”数据结构中，不同的目的连接类型有不同的“inputs”参数列表，请参见目的端作业参数说明下面的子章节。在“driver-config-values”数据结构中，“inputs”具体参数请参见作业任务参数说明。"""
    name: str
    """配置名称：源端作业的配置名称为“fromJobConfig”。目的端作业的配置名称为“toJobConfig”，连接的配置名称固定为“linkConfig”。"""
    id_: int | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """配置ID，由系统生成，用户无需填写。"""
    type_: Annotated[Literal["LINK", "JOB"], Checked] | None = Field(
        default=None, validation_alias="type", serialization_alias="type"
    )
    """配置类型，由系统生成，用户无需填写。值为LINK或者JOB，如果是连接管理API，则为LINK；如果是作业管理API，则为JOB。

    Constraints: one of: "LINK", "JOB"."""


class ExtendedConfigs(Model):
    """extended-configs

    扩展配置，暂不对外开放（表 5-71 / 5-82 / 5-93 / 5-107 extended-configs）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    name: str | None = Field(default=None)
    """扩展配置名称, 暂不对外开放, 用户无需填写。"""
    value: str | None = Field(default=None)
    """扩展配置值, 暂不对外开放, 用户无需填写。"""


class ConfigValues(Model):
    """ConfigValues

    源连接、目的连接或作业任务的参数配置（表 5-68 / 5-79 / 5-90 / 5-104 ConfigValues）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    configs: list[Configs]
    """源连接参数、目的连接参数和作业任务参数，它们的配置数据结构相同，其中“inputs”里的参数不一样，详细请参见configs数据结构说明。"""
    extended_configs: ExtendedConfigs | None = Field(
        default=None, validation_alias="extended-configs", serialization_alias="extended-configs"
    )
    """扩展配置，请参见extended-configs参数说明。扩展配置暂不对外开放，用户无需填写。"""


class Job(Model):
    """Job

    作业（表 5-67 / 5-78 / 5-89 / 5-103 Job）。

    Reference section 5.2.1, 5.2.3, 5.2.4, 5.2.6.
    """

    job_type: Annotated[Literal["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"], Checked]
    """作业类型：
    - NORMAL_JOB：表/文件迁移。
    - BATCH_JOB：整库迁移。
    - SCENARIO_JOB：场景迁移。
    枚举值：
    - NORMAL_JOB
    - BATCH_JOB
    - SCENARIO_JOB

    Constraints: one of: "NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"."""
    from_connector_name: Annotated[
        Literal[
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
        ],
        Checked,
    ] = Field(validation_alias="from-connector-name", serialization_alias="from-connector-name")
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
    - dms-kafka-connector：DMSKafka连接

    Constraints: one of: "generic-jdbc-connector", "obs-connector", "hdfs-connector", "hbase-connector", "hive-connector", "ftp-connector", "sftp-connector", "mongodb-connector", "redis-connector", "kafka-connector", "dis-connector", "elasticsearch-connector", "dli-connector", "http-connector", "dms-kafka-connector"."""
    to_config_values: ConfigValues = Field(
        validation_alias="to-config-values", serialization_alias="to-config-values"
    )
    """目的连接参数配置。根据不同目的端有不同的参数配置，具体可参考 目的端作业参数说明 下相应的目的端参数配置。"""
    to_link_name: str = Field(validation_alias="to-link-name", serialization_alias="to-link-name")
    """目的端连接名称，即为通过“创建连接”接口创建的连接对应的连接名。"""
    driver_config_values: ConfigValues = Field(
        validation_alias="driver-config-values", serialization_alias="driver-config-values"
    )
    """作业任务参数配置。例如配置作业失败重试、抽取并发数，具体可参考 作业任务参数说明 。"""
    from_config_values: ConfigValues = Field(
        validation_alias="from-config-values", serialization_alias="from-config-values"
    )
    """源连接参数配置。根据不同源端有不同的参数配置，具体可参考 源端作业参数说明 下相应的源端参数配置。"""
    to_connector_name: Annotated[
        Literal[
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
        ],
        Checked,
    ] = Field(validation_alias="to-connector-name", serialization_alias="to-connector-name")
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
    - dms-kafka-connector：DMSKafka连接

    Constraints: one of: "generic-jdbc-connector", "obs-connector", "hdfs-connector", "hbase-connector", "hive-connector", "ftp-connector", "sftp-connector", "mongodb-connector", "redis-connector", "kafka-connector", "dis-connector", "elasticsearch-connector", "dli-connector", "http-connector", "dms-kafka-connector"."""
    name: Annotated[str, Field(min_length=1, max_length=240), Checked]
    """作业名称，长度在1到240个字符之间 最小长度： 1 最大长度： 240

    Constraints: length >= 1; length <= 240."""
    from_link_name: str = Field(
        validation_alias="from-link-name", serialization_alias="from-link-name"
    )
    """源连接名称，即为通过“创建连接”接口创建的连接对应的连接名。"""
    creation_user: str | None = Field(
        default=None, validation_alias="creation-user", serialization_alias="creation-user"
    )
    """创建作业的用户。由系统生成，用户无需填写。"""
    creation_date: int | None = Field(
        default=None, validation_alias="creation-date", serialization_alias="creation-date"
    )
    """作业创建的时间，单位：毫秒。由系统生成，用户无需填写。"""
    update_date: int | None = Field(
        default=None, validation_alias="update-date", serialization_alias="update-date"
    )
    """作业最后更新的时间，单位：毫秒。由系统生成，用户无需填写。"""
    is_incre_job: bool | None = Field(default=None)
    """是否是增量作业。已废弃"""
    flag: int | None = Field(default=None)
    """是否是定时作业标记，如果是定时作业则为1，否则为0。由系统根据定时任务配置生成，用户无需填写。"""
    files_read: int | None = Field(default=None)
    """已读文件数。由系统生成，用户无需填写。"""
    update_user: str | None = Field(
        default=None, validation_alias="update-user", serialization_alias="update-user"
    )
    """最后更新作业的用户。由系统生成，用户无需填写。"""
    external_id: str | None = Field(default=None)
    """具体执行的作业id，如果是本地作业，则一般为"job_local1202051771_0002"形式，如果是DLI作业，则为DLI作业ID，比如"12345"。由系统生成，用户无需填写。"""
    type_: Annotated[Literal["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"], Checked] | None = Field(
        default=None, validation_alias="type", serialization_alias="type"
    )
    """与job_type一致，作业类型：
    - NORMAL_JOB：表/文件迁移。
    - BATCH_JOB：整库迁移。
    - SCENARIO_JOB：场景迁移。

    Constraints: one of: "NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"."""
    execute_start_date: int | None = Field(default=None)
    """最近一次执行任务开始时间，单位：毫秒。由系统生成，用户无需填写。"""
    delete_rows: int | None = Field(default=None)
    """增量作业删除行数，已废弃。"""
    enabled: bool | None = Field(default=None)
    """是否激活连接。由系统生成，用户无需填写。"""
    bytes_written: int | None = Field(default=None)
    """作业写入的字节。由系统生成，用户无需填写。"""
    id_: int | None = Field(default=None, validation_alias="id", serialization_alias="id")
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
    status: (
        Annotated[Literal["BOOTING", "RUNNING", "SUCCEEDED", "FAILED", "NEW"], Checked] | None
    ) = Field(default=None)
    """作业最后的执行状态：
    - BOOTING：启动中。
    - RUNNING：运行中。
    - SUCCEEDED：成功。
    - FAILED：失败。
    - NEW：未被执行。

    Constraints: one of: "BOOTING", "RUNNING", "SUCCEEDED", "FAILED", "NEW"."""


class CdmCreateJobRequest(Model):
    """指定集群创建作业请求

    5.2.6 指定集群创建作业 请求 Body 参数（表 5-102）。

    Reference section 5.2.6.
    """

    jobs: list[Job]
    """作业列表，请参见jobs数据结构说明。"""


class JobValidationResult(Model):
    """JobValidationResult

    校验结果（表 5-84 / 5-99 / 5-109 JobValidationResult）。

    Reference section 5.2.3, 5.2.5, 5.2.6.
    """

    message: str | None = Field(default=None)
    """错误描述"""
    status: Annotated[Literal["ERROR", "WARNING"], Checked] | None = Field(default=None)
    """ERROR,WARNING
    枚举值：
    - ERROR
    - WARNING

    Constraints: one of: "ERROR", "WARNING"."""


class CdmCreateJobResponse(Model):
    """指定集群创建作业响应

    5.2.6 指定集群创建作业 响应 Body 参数（表 5-108）。

    Reference section 5.2.6.
    """

    name: str | None = Field(default=None)
    """作业名称。"""
    validation_result: list[JobValidationResult] | None = Field(
        default=None, validation_alias="validation-result", serialization_alias="validation-result"
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


class StartJobSubmission(Model):
    """StartJobSubmission

    作业运行信息（表 5-95 / 5-115 StartJobSubmission）。

    Reference section 5.2.4, 5.2.7.
    """

    is_incrementing: bool | None = Field(
        default=None, validation_alias="isIncrementing", serialization_alias="isIncrementing"
    )
    """作业是否为增量迁移"""
    delete_rows: int | None = Field(default=None)
    """删除数据行数"""
    update_rows: int | None = Field(default=None)
    """更新数据行数"""
    write_rows: int | None = Field(default=None)
    """写入数据行数"""
    submission_id: int | None = Field(
        default=None, validation_alias="submission-id", serialization_alias="submission-id"
    )
    """作业提交id"""
    job_name: str | None = Field(
        default=None, validation_alias="job-name", serialization_alias="job-name"
    )
    """作业名称"""
    creation_user: str | None = Field(
        default=None, validation_alias="creation-user", serialization_alias="creation-user"
    )
    """创建用户"""
    creation_date: int | str | None = Field(
        default=None, validation_alias="creation-date", serialization_alias="creation-date"
    )
    """创建时间，单位：毫秒。"""
    execute_date: int | None = Field(
        default=None, validation_alias="execute-date", serialization_alias="execute-date"
    )
    """执行时间"""
    progress: Annotated[float, Field(ge=-1, le=100), Checked] | None = Field(default=None)
    """作业进度，失败时为“-1”，其它情况为0~100。

    Constraints: >= -1; <= 100."""
    status: (
        Annotated[
            Literal[
                "BOOTING",
                "FAILURE_ON_SUBMIT",
                "RUNNING",
                "SUCCEEDED",
                "FAILED",
                "UNKNOWN",
                "NEVER_EXECUTED",
                "PENDING",
            ],
            Checked,
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
    - NEVER_EXECUTED：未被执行

    Constraints: one of: "BOOTING", "FAILURE_ON_SUBMIT", "RUNNING", "SUCCEEDED", "FAILED", "UNKNOWN", "NEVER_EXECUTED", "PENDING"."""
    is_stopping_increment: str | None = Field(
        default=None,
        validation_alias=AliasChoices("isStoppingIncrement", "isStopingIncrement"),
        serialization_alias="isStoppingIncrement",
    )
    """是否停止增量迁移

    Also read as: isStopingIncrement."""
    is_execute_auto: bool | None = Field(
        default=None, validation_alias="is-execute-auto", serialization_alias="is-execute-auto"
    )
    """是否定时执行作业"""
    last_update_date: int | None = Field(
        default=None, validation_alias="last-update-date", serialization_alias="last-update-date"
    )
    """作业最后更新时间"""
    last_update_user: str | None = Field(
        default=None,
        validation_alias=AliasChoices("last-update-user", "last-udpate-user"),
        serialization_alias="last-update-user",
    )
    """最后更新作业状态的用户

    Also read as: last-udpate-user."""
    is_delete_job: bool | None = Field(
        default=None, validation_alias="isDeleteJob", serialization_alias="isDeleteJob"
    )
    """作业执行完成后是否删除"""


class CdmRandomCreateAndStartJobResponse(Model):
    """随机集群创建作业并执行响应

    5.2.4 随机集群创建作业并执行 响应 Body 参数（表 5-94）。

    Reference section 5.2.4.
    """

    submissions: list[StartJobSubmission] | None = Field(default=None)
    """作业运行信息，请参见 submission 参数说明。"""


class Counter(Model):
    """counter

    统计结果（表 5-121 / 5-128 counter）。

    Reference section 5.2.8, 5.2.9.
    """

    bytes_written: int | None = Field(
        default=None, validation_alias="BYTES_WRITTEN", serialization_alias="BYTES_WRITTEN"
    )
    """写入的字节数"""
    total_files: int | None = Field(
        default=None, validation_alias="TOTAL_FILES", serialization_alias="TOTAL_FILES"
    )
    """总文件数"""
    rows_read: int | None = Field(
        default=None, validation_alias="ROWS_READ", serialization_alias="ROWS_READ"
    )
    """读取的行数"""
    bytes_read: int | None = Field(
        default=None, validation_alias="BYTES_READ", serialization_alias="BYTES_READ"
    )
    """读取的字节数"""
    rows_written: int | None = Field(
        default=None, validation_alias="ROWS_WRITTEN", serialization_alias="ROWS_WRITTEN"
    )
    """写入的行数"""
    files_written: int | None = Field(
        default=None, validation_alias="FILES_WRITTEN", serialization_alias="FILES_WRITTEN"
    )
    """写入的文件数"""
    files_read: int | None = Field(
        default=None, validation_alias="FILES_READ", serialization_alias="FILES_READ"
    )
    """读取的文件数"""
    total_size: int | None = Field(
        default=None, validation_alias="TOTAL_SIZE", serialization_alias="TOTAL_SIZE"
    )
    """总字节数"""
    files_skipped: int | None = Field(
        default=None, validation_alias="FILES_SKIPPED", serialization_alias="FILES_SKIPPED"
    )
    """跳过的文件数"""
    rows_written_skipped: int | None = Field(
        default=None,
        validation_alias="ROWS_WRITTEN_SKIPPED",
        serialization_alias="ROWS_WRITTEN_SKIPPED",
    )
    """跳过的行数"""


class Counters(Model):
    """counters

    作业运行结果统计（表 5-120 / 5-127 counters）。

    Reference section 5.2.8, 5.2.9.
    """

    org_apache_sqoop_submission_counter_sqoop_counters: Counter | None = Field(
        default=None,
        validation_alias="org.apache.sqoop.submission.counter.SqoopCounters",
        serialization_alias="org.apache.sqoop.submission.counter.SqoopCounters",
    )
    """作业运行结果统计，请参见统计结果参数说明。"""


class Submission(Model):
    """Submission

    作业运行信息（表 5-119 / 5-126 Submission）。

    Reference section 5.2.8, 5.2.9.
    """

    is_incrementing: bool | None = Field(
        default=None, validation_alias="isIncrementing", serialization_alias="isIncrementing"
    )
    """作业是否为增量迁移"""
    job_name: str | None = Field(
        default=None, validation_alias="job-name", serialization_alias="job-name"
    )
    """作业名称"""
    counters: Counters | None = Field(default=None)
    """作业运行结果统计，当“status”为“SUCCEEDED”时才有此字段，请参见counters数据结构参数说明。"""
    is_stopping_increment: str | None = Field(
        default=None,
        validation_alias=AliasChoices("isStoppingIncrement", "isStopingIncrement"),
        serialization_alias="isStoppingIncrement",
    )
    """是否停止增量迁移

    Also read as: isStopingIncrement."""
    is_execute_auto: bool | None = Field(
        default=None, validation_alias="is-execute-auto", serialization_alias="is-execute-auto"
    )
    """是否定时执行作业"""
    last_update_date: int | None = Field(
        default=None, validation_alias="last-update-date", serialization_alias="last-update-date"
    )
    """作业最后更新时间"""
    last_update_user: str | None = Field(
        default=None,
        validation_alias=AliasChoices("last-update-user", "last-udpate-user"),
        serialization_alias="last-update-user",
    )
    """最后更新作业状态的用户

    Also read as: last-udpate-user."""
    is_delete_job: bool | None = Field(
        default=None, validation_alias="isDeleteJob", serialization_alias="isDeleteJob"
    )
    """作业执行完成后是否删除"""
    creation_user: str | None = Field(
        default=None, validation_alias="creation-user", serialization_alias="creation-user"
    )
    """创建用户"""
    creation_date: int | str | None = Field(
        default=None, validation_alias="creation-date", serialization_alias="creation-date"
    )
    """创建时间"""
    external_id: str | None = Field(
        default=None, validation_alias="external-id", serialization_alias="external-id"
    )
    """作业ID"""
    progress: Annotated[float, Field(ge=-1, le=100), Checked] | None = Field(default=None)
    """作业进度，失败时为“-1”，其它情况为0~100。

    Constraints: >= -1; <= 100."""
    submission_id: int | None = Field(
        default=None, validation_alias="submission-id", serialization_alias="submission-id"
    )
    """作业提交id"""
    delete_rows: int | None = Field(default=None)
    """删除数据行数"""
    update_rows: int | None = Field(default=None)
    """更新数据行数"""
    write_rows: int | None = Field(default=None)
    """写入数据行数"""
    execute_date: int | None = Field(
        default=None, validation_alias="execute-date", serialization_alias="execute-date"
    )
    """执行时间"""
    status: (
        Annotated[
            Literal[
                "BOOTING",
                "FAILURE_ON_SUBMIT",
                "RUNNING",
                "SUCCEEDED",
                "FAILED",
                "UNKNOWN",
                "NEVER_EXECUTED",
            ],
            Checked,
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
    - NEVER_EXECUTED：未被执行

    Constraints: one of: "BOOTING", "FAILURE_ON_SUBMIT", "RUNNING", "SUCCEEDED", "FAILED", "UNKNOWN", "NEVER_EXECUTED"."""
    error_details: str | None = Field(
        default=None, validation_alias="error-details", serialization_alias="error-details"
    )
    """错误详情，当“status”为“FAILED”时才有此字段。"""
    error_summary: str | None = Field(
        default=None, validation_alias="error-summary", serialization_alias="error-summary"
    )
    """错误总结，当“status”为“FAILED”时才有此字段。"""


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
    page_size: int | None = Field(default=10)
    """分页查询，每页返回的记录数。默认值：10。 Default: 10."""


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
        default=None, validation_alias="validation-result", serialization_alias="validation-result"
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
        default=None, validation_alias="validation-result", serialization_alias="validation-result"
    )
    """校验结果：如果修改失败，返回失败原因。如果修改成功，返回空列表。"""

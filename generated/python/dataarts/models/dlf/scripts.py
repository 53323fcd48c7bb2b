"""Models of dlf/schemas/scripts.yaml, dlf/scripts.yaml and of the inline objects of the operations of dlf/scripts.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
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
]


class ScriptApprover(Model):
    """审批人属性说明

    Reference section 6.1.1, 表6-4.
    """

    approver_name: str = Field(validation_alias="approverName", serialization_alias="approverName")
    """审批人名称。"""


class Script(Model):
    """Script 参数说明

    Reference section 6.1.3, 表6-11.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """脚本名称，只能包含五种字符：英文字母、数字、中文、中划线和点号，且长度小于等于128个字符。脚本名称不能重复。

    Constraints: length <= 128."""
    type_: Annotated[
        Literal[
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
        ],
        Checked,
    ] = Field(validation_alias="type", serialization_alias="type")
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
    - SparkPython

    Constraints: one of: "FlinkSQL", "DLISQL", "SparkSQL", "HiveSQL", "DWSSQL", "RDSSQL", "Shell", "PRESTO", "ClickHouseSQL", "HetuEngineSQL", "PYTHON", "ImpalaSQL", "SparkPython"."""
    content: str
    """脚本内容，最大支持64KB。"""
    directory: str | None = Field(default="/")
    """脚本所在目录路径。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“数据开发 > 脚本开发”。在脚本的目录树上，可以查看到当前已经创建的目录，默认在根目录/。 Default: "/"."""
    connection_name: str | None = Field(
        default=None, validation_alias="connectionName", serialization_alias="connectionName"
    )
    """脚本关联的连接名称。当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、Shell、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，这个参数是必选的。用户可以通过 查询连接列表（待下线） 接口获取当前系统中已经存在的连接。默认值为空。"""
    database: str | None = Field(default=None)
    """执行SQL语句所关联的数据库，当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，才支持此参数。
    - type为DLISQL时，可以通过《数据湖探索 API参考》的“查询所有数据库”接口获取数据库信息。
    - type为其他类型的时候，需要通过JDBC方式连上集群，查询数据库信息。默认值为空。"""
    queue_name: str | None = Field(
        default=None, validation_alias="queueName", serialization_alias="queueName"
    )
    """DLI资源队列名称，当type参数值为DLISQL时，才支持此参数。可以通过《数据湖探索 API参考》的“查询队列列表接口”获取队列信息。默认值为空。"""
    configuration: dict[str, Any] | None = Field(default=None)
    """用户定义适用于此作业的配置参数，当type参数值为DLISQL时，才支持此参数。当前支持的配置项列表请参考《数据湖探索 API参考》的“提交SQL作业接口”的conf参数说明。默认值为空。"""
    description: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""
    auto_acquire_lock: bool | None = Field(
        default=True, validation_alias="autoAcquireLock", serialization_alias="autoAcquireLock"
    )
    """自动获取编辑锁参数，默认为true Default: true."""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """脚本ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    owner: str | None = Field(default=None)
    """责任人名称。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    version: int | None = Field(default=None)
    """脚本最新提交版本。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    target_status: str | None = Field(
        default=None, validation_alias="targetStatus", serialization_alias="targetStatus"
    )
    """开启审批开关后，脚本的目标状态：SAVED、SUBMITTED或PRODUCTION。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    approvers: list[ScriptApprover] | None = Field(default=None)
    """开启审批开关后，脚本的审批人。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptCreate(Model):
    """Script 参数说明（创建脚本）

    Reference section 6.1.1, 表6-3.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """脚本名称，只能包含五种字符：英文字母、数字、中文、中划线和点号，且长度小于等于128个字符。脚本名称不能重复。

    Constraints: length <= 128."""
    type_: Annotated[
        Literal[
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
        ],
        Checked,
    ] = Field(validation_alias="type", serialization_alias="type")
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
    - SparkPython

    Constraints: one of: "FlinkSQL", "DLISQL", "SparkSQL", "HiveSQL", "DWSSQL", "RDSSQL", "Shell", "PRESTO", "ClickHouseSQL", "HetuEngineSQL", "PYTHON", "ImpalaSQL", "SparkPython"."""
    content: str
    """脚本内容，最大支持4M。"""
    directory: str | None = Field(default="/")
    """脚本所在目录路径。
    通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“数据开发 > 脚本开发”。在脚本的目录树上，可以查看到当前已经创建的目录，默认在根目录/。 Default: "/"."""
    connection_name: str | None = Field(
        default=None, validation_alias="connectionName", serialization_alias="connectionName"
    )
    """脚本关联的连接名称。当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、Shell、PRESTO、ClickHouseSQL、HetuEngineSQL、RDSSQL、ImpalaSQL、PYTHON、SparkPython其中之一时，这个参数是必选的。用户可以通过 查询连接列表（待下线） 接口获取当前系统中已经存在的连接。默认值为空。"""
    database: str | None = Field(default=None)
    """执行SQL语句所关联的数据库，当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，才支持此参数。
    - type为DLI SQL时，可以通过《数据湖探索 API参考》的“查询所有数据库”接口获取数据库信息。
    - type为其他类型的时候，必选。"""
    queue_name: str | None = Field(
        default=None, validation_alias="queueName", serialization_alias="queueName"
    )
    """DLI资源队列名称，当type参数值为DLI SQL时，才支持此参数。可以通过《数据湖探索 API参考》的“查询队列列表接口”获取队列信息。默认值为空。"""
    configuration: dict[str, Any] | None = Field(default=None)
    """用户定义适用于此作业的配置参数，当type参数值为DLI SQL时，才支持此参数。当前支持的配置项列表请参考《数据湖探索 API参考》的“提交SQL作业接口”的conf参数说明。默认值为空。"""
    description: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""
    owner: str | None = Field(default=None)
    """责任人名称"""
    target_status: Annotated[Literal["SAVED", "SUBMITTED", "PRODUCTION"], Checked] | None = Field(
        default=None, validation_alias="targetStatus", serialization_alias="targetStatus"
    )
    """在开启审批开关后，需要填写该字段。表示创建脚本的目标状态，有三种状态：SAVED、SUBMITTED和PRODUCTION，分别表示脚本创建后是保存态，提交态，生产态。
    - 保存态表示脚本仅保存，无法调度运行，需要提交并审核通过后才能运行。
    - 提交态表示脚本保存后会自动提交，需要审核通过才能运行。
    - 生产态表示脚本跳过审批环节，创建后可以直接运行。注意：只有工作空间的管理员用户才能创建生产态的脚本。

    Constraints: one of: "SAVED", "SUBMITTED", "PRODUCTION"."""
    approvers: list[ScriptApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示脚本审批人，参考 表6-4 。"""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
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

    instance_id: str = Field(validation_alias="instanceId", serialization_alias="instanceId")
    """执行脚本的实例ID。在 查询脚本实例执行结果 使用instanceId获取执行结果。"""


class ScriptResult(Model):
    """Result 数据结构说明

    Reference section 6.1.5, 表6-18.
    """

    message: str | None = Field(default=None)
    """执行失败消息。"""
    duration: float | None = Field(default=None)
    """脚本实例的执行时长，单位是秒。"""
    row_count: int | None = Field(
        default=None, validation_alias="rowCount", serialization_alias="rowCount"
    )
    """结果行数。"""
    rows: list[list[Any]] | None = Field(default=None)
    """返回结果数据。"""
    schema_: list[dict[str, str]] | None = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    """结果数据格式定义。"""
    input_row_count: int | None = Field(
        default=None, validation_alias="inputRowCount", serialization_alias="inputRowCount"
    )
    """输入结果的行数（DLI等脚本）。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    result_count: int | None = Field(
        default=None, validation_alias="resultCount", serialization_alias="resultCount"
    )
    """结果行数（DLI等脚本）。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    raw_result: Any = Field(
        default=None, validation_alias="rawResult", serialization_alias="rawResult"
    )
    """脚本结果信息（原始结果）。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptInstanceResult(Model):
    """脚本实例执行结果

    Reference section 6.1.5, 表6-17.
    """

    status: Annotated[Literal["LAUNCHING", "RUNNING", "FINISHED", "FAILED"], Checked]
    """执行状态。
    - LAUNCHING：提交中
    - RUNNING：运行中
    - FINISHED：执行成功
    - FAILED：执行失败

    Constraints: one of: "LAUNCHING", "RUNNING", "FINISHED", "FAILED"."""
    results: list[ScriptResult]
    """执行结果"""
    message: str | None = Field(default=None)
    """执行失败消息。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptListItem(Model):
    """Script 参数说明（脚本列表）

    Reference section 6.1.4, 表6-14.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """脚本名称，只能包含五种字符：英文字母、数字、中文、中划线和点号，且长度小于等于128个字符。脚本名称不能重复。

    Constraints: length <= 128."""
    type_: Annotated[
        Literal[
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
        ],
        Checked,
    ] = Field(validation_alias="type", serialization_alias="type")
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
    - SparkPython

    Constraints: one of: "FlinkSQL", "DLISQL", "SparkSQL", "HiveSQL", "DWSSQL", "RDSSQL", "Shell", "PRESTO", "ClickHouseSQL", "HetuEngineSQL", "PYTHON", "ImpalaSQL", "SparkPython"."""
    content: str
    """脚本内容，最大支持64KB。"""
    directory: str | None = Field(default="/")
    """脚本所在目录路径。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“数据开发 > 脚本开发”。在脚本的目录树上，可以查看到当前已经创建的目录，默认在根目录/。 Default: "/"."""
    connection_name: str | None = Field(
        default=None, validation_alias="connectionName", serialization_alias="connectionName"
    )
    """脚本关联的连接名称。当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、Shell、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，这个参数是必选的。用户可以通过 查询连接列表（待下线） 接口获取当前系统中已经存在的连接。默认值为空。"""
    database: str | None = Field(default=None)
    """执行SQL语句所关联的数据库，当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，才支持此参数。
    - type为DLISQL时，可以通过《数据湖探索 API参考》的“查询所有数据库”接口获取数据库信息。
    - type为其他类型的时候，需要通过JDBC方式连上集群，查询数据库信息。默认值为空。"""
    queue_name: str | None = Field(
        default=None, validation_alias="queueName", serialization_alias="queueName"
    )
    """DLI资源队列名称，当type参数值为DLISQL时，才支持此参数。可以通过《数据湖探索 API参考》的“查询队列列表接口”获取队列信息。默认值为空。"""
    configuration: dict[str, Any] | None = Field(default=None)
    """用户定义适用于此作业的配置参数，当type参数值为DLISQL时，才支持此参数。当前支持的配置项列表请参考《数据湖探索 API参考》的“提交SQL作业接口”的conf参数说明。默认值为空。"""
    description: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """脚本ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    owner: str | None = Field(default=None)
    """责任人名称。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    version: int | None = Field(default=None)
    """脚本最新提交版本。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    target_status: str | None = Field(
        default=None, validation_alias="targetStatus", serialization_alias="targetStatus"
    )
    """开启审批开关后，脚本的目标状态：SAVED、SUBMITTED或PRODUCTION。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    approvers: list[ScriptApprover] | None = Field(default=None)
    """开启审批开关后，脚本的审批人。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ScriptList(Model):
    """查询脚本列表响应

    Reference section 6.1.4, 响应参数.
    """

    total: int
    """总的脚本个数。"""
    scripts: list[ScriptListItem]
    """脚本列表。"""


class ScriptUpdate(Model):
    """Script 参数说明（修改脚本）

    Reference section 6.1.2, 表6-7.
    """

    name: Annotated[str, Field(max_length=128), Checked]
    """脚本名称，只能包含五种字符：英文字母、数字、中文、中划线和点号，且长度小于等于128个字符。脚本名称不能重复。

    Constraints: length <= 128."""
    type_: Annotated[
        Literal[
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
        ],
        Checked,
    ] = Field(validation_alias="type", serialization_alias="type")
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
    - SparkPython

    Constraints: one of: "FlinkSQL", "DLISQL", "SparkSQL", "HiveSQL", "DWSSQL", "RDSSQL", "Shell", "PRESTO", "ClickHouseSQL", "HetuEngineSQL", "PYTHON", "ImpalaSQL", "SparkPython"."""
    content: str
    """脚本内容，最大支持4M。"""
    directory: str | None = Field(default="/")
    """脚本所在目录路径。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“数据开发 > 脚本开发”。在脚本的目录树上，可以查看到当前已经创建的目录，默认在根目录/。 Default: "/"."""
    connection_name: str | None = Field(
        default=None, validation_alias="connectionName", serialization_alias="connectionName"
    )
    """脚本关联的连接名称。当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、Shell、PRESTO、ClickHouseSQL、HetuEngineSQL、RDSSQL、ImpalaSQL、PYTHON、SparkPython其中之一时，这个参数是必选的。用户可以通过 查询连接列表（待下线） 接口获取当前系统中已经存在的连接。默认值为空。"""
    database: str | None = Field(default=None)
    """执行SQL语句所关联的数据库，当type参数值为DLISQL、SparkSQL、HiveSQL、DWSSQL、PRESTO、ClickHouseSQL、ImpalaSQL、HetuEngineSQL、RDSSQL其中之一时，才支持此参数。
    - type为DLI SQL时，可以通过《数据湖探索 API参考》的“查询所有数据库”接口获取数据库信息。
    - type为其他类型的时候，需要通过JDBC方式连上集群，查询数据库信息。默认值为空。"""
    queue_name: str | None = Field(
        default=None, validation_alias="queueName", serialization_alias="queueName"
    )
    """DLI资源队列名称，当type参数值为DLISQL时，才支持此参数。可以通过《数据湖探索 API参考》的“查询队列列表接口”获取队列信息。默认值为空。"""
    configuration: dict[str, Any] | None = Field(default=None)
    """用户定义适用于此作业的配置参数，当type参数值为DLISQL时，才支持此参数。当前支持的配置项列表请参考《数据湖探索 API参考》的“提交SQL作业接口”的conf参数说明。默认值为空。"""
    description: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""
    target_status: Annotated[Literal["SAVED", "SUBMITTED", "PRODUCTION"], Checked] | None = Field(
        default=None, validation_alias="targetStatus", serialization_alias="targetStatus"
    )
    """在开启审批开关后，需要填写该字段。表示创建脚本的目标状态，有三种状态：SAVED、SUBMITTED和PRODUCTION，分别表示脚本创建后是保存态，提交态，生产态。
    - 保存态表示脚本仅保存，无法调度运行，需要提交并审核通过后才能运行。
    - 提交态表示脚本保存后会自动提交，需要审核通过才能运行。
    - 生产态表示脚本跳过审批环节，创建后可以直接运行。注意：只有工作空间的管理员用户才能创建生产态的脚本。

    Constraints: one of: "SAVED", "SUBMITTED", "PRODUCTION"."""
    approvers: list[ScriptApprover] | None = Field(default=None)
    """在开启审批开关后，需要填写该字段，表示脚本审批人，参考表6-8。
    审批开关的配置请参见审批中心。"""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """脚本ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    owner: str | None = Field(default=None)
    """责任人名称。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    version: int | None = Field(default=None)
    """脚本最新提交版本。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""

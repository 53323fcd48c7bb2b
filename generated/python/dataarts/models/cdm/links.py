"""Models of cdm/links.yaml, cdm/schemas/links.yaml and of the inline objects of the operations of cdm/links.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
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
]


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
    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")
    """值类型, 如STRING、INTEGER, 由系统设定, 用户无需填写。"""


class LinkConfigs(Model):
    """configs

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    inputs: list[LinkInput]
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


class LinkExtendedConfigs(Model):
    """extended-configs

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    name: str | None = Field(default=None)
    """名称"""
    value: str | None = Field(default=None)
    """值"""


class LinkConfigValues(Model):
    """link-config-values

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    configs: list[LinkConfigs]
    """连接配置参数数据结构，请参见configs参数说明。"""
    extended_configs: LinkExtendedConfigs | None = Field(
        default=None, validation_alias="extended-configs", serialization_alias="extended-configs"
    )
    """扩展配置，请参见extended-configs参数说明。"""
    validators: list[str] | None = Field(default=None)
    """校验器"""


class Link(Model):
    """links

    Reference section 5.3.1, 5.3.2, 5.3.4.
    """

    link_config_values: LinkConfigValues = Field(
        validation_alias="link-config-values", serialization_alias="link-config-values"
    )
    """连接参数配置，请参见 link-config-values 参数说明。"""
    creation_user: str | None = Field(
        default=None, validation_alias="creation-user", serialization_alias="creation-user"
    )
    """创建连接的用户"""
    name: str
    """连接名称"""
    id_: int | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """连接ID"""
    creation_date: int | None = Field(
        default=None, validation_alias="creation-date", serialization_alias="creation-date"
    )
    """创建连接的时间"""
    connector_name: Annotated[
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
    ] = Field(validation_alias="connector-name", serialization_alias="connector-name")
    """连接器名称，对应的连接参数如下： generic-jdbc-connector: 关系数据库连接。 obs-connector: OBS连接。 hdfs-connector: HDFS连接。 hbase-connector: HBase连接、CloudTable连接。 hive-connector: Hive连接。 ftp-connector/sftp-connector: FTP/SFTP连接。 mongodb-connector: MongoDB连接。 redis-connector: Redis/DCS连接。 kafka-connector: Kafka连接。 dis-connector: DIS连接。 elasticsearch-connector: Elasticsearch/云搜索服务连接。 dli-connector: DLI连接。 http-connector: HTTP/HTTPS连接，该连接暂无连接参数。 dms-kafka-connector: DMSKafka连接

    Constraints: one of: "generic-jdbc-connector", "obs-connector", "hdfs-connector", "hbase-connector", "hive-connector", "ftp-connector", "sftp-connector", "mongodb-connector", "redis-connector", "kafka-connector", "dis-connector", "elasticsearch-connector", "dli-connector", "http-connector", "dms-kafka-connector"."""
    update_date: int | None = Field(
        default=None, validation_alias="update-date", serialization_alias="update-date"
    )
    """更新连接的时间"""
    enabled: bool | None = Field(default=True)
    """是否激活连接，默认为“true”。 Default: true."""
    update_user: str | None = Field(
        default=None, validation_alias="update-user", serialization_alias="update-user"
    )
    """更新连接的用户"""


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
    err_code: str | None = Field(
        default=None, validation_alias="errCode", serialization_alias="errCode"
    )
    """错误码"""
    message: str | None = Field(default=None)
    """报错信息"""
    external_message: str | None = Field(
        default=None, validation_alias="externalMessage", serialization_alias="externalMessage"
    )
    """附加信息"""


class LinkValidationLinkConfig(Model):
    """validationLinkConfig

    Reference section 5.3.1, 5.3.4.
    """

    message: str | None = Field(default=None)
    """错误描述"""
    status: Annotated[Literal["ERROR", "WARNING"], Checked] | None = Field(default=None)
    """ERROR,WARNING 枚举值：
    - ERROR
    - WARNING

    Constraints: one of: "ERROR", "WARNING"."""


class LinkValidationResult(Model):
    """validationResult

    Reference section 5.3.1, 5.3.4.
    """

    link_config: list[LinkValidationLinkConfig] | None = Field(
        default=None, validation_alias="linkConfig", serialization_alias="linkConfig"
    )
    """创建或更新连接校验结果，请参见linkConfig参数说明。"""


class LinkCreateResponse(Model):
    """响应 Body 参数

    创建连接的响应（状态码 200）。

    Reference section 5.3.1.
    """

    name: str | None = Field(default=None)
    """连接名称"""
    validation_result: list[LinkValidationResult] | None = Field(
        default=None, validation_alias="validation-result", serialization_alias="validation-result"
    )
    """校验结构：如果创建连接失败，返回失败原因，请参见validation-result参数说明。如果创建成功，返回空列表。"""


class LinkDeleteErrorBody(Model):
    """响应 Body 参数

    删除连接失败时（状态码 500）的响应 Body（表5-153）。The response itself is typed as the shared ErrorResponse.

    Reference section 5.3.3.
    """

    err_code: str | None = Field(
        default=None, validation_alias="errCode", serialization_alias="errCode"
    )
    """错误码"""
    external_message: str | None = Field(
        default=None, validation_alias="externalMessage", serialization_alias="externalMessage"
    )
    """错误描述。"""


class LinkShowResponse(Model):
    """响应 Body 参数

    查询连接的响应（状态码 200）。

    Reference section 5.3.2.
    """

    links: list[Link] | None = Field(default=None)
    """连接列表，请参见 links 数据结构说明"""
    from_to_un_mapping: str | None = Field(
        default=None, validation_alias="fromTo-unMapping", serialization_alias="fromTo-unMapping"
    )
    """表/文件迁移不支持哪些数据源迁移到哪些数据源"""
    batch_from_to_mapping: str | None = Field(
        default=None,
        validation_alias="batchFromTo-mapping",
        serialization_alias="batchFromTo-mapping",
    )
    """整库迁移支持哪些数据源迁移到哪些数据源"""


class LinkUpdateResponse(Model):
    """响应 Body 参数

    修改连接的响应（状态码 200）。

    Reference section 5.3.4.
    """

    validation_result: list[LinkValidationResult] | None = Field(
        default=None, validation_alias="validation-result", serialization_alias="validation-result"
    )
    """校验结构: 如果创建连接失败, 返回失败原因, 请参见validation-result参数说明。如果创建成功, 返回空列表。"""


class LinkValidationErrorBody(Model):
    """响应 Body 参数

    创建或修改连接失败时（状态码 500）的响应 Body（表5-142、表5-165）。The response itself is typed as the shared ErrorResponse.

    Reference section 5.3.1, 5.3.4.
    """

    message: str | None = Field(default=None)
    """错误描述"""
    status: Annotated[Literal["ERROR", "WARNING"], Checked] | None = Field(default=None)
    """ERROR,WARNING 枚举值:
    - ERROR
    - WARNING

    Constraints: one of: "ERROR", "WARNING"."""

"""Models of dlf/connections.yaml, dlf/schemas/connections.yaml and of the inline objects of the operations of dlf/connections.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
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
]


class Connection(Model):
    """Connection 参数说明

    Reference section 6.4.1, 表6-254; 6.4.2, 表6-263; 6.4.3, 表6-266; 6.4.4, 表6-269.
    """

    name: Annotated[str, Field(max_length=100), Checked]
    """连接名称，只能包含四种字符：英文字母、数字、中划线和下划线，且长度小于等于100个字符。连接名称不能重复。

    Constraints: length <= 100."""
    type_: Annotated[
        Literal["DWS", "DLI", "SparkSQL", "HIVE", "RDS", "CloudTable", "HOST"], Checked
    ] = Field(validation_alias="type", serialization_alias="type")
    """连接类型，包含：
    - DWS
    - DLI
    - SparkSQL
    - HIVE
    - RDS
    - CloudTable
    - HOST

    Constraints: one of: "DWS", "DLI", "SparkSQL", "HIVE", "RDS", "CloudTable", "HOST"."""
    config: dict[str, str | bool] | None = Field(default=None)
    """连接的配置项，不同类型的连接配置项不同。DLI类型的连接不需要配置。config参数，其他类型的连接请参考连接配置项说明。"""
    description: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""


class ConnectionConfigCloudTable(Model):
    """CloudTable 类型的连接配置项说明

    Reference section 6.4.1, 表6-259.
    """

    cluster_name: str = Field(validation_alias="clusterName", serialization_alias="clusterName")
    """CloudTable集群名称
    通过CloudTable管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“表格存储服务”，左侧列表选择集群模式。
    在集群模式中获取到集群名称。"""


class ConnectionConfigDws(Model):
    """DWS 类型的连接配置项说明

    Reference section 6.4.1, 表6-255.
    """

    cluster_name: str | None = Field(
        default=None, validation_alias="clusterName", serialization_alias="clusterName"
    )
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
    user_name: str = Field(validation_alias="userName", serialization_alias="userName")
    """数据库的用户名，创建DWS集群的时候输入的用户名。"""
    password: str = Field(repr=False)
    """数据库的访问密码，创建DWS集群的时候输入的密码。"""
    ssl_enable: bool = Field(validation_alias="sslEnable", serialization_alias="sslEnable")
    """是否使用ssl连接。"""
    kms_key: str = Field(validation_alias="kmsKey", serialization_alias="kmsKey")
    """KMS密钥名称。
    通过KMS管理控制台获取密钥名称：
    1. 登录管理控制台。
    2. 单击“密钥管理服务”，左侧列表选择密钥管理。
    在密钥列表可以获取到密钥名称。"""
    agent_name: str = Field(validation_alias="agentName", serialization_alias="agentName")
    """连接代理，即CDM集群名称。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""


class ConnectionConfigHive(Model):
    """Hive 类型的连接配置项说明

    Reference section 6.4.1, 表6-257.
    """

    cluster_name: str = Field(validation_alias="clusterName", serialization_alias="clusterName")
    """MRS集群名称，例如mrsCluster1"""
    connection_method: Annotated[Literal["agent", "direct"], Checked] = Field(
        validation_alias="connectionMethod", serialization_alias="connectionMethod"
    )
    """连接方式：
    - agent：通过代理连接。
    - direct：直接连接。

    Constraints: one of: "agent", "direct"."""
    user_name: str | None = Field(
        default=None, validation_alias="userName", serialization_alias="userName"
    )
    """MRS集群的用户名，通过代理连接的时候，是必选项。"""
    password: str | None = Field(default=None, repr=False)
    """MRS集群的访问密码，通过代理连接的时候，是必选项。"""
    agent_name: str | None = Field(
        default=None, validation_alias="agentName", serialization_alias="agentName"
    )
    """连接代理，即CDM集群名称。通过代理连接的时候，是必选项。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""
    kms_key: str | None = Field(
        default=None, validation_alias="kmsKey", serialization_alias="kmsKey"
    )
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
    user_name: str = Field(validation_alias="userName", serialization_alias="userName")
    """主机的登录用户名"""
    password: str = Field(repr=False)
    """主机的登录方式为密码时，填写主机的登录密码。"""
    agent_name: str = Field(validation_alias="agentName", serialization_alias="agentName")
    """连接代理，即CDM集群名称。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""
    kms_key: str = Field(validation_alias="kmsKey", serialization_alias="kmsKey")
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
    user_name: str = Field(validation_alias="userName", serialization_alias="userName")
    """数据库的用户名，创建集群的时候，输入的用户名。"""
    password: str = Field(repr=False)
    """数据库的访问密码，创建集群的时候，输入的密码。"""
    kms_key: str = Field(validation_alias="kmsKey", serialization_alias="kmsKey")
    """KMS密钥名称。
    通过KMS管理控制台获取密钥名称：
    1. 登录管理控制台。
    2. 单击“密钥管理服务”，左侧列表选择密钥管理。
    在密钥列表可以获取到密钥名称。"""
    agent_name: str = Field(validation_alias="agentName", serialization_alias="agentName")
    """连接代理，即CDM集群名称。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""
    driver_name: Annotated[Literal["com.mysql.jdbc.Driver", "org.postgresql.Driver"], Checked] = (
        Field(validation_alias="driverName", serialization_alias="driverName")
    )
    """驱动程序名称：
    - com.mysql.jdbc.Driver
    - org.postgresql.Driver

    Constraints: one of: "com.mysql.jdbc.Driver", "org.postgresql.Driver"."""
    driver_path: str = Field(validation_alias="driverPath", serialization_alias="driverPath")
    """驱动在OBS上路径。"""


class ConnectionConfigSparkSql(Model):
    """Spark SQL 类型的连接配置项说明

    Reference section 6.4.1, 表6-256.
    """

    cluster_name: str = Field(validation_alias="clusterName", serialization_alias="clusterName")
    """MRS集群名称。
    通过MRS管理控制台获取集群名称：
    1. 登录管理控制台。
    2. 单击“MapReduce服务”，左侧列表选择现有集群。
    在现有集群中可以获取到集群名称，例如mrsCluster1。"""
    connection_method: Annotated[Literal["agent", "direct"], Checked] = Field(
        validation_alias="connectionMethod", serialization_alias="connectionMethod"
    )
    """连接方式：
    - agent：通过代理连接。
    - direct：直接连接。

    Constraints: one of: "agent", "direct"."""
    user_name: str | None = Field(
        default=None, validation_alias="userName", serialization_alias="userName"
    )
    """MRS集群的用户名，通过代理连接的时候，是必选项。"""
    password: str | None = Field(default=None, repr=False)
    """MRS集群的访问密码，通过代理连接的时候，是必选项。"""
    agent_name: str | None = Field(
        default=None, validation_alias="agentName", serialization_alias="agentName"
    )
    """连接代理，即CDM集群名称。通过代理连接的时候，是必选项。
    通过DataArts Studio管理控制台 > 数据集成，在批量数据迁移集群列表可以获取到集群名称。"""
    kms_key: str | None = Field(
        default=None, validation_alias="kmsKey", serialization_alias="kmsKey"
    )
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
    type_: str = Field(validation_alias="type", serialization_alias="type")
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
    same_name_policy: Annotated[Literal["SKIP", "OVERWRITE"], Checked] | None = Field(
        default="SKIP", validation_alias="sameNamePolicy", serialization_alias="sameNamePolicy"
    )
    """重名策略
    - SKIP：跳过
    - OVERWRITE：覆盖。
    默认值是SKIP

    Constraints: one of: "SKIP", "OVERWRITE". Default: "SKIP"."""


class ConnectionImportResponse(Model):
    """导入连接响应参数

    Reference section 6.4.7, 响应参数.
    """

    task_id: str = Field(validation_alias="taskId", serialization_alias="taskId")
    """任务ID, 请调用查询系统任务接口获取导入状态。"""


class ConnectionList(Model):
    """查询连接列表响应

    Reference section 6.4.2, 响应参数.
    """

    total: int
    """总的连接个数"""
    connections: list[Connection]
    """连接列表"""

"""Models of cdm/schemas/connectors_link.yaml and of the inline objects of the operations of cdm/connectors_link.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
    "CloudTableLinkConfig",
    "DisLinkConfig",
    "DliLinkConfig",
    "DmsKafkaLinkConfig",
    "ElasticsearchLinkConfig",
    "FtpSftpLinkConfig",
    "HbaseLinkConfig",
    "HdfsLinkConfig",
    "HiveLinkConfig",
    "KafkaLinkConfig",
    "MongodbLinkConfig",
    "ObsLinkConfig",
    "RedisLinkConfig",
    "RelationalDatabaseLinkConfig",
]


class CloudTableLinkConfig(Model):
    """CloudTable 连接

    通过CloudTable连接，可以对CloudTable服务抽取、加载数据。
    本示例为连接样例消息体。在实际使用中，AK（accessKey）和SK（securityKey）建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。

    Reference section 5.4.1.5.
    """

    link_config_hbase_type: Annotated[
        Literal["CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"], Checked
    ] = Field(validation_alias="linkConfig.hbaseType", serialization_alias="linkConfig.hbaseType")
    """HBase类型：
    - CloudTable：表示连接CloudTable服务。
    - MRS：表示连接MRS。
    - FusionInsight HD：表示连接FusionInsight HD。
    - Apache Hadoop：表示连接开源Apache Hadoop。

    Constraints: one of: "CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"."""
    link_config_zookeeper_quorum: str = Field(
        validation_alias="linkConfig.zookeeperQuorum",
        serialization_alias="linkConfig.zookeeperQuorum",
    )
    """连接“CloudTable”时必选，表示CloudTable的ZooKeeper链接地址。"""
    link_config_iam_auth: bool = Field(
        validation_alias="linkConfig.iamAuth", serialization_alias="linkConfig.iamAuth"
    )
    """当选择IAM统一身份认证时，需要输入用户名、AK和SK。"""
    link_config_run_mode: Annotated[Literal["EMBEDDED", "STANDALONE"], Checked] = Field(
        validation_alias="linkConfig.runMode", serialization_alias="linkConfig.runMode"
    )
    """选择HBase连接的运行模式：
    - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
    - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。

    Constraints: one of: "EMBEDDED", "STANDALONE"."""
    link_config_cloudtable_user: str = Field(
        validation_alias="linkConfig.cloudtableUser",
        serialization_alias="linkConfig.cloudtableUser",
    )
    """登录CloudTable集群的用户名。"""
    link_config_access_key: str = Field(
        validation_alias="linkConfig.accessKey", serialization_alias="linkConfig.accessKey"
    )
    """登录CloudTable集群的访问标识。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""
    link_config_security_key: str = Field(
        validation_alias="linkConfig.securityKey",
        serialization_alias="linkConfig.securityKey",
        repr=False,
    )
    """登录CloudTable集群的密钥。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""


class DisLinkConfig(Model):
    """DIS 连接

    通过DIS连接可以与DIS建立连接，并按照用户指定配置将DIS中的数据迁移到其他数据源。

    Reference section 5.4.1.11.
    """

    link_config_region: str = Field(
        validation_alias="linkConfig.region", serialization_alias="linkConfig.region"
    )
    """DIS服务所属地域。"""
    link_config_endpoint: str = Field(
        validation_alias="linkConfig.endpoint", serialization_alias="linkConfig.endpoint"
    )
    """待连接DIS的URL，URL格式为https://Endpoint。"""
    link_config_ak: str = Field(
        validation_alias="linkConfig.ak", serialization_alias="linkConfig.ak"
    )
    """DIS服务端的AK。"""
    link_config_sk: str = Field(
        validation_alias="linkConfig.sk", serialization_alias="linkConfig.sk", repr=False
    )
    """DIS服务端的SK。"""
    link_config_project_id: str = Field(
        validation_alias="linkConfig.projectId", serialization_alias="linkConfig.projectId"
    )
    """项目ID，获取方法请参见 项目ID和账号ID 。"""


class DliLinkConfig(Model):
    """DLI 连接

    通过DLI连接，可以导入数据到数据湖探索（DLI）服务，CDM暂不支持从DLI服务导出数据。

    Reference section 5.4.1.13.
    """

    link_config_ak: str = Field(
        validation_alias="linkConfig.ak", serialization_alias="linkConfig.ak"
    )
    """登录DLI数据库的AK。"""
    link_config_sk: str = Field(
        validation_alias="linkConfig.sk", serialization_alias="linkConfig.sk", repr=False
    )
    """登录DLI数据库的SK。"""
    link_config_region: str = Field(
        validation_alias="linkConfig.region", serialization_alias="linkConfig.region"
    )
    """DLI服务所在的区域。"""
    link_config_project_id: str = Field(
        validation_alias="linkConfig.projectId", serialization_alias="linkConfig.projectId"
    )
    """DLI服务的项目ID。"""


class DmsKafkaLinkConfig(Model):
    """DMS Kafka 连接

    通过DMS Kafka连接，可以连接DMS Kafka普通队列或者专享版Kafka。目前仅支持从DMS Kafka导出数据到云搜索服务。

    Reference section 5.4.1.14.
    """

    link_config_kafka_type: Annotated[Literal["Basic", "Platinum"], Checked] = Field(
        validation_alias="linkConfig.kafkaType", serialization_alias="linkConfig.kafkaType"
    )
    """选择DMS Kafka版本,目前只有专享版。
    - Basic: 指DMS Kafka普通队列。
    - Platinum: 指DMS Kafka专享版。

    Constraints: one of: "Basic", "Platinum"."""
    link_config_broker_list: str = Field(
        validation_alias="linkConfig.brokerList", serialization_alias="linkConfig.brokerList"
    )
    """DMS Endpoint格式为“host1:port1,host2:port2”。"""
    link_config_is_platinum_instance: bool = Field(
        validation_alias="linkConfig.isPlatinumInstance",
        serialization_alias="linkConfig.isPlatinumInstance",
    )
    """选择是否打开客户端连接Kafka专享版实例时SSL认证的开关。 开启Kafka SASL_SSL, 则数据加密传输, 安全性更高, 但性能会下降。"""
    link_config_user: str | None = Field(
        default=None, validation_alias="linkConfig.user", serialization_alias="linkConfig.user"
    )
    """开启Kafka SASL_SSL时显示该参数, 表示连接DMS Kafka的用户名。"""
    link_config_password: str | None = Field(
        default=None,
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """开启Kafka SASL_SSL时显示该参数, 表示连接DMS Kafka的密码。"""


class ElasticsearchLinkConfig(Model):
    """Elasticsearch/云搜索服务(CSS)连接

    通过Elasticsearch连接，可以对Elasticsearch服务器或云搜索服务抽取、加载数据。

    Reference section 5.4.1.12.
    """

    link_config_host: str = Field(
        validation_alias="linkConfig.host", serialization_alias="linkConfig.host"
    )
    """配置为Elasticsearch服务器的IP地址或域名，包括端口号，格式为“ip:port”，多个地址之间使用分号(;)分隔，例如：192.168.0.1:9200;192.168.0.2:9200。"""
    link_config_safemode: bool | None = Field(
        default=None,
        validation_alias="linkConfig.safemode",
        serialization_alias="linkConfig.safemode",
    )
    """当选择安全模式认证时，需要输入用户名、密码和选择是否https访问。"""
    link_config_user: str | None = Field(
        default=None, validation_alias="linkConfig.user", serialization_alias="linkConfig.user"
    )
    """对于支持用户名密码鉴权的Elasticsearch，需要在创建连接时配置用户名和密码。"""
    link_config_password: str | None = Field(
        default=None,
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """登录Elasticsearch的密码。"""
    link_config_link_type: str = Field(
        validation_alias="linkConfig.linkType", serialization_alias="linkConfig.linkType"
    )
    """连接类型，用于区分连接的是Elasticsearch或云搜索服务。"""


class FtpSftpLinkConfig(Model):
    """FTP/SFTP 连接

    通过FTP或SFTP连接，可以对FTP或SFTP服务器抽取或加载文件，支持CSV、二进制和JSON格式。
    FTP和SFTP的连接参数相同。

    Reference section 5.4.1.7.
    """

    link_config_server: str = Field(
        validation_alias="linkConfig.server", serialization_alias="linkConfig.server"
    )
    """FTP或SFTP服务器的地址。"""
    link_config_port: str = Field(
        validation_alias="linkConfig.port", serialization_alias="linkConfig.port"
    )
    """FTP或SFTP服务器端口号。"""
    link_config_username: str = Field(
        validation_alias="linkConfig.username", serialization_alias="linkConfig.username"
    )
    """登录FTP或SFTP服务器的用户名。"""
    link_config_password: str = Field(
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """登录用户的密码。"""


class HbaseLinkConfig(Model):
    """HBase 连接

    通过HBase连接，可以对MRS、FusionInsight HD、Apache Hadoop的HBase抽取、加载数据。

    Reference section 5.4.1.4.
    """

    link_config_hbase_type: Annotated[
        Literal["CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"], Checked
    ] = Field(validation_alias="linkConfig.hbaseType", serialization_alias="linkConfig.hbaseType")
    """HBase类型：
    - CloudTable：表示连接CloudTable服务。
    - MRS：表示连接MRS的HBase。
    - FusionInsight HD：表示连接FusionInsight HD的HBase。
    - Apache Hadoop：表示连接开源Apache Hadoop的HBase。

    Constraints: one of: "CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"."""
    link_config_uri: str | None = Field(
        default=None, validation_alias="linkConfig.uri", serialization_alias="linkConfig.uri"
    )
    """连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”。"""
    link_config_host: str | None = Field(
        default=None, validation_alias="linkConfig.host", serialization_alias="linkConfig.host"
    )
    """连接MRS或FusionInsight HD时，需要配置Manager平台的IP地址。"""
    link_config_port: str | None = Field(
        default=None, validation_alias="linkConfig.port", serialization_alias="linkConfig.port"
    )
    """连接FusionInsight HD时，需要配置Manager平台的端口。"""
    link_config_cas_port: str | None = Field(
        default=None,
        validation_alias="linkConfig.casPort",
        serialization_alias="linkConfig.casPort",
    )
    """连接FusionInsight HD时，需要配置与FusionInsight HD对接的CAS Server的端口。"""
    link_config_h_base_version: Annotated[Literal["HBASE_1_X", "HBASE_2_X"], Checked] = Field(
        validation_alias="linkConfig.hBaseVersion", serialization_alias="linkConfig.hBaseVersion"
    )
    """HBase版本：
    - HBASE_1_X
    - HBASE_2_X

    Constraints: one of: "HBASE_1_X", "HBASE_2_X"."""
    link_config_user: str | None = Field(
        default=None, validation_alias="linkConfig.user", serialization_alias="linkConfig.user"
    )
    """登录Manager平台的用户名，使用集群配置时不用配置"""
    link_config_password: str | None = Field(
        default=None,
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """登录Manager平台的密码，使用集群配置时不用配置"""
    link_config_auth_type: (
        Annotated[Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="linkConfig.authType",
        serialization_alias="linkConfig.authType",
    )
    """认证类型，分为以下两种：
    - Simple：非安全模式选择Simple鉴权。
    - Kerberos：安全模式选择Kerberos鉴权。

    Constraints: one of: "Simple", "Kerberos", "SIMPLE", "KERBEROS"."""
    link_config_principal: str | None = Field(
        default=None,
        validation_alias="linkConfig.principal",
        serialization_alias="linkConfig.principal",
    )
    """Kerberos认证所需的Principal，您也可以联系管理员获取此账号。"""
    link_config_keytab: str | None = Field(
        default=None, validation_alias="linkConfig.keytab", serialization_alias="linkConfig.keytab"
    )
    """Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。"""
    link_config_service_type: str | None = Field(
        default=None,
        validation_alias="linkConfig.serviceType",
        serialization_alias="linkConfig.serviceType",
    )
    """服务类型。目前支持HDFS和HBase。"""
    link_config_run_mode: Annotated[Literal["EMBEDDED", "STANDALONE", "Agent"], Checked] | None = (
        Field(
            default=None,
            validation_alias="linkConfig.runMode",
            serialization_alias="linkConfig.runMode",
        )
    )
    """“HBase_2_X”版本支持该参数。支持以下模式：
    - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
    - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。选择STANDALONE模式时，CDM支持在多个MRS集群的HDFS之间迁移数据。
    - Agent：连接实例运行在Agent上。若不使用AGENT运行模式，且在一个CDM中同时连接两个及以上开启Kerberos认证且realm相同的集群，只能使用EMBEDDED运行模式连接其中一个集群，其余需使用STANDALONE。

    Constraints: one of: "EMBEDDED", "STANDALONE", "Agent"."""
    link_config_properties: dict[str, str] | None = Field(
        default=None,
        validation_alias="linkConfig.properties",
        serialization_alias="linkConfig.properties",
    )
    """属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值"""


class HdfsLinkConfig(Model):
    """HDFS 连接

    通过HDFS连接，可以对MRS、FusionInsight HD或开源Hadoop的HDFS抽取、加载文件，支持CSV、Parquet和二进制格式。

    Reference section 5.4.1.3.
    """

    link_config_hadoop_type: Annotated[
        Literal["MRS", "FusionInsight HD", "Apache Hadoop"], Checked
    ] = Field(validation_alias="linkConfig.hadoopType", serialization_alias="linkConfig.hadoopType")
    """Hadoop类型：
    - MRS：表示连接MRS的HDFS。
    - FusionInsight HD：表示连接FusionInsight HD的HDFS。
    - Apache Hadoop：表示连接开源Apache Hadoop的HDFS。

    Constraints: one of: "MRS", "FusionInsight HD", "Apache Hadoop"."""
    link_config_uri: str | None = Field(
        default=None, validation_alias="linkConfig.uri", serialization_alias="linkConfig.uri"
    )
    """连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”。"""
    link_config_host: str | None = Field(
        default=None, validation_alias="linkConfig.host", serialization_alias="linkConfig.host"
    )
    """连接MRS或FusionInsight HD时，需要配置Manager平台的IP地址。"""
    link_config_port: str | None = Field(
        default=None, validation_alias="linkConfig.port", serialization_alias="linkConfig.port"
    )
    """连接FusionInsight HD时，需要配置Manager平台的端口。"""
    link_config_cas_port: str | None = Field(
        default=None,
        validation_alias="linkConfig.casPort",
        serialization_alias="linkConfig.casPort",
    )
    """连接FusionInsight HD时，需要配置与FusionInsight HD对接的CAS Server的端口。"""
    link_config_user: str | None = Field(
        default=None, validation_alias="linkConfig.user", serialization_alias="linkConfig.user"
    )
    """登录Manager平台的用户名，使用集群配置时不用配置"""
    link_config_password: str | None = Field(
        default=None,
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """登录Manager平台的密码，使用集群配置时不用配置"""
    link_config_auth_type: (
        Annotated[Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="linkConfig.authType",
        serialization_alias="linkConfig.authType",
    )
    """认证类型，分为以下两种：
    - Simple：非安全模式选择Simple鉴权。
    - Kerberos：安全模式选择Kerberos鉴权。

    Constraints: one of: "Simple", "Kerberos", "SIMPLE", "KERBEROS"."""
    link_config_principal: str | None = Field(
        default=None,
        validation_alias="linkConfig.principal",
        serialization_alias="linkConfig.principal",
    )
    """Kerberos认证所需的Principal，您也可以联系管理员获取此账号。使用集群配置前需在集群配置管理中配置此参数。"""
    link_config_keytab: str | None = Field(
        default=None, validation_alias="linkConfig.keytab", serialization_alias="linkConfig.keytab"
    )
    """Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。使用集群配置前需在集群配置管理中配置此参数。"""
    link_config_run_mode: Annotated[Literal["EMBEDDED", "STANDALONE", "Agent"], Checked] | None = (
        Field(
            default=None,
            validation_alias="linkConfig.runMode",
            serialization_alias="linkConfig.runMode",
        )
    )
    """选择HDFS连接的运行模式：
    - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
    - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。选择STANDALONE模式时，CDM支持在多个MRS集群的HDFS之间迁移数据。
    - Agent：连接实例运行在Agent上。若不使用AGENT运行模式，且在一个CDM中同时连接两个及以上开启Kerberos认证且realm相同的集群，只能使用EMBEDDED运行模式连接其中一个集群，其余需使用STANDALONE。

    Constraints: one of: "EMBEDDED", "STANDALONE", "Agent"."""
    link_config_properties: dict[str, str] | None = Field(
        default=None,
        validation_alias="linkConfig.properties",
        serialization_alias="linkConfig.properties",
    )
    """属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值"""


class HiveLinkConfig(Model):
    """Hive 连接

    通过Hive连接，可以对MRS的Hive数据源进行抽取、加载数据。
    本示例为连接样例消息体。在实际使用中，AK（accessKey）和SK（securityKey）建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。

    Reference section 5.4.1.6.
    """

    link_config_host: str = Field(
        validation_alias="linkConfig.host", serialization_alias="linkConfig.host"
    )
    """MRS Manager的IP地址。"""
    link_config_auth_type: Annotated[Literal["SIMPLE", "KERBEROS"], Checked] = Field(
        validation_alias="linkConfig.authType", serialization_alias="linkConfig.authType"
    )
    """访问MRS的认证类型：
    - SIMPLE：非安全模式选择Simple鉴权。
    - KERBEROS：安全模式选择Kerberos鉴权。

    Constraints: one of: "SIMPLE", "KERBEROS"."""
    link_config_principal: str | None = Field(
        default=None,
        validation_alias="linkConfig.principal",
        serialization_alias="linkConfig.principal",
    )
    """Kerberos认证所需的Principal，您也可以联系管理员获取此账号。使用集群配置前需在集群配置管理中配置此参数。"""
    link_config_keytab: str | None = Field(
        default=None, validation_alias="linkConfig.keytab", serialization_alias="linkConfig.keytab"
    )
    """Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。使用集群配置前需在集群配置管理中配置此参数。"""
    link_config_hive_version: Annotated[Literal["HIVE_1_X", "HIVE_3_X"], Checked] = Field(
        validation_alias="linkConfig.hiveVersion", serialization_alias="linkConfig.hiveVersion"
    )
    """Hive版本：
    - HIVE_1_X
    - HIVE_3_X

    Constraints: one of: "HIVE_1_X", "HIVE_3_X"."""
    link_config_user: str | None = Field(
        default=None, validation_alias="linkConfig.user", serialization_alias="linkConfig.user"
    )
    """登录Manager平台的用户名，使用集群配置时不用配置"""
    link_config_password: str | None = Field(
        default=None,
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """登录Manager平台的密码，使用集群配置时不用配置"""
    link_config_uri: str | None = Field(
        default=None, validation_alias="linkConfig.uri", serialization_alias="linkConfig.uri"
    )
    """连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”"""
    link_config_hive_ms_uris: str | None = Field(
        default=None,
        validation_alias="linkConfig.hiveMsUris",
        serialization_alias="linkConfig.hiveMsUris",
    )
    """连接Apache Hadoop时的Hive元数据地址，参考hive.metastore.uris配置项。例如：thrift://host-192-168-1-212:9083"""
    link_config_obs_support: bool = Field(
        validation_alias="linkConfig.obsSupport", serialization_alias="linkConfig.obsSupport"
    )
    """需服务端支持OBS存储。在创建Hive表时，您可以指定将表存储在OBS中。"""
    link_config_run_mode: Annotated[Literal["EMBEDDED", "STANDALONE"], Checked] | None = Field(
        default=None,
        validation_alias="linkConfig.runMode",
        serialization_alias="linkConfig.runMode",
    )
    """“HIVE_3_X”版本支持该参数。支持以下模式：
    - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
    - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式或者配置不同的Agent。
    说明：STANDALONE模式主要是用来解决版本冲突问题的运行模式。当同一种数据连接的源端或者目的端连接器的版本不一致时，存在jar包冲突的情况，这时需要将源端或目的端放在STANDALONE进程里，防止冲突导致迁移失败。

    Constraints: one of: "EMBEDDED", "STANDALONE"."""
    link_config_access_key: str | None = Field(
        default=None,
        validation_alias="linkConfig.accessKey",
        serialization_alias="linkConfig.accessKey",
    )
    """访问标识（AK）。obs支持选是时需配置此参数。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""
    link_config_security_key: str | None = Field(
        default=None,
        validation_alias="linkConfig.securityKey",
        serialization_alias="linkConfig.securityKey",
        repr=False,
    )
    """密钥（SK）。obs支持选是时需配置此参数。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""
    link_config_properties: dict[str, str] | None = Field(
        default=None,
        validation_alias="linkConfig.properties",
        serialization_alias="linkConfig.properties",
    )
    """属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值"""


class KafkaLinkConfig(Model):
    """Kafka 连接

    通过Kafka连接器可以与开源的Kafka数据源建立连接，并按照用户指定配置将Kafka中的数据迁移到其它数据源。目前仅支持从Kafka导出数据。

    Reference section 5.4.1.10.
    """

    link_config_hadoop_type: Annotated[Literal["MRS", "Apache Kafka"], Checked] = Field(
        validation_alias="linkConfig.hadoopType", serialization_alias="linkConfig.hadoopType"
    )
    """Hadoop类型：
    - MRS：表示连接MRS的Kafka。
    - Apache Kafka：表示连接Apache Kafka的Kafka。

    Constraints: one of: "MRS", "Apache Kafka"."""
    link_config_broker_list: str | None = Field(
        default=None,
        validation_alias="linkConfig.brokerList",
        serialization_alias="linkConfig.brokerList",
    )
    """Apache Kafka 连接需配置此参数。Kafka broker列表，格式如：“host1:port1,host2:port2”。"""
    link_config_host: str = Field(
        validation_alias="linkConfig.host", serialization_alias="linkConfig.host"
    )
    """MRS Manager的浮动IP地址，可以单击输入框后的“选择”来选定已创建的MRS集群，CDM会自动填充下面的鉴权参数。"""
    link_config_user: str = Field(
        validation_alias="linkConfig.user", serialization_alias="linkConfig.user"
    )
    """登录MRS Manager平台的用户名。"""
    link_config_password: str = Field(
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """登录MRS Manager平台的密码。"""
    link_config_auth_type: Annotated[
        Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"], Checked
    ] = Field(validation_alias="linkConfig.authType", serialization_alias="linkConfig.authType")
    """认证类型，分为以下两种：
    - Simple：非安全模式选择 Simple 鉴权。
    - Kerberos：安全模式选择 Kerberos 鉴权。

    Constraints: one of: "Simple", "Kerberos", "SIMPLE", "KERBEROS"."""
    link_config_properties: dict[str, str] | None = Field(
        default=None,
        validation_alias="linkConfig.properties",
        serialization_alias="linkConfig.properties",
    )
    """属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值"""


class MongodbLinkConfig(Model):
    """MongoDB 连接

    通过MongoDB连接，可以对MongoDB服务器抽取、加载数据。

    Reference section 5.4.1.8.
    """

    link_config_server_list: str = Field(
        validation_alias="linkConfig.serverList", serialization_alias="linkConfig.serverList"
    )
    """服务器地址列表，格式如：“host1:port1;host2:port2”。"""
    link_config_database: str = Field(
        validation_alias="linkConfig.database", serialization_alias="linkConfig.database"
    )
    """MongoDB的数据库名称。"""
    link_config_user_name: str = Field(
        validation_alias="linkConfig.userName", serialization_alias="linkConfig.userName"
    )
    """连接MongoDB服务器的用户名。"""
    link_config_password: str = Field(
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """连接MongoDB服务器的密码。"""


class ObsLinkConfig(Model):
    """OBS 连接

    通过OBS连接，可以对对象存储服务（Object Storage Service，简称OBS）抽取或加载文件，支持CSV、JSON和二进制格式。
    本示例为连接样例消息体。在实际使用中，AK（accessKey）和SK（securityKey）建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。

    Reference section 5.4.1.2.
    """

    link_config_storage_type: str = Field(
        validation_alias="linkConfig.storageType", serialization_alias="linkConfig.storageType"
    )
    """对象存储的类型。"""
    link_config_server: str = Field(
        validation_alias="linkConfig.server", serialization_alias="linkConfig.server"
    )
    """OBS服务器的终端节点（Endpoint）。"""
    link_config_port: str = Field(
        validation_alias="linkConfig.port", serialization_alias="linkConfig.port"
    )
    """数据传输协议端口，https是443，http是80。"""
    link_config_access_key: str = Field(
        validation_alias="linkConfig.accessKey", serialization_alias="linkConfig.accessKey"
    )
    """访问标识（AK）。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""
    link_config_security_key: str = Field(
        validation_alias="linkConfig.securityKey",
        serialization_alias="linkConfig.securityKey",
        repr=False,
    )
    """密钥（SK）。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。"""


class RedisLinkConfig(Model):
    """Redis 连接

    通过Redis连接，可以对Redis服务器抽取或加载数据。

    Reference section 5.4.1.9.
    """

    link_config_deployment_mode: Annotated[Literal["Single", "Cluster"], Checked] = Field(
        validation_alias="linkConfig.deploymentMode",
        serialization_alias="linkConfig.deploymentMode",
    )
    """Redis部署方式：
    - Single：表示单机部署。
    - Cluster：表示集群部署。

    Constraints: one of: "Single", "Cluster"."""
    link_config_serverlist: str = Field(
        validation_alias="linkConfig.serverlist", serialization_alias="linkConfig.serverlist"
    )
    """服务器地址列表，格式如：“host1:port1;host2:port2”。"""
    link_config_password: str = Field(
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """连接Redis服务器的密码。"""
    link_config_db_index: str = Field(
        validation_alias="linkConfig.dbIndex", serialization_alias="linkConfig.dbIndex"
    )
    """Redis数据库索引。"""


class RelationalDatabaseLinkConfig(Model):
    """关系数据库连接

    通过JDBC连接，可以对以下关系型数据库抽取、加载数据：
    - 云数据库 PostgreSQL
    - 云数据库 SQL Server
    - PostgreSQL
    - Microsoft SQL Server

    Reference section 5.4.1.1.
    """

    link_config_database_type: Annotated[
        Literal["ORACLE", "MYSQL", "SQLSERVER", "DB2", "POSTGRESQL", "DWS", "DDM", "SAP HANA"],
        Checked,
    ] = Field(
        validation_alias="linkConfig.databaseType", serialization_alias="linkConfig.databaseType"
    )
    """数据库类型：
    - ORACLE
    - MYSQL
    - SQLSERVER
    - DB2
    - POSTGRESQL
    - DWS
    - DDM
    - SAP HANA

    Constraints: one of: "ORACLE", "MYSQL", "SQLSERVER", "DB2", "POSTGRESQL", "DWS", "DDM", "SAP HANA"."""
    link_config_host: str = Field(
        validation_alias="linkConfig.host", serialization_alias="linkConfig.host"
    )
    """数据库服务器地址。"""
    link_config_port: str = Field(
        validation_alias="linkConfig.port", serialization_alias="linkConfig.port"
    )
    """数据库服务器的端口号。"""
    link_config_databaseconfig: Annotated[Literal["SERVICENAME", "SID"], Checked] | None = Field(
        default=None,
        validation_alias="linkConfig.databaseconfig",
        serialization_alias="linkConfig.databaseconfig",
    )
    """创建Oracle连接时才有该参数，选择Oracle数据库连接类型：
    - SERVICENAME：通过SERVICE_NAME连接Oracle数据库。
    - SID：通过SID连接Oracle数据库。

    Constraints: one of: "SERVICENAME", "SID"."""
    link_config_sidname: str | None = Field(
        default=None,
        validation_alias="linkConfig.sidname",
        serialization_alias="linkConfig.sidname",
    )
    """配置Oracle实例ID，用于实例区分各个数据库。创建Oracle连接，且linkConfig.databaseconfig（数据库连接类型）选择为“SID”时才有该参数。"""
    link_config_database: str | None = Field(
        default=None,
        validation_alias="linkConfig.database",
        serialization_alias="linkConfig.database",
    )
    """数据库名称。"""
    link_config_username: str = Field(
        validation_alias="linkConfig.username", serialization_alias="linkConfig.username"
    )
    """用户名。"""
    link_config_password: str = Field(
        validation_alias="linkConfig.password",
        serialization_alias="linkConfig.password",
        repr=False,
    )
    """用户密码。"""
    link_config_use_agent: bool = Field(
        validation_alias="linkConfig.useAgent", serialization_alias="linkConfig.useAgent"
    )
    """选择是否通过agent从源端获取数据。"""
    link_config_fetch_size: str | None = Field(
        default=None,
        validation_alias="linkConfig.fetchSize",
        serialization_alias="linkConfig.fetchSize",
    )
    """每次请求获取的数据行数。"""
    link_config_commit_size: str | None = Field(
        default=None,
        validation_alias="linkConfig.commitSize",
        serialization_alias="linkConfig.commitSize",
    )
    """每次请求提交的数据行数。"""
    link_config_using_native: bool | None = Field(
        default=None,
        validation_alias="linkConfig.usingNative",
        serialization_alias="linkConfig.usingNative",
    )
    """是否使用数据库本地API加速。 创建MySQL连接时，使用本地API加速，可以使用MySQL的LOAD DATA功能加快数据导入，提高导入数据到MySQL数据库的性能。
    说明 REPLACE 和 IGNORE 修饰符用于处理与现有行具有相同唯一键值（PRIMARY KEY或UNIQUE索引值）的新输入的行。
    - 约束冲突处理配置为"replace into"或"local"，使用REPLACE，与现有行中的唯一键值具有相同值的新行将替换现有行。
    - 约束冲突处理配置为"insert into"，默认使用IGNORE，与唯一键值上的现有行重复的新行将被丢弃，任务不会终止。因为Mysql服务机制无法在操作过程中停止文件传输，此情况下，CDM界面显示写入记录与实际更新行数会不一致。
    Mysql Local模式详情请参见： https://dev.mysql.com/doc/refman/8.0/en/load-data.html"""
    link_config_is_rds: bool | None = Field(
        default=None, validation_alias="linkConfig.isRds", serialization_alias="linkConfig.isRds"
    )
    """是否支持RDS服务，云数据库默认true，其余默认false"""
    link_config_use_ssl: bool | None = Field(
        default=None, validation_alias="linkConfig.useSSL", serialization_alias="linkConfig.useSSL"
    )
    """是否使用加密传输，支持对RDS服务启用SSL加密传输，仅在创建dws连接时才有此参数。"""
    link_config_jdbc_properties: dict[str, str] | None = Field(
        default=None,
        validation_alias="linkConfig.jdbcProperties",
        serialization_alias="linkConfig.jdbcProperties",
    )
    """连接属性，指定数据源的JDBC连接器的属性，参考对应数据库的JDBC连接器说明文档进行配置。"""
    link_config_version: (
        Annotated[Literal["HIGH_VERSION", "MED_VERSION", "LOW_VERSION"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="linkConfig.version",
        serialization_alias="linkConfig.version",
    )
    """创建Oracle连接时才有该参数，根据您的Oracle数据库的版本来选择。
    - HIGH_VERSION: 当您的Oracle数据库版本高于12.1时，选择该值。
    - MED_VERSION: 当您的Oracle数据库版本为12.1时，选择该值。
    - LOW_VERSION: 当您的Oracle数据库版本低于12.1时，选择该值。
    当出现“java.sql.SQLException: Protocol violation异常”时，可以尝试更换版本号。

    Constraints: one of: "HIGH_VERSION", "MED_VERSION", "LOW_VERSION"."""
    dialect_identifier_enclose: str | None = Field(
        default=None,
        validation_alias="dialect.identifierEnclose",
        serialization_alias="dialect.identifierEnclose",
    )
    """引用符号，连接引用表名或列名时的分隔符号，参考对应数据库的产品文档进行配置。"""

"""The connector helpers of role link: typed builders of the configs of a link or job.

Generated from the spec's `x-connector` schemas: do not edit. Each helper checks its arguments
(unknown, missing, wrong type, value not in the enumeration) before anything is sent and returns
the `{inputs: [{name, value}], name}` groups the API expects: in the model the spec names for
the role (`x-connector-roles`), ready for the link or job body, or as a plain list.
"""

from __future__ import annotations

from typing import Any, Literal

from .._connectors import Connector, build, into, load
from ..models.cdm.links import LinkConfigValues

__all__ = [
    "CATALOGUE",
    "cloud_table_link",
    "dis_link",
    "dli_link",
    "dms_kafka_link",
    "elasticsearch_link",
    "ftp_sftp_link",
    "hbase_link",
    "hdfs_link",
    "hive_link",
    "kafka_link",
    "mongodb_link",
    "obs_link",
    "redis_link",
    "relational_database_link",
]

# The kinds of this module, from link_config.json: name, role, and each parameter's input
# name, argument, JSON type, required, enumeration and secret flag.
CATALOGUE: dict[str, Connector] = load(__package__ or "dataarts.connectors", "link_config.json")


def cloud_table_link(
    *,
    hbase_type: Literal["CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"],
    zookeeper_quorum: str,
    iam_auth: bool,
    run_mode: Literal["EMBEDDED", "STANDALONE"],
    cloudtable_user: str,
    access_key: str,
    security_key: str,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """CloudTable 连接 (link parameters, reference 5.4.1.5).

    connector-name: hbase-connector

    Kinds: CloudTable

    Args:
        hbase_type: ``linkConfig.hbaseType`` (required). HBase类型：
            - CloudTable：表示连接CloudTable服务。
            - MRS：表示连接MRS。
            - FusionInsight HD：表示连接FusionInsight HD。
            - Apache Hadoop：表示连接开源Apache Hadoop。
        zookeeper_quorum: ``linkConfig.zookeeperQuorum`` (required). 连接“CloudTable”时必选，表示CloudTable的ZooKeeper链接地址。
        iam_auth: ``linkConfig.iamAuth`` (required). 当选择IAM统一身份认证时，需要输入用户名、AK和SK。
        run_mode: ``linkConfig.runMode`` (required). 选择HBase连接的运行模式：
            - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
            - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。
        cloudtable_user: ``linkConfig.cloudtableUser`` (required). 登录CloudTable集群的用户名。
        access_key: ``linkConfig.accessKey`` (required). 登录CloudTable集群的访问标识。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。
        security_key: ``linkConfig.securityKey`` (required). 登录CloudTable集群的密钥。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["CloudTableLinkConfig"],
        {
            "linkConfig.hbaseType": hbase_type,
            "linkConfig.zookeeperQuorum": zookeeper_quorum,
            "linkConfig.iamAuth": iam_auth,
            "linkConfig.runMode": run_mode,
            "linkConfig.cloudtableUser": cloudtable_user,
            "linkConfig.accessKey": access_key,
            "linkConfig.securityKey": security_key,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def dis_link(
    *,
    region: str,
    endpoint: str,
    ak: str,
    sk: str,
    project_id: str,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """DIS 连接 (link parameters, reference 5.4.1.11).

    connector-name: dis-connector

    Kinds: DIS

    Args:
        region: ``linkConfig.region`` (required). DIS服务所属地域。
        endpoint: ``linkConfig.endpoint`` (required). 待连接DIS的URL，URL格式为https://Endpoint。
        ak: ``linkConfig.ak`` (required). DIS服务端的AK。
        sk: ``linkConfig.sk`` (required). DIS服务端的SK。
        project_id: ``linkConfig.projectId`` (required). 项目ID，获取方法请参见 项目ID和账号ID 。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["DisLinkConfig"],
        {
            "linkConfig.region": region,
            "linkConfig.endpoint": endpoint,
            "linkConfig.ak": ak,
            "linkConfig.sk": sk,
            "linkConfig.projectId": project_id,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def dli_link(
    *,
    ak: str,
    sk: str,
    region: str,
    project_id: str,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """DLI 连接 (link parameters, reference 5.4.1.13).

    connector-name: dli-connector

    Kinds: DLI

    Args:
        ak: ``linkConfig.ak`` (required). 登录DLI数据库的AK。
        sk: ``linkConfig.sk`` (required). 登录DLI数据库的SK。
        region: ``linkConfig.region`` (required). DLI服务所在的区域。
        project_id: ``linkConfig.projectId`` (required). DLI服务的项目ID。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["DliLinkConfig"],
        {
            "linkConfig.ak": ak,
            "linkConfig.sk": sk,
            "linkConfig.region": region,
            "linkConfig.projectId": project_id,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def dms_kafka_link(
    *,
    kafka_type: Literal["Basic", "Platinum"],
    broker_list: str,
    is_platinum_instance: bool,
    user: str | None = None,
    password: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """DMS Kafka 连接 (link parameters, reference 5.4.1.14).

    connector-name: dms-kafka-connector

    Kinds: DMS Kafka

    Args:
        kafka_type: ``linkConfig.kafkaType`` (required). 选择DMS Kafka版本,目前只有专享版。
            - Basic: 指DMS Kafka普通队列。
            - Platinum: 指DMS Kafka专享版。
        broker_list: ``linkConfig.brokerList`` (required). DMS Endpoint格式为“host1:port1,host2:port2”。
        is_platinum_instance: ``linkConfig.isPlatinumInstance`` (required). 选择是否打开客户端连接Kafka专享版实例时SSL认证的开关。 开启Kafka SASL_SSL, 则数据加密传输, 安全性更高, 但性能会下降。
        user: ``linkConfig.user``. 开启Kafka SASL_SSL时显示该参数, 表示连接DMS Kafka的用户名。
        password: ``linkConfig.password``. 开启Kafka SASL_SSL时显示该参数, 表示连接DMS Kafka的密码。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["DmsKafkaLinkConfig"],
        {
            "linkConfig.kafkaType": kafka_type,
            "linkConfig.brokerList": broker_list,
            "linkConfig.isPlatinumInstance": is_platinum_instance,
            "linkConfig.user": user,
            "linkConfig.password": password,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def elasticsearch_link(
    *,
    host: str,
    link_type: str,
    safemode: bool | None = None,
    user: str | None = None,
    password: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """Elasticsearch/云搜索服务(CSS)连接 (link parameters, reference 5.4.1.12).

    connector-name: elasticsearch-connector

    Kinds: Elasticsearch, 云搜索服务(CSS)

    Args:
        host: ``linkConfig.host`` (required). 配置为Elasticsearch服务器的IP地址或域名，包括端口号，格式为“ip:port”，多个地址之间使用分号(;)分隔，例如：192.168.0.1:9200;192.168.0.2:9200。
        link_type: ``linkConfig.linkType`` (required). 连接类型，用于区分连接的是Elasticsearch或云搜索服务。
        safemode: ``linkConfig.safemode``. 当选择安全模式认证时，需要输入用户名、密码和选择是否https访问。
        user: ``linkConfig.user``. 对于支持用户名密码鉴权的Elasticsearch，需要在创建连接时配置用户名和密码。
        password: ``linkConfig.password``. 登录Elasticsearch的密码。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["ElasticsearchLinkConfig"],
        {
            "linkConfig.host": host,
            "linkConfig.linkType": link_type,
            "linkConfig.safemode": safemode,
            "linkConfig.user": user,
            "linkConfig.password": password,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def ftp_sftp_link(
    *,
    server: str,
    port: str,
    username: str,
    password: str,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """FTP/SFTP 连接 (link parameters, reference 5.4.1.7).

    connector-name: sftp-connector

    Kinds: FTP, SFTP

    Args:
        server: ``linkConfig.server`` (required). FTP或SFTP服务器的地址。
        port: ``linkConfig.port`` (required). FTP或SFTP服务器端口号。
        username: ``linkConfig.username`` (required). 登录FTP或SFTP服务器的用户名。
        password: ``linkConfig.password`` (required). 登录用户的密码。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["FtpSftpLinkConfig"],
        {
            "linkConfig.server": server,
            "linkConfig.port": port,
            "linkConfig.username": username,
            "linkConfig.password": password,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def hbase_link(
    *,
    hbase_type: Literal["CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"],
    h_base_version: Literal["HBASE_1_X", "HBASE_2_X"],
    uri: str | None = None,
    host: str | None = None,
    port: str | None = None,
    cas_port: str | None = None,
    user: str | None = None,
    password: str | None = None,
    auth_type: Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"] | None = None,
    principal: str | None = None,
    keytab: str | None = None,
    service_type: str | None = None,
    run_mode: Literal["EMBEDDED", "STANDALONE", "Agent"] | None = None,
    properties: dict[str, Any] | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """HBase 连接 (link parameters, reference 5.4.1.4).

    connector-name: hbase-connector

    Kinds: HBase

    Args:
        hbase_type: ``linkConfig.hbaseType`` (required). HBase类型：
            - CloudTable：表示连接CloudTable服务。
            - MRS：表示连接MRS的HBase。
            - FusionInsight HD：表示连接FusionInsight HD的HBase。
            - Apache Hadoop：表示连接开源Apache Hadoop的HBase。
        h_base_version: ``linkConfig.hBaseVersion`` (required). HBase版本：
            - HBASE_1_X
            - HBASE_2_X
        uri: ``linkConfig.uri``. 连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”。
        host: ``linkConfig.host``. 连接MRS或FusionInsight HD时，需要配置Manager平台的IP地址。
        port: ``linkConfig.port``. 连接FusionInsight HD时，需要配置Manager平台的端口。
        cas_port: ``linkConfig.casPort``. 连接FusionInsight HD时，需要配置与FusionInsight HD对接的CAS Server的端口。
        user: ``linkConfig.user``. 登录Manager平台的用户名，使用集群配置时不用配置
        password: ``linkConfig.password``. 登录Manager平台的密码，使用集群配置时不用配置
        auth_type: ``linkConfig.authType``. 认证类型，分为以下两种：
            - Simple：非安全模式选择Simple鉴权。
            - Kerberos：安全模式选择Kerberos鉴权。
        principal: ``linkConfig.principal``. Kerberos认证所需的Principal，您也可以联系管理员获取此账号。
        keytab: ``linkConfig.keytab``. Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。
        service_type: ``linkConfig.serviceType``. 服务类型。目前支持HDFS和HBase。
        run_mode: ``linkConfig.runMode``. “HBase_2_X”版本支持该参数。支持以下模式：
            - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
            - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。选择STANDALONE模式时，CDM支持在多个MRS集群的HDFS之间迁移数据。
            - Agent：连接实例运行在Agent上。若不使用AGENT运行模式，且在一个CDM中同时连接两个及以上开启Kerberos认证且realm相同的集群，只能使用EMBEDDED运行模式连接其中一个集群，其余需使用STANDALONE。
        properties: ``linkConfig.properties``. 属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["HbaseLinkConfig"],
        {
            "linkConfig.hbaseType": hbase_type,
            "linkConfig.hBaseVersion": h_base_version,
            "linkConfig.uri": uri,
            "linkConfig.host": host,
            "linkConfig.port": port,
            "linkConfig.casPort": cas_port,
            "linkConfig.user": user,
            "linkConfig.password": password,
            "linkConfig.authType": auth_type,
            "linkConfig.principal": principal,
            "linkConfig.keytab": keytab,
            "linkConfig.serviceType": service_type,
            "linkConfig.runMode": run_mode,
            "linkConfig.properties": properties,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def hdfs_link(
    *,
    hadoop_type: Literal["MRS", "FusionInsight HD", "Apache Hadoop"],
    uri: str | None = None,
    host: str | None = None,
    port: str | None = None,
    cas_port: str | None = None,
    user: str | None = None,
    password: str | None = None,
    auth_type: Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"] | None = None,
    principal: str | None = None,
    keytab: str | None = None,
    run_mode: Literal["EMBEDDED", "STANDALONE", "Agent"] | None = None,
    properties: dict[str, Any] | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """HDFS 连接 (link parameters, reference 5.4.1.3).

    connector-name: hdfs-connector

    Kinds: HDFS

    Args:
        hadoop_type: ``linkConfig.hadoopType`` (required). Hadoop类型：
            - MRS：表示连接MRS的HDFS。
            - FusionInsight HD：表示连接FusionInsight HD的HDFS。
            - Apache Hadoop：表示连接开源Apache Hadoop的HDFS。
        uri: ``linkConfig.uri``. 连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”。
        host: ``linkConfig.host``. 连接MRS或FusionInsight HD时，需要配置Manager平台的IP地址。
        port: ``linkConfig.port``. 连接FusionInsight HD时，需要配置Manager平台的端口。
        cas_port: ``linkConfig.casPort``. 连接FusionInsight HD时，需要配置与FusionInsight HD对接的CAS Server的端口。
        user: ``linkConfig.user``. 登录Manager平台的用户名，使用集群配置时不用配置
        password: ``linkConfig.password``. 登录Manager平台的密码，使用集群配置时不用配置
        auth_type: ``linkConfig.authType``. 认证类型，分为以下两种：
            - Simple：非安全模式选择Simple鉴权。
            - Kerberos：安全模式选择Kerberos鉴权。
        principal: ``linkConfig.principal``. Kerberos认证所需的Principal，您也可以联系管理员获取此账号。使用集群配置前需在集群配置管理中配置此参数。
        keytab: ``linkConfig.keytab``. Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。使用集群配置前需在集群配置管理中配置此参数。
        run_mode: ``linkConfig.runMode``. 选择HDFS连接的运行模式：
            - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
            - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式。选择STANDALONE模式时，CDM支持在多个MRS集群的HDFS之间迁移数据。
            - Agent：连接实例运行在Agent上。若不使用AGENT运行模式，且在一个CDM中同时连接两个及以上开启Kerberos认证且realm相同的集群，只能使用EMBEDDED运行模式连接其中一个集群，其余需使用STANDALONE。
        properties: ``linkConfig.properties``. 属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["HdfsLinkConfig"],
        {
            "linkConfig.hadoopType": hadoop_type,
            "linkConfig.uri": uri,
            "linkConfig.host": host,
            "linkConfig.port": port,
            "linkConfig.casPort": cas_port,
            "linkConfig.user": user,
            "linkConfig.password": password,
            "linkConfig.authType": auth_type,
            "linkConfig.principal": principal,
            "linkConfig.keytab": keytab,
            "linkConfig.runMode": run_mode,
            "linkConfig.properties": properties,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def hive_link(
    *,
    host: str,
    auth_type: Literal["SIMPLE", "KERBEROS"],
    hive_version: Literal["HIVE_1_X", "HIVE_3_X"],
    obs_support: bool,
    principal: str | None = None,
    keytab: str | None = None,
    user: str | None = None,
    password: str | None = None,
    uri: str | None = None,
    hive_ms_uris: str | None = None,
    run_mode: Literal["EMBEDDED", "STANDALONE"] | None = None,
    access_key: str | None = None,
    security_key: str | None = None,
    properties: dict[str, Any] | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """Hive 连接 (link parameters, reference 5.4.1.6).

    connector-name: hive-connector

    Kinds: Hive

    Args:
        host: ``linkConfig.host`` (required). MRS Manager的IP地址。
        auth_type: ``linkConfig.authType`` (required). 访问MRS的认证类型：
            - SIMPLE：非安全模式选择Simple鉴权。
            - KERBEROS：安全模式选择Kerberos鉴权。
        hive_version: ``linkConfig.hiveVersion`` (required). Hive版本：
            - HIVE_1_X
            - HIVE_3_X
        obs_support: ``linkConfig.obsSupport`` (required). 需服务端支持OBS存储。在创建Hive表时，您可以指定将表存储在OBS中。
        principal: ``linkConfig.principal``. Kerberos认证所需的Principal，您也可以联系管理员获取此账号。使用集群配置前需在集群配置管理中配置此参数。
        keytab: ``linkConfig.keytab``. Kerberos认证所需的keytab文件的本地绝对路径，您也可以联系管理员获取此文件。使用集群配置前需在集群配置管理中配置此参数。
        user: ``linkConfig.user``. 登录Manager平台的用户名，使用集群配置时不用配置
        password: ``linkConfig.password``. 登录Manager平台的密码，使用集群配置时不用配置
        uri: ``linkConfig.uri``. 连接Apache Hadoop时的Namenode URI地址，格式为“ip:port”
        hive_ms_uris: ``linkConfig.hiveMsUris``. 连接Apache Hadoop时的Hive元数据地址，参考hive.metastore.uris配置项。例如：thrift://host-192-168-1-212:9083
        run_mode: ``linkConfig.runMode``. “HIVE_3_X”版本支持该参数。支持以下模式：
            - EMBEDDED：连接实例与CDM运行在一起，该模式性能较好。
            - STANDALONE：连接实例运行在独立进程。如果CDM需要对接多个Hadoop数据源（MRS、Hadoop或CloudTable），并且既有KERBEROS认证模式又有SIMPLE认证模式，只能使用STANDALONE模式或者配置不同的Agent。
            说明：STANDALONE模式主要是用来解决版本冲突问题的运行模式。当同一种数据连接的源端或者目的端连接器的版本不一致时，存在jar包冲突的情况，这时需要将源端或目的端放在STANDALONE进程里，防止冲突导致迁移失败。
        access_key: ``linkConfig.accessKey``. 访问标识（AK）。obs支持选是时需配置此参数。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。
        security_key: ``linkConfig.securityKey``. 密钥（SK）。obs支持选是时需配置此参数。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。
        properties: ``linkConfig.properties``. 属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["HiveLinkConfig"],
        {
            "linkConfig.host": host,
            "linkConfig.authType": auth_type,
            "linkConfig.hiveVersion": hive_version,
            "linkConfig.obsSupport": obs_support,
            "linkConfig.principal": principal,
            "linkConfig.keytab": keytab,
            "linkConfig.user": user,
            "linkConfig.password": password,
            "linkConfig.uri": uri,
            "linkConfig.hiveMsUris": hive_ms_uris,
            "linkConfig.runMode": run_mode,
            "linkConfig.accessKey": access_key,
            "linkConfig.securityKey": security_key,
            "linkConfig.properties": properties,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def kafka_link(
    *,
    hadoop_type: Literal["MRS", "Apache Kafka"],
    host: str,
    user: str,
    password: str,
    auth_type: Literal["Simple", "Kerberos", "SIMPLE", "KERBEROS"],
    broker_list: str | None = None,
    properties: dict[str, Any] | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """Kafka 连接 (link parameters, reference 5.4.1.10).

    connector-name: kafka-connector

    Kinds: Kafka

    Args:
        hadoop_type: ``linkConfig.hadoopType`` (required). Hadoop类型：
            - MRS：表示连接MRS的Kafka。
            - Apache Kafka：表示连接Apache Kafka的Kafka。
        host: ``linkConfig.host`` (required). MRS Manager的浮动IP地址，可以单击输入框后的“选择”来选定已创建的MRS集群，CDM会自动填充下面的鉴权参数。
        user: ``linkConfig.user`` (required). 登录MRS Manager平台的用户名。
        password: ``linkConfig.password`` (required). 登录MRS Manager平台的密码。
        auth_type: ``linkConfig.authType`` (required). 认证类型，分为以下两种：
            - Simple：非安全模式选择 Simple 鉴权。
            - Kerberos：安全模式选择 Kerberos 鉴权。
        broker_list: ``linkConfig.brokerList``. Apache Kafka 连接需配置此参数。Kafka broker列表，格式如：“host1:port1,host2:port2”。
        properties: ``linkConfig.properties``. 属性配置，可以添加客户端的配置属性，所添加的每个属性需配置属性名称和值
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["KafkaLinkConfig"],
        {
            "linkConfig.hadoopType": hadoop_type,
            "linkConfig.host": host,
            "linkConfig.user": user,
            "linkConfig.password": password,
            "linkConfig.authType": auth_type,
            "linkConfig.brokerList": broker_list,
            "linkConfig.properties": properties,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def mongodb_link(
    *,
    server_list: str,
    database: str,
    user_name: str,
    password: str,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """MongoDB 连接 (link parameters, reference 5.4.1.8).

    connector-name: mongodb-connector

    Kinds: MongoDB

    Args:
        server_list: ``linkConfig.serverList`` (required). 服务器地址列表，格式如：“host1:port1;host2:port2”。
        database: ``linkConfig.database`` (required). MongoDB的数据库名称。
        user_name: ``linkConfig.userName`` (required). 连接MongoDB服务器的用户名。
        password: ``linkConfig.password`` (required). 连接MongoDB服务器的密码。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["MongodbLinkConfig"],
        {
            "linkConfig.serverList": server_list,
            "linkConfig.database": database,
            "linkConfig.userName": user_name,
            "linkConfig.password": password,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def obs_link(
    *,
    storage_type: str,
    server: str,
    port: str,
    access_key: str,
    security_key: str,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """OBS 连接 (link parameters, reference 5.4.1.2).

    connector-name: obs-connector

    Kinds: OBS

    Args:
        storage_type: ``linkConfig.storageType`` (required). 对象存储的类型。
        server: ``linkConfig.server`` (required). OBS服务器的终端节点（Endpoint）。
        port: ``linkConfig.port`` (required). 数据传输协议端口，https是443，http是80。
        access_key: ``linkConfig.accessKey`` (required). 访问标识（AK）。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。
        security_key: ``linkConfig.securityKey`` (required). 密钥（SK）。建议在配置文件或者环境变量中密文存放，使用时解密，确保安全。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["ObsLinkConfig"],
        {
            "linkConfig.storageType": storage_type,
            "linkConfig.server": server,
            "linkConfig.port": port,
            "linkConfig.accessKey": access_key,
            "linkConfig.securityKey": security_key,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def redis_link(
    *,
    deployment_mode: Literal["Single", "Cluster"],
    serverlist: str,
    password: str,
    db_index: str,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """Redis 连接 (link parameters, reference 5.4.1.9).

    connector-name: redis-connector

    Kinds: Redis, DCS

    Args:
        deployment_mode: ``linkConfig.deploymentMode`` (required). Redis部署方式：
            - Single：表示单机部署。
            - Cluster：表示集群部署。
        serverlist: ``linkConfig.serverlist`` (required). 服务器地址列表，格式如：“host1:port1;host2:port2”。
        password: ``linkConfig.password`` (required). 连接Redis服务器的密码。
        db_index: ``linkConfig.dbIndex`` (required). Redis数据库索引。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["RedisLinkConfig"],
        {
            "linkConfig.deploymentMode": deployment_mode,
            "linkConfig.serverlist": serverlist,
            "linkConfig.password": password,
            "linkConfig.dbIndex": db_index,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)


def relational_database_link(
    *,
    database_type: Literal[
        "ORACLE", "MYSQL", "SQLSERVER", "DB2", "POSTGRESQL", "DWS", "DDM", "SAP HANA"
    ],
    host: str,
    port: str,
    username: str,
    password: str,
    use_agent: bool,
    databaseconfig: Literal["SERVICENAME", "SID"] | None = None,
    sidname: str | None = None,
    database: str | None = None,
    fetch_size: str | None = None,
    commit_size: str | None = None,
    using_native: bool | None = None,
    is_rds: bool | None = None,
    use_ssl: bool | None = None,
    jdbc_properties: dict[str, Any] | None = None,
    version: Literal["HIGH_VERSION", "MED_VERSION", "LOW_VERSION"] | None = None,
    identifier_enclose: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> LinkConfigValues:
    """关系数据库连接 (link parameters, reference 5.4.1.1).

    connector-name: generic-jdbc-connector

    Kinds: 关系数据库

    Args:
        database_type: ``linkConfig.databaseType`` (required). 数据库类型：
            - ORACLE
            - MYSQL
            - SQLSERVER
            - DB2
            - POSTGRESQL
            - DWS
            - DDM
            - SAP HANA
        host: ``linkConfig.host`` (required). 数据库服务器地址。
        port: ``linkConfig.port`` (required). 数据库服务器的端口号。
        username: ``linkConfig.username`` (required). 用户名。
        password: ``linkConfig.password`` (required). 用户密码。
        use_agent: ``linkConfig.useAgent`` (required). 选择是否通过agent从源端获取数据。
        databaseconfig: ``linkConfig.databaseconfig``. 创建Oracle连接时才有该参数，选择Oracle数据库连接类型：
            - SERVICENAME：通过SERVICE_NAME连接Oracle数据库。
            - SID：通过SID连接Oracle数据库。
        sidname: ``linkConfig.sidname``. 配置Oracle实例ID，用于实例区分各个数据库。创建Oracle连接，且linkConfig.databaseconfig（数据库连接类型）选择为“SID”时才有该参数。
        database: ``linkConfig.database``. 数据库名称。
        fetch_size: ``linkConfig.fetchSize``. 每次请求获取的数据行数。
        commit_size: ``linkConfig.commitSize``. 每次请求提交的数据行数。
        using_native: ``linkConfig.usingNative``. 是否使用数据库本地API加速。 创建MySQL连接时，使用本地API加速，可以使用MySQL的LOAD DATA功能加快数据导入，提高导入数据到MySQL数据库的性能。
            说明 REPLACE 和 IGNORE 修饰符用于处理与现有行具有相同唯一键值（PRIMARY KEY或UNIQUE索引值）的新输入的行。
            - 约束冲突处理配置为"replace into"或"local"，使用REPLACE，与现有行中的唯一键值具有相同值的新行将替换现有行。
            - 约束冲突处理配置为"insert into"，默认使用IGNORE，与唯一键值上的现有行重复的新行将被丢弃，任务不会终止。因为Mysql服务机制无法在操作过程中停止文件传输，此情况下，CDM界面显示写入记录与实际更新行数会不一致。
            Mysql Local模式详情请参见： https://dev.mysql.com/doc/refman/8.0/en/load-data.html
        is_rds: ``linkConfig.isRds``. 是否支持RDS服务，云数据库默认true，其余默认false
        use_ssl: ``linkConfig.useSSL``. 是否使用加密传输，支持对RDS服务启用SSL加密传输，仅在创建dws连接时才有此参数。
        jdbc_properties: ``linkConfig.jdbcProperties``. 连接属性，指定数据源的JDBC连接器的属性，参考对应数据库的JDBC连接器说明文档进行配置。
        version: ``linkConfig.version``. 创建Oracle连接时才有该参数，根据您的Oracle数据库的版本来选择。
            - HIGH_VERSION: 当您的Oracle数据库版本高于12.1时，选择该值。
            - MED_VERSION: 当您的Oracle数据库版本为12.1时，选择该值。
            - LOW_VERSION: 当您的Oracle数据库版本低于12.1时，选择该值。
            当出现“java.sql.SQLException: Protocol violation异常”时，可以尝试更换版本号。
        identifier_enclose: ``dialect.identifierEnclose``. 引用符号，连接引用表名或列名时的分隔符号，参考对应数据库的产品文档进行配置。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``LinkConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["RelationalDatabaseLinkConfig"],
        {
            "linkConfig.databaseType": database_type,
            "linkConfig.host": host,
            "linkConfig.port": port,
            "linkConfig.username": username,
            "linkConfig.password": password,
            "linkConfig.useAgent": use_agent,
            "linkConfig.databaseconfig": databaseconfig,
            "linkConfig.sidname": sidname,
            "linkConfig.database": database,
            "linkConfig.fetchSize": fetch_size,
            "linkConfig.commitSize": commit_size,
            "linkConfig.usingNative": using_native,
            "linkConfig.isRds": is_rds,
            "linkConfig.useSSL": use_ssl,
            "linkConfig.jdbcProperties": jdbc_properties,
            "linkConfig.version": version,
            "dialect.identifierEnclose": identifier_enclose,
        },
        extra_inputs,
    )
    return into(LinkConfigValues, "configs", configs)

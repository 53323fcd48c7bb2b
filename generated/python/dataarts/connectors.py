"""The connector parameter catalogue: typed helpers that build a link's or a job's configs.

Generated from the spec's `x-connector` schemas: do not edit. Each helper checks its arguments
(unknown, missing, wrong type, value not in the enumeration) before anything is sent and returns
the `configs` list of `{inputs: [{name, value}], name}` groups the API expects.
"""

from __future__ import annotations

from typing import Any, Literal

from ._connectors import Connector, Param, build

__all__ = [
    "CATALOGUE",
    "cloud_table_link",
    "dds_target_job",
    "dis_link",
    "dis_source_job",
    "dis_target_job",
    "dli_link",
    "dli_target_job",
    "dms_kafka_link",
    "elasticsearch_link",
    "elasticsearch_source_job",
    "elasticsearch_target_job",
    "ftp_sftp_link",
    "ftp_sftp_source_job",
    "hbase_link",
    "hbase_source_job",
    "hbase_target_job",
    "hdfs_link",
    "hdfs_source_job",
    "hdfs_target_job",
    "hive_link",
    "hive_source_job",
    "hive_target_job",
    "http_source_job",
    "job_task",
    "kafka_link",
    "kafka_source_job",
    "mongodb_link",
    "mongodb_source_job",
    "obs_link",
    "obs_source_job",
    "obs_target_job",
    "redis_link",
    "redis_source_job",
    "relational_database_link",
    "relational_database_source_job",
    "relational_database_target_job",
]

CATALOGUE: dict[str, Connector] = {
    "CloudTableLinkConfig": Connector(
        name="CloudTableLinkConfig",
        function="cloud_table_link",
        role="link",
        connector_name="hbase-connector",
        title="CloudTable 连接",
        params=(
            Param(
                "linkConfig.hbaseType",
                "hbase_type",
                "string",
                True,
                (
                    "CloudTable",
                    "MRS",
                    "FusionInsight HD",
                    "Apache Hadoop",
                ),
                False,
            ),
            Param("linkConfig.zookeeperQuorum", "zookeeper_quorum", "string", True, (), False),
            Param("linkConfig.iamAuth", "iam_auth", "boolean", True, (), False),
            Param(
                "linkConfig.runMode",
                "run_mode",
                "string",
                True,
                (
                    "EMBEDDED",
                    "STANDALONE",
                ),
                False,
            ),
            Param("linkConfig.cloudtableUser", "cloudtable_user", "string", True, (), False),
            Param("linkConfig.accessKey", "access_key", "string", True, (), False),
            Param("linkConfig.securityKey", "security_key", "string", True, (), True),
        ),
    ),
    "DdsTargetJobConfig": Connector(
        name="DdsTargetJobConfig",
        function="dds_target_job",
        role="to",
        connector_name="",
        title="目的端为 DDS",
        params=(
            Param("toJobConfig.database", "database", "string", True, (), False),
            Param("toJobConfig.collectionName", "collection_name", "string", True, (), False),
            Param("toJobConfig.columnList", "column_list", "string", False, (), False),
            Param(
                "toJobConfig.isBatchMigration", "is_batch_migration", "boolean", False, (), False
            ),
        ),
    ),
    "DisLinkConfig": Connector(
        name="DisLinkConfig",
        function="dis_link",
        role="link",
        connector_name="dis-connector",
        title="DIS 连接",
        params=(
            Param("linkConfig.region", "region", "string", True, (), False),
            Param("linkConfig.endpoint", "endpoint", "string", True, (), False),
            Param("linkConfig.ak", "ak", "string", True, (), False),
            Param("linkConfig.sk", "sk", "string", True, (), True),
            Param("linkConfig.projectId", "project_id", "string", True, (), False),
        ),
    ),
    "DisSourceJobConfig": Connector(
        name="DisSourceJobConfig",
        function="dis_source_job",
        role="from",
        connector_name="",
        title="源端为 DIS",
        params=(
            Param("fromJobConfig.streamName", "stream_name", "string", True, (), False),
            Param(
                "fromJobConfig.disConsumerStrategy",
                "dis_consumer_strategy",
                "string",
                True,
                (
                    "LATEST",
                    "FROM_LAST_STOP",
                    "EARLIEST",
                ),
                False,
            ),
            Param("fromJobConfig.isPermanency", "is_permanency", "boolean", True, (), False),
            Param("fromJobConfig.shardId", "shard_id", "string", True, (), False),
            Param(
                "fromJobConfig.dataFormat",
                "data_format",
                "string",
                True,
                (
                    "BINARY",
                    "CSV",
                ),
                False,
            ),
            Param("fromJobConfig.maxPollRecords", "max_poll_records", "string", False, (), False),
            Param("fromJobConfig.separator", "separator", "string", False, (), False),
            Param("fromJobConfig.appName", "app_name", "string", False, (), False),
        ),
    ),
    "DisTargetJobConfig": Connector(
        name="DisTargetJobConfig",
        function="dis_target_job",
        role="to",
        connector_name="",
        title="目的端为 DIS",
        params=(
            Param("toJobConfig.streamName", "stream_name", "string", True, (), False),
            Param("toJobConfig.separator", "separator", "string", False, (), False),
            Param(
                "toJobConfig.identifierEnclose", "identifier_enclose", "string", False, (), False
            ),
        ),
    ),
    "DliLinkConfig": Connector(
        name="DliLinkConfig",
        function="dli_link",
        role="link",
        connector_name="dli-connector",
        title="DLI 连接",
        params=(
            Param("linkConfig.ak", "ak", "string", True, (), False),
            Param("linkConfig.sk", "sk", "string", True, (), True),
            Param("linkConfig.region", "region", "string", True, (), False),
            Param("linkConfig.projectId", "project_id", "string", True, (), False),
        ),
    ),
    "DliTargetJobConfig": Connector(
        name="DliTargetJobConfig",
        function="dli_target_job",
        role="to",
        connector_name="",
        title="目的端为 DLI",
        params=(
            Param("toJobConfig.queue", "queue", "string", True, (), False),
            Param("toJobConfig.database", "database", "string", True, (), False),
            Param("toJobConfig.table", "table", "string", True, (), False),
            Param("toJobConfig.columnList", "column_list", "string", False, (), False),
            Param(
                "toJobConfig.shouldClearTable", "should_clear_table", "boolean", False, (), False
            ),
        ),
    ),
    "DmsKafkaLinkConfig": Connector(
        name="DmsKafkaLinkConfig",
        function="dms_kafka_link",
        role="link",
        connector_name="dms-kafka-connector",
        title="DMS Kafka 连接",
        params=(
            Param(
                "linkConfig.kafkaType",
                "kafka_type",
                "string",
                True,
                (
                    "Basic",
                    "Platinum",
                ),
                False,
            ),
            Param("linkConfig.brokerList", "broker_list", "string", True, (), False),
            Param(
                "linkConfig.isPlatinumInstance", "is_platinum_instance", "boolean", True, (), False
            ),
            Param("linkConfig.user", "user", "string", False, (), False),
            Param("linkConfig.password", "password", "string", False, (), True),
        ),
    ),
    "ElasticsearchLinkConfig": Connector(
        name="ElasticsearchLinkConfig",
        function="elasticsearch_link",
        role="link",
        connector_name="elasticsearch-connector",
        title="Elasticsearch/云搜索服务(CSS)连接",
        params=(
            Param("linkConfig.host", "host", "string", True, (), False),
            Param("linkConfig.linkType", "link_type", "string", True, (), False),
            Param("linkConfig.safemode", "safemode", "boolean", False, (), False),
            Param("linkConfig.user", "user", "string", False, (), False),
            Param("linkConfig.password", "password", "string", False, (), True),
        ),
    ),
    "ElasticsearchSourceJobConfig": Connector(
        name="ElasticsearchSourceJobConfig",
        function="elasticsearch_source_job",
        role="from",
        connector_name="",
        title="源端为 Elasticsearch/云搜索服务",
        params=(
            Param("fromJobConfig.index", "index", "string", True, (), False),
            Param("fromJobConfig.type", "type_", "string", True, (), False),
            Param("fromJobConfig.columnList", "column_list", "string", False, (), False),
            Param(
                "fromJobConfig.splitNestedField", "split_nested_field", "boolean", False, (), False
            ),
            Param("fromJobConfig.queryString", "query_string", "string", False, (), False),
        ),
    ),
    "ElasticsearchTargetJobConfig": Connector(
        name="ElasticsearchTargetJobConfig",
        function="elasticsearch_target_job",
        role="to",
        connector_name="",
        title="目的端为 Elasticsearch/云搜索服务",
        params=(
            Param("toJobConfig.index", "index", "string", True, (), False),
            Param("toJobConfig.type", "type_", "string", True, (), False),
            Param("toJobConfig.shouldClearType", "should_clear_type", "boolean", False, (), False),
            Param("toJobConfig.primaryKey", "primary_key", "string", False, (), False),
            Param("toJobConfig.columnList", "column_list", "string", False, (), False),
            Param("toJobConfig.pipeLine", "pipe_line", "string", False, (), False),
            Param(
                "toJobConfig.createIndexStrategy",
                "create_index_strategy",
                "string",
                False,
                (
                    "EveryHour",
                    "Everyday",
                    "EveryWeek",
                    "EveryMonth",
                ),
                False,
            ),
        ),
    ),
    "FtpSftpLinkConfig": Connector(
        name="FtpSftpLinkConfig",
        function="ftp_sftp_link",
        role="link",
        connector_name="sftp-connector",
        title="FTP/SFTP 连接",
        params=(
            Param("linkConfig.server", "server", "string", True, (), False),
            Param("linkConfig.port", "port", "string", True, (), False),
            Param("linkConfig.username", "username", "string", True, (), False),
            Param("linkConfig.password", "password", "string", True, (), True),
        ),
    ),
    "FtpSftpSourceJobConfig": Connector(
        name="FtpSftpSourceJobConfig",
        function="ftp_sftp_source_job",
        role="from",
        connector_name="",
        title="源端为 FTP/SFTP",
        params=(
            Param("fromJobConfig.inputDirectory", "input_directory", "string", True, (), False),
            Param(
                "fromJobConfig.inputFormat",
                "input_format",
                "string",
                True,
                (
                    "CSV_FILE",
                    "JSON_FILE",
                    "BINARY_FILE",
                ),
                False,
            ),
            Param("fromJobConfig.lineSeparator", "line_separator", "string", False, (), False),
            Param("fromJobConfig.columnList", "column_list", "string", False, (), False),
            Param("fromJobConfig.fieldSeparator", "field_separator", "string", False, (), False),
            Param("fromJobConfig.quoteChar", "quote_char", "boolean", False, (), False),
            Param("fromJobConfig.regexSeparator", "regex_separator", "boolean", False, (), False),
            Param("fromJobConfig.regex", "regex", "string", False, (), False),
            Param(
                "fromJobConfig.firstRowAsHeader", "first_row_as_header", "boolean", False, (), False
            ),
            Param(
                "fromJobConfig.fromCompression",
                "from_compression",
                "string",
                False,
                (
                    "NONE",
                    "GZIP",
                    "ZIP",
                ),
                False,
            ),
            Param(
                "fromJobConfig.splitType",
                "split_type",
                "string",
                False,
                (
                    "FILE",
                    "SIZE",
                ),
                False,
            ),
            Param(
                "fromJobConfig.jsonReferenceNode", "json_reference_node", "string", False, (), False
            ),
            Param("fromJobConfig.encodeType", "encode_type", "string", False, (), False),
            Param("fromJobConfig.useMarkerFile", "use_marker_file", "boolean", False, (), False),
            Param("fromJobConfig.markerFile", "marker_file", "string", False, (), False),
            Param("fromJobConfig.waitTime", "wait_time", "string", False, (), False),
            Param(
                "fromJobConfig.filterType",
                "filter_type",
                "string",
                False,
                (
                    "WILDCARD",
                    "TIME",
                ),
                False,
            ),
            Param("fromJobConfig.pathFilter", "path_filter", "string", False, (), False),
            Param("fromJobConfig.fileFilter", "file_filter", "string", False, (), False),
            Param("fromJobConfig.startTime", "start_time", "string", False, (), False),
            Param("fromJobConfig.endTime", "end_time", "string", False, (), False),
            Param("fromJobConfig.fileSeparator", "file_separator", "string", False, (), False),
            Param("fromJobConfig.md5FileSuffix", "md5_file_suffix", "string", False, (), False),
        ),
    ),
    "HbaseLinkConfig": Connector(
        name="HbaseLinkConfig",
        function="hbase_link",
        role="link",
        connector_name="hbase-connector",
        title="HBase 连接",
        params=(
            Param(
                "linkConfig.hbaseType",
                "hbase_type",
                "string",
                True,
                (
                    "CloudTable",
                    "MRS",
                    "FusionInsight HD",
                    "Apache Hadoop",
                ),
                False,
            ),
            Param(
                "linkConfig.hBaseVersion",
                "h_base_version",
                "string",
                True,
                (
                    "HBASE_1_X",
                    "HBASE_2_X",
                ),
                False,
            ),
            Param("linkConfig.uri", "uri", "string", False, (), False),
            Param("linkConfig.host", "host", "string", False, (), False),
            Param("linkConfig.port", "port", "string", False, (), False),
            Param("linkConfig.casPort", "cas_port", "string", False, (), False),
            Param("linkConfig.user", "user", "string", False, (), False),
            Param("linkConfig.password", "password", "string", False, (), True),
            Param(
                "linkConfig.authType",
                "auth_type",
                "string",
                False,
                (
                    "Simple",
                    "Kerberos",
                    "SIMPLE",
                    "KERBEROS",
                ),
                False,
            ),
            Param("linkConfig.principal", "principal", "string", False, (), False),
            Param("linkConfig.keytab", "keytab", "string", False, (), False),
            Param("linkConfig.serviceType", "service_type", "string", False, (), False),
            Param(
                "linkConfig.runMode",
                "run_mode",
                "string",
                False,
                (
                    "EMBEDDED",
                    "STANDALONE",
                    "Agent",
                ),
                False,
            ),
            Param("linkConfig.properties", "properties", "object", False, (), False),
        ),
    ),
    "HbaseSourceJobConfig": Connector(
        name="HbaseSourceJobConfig",
        function="hbase_source_job",
        role="from",
        connector_name="",
        title="源端为 HBase/CloudTable",
        params=(
            Param("fromJobConfig.table", "table", "string", True, (), False),
            Param("fromJobConfig.columnFamilies", "column_families", "string", False, (), False),
            Param("fromJobConfig.columns", "columns", "string", False, (), False),
            Param("fromJobConfig.isSplit", "is_split", "boolean", False, (), False),
            Param("fromJobConfig.delimiter", "delimiter", "string", False, (), False),
            Param("fromJobConfig.startTime", "start_time", "string", False, (), False),
            Param("fromJobConfig.endTime", "end_time", "string", False, (), False),
            Param("fromJobConfig.formats", "formats", "any", False, (), False),
        ),
    ),
    "HbaseTargetJobConfig": Connector(
        name="HbaseTargetJobConfig",
        function="hbase_target_job",
        role="to",
        connector_name="",
        title="目的端为 HBase/CloudTable",
        params=(
            Param("toJobConfig.table", "table", "string", True, (), False),
            Param(
                "toJobConfig.storageType",
                "storage_type",
                "string",
                True,
                (
                    "PUTLIST",
                    "BULKLOAD",
                ),
                False,
            ),
            Param("toJobConfig.rowKeyColumn", "row_key_column", "string", True, (), False),
            Param("toJobConfig.columns", "columns", "string", False, (), False),
            Param("toJobConfig.isOverride", "is_override", "boolean", False, (), False),
            Param("toJobConfig.delimiter", "delimiter", "string", False, (), False),
            Param(
                "toJobConfig.isRowkeyRedundancy",
                "is_rowkey_redundancy",
                "boolean",
                False,
                (),
                False,
            ),
            Param(
                "toJobConfig.algorithm",
                "algorithm",
                "string",
                False,
                (
                    "NONE",
                    "SNAPPY",
                    "GZ",
                ),
                False,
            ),
            Param("toJobConfig.writeToWAL", "write_to_wal", "boolean", False, (), False),
            Param("toJobConfig.transType", "trans_type", "boolean", False, (), False),
        ),
    ),
    "HdfsLinkConfig": Connector(
        name="HdfsLinkConfig",
        function="hdfs_link",
        role="link",
        connector_name="hdfs-connector",
        title="HDFS 连接",
        params=(
            Param(
                "linkConfig.hadoopType",
                "hadoop_type",
                "string",
                True,
                (
                    "MRS",
                    "FusionInsight HD",
                    "Apache Hadoop",
                ),
                False,
            ),
            Param("linkConfig.uri", "uri", "string", False, (), False),
            Param("linkConfig.host", "host", "string", False, (), False),
            Param("linkConfig.port", "port", "string", False, (), False),
            Param("linkConfig.casPort", "cas_port", "string", False, (), False),
            Param("linkConfig.user", "user", "string", False, (), False),
            Param("linkConfig.password", "password", "string", False, (), True),
            Param(
                "linkConfig.authType",
                "auth_type",
                "string",
                False,
                (
                    "Simple",
                    "Kerberos",
                    "SIMPLE",
                    "KERBEROS",
                ),
                False,
            ),
            Param("linkConfig.principal", "principal", "string", False, (), False),
            Param("linkConfig.keytab", "keytab", "string", False, (), False),
            Param(
                "linkConfig.runMode",
                "run_mode",
                "string",
                False,
                (
                    "EMBEDDED",
                    "STANDALONE",
                    "Agent",
                ),
                False,
            ),
            Param("linkConfig.properties", "properties", "object", False, (), False),
        ),
    ),
    "HdfsSourceJobConfig": Connector(
        name="HdfsSourceJobConfig",
        function="hdfs_source_job",
        role="from",
        connector_name="",
        title="源端为 HDFS",
        params=(
            Param("fromJobConfig.inputDirectory", "input_directory", "string", True, (), False),
            Param(
                "fromJobConfig.inputFormat",
                "input_format",
                "string",
                True,
                (
                    "CSV_FILE",
                    "PARQUET_FILE",
                    "BINARY_FILE",
                ),
                False,
            ),
            Param("fromJobConfig.columnList", "column_list", "string", False, (), False),
            Param("fromJobConfig.lineSeparator", "line_separator", "string", False, (), False),
            Param("fromJobConfig.fieldSeparator", "field_separator", "string", False, (), False),
            Param("fromJobConfig.quoteChar", "quote_char", "boolean", False, (), False),
            Param("fromJobConfig.regexSeparator", "regex_separator", "boolean", False, (), False),
            Param("fromJobConfig.encodeType", "encode_type", "string", False, (), False),
            Param(
                "fromJobConfig.firstRowAsHeader", "first_row_as_header", "boolean", False, (), False
            ),
            Param("fromJobConfig.fromCompression", "from_compression", "string", False, (), False),
            Param(
                "fromJobConfig.compressedFileSuffix",
                "compressed_file_suffix",
                "string",
                False,
                (),
                False,
            ),
            Param(
                "fromJobConfig.splitType",
                "split_type",
                "string",
                False,
                (
                    "FILE",
                    "SIZE",
                ),
                False,
            ),
            Param("fromJobConfig.useMarkerFile", "use_marker_file", "boolean", False, (), False),
            Param("fromJobConfig.markerFile", "marker_file", "string", False, (), False),
            Param("fromJobConfig.fileSeparator", "file_separator", "string", False, (), False),
            Param(
                "fromJobConfig.filterType",
                "filter_type",
                "string",
                False,
                (
                    "WILDCARD",
                    "TIME",
                    "NONE",
                ),
                False,
            ),
            Param("fromJobConfig.pathFilter", "path_filter", "string", False, (), False),
            Param("fromJobConfig.fileFilter", "file_filter", "string", False, (), False),
            Param("fromJobConfig.startTime", "start_time", "string", False, (), False),
            Param("fromJobConfig.endTime", "end_time", "string", False, (), False),
            Param("fromJobConfig.createSnapshot", "create_snapshot", "boolean", False, (), False),
            Param("fromJobConfig.formats", "formats", "any", False, (), False),
            Param(
                "fromJobConfig.deryption",
                "deryption",
                "string",
                False,
                (
                    "NONE",
                    "AES-256-GCM",
                ),
                False,
            ),
            Param("fromJobConfig.dek", "dek", "string", False, (), True),
            Param("fromJobConfig.iv", "iv", "string", False, (), False),
        ),
    ),
    "HdfsTargetJobConfig": Connector(
        name="HdfsTargetJobConfig",
        function="hdfs_target_job",
        role="to",
        connector_name="",
        title="目的端为 HDFS",
        params=(
            Param("toJobConfig.outputDirectory", "output_directory", "string", True, (), False),
            Param(
                "toJobConfig.outputFormat",
                "output_format",
                "string",
                True,
                (
                    "CSV_FILE",
                    "BINARY_FILE",
                ),
                False,
            ),
            Param("toJobConfig.appendMode", "append_mode", "boolean", True, (), False),
            Param("toJobConfig.lineSeparator", "line_separator", "string", False, (), False),
            Param("toJobConfig.fieldSeparator", "field_separator", "string", False, (), False),
            Param("toJobConfig.writeToTempFile", "write_to_temp_file", "boolean", False, (), False),
            Param(
                "toJobConfig.duplicateFileOpType",
                "duplicate_file_op_type",
                "string",
                False,
                (
                    "REPLACE",
                    "SKIP",
                    "ABANDON",
                ),
                False,
            ),
            Param(
                "toJobConfig.compression",
                "compression",
                "string",
                False,
                (
                    "NONE",
                    "DEFLATE",
                    "GZIP",
                    "BZIP2",
                    "LZ4",
                    "SNAPPY",
                ),
                False,
            ),
            Param(
                "toJobConfig.encryption",
                "encryption",
                "string",
                False,
                (
                    "NONE",
                    "AES-256-GCM",
                ),
                False,
            ),
            Param("toJobConfig.dek", "dek", "string", False, (), True),
            Param("toJobConfig.iv", "iv", "string", False, (), False),
            Param("toJobConfig.filePrefix", "file_prefix", "string", False, (), False),
        ),
    ),
    "HiveLinkConfig": Connector(
        name="HiveLinkConfig",
        function="hive_link",
        role="link",
        connector_name="hive-connector",
        title="Hive 连接",
        params=(
            Param("linkConfig.host", "host", "string", True, (), False),
            Param(
                "linkConfig.authType",
                "auth_type",
                "string",
                True,
                (
                    "SIMPLE",
                    "KERBEROS",
                ),
                False,
            ),
            Param(
                "linkConfig.hiveVersion",
                "hive_version",
                "string",
                True,
                (
                    "HIVE_1_X",
                    "HIVE_3_X",
                ),
                False,
            ),
            Param("linkConfig.obsSupport", "obs_support", "boolean", True, (), False),
            Param("linkConfig.principal", "principal", "string", False, (), False),
            Param("linkConfig.keytab", "keytab", "string", False, (), False),
            Param("linkConfig.user", "user", "string", False, (), False),
            Param("linkConfig.password", "password", "string", False, (), True),
            Param("linkConfig.uri", "uri", "string", False, (), False),
            Param("linkConfig.hiveMsUris", "hive_ms_uris", "string", False, (), False),
            Param(
                "linkConfig.runMode",
                "run_mode",
                "string",
                False,
                (
                    "EMBEDDED",
                    "STANDALONE",
                ),
                False,
            ),
            Param("linkConfig.accessKey", "access_key", "string", False, (), False),
            Param("linkConfig.securityKey", "security_key", "string", False, (), True),
            Param("linkConfig.properties", "properties", "object", False, (), False),
        ),
    ),
    "HiveSourceJobConfig": Connector(
        name="HiveSourceJobConfig",
        function="hive_source_job",
        role="from",
        connector_name="",
        title="源端为 Hive",
        params=(
            Param("fromJobConfig.table", "table", "string", True, (), False),
            Param("fromJobConfig.hive", "hive", "string", False, (), False),
            Param("fromJobConfig.database", "database", "string", False, (), False),
            Param("fromJobConfig.columnList", "column_list", "string", False, (), False),
        ),
    ),
    "HiveTargetJobConfig": Connector(
        name="HiveTargetJobConfig",
        function="hive_target_job",
        role="to",
        connector_name="",
        title="目的端为 Hive",
        params=(
            Param("toJobConfig.table", "table", "string", True, (), False),
            Param(
                "toJobConfig.tablePreparation",
                "table_preparation",
                "string",
                True,
                (
                    "DO_NOTHING",
                    "CREATE_WHEN_NOT_EXISTS",
                    "DROP_AND_CREATE",
                ),
                False,
            ),
            Param("toJobConfig.hive", "hive", "string", False, (), False),
            Param("toJobConfig.database", "database", "string", False, (), False),
            Param("toJobConfig.columnList", "column_list", "string", False, (), False),
            Param(
                "toJobConfig.shouldClearTable", "should_clear_table", "boolean", False, (), False
            ),
        ),
    ),
    "HttpSourceJobConfig": Connector(
        name="HttpSourceJobConfig",
        function="http_source_job",
        role="from",
        connector_name="",
        title="源端为 HTTP/HTTPS",
        params=(
            Param("fromJobConfig.inputDirectory", "input_directory", "string", True, (), False),
            Param(
                "fromJobConfig.inputFormat", "input_format", "string", True, ("BINARY_FILE",), False
            ),
            Param(
                "fromJobConfig.fromCompression",
                "from_compression",
                "string",
                False,
                (
                    "NONE",
                    "GZIP",
                    "ZIP",
                    "TARGZ",
                ),
                False,
            ),
            Param(
                "fromJobConfig.compressedFileSuffix",
                "compressed_file_suffix",
                "string",
                False,
                (),
                False,
            ),
            Param("fromJobConfig.fileSeparator", "file_separator", "string", False, (), False),
            Param("fromJobConfig.useQuery", "use_query", "boolean", False, (), False),
            Param("fromJobConfig.md5FileSuffix", "md5_file_suffix", "string", False, (), False),
        ),
    ),
    "JobTaskConfig": Connector(
        name="JobTaskConfig",
        function="job_task",
        role="task",
        connector_name="",
        title="作业任务参数说明",
        params=(
            Param("throttlingConfig.numExtractors", "num_extractors", "integer", False, (), False),
            Param("groupJobConfig.groupName", "group_name", "string", False, (), False),
            Param("throttlingConfig.numLoaders", "num_loaders", "integer", False, (), False),
            Param(
                "throttlingConfig.recordDirtyData", "record_dirty_data", "boolean", False, (), False
            ),
            Param("throttlingConfig.writeToLink", "write_to_link", "string", False, (), False),
            Param("throttlingConfig.obsBucket", "obs_bucket", "string", False, (), False),
            Param(
                "throttlingConfig.dirtyDataDirectory",
                "dirty_data_directory",
                "string",
                False,
                (),
                False,
            ),
            Param(
                "throttlingConfig.maxErrorRecords", "max_error_records", "string", False, (), False
            ),
            Param(
                "schedulerConfig.isSchedulerJob", "is_scheduler_job", "boolean", False, (), False
            ),
            Param(
                "schedulerConfig.cycleType",
                "cycle_type",
                "string",
                False,
                (
                    "minute",
                    "hour",
                    "day",
                    "week",
                    "month",
                ),
                False,
            ),
            Param("schedulerConfig.cycle", "cycle", "integer", False, (), False),
            Param("schedulerConfig.runAt", "run_at", "string", False, (), False),
            Param("schedulerConfig.startDate", "start_date", "string", False, (), False),
            Param("schedulerConfig.stopDate", "stop_date", "string", False, (), False),
            Param(
                "schedulerConfig.disposableType",
                "disposable_type",
                "string",
                False,
                (
                    "NONE",
                    "DELETE_AFTER_SUCCEED",
                    "DELETE",
                ),
                False,
            ),
            Param(
                "retryJobConfig.retryJobType",
                "retry_job_type",
                "string",
                False,
                (
                    "NONE",
                    "RETRY_TRIPLE",
                ),
                False,
            ),
        ),
    ),
    "KafkaLinkConfig": Connector(
        name="KafkaLinkConfig",
        function="kafka_link",
        role="link",
        connector_name="kafka-connector",
        title="Kafka 连接",
        params=(
            Param(
                "linkConfig.hadoopType",
                "hadoop_type",
                "string",
                True,
                (
                    "MRS",
                    "Apache Kafka",
                ),
                False,
            ),
            Param("linkConfig.host", "host", "string", True, (), False),
            Param("linkConfig.user", "user", "string", True, (), False),
            Param("linkConfig.password", "password", "string", True, (), True),
            Param(
                "linkConfig.authType",
                "auth_type",
                "string",
                True,
                (
                    "Simple",
                    "Kerberos",
                    "SIMPLE",
                    "KERBEROS",
                ),
                False,
            ),
            Param("linkConfig.brokerList", "broker_list", "string", False, (), False),
            Param("linkConfig.properties", "properties", "object", False, (), False),
        ),
    ),
    "KafkaSourceJobConfig": Connector(
        name="KafkaSourceJobConfig",
        function="kafka_source_job",
        role="from",
        connector_name="",
        title="源端为 Kafka",
        params=(
            Param("fromJobConfig.topicsList", "topics_list", "string", True, (), False),
            Param(
                "fromJobConfig.kafkaConsumerStrategy",
                "kafka_consumer_strategy",
                "string",
                True,
                (
                    "LATEST",
                    "EARLIEST",
                ),
                False,
            ),
            Param("fromJobConfig.isPermanency", "is_permanency", "boolean", True, (), False),
            Param(
                "fromJobConfig.dataFormat",
                "data_format",
                "string",
                True,
                (
                    "BINARY",
                    "CSV",
                ),
                False,
            ),
            Param("fromJobConfig.groupId", "group_id", "string", False, (), False),
            Param("fromJobConfig.maxPollRecords", "max_poll_records", "string", False, (), False),
            Param("fromJobConfig.maxPollInterval", "max_poll_interval", "string", False, (), False),
            Param("fromJobConfig.separator", "separator", "string", False, (), False),
        ),
    ),
    "MongodbLinkConfig": Connector(
        name="MongodbLinkConfig",
        function="mongodb_link",
        role="link",
        connector_name="mongodb-connector",
        title="MongoDB 连接",
        params=(
            Param("linkConfig.serverList", "server_list", "string", True, (), False),
            Param("linkConfig.database", "database", "string", True, (), False),
            Param("linkConfig.userName", "user_name", "string", True, (), False),
            Param("linkConfig.password", "password", "string", True, (), True),
        ),
    ),
    "MongodbSourceJobConfig": Connector(
        name="MongodbSourceJobConfig",
        function="mongodb_source_job",
        role="from",
        connector_name="",
        title="源端为 MongoDB/DDS",
        params=(
            Param("fromJobConfig.database", "database", "string", True, (), False),
            Param("fromJobConfig.collectionName", "collection_name", "string", True, (), False),
            Param("fromJobConfig.columnList", "column_list", "string", False, (), False),
            Param(
                "fromJobConfig.isBatchMigration", "is_batch_migration", "boolean", False, (), False
            ),
            Param("fromJobConfig.filters", "filters", "string", False, (), False),
        ),
    ),
    "ObsLinkConfig": Connector(
        name="ObsLinkConfig",
        function="obs_link",
        role="link",
        connector_name="obs-connector",
        title="OBS 连接",
        params=(
            Param("linkConfig.storageType", "storage_type", "string", True, (), False),
            Param("linkConfig.server", "server", "string", True, (), False),
            Param("linkConfig.port", "port", "string", True, (), False),
            Param("linkConfig.accessKey", "access_key", "string", True, (), False),
            Param("linkConfig.securityKey", "security_key", "string", True, (), True),
        ),
    ),
    "ObsSourceJobConfig": Connector(
        name="ObsSourceJobConfig",
        function="obs_source_job",
        role="from",
        connector_name="",
        title="源端为对象存储",
        params=(
            Param("fromJobConfig.bucketName", "bucket_name", "string", True, (), False),
            Param("fromJobConfig.inputDirectory", "input_directory", "string", True, (), False),
            Param(
                "fromJobConfig.inputFormat",
                "input_format",
                "string",
                True,
                (
                    "CSV_FILE",
                    "JSON_FILE",
                    "BINARY_FILE",
                ),
                False,
            ),
            Param("fromJobConfig.lineSeparator", "line_separator", "string", False, (), False),
            Param("fromJobConfig.columnList", "column_list", "string", False, (), False),
            Param("fromJobConfig.regexSeparator", "regex_separator", "boolean", False, (), False),
            Param("fromJobConfig.regex", "regex", "string", False, (), False),
            Param("fromJobConfig.fieldSeparator", "field_separator", "string", False, (), False),
            Param("fromJobConfig.quoteChar", "quote_char", "boolean", False, (), False),
            Param(
                "fromJobConfig.firstRowAsHeader", "first_row_as_header", "boolean", False, (), False
            ),
            Param(
                "fromJobConfig.fromCompression",
                "from_compression",
                "string",
                False,
                (
                    "NONE",
                    "GZIP",
                    "ZIP",
                ),
                False,
            ),
            Param(
                "fromJobConfig.jsonReferenceNode", "json_reference_node", "string", False, (), False
            ),
            Param("fromJobConfig.encodeType", "encode_type", "string", False, (), False),
            Param("fromJobConfig.useMarkerFile", "use_marker_file", "boolean", False, (), False),
            Param("fromJobConfig.markerFile", "marker_file", "string", False, (), False),
            Param("fromJobConfig.waitTime", "wait_time", "string", False, (), False),
            Param(
                "fromJobConfig.filterType",
                "filter_type",
                "string",
                False,
                (
                    "WILDCARD",
                    "TIME",
                ),
                False,
            ),
            Param("fromJobConfig.pathFilter", "path_filter", "string", False, (), False),
            Param("fromJobConfig.fileFilter", "file_filter", "string", False, (), False),
            Param("fromJobConfig.startTime", "start_time", "string", False, (), False),
            Param("fromJobConfig.endTime", "end_time", "string", False, (), False),
            Param("fromJobConfig.fileSeparator", "file_separator", "string", False, (), False),
            Param("fromJobConfig.md5FileSuffix", "md5_file_suffix", "string", False, (), False),
        ),
    ),
    "ObsTargetJobConfig": Connector(
        name="ObsTargetJobConfig",
        function="obs_target_job",
        role="to",
        connector_name="",
        title="目的端为 OBS",
        params=(
            Param("toJobConfig.bucketName", "bucket_name", "string", True, (), False),
            Param("toJobConfig.outputDirectory", "output_directory", "string", True, (), False),
            Param(
                "toJobConfig.outputFormat",
                "output_format",
                "string",
                True,
                (
                    "CSV_FILE",
                    "BINARY_FILE",
                ),
                False,
            ),
            Param("toJobConfig.fieldSeparator", "field_separator", "string", False, (), False),
            Param("toJobConfig.lineSeparator", "line_separator", "string", False, (), False),
            Param("toJobConfig.writeFileSize", "write_file_size", "string", False, (), False),
            Param(
                "toJobConfig.duplicateFileOpType",
                "duplicate_file_op_type",
                "string",
                False,
                (
                    "REPLACE",
                    "SKIP",
                    "ABANDON",
                ),
                False,
            ),
            Param("toJobConfig.columnList", "column_list", "string", False, (), False),
            Param(
                "toJobConfig.encryption",
                "encryption",
                "string",
                False,
                (
                    "NONE",
                    "KMS",
                ),
                False,
            ),
            Param("toJobConfig.kmsID", "kms_id", "string", False, (), False),
            Param("toJobConfig.projectID", "project_id", "string", False, (), False),
            Param("toJobConfig.writeToTempFile", "write_to_temp_file", "boolean", False, (), False),
            Param("toJobConfig.validateMD5", "validate_md5", "boolean", False, (), False),
            Param("toJobConfig.recordMD5Result", "record_md5_result", "boolean", False, (), False),
            Param("toJobConfig.recordMD5Link", "record_md5_link", "string", False, (), False),
            Param("toJobConfig.recordMD5Bucket", "record_md5_bucket", "string", False, (), False),
            Param(
                "toJobConfig.recordMD5Directory", "record_md5_directory", "string", False, (), False
            ),
            Param("toJobConfig.encodeType", "encode_type", "string", False, (), False),
            Param("toJobConfig.markerFile", "marker_file", "string", False, (), False),
            Param("toJobConfig.copyContentType", "copy_content_type", "boolean", False, (), False),
            Param("toJobConfig.quoteChar", "quote_char", "boolean", False, (), False),
            Param(
                "toJobConfig.firstRowAsHeader", "first_row_as_header", "boolean", False, (), False
            ),
            Param("toJobConfig.filePrefix", "file_prefix", "string", False, (), False),
        ),
    ),
    "RedisLinkConfig": Connector(
        name="RedisLinkConfig",
        function="redis_link",
        role="link",
        connector_name="redis-connector",
        title="Redis 连接",
        params=(
            Param(
                "linkConfig.deploymentMode",
                "deployment_mode",
                "string",
                True,
                (
                    "Single",
                    "Cluster",
                ),
                False,
            ),
            Param("linkConfig.serverlist", "serverlist", "string", True, (), False),
            Param("linkConfig.password", "password", "string", True, (), True),
            Param("linkConfig.dbIndex", "db_index", "string", True, (), False),
        ),
    ),
    "RedisSourceJobConfig": Connector(
        name="RedisSourceJobConfig",
        function="redis_source_job",
        role="from",
        connector_name="",
        title="源端为 Redis",
        params=(
            Param("fromJobConfig.keyPrefix", "key_prefix", "string", True, (), False),
            Param("fromJobConfig.keySeparator", "key_separator", "string", True, (), False),
            Param(
                "fromJobConfig.valueStoreType",
                "value_store_type",
                "string",
                True,
                (
                    "STRING",
                    "HASH",
                ),
                False,
            ),
            Param(
                "fromJobConfig.isBatchMigration", "is_batch_migration", "boolean", False, (), False
            ),
            Param("fromJobConfig.valueSeparator", "value_separator", "string", False, (), False),
            Param("fromJobConfig.columnList", "column_list", "string", False, (), False),
            Param("fromJobConfig.formats", "formats", "any", False, (), False),
        ),
    ),
    "RelationalDatabaseLinkConfig": Connector(
        name="RelationalDatabaseLinkConfig",
        function="relational_database_link",
        role="link",
        connector_name="generic-jdbc-connector",
        title="关系数据库连接",
        params=(
            Param(
                "linkConfig.databaseType",
                "database_type",
                "string",
                True,
                (
                    "ORACLE",
                    "MYSQL",
                    "SQLSERVER",
                    "DB2",
                    "POSTGRESQL",
                    "DWS",
                    "DDM",
                    "SAP HANA",
                ),
                False,
            ),
            Param("linkConfig.host", "host", "string", True, (), False),
            Param("linkConfig.port", "port", "string", True, (), False),
            Param("linkConfig.username", "username", "string", True, (), False),
            Param("linkConfig.password", "password", "string", True, (), True),
            Param("linkConfig.useAgent", "use_agent", "boolean", True, (), False),
            Param(
                "linkConfig.databaseconfig",
                "databaseconfig",
                "string",
                False,
                (
                    "SERVICENAME",
                    "SID",
                ),
                False,
            ),
            Param("linkConfig.sidname", "sidname", "string", False, (), False),
            Param("linkConfig.database", "database", "string", False, (), False),
            Param("linkConfig.fetchSize", "fetch_size", "string", False, (), False),
            Param("linkConfig.commitSize", "commit_size", "string", False, (), False),
            Param("linkConfig.usingNative", "using_native", "boolean", False, (), False),
            Param("linkConfig.isRds", "is_rds", "boolean", False, (), False),
            Param("linkConfig.useSSL", "use_ssl", "boolean", False, (), False),
            Param("linkConfig.jdbcProperties", "jdbc_properties", "object", False, (), False),
            Param(
                "linkConfig.version",
                "version",
                "string",
                False,
                (
                    "HIGH_VERSION",
                    "MED_VERSION",
                    "LOW_VERSION",
                ),
                False,
            ),
            Param("dialect.identifierEnclose", "identifier_enclose", "string", False, (), False),
        ),
    ),
    "RelationalDatabaseSourceJobConfig": Connector(
        name="RelationalDatabaseSourceJobConfig",
        function="relational_database_source_job",
        role="from",
        connector_name="",
        title="源端为关系数据库",
        params=(
            Param("fromJobConfig.useSql", "use_sql", "boolean", True, (), False),
            Param("fromJobConfig.schemaName", "schema_name", "string", True, (), False),
            Param("fromJobConfig.tableName", "table_name", "string", True, (), False),
            Param("fromJobConfig.sql", "sql", "string", False, (), False),
            Param("fromJobConfig.whereClause", "where_clause", "string", False, (), False),
            Param("fromJobConfig.columnList", "column_list", "string", False, (), False),
            Param("fromJobConfig.partitionColumn", "partition_column", "string", False, (), False),
            Param("fromJobConfig.usePartition", "use_partition", "boolean", False, (), False),
            Param("fromJobConfig.partitionList", "partition_list", "string", False, (), False),
        ),
    ),
    "RelationalDatabaseTargetJobConfig": Connector(
        name="RelationalDatabaseTargetJobConfig",
        function="relational_database_target_job",
        role="to",
        connector_name="",
        title="目的端为关系数据库",
        params=(
            Param("toJobConfig.schemaName", "schema_name", "string", True, (), False),
            Param(
                "toJobConfig.tablePreparation",
                "table_preparation",
                "string",
                True,
                (
                    "DO_NOTHING",
                    "CREATE_WHEN_NOT_EXIST",
                    "DROP_AND_CREATE",
                ),
                False,
            ),
            Param("toJobConfig.tableName", "table_name", "string", True, (), False),
            Param("toJobConfig.columnList", "column_list", "string", False, (), False),
            Param(
                "toJobConfig.beforeImportType",
                "before_import_type",
                "string",
                False,
                (
                    "none",
                    "shouldClearTable",
                    "whereClause",
                ),
                False,
            ),
            Param("toJobConfig.whereClause", "where_clause", "string", False, (), False),
            Param(
                "toJobConfig.orientation",
                "orientation",
                "string",
                False,
                (
                    "ROW",
                    "COLUMN",
                ),
                False,
            ),
            Param("toJobConfig.isCompress", "is_compress", "boolean", False, (), False),
            Param("toJobConfig.useStageTable", "use_stage_table", "boolean", False, (), False),
            Param(
                "toJobConfig.extendCharLength", "extend_char_length", "boolean", False, (), False
            ),
            Param("toJobConfig.useNullable", "use_nullable", "boolean", False, (), False),
        ),
    ),
}


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
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def dds_target_job(
    *,
    database: str,
    collection_name: str,
    column_list: str | None = None,
    is_batch_migration: bool | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为 DDS (to parameters, reference 5.4.3.6).

    Kinds: DDS

    Args:
        database: ``toJobConfig.database`` (required). MongoDB/DDS的数据库名称
        collection_name: ``toJobConfig.collectionName`` (required). MongoDB/DDS的集合名称。
        column_list: ``toJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        is_batch_migration: ``toJobConfig.isBatchMigration``. 是否为整库迁移。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["DdsTargetJobConfig"],
        {
            "toJobConfig.database": database,
            "toJobConfig.collectionName": collection_name,
            "toJobConfig.columnList": column_list,
            "toJobConfig.isBatchMigration": is_batch_migration,
        },
        extra_inputs,
    )


def dis_link(
    *,
    region: str,
    endpoint: str,
    ak: str,
    sk: str,
    project_id: str,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def dis_source_job(
    *,
    stream_name: str,
    dis_consumer_strategy: Literal["LATEST", "FROM_LAST_STOP", "EARLIEST"],
    is_permanency: bool,
    shard_id: str,
    data_format: Literal["BINARY", "CSV"],
    max_poll_records: str | None = None,
    separator: str | None = None,
    app_name: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 DIS (from parameters, reference 5.4.2.10).

    Kinds: DIS

    Args:
        stream_name: ``fromJobConfig.streamName`` (required). DIS的通道名。
        dis_consumer_strategy: ``fromJobConfig.disConsumerStrategy`` (required). 设置从DIS拉取数据时的初始偏移量：
            - LATEST：最大偏移量，即最新的数据。
            - FROM_LAST_STOP：从上次停止处继续拉取。
            - EARLIEST：最小偏移量，即最早的数据。
        is_permanency: ``fromJobConfig.isPermanency`` (required). 是否永久运行。
        shard_id: ``fromJobConfig.shardId`` (required). DIS分区ID，该参数支持输入多个分区ID，使用“,”分隔。
        data_format: ``fromJobConfig.dataFormat`` (required). 解析数据时使用的格式：
            - BINARY：适用于文件迁移场景，不解析数据内容原样传输。
            - CSV：以CSV格式解析源数据。
        max_poll_records: ``fromJobConfig.maxPollRecords``. 每次向DIS请求数据限制最大请求记录数。
        separator: ``fromJobConfig.separator``. 字段分隔符。
        app_name: ``fromJobConfig.appName``. 用户数据消费程序的唯一标识符。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["DisSourceJobConfig"],
        {
            "fromJobConfig.streamName": stream_name,
            "fromJobConfig.disConsumerStrategy": dis_consumer_strategy,
            "fromJobConfig.isPermanency": is_permanency,
            "fromJobConfig.shardId": shard_id,
            "fromJobConfig.dataFormat": data_format,
            "fromJobConfig.maxPollRecords": max_poll_records,
            "fromJobConfig.separator": separator,
            "fromJobConfig.appName": app_name,
        },
        extra_inputs,
    )


def dis_target_job(
    *,
    stream_name: str,
    separator: str | None = None,
    identifier_enclose: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为 DIS (to parameters, reference 5.4.3.9).

    Kinds: DIS

    Args:
        stream_name: ``toJobConfig.streamName`` (required). DIS的通道名。
        separator: ``toJobConfig.separator``. 字段分隔符，默认为空格。
        identifier_enclose: ``toJobConfig.identifierEnclose``. 连接引用表名或列名时的分隔符号，默认为空。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["DisTargetJobConfig"],
        {
            "toJobConfig.streamName": stream_name,
            "toJobConfig.separator": separator,
            "toJobConfig.identifierEnclose": identifier_enclose,
        },
        extra_inputs,
    )


def dli_link(
    *,
    ak: str,
    sk: str,
    region: str,
    project_id: str,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """DLI 连接 (link parameters, reference 5.4.1.13).

    connector-name: dli-connector

    Kinds: DLI

    Args:
        ak: ``linkConfig.ak`` (required). 登录DLI数据库的AK。
        sk: ``linkConfig.sk`` (required). 登录DLI数据库的SK。
        region: ``linkConfig.region`` (required). DLI服务所在的区域。
        project_id: ``linkConfig.projectId`` (required). DLI服务的项目ID。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["DliLinkConfig"],
        {
            "linkConfig.ak": ak,
            "linkConfig.sk": sk,
            "linkConfig.region": region,
            "linkConfig.projectId": project_id,
        },
        extra_inputs,
    )


def dli_target_job(
    *,
    queue: str,
    database: str,
    table: str,
    column_list: str | None = None,
    should_clear_table: bool | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为 DLI (to parameters, reference 5.4.3.8).

    Kinds: DLI

    Args:
        queue: ``toJobConfig.queue`` (required). 写入数据的资源队列。
        database: ``toJobConfig.database`` (required). 写入数据到数据湖探索（DLI）的哪个数据库。
        table: ``toJobConfig.table`` (required). 写入数据的表名。
        column_list: ``toJobConfig.columnList``. 需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        should_clear_table: ``toJobConfig.shouldClearTable``. 导入前是否清空资源队列的数据。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["DliTargetJobConfig"],
        {
            "toJobConfig.queue": queue,
            "toJobConfig.database": database,
            "toJobConfig.table": table,
            "toJobConfig.columnList": column_list,
            "toJobConfig.shouldClearTable": should_clear_table,
        },
        extra_inputs,
    )


def dms_kafka_link(
    *,
    kafka_type: Literal["Basic", "Platinum"],
    broker_list: str,
    is_platinum_instance: bool,
    user: str | None = None,
    password: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def elasticsearch_link(
    *,
    host: str,
    link_type: str,
    safemode: bool | None = None,
    user: str | None = None,
    password: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def elasticsearch_source_job(
    *,
    index: str,
    type_: str,
    column_list: str | None = None,
    split_nested_field: bool | None = None,
    query_string: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 Elasticsearch/云搜索服务 (from parameters, reference 5.4.2.12).

    Kinds: Elasticsearch, 云搜索服务

    Args:
        index: ``fromJobConfig.index`` (required). 抽取数据的索引，类似关系数据库中的数据库名称。
        type_: ``fromJobConfig.type`` (required). 抽取数据的类型，类似关系数据库中的表名。
        column_list: ``fromJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分隔，例如：“id&gid&name”。
        split_nested_field: ``fromJobConfig.splitNestedField``. 选择是否将nested字段的json内容拆分，例如：将“a:{ b:{ c:1, d:{ e:2, f:3 } } }”拆成三个字段“a.b.c”、“a.b.d.e”、“a.b.d.f”。
        query_string: ``fromJobConfig.queryString``. 使用Elasticsearch的查询字符串（query string）对源数据进行过滤，CDM只迁移满足过滤条件的数据。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["ElasticsearchSourceJobConfig"],
        {
            "fromJobConfig.index": index,
            "fromJobConfig.type": type_,
            "fromJobConfig.columnList": column_list,
            "fromJobConfig.splitNestedField": split_nested_field,
            "fromJobConfig.queryString": query_string,
        },
        extra_inputs,
    )


def elasticsearch_target_job(
    *,
    index: str,
    type_: str,
    should_clear_type: bool | None = None,
    primary_key: str | None = None,
    column_list: str | None = None,
    pipe_line: str | None = None,
    create_index_strategy: (
        Literal["EveryHour", "Everyday", "EveryWeek", "EveryMonth"] | None
    ) = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为 Elasticsearch/云搜索服务 (to parameters, reference 5.4.3.7).

    Kinds: Elasticsearch, 云搜索服务

    Args:
        index: ``toJobConfig.index`` (required). 写入数据的索引，类似关系数据库中的数据库名称。
        type_: ``toJobConfig.type`` (required). 写入数据的类型，类似关系数据库中的表名。
        should_clear_type: ``toJobConfig.shouldClearType``. 导入前是否清除数据。
        primary_key: ``toJobConfig.primaryKey``. 主键或唯一索引。
        column_list: ``toJobConfig.columnList``. 需要写入的字段列表，字段名之间使用“&”分隔，例如：“id&gid&name”。
        pipe_line: ``toJobConfig.pipeLine``. 需要先在kibana中创建管道ID，这里才可以选择，该参数用于数据传到云搜索服务/Elasticsearch后，通过Elasticsearch的数据转换pipeline进行数据格式变换。
        create_index_strategy: ``toJobConfig.createIndexStrategy``. 对于持续写入数据到 Elasticsearch 的流式作业，CDM 支持在 Elasticsearch 中定时创建新索引并写入数据，方便用户后期删除过期的数据。支持按以下周期创建新索引：
            - EveryHour：每小时整点创建新索引，新索引的命名格式为“索引名+年+月+日+小时”，例如“index2018121709”。
            - Everyday：每天零点零分创建新索引，新索引的命名格式为“索引名+年+月+日”，例如“index20181217”。
            - EveryWeek：每周周一的零点零分创建新索引，新索引的命名格式为“索引名+年+周”，例如“index201842”。
            - EveryMonth：每月一号零点零分创建新索引，新索引的命名格式为“索引名+年+月”，例如“index201812”。
            从文件类抽取数据时，必须配置单个抽取（“抽取并发数”参数配置为1），否则该参数无效。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["ElasticsearchTargetJobConfig"],
        {
            "toJobConfig.index": index,
            "toJobConfig.type": type_,
            "toJobConfig.shouldClearType": should_clear_type,
            "toJobConfig.primaryKey": primary_key,
            "toJobConfig.columnList": column_list,
            "toJobConfig.pipeLine": pipe_line,
            "toJobConfig.createIndexStrategy": create_index_strategy,
        },
        extra_inputs,
    )


def ftp_sftp_link(
    *,
    server: str,
    port: str,
    username: str,
    password: str,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """FTP/SFTP 连接 (link parameters, reference 5.4.1.7).

    connector-name: sftp-connector

    Kinds: FTP, SFTP

    Args:
        server: ``linkConfig.server`` (required). FTP或SFTP服务器的地址。
        port: ``linkConfig.port`` (required). FTP或SFTP服务器端口号。
        username: ``linkConfig.username`` (required). 登录FTP或SFTP服务器的用户名。
        password: ``linkConfig.password`` (required). 登录用户的密码。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["FtpSftpLinkConfig"],
        {
            "linkConfig.server": server,
            "linkConfig.port": port,
            "linkConfig.username": username,
            "linkConfig.password": password,
        },
        extra_inputs,
    )


def ftp_sftp_source_job(
    *,
    input_directory: str,
    input_format: Literal["CSV_FILE", "JSON_FILE", "BINARY_FILE"],
    line_separator: str | None = None,
    column_list: str | None = None,
    field_separator: str | None = None,
    quote_char: bool | None = None,
    regex_separator: bool | None = None,
    regex: str | None = None,
    first_row_as_header: bool | None = None,
    from_compression: Literal["NONE", "GZIP", "ZIP"] | None = None,
    split_type: Literal["FILE", "SIZE"] | None = None,
    json_reference_node: str | None = None,
    encode_type: str | None = None,
    use_marker_file: bool | None = None,
    marker_file: str | None = None,
    wait_time: str | None = None,
    filter_type: Literal["WILDCARD", "TIME"] | None = None,
    path_filter: str | None = None,
    file_filter: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    file_separator: str | None = None,
    md5_file_suffix: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 FTP/SFTP (from parameters, reference 5.4.2.6).

    Kinds: FTP, SFTP

    Args:
        input_directory: ``fromJobConfig.inputDirectory`` (required). 抽取文件的路径。支持输入多个文件路径（最多50个），默认以“ ”分隔，也可以自定义文件分隔符，例如：“FROM/example.csv FROM/b.txt”。
        input_format: ``fromJobConfig.inputFormat`` (required). 传输数据时所用的文件格式，目前支持以下文件格式：
            - CSV_FILE: CSV格式，用于迁移文件到数据表的场景。
            - JSON_FILE: JSON格式，一般都是用于迁移文件到数据表的场景。
            - BINARY_FILE: 二进制格式，不解析文件内容直接传输，不要求文件格式必须为二进制。适用于文件到文件的原样复制。
            当选择“BINARY_FILE”时，目的端也必须为文件系统。
        line_separator: ``fromJobConfig.lineSeparator``. 文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。
        column_list: ``fromJobConfig.columnList``. 需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。
        field_separator: ``fromJobConfig.fieldSeparator``. 字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。
        quote_char: ``fromJobConfig.quoteChar``. 是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。
        regex_separator: ``fromJobConfig.regexSeparator``. 是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。
        regex: ``fromJobConfig.regex``. 正则表达式，当选择使用正则表达式分割字段时，此参数有效。
        first_row_as_header: ``fromJobConfig.firstRowAsHeader``. 是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。
        from_compression: ``fromJobConfig.fromCompression``. 压缩格式，当文件格式为“CSV_FILE”或“JSON”时此参数有效。选择对应压缩格式的源文件：
            - NONE：表示传输所有格式的文件。
            - GZIP：表示只传输GZIP格式的文件。
            - ZIP：表示只传输ZIP格式的文件。
        split_type: ``fromJobConfig.splitType``. 指定任务分片方式，选择按文件或文件大小进行分割。
            - FILE：按文件数量进行分片。例如有10个文件，并在任务参数中指定“throttlingConfig.numExtractors”（抽取并发数）为“5”，则每个分片2个文件。
            - SIZE：按文件大小分割。注意这里不会将文件做切分来实现均衡。例如：有10个文件，9个10M，1个200M，在并发任务数中指定“throttlingConfig.numExtractors”（抽取并发数）为“2”，则会分两个分片，一个处理9个10M的文件，一个处理1个200M的文件。
        json_reference_node: ``fromJobConfig.jsonReferenceNode``. 记录节点，当文件格式为“JSON_FILE”时此参数有效。对该JSON节点下的数据进行解析，如果该节点对应的数据为JSON数组，那么系统会以同一模式从该数组中提取数据。多层嵌套的JSON节点以字符“.”分割，例如：“data.list”。
        encode_type: ``fromJobConfig.encodeType``. 编码类型，例如：“UTF_8”或“GBK”。
        use_marker_file: ``fromJobConfig.useMarkerFile``. 选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方“fromJobConfig.waitTime”（等待时间）参数中配置。
        marker_file: ``fromJobConfig.markerFile``. 启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。
        wait_time: ``fromJobConfig.waitTime``. 选择开启作业标识文件的功能时，如果源路径下不存在启动作业的标识文件，作业挂机等待的时长，当超时后任务会失败。 等待时间设置为0时，当源端路径下不存在标识文件，任务会立即失败。 单位：秒。
        filter_type: ``fromJobConfig.filterType``. 选择过滤器类型：
            - WILDCARD：输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
            - TIME：时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。
        path_filter: ``fromJobConfig.pathFilter``. 路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。
        file_filter: ``fromJobConfig.fileFilter``. 文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*.txt”。
        start_time: ``fromJobConfig.startTime``. “过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))} 表示： 只迁移最近90天内的文件。
        end_time: ``fromJobConfig.endTime``. “过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyy-MM-dd HH:mm:ss))} 表示：只迁移修改时间为当前时间以前的文件。
        file_separator: ``fromJobConfig.fileSeparator``. “fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。
        md5_file_suffix: ``fromJobConfig.md5FileSuffix``. 校验CDM抽取的文件，是否与源文件一致。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["FtpSftpSourceJobConfig"],
        {
            "fromJobConfig.inputDirectory": input_directory,
            "fromJobConfig.inputFormat": input_format,
            "fromJobConfig.lineSeparator": line_separator,
            "fromJobConfig.columnList": column_list,
            "fromJobConfig.fieldSeparator": field_separator,
            "fromJobConfig.quoteChar": quote_char,
            "fromJobConfig.regexSeparator": regex_separator,
            "fromJobConfig.regex": regex,
            "fromJobConfig.firstRowAsHeader": first_row_as_header,
            "fromJobConfig.fromCompression": from_compression,
            "fromJobConfig.splitType": split_type,
            "fromJobConfig.jsonReferenceNode": json_reference_node,
            "fromJobConfig.encodeType": encode_type,
            "fromJobConfig.useMarkerFile": use_marker_file,
            "fromJobConfig.markerFile": marker_file,
            "fromJobConfig.waitTime": wait_time,
            "fromJobConfig.filterType": filter_type,
            "fromJobConfig.pathFilter": path_filter,
            "fromJobConfig.fileFilter": file_filter,
            "fromJobConfig.startTime": start_time,
            "fromJobConfig.endTime": end_time,
            "fromJobConfig.fileSeparator": file_separator,
            "fromJobConfig.md5FileSuffix": md5_file_suffix,
        },
        extra_inputs,
    )


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
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def hbase_source_job(
    *,
    table: str,
    column_families: str | None = None,
    columns: str | None = None,
    is_split: bool | None = None,
    delimiter: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    formats: Any = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 HBase/CloudTable (from parameters, reference 5.4.2.5).

    Kinds: HBase, CloudTable

    Args:
        table: ``fromJobConfig.table`` (required). 需要抽取数据的表名，例如“cdm”。
        column_families: ``fromJobConfig.columnFamilies``. 抽取数据所属的列族。
        columns: ``fromJobConfig.columns``. 需要抽取的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。
        is_split: ``fromJobConfig.isSplit``. 选择是否拆分Rowkey，例如“true”。
        delimiter: ``fromJobConfig.delimiter``. 用于切分Rowkey的分隔符，若不设置则不切分，例如“ ”。
        start_time: ``fromJobConfig.startTime``. 时间区间左边界（包含该值），格式为“yyyy-MM-dd hh:mm:ss”。 表示只抽取该时间及以后的数据。
        end_time: ``fromJobConfig.endTime``. 时间区间右边界（不包含该值），格式为“yyyy-MM-dd hh:mm:ss”。 表示只抽取该时间以前的数据。
        formats: ``fromJobConfig.formats``. 时间格式，请参见 fromJobConfig.formats参数说明 。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["HbaseSourceJobConfig"],
        {
            "fromJobConfig.table": table,
            "fromJobConfig.columnFamilies": column_families,
            "fromJobConfig.columns": columns,
            "fromJobConfig.isSplit": is_split,
            "fromJobConfig.delimiter": delimiter,
            "fromJobConfig.startTime": start_time,
            "fromJobConfig.endTime": end_time,
            "fromJobConfig.formats": formats,
        },
        extra_inputs,
    )


def hbase_target_job(
    *,
    table: str,
    storage_type: Literal["PUTLIST", "BULKLOAD"],
    row_key_column: str,
    columns: str | None = None,
    is_override: bool | None = None,
    delimiter: str | None = None,
    is_rowkey_redundancy: bool | None = None,
    algorithm: Literal["NONE", "SNAPPY", "GZ"] | None = None,
    write_to_wal: bool | None = None,
    trans_type: bool | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为 HBase/CloudTable (to parameters, reference 5.4.3.5).

    Kinds: HBase, CloudTable

    Args:
        table: ``toJobConfig.table`` (required). 写入数据的表名，例如：“TBL_EXAMPLE”。
        storage_type: ``toJobConfig.storageType`` (required). 将数据写入到HBase表中的方法：
            - PUTLIST：put list方式写入。
        row_key_column: ``toJobConfig.rowKeyColumn`` (required). 作为rowkey的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。
        columns: ``toJobConfig.columns``. 需要抽取数据的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。
        is_override: ``toJobConfig.isOverride``. 使用BULKLOAD方式导入数据时，是否清空数据，例如：“true”。
        delimiter: ``toJobConfig.delimiter``. 当选取多个列做rowkey时，连接多列的分隔符，例如：“ ”。
        is_rowkey_redundancy: ``toJobConfig.isRowkeyRedundancy``. 是否将选做Rowkey的数据同时写入HBase的列。
        algorithm: ``toJobConfig.algorithm``. 创建新HBase表时采用的压缩算法，支持SNAPPY和GZ算法，默认为“NONE”。
        write_to_wal: ``toJobConfig.writeToWAL``. 选择是否开启HBase的预写日志机制（WAL，Write Ahead Log）。
            - 是：开启后如果出现HBase服务器宕机，则可以从WAL中回放执行之前没有完成的操作。
            - 否：关闭时能提升写入性能，但如果HBase服务器宕机可能会造成数据丢失。
        trans_type: ``toJobConfig.transType``. - true：源端数据库中的Short、Int、Long、Float、Double、Decimal类型列的数据，会转换为Byte[]数组（二进制）写入HBase，其他类型的按字符串写入。如果这几种类型中，有合并做rowkey的，就依然当字符串写入。 该功能作用是：降低存储占用空间，存储更高效；特定场景下rowkey分布更均匀。
            - false：源端数据库中所有类型的数据，都会按照字符串写入HBase。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["HbaseTargetJobConfig"],
        {
            "toJobConfig.table": table,
            "toJobConfig.storageType": storage_type,
            "toJobConfig.rowKeyColumn": row_key_column,
            "toJobConfig.columns": columns,
            "toJobConfig.isOverride": is_override,
            "toJobConfig.delimiter": delimiter,
            "toJobConfig.isRowkeyRedundancy": is_rowkey_redundancy,
            "toJobConfig.algorithm": algorithm,
            "toJobConfig.writeToWAL": write_to_wal,
            "toJobConfig.transType": trans_type,
        },
        extra_inputs,
    )


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
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def hdfs_source_job(
    *,
    input_directory: str,
    input_format: Literal["CSV_FILE", "PARQUET_FILE", "BINARY_FILE"],
    column_list: str | None = None,
    line_separator: str | None = None,
    field_separator: str | None = None,
    quote_char: bool | None = None,
    regex_separator: bool | None = None,
    encode_type: str | None = None,
    first_row_as_header: bool | None = None,
    from_compression: str | None = None,
    compressed_file_suffix: str | None = None,
    split_type: Literal["FILE", "SIZE"] | None = None,
    use_marker_file: bool | None = None,
    marker_file: str | None = None,
    file_separator: str | None = None,
    filter_type: Literal["WILDCARD", "TIME", "NONE"] | None = None,
    path_filter: str | None = None,
    file_filter: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    create_snapshot: bool | None = None,
    formats: Any = None,
    deryption: Literal["NONE", "AES-256-GCM"] | None = None,
    dek: str | None = None,
    iv: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 HDFS (from parameters, reference 5.4.2.3).

    Kinds: HDFS

    Args:
        input_directory: ``fromJobConfig.inputDirectory`` (required). 待抽取数据的路径，例如：“/data_dir”。
        input_format: ``fromJobConfig.inputFormat`` (required). 传输数据时所用的文件格式，目前支持以下文件格式：
            - CSV_FILE: CSV格式。
            - PARQUET_FILE: PARQUET格式。
            - BINARY_FILE: 二进制格式。 当选择“BINARY_FILE”时，目的端也必须为文件系统。
        column_list: ``fromJobConfig.columnList``. 需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。
        line_separator: ``fromJobConfig.lineSeparator``. 文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。
        field_separator: ``fromJobConfig.fieldSeparator``. 字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。
        quote_char: ``fromJobConfig.quoteChar``. 是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。
        regex_separator: ``fromJobConfig.regexSeparator``. 是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。
        encode_type: ``fromJobConfig.encodeType``. 编码类型，例如：“UTF_8”或“GBK”。
        first_row_as_header: ``fromJobConfig.firstRowAsHeader``. 是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。
        from_compression: ``fromJobConfig.fromCompression``. 压缩格式，表示选择只传输对应压缩格式的源文件。“NONE”表示传输所有格式的文件。
        compressed_file_suffix: ``fromJobConfig.compressedFileSuffix``. 需要解压缩的文件后缀名。当一批文件中以该值为后缀时，才会执行解压缩操作，否则保持原样传输。当输入*或为空时，所有文件都会被解压。
        split_type: ``fromJobConfig.splitType``. 指定任务分片方式，选择按文件或文件大小进行分割。HDFS上的文件，如果在HDFS上已经分片，则HDFS每个分片视为一个文件。
            - FILE：按文件数量进行分片。例如有10个文件，并在任务参数中指定“throttlingConfig.numExtractors”（抽取并发数）为“5”，则每个分片2个文件。
            - SIZE：按文件大小分割。注意这里不会将文件做切分来实现均衡。例如：有10个文件，9个10M，1个200M，在并发任务数中指定“throttlingConfig.numExtractors”（抽取并发数）为“2”，则会分两个分片，一个处理9个10M的文件，一个处理1个200M的文件。
        use_marker_file: ``fromJobConfig.useMarkerFile``. 选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方“fromJobConfig.waitTime”（等待时间）参数中配置。
        marker_file: ``fromJobConfig.markerFile``. 启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。
        file_separator: ``fromJobConfig.fileSeparator``. “fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。
        filter_type: ``fromJobConfig.filterType``. 选择过滤器类型：
            - WILDCARD：输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
            - TIME：时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。
        path_filter: ``fromJobConfig.pathFilter``. 路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。
        file_filter: ``fromJobConfig.fileFilter``. 文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*txt”。
        start_time: ``fromJobConfig.startTime``. “过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。
            该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))}表示：只迁移最近90天内的文件。
        end_time: ``fromJobConfig.endTime``. “过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。
            该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss))}表示：只迁移修改时间为当前时间以前的文件。
        create_snapshot: ``fromJobConfig.createSnapshot``. 如果配置为“true”，CDM读取HDFS系统上的文件时，会先对待迁移的源目录创建快照（不允许对单个文件创建快照），然后CDM迁移快照中的数据。
            需要HDFS系统的管理员权限才可以创建快照，CDM作业完成后，快照会被删除。
        formats: ``fromJobConfig.formats``. 时间格式，当“fromJobConfig.inputFormat”（文件格式）为“CSV_FILE”（CSV格式），并且文件中有时间类型字段时，才需要输入，具体说明请参见fromJobConfig.formats参数说明。
        deryption: ``fromJobConfig.deryption``. “fromJobConfig.inputFormat”（文件格式）选择为“BINARY_FILE”（二进制格式）时才有该参数，选择是否对已加密的文件解密后再导出，以及解密方式：
            - NONE：不解密，直接导出文件。
            - AES-256-GCM：使用AES-256-GCM（NoPadding）算法解密后再导出文件。
        dek: ``fromJobConfig.dek``. 数据解密密钥，密钥由长度64的十六进制数组成，且必须与加密时配置的“toJobConfig.dek”（导入时配置的数据加密密钥）一致。如果不一致系统不会报异常，只是解密出来的数据会错误。
        iv: ``fromJobConfig.iv``. 解密需要的初始化向量，初始化向量由长度32的十六进制数组成，且必须与加密时配置的“toJobConfig.iv”（导入时配置的初始化向量）一致。如果不一致系统不会报异常，只是解密出来的数据会错误。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["HdfsSourceJobConfig"],
        {
            "fromJobConfig.inputDirectory": input_directory,
            "fromJobConfig.inputFormat": input_format,
            "fromJobConfig.columnList": column_list,
            "fromJobConfig.lineSeparator": line_separator,
            "fromJobConfig.fieldSeparator": field_separator,
            "fromJobConfig.quoteChar": quote_char,
            "fromJobConfig.regexSeparator": regex_separator,
            "fromJobConfig.encodeType": encode_type,
            "fromJobConfig.firstRowAsHeader": first_row_as_header,
            "fromJobConfig.fromCompression": from_compression,
            "fromJobConfig.compressedFileSuffix": compressed_file_suffix,
            "fromJobConfig.splitType": split_type,
            "fromJobConfig.useMarkerFile": use_marker_file,
            "fromJobConfig.markerFile": marker_file,
            "fromJobConfig.fileSeparator": file_separator,
            "fromJobConfig.filterType": filter_type,
            "fromJobConfig.pathFilter": path_filter,
            "fromJobConfig.fileFilter": file_filter,
            "fromJobConfig.startTime": start_time,
            "fromJobConfig.endTime": end_time,
            "fromJobConfig.createSnapshot": create_snapshot,
            "fromJobConfig.formats": formats,
            "fromJobConfig.deryption": deryption,
            "fromJobConfig.dek": dek,
            "fromJobConfig.iv": iv,
        },
        extra_inputs,
    )


def hdfs_target_job(
    *,
    output_directory: str,
    output_format: Literal["CSV_FILE", "BINARY_FILE"],
    append_mode: bool,
    line_separator: str | None = None,
    field_separator: str | None = None,
    write_to_temp_file: bool | None = None,
    duplicate_file_op_type: Literal["REPLACE", "SKIP", "ABANDON"] | None = None,
    compression: Literal["NONE", "DEFLATE", "GZIP", "BZIP2", "LZ4", "SNAPPY"] | None = None,
    encryption: Literal["NONE", "AES-256-GCM"] | None = None,
    dek: str | None = None,
    iv: str | None = None,
    file_prefix: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为 HDFS (to parameters, reference 5.4.3.3).

    Kinds: HDFS

    Args:
        output_directory: ``toJobConfig.outputDirectory`` (required). 数据写入的路径，例如“/data_dir”。
        output_format: ``toJobConfig.outputFormat`` (required). 写入数据时所用的文件格式（二进制除外），支持以下文件格式：
            - CSV_FILE：按照CSV格式写入数据。
            - BINARY_FILE：二进制格式，不解析文件内容直接传输，CDM会原样写入文件，不改变原始文件格式。
            当选择“BINARY_FILE”时，源端也必须为文件系统。
        append_mode: ``toJobConfig.appendMode`` (required). 当加载路径已经存在文件，是否需要写入，默认值为“false”。
        line_separator: ``toJobConfig.lineSeparator``. 行分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“\\r\\n”。
        field_separator: ``toJobConfig.fieldSeparator``. 列分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“，”。
        write_to_temp_file: ``toJobConfig.writeToTempFile``. 将二进制文件先写入到临时文件（临时文件以“.tmp”作为后缀），迁移成功后，再进行rename或move操作，在目的端恢复文件。
        duplicate_file_op_type: ``toJobConfig.duplicateFileOpType``. 重复文件处理方式，只有文件名和文件大小都相同才会判定为重复文件。重复文件支持以下处理方式：
            - REPLACE：替换重复文件。
            - SKIP：跳过重复文件。
            - ABANDON：发现重复文件停止任务。
        compression: ``toJobConfig.compression``. 写入文件后，选择对文件的压缩格式。支持以下压缩格式：
            - NONE：不压缩。
            - DEFLATE：压缩为DEFLATE格式。
            - GZIP：压缩为GZIP格式。
            - BZIP2：压缩为BZIP2格式。
            - LZ4：压缩为LZ4格式。
            - SNAPPY：压缩为SNAPPY格式。
        encryption: ``toJobConfig.encryption``. 当“toJobConfig.outputFormat”（文件格式）为“BINARY_FILE”（二进制）时才有该参数，选择是否对导入的数据进行加密，以及加密方式：
            - NONE：不加密，直接写入数据。
            - AES-256-GCM：使用长度为256byte的AES对称加密算法，目前加密算法只支持AES-256-GCM（NoPadding）。
        dek: ``toJobConfig.dek``. 数据加密密钥，“toJobConfig.encryption”（加密方式）选择“AES-256-GCM”时有该参数，密钥由长度64的十六进制数组成。
            请您牢记这里配置的密钥，解密时的密钥与这里配置的必须一致。如果不一致系统不会报异常，只是解密出来的数据会错误。
        iv: ``toJobConfig.iv``. 初始化向量， “toJobConfig.encryption”（加密方式）选择“AES-256-GCM”时有该参数，初始化向量由长度32的十六进制数组组成。 请您牢记这里配置的初始化向量，解密时的初始化向量与这里配置的必须一致。如果不一致系统不会报异常，只是解密出来的数据会错误。
        file_prefix: ``toJobConfig.filePrefix``. 自定义文件名前缀，支持时间宏。例如：test_${dateformat(yyyyMMdd, -1, DAY)} 注意文件名格式要符合hdfs文件路径命名规范。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["HdfsTargetJobConfig"],
        {
            "toJobConfig.outputDirectory": output_directory,
            "toJobConfig.outputFormat": output_format,
            "toJobConfig.appendMode": append_mode,
            "toJobConfig.lineSeparator": line_separator,
            "toJobConfig.fieldSeparator": field_separator,
            "toJobConfig.writeToTempFile": write_to_temp_file,
            "toJobConfig.duplicateFileOpType": duplicate_file_op_type,
            "toJobConfig.compression": compression,
            "toJobConfig.encryption": encryption,
            "toJobConfig.dek": dek,
            "toJobConfig.iv": iv,
            "toJobConfig.filePrefix": file_prefix,
        },
        extra_inputs,
    )


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
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def hive_source_job(
    *,
    table: str,
    hive: str | None = None,
    database: str | None = None,
    column_list: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 Hive (from parameters, reference 5.4.2.4).

    Kinds: Hive

    Args:
        table: ``fromJobConfig.table`` (required). 待抽取数据的表名，例如“cdm”。
        hive: ``fromJobConfig.hive``. 待抽取数据的数据源，作业源端为 Hive 时，这里为“hive”。
        database: ``fromJobConfig.database``. 待抽取数据的数据库，例如“default”。
        column_list: ``fromJobConfig.columnList``. 需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["HiveSourceJobConfig"],
        {
            "fromJobConfig.table": table,
            "fromJobConfig.hive": hive,
            "fromJobConfig.database": database,
            "fromJobConfig.columnList": column_list,
        },
        extra_inputs,
    )


def hive_target_job(
    *,
    table: str,
    table_preparation: Literal["DO_NOTHING", "CREATE_WHEN_NOT_EXISTS", "DROP_AND_CREATE"],
    hive: str | None = None,
    database: str | None = None,
    column_list: str | None = None,
    should_clear_table: bool | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为 Hive (to parameters, reference 5.4.3.4).

    Kinds: Hive

    Args:
        table: ``toJobConfig.table`` (required). 写入数据的表名。
        table_preparation: ``toJobConfig.tablePreparation`` (required). 写入表数据时，用户选择的操作：
            - DO_NOTHING：不自动建表。
            - CREATE_WHEN_NOT_EXISTS：当目的端的数据库没有“tableName”参数中指定的表时，CDM会自动创建该表。
            - DROP_AND_CREATE：先删除“tableName”参数中指定的表，然后再重新创建该表。
        hive: ``toJobConfig.hive``. 写入数据的数据源。
        database: ``toJobConfig.database``. 写入数据的数据库名称，例如：“default”。
        column_list: ``toJobConfig.columnList``. 需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        should_clear_table: ``toJobConfig.shouldClearTable``. 导入前是否清空目标表的数据，如果设置为true，任务启动前会清除目标表中数据。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["HiveTargetJobConfig"],
        {
            "toJobConfig.table": table,
            "toJobConfig.tablePreparation": table_preparation,
            "toJobConfig.hive": hive,
            "toJobConfig.database": database,
            "toJobConfig.columnList": column_list,
            "toJobConfig.shouldClearTable": should_clear_table,
        },
        extra_inputs,
    )


def http_source_job(
    *,
    input_directory: str,
    input_format: Literal["BINARY_FILE"],
    from_compression: Literal["NONE", "GZIP", "ZIP", "TARGZ"] | None = None,
    compressed_file_suffix: str | None = None,
    file_separator: str | None = None,
    use_query: bool | None = None,
    md5_file_suffix: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 HTTP/HTTPS (from parameters, reference 5.4.2.7).

    Kinds: HTTP, HTTPS

    Args:
        input_directory: ``fromJobConfig.inputDirectory`` (required). 待抽取文件的URL。 用于读取一个公网HTTP/HTTPS URL的文件，包括第三方对象存储的公共读取场景和网盘场景。
        input_format: ``fromJobConfig.inputFormat`` (required). 传输数据时所用的文件格式，目前只支持二进制格式。
        from_compression: ``fromJobConfig.fromCompression``. 选择对应压缩格式的源文件进行迁移：
            - NONE：表示传输所有格式的文件。
            - GZIP：表示只传输GZIP格式的文件。
            - ZIP：表示只传输ZIP格式的文件。
            - TAR.GZ：表示只传输TAR.GZ格式的文件。
        compressed_file_suffix: ``fromJobConfig.compressedFileSuffix``. 需要解压缩的文件后缀名。当一批文件中以该值为后缀时，才会执行解压缩操作，否则保持原样传输。当输入*或为空时，所有文件都会被解压。
        file_separator: ``fromJobConfig.fileSeparator``. 传输多个文件时，CDM使用这里配置的文件分隔符来区分各个文件，默认为 。
        use_query: ``fromJobConfig.useQuery``. - 该参数设置为“true”时，上传到OBS的对象使用的对象名，为去掉query参数后的字符。
            - 该参数设置为“false”时，上传到OBS的对象使用的对象名，包含query参数。
        md5_file_suffix: ``fromJobConfig.md5FileSuffix``. 校验CDM抽取的文件，是否与源文件一致。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["HttpSourceJobConfig"],
        {
            "fromJobConfig.inputDirectory": input_directory,
            "fromJobConfig.inputFormat": input_format,
            "fromJobConfig.fromCompression": from_compression,
            "fromJobConfig.compressedFileSuffix": compressed_file_suffix,
            "fromJobConfig.fileSeparator": file_separator,
            "fromJobConfig.useQuery": use_query,
            "fromJobConfig.md5FileSuffix": md5_file_suffix,
        },
        extra_inputs,
    )


def job_task(
    *,
    num_extractors: int | None = None,
    group_name: str | None = None,
    num_loaders: int | None = None,
    record_dirty_data: bool | None = None,
    write_to_link: str | None = None,
    obs_bucket: str | None = None,
    dirty_data_directory: str | None = None,
    max_error_records: str | None = None,
    is_scheduler_job: bool | None = None,
    cycle_type: Literal["minute", "hour", "day", "week", "month"] | None = None,
    cycle: int | None = None,
    run_at: str | None = None,
    start_date: str | None = None,
    stop_date: str | None = None,
    disposable_type: Literal["NONE", "DELETE_AFTER_SUCCEED", "DELETE"] | None = None,
    retry_job_type: Literal["NONE", "RETRY_TRIPLE"] | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """作业任务参数说明 (task parameters, reference 5.4.4).

    Args:
        num_extractors: ``throttlingConfig.numExtractors``. 最大抽取任务并发数，例如：“20”。
        group_name: ``groupJobConfig.groupName``. 选择作业所属的分组，默认分组为“DEFAULT”。
        num_loaders: ``throttlingConfig.numLoaders``. 仅当HBase或Hive作为目的数据源时该参数才有效。 最大加载任务数，例如：“5”。
        record_dirty_data: ``throttlingConfig.recordDirtyData``. 是否写入脏数据，例如：“true”。
        write_to_link: ``throttlingConfig.writeToLink``. 脏数据要写入的连接，目前只支持写入到OBS连接或HDFS连接。例如：“obslink”。
        obs_bucket: ``throttlingConfig.obsBucket``. 写入脏数据的OBS桶的名称，只有当脏数据要写入OBS连接的时候，此参数才生效。例如：“dirtyData”。
        dirty_data_directory: ``throttlingConfig.dirtyDataDirectory``. 写入脏数据的目录：
            - 如果选择写入到HDFS，此参数即为HDFS目录。
            - 如果选择写入到OBS，此参数表示相应的OBS桶下的目录，例如：“/data/dirtydata/”。
        max_error_records: ``throttlingConfig.maxErrorRecords``. 单个分片的最大错误记录数。单个map的错误记录超过设置的最大错误记录数时，任务自动结束，已经导入的数据不回退。
        is_scheduler_job: ``schedulerConfig.isSchedulerJob``. 是否开启定时任务，例如：“true”。
        cycle_type: ``schedulerConfig.cycleType``. 定时任务的周期类型，目前支持五种周期类型：
            - minute：分钟
            - hour：小时
            - day：天
            - week：周
            - month：月
        cycle: ``schedulerConfig.cycle``. 定时任务的周期，如果周期类型选择了“minute”，“cycle”输入“10”，就表示该定时任务每10分钟执行一次。
        run_at: ``schedulerConfig.runAt``. 定时任务在周期内的触发时间，当周期为“hour”、“week”或“month”时，该参数有效。
            - 如果周期类型为“month”，设定周期为“1”，“runAt”输入“15”，就表示每个月的15号执行该定时任务。并且该参数支持输入多个，以英文的逗号“,”分隔开。例如上述场景中“runAt”输入“1,2,3,4,5”，就表示每个月的1日、2日、3日、4日和5日执行该定时任务。
            - 周期类型为“week”时，“runAt”输入“mon,tue,wed,thu,fri”，就表示周一到周五执行该定时任务。
            - 周期类型为“hour”时，“runAt”输入“27,57”，表示周期内的27分和57分执行该定时任务。
        start_date: ``schedulerConfig.startDate``. 定时任务的开始时间，例如：“2018-01-24 19:56:19”。
        stop_date: ``schedulerConfig.stopDate``. 定时任务的结束日期，例如：“2018-01-27 23:59:00”。 如果不输入结束时间，则表示定时任务将一直执行，永远不会结束。
        disposable_type: ``schedulerConfig.disposableType``. 作业运行完是否删除：
            - NONE：作业执行完不删除。
            - DELETE_AFTER_SUCCEED：仅作业执行成功时删除该作业，适合海量一次性作业。
            - DELETE：作业执行完删除该作业，执行成功或失败都会删除。
        retry_job_type: ``retryJobConfig.retryJobType``. 如果作业执行失败，选择是否自动重试：
            - NONE：不重试。
            - RETRY_TRIPLE：重试三次。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["JobTaskConfig"],
        {
            "throttlingConfig.numExtractors": num_extractors,
            "groupJobConfig.groupName": group_name,
            "throttlingConfig.numLoaders": num_loaders,
            "throttlingConfig.recordDirtyData": record_dirty_data,
            "throttlingConfig.writeToLink": write_to_link,
            "throttlingConfig.obsBucket": obs_bucket,
            "throttlingConfig.dirtyDataDirectory": dirty_data_directory,
            "throttlingConfig.maxErrorRecords": max_error_records,
            "schedulerConfig.isSchedulerJob": is_scheduler_job,
            "schedulerConfig.cycleType": cycle_type,
            "schedulerConfig.cycle": cycle,
            "schedulerConfig.runAt": run_at,
            "schedulerConfig.startDate": start_date,
            "schedulerConfig.stopDate": stop_date,
            "schedulerConfig.disposableType": disposable_type,
            "retryJobConfig.retryJobType": retry_job_type,
        },
        extra_inputs,
    )


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
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def kafka_source_job(
    *,
    topics_list: str,
    kafka_consumer_strategy: Literal["LATEST", "EARLIEST"],
    is_permanency: bool,
    data_format: Literal["BINARY", "CSV"],
    group_id: str | None = None,
    max_poll_records: str | None = None,
    max_poll_interval: str | None = None,
    separator: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 Kafka (from parameters, reference 5.4.2.11).

    Kinds: Kafka

    Args:
        topics_list: ``fromJobConfig.topicsList`` (required). Kafka topic列表，可以为多个 topic，以“,”作为分隔符。
        kafka_consumer_strategy: ``fromJobConfig.kafkaConsumerStrategy`` (required). 从Kafka拉取数据时的初始偏移量设置：
            - LATEST：最大偏移量，即最新的数据。
            - EARLIEST：最小偏移量，即最老的数据。
        is_permanency: ``fromJobConfig.isPermanency`` (required). 是否永久运行。
        data_format: ``fromJobConfig.dataFormat`` (required). 解析数据时使用的格式：
            - BINARY：适用于文件迁移场景，不解析数据内容原样传输。
            - CSV：以CSV格式解析源数据。
        group_id: ``fromJobConfig.groupId``. 用户指定消费组ID。 如果是从DMS Kafka导出数据，专享版请任意输入，标准版请输入有效的消费组ID。
        max_poll_records: ``fromJobConfig.maxPollRecords``. 每次向Kafka请求数据限制最大请求记录数。
        max_poll_interval: ``fromJobConfig.maxPollInterval``. 每次poll之间的最大时间间隔。
        separator: ``fromJobConfig.separator``. 字段分隔符。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["KafkaSourceJobConfig"],
        {
            "fromJobConfig.topicsList": topics_list,
            "fromJobConfig.kafkaConsumerStrategy": kafka_consumer_strategy,
            "fromJobConfig.isPermanency": is_permanency,
            "fromJobConfig.dataFormat": data_format,
            "fromJobConfig.groupId": group_id,
            "fromJobConfig.maxPollRecords": max_poll_records,
            "fromJobConfig.maxPollInterval": max_poll_interval,
            "fromJobConfig.separator": separator,
        },
        extra_inputs,
    )


def mongodb_link(
    *,
    server_list: str,
    database: str,
    user_name: str,
    password: str,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """MongoDB 连接 (link parameters, reference 5.4.1.8).

    connector-name: mongodb-connector

    Kinds: MongoDB

    Args:
        server_list: ``linkConfig.serverList`` (required). 服务器地址列表，格式如：“host1:port1;host2:port2”。
        database: ``linkConfig.database`` (required). MongoDB的数据库名称。
        user_name: ``linkConfig.userName`` (required). 连接MongoDB服务器的用户名。
        password: ``linkConfig.password`` (required). 连接MongoDB服务器的密码。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["MongodbLinkConfig"],
        {
            "linkConfig.serverList": server_list,
            "linkConfig.database": database,
            "linkConfig.userName": user_name,
            "linkConfig.password": password,
        },
        extra_inputs,
    )


def mongodb_source_job(
    *,
    database: str,
    collection_name: str,
    column_list: str | None = None,
    is_batch_migration: bool | None = None,
    filters: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 MongoDB/DDS (from parameters, reference 5.4.2.8).

    Kinds: MongoDB, DDS

    Args:
        database: ``fromJobConfig.database`` (required). MongoDB/DDS的数据库名称。
        collection_name: ``fromJobConfig.collectionName`` (required). MongoDB/DDS的集合名称。
        column_list: ``fromJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        is_batch_migration: ``fromJobConfig.isBatchMigration``. 是否为整库迁移。
        filters: ``fromJobConfig.filters``. 创建用于匹配文档的筛选条件，CDM只迁移符合条件的数据。例如： 1. 按表达式对象筛选：例如 { 'last_name': 'Smith' }，表示查找所有“last_name”属性值为“Smith”的文档。 2. 按参数选项筛选：例如 { x: "john" }, { z: 1 }，表示查找 x=john的所有z字段。 3. 按条件筛选：例如 { "field": { $gt: 5 } }，表示查找field字段中大于5的值。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["MongodbSourceJobConfig"],
        {
            "fromJobConfig.database": database,
            "fromJobConfig.collectionName": collection_name,
            "fromJobConfig.columnList": column_list,
            "fromJobConfig.isBatchMigration": is_batch_migration,
            "fromJobConfig.filters": filters,
        },
        extra_inputs,
    )


def obs_link(
    *,
    storage_type: str,
    server: str,
    port: str,
    access_key: str,
    security_key: str,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def obs_source_job(
    *,
    bucket_name: str,
    input_directory: str,
    input_format: Literal["CSV_FILE", "JSON_FILE", "BINARY_FILE"],
    line_separator: str | None = None,
    column_list: str | None = None,
    regex_separator: bool | None = None,
    regex: str | None = None,
    field_separator: str | None = None,
    quote_char: bool | None = None,
    first_row_as_header: bool | None = None,
    from_compression: Literal["NONE", "GZIP", "ZIP"] | None = None,
    json_reference_node: str | None = None,
    encode_type: str | None = None,
    use_marker_file: bool | None = None,
    marker_file: str | None = None,
    wait_time: str | None = None,
    filter_type: Literal["WILDCARD", "TIME"] | None = None,
    path_filter: str | None = None,
    file_filter: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    file_separator: str | None = None,
    md5_file_suffix: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为对象存储 (from parameters, reference 5.4.2.2).

    Kinds: 对象存储

    Args:
        bucket_name: ``fromJobConfig.bucketName`` (required). 对象存储的桶名。
        input_directory: ``fromJobConfig.inputDirectory`` (required). 抽取文件的路径。支持输入多个文件路径（最多50个），默认以“ ”分隔，也可以自定义文件分隔符，例如：“FROM/example.csv FROM/b.txt”。
        input_format: ``fromJobConfig.inputFormat`` (required). 传输数据时所用的文件格式，目前支持以下文件格式：
            - CSV_FILE: CSV格式，用于迁移文件到数据表的场景。
            - JSON_FILE: JSON格式，一般都是用于迁移文件到数据表的场景。
            - BINARY_FILE: 二进制格式，不解析文件内容直接传输，不要求文件格式必须为二进制。适用于文件到文件的原样复制。
            当选择“BINARY_FILE”时，目的端也必须为文件系统。
        line_separator: ``fromJobConfig.lineSeparator``. 文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。
        column_list: ``fromJobConfig.columnList``. 需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。
        regex_separator: ``fromJobConfig.regexSeparator``. 是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。
        regex: ``fromJobConfig.regex``. 正则表达式，当选择使用正则表达式分割字段时，此参数有效。
        field_separator: ``fromJobConfig.fieldSeparator``. 字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。
        quote_char: ``fromJobConfig.quoteChar``. 是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。
        first_row_as_header: ``fromJobConfig.firstRowAsHeader``. 是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。
        from_compression: ``fromJobConfig.fromCompression``. 压缩格式，当文件格式为“CSV_FILE”或“JSON”时此参数有效。选择对应压缩格式的源文件：
            - NONE：表示传输所有格式的文件。
            - GZIP：表示只传输GZIP格式的文件。
            - ZIP：表示只传输ZIP格式的文件。
        json_reference_node: ``fromJobConfig.jsonReferenceNode``. 记录节点，当文件格式为“JSON_FILE”时此参数有效。对该JSON节点下的数据进行解析，如果该节点对应的数据为JSON数组，那么系统会以同一模式从该数组中提取数据。多层嵌套的JSON节点以字符“.”分割，例如：“data.list”。
        encode_type: ``fromJobConfig.encodeType``. 编码类型，例如：“UTF_8”或“GBK”。
        use_marker_file: ``fromJobConfig.useMarkerFile``. 选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方 “fromJobConfig.waitTime”（等待时间）参数中配置。
        marker_file: ``fromJobConfig.markerFile``. 启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。
        wait_time: ``fromJobConfig.waitTime``. 选择开启作业标识文件的功能时，如果源路径下不存在启动作业的标识文件，作业挂机等待的时长，当超时后任务会失败。 等待时间设置为0时，当源端路径下不存在标识文件，任务会立即失败。 单位：秒。
        filter_type: ``fromJobConfig.filterType``. 选择过滤器类型：
            - WILDCARD: 输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
            - TIME: 时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。
        path_filter: ``fromJobConfig.pathFilter``. 路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。
        file_filter: ``fromJobConfig.fileFilter``. 文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*.txt”。
        start_time: ``fromJobConfig.startTime``. “过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))} 表示：只迁移最近90天内的文件。
        end_time: ``fromJobConfig.endTime``. “过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss))} 表示：只迁移修改时间为当前时间以前的文件。
        file_separator: ``fromJobConfig.fileSeparator``. “fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。
        md5_file_suffix: ``fromJobConfig.md5FileSuffix``. 校验CDM抽取的文件，是否与源文件一致。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["ObsSourceJobConfig"],
        {
            "fromJobConfig.bucketName": bucket_name,
            "fromJobConfig.inputDirectory": input_directory,
            "fromJobConfig.inputFormat": input_format,
            "fromJobConfig.lineSeparator": line_separator,
            "fromJobConfig.columnList": column_list,
            "fromJobConfig.regexSeparator": regex_separator,
            "fromJobConfig.regex": regex,
            "fromJobConfig.fieldSeparator": field_separator,
            "fromJobConfig.quoteChar": quote_char,
            "fromJobConfig.firstRowAsHeader": first_row_as_header,
            "fromJobConfig.fromCompression": from_compression,
            "fromJobConfig.jsonReferenceNode": json_reference_node,
            "fromJobConfig.encodeType": encode_type,
            "fromJobConfig.useMarkerFile": use_marker_file,
            "fromJobConfig.markerFile": marker_file,
            "fromJobConfig.waitTime": wait_time,
            "fromJobConfig.filterType": filter_type,
            "fromJobConfig.pathFilter": path_filter,
            "fromJobConfig.fileFilter": file_filter,
            "fromJobConfig.startTime": start_time,
            "fromJobConfig.endTime": end_time,
            "fromJobConfig.fileSeparator": file_separator,
            "fromJobConfig.md5FileSuffix": md5_file_suffix,
        },
        extra_inputs,
    )


def obs_target_job(
    *,
    bucket_name: str,
    output_directory: str,
    output_format: Literal["CSV_FILE", "BINARY_FILE"],
    field_separator: str | None = None,
    line_separator: str | None = None,
    write_file_size: str | None = None,
    duplicate_file_op_type: Literal["REPLACE", "SKIP", "ABANDON"] | None = None,
    column_list: str | None = None,
    encryption: Literal["NONE", "KMS"] | None = None,
    kms_id: str | None = None,
    project_id: str | None = None,
    write_to_temp_file: bool | None = None,
    validate_md5: bool | None = None,
    record_md5_result: bool | None = None,
    record_md5_link: str | None = None,
    record_md5_bucket: str | None = None,
    record_md5_directory: str | None = None,
    encode_type: str | None = None,
    marker_file: str | None = None,
    copy_content_type: bool | None = None,
    quote_char: bool | None = None,
    first_row_as_header: bool | None = None,
    file_prefix: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为 OBS (to parameters, reference 5.4.3.2).

    Kinds: OBS

    Args:
        bucket_name: ``toJobConfig.bucketName`` (required). OBS的桶名，例如“cdm”。
        output_directory: ``toJobConfig.outputDirectory`` (required). 数据写入路径，例如“data_dir”。
        output_format: ``toJobConfig.outputFormat`` (required). 写入数据时所用的文件格式（二进制除外），支持以下文件格式：
            - CSV_FILE：按照CSV格式写入数据。
            - BINARY_FILE：二进制格式，不解析文件内容直接传输，CDM会原样写入文件，不改变原始文件格式。 当选择“BINARY_FILE”时，源端也必须为文件系统。
        field_separator: ``toJobConfig.fieldSeparator``. 列分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“，”。
        line_separator: ``toJobConfig.lineSeparator``. 行分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“\\r\\n”。
        write_file_size: ``toJobConfig.writeFileSize``. 源端为数据库时该参数有效，支持按大小分成多个文件存储，避免导出的文件过大，单位为MB。
        duplicate_file_op_type: ``toJobConfig.duplicateFileOpType``. 重复文件处理方式，只有文件名和文件大小都相同才会判定为重复文件。重复文件支持以下处理方式：
            - REPLACE：替换重复文件。
            - SKIP：跳过重复文件。
            - ABANDON：发现重复文件停止任务。
        column_list: ``toJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        encryption: ``toJobConfig.encryption``. 选择是否对上传的数据进行加密，以及加密方式：
            - NONE：不加密，直接写入数据。
            - KMS：使用数据加密服务中的KMS进行加密。如果启用KMS加密则无法进行数据的MD5校验。
        kms_id: ``toJobConfig.kmsID``. 上传时加密使用的密钥。需先在密钥管理服务中创建密钥。
        project_id: ``toJobConfig.projectID``. KMS密钥所属的项目ID。
        write_to_temp_file: ``toJobConfig.writeToTempFile``. 将二进制文件先写入到临时文件（临时文件以“.tmp”作为后缀），迁移成功后，再进行rename或move操作，在目的端恢复文件。
        validate_md5: ``toJobConfig.validateMD5``. 选择是否校验MD5值，不能与KMS加密同时使用。使用二进制格式传输文件时，才能校验MD5值。 计算源文件的MD5值，并与OBS返回的MD5值进行校验。如果源端已经存在MD5文件，则直接读取源端的MD5文件与OBS返回的MD5值进行校验。
        record_md5_result: ``toJobConfig.recordMD5Result``. 当选择校验MD5值时，这里配置是否记录校验结果。
        record_md5_link: ``toJobConfig.recordMD5Link``. 可以指定任意一个OBS连接，将MD5校验结果写入该连接的桶。
        record_md5_bucket: ``toJobConfig.recordMD5Bucket``. 写入MD5校验结果的OBS桶。
        record_md5_directory: ``toJobConfig.recordMD5Directory``. 写入MD5校验结果的目录。
        encode_type: ``toJobConfig.encodeType``. 编码类型，例如：“UTF_8”或“GBK”。
        marker_file: ``toJobConfig.markerFile``. 当作业执行成功时，会在写入目录下生成一个标识文件，文件名由用户指定，不指定时默认关闭该功能。
        copy_content_type: ``toJobConfig.copyContentType``. “toJobConfig.outputFormat”（文件格式）为“BINARY_FILE”，且源端、目的端都为对象存储时，才有该参数。
            选择“是”后，迁移对象文件时会复制源文件的Content-Type属性，主要用于静态网站的迁移场景。
            归档存储的桶不支持设置Content-Type属性，所以如果开启了该参数，目的端选择写入的桶时，必须选择非归档存储的桶。
        quote_char: ``toJobConfig.quoteChar``. “toJobConfig.outputFormat”（文件格式）为“CSV_FILE”，才有该参数，用于将数据库的表迁移到文件系统的场景。
            选择“是”时，如果源端数据表中的某一个字段内容包含字段分隔符或换行符，写入目的端时CDM会使用双引号（"）作为包围符将该字段内容括起来，作为一个整体存储，避免其中的字段分隔符误将一个字段分隔成两个，或者换行符误将字段换行。例如：数据库中某字段为hello.world，使用包围符后，导出到CSV文件的时候数据为"hello.world"。
        first_row_as_header: ``toJobConfig.firstRowAsHeader``. “toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时才有该参数。
            在迁移表到CSV文件时，CDM默认是不迁移表的标题行，如果该参数选择“是”，CDM在才会将表的标题行数据写入文件。
        file_prefix: ``toJobConfig.filePrefix``. 自定义文件名前缀，支持任意自定义名称，也支持表名宏时间宏版本宏。例如：${tableName}_${dateformat(yyyy-MM-dd HH:mm:ss, -1, DAY)}_${version}。 注意文件名格式要符合obs文件路径命名规范。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["ObsTargetJobConfig"],
        {
            "toJobConfig.bucketName": bucket_name,
            "toJobConfig.outputDirectory": output_directory,
            "toJobConfig.outputFormat": output_format,
            "toJobConfig.fieldSeparator": field_separator,
            "toJobConfig.lineSeparator": line_separator,
            "toJobConfig.writeFileSize": write_file_size,
            "toJobConfig.duplicateFileOpType": duplicate_file_op_type,
            "toJobConfig.columnList": column_list,
            "toJobConfig.encryption": encryption,
            "toJobConfig.kmsID": kms_id,
            "toJobConfig.projectID": project_id,
            "toJobConfig.writeToTempFile": write_to_temp_file,
            "toJobConfig.validateMD5": validate_md5,
            "toJobConfig.recordMD5Result": record_md5_result,
            "toJobConfig.recordMD5Link": record_md5_link,
            "toJobConfig.recordMD5Bucket": record_md5_bucket,
            "toJobConfig.recordMD5Directory": record_md5_directory,
            "toJobConfig.encodeType": encode_type,
            "toJobConfig.markerFile": marker_file,
            "toJobConfig.copyContentType": copy_content_type,
            "toJobConfig.quoteChar": quote_char,
            "toJobConfig.firstRowAsHeader": first_row_as_header,
            "toJobConfig.filePrefix": file_prefix,
        },
        extra_inputs,
    )


def redis_link(
    *,
    deployment_mode: Literal["Single", "Cluster"],
    serverlist: str,
    password: str,
    db_index: str,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
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
    """
    return build(
        CATALOGUE["RedisLinkConfig"],
        {
            "linkConfig.deploymentMode": deployment_mode,
            "linkConfig.serverlist": serverlist,
            "linkConfig.password": password,
            "linkConfig.dbIndex": db_index,
        },
        extra_inputs,
    )


def redis_source_job(
    *,
    key_prefix: str,
    key_separator: str,
    value_store_type: Literal["STRING", "HASH"],
    is_batch_migration: bool | None = None,
    value_separator: str | None = None,
    column_list: str | None = None,
    formats: Any = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为 Redis (from parameters, reference 5.4.2.9).

    Kinds: Redis

    Args:
        key_prefix: ``fromJobConfig.keyPrefix`` (required). key前缀，对应关系表的表名。 Redis和关系表的映射：用关系表的“表名+分隔符”来对应Redis的Key；关系表的一行数据对应Redis的Value。
        key_separator: ``fromJobConfig.keySeparator`` (required). key分隔符，一般用来分割关系表和主键。
        value_store_type: ``fromJobConfig.valueStoreType`` (required). 关系表行数据在Redis中的存储方式分为“string”和“hash”两种存储方式。
            - STRING: 表示用字符串通过分隔符来表示一行数据的各列，可以有效节省存储空间。
            - HASH: 表示一行数据通过“列名: 列值”的方式存储在hash表中。
        is_batch_migration: ``fromJobConfig.isBatchMigration``. 是否为整库迁移。
        value_separator: ``fromJobConfig.valueSeparator``. 值分隔符号，当“valueStoreType”为“STRING”时此参数有效，默认值为：“\\tab”。
        column_list: ``fromJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        formats: ``fromJobConfig.formats``. 时间格式，请参见 fromJobConfig.formats参数说明 。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["RedisSourceJobConfig"],
        {
            "fromJobConfig.keyPrefix": key_prefix,
            "fromJobConfig.keySeparator": key_separator,
            "fromJobConfig.valueStoreType": value_store_type,
            "fromJobConfig.isBatchMigration": is_batch_migration,
            "fromJobConfig.valueSeparator": value_separator,
            "fromJobConfig.columnList": column_list,
            "fromJobConfig.formats": formats,
        },
        extra_inputs,
    )


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
) -> list[dict[str, Any]]:
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
    """
    return build(
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


def relational_database_source_job(
    *,
    use_sql: bool,
    schema_name: str,
    table_name: str,
    sql: str | None = None,
    where_clause: str | None = None,
    column_list: str | None = None,
    partition_column: str | None = None,
    use_partition: bool | None = None,
    partition_list: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """源端为关系数据库 (from parameters, reference 5.4.2.1).

    Kinds: 关系数据库

    Args:
        use_sql: ``fromJobConfig.useSql`` (required). 导出关系型数据库的数据时，可以选择是否使用自定义SQL语句导出。
        schema_name: ``fromJobConfig.schemaName`` (required). 数据库模式或表空间，例如：“public”。
            说明
            该参数支持配置通配符（*），实现导出以某一前缀开头或者以某一后缀结尾的所有数据库。例如：
            - SCHEMA*表示导出所有以“SCHEMA”开头的数据库。
            - *SCHEMA表示导出所有以“SCHEMA”结尾的数据库。
            - *SCHEMA*表示数据库名称中只要有“SCHEMA”字符串，就全部导出。
        table_name: ``fromJobConfig.tableName`` (required). 表名，例如：“TBL_EXAMPLE”。
            说明 表名支持配置通配符（*），实现导出以某一前缀开头或者以某一后缀结尾的所有表（要求表中的字段个数和类型都一样）。例如：
            - table*表示导出所有以“table”开头的表。
            - *table表示导出所有以“table”结尾的表。
            - *table*表示表名中只要有“table”字符串，就全部导出。
        sql: ``fromJobConfig.sql``. 可以在这里输入自定义的SQL语句，CDM将根据该语句导出数据。
        where_clause: ``fromJobConfig.whereClause``. 指定抽取的Where子句，不指定则抽取整表，例如：“age > 18 and age <= 60”。
        column_list: ``fromJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        partition_column: ``fromJobConfig.partitionColumn``. 抽取分区字段，依据此字段将作业分割为多个任务并发执行，例如：“id”。
        use_partition: ``fromJobConfig.usePartition``. 从Oracle导出数据时，支持从分区表的各个分区并行抽取数据。启用该功能时，可以通过下面的“fromJobConfig.partitionList”参数指定具体的Oracle表分区，该功能不支持非分区表。
        partition_list: ``fromJobConfig.partitionList``. 输入需要迁移数据的Oracle表分区，多个分区以&分隔，不填则迁移所有分区。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["RelationalDatabaseSourceJobConfig"],
        {
            "fromJobConfig.useSql": use_sql,
            "fromJobConfig.schemaName": schema_name,
            "fromJobConfig.tableName": table_name,
            "fromJobConfig.sql": sql,
            "fromJobConfig.whereClause": where_clause,
            "fromJobConfig.columnList": column_list,
            "fromJobConfig.partitionColumn": partition_column,
            "fromJobConfig.usePartition": use_partition,
            "fromJobConfig.partitionList": partition_list,
        },
        extra_inputs,
    )


def relational_database_target_job(
    *,
    schema_name: str,
    table_preparation: Literal["DO_NOTHING", "CREATE_WHEN_NOT_EXIST", "DROP_AND_CREATE"],
    table_name: str,
    column_list: str | None = None,
    before_import_type: Literal["none", "shouldClearTable", "whereClause"] | None = None,
    where_clause: str | None = None,
    orientation: Literal["ROW", "COLUMN"] | None = None,
    is_compress: bool | None = None,
    use_stage_table: bool | None = None,
    extend_char_length: bool | None = None,
    use_nullable: bool | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """目的端为关系数据库 (to parameters, reference 5.4.3.1).

    Kinds: 关系数据库

    Args:
        schema_name: ``toJobConfig.schemaName`` (required). 数据库模式或表空间。
        table_preparation: ``toJobConfig.tablePreparation`` (required). 只有当源端和目的端都为关系数据库时，才有该参数。表示写入表数据时，用户选择的操作：
            - DO_NOTHING：不自动建表。
            - CREATE_WHEN_NOT_EXIST：当目的端的数据库没有“tableName”参数中指定的表时，CDM会自动创建该表。
            - DROP_AND_CREATE：先删除“tableName”参数中指定的表，然后再重新创建该表。
        table_name: ``toJobConfig.tableName`` (required). 写入数据的表名。
        column_list: ``toJobConfig.columnList``. 需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        before_import_type: ``toJobConfig.beforeImportType``. 导入数据前，选择是否清除目的表的数据：
            - none：写入数据前不清除目标表中数据，数据追加写入。
            - shouldClearTable：写入数据前会清除目标表中数据。
            - whereClause：选择根据where条件删除时，需要配置“toJobConfig.whereClause”参数，CDM根据条件选择性删除目标表的数据。
        where_clause: ``toJobConfig.whereClause``. where条件，导入前根据where条件删除目的表的数据。
        orientation: ``toJobConfig.orientation``. 存储方式，此参数只有当数据库类型为DWS时启用，当需要自动创建DWS数据库表，指定表的数据存储方式：
            - ROW：表的数据以行式存储。
            - COLUMN：表的数据以列式存储。
        is_compress: ``toJobConfig.isCompress``. 是否压缩，此参数只有当数据库类型为DWS时启用，当需要自动创建DWS数据库表，指定是否对表的数据进行压缩存储。
        use_stage_table: ``toJobConfig.useStageTable``. 先导入阶段表，如果设置为“true”，数据导入目的表之前会把数据先导入阶段表，如果成功导入阶段表，则再从阶段表导入到目的表，这样避免导入过程失败，在目的表遗留部分成功数据。
        extend_char_length: ``toJobConfig.extendCharLength``. 扩大字符字段长度，如果设置为“true”，当需要自动创建目的表时，目标表的字符类型字段长度设置为源表相应字段长度的3倍。
        use_nullable: ``toJobConfig.useNullable``. 当选择自动创建目的表时，如果选择使用非空约束，则目的表字段的是否非空约束，与原表具有相应非空约束的字段保持一致。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.
    """
    return build(
        CATALOGUE["RelationalDatabaseTargetJobConfig"],
        {
            "toJobConfig.schemaName": schema_name,
            "toJobConfig.tablePreparation": table_preparation,
            "toJobConfig.tableName": table_name,
            "toJobConfig.columnList": column_list,
            "toJobConfig.beforeImportType": before_import_type,
            "toJobConfig.whereClause": where_clause,
            "toJobConfig.orientation": orientation,
            "toJobConfig.isCompress": is_compress,
            "toJobConfig.useStageTable": use_stage_table,
            "toJobConfig.extendCharLength": extend_char_length,
            "toJobConfig.useNullable": use_nullable,
        },
        extra_inputs,
    )

"""Models of cdm/schemas/connectors_job.yaml and of the inline objects of the operations of cdm/connectors_job.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
    "DdsTargetJobConfig",
    "DisSourceJobConfig",
    "DisTargetJobConfig",
    "DliTargetJobConfig",
    "ElasticsearchSourceJobConfig",
    "ElasticsearchTargetJobConfig",
    "FtpSftpSourceJobConfig",
    "HbaseSourceJobConfig",
    "HbaseTargetJobConfig",
    "HdfsSourceJobConfig",
    "HdfsTargetJobConfig",
    "HiveSourceJobConfig",
    "HiveTargetJobConfig",
    "HttpSourceJobConfig",
    "JobTaskConfig",
    "KafkaSourceJobConfig",
    "MongodbSourceJobConfig",
    "ObsSourceJobConfig",
    "ObsTargetJobConfig",
    "RedisSourceJobConfig",
    "RelationalDatabaseSourceJobConfig",
    "RelationalDatabaseTargetJobConfig",
    "SourceJobTimeFormat",
]


class DdsTargetJobConfig(Model):
    """目的端为 DDS

    目的端为 DDS

    Reference section 5.4.3.6.
    """

    to_job_config_database: str = Field(
        validation_alias="toJobConfig.database", serialization_alias="toJobConfig.database"
    )
    """MongoDB/DDS的数据库名称"""
    to_job_config_collection_name: str = Field(
        validation_alias="toJobConfig.collectionName",
        serialization_alias="toJobConfig.collectionName",
    )
    """MongoDB/DDS的集合名称。"""
    to_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="toJobConfig.columnList",
        serialization_alias="toJobConfig.columnList",
    )
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_is_batch_migration: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.isBatchMigration",
        serialization_alias="toJobConfig.isBatchMigration",
    )
    """是否为整库迁移。"""


class DisSourceJobConfig(Model):
    """源端为 DIS

    源端为 DIS

    Reference section 5.4.2.10.
    """

    from_job_config_stream_name: str = Field(
        validation_alias="fromJobConfig.streamName", serialization_alias="fromJobConfig.streamName"
    )
    """DIS的通道名。"""
    from_job_config_dis_consumer_strategy: Annotated[
        Literal["LATEST", "FROM_LAST_STOP", "EARLIEST"], Checked
    ] = Field(
        validation_alias="fromJobConfig.disConsumerStrategy",
        serialization_alias="fromJobConfig.disConsumerStrategy",
    )
    """设置从DIS拉取数据时的初始偏移量：
    - LATEST：最大偏移量，即最新的数据。
    - FROM_LAST_STOP：从上次停止处继续拉取。
    - EARLIEST：最小偏移量，即最早的数据。

    Constraints: one of: "LATEST", "FROM_LAST_STOP", "EARLIEST"."""
    from_job_config_is_permanency: bool = Field(
        validation_alias="fromJobConfig.isPermanency",
        serialization_alias="fromJobConfig.isPermanency",
    )
    """是否永久运行。"""
    from_job_config_max_poll_records: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.maxPollRecords",
        serialization_alias="fromJobConfig.maxPollRecords",
    )
    """每次向DIS请求数据限制最大请求记录数。"""
    from_job_config_shard_id: str = Field(
        validation_alias="fromJobConfig.shardId", serialization_alias="fromJobConfig.shardId"
    )
    """DIS分区ID，该参数支持输入多个分区ID，使用“,”分隔。"""
    from_job_config_data_format: Annotated[Literal["BINARY", "CSV"], Checked] = Field(
        validation_alias="fromJobConfig.dataFormat", serialization_alias="fromJobConfig.dataFormat"
    )
    """解析数据时使用的格式：
    - BINARY：适用于文件迁移场景，不解析数据内容原样传输。
    - CSV：以CSV格式解析源数据。

    Constraints: one of: "BINARY", "CSV"."""
    from_job_config_separator: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.separator",
        serialization_alias="fromJobConfig.separator",
    )
    """字段分隔符。"""
    from_job_config_app_name: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.appName",
        serialization_alias="fromJobConfig.appName",
    )
    """用户数据消费程序的唯一标识符。"""


class DisTargetJobConfig(Model):
    """目的端为 DIS

    目的端为 DIS

    Reference section 5.4.3.9.
    """

    to_job_config_stream_name: str = Field(
        validation_alias="toJobConfig.streamName", serialization_alias="toJobConfig.streamName"
    )
    """DIS的通道名。"""
    to_job_config_separator: str | None = Field(
        default=" ",
        validation_alias="toJobConfig.separator",
        serialization_alias="toJobConfig.separator",
    )
    """字段分隔符，默认为空格。 Default: " "."""
    to_job_config_identifier_enclose: str | None = Field(
        default="",
        validation_alias="toJobConfig.identifierEnclose",
        serialization_alias="toJobConfig.identifierEnclose",
    )
    """连接引用表名或列名时的分隔符号，默认为空。 Default: ""."""


class DliTargetJobConfig(Model):
    """目的端为 DLI

    目的端为 DLI

    Reference section 5.4.3.8.
    """

    to_job_config_queue: str = Field(
        validation_alias="toJobConfig.queue", serialization_alias="toJobConfig.queue"
    )
    """写入数据的资源队列。"""
    to_job_config_database: str = Field(
        validation_alias="toJobConfig.database", serialization_alias="toJobConfig.database"
    )
    """写入数据到数据湖探索（DLI）的哪个数据库。"""
    to_job_config_table: str = Field(
        validation_alias="toJobConfig.table", serialization_alias="toJobConfig.table"
    )
    """写入数据的表名。"""
    to_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="toJobConfig.columnList",
        serialization_alias="toJobConfig.columnList",
    )
    """需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_should_clear_table: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.shouldClearTable",
        serialization_alias="toJobConfig.shouldClearTable",
    )
    """导入前是否清空资源队列的数据。"""


class ElasticsearchSourceJobConfig(Model):
    """源端为 Elasticsearch/云搜索服务

    源端为 Elasticsearch/云搜索服务

    Reference section 5.4.2.12.
    """

    from_job_config_index: str = Field(
        validation_alias="fromJobConfig.index", serialization_alias="fromJobConfig.index"
    )
    """抽取数据的索引，类似关系数据库中的数据库名称。"""
    from_job_config_type: str = Field(
        validation_alias="fromJobConfig.type", serialization_alias="fromJobConfig.type"
    )
    """抽取数据的类型，类似关系数据库中的表名。"""
    from_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnList",
        serialization_alias="fromJobConfig.columnList",
    )
    """需要抽取的字段列表，字段名之间使用“&”分隔，例如：“id&gid&name”。"""
    from_job_config_split_nested_field: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.splitNestedField",
        serialization_alias="fromJobConfig.splitNestedField",
    )
    """选择是否将nested字段的json内容拆分，例如：将“a:{ b:{ c:1, d:{ e:2, f:3 } } }”拆成三个字段“a.b.c”、“a.b.d.e”、“a.b.d.f”。"""
    from_job_config_query_string: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.queryString",
        serialization_alias="fromJobConfig.queryString",
    )
    """使用Elasticsearch的查询字符串（query string）对源数据进行过滤，CDM只迁移满足过滤条件的数据。"""


class ElasticsearchTargetJobConfig(Model):
    """目的端为 Elasticsearch/云搜索服务

    目的端为 Elasticsearch/云搜索服务

    Reference section 5.4.3.7.
    """

    to_job_config_index: str = Field(
        validation_alias="toJobConfig.index", serialization_alias="toJobConfig.index"
    )
    """写入数据的索引，类似关系数据库中的数据库名称。"""
    to_job_config_type: str = Field(
        validation_alias="toJobConfig.type", serialization_alias="toJobConfig.type"
    )
    """写入数据的类型，类似关系数据库中的表名。"""
    to_job_config_should_clear_type: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.shouldClearType",
        serialization_alias="toJobConfig.shouldClearType",
    )
    """导入前是否清除数据。"""
    to_job_config_primary_key: str | None = Field(
        default=None,
        validation_alias="toJobConfig.primaryKey",
        serialization_alias="toJobConfig.primaryKey",
    )
    """主键或唯一索引。"""
    to_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="toJobConfig.columnList",
        serialization_alias="toJobConfig.columnList",
    )
    """需要写入的字段列表，字段名之间使用“&”分隔，例如：“id&gid&name”。"""
    to_job_config_pipe_line: str | None = Field(
        default=None,
        validation_alias="toJobConfig.pipeLine",
        serialization_alias="toJobConfig.pipeLine",
    )
    """需要先在kibana中创建管道ID，这里才可以选择，该参数用于数据传到云搜索服务/Elasticsearch后，通过Elasticsearch的数据转换pipeline进行数据格式变换。"""
    to_job_config_create_index_strategy: (
        Annotated[Literal["EveryHour", "Everyday", "EveryWeek", "EveryMonth"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="toJobConfig.createIndexStrategy",
        serialization_alias="toJobConfig.createIndexStrategy",
    )
    """对于持续写入数据到 Elasticsearch 的流式作业，CDM 支持在 Elasticsearch 中定时创建新索引并写入数据，方便用户后期删除过期的数据。支持按以下周期创建新索引：
    - EveryHour：每小时整点创建新索引，新索引的命名格式为“索引名+年+月+日+小时”，例如“index2018121709”。
    - Everyday：每天零点零分创建新索引，新索引的命名格式为“索引名+年+月+日”，例如“index20181217”。
    - EveryWeek：每周周一的零点零分创建新索引，新索引的命名格式为“索引名+年+周”，例如“index201842”。
    - EveryMonth：每月一号零点零分创建新索引，新索引的命名格式为“索引名+年+月”，例如“index201812”。
    从文件类抽取数据时，必须配置单个抽取（“抽取并发数”参数配置为1），否则该参数无效。

    Constraints: one of: "EveryHour", "Everyday", "EveryWeek", "EveryMonth"."""


class FtpSftpSourceJobConfig(Model):
    """源端为 FTP/SFTP

    FTP、SFTP的源端作业参数相同，如表5-166所示。
    表 5-166 文件类源端作业参数

    Reference section 5.4.2.6.
    """

    from_job_config_input_directory: str = Field(
        validation_alias="fromJobConfig.inputDirectory",
        serialization_alias="fromJobConfig.inputDirectory",
    )
    """抽取文件的路径。支持输入多个文件路径（最多50个），默认以“ ”分隔，也可以自定义文件分隔符，例如：“FROM/example.csv FROM/b.txt”。"""
    from_job_config_input_format: Annotated[
        Literal["CSV_FILE", "JSON_FILE", "BINARY_FILE"], Checked
    ] = Field(
        validation_alias="fromJobConfig.inputFormat",
        serialization_alias="fromJobConfig.inputFormat",
    )
    """传输数据时所用的文件格式，目前支持以下文件格式：
    - CSV_FILE: CSV格式，用于迁移文件到数据表的场景。
    - JSON_FILE: JSON格式，一般都是用于迁移文件到数据表的场景。
    - BINARY_FILE: 二进制格式，不解析文件内容直接传输，不要求文件格式必须为二进制。适用于文件到文件的原样复制。
    当选择“BINARY_FILE”时，目的端也必须为文件系统。

    Constraints: one of: "CSV_FILE", "JSON_FILE", "BINARY_FILE"."""
    from_job_config_line_separator: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.lineSeparator",
        serialization_alias="fromJobConfig.lineSeparator",
    )
    """文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。"""
    from_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnList",
        serialization_alias="fromJobConfig.columnList",
    )
    """需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。"""
    from_job_config_field_separator: str | None = Field(
        default=",",
        validation_alias="fromJobConfig.fieldSeparator",
        serialization_alias="fromJobConfig.fieldSeparator",
    )
    """字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。 Default: ","."""
    from_job_config_quote_char: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.quoteChar",
        serialization_alias="fromJobConfig.quoteChar",
    )
    """是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。"""
    from_job_config_regex_separator: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.regexSeparator",
        serialization_alias="fromJobConfig.regexSeparator",
    )
    """是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。"""
    from_job_config_regex: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.regex",
        serialization_alias="fromJobConfig.regex",
    )
    """正则表达式，当选择使用正则表达式分割字段时，此参数有效。"""
    from_job_config_first_row_as_header: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.firstRowAsHeader",
        serialization_alias="fromJobConfig.firstRowAsHeader",
    )
    """是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。"""
    from_job_config_from_compression: Annotated[Literal["NONE", "GZIP", "ZIP"], Checked] | None = (
        Field(
            default=None,
            validation_alias="fromJobConfig.fromCompression",
            serialization_alias="fromJobConfig.fromCompression",
        )
    )
    """压缩格式，当文件格式为“CSV_FILE”或“JSON”时此参数有效。选择对应压缩格式的源文件：
    - NONE：表示传输所有格式的文件。
    - GZIP：表示只传输GZIP格式的文件。
    - ZIP：表示只传输ZIP格式的文件。

    Constraints: one of: "NONE", "GZIP", "ZIP"."""
    from_job_config_split_type: Annotated[Literal["FILE", "SIZE"], Checked] | None = Field(
        default=None,
        validation_alias="fromJobConfig.splitType",
        serialization_alias="fromJobConfig.splitType",
    )
    """指定任务分片方式，选择按文件或文件大小进行分割。
    - FILE：按文件数量进行分片。例如有10个文件，并在任务参数中指定“throttlingConfig.numExtractors”（抽取并发数）为“5”，则每个分片2个文件。
    - SIZE：按文件大小分割。注意这里不会将文件做切分来实现均衡。例如：有10个文件，9个10M，1个200M，在并发任务数中指定“throttlingConfig.numExtractors”（抽取并发数）为“2”，则会分两个分片，一个处理9个10M的文件，一个处理1个200M的文件。

    Constraints: one of: "FILE", "SIZE"."""
    from_job_config_json_reference_node: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.jsonReferenceNode",
        serialization_alias="fromJobConfig.jsonReferenceNode",
    )
    """记录节点，当文件格式为“JSON_FILE”时此参数有效。对该JSON节点下的数据进行解析，如果该节点对应的数据为JSON数组，那么系统会以同一模式从该数组中提取数据。多层嵌套的JSON节点以字符“.”分割，例如：“data.list”。"""
    from_job_config_encode_type: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.encodeType",
        serialization_alias="fromJobConfig.encodeType",
    )
    """编码类型，例如：“UTF_8”或“GBK”。"""
    from_job_config_use_marker_file: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.useMarkerFile",
        serialization_alias="fromJobConfig.useMarkerFile",
    )
    """选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方“fromJobConfig.waitTime”（等待时间）参数中配置。"""
    from_job_config_marker_file: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.markerFile",
        serialization_alias="fromJobConfig.markerFile",
    )
    """启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。"""
    from_job_config_wait_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.waitTime",
        serialization_alias="fromJobConfig.waitTime",
    )
    """选择开启作业标识文件的功能时，如果源路径下不存在启动作业的标识文件，作业挂机等待的时长，当超时后任务会失败。 等待时间设置为0时，当源端路径下不存在标识文件，任务会立即失败。 单位：秒。"""
    from_job_config_filter_type: Annotated[Literal["WILDCARD", "TIME"], Checked] | None = Field(
        default=None,
        validation_alias="fromJobConfig.filterType",
        serialization_alias="fromJobConfig.filterType",
    )
    """选择过滤器类型：
    - WILDCARD：输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
    - TIME：时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。

    Constraints: one of: "WILDCARD", "TIME"."""
    from_job_config_path_filter: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.pathFilter",
        serialization_alias="fromJobConfig.pathFilter",
    )
    """路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。"""
    from_job_config_file_filter: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.fileFilter",
        serialization_alias="fromJobConfig.fileFilter",
    )
    """文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*.txt”。"""
    from_job_config_start_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.startTime",
        serialization_alias="fromJobConfig.startTime",
    )
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))} 表示： 只迁移最近90天内的文件。"""
    from_job_config_end_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.endTime",
        serialization_alias="fromJobConfig.endTime",
    )
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyy-MM-dd HH:mm:ss))} 表示：只迁移修改时间为当前时间以前的文件。"""
    from_job_config_file_separator: str | None = Field(
        default="|",
        validation_alias="fromJobConfig.fileSeparator",
        serialization_alias="fromJobConfig.fileSeparator",
    )
    """“fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。 Default: "|"."""
    from_job_config_md5_file_suffix: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.md5FileSuffix",
        serialization_alias="fromJobConfig.md5FileSuffix",
    )
    """校验CDM抽取的文件，是否与源文件一致。"""


class SourceJobTimeFormat(Model):
    """fromJobConfig.formats参数说明

    fromJobConfig.formats参数说明

    Reference section 5.4.2.3.
    """

    name: str
    """列号，例如：“1”。"""
    value: str
    """时间格式，例如：“yyyy-MM-dd”。"""


class HbaseSourceJobConfig(Model):
    """源端为 HBase/CloudTable

    HBase/CloudTable作业参数说明

    Reference section 5.4.2.5.
    """

    from_job_config_table: str = Field(
        validation_alias="fromJobConfig.table", serialization_alias="fromJobConfig.table"
    )
    """需要抽取数据的表名，例如“cdm”。"""
    from_job_config_column_families: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnFamilies",
        serialization_alias="fromJobConfig.columnFamilies",
    )
    """抽取数据所属的列族。"""
    from_job_config_columns: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columns",
        serialization_alias="fromJobConfig.columns",
    )
    """需要抽取的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。"""
    from_job_config_is_split: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.isSplit",
        serialization_alias="fromJobConfig.isSplit",
    )
    """选择是否拆分Rowkey，例如“true”。"""
    from_job_config_delimiter: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.delimiter",
        serialization_alias="fromJobConfig.delimiter",
    )
    """用于切分Rowkey的分隔符，若不设置则不切分，例如“ ”。"""
    from_job_config_start_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.startTime",
        serialization_alias="fromJobConfig.startTime",
    )
    """时间区间左边界（包含该值），格式为“yyyy-MM-dd hh:mm:ss”。 表示只抽取该时间及以后的数据。"""
    from_job_config_end_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.endTime",
        serialization_alias="fromJobConfig.endTime",
    )
    """时间区间右边界（不包含该值），格式为“yyyy-MM-dd hh:mm:ss”。 表示只抽取该时间以前的数据。"""
    from_job_config_formats: list[SourceJobTimeFormat] | dict[str, str] | None = Field(
        default=None,
        validation_alias="fromJobConfig.formats",
        serialization_alias="fromJobConfig.formats",
    )
    """时间格式，请参见 fromJobConfig.formats参数说明 。"""


class HbaseTargetJobConfig(Model):
    """目的端为 HBase/CloudTable

    目的端为 HBase/CloudTable

    Reference section 5.4.3.5.
    """

    to_job_config_table: str = Field(
        validation_alias="toJobConfig.table", serialization_alias="toJobConfig.table"
    )
    """写入数据的表名，例如：“TBL_EXAMPLE”。"""
    to_job_config_storage_type: Annotated[Literal["PUTLIST", "BULKLOAD"], Checked] = Field(
        validation_alias="toJobConfig.storageType", serialization_alias="toJobConfig.storageType"
    )
    """将数据写入到HBase表中的方法：
    - PUTLIST：put list方式写入。

    Constraints: one of: "PUTLIST", "BULKLOAD"."""
    to_job_config_columns: str | None = Field(
        default=None,
        validation_alias="toJobConfig.columns",
        serialization_alias="toJobConfig.columns",
    )
    """需要抽取数据的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。"""
    to_job_config_row_key_column: str = Field(
        validation_alias="toJobConfig.rowKeyColumn", serialization_alias="toJobConfig.rowKeyColumn"
    )
    """作为rowkey的列，列号之间使用“&”分割，列族与列之间用“:”分隔，例如：“cf1:c1&cf2:c2”。"""
    to_job_config_is_override: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.isOverride",
        serialization_alias="toJobConfig.isOverride",
    )
    """使用BULKLOAD方式导入数据时，是否清空数据，例如：“true”。"""
    to_job_config_delimiter: str | None = Field(
        default=None,
        validation_alias="toJobConfig.delimiter",
        serialization_alias="toJobConfig.delimiter",
    )
    """当选取多个列做rowkey时，连接多列的分隔符，例如：“ ”。"""
    to_job_config_is_rowkey_redundancy: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.isRowkeyRedundancy",
        serialization_alias="toJobConfig.isRowkeyRedundancy",
    )
    """是否将选做Rowkey的数据同时写入HBase的列。"""
    to_job_config_algorithm: Annotated[Literal["NONE", "SNAPPY", "GZ"], Checked] | None = Field(
        default="NONE",
        validation_alias="toJobConfig.algorithm",
        serialization_alias="toJobConfig.algorithm",
    )
    """创建新HBase表时采用的压缩算法，支持SNAPPY和GZ算法，默认为“NONE”。

    Constraints: one of: "NONE", "SNAPPY", "GZ". Default: "NONE"."""
    to_job_config_write_to_wal: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.writeToWAL",
        serialization_alias="toJobConfig.writeToWAL",
    )
    """选择是否开启HBase的预写日志机制（WAL，Write Ahead Log）。
    - 是：开启后如果出现HBase服务器宕机，则可以从WAL中回放执行之前没有完成的操作。
    - 否：关闭时能提升写入性能，但如果HBase服务器宕机可能会造成数据丢失。"""
    to_job_config_trans_type: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.transType",
        serialization_alias="toJobConfig.transType",
    )
    """- true：源端数据库中的Short、Int、Long、Float、Double、Decimal类型列的数据，会转换为Byte[]数组（二进制）写入HBase，其他类型的按字符串写入。如果这几种类型中，有合并做rowkey的，就依然当字符串写入。 该功能作用是：降低存储占用空间，存储更高效；特定场景下rowkey分布更均匀。
    - false：源端数据库中所有类型的数据，都会按照字符串写入HBase。"""


class HdfsSourceJobConfig(Model):
    """源端为 HDFS

    HDFS作业参数说明

    Reference section 5.4.2.3.
    """

    from_job_config_input_directory: str = Field(
        validation_alias="fromJobConfig.inputDirectory",
        serialization_alias="fromJobConfig.inputDirectory",
    )
    """待抽取数据的路径，例如：“/data_dir”。"""
    from_job_config_input_format: Annotated[
        Literal["CSV_FILE", "PARQUET_FILE", "BINARY_FILE"], Checked
    ] = Field(
        validation_alias="fromJobConfig.inputFormat",
        serialization_alias="fromJobConfig.inputFormat",
    )
    """传输数据时所用的文件格式，目前支持以下文件格式：
    - CSV_FILE: CSV格式。
    - PARQUET_FILE: PARQUET格式。
    - BINARY_FILE: 二进制格式。 当选择“BINARY_FILE”时，目的端也必须为文件系统。

    Constraints: one of: "CSV_FILE", "PARQUET_FILE", "BINARY_FILE"."""
    from_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnList",
        serialization_alias="fromJobConfig.columnList",
    )
    """需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。"""
    from_job_config_line_separator: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.lineSeparator",
        serialization_alias="fromJobConfig.lineSeparator",
    )
    """文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。"""
    from_job_config_field_separator: str | None = Field(
        default=",",
        validation_alias="fromJobConfig.fieldSeparator",
        serialization_alias="fromJobConfig.fieldSeparator",
    )
    """字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。 Default: ","."""
    from_job_config_quote_char: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.quoteChar",
        serialization_alias="fromJobConfig.quoteChar",
    )
    """是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。"""
    from_job_config_regex_separator: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.regexSeparator",
        serialization_alias="fromJobConfig.regexSeparator",
    )
    """是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。"""
    from_job_config_encode_type: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.encodeType",
        serialization_alias="fromJobConfig.encodeType",
    )
    """编码类型，例如：“UTF_8”或“GBK”。"""
    from_job_config_first_row_as_header: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.firstRowAsHeader",
        serialization_alias="fromJobConfig.firstRowAsHeader",
    )
    """是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。"""
    from_job_config_from_compression: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.fromCompression",
        serialization_alias="fromJobConfig.fromCompression",
    )
    """压缩格式，表示选择只传输对应压缩格式的源文件。“NONE”表示传输所有格式的文件。"""
    from_job_config_compressed_file_suffix: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.compressedFileSuffix",
        serialization_alias="fromJobConfig.compressedFileSuffix",
    )
    """需要解压缩的文件后缀名。当一批文件中以该值为后缀时，才会执行解压缩操作，否则保持原样传输。当输入*或为空时，所有文件都会被解压。"""
    from_job_config_split_type: Annotated[Literal["FILE", "SIZE"], Checked] | None = Field(
        default=None,
        validation_alias="fromJobConfig.splitType",
        serialization_alias="fromJobConfig.splitType",
    )
    """指定任务分片方式，选择按文件或文件大小进行分割。HDFS上的文件，如果在HDFS上已经分片，则HDFS每个分片视为一个文件。
    - FILE：按文件数量进行分片。例如有10个文件，并在任务参数中指定“throttlingConfig.numExtractors”（抽取并发数）为“5”，则每个分片2个文件。
    - SIZE：按文件大小分割。注意这里不会将文件做切分来实现均衡。例如：有10个文件，9个10M，1个200M，在并发任务数中指定“throttlingConfig.numExtractors”（抽取并发数）为“2”，则会分两个分片，一个处理9个10M的文件，一个处理1个200M的文件。

    Constraints: one of: "FILE", "SIZE"."""
    from_job_config_use_marker_file: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.useMarkerFile",
        serialization_alias="fromJobConfig.useMarkerFile",
    )
    """选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方“fromJobConfig.waitTime”（等待时间）参数中配置。"""
    from_job_config_marker_file: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.markerFile",
        serialization_alias="fromJobConfig.markerFile",
    )
    """启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。"""
    from_job_config_file_separator: str | None = Field(
        default="|",
        validation_alias="fromJobConfig.fileSeparator",
        serialization_alias="fromJobConfig.fileSeparator",
    )
    """“fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。 Default: "|"."""
    from_job_config_filter_type: Annotated[Literal["WILDCARD", "TIME", "NONE"], Checked] | None = (
        Field(
            default=None,
            validation_alias="fromJobConfig.filterType",
            serialization_alias="fromJobConfig.filterType",
        )
    )
    """选择过滤器类型：
    - WILDCARD：输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
    - TIME：时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。

    Constraints: one of: "WILDCARD", "TIME", "NONE"."""
    from_job_config_path_filter: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.pathFilter",
        serialization_alias="fromJobConfig.pathFilter",
    )
    """路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。"""
    from_job_config_file_filter: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.fileFilter",
        serialization_alias="fromJobConfig.fileFilter",
    )
    """文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*txt”。"""
    from_job_config_start_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.startTime",
        serialization_alias="fromJobConfig.startTime",
    )
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。
    该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))}表示：只迁移最近90天内的文件。"""
    from_job_config_end_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.endTime",
        serialization_alias="fromJobConfig.endTime",
    )
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。
    该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss))}表示：只迁移修改时间为当前时间以前的文件。"""
    from_job_config_create_snapshot: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.createSnapshot",
        serialization_alias="fromJobConfig.createSnapshot",
    )
    """如果配置为“true”，CDM读取HDFS系统上的文件时，会先对待迁移的源目录创建快照（不允许对单个文件创建快照），然后CDM迁移快照中的数据。
    需要HDFS系统的管理员权限才可以创建快照，CDM作业完成后，快照会被删除。"""
    from_job_config_formats: list[SourceJobTimeFormat] | dict[str, str] | None = Field(
        default=None,
        validation_alias="fromJobConfig.formats",
        serialization_alias="fromJobConfig.formats",
    )
    """时间格式，当“fromJobConfig.inputFormat”（文件格式）为“CSV_FILE”（CSV格式），并且文件中有时间类型字段时，才需要输入，具体说明请参见fromJobConfig.formats参数说明。"""
    from_job_config_deryption: Annotated[Literal["NONE", "AES-256-GCM"], Checked] | None = Field(
        default=None,
        validation_alias="fromJobConfig.deryption",
        serialization_alias="fromJobConfig.deryption",
    )
    """“fromJobConfig.inputFormat”（文件格式）选择为“BINARY_FILE”（二进制格式）时才有该参数，选择是否对已加密的文件解密后再导出，以及解密方式：
    - NONE：不解密，直接导出文件。
    - AES-256-GCM：使用AES-256-GCM（NoPadding）算法解密后再导出文件。

    Constraints: one of: "NONE", "AES-256-GCM"."""
    from_job_config_dek: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.dek",
        serialization_alias="fromJobConfig.dek",
        repr=False,
    )
    """数据解密密钥，密钥由长度64的十六进制数组成，且必须与加密时配置的“toJobConfig.dek”（导入时配置的数据加密密钥）一致。如果不一致系统不会报异常，只是解密出来的数据会错误。"""
    from_job_config_iv: str | None = Field(
        default=None, validation_alias="fromJobConfig.iv", serialization_alias="fromJobConfig.iv"
    )
    """解密需要的初始化向量，初始化向量由长度32的十六进制数组成，且必须与加密时配置的“toJobConfig.iv”（导入时配置的初始化向量）一致。如果不一致系统不会报异常，只是解密出来的数据会错误。"""


class HdfsTargetJobConfig(Model):
    """目的端为 HDFS

    目的端为 HDFS

    Reference section 5.4.3.3.
    """

    to_job_config_output_directory: str = Field(
        validation_alias="toJobConfig.outputDirectory",
        serialization_alias="toJobConfig.outputDirectory",
    )
    """数据写入的路径，例如“/data_dir”。"""
    to_job_config_output_format: Annotated[Literal["CSV_FILE", "BINARY_FILE"], Checked] = Field(
        validation_alias="toJobConfig.outputFormat", serialization_alias="toJobConfig.outputFormat"
    )
    """写入数据时所用的文件格式（二进制除外），支持以下文件格式：
    - CSV_FILE：按照CSV格式写入数据。
    - BINARY_FILE：二进制格式，不解析文件内容直接传输，CDM会原样写入文件，不改变原始文件格式。
    当选择“BINARY_FILE”时，源端也必须为文件系统。

    Constraints: one of: "CSV_FILE", "BINARY_FILE"."""
    to_job_config_line_separator: str | None = Field(
        default="\\r\\n",
        validation_alias="toJobConfig.lineSeparator",
        serialization_alias="toJobConfig.lineSeparator",
    )
    """行分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“\\r\\n”。 Default: "\\\\r\\\\n"."""
    to_job_config_field_separator: str | None = Field(
        default=",",
        validation_alias="toJobConfig.fieldSeparator",
        serialization_alias="toJobConfig.fieldSeparator",
    )
    """列分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“，”。 Default: ","."""
    to_job_config_write_to_temp_file: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.writeToTempFile",
        serialization_alias="toJobConfig.writeToTempFile",
    )
    """将二进制文件先写入到临时文件（临时文件以“.tmp”作为后缀），迁移成功后，再进行rename或move操作，在目的端恢复文件。"""
    to_job_config_duplicate_file_op_type: (
        Annotated[Literal["REPLACE", "SKIP", "ABANDON"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="toJobConfig.duplicateFileOpType",
        serialization_alias="toJobConfig.duplicateFileOpType",
    )
    """重复文件处理方式，只有文件名和文件大小都相同才会判定为重复文件。重复文件支持以下处理方式：
    - REPLACE：替换重复文件。
    - SKIP：跳过重复文件。
    - ABANDON：发现重复文件停止任务。

    Constraints: one of: "REPLACE", "SKIP", "ABANDON"."""
    to_job_config_compression: (
        Annotated[Literal["NONE", "DEFLATE", "GZIP", "BZIP2", "LZ4", "SNAPPY"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="toJobConfig.compression",
        serialization_alias="toJobConfig.compression",
    )
    """写入文件后，选择对文件的压缩格式。支持以下压缩格式：
    - NONE：不压缩。
    - DEFLATE：压缩为DEFLATE格式。
    - GZIP：压缩为GZIP格式。
    - BZIP2：压缩为BZIP2格式。
    - LZ4：压缩为LZ4格式。
    - SNAPPY：压缩为SNAPPY格式。

    Constraints: one of: "NONE", "DEFLATE", "GZIP", "BZIP2", "LZ4", "SNAPPY"."""
    to_job_config_append_mode: bool = Field(
        validation_alias="toJobConfig.appendMode", serialization_alias="toJobConfig.appendMode"
    )
    """当加载路径已经存在文件，是否需要写入，默认值为“false”。"""
    to_job_config_encryption: Annotated[Literal["NONE", "AES-256-GCM"], Checked] | None = Field(
        default=None,
        validation_alias="toJobConfig.encryption",
        serialization_alias="toJobConfig.encryption",
    )
    """当“toJobConfig.outputFormat”（文件格式）为“BINARY_FILE”（二进制）时才有该参数，选择是否对导入的数据进行加密，以及加密方式：
    - NONE：不加密，直接写入数据。
    - AES-256-GCM：使用长度为256byte的AES对称加密算法，目前加密算法只支持AES-256-GCM（NoPadding）。

    Constraints: one of: "NONE", "AES-256-GCM"."""
    to_job_config_dek: str | None = Field(
        default=None,
        validation_alias="toJobConfig.dek",
        serialization_alias="toJobConfig.dek",
        repr=False,
    )
    """数据加密密钥，“toJobConfig.encryption”（加密方式）选择“AES-256-GCM”时有该参数，密钥由长度64的十六进制数组成。
    请您牢记这里配置的密钥，解密时的密钥与这里配置的必须一致。如果不一致系统不会报异常，只是解密出来的数据会错误。"""
    to_job_config_iv: str | None = Field(
        default=None, validation_alias="toJobConfig.iv", serialization_alias="toJobConfig.iv"
    )
    """初始化向量， “toJobConfig.encryption”（加密方式）选择“AES-256-GCM”时有该参数，初始化向量由长度32的十六进制数组组成。 请您牢记这里配置的初始化向量，解密时的初始化向量与这里配置的必须一致。如果不一致系统不会报异常，只是解密出来的数据会错误。"""
    to_job_config_file_prefix: str | None = Field(
        default=None,
        validation_alias="toJobConfig.filePrefix",
        serialization_alias="toJobConfig.filePrefix",
    )
    """自定义文件名前缀，支持时间宏。例如：test_${dateformat(yyyyMMdd, -1, DAY)} 注意文件名格式要符合hdfs文件路径命名规范。"""


class HiveSourceJobConfig(Model):
    """源端为 Hive

    源端为 Hive

    Reference section 5.4.2.4.
    """

    from_job_config_hive: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.hive",
        serialization_alias="fromJobConfig.hive",
    )
    """待抽取数据的数据源，作业源端为 Hive 时，这里为“hive”。"""
    from_job_config_database: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.database",
        serialization_alias="fromJobConfig.database",
    )
    """待抽取数据的数据库，例如“default”。"""
    from_job_config_table: str = Field(
        validation_alias="fromJobConfig.table", serialization_alias="fromJobConfig.table"
    )
    """待抽取数据的表名，例如“cdm”。"""
    from_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnList",
        serialization_alias="fromJobConfig.columnList",
    )
    """需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。"""


class HiveTargetJobConfig(Model):
    """目的端为 Hive

    目的端为 Hive

    Reference section 5.4.3.4.
    """

    to_job_config_hive: str | None = Field(
        default=None, validation_alias="toJobConfig.hive", serialization_alias="toJobConfig.hive"
    )
    """写入数据的数据源。"""
    to_job_config_database: str | None = Field(
        default=None,
        validation_alias="toJobConfig.database",
        serialization_alias="toJobConfig.database",
    )
    """写入数据的数据库名称，例如：“default”。"""
    to_job_config_table: str = Field(
        validation_alias="toJobConfig.table", serialization_alias="toJobConfig.table"
    )
    """写入数据的表名。"""
    to_job_config_table_preparation: Annotated[
        Literal["DO_NOTHING", "CREATE_WHEN_NOT_EXISTS", "DROP_AND_CREATE"], Checked
    ] = Field(
        validation_alias="toJobConfig.tablePreparation",
        serialization_alias="toJobConfig.tablePreparation",
    )
    """写入表数据时，用户选择的操作：
    - DO_NOTHING：不自动建表。
    - CREATE_WHEN_NOT_EXISTS：当目的端的数据库没有“tableName”参数中指定的表时，CDM会自动创建该表。
    - DROP_AND_CREATE：先删除“tableName”参数中指定的表，然后再重新创建该表。

    Constraints: one of: "DO_NOTHING", "CREATE_WHEN_NOT_EXISTS", "DROP_AND_CREATE"."""
    to_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="toJobConfig.columnList",
        serialization_alias="toJobConfig.columnList",
    )
    """需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_should_clear_table: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.shouldClearTable",
        serialization_alias="toJobConfig.shouldClearTable",
    )
    """导入前是否清空目标表的数据，如果设置为true，任务启动前会清除目标表中数据。"""


class HttpSourceJobConfig(Model):
    """源端为 HTTP/HTTPS

    源端为 HTTP/HTTPS

    Reference section 5.4.2.7.
    """

    from_job_config_input_directory: str = Field(
        validation_alias="fromJobConfig.inputDirectory",
        serialization_alias="fromJobConfig.inputDirectory",
    )
    """待抽取文件的URL。 用于读取一个公网HTTP/HTTPS URL的文件，包括第三方对象存储的公共读取场景和网盘场景。"""
    from_job_config_input_format: Annotated[Literal["BINARY_FILE"], Checked] = Field(
        validation_alias="fromJobConfig.inputFormat",
        serialization_alias="fromJobConfig.inputFormat",
    )
    """传输数据时所用的文件格式，目前只支持二进制格式。

    Constraints: one of: "BINARY_FILE"."""
    from_job_config_from_compression: (
        Annotated[Literal["NONE", "GZIP", "ZIP", "TARGZ"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="fromJobConfig.fromCompression",
        serialization_alias="fromJobConfig.fromCompression",
    )
    """选择对应压缩格式的源文件进行迁移：
    - NONE：表示传输所有格式的文件。
    - GZIP：表示只传输GZIP格式的文件。
    - ZIP：表示只传输ZIP格式的文件。
    - TAR.GZ：表示只传输TAR.GZ格式的文件。

    Constraints: one of: "NONE", "GZIP", "ZIP", "TARGZ"."""
    from_job_config_compressed_file_suffix: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.compressedFileSuffix",
        serialization_alias="fromJobConfig.compressedFileSuffix",
    )
    """需要解压缩的文件后缀名。当一批文件中以该值为后缀时，才会执行解压缩操作，否则保持原样传输。当输入*或为空时，所有文件都会被解压。"""
    from_job_config_file_separator: str | None = Field(
        default="|",
        validation_alias="fromJobConfig.fileSeparator",
        serialization_alias="fromJobConfig.fileSeparator",
    )
    """传输多个文件时，CDM使用这里配置的文件分隔符来区分各个文件，默认为 。 Default: "|"."""
    from_job_config_use_query: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.useQuery",
        serialization_alias="fromJobConfig.useQuery",
    )
    """- 该参数设置为“true”时，上传到OBS的对象使用的对象名，为去掉query参数后的字符。
    - 该参数设置为“false”时，上传到OBS的对象使用的对象名，包含query参数。"""
    from_job_config_md5_file_suffix: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.md5FileSuffix",
        serialization_alias="fromJobConfig.md5FileSuffix",
    )
    """校验CDM抽取的文件，是否与源文件一致。"""


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
        default=None,
        validation_alias="throttlingConfig.numExtractors",
        serialization_alias="throttlingConfig.numExtractors",
    )
    """最大抽取任务并发数，例如：“20”。"""
    group_job_config_group_name: str | None = Field(
        default="DEFAULT",
        validation_alias="groupJobConfig.groupName",
        serialization_alias="groupJobConfig.groupName",
    )
    """选择作业所属的分组，默认分组为“DEFAULT”。 Default: "DEFAULT"."""
    throttling_config_num_loaders: int | None = Field(
        default=None,
        validation_alias="throttlingConfig.numLoaders",
        serialization_alias="throttlingConfig.numLoaders",
    )
    """仅当HBase或Hive作为目的数据源时该参数才有效。 最大加载任务数，例如：“5”。"""
    throttling_config_record_dirty_data: bool | None = Field(
        default=None,
        validation_alias="throttlingConfig.recordDirtyData",
        serialization_alias="throttlingConfig.recordDirtyData",
    )
    """是否写入脏数据，例如：“true”。"""
    throttling_config_write_to_link: str | None = Field(
        default=None,
        validation_alias="throttlingConfig.writeToLink",
        serialization_alias="throttlingConfig.writeToLink",
    )
    """脏数据要写入的连接，目前只支持写入到OBS连接或HDFS连接。例如：“obslink”。"""
    throttling_config_obs_bucket: str | None = Field(
        default=None,
        validation_alias="throttlingConfig.obsBucket",
        serialization_alias="throttlingConfig.obsBucket",
    )
    """写入脏数据的OBS桶的名称，只有当脏数据要写入OBS连接的时候，此参数才生效。例如：“dirtyData”。"""
    throttling_config_dirty_data_directory: str | None = Field(
        default=None,
        validation_alias="throttlingConfig.dirtyDataDirectory",
        serialization_alias="throttlingConfig.dirtyDataDirectory",
    )
    """写入脏数据的目录：
    - 如果选择写入到HDFS，此参数即为HDFS目录。
    - 如果选择写入到OBS，此参数表示相应的OBS桶下的目录，例如：“/data/dirtydata/”。"""
    throttling_config_max_error_records: str | None = Field(
        default=None,
        validation_alias="throttlingConfig.maxErrorRecords",
        serialization_alias="throttlingConfig.maxErrorRecords",
    )
    """单个分片的最大错误记录数。单个map的错误记录超过设置的最大错误记录数时，任务自动结束，已经导入的数据不回退。"""
    scheduler_config_is_scheduler_job: bool | None = Field(
        default=None,
        validation_alias="schedulerConfig.isSchedulerJob",
        serialization_alias="schedulerConfig.isSchedulerJob",
    )
    """是否开启定时任务，例如：“true”。"""
    scheduler_config_cycle_type: (
        Annotated[Literal["minute", "hour", "day", "week", "month"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="schedulerConfig.cycleType",
        serialization_alias="schedulerConfig.cycleType",
    )
    """定时任务的周期类型，目前支持五种周期类型：
    - minute：分钟
    - hour：小时
    - day：天
    - week：周
    - month：月

    Constraints: one of: "minute", "hour", "day", "week", "month"."""
    scheduler_config_cycle: int | None = Field(
        default=None,
        validation_alias="schedulerConfig.cycle",
        serialization_alias="schedulerConfig.cycle",
    )
    """定时任务的周期，如果周期类型选择了“minute”，“cycle”输入“10”，就表示该定时任务每10分钟执行一次。"""
    scheduler_config_run_at: str | None = Field(
        default=None,
        validation_alias="schedulerConfig.runAt",
        serialization_alias="schedulerConfig.runAt",
    )
    """定时任务在周期内的触发时间，当周期为“hour”、“week”或“month”时，该参数有效。
    - 如果周期类型为“month”，设定周期为“1”，“runAt”输入“15”，就表示每个月的15号执行该定时任务。并且该参数支持输入多个，以英文的逗号“,”分隔开。例如上述场景中“runAt”输入“1,2,3,4,5”，就表示每个月的1日、2日、3日、4日和5日执行该定时任务。
    - 周期类型为“week”时，“runAt”输入“mon,tue,wed,thu,fri”，就表示周一到周五执行该定时任务。
    - 周期类型为“hour”时，“runAt”输入“27,57”，表示周期内的27分和57分执行该定时任务。"""
    scheduler_config_start_date: str | None = Field(
        default=None,
        validation_alias="schedulerConfig.startDate",
        serialization_alias="schedulerConfig.startDate",
    )
    """定时任务的开始时间，例如：“2018-01-24 19:56:19”。"""
    scheduler_config_stop_date: str | None = Field(
        default=None,
        validation_alias="schedulerConfig.stopDate",
        serialization_alias="schedulerConfig.stopDate",
    )
    """定时任务的结束日期，例如：“2018-01-27 23:59:00”。 如果不输入结束时间，则表示定时任务将一直执行，永远不会结束。"""
    scheduler_config_disposable_type: (
        Annotated[Literal["NONE", "DELETE_AFTER_SUCCEED", "DELETE"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="schedulerConfig.disposableType",
        serialization_alias="schedulerConfig.disposableType",
    )
    """作业运行完是否删除：
    - NONE：作业执行完不删除。
    - DELETE_AFTER_SUCCEED：仅作业执行成功时删除该作业，适合海量一次性作业。
    - DELETE：作业执行完删除该作业，执行成功或失败都会删除。

    Constraints: one of: "NONE", "DELETE_AFTER_SUCCEED", "DELETE"."""
    retry_job_config_retry_job_type: Annotated[Literal["NONE", "RETRY_TRIPLE"], Checked] | None = (
        Field(
            default=None,
            validation_alias="retryJobConfig.retryJobType",
            serialization_alias="retryJobConfig.retryJobType",
        )
    )
    """如果作业执行失败，选择是否自动重试：
    - NONE：不重试。
    - RETRY_TRIPLE：重试三次。

    Constraints: one of: "NONE", "RETRY_TRIPLE"."""


class KafkaSourceJobConfig(Model):
    """源端为 Kafka

    源端为 Kafka

    Reference section 5.4.2.11.
    """

    from_job_config_topics_list: str = Field(
        validation_alias="fromJobConfig.topicsList", serialization_alias="fromJobConfig.topicsList"
    )
    """Kafka topic列表，可以为多个 topic，以“,”作为分隔符。"""
    from_job_config_kafka_consumer_strategy: Annotated[Literal["LATEST", "EARLIEST"], Checked] = (
        Field(
            validation_alias="fromJobConfig.kafkaConsumerStrategy",
            serialization_alias="fromJobConfig.kafkaConsumerStrategy",
        )
    )
    """从Kafka拉取数据时的初始偏移量设置：
    - LATEST：最大偏移量，即最新的数据。
    - EARLIEST：最小偏移量，即最老的数据。

    Constraints: one of: "LATEST", "EARLIEST"."""
    from_job_config_is_permanency: bool = Field(
        validation_alias="fromJobConfig.isPermanency",
        serialization_alias="fromJobConfig.isPermanency",
    )
    """是否永久运行。"""
    from_job_config_group_id: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.groupId",
        serialization_alias="fromJobConfig.groupId",
    )
    """用户指定消费组ID。 如果是从DMS Kafka导出数据，专享版请任意输入，标准版请输入有效的消费组ID。"""
    from_job_config_data_format: Annotated[Literal["BINARY", "CSV"], Checked] = Field(
        validation_alias="fromJobConfig.dataFormat", serialization_alias="fromJobConfig.dataFormat"
    )
    """解析数据时使用的格式：
    - BINARY：适用于文件迁移场景，不解析数据内容原样传输。
    - CSV：以CSV格式解析源数据。

    Constraints: one of: "BINARY", "CSV"."""
    from_job_config_max_poll_records: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.maxPollRecords",
        serialization_alias="fromJobConfig.maxPollRecords",
    )
    """每次向Kafka请求数据限制最大请求记录数。"""
    from_job_config_max_poll_interval: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.maxPollInterval",
        serialization_alias="fromJobConfig.maxPollInterval",
    )
    """每次poll之间的最大时间间隔。"""
    from_job_config_separator: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.separator",
        serialization_alias="fromJobConfig.separator",
    )
    """字段分隔符。"""


class MongodbSourceJobConfig(Model):
    """源端为 MongoDB/DDS

    源端为 MongoDB/DDS

    Reference section 5.4.2.8.
    """

    from_job_config_database: str = Field(
        validation_alias="fromJobConfig.database", serialization_alias="fromJobConfig.database"
    )
    """MongoDB/DDS的数据库名称。"""
    from_job_config_collection_name: str = Field(
        validation_alias="fromJobConfig.collectionName",
        serialization_alias="fromJobConfig.collectionName",
    )
    """MongoDB/DDS的集合名称。"""
    from_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnList",
        serialization_alias="fromJobConfig.columnList",
    )
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    from_job_config_is_batch_migration: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.isBatchMigration",
        serialization_alias="fromJobConfig.isBatchMigration",
    )
    """是否为整库迁移。"""
    from_job_config_filters: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.filters",
        serialization_alias="fromJobConfig.filters",
    )
    """创建用于匹配文档的筛选条件，CDM只迁移符合条件的数据。例如： 1. 按表达式对象筛选：例如 { 'last_name': 'Smith' }，表示查找所有“last_name”属性值为“Smith”的文档。 2. 按参数选项筛选：例如 { x: "john" }, { z: 1 }，表示查找 x=john的所有z字段。 3. 按条件筛选：例如 { "field": { $gt: 5 } }，表示查找field字段中大于5的值。"""


class ObsSourceJobConfig(Model):
    """源端为对象存储

    源端为对象存储

    Reference section 5.4.2.2.
    """

    from_job_config_bucket_name: str = Field(
        validation_alias="fromJobConfig.bucketName", serialization_alias="fromJobConfig.bucketName"
    )
    """对象存储的桶名。"""
    from_job_config_input_directory: str = Field(
        validation_alias="fromJobConfig.inputDirectory",
        serialization_alias="fromJobConfig.inputDirectory",
    )
    """抽取文件的路径。支持输入多个文件路径（最多50个），默认以“ ”分隔，也可以自定义文件分隔符，例如：“FROM/example.csv FROM/b.txt”。"""
    from_job_config_input_format: Annotated[
        Literal["CSV_FILE", "JSON_FILE", "BINARY_FILE"], Checked
    ] = Field(
        validation_alias="fromJobConfig.inputFormat",
        serialization_alias="fromJobConfig.inputFormat",
    )
    """传输数据时所用的文件格式，目前支持以下文件格式：
    - CSV_FILE: CSV格式，用于迁移文件到数据表的场景。
    - JSON_FILE: JSON格式，一般都是用于迁移文件到数据表的场景。
    - BINARY_FILE: 二进制格式，不解析文件内容直接传输，不要求文件格式必须为二进制。适用于文件到文件的原样复制。
    当选择“BINARY_FILE”时，目的端也必须为文件系统。

    Constraints: one of: "CSV_FILE", "JSON_FILE", "BINARY_FILE"."""
    from_job_config_line_separator: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.lineSeparator",
        serialization_alias="fromJobConfig.lineSeparator",
    )
    """文件中的换行符，默认自动识别“\\n”、“\\r”或“\\r\\n”。手动配置特殊字符，如空格回车需使用URL编码后的值。或通过编辑作业json方式配置，无需URL编码。"""
    from_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnList",
        serialization_alias="fromJobConfig.columnList",
    )
    """需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。"""
    from_job_config_regex_separator: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.regexSeparator",
        serialization_alias="fromJobConfig.regexSeparator",
    )
    """是否使用正则表达式分割字段，当文件格式为“CSV_FILE”时此参数有效。"""
    from_job_config_regex: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.regex",
        serialization_alias="fromJobConfig.regex",
    )
    """正则表达式，当选择使用正则表达式分割字段时，此参数有效。"""
    from_job_config_field_separator: str | None = Field(
        default=",",
        validation_alias="fromJobConfig.fieldSeparator",
        serialization_alias="fromJobConfig.fieldSeparator",
    )
    """字段分隔符，当文件格式为“CSV_FILE”时此参数有效，默认值为：“，”。 Default: ","."""
    from_job_config_quote_char: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.quoteChar",
        serialization_alias="fromJobConfig.quoteChar",
    )
    """是否使用包围符，选择“true”时，包围符内的字段分隔符会被视为字符串值的一部分，目前CDM默认的包围符为：“”。"""
    from_job_config_first_row_as_header: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.firstRowAsHeader",
        serialization_alias="fromJobConfig.firstRowAsHeader",
    )
    """是否默认首行为标题行，当文件格式为“CSV_FILE”时此参数有效。在迁移CSV文件到表时，CDM默认是全部写入，当该参数选择“true”时，CDM会将CSV文件的第一行数据作为标题行，不写入目的端的表。"""
    from_job_config_from_compression: Annotated[Literal["NONE", "GZIP", "ZIP"], Checked] | None = (
        Field(
            default=None,
            validation_alias="fromJobConfig.fromCompression",
            serialization_alias="fromJobConfig.fromCompression",
        )
    )
    """压缩格式，当文件格式为“CSV_FILE”或“JSON”时此参数有效。选择对应压缩格式的源文件：
    - NONE：表示传输所有格式的文件。
    - GZIP：表示只传输GZIP格式的文件。
    - ZIP：表示只传输ZIP格式的文件。

    Constraints: one of: "NONE", "GZIP", "ZIP"."""
    from_job_config_json_reference_node: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.jsonReferenceNode",
        serialization_alias="fromJobConfig.jsonReferenceNode",
    )
    """记录节点，当文件格式为“JSON_FILE”时此参数有效。对该JSON节点下的数据进行解析，如果该节点对应的数据为JSON数组，那么系统会以同一模式从该数组中提取数据。多层嵌套的JSON节点以字符“.”分割，例如：“data.list”。"""
    from_job_config_encode_type: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.encodeType",
        serialization_alias="fromJobConfig.encodeType",
    )
    """编码类型，例如：“UTF_8”或“GBK”。"""
    from_job_config_use_marker_file: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.useMarkerFile",
        serialization_alias="fromJobConfig.useMarkerFile",
    )
    """选择是否开启作业标识文件的功能。当源端路径下存在启动作业的标识文件时才启动作业，否则会挂起等待一段时间，等待时长在下方 “fromJobConfig.waitTime”（等待时间）参数中配置。"""
    from_job_config_marker_file: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.markerFile",
        serialization_alias="fromJobConfig.markerFile",
    )
    """启动作业的标识文件名。指定文件后，只有在源端路径下存在该文件的情况下才会运行任务，不指定时默认不启用该功能，例如：“ok.txt”。"""
    from_job_config_wait_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.waitTime",
        serialization_alias="fromJobConfig.waitTime",
    )
    """选择开启作业标识文件的功能时，如果源路径下不存在启动作业的标识文件，作业挂机等待的时长，当超时后任务会失败。 等待时间设置为0时，当源端路径下不存在标识文件，任务会立即失败。 单位：秒。"""
    from_job_config_filter_type: Annotated[Literal["WILDCARD", "TIME"], Checked] | None = Field(
        default=None,
        validation_alias="fromJobConfig.filterType",
        serialization_alias="fromJobConfig.filterType",
    )
    """选择过滤器类型：
    - WILDCARD: 输入通配符作为过滤文件，满足过滤条件的路径或文件会被传输。
    - TIME: 时间过滤器，当文件的修改时间晚于输入的时间时，该文件才会被传输。

    Constraints: one of: "WILDCARD", "TIME"."""
    from_job_config_path_filter: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.pathFilter",
        serialization_alias="fromJobConfig.pathFilter",
    )
    """路径过滤器，过滤类型为通配符时配置，用于过滤文件目录，例如：“*input”。"""
    from_job_config_file_filter: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.fileFilter",
        serialization_alias="fromJobConfig.fileFilter",
    )
    """文件过滤器，过滤类型为通配符时配置，用于过滤目录下的文件，支持配置多个文件，中间使用“,”分隔，例如：“*.csv,*.txt”。"""
    from_job_config_start_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.startTime",
        serialization_alias="fromJobConfig.startTime",
    )
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间大于等于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss,-90,DAY))} 表示：只迁移最近90天内的文件。"""
    from_job_config_end_time: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.endTime",
        serialization_alias="fromJobConfig.endTime",
    )
    """“过滤类型”选择“时间过滤器”时，可以指定一个时间值，当文件的修改时间小于该时间才会被传输，输入的时间格式需为“yyyy-MM-dd HH:mm:ss”。 该参数支持配置为时间宏变量，例如${timestamp(dateformat(yyyy-MM-dd HH:mm:ss))} 表示：只迁移修改时间为当前时间以前的文件。"""
    from_job_config_file_separator: str | None = Field(
        default="|",
        validation_alias="fromJobConfig.fileSeparator",
        serialization_alias="fromJobConfig.fileSeparator",
    )
    """“fromJobConfig.inputDirectory”（抽取文件的路径）参数中如果输入的是多个文件路径，CDM使用这里配置的文件分隔符来区分各个文件，默认为“ ”。 Default: "|"."""
    from_job_config_md5_file_suffix: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.md5FileSuffix",
        serialization_alias="fromJobConfig.md5FileSuffix",
    )
    """校验CDM抽取的文件，是否与源文件一致。"""


class ObsTargetJobConfig(Model):
    """目的端为 OBS

    目的端为 OBS

    Reference section 5.4.3.2.
    """

    to_job_config_bucket_name: str = Field(
        validation_alias="toJobConfig.bucketName", serialization_alias="toJobConfig.bucketName"
    )
    """OBS的桶名，例如“cdm”。"""
    to_job_config_output_directory: str = Field(
        validation_alias="toJobConfig.outputDirectory",
        serialization_alias="toJobConfig.outputDirectory",
    )
    """数据写入路径，例如“data_dir”。"""
    to_job_config_output_format: Annotated[Literal["CSV_FILE", "BINARY_FILE"], Checked] = Field(
        validation_alias="toJobConfig.outputFormat", serialization_alias="toJobConfig.outputFormat"
    )
    """写入数据时所用的文件格式（二进制除外），支持以下文件格式：
    - CSV_FILE：按照CSV格式写入数据。
    - BINARY_FILE：二进制格式，不解析文件内容直接传输，CDM会原样写入文件，不改变原始文件格式。 当选择“BINARY_FILE”时，源端也必须为文件系统。

    Constraints: one of: "CSV_FILE", "BINARY_FILE"."""
    to_job_config_field_separator: str | None = Field(
        default=",",
        validation_alias="toJobConfig.fieldSeparator",
        serialization_alias="toJobConfig.fieldSeparator",
    )
    """列分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“，”。 Default: ","."""
    to_job_config_line_separator: str | None = Field(
        default="\\r\\n",
        validation_alias="toJobConfig.lineSeparator",
        serialization_alias="toJobConfig.lineSeparator",
    )
    """行分割符号，当“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时此参数有效，默认值为：“\\r\\n”。 Default: "\\\\r\\\\n"."""
    to_job_config_write_file_size: str | None = Field(
        default=None,
        validation_alias="toJobConfig.writeFileSize",
        serialization_alias="toJobConfig.writeFileSize",
    )
    """源端为数据库时该参数有效，支持按大小分成多个文件存储，避免导出的文件过大，单位为MB。"""
    to_job_config_duplicate_file_op_type: (
        Annotated[Literal["REPLACE", "SKIP", "ABANDON"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="toJobConfig.duplicateFileOpType",
        serialization_alias="toJobConfig.duplicateFileOpType",
    )
    """重复文件处理方式，只有文件名和文件大小都相同才会判定为重复文件。重复文件支持以下处理方式：
    - REPLACE：替换重复文件。
    - SKIP：跳过重复文件。
    - ABANDON：发现重复文件停止任务。

    Constraints: one of: "REPLACE", "SKIP", "ABANDON"."""
    to_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="toJobConfig.columnList",
        serialization_alias="toJobConfig.columnList",
    )
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_encryption: Annotated[Literal["NONE", "KMS"], Checked] | None = Field(
        default=None,
        validation_alias="toJobConfig.encryption",
        serialization_alias="toJobConfig.encryption",
    )
    """选择是否对上传的数据进行加密，以及加密方式：
    - NONE：不加密，直接写入数据。
    - KMS：使用数据加密服务中的KMS进行加密。如果启用KMS加密则无法进行数据的MD5校验。

    Constraints: one of: "NONE", "KMS"."""
    to_job_config_kms_id: str | None = Field(
        default=None, validation_alias="toJobConfig.kmsID", serialization_alias="toJobConfig.kmsID"
    )
    """上传时加密使用的密钥。需先在密钥管理服务中创建密钥。"""
    to_job_config_project_id: str | None = Field(
        default=None,
        validation_alias="toJobConfig.projectID",
        serialization_alias="toJobConfig.projectID",
    )
    """KMS密钥所属的项目ID。"""
    to_job_config_write_to_temp_file: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.writeToTempFile",
        serialization_alias="toJobConfig.writeToTempFile",
    )
    """将二进制文件先写入到临时文件（临时文件以“.tmp”作为后缀），迁移成功后，再进行rename或move操作，在目的端恢复文件。"""
    to_job_config_validate_md5: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.validateMD5",
        serialization_alias="toJobConfig.validateMD5",
    )
    """选择是否校验MD5值，不能与KMS加密同时使用。使用二进制格式传输文件时，才能校验MD5值。 计算源文件的MD5值，并与OBS返回的MD5值进行校验。如果源端已经存在MD5文件，则直接读取源端的MD5文件与OBS返回的MD5值进行校验。"""
    to_job_config_record_md5_result: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.recordMD5Result",
        serialization_alias="toJobConfig.recordMD5Result",
    )
    """当选择校验MD5值时，这里配置是否记录校验结果。"""
    to_job_config_record_md5_link: str | None = Field(
        default=None,
        validation_alias="toJobConfig.recordMD5Link",
        serialization_alias="toJobConfig.recordMD5Link",
    )
    """可以指定任意一个OBS连接，将MD5校验结果写入该连接的桶。"""
    to_job_config_record_md5_bucket: str | None = Field(
        default=None,
        validation_alias="toJobConfig.recordMD5Bucket",
        serialization_alias="toJobConfig.recordMD5Bucket",
    )
    """写入MD5校验结果的OBS桶。"""
    to_job_config_record_md5_directory: str | None = Field(
        default=None,
        validation_alias="toJobConfig.recordMD5Directory",
        serialization_alias="toJobConfig.recordMD5Directory",
    )
    """写入MD5校验结果的目录。"""
    to_job_config_encode_type: str | None = Field(
        default=None,
        validation_alias="toJobConfig.encodeType",
        serialization_alias="toJobConfig.encodeType",
    )
    """编码类型，例如：“UTF_8”或“GBK”。"""
    to_job_config_marker_file: str | None = Field(
        default=None,
        validation_alias="toJobConfig.markerFile",
        serialization_alias="toJobConfig.markerFile",
    )
    """当作业执行成功时，会在写入目录下生成一个标识文件，文件名由用户指定，不指定时默认关闭该功能。"""
    to_job_config_copy_content_type: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.copyContentType",
        serialization_alias="toJobConfig.copyContentType",
    )
    """“toJobConfig.outputFormat”（文件格式）为“BINARY_FILE”，且源端、目的端都为对象存储时，才有该参数。
    选择“是”后，迁移对象文件时会复制源文件的Content-Type属性，主要用于静态网站的迁移场景。
    归档存储的桶不支持设置Content-Type属性，所以如果开启了该参数，目的端选择写入的桶时，必须选择非归档存储的桶。"""
    to_job_config_quote_char: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.quoteChar",
        serialization_alias="toJobConfig.quoteChar",
    )
    """“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”，才有该参数，用于将数据库的表迁移到文件系统的场景。
    选择“是”时，如果源端数据表中的某一个字段内容包含字段分隔符或换行符，写入目的端时CDM会使用双引号（"）作为包围符将该字段内容括起来，作为一个整体存储，避免其中的字段分隔符误将一个字段分隔成两个，或者换行符误将字段换行。例如：数据库中某字段为hello.world，使用包围符后，导出到CSV文件的时候数据为"hello.world"。"""
    to_job_config_first_row_as_header: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.firstRowAsHeader",
        serialization_alias="toJobConfig.firstRowAsHeader",
    )
    """“toJobConfig.outputFormat”（文件格式）为“CSV_FILE”时才有该参数。
    在迁移表到CSV文件时，CDM默认是不迁移表的标题行，如果该参数选择“是”，CDM在才会将表的标题行数据写入文件。"""
    to_job_config_file_prefix: str | None = Field(
        default=None,
        validation_alias="toJobConfig.filePrefix",
        serialization_alias="toJobConfig.filePrefix",
    )
    """自定义文件名前缀，支持任意自定义名称，也支持表名宏时间宏版本宏。例如：${tableName}_${dateformat(yyyy-MM-dd HH:mm:ss, -1, DAY)}_${version}。 注意文件名格式要符合obs文件路径命名规范。"""


class RedisSourceJobConfig(Model):
    """源端为 Redis

    Redis源端作业参数说明

    Reference section 5.4.2.9.
    """

    from_job_config_is_batch_migration: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.isBatchMigration",
        serialization_alias="fromJobConfig.isBatchMigration",
    )
    """是否为整库迁移。"""
    from_job_config_key_prefix: str = Field(
        validation_alias="fromJobConfig.keyPrefix", serialization_alias="fromJobConfig.keyPrefix"
    )
    """key前缀，对应关系表的表名。 Redis和关系表的映射：用关系表的“表名+分隔符”来对应Redis的Key；关系表的一行数据对应Redis的Value。"""
    from_job_config_key_separator: str = Field(
        validation_alias="fromJobConfig.keySeparator",
        serialization_alias="fromJobConfig.keySeparator",
    )
    """key分隔符，一般用来分割关系表和主键。"""
    from_job_config_value_store_type: Annotated[Literal["STRING", "HASH"], Checked] = Field(
        validation_alias="fromJobConfig.valueStoreType",
        serialization_alias="fromJobConfig.valueStoreType",
    )
    """关系表行数据在Redis中的存储方式分为“string”和“hash”两种存储方式。
    - STRING: 表示用字符串通过分隔符来表示一行数据的各列，可以有效节省存储空间。
    - HASH: 表示一行数据通过“列名: 列值”的方式存储在hash表中。

    Constraints: one of: "STRING", "HASH"."""
    from_job_config_value_separator: str | None = Field(
        default="\\tab",
        validation_alias="fromJobConfig.valueSeparator",
        serialization_alias="fromJobConfig.valueSeparator",
    )
    """值分隔符号，当“valueStoreType”为“STRING”时此参数有效，默认值为：“\\tab”。 Default: "\\\\tab"."""
    from_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnList",
        serialization_alias="fromJobConfig.columnList",
    )
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    from_job_config_formats: list[SourceJobTimeFormat] | dict[str, str] | None = Field(
        default=None,
        validation_alias="fromJobConfig.formats",
        serialization_alias="fromJobConfig.formats",
    )
    """时间格式，请参见 fromJobConfig.formats参数说明 。"""


class RelationalDatabaseSourceJobConfig(Model):
    """源端为关系数据库

    源端为关系数据库

    Reference section 5.4.2.1.
    """

    from_job_config_use_sql: bool = Field(
        validation_alias="fromJobConfig.useSql", serialization_alias="fromJobConfig.useSql"
    )
    """导出关系型数据库的数据时，可以选择是否使用自定义SQL语句导出。"""
    from_job_config_sql: str | None = Field(
        default=None, validation_alias="fromJobConfig.sql", serialization_alias="fromJobConfig.sql"
    )
    """可以在这里输入自定义的SQL语句，CDM将根据该语句导出数据。"""
    from_job_config_schema_name: str = Field(
        validation_alias="fromJobConfig.schemaName", serialization_alias="fromJobConfig.schemaName"
    )
    """数据库模式或表空间，例如：“public”。
    说明
    该参数支持配置通配符（*），实现导出以某一前缀开头或者以某一后缀结尾的所有数据库。例如：
    - SCHEMA*表示导出所有以“SCHEMA”开头的数据库。
    - *SCHEMA表示导出所有以“SCHEMA”结尾的数据库。
    - *SCHEMA*表示数据库名称中只要有“SCHEMA”字符串，就全部导出。"""
    from_job_config_table_name: str = Field(
        validation_alias="fromJobConfig.tableName", serialization_alias="fromJobConfig.tableName"
    )
    """表名，例如：“TBL_EXAMPLE”。
    说明 表名支持配置通配符（*），实现导出以某一前缀开头或者以某一后缀结尾的所有表（要求表中的字段个数和类型都一样）。例如：
    - table*表示导出所有以“table”开头的表。
    - *table表示导出所有以“table”结尾的表。
    - *table*表示表名中只要有“table”字符串，就全部导出。"""
    from_job_config_where_clause: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.whereClause",
        serialization_alias="fromJobConfig.whereClause",
    )
    """指定抽取的Where子句，不指定则抽取整表，例如：“age > 18 and age <= 60”。"""
    from_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.columnList",
        serialization_alias="fromJobConfig.columnList",
    )
    """需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    from_job_config_partition_column: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.partitionColumn",
        serialization_alias="fromJobConfig.partitionColumn",
    )
    """抽取分区字段，依据此字段将作业分割为多个任务并发执行，例如：“id”。"""
    from_job_config_use_partition: bool | None = Field(
        default=None,
        validation_alias="fromJobConfig.usePartition",
        serialization_alias="fromJobConfig.usePartition",
    )
    """从Oracle导出数据时，支持从分区表的各个分区并行抽取数据。启用该功能时，可以通过下面的“fromJobConfig.partitionList”参数指定具体的Oracle表分区，该功能不支持非分区表。"""
    from_job_config_partition_list: str | None = Field(
        default=None,
        validation_alias="fromJobConfig.partitionList",
        serialization_alias="fromJobConfig.partitionList",
    )
    """输入需要迁移数据的Oracle表分区，多个分区以&分隔，不填则迁移所有分区。"""


class RelationalDatabaseTargetJobConfig(Model):
    """目的端为关系数据库

    目的端为关系数据库

    Reference section 5.4.3.1.
    """

    to_job_config_schema_name: str = Field(
        validation_alias="toJobConfig.schemaName", serialization_alias="toJobConfig.schemaName"
    )
    """数据库模式或表空间。"""
    to_job_config_table_preparation: Annotated[
        Literal["DO_NOTHING", "CREATE_WHEN_NOT_EXIST", "DROP_AND_CREATE"], Checked
    ] = Field(
        validation_alias="toJobConfig.tablePreparation",
        serialization_alias="toJobConfig.tablePreparation",
    )
    """只有当源端和目的端都为关系数据库时，才有该参数。表示写入表数据时，用户选择的操作：
    - DO_NOTHING：不自动建表。
    - CREATE_WHEN_NOT_EXIST：当目的端的数据库没有“tableName”参数中指定的表时，CDM会自动创建该表。
    - DROP_AND_CREATE：先删除“tableName”参数中指定的表，然后再重新创建该表。

    Constraints: one of: "DO_NOTHING", "CREATE_WHEN_NOT_EXIST", "DROP_AND_CREATE"."""
    to_job_config_table_name: str = Field(
        validation_alias="toJobConfig.tableName", serialization_alias="toJobConfig.tableName"
    )
    """写入数据的表名。"""
    to_job_config_column_list: str | None = Field(
        default=None,
        validation_alias="toJobConfig.columnList",
        serialization_alias="toJobConfig.columnList",
    )
    """需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。"""
    to_job_config_before_import_type: (
        Annotated[Literal["none", "shouldClearTable", "whereClause"], Checked] | None
    ) = Field(
        default=None,
        validation_alias="toJobConfig.beforeImportType",
        serialization_alias="toJobConfig.beforeImportType",
    )
    """导入数据前，选择是否清除目的表的数据：
    - none：写入数据前不清除目标表中数据，数据追加写入。
    - shouldClearTable：写入数据前会清除目标表中数据。
    - whereClause：选择根据where条件删除时，需要配置“toJobConfig.whereClause”参数，CDM根据条件选择性删除目标表的数据。

    Constraints: one of: "none", "shouldClearTable", "whereClause"."""
    to_job_config_where_clause: str | None = Field(
        default=None,
        validation_alias="toJobConfig.whereClause",
        serialization_alias="toJobConfig.whereClause",
    )
    """where条件，导入前根据where条件删除目的表的数据。"""
    to_job_config_orientation: Annotated[Literal["ROW", "COLUMN"], Checked] | None = Field(
        default=None,
        validation_alias="toJobConfig.orientation",
        serialization_alias="toJobConfig.orientation",
    )
    """存储方式，此参数只有当数据库类型为DWS时启用，当需要自动创建DWS数据库表，指定表的数据存储方式：
    - ROW：表的数据以行式存储。
    - COLUMN：表的数据以列式存储。

    Constraints: one of: "ROW", "COLUMN"."""
    to_job_config_is_compress: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.isCompress",
        serialization_alias="toJobConfig.isCompress",
    )
    """是否压缩，此参数只有当数据库类型为DWS时启用，当需要自动创建DWS数据库表，指定是否对表的数据进行压缩存储。"""
    to_job_config_use_stage_table: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.useStageTable",
        serialization_alias="toJobConfig.useStageTable",
    )
    """先导入阶段表，如果设置为“true”，数据导入目的表之前会把数据先导入阶段表，如果成功导入阶段表，则再从阶段表导入到目的表，这样避免导入过程失败，在目的表遗留部分成功数据。"""
    to_job_config_extend_char_length: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.extendCharLength",
        serialization_alias="toJobConfig.extendCharLength",
    )
    """扩大字符字段长度，如果设置为“true”，当需要自动创建目的表时，目标表的字符类型字段长度设置为源表相应字段长度的3倍。"""
    to_job_config_use_nullable: bool | None = Field(
        default=None,
        validation_alias="toJobConfig.useNullable",
        serialization_alias="toJobConfig.useNullable",
    )
    """当选择自动创建目的表时，如果选择使用非空约束，则目的表字段的是否非空约束，与原表具有相应非空约束的字段保持一致。"""

"""The connector helpers of role from: typed builders of the configs of a link or job.

Generated from the spec's `x-connector` schemas: do not edit. Each helper checks its arguments
(unknown, missing, wrong type, value not in the enumeration) before anything is sent and returns
the `{inputs: [{name, value}], name}` groups the API expects: in the model the spec names for
the role (`x-connector-roles`), ready for the link or job body, or as a plain list.
"""

from __future__ import annotations

from typing import Any, Literal

from .._connectors import Connector, build, into, load
from ..models.cdm.jobs import ConfigValues

__all__ = [
    "CATALOGUE",
    "dis_source_job",
    "elasticsearch_source_job",
    "ftp_sftp_source_job",
    "hbase_source_job",
    "hdfs_source_job",
    "hive_source_job",
    "http_source_job",
    "kafka_source_job",
    "mongodb_source_job",
    "obs_source_job",
    "redis_source_job",
    "relational_database_source_job",
]

# The kinds of this module, from from_config.json: name, role, and each parameter's input
# name, argument, JSON type, required, enumeration and secret flag.
CATALOGUE: dict[str, Connector] = load(__package__ or "dataarts.connectors", "from_config.json")


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


def elasticsearch_source_job(
    *,
    index: str,
    type_: str,
    column_list: str | None = None,
    split_nested_field: bool | None = None,
    query_string: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> ConfigValues:
    """源端为 Elasticsearch/云搜索服务 (from parameters, reference 5.4.2.12).

    Kinds: Elasticsearch, 云搜索服务

    Args:
        index: ``fromJobConfig.index`` (required). 抽取数据的索引，类似关系数据库中的数据库名称。
        type_: ``fromJobConfig.type`` (required). 抽取数据的类型，类似关系数据库中的表名。
        column_list: ``fromJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分隔，例如：“id&gid&name”。
        split_nested_field: ``fromJobConfig.splitNestedField``. 选择是否将nested字段的json内容拆分，例如：将“a:{ b:{ c:1, d:{ e:2, f:3 } } }”拆成三个字段“a.b.c”、“a.b.d.e”、“a.b.d.f”。
        query_string: ``fromJobConfig.queryString``. 使用Elasticsearch的查询字符串（query string）对源数据进行过滤，CDM只迁移满足过滤条件的数据。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


def hive_source_job(
    *,
    table: str,
    hive: str | None = None,
    database: str | None = None,
    column_list: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> ConfigValues:
    """源端为 Hive (from parameters, reference 5.4.2.4).

    Kinds: Hive

    Args:
        table: ``fromJobConfig.table`` (required). 待抽取数据的表名，例如“cdm”。
        hive: ``fromJobConfig.hive``. 待抽取数据的数据源，作业源端为 Hive 时，这里为“hive”。
        database: ``fromJobConfig.database``. 待抽取数据的数据库，例如“default”。
        column_list: ``fromJobConfig.columnList``. 需要抽取的列号，列号之间使用“&”分割，并由小到大排序，例如：“1&3&5”。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["HiveSourceJobConfig"],
        {
            "fromJobConfig.table": table,
            "fromJobConfig.hive": hive,
            "fromJobConfig.database": database,
            "fromJobConfig.columnList": column_list,
        },
        extra_inputs,
    )
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


def mongodb_source_job(
    *,
    database: str,
    collection_name: str,
    column_list: str | None = None,
    is_batch_migration: bool | None = None,
    filters: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> ConfigValues:
    """源端为 MongoDB/DDS (from parameters, reference 5.4.2.8).

    Kinds: MongoDB, DDS

    Args:
        database: ``fromJobConfig.database`` (required). MongoDB/DDS的数据库名称。
        collection_name: ``fromJobConfig.collectionName`` (required). MongoDB/DDS的集合名称。
        column_list: ``fromJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        is_batch_migration: ``fromJobConfig.isBatchMigration``. 是否为整库迁移。
        filters: ``fromJobConfig.filters``. 创建用于匹配文档的筛选条件，CDM只迁移符合条件的数据。例如： 1. 按表达式对象筛选：例如 { 'last_name': 'Smith' }，表示查找所有“last_name”属性值为“Smith”的文档。 2. 按参数选项筛选：例如 { x: "john" }, { z: 1 }，表示查找 x=john的所有z字段。 3. 按条件筛选：例如 { "field": { $gt: 5 } }，表示查找field字段中大于5的值。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)

"""The connector helpers of role to: typed builders of the configs of a link or job.

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
    "dds_target_job",
    "dis_target_job",
    "dli_target_job",
    "elasticsearch_target_job",
    "hbase_target_job",
    "hdfs_target_job",
    "hive_target_job",
    "obs_target_job",
    "relational_database_target_job",
]

# The kinds of this module, from to_config.json: name, role, and each parameter's input
# name, argument, JSON type, required, enumeration and secret flag.
CATALOGUE: dict[str, Connector] = load(__package__ or "dataarts.connectors", "to_config.json")


def dds_target_job(
    *,
    database: str,
    collection_name: str,
    column_list: str | None = None,
    is_batch_migration: bool | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> ConfigValues:
    """目的端为 DDS (to parameters, reference 5.4.3.6).

    Kinds: DDS

    Args:
        database: ``toJobConfig.database`` (required). MongoDB/DDS的数据库名称
        collection_name: ``toJobConfig.collectionName`` (required). MongoDB/DDS的集合名称。
        column_list: ``toJobConfig.columnList``. 需要抽取的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        is_batch_migration: ``toJobConfig.isBatchMigration``. 是否为整库迁移。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["DdsTargetJobConfig"],
        {
            "toJobConfig.database": database,
            "toJobConfig.collectionName": collection_name,
            "toJobConfig.columnList": column_list,
            "toJobConfig.isBatchMigration": is_batch_migration,
        },
        extra_inputs,
    )
    return into(ConfigValues, "configs", configs)


def dis_target_job(
    *,
    stream_name: str,
    separator: str | None = None,
    identifier_enclose: str | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> ConfigValues:
    """目的端为 DIS (to parameters, reference 5.4.3.9).

    Kinds: DIS

    Args:
        stream_name: ``toJobConfig.streamName`` (required). DIS的通道名。
        separator: ``toJobConfig.separator``. 字段分隔符，默认为空格。
        identifier_enclose: ``toJobConfig.identifierEnclose``. 连接引用表名或列名时的分隔符号，默认为空。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
        CATALOGUE["DisTargetJobConfig"],
        {
            "toJobConfig.streamName": stream_name,
            "toJobConfig.separator": separator,
            "toJobConfig.identifierEnclose": identifier_enclose,
        },
        extra_inputs,
    )
    return into(ConfigValues, "configs", configs)


def dli_target_job(
    *,
    queue: str,
    database: str,
    table: str,
    column_list: str | None = None,
    should_clear_table: bool | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> ConfigValues:
    """目的端为 DLI (to parameters, reference 5.4.3.8).

    Kinds: DLI

    Args:
        queue: ``toJobConfig.queue`` (required). 写入数据的资源队列。
        database: ``toJobConfig.database`` (required). 写入数据到数据湖探索（DLI）的哪个数据库。
        table: ``toJobConfig.table`` (required). 写入数据的表名。
        column_list: ``toJobConfig.columnList``. 需要加载的字段列表，字段名之间使用“&”分割，例如：“id&gid&name”。
        should_clear_table: ``toJobConfig.shouldClearTable``. 导入前是否清空资源队列的数据。
        extra_inputs: inputs the catalogue does not list, by their full name, sent as given.

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


def hive_target_job(
    *,
    table: str,
    table_preparation: Literal["DO_NOTHING", "CREATE_WHEN_NOT_EXISTS", "DROP_AND_CREATE"],
    hive: str | None = None,
    database: str | None = None,
    column_list: str | None = None,
    should_clear_table: bool | None = None,
    extra_inputs: dict[str, Any] | None = None,
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)

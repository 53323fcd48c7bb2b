"""The connector parameter catalogue: typed helpers that build a link's or a job's configs.

Generated from the spec's `x-connector` schemas: do not edit. One module per role of a config
(``from_config``, ``link_config``, ``task_config``, ``to_config``), loaded when one of its helpers is first used.
Each helper checks its arguments (unknown, missing, wrong type, value not in the enumeration)
before anything is sent and returns the `{inputs: [{name, value}], name}` groups the API
expects, in the model the spec names for the role (a link's or job's config values).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._connectors import Connector
    from .from_config import (
        dis_source_job as dis_source_job,
        elasticsearch_source_job as elasticsearch_source_job,
        ftp_sftp_source_job as ftp_sftp_source_job,
        hbase_source_job as hbase_source_job,
        hdfs_source_job as hdfs_source_job,
        hive_source_job as hive_source_job,
        http_source_job as http_source_job,
        kafka_source_job as kafka_source_job,
        mongodb_source_job as mongodb_source_job,
        obs_source_job as obs_source_job,
        redis_source_job as redis_source_job,
        relational_database_source_job as relational_database_source_job,
    )
    from .link_config import (
        cloud_table_link as cloud_table_link,
        dis_link as dis_link,
        dli_link as dli_link,
        dms_kafka_link as dms_kafka_link,
        elasticsearch_link as elasticsearch_link,
        ftp_sftp_link as ftp_sftp_link,
        hbase_link as hbase_link,
        hdfs_link as hdfs_link,
        hive_link as hive_link,
        kafka_link as kafka_link,
        mongodb_link as mongodb_link,
        obs_link as obs_link,
        redis_link as redis_link,
        relational_database_link as relational_database_link,
    )
    from .task_config import (
        job_task as job_task,
    )
    from .to_config import (
        dds_target_job as dds_target_job,
        dis_target_job as dis_target_job,
        dli_target_job as dli_target_job,
        elasticsearch_target_job as elasticsearch_target_job,
        hbase_target_job as hbase_target_job,
        hdfs_target_job as hdfs_target_job,
        hive_target_job as hive_target_job,
        obs_target_job as obs_target_job,
        relational_database_target_job as relational_database_target_job,
    )

# helper -> its module
_HELPERS = {
    "dis_source_job": "from_config",
    "elasticsearch_source_job": "from_config",
    "ftp_sftp_source_job": "from_config",
    "hbase_source_job": "from_config",
    "hdfs_source_job": "from_config",
    "hive_source_job": "from_config",
    "http_source_job": "from_config",
    "kafka_source_job": "from_config",
    "mongodb_source_job": "from_config",
    "obs_source_job": "from_config",
    "redis_source_job": "from_config",
    "relational_database_source_job": "from_config",
    "cloud_table_link": "link_config",
    "dis_link": "link_config",
    "dli_link": "link_config",
    "dms_kafka_link": "link_config",
    "elasticsearch_link": "link_config",
    "ftp_sftp_link": "link_config",
    "hbase_link": "link_config",
    "hdfs_link": "link_config",
    "hive_link": "link_config",
    "kafka_link": "link_config",
    "mongodb_link": "link_config",
    "obs_link": "link_config",
    "redis_link": "link_config",
    "relational_database_link": "link_config",
    "job_task": "task_config",
    "dds_target_job": "to_config",
    "dis_target_job": "to_config",
    "dli_target_job": "to_config",
    "elasticsearch_target_job": "to_config",
    "hbase_target_job": "to_config",
    "hdfs_target_job": "to_config",
    "hive_target_job": "to_config",
    "obs_target_job": "to_config",
    "relational_database_target_job": "to_config",
}
_MODULES = (
    "from_config",
    "link_config",
    "task_config",
    "to_config",
)

__all__ = ["CATALOGUE", *sorted(_HELPERS)]

CATALOGUE: dict[str, Connector]
"""Every connector kind of the catalogue, by schema name (loads every module)."""


def __getattr__(name: str) -> Any:
    from importlib import import_module

    if name == "CATALOGUE":
        catalogue: dict[str, Connector] = {}
        for module in _MODULES:
            catalogue.update(import_module(f".{module}", __name__).CATALOGUE)
        value: Any = dict(sorted(catalogue.items()))
    elif name in _HELPERS:
        value = getattr(import_module(f".{_HELPERS[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value

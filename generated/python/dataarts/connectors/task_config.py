"""The connector helpers of role task: typed builders of the configs of a link or job.

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
    "job_task",
]

# The kinds of this module, from task_config.json: name, role, and each parameter's input
# name, argument, JSON type, required, enumeration and secret flag.
CATALOGUE: dict[str, Connector] = load(__package__ or "dataarts.connectors", "task_config.json")


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
) -> ConfigValues:
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

    Returns:
        A ``ConfigValues`` whose ``configs`` holds the groups of inputs.
    """
    configs = build(
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
    return into(ConfigValues, "configs", configs)

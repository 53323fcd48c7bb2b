"""运维监控 (``client.dlf.monitoring``), sync and async.

Generated from dlf/monitoring.yaml: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any, Literal, cast

from pydantic import Field

from .._downloads import AsyncDownload as _AsyncDownload
from .._downloads import Download as _Download
from .._paging import apaginate as _apaginate
from .._paging import paginate as _paginate
from .._resources import AsyncResource as _AsyncResource
from .._models import Checked, Contains, Unique
from .._resources import Resource as _Resource
from .._settings import RequestOptions as _RequestOptions
from ..models.dlf.factory import (
    AlarmInfo,
    AlarmInfoList,
    DlfTaskCompletionData,
    DlfTaskStatisticsOverview,
)


class DlfMonitoring(_Resource):
    """运维监控 (``client.dlf.monitoring``)."""

    service = "dlf"

    def list_alarms(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        limit: Annotated[int, Field(ge=1, le=1000), Checked] | None = None,
        options: _RequestOptions | None = None,
    ) -> AlarmInfoList:
        """List alarm notification records

        此接口可以查询指定时间段内的告警通知记录。

        ``GET /v2/{project_id}/factory/alarm-info``: operation ListFactoryAlarmInfo, reference section 6.3.26.

        Args:
            start_time: 告警的开始时间，默认当前时间的前一个小时，13位时间戳。
            end_time: 告警的最后时间，默认为当前时间，13位时间戳，支持查询最近一周的时间段
            offset: 分页的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            limit: 分页返回结果，指定每页最大记录数。默认值为100，取值范围为[1, 1000] Constraints: >= 1; <= 1000. Default: 100.
        """
        return cast(
            AlarmInfoList,
            self._call(
                "ListFactoryAlarmInfo",
                options,
                start_time,
                end_time,
                offset,
                limit,
            ),
        )

    def iter_list_alarms(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int = 1000,
        options: _RequestOptions | None = None,
    ) -> Iterator[AlarmInfo]:
        """Every item of :meth:`list_alarms`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "start_time": start_time,
            "end_time": end_time,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "alarm_info", "total")
        for item in _paginate(self.list_alarms, kwargs, spec, page_size):
            yield cast(AlarmInfo, item)

    def show_instance_statistics(
        self,
        *,
        is_own: Annotated[Literal["true", "false"], Checked] | None = None,
        query_days: (
            Annotated[Literal["today", "yesterday", "before_yesterday", "all"], Checked] | None
        ) = None,
        options: _RequestOptions | None = None,
    ) -> DlfTaskStatisticsOverview:
        """Show instance status statistics

        此接口可以查询实例运行状态，包括当天、昨天、前天以及近7天的实例状态情况。

        ``GET /v2/{project_id}/factory/monitor/task-statistics-overview``: operation ListFactoryTaskOverview, reference section 6.3.29.

        Args:
            is_own: 是否查询当前用户的实例，默认为false，表示查询全部用户实例，为true时，表示查询当前用户的实例。 Constraints: one of: "true", "false". Default: "false".
            query_days: 查询的天数，取值范围为：today、yesterday、before_yesterday、all，默认为today，表示查询今天的数据，支持查询近7天的数据。
                today: 查询当天的实例状态数量，
                yesterday: 查询昨天的实例状态数量，
                before_yesterday: 查询前天的实例状态数量，
                all查询7天前到当天的实例状态总量。 Constraints: one of: "today", "yesterday", "before_yesterday", "all". Default: "today".
        """
        return cast(
            DlfTaskStatisticsOverview,
            self._call(
                "ListFactoryTaskOverview",
                options,
                is_own,
                query_days,
            ),
        )

    def show_task_completion(
        self,
        *,
        type_: str | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfTaskCompletionData:
        """Show task completion data

        查询任务完成情况。包括今天，昨天以及近7天的平均任务完成情况。

        ``GET /v2/{project_id}/factory/monitor/task-completion-data``: operation ListFactoryTaskCompletion, reference section 6.3.30.

        Args:
            type_: 查询任务的类型，默认为all，查询所有任务。类型如下：Dummy、CDM Job、MRS Hive SQL、MRS Spark SQL、DLI SQL、DLI Spark、Python、DWS SQL、Shell等作业算子。
                说明
                此处只是列举一些算子，以实际为准。
                该接口只统计运行成功的实例，每小时统计一次，任务表示作业中的算子。 Default: "all".
        """
        return cast(
            DlfTaskCompletionData,
            self._call(
                "ListFactoryTaskCompletion",
                options,
                type_,
            ),
        )


class AsyncDlfMonitoring(_AsyncResource):
    """运维监控 (``client.dlf.monitoring``)."""

    service = "dlf"

    async def list_alarms(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        offset: Annotated[int, Field(ge=0), Checked] | None = None,
        limit: Annotated[int, Field(ge=1, le=1000), Checked] | None = None,
        options: _RequestOptions | None = None,
    ) -> AlarmInfoList:
        """List alarm notification records

        此接口可以查询指定时间段内的告警通知记录。

        ``GET /v2/{project_id}/factory/alarm-info``: operation ListFactoryAlarmInfo, reference section 6.3.26.

        Args:
            start_time: 告警的开始时间，默认当前时间的前一个小时，13位时间戳。
            end_time: 告警的最后时间，默认为当前时间，13位时间戳，支持查询最近一周的时间段
            offset: 分页的起始页，默认值为0。取值范围大于等于0。 Constraints: >= 0. Default: 0.
            limit: 分页返回结果，指定每页最大记录数。默认值为100，取值范围为[1, 1000] Constraints: >= 1; <= 1000. Default: 100.
        """
        return cast(
            AlarmInfoList,
            await self._call(
                "ListFactoryAlarmInfo",
                options,
                start_time,
                end_time,
                offset,
                limit,
            ),
        )

    async def iter_list_alarms(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int = 1000,
        options: _RequestOptions | None = None,
    ) -> AsyncIterator[AlarmInfo]:
        """Every item of :meth:`list_alarms`, fetching pages of `page_size` as needed."""
        kwargs: dict[str, Any] = {
            "start_time": start_time,
            "end_time": end_time,
            "options": options,
        }
        spec = ("offset", "offset", "limit", 1, "alarm_info", "total")
        async for item in _apaginate(self.list_alarms, kwargs, spec, page_size):
            yield cast(AlarmInfo, item)

    async def show_instance_statistics(
        self,
        *,
        is_own: Annotated[Literal["true", "false"], Checked] | None = None,
        query_days: (
            Annotated[Literal["today", "yesterday", "before_yesterday", "all"], Checked] | None
        ) = None,
        options: _RequestOptions | None = None,
    ) -> DlfTaskStatisticsOverview:
        """Show instance status statistics

        此接口可以查询实例运行状态，包括当天、昨天、前天以及近7天的实例状态情况。

        ``GET /v2/{project_id}/factory/monitor/task-statistics-overview``: operation ListFactoryTaskOverview, reference section 6.3.29.

        Args:
            is_own: 是否查询当前用户的实例，默认为false，表示查询全部用户实例，为true时，表示查询当前用户的实例。 Constraints: one of: "true", "false". Default: "false".
            query_days: 查询的天数，取值范围为：today、yesterday、before_yesterday、all，默认为today，表示查询今天的数据，支持查询近7天的数据。
                today: 查询当天的实例状态数量，
                yesterday: 查询昨天的实例状态数量，
                before_yesterday: 查询前天的实例状态数量，
                all查询7天前到当天的实例状态总量。 Constraints: one of: "today", "yesterday", "before_yesterday", "all". Default: "today".
        """
        return cast(
            DlfTaskStatisticsOverview,
            await self._call(
                "ListFactoryTaskOverview",
                options,
                is_own,
                query_days,
            ),
        )

    async def show_task_completion(
        self,
        *,
        type_: str | None = None,
        options: _RequestOptions | None = None,
    ) -> DlfTaskCompletionData:
        """Show task completion data

        查询任务完成情况。包括今天，昨天以及近7天的平均任务完成情况。

        ``GET /v2/{project_id}/factory/monitor/task-completion-data``: operation ListFactoryTaskCompletion, reference section 6.3.30.

        Args:
            type_: 查询任务的类型，默认为all，查询所有任务。类型如下：Dummy、CDM Job、MRS Hive SQL、MRS Spark SQL、DLI SQL、DLI Spark、Python、DWS SQL、Shell等作业算子。
                说明
                此处只是列举一些算子，以实际为准。
                该接口只统计运行成功的实例，每小时统计一次，任务表示作业中的算子。 Default: "all".
        """
        return cast(
            DlfTaskCompletionData,
            await self._call(
                "ListFactoryTaskCompletion",
                options,
                type_,
            ),
        )

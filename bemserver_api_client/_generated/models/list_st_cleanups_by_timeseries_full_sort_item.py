from typing import Literal

ListStCleanupsByTimeseriesFullSortItem = Literal[
    "timeseries_name",
    "+timeseries_name",
    "-timeseries_name",
    "last_timestamp",
    "+last_timestamp",
    "-last_timestamp",
]

LIST_ST_CLEANUPS_BY_TIMESERIES_FULL_SORT_ITEM_VALUES: set[
    ListStCleanupsByTimeseriesFullSortItem
] = {
    "+last_timestamp",
    "+timeseries_name",
    "-last_timestamp",
    "-timeseries_name",
    "last_timestamp",
    "timeseries_name",
}


def check_list_st_cleanups_by_timeseries_full_sort_item(
    value: str,
) -> ListStCleanupsByTimeseriesFullSortItem:
    if value in LIST_ST_CLEANUPS_BY_TIMESERIES_FULL_SORT_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ST_CLEANUPS_BY_TIMESERIES_FULL_SORT_ITEM_VALUES!r}"
    )

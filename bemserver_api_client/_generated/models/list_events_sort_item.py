from typing import Literal

ListEventsSortItem = Literal[
    "timestamp", "+timestamp", "-timestamp", "level", "+level", "-level"
]

LIST_EVENTS_SORT_ITEM_VALUES: set[ListEventsSortItem] = {
    "+level",
    "+timestamp",
    "-level",
    "-timestamp",
    "level",
    "timestamp",
}


def check_list_events_sort_item(value: str) -> ListEventsSortItem:
    if value in LIST_EVENTS_SORT_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_EVENTS_SORT_ITEM_VALUES!r}"
    )

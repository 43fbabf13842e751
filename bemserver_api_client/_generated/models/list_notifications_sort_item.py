from typing import Literal

ListNotificationsSortItem = Literal["timestamp", "+timestamp", "-timestamp"]

LIST_NOTIFICATIONS_SORT_ITEM_VALUES: set[ListNotificationsSortItem] = {
    "+timestamp",
    "-timestamp",
    "timestamp",
}


def check_list_notifications_sort_item(value: str) -> ListNotificationsSortItem:
    if value in LIST_NOTIFICATIONS_SORT_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_SORT_ITEM_VALUES!r}"
    )

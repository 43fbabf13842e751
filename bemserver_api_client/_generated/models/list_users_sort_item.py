from typing import Literal

ListUsersSortItem = Literal[
    "name",
    "+name",
    "-name",
    "email",
    "+email",
    "-email",
    "is_admin",
    "+is_admin",
    "-is_admin",
    "is_active",
    "+is_active",
    "-is_active",
]

LIST_USERS_SORT_ITEM_VALUES: set[ListUsersSortItem] = {
    "+email",
    "+is_active",
    "+is_admin",
    "+name",
    "-email",
    "-is_active",
    "-is_admin",
    "-name",
    "email",
    "is_active",
    "is_admin",
    "name",
}


def check_list_users_sort_item(value: str) -> ListUsersSortItem:
    if value in LIST_USERS_SORT_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USERS_SORT_ITEM_VALUES!r}"
    )

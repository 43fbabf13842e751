from typing import Literal

SortByName = Literal["name", "+name", "-name"]

SORT_BY_NAME_VALUES: set[SortByName] = {
    "+name",
    "-name",
    "name",
}


def check_sort_by_name(value: str) -> SortByName:
    if value in SORT_BY_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORT_BY_NAME_VALUES!r}"
    )

from typing import Literal

TimeUnit = Literal["second", "minute", "hour", "day", "week", "month", "year"]

TIME_UNIT_VALUES: set[TimeUnit] = {
    "day",
    "hour",
    "minute",
    "month",
    "second",
    "week",
    "year",
}


def check_time_unit(value: str) -> TimeUnit:
    if value in TIME_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIME_UNIT_VALUES!r}")

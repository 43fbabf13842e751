from typing import Literal

Aggregation = Literal["avg", "sum", "min", "max", "count"]

AGGREGATION_VALUES: set[Aggregation] = {
    "avg",
    "count",
    "max",
    "min",
    "sum",
}


def check_aggregation(value: str) -> Aggregation:
    if value in AGGREGATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGGREGATION_VALUES!r}"
    )

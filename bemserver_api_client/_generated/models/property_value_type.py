from typing import Literal

PropertyValueType = Literal["integer", "float", "boolean", "string"]

PROPERTY_VALUE_TYPE_VALUES: set[PropertyValueType] = {
    "boolean",
    "float",
    "integer",
    "string",
}


def check_property_value_type(value: str) -> PropertyValueType:
    if value in PROPERTY_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROPERTY_VALUE_TYPE_VALUES!r}"
    )

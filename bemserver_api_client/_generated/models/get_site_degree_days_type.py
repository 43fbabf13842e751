from typing import Literal

GetSiteDegreeDaysType = Literal["heating", "cooling"]

GET_SITE_DEGREE_DAYS_TYPE_VALUES: set[GetSiteDegreeDaysType] = {
    "cooling",
    "heating",
}


def check_get_site_degree_days_type(value: str) -> GetSiteDegreeDaysType:
    if value in GET_SITE_DEGREE_DAYS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SITE_DEGREE_DAYS_TYPE_VALUES!r}"
    )

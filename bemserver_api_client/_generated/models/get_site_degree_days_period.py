from typing import Literal

GetSiteDegreeDaysPeriod = Literal["day", "month", "year"]

GET_SITE_DEGREE_DAYS_PERIOD_VALUES: set[GetSiteDegreeDaysPeriod] = {
    "day",
    "month",
    "year",
}


def check_get_site_degree_days_period(value: str) -> GetSiteDegreeDaysPeriod:
    if value in GET_SITE_DEGREE_DAYS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SITE_DEGREE_DAYS_PERIOD_VALUES!r}"
    )

from typing import Literal

SortByCampaignName = Literal["campaign_name", "+campaign_name", "-campaign_name"]

SORT_BY_CAMPAIGN_NAME_VALUES: set[SortByCampaignName] = {
    "+campaign_name",
    "-campaign_name",
    "campaign_name",
}


def check_sort_by_campaign_name(value: str) -> SortByCampaignName:
    if value in SORT_BY_CAMPAIGN_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORT_BY_CAMPAIGN_NAME_VALUES!r}"
    )

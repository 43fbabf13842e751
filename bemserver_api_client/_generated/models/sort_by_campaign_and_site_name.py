from typing import Literal

SortByCampaignAndSiteName = Literal[
    "campaign_id",
    "+campaign_id",
    "-campaign_id",
    "site_name",
    "+site_name",
    "-site_name",
]

SORT_BY_CAMPAIGN_AND_SITE_NAME_VALUES: set[SortByCampaignAndSiteName] = {
    "+campaign_id",
    "+site_name",
    "-campaign_id",
    "-site_name",
    "campaign_id",
    "site_name",
}


def check_sort_by_campaign_and_site_name(value: str) -> SortByCampaignAndSiteName:
    if value in SORT_BY_CAMPAIGN_AND_SITE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORT_BY_CAMPAIGN_AND_SITE_NAME_VALUES!r}"
    )

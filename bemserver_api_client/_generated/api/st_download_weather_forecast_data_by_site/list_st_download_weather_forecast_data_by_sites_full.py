"""List download weather forecast data service state for all sites: `GET /st_download_weather_forecast_data_by_sites/full`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...models.sort_by_campaign_and_site_name import SortByCampaignAndSiteName
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.st_download_weather_forecast_data_by_site_full import (
        STDownloadWeatherForecastDataBySiteFull,
    )


METHOD = "GET"
PATH = "/st_download_weather_forecast_data_by_sites/full"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    *,
    sort: list[SortByCampaignAndSiteName] | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    site_id: int | Unset = UNSET,
    in_site_name: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = []
        for sort_item_data in sort:
            sort_item: str = sort_item_data
            json_sort.append(sort_item)

    params["sort"] = json_sort

    params["is_enabled"] = is_enabled

    params["campaign_id"] = campaign_id

    params["site_id"] = site_id

    params["in_site_name"] = in_site_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response,
) -> "list[STDownloadWeatherForecastDataBySiteFull]":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    STDownloadWeatherForecastDataBySiteFull = (
        _models.STDownloadWeatherForecastDataBySiteFull
    )  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return STDownloadWeatherForecastDataBySiteFull._list_from_dicts(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

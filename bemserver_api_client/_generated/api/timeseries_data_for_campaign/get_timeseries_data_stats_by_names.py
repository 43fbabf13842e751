"""Get timeseries data stats: `GET /timeseries_data/campaign/{campaign_id}/stats`."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.timeseries_data_stats_by_name import TimeseriesDataStatsByName
from ...models.timezone import Timezone
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/timeseries_data/campaign/{campaign_id}/stats"
SUCCESS_STATUSES = (200,)


def build_request(
    campaign_id: int,
    *,
    data_state: int,
    timezone: Timezone | Unset = UNSET,
    timeseries: list[str],
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    params: dict[str, Any] = {}

    params["data_state"] = data_state

    json_timezone: str | Unset = UNSET
    if not isinstance(timezone, Unset):
        json_timezone = timezone

    params["timezone"] = json_timezone

    json_timeseries = timeseries

    params["timeseries"] = json_timeseries

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> TimeseriesDataStatsByName:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = TimeseriesDataStatsByName.from_dict(response.json())

        return response_200
    raise errors.UnexpectedStatus(response.status_code, response.content)

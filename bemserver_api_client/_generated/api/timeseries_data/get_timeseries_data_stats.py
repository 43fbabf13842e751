"""Get timeseries data stats: `GET /timeseries_data/stats`."""

from typing import Any

import httpx

from ... import errors
from ...models.timeseries_data_stats_by_id import TimeseriesDataStatsByID
from ...models.timezone import Timezone
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/timeseries_data/stats"
SUCCESS_STATUSES = (200,)


def build_request(
    *,
    data_state: int,
    timezone: Timezone | Unset = UNSET,
    timeseries: list[int],
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
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> TimeseriesDataStatsByID:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = TimeseriesDataStatsByID.from_dict(response.json())

        return response_200
    raise errors.UnexpectedStatus(response.status_code, response.content)

"""Delete timeseries data for a given campaign: `DELETE /timeseries_data/campaign/{campaign_id}/`."""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET

METHOD = "DELETE"
PATH = "/timeseries_data/campaign/{campaign_id}/"
SUCCESS_STATUSES = (204,)


def build_request(
    campaign_id: int,
    *,
    timeseries: list[str],
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    data_state: int,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    params: dict[str, Any] = {}

    json_timeseries = timeseries

    params["timeseries"] = json_timeseries

    json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["data_state"] = data_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)

"""Download weather data for a site: `PUT /sites/{item_id}/download_weather_data`."""

import datetime
from typing import Any

import httpx

from ... import errors
from ...types import UNSET, Unset, path_segment

METHOD = "PUT"
PATH = "/sites/{item_id}/download_weather_data"
SUCCESS_STATUSES = (204,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 204


def build_request(
    item_id: int,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    forecast: bool | Unset = False,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["forecast"] = forecast

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            item_id=path_segment("item_id", item_id, True),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)

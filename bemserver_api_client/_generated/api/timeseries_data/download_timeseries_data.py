"""Get timeseries data: `GET /timeseries_data/`."""

import datetime
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...models.timezone import Timezone
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.timeseries_data import TimeseriesData


METHOD = "GET"
PATH = "/timeseries_data/"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    *,
    timeseries: list[int],
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    data_state: int,
    timezone: Timezone | Unset = UNSET,
    convert_to: list[str] | Unset = UNSET,
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

    json_timezone: str | Unset = UNSET
    if not isinstance(timezone, Unset):
        json_timezone = timezone

    params["timezone"] = json_timezone

    json_convert_to: list[str] | Unset = UNSET
    if not isinstance(convert_to, Unset):
        json_convert_to = convert_to

    params["convert_to"] = json_convert_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> "TimeseriesData":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    TimeseriesData = _models.TimeseriesData  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return TimeseriesData.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

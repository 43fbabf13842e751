"""Get timeseries data stats: `GET /timeseries_data/stats`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...models.timezone import Timezone
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.timeseries_data_stats_by_id import TimeseriesDataStatsByID


METHOD = "GET"
PATH = "/timeseries_data/stats"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


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


def parse_response(response: httpx.Response) -> "TimeseriesDataStatsByID":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    TimeseriesDataStatsByID = (
        _models.TimeseriesDataStatsByID
    )  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return TimeseriesDataStatsByID.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

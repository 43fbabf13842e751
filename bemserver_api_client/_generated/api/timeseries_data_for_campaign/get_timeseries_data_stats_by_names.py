"""Get timeseries data stats: `GET /timeseries_data/campaign/{campaign_id}/stats`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...models.timezone import Timezone
from ...types import UNSET, Unset, path_segment

if TYPE_CHECKING:
    from ...models.timeseries_data_stats_by_name import TimeseriesDataStatsByName


METHOD = "GET"
PATH = "/timeseries_data/campaign/{campaign_id}/stats"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


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
            campaign_id=path_segment("campaign_id", campaign_id, True),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> "TimeseriesDataStatsByName":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    TimeseriesDataStatsByName = (
        _models.TimeseriesDataStatsByName
    )  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return TimeseriesDataStatsByName.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

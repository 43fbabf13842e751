"""Get degree days for a site: `GET /sites/{item_id}/degree_days`."""

import datetime
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...models.get_site_degree_days_period import GetSiteDegreeDaysPeriod
from ...models.get_site_degree_days_type import GetSiteDegreeDaysType
from ...types import UNSET, Unset, path_segment

if TYPE_CHECKING:
    from ...models.degree_days_result import DegreeDaysResult


METHOD = "GET"
PATH = "/sites/{item_id}/degree_days"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    item_id: int,
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    period: GetSiteDegreeDaysPeriod,
    type_: GetSiteDegreeDaysType | Unset = "heating",
    base: float | Unset = 18.0,
    unit: str | Unset = "°C",
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_period: str = period
    params["period"] = json_period

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["base"] = base

    params["unit"] = unit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            item_id=path_segment("item_id", item_id, True),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> "DegreeDaysResult":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    DegreeDaysResult = _models.DegreeDaysResult  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return DegreeDaysResult.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

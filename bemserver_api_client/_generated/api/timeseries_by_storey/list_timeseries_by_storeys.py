"""List timeseries x storey associations: `GET /timeseries_by_storeys/`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.timeseries_by_storey import TimeseriesByStorey


METHOD = "GET"
PATH = "/timeseries_by_storeys/"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    *,
    storey_id: int | Unset = UNSET,
    timeseries_id: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    params: dict[str, Any] = {}

    params["storey_id"] = storey_id

    params["timeseries_id"] = timeseries_id

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> "list[TimeseriesByStorey]":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    TimeseriesByStorey = (
        _models.TimeseriesByStorey
    )  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return TimeseriesByStorey._list_from_dicts(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

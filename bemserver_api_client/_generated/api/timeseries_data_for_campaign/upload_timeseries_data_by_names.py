"""Post timeseries data for a given campaign: `POST /timeseries_data/campaign/{campaign_id}/`."""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...models.timeseries_data import TimeseriesData
from ...types import UNSET, File, Unset, path_segment

METHOD = "POST"
PATH = "/timeseries_data/campaign/{campaign_id}/"
SUCCESS_STATUSES = (201,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 201


def build_request(
    campaign_id: int,
    *,
    body: TimeseriesData | Mapping[str, Any] | File | Unset = UNSET,
    data_state: int,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["data_state"] = data_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            campaign_id=path_segment("campaign_id", campaign_id, True),
        ),
        "params": params,
    }

    # A plain mapping is sent as it is, with no round trip through a model.
    if isinstance(body, Mapping):
        _kwargs["json"] = body
        headers["Content-Type"] = "application/json"
    elif isinstance(body, TimeseriesData):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, File):
        if not isinstance(body, Unset):
            _kwargs["content"] = body.payload

        headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
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
    if status == 201:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)

"""Add a new timeseries x storey association: `POST /timeseries_by_storeys/`."""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...models.timeseries_by_storey import TimeseriesByStorey

METHOD = "POST"
PATH = "/timeseries_by_storeys/"
SUCCESS_STATUSES = (201,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 201


def build_request(
    *,
    body: TimeseriesByStorey | Mapping[str, Any],
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    # A plain mapping is sent as it is, with no round trip through a model.
    if isinstance(body, Mapping):
        _kwargs["json"] = body
        headers["Content-Type"] = "application/json"
    else:
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> TimeseriesByStorey:
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 201:
        return TimeseriesByStorey.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

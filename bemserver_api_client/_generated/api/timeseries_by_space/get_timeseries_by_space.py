"""Get timeseries x space association by ID: `GET /timeseries_by_spaces/{item_id}`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...types import path_segment

if TYPE_CHECKING:
    from ...models.timeseries_by_space import TimeseriesBySpace


METHOD = "GET"
PATH = "/timeseries_by_spaces/{item_id}"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    item_id: int,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            item_id=path_segment("item_id", item_id, True),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> "TimeseriesBySpace":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    TimeseriesBySpace = (
        _models.TimeseriesBySpace
    )  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return TimeseriesBySpace.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

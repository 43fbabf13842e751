"""Get timeseries x space association by ID: `GET /timeseries_by_spaces/{item_id}`."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.timeseries_by_space import TimeseriesBySpace

METHOD = "GET"
PATH = "/timeseries_by_spaces/{item_id}"
SUCCESS_STATUSES = (200,)


def build_request(
    item_id: int,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            item_id=quote(str(item_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> TimeseriesBySpace:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = TimeseriesBySpace.from_dict(response.json())

        return response_200
    raise errors.UnexpectedStatus(response.status_code, response.content)

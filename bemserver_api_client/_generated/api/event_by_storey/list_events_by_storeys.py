"""List event x storey associations: `GET /events_by_storeys/`."""

from typing import Any

import httpx

from ... import errors
from ...models.event_by_storey import EventByStorey
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/events_by_storeys/"
SUCCESS_STATUSES = (200,)


def build_request(
    *,
    storey_id: int | Unset = UNSET,
    event_id: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    params: dict[str, Any] = {}

    params["storey_id"] = storey_id

    params["event_id"] = event_id

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[EventByStorey]:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EventByStorey.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200
    raise errors.UnexpectedStatus(response.status_code, response.content)

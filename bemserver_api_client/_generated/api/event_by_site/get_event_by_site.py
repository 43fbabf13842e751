"""Get event x site association by ID: `GET /events_by_sites/{item_id}`."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.event_by_site import EventBySite

METHOD = "GET"
PATH = "/events_by_sites/{item_id}"
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


def parse_response(response: httpx.Response) -> EventBySite:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = EventBySite.from_dict(response.json())

        return response_200
    raise errors.UnexpectedStatus(response.status_code, response.content)

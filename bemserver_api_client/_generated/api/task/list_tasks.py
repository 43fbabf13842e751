"""List registered tasks: `GET /tasks/`."""

from typing import Any

import httpx

from ... import errors
from ...models.task import Task

METHOD = "GET"
PATH = "/tasks/"
SUCCESS_STATUSES = (200,)


def build_request() -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[Task]:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Task.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200
    raise errors.UnexpectedStatus(response.status_code, response.content)

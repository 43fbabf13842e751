"""Mark all notifications as read: `PUT /notifications/mark_all_as_read`."""

from typing import Any

import httpx

from ... import errors
from ...types import UNSET, Unset

METHOD = "PUT"
PATH = "/notifications/mark_all_as_read"
SUCCESS_STATUSES = (204,)


def build_request(
    *,
    user_id: int,
    campaign_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["campaign_id"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)

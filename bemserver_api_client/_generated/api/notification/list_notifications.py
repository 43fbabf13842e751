"""List notifications: `GET /notifications/`."""

import datetime
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...models.list_notifications_sort_item import ListNotificationsSortItem
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.notification import Notification


METHOD = "GET"
PATH = "/notifications/"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    *,
    sort: list[ListNotificationsSortItem] | Unset = UNSET,
    user_id: int | Unset = UNSET,
    event_id: int | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    timestamp_min: datetime.datetime | Unset = UNSET,
    timestamp_max: datetime.datetime | Unset = UNSET,
    read: bool | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = []
        for sort_item_data in sort:
            sort_item: str = sort_item_data
            json_sort.append(sort_item)

    params["sort"] = json_sort

    params["user_id"] = user_id

    params["event_id"] = event_id

    params["campaign_id"] = campaign_id

    json_timestamp_min: str | Unset = UNSET
    if not isinstance(timestamp_min, Unset):
        json_timestamp_min = timestamp_min.isoformat()
    params["timestamp_min"] = json_timestamp_min

    json_timestamp_max: str | Unset = UNSET
    if not isinstance(timestamp_max, Unset):
        json_timestamp_max = timestamp_max.isoformat()
    params["timestamp_max"] = json_timestamp_max

    params["read"] = read

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> "list[Notification]":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    Notification = _models.Notification  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return Notification._list_from_dicts(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

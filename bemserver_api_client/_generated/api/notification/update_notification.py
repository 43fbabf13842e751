"""Update an existing notification: `PUT /notifications/{item_id}`."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...models.notification_put import NotificationPut
from ...types import path_segment

if TYPE_CHECKING:
    from ...models.notification import Notification


METHOD = "PUT"
PATH = "/notifications/{item_id}"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    item_id: str,
    *,
    body: NotificationPut | Mapping[str, Any],
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            item_id=path_segment("item_id", item_id, False),
        ),
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


def parse_response(response: httpx.Response) -> "Notification":
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
        return Notification.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

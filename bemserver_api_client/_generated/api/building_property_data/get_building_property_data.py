"""Get building property data by ID: `GET /building_property_data/{item_id}`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...types import UNSET, Unset, path_segment

if TYPE_CHECKING:
    from ...models.building_property_data import BuildingPropertyData


METHOD = "GET"
PATH = "/building_property_data/{item_id}"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    item_id: int,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            item_id=path_segment("item_id", item_id, True),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> "BuildingPropertyData":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    BuildingPropertyData = (
        _models.BuildingPropertyData
    )  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return BuildingPropertyData.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

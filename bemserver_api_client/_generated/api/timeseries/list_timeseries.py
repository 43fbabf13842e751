"""List timeseries: `GET /timeseries/`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...models.sort_by_name import SortByName
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.timeseries import Timeseries


METHOD = "GET"
PATH = "/timeseries/"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    *,
    sort: list[SortByName] | Unset = UNSET,
    name: str | Unset = UNSET,
    in_name: str | Unset = UNSET,
    unit_symbol: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    campaign_scope_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    site_id: int | Unset = UNSET,
    recurse_site_id: int | Unset = UNSET,
    building_id: int | Unset = UNSET,
    recurse_building_id: int | Unset = UNSET,
    storey_id: int | Unset = UNSET,
    recurse_storey_id: int | Unset = UNSET,
    space_id: int | Unset = UNSET,
    zone_id: int | Unset = UNSET,
    event_id: int | Unset = UNSET,
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

    params["name"] = name

    params["in_name"] = in_name

    params["unit_symbol"] = unit_symbol

    params["campaign_id"] = campaign_id

    params["campaign_scope_id"] = campaign_scope_id

    params["user_id"] = user_id

    params["site_id"] = site_id

    params["recurse_site_id"] = recurse_site_id

    params["building_id"] = building_id

    params["recurse_building_id"] = recurse_building_id

    params["storey_id"] = storey_id

    params["recurse_storey_id"] = recurse_storey_id

    params["space_id"] = space_id

    params["zone_id"] = zone_id

    params["event_id"] = event_id

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


def parse_response(response: httpx.Response) -> "list[Timeseries]":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    Timeseries = _models.Timeseries  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return Timeseries._list_from_dicts(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

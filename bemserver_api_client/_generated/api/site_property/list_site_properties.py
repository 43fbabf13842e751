"""List site properties: `GET /site_properties/`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.site_property import SiteProperty


METHOD = "GET"
PATH = "/site_properties/"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request(
    *,
    structural_element_property_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    params: dict[str, Any] = {}

    params["structural_element_property_id"] = structural_element_property_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> "list[SiteProperty]":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    SiteProperty = _models.SiteProperty  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return SiteProperty._list_from_dicts(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

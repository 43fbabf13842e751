"""Refresh access and refresh tokens: `POST /auth/token/refresh`."""

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models

if TYPE_CHECKING:
    from ...models.get_jwt_resp import GetJWTResp


METHOD = "POST"
PATH = "/auth/token/refresh"
SUCCESS_STATUSES = (200,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 200


def build_request() -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> "GetJWTResp":
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    GetJWTResp = _models.GetJWTResp  # imported on first use, then a lookup
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 200:
        return GetJWTResp.from_dict(response.json())
    raise errors.UnexpectedStatus(response.status_code, response.content)

"""Refresh access and refresh tokens: `POST /auth/token/refresh`."""

from typing import Any

import httpx

from ... import errors
from ...models.get_jwt_resp import GetJWTResp

METHOD = "POST"
PATH = "/auth/token/refresh"
SUCCESS_STATUSES = (200,)


def build_request() -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GetJWTResp:
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 200:
        response_200 = GetJWTResp.from_dict(response.json())

        return response_200
    raise errors.UnexpectedStatus(response.status_code, response.content)

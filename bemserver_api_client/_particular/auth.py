"""`auth`: the token requests go without the client's authentication, or with
its refresh token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._auth import BearerTokenAuth, _StaticBearerAuth
from .._call import Call
from .._generated import requests
from ..exceptions import BEMServerAPIClientValueError

if TYPE_CHECKING:
    from .._generated import models as m
    from .._transport import AsyncSender, BlockingSender


def get_tokens(*, email: str, password: str) -> Call[m.GetJWTResp]:
    return Call(
        operation=requests.get_tokens,
        body={"email": email, "password": password},
        auth=None,
    )


def refresh_tokens(client: BlockingSender | AsyncSender) -> Call[m.GetJWTResp]:
    auth = client._auth
    if not isinstance(auth, BearerTokenAuth) or auth.refresh_token is None:
        raise BEMServerAPIClientValueError(
            "refresh_tokens() needs bearer token authentication with a refresh "
            "token (make_bearer_token_auth(access_token, refresh_token))"
        )
    return Call(
        operation=requests.refresh_tokens, auth=_StaticBearerAuth(auth.refresh_token)
    )

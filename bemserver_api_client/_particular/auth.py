"""`auth`: the token refresh goes with the refresh token of the client's
authentication (its method is rendered from the table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._auth import BearerTokenAuth, _StaticBearerAuth
from ..exceptions import BEMServerAPIClientValueError

if TYPE_CHECKING:
    import httpx

    from .._transport import AsyncSender, BlockingSender


def refresh_auth(client: BlockingSender | AsyncSender) -> httpx.Auth:
    """The authentication of a refresh request: the client's refresh token."""
    auth = client._auth
    if not isinstance(auth, BearerTokenAuth) or auth.refresh_token is None:
        raise BEMServerAPIClientValueError(
            "refresh_tokens() needs bearer token authentication with a refresh "
            "token (make_bearer_token_auth(access_token, refresh_token))"
        )
    return _StaticBearerAuth(auth.refresh_token)

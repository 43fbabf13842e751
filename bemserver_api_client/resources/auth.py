"""`/auth/`: bearer tokens. Written by hand: the token requests go without the
client's authentication, or with its refresh token."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .._auth import BearerTokenAuth, _StaticBearerAuth
from .._call import Call
from .._generated import operations
from .._generated.resources import AsyncResource, Resource
from .._transport import execute, execute_async
from ..exceptions import BEMServerAPIClientValueError
from ._base import share_docstrings

if TYPE_CHECKING:
    import httpx

    from .._generated import models as m
    from .._generated.operations import OperationRef
    from ..response import BEMServerApiClientResponse

CALLS: dict[str, tuple[OperationRef[Any], ...]] = {
    "get_tokens": (operations.get_tokens,),
    "refresh_tokens": (operations.refresh_tokens,),
}


def _get_tokens(email: str, password: str) -> Call[m.GetJWTResp]:
    return Call(
        operation=operations.get_tokens,
        caller="auth.get_tokens",
        body={"email": email, "password": password},
        auth=None,
    )


def _refresh_tokens(auth: httpx.Auth | None) -> Call[m.GetJWTResp]:
    if not isinstance(auth, BearerTokenAuth) or auth.refresh_token is None:
        raise BEMServerAPIClientValueError(
            "refresh_tokens() needs bearer token authentication with a refresh "
            "token (make_bearer_token_auth(access_token, refresh_token))"
        )
    return Call(
        operation=operations.refresh_tokens,
        caller="auth.refresh_tokens",
        auth=_StaticBearerAuth(auth.refresh_token),
    )


class Auth(Resource):
    """`/auth/` (`api_client.auth`)."""

    path = "/auth/"
    entry_point_name = "auth"
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = CALLS

    def get_tokens(
        self, email: str, password: str
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """A token pair for these credentials.

        `POST /auth/token`

        Wrong credentials do not raise: `data["status"] == "failure"`.
        """
        return execute(self._client, _get_tokens(email, password))

    def refresh_tokens(self) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """A new token pair, for the refresh token of the client's authentication.

        `POST /auth/token/refresh`
        """
        return execute(self._client, _refresh_tokens(self._client._auth))


class AsyncAuth(AsyncResource):
    """`/auth/` (`api_client.auth`), awaitable."""

    path = "/auth/"
    entry_point_name = "auth"
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = CALLS

    async def get_tokens(
        self, email: str, password: str
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        return await execute_async(self._client, _get_tokens(email, password))

    async def refresh_tokens(self) -> BEMServerApiClientResponse[m.GetJWTResp]:
        return await execute_async(self._client, _refresh_tokens(self._client._auth))


share_docstrings(Auth, AsyncAuth)

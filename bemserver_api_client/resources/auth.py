"""`/auth/`: bearer tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._auth import BearerTokenAuth, _StaticBearerAuth
from .._generated import operations
from ..exceptions import BEMServerAPIClientValueError
from ._base import Call, ModeT, Resource, operation

if TYPE_CHECKING:
    from .._generated import models as m


class Auth(Resource[ModeT]):
    path = "/auth/"

    @operation(operations.get_tokens)
    def get_tokens(self, email: str, password: str) -> Call[m.GetJWTResp]:
        """A token pair for these credentials.

        Wrong credentials do not raise: `data["status"] == "failure"`.
        """
        return Call(
            body={"email": email, "password": password},
            auth=None,
        )

    @operation(operations.refresh_tokens)
    def refresh_tokens(self) -> Call[m.GetJWTResp]:
        """A new token pair, for the refresh token of the client's authentication."""
        auth = self._client.authentication_method
        if not isinstance(auth, BearerTokenAuth) or auth.refresh_token is None:
            raise BEMServerAPIClientValueError(
                "refresh_tokens() needs bearer token authentication with a refresh "
                "token (make_bearer_token_auth(access_token, refresh_token))"
            )
        return Call(auth=_StaticBearerAuth(auth.refresh_token))


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
AuthenticationResources = Auth

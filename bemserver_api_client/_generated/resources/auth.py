"""`/auth/`: the resource classes of `api_client.auth` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Auth`) and an
`async def` of the asyncio client's (`AsyncAuth`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ..._particular import auth
from ..._transport import send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef


class Auth(Resource):
    """`/auth/` (`api_client.auth`)."""

    path = "/auth/"
    entry_point_name = "auth"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "get_tokens": (_op.get_tokens,),
        "refresh_tokens": (_op.refresh_tokens,),
    }

    def get_tokens(
        self, email: str, password: str
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """Get access and refresh tokens.

        `POST /auth/token`

        A token pair for these credentials.

        Wrong credentials do not raise: `data["status"] == "failure"`.

        Args:
            email: `str`
            password: `str`

        Returns:
            `.parsed` is `GetJWTResp`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = {"email": email, "password": password}
        query = None
        return send(
            self._client,
            _op.get_tokens,
            "auth.get_tokens",
            (),
            kwargs,
            query,
            auth=None,
        )

    def refresh_tokens(
        self,
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """Refresh access and refresh tokens.

        `POST /auth/token/refresh`

        A new token pair, for the refresh token of the client's authentication.

        Returns:
            `.parsed` is `GetJWTResp`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        query = None
        return send(
            self._client,
            _op.refresh_tokens,
            "auth.refresh_tokens",
            (),
            kwargs,
            query,
            auth=auth.refresh_auth(self._client),
        )


class AsyncAuth(AsyncResource):
    """`/auth/` (`api_client.auth`), awaitable."""

    path = "/auth/"
    entry_point_name = "auth"
    calls = Auth.calls

    async def get_tokens(
        self, email: str, password: str
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """Get access and refresh tokens.

        `POST /auth/token`

        A token pair for these credentials.

        Wrong credentials do not raise: `data["status"] == "failure"`.

        Args:
            email: `str`
            password: `str`

        Returns:
            `.parsed` is `GetJWTResp`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = {"email": email, "password": password}
        query = None
        return await send_async(
            self._client,
            _op.get_tokens,
            "auth.get_tokens",
            (),
            kwargs,
            query,
            auth=None,
        )

    async def refresh_tokens(
        self,
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """Refresh access and refresh tokens.

        `POST /auth/token/refresh`

        A new token pair, for the refresh token of the client's authentication.

        Returns:
            `.parsed` is `GetJWTResp`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        query = None
        return await send_async(
            self._client,
            _op.refresh_tokens,
            "auth.refresh_tokens",
            (),
            kwargs,
            query,
            auth=auth.refresh_auth(self._client),
        )

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
from ..._transport import (
    execute,
    execute_async,
)
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
        """A token pair for these credentials.

        Wrong credentials do not raise: `data["status"] == "failure"`.

        `POST /auth/token`

        Args:
            email: `str`
            password: `str`

        Returns:
            `BEMServerApiClientResponse[GetJWTResp]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        call = auth.get_tokens(email=email, password=password)
        return execute(self._client, call.targeting(call.operation, "auth.get_tokens"))

    def refresh_tokens(
        self,
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """A new token pair, for the refresh token of the client's authentication.

        `POST /auth/token/refresh`

        Returns:
            `BEMServerApiClientResponse[GetJWTResp]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        call = auth.refresh_tokens(self._client)
        return execute(
            self._client, call.targeting(call.operation, "auth.refresh_tokens")
        )


class AsyncAuth(AsyncResource):
    """`/auth/` (`api_client.auth`), awaitable."""

    path = "/auth/"
    entry_point_name = "auth"
    calls = Auth.calls

    async def get_tokens(
        self, email: str, password: str
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """A token pair for these credentials.

        Wrong credentials do not raise: `data["status"] == "failure"`.

        `POST /auth/token`

        Args:
            email: `str`
            password: `str`

        Returns:
            `BEMServerApiClientResponse[GetJWTResp]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        call = auth.get_tokens(email=email, password=password)
        return await execute_async(
            self._client, call.targeting(call.operation, "auth.get_tokens")
        )

    async def refresh_tokens(
        self,
    ) -> BEMServerApiClientResponse[m.GetJWTResp]:
        """A new token pair, for the refresh token of the client's authentication.

        `POST /auth/token/refresh`

        Returns:
            `BEMServerApiClientResponse[GetJWTResp]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        call = auth.refresh_tokens(self._client)
        return await execute_async(
            self._client, call.targeting(call.operation, "auth.refresh_tokens")
        )

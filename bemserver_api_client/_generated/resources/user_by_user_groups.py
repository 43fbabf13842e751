"""`/users_by_user_groups/`: the resource classes of `api_client.user_by_user_groups` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`UserByUserGroups`) and an
`async def` of the asyncio client's (`AsyncUserByUserGroups`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _prepare as _p
from ..._convert import checked_payload
from ..._transport import send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Never

    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef


class UserByUserGroups(Resource):
    """`/users_by_user_groups/` (`api_client.user_by_user_groups`)."""

    path = "/users_by_user_groups/"
    entry_point_name = "user_by_user_groups"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_users_by_user_groups,),
        "getone": (_op.get_user_by_user_group,),
        "create": (_op.create_user_by_user_group,),
        "delete": (_op.delete_user_by_user_group,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        user_id: int | None = None,
        user_group_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserByUserGroup]]:
        """List user x user group associations.

        `GET /users_by_user_groups/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_id: filter, `int`
            user_group_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[UserByUserGroup]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if user_group_id is not None:
            kwargs["user_group_id"] = (
                user_group_id
                if type(user_group_id) is int
                else _p.integer(user_group_id, "user_group_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_by_user_groups.getall",
                filters,
                (
                    "user_id",
                    "user_group_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_users_by_user_groups,
            "user_by_user_groups.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserByUserGroup]:
        """Get user x user group association by ID.

        `GET /users_by_user_groups/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `UserByUserGroup`.

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
            _op.get_user_by_user_group,
            "user_by_user_groups.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.UserByUserGroup | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserByUserGroup]:
        """Add a new user x user group association.

        `POST /users_by_user_groups/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `UserByUserGroup`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(
            self._client,
            _op.create_user_by_user_group,
            "user_by_user_groups.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user x user group association.

        `DELETE /users_by_user_groups/{item_id}`

        Delete a resource; `etag` is the one of its last getone() (the server
        refuses a delete without it where the resource has ETags).

        Args:
            id: the resource's ID
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `None`.

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
            _op.delete_user_by_user_group,
            "user_by_user_groups.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncUserByUserGroups(AsyncResource):
    """`/users_by_user_groups/` (`api_client.user_by_user_groups`), awaitable."""

    path = "/users_by_user_groups/"
    entry_point_name = "user_by_user_groups"
    calls = UserByUserGroups.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        user_id: int | None = None,
        user_group_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserByUserGroup]]:
        """List user x user group associations.

        `GET /users_by_user_groups/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_id: filter, `int`
            user_group_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[UserByUserGroup]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if user_group_id is not None:
            kwargs["user_group_id"] = (
                user_group_id
                if type(user_group_id) is int
                else _p.integer(user_group_id, "user_group_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_by_user_groups.getall",
                filters,
                (
                    "user_id",
                    "user_group_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_users_by_user_groups,
            "user_by_user_groups.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserByUserGroup]:
        """Get user x user group association by ID.

        `GET /users_by_user_groups/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `UserByUserGroup`.

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
            _op.get_user_by_user_group,
            "user_by_user_groups.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.UserByUserGroup | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserByUserGroup]:
        """Add a new user x user group association.

        `POST /users_by_user_groups/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `UserByUserGroup`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return await send_async(
            self._client,
            _op.create_user_by_user_group,
            "user_by_user_groups.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user x user group association.

        `DELETE /users_by_user_groups/{item_id}`

        Delete a resource; `etag` is the one of its last getone() (the server
        refuses a delete without it where the resource has ETags).

        Args:
            id: the resource's ID
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `None`.

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
            _op.delete_user_by_user_group,
            "user_by_user_groups.delete",
            (id,),
            kwargs,
            query,
        )

"""`/users/`: the resource classes of `api_client.users` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Users`) and an
`async def` of the asyncio client's (`AsyncUsers`), which sends
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

# The values each enumeration of the API accepts, in the API document's order.
_LIST_USERS_SORT_ITEM = (
    "name",
    "+name",
    "-name",
    "email",
    "+email",
    "-email",
    "is_admin",
    "+is_admin",
    "-is_admin",
    "is_active",
    "+is_active",
    "-is_active",
)


class Users(Resource):
    """`/users/` (`api_client.users`)."""

    path = "/users/"
    entry_point_name = "users"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_users,),
        "getone": (_op.get_user,),
        "create": (_op.create_user,),
        "update": (_op.update_user,),
        "delete": (_op.delete_user,),
        "set_active": (_op.set_user_active,),
        "set_admin": (_op.set_user_admin,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.ListUsersSortItem
        | list[m.ListUsersSortItem]
        | tuple[m.ListUsersSortItem, ...]
        | set[m.ListUsersSortItem]
        | None = None,
        name: str | None = None,
        email: str | None = None,
        is_admin: bool | None = None,
        is_active: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.User]]:
        """List users.

        `GET /users/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `ListUsersSortItem | list[ListUsersSortItem] | tuple[ListUsersSortItem, ...] | set[ListUsersSortItem]`
            name: filter, `str`
            email: filter, `str`
            is_admin: filter, `bool`
            is_active: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[User]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_USERS_SORT_ITEM, "sort")
        if name is not None:
            kwargs["name"] = name
        if email is not None:
            kwargs["email"] = email
        if is_admin is not None:
            kwargs["is_admin"] = is_admin
        if is_active is not None:
            kwargs["is_active"] = is_active
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "users.getall",
                filters,
                (
                    "sort",
                    "name",
                    "email",
                    "is_admin",
                    "is_active",
                ),
            )
            if filters
            else None
        )
        return send(self._client, _op.list_users, "users.getall", (), kwargs, query)

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.User]:
        """Get user by ID.

        `GET /users/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `User`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return send(self._client, _op.get_user, "users.getone", (id,), kwargs, query)

    def create(
        self, payload: m.User | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.User]:
        """Add a new user.

        `POST /users/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `User`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(self._client, _op.create_user, "users.create", (), kwargs, query)

    def update(
        self, id: int, payload: m.User | Mapping[str, Any], *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.User]:
        """Update an existing user.

        `PUT /users/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `User`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("users.update")
        kwargs["if_match"] = etag
        query = None
        return send(self._client, _op.update_user, "users.update", (id,), kwargs, query)

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user.

        `DELETE /users/{item_id}`

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
        if etag is None:
            raise _p.missing_etag("users.delete")
        kwargs["if_match"] = etag
        query = None
        return send(self._client, _op.delete_user, "users.delete", (id,), kwargs, query)

    def set_active(
        self, id: int, state: bool, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Set / unset active.

        `PUT /users/{item_id}/set_active`

        Activate or deactivate a user.

        Args:
            id: the resource's ID
            state: `bool`
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
        kwargs["body"] = {"value": state}
        if etag is None:
            raise _p.missing_etag("users.set_active")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.set_user_active, "users.set_active", (id,), kwargs, query
        )

    def set_admin(
        self, id: int, state: bool, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Set / unset admin.

        `PUT /users/{item_id}/set_admin`

        Make a user an administrator, or not.

        Args:
            id: the resource's ID
            state: `bool`
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
        kwargs["body"] = {"value": state}
        if etag is None:
            raise _p.missing_etag("users.set_admin")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.set_user_admin, "users.set_admin", (id,), kwargs, query
        )


class AsyncUsers(AsyncResource):
    """`/users/` (`api_client.users`), awaitable."""

    path = "/users/"
    entry_point_name = "users"
    calls = Users.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.ListUsersSortItem
        | list[m.ListUsersSortItem]
        | tuple[m.ListUsersSortItem, ...]
        | set[m.ListUsersSortItem]
        | None = None,
        name: str | None = None,
        email: str | None = None,
        is_admin: bool | None = None,
        is_active: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.User]]:
        """List users.

        `GET /users/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `ListUsersSortItem | list[ListUsersSortItem] | tuple[ListUsersSortItem, ...] | set[ListUsersSortItem]`
            name: filter, `str`
            email: filter, `str`
            is_admin: filter, `bool`
            is_active: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[User]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_USERS_SORT_ITEM, "sort")
        if name is not None:
            kwargs["name"] = name
        if email is not None:
            kwargs["email"] = email
        if is_admin is not None:
            kwargs["is_admin"] = is_admin
        if is_active is not None:
            kwargs["is_active"] = is_active
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "users.getall",
                filters,
                (
                    "sort",
                    "name",
                    "email",
                    "is_admin",
                    "is_active",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_users, "users.getall", (), kwargs, query
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.User]:
        """Get user by ID.

        `GET /users/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `User`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return await send_async(
            self._client, _op.get_user, "users.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.User | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.User]:
        """Add a new user.

        `POST /users/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `User`.

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
            self._client, _op.create_user, "users.create", (), kwargs, query
        )

    async def update(
        self, id: int, payload: m.User | Mapping[str, Any], *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.User]:
        """Update an existing user.

        `PUT /users/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `User`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("users.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.update_user, "users.update", (id,), kwargs, query
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user.

        `DELETE /users/{item_id}`

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
        if etag is None:
            raise _p.missing_etag("users.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.delete_user, "users.delete", (id,), kwargs, query
        )

    async def set_active(
        self, id: int, state: bool, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Set / unset active.

        `PUT /users/{item_id}/set_active`

        Activate or deactivate a user.

        Args:
            id: the resource's ID
            state: `bool`
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
        kwargs["body"] = {"value": state}
        if etag is None:
            raise _p.missing_etag("users.set_active")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.set_user_active, "users.set_active", (id,), kwargs, query
        )

    async def set_admin(
        self, id: int, state: bool, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Set / unset admin.

        `PUT /users/{item_id}/set_admin`

        Make a user an administrator, or not.

        Args:
            id: the resource's ID
            state: `bool`
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
        kwargs["body"] = {"value": state}
        if etag is None:
            raise _p.missing_etag("users.set_admin")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.set_user_admin, "users.set_admin", (id,), kwargs, query
        )

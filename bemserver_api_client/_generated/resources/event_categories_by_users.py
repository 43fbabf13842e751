"""`/event_categories_by_users/`: the resource classes of `api_client.event_categories_by_users` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`EventCategoriesByUsers`) and an
`async def` of the asyncio client's (`AsyncEventCategoriesByUsers`), which sends
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


class EventCategoriesByUsers(Resource):
    """`/event_categories_by_users/` (`api_client.event_categories_by_users`)."""

    path = "/event_categories_by_users/"
    entry_point_name = "event_categories_by_users"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_event_categories_by_users,),
        "getone": (_op.get_event_category_by_user,),
        "create": (_op.create_event_category_by_user,),
        "update": (_op.update_event_category_by_user,),
        "delete": (_op.delete_event_category_by_user,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        category_id: int | None = None,
        user_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventCategoryByUser]]:
        """List event category x user associations.

        `GET /event_categories_by_users/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            category_id: filter, `int`
            user_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EventCategoryByUser]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if category_id is not None:
            kwargs["category_id"] = (
                category_id
                if type(category_id) is int
                else _p.integer(category_id, "category_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "event_categories_by_users.getall",
                filters,
                (
                    "category_id",
                    "user_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_event_categories_by_users,
            "event_categories_by_users.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventCategoryByUser]:
        """Get event category x user association by ID.

        `GET /event_categories_by_users/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `EventCategoryByUser`.

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
        return send(
            self._client,
            _op.get_event_category_by_user,
            "event_categories_by_users.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EventCategoryByUser | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventCategoryByUser]:
        """Add a new event category x user association.

        `POST /event_categories_by_users/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `EventCategoryByUser`.

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
            _op.create_event_category_by_user,
            "event_categories_by_users.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.EventCategoryByUserPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EventCategoryByUser]:
        """Update an existing  event category x user association.

        `PUT /event_categories_by_users/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `EventCategoryByUser`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("event_categories_by_users.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_event_category_by_user,
            "event_categories_by_users.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event category x user association.

        `DELETE /event_categories_by_users/{item_id}`

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
            raise _p.missing_etag("event_categories_by_users.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_event_category_by_user,
            "event_categories_by_users.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEventCategoriesByUsers(AsyncResource):
    """`/event_categories_by_users/` (`api_client.event_categories_by_users`), awaitable."""

    path = "/event_categories_by_users/"
    entry_point_name = "event_categories_by_users"
    calls = EventCategoriesByUsers.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        category_id: int | None = None,
        user_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventCategoryByUser]]:
        """List event category x user associations.

        `GET /event_categories_by_users/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            category_id: filter, `int`
            user_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EventCategoryByUser]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if category_id is not None:
            kwargs["category_id"] = (
                category_id
                if type(category_id) is int
                else _p.integer(category_id, "category_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "event_categories_by_users.getall",
                filters,
                (
                    "category_id",
                    "user_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_event_categories_by_users,
            "event_categories_by_users.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventCategoryByUser]:
        """Get event category x user association by ID.

        `GET /event_categories_by_users/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `EventCategoryByUser`.

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
            self._client,
            _op.get_event_category_by_user,
            "event_categories_by_users.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EventCategoryByUser | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventCategoryByUser]:
        """Add a new event category x user association.

        `POST /event_categories_by_users/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `EventCategoryByUser`.

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
            _op.create_event_category_by_user,
            "event_categories_by_users.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.EventCategoryByUserPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EventCategoryByUser]:
        """Update an existing  event category x user association.

        `PUT /event_categories_by_users/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `EventCategoryByUser`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("event_categories_by_users.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_event_category_by_user,
            "event_categories_by_users.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event category x user association.

        `DELETE /event_categories_by_users/{item_id}`

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
            raise _p.missing_etag("event_categories_by_users.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_event_category_by_user,
            "event_categories_by_users.delete",
            (id,),
            kwargs,
            query,
        )

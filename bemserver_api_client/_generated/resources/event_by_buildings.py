"""`/events_by_buildings/`: the resource classes of `api_client.event_by_buildings` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`EventByBuildings`) and an
`async def` of the asyncio client's (`AsyncEventByBuildings`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _prepare as _p
from ..._convert import checked_payload
from ..._transport import iterate, iterate_async, send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Mapping

    from typing_extensions import Never

    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef


class EventByBuildings(Resource):
    """`/events_by_buildings/` (`api_client.event_by_buildings`)."""

    path = "/events_by_buildings/"
    entry_point_name = "event_by_buildings"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_events_by_buildings,),
        "iter_all": (_op.list_events_by_buildings,),
        "getone": (_op.get_event_by_building,),
        "create": (_op.create_event_by_building,),
        "delete": (_op.delete_event_by_building,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventByBuilding]]:
        """List event x building associations.

        `GET /events_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EventByBuilding]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        if page_size is not None:
            kwargs["page_size"] = (
                page_size
                if type(page_size) is int
                else _p.integer(page_size, "page_size")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "event_by_buildings.getall",
                filters,
                (
                    "building_id",
                    "event_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_events_by_buildings,
            "event_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        building_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.EventByBuilding]:
        """List event x building associations.

        `GET /events_by_buildings/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int` (default 100)
            building_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `EventByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "event_by_buildings.iter_all",
                filters,
                (
                    "building_id",
                    "event_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return iterate(
            self._client,
            _op.list_events_by_buildings,
            "event_by_buildings.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventByBuilding]:
        """Get event x building association by ID.

        `GET /events_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `EventByBuilding`.

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
            _op.get_event_by_building,
            "event_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EventByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventByBuilding]:
        """Add a new event x building association.

        `POST /events_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `EventByBuilding`.

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
            _op.create_event_by_building,
            "event_by_buildings.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x building association.

        `DELETE /events_by_buildings/{item_id}`

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
            _op.delete_event_by_building,
            "event_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEventByBuildings(AsyncResource):
    """`/events_by_buildings/` (`api_client.event_by_buildings`), awaitable."""

    path = "/events_by_buildings/"
    entry_point_name = "event_by_buildings"
    calls = EventByBuildings.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventByBuilding]]:
        """List event x building associations.

        `GET /events_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EventByBuilding]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        if page_size is not None:
            kwargs["page_size"] = (
                page_size
                if type(page_size) is int
                else _p.integer(page_size, "page_size")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "event_by_buildings.getall",
                filters,
                (
                    "building_id",
                    "event_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_events_by_buildings,
            "event_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        building_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.EventByBuilding]:
        """List event x building associations.

        `GET /events_by_buildings/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int` (default 100)
            building_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `EventByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "event_by_buildings.iter_all",
                filters,
                (
                    "building_id",
                    "event_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        async for item in iterate_async(
            self._client,
            _op.list_events_by_buildings,
            "event_by_buildings.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventByBuilding]:
        """Get event x building association by ID.

        `GET /events_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `EventByBuilding`.

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
            _op.get_event_by_building,
            "event_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EventByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventByBuilding]:
        """Add a new event x building association.

        `POST /events_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `EventByBuilding`.

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
            _op.create_event_by_building,
            "event_by_buildings.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x building association.

        `DELETE /events_by_buildings/{item_id}`

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
            _op.delete_event_by_building,
            "event_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )

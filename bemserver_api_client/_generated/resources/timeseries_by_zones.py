"""`/timeseries_by_zones/`: the resource classes of `api_client.timeseries_by_zones` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`TimeseriesByZones`) and an
`async def` of the asyncio client's (`AsyncTimeseriesByZones`), which sends
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


class TimeseriesByZones(Resource):
    """`/timeseries_by_zones/` (`api_client.timeseries_by_zones`)."""

    path = "/timeseries_by_zones/"
    entry_point_name = "timeseries_by_zones"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_by_zones,),
        "iter_all": (_op.list_timeseries_by_zones,),
        "getone": (_op.get_timeseries_by_zone,),
        "create": (_op.create_timeseries_by_zone,),
        "delete": (_op.delete_timeseries_by_zone,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        zone_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesByZone]]:
        """List timeseries x zone associations.

        `GET /timeseries_by_zones/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            zone_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[TimeseriesByZone]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
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
                "timeseries_by_zones.getall",
                filters,
                (
                    "zone_id",
                    "timeseries_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_timeseries_by_zones,
            "timeseries_by_zones.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        zone_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.TimeseriesByZone]:
        """List timeseries x zone associations.

        `GET /timeseries_by_zones/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int` (default 100)
            zone_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `TimeseriesByZone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_by_zones.iter_all",
                filters,
                (
                    "zone_id",
                    "timeseries_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return iterate(
            self._client,
            _op.list_timeseries_by_zones,
            "timeseries_by_zones.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesByZone]:
        """Get timeseries x zone association by ID.

        `GET /timeseries_by_zones/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `TimeseriesByZone`.

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
            _op.get_timeseries_by_zone,
            "timeseries_by_zones.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesByZone | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesByZone]:
        """Add a new timeseries x zone association.

        `POST /timeseries_by_zones/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `TimeseriesByZone`.

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
            _op.create_timeseries_by_zone,
            "timeseries_by_zones.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x zone association.

        `DELETE /timeseries_by_zones/{item_id}`

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
            _op.delete_timeseries_by_zone,
            "timeseries_by_zones.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesByZones(AsyncResource):
    """`/timeseries_by_zones/` (`api_client.timeseries_by_zones`), awaitable."""

    path = "/timeseries_by_zones/"
    entry_point_name = "timeseries_by_zones"
    calls = TimeseriesByZones.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        zone_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesByZone]]:
        """List timeseries x zone associations.

        `GET /timeseries_by_zones/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            zone_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[TimeseriesByZone]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
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
                "timeseries_by_zones.getall",
                filters,
                (
                    "zone_id",
                    "timeseries_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_timeseries_by_zones,
            "timeseries_by_zones.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        zone_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.TimeseriesByZone]:
        """List timeseries x zone associations.

        `GET /timeseries_by_zones/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int` (default 100)
            zone_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `TimeseriesByZone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_by_zones.iter_all",
                filters,
                (
                    "zone_id",
                    "timeseries_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        async for item in iterate_async(
            self._client,
            _op.list_timeseries_by_zones,
            "timeseries_by_zones.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesByZone]:
        """Get timeseries x zone association by ID.

        `GET /timeseries_by_zones/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `TimeseriesByZone`.

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
            _op.get_timeseries_by_zone,
            "timeseries_by_zones.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesByZone | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesByZone]:
        """Add a new timeseries x zone association.

        `POST /timeseries_by_zones/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `TimeseriesByZone`.

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
            _op.create_timeseries_by_zone,
            "timeseries_by_zones.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x zone association.

        `DELETE /timeseries_by_zones/{item_id}`

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
            _op.delete_timeseries_by_zone,
            "timeseries_by_zones.delete",
            (id,),
            kwargs,
            query,
        )

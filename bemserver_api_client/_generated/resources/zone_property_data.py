"""`/zone_property_data/`: the resource classes of `api_client.zone_property_data` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`ZonePropertyData`) and an
`async def` of the asyncio client's (`AsyncZonePropertyData`), which sends
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


class ZonePropertyData(Resource):
    """`/zone_property_data/` (`api_client.zone_property_data`)."""

    path = "/zone_property_data/"
    entry_point_name = "zone_property_data"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_zone_property_data,),
        "getone": (_op.get_zone_property_data,),
        "create": (_op.create_zone_property_data,),
        "update": (_op.update_zone_property_data,),
        "delete": (_op.delete_zone_property_data,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        zone_id: int | None = None,
        zone_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.ZonePropertyData]]:
        """List zone property data.

        `GET /zone_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            zone_id: filter, `int`
            zone_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[ZonePropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
            )
        if zone_property_id is not None:
            kwargs["zone_property_id"] = (
                zone_property_id
                if type(zone_property_id) is int
                else _p.integer(zone_property_id, "zone_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "zone_property_data.getall",
                filters,
                (
                    "zone_id",
                    "zone_property_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_zone_property_data,
            "zone_property_data.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.ZonePropertyData]:
        """Get zone property data by ID.

        `GET /zone_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `ZonePropertyData`.

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
            _op.get_zone_property_data,
            "zone_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.ZonePropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.ZonePropertyData]:
        """Add a new zone property data.

        `POST /zone_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `ZonePropertyData`.

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
            _op.create_zone_property_data,
            "zone_property_data.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.ZonePropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.ZonePropertyData]:
        """Update an existing zone property data.

        `PUT /zone_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `ZonePropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("zone_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_zone_property_data,
            "zone_property_data.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a zone property data.

        `DELETE /zone_property_data/{item_id}`

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
            raise _p.missing_etag("zone_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_zone_property_data,
            "zone_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncZonePropertyData(AsyncResource):
    """`/zone_property_data/` (`api_client.zone_property_data`), awaitable."""

    path = "/zone_property_data/"
    entry_point_name = "zone_property_data"
    calls = ZonePropertyData.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        zone_id: int | None = None,
        zone_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.ZonePropertyData]]:
        """List zone property data.

        `GET /zone_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            zone_id: filter, `int`
            zone_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[ZonePropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
            )
        if zone_property_id is not None:
            kwargs["zone_property_id"] = (
                zone_property_id
                if type(zone_property_id) is int
                else _p.integer(zone_property_id, "zone_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "zone_property_data.getall",
                filters,
                (
                    "zone_id",
                    "zone_property_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_zone_property_data,
            "zone_property_data.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.ZonePropertyData]:
        """Get zone property data by ID.

        `GET /zone_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `ZonePropertyData`.

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
            _op.get_zone_property_data,
            "zone_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.ZonePropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.ZonePropertyData]:
        """Add a new zone property data.

        `POST /zone_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `ZonePropertyData`.

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
            _op.create_zone_property_data,
            "zone_property_data.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.ZonePropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.ZonePropertyData]:
        """Update an existing zone property data.

        `PUT /zone_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `ZonePropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("zone_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_zone_property_data,
            "zone_property_data.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a zone property data.

        `DELETE /zone_property_data/{item_id}`

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
            raise _p.missing_etag("zone_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_zone_property_data,
            "zone_property_data.delete",
            (id,),
            kwargs,
            query,
        )

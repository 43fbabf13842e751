"""`/zone_properties/`: the resource classes of `api_client.zone_properties` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`ZoneProperties`) and an
`async def` of the asyncio client's (`AsyncZoneProperties`), which sends
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


class ZoneProperties(Resource):
    """`/zone_properties/` (`api_client.zone_properties`)."""

    path = "/zone_properties/"
    entry_point_name = "zone_properties"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_zone_properties,),
        "getone": (_op.get_zone_property,),
        "create": (_op.create_zone_property,),
        "delete": (_op.delete_zone_property,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.ZoneProperty]]:
        """List zone properties.

        `GET /zone_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[ZoneProperty]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if structural_element_property_id is not None:
            kwargs["structural_element_property_id"] = (
                structural_element_property_id
                if type(structural_element_property_id) is int
                else _p.integer(
                    structural_element_property_id, "structural_element_property_id"
                )
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "zone_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_zone_properties,
            "zone_properties.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.ZoneProperty]:
        """Get zone property by ID.

        `GET /zone_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `ZoneProperty`.

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
            _op.get_zone_property,
            "zone_properties.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.ZoneProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.ZoneProperty]:
        """Add a new zone property.

        `POST /zone_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `ZoneProperty`.

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
            _op.create_zone_property,
            "zone_properties.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a zone property.

        `DELETE /zone_properties/{item_id}`

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
            _op.delete_zone_property,
            "zone_properties.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncZoneProperties(AsyncResource):
    """`/zone_properties/` (`api_client.zone_properties`), awaitable."""

    path = "/zone_properties/"
    entry_point_name = "zone_properties"
    calls = ZoneProperties.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.ZoneProperty]]:
        """List zone properties.

        `GET /zone_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[ZoneProperty]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if structural_element_property_id is not None:
            kwargs["structural_element_property_id"] = (
                structural_element_property_id
                if type(structural_element_property_id) is int
                else _p.integer(
                    structural_element_property_id, "structural_element_property_id"
                )
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "zone_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_zone_properties,
            "zone_properties.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.ZoneProperty]:
        """Get zone property by ID.

        `GET /zone_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `ZoneProperty`.

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
            _op.get_zone_property,
            "zone_properties.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.ZoneProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.ZoneProperty]:
        """Add a new zone property.

        `POST /zone_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `ZoneProperty`.

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
            _op.create_zone_property,
            "zone_properties.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a zone property.

        `DELETE /zone_properties/{item_id}`

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
            _op.delete_zone_property,
            "zone_properties.delete",
            (id,),
            kwargs,
            query,
        )

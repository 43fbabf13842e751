"""`/zones/`: the resource classes of `api_client.zones` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Zones`) and an
`async def` of the asyncio client's (`AsyncZones`), which sends
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
_SORT_BY_NAME = (
    "name",
    "+name",
    "-name",
)


class Zones(Resource):
    """`/zones/` (`api_client.zones`)."""

    path = "/zones/"
    entry_point_name = "zones"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_zones,),
        "getone": (_op.get_zone,),
        "create": (_op.create_zone,),
        "update": (_op.update_zone,),
        "delete": (_op.delete_zone,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByName
        | list[m.SortByName]
        | tuple[m.SortByName, ...]
        | set[m.SortByName]
        | None = None,
        name: str | None = None,
        campaign_id: int | None = None,
        ifc_id: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Zone]]:
        """List zones.

        `GET /zones/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Zone]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_NAME, "sort")
        if name is not None:
            kwargs["name"] = name
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if ifc_id is not None:
            kwargs["ifc_id"] = ifc_id
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "zones.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                    "ifc_id",
                ),
            )
            if filters
            else None
        )
        return send(self._client, _op.list_zones, "zones.getall", (), kwargs, query)

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Zone]:
        """Get zone by ID.

        `GET /zones/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `Zone`.

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
        return send(self._client, _op.get_zone, "zones.getone", (id,), kwargs, query)

    def create(
        self, payload: m.Zone | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Zone]:
        """Add a new zone.

        `POST /zones/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `Zone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(self._client, _op.create_zone, "zones.create", (), kwargs, query)

    def update(
        self,
        id: int,
        payload: m.ZonePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Zone]:
        """Update an existing zone.

        `PUT /zones/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `Zone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("zones.update")
        kwargs["if_match"] = etag
        query = None
        return send(self._client, _op.update_zone, "zones.update", (id,), kwargs, query)

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a zone.

        `DELETE /zones/{item_id}`

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
            raise _p.missing_etag("zones.delete")
        kwargs["if_match"] = etag
        query = None
        return send(self._client, _op.delete_zone, "zones.delete", (id,), kwargs, query)


class AsyncZones(AsyncResource):
    """`/zones/` (`api_client.zones`), awaitable."""

    path = "/zones/"
    entry_point_name = "zones"
    calls = Zones.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByName
        | list[m.SortByName]
        | tuple[m.SortByName, ...]
        | set[m.SortByName]
        | None = None,
        name: str | None = None,
        campaign_id: int | None = None,
        ifc_id: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Zone]]:
        """List zones.

        `GET /zones/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Zone]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_NAME, "sort")
        if name is not None:
            kwargs["name"] = name
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if ifc_id is not None:
            kwargs["ifc_id"] = ifc_id
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "zones.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                    "ifc_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_zones, "zones.getall", (), kwargs, query
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Zone]:
        """Get zone by ID.

        `GET /zones/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `Zone`.

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
            self._client, _op.get_zone, "zones.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.Zone | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Zone]:
        """Add a new zone.

        `POST /zones/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `Zone`.

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
            self._client, _op.create_zone, "zones.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.ZonePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Zone]:
        """Update an existing zone.

        `PUT /zones/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `Zone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("zones.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.update_zone, "zones.update", (id,), kwargs, query
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a zone.

        `DELETE /zones/{item_id}`

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
            raise _p.missing_etag("zones.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.delete_zone, "zones.delete", (id,), kwargs, query
        )

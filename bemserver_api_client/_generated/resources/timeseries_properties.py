"""`/timeseries_properties/`: the resource classes of `api_client.timeseries_properties` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`TimeseriesProperties`) and an
`async def` of the asyncio client's (`AsyncTimeseriesProperties`), which sends
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

    from ... import enums
    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef

# The values each enumeration of the API accepts, in the API document's order.
_PROPERTY_VALUE_TYPE = (
    "integer",
    "float",
    "boolean",
    "string",
)
_SORT_BY_NAME = (
    "name",
    "+name",
    "-name",
)


class TimeseriesProperties(Resource):
    """`/timeseries_properties/` (`api_client.timeseries_properties`)."""

    path = "/timeseries_properties/"
    entry_point_name = "timeseries_properties"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_properties,),
        "getone": (_op.get_timeseries_property,),
        "create": (_op.create_timeseries_property,),
        "update": (_op.update_timeseries_property,),
        "delete": (_op.delete_timeseries_property,),
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
        value_type: m.PropertyValueType
        | enums.StructuralElementPropertyValueType
        | None = None,
        unit_symbol: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesProperty]]:
        """List timeseries properties.

        `GET /timeseries_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            value_type: filter, `PropertyValueType | enums.StructuralElementPropertyValueType`
            unit_symbol: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[TimeseriesProperty]`.

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
        if value_type is not None:
            kwargs["value_type"] = _p.choice(
                value_type, _PROPERTY_VALUE_TYPE, "value_type"
            )
        if unit_symbol is not None:
            kwargs["unit_symbol"] = unit_symbol
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_properties.getall",
                filters,
                (
                    "sort",
                    "name",
                    "value_type",
                    "unit_symbol",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_timeseries_properties,
            "timeseries_properties.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesProperty]:
        """Get timeseries property by ID.

        `GET /timeseries_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `TimeseriesProperty`.

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
            _op.get_timeseries_property,
            "timeseries_properties.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesProperty]:
        """Add a new timeseries property.

        `POST /timeseries_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `TimeseriesProperty`.

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
            _op.create_timeseries_property,
            "timeseries_properties.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.TimeseriesPropertyPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesProperty]:
        """Update an existing timeseries property.

        `PUT /timeseries_properties/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `TimeseriesProperty`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries_properties.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_timeseries_property,
            "timeseries_properties.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries property.

        `DELETE /timeseries_properties/{item_id}`

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
            raise _p.missing_etag("timeseries_properties.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_timeseries_property,
            "timeseries_properties.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesProperties(AsyncResource):
    """`/timeseries_properties/` (`api_client.timeseries_properties`), awaitable."""

    path = "/timeseries_properties/"
    entry_point_name = "timeseries_properties"
    calls = TimeseriesProperties.calls

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
        value_type: m.PropertyValueType
        | enums.StructuralElementPropertyValueType
        | None = None,
        unit_symbol: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesProperty]]:
        """List timeseries properties.

        `GET /timeseries_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            value_type: filter, `PropertyValueType | enums.StructuralElementPropertyValueType`
            unit_symbol: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[TimeseriesProperty]`.

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
        if value_type is not None:
            kwargs["value_type"] = _p.choice(
                value_type, _PROPERTY_VALUE_TYPE, "value_type"
            )
        if unit_symbol is not None:
            kwargs["unit_symbol"] = unit_symbol
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_properties.getall",
                filters,
                (
                    "sort",
                    "name",
                    "value_type",
                    "unit_symbol",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_timeseries_properties,
            "timeseries_properties.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesProperty]:
        """Get timeseries property by ID.

        `GET /timeseries_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `TimeseriesProperty`.

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
            _op.get_timeseries_property,
            "timeseries_properties.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesProperty]:
        """Add a new timeseries property.

        `POST /timeseries_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `TimeseriesProperty`.

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
            _op.create_timeseries_property,
            "timeseries_properties.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.TimeseriesPropertyPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesProperty]:
        """Update an existing timeseries property.

        `PUT /timeseries_properties/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `TimeseriesProperty`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries_properties.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_timeseries_property,
            "timeseries_properties.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries property.

        `DELETE /timeseries_properties/{item_id}`

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
            raise _p.missing_etag("timeseries_properties.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_timeseries_property,
            "timeseries_properties.delete",
            (id,),
            kwargs,
            query,
        )

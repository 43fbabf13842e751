"""`/structural_element_properties/`: the resource classes of `api_client.structural_element_properties` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`StructuralElementProperties`) and an
`async def` of the asyncio client's (`AsyncStructuralElementProperties`), which sends
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


class StructuralElementProperties(Resource):
    """`/structural_element_properties/` (`api_client.structural_element_properties`)."""

    path = "/structural_element_properties/"
    entry_point_name = "structural_element_properties"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_structural_element_properties,),
        "getone": (_op.get_structural_element_property,),
        "create": (_op.create_structural_element_property,),
        "update": (_op.update_structural_element_property,),
        "delete": (_op.delete_structural_element_property,),
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
    ) -> BEMServerApiClientResponse[list[m.StructuralElementProperty]]:
        """List structural element properties.

        `GET /structural_element_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            value_type: filter, `PropertyValueType | enums.StructuralElementPropertyValueType`
            unit_symbol: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[StructuralElementProperty]`.

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
                "structural_element_properties.getall",
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
            _op.list_structural_element_properties,
            "structural_element_properties.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.StructuralElementProperty]:
        """Get structural element property by ID.

        `GET /structural_element_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `StructuralElementProperty`.

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
            _op.get_structural_element_property,
            "structural_element_properties.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.StructuralElementProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.StructuralElementProperty]:
        """Add a new structural element property.

        `POST /structural_element_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `StructuralElementProperty`.

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
            _op.create_structural_element_property,
            "structural_element_properties.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.StructuralElementPropertyPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.StructuralElementProperty]:
        """Update an existing structural element property.

        `PUT /structural_element_properties/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `StructuralElementProperty`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("structural_element_properties.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_structural_element_property,
            "structural_element_properties.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a structural element property.

        `DELETE /structural_element_properties/{item_id}`

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
            raise _p.missing_etag("structural_element_properties.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_structural_element_property,
            "structural_element_properties.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStructuralElementProperties(AsyncResource):
    """`/structural_element_properties/` (`api_client.structural_element_properties`), awaitable."""

    path = "/structural_element_properties/"
    entry_point_name = "structural_element_properties"
    calls = StructuralElementProperties.calls

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
    ) -> BEMServerApiClientResponse[list[m.StructuralElementProperty]]:
        """List structural element properties.

        `GET /structural_element_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            value_type: filter, `PropertyValueType | enums.StructuralElementPropertyValueType`
            unit_symbol: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[StructuralElementProperty]`.

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
                "structural_element_properties.getall",
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
            _op.list_structural_element_properties,
            "structural_element_properties.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.StructuralElementProperty]:
        """Get structural element property by ID.

        `GET /structural_element_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `StructuralElementProperty`.

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
            _op.get_structural_element_property,
            "structural_element_properties.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.StructuralElementProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.StructuralElementProperty]:
        """Add a new structural element property.

        `POST /structural_element_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `StructuralElementProperty`.

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
            _op.create_structural_element_property,
            "structural_element_properties.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.StructuralElementPropertyPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.StructuralElementProperty]:
        """Update an existing structural element property.

        `PUT /structural_element_properties/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `StructuralElementProperty`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("structural_element_properties.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_structural_element_property,
            "structural_element_properties.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a structural element property.

        `DELETE /structural_element_properties/{item_id}`

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
            raise _p.missing_etag("structural_element_properties.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_structural_element_property,
            "structural_element_properties.delete",
            (id,),
            kwargs,
            query,
        )

"""The resource classes of both clients (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resources.py.jinja: each method is a
plain method of the blocking client's class (`Sites`) and an `async def` of
the asyncio client's (`AsyncSites`), which sends one call of a generated
operation (`_transport.send`) with its arguments already sorted and converted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import _prepare as _p
from .. import enums
from .._convert import checked_payload
from .._transport import iterate, iterate_async, send, send_async
from . import operations as _op

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator, Iterator, Mapping

    from typing_extensions import Never

    from .._transport import AsyncSender, BlockingSender
    from ..response import BEMServerApiClientResponse
    from . import models as m
    from .operations import OperationRef

# The values each enumeration of the API accepts, in the API document's order.
_EVENT_LEVEL = (
    "CRITICAL",
    "DEBUG",
    "ERROR",
    "INFO",
    "WARNING",
)
_GET_SITE_DEGREE_DAYS_PERIOD = (
    "day",
    "month",
    "year",
)
_GET_SITE_DEGREE_DAYS_TYPE = (
    "cooling",
    "heating",
)
_LIST_EVENTS_SORT_ITEM = (
    "+level",
    "+timestamp",
    "-level",
    "-timestamp",
    "level",
    "timestamp",
)
_LIST_NOTIFICATIONS_SORT_ITEM = (
    "+timestamp",
    "-timestamp",
    "timestamp",
)
_LIST_ST_CLEANUPS_BY_TIMESERIES_FULL_SORT_ITEM = (
    "+last_timestamp",
    "+timeseries_name",
    "-last_timestamp",
    "-timeseries_name",
    "last_timestamp",
    "timeseries_name",
)
_LIST_USERS_SORT_ITEM = (
    "+email",
    "+is_active",
    "+is_admin",
    "+name",
    "-email",
    "-is_active",
    "-is_admin",
    "-name",
    "email",
    "is_active",
    "is_admin",
    "name",
)
_PROPERTY_VALUE_TYPE = (
    "boolean",
    "float",
    "integer",
    "string",
)
_SORT_BY_CAMPAIGN_AND_SITE_NAME = (
    "+campaign_id",
    "+site_name",
    "-campaign_id",
    "-site_name",
    "campaign_id",
    "site_name",
)
_SORT_BY_CAMPAIGN_NAME = (
    "+campaign_name",
    "-campaign_name",
    "campaign_name",
)
_SORT_BY_NAME = (
    "+name",
    "-name",
    "name",
)

_ = enums  # the defaults of some methods name its members


class Resource:
    """An entry point of the blocking client (`api_client.sites`)."""

    #: The API resource, as in the reference table ("/sites/").
    path: ClassVar[str] = ""
    #: The client attribute this resource is.
    entry_point_name: ClassVar[str] = ""

    def __init__(self, client: BlockingSender) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"


class AsyncResource:
    """An entry point of the asyncio client (`api_client.sites`)."""

    path: ClassVar[str] = ""
    entry_point_name: ClassVar[str] = ""

    def __init__(self, client: AsyncSender) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"


class About(Resource):
    """`/about/` (`api_client.about`)."""

    path = "/about/"
    entry_point_name = "about"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.get_about,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[m.About]:
        """Provide information about BEMServer.

        `GET /about/`

        Versions of the server: `data["versions"]["bemserver_api"]`.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `m.About`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "about.getall", filters, ()
            )
            if filters
            else None
        )
        return send(self._client, _op.get_about, "about.getall", (), kwargs, query)


class AsyncAbout(AsyncResource):
    """`/about/` (`api_client.about`), awaitable."""

    path = "/about/"
    entry_point_name = "about"
    calls = About.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[m.About]:
        """Provide information about BEMServer.

        `GET /about/`

        Versions of the server: `data["versions"]["bemserver_api"]`.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `m.About`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "about.getall", filters, ()
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.get_about, "about.getall", (), kwargs, query
        )


class BuildingProperties(Resource):
    """`/building_properties/` (`api_client.building_properties`)."""

    path = "/building_properties/"
    entry_point_name = "building_properties"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_building_properties,),
        "getone": (_op.get_building_property,),
        "create": (_op.create_building_property,),
        "delete": (_op.delete_building_property,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.BuildingProperty]]:
        """List building properties.

        `GET /building_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.BuildingProperty]`.

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
                "building_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_building_properties,
            "building_properties.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.BuildingProperty]:
        """Get building property by ID.

        `GET /building_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.BuildingProperty`.

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
            _op.get_building_property,
            "building_properties.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.BuildingProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.BuildingProperty]:
        """Add a new building property.

        `POST /building_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.BuildingProperty`.

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
            _op.create_building_property,
            "building_properties.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a building property.

        `DELETE /building_properties/{item_id}`

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
            _op.delete_building_property,
            "building_properties.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncBuildingProperties(AsyncResource):
    """`/building_properties/` (`api_client.building_properties`), awaitable."""

    path = "/building_properties/"
    entry_point_name = "building_properties"
    calls = BuildingProperties.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.BuildingProperty]]:
        """List building properties.

        `GET /building_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.BuildingProperty]`.

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
                "building_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_building_properties,
            "building_properties.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.BuildingProperty]:
        """Get building property by ID.

        `GET /building_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.BuildingProperty`.

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
            _op.get_building_property,
            "building_properties.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.BuildingProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.BuildingProperty]:
        """Add a new building property.

        `POST /building_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.BuildingProperty`.

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
            _op.create_building_property,
            "building_properties.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a building property.

        `DELETE /building_properties/{item_id}`

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
            _op.delete_building_property,
            "building_properties.delete",
            (id,),
            kwargs,
            query,
        )


class BuildingPropertyData(Resource):
    """`/building_property_data/` (`api_client.building_property_data`)."""

    path = "/building_property_data/"
    entry_point_name = "building_property_data"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_building_property_data,),
        "getone": (_op.get_building_property_data,),
        "create": (_op.create_building_property_data,),
        "update": (_op.update_building_property_data,),
        "delete": (_op.delete_building_property_data,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        building_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.BuildingPropertyData]]:
        """List building property data.

        `GET /building_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            building_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.BuildingPropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if building_property_id is not None:
            kwargs["building_property_id"] = (
                building_property_id
                if type(building_property_id) is int
                else _p.integer(building_property_id, "building_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "building_property_data.getall",
                filters,
                (
                    "building_id",
                    "building_property_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_building_property_data,
            "building_property_data.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.BuildingPropertyData]:
        """Get building property data by ID.

        `GET /building_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.BuildingPropertyData`.

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
            _op.get_building_property_data,
            "building_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.BuildingPropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.BuildingPropertyData]:
        """Add a new building property data.

        `POST /building_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.BuildingPropertyData`.

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
            _op.create_building_property_data,
            "building_property_data.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.BuildingPropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.BuildingPropertyData]:
        """Update an existing building property data.

        `PUT /building_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.BuildingPropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("building_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_building_property_data,
            "building_property_data.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a building property data.

        `DELETE /building_property_data/{item_id}`

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
            raise _p.missing_etag("building_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_building_property_data,
            "building_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncBuildingPropertyData(AsyncResource):
    """`/building_property_data/` (`api_client.building_property_data`), awaitable."""

    path = "/building_property_data/"
    entry_point_name = "building_property_data"
    calls = BuildingPropertyData.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        building_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.BuildingPropertyData]]:
        """List building property data.

        `GET /building_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            building_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.BuildingPropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if building_property_id is not None:
            kwargs["building_property_id"] = (
                building_property_id
                if type(building_property_id) is int
                else _p.integer(building_property_id, "building_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "building_property_data.getall",
                filters,
                (
                    "building_id",
                    "building_property_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_building_property_data,
            "building_property_data.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.BuildingPropertyData]:
        """Get building property data by ID.

        `GET /building_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.BuildingPropertyData`.

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
            _op.get_building_property_data,
            "building_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.BuildingPropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.BuildingPropertyData]:
        """Add a new building property data.

        `POST /building_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.BuildingPropertyData`.

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
            _op.create_building_property_data,
            "building_property_data.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.BuildingPropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.BuildingPropertyData]:
        """Update an existing building property data.

        `PUT /building_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.BuildingPropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("building_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_building_property_data,
            "building_property_data.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a building property data.

        `DELETE /building_property_data/{item_id}`

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
            raise _p.missing_etag("building_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_building_property_data,
            "building_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class Buildings(Resource):
    """`/buildings/` (`api_client.buildings`)."""

    path = "/buildings/"
    entry_point_name = "buildings"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_buildings,),
        "getone": (_op.get_building,),
        "create": (_op.create_building,),
        "update": (_op.update_building,),
        "delete": (_op.delete_building,),
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
        site_id: int | None = None,
        ifc_id: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Building]]:
        """List buildings.

        `GET /buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            site_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Building]`.

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
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if ifc_id is not None:
            kwargs["ifc_id"] = ifc_id
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "buildings.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                    "site_id",
                    "ifc_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client, _op.list_buildings, "buildings.getall", (), kwargs, query
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Building]:
        """Get building by ID.

        `GET /buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Building`.

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
            self._client, _op.get_building, "buildings.getone", (id,), kwargs, query
        )

    def create(
        self, payload: m.Building | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Building]:
        """Add a new building.

        `POST /buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Building`.

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
            self._client, _op.create_building, "buildings.create", (), kwargs, query
        )

    def update(
        self,
        id: int,
        payload: m.BuildingPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Building]:
        """Update an existing building.

        `PUT /buildings/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Building`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("buildings.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.update_building, "buildings.update", (id,), kwargs, query
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a building.

        `DELETE /buildings/{item_id}`

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
            raise _p.missing_etag("buildings.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.delete_building, "buildings.delete", (id,), kwargs, query
        )


class AsyncBuildings(AsyncResource):
    """`/buildings/` (`api_client.buildings`), awaitable."""

    path = "/buildings/"
    entry_point_name = "buildings"
    calls = Buildings.calls

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
        site_id: int | None = None,
        ifc_id: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Building]]:
        """List buildings.

        `GET /buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            site_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Building]`.

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
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if ifc_id is not None:
            kwargs["ifc_id"] = ifc_id
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "buildings.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                    "site_id",
                    "ifc_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_buildings, "buildings.getall", (), kwargs, query
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Building]:
        """Get building by ID.

        `GET /buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Building`.

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
            self._client, _op.get_building, "buildings.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.Building | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Building]:
        """Add a new building.

        `POST /buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Building`.

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
            self._client, _op.create_building, "buildings.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.BuildingPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Building]:
        """Update an existing building.

        `PUT /buildings/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Building`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("buildings.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.update_building, "buildings.update", (id,), kwargs, query
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a building.

        `DELETE /buildings/{item_id}`

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
            raise _p.missing_etag("buildings.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.delete_building, "buildings.delete", (id,), kwargs, query
        )


class CampaignScopes(Resource):
    """`/campaign_scopes/` (`api_client.campaign_scopes`)."""

    path = "/campaign_scopes/"
    entry_point_name = "campaign_scopes"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_campaign_scopes,),
        "getone": (_op.get_campaign_scope,),
        "create": (_op.create_campaign_scope,),
        "update": (_op.update_campaign_scope,),
        "delete": (_op.delete_campaign_scope,),
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
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.CampaignScope]]:
        """List campaign scopes.

        `GET /campaign_scopes/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.CampaignScope]`.

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
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "campaign_scopes.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_campaign_scopes,
            "campaign_scopes.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.CampaignScope]:
        """Get campaign scope by ID.

        `GET /campaign_scopes/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.CampaignScope`.

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
            _op.get_campaign_scope,
            "campaign_scopes.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.CampaignScope | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.CampaignScope]:
        """Add a new campaign scope.

        `POST /campaign_scopes/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.CampaignScope`.

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
            _op.create_campaign_scope,
            "campaign_scopes.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.CampaignScopePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.CampaignScope]:
        """Update an existing campaign scope.

        `PUT /campaign_scopes/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.CampaignScope`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("campaign_scopes.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_campaign_scope,
            "campaign_scopes.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a campaign scope.

        `DELETE /campaign_scopes/{item_id}`

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
            raise _p.missing_etag("campaign_scopes.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_campaign_scope,
            "campaign_scopes.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncCampaignScopes(AsyncResource):
    """`/campaign_scopes/` (`api_client.campaign_scopes`), awaitable."""

    path = "/campaign_scopes/"
    entry_point_name = "campaign_scopes"
    calls = CampaignScopes.calls

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
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.CampaignScope]]:
        """List campaign scopes.

        `GET /campaign_scopes/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.CampaignScope]`.

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
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "campaign_scopes.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_campaign_scopes,
            "campaign_scopes.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.CampaignScope]:
        """Get campaign scope by ID.

        `GET /campaign_scopes/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.CampaignScope`.

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
            _op.get_campaign_scope,
            "campaign_scopes.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.CampaignScope | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.CampaignScope]:
        """Add a new campaign scope.

        `POST /campaign_scopes/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.CampaignScope`.

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
            _op.create_campaign_scope,
            "campaign_scopes.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.CampaignScopePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.CampaignScope]:
        """Update an existing campaign scope.

        `PUT /campaign_scopes/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.CampaignScope`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("campaign_scopes.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_campaign_scope,
            "campaign_scopes.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a campaign scope.

        `DELETE /campaign_scopes/{item_id}`

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
            raise _p.missing_etag("campaign_scopes.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_campaign_scope,
            "campaign_scopes.delete",
            (id,),
            kwargs,
            query,
        )


class Campaigns(Resource):
    """`/campaigns/` (`api_client.campaigns`)."""

    path = "/campaigns/"
    entry_point_name = "campaigns"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_campaigns,),
        "getone": (_op.get_campaign,),
        "create": (_op.create_campaign,),
        "update": (_op.update_campaign,),
        "delete": (_op.delete_campaign,),
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
        in_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Campaign]]:
        """List campaigns.

        `GET /campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            in_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Campaign]`.

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
        if in_name is not None:
            kwargs["in_name"] = in_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "campaigns.getall",
                filters,
                (
                    "sort",
                    "name",
                    "in_name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client, _op.list_campaigns, "campaigns.getall", (), kwargs, query
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Campaign]:
        """Get campaign by ID.

        `GET /campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Campaign`.

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
            self._client, _op.get_campaign, "campaigns.getone", (id,), kwargs, query
        )

    def create(
        self, payload: m.Campaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Campaign]:
        """Add a new campaign.

        `POST /campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Campaign`.

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
            self._client, _op.create_campaign, "campaigns.create", (), kwargs, query
        )

    def update(
        self,
        id: int,
        payload: m.Campaign | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Campaign]:
        """Update an existing campaign.

        `PUT /campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Campaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("campaigns.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.update_campaign, "campaigns.update", (id,), kwargs, query
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a campaign.

        `DELETE /campaigns/{item_id}`

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
            raise _p.missing_etag("campaigns.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.delete_campaign, "campaigns.delete", (id,), kwargs, query
        )


class AsyncCampaigns(AsyncResource):
    """`/campaigns/` (`api_client.campaigns`), awaitable."""

    path = "/campaigns/"
    entry_point_name = "campaigns"
    calls = Campaigns.calls

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
        in_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Campaign]]:
        """List campaigns.

        `GET /campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            in_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Campaign]`.

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
        if in_name is not None:
            kwargs["in_name"] = in_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "campaigns.getall",
                filters,
                (
                    "sort",
                    "name",
                    "in_name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_campaigns, "campaigns.getall", (), kwargs, query
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Campaign]:
        """Get campaign by ID.

        `GET /campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Campaign`.

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
            self._client, _op.get_campaign, "campaigns.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.Campaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Campaign]:
        """Add a new campaign.

        `POST /campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Campaign`.

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
            self._client, _op.create_campaign, "campaigns.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.Campaign | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Campaign]:
        """Update an existing campaign.

        `PUT /campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Campaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("campaigns.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.update_campaign, "campaigns.update", (id,), kwargs, query
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a campaign.

        `DELETE /campaigns/{item_id}`

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
            raise _p.missing_etag("campaigns.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.delete_campaign, "campaigns.delete", (id,), kwargs, query
        )


class Energies(Resource):
    """`/energies/` (`api_client.energies`)."""

    path = "/energies/"
    entry_point_name = "energies"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energies,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.Energy]]:
        """List energies.

        `GET /energies/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Energy]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "energies.getall", filters, ()
            )
            if filters
            else None
        )
        return send(
            self._client, _op.list_energies, "energies.getall", (), kwargs, query
        )


class AsyncEnergies(AsyncResource):
    """`/energies/` (`api_client.energies`), awaitable."""

    path = "/energies/"
    entry_point_name = "energies"
    calls = Energies.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.Energy]]:
        """List energies.

        `GET /energies/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Energy]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "energies.getall", filters, ()
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_energies, "energies.getall", (), kwargs, query
        )


class EnergyConsumptionTimeseriesByBuildings(Resource):
    """`/energy_consumption_timeseries_by_buildings/` (`api_client.energy_cons_ts_by_buildings`)."""

    path = "/energy_consumption_timeseries_by_buildings/"
    entry_point_name = "energy_cons_ts_by_buildings"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_consumption_timeseries_by_buildings,),
        "getone": (_op.get_energy_consumption_timeseries_by_building,),
        "create": (_op.create_energy_consumption_timeseries_by_building,),
        "update": (_op.update_energy_consumption_timeseries_by_building,),
        "delete": (_op.delete_energy_consumption_timeseries_by_building,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        energy_id: int | None = None,
        end_use_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyConsumptionTimeseriesByBuilding]]:
        """List energy consumption timeseries x building associations.

        `GET /energy_consumption_timeseries_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            energy_id: filter, `int`
            end_use_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyConsumptionTimeseriesByBuilding]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if end_use_id is not None:
            kwargs["end_use_id"] = (
                end_use_id
                if type(end_use_id) is int
                else _p.integer(end_use_id, "end_use_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_cons_ts_by_buildings.getall",
                filters,
                (
                    "building_id",
                    "energy_id",
                    "end_use_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_consumption_timeseries_by_buildings,
            "energy_cons_ts_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Get energy consumption timeseries x building association by ID.

        `GET /energy_consumption_timeseries_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesByBuilding`.

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
            _op.get_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EnergyConsumptionTimeseriesByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Add a new energy consumption timeseries x building association.

        `POST /energy_consumption_timeseries_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesByBuilding`.

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
            _op.create_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.EnergyConsumptionTimeseriesByBuilding | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Update an existing energy consumption timeseries x building association.

        `PUT /energy_consumption_timeseries_by_buildings/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_cons_ts_by_buildings.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy consumption timeseries x building association.

        `DELETE /energy_consumption_timeseries_by_buildings/{item_id}`

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
            raise _p.missing_etag("energy_cons_ts_by_buildings.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEnergyConsumptionTimeseriesByBuildings(AsyncResource):
    """`/energy_consumption_timeseries_by_buildings/` (`api_client.energy_cons_ts_by_buildings`), awaitable."""

    path = "/energy_consumption_timeseries_by_buildings/"
    entry_point_name = "energy_cons_ts_by_buildings"
    calls = EnergyConsumptionTimeseriesByBuildings.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        energy_id: int | None = None,
        end_use_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyConsumptionTimeseriesByBuilding]]:
        """List energy consumption timeseries x building associations.

        `GET /energy_consumption_timeseries_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            energy_id: filter, `int`
            end_use_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyConsumptionTimeseriesByBuilding]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if end_use_id is not None:
            kwargs["end_use_id"] = (
                end_use_id
                if type(end_use_id) is int
                else _p.integer(end_use_id, "end_use_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_cons_ts_by_buildings.getall",
                filters,
                (
                    "building_id",
                    "energy_id",
                    "end_use_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_consumption_timeseries_by_buildings,
            "energy_cons_ts_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Get energy consumption timeseries x building association by ID.

        `GET /energy_consumption_timeseries_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesByBuilding`.

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
            _op.get_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EnergyConsumptionTimeseriesByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Add a new energy consumption timeseries x building association.

        `POST /energy_consumption_timeseries_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesByBuilding`.

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
            _op.create_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.EnergyConsumptionTimeseriesByBuilding | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Update an existing energy consumption timeseries x building association.

        `PUT /energy_consumption_timeseries_by_buildings/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_cons_ts_by_buildings.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy consumption timeseries x building association.

        `DELETE /energy_consumption_timeseries_by_buildings/{item_id}`

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
            raise _p.missing_etag("energy_cons_ts_by_buildings.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )


class EnergyConsumptionTimeseriesBySites(Resource):
    """`/energy_consumption_timeseries_by_sites/` (`api_client.energy_cons_ts_by_sites`)."""

    path = "/energy_consumption_timeseries_by_sites/"
    entry_point_name = "energy_cons_ts_by_sites"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_consumption_timeseries_by_sites,),
        "getone": (_op.get_energy_consumption_timeseries_by_site,),
        "create": (_op.create_energy_consumption_timeseries_by_site,),
        "update": (_op.update_energy_consumption_timeseries_by_site,),
        "delete": (_op.delete_energy_consumption_timeseries_by_site,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        energy_id: int | None = None,
        end_use_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyConsumptionTimeseriesBySite]]:
        """List energy consumption timeseries x site associations.

        `GET /energy_consumption_timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            energy_id: filter, `int`
            end_use_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyConsumptionTimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if end_use_id is not None:
            kwargs["end_use_id"] = (
                end_use_id
                if type(end_use_id) is int
                else _p.integer(end_use_id, "end_use_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_cons_ts_by_sites.getall",
                filters,
                (
                    "site_id",
                    "energy_id",
                    "end_use_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_consumption_timeseries_by_sites,
            "energy_cons_ts_by_sites.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesBySite]:
        """Get energy consumption timeseries x site association by ID.

        `GET /energy_consumption_timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesBySite`.

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
            _op.get_energy_consumption_timeseries_by_site,
            "energy_cons_ts_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EnergyConsumptionTimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesBySite]:
        """Add a new energy consumption timeseries x site association.

        `POST /energy_consumption_timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesBySite`.

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
            _op.create_energy_consumption_timeseries_by_site,
            "energy_cons_ts_by_sites.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.EnergyConsumptionTimeseriesBySite | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesBySite]:
        """Update an existing energy consumption timeseries x site association.

        `PUT /energy_consumption_timeseries_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_cons_ts_by_sites.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_energy_consumption_timeseries_by_site,
            "energy_cons_ts_by_sites.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy consumption timeseries x site association.

        `DELETE /energy_consumption_timeseries_by_sites/{item_id}`

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
            raise _p.missing_etag("energy_cons_ts_by_sites.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_energy_consumption_timeseries_by_site,
            "energy_cons_ts_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEnergyConsumptionTimeseriesBySites(AsyncResource):
    """`/energy_consumption_timeseries_by_sites/` (`api_client.energy_cons_ts_by_sites`), awaitable."""

    path = "/energy_consumption_timeseries_by_sites/"
    entry_point_name = "energy_cons_ts_by_sites"
    calls = EnergyConsumptionTimeseriesBySites.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        energy_id: int | None = None,
        end_use_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyConsumptionTimeseriesBySite]]:
        """List energy consumption timeseries x site associations.

        `GET /energy_consumption_timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            energy_id: filter, `int`
            end_use_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyConsumptionTimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if end_use_id is not None:
            kwargs["end_use_id"] = (
                end_use_id
                if type(end_use_id) is int
                else _p.integer(end_use_id, "end_use_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_cons_ts_by_sites.getall",
                filters,
                (
                    "site_id",
                    "energy_id",
                    "end_use_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_consumption_timeseries_by_sites,
            "energy_cons_ts_by_sites.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesBySite]:
        """Get energy consumption timeseries x site association by ID.

        `GET /energy_consumption_timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesBySite`.

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
            _op.get_energy_consumption_timeseries_by_site,
            "energy_cons_ts_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EnergyConsumptionTimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesBySite]:
        """Add a new energy consumption timeseries x site association.

        `POST /energy_consumption_timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesBySite`.

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
            _op.create_energy_consumption_timeseries_by_site,
            "energy_cons_ts_by_sites.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.EnergyConsumptionTimeseriesBySite | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesBySite]:
        """Update an existing energy consumption timeseries x site association.

        `PUT /energy_consumption_timeseries_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EnergyConsumptionTimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_cons_ts_by_sites.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_energy_consumption_timeseries_by_site,
            "energy_cons_ts_by_sites.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy consumption timeseries x site association.

        `DELETE /energy_consumption_timeseries_by_sites/{item_id}`

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
            raise _p.missing_etag("energy_cons_ts_by_sites.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_energy_consumption_timeseries_by_site,
            "energy_cons_ts_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class EnergyEndUses(Resource):
    """`/energy_end_uses/` (`api_client.energy_end_uses`)."""

    path = "/energy_end_uses/"
    entry_point_name = "energy_end_uses"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_end_uses,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.EnergyEndUse]]:
        """List energy end uses.

        `GET /energy_end_uses/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyEndUse]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "energy_end_uses.getall", filters, ()
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_end_uses,
            "energy_end_uses.getall",
            (),
            kwargs,
            query,
        )


class AsyncEnergyEndUses(AsyncResource):
    """`/energy_end_uses/` (`api_client.energy_end_uses`), awaitable."""

    path = "/energy_end_uses/"
    entry_point_name = "energy_end_uses"
    calls = EnergyEndUses.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.EnergyEndUse]]:
        """List energy end uses.

        `GET /energy_end_uses/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyEndUse]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "energy_end_uses.getall", filters, ()
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_end_uses,
            "energy_end_uses.getall",
            (),
            kwargs,
            query,
        )


class EnergyProductionTechnologies(Resource):
    """`/energy_production_technologies/` (`api_client.energy_prod_technologies`)."""

    path = "/energy_production_technologies/"
    entry_point_name = "energy_prod_technologies"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_production_technologies,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.EnergyProductionTechnology]]:
        """List energy production technologies.

        `GET /energy_production_technologies/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyProductionTechnology]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_prod_technologies.getall",
                filters,
                (),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_production_technologies,
            "energy_prod_technologies.getall",
            (),
            kwargs,
            query,
        )


class AsyncEnergyProductionTechnologies(AsyncResource):
    """`/energy_production_technologies/` (`api_client.energy_prod_technologies`), awaitable."""

    path = "/energy_production_technologies/"
    entry_point_name = "energy_prod_technologies"
    calls = EnergyProductionTechnologies.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.EnergyProductionTechnology]]:
        """List energy production technologies.

        `GET /energy_production_technologies/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyProductionTechnology]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_prod_technologies.getall",
                filters,
                (),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_production_technologies,
            "energy_prod_technologies.getall",
            (),
            kwargs,
            query,
        )


class EnergyProductionTimeseriesByBuildings(Resource):
    """`/energy_production_timeseries_by_buildings/` (`api_client.energy_prod_ts_by_buildings`)."""

    path = "/energy_production_timeseries_by_buildings/"
    entry_point_name = "energy_prod_ts_by_buildings"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_production_timeseries_by_buildings,),
        "getone": (_op.get_energy_production_timeseries_by_building,),
        "create": (_op.create_energy_production_timeseries_by_building,),
        "update": (_op.update_energy_production_timeseries_by_building,),
        "delete": (_op.delete_energy_production_timeseries_by_building,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        energy_id: int | None = None,
        prod_tech_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyProductionTimeseriesByBuilding]]:
        """List energy production timeseries x building associations.

        `GET /energy_production_timeseries_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            energy_id: filter, `int`
            prod_tech_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyProductionTimeseriesByBuilding]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if prod_tech_id is not None:
            kwargs["prod_tech_id"] = (
                prod_tech_id
                if type(prod_tech_id) is int
                else _p.integer(prod_tech_id, "prod_tech_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_prod_ts_by_buildings.getall",
                filters,
                (
                    "building_id",
                    "energy_id",
                    "prod_tech_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_production_timeseries_by_buildings,
            "energy_prod_ts_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesByBuilding]:
        """Get energy production timeseries x building association by ID.

        `GET /energy_production_timeseries_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesByBuilding`.

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
            _op.get_energy_production_timeseries_by_building,
            "energy_prod_ts_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EnergyProductionTimeseriesByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesByBuilding]:
        """Add a new energy production timeseries x building association.

        `POST /energy_production_timeseries_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesByBuilding`.

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
            _op.create_energy_production_timeseries_by_building,
            "energy_prod_ts_by_buildings.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.EnergyProductionTimeseriesByBuilding | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesByBuilding]:
        """Update an existing energy production timeseries x building association.

        `PUT /energy_production_timeseries_by_buildings/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_prod_ts_by_buildings.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_energy_production_timeseries_by_building,
            "energy_prod_ts_by_buildings.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy production timeseries x building association.

        `DELETE /energy_production_timeseries_by_buildings/{item_id}`

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
            raise _p.missing_etag("energy_prod_ts_by_buildings.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_energy_production_timeseries_by_building,
            "energy_prod_ts_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEnergyProductionTimeseriesByBuildings(AsyncResource):
    """`/energy_production_timeseries_by_buildings/` (`api_client.energy_prod_ts_by_buildings`), awaitable."""

    path = "/energy_production_timeseries_by_buildings/"
    entry_point_name = "energy_prod_ts_by_buildings"
    calls = EnergyProductionTimeseriesByBuildings.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        energy_id: int | None = None,
        prod_tech_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyProductionTimeseriesByBuilding]]:
        """List energy production timeseries x building associations.

        `GET /energy_production_timeseries_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            energy_id: filter, `int`
            prod_tech_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyProductionTimeseriesByBuilding]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if prod_tech_id is not None:
            kwargs["prod_tech_id"] = (
                prod_tech_id
                if type(prod_tech_id) is int
                else _p.integer(prod_tech_id, "prod_tech_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_prod_ts_by_buildings.getall",
                filters,
                (
                    "building_id",
                    "energy_id",
                    "prod_tech_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_production_timeseries_by_buildings,
            "energy_prod_ts_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesByBuilding]:
        """Get energy production timeseries x building association by ID.

        `GET /energy_production_timeseries_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesByBuilding`.

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
            _op.get_energy_production_timeseries_by_building,
            "energy_prod_ts_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EnergyProductionTimeseriesByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesByBuilding]:
        """Add a new energy production timeseries x building association.

        `POST /energy_production_timeseries_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesByBuilding`.

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
            _op.create_energy_production_timeseries_by_building,
            "energy_prod_ts_by_buildings.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.EnergyProductionTimeseriesByBuilding | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesByBuilding]:
        """Update an existing energy production timeseries x building association.

        `PUT /energy_production_timeseries_by_buildings/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_prod_ts_by_buildings.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_energy_production_timeseries_by_building,
            "energy_prod_ts_by_buildings.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy production timeseries x building association.

        `DELETE /energy_production_timeseries_by_buildings/{item_id}`

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
            raise _p.missing_etag("energy_prod_ts_by_buildings.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_energy_production_timeseries_by_building,
            "energy_prod_ts_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )


class EnergyProductionTimeseriesBySites(Resource):
    """`/energy_production_timeseries_by_sites/` (`api_client.energy_prod_ts_by_sites`)."""

    path = "/energy_production_timeseries_by_sites/"
    entry_point_name = "energy_prod_ts_by_sites"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_production_timeseries_by_sites,),
        "getone": (_op.get_energy_production_timeseries_by_site,),
        "create": (_op.create_energy_production_timeseries_by_site,),
        "update": (_op.update_energy_production_timeseries_by_site,),
        "delete": (_op.delete_energy_production_timeseries_by_site,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        energy_id: int | None = None,
        prod_tech_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyProductionTimeseriesBySite]]:
        """List energy production timeseries x site associations.

        `GET /energy_production_timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            energy_id: filter, `int`
            prod_tech_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyProductionTimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if prod_tech_id is not None:
            kwargs["prod_tech_id"] = (
                prod_tech_id
                if type(prod_tech_id) is int
                else _p.integer(prod_tech_id, "prod_tech_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_prod_ts_by_sites.getall",
                filters,
                (
                    "site_id",
                    "energy_id",
                    "prod_tech_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_production_timeseries_by_sites,
            "energy_prod_ts_by_sites.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Get energy production timeseries x site association by ID.

        `GET /energy_production_timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesBySite`.

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
            _op.get_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EnergyProductionTimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Add a new energy production timeseries x site association.

        `POST /energy_production_timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesBySite`.

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
            _op.create_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.EnergyProductionTimeseriesBySite | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Update an existing energy production timeseries x site association.

        `PUT /energy_production_timeseries_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_prod_ts_by_sites.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy production timeseries x site association.

        `DELETE /energy_production_timeseries_by_sites/{item_id}`

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
            raise _p.missing_etag("energy_prod_ts_by_sites.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEnergyProductionTimeseriesBySites(AsyncResource):
    """`/energy_production_timeseries_by_sites/` (`api_client.energy_prod_ts_by_sites`), awaitable."""

    path = "/energy_production_timeseries_by_sites/"
    entry_point_name = "energy_prod_ts_by_sites"
    calls = EnergyProductionTimeseriesBySites.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        energy_id: int | None = None,
        prod_tech_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyProductionTimeseriesBySite]]:
        """List energy production timeseries x site associations.

        `GET /energy_production_timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            energy_id: filter, `int`
            prod_tech_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EnergyProductionTimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if prod_tech_id is not None:
            kwargs["prod_tech_id"] = (
                prod_tech_id
                if type(prod_tech_id) is int
                else _p.integer(prod_tech_id, "prod_tech_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_prod_ts_by_sites.getall",
                filters,
                (
                    "site_id",
                    "energy_id",
                    "prod_tech_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_production_timeseries_by_sites,
            "energy_prod_ts_by_sites.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Get energy production timeseries x site association by ID.

        `GET /energy_production_timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesBySite`.

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
            _op.get_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EnergyProductionTimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Add a new energy production timeseries x site association.

        `POST /energy_production_timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesBySite`.

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
            _op.create_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.EnergyProductionTimeseriesBySite | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Update an existing energy production timeseries x site association.

        `PUT /energy_production_timeseries_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EnergyProductionTimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_prod_ts_by_sites.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy production timeseries x site association.

        `DELETE /energy_production_timeseries_by_sites/{item_id}`

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
            raise _p.missing_etag("energy_prod_ts_by_sites.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class EventByBuildings(Resource):
    """`/events_by_buildings/` (`api_client.event_by_buildings`)."""

    path = "/events_by_buildings/"
    entry_point_name = "event_by_buildings"
    #: The generated operation each method calls.
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
            `.parsed` is `list[m.EventByBuilding]`.

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
            page_size: `int`
            building_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
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
            `.parsed` is `m.EventByBuilding`.

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
            `.parsed` is `m.EventByBuilding`.

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
            `.parsed` is `list[m.EventByBuilding]`.

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
            page_size: `int`
            building_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
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
            `.parsed` is `m.EventByBuilding`.

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
            `.parsed` is `m.EventByBuilding`.

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


class EventBySites(Resource):
    """`/events_by_sites/` (`api_client.event_by_sites`)."""

    path = "/events_by_sites/"
    entry_point_name = "event_by_sites"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_events_by_sites,),
        "iter_all": (_op.list_events_by_sites,),
        "getone": (_op.get_event_by_site,),
        "create": (_op.create_event_by_site,),
        "delete": (_op.delete_event_by_site,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventBySite]]:
        """List event x site associations.

        `GET /events_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
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
                "event_by_sites.getall",
                filters,
                (
                    "site_id",
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
            _op.list_events_by_sites,
            "event_by_sites.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        site_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.EventBySite]:
        """List event x site associations.

        `GET /events_by_sites/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            site_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
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
                "event_by_sites.iter_all",
                filters,
                (
                    "site_id",
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
            _op.list_events_by_sites,
            "event_by_sites.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventBySite]:
        """Get event x site association by ID.

        `GET /events_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventBySite`.

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
            _op.get_event_by_site,
            "event_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EventBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventBySite]:
        """Add a new event x site association.

        `POST /events_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventBySite`.

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
            _op.create_event_by_site,
            "event_by_sites.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x site association.

        `DELETE /events_by_sites/{item_id}`

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
            _op.delete_event_by_site,
            "event_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEventBySites(AsyncResource):
    """`/events_by_sites/` (`api_client.event_by_sites`), awaitable."""

    path = "/events_by_sites/"
    entry_point_name = "event_by_sites"
    calls = EventBySites.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventBySite]]:
        """List event x site associations.

        `GET /events_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
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
                "event_by_sites.getall",
                filters,
                (
                    "site_id",
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
            _op.list_events_by_sites,
            "event_by_sites.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        site_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.EventBySite]:
        """List event x site associations.

        `GET /events_by_sites/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            site_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
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
                "event_by_sites.iter_all",
                filters,
                (
                    "site_id",
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
            _op.list_events_by_sites,
            "event_by_sites.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventBySite]:
        """Get event x site association by ID.

        `GET /events_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventBySite`.

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
            _op.get_event_by_site,
            "event_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EventBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventBySite]:
        """Add a new event x site association.

        `POST /events_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventBySite`.

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
            _op.create_event_by_site,
            "event_by_sites.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x site association.

        `DELETE /events_by_sites/{item_id}`

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
            _op.delete_event_by_site,
            "event_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class EventBySpaces(Resource):
    """`/events_by_spaces/` (`api_client.event_by_spaces`)."""

    path = "/events_by_spaces/"
    entry_point_name = "event_by_spaces"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_events_by_spaces,),
        "iter_all": (_op.list_events_by_spaces,),
        "getone": (_op.get_event_by_space,),
        "create": (_op.create_event_by_space,),
        "delete": (_op.delete_event_by_space,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        space_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventBySpace]]:
        """List event x space associations.

        `GET /events_by_spaces/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            space_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventBySpace]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
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
                "event_by_spaces.getall",
                filters,
                (
                    "space_id",
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
            _op.list_events_by_spaces,
            "event_by_spaces.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        space_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.EventBySpace]:
        """List event x space associations.

        `GET /events_by_spaces/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            space_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventBySpace`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
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
                "event_by_spaces.iter_all",
                filters,
                (
                    "space_id",
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
            _op.list_events_by_spaces,
            "event_by_spaces.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventBySpace]:
        """Get event x space association by ID.

        `GET /events_by_spaces/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventBySpace`.

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
            _op.get_event_by_space,
            "event_by_spaces.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EventBySpace | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventBySpace]:
        """Add a new event x space association.

        `POST /events_by_spaces/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventBySpace`.

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
            _op.create_event_by_space,
            "event_by_spaces.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x space association.

        `DELETE /events_by_spaces/{item_id}`

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
            _op.delete_event_by_space,
            "event_by_spaces.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEventBySpaces(AsyncResource):
    """`/events_by_spaces/` (`api_client.event_by_spaces`), awaitable."""

    path = "/events_by_spaces/"
    entry_point_name = "event_by_spaces"
    calls = EventBySpaces.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        space_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventBySpace]]:
        """List event x space associations.

        `GET /events_by_spaces/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            space_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventBySpace]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
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
                "event_by_spaces.getall",
                filters,
                (
                    "space_id",
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
            _op.list_events_by_spaces,
            "event_by_spaces.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        space_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.EventBySpace]:
        """List event x space associations.

        `GET /events_by_spaces/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            space_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventBySpace`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
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
                "event_by_spaces.iter_all",
                filters,
                (
                    "space_id",
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
            _op.list_events_by_spaces,
            "event_by_spaces.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventBySpace]:
        """Get event x space association by ID.

        `GET /events_by_spaces/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventBySpace`.

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
            _op.get_event_by_space,
            "event_by_spaces.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EventBySpace | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventBySpace]:
        """Add a new event x space association.

        `POST /events_by_spaces/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventBySpace`.

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
            _op.create_event_by_space,
            "event_by_spaces.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x space association.

        `DELETE /events_by_spaces/{item_id}`

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
            _op.delete_event_by_space,
            "event_by_spaces.delete",
            (id,),
            kwargs,
            query,
        )


class EventByStoreys(Resource):
    """`/events_by_storeys/` (`api_client.event_by_storeys`)."""

    path = "/events_by_storeys/"
    entry_point_name = "event_by_storeys"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_events_by_storeys,),
        "iter_all": (_op.list_events_by_storeys,),
        "getone": (_op.get_event_by_storey,),
        "create": (_op.create_event_by_storey,),
        "delete": (_op.delete_event_by_storey,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        storey_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventByStorey]]:
        """List event x storey associations.

        `GET /events_by_storeys/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            storey_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventByStorey]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
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
                "event_by_storeys.getall",
                filters,
                (
                    "storey_id",
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
            _op.list_events_by_storeys,
            "event_by_storeys.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        storey_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.EventByStorey]:
        """List event x storey associations.

        `GET /events_by_storeys/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            storey_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventByStorey`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
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
                "event_by_storeys.iter_all",
                filters,
                (
                    "storey_id",
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
            _op.list_events_by_storeys,
            "event_by_storeys.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventByStorey]:
        """Get event x storey association by ID.

        `GET /events_by_storeys/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventByStorey`.

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
            _op.get_event_by_storey,
            "event_by_storeys.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EventByStorey | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventByStorey]:
        """Add a new event x storey association.

        `POST /events_by_storeys/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventByStorey`.

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
            _op.create_event_by_storey,
            "event_by_storeys.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x storey association.

        `DELETE /events_by_storeys/{item_id}`

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
            _op.delete_event_by_storey,
            "event_by_storeys.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEventByStoreys(AsyncResource):
    """`/events_by_storeys/` (`api_client.event_by_storeys`), awaitable."""

    path = "/events_by_storeys/"
    entry_point_name = "event_by_storeys"
    calls = EventByStoreys.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        storey_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventByStorey]]:
        """List event x storey associations.

        `GET /events_by_storeys/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            storey_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventByStorey]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
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
                "event_by_storeys.getall",
                filters,
                (
                    "storey_id",
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
            _op.list_events_by_storeys,
            "event_by_storeys.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        storey_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.EventByStorey]:
        """List event x storey associations.

        `GET /events_by_storeys/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            storey_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventByStorey`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
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
                "event_by_storeys.iter_all",
                filters,
                (
                    "storey_id",
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
            _op.list_events_by_storeys,
            "event_by_storeys.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventByStorey]:
        """Get event x storey association by ID.

        `GET /events_by_storeys/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventByStorey`.

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
            _op.get_event_by_storey,
            "event_by_storeys.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EventByStorey | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventByStorey]:
        """Add a new event x storey association.

        `POST /events_by_storeys/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventByStorey`.

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
            _op.create_event_by_storey,
            "event_by_storeys.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x storey association.

        `DELETE /events_by_storeys/{item_id}`

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
            _op.delete_event_by_storey,
            "event_by_storeys.delete",
            (id,),
            kwargs,
            query,
        )


class EventByZones(Resource):
    """`/events_by_zones/` (`api_client.event_by_zones`)."""

    path = "/events_by_zones/"
    entry_point_name = "event_by_zones"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_events_by_zones,),
        "iter_all": (_op.list_events_by_zones,),
        "getone": (_op.get_event_by_zone,),
        "create": (_op.create_event_by_zone,),
        "delete": (_op.delete_event_by_zone,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        zone_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventByZone]]:
        """List event x zone associations.

        `GET /events_by_zones/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            zone_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventByZone]`.

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
                "event_by_zones.getall",
                filters,
                (
                    "zone_id",
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
            _op.list_events_by_zones,
            "event_by_zones.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        zone_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.EventByZone]:
        """List event x zone associations.

        `GET /events_by_zones/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            zone_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventByZone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
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
                "event_by_zones.iter_all",
                filters,
                (
                    "zone_id",
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
            _op.list_events_by_zones,
            "event_by_zones.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventByZone]:
        """Get event x zone association by ID.

        `GET /events_by_zones/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventByZone`.

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
            _op.get_event_by_zone,
            "event_by_zones.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EventByZone | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventByZone]:
        """Add a new event x zone association.

        `POST /events_by_zones/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventByZone`.

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
            _op.create_event_by_zone,
            "event_by_zones.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x zone association.

        `DELETE /events_by_zones/{item_id}`

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
            _op.delete_event_by_zone,
            "event_by_zones.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEventByZones(AsyncResource):
    """`/events_by_zones/` (`api_client.event_by_zones`), awaitable."""

    path = "/events_by_zones/"
    entry_point_name = "event_by_zones"
    calls = EventByZones.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        zone_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EventByZone]]:
        """List event x zone associations.

        `GET /events_by_zones/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            zone_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventByZone]`.

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
                "event_by_zones.getall",
                filters,
                (
                    "zone_id",
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
            _op.list_events_by_zones,
            "event_by_zones.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        zone_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.EventByZone]:
        """List event x zone associations.

        `GET /events_by_zones/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            zone_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.EventByZone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
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
                "event_by_zones.iter_all",
                filters,
                (
                    "zone_id",
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
            _op.list_events_by_zones,
            "event_by_zones.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventByZone]:
        """Get event x zone association by ID.

        `GET /events_by_zones/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventByZone`.

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
            _op.get_event_by_zone,
            "event_by_zones.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EventByZone | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventByZone]:
        """Add a new event x zone association.

        `POST /events_by_zones/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventByZone`.

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
            _op.create_event_by_zone,
            "event_by_zones.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event x zone association.

        `DELETE /events_by_zones/{item_id}`

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
            _op.delete_event_by_zone,
            "event_by_zones.delete",
            (id,),
            kwargs,
            query,
        )


class EventCategories(Resource):
    """`/event_categories/` (`api_client.event_categories`)."""

    path = "/event_categories/"
    entry_point_name = "event_categories"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_event_categories,),
        "getone": (_op.get_event_category,),
        "create": (_op.create_event_category,),
        "update": (_op.update_event_category,),
        "delete": (_op.delete_event_category,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.EventCategory]]:
        """List event categories.

        `GET /event_categories/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventCategory]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "event_categories.getall", filters, ()
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_event_categories,
            "event_categories.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventCategory]:
        """Get an event category by its by ID.

        `GET /event_categories/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventCategory`.

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
            _op.get_event_category,
            "event_categories.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EventCategory | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventCategory]:
        """Add a new event category.

        `POST /event_categories/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventCategory`.

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
            _op.create_event_category,
            "event_categories.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.EventCategory | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EventCategory]:
        """Update an existing event category.

        `PUT /event_categories/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EventCategory`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("event_categories.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_event_category,
            "event_categories.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event category.

        `DELETE /event_categories/{item_id}`

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
            raise _p.missing_etag("event_categories.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_event_category,
            "event_categories.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEventCategories(AsyncResource):
    """`/event_categories/` (`api_client.event_categories`), awaitable."""

    path = "/event_categories/"
    entry_point_name = "event_categories"
    calls = EventCategories.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.EventCategory]]:
        """List event categories.

        `GET /event_categories/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.EventCategory]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "event_categories.getall", filters, ()
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_event_categories,
            "event_categories.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EventCategory]:
        """Get an event category by its by ID.

        `GET /event_categories/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.EventCategory`.

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
            _op.get_event_category,
            "event_categories.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EventCategory | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EventCategory]:
        """Add a new event category.

        `POST /event_categories/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.EventCategory`.

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
            _op.create_event_category,
            "event_categories.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.EventCategory | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EventCategory]:
        """Update an existing event category.

        `PUT /event_categories/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.EventCategory`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("event_categories.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_event_category,
            "event_categories.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event category.

        `DELETE /event_categories/{item_id}`

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
            raise _p.missing_etag("event_categories.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_event_category,
            "event_categories.delete",
            (id,),
            kwargs,
            query,
        )


class EventCategoriesByUsers(Resource):
    """`/event_categories_by_users/` (`api_client.event_categories_by_users`)."""

    path = "/event_categories_by_users/"
    entry_point_name = "event_categories_by_users"
    #: The generated operation each method calls.
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
            `.parsed` is `list[m.EventCategoryByUser]`.

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
            `.parsed` is `m.EventCategoryByUser`.

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
            `.parsed` is `m.EventCategoryByUser`.

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
            `.parsed` is `m.EventCategoryByUser`.

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
            `.parsed` is `list[m.EventCategoryByUser]`.

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
            `.parsed` is `m.EventCategoryByUser`.

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
            `.parsed` is `m.EventCategoryByUser`.

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
            `.parsed` is `m.EventCategoryByUser`.

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


class Events(Resource):
    """`/events/` (`api_client.events`)."""

    path = "/events/"
    entry_point_name = "events"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_events,),
        "iter_all": (_op.list_events,),
        "getone": (_op.get_event,),
        "create": (_op.create_event,),
        "update": (_op.update_event,),
        "delete": (_op.delete_event,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.ListEventsSortItem
        | list[m.ListEventsSortItem]
        | tuple[m.ListEventsSortItem, ...]
        | set[m.ListEventsSortItem]
        | None = None,
        campaign_id: int | None = None,
        campaign_scope_id: int | None = None,
        user_id: int | None = None,
        source: str | None = None,
        in_source: str | None = None,
        category_id: int | None = None,
        level: m.EventLevel | enums.EventLevel | None = None,
        level_min: m.EventLevel | enums.EventLevel | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        timeseries_id: int | None = None,
        site_id: int | None = None,
        recurse_site_id: int | None = None,
        building_id: int | None = None,
        recurse_building_id: int | None = None,
        storey_id: int | None = None,
        recurse_storey_id: int | None = None,
        space_id: int | None = None,
        zone_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Event]]:
        """List events.

        `GET /events/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.ListEventsSortItem | list[m.ListEventsSortItem] | tuple[m.ListEventsSortItem, ...] | set[m.ListEventsSortItem]`
            campaign_id: filter, `int`
            campaign_scope_id: filter, `int`
            user_id: filter, `int`
            source: filter, `str`
            in_source: filter, `str`
            category_id: filter, `int`
            level: filter, `m.EventLevel | enums.EventLevel`
            level_min: filter, `m.EventLevel | enums.EventLevel`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            timeseries_id: filter, `int`
            site_id: filter, `int`
            recurse_site_id: filter, `int`
            building_id: filter, `int`
            recurse_building_id: filter, `int`
            storey_id: filter, `int`
            recurse_storey_id: filter, `int`
            space_id: filter, `int`
            zone_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Event]`.

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
            kwargs["sort"] = _p.listed(sort, _LIST_EVENTS_SORT_ITEM, "sort")
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if source is not None:
            kwargs["source"] = source
        if in_source is not None:
            kwargs["in_source"] = in_source
        if category_id is not None:
            kwargs["category_id"] = (
                category_id
                if type(category_id) is int
                else _p.integer(category_id, "category_id")
            )
        if level is not None:
            kwargs["level"] = _p.choice(level, _EVENT_LEVEL, "level")
        if level_min is not None:
            kwargs["level_min"] = _p.choice(level_min, _EVENT_LEVEL, "level_min")
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if recurse_site_id is not None:
            kwargs["recurse_site_id"] = (
                recurse_site_id
                if type(recurse_site_id) is int
                else _p.integer(recurse_site_id, "recurse_site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if recurse_building_id is not None:
            kwargs["recurse_building_id"] = (
                recurse_building_id
                if type(recurse_building_id) is int
                else _p.integer(recurse_building_id, "recurse_building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if recurse_storey_id is not None:
            kwargs["recurse_storey_id"] = (
                recurse_storey_id
                if type(recurse_storey_id) is int
                else _p.integer(recurse_storey_id, "recurse_storey_id")
            )
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
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
                "events.getall",
                filters,
                (
                    "sort",
                    "campaign_id",
                    "campaign_scope_id",
                    "user_id",
                    "source",
                    "in_source",
                    "category_id",
                    "level",
                    "level_min",
                    "timestamp_min",
                    "timestamp_max",
                    "timeseries_id",
                    "site_id",
                    "recurse_site_id",
                    "building_id",
                    "recurse_building_id",
                    "storey_id",
                    "recurse_storey_id",
                    "space_id",
                    "zone_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return send(self._client, _op.list_events, "events.getall", (), kwargs, query)

    def iter_all(
        self,
        *,
        page_size: int = 100,
        sort: m.ListEventsSortItem
        | list[m.ListEventsSortItem]
        | tuple[m.ListEventsSortItem, ...]
        | set[m.ListEventsSortItem]
        | None = None,
        campaign_id: int | None = None,
        campaign_scope_id: int | None = None,
        user_id: int | None = None,
        source: str | None = None,
        in_source: str | None = None,
        category_id: int | None = None,
        level: m.EventLevel | enums.EventLevel | None = None,
        level_min: m.EventLevel | enums.EventLevel | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        timeseries_id: int | None = None,
        site_id: int | None = None,
        recurse_site_id: int | None = None,
        building_id: int | None = None,
        recurse_building_id: int | None = None,
        storey_id: int | None = None,
        recurse_storey_id: int | None = None,
        space_id: int | None = None,
        zone_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.Event]:
        """List events.

        `GET /events/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            sort: filter, `m.ListEventsSortItem | list[m.ListEventsSortItem] | tuple[m.ListEventsSortItem, ...] | set[m.ListEventsSortItem]`
            campaign_id: filter, `int`
            campaign_scope_id: filter, `int`
            user_id: filter, `int`
            source: filter, `str`
            in_source: filter, `str`
            category_id: filter, `int`
            level: filter, `m.EventLevel | enums.EventLevel`
            level_min: filter, `m.EventLevel | enums.EventLevel`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            timeseries_id: filter, `int`
            site_id: filter, `int`
            recurse_site_id: filter, `int`
            building_id: filter, `int`
            recurse_building_id: filter, `int`
            storey_id: filter, `int`
            recurse_storey_id: filter, `int`
            space_id: filter, `int`
            zone_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.Event`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_EVENTS_SORT_ITEM, "sort")
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if source is not None:
            kwargs["source"] = source
        if in_source is not None:
            kwargs["in_source"] = in_source
        if category_id is not None:
            kwargs["category_id"] = (
                category_id
                if type(category_id) is int
                else _p.integer(category_id, "category_id")
            )
        if level is not None:
            kwargs["level"] = _p.choice(level, _EVENT_LEVEL, "level")
        if level_min is not None:
            kwargs["level_min"] = _p.choice(level_min, _EVENT_LEVEL, "level_min")
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if recurse_site_id is not None:
            kwargs["recurse_site_id"] = (
                recurse_site_id
                if type(recurse_site_id) is int
                else _p.integer(recurse_site_id, "recurse_site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if recurse_building_id is not None:
            kwargs["recurse_building_id"] = (
                recurse_building_id
                if type(recurse_building_id) is int
                else _p.integer(recurse_building_id, "recurse_building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if recurse_storey_id is not None:
            kwargs["recurse_storey_id"] = (
                recurse_storey_id
                if type(recurse_storey_id) is int
                else _p.integer(recurse_storey_id, "recurse_storey_id")
            )
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
            )
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "events.iter_all",
                filters,
                (
                    "sort",
                    "campaign_id",
                    "campaign_scope_id",
                    "user_id",
                    "source",
                    "in_source",
                    "category_id",
                    "level",
                    "level_min",
                    "timestamp_min",
                    "timestamp_max",
                    "timeseries_id",
                    "site_id",
                    "recurse_site_id",
                    "building_id",
                    "recurse_building_id",
                    "storey_id",
                    "recurse_storey_id",
                    "space_id",
                    "zone_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return iterate(self._client, _op.list_events, "events.iter_all", kwargs, query)

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Event]:
        """Get event by ID.

        `GET /events/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Event`.

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
        return send(self._client, _op.get_event, "events.getone", (id,), kwargs, query)

    def create(
        self, payload: m.Event | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Event]:
        """Add a new event.

        `POST /events/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Event`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(self._client, _op.create_event, "events.create", (), kwargs, query)

    def update(
        self,
        id: int,
        payload: m.EventPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Event]:
        """Update an existing event.

        `PUT /events/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Event`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("events.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.update_event, "events.update", (id,), kwargs, query
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event.

        `DELETE /events/{item_id}`

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
            raise _p.missing_etag("events.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.delete_event, "events.delete", (id,), kwargs, query
        )


class AsyncEvents(AsyncResource):
    """`/events/` (`api_client.events`), awaitable."""

    path = "/events/"
    entry_point_name = "events"
    calls = Events.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.ListEventsSortItem
        | list[m.ListEventsSortItem]
        | tuple[m.ListEventsSortItem, ...]
        | set[m.ListEventsSortItem]
        | None = None,
        campaign_id: int | None = None,
        campaign_scope_id: int | None = None,
        user_id: int | None = None,
        source: str | None = None,
        in_source: str | None = None,
        category_id: int | None = None,
        level: m.EventLevel | enums.EventLevel | None = None,
        level_min: m.EventLevel | enums.EventLevel | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        timeseries_id: int | None = None,
        site_id: int | None = None,
        recurse_site_id: int | None = None,
        building_id: int | None = None,
        recurse_building_id: int | None = None,
        storey_id: int | None = None,
        recurse_storey_id: int | None = None,
        space_id: int | None = None,
        zone_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Event]]:
        """List events.

        `GET /events/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.ListEventsSortItem | list[m.ListEventsSortItem] | tuple[m.ListEventsSortItem, ...] | set[m.ListEventsSortItem]`
            campaign_id: filter, `int`
            campaign_scope_id: filter, `int`
            user_id: filter, `int`
            source: filter, `str`
            in_source: filter, `str`
            category_id: filter, `int`
            level: filter, `m.EventLevel | enums.EventLevel`
            level_min: filter, `m.EventLevel | enums.EventLevel`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            timeseries_id: filter, `int`
            site_id: filter, `int`
            recurse_site_id: filter, `int`
            building_id: filter, `int`
            recurse_building_id: filter, `int`
            storey_id: filter, `int`
            recurse_storey_id: filter, `int`
            space_id: filter, `int`
            zone_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Event]`.

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
            kwargs["sort"] = _p.listed(sort, _LIST_EVENTS_SORT_ITEM, "sort")
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if source is not None:
            kwargs["source"] = source
        if in_source is not None:
            kwargs["in_source"] = in_source
        if category_id is not None:
            kwargs["category_id"] = (
                category_id
                if type(category_id) is int
                else _p.integer(category_id, "category_id")
            )
        if level is not None:
            kwargs["level"] = _p.choice(level, _EVENT_LEVEL, "level")
        if level_min is not None:
            kwargs["level_min"] = _p.choice(level_min, _EVENT_LEVEL, "level_min")
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if recurse_site_id is not None:
            kwargs["recurse_site_id"] = (
                recurse_site_id
                if type(recurse_site_id) is int
                else _p.integer(recurse_site_id, "recurse_site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if recurse_building_id is not None:
            kwargs["recurse_building_id"] = (
                recurse_building_id
                if type(recurse_building_id) is int
                else _p.integer(recurse_building_id, "recurse_building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if recurse_storey_id is not None:
            kwargs["recurse_storey_id"] = (
                recurse_storey_id
                if type(recurse_storey_id) is int
                else _p.integer(recurse_storey_id, "recurse_storey_id")
            )
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
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
                "events.getall",
                filters,
                (
                    "sort",
                    "campaign_id",
                    "campaign_scope_id",
                    "user_id",
                    "source",
                    "in_source",
                    "category_id",
                    "level",
                    "level_min",
                    "timestamp_min",
                    "timestamp_max",
                    "timeseries_id",
                    "site_id",
                    "recurse_site_id",
                    "building_id",
                    "recurse_building_id",
                    "storey_id",
                    "recurse_storey_id",
                    "space_id",
                    "zone_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_events, "events.getall", (), kwargs, query
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        sort: m.ListEventsSortItem
        | list[m.ListEventsSortItem]
        | tuple[m.ListEventsSortItem, ...]
        | set[m.ListEventsSortItem]
        | None = None,
        campaign_id: int | None = None,
        campaign_scope_id: int | None = None,
        user_id: int | None = None,
        source: str | None = None,
        in_source: str | None = None,
        category_id: int | None = None,
        level: m.EventLevel | enums.EventLevel | None = None,
        level_min: m.EventLevel | enums.EventLevel | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        timeseries_id: int | None = None,
        site_id: int | None = None,
        recurse_site_id: int | None = None,
        building_id: int | None = None,
        recurse_building_id: int | None = None,
        storey_id: int | None = None,
        recurse_storey_id: int | None = None,
        space_id: int | None = None,
        zone_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.Event]:
        """List events.

        `GET /events/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            sort: filter, `m.ListEventsSortItem | list[m.ListEventsSortItem] | tuple[m.ListEventsSortItem, ...] | set[m.ListEventsSortItem]`
            campaign_id: filter, `int`
            campaign_scope_id: filter, `int`
            user_id: filter, `int`
            source: filter, `str`
            in_source: filter, `str`
            category_id: filter, `int`
            level: filter, `m.EventLevel | enums.EventLevel`
            level_min: filter, `m.EventLevel | enums.EventLevel`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            timeseries_id: filter, `int`
            site_id: filter, `int`
            recurse_site_id: filter, `int`
            building_id: filter, `int`
            recurse_building_id: filter, `int`
            storey_id: filter, `int`
            recurse_storey_id: filter, `int`
            space_id: filter, `int`
            zone_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.Event`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_EVENTS_SORT_ITEM, "sort")
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if source is not None:
            kwargs["source"] = source
        if in_source is not None:
            kwargs["in_source"] = in_source
        if category_id is not None:
            kwargs["category_id"] = (
                category_id
                if type(category_id) is int
                else _p.integer(category_id, "category_id")
            )
        if level is not None:
            kwargs["level"] = _p.choice(level, _EVENT_LEVEL, "level")
        if level_min is not None:
            kwargs["level_min"] = _p.choice(level_min, _EVENT_LEVEL, "level_min")
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if recurse_site_id is not None:
            kwargs["recurse_site_id"] = (
                recurse_site_id
                if type(recurse_site_id) is int
                else _p.integer(recurse_site_id, "recurse_site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if recurse_building_id is not None:
            kwargs["recurse_building_id"] = (
                recurse_building_id
                if type(recurse_building_id) is int
                else _p.integer(recurse_building_id, "recurse_building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if recurse_storey_id is not None:
            kwargs["recurse_storey_id"] = (
                recurse_storey_id
                if type(recurse_storey_id) is int
                else _p.integer(recurse_storey_id, "recurse_storey_id")
            )
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
            )
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "events.iter_all",
                filters,
                (
                    "sort",
                    "campaign_id",
                    "campaign_scope_id",
                    "user_id",
                    "source",
                    "in_source",
                    "category_id",
                    "level",
                    "level_min",
                    "timestamp_min",
                    "timestamp_max",
                    "timeseries_id",
                    "site_id",
                    "recurse_site_id",
                    "building_id",
                    "recurse_building_id",
                    "storey_id",
                    "recurse_storey_id",
                    "space_id",
                    "zone_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        async for item in iterate_async(
            self._client, _op.list_events, "events.iter_all", kwargs, query
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Event]:
        """Get event by ID.

        `GET /events/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Event`.

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
            self._client, _op.get_event, "events.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.Event | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Event]:
        """Add a new event.

        `POST /events/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Event`.

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
            self._client, _op.create_event, "events.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.EventPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Event]:
        """Update an existing event.

        `PUT /events/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Event`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("events.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.update_event, "events.update", (id,), kwargs, query
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete an event.

        `DELETE /events/{item_id}`

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
            raise _p.missing_etag("events.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.delete_event, "events.delete", (id,), kwargs, query
        )


class Notifications(Resource):
    """`/notifications/` (`api_client.notifications`)."""

    path = "/notifications/"
    entry_point_name = "notifications"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_notifications,),
        "iter_all": (_op.list_notifications,),
        "getone": (_op.get_notification,),
        "create": (_op.create_notification,),
        "update": (_op.update_notification,),
        "delete": (_op.delete_notification,),
        "count_by_campaign": (_op.count_notifications_by_campaign,),
        "mark_all_as_read": (_op.mark_all_notifications_as_read,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.ListNotificationsSortItem
        | list[m.ListNotificationsSortItem]
        | tuple[m.ListNotificationsSortItem, ...]
        | set[m.ListNotificationsSortItem]
        | None = None,
        user_id: int | None = None,
        event_id: int | None = None,
        campaign_id: int | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        read: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Notification]]:
        """List notifications.

        `GET /notifications/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.ListNotificationsSortItem | list[m.ListNotificationsSortItem] | tuple[m.ListNotificationsSortItem, ...] | set[m.ListNotificationsSortItem]`
            user_id: filter, `int`
            event_id: filter, `int`
            campaign_id: filter, `int`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            read: filter, `bool`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Notification]`.

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
            kwargs["sort"] = _p.listed(sort, _LIST_NOTIFICATIONS_SORT_ITEM, "sort")
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if read is not None:
            kwargs["read"] = read
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
                "notifications.getall",
                filters,
                (
                    "sort",
                    "user_id",
                    "event_id",
                    "campaign_id",
                    "timestamp_min",
                    "timestamp_max",
                    "read",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_notifications,
            "notifications.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        sort: m.ListNotificationsSortItem
        | list[m.ListNotificationsSortItem]
        | tuple[m.ListNotificationsSortItem, ...]
        | set[m.ListNotificationsSortItem]
        | None = None,
        user_id: int | None = None,
        event_id: int | None = None,
        campaign_id: int | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        read: bool | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.Notification]:
        """List notifications.

        `GET /notifications/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            sort: filter, `m.ListNotificationsSortItem | list[m.ListNotificationsSortItem] | tuple[m.ListNotificationsSortItem, ...] | set[m.ListNotificationsSortItem]`
            user_id: filter, `int`
            event_id: filter, `int`
            campaign_id: filter, `int`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            read: filter, `bool`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_NOTIFICATIONS_SORT_ITEM, "sort")
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if read is not None:
            kwargs["read"] = read
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.iter_all",
                filters,
                (
                    "sort",
                    "user_id",
                    "event_id",
                    "campaign_id",
                    "timestamp_min",
                    "timestamp_max",
                    "read",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return iterate(
            self._client,
            _op.list_notifications,
            "notifications.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Get a notification by its by ID.

        `GET /notifications/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Notification`.

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
            _op.get_notification,
            "notifications.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.Notification | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Add a new notification.

        `POST /notifications/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Notification`.

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
            _op.create_notification,
            "notifications.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.NotificationPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Update an existing notification.

        `PUT /notifications/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Notification`.

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
            _op.update_notification,
            "notifications.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a notification.

        `DELETE /notifications/{item_id}`

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
            _op.delete_notification,
            "notifications.delete",
            (id,),
            kwargs,
            query,
        )

    def count_by_campaign(
        self,
        *,
        etag: str | None = None,
        user_id: int,
        read: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[m.NotificationCountByCampaign]:
        """Get notification count by campaign.

        `GET /notifications/count_by_campaign`

        The number of notifications of a user, by campaign.

        Args:
            etag: the ETag of the resource's last read
            user_id: filter, `int`
            read: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `m.NotificationCountByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is None:
            raise _p.missing(
                "notifications.count_by_campaign",
                [k for k, v in (("user_id", user_id),) if v is None],
            )
        if etag is not None:
            kwargs["if_none_match"] = etag
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if read is not None:
            kwargs["read"] = read
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.count_by_campaign",
                filters,
                (
                    "user_id",
                    "read",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.count_notifications_by_campaign,
            "notifications.count_by_campaign",
            (),
            kwargs,
            query,
        )

    def mark_all_as_read(
        self, *, user_id: int, campaign_id: int | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[None]:
        """Mark all notifications as read.

        `PUT /notifications/mark_all_as_read`

        Mark all the notifications of a user (and campaign) as read.

        Args:
            user_id: filter, `int`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is None:
            raise _p.missing(
                "notifications.mark_all_as_read",
                [k for k, v in (("user_id", user_id),) if v is None],
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.mark_all_as_read",
                filters,
                (
                    "user_id",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.mark_all_notifications_as_read,
            "notifications.mark_all_as_read",
            (),
            kwargs,
            query,
        )


class AsyncNotifications(AsyncResource):
    """`/notifications/` (`api_client.notifications`), awaitable."""

    path = "/notifications/"
    entry_point_name = "notifications"
    calls = Notifications.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.ListNotificationsSortItem
        | list[m.ListNotificationsSortItem]
        | tuple[m.ListNotificationsSortItem, ...]
        | set[m.ListNotificationsSortItem]
        | None = None,
        user_id: int | None = None,
        event_id: int | None = None,
        campaign_id: int | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        read: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Notification]]:
        """List notifications.

        `GET /notifications/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.ListNotificationsSortItem | list[m.ListNotificationsSortItem] | tuple[m.ListNotificationsSortItem, ...] | set[m.ListNotificationsSortItem]`
            user_id: filter, `int`
            event_id: filter, `int`
            campaign_id: filter, `int`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            read: filter, `bool`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Notification]`.

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
            kwargs["sort"] = _p.listed(sort, _LIST_NOTIFICATIONS_SORT_ITEM, "sort")
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if read is not None:
            kwargs["read"] = read
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
                "notifications.getall",
                filters,
                (
                    "sort",
                    "user_id",
                    "event_id",
                    "campaign_id",
                    "timestamp_min",
                    "timestamp_max",
                    "read",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_notifications,
            "notifications.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        sort: m.ListNotificationsSortItem
        | list[m.ListNotificationsSortItem]
        | tuple[m.ListNotificationsSortItem, ...]
        | set[m.ListNotificationsSortItem]
        | None = None,
        user_id: int | None = None,
        event_id: int | None = None,
        campaign_id: int | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        read: bool | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.Notification]:
        """List notifications.

        `GET /notifications/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            sort: filter, `m.ListNotificationsSortItem | list[m.ListNotificationsSortItem] | tuple[m.ListNotificationsSortItem, ...] | set[m.ListNotificationsSortItem]`
            user_id: filter, `int`
            event_id: filter, `int`
            campaign_id: filter, `int`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            read: filter, `bool`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_NOTIFICATIONS_SORT_ITEM, "sort")
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if read is not None:
            kwargs["read"] = read
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.iter_all",
                filters,
                (
                    "sort",
                    "user_id",
                    "event_id",
                    "campaign_id",
                    "timestamp_min",
                    "timestamp_max",
                    "read",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        async for item in iterate_async(
            self._client,
            _op.list_notifications,
            "notifications.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Get a notification by its by ID.

        `GET /notifications/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Notification`.

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
            _op.get_notification,
            "notifications.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.Notification | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Add a new notification.

        `POST /notifications/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Notification`.

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
            _op.create_notification,
            "notifications.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.NotificationPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Update an existing notification.

        `PUT /notifications/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Notification`.

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
            _op.update_notification,
            "notifications.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a notification.

        `DELETE /notifications/{item_id}`

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
            _op.delete_notification,
            "notifications.delete",
            (id,),
            kwargs,
            query,
        )

    async def count_by_campaign(
        self,
        *,
        etag: str | None = None,
        user_id: int,
        read: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[m.NotificationCountByCampaign]:
        """Get notification count by campaign.

        `GET /notifications/count_by_campaign`

        The number of notifications of a user, by campaign.

        Args:
            etag: the ETag of the resource's last read
            user_id: filter, `int`
            read: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `m.NotificationCountByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is None:
            raise _p.missing(
                "notifications.count_by_campaign",
                [k for k, v in (("user_id", user_id),) if v is None],
            )
        if etag is not None:
            kwargs["if_none_match"] = etag
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if read is not None:
            kwargs["read"] = read
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.count_by_campaign",
                filters,
                (
                    "user_id",
                    "read",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.count_notifications_by_campaign,
            "notifications.count_by_campaign",
            (),
            kwargs,
            query,
        )

    async def mark_all_as_read(
        self, *, user_id: int, campaign_id: int | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[None]:
        """Mark all notifications as read.

        `PUT /notifications/mark_all_as_read`

        Mark all the notifications of a user (and campaign) as read.

        Args:
            user_id: filter, `int`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is None:
            raise _p.missing(
                "notifications.mark_all_as_read",
                [k for k, v in (("user_id", user_id),) if v is None],
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.mark_all_as_read",
                filters,
                (
                    "user_id",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.mark_all_notifications_as_read,
            "notifications.mark_all_as_read",
            (),
            kwargs,
            query,
        )


class SiteProperties(Resource):
    """`/site_properties/` (`api_client.site_properties`)."""

    path = "/site_properties/"
    entry_point_name = "site_properties"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_site_properties,),
        "getone": (_op.get_site_property,),
        "create": (_op.create_site_property,),
        "delete": (_op.delete_site_property,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.SiteProperty]]:
        """List site properties.

        `GET /site_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.SiteProperty]`.

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
                "site_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_site_properties,
            "site_properties.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.SiteProperty]:
        """Get site property by ID.

        `GET /site_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.SiteProperty`.

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
            _op.get_site_property,
            "site_properties.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.SiteProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.SiteProperty]:
        """Add a new site property.

        `POST /site_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.SiteProperty`.

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
            _op.create_site_property,
            "site_properties.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a site property.

        `DELETE /site_properties/{item_id}`

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
            _op.delete_site_property,
            "site_properties.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncSiteProperties(AsyncResource):
    """`/site_properties/` (`api_client.site_properties`), awaitable."""

    path = "/site_properties/"
    entry_point_name = "site_properties"
    calls = SiteProperties.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.SiteProperty]]:
        """List site properties.

        `GET /site_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.SiteProperty]`.

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
                "site_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_site_properties,
            "site_properties.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.SiteProperty]:
        """Get site property by ID.

        `GET /site_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.SiteProperty`.

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
            _op.get_site_property,
            "site_properties.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.SiteProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.SiteProperty]:
        """Add a new site property.

        `POST /site_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.SiteProperty`.

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
            _op.create_site_property,
            "site_properties.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a site property.

        `DELETE /site_properties/{item_id}`

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
            _op.delete_site_property,
            "site_properties.delete",
            (id,),
            kwargs,
            query,
        )


class SitePropertyData(Resource):
    """`/site_property_data/` (`api_client.site_property_data`)."""

    path = "/site_property_data/"
    entry_point_name = "site_property_data"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_site_property_data,),
        "getone": (_op.get_site_property_data,),
        "create": (_op.create_site_property_data,),
        "update": (_op.update_site_property_data,),
        "delete": (_op.delete_site_property_data,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        site_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.SitePropertyData]]:
        """List site property data.

        `GET /site_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            site_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.SitePropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if site_property_id is not None:
            kwargs["site_property_id"] = (
                site_property_id
                if type(site_property_id) is int
                else _p.integer(site_property_id, "site_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "site_property_data.getall",
                filters,
                (
                    "site_id",
                    "site_property_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_site_property_data,
            "site_property_data.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.SitePropertyData]:
        """Get site property data by ID.

        `GET /site_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.SitePropertyData`.

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
            _op.get_site_property_data,
            "site_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.SitePropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.SitePropertyData]:
        """Add a new site property data.

        `POST /site_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.SitePropertyData`.

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
            _op.create_site_property_data,
            "site_property_data.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.SitePropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.SitePropertyData]:
        """Update an existing site property data.

        `PUT /site_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.SitePropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("site_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_site_property_data,
            "site_property_data.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a site property data.

        `DELETE /site_property_data/{item_id}`

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
            raise _p.missing_etag("site_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_site_property_data,
            "site_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncSitePropertyData(AsyncResource):
    """`/site_property_data/` (`api_client.site_property_data`), awaitable."""

    path = "/site_property_data/"
    entry_point_name = "site_property_data"
    calls = SitePropertyData.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        site_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.SitePropertyData]]:
        """List site property data.

        `GET /site_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            site_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.SitePropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if site_property_id is not None:
            kwargs["site_property_id"] = (
                site_property_id
                if type(site_property_id) is int
                else _p.integer(site_property_id, "site_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "site_property_data.getall",
                filters,
                (
                    "site_id",
                    "site_property_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_site_property_data,
            "site_property_data.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.SitePropertyData]:
        """Get site property data by ID.

        `GET /site_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.SitePropertyData`.

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
            _op.get_site_property_data,
            "site_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.SitePropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.SitePropertyData]:
        """Add a new site property data.

        `POST /site_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.SitePropertyData`.

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
            _op.create_site_property_data,
            "site_property_data.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.SitePropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.SitePropertyData]:
        """Update an existing site property data.

        `PUT /site_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.SitePropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("site_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_site_property_data,
            "site_property_data.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a site property data.

        `DELETE /site_property_data/{item_id}`

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
            raise _p.missing_etag("site_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_site_property_data,
            "site_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class Sites(Resource):
    """`/sites/` (`api_client.sites`)."""

    path = "/sites/"
    entry_point_name = "sites"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_sites,),
        "getone": (_op.get_site,),
        "create": (_op.create_site,),
        "update": (_op.update_site,),
        "delete": (_op.delete_site,),
        "download_weather_data": (_op.download_site_weather_data,),
        "get_degree_days": (_op.get_site_degree_days,),
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
    ) -> BEMServerApiClientResponse[list[m.Site]]:
        """List sites.

        `GET /sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Site]`.

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
                "sites.getall",
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
        return send(self._client, _op.list_sites, "sites.getall", (), kwargs, query)

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Site]:
        """Get site by ID.

        `GET /sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Site`.

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
        return send(self._client, _op.get_site, "sites.getone", (id,), kwargs, query)

    def create(
        self, payload: m.Site | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Site]:
        """Add a new site.

        `POST /sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Site`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(self._client, _op.create_site, "sites.create", (), kwargs, query)

    def update(
        self,
        id: int,
        payload: m.SitePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Site]:
        """Update an existing site.

        `PUT /sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Site`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("sites.update")
        kwargs["if_match"] = etag
        query = None
        return send(self._client, _op.update_site, "sites.update", (id,), kwargs, query)

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a site.

        `DELETE /sites/{item_id}`

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
            raise _p.missing_etag("sites.delete")
        kwargs["if_match"] = etag
        query = None
        return send(self._client, _op.delete_site, "sites.delete", (id,), kwargs, query)

    def download_weather_data(
        self,
        id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
    ) -> BEMServerApiClientResponse[None]:
        """Download weather data for a site.

        `PUT /sites/{item_id}/download_weather_data`

        Have the server fetch weather data of the site for this period.

        Args:
            id: the resource's ID
            start_time: `datetime.datetime | str`
            end_time: `datetime.datetime | str`

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if start_time is None or end_time is None:
            raise _p.missing(
                "sites.download_weather_data",
                [
                    k
                    for k, v in (
                        ("start_time", start_time),
                        ("end_time", end_time),
                    )
                    if v is None
                ],
            )
        if start_time is not None:
            kwargs["start_time"] = _p.datetime_(start_time, "start_time")
        if end_time is not None:
            kwargs["end_time"] = _p.datetime_(end_time, "end_time")
        query = None
        return send(
            self._client,
            _op.download_site_weather_data,
            "sites.download_weather_data",
            (id,),
            kwargs,
            query,
        )

    def get_degree_days(
        self,
        id: int,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        *,
        period: enums.DegreeDaysPeriod | str = enums.DegreeDaysPeriod.day,
        type: enums.DegreeDaysType | str = enums.DegreeDaysType.heating,
        base: float = 18,
        unit: str = "°C",
    ) -> BEMServerApiClientResponse[m.DegreeDaysResult]:
        """Get degree days for a site.

        `GET /sites/{item_id}/degree_days`

        Heating or cooling degree days of the site, by day, month or year.

        Args:
            id: the resource's ID
            start_date: `datetime.date | str`
            end_date: `datetime.date | str`
            period: `enums.DegreeDaysPeriod | str`
            type: `enums.DegreeDaysType | str`
            base: `float`
            unit: `str`

        Returns:
            `.parsed` is `m.DegreeDaysResult`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if start_date is None or end_date is None or period is None:
            raise _p.missing(
                "sites.get_degree_days",
                [
                    k
                    for k, v in (
                        ("start_date", start_date),
                        ("end_date", end_date),
                        ("period", period),
                    )
                    if v is None
                ],
            )
        if start_date is not None:
            kwargs["start_date"] = _p.date_(start_date, "start_date")
        if end_date is not None:
            kwargs["end_date"] = _p.date_(end_date, "end_date")
        kwargs["period"] = _p.choice(period, _GET_SITE_DEGREE_DAYS_PERIOD, "period")
        if type is not None:
            kwargs["type_"] = _p.choice(type, _GET_SITE_DEGREE_DAYS_TYPE, "type_")
        if base is not None:
            kwargs["base"] = base
        if unit is not None:
            kwargs["unit"] = unit
        query = None
        return send(
            self._client,
            _op.get_site_degree_days,
            "sites.get_degree_days",
            (id,),
            kwargs,
            query,
        )


class AsyncSites(AsyncResource):
    """`/sites/` (`api_client.sites`), awaitable."""

    path = "/sites/"
    entry_point_name = "sites"
    calls = Sites.calls

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
    ) -> BEMServerApiClientResponse[list[m.Site]]:
        """List sites.

        `GET /sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Site]`.

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
                "sites.getall",
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
            self._client, _op.list_sites, "sites.getall", (), kwargs, query
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Site]:
        """Get site by ID.

        `GET /sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Site`.

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
            self._client, _op.get_site, "sites.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.Site | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Site]:
        """Add a new site.

        `POST /sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Site`.

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
            self._client, _op.create_site, "sites.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.SitePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Site]:
        """Update an existing site.

        `PUT /sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Site`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("sites.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.update_site, "sites.update", (id,), kwargs, query
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a site.

        `DELETE /sites/{item_id}`

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
            raise _p.missing_etag("sites.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.delete_site, "sites.delete", (id,), kwargs, query
        )

    async def download_weather_data(
        self,
        id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
    ) -> BEMServerApiClientResponse[None]:
        """Download weather data for a site.

        `PUT /sites/{item_id}/download_weather_data`

        Have the server fetch weather data of the site for this period.

        Args:
            id: the resource's ID
            start_time: `datetime.datetime | str`
            end_time: `datetime.datetime | str`

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if start_time is None or end_time is None:
            raise _p.missing(
                "sites.download_weather_data",
                [
                    k
                    for k, v in (
                        ("start_time", start_time),
                        ("end_time", end_time),
                    )
                    if v is None
                ],
            )
        if start_time is not None:
            kwargs["start_time"] = _p.datetime_(start_time, "start_time")
        if end_time is not None:
            kwargs["end_time"] = _p.datetime_(end_time, "end_time")
        query = None
        return await send_async(
            self._client,
            _op.download_site_weather_data,
            "sites.download_weather_data",
            (id,),
            kwargs,
            query,
        )

    async def get_degree_days(
        self,
        id: int,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        *,
        period: enums.DegreeDaysPeriod | str = enums.DegreeDaysPeriod.day,
        type: enums.DegreeDaysType | str = enums.DegreeDaysType.heating,
        base: float = 18,
        unit: str = "°C",
    ) -> BEMServerApiClientResponse[m.DegreeDaysResult]:
        """Get degree days for a site.

        `GET /sites/{item_id}/degree_days`

        Heating or cooling degree days of the site, by day, month or year.

        Args:
            id: the resource's ID
            start_date: `datetime.date | str`
            end_date: `datetime.date | str`
            period: `enums.DegreeDaysPeriod | str`
            type: `enums.DegreeDaysType | str`
            base: `float`
            unit: `str`

        Returns:
            `.parsed` is `m.DegreeDaysResult`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if start_date is None or end_date is None or period is None:
            raise _p.missing(
                "sites.get_degree_days",
                [
                    k
                    for k, v in (
                        ("start_date", start_date),
                        ("end_date", end_date),
                        ("period", period),
                    )
                    if v is None
                ],
            )
        if start_date is not None:
            kwargs["start_date"] = _p.date_(start_date, "start_date")
        if end_date is not None:
            kwargs["end_date"] = _p.date_(end_date, "end_date")
        kwargs["period"] = _p.choice(period, _GET_SITE_DEGREE_DAYS_PERIOD, "period")
        if type is not None:
            kwargs["type_"] = _p.choice(type, _GET_SITE_DEGREE_DAYS_TYPE, "type_")
        if base is not None:
            kwargs["base"] = base
        if unit is not None:
            kwargs["unit"] = unit
        query = None
        return await send_async(
            self._client,
            _op.get_site_degree_days,
            "sites.get_degree_days",
            (id,),
            kwargs,
            query,
        )


class StCheckMissingByCampaign(Resource):
    """`/st_check_missings_by_campaigns/` (`api_client.st_check_missing_by_campaign`)."""

    path = "/st_check_missings_by_campaigns/"
    entry_point_name = "st_check_missing_by_campaign"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_st_check_missings_by_campaigns,),
        "get_full": (_op.list_st_check_missings_by_campaigns_full,),
        "getone": (_op.get_st_check_missing_by_campaign,),
        "create": (_op.create_st_check_missing_by_campaign,),
        "update": (_op.update_st_check_missing_by_campaign,),
        "delete": (_op.delete_st_check_missing_by_campaign,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckMissingByCampaign]]:
        """List check missings scheduled tasks x campaign associations.

        `GET /st_check_missings_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCheckMissingByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_missing_by_campaign.getall",
                filters,
                ("campaign_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_check_missings_by_campaigns,
            "st_check_missing_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignName
        | list[m.SortByCampaignName]
        | tuple[m.SortByCampaignName, ...]
        | set[m.SortByCampaignName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        in_campaign_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckMissingByCampaignFull]]:
        """List check missings service state for all campaigns.

        `GET /st_check_missings_by_campaigns/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignName | list[m.SortByCampaignName] | tuple[m.SortByCampaignName, ...] | set[m.SortByCampaignName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            in_campaign_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCheckMissingByCampaignFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if in_campaign_name is not None:
            kwargs["in_campaign_name"] = in_campaign_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_missing_by_campaign.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "in_campaign_name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_check_missings_by_campaigns_full,
            "st_check_missing_by_campaign.get_full",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Get check missings scheduled tasks x campaign association by ID.

        `GET /st_check_missings_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STCheckMissingByCampaign`.

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
            _op.get_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.STCheckMissingByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Add a new check missings scheduled tasks x campaign association.

        `POST /st_check_missings_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STCheckMissingByCampaign`.

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
            _op.create_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.STCheckMissingByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Update check missings scheduled tasks x campaign association by ID.

        `PUT /st_check_missings_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STCheckMissingByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_check_missing_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a check missings scheduled tasks x campaign associations.

        `DELETE /st_check_missings_by_campaigns/{item_id}`

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
            raise _p.missing_etag("st_check_missing_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStCheckMissingByCampaign(AsyncResource):
    """`/st_check_missings_by_campaigns/` (`api_client.st_check_missing_by_campaign`), awaitable."""

    path = "/st_check_missings_by_campaigns/"
    entry_point_name = "st_check_missing_by_campaign"
    calls = StCheckMissingByCampaign.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckMissingByCampaign]]:
        """List check missings scheduled tasks x campaign associations.

        `GET /st_check_missings_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCheckMissingByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_missing_by_campaign.getall",
                filters,
                ("campaign_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_check_missings_by_campaigns,
            "st_check_missing_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    async def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignName
        | list[m.SortByCampaignName]
        | tuple[m.SortByCampaignName, ...]
        | set[m.SortByCampaignName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        in_campaign_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckMissingByCampaignFull]]:
        """List check missings service state for all campaigns.

        `GET /st_check_missings_by_campaigns/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignName | list[m.SortByCampaignName] | tuple[m.SortByCampaignName, ...] | set[m.SortByCampaignName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            in_campaign_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCheckMissingByCampaignFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if in_campaign_name is not None:
            kwargs["in_campaign_name"] = in_campaign_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_missing_by_campaign.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "in_campaign_name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_check_missings_by_campaigns_full,
            "st_check_missing_by_campaign.get_full",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Get check missings scheduled tasks x campaign association by ID.

        `GET /st_check_missings_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STCheckMissingByCampaign`.

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
            _op.get_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.STCheckMissingByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Add a new check missings scheduled tasks x campaign association.

        `POST /st_check_missings_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STCheckMissingByCampaign`.

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
            _op.create_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.STCheckMissingByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Update check missings scheduled tasks x campaign association by ID.

        `PUT /st_check_missings_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STCheckMissingByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_check_missing_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a check missings scheduled tasks x campaign associations.

        `DELETE /st_check_missings_by_campaigns/{item_id}`

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
            raise _p.missing_etag("st_check_missing_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class StCheckOutlierByCampaign(Resource):
    """`/st_check_outliers_by_campaigns/` (`api_client.st_check_outlier_by_campaign`)."""

    path = "/st_check_outliers_by_campaigns/"
    entry_point_name = "st_check_outlier_by_campaign"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_st_check_outliers_by_campaigns,),
        "get_full": (_op.list_st_check_outliers_by_campaigns_full,),
        "getone": (_op.get_st_check_outliers_by_campaign,),
        "create": (_op.create_st_check_outliers_by_campaign,),
        "update": (_op.update_st_check_outliers_by_campaign,),
        "delete": (_op.delete_st_check_outliers_by_campaign,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckOutliersByCampaign]]:
        """List check outliers scheduled tasks x campaign associations.

        `GET /st_check_outliers_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCheckOutliersByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_outlier_by_campaign.getall",
                filters,
                ("campaign_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_check_outliers_by_campaigns,
            "st_check_outlier_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignName
        | list[m.SortByCampaignName]
        | tuple[m.SortByCampaignName, ...]
        | set[m.SortByCampaignName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        in_campaign_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckOutliersByCampaignFull]]:
        """List check outliers service state for all campaigns.

        `GET /st_check_outliers_by_campaigns/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignName | list[m.SortByCampaignName] | tuple[m.SortByCampaignName, ...] | set[m.SortByCampaignName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            in_campaign_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCheckOutliersByCampaignFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if in_campaign_name is not None:
            kwargs["in_campaign_name"] = in_campaign_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_outlier_by_campaign.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "in_campaign_name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_check_outliers_by_campaigns_full,
            "st_check_outlier_by_campaign.get_full",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCheckOutliersByCampaign]:
        """Get check outliers scheduled tasks x campaign association by ID.

        `GET /st_check_outliers_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STCheckOutliersByCampaign`.

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
            _op.get_st_check_outliers_by_campaign,
            "st_check_outlier_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.STCheckOutliersByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STCheckOutliersByCampaign]:
        """Add a new check outliers scheduled tasks x campaign association.

        `POST /st_check_outliers_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STCheckOutliersByCampaign`.

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
            _op.create_st_check_outliers_by_campaign,
            "st_check_outlier_by_campaign.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.STCheckOutliersByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STCheckOutliersByCampaign]:
        """Update check outliers scheduled tasks x campaign association by ID.

        `PUT /st_check_outliers_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STCheckOutliersByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_check_outlier_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_st_check_outliers_by_campaign,
            "st_check_outlier_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a check outliers scheduled tasks x campaign associations.

        `DELETE /st_check_outliers_by_campaigns/{item_id}`

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
            raise _p.missing_etag("st_check_outlier_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_st_check_outliers_by_campaign,
            "st_check_outlier_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStCheckOutlierByCampaign(AsyncResource):
    """`/st_check_outliers_by_campaigns/` (`api_client.st_check_outlier_by_campaign`), awaitable."""

    path = "/st_check_outliers_by_campaigns/"
    entry_point_name = "st_check_outlier_by_campaign"
    calls = StCheckOutlierByCampaign.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckOutliersByCampaign]]:
        """List check outliers scheduled tasks x campaign associations.

        `GET /st_check_outliers_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCheckOutliersByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_outlier_by_campaign.getall",
                filters,
                ("campaign_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_check_outliers_by_campaigns,
            "st_check_outlier_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    async def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignName
        | list[m.SortByCampaignName]
        | tuple[m.SortByCampaignName, ...]
        | set[m.SortByCampaignName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        in_campaign_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckOutliersByCampaignFull]]:
        """List check outliers service state for all campaigns.

        `GET /st_check_outliers_by_campaigns/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignName | list[m.SortByCampaignName] | tuple[m.SortByCampaignName, ...] | set[m.SortByCampaignName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            in_campaign_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCheckOutliersByCampaignFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if in_campaign_name is not None:
            kwargs["in_campaign_name"] = in_campaign_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_outlier_by_campaign.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "in_campaign_name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_check_outliers_by_campaigns_full,
            "st_check_outlier_by_campaign.get_full",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCheckOutliersByCampaign]:
        """Get check outliers scheduled tasks x campaign association by ID.

        `GET /st_check_outliers_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STCheckOutliersByCampaign`.

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
            _op.get_st_check_outliers_by_campaign,
            "st_check_outlier_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.STCheckOutliersByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STCheckOutliersByCampaign]:
        """Add a new check outliers scheduled tasks x campaign association.

        `POST /st_check_outliers_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STCheckOutliersByCampaign`.

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
            _op.create_st_check_outliers_by_campaign,
            "st_check_outlier_by_campaign.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.STCheckOutliersByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STCheckOutliersByCampaign]:
        """Update check outliers scheduled tasks x campaign association by ID.

        `PUT /st_check_outliers_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STCheckOutliersByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_check_outlier_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_st_check_outliers_by_campaign,
            "st_check_outlier_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a check outliers scheduled tasks x campaign associations.

        `DELETE /st_check_outliers_by_campaigns/{item_id}`

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
            raise _p.missing_etag("st_check_outlier_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_st_check_outliers_by_campaign,
            "st_check_outlier_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class StCleanupByCampaign(Resource):
    """`/st_cleanups_by_campaigns/` (`api_client.st_cleanup_by_campaign`)."""

    path = "/st_cleanups_by_campaigns/"
    entry_point_name = "st_cleanup_by_campaign"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_st_cleanups_by_campaigns,),
        "get_full": (_op.list_st_cleanups_by_campaigns_full,),
        "getone": (_op.get_st_cleanup_by_campaign,),
        "create": (_op.create_st_cleanup_by_campaign,),
        "update": (_op.update_st_cleanup_by_campaign,),
        "delete": (_op.delete_st_cleanup_by_campaign,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCleanupByCampaign]]:
        """List cleanup scheduled tasks x campaign associations.

        `GET /st_cleanups_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCleanupByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_cleanup_by_campaign.getall",
                filters,
                ("campaign_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_cleanups_by_campaigns,
            "st_cleanup_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignName
        | list[m.SortByCampaignName]
        | tuple[m.SortByCampaignName, ...]
        | set[m.SortByCampaignName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        in_campaign_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCleanupByCampaignFull]]:
        """List cleanup service state for all campaigns.

        `GET /st_cleanups_by_campaigns/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignName | list[m.SortByCampaignName] | tuple[m.SortByCampaignName, ...] | set[m.SortByCampaignName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            in_campaign_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCleanupByCampaignFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if in_campaign_name is not None:
            kwargs["in_campaign_name"] = in_campaign_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_cleanup_by_campaign.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "in_campaign_name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_cleanups_by_campaigns_full,
            "st_cleanup_by_campaign.get_full",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCleanupByCampaign]:
        """Get cleanup scheduled tasks x campaign association by ID.

        `GET /st_cleanups_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STCleanupByCampaign`.

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
            _op.get_st_cleanup_by_campaign,
            "st_cleanup_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.STCleanupByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STCleanupByCampaign]:
        """Add a new cleanup scheduled tasks x campaign association.

        `POST /st_cleanups_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STCleanupByCampaign`.

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
            _op.create_st_cleanup_by_campaign,
            "st_cleanup_by_campaign.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.STCleanupByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STCleanupByCampaign]:
        """Update cleanup scheduled tasks x campaign association by ID.

        `PUT /st_cleanups_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STCleanupByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_cleanup_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_st_cleanup_by_campaign,
            "st_cleanup_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a cleanup scheduled tasks x campaign associations.

        `DELETE /st_cleanups_by_campaigns/{item_id}`

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
            raise _p.missing_etag("st_cleanup_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_st_cleanup_by_campaign,
            "st_cleanup_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStCleanupByCampaign(AsyncResource):
    """`/st_cleanups_by_campaigns/` (`api_client.st_cleanup_by_campaign`), awaitable."""

    path = "/st_cleanups_by_campaigns/"
    entry_point_name = "st_cleanup_by_campaign"
    calls = StCleanupByCampaign.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCleanupByCampaign]]:
        """List cleanup scheduled tasks x campaign associations.

        `GET /st_cleanups_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCleanupByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_cleanup_by_campaign.getall",
                filters,
                ("campaign_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_cleanups_by_campaigns,
            "st_cleanup_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    async def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignName
        | list[m.SortByCampaignName]
        | tuple[m.SortByCampaignName, ...]
        | set[m.SortByCampaignName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        in_campaign_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCleanupByCampaignFull]]:
        """List cleanup service state for all campaigns.

        `GET /st_cleanups_by_campaigns/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignName | list[m.SortByCampaignName] | tuple[m.SortByCampaignName, ...] | set[m.SortByCampaignName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            in_campaign_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCleanupByCampaignFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if in_campaign_name is not None:
            kwargs["in_campaign_name"] = in_campaign_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_cleanup_by_campaign.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "in_campaign_name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_cleanups_by_campaigns_full,
            "st_cleanup_by_campaign.get_full",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCleanupByCampaign]:
        """Get cleanup scheduled tasks x campaign association by ID.

        `GET /st_cleanups_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STCleanupByCampaign`.

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
            _op.get_st_cleanup_by_campaign,
            "st_cleanup_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.STCleanupByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STCleanupByCampaign]:
        """Add a new cleanup scheduled tasks x campaign association.

        `POST /st_cleanups_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STCleanupByCampaign`.

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
            _op.create_st_cleanup_by_campaign,
            "st_cleanup_by_campaign.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.STCleanupByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STCleanupByCampaign]:
        """Update cleanup scheduled tasks x campaign association by ID.

        `PUT /st_cleanups_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STCleanupByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_cleanup_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_st_cleanup_by_campaign,
            "st_cleanup_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a cleanup scheduled tasks x campaign associations.

        `DELETE /st_cleanups_by_campaigns/{item_id}`

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
            raise _p.missing_etag("st_cleanup_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_st_cleanup_by_campaign,
            "st_cleanup_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class StCleanupByTimeseries(Resource):
    """`/st_cleanups_by_timeseries/` (`api_client.st_cleanup_by_timeseries`)."""

    path = "/st_cleanups_by_timeseries/"
    entry_point_name = "st_cleanup_by_timeseries"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_st_cleanups_by_timeseries,),
        "get_full": (_op.list_st_cleanups_by_timeseries_full,),
        "getone": (_op.get_st_cleanup_by_timeseries,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCleanupByTimeseries]]:
        """List cleanup scheduled task x timeseries associations.

        `GET /st_cleanups_by_timeseries/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCleanupByTimeseries]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_cleanup_by_timeseries.getall",
                filters,
                (
                    "campaign_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_cleanups_by_timeseries,
            "st_cleanup_by_timeseries.getall",
            (),
            kwargs,
            query,
        )

    def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.ListStCleanupsByTimeseriesFullSortItem
        | list[m.ListStCleanupsByTimeseriesFullSortItem]
        | tuple[m.ListStCleanupsByTimeseriesFullSortItem, ...]
        | set[m.ListStCleanupsByTimeseriesFullSortItem]
        | None = None,
        campaign_id: int | None = None,
        timeseries_id: int | None = None,
        in_timeseries_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCleanupByTimeseriesFull]]:
        """List cleanup service last timestamp for all timeseries.

        `GET /st_cleanups_by_timeseries/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.ListStCleanupsByTimeseriesFullSortItem | list[m.ListStCleanupsByTimeseriesFullSortItem] | tuple[m.ListStCleanupsByTimeseriesFullSortItem, ...] | set[m.ListStCleanupsByTimeseriesFullSortItem]`
            campaign_id: filter, `int`
            timeseries_id: filter, `int`
            in_timeseries_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCleanupByTimeseriesFull]`.

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
            kwargs["sort"] = _p.listed(
                sort, _LIST_ST_CLEANUPS_BY_TIMESERIES_FULL_SORT_ITEM, "sort"
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if in_timeseries_name is not None:
            kwargs["in_timeseries_name"] = in_timeseries_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_cleanup_by_timeseries.get_full",
                filters,
                (
                    "sort",
                    "campaign_id",
                    "timeseries_id",
                    "in_timeseries_name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_cleanups_by_timeseries_full,
            "st_cleanup_by_timeseries.get_full",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCleanupByTimeseries]:
        """Get cleanup scheduled task x timeseries association by ID.

        `GET /st_cleanups_by_timeseries/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STCleanupByTimeseries`.

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
            _op.get_st_cleanup_by_timeseries,
            "st_cleanup_by_timeseries.getone",
            (id,),
            kwargs,
            query,
        )


class AsyncStCleanupByTimeseries(AsyncResource):
    """`/st_cleanups_by_timeseries/` (`api_client.st_cleanup_by_timeseries`), awaitable."""

    path = "/st_cleanups_by_timeseries/"
    entry_point_name = "st_cleanup_by_timeseries"
    calls = StCleanupByTimeseries.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCleanupByTimeseries]]:
        """List cleanup scheduled task x timeseries associations.

        `GET /st_cleanups_by_timeseries/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCleanupByTimeseries]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_cleanup_by_timeseries.getall",
                filters,
                (
                    "campaign_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_cleanups_by_timeseries,
            "st_cleanup_by_timeseries.getall",
            (),
            kwargs,
            query,
        )

    async def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.ListStCleanupsByTimeseriesFullSortItem
        | list[m.ListStCleanupsByTimeseriesFullSortItem]
        | tuple[m.ListStCleanupsByTimeseriesFullSortItem, ...]
        | set[m.ListStCleanupsByTimeseriesFullSortItem]
        | None = None,
        campaign_id: int | None = None,
        timeseries_id: int | None = None,
        in_timeseries_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCleanupByTimeseriesFull]]:
        """List cleanup service last timestamp for all timeseries.

        `GET /st_cleanups_by_timeseries/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.ListStCleanupsByTimeseriesFullSortItem | list[m.ListStCleanupsByTimeseriesFullSortItem] | tuple[m.ListStCleanupsByTimeseriesFullSortItem, ...] | set[m.ListStCleanupsByTimeseriesFullSortItem]`
            campaign_id: filter, `int`
            timeseries_id: filter, `int`
            in_timeseries_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STCleanupByTimeseriesFull]`.

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
            kwargs["sort"] = _p.listed(
                sort, _LIST_ST_CLEANUPS_BY_TIMESERIES_FULL_SORT_ITEM, "sort"
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if in_timeseries_name is not None:
            kwargs["in_timeseries_name"] = in_timeseries_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_cleanup_by_timeseries.get_full",
                filters,
                (
                    "sort",
                    "campaign_id",
                    "timeseries_id",
                    "in_timeseries_name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_cleanups_by_timeseries_full,
            "st_cleanup_by_timeseries.get_full",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCleanupByTimeseries]:
        """Get cleanup scheduled task x timeseries association by ID.

        `GET /st_cleanups_by_timeseries/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STCleanupByTimeseries`.

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
            _op.get_st_cleanup_by_timeseries,
            "st_cleanup_by_timeseries.getone",
            (id,),
            kwargs,
            query,
        )


class StDownloadWeatherBySite(Resource):
    """`/st_download_weather_data_by_sites/` (`api_client.st_download_weather_by_site`)."""

    path = "/st_download_weather_data_by_sites/"
    entry_point_name = "st_download_weather_by_site"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_st_download_weather_data_by_sites,),
        "get_full": (_op.list_st_download_weather_data_by_sites_full,),
        "getone": (_op.get_st_download_weather_data_by_site,),
        "create": (_op.create_st_download_weather_data_by_site,),
        "update": (_op.update_st_download_weather_data_by_site,),
        "delete": (_op.delete_st_download_weather_data_by_site,),
    }

    def getall(
        self, *, etag: str | None = None, site_id: int | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.STDownloadWeatherDataBySite]]:
        """List download weather data scheduled tasks x site associations.

        `GET /st_download_weather_data_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STDownloadWeatherDataBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_download_weather_by_site.getall",
                filters,
                ("site_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_download_weather_data_by_sites,
            "st_download_weather_by_site.getall",
            (),
            kwargs,
            query,
        )

    def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignAndSiteName
        | list[m.SortByCampaignAndSiteName]
        | tuple[m.SortByCampaignAndSiteName, ...]
        | set[m.SortByCampaignAndSiteName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        site_id: int | None = None,
        in_site_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STDownloadWeatherDataBySiteFull]]:
        """List download weather data service state for all sites.

        `GET /st_download_weather_data_by_sites/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignAndSiteName | list[m.SortByCampaignAndSiteName] | tuple[m.SortByCampaignAndSiteName, ...] | set[m.SortByCampaignAndSiteName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            site_id: filter, `int`
            in_site_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STDownloadWeatherDataBySiteFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_AND_SITE_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if in_site_name is not None:
            kwargs["in_site_name"] = in_site_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_download_weather_by_site.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "site_id",
                    "in_site_name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_download_weather_data_by_sites_full,
            "st_download_weather_by_site.get_full",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherDataBySite]:
        """Get download weather data scheduled task x site association by ID.

        `GET /st_download_weather_data_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STDownloadWeatherDataBySite`.

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
            _op.get_st_download_weather_data_by_site,
            "st_download_weather_by_site.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.STDownloadWeatherDataBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherDataBySite]:
        """Add a new download weather data scheduled task x site association.

        `POST /st_download_weather_data_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STDownloadWeatherDataBySite`.

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
            _op.create_st_download_weather_data_by_site,
            "st_download_weather_by_site.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.STDownloadWeatherDataBySitePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherDataBySite]:
        """Update a download weather data scheduled task x site association.

        `PUT /st_download_weather_data_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STDownloadWeatherDataBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_download_weather_by_site.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_st_download_weather_data_by_site,
            "st_download_weather_by_site.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a download weather data scheduled task x site association.

        `DELETE /st_download_weather_data_by_sites/{item_id}`

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
            raise _p.missing_etag("st_download_weather_by_site.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_st_download_weather_data_by_site,
            "st_download_weather_by_site.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStDownloadWeatherBySite(AsyncResource):
    """`/st_download_weather_data_by_sites/` (`api_client.st_download_weather_by_site`), awaitable."""

    path = "/st_download_weather_data_by_sites/"
    entry_point_name = "st_download_weather_by_site"
    calls = StDownloadWeatherBySite.calls

    async def getall(
        self, *, etag: str | None = None, site_id: int | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.STDownloadWeatherDataBySite]]:
        """List download weather data scheduled tasks x site associations.

        `GET /st_download_weather_data_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STDownloadWeatherDataBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_download_weather_by_site.getall",
                filters,
                ("site_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_download_weather_data_by_sites,
            "st_download_weather_by_site.getall",
            (),
            kwargs,
            query,
        )

    async def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignAndSiteName
        | list[m.SortByCampaignAndSiteName]
        | tuple[m.SortByCampaignAndSiteName, ...]
        | set[m.SortByCampaignAndSiteName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        site_id: int | None = None,
        in_site_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STDownloadWeatherDataBySiteFull]]:
        """List download weather data service state for all sites.

        `GET /st_download_weather_data_by_sites/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignAndSiteName | list[m.SortByCampaignAndSiteName] | tuple[m.SortByCampaignAndSiteName, ...] | set[m.SortByCampaignAndSiteName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            site_id: filter, `int`
            in_site_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STDownloadWeatherDataBySiteFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_AND_SITE_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if in_site_name is not None:
            kwargs["in_site_name"] = in_site_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_download_weather_by_site.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "site_id",
                    "in_site_name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_download_weather_data_by_sites_full,
            "st_download_weather_by_site.get_full",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherDataBySite]:
        """Get download weather data scheduled task x site association by ID.

        `GET /st_download_weather_data_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STDownloadWeatherDataBySite`.

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
            _op.get_st_download_weather_data_by_site,
            "st_download_weather_by_site.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.STDownloadWeatherDataBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherDataBySite]:
        """Add a new download weather data scheduled task x site association.

        `POST /st_download_weather_data_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STDownloadWeatherDataBySite`.

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
            _op.create_st_download_weather_data_by_site,
            "st_download_weather_by_site.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.STDownloadWeatherDataBySitePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherDataBySite]:
        """Update a download weather data scheduled task x site association.

        `PUT /st_download_weather_data_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STDownloadWeatherDataBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_download_weather_by_site.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_st_download_weather_data_by_site,
            "st_download_weather_by_site.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a download weather data scheduled task x site association.

        `DELETE /st_download_weather_data_by_sites/{item_id}`

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
            raise _p.missing_etag("st_download_weather_by_site.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_st_download_weather_data_by_site,
            "st_download_weather_by_site.delete",
            (id,),
            kwargs,
            query,
        )


class StDownloadWeatherForecastBySite(Resource):
    """`/st_download_weather_forecast_data_by_sites/` (`api_client.st_download_weather_forecast_by_site`)."""

    path = "/st_download_weather_forecast_data_by_sites/"
    entry_point_name = "st_download_weather_forecast_by_site"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_st_download_weather_forecast_data_by_sites,),
        "get_full": (_op.list_st_download_weather_forecast_data_by_sites_full,),
        "getone": (_op.get_st_download_weather_forecast_data_by_site,),
        "create": (_op.create_st_download_weather_forecast_data_by_site,),
        "update": (_op.update_st_download_weather_forecast_data_by_site,),
        "delete": (_op.delete_st_download_weather_forecast_data_by_site,),
    }

    def getall(
        self, *, etag: str | None = None, site_id: int | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.STDownloadWeatherForecastDataBySite]]:
        """List download weather forecast data scheduled tasks x site associations.

        `GET /st_download_weather_forecast_data_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STDownloadWeatherForecastDataBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_download_weather_forecast_by_site.getall",
                filters,
                ("site_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_download_weather_forecast_data_by_sites,
            "st_download_weather_forecast_by_site.getall",
            (),
            kwargs,
            query,
        )

    def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignAndSiteName
        | list[m.SortByCampaignAndSiteName]
        | tuple[m.SortByCampaignAndSiteName, ...]
        | set[m.SortByCampaignAndSiteName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        site_id: int | None = None,
        in_site_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STDownloadWeatherForecastDataBySiteFull]]:
        """List download weather forecast data service state for all sites.

        `GET /st_download_weather_forecast_data_by_sites/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignAndSiteName | list[m.SortByCampaignAndSiteName] | tuple[m.SortByCampaignAndSiteName, ...] | set[m.SortByCampaignAndSiteName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            site_id: filter, `int`
            in_site_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STDownloadWeatherForecastDataBySiteFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_AND_SITE_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if in_site_name is not None:
            kwargs["in_site_name"] = in_site_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_download_weather_forecast_by_site.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "site_id",
                    "in_site_name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_download_weather_forecast_data_by_sites_full,
            "st_download_weather_forecast_by_site.get_full",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherForecastDataBySite]:
        """Get download weather forecast data scheduled task x site association by ID.

        `GET /st_download_weather_forecast_data_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STDownloadWeatherForecastDataBySite`.

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
            _op.get_st_download_weather_forecast_data_by_site,
            "st_download_weather_forecast_by_site.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.STDownloadWeatherForecastDataBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherForecastDataBySite]:
        """Add a new download weather forecast data scheduled task x site association.

        `POST /st_download_weather_forecast_data_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STDownloadWeatherForecastDataBySite`.

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
            _op.create_st_download_weather_forecast_data_by_site,
            "st_download_weather_forecast_by_site.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.STDownloadWeatherForecastDataBySitePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherForecastDataBySite]:
        """Update a download weather forecast data scheduled task x site association.

        `PUT /st_download_weather_forecast_data_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STDownloadWeatherForecastDataBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_download_weather_forecast_by_site.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_st_download_weather_forecast_data_by_site,
            "st_download_weather_forecast_by_site.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a download weather forecast data scheduled task x site association.

        `DELETE /st_download_weather_forecast_data_by_sites/{item_id}`

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
            raise _p.missing_etag("st_download_weather_forecast_by_site.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_st_download_weather_forecast_data_by_site,
            "st_download_weather_forecast_by_site.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStDownloadWeatherForecastBySite(AsyncResource):
    """`/st_download_weather_forecast_data_by_sites/` (`api_client.st_download_weather_forecast_by_site`), awaitable."""

    path = "/st_download_weather_forecast_data_by_sites/"
    entry_point_name = "st_download_weather_forecast_by_site"
    calls = StDownloadWeatherForecastBySite.calls

    async def getall(
        self, *, etag: str | None = None, site_id: int | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.STDownloadWeatherForecastDataBySite]]:
        """List download weather forecast data scheduled tasks x site associations.

        `GET /st_download_weather_forecast_data_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STDownloadWeatherForecastDataBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_download_weather_forecast_by_site.getall",
                filters,
                ("site_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_download_weather_forecast_data_by_sites,
            "st_download_weather_forecast_by_site.getall",
            (),
            kwargs,
            query,
        )

    async def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignAndSiteName
        | list[m.SortByCampaignAndSiteName]
        | tuple[m.SortByCampaignAndSiteName, ...]
        | set[m.SortByCampaignAndSiteName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        site_id: int | None = None,
        in_site_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STDownloadWeatherForecastDataBySiteFull]]:
        """List download weather forecast data service state for all sites.

        `GET /st_download_weather_forecast_data_by_sites/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByCampaignAndSiteName | list[m.SortByCampaignAndSiteName] | tuple[m.SortByCampaignAndSiteName, ...] | set[m.SortByCampaignAndSiteName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            site_id: filter, `int`
            in_site_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.STDownloadWeatherForecastDataBySiteFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_AND_SITE_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if in_site_name is not None:
            kwargs["in_site_name"] = in_site_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_download_weather_forecast_by_site.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "site_id",
                    "in_site_name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_download_weather_forecast_data_by_sites_full,
            "st_download_weather_forecast_by_site.get_full",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherForecastDataBySite]:
        """Get download weather forecast data scheduled task x site association by ID.

        `GET /st_download_weather_forecast_data_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.STDownloadWeatherForecastDataBySite`.

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
            _op.get_st_download_weather_forecast_data_by_site,
            "st_download_weather_forecast_by_site.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.STDownloadWeatherForecastDataBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherForecastDataBySite]:
        """Add a new download weather forecast data scheduled task x site association.

        `POST /st_download_weather_forecast_data_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.STDownloadWeatherForecastDataBySite`.

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
            _op.create_st_download_weather_forecast_data_by_site,
            "st_download_weather_forecast_by_site.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.STDownloadWeatherForecastDataBySitePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STDownloadWeatherForecastDataBySite]:
        """Update a download weather forecast data scheduled task x site association.

        `PUT /st_download_weather_forecast_data_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.STDownloadWeatherForecastDataBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_download_weather_forecast_by_site.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_st_download_weather_forecast_data_by_site,
            "st_download_weather_forecast_by_site.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a download weather forecast data scheduled task x site association.

        `DELETE /st_download_weather_forecast_data_by_sites/{item_id}`

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
            raise _p.missing_etag("st_download_weather_forecast_by_site.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_st_download_weather_forecast_data_by_site,
            "st_download_weather_forecast_by_site.delete",
            (id,),
            kwargs,
            query,
        )


class SpaceProperties(Resource):
    """`/space_properties/` (`api_client.space_properties`)."""

    path = "/space_properties/"
    entry_point_name = "space_properties"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_space_properties,),
        "getone": (_op.get_space_property,),
        "create": (_op.create_space_property,),
        "delete": (_op.delete_space_property,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.SpaceProperty]]:
        """List space properties.

        `GET /space_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.SpaceProperty]`.

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
                "space_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_space_properties,
            "space_properties.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.SpaceProperty]:
        """Get space property by ID.

        `GET /space_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.SpaceProperty`.

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
            _op.get_space_property,
            "space_properties.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.SpaceProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.SpaceProperty]:
        """Add a new space property.

        `POST /space_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.SpaceProperty`.

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
            _op.create_space_property,
            "space_properties.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a space property.

        `DELETE /space_properties/{item_id}`

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
            _op.delete_space_property,
            "space_properties.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncSpaceProperties(AsyncResource):
    """`/space_properties/` (`api_client.space_properties`), awaitable."""

    path = "/space_properties/"
    entry_point_name = "space_properties"
    calls = SpaceProperties.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.SpaceProperty]]:
        """List space properties.

        `GET /space_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.SpaceProperty]`.

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
                "space_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_space_properties,
            "space_properties.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.SpaceProperty]:
        """Get space property by ID.

        `GET /space_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.SpaceProperty`.

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
            _op.get_space_property,
            "space_properties.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.SpaceProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.SpaceProperty]:
        """Add a new space property.

        `POST /space_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.SpaceProperty`.

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
            _op.create_space_property,
            "space_properties.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a space property.

        `DELETE /space_properties/{item_id}`

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
            _op.delete_space_property,
            "space_properties.delete",
            (id,),
            kwargs,
            query,
        )


class SpacePropertyData(Resource):
    """`/space_property_data/` (`api_client.space_property_data`)."""

    path = "/space_property_data/"
    entry_point_name = "space_property_data"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_space_property_data,),
        "getone": (_op.get_space_property_data,),
        "create": (_op.create_space_property_data,),
        "update": (_op.update_space_property_data,),
        "delete": (_op.delete_space_property_data,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        space_id: int | None = None,
        space_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.SpacePropertyData]]:
        """List space property data.

        `GET /space_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            space_id: filter, `int`
            space_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.SpacePropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if space_property_id is not None:
            kwargs["space_property_id"] = (
                space_property_id
                if type(space_property_id) is int
                else _p.integer(space_property_id, "space_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "space_property_data.getall",
                filters,
                (
                    "space_id",
                    "space_property_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_space_property_data,
            "space_property_data.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.SpacePropertyData]:
        """Get space property data by ID.

        `GET /space_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.SpacePropertyData`.

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
            _op.get_space_property_data,
            "space_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.SpacePropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.SpacePropertyData]:
        """Add a new space property data.

        `POST /space_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.SpacePropertyData`.

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
            _op.create_space_property_data,
            "space_property_data.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.SpacePropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.SpacePropertyData]:
        """Update an existing space property data.

        `PUT /space_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.SpacePropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("space_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_space_property_data,
            "space_property_data.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a space property data.

        `DELETE /space_property_data/{item_id}`

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
            raise _p.missing_etag("space_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_space_property_data,
            "space_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncSpacePropertyData(AsyncResource):
    """`/space_property_data/` (`api_client.space_property_data`), awaitable."""

    path = "/space_property_data/"
    entry_point_name = "space_property_data"
    calls = SpacePropertyData.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        space_id: int | None = None,
        space_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.SpacePropertyData]]:
        """List space property data.

        `GET /space_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            space_id: filter, `int`
            space_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.SpacePropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if space_property_id is not None:
            kwargs["space_property_id"] = (
                space_property_id
                if type(space_property_id) is int
                else _p.integer(space_property_id, "space_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "space_property_data.getall",
                filters,
                (
                    "space_id",
                    "space_property_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_space_property_data,
            "space_property_data.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.SpacePropertyData]:
        """Get space property data by ID.

        `GET /space_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.SpacePropertyData`.

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
            _op.get_space_property_data,
            "space_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.SpacePropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.SpacePropertyData]:
        """Add a new space property data.

        `POST /space_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.SpacePropertyData`.

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
            _op.create_space_property_data,
            "space_property_data.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.SpacePropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.SpacePropertyData]:
        """Update an existing space property data.

        `PUT /space_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.SpacePropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("space_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_space_property_data,
            "space_property_data.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a space property data.

        `DELETE /space_property_data/{item_id}`

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
            raise _p.missing_etag("space_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_space_property_data,
            "space_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class Spaces(Resource):
    """`/spaces/` (`api_client.spaces`)."""

    path = "/spaces/"
    entry_point_name = "spaces"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_spaces,),
        "getone": (_op.get_space,),
        "create": (_op.create_space,),
        "update": (_op.update_space,),
        "delete": (_op.delete_space,),
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
        site_id: int | None = None,
        building_id: int | None = None,
        storey_id: int | None = None,
        ifc_id: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Space]]:
        """List spaces.

        `GET /spaces/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            site_id: filter, `int`
            building_id: filter, `int`
            storey_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Space]`.

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
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if ifc_id is not None:
            kwargs["ifc_id"] = ifc_id
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "spaces.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                    "site_id",
                    "building_id",
                    "storey_id",
                    "ifc_id",
                ),
            )
            if filters
            else None
        )
        return send(self._client, _op.list_spaces, "spaces.getall", (), kwargs, query)

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Space]:
        """Get space by ID.

        `GET /spaces/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Space`.

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
        return send(self._client, _op.get_space, "spaces.getone", (id,), kwargs, query)

    def create(
        self, payload: m.Space | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Space]:
        """Add a new space.

        `POST /spaces/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Space`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(self._client, _op.create_space, "spaces.create", (), kwargs, query)

    def update(
        self,
        id: int,
        payload: m.SpacePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Space]:
        """Update an existing space.

        `PUT /spaces/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Space`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("spaces.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.update_space, "spaces.update", (id,), kwargs, query
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a space.

        `DELETE /spaces/{item_id}`

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
            raise _p.missing_etag("spaces.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.delete_space, "spaces.delete", (id,), kwargs, query
        )


class AsyncSpaces(AsyncResource):
    """`/spaces/` (`api_client.spaces`), awaitable."""

    path = "/spaces/"
    entry_point_name = "spaces"
    calls = Spaces.calls

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
        site_id: int | None = None,
        building_id: int | None = None,
        storey_id: int | None = None,
        ifc_id: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Space]]:
        """List spaces.

        `GET /spaces/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            site_id: filter, `int`
            building_id: filter, `int`
            storey_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Space]`.

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
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if ifc_id is not None:
            kwargs["ifc_id"] = ifc_id
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "spaces.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                    "site_id",
                    "building_id",
                    "storey_id",
                    "ifc_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_spaces, "spaces.getall", (), kwargs, query
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Space]:
        """Get space by ID.

        `GET /spaces/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Space`.

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
            self._client, _op.get_space, "spaces.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.Space | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Space]:
        """Add a new space.

        `POST /spaces/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Space`.

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
            self._client, _op.create_space, "spaces.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.SpacePut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Space]:
        """Update an existing space.

        `PUT /spaces/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Space`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("spaces.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.update_space, "spaces.update", (id,), kwargs, query
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a space.

        `DELETE /spaces/{item_id}`

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
            raise _p.missing_etag("spaces.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.delete_space, "spaces.delete", (id,), kwargs, query
        )


class StoreyProperties(Resource):
    """`/storey_properties/` (`api_client.storey_properties`)."""

    path = "/storey_properties/"
    entry_point_name = "storey_properties"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_storey_properties,),
        "getone": (_op.get_storey_property,),
        "create": (_op.create_storey_property,),
        "delete": (_op.delete_storey_property,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.StoreyProperty]]:
        """List storey properties.

        `GET /storey_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.StoreyProperty]`.

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
                "storey_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_storey_properties,
            "storey_properties.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.StoreyProperty]:
        """Get storey property by ID.

        `GET /storey_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.StoreyProperty`.

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
            _op.get_storey_property,
            "storey_properties.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.StoreyProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.StoreyProperty]:
        """Add a new storey property.

        `POST /storey_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.StoreyProperty`.

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
            _op.create_storey_property,
            "storey_properties.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a storey property.

        `DELETE /storey_properties/{item_id}`

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
            _op.delete_storey_property,
            "storey_properties.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStoreyProperties(AsyncResource):
    """`/storey_properties/` (`api_client.storey_properties`), awaitable."""

    path = "/storey_properties/"
    entry_point_name = "storey_properties"
    calls = StoreyProperties.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        structural_element_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.StoreyProperty]]:
        """List storey properties.

        `GET /storey_properties/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            structural_element_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.StoreyProperty]`.

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
                "storey_properties.getall",
                filters,
                ("structural_element_property_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_storey_properties,
            "storey_properties.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.StoreyProperty]:
        """Get storey property by ID.

        `GET /storey_properties/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.StoreyProperty`.

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
            _op.get_storey_property,
            "storey_properties.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.StoreyProperty | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.StoreyProperty]:
        """Add a new storey property.

        `POST /storey_properties/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.StoreyProperty`.

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
            _op.create_storey_property,
            "storey_properties.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a storey property.

        `DELETE /storey_properties/{item_id}`

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
            _op.delete_storey_property,
            "storey_properties.delete",
            (id,),
            kwargs,
            query,
        )


class StoreyPropertyData(Resource):
    """`/storey_property_data/` (`api_client.storey_property_data`)."""

    path = "/storey_property_data/"
    entry_point_name = "storey_property_data"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_storey_property_data,),
        "getone": (_op.get_storey_property_data,),
        "create": (_op.create_storey_property_data,),
        "update": (_op.update_storey_property_data,),
        "delete": (_op.delete_storey_property_data,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        storey_id: int | None = None,
        storey_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.StoreyPropertyData]]:
        """List storey property data.

        `GET /storey_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            storey_id: filter, `int`
            storey_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.StoreyPropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if storey_property_id is not None:
            kwargs["storey_property_id"] = (
                storey_property_id
                if type(storey_property_id) is int
                else _p.integer(storey_property_id, "storey_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "storey_property_data.getall",
                filters,
                (
                    "storey_id",
                    "storey_property_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_storey_property_data,
            "storey_property_data.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.StoreyPropertyData]:
        """Get storey property data by ID.

        `GET /storey_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.StoreyPropertyData`.

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
            _op.get_storey_property_data,
            "storey_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.StoreyPropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.StoreyPropertyData]:
        """Add a new storey property data.

        `POST /storey_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.StoreyPropertyData`.

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
            _op.create_storey_property_data,
            "storey_property_data.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.StoreyPropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.StoreyPropertyData]:
        """Update an existing storey property data.

        `PUT /storey_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.StoreyPropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("storey_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_storey_property_data,
            "storey_property_data.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a storey property data.

        `DELETE /storey_property_data/{item_id}`

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
            raise _p.missing_etag("storey_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_storey_property_data,
            "storey_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStoreyPropertyData(AsyncResource):
    """`/storey_property_data/` (`api_client.storey_property_data`), awaitable."""

    path = "/storey_property_data/"
    entry_point_name = "storey_property_data"
    calls = StoreyPropertyData.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        storey_id: int | None = None,
        storey_property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.StoreyPropertyData]]:
        """List storey property data.

        `GET /storey_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            storey_id: filter, `int`
            storey_property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.StoreyPropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if storey_property_id is not None:
            kwargs["storey_property_id"] = (
                storey_property_id
                if type(storey_property_id) is int
                else _p.integer(storey_property_id, "storey_property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "storey_property_data.getall",
                filters,
                (
                    "storey_id",
                    "storey_property_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_storey_property_data,
            "storey_property_data.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.StoreyPropertyData]:
        """Get storey property data by ID.

        `GET /storey_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.StoreyPropertyData`.

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
            _op.get_storey_property_data,
            "storey_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.StoreyPropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.StoreyPropertyData]:
        """Add a new storey property data.

        `POST /storey_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.StoreyPropertyData`.

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
            _op.create_storey_property_data,
            "storey_property_data.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.StoreyPropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.StoreyPropertyData]:
        """Update an existing storey property data.

        `PUT /storey_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.StoreyPropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("storey_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_storey_property_data,
            "storey_property_data.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a storey property data.

        `DELETE /storey_property_data/{item_id}`

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
            raise _p.missing_etag("storey_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_storey_property_data,
            "storey_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class Storeys(Resource):
    """`/storeys/` (`api_client.storeys`)."""

    path = "/storeys/"
    entry_point_name = "storeys"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_storeys,),
        "getone": (_op.get_storey,),
        "create": (_op.create_storey,),
        "update": (_op.update_storey,),
        "delete": (_op.delete_storey,),
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
        site_id: int | None = None,
        building_id: int | None = None,
        ifc_id: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Storey]]:
        """List storeys.

        `GET /storeys/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            site_id: filter, `int`
            building_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Storey]`.

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
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if ifc_id is not None:
            kwargs["ifc_id"] = ifc_id
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "storeys.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                    "site_id",
                    "building_id",
                    "ifc_id",
                ),
            )
            if filters
            else None
        )
        return send(self._client, _op.list_storeys, "storeys.getall", (), kwargs, query)

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Storey]:
        """Get storey by ID.

        `GET /storeys/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Storey`.

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
            self._client, _op.get_storey, "storeys.getone", (id,), kwargs, query
        )

    def create(
        self, payload: m.Storey | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Storey]:
        """Add a new storey.

        `POST /storeys/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Storey`.

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
            self._client, _op.create_storey, "storeys.create", (), kwargs, query
        )

    def update(
        self,
        id: int,
        payload: m.StoreyPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Storey]:
        """Update an existing storey.

        `PUT /storeys/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Storey`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("storeys.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.update_storey, "storeys.update", (id,), kwargs, query
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a storey.

        `DELETE /storeys/{item_id}`

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
            raise _p.missing_etag("storeys.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client, _op.delete_storey, "storeys.delete", (id,), kwargs, query
        )


class AsyncStoreys(AsyncResource):
    """`/storeys/` (`api_client.storeys`), awaitable."""

    path = "/storeys/"
    entry_point_name = "storeys"
    calls = Storeys.calls

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
        site_id: int | None = None,
        building_id: int | None = None,
        ifc_id: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Storey]]:
        """List storeys.

        `GET /storeys/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            site_id: filter, `int`
            building_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Storey]`.

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
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if ifc_id is not None:
            kwargs["ifc_id"] = ifc_id
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "storeys.getall",
                filters,
                (
                    "sort",
                    "name",
                    "campaign_id",
                    "site_id",
                    "building_id",
                    "ifc_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_storeys, "storeys.getall", (), kwargs, query
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Storey]:
        """Get storey by ID.

        `GET /storeys/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Storey`.

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
            self._client, _op.get_storey, "storeys.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.Storey | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Storey]:
        """Add a new storey.

        `POST /storeys/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Storey`.

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
            self._client, _op.create_storey, "storeys.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.StoreyPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Storey]:
        """Update an existing storey.

        `PUT /storeys/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Storey`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("storeys.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.update_storey, "storeys.update", (id,), kwargs, query
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a storey.

        `DELETE /storeys/{item_id}`

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
            raise _p.missing_etag("storeys.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client, _op.delete_storey, "storeys.delete", (id,), kwargs, query
        )


class StructuralElementProperties(Resource):
    """`/structural_element_properties/` (`api_client.structural_element_properties`)."""

    path = "/structural_element_properties/"
    entry_point_name = "structural_element_properties"
    #: The generated operation each method calls.
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
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            value_type: filter, `m.PropertyValueType | enums.StructuralElementPropertyValueType`
            unit_symbol: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.StructuralElementProperty]`.

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
            `.parsed` is `m.StructuralElementProperty`.

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
            `.parsed` is `m.StructuralElementProperty`.

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
            `.parsed` is `m.StructuralElementProperty`.

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
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            value_type: filter, `m.PropertyValueType | enums.StructuralElementPropertyValueType`
            unit_symbol: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.StructuralElementProperty]`.

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
            `.parsed` is `m.StructuralElementProperty`.

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
            `.parsed` is `m.StructuralElementProperty`.

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
            `.parsed` is `m.StructuralElementProperty`.

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


class TasksByCampaigns(Resource):
    """`/tasks_by_campaigns/` (`api_client.task_by_campaign`)."""

    path = "/tasks_by_campaigns/"
    entry_point_name = "task_by_campaign"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_tasks_by_campaigns,),
        "getone": (_op.get_task_by_campaign,),
        "create": (_op.create_task_by_campaign,),
        "update": (_op.update_task_by_campaign,),
        "delete": (_op.delete_task_by_campaign,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        task_name: str | None = None,
        is_enabled: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TaskByCampaign]]:
        """List scheduled tasks x campaign associations.

        `GET /tasks_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            task_name: filter, `str`
            is_enabled: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TaskByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if task_name is not None:
            kwargs["task_name"] = task_name
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "task_by_campaign.getall",
                filters,
                (
                    "campaign_id",
                    "task_name",
                    "is_enabled",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_tasks_by_campaigns,
            "task_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Get scheduled tasks x campaign association by ID.

        `GET /tasks_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TaskByCampaign`.

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
            _op.get_task_by_campaign,
            "task_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TaskByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Add a new tasks scheduled tasks x campaign association.

        `POST /tasks_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TaskByCampaign`.

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
            _op.create_task_by_campaign,
            "task_by_campaign.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.TaskByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Update scheduled tasks x campaign association by ID.

        `PUT /tasks_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.TaskByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("task_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_task_by_campaign,
            "task_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a scheduled tasks x campaign associations.

        `DELETE /tasks_by_campaigns/{item_id}`

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
            raise _p.missing_etag("task_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_task_by_campaign,
            "task_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTasksByCampaigns(AsyncResource):
    """`/tasks_by_campaigns/` (`api_client.task_by_campaign`), awaitable."""

    path = "/tasks_by_campaigns/"
    entry_point_name = "task_by_campaign"
    calls = TasksByCampaigns.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        task_name: str | None = None,
        is_enabled: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TaskByCampaign]]:
        """List scheduled tasks x campaign associations.

        `GET /tasks_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            task_name: filter, `str`
            is_enabled: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TaskByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if task_name is not None:
            kwargs["task_name"] = task_name
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "task_by_campaign.getall",
                filters,
                (
                    "campaign_id",
                    "task_name",
                    "is_enabled",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_tasks_by_campaigns,
            "task_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Get scheduled tasks x campaign association by ID.

        `GET /tasks_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TaskByCampaign`.

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
            _op.get_task_by_campaign,
            "task_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TaskByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Add a new tasks scheduled tasks x campaign association.

        `POST /tasks_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TaskByCampaign`.

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
            _op.create_task_by_campaign,
            "task_by_campaign.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.TaskByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Update scheduled tasks x campaign association by ID.

        `PUT /tasks_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.TaskByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("task_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_task_by_campaign,
            "task_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a scheduled tasks x campaign associations.

        `DELETE /tasks_by_campaigns/{item_id}`

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
            raise _p.missing_etag("task_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_task_by_campaign,
            "task_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class Tasks(Resource):
    """`/tasks/` (`api_client.tasks`)."""

    path = "/tasks/"
    entry_point_name = "tasks"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_tasks,),
        "run_async": (_op.run_task,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.Task]]:
        """List registered tasks.

        `GET /tasks/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Task]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "tasks.getall", filters, ()
            )
            if filters
            else None
        )
        return send(self._client, _op.list_tasks, "tasks.getall", (), kwargs, query)

    def run_async(
        self, payload: m.TaskRun | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[None]:
        """Run async task.

        `POST /tasks/run`

        Queue a task to run now (`{"task_name": ..., "campaign_id": ...}`).

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(self._client, _op.run_task, "tasks.run_async", (), kwargs, query)


class AsyncTasks(AsyncResource):
    """`/tasks/` (`api_client.tasks`), awaitable."""

    path = "/tasks/"
    entry_point_name = "tasks"
    calls = Tasks.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.Task]]:
        """List registered tasks.

        `GET /tasks/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Task]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "tasks.getall", filters, ()
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_tasks, "tasks.getall", (), kwargs, query
        )

    async def run_async(
        self, payload: m.TaskRun | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[None]:
        """Run async task.

        `POST /tasks/run`

        Queue a task to run now (`{"task_name": ..., "campaign_id": ...}`).

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `None`.

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
            self._client, _op.run_task, "tasks.run_async", (), kwargs, query
        )


class Timeseries(Resource):
    """`/timeseries/` (`api_client.timeseries`)."""

    path = "/timeseries/"
    entry_point_name = "timeseries"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries,),
        "iter_all": (_op.list_timeseries,),
        "getone": (_op.get_timeseries,),
        "create": (_op.create_timeseries,),
        "update": (_op.update_timeseries,),
        "delete": (_op.delete_timeseries,),
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
        in_name: str | None = None,
        unit_symbol: str | None = None,
        campaign_id: int | None = None,
        campaign_scope_id: int | None = None,
        user_id: int | None = None,
        site_id: int | None = None,
        recurse_site_id: int | None = None,
        building_id: int | None = None,
        recurse_building_id: int | None = None,
        storey_id: int | None = None,
        recurse_storey_id: int | None = None,
        space_id: int | None = None,
        zone_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Timeseries]]:
        """List timeseries.

        `GET /timeseries/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            in_name: filter, `str`
            unit_symbol: filter, `str`
            campaign_id: filter, `int`
            campaign_scope_id: filter, `int`
            user_id: filter, `int`
            site_id: filter, `int`
            recurse_site_id: filter, `int`
            building_id: filter, `int`
            recurse_building_id: filter, `int`
            storey_id: filter, `int`
            recurse_storey_id: filter, `int`
            space_id: filter, `int`
            zone_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Timeseries]`.

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
        if in_name is not None:
            kwargs["in_name"] = in_name
        if unit_symbol is not None:
            kwargs["unit_symbol"] = unit_symbol
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if recurse_site_id is not None:
            kwargs["recurse_site_id"] = (
                recurse_site_id
                if type(recurse_site_id) is int
                else _p.integer(recurse_site_id, "recurse_site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if recurse_building_id is not None:
            kwargs["recurse_building_id"] = (
                recurse_building_id
                if type(recurse_building_id) is int
                else _p.integer(recurse_building_id, "recurse_building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if recurse_storey_id is not None:
            kwargs["recurse_storey_id"] = (
                recurse_storey_id
                if type(recurse_storey_id) is int
                else _p.integer(recurse_storey_id, "recurse_storey_id")
            )
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
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
                "timeseries.getall",
                filters,
                (
                    "sort",
                    "name",
                    "in_name",
                    "unit_symbol",
                    "campaign_id",
                    "campaign_scope_id",
                    "user_id",
                    "site_id",
                    "recurse_site_id",
                    "building_id",
                    "recurse_building_id",
                    "storey_id",
                    "recurse_storey_id",
                    "space_id",
                    "zone_id",
                    "event_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client, _op.list_timeseries, "timeseries.getall", (), kwargs, query
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        sort: m.SortByName
        | list[m.SortByName]
        | tuple[m.SortByName, ...]
        | set[m.SortByName]
        | None = None,
        name: str | None = None,
        in_name: str | None = None,
        unit_symbol: str | None = None,
        campaign_id: int | None = None,
        campaign_scope_id: int | None = None,
        user_id: int | None = None,
        site_id: int | None = None,
        recurse_site_id: int | None = None,
        building_id: int | None = None,
        recurse_building_id: int | None = None,
        storey_id: int | None = None,
        recurse_storey_id: int | None = None,
        space_id: int | None = None,
        zone_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.Timeseries]:
        """List timeseries.

        `GET /timeseries/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            in_name: filter, `str`
            unit_symbol: filter, `str`
            campaign_id: filter, `int`
            campaign_scope_id: filter, `int`
            user_id: filter, `int`
            site_id: filter, `int`
            recurse_site_id: filter, `int`
            building_id: filter, `int`
            recurse_building_id: filter, `int`
            storey_id: filter, `int`
            recurse_storey_id: filter, `int`
            space_id: filter, `int`
            zone_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.Timeseries`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _SORT_BY_NAME, "sort")
        if name is not None:
            kwargs["name"] = name
        if in_name is not None:
            kwargs["in_name"] = in_name
        if unit_symbol is not None:
            kwargs["unit_symbol"] = unit_symbol
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if recurse_site_id is not None:
            kwargs["recurse_site_id"] = (
                recurse_site_id
                if type(recurse_site_id) is int
                else _p.integer(recurse_site_id, "recurse_site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if recurse_building_id is not None:
            kwargs["recurse_building_id"] = (
                recurse_building_id
                if type(recurse_building_id) is int
                else _p.integer(recurse_building_id, "recurse_building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if recurse_storey_id is not None:
            kwargs["recurse_storey_id"] = (
                recurse_storey_id
                if type(recurse_storey_id) is int
                else _p.integer(recurse_storey_id, "recurse_storey_id")
            )
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
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
                "timeseries.iter_all",
                filters,
                (
                    "sort",
                    "name",
                    "in_name",
                    "unit_symbol",
                    "campaign_id",
                    "campaign_scope_id",
                    "user_id",
                    "site_id",
                    "recurse_site_id",
                    "building_id",
                    "recurse_building_id",
                    "storey_id",
                    "recurse_storey_id",
                    "space_id",
                    "zone_id",
                    "event_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return iterate(
            self._client, _op.list_timeseries, "timeseries.iter_all", kwargs, query
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Timeseries]:
        """Get timeseries by ID.

        `GET /timeseries/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Timeseries`.

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
            self._client, _op.get_timeseries, "timeseries.getone", (id,), kwargs, query
        )

    def create(
        self, payload: m.Timeseries | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Timeseries]:
        """Add a new timeseries.

        `POST /timeseries/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Timeseries`.

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
            self._client, _op.create_timeseries, "timeseries.create", (), kwargs, query
        )

    def update(
        self,
        id: int,
        payload: m.TimeseriesPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Timeseries]:
        """Update an existing timeseries.

        `PUT /timeseries/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Timeseries`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_timeseries,
            "timeseries.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries.

        `DELETE /timeseries/{item_id}`

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
            raise _p.missing_etag("timeseries.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_timeseries,
            "timeseries.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseries(AsyncResource):
    """`/timeseries/` (`api_client.timeseries`), awaitable."""

    path = "/timeseries/"
    entry_point_name = "timeseries"
    calls = Timeseries.calls

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
        in_name: str | None = None,
        unit_symbol: str | None = None,
        campaign_id: int | None = None,
        campaign_scope_id: int | None = None,
        user_id: int | None = None,
        site_id: int | None = None,
        recurse_site_id: int | None = None,
        building_id: int | None = None,
        recurse_building_id: int | None = None,
        storey_id: int | None = None,
        recurse_storey_id: int | None = None,
        space_id: int | None = None,
        zone_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Timeseries]]:
        """List timeseries.

        `GET /timeseries/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            in_name: filter, `str`
            unit_symbol: filter, `str`
            campaign_id: filter, `int`
            campaign_scope_id: filter, `int`
            user_id: filter, `int`
            site_id: filter, `int`
            recurse_site_id: filter, `int`
            building_id: filter, `int`
            recurse_building_id: filter, `int`
            storey_id: filter, `int`
            recurse_storey_id: filter, `int`
            space_id: filter, `int`
            zone_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Timeseries]`.

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
        if in_name is not None:
            kwargs["in_name"] = in_name
        if unit_symbol is not None:
            kwargs["unit_symbol"] = unit_symbol
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if recurse_site_id is not None:
            kwargs["recurse_site_id"] = (
                recurse_site_id
                if type(recurse_site_id) is int
                else _p.integer(recurse_site_id, "recurse_site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if recurse_building_id is not None:
            kwargs["recurse_building_id"] = (
                recurse_building_id
                if type(recurse_building_id) is int
                else _p.integer(recurse_building_id, "recurse_building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if recurse_storey_id is not None:
            kwargs["recurse_storey_id"] = (
                recurse_storey_id
                if type(recurse_storey_id) is int
                else _p.integer(recurse_storey_id, "recurse_storey_id")
            )
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
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
                "timeseries.getall",
                filters,
                (
                    "sort",
                    "name",
                    "in_name",
                    "unit_symbol",
                    "campaign_id",
                    "campaign_scope_id",
                    "user_id",
                    "site_id",
                    "recurse_site_id",
                    "building_id",
                    "recurse_building_id",
                    "storey_id",
                    "recurse_storey_id",
                    "space_id",
                    "zone_id",
                    "event_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_timeseries, "timeseries.getall", (), kwargs, query
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        sort: m.SortByName
        | list[m.SortByName]
        | tuple[m.SortByName, ...]
        | set[m.SortByName]
        | None = None,
        name: str | None = None,
        in_name: str | None = None,
        unit_symbol: str | None = None,
        campaign_id: int | None = None,
        campaign_scope_id: int | None = None,
        user_id: int | None = None,
        site_id: int | None = None,
        recurse_site_id: int | None = None,
        building_id: int | None = None,
        recurse_building_id: int | None = None,
        storey_id: int | None = None,
        recurse_storey_id: int | None = None,
        space_id: int | None = None,
        zone_id: int | None = None,
        event_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.Timeseries]:
        """List timeseries.

        `GET /timeseries/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            in_name: filter, `str`
            unit_symbol: filter, `str`
            campaign_id: filter, `int`
            campaign_scope_id: filter, `int`
            user_id: filter, `int`
            site_id: filter, `int`
            recurse_site_id: filter, `int`
            building_id: filter, `int`
            recurse_building_id: filter, `int`
            storey_id: filter, `int`
            recurse_storey_id: filter, `int`
            space_id: filter, `int`
            zone_id: filter, `int`
            event_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.Timeseries`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _SORT_BY_NAME, "sort")
        if name is not None:
            kwargs["name"] = name
        if in_name is not None:
            kwargs["in_name"] = in_name
        if unit_symbol is not None:
            kwargs["unit_symbol"] = unit_symbol
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if recurse_site_id is not None:
            kwargs["recurse_site_id"] = (
                recurse_site_id
                if type(recurse_site_id) is int
                else _p.integer(recurse_site_id, "recurse_site_id")
            )
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if recurse_building_id is not None:
            kwargs["recurse_building_id"] = (
                recurse_building_id
                if type(recurse_building_id) is int
                else _p.integer(recurse_building_id, "recurse_building_id")
            )
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
            )
        if recurse_storey_id is not None:
            kwargs["recurse_storey_id"] = (
                recurse_storey_id
                if type(recurse_storey_id) is int
                else _p.integer(recurse_storey_id, "recurse_storey_id")
            )
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
            )
        if zone_id is not None:
            kwargs["zone_id"] = (
                zone_id if type(zone_id) is int else _p.integer(zone_id, "zone_id")
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
                "timeseries.iter_all",
                filters,
                (
                    "sort",
                    "name",
                    "in_name",
                    "unit_symbol",
                    "campaign_id",
                    "campaign_scope_id",
                    "user_id",
                    "site_id",
                    "recurse_site_id",
                    "building_id",
                    "recurse_building_id",
                    "storey_id",
                    "recurse_storey_id",
                    "space_id",
                    "zone_id",
                    "event_id",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        async for item in iterate_async(
            self._client, _op.list_timeseries, "timeseries.iter_all", kwargs, query
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Timeseries]:
        """Get timeseries by ID.

        `GET /timeseries/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.Timeseries`.

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
            self._client, _op.get_timeseries, "timeseries.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.Timeseries | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Timeseries]:
        """Add a new timeseries.

        `POST /timeseries/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.Timeseries`.

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
            self._client, _op.create_timeseries, "timeseries.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.TimeseriesPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Timeseries]:
        """Update an existing timeseries.

        `PUT /timeseries/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.Timeseries`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_timeseries,
            "timeseries.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries.

        `DELETE /timeseries/{item_id}`

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
            raise _p.missing_etag("timeseries.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_timeseries,
            "timeseries.delete",
            (id,),
            kwargs,
            query,
        )


class TimeseriesByBuildings(Resource):
    """`/timeseries_by_buildings/` (`api_client.timeseries_by_buildings`)."""

    path = "/timeseries_by_buildings/"
    entry_point_name = "timeseries_by_buildings"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_by_buildings,),
        "iter_all": (_op.list_timeseries_by_buildings,),
        "getone": (_op.get_timeseries_by_building,),
        "create": (_op.create_timeseries_by_building,),
        "delete": (_op.delete_timeseries_by_building,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesByBuilding]]:
        """List timeseries x building associations.

        `GET /timeseries_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesByBuilding]`.

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
                "timeseries_by_buildings.getall",
                filters,
                (
                    "building_id",
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
            _op.list_timeseries_by_buildings,
            "timeseries_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        building_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.TimeseriesByBuilding]:
        """List timeseries x building associations.

        `GET /timeseries_by_buildings/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            building_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
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
                "timeseries_by_buildings.iter_all",
                filters,
                (
                    "building_id",
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
            _op.list_timeseries_by_buildings,
            "timeseries_by_buildings.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesByBuilding]:
        """Get timeseries x building association by ID.

        `GET /timeseries_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesByBuilding`.

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
            _op.get_timeseries_by_building,
            "timeseries_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesByBuilding]:
        """Add a new timeseries x building association.

        `POST /timeseries_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesByBuilding`.

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
            _op.create_timeseries_by_building,
            "timeseries_by_buildings.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x building association.

        `DELETE /timeseries_by_buildings/{item_id}`

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
            _op.delete_timeseries_by_building,
            "timeseries_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesByBuildings(AsyncResource):
    """`/timeseries_by_buildings/` (`api_client.timeseries_by_buildings`), awaitable."""

    path = "/timeseries_by_buildings/"
    entry_point_name = "timeseries_by_buildings"
    calls = TimeseriesByBuildings.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesByBuilding]]:
        """List timeseries x building associations.

        `GET /timeseries_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesByBuilding]`.

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
                "timeseries_by_buildings.getall",
                filters,
                (
                    "building_id",
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
            _op.list_timeseries_by_buildings,
            "timeseries_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        building_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.TimeseriesByBuilding]:
        """List timeseries x building associations.

        `GET /timeseries_by_buildings/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            building_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
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
                "timeseries_by_buildings.iter_all",
                filters,
                (
                    "building_id",
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
            _op.list_timeseries_by_buildings,
            "timeseries_by_buildings.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesByBuilding]:
        """Get timeseries x building association by ID.

        `GET /timeseries_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesByBuilding`.

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
            _op.get_timeseries_by_building,
            "timeseries_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesByBuilding]:
        """Add a new timeseries x building association.

        `POST /timeseries_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesByBuilding`.

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
            _op.create_timeseries_by_building,
            "timeseries_by_buildings.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x building association.

        `DELETE /timeseries_by_buildings/{item_id}`

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
            _op.delete_timeseries_by_building,
            "timeseries_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )


class TimeseriesByEvents(Resource):
    """`/timeseries_by_events/` (`api_client.timeseries_by_events`)."""

    path = "/timeseries_by_events/"
    entry_point_name = "timeseries_by_events"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_by_events,),
        "iter_all": (_op.list_timeseries_by_events,),
        "getone": (_op.get_timeseries_by_event,),
        "create": (_op.create_timeseries_by_event,),
        "delete": (_op.delete_timeseries_by_event,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        event_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesByEvent]]:
        """List timeseries x event associations.

        `GET /timeseries_by_events/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            event_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesByEvent]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
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
                "timeseries_by_events.getall",
                filters,
                (
                    "event_id",
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
            _op.list_timeseries_by_events,
            "timeseries_by_events.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        event_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.TimeseriesByEvent]:
        """List timeseries x event associations.

        `GET /timeseries_by_events/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            event_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesByEvent`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
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
                "timeseries_by_events.iter_all",
                filters,
                (
                    "event_id",
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
            _op.list_timeseries_by_events,
            "timeseries_by_events.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesByEvent]:
        """Get timeseries x event association by ID.

        `GET /timeseries_by_events/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesByEvent`.

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
            _op.get_timeseries_by_event,
            "timeseries_by_events.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesByEvent | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesByEvent]:
        """Add a new timeseries x event association.

        `POST /timeseries_by_events/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesByEvent`.

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
            _op.create_timeseries_by_event,
            "timeseries_by_events.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x event association.

        `DELETE /timeseries_by_events/{item_id}`

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
            _op.delete_timeseries_by_event,
            "timeseries_by_events.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesByEvents(AsyncResource):
    """`/timeseries_by_events/` (`api_client.timeseries_by_events`), awaitable."""

    path = "/timeseries_by_events/"
    entry_point_name = "timeseries_by_events"
    calls = TimeseriesByEvents.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        event_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesByEvent]]:
        """List timeseries x event associations.

        `GET /timeseries_by_events/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            event_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesByEvent]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
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
                "timeseries_by_events.getall",
                filters,
                (
                    "event_id",
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
            _op.list_timeseries_by_events,
            "timeseries_by_events.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        event_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.TimeseriesByEvent]:
        """List timeseries x event associations.

        `GET /timeseries_by_events/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            event_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesByEvent`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
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
                "timeseries_by_events.iter_all",
                filters,
                (
                    "event_id",
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
            _op.list_timeseries_by_events,
            "timeseries_by_events.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesByEvent]:
        """Get timeseries x event association by ID.

        `GET /timeseries_by_events/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesByEvent`.

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
            _op.get_timeseries_by_event,
            "timeseries_by_events.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesByEvent | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesByEvent]:
        """Add a new timeseries x event association.

        `POST /timeseries_by_events/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesByEvent`.

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
            _op.create_timeseries_by_event,
            "timeseries_by_events.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x event association.

        `DELETE /timeseries_by_events/{item_id}`

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
            _op.delete_timeseries_by_event,
            "timeseries_by_events.delete",
            (id,),
            kwargs,
            query,
        )


class TimeseriesBySites(Resource):
    """`/timeseries_by_sites/` (`api_client.timeseries_by_sites`)."""

    path = "/timeseries_by_sites/"
    entry_point_name = "timeseries_by_sites"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_by_sites,),
        "iter_all": (_op.list_timeseries_by_sites,),
        "getone": (_op.get_timeseries_by_site,),
        "create": (_op.create_timeseries_by_site,),
        "delete": (_op.delete_timeseries_by_site,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesBySite]]:
        """List timeseries x site associations.

        `GET /timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
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
                "timeseries_by_sites.getall",
                filters,
                (
                    "site_id",
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
            _op.list_timeseries_by_sites,
            "timeseries_by_sites.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        site_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.TimeseriesBySite]:
        """List timeseries x site associations.

        `GET /timeseries_by_sites/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            site_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
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
                "timeseries_by_sites.iter_all",
                filters,
                (
                    "site_id",
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
            _op.list_timeseries_by_sites,
            "timeseries_by_sites.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesBySite]:
        """Get timeseries x site association by ID.

        `GET /timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesBySite`.

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
            _op.get_timeseries_by_site,
            "timeseries_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesBySite]:
        """Add a new timeseries x site association.

        `POST /timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesBySite`.

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
            _op.create_timeseries_by_site,
            "timeseries_by_sites.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x site association.

        `DELETE /timeseries_by_sites/{item_id}`

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
            _op.delete_timeseries_by_site,
            "timeseries_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesBySites(AsyncResource):
    """`/timeseries_by_sites/` (`api_client.timeseries_by_sites`), awaitable."""

    path = "/timeseries_by_sites/"
    entry_point_name = "timeseries_by_sites"
    calls = TimeseriesBySites.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesBySite]]:
        """List timeseries x site associations.

        `GET /timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
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
                "timeseries_by_sites.getall",
                filters,
                (
                    "site_id",
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
            _op.list_timeseries_by_sites,
            "timeseries_by_sites.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        site_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.TimeseriesBySite]:
        """List timeseries x site associations.

        `GET /timeseries_by_sites/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            site_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
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
                "timeseries_by_sites.iter_all",
                filters,
                (
                    "site_id",
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
            _op.list_timeseries_by_sites,
            "timeseries_by_sites.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesBySite]:
        """Get timeseries x site association by ID.

        `GET /timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesBySite`.

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
            _op.get_timeseries_by_site,
            "timeseries_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesBySite]:
        """Add a new timeseries x site association.

        `POST /timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesBySite`.

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
            _op.create_timeseries_by_site,
            "timeseries_by_sites.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x site association.

        `DELETE /timeseries_by_sites/{item_id}`

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
            _op.delete_timeseries_by_site,
            "timeseries_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class TimeseriesBySpaces(Resource):
    """`/timeseries_by_spaces/` (`api_client.timeseries_by_spaces`)."""

    path = "/timeseries_by_spaces/"
    entry_point_name = "timeseries_by_spaces"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_by_spaces,),
        "iter_all": (_op.list_timeseries_by_spaces,),
        "getone": (_op.get_timeseries_by_space,),
        "create": (_op.create_timeseries_by_space,),
        "delete": (_op.delete_timeseries_by_space,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        space_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesBySpace]]:
        """List timeseries x space associations.

        `GET /timeseries_by_spaces/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            space_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesBySpace]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
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
                "timeseries_by_spaces.getall",
                filters,
                (
                    "space_id",
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
            _op.list_timeseries_by_spaces,
            "timeseries_by_spaces.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        space_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.TimeseriesBySpace]:
        """List timeseries x space associations.

        `GET /timeseries_by_spaces/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            space_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesBySpace`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
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
                "timeseries_by_spaces.iter_all",
                filters,
                (
                    "space_id",
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
            _op.list_timeseries_by_spaces,
            "timeseries_by_spaces.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesBySpace]:
        """Get timeseries x space association by ID.

        `GET /timeseries_by_spaces/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesBySpace`.

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
            _op.get_timeseries_by_space,
            "timeseries_by_spaces.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesBySpace | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesBySpace]:
        """Add a new timeseries x space association.

        `POST /timeseries_by_spaces/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesBySpace`.

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
            _op.create_timeseries_by_space,
            "timeseries_by_spaces.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x space association.

        `DELETE /timeseries_by_spaces/{item_id}`

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
            _op.delete_timeseries_by_space,
            "timeseries_by_spaces.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesBySpaces(AsyncResource):
    """`/timeseries_by_spaces/` (`api_client.timeseries_by_spaces`), awaitable."""

    path = "/timeseries_by_spaces/"
    entry_point_name = "timeseries_by_spaces"
    calls = TimeseriesBySpaces.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        space_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesBySpace]]:
        """List timeseries x space associations.

        `GET /timeseries_by_spaces/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            space_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesBySpace]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
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
                "timeseries_by_spaces.getall",
                filters,
                (
                    "space_id",
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
            _op.list_timeseries_by_spaces,
            "timeseries_by_spaces.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        space_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.TimeseriesBySpace]:
        """List timeseries x space associations.

        `GET /timeseries_by_spaces/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            space_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesBySpace`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if space_id is not None:
            kwargs["space_id"] = (
                space_id if type(space_id) is int else _p.integer(space_id, "space_id")
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
                "timeseries_by_spaces.iter_all",
                filters,
                (
                    "space_id",
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
            _op.list_timeseries_by_spaces,
            "timeseries_by_spaces.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesBySpace]:
        """Get timeseries x space association by ID.

        `GET /timeseries_by_spaces/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesBySpace`.

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
            _op.get_timeseries_by_space,
            "timeseries_by_spaces.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesBySpace | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesBySpace]:
        """Add a new timeseries x space association.

        `POST /timeseries_by_spaces/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesBySpace`.

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
            _op.create_timeseries_by_space,
            "timeseries_by_spaces.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x space association.

        `DELETE /timeseries_by_spaces/{item_id}`

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
            _op.delete_timeseries_by_space,
            "timeseries_by_spaces.delete",
            (id,),
            kwargs,
            query,
        )


class TimeseriesByStoreys(Resource):
    """`/timeseries_by_storeys/` (`api_client.timeseries_by_storeys`)."""

    path = "/timeseries_by_storeys/"
    entry_point_name = "timeseries_by_storeys"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_by_storeys,),
        "iter_all": (_op.list_timeseries_by_storeys,),
        "getone": (_op.get_timeseries_by_storey,),
        "create": (_op.create_timeseries_by_storey,),
        "delete": (_op.delete_timeseries_by_storey,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        storey_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesByStorey]]:
        """List timeseries x storey associations.

        `GET /timeseries_by_storeys/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            storey_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesByStorey]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
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
                "timeseries_by_storeys.getall",
                filters,
                (
                    "storey_id",
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
            _op.list_timeseries_by_storeys,
            "timeseries_by_storeys.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        storey_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.TimeseriesByStorey]:
        """List timeseries x storey associations.

        `GET /timeseries_by_storeys/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            storey_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesByStorey`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
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
                "timeseries_by_storeys.iter_all",
                filters,
                (
                    "storey_id",
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
            _op.list_timeseries_by_storeys,
            "timeseries_by_storeys.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesByStorey]:
        """Get timeseries x storey association by ID.

        `GET /timeseries_by_storeys/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesByStorey`.

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
            _op.get_timeseries_by_storey,
            "timeseries_by_storeys.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesByStorey | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesByStorey]:
        """Add a new timeseries x storey association.

        `POST /timeseries_by_storeys/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesByStorey`.

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
            _op.create_timeseries_by_storey,
            "timeseries_by_storeys.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x storey association.

        `DELETE /timeseries_by_storeys/{item_id}`

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
            _op.delete_timeseries_by_storey,
            "timeseries_by_storeys.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesByStoreys(AsyncResource):
    """`/timeseries_by_storeys/` (`api_client.timeseries_by_storeys`), awaitable."""

    path = "/timeseries_by_storeys/"
    entry_point_name = "timeseries_by_storeys"
    calls = TimeseriesByStoreys.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        storey_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesByStorey]]:
        """List timeseries x storey associations.

        `GET /timeseries_by_storeys/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            storey_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesByStorey]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
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
                "timeseries_by_storeys.getall",
                filters,
                (
                    "storey_id",
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
            _op.list_timeseries_by_storeys,
            "timeseries_by_storeys.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        storey_id: int | None = None,
        timeseries_id: int | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.TimeseriesByStorey]:
        """List timeseries x storey associations.

        `GET /timeseries_by_storeys/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int`
            storey_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesByStorey`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
        if storey_id is not None:
            kwargs["storey_id"] = (
                storey_id
                if type(storey_id) is int
                else _p.integer(storey_id, "storey_id")
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
                "timeseries_by_storeys.iter_all",
                filters,
                (
                    "storey_id",
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
            _op.list_timeseries_by_storeys,
            "timeseries_by_storeys.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesByStorey]:
        """Get timeseries x storey association by ID.

        `GET /timeseries_by_storeys/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesByStorey`.

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
            _op.get_timeseries_by_storey,
            "timeseries_by_storeys.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesByStorey | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesByStorey]:
        """Add a new timeseries x storey association.

        `POST /timeseries_by_storeys/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesByStorey`.

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
            _op.create_timeseries_by_storey,
            "timeseries_by_storeys.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries x storey association.

        `DELETE /timeseries_by_storeys/{item_id}`

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
            _op.delete_timeseries_by_storey,
            "timeseries_by_storeys.delete",
            (id,),
            kwargs,
            query,
        )


class TimeseriesByZones(Resource):
    """`/timeseries_by_zones/` (`api_client.timeseries_by_zones`)."""

    path = "/timeseries_by_zones/"
    entry_point_name = "timeseries_by_zones"
    #: The generated operation each method calls.
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
            `.parsed` is `list[m.TimeseriesByZone]`.

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
            page_size: `int`
            zone_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesByZone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
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
            `.parsed` is `m.TimeseriesByZone`.

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
            `.parsed` is `m.TimeseriesByZone`.

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
            `.parsed` is `list[m.TimeseriesByZone]`.

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
            page_size: `int`
            zone_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `m.TimeseriesByZone`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = min(page_size, 100)
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
            `.parsed` is `m.TimeseriesByZone`.

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
            `.parsed` is `m.TimeseriesByZone`.

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


class TimeseriesDataStates(Resource):
    """`/timeseries_data_states/` (`api_client.timeseries_datastates`)."""

    path = "/timeseries_data_states/"
    entry_point_name = "timeseries_datastates"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_data_states,),
        "getone": (_op.get_timeseries_data_state,),
        "create": (_op.create_timeseries_data_state,),
        "update": (_op.update_timeseries_data_state,),
        "delete": (_op.delete_timeseries_data_state,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.TimeseriesDataState]]:
        """List timeseries data states.

        `GET /timeseries_data_states/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesDataState]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_datastates.getall",
                filters,
                (),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_timeseries_data_states,
            "timeseries_datastates.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Get timeseries data state by ID.

        `GET /timeseries_data_states/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesDataState`.

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
            _op.get_timeseries_data_state,
            "timeseries_datastates.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesDataState | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Add a new timeseries data state.

        `POST /timeseries_data_states/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesDataState`.

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
            _op.create_timeseries_data_state,
            "timeseries_datastates.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.TimeseriesDataState | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Update an existing timeseries data state.

        `PUT /timeseries_data_states/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.TimeseriesDataState`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries_datastates.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_timeseries_data_state,
            "timeseries_datastates.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries data state.

        `DELETE /timeseries_data_states/{item_id}`

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
            raise _p.missing_etag("timeseries_datastates.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_timeseries_data_state,
            "timeseries_datastates.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesDataStates(AsyncResource):
    """`/timeseries_data_states/` (`api_client.timeseries_datastates`), awaitable."""

    path = "/timeseries_data_states/"
    entry_point_name = "timeseries_datastates"
    calls = TimeseriesDataStates.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.TimeseriesDataState]]:
        """List timeseries data states.

        `GET /timeseries_data_states/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesDataState]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_datastates.getall",
                filters,
                (),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_timeseries_data_states,
            "timeseries_datastates.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Get timeseries data state by ID.

        `GET /timeseries_data_states/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesDataState`.

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
            _op.get_timeseries_data_state,
            "timeseries_datastates.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesDataState | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Add a new timeseries data state.

        `POST /timeseries_data_states/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesDataState`.

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
            _op.create_timeseries_data_state,
            "timeseries_datastates.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.TimeseriesDataState | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Update an existing timeseries data state.

        `PUT /timeseries_data_states/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.TimeseriesDataState`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries_datastates.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_timeseries_data_state,
            "timeseries_datastates.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries data state.

        `DELETE /timeseries_data_states/{item_id}`

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
            raise _p.missing_etag("timeseries_datastates.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_timeseries_data_state,
            "timeseries_datastates.delete",
            (id,),
            kwargs,
            query,
        )


class TimeseriesProperties(Resource):
    """`/timeseries_properties/` (`api_client.timeseries_properties`)."""

    path = "/timeseries_properties/"
    entry_point_name = "timeseries_properties"
    #: The generated operation each method calls.
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
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            value_type: filter, `m.PropertyValueType | enums.StructuralElementPropertyValueType`
            unit_symbol: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesProperty]`.

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
            `.parsed` is `m.TimeseriesProperty`.

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
            `.parsed` is `m.TimeseriesProperty`.

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
            `.parsed` is `m.TimeseriesProperty`.

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
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            value_type: filter, `m.PropertyValueType | enums.StructuralElementPropertyValueType`
            unit_symbol: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesProperty]`.

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
            `.parsed` is `m.TimeseriesProperty`.

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
            `.parsed` is `m.TimeseriesProperty`.

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
            `.parsed` is `m.TimeseriesProperty`.

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


class TimeseriesPropertyData(Resource):
    """`/timeseries_property_data/` (`api_client.timeseries_property_data`)."""

    path = "/timeseries_property_data/"
    entry_point_name = "timeseries_property_data"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_property_data,),
        "getone": (_op.get_timeseries_property_data,),
        "create": (_op.create_timeseries_property_data,),
        "update": (_op.update_timeseries_property_data,),
        "delete": (_op.delete_timeseries_property_data,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        timeseries_id: int | None = None,
        property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesPropertyData]]:
        """List timeseries property data.

        `GET /timeseries_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            timeseries_id: filter, `int`
            property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesPropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if property_id is not None:
            kwargs["property_id"] = (
                property_id
                if type(property_id) is int
                else _p.integer(property_id, "property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_property_data.getall",
                filters,
                (
                    "timeseries_id",
                    "property_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_timeseries_property_data,
            "timeseries_property_data.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesPropertyData]:
        """Get timeseries property data by ID.

        `GET /timeseries_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesPropertyData`.

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
            _op.get_timeseries_property_data,
            "timeseries_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesPropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesPropertyData]:
        """Add a new timeseries property data.

        `POST /timeseries_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesPropertyData`.

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
            _op.create_timeseries_property_data,
            "timeseries_property_data.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.TimeseriesPropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesPropertyData]:
        """Update an existing timeseries property data.

        `PUT /timeseries_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.TimeseriesPropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_timeseries_property_data,
            "timeseries_property_data.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries property data.

        `DELETE /timeseries_property_data/{item_id}`

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
            raise _p.missing_etag("timeseries_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_timeseries_property_data,
            "timeseries_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesPropertyData(AsyncResource):
    """`/timeseries_property_data/` (`api_client.timeseries_property_data`), awaitable."""

    path = "/timeseries_property_data/"
    entry_point_name = "timeseries_property_data"
    calls = TimeseriesPropertyData.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        timeseries_id: int | None = None,
        property_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TimeseriesPropertyData]]:
        """List timeseries property data.

        `GET /timeseries_property_data/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            timeseries_id: filter, `int`
            property_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.TimeseriesPropertyData]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if property_id is not None:
            kwargs["property_id"] = (
                property_id
                if type(property_id) is int
                else _p.integer(property_id, "property_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_property_data.getall",
                filters,
                (
                    "timeseries_id",
                    "property_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_timeseries_property_data,
            "timeseries_property_data.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesPropertyData]:
        """Get timeseries property data by ID.

        `GET /timeseries_property_data/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.TimeseriesPropertyData`.

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
            _op.get_timeseries_property_data,
            "timeseries_property_data.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesPropertyData | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesPropertyData]:
        """Add a new timeseries property data.

        `POST /timeseries_property_data/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.TimeseriesPropertyData`.

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
            _op.create_timeseries_property_data,
            "timeseries_property_data.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.TimeseriesPropertyData | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesPropertyData]:
        """Update an existing timeseries property data.

        `PUT /timeseries_property_data/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.TimeseriesPropertyData`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries_property_data.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_timeseries_property_data,
            "timeseries_property_data.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries property data.

        `DELETE /timeseries_property_data/{item_id}`

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
            raise _p.missing_etag("timeseries_property_data.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_timeseries_property_data,
            "timeseries_property_data.delete",
            (id,),
            kwargs,
            query,
        )


class UserByUserGroups(Resource):
    """`/users_by_user_groups/` (`api_client.user_by_user_groups`)."""

    path = "/users_by_user_groups/"
    entry_point_name = "user_by_user_groups"
    #: The generated operation each method calls.
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
            `.parsed` is `list[m.UserByUserGroup]`.

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
            `.parsed` is `m.UserByUserGroup`.

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
            `.parsed` is `m.UserByUserGroup`.

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
            `.parsed` is `list[m.UserByUserGroup]`.

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
            `.parsed` is `m.UserByUserGroup`.

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
            `.parsed` is `m.UserByUserGroup`.

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


class UserGroups(Resource):
    """`/user_groups/` (`api_client.user_groups`)."""

    path = "/user_groups/"
    entry_point_name = "user_groups"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_user_groups,),
        "getone": (_op.get_user_group,),
        "create": (_op.create_user_group,),
        "update": (_op.update_user_group,),
        "delete": (_op.delete_user_group,),
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
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroup]]:
        """List user groups.

        `GET /user_groups/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.UserGroup]`.

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
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_groups.getall",
                filters,
                (
                    "sort",
                    "name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client, _op.list_user_groups, "user_groups.getall", (), kwargs, query
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroup]:
        """Get user group by ID.

        `GET /user_groups/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.UserGroup`.

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
            self._client, _op.get_user_group, "user_groups.getone", (id,), kwargs, query
        )

    def create(
        self, payload: m.UserGroup | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroup]:
        """Add a new user group.

        `POST /user_groups/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.UserGroup`.

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
            self._client, _op.create_user_group, "user_groups.create", (), kwargs, query
        )

    def update(
        self,
        id: int,
        payload: m.UserGroup | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.UserGroup]:
        """Update an existing user group.

        `PUT /user_groups/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.UserGroup`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("user_groups.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_user_group,
            "user_groups.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group.

        `DELETE /user_groups/{item_id}`

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
            raise _p.missing_etag("user_groups.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_user_group,
            "user_groups.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncUserGroups(AsyncResource):
    """`/user_groups/` (`api_client.user_groups`), awaitable."""

    path = "/user_groups/"
    entry_point_name = "user_groups"
    calls = UserGroups.calls

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
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroup]]:
        """List user groups.

        `GET /user_groups/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.UserGroup]`.

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
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_groups.getall",
                filters,
                (
                    "sort",
                    "name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_user_groups, "user_groups.getall", (), kwargs, query
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroup]:
        """Get user group by ID.

        `GET /user_groups/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.UserGroup`.

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
            self._client, _op.get_user_group, "user_groups.getone", (id,), kwargs, query
        )

    async def create(
        self, payload: m.UserGroup | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroup]:
        """Add a new user group.

        `POST /user_groups/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.UserGroup`.

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
            self._client, _op.create_user_group, "user_groups.create", (), kwargs, query
        )

    async def update(
        self,
        id: int,
        payload: m.UserGroup | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.UserGroup]:
        """Update an existing user group.

        `PUT /user_groups/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.UserGroup`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("user_groups.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_user_group,
            "user_groups.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group.

        `DELETE /user_groups/{item_id}`

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
            raise _p.missing_etag("user_groups.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_user_group,
            "user_groups.delete",
            (id,),
            kwargs,
            query,
        )


class UserGroupsByCampaignScopes(Resource):
    """`/user_groups_by_campaign_scopes/` (`api_client.user_groups_by_campaign_scopes`)."""

    path = "/user_groups_by_campaign_scopes/"
    entry_point_name = "user_groups_by_campaign_scopes"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_user_groups_by_campaign_scopes,),
        "getone": (_op.get_user_group_by_campaign_scope,),
        "create": (_op.create_user_group_by_campaign_scope,),
        "delete": (_op.delete_user_group_by_campaign_scope,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        user_group_id: int | None = None,
        campaign_scope_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroupByCampaignScope]]:
        """List user group x campaign scope associations.

        `GET /user_groups_by_campaign_scopes/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_group_id: filter, `int`
            campaign_scope_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.UserGroupByCampaignScope]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_group_id is not None:
            kwargs["user_group_id"] = (
                user_group_id
                if type(user_group_id) is int
                else _p.integer(user_group_id, "user_group_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_groups_by_campaign_scopes.getall",
                filters,
                (
                    "user_group_id",
                    "campaign_scope_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_user_groups_by_campaign_scopes,
            "user_groups_by_campaign_scopes.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaignScope]:
        """Get user group x campaign scope association by ID.

        `GET /user_groups_by_campaign_scopes/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.UserGroupByCampaignScope`.

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
            _op.get_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.UserGroupByCampaignScope | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaignScope]:
        """Add a new user group x campaign scope association.

        `POST /user_groups_by_campaign_scopes/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.UserGroupByCampaignScope`.

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
            _op.create_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group x campaign scope association.

        `DELETE /user_groups_by_campaign_scopes/{item_id}`

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
            _op.delete_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncUserGroupsByCampaignScopes(AsyncResource):
    """`/user_groups_by_campaign_scopes/` (`api_client.user_groups_by_campaign_scopes`), awaitable."""

    path = "/user_groups_by_campaign_scopes/"
    entry_point_name = "user_groups_by_campaign_scopes"
    calls = UserGroupsByCampaignScopes.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        user_group_id: int | None = None,
        campaign_scope_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroupByCampaignScope]]:
        """List user group x campaign scope associations.

        `GET /user_groups_by_campaign_scopes/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_group_id: filter, `int`
            campaign_scope_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.UserGroupByCampaignScope]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_group_id is not None:
            kwargs["user_group_id"] = (
                user_group_id
                if type(user_group_id) is int
                else _p.integer(user_group_id, "user_group_id")
            )
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_groups_by_campaign_scopes.getall",
                filters,
                (
                    "user_group_id",
                    "campaign_scope_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_user_groups_by_campaign_scopes,
            "user_groups_by_campaign_scopes.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaignScope]:
        """Get user group x campaign scope association by ID.

        `GET /user_groups_by_campaign_scopes/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.UserGroupByCampaignScope`.

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
            _op.get_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.UserGroupByCampaignScope | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaignScope]:
        """Add a new user group x campaign scope association.

        `POST /user_groups_by_campaign_scopes/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.UserGroupByCampaignScope`.

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
            _op.create_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group x campaign scope association.

        `DELETE /user_groups_by_campaign_scopes/{item_id}`

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
            _op.delete_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.delete",
            (id,),
            kwargs,
            query,
        )


class UserGroupsByCampaigns(Resource):
    """`/user_groups_by_campaigns/` (`api_client.user_groups_by_campaigns`)."""

    path = "/user_groups_by_campaigns/"
    entry_point_name = "user_groups_by_campaigns"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_user_groups_by_campaigns,),
        "getone": (_op.get_user_group_by_campaign,),
        "create": (_op.create_user_group_by_campaign,),
        "delete": (_op.delete_user_group_by_campaign,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        user_group_id: int | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroupByCampaign]]:
        """List user group x campaign associations.

        `GET /user_groups_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_group_id: filter, `int`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.UserGroupByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_group_id is not None:
            kwargs["user_group_id"] = (
                user_group_id
                if type(user_group_id) is int
                else _p.integer(user_group_id, "user_group_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_groups_by_campaigns.getall",
                filters,
                (
                    "user_group_id",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_user_groups_by_campaigns,
            "user_groups_by_campaigns.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaign]:
        """Get user group x campaign association by ID.

        `GET /user_groups_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.UserGroupByCampaign`.

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
            _op.get_user_group_by_campaign,
            "user_groups_by_campaigns.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.UserGroupByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaign]:
        """Add a new user group x campaign association.

        `POST /user_groups_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.UserGroupByCampaign`.

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
            _op.create_user_group_by_campaign,
            "user_groups_by_campaigns.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group x campaign association.

        `DELETE /user_groups_by_campaigns/{item_id}`

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
            _op.delete_user_group_by_campaign,
            "user_groups_by_campaigns.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncUserGroupsByCampaigns(AsyncResource):
    """`/user_groups_by_campaigns/` (`api_client.user_groups_by_campaigns`), awaitable."""

    path = "/user_groups_by_campaigns/"
    entry_point_name = "user_groups_by_campaigns"
    calls = UserGroupsByCampaigns.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        user_group_id: int | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroupByCampaign]]:
        """List user group x campaign associations.

        `GET /user_groups_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_group_id: filter, `int`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.UserGroupByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_group_id is not None:
            kwargs["user_group_id"] = (
                user_group_id
                if type(user_group_id) is int
                else _p.integer(user_group_id, "user_group_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_groups_by_campaigns.getall",
                filters,
                (
                    "user_group_id",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_user_groups_by_campaigns,
            "user_groups_by_campaigns.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaign]:
        """Get user group x campaign association by ID.

        `GET /user_groups_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.UserGroupByCampaign`.

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
            _op.get_user_group_by_campaign,
            "user_groups_by_campaigns.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.UserGroupByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaign]:
        """Add a new user group x campaign association.

        `POST /user_groups_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.UserGroupByCampaign`.

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
            _op.create_user_group_by_campaign,
            "user_groups_by_campaigns.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group x campaign association.

        `DELETE /user_groups_by_campaigns/{item_id}`

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
            _op.delete_user_group_by_campaign,
            "user_groups_by_campaigns.delete",
            (id,),
            kwargs,
            query,
        )


class Users(Resource):
    """`/users/` (`api_client.users`)."""

    path = "/users/"
    entry_point_name = "users"
    #: The generated operation each method calls.
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
            sort: filter, `m.ListUsersSortItem | list[m.ListUsersSortItem] | tuple[m.ListUsersSortItem, ...] | set[m.ListUsersSortItem]`
            name: filter, `str`
            email: filter, `str`
            is_admin: filter, `bool`
            is_active: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.User]`.

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
            `.parsed` is `m.User`.

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
            `.parsed` is `m.User`.

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
            `.parsed` is `m.User`.

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
            sort: filter, `m.ListUsersSortItem | list[m.ListUsersSortItem] | tuple[m.ListUsersSortItem, ...] | set[m.ListUsersSortItem]`
            name: filter, `str`
            email: filter, `str`
            is_admin: filter, `bool`
            is_active: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.User]`.

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
            `.parsed` is `m.User`.

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
            `.parsed` is `m.User`.

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
            `.parsed` is `m.User`.

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


class WeatherTimeseriesBySites(Resource):
    """`/weather_timeseries_by_sites/` (`api_client.weather_ts_by_sites`)."""

    path = "/weather_timeseries_by_sites/"
    entry_point_name = "weather_ts_by_sites"
    #: The generated operation each method calls.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_weather_timeseries_by_sites,),
        "getone": (_op.get_weather_timeseries_by_site,),
        "create": (_op.create_weather_timeseries_by_site,),
        "update": (_op.update_weather_timeseries_by_site,),
        "delete": (_op.delete_weather_timeseries_by_site,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        parameter: str | None = None,
        timeseries_id: int | None = None,
        forecast: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.WeatherTimeseriesBySite]]:
        """List weather timeseries x site associations.

        `GET /weather_timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            parameter: filter, `str`
            timeseries_id: filter, `int`
            forecast: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.WeatherTimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if parameter is not None:
            kwargs["parameter"] = parameter
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if forecast is not None:
            kwargs["forecast"] = forecast
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "weather_ts_by_sites.getall",
                filters,
                (
                    "site_id",
                    "parameter",
                    "timeseries_id",
                    "forecast",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_weather_timeseries_by_sites,
            "weather_ts_by_sites.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.WeatherTimeseriesBySite]:
        """Get weather timeseries x site association by ID.

        `GET /weather_timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.WeatherTimeseriesBySite`.

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
            _op.get_weather_timeseries_by_site,
            "weather_ts_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.WeatherTimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.WeatherTimeseriesBySite]:
        """Add a new weather timeseries x site association.

        `POST /weather_timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.WeatherTimeseriesBySite`.

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
            _op.create_weather_timeseries_by_site,
            "weather_ts_by_sites.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.WeatherTimeseriesBySite | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.WeatherTimeseriesBySite]:
        """Update an existing weather timeseries x site association.

        `PUT /weather_timeseries_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.WeatherTimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("weather_ts_by_sites.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_weather_timeseries_by_site,
            "weather_ts_by_sites.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a weather timeseries x site association.

        `DELETE /weather_timeseries_by_sites/{item_id}`

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
            raise _p.missing_etag("weather_ts_by_sites.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_weather_timeseries_by_site,
            "weather_ts_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncWeatherTimeseriesBySites(AsyncResource):
    """`/weather_timeseries_by_sites/` (`api_client.weather_ts_by_sites`), awaitable."""

    path = "/weather_timeseries_by_sites/"
    entry_point_name = "weather_ts_by_sites"
    calls = WeatherTimeseriesBySites.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        parameter: str | None = None,
        timeseries_id: int | None = None,
        forecast: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.WeatherTimeseriesBySite]]:
        """List weather timeseries x site associations.

        `GET /weather_timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            parameter: filter, `str`
            timeseries_id: filter, `int`
            forecast: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.WeatherTimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if parameter is not None:
            kwargs["parameter"] = parameter
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        if forecast is not None:
            kwargs["forecast"] = forecast
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "weather_ts_by_sites.getall",
                filters,
                (
                    "site_id",
                    "parameter",
                    "timeseries_id",
                    "forecast",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_weather_timeseries_by_sites,
            "weather_ts_by_sites.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.WeatherTimeseriesBySite]:
        """Get weather timeseries x site association by ID.

        `GET /weather_timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `m.WeatherTimeseriesBySite`.

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
            _op.get_weather_timeseries_by_site,
            "weather_ts_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.WeatherTimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.WeatherTimeseriesBySite]:
        """Add a new weather timeseries x site association.

        `POST /weather_timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `m.WeatherTimeseriesBySite`.

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
            _op.create_weather_timeseries_by_site,
            "weather_ts_by_sites.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.WeatherTimeseriesBySite | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.WeatherTimeseriesBySite]:
        """Update an existing weather timeseries x site association.

        `PUT /weather_timeseries_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `m.WeatherTimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("weather_ts_by_sites.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_weather_timeseries_by_site,
            "weather_ts_by_sites.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a weather timeseries x site association.

        `DELETE /weather_timeseries_by_sites/{item_id}`

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
            raise _p.missing_etag("weather_ts_by_sites.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_weather_timeseries_by_site,
            "weather_ts_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class ZoneProperties(Resource):
    """`/zone_properties/` (`api_client.zone_properties`)."""

    path = "/zone_properties/"
    entry_point_name = "zone_properties"
    #: The generated operation each method calls.
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
            `.parsed` is `list[m.ZoneProperty]`.

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
            `.parsed` is `m.ZoneProperty`.

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
            `.parsed` is `m.ZoneProperty`.

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
            `.parsed` is `list[m.ZoneProperty]`.

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
            `.parsed` is `m.ZoneProperty`.

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
            `.parsed` is `m.ZoneProperty`.

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


class ZonePropertyData(Resource):
    """`/zone_property_data/` (`api_client.zone_property_data`)."""

    path = "/zone_property_data/"
    entry_point_name = "zone_property_data"
    #: The generated operation each method calls.
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
            `.parsed` is `list[m.ZonePropertyData]`.

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
            `.parsed` is `m.ZonePropertyData`.

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
            `.parsed` is `m.ZonePropertyData`.

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
            `.parsed` is `m.ZonePropertyData`.

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
            `.parsed` is `list[m.ZonePropertyData]`.

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
            `.parsed` is `m.ZonePropertyData`.

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
            `.parsed` is `m.ZonePropertyData`.

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
            `.parsed` is `m.ZonePropertyData`.

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


class Zones(Resource):
    """`/zones/` (`api_client.zones`)."""

    path = "/zones/"
    entry_point_name = "zones"
    #: The generated operation each method calls.
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
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Zone]`.

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
            `.parsed` is `m.Zone`.

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
            `.parsed` is `m.Zone`.

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
            `.parsed` is `m.Zone`.

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
            sort: filter, `m.SortByName | list[m.SortByName] | tuple[m.SortByName, ...] | set[m.SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[m.Zone]`.

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
            `.parsed` is `m.Zone`.

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
            `.parsed` is `m.Zone`.

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
            `.parsed` is `m.Zone`.

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


class EntryPoint:
    """One entry point of a client: its resource is made on first access, once
    per client (stored on the client: later reads do not come back here)."""

    def __init__(self, resource: type[Any]) -> None:
        self.resource = resource
        self.name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name
        # Cached per client (see __get__): `with_options` copies forget it.
        owner._cached_per_client = getattr(owner, "_cached_per_client", frozenset()) | {
            name
        }

    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        instance = self.resource(client)
        client.__dict__[self.name] = instance
        return instance


def entry_point(resource: type[Any]) -> Any:
    """Declare an entry point; its annotation gives its type to type checkers."""
    return EntryPoint(resource)


class RegularEntryPoints:
    """The blocking client's entry points of the facade's table."""

    about: About = entry_point(About)
    building_properties: BuildingProperties = entry_point(BuildingProperties)
    building_property_data: BuildingPropertyData = entry_point(BuildingPropertyData)
    buildings: Buildings = entry_point(Buildings)
    campaign_scopes: CampaignScopes = entry_point(CampaignScopes)
    campaigns: Campaigns = entry_point(Campaigns)
    energies: Energies = entry_point(Energies)
    energy_cons_ts_by_buildings: EnergyConsumptionTimeseriesByBuildings = entry_point(
        EnergyConsumptionTimeseriesByBuildings
    )
    energy_cons_ts_by_sites: EnergyConsumptionTimeseriesBySites = entry_point(
        EnergyConsumptionTimeseriesBySites
    )
    energy_end_uses: EnergyEndUses = entry_point(EnergyEndUses)
    energy_prod_technologies: EnergyProductionTechnologies = entry_point(
        EnergyProductionTechnologies
    )
    energy_prod_ts_by_buildings: EnergyProductionTimeseriesByBuildings = entry_point(
        EnergyProductionTimeseriesByBuildings
    )
    energy_prod_ts_by_sites: EnergyProductionTimeseriesBySites = entry_point(
        EnergyProductionTimeseriesBySites
    )
    event_by_buildings: EventByBuildings = entry_point(EventByBuildings)
    event_by_sites: EventBySites = entry_point(EventBySites)
    event_by_spaces: EventBySpaces = entry_point(EventBySpaces)
    event_by_storeys: EventByStoreys = entry_point(EventByStoreys)
    event_by_zones: EventByZones = entry_point(EventByZones)
    event_categories: EventCategories = entry_point(EventCategories)
    event_categories_by_users: EventCategoriesByUsers = entry_point(
        EventCategoriesByUsers
    )
    events: Events = entry_point(Events)
    notifications: Notifications = entry_point(Notifications)
    site_properties: SiteProperties = entry_point(SiteProperties)
    site_property_data: SitePropertyData = entry_point(SitePropertyData)
    sites: Sites = entry_point(Sites)
    st_check_missing_by_campaign: StCheckMissingByCampaign = entry_point(
        StCheckMissingByCampaign
    )
    st_check_outlier_by_campaign: StCheckOutlierByCampaign = entry_point(
        StCheckOutlierByCampaign
    )
    st_cleanup_by_campaign: StCleanupByCampaign = entry_point(StCleanupByCampaign)
    st_cleanup_by_timeseries: StCleanupByTimeseries = entry_point(StCleanupByTimeseries)
    st_download_weather_by_site: StDownloadWeatherBySite = entry_point(
        StDownloadWeatherBySite
    )
    st_download_weather_forecast_by_site: StDownloadWeatherForecastBySite = entry_point(
        StDownloadWeatherForecastBySite
    )
    space_properties: SpaceProperties = entry_point(SpaceProperties)
    space_property_data: SpacePropertyData = entry_point(SpacePropertyData)
    spaces: Spaces = entry_point(Spaces)
    storey_properties: StoreyProperties = entry_point(StoreyProperties)
    storey_property_data: StoreyPropertyData = entry_point(StoreyPropertyData)
    storeys: Storeys = entry_point(Storeys)
    structural_element_properties: StructuralElementProperties = entry_point(
        StructuralElementProperties
    )
    task_by_campaign: TasksByCampaigns = entry_point(TasksByCampaigns)
    tasks: Tasks = entry_point(Tasks)
    timeseries: Timeseries = entry_point(Timeseries)
    timeseries_by_buildings: TimeseriesByBuildings = entry_point(TimeseriesByBuildings)
    timeseries_by_events: TimeseriesByEvents = entry_point(TimeseriesByEvents)
    timeseries_by_sites: TimeseriesBySites = entry_point(TimeseriesBySites)
    timeseries_by_spaces: TimeseriesBySpaces = entry_point(TimeseriesBySpaces)
    timeseries_by_storeys: TimeseriesByStoreys = entry_point(TimeseriesByStoreys)
    timeseries_by_zones: TimeseriesByZones = entry_point(TimeseriesByZones)
    timeseries_datastates: TimeseriesDataStates = entry_point(TimeseriesDataStates)
    timeseries_properties: TimeseriesProperties = entry_point(TimeseriesProperties)
    timeseries_property_data: TimeseriesPropertyData = entry_point(
        TimeseriesPropertyData
    )
    user_by_user_groups: UserByUserGroups = entry_point(UserByUserGroups)
    user_groups: UserGroups = entry_point(UserGroups)
    user_groups_by_campaign_scopes: UserGroupsByCampaignScopes = entry_point(
        UserGroupsByCampaignScopes
    )
    user_groups_by_campaigns: UserGroupsByCampaigns = entry_point(UserGroupsByCampaigns)
    users: Users = entry_point(Users)
    weather_ts_by_sites: WeatherTimeseriesBySites = entry_point(
        WeatherTimeseriesBySites
    )
    zone_properties: ZoneProperties = entry_point(ZoneProperties)
    zone_property_data: ZonePropertyData = entry_point(ZonePropertyData)
    zones: Zones = entry_point(Zones)


class AsyncRegularEntryPoints:
    """The asyncio client's entry points of the facade's table."""

    about: AsyncAbout = entry_point(AsyncAbout)
    building_properties: AsyncBuildingProperties = entry_point(AsyncBuildingProperties)
    building_property_data: AsyncBuildingPropertyData = entry_point(
        AsyncBuildingPropertyData
    )
    buildings: AsyncBuildings = entry_point(AsyncBuildings)
    campaign_scopes: AsyncCampaignScopes = entry_point(AsyncCampaignScopes)
    campaigns: AsyncCampaigns = entry_point(AsyncCampaigns)
    energies: AsyncEnergies = entry_point(AsyncEnergies)
    energy_cons_ts_by_buildings: AsyncEnergyConsumptionTimeseriesByBuildings = (
        entry_point(AsyncEnergyConsumptionTimeseriesByBuildings)
    )
    energy_cons_ts_by_sites: AsyncEnergyConsumptionTimeseriesBySites = entry_point(
        AsyncEnergyConsumptionTimeseriesBySites
    )
    energy_end_uses: AsyncEnergyEndUses = entry_point(AsyncEnergyEndUses)
    energy_prod_technologies: AsyncEnergyProductionTechnologies = entry_point(
        AsyncEnergyProductionTechnologies
    )
    energy_prod_ts_by_buildings: AsyncEnergyProductionTimeseriesByBuildings = (
        entry_point(AsyncEnergyProductionTimeseriesByBuildings)
    )
    energy_prod_ts_by_sites: AsyncEnergyProductionTimeseriesBySites = entry_point(
        AsyncEnergyProductionTimeseriesBySites
    )
    event_by_buildings: AsyncEventByBuildings = entry_point(AsyncEventByBuildings)
    event_by_sites: AsyncEventBySites = entry_point(AsyncEventBySites)
    event_by_spaces: AsyncEventBySpaces = entry_point(AsyncEventBySpaces)
    event_by_storeys: AsyncEventByStoreys = entry_point(AsyncEventByStoreys)
    event_by_zones: AsyncEventByZones = entry_point(AsyncEventByZones)
    event_categories: AsyncEventCategories = entry_point(AsyncEventCategories)
    event_categories_by_users: AsyncEventCategoriesByUsers = entry_point(
        AsyncEventCategoriesByUsers
    )
    events: AsyncEvents = entry_point(AsyncEvents)
    notifications: AsyncNotifications = entry_point(AsyncNotifications)
    site_properties: AsyncSiteProperties = entry_point(AsyncSiteProperties)
    site_property_data: AsyncSitePropertyData = entry_point(AsyncSitePropertyData)
    sites: AsyncSites = entry_point(AsyncSites)
    st_check_missing_by_campaign: AsyncStCheckMissingByCampaign = entry_point(
        AsyncStCheckMissingByCampaign
    )
    st_check_outlier_by_campaign: AsyncStCheckOutlierByCampaign = entry_point(
        AsyncStCheckOutlierByCampaign
    )
    st_cleanup_by_campaign: AsyncStCleanupByCampaign = entry_point(
        AsyncStCleanupByCampaign
    )
    st_cleanup_by_timeseries: AsyncStCleanupByTimeseries = entry_point(
        AsyncStCleanupByTimeseries
    )
    st_download_weather_by_site: AsyncStDownloadWeatherBySite = entry_point(
        AsyncStDownloadWeatherBySite
    )
    st_download_weather_forecast_by_site: AsyncStDownloadWeatherForecastBySite = (
        entry_point(AsyncStDownloadWeatherForecastBySite)
    )
    space_properties: AsyncSpaceProperties = entry_point(AsyncSpaceProperties)
    space_property_data: AsyncSpacePropertyData = entry_point(AsyncSpacePropertyData)
    spaces: AsyncSpaces = entry_point(AsyncSpaces)
    storey_properties: AsyncStoreyProperties = entry_point(AsyncStoreyProperties)
    storey_property_data: AsyncStoreyPropertyData = entry_point(AsyncStoreyPropertyData)
    storeys: AsyncStoreys = entry_point(AsyncStoreys)
    structural_element_properties: AsyncStructuralElementProperties = entry_point(
        AsyncStructuralElementProperties
    )
    task_by_campaign: AsyncTasksByCampaigns = entry_point(AsyncTasksByCampaigns)
    tasks: AsyncTasks = entry_point(AsyncTasks)
    timeseries: AsyncTimeseries = entry_point(AsyncTimeseries)
    timeseries_by_buildings: AsyncTimeseriesByBuildings = entry_point(
        AsyncTimeseriesByBuildings
    )
    timeseries_by_events: AsyncTimeseriesByEvents = entry_point(AsyncTimeseriesByEvents)
    timeseries_by_sites: AsyncTimeseriesBySites = entry_point(AsyncTimeseriesBySites)
    timeseries_by_spaces: AsyncTimeseriesBySpaces = entry_point(AsyncTimeseriesBySpaces)
    timeseries_by_storeys: AsyncTimeseriesByStoreys = entry_point(
        AsyncTimeseriesByStoreys
    )
    timeseries_by_zones: AsyncTimeseriesByZones = entry_point(AsyncTimeseriesByZones)
    timeseries_datastates: AsyncTimeseriesDataStates = entry_point(
        AsyncTimeseriesDataStates
    )
    timeseries_properties: AsyncTimeseriesProperties = entry_point(
        AsyncTimeseriesProperties
    )
    timeseries_property_data: AsyncTimeseriesPropertyData = entry_point(
        AsyncTimeseriesPropertyData
    )
    user_by_user_groups: AsyncUserByUserGroups = entry_point(AsyncUserByUserGroups)
    user_groups: AsyncUserGroups = entry_point(AsyncUserGroups)
    user_groups_by_campaign_scopes: AsyncUserGroupsByCampaignScopes = entry_point(
        AsyncUserGroupsByCampaignScopes
    )
    user_groups_by_campaigns: AsyncUserGroupsByCampaigns = entry_point(
        AsyncUserGroupsByCampaigns
    )
    users: AsyncUsers = entry_point(AsyncUsers)
    weather_ts_by_sites: AsyncWeatherTimeseriesBySites = entry_point(
        AsyncWeatherTimeseriesBySites
    )
    zone_properties: AsyncZoneProperties = entry_point(AsyncZoneProperties)
    zone_property_data: AsyncZonePropertyData = entry_point(AsyncZonePropertyData)
    zones: AsyncZones = entry_point(AsyncZones)

"""`/spaces/`: the resource classes of `api_client.spaces` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Spaces`) and an
`async def` of the asyncio client's (`AsyncSpaces`), which sends
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


class Spaces(Resource):
    """`/spaces/` (`api_client.spaces`)."""

    path = "/spaces/"
    entry_point_name = "spaces"
    #: The generated operations each method may call.
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
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            site_id: filter, `int`
            building_id: filter, `int`
            storey_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Space]`.

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
            `.parsed` is `Space`.

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
            `.parsed` is `Space`.

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
            `.parsed` is `Space`.

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
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            site_id: filter, `int`
            building_id: filter, `int`
            storey_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Space]`.

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
            `.parsed` is `Space`.

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
            `.parsed` is `Space`.

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
            `.parsed` is `Space`.

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

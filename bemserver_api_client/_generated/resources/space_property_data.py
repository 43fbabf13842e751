"""`/space_property_data/`: the resource classes of `api_client.space_property_data` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`SpacePropertyData`) and an
`async def` of the asyncio client's (`AsyncSpacePropertyData`), which sends
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


class SpacePropertyData(Resource):
    """`/space_property_data/` (`api_client.space_property_data`)."""

    path = "/space_property_data/"
    entry_point_name = "space_property_data"
    #: The generated operations each method may call.
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
            `.parsed` is `list[SpacePropertyData]`.

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
            `.parsed` is `SpacePropertyData`.

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
            `.parsed` is `SpacePropertyData`.

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
            `.parsed` is `SpacePropertyData`.

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
            `.parsed` is `list[SpacePropertyData]`.

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
            `.parsed` is `SpacePropertyData`.

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
            `.parsed` is `SpacePropertyData`.

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
            `.parsed` is `SpacePropertyData`.

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

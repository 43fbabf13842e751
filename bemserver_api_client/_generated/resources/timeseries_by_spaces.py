"""`/timeseries_by_spaces/`: the resource classes of `api_client.timeseries_by_spaces` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`TimeseriesBySpaces`) and an
`async def` of the asyncio client's (`AsyncTimeseriesBySpaces`), which sends
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


class TimeseriesBySpaces(Resource):
    """`/timeseries_by_spaces/` (`api_client.timeseries_by_spaces`)."""

    path = "/timeseries_by_spaces/"
    entry_point_name = "timeseries_by_spaces"
    #: The generated operations each method may call.
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
            `.parsed` is `list[TimeseriesBySpace]`.

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
            page_size: `int` (default 100)
            space_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `TimeseriesBySpace`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
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
            `.parsed` is `TimeseriesBySpace`.

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
            `.parsed` is `TimeseriesBySpace`.

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
            `.parsed` is `list[TimeseriesBySpace]`.

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
            page_size: `int` (default 100)
            space_id: filter, `int`
            timeseries_id: filter, `int`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `TimeseriesBySpace`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
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
            `.parsed` is `TimeseriesBySpace`.

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
            `.parsed` is `TimeseriesBySpace`.

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

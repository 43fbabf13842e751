"""`/timeseries/`: the resource classes of `api_client.timeseries` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Timeseries`) and an
`async def` of the asyncio client's (`AsyncTimeseries`), which sends
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

# The values each enumeration of the API accepts, in the API document's order.
_SORT_BY_NAME = (
    "name",
    "+name",
    "-name",
)


class Timeseries(Resource):
    """`/timeseries/` (`api_client.timeseries`)."""

    path = "/timeseries/"
    entry_point_name = "timeseries"
    #: The generated operations each method may call.
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
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
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
            `.parsed` is `list[Timeseries]`.

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
            page_size: `int` (default 100)
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
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
            the items, `Timeseries`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
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
            `.parsed` is `Timeseries`.

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
            `.parsed` is `Timeseries`.

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
            `.parsed` is `Timeseries`.

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
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
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
            `.parsed` is `list[Timeseries]`.

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
            page_size: `int` (default 100)
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
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
            the items, `Timeseries`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
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
            `.parsed` is `Timeseries`.

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
            `.parsed` is `Timeseries`.

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
            `.parsed` is `Timeseries`.

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

"""`/st_cleanups_by_timeseries/`: the resource classes of `api_client.st_cleanup_by_timeseries` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`StCleanupByTimeseries`) and an
`async def` of the asyncio client's (`AsyncStCleanupByTimeseries`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _prepare as _p
from ..._transport import send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    from typing_extensions import Never

    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef

# The values each enumeration of the API accepts, in the API document's order.
_LIST_ST_CLEANUPS_BY_TIMESERIES_FULL_SORT_ITEM = (
    "timeseries_name",
    "+timeseries_name",
    "-timeseries_name",
    "last_timestamp",
    "+last_timestamp",
    "-last_timestamp",
)


class StCleanupByTimeseries(Resource):
    """`/st_cleanups_by_timeseries/` (`api_client.st_cleanup_by_timeseries`)."""

    path = "/st_cleanups_by_timeseries/"
    entry_point_name = "st_cleanup_by_timeseries"
    #: The generated operations each method may call.
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
            `.parsed` is `list[STCleanupByTimeseries]`.

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
            sort: filter, `ListStCleanupsByTimeseriesFullSortItem | list[ListStCleanupsByTimeseriesFullSortItem] | tuple[ListStCleanupsByTimeseriesFullSortItem, ...] | set[ListStCleanupsByTimeseriesFullSortItem]`
            campaign_id: filter, `int`
            timeseries_id: filter, `int`
            in_timeseries_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[STCleanupByTimeseriesFull]`.

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
            `.parsed` is `STCleanupByTimeseries`.

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
            `.parsed` is `list[STCleanupByTimeseries]`.

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
            sort: filter, `ListStCleanupsByTimeseriesFullSortItem | list[ListStCleanupsByTimeseriesFullSortItem] | tuple[ListStCleanupsByTimeseriesFullSortItem, ...] | set[ListStCleanupsByTimeseriesFullSortItem]`
            campaign_id: filter, `int`
            timeseries_id: filter, `int`
            in_timeseries_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[STCleanupByTimeseriesFull]`.

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
            `.parsed` is `STCleanupByTimeseries`.

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

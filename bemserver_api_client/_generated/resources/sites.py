"""`/sites/`: the resource classes of `api_client.sites` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Sites`) and an
`async def` of the asyncio client's (`AsyncSites`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _prepare as _p
from ... import enums
from ..._convert import checked_payload
from ..._transport import send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from typing_extensions import Never

    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef

# The values each enumeration of the API accepts, in the API document's order.
_GET_SITE_DEGREE_DAYS_PERIOD = (
    "day",
    "month",
    "year",
)
_GET_SITE_DEGREE_DAYS_TYPE = (
    "heating",
    "cooling",
)
_SORT_BY_NAME = (
    "name",
    "+name",
    "-name",
)


class Sites(Resource):
    """`/sites/` (`api_client.sites`)."""

    path = "/sites/"
    entry_point_name = "sites"
    #: The generated operations each method may call.
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
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Site]`.

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
            `.parsed` is `Site`.

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
            `.parsed` is `Site`.

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
            `.parsed` is `Site`.

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
            period: `enums.DegreeDaysPeriod | str` (default DegreeDaysPeriod.day)
            type: `enums.DegreeDaysType | str` (default DegreeDaysType.heating)
            base: `float` (default 18)
            unit: `str` (default '°C')

        Returns:
            `.parsed` is `DegreeDaysResult`.

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
            sort: filter, `SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]`
            name: filter, `str`
            campaign_id: filter, `int`
            ifc_id: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Site]`.

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
            `.parsed` is `Site`.

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
            `.parsed` is `Site`.

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
            `.parsed` is `Site`.

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
            period: `enums.DegreeDaysPeriod | str` (default DegreeDaysPeriod.day)
            type: `enums.DegreeDaysType | str` (default DegreeDaysType.heating)
            base: `float` (default 18)
            unit: `str` (default '°C')

        Returns:
            `.parsed` is `DegreeDaysResult`.

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

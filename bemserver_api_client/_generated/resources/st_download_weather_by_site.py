"""`/st_download_weather_data_by_sites/`: the resource classes of `api_client.st_download_weather_by_site` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`StDownloadWeatherBySite`) and an
`async def` of the asyncio client's (`AsyncStDownloadWeatherBySite`), which sends
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
_SORT_BY_CAMPAIGN_AND_SITE_NAME = (
    "campaign_id",
    "+campaign_id",
    "-campaign_id",
    "site_name",
    "+site_name",
    "-site_name",
)


class StDownloadWeatherBySite(Resource):
    """`/st_download_weather_data_by_sites/` (`api_client.st_download_weather_by_site`)."""

    path = "/st_download_weather_data_by_sites/"
    entry_point_name = "st_download_weather_by_site"
    #: The generated operations each method may call.
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
            `.parsed` is `list[STDownloadWeatherDataBySite]`.

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
            sort: filter, `SortByCampaignAndSiteName | list[SortByCampaignAndSiteName] | tuple[SortByCampaignAndSiteName, ...] | set[SortByCampaignAndSiteName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            site_id: filter, `int`
            in_site_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[STDownloadWeatherDataBySiteFull]`.

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
            `.parsed` is `STDownloadWeatherDataBySite`.

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
            `.parsed` is `STDownloadWeatherDataBySite`.

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
            `.parsed` is `STDownloadWeatherDataBySite`.

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
            `.parsed` is `list[STDownloadWeatherDataBySite]`.

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
            sort: filter, `SortByCampaignAndSiteName | list[SortByCampaignAndSiteName] | tuple[SortByCampaignAndSiteName, ...] | set[SortByCampaignAndSiteName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            site_id: filter, `int`
            in_site_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[STDownloadWeatherDataBySiteFull]`.

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
            `.parsed` is `STDownloadWeatherDataBySite`.

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
            `.parsed` is `STDownloadWeatherDataBySite`.

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
            `.parsed` is `STDownloadWeatherDataBySite`.

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

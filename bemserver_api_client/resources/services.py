"""The scheduled services of API 0.24 and 0.25 (`st_*`), replaced in API 0.26 by
`tasks` and `task_by_campaign`. Calling them on a newer server raises
BEMServerAPIOperationUnavailableError before any request."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic

from .._generated import operations
from ._base import (
    CRUD,
    Call,
    GetAll,
    GetOne,
    ModelT,
    ModeT,
    Operation,
    P,
    Resource,
    T,
    list_operation,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m
    from .._generated.operations import OperationRef


class GetFull(Resource[ModeT], Generic[ModeT, ModelT]):
    """`GET <resource>full`: the settings with the campaign's or site's details."""

    _full: OperationRef[list[ModelT]]

    # Each resource declares its typed `get_full` (see `GetAll`), with
    # `@full_operation`, calling this.
    def _full_call(
        self, etag: str | None, query: Mapping[str, Any]
    ) -> Call[list[ModelT]]:
        return Call(if_none_match=etag, query=query)


def full_operation(
    describe: Callable[Concatenate[Any, P], Call[T]],
) -> Operation[P, T]:
    """Declare a resource's `get_full`, which calls the class's `_full` operation."""
    describe.__doc__ = (
        describe.__doc__
        or "Like getall, with the details of what each setting applies to."
    )
    return Operation(describe, (), "_full")


class StCheckMissingByCampaign(
    CRUD[
        ModeT,
        "m.STCheckMissingByCampaign",
        "m.STCheckMissingByCampaign",
        "m.STCheckMissingByCampaignPut",
    ],
    GetFull[ModeT, "m.STCheckMissingByCampaignFull"],
):
    _list = operations.list_st_check_missings_by_campaigns
    _get = operations.get_st_check_missing_by_campaign
    _create = operations.create_st_check_missing_by_campaign
    _update = operations.update_st_check_missing_by_campaign
    _delete = operations.delete_st_check_missing_by_campaign
    _full = operations.list_st_check_missings_by_campaigns_full

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStCheckMissingsByCampaignsQuery],
    ) -> Call[list[m.STCheckMissingByCampaign]]:
        return self._list_call(etag, query)

    @full_operation
    def get_full(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStCheckMissingsByCampaignsFullQuery],
    ) -> Call[list[m.STCheckMissingByCampaignFull]]:
        return self._full_call(etag, query)


class StCheckOutlierByCampaign(
    CRUD[
        ModeT,
        "m.STCheckOutliersByCampaign",
        "m.STCheckOutliersByCampaign",
        "m.STCheckOutliersByCampaignPut",
    ],
    GetFull[ModeT, "m.STCheckOutliersByCampaignFull"],
):
    _list = operations.list_st_check_outliers_by_campaigns
    _get = operations.get_st_check_outliers_by_campaign
    _create = operations.create_st_check_outliers_by_campaign
    _update = operations.update_st_check_outliers_by_campaign
    _delete = operations.delete_st_check_outliers_by_campaign
    _full = operations.list_st_check_outliers_by_campaigns_full

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStCheckOutliersByCampaignsQuery],
    ) -> Call[list[m.STCheckOutliersByCampaign]]:
        return self._list_call(etag, query)

    @full_operation
    def get_full(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStCheckOutliersByCampaignsFullQuery],
    ) -> Call[list[m.STCheckOutliersByCampaignFull]]:
        return self._full_call(etag, query)


class StCleanupByCampaign(
    CRUD[
        ModeT,
        "m.STCleanupByCampaign",
        "m.STCleanupByCampaign",
        "m.STCleanupByCampaignPut",
    ],
    GetFull[ModeT, "m.STCleanupByCampaignFull"],
):
    _list = operations.list_st_cleanups_by_campaigns
    _get = operations.get_st_cleanup_by_campaign
    _create = operations.create_st_cleanup_by_campaign
    _update = operations.update_st_cleanup_by_campaign
    _delete = operations.delete_st_cleanup_by_campaign
    _full = operations.list_st_cleanups_by_campaigns_full

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStCleanupsByCampaignsQuery],
    ) -> Call[list[m.STCleanupByCampaign]]:
        return self._list_call(etag, query)

    @full_operation
    def get_full(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStCleanupsByCampaignsFullQuery],
    ) -> Call[list[m.STCleanupByCampaignFull]]:
        return self._full_call(etag, query)


class StCleanupByTimeseries(
    GetAll[ModeT, "m.STCleanupByTimeseries"],
    GetOne[ModeT, "m.STCleanupByTimeseries"],
    GetFull[ModeT, "m.STCleanupByTimeseriesFull"],
):
    _list = operations.list_st_cleanups_by_timeseries
    _get = operations.get_st_cleanup_by_timeseries
    _full = operations.list_st_cleanups_by_timeseries_full

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStCleanupsByTimeseriesQuery],
    ) -> Call[list[m.STCleanupByTimeseries]]:
        return self._list_call(etag, query)

    @full_operation
    def get_full(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStCleanupsByTimeseriesFullQuery],
    ) -> Call[list[m.STCleanupByTimeseriesFull]]:
        return self._full_call(etag, query)


class StDownloadWeatherBySite(
    CRUD[
        ModeT,
        "m.STDownloadWeatherDataBySite",
        "m.STDownloadWeatherDataBySite",
        "m.STDownloadWeatherDataBySitePut",
    ],
    GetFull[ModeT, "m.STDownloadWeatherDataBySiteFull"],
):
    _list = operations.list_st_download_weather_data_by_sites
    _get = operations.get_st_download_weather_data_by_site
    _create = operations.create_st_download_weather_data_by_site
    _update = operations.update_st_download_weather_data_by_site
    _delete = operations.delete_st_download_weather_data_by_site
    _full = operations.list_st_download_weather_data_by_sites_full

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStDownloadWeatherDataBySitesQuery],
    ) -> Call[list[m.STDownloadWeatherDataBySite]]:
        return self._list_call(etag, query)

    @full_operation
    def get_full(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStDownloadWeatherDataBySitesFullQuery],
    ) -> Call[list[m.STDownloadWeatherDataBySiteFull]]:
        return self._full_call(etag, query)


class StDownloadWeatherForecastBySite(
    CRUD[
        ModeT,
        "m.STDownloadWeatherForecastDataBySite",
        "m.STDownloadWeatherForecastDataBySite",
        "m.STDownloadWeatherForecastDataBySitePut",
    ],
    GetFull[ModeT, "m.STDownloadWeatherForecastDataBySiteFull"],
):
    _list = operations.list_st_download_weather_forecast_data_by_sites
    _get = operations.get_st_download_weather_forecast_data_by_site
    _create = operations.create_st_download_weather_forecast_data_by_site
    _update = operations.update_st_download_weather_forecast_data_by_site
    _delete = operations.delete_st_download_weather_forecast_data_by_site
    _full = operations.list_st_download_weather_forecast_data_by_sites_full

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStDownloadWeatherForecastDataBySitesQuery],
    ) -> Call[list[m.STDownloadWeatherForecastDataBySite]]:
        return self._list_call(etag, query)

    @full_operation
    def get_full(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStDownloadWeatherForecastDataBySitesFullQuery],
    ) -> Call[list[m.STDownloadWeatherForecastDataBySiteFull]]:
        return self._full_call(etag, query)

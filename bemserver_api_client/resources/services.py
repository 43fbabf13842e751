"""The scheduled services of API 0.24 and 0.25 (`st_*`), replaced in API 0.26 by
`tasks` and `task_by_campaign`. Calling them on a newer server raises
BEMServerAPIOperationUnavailableError before any request."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic

from ._base import CRUD, Call, GetAll, GetOne, ModelT, ModeT, Resource, operation

if TYPE_CHECKING:
    from .._generated import models as m  # noqa: F401 - used in quotes


class GetFull(Resource[ModeT], Generic[ModeT, ModelT]):
    """`GET <resource>full`: the settings with the campaign's or site's details."""

    _full: str

    def __init_subclass__(
        cls, *, tag: str | None = None, collection: str | None = None, **kwargs: Any
    ) -> None:
        super().__init_subclass__(tag=tag, collection=collection, **kwargs)
        if tag is not None and collection is not None:
            cls._full = f"{tag}.list_{collection}_full"

    @operation(attribute="_full")
    def get_full(
        self, /, *, etag: str | None = None, **kwargs: Any
    ) -> Call[list[ModelT]]:
        """Like getall, with the details of what each setting applies to."""
        return Call(if_none_match=etag, query=kwargs)


class StCheckMissingByCampaign(
    CRUD[
        ModeT,
        "m.STCheckMissingByCampaign",
        "m.STCheckMissingByCampaign",
        "m.STCheckMissingByCampaignPut",
    ],
    GetFull[ModeT, "m.STCheckMissingByCampaignFull"],
    tag="st_check_missing_by_campaign",
    collection="st_check_missings_by_campaigns",
):
    pass


class StCheckOutlierByCampaign(
    CRUD[
        ModeT,
        "m.STCheckOutliersByCampaign",
        "m.STCheckOutliersByCampaign",
        "m.STCheckOutliersByCampaignPut",
    ],
    GetFull[ModeT, "m.STCheckOutliersByCampaignFull"],
    tag="st_check_outliers_by_campaign",
    collection="st_check_outliers_by_campaigns",
):
    pass


class StCleanupByCampaign(
    CRUD[
        ModeT,
        "m.STCleanupByCampaign",
        "m.STCleanupByCampaign",
        "m.STCleanupByCampaignPut",
    ],
    GetFull[ModeT, "m.STCleanupByCampaignFull"],
    tag="st_cleanup_by_campaign",
    collection="st_cleanups_by_campaigns",
):
    pass


class StCleanupByTimeseries(
    GetAll[ModeT, "m.STCleanupByTimeseries"],
    GetOne[ModeT, "m.STCleanupByTimeseries"],
    GetFull[ModeT, "m.STCleanupByTimeseriesFull"],
    tag="st_cleanup_by_timeseries",
    collection="st_cleanups_by_timeseries",
):
    pass


class StDownloadWeatherBySite(
    CRUD[
        ModeT,
        "m.STDownloadWeatherDataBySite",
        "m.STDownloadWeatherDataBySite",
        "m.STDownloadWeatherDataBySitePut",
    ],
    GetFull[ModeT, "m.STDownloadWeatherDataBySiteFull"],
    tag="st_download_weather_data_by_site",
    collection="st_download_weather_data_by_sites",
):
    pass


class StDownloadWeatherForecastBySite(
    CRUD[
        ModeT,
        "m.STDownloadWeatherForecastDataBySite",
        "m.STDownloadWeatherForecastDataBySite",
        "m.STDownloadWeatherForecastDataBySitePut",
    ],
    GetFull[ModeT, "m.STDownloadWeatherForecastDataBySiteFull"],
    tag="st_download_weather_forecast_data_by_site",
    collection="st_download_weather_forecast_data_by_sites",
):
    pass

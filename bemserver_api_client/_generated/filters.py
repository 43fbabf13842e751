"""The query parameters of each operation, as TypedDicts (written by the generator).

`<Operation>Query` lists the keyword arguments of an operation's request builder
that are query parameters, typed as the clients accept them: a list also as one
item (or a tuple or a set), a datetime also as a date or an ISO 8601 string, an
enumeration also as a member of the Enum of `bemserver_api_client.enums` with the
same values, an optional parameter also as None (left out). A paginated listing
also has `<Operation>PagesQuery`: the same without `page_size`, which an
iteration over every page sets itself.

Only type checkers need these: the facade imports this module under
TYPE_CHECKING, and so does this module import what the types name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    import datetime

    from typing_extensions import Required

    from .. import enums
    from .models.aggregation import Aggregation
    from .models.event_level import EventLevel
    from .models.get_site_degree_days_period import GetSiteDegreeDaysPeriod
    from .models.get_site_degree_days_type import GetSiteDegreeDaysType
    from .models.list_events_sort_item import ListEventsSortItem
    from .models.list_notifications_sort_item import ListNotificationsSortItem
    from .models.list_st_cleanups_by_timeseries_full_sort_item import (
        ListStCleanupsByTimeseriesFullSortItem,
    )
    from .models.list_users_sort_item import ListUsersSortItem
    from .models.property_value_type import PropertyValueType
    from .models.sort_by_campaign_and_site_name import SortByCampaignAndSiteName
    from .models.sort_by_campaign_name import SortByCampaignName
    from .models.sort_by_name import SortByName
    from .models.time_unit import TimeUnit
    from .models.timezone import Timezone

__all__ = [
    "CountNotificationsByCampaignQuery",
    "DeleteTimeseriesDataByNamesQuery",
    "DeleteTimeseriesDataQuery",
    "DownloadAggregatedTimeseriesDataByNamesQuery",
    "DownloadAggregatedTimeseriesDataQuery",
    "DownloadSiteWeatherDataQuery",
    "DownloadTimeseriesDataByNamesQuery",
    "DownloadTimeseriesDataQuery",
    "GetBuildingEnergyConsumptionBreakdownQuery",
    "GetCompletenessQuery",
    "GetSiteDegreeDaysQuery",
    "GetSiteEnergyConsumptionBreakdownQuery",
    "GetTimeseriesDataStatsByNamesQuery",
    "GetTimeseriesDataStatsQuery",
    "ListBuildingPropertiesQuery",
    "ListBuildingPropertyDataQuery",
    "ListBuildingsQuery",
    "ListCampaignScopesQuery",
    "ListCampaignsQuery",
    "ListEnergyConsumptionTimeseriesByBuildingsQuery",
    "ListEnergyConsumptionTimeseriesBySitesQuery",
    "ListEnergyProductionTimeseriesByBuildingsQuery",
    "ListEnergyProductionTimeseriesBySitesQuery",
    "ListEventCategoriesByUsersQuery",
    "ListEventsByBuildingsPagesQuery",
    "ListEventsByBuildingsQuery",
    "ListEventsBySitesPagesQuery",
    "ListEventsBySitesQuery",
    "ListEventsBySpacesPagesQuery",
    "ListEventsBySpacesQuery",
    "ListEventsByStoreysPagesQuery",
    "ListEventsByStoreysQuery",
    "ListEventsByZonesPagesQuery",
    "ListEventsByZonesQuery",
    "ListEventsPagesQuery",
    "ListEventsQuery",
    "ListNotificationsPagesQuery",
    "ListNotificationsQuery",
    "ListSitePropertiesQuery",
    "ListSitePropertyDataQuery",
    "ListSitesQuery",
    "ListSpacePropertiesQuery",
    "ListSpacePropertyDataQuery",
    "ListSpacesQuery",
    "ListStCheckMissingsByCampaignsFullQuery",
    "ListStCheckMissingsByCampaignsQuery",
    "ListStCheckOutliersByCampaignsFullQuery",
    "ListStCheckOutliersByCampaignsQuery",
    "ListStCleanupsByCampaignsFullQuery",
    "ListStCleanupsByCampaignsQuery",
    "ListStCleanupsByTimeseriesFullQuery",
    "ListStCleanupsByTimeseriesQuery",
    "ListStDownloadWeatherDataBySitesFullQuery",
    "ListStDownloadWeatherDataBySitesQuery",
    "ListStDownloadWeatherForecastDataBySitesFullQuery",
    "ListStDownloadWeatherForecastDataBySitesQuery",
    "ListStoreyPropertiesQuery",
    "ListStoreyPropertyDataQuery",
    "ListStoreysQuery",
    "ListStructuralElementPropertiesQuery",
    "ListTasksByCampaignsQuery",
    "ListTimeseriesByBuildingsPagesQuery",
    "ListTimeseriesByBuildingsQuery",
    "ListTimeseriesByEventsPagesQuery",
    "ListTimeseriesByEventsQuery",
    "ListTimeseriesBySitesPagesQuery",
    "ListTimeseriesBySitesQuery",
    "ListTimeseriesBySpacesPagesQuery",
    "ListTimeseriesBySpacesQuery",
    "ListTimeseriesByStoreysPagesQuery",
    "ListTimeseriesByStoreysQuery",
    "ListTimeseriesByZonesPagesQuery",
    "ListTimeseriesByZonesQuery",
    "ListTimeseriesPagesQuery",
    "ListTimeseriesPropertiesQuery",
    "ListTimeseriesPropertyDataQuery",
    "ListTimeseriesQuery",
    "ListUserGroupsByCampaignScopesQuery",
    "ListUserGroupsByCampaignsQuery",
    "ListUserGroupsQuery",
    "ListUsersByUserGroupsQuery",
    "ListUsersQuery",
    "ListWeatherTimeseriesBySitesQuery",
    "ListZonePropertiesQuery",
    "ListZonePropertyDataQuery",
    "ListZonesQuery",
    "MarkAllNotificationsAsReadQuery",
    "UploadSitesCsvQuery",
    "UploadTimeseriesCsvQuery",
    "UploadTimeseriesDataByNamesQuery",
    "UploadTimeseriesDataQuery",
]


class GetBuildingEnergyConsumptionBreakdownQuery(TypedDict, total=False):
    """Query parameters of `GET /analysis/energy_consumption/building/{building_id}` (analysis.get_building_energy_consumption_breakdown)."""

    bucket_width_value: Required[int]
    bucket_width_unit: Required[TimeUnit | enums.BucketWidthUnit | enums.TaskOffsetUnit]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    timezone: Timezone | None
    unit: str | None
    ratio_property: str | None


class GetCompletenessQuery(TypedDict, total=False):
    """Query parameters of `GET /analysis/completeness` (analysis.get_completeness)."""

    bucket_width_value: Required[int]
    bucket_width_unit: Required[TimeUnit | enums.BucketWidthUnit | enums.TaskOffsetUnit]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    timeseries: Required[int | list[int] | tuple[int, ...] | set[int]]
    data_state: Required[int]
    timezone: Timezone | None


class GetSiteEnergyConsumptionBreakdownQuery(TypedDict, total=False):
    """Query parameters of `GET /analysis/energy_consumption/site/{site_id}` (analysis.get_site_energy_consumption_breakdown)."""

    bucket_width_value: Required[int]
    bucket_width_unit: Required[TimeUnit | enums.BucketWidthUnit | enums.TaskOffsetUnit]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    timezone: Timezone | None
    unit: str | None
    ratio_property: str | None


class ListBuildingsQuery(TypedDict, total=False):
    """Query parameters of `GET /buildings/` (building.list_buildings)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    campaign_id: int | None
    site_id: int | None
    ifc_id: str | None


class ListBuildingPropertiesQuery(TypedDict, total=False):
    """Query parameters of `GET /building_properties/` (building_property.list_building_properties)."""

    structural_element_property_id: int | None


class ListBuildingPropertyDataQuery(TypedDict, total=False):
    """Query parameters of `GET /building_property_data/` (building_property_data.list_building_property_data)."""

    building_id: int | None
    building_property_id: int | None


class ListCampaignsQuery(TypedDict, total=False):
    """Query parameters of `GET /campaigns/` (campaign.list_campaigns)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    in_name: str | None


class ListCampaignScopesQuery(TypedDict, total=False):
    """Query parameters of `GET /campaign_scopes/` (campaign_scope.list_campaign_scopes)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    campaign_id: int | None


class ListEnergyConsumptionTimeseriesByBuildingsQuery(TypedDict, total=False):
    """Query parameters of `GET /energy_consumption_timeseries_by_buildings/` (energy_consumption_timeseries_by_building.list_energy_consumption_timeseries_by_buildings)."""

    building_id: int | None
    energy_id: int | None
    end_use_id: int | None
    timeseries_id: int | None


class ListEnergyConsumptionTimeseriesBySitesQuery(TypedDict, total=False):
    """Query parameters of `GET /energy_consumption_timeseries_by_sites/` (energy_consumption_timeseries_by_site.list_energy_consumption_timeseries_by_sites)."""

    site_id: int | None
    energy_id: int | None
    end_use_id: int | None
    timeseries_id: int | None


class ListEnergyProductionTimeseriesByBuildingsQuery(TypedDict, total=False):
    """Query parameters of `GET /energy_production_timeseries_by_buildings/` (energy_production_timeseries_by_building.list_energy_production_timeseries_by_buildings)."""

    building_id: int | None
    energy_id: int | None
    prod_tech_id: int | None
    timeseries_id: int | None


class ListEnergyProductionTimeseriesBySitesQuery(TypedDict, total=False):
    """Query parameters of `GET /energy_production_timeseries_by_sites/` (energy_production_timeseries_by_site.list_energy_production_timeseries_by_sites)."""

    site_id: int | None
    energy_id: int | None
    prod_tech_id: int | None
    timeseries_id: int | None


class ListEventsPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /events/` (event.list_events) but `page_size`."""

    sort: (
        ListEventsSortItem
        | list[ListEventsSortItem]
        | tuple[ListEventsSortItem, ...]
        | set[ListEventsSortItem]
        | None
    )
    campaign_id: int | None
    campaign_scope_id: int | None
    user_id: int | None
    source: str | None
    in_source: str | None
    category_id: int | None
    level: EventLevel | enums.EventLevel | None
    level_min: EventLevel | enums.EventLevel | None
    timestamp_min: datetime.datetime | datetime.date | str | None
    timestamp_max: datetime.datetime | datetime.date | str | None
    timeseries_id: int | None
    site_id: int | None
    recurse_site_id: int | None
    building_id: int | None
    recurse_building_id: int | None
    storey_id: int | None
    recurse_storey_id: int | None
    space_id: int | None
    zone_id: int | None
    page: int | None


class ListEventsQuery(ListEventsPagesQuery, total=False):
    """Query parameters of `GET /events/` (event.list_events)."""

    page_size: int | None


class ListEventsByBuildingsPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /events_by_buildings/` (event_by_building.list_events_by_buildings) but `page_size`."""

    building_id: int | None
    event_id: int | None
    page: int | None


class ListEventsByBuildingsQuery(ListEventsByBuildingsPagesQuery, total=False):
    """Query parameters of `GET /events_by_buildings/` (event_by_building.list_events_by_buildings)."""

    page_size: int | None


class ListEventsBySitesPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /events_by_sites/` (event_by_site.list_events_by_sites) but `page_size`."""

    site_id: int | None
    event_id: int | None
    page: int | None


class ListEventsBySitesQuery(ListEventsBySitesPagesQuery, total=False):
    """Query parameters of `GET /events_by_sites/` (event_by_site.list_events_by_sites)."""

    page_size: int | None


class ListEventsBySpacesPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /events_by_spaces/` (event_by_space.list_events_by_spaces) but `page_size`."""

    space_id: int | None
    event_id: int | None
    page: int | None


class ListEventsBySpacesQuery(ListEventsBySpacesPagesQuery, total=False):
    """Query parameters of `GET /events_by_spaces/` (event_by_space.list_events_by_spaces)."""

    page_size: int | None


class ListEventsByStoreysPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /events_by_storeys/` (event_by_storey.list_events_by_storeys) but `page_size`."""

    storey_id: int | None
    event_id: int | None
    page: int | None


class ListEventsByStoreysQuery(ListEventsByStoreysPagesQuery, total=False):
    """Query parameters of `GET /events_by_storeys/` (event_by_storey.list_events_by_storeys)."""

    page_size: int | None


class ListEventsByZonesPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /events_by_zones/` (event_by_zone.list_events_by_zones) but `page_size`."""

    zone_id: int | None
    event_id: int | None
    page: int | None


class ListEventsByZonesQuery(ListEventsByZonesPagesQuery, total=False):
    """Query parameters of `GET /events_by_zones/` (event_by_zone.list_events_by_zones)."""

    page_size: int | None


class ListEventCategoriesByUsersQuery(TypedDict, total=False):
    """Query parameters of `GET /event_categories_by_users/` (event_category_by_user.list_event_categories_by_users)."""

    category_id: int | None
    user_id: int | None


class UploadSitesCsvQuery(TypedDict, total=False):
    """Query parameters of `POST /io/sites` (io.upload_sites_csv)."""

    campaign_id: Required[int]


class UploadTimeseriesCsvQuery(TypedDict, total=False):
    """Query parameters of `POST /io/timeseries` (io.upload_timeseries_csv)."""

    campaign_id: Required[int]


class CountNotificationsByCampaignQuery(TypedDict, total=False):
    """Query parameters of `GET /notifications/count_by_campaign` (notification.count_notifications_by_campaign)."""

    user_id: Required[int]
    read: bool | None


class ListNotificationsPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /notifications/` (notification.list_notifications) but `page_size`."""

    sort: (
        ListNotificationsSortItem
        | list[ListNotificationsSortItem]
        | tuple[ListNotificationsSortItem, ...]
        | set[ListNotificationsSortItem]
        | None
    )
    user_id: int | None
    event_id: int | None
    campaign_id: int | None
    timestamp_min: datetime.datetime | datetime.date | str | None
    timestamp_max: datetime.datetime | datetime.date | str | None
    read: bool | None
    page: int | None


class ListNotificationsQuery(ListNotificationsPagesQuery, total=False):
    """Query parameters of `GET /notifications/` (notification.list_notifications)."""

    page_size: int | None


class MarkAllNotificationsAsReadQuery(TypedDict, total=False):
    """Query parameters of `PUT /notifications/mark_all_as_read` (notification.mark_all_notifications_as_read)."""

    user_id: Required[int]
    campaign_id: int | None


class DownloadSiteWeatherDataQuery(TypedDict, total=False):
    """Query parameters of `PUT /sites/{item_id}/download_weather_data` (site.download_site_weather_data)."""

    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    forecast: bool | None


class GetSiteDegreeDaysQuery(TypedDict, total=False):
    """Query parameters of `GET /sites/{item_id}/degree_days` (site.get_site_degree_days)."""

    start_date: Required[datetime.date | str]
    end_date: Required[datetime.date | str]
    period: Required[GetSiteDegreeDaysPeriod | enums.DegreeDaysPeriod]
    type_: GetSiteDegreeDaysType | enums.DegreeDaysType | None
    base: float | None
    unit: str | None


class ListSitesQuery(TypedDict, total=False):
    """Query parameters of `GET /sites/` (site.list_sites)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    campaign_id: int | None
    ifc_id: str | None


class ListSitePropertiesQuery(TypedDict, total=False):
    """Query parameters of `GET /site_properties/` (site_property.list_site_properties)."""

    structural_element_property_id: int | None


class ListSitePropertyDataQuery(TypedDict, total=False):
    """Query parameters of `GET /site_property_data/` (site_property_data.list_site_property_data)."""

    site_id: int | None
    site_property_id: int | None


class ListSpacesQuery(TypedDict, total=False):
    """Query parameters of `GET /spaces/` (space.list_spaces)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    campaign_id: int | None
    site_id: int | None
    building_id: int | None
    storey_id: int | None
    ifc_id: str | None


class ListSpacePropertiesQuery(TypedDict, total=False):
    """Query parameters of `GET /space_properties/` (space_property.list_space_properties)."""

    structural_element_property_id: int | None


class ListSpacePropertyDataQuery(TypedDict, total=False):
    """Query parameters of `GET /space_property_data/` (space_property_data.list_space_property_data)."""

    space_id: int | None
    space_property_id: int | None


class ListStCheckMissingsByCampaignsQuery(TypedDict, total=False):
    """Query parameters of `GET /st_check_missings_by_campaigns/` (st_check_missing_by_campaign.list_st_check_missings_by_campaigns)."""

    campaign_id: int | None


class ListStCheckMissingsByCampaignsFullQuery(TypedDict, total=False):
    """Query parameters of `GET /st_check_missings_by_campaigns/full` (st_check_missing_by_campaign.list_st_check_missings_by_campaigns_full)."""

    sort: (
        SortByCampaignName
        | list[SortByCampaignName]
        | tuple[SortByCampaignName, ...]
        | set[SortByCampaignName]
        | None
    )
    is_enabled: bool | None
    campaign_id: int | None
    in_campaign_name: str | None


class ListStCheckOutliersByCampaignsQuery(TypedDict, total=False):
    """Query parameters of `GET /st_check_outliers_by_campaigns/` (st_check_outliers_by_campaign.list_st_check_outliers_by_campaigns)."""

    campaign_id: int | None


class ListStCheckOutliersByCampaignsFullQuery(TypedDict, total=False):
    """Query parameters of `GET /st_check_outliers_by_campaigns/full` (st_check_outliers_by_campaign.list_st_check_outliers_by_campaigns_full)."""

    sort: (
        SortByCampaignName
        | list[SortByCampaignName]
        | tuple[SortByCampaignName, ...]
        | set[SortByCampaignName]
        | None
    )
    is_enabled: bool | None
    campaign_id: int | None
    in_campaign_name: str | None


class ListStCleanupsByCampaignsQuery(TypedDict, total=False):
    """Query parameters of `GET /st_cleanups_by_campaigns/` (st_cleanup_by_campaign.list_st_cleanups_by_campaigns)."""

    campaign_id: int | None


class ListStCleanupsByCampaignsFullQuery(TypedDict, total=False):
    """Query parameters of `GET /st_cleanups_by_campaigns/full` (st_cleanup_by_campaign.list_st_cleanups_by_campaigns_full)."""

    sort: (
        SortByCampaignName
        | list[SortByCampaignName]
        | tuple[SortByCampaignName, ...]
        | set[SortByCampaignName]
        | None
    )
    is_enabled: bool | None
    campaign_id: int | None
    in_campaign_name: str | None


class ListStCleanupsByTimeseriesQuery(TypedDict, total=False):
    """Query parameters of `GET /st_cleanups_by_timeseries/` (st_cleanup_by_timeseries.list_st_cleanups_by_timeseries)."""

    campaign_id: int | None
    timeseries_id: int | None


class ListStCleanupsByTimeseriesFullQuery(TypedDict, total=False):
    """Query parameters of `GET /st_cleanups_by_timeseries/full` (st_cleanup_by_timeseries.list_st_cleanups_by_timeseries_full)."""

    sort: (
        ListStCleanupsByTimeseriesFullSortItem
        | list[ListStCleanupsByTimeseriesFullSortItem]
        | tuple[ListStCleanupsByTimeseriesFullSortItem, ...]
        | set[ListStCleanupsByTimeseriesFullSortItem]
        | None
    )
    campaign_id: int | None
    timeseries_id: int | None
    in_timeseries_name: str | None


class ListStDownloadWeatherDataBySitesQuery(TypedDict, total=False):
    """Query parameters of `GET /st_download_weather_data_by_sites/` (st_download_weather_data_by_site.list_st_download_weather_data_by_sites)."""

    site_id: int | None


class ListStDownloadWeatherDataBySitesFullQuery(TypedDict, total=False):
    """Query parameters of `GET /st_download_weather_data_by_sites/full` (st_download_weather_data_by_site.list_st_download_weather_data_by_sites_full)."""

    sort: (
        SortByCampaignAndSiteName
        | list[SortByCampaignAndSiteName]
        | tuple[SortByCampaignAndSiteName, ...]
        | set[SortByCampaignAndSiteName]
        | None
    )
    is_enabled: bool | None
    campaign_id: int | None
    site_id: int | None
    in_site_name: str | None


class ListStDownloadWeatherForecastDataBySitesQuery(TypedDict, total=False):
    """Query parameters of `GET /st_download_weather_forecast_data_by_sites/` (st_download_weather_forecast_data_by_site.list_st_download_weather_forecast_data_by_sites)."""

    site_id: int | None


class ListStDownloadWeatherForecastDataBySitesFullQuery(TypedDict, total=False):
    """Query parameters of `GET /st_download_weather_forecast_data_by_sites/full` (st_download_weather_forecast_data_by_site.list_st_download_weather_forecast_data_by_sites_full)."""

    sort: (
        SortByCampaignAndSiteName
        | list[SortByCampaignAndSiteName]
        | tuple[SortByCampaignAndSiteName, ...]
        | set[SortByCampaignAndSiteName]
        | None
    )
    is_enabled: bool | None
    campaign_id: int | None
    site_id: int | None
    in_site_name: str | None


class ListStoreysQuery(TypedDict, total=False):
    """Query parameters of `GET /storeys/` (storey.list_storeys)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    campaign_id: int | None
    site_id: int | None
    building_id: int | None
    ifc_id: str | None


class ListStoreyPropertiesQuery(TypedDict, total=False):
    """Query parameters of `GET /storey_properties/` (storey_property.list_storey_properties)."""

    structural_element_property_id: int | None


class ListStoreyPropertyDataQuery(TypedDict, total=False):
    """Query parameters of `GET /storey_property_data/` (storey_property_data.list_storey_property_data)."""

    storey_id: int | None
    storey_property_id: int | None


class ListStructuralElementPropertiesQuery(TypedDict, total=False):
    """Query parameters of `GET /structural_element_properties/` (structural_element_property.list_structural_element_properties)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    value_type: PropertyValueType | enums.StructuralElementPropertyValueType | None
    unit_symbol: str | None


class ListTasksByCampaignsQuery(TypedDict, total=False):
    """Query parameters of `GET /tasks_by_campaigns/` (task_by_campaign.list_tasks_by_campaigns)."""

    campaign_id: int | None
    task_name: str | None
    is_enabled: bool | None


class ListTimeseriesPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries/` (timeseries.list_timeseries) but `page_size`."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    in_name: str | None
    unit_symbol: str | None
    campaign_id: int | None
    campaign_scope_id: int | None
    user_id: int | None
    site_id: int | None
    recurse_site_id: int | None
    building_id: int | None
    recurse_building_id: int | None
    storey_id: int | None
    recurse_storey_id: int | None
    space_id: int | None
    zone_id: int | None
    event_id: int | None
    page: int | None


class ListTimeseriesQuery(ListTimeseriesPagesQuery, total=False):
    """Query parameters of `GET /timeseries/` (timeseries.list_timeseries)."""

    page_size: int | None


class ListTimeseriesByBuildingsPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_by_buildings/` (timeseries_by_building.list_timeseries_by_buildings) but `page_size`."""

    building_id: int | None
    timeseries_id: int | None
    page: int | None


class ListTimeseriesByBuildingsQuery(ListTimeseriesByBuildingsPagesQuery, total=False):
    """Query parameters of `GET /timeseries_by_buildings/` (timeseries_by_building.list_timeseries_by_buildings)."""

    page_size: int | None


class ListTimeseriesByEventsPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_by_events/` (timeseries_by_event.list_timeseries_by_events) but `page_size`."""

    event_id: int | None
    timeseries_id: int | None
    page: int | None


class ListTimeseriesByEventsQuery(ListTimeseriesByEventsPagesQuery, total=False):
    """Query parameters of `GET /timeseries_by_events/` (timeseries_by_event.list_timeseries_by_events)."""

    page_size: int | None


class ListTimeseriesBySitesPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_by_sites/` (timeseries_by_site.list_timeseries_by_sites) but `page_size`."""

    site_id: int | None
    timeseries_id: int | None
    page: int | None


class ListTimeseriesBySitesQuery(ListTimeseriesBySitesPagesQuery, total=False):
    """Query parameters of `GET /timeseries_by_sites/` (timeseries_by_site.list_timeseries_by_sites)."""

    page_size: int | None


class ListTimeseriesBySpacesPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_by_spaces/` (timeseries_by_space.list_timeseries_by_spaces) but `page_size`."""

    space_id: int | None
    timeseries_id: int | None
    page: int | None


class ListTimeseriesBySpacesQuery(ListTimeseriesBySpacesPagesQuery, total=False):
    """Query parameters of `GET /timeseries_by_spaces/` (timeseries_by_space.list_timeseries_by_spaces)."""

    page_size: int | None


class ListTimeseriesByStoreysPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_by_storeys/` (timeseries_by_storey.list_timeseries_by_storeys) but `page_size`."""

    storey_id: int | None
    timeseries_id: int | None
    page: int | None


class ListTimeseriesByStoreysQuery(ListTimeseriesByStoreysPagesQuery, total=False):
    """Query parameters of `GET /timeseries_by_storeys/` (timeseries_by_storey.list_timeseries_by_storeys)."""

    page_size: int | None


class ListTimeseriesByZonesPagesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_by_zones/` (timeseries_by_zone.list_timeseries_by_zones) but `page_size`."""

    zone_id: int | None
    timeseries_id: int | None
    page: int | None


class ListTimeseriesByZonesQuery(ListTimeseriesByZonesPagesQuery, total=False):
    """Query parameters of `GET /timeseries_by_zones/` (timeseries_by_zone.list_timeseries_by_zones)."""

    page_size: int | None


class DeleteTimeseriesDataQuery(TypedDict, total=False):
    """Query parameters of `DELETE /timeseries_data/` (timeseries_data.delete_timeseries_data)."""

    timeseries: Required[int | list[int] | tuple[int, ...] | set[int]]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    data_state: Required[int]


class DownloadAggregatedTimeseriesDataQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_data/aggregate` (timeseries_data.download_aggregated_timeseries_data)."""

    timeseries: Required[int | list[int] | tuple[int, ...] | set[int]]
    bucket_width_value: Required[int]
    bucket_width_unit: Required[TimeUnit | enums.BucketWidthUnit | enums.TaskOffsetUnit]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    data_state: Required[int]
    timezone: Timezone | None
    convert_to: str | list[str] | tuple[str, ...] | set[str] | None
    aggregation: Aggregation | enums.Aggregation | None


class DownloadTimeseriesDataQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_data/` (timeseries_data.download_timeseries_data)."""

    timeseries: Required[int | list[int] | tuple[int, ...] | set[int]]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    data_state: Required[int]
    timezone: Timezone | None
    convert_to: str | list[str] | tuple[str, ...] | set[str] | None


class GetTimeseriesDataStatsQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_data/stats` (timeseries_data.get_timeseries_data_stats)."""

    data_state: Required[int]
    timezone: Timezone | None
    timeseries: Required[int | list[int] | tuple[int, ...] | set[int]]


class UploadTimeseriesDataQuery(TypedDict, total=False):
    """Query parameters of `POST /timeseries_data/` (timeseries_data.upload_timeseries_data)."""

    data_state: Required[int]


class DeleteTimeseriesDataByNamesQuery(TypedDict, total=False):
    """Query parameters of `DELETE /timeseries_data/campaign/{campaign_id}/` (timeseries_data_for_campaign.delete_timeseries_data_by_names)."""

    timeseries: Required[str | list[str] | tuple[str, ...] | set[str]]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    data_state: Required[int]


class DownloadAggregatedTimeseriesDataByNamesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_data/campaign/{campaign_id}/aggregate` (timeseries_data_for_campaign.download_aggregated_timeseries_data_by_names)."""

    timeseries: Required[str | list[str] | tuple[str, ...] | set[str]]
    bucket_width_value: Required[int]
    bucket_width_unit: Required[TimeUnit | enums.BucketWidthUnit | enums.TaskOffsetUnit]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    data_state: Required[int]
    timezone: Timezone | None
    convert_to: str | list[str] | tuple[str, ...] | set[str] | None
    aggregation: Aggregation | enums.Aggregation | None


class DownloadTimeseriesDataByNamesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_data/campaign/{campaign_id}/` (timeseries_data_for_campaign.download_timeseries_data_by_names)."""

    timeseries: Required[str | list[str] | tuple[str, ...] | set[str]]
    start_time: Required[datetime.datetime | datetime.date | str]
    end_time: Required[datetime.datetime | datetime.date | str]
    data_state: Required[int]
    timezone: Timezone | None
    convert_to: str | list[str] | tuple[str, ...] | set[str] | None


class GetTimeseriesDataStatsByNamesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_data/campaign/{campaign_id}/stats` (timeseries_data_for_campaign.get_timeseries_data_stats_by_names)."""

    data_state: Required[int]
    timezone: Timezone | None
    timeseries: Required[str | list[str] | tuple[str, ...] | set[str]]


class UploadTimeseriesDataByNamesQuery(TypedDict, total=False):
    """Query parameters of `POST /timeseries_data/campaign/{campaign_id}/` (timeseries_data_for_campaign.upload_timeseries_data_by_names)."""

    data_state: Required[int]


class ListTimeseriesPropertiesQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_properties/` (timeseries_property.list_timeseries_properties)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    value_type: PropertyValueType | enums.StructuralElementPropertyValueType | None
    unit_symbol: str | None


class ListTimeseriesPropertyDataQuery(TypedDict, total=False):
    """Query parameters of `GET /timeseries_property_data/` (timeseries_property_data.list_timeseries_property_data)."""

    timeseries_id: int | None
    property_id: int | None


class ListUsersQuery(TypedDict, total=False):
    """Query parameters of `GET /users/` (user.list_users)."""

    sort: (
        ListUsersSortItem
        | list[ListUsersSortItem]
        | tuple[ListUsersSortItem, ...]
        | set[ListUsersSortItem]
        | None
    )
    name: str | None
    email: str | None
    is_admin: bool | None
    is_active: bool | None


class ListUsersByUserGroupsQuery(TypedDict, total=False):
    """Query parameters of `GET /users_by_user_groups/` (user_by_user_group.list_users_by_user_groups)."""

    user_id: int | None
    user_group_id: int | None


class ListUserGroupsQuery(TypedDict, total=False):
    """Query parameters of `GET /user_groups/` (user_group.list_user_groups)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None


class ListUserGroupsByCampaignsQuery(TypedDict, total=False):
    """Query parameters of `GET /user_groups_by_campaigns/` (user_group_by_campaign.list_user_groups_by_campaigns)."""

    user_group_id: int | None
    campaign_id: int | None


class ListUserGroupsByCampaignScopesQuery(TypedDict, total=False):
    """Query parameters of `GET /user_groups_by_campaign_scopes/` (user_group_by_campaign_scope.list_user_groups_by_campaign_scopes)."""

    user_group_id: int | None
    campaign_scope_id: int | None


class ListWeatherTimeseriesBySitesQuery(TypedDict, total=False):
    """Query parameters of `GET /weather_timeseries_by_sites/` (weather_timeseries_by_site.list_weather_timeseries_by_sites)."""

    site_id: int | None
    parameter: str | None
    timeseries_id: int | None
    forecast: bool | None


class ListZonesQuery(TypedDict, total=False):
    """Query parameters of `GET /zones/` (zone.list_zones)."""

    sort: (
        SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName] | None
    )
    name: str | None
    campaign_id: int | None
    ifc_id: str | None


class ListZonePropertiesQuery(TypedDict, total=False):
    """Query parameters of `GET /zone_properties/` (zone_property.list_zone_properties)."""

    structural_element_property_id: int | None


class ListZonePropertyDataQuery(TypedDict, total=False):
    """Query parameters of `GET /zone_property_data/` (zone_property_data.list_zone_property_data)."""

    zone_id: int | None
    zone_property_id: int | None

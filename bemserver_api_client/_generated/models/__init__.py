"""Data models of the BEMServer API.

Each model is imported on first use (PEP 562), so that importing the package does
not load every model module.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .about import About
    from .aggregation import Aggregation
    from .boolean_value import BooleanValue
    from .building import Building
    from .building_exclude_id import BuildingExcludeId
    from .building_property import BuildingProperty
    from .building_property_data import BuildingPropertyData
    from .building_property_exclude_id import BuildingPropertyExcludeId
    from .building_put import BuildingPut
    from .campaign import Campaign
    from .campaign_scope import CampaignScope
    from .campaign_scope_put import CampaignScopePut
    from .completeness import Completeness
    from .completeness_timeseries import CompletenessTimeseries
    from .degree_days_result import DegreeDaysResult
    from .degree_days_result_degree_days import DegreeDaysResultDegreeDays
    from .energy import Energy
    from .energy_consumption import EnergyConsumption
    from .energy_consumption_energy import EnergyConsumptionEnergy
    from .energy_consumption_energy_additional_property import (
        EnergyConsumptionEnergyAdditionalProperty,
    )
    from .energy_consumption_timeseries_by_building import (
        EnergyConsumptionTimeseriesByBuilding,
    )
    from .energy_consumption_timeseries_by_site import EnergyConsumptionTimeseriesBySite
    from .energy_end_use import EnergyEndUse
    from .energy_production_technology import EnergyProductionTechnology
    from .energy_production_timeseries_by_building import (
        EnergyProductionTimeseriesByBuilding,
    )
    from .energy_production_timeseries_by_site import EnergyProductionTimeseriesBySite
    from .error import Error
    from .error_errors import ErrorErrors
    from .event import Event
    from .event_by_building import EventByBuilding
    from .event_by_site import EventBySite
    from .event_by_space import EventBySpace
    from .event_by_storey import EventByStorey
    from .event_by_zone import EventByZone
    from .event_category import EventCategory
    from .event_category_by_user import EventCategoryByUser
    from .event_category_by_user_put import EventCategoryByUserPut
    from .event_exclude_id import EventExcludeId
    from .event_level import EventLevel
    from .event_put import EventPut
    from .get_jwt_args import GetJWTArgs
    from .get_jwt_resp import GetJWTResp
    from .get_jwt_resp_status import GetJWTRespStatus
    from .get_site_degree_days_period import GetSiteDegreeDaysPeriod
    from .get_site_degree_days_type import GetSiteDegreeDaysType
    from .list_events_sort_item import ListEventsSortItem
    from .list_notifications_sort_item import ListNotificationsSortItem
    from .list_st_cleanups_by_timeseries_full_sort_item import (
        ListStCleanupsByTimeseriesFullSortItem,
    )
    from .list_users_sort_item import ListUsersSortItem
    from .notification import Notification
    from .notification_count_by_campaign import NotificationCountByCampaign
    from .notification_count_for_campaign import NotificationCountForCampaign
    from .notification_put import NotificationPut
    from .pagination_metadata import PaginationMetadata
    from .property_value_type import PropertyValueType
    from .site import Site
    from .site_exclude_id import SiteExcludeId
    from .site_property import SiteProperty
    from .site_property_data import SitePropertyData
    from .site_property_exclude_id import SitePropertyExcludeId
    from .site_put import SitePut
    from .sites_csv_upload_file import SitesCSVUploadFile
    from .sort_by_campaign_and_site_name import SortByCampaignAndSiteName
    from .sort_by_campaign_name import SortByCampaignName
    from .sort_by_name import SortByName
    from .space import Space
    from .space_exclude_id import SpaceExcludeId
    from .space_property import SpaceProperty
    from .space_property_data import SpacePropertyData
    from .space_property_exclude_id import SpacePropertyExcludeId
    from .space_put import SpacePut
    from .st_check_missing_by_campaign import STCheckMissingByCampaign
    from .st_check_missing_by_campaign_full import STCheckMissingByCampaignFull
    from .st_check_missing_by_campaign_put import STCheckMissingByCampaignPut
    from .st_check_outliers_by_campaign import STCheckOutliersByCampaign
    from .st_check_outliers_by_campaign_full import STCheckOutliersByCampaignFull
    from .st_check_outliers_by_campaign_put import STCheckOutliersByCampaignPut
    from .st_cleanup_by_campaign import STCleanupByCampaign
    from .st_cleanup_by_campaign_full import STCleanupByCampaignFull
    from .st_cleanup_by_campaign_put import STCleanupByCampaignPut
    from .st_cleanup_by_timeseries import STCleanupByTimeseries
    from .st_cleanup_by_timeseries_full import STCleanupByTimeseriesFull
    from .st_download_weather_data_by_site import STDownloadWeatherDataBySite
    from .st_download_weather_data_by_site_full import STDownloadWeatherDataBySiteFull
    from .st_download_weather_data_by_site_put import STDownloadWeatherDataBySitePut
    from .st_download_weather_forecast_data_by_site import (
        STDownloadWeatherForecastDataBySite,
    )
    from .st_download_weather_forecast_data_by_site_full import (
        STDownloadWeatherForecastDataBySiteFull,
    )
    from .st_download_weather_forecast_data_by_site_put import (
        STDownloadWeatherForecastDataBySitePut,
    )
    from .storey import Storey
    from .storey_exclude_id import StoreyExcludeId
    from .storey_property import StoreyProperty
    from .storey_property_data import StoreyPropertyData
    from .storey_property_exclude_id import StoreyPropertyExcludeId
    from .storey_put import StoreyPut
    from .structural_element_property import StructuralElementProperty
    from .structural_element_property_exclude_id import (
        StructuralElementPropertyExcludeId,
    )
    from .structural_element_property_put import StructuralElementPropertyPut
    from .task import Task
    from .task_by_campaign import TaskByCampaign
    from .task_by_campaign_parameters import TaskByCampaignParameters
    from .task_by_campaign_put import TaskByCampaignPut
    from .task_by_campaign_put_parameters import TaskByCampaignPutParameters
    from .task_default_parameters import TaskDefaultParameters
    from .task_run import TaskRun
    from .task_run_parameters import TaskRunParameters
    from .task_schedule import TaskSchedule
    from .time_unit import TimeUnit
    from .timeseries import Timeseries
    from .timeseries_by_building import TimeseriesByBuilding
    from .timeseries_by_event import TimeseriesByEvent
    from .timeseries_by_site import TimeseriesBySite
    from .timeseries_by_space import TimeseriesBySpace
    from .timeseries_by_storey import TimeseriesByStorey
    from .timeseries_by_zone import TimeseriesByZone
    from .timeseries_completeness import TimeseriesCompleteness
    from .timeseries_csv_upload_file import TimeseriesCSVUploadFile
    from .timeseries_data import TimeseriesData
    from .timeseries_data_state import TimeseriesDataState
    from .timeseries_data_stats_by_id import TimeseriesDataStatsByID
    from .timeseries_data_stats_by_id_stats import TimeseriesDataStatsByIDStats
    from .timeseries_data_stats_by_name import TimeseriesDataStatsByName
    from .timeseries_data_stats_by_name_stats import TimeseriesDataStatsByNameStats
    from .timeseries_exclude_id import TimeseriesExcludeId
    from .timeseries_property import TimeseriesProperty
    from .timeseries_property_data import TimeseriesPropertyData
    from .timeseries_property_put import TimeseriesPropertyPut
    from .timeseries_put import TimeseriesPut
    from .timeseries_values import TimeseriesValues
    from .timezone import Timezone
    from .ts_stats import TSStats
    from .user import User
    from .user_by_user_group import UserByUserGroup
    from .user_group import UserGroup
    from .user_group_by_campaign import UserGroupByCampaign
    from .user_group_by_campaign_scope import UserGroupByCampaignScope
    from .versions import Versions
    from .weather_timeseries_by_site import WeatherTimeseriesBySite
    from .weather_timeseries_by_site_parameter import WeatherTimeseriesBySiteParameter
    from .zone import Zone
    from .zone_exclude_id import ZoneExcludeId
    from .zone_property import ZoneProperty
    from .zone_property_data import ZonePropertyData
    from .zone_property_exclude_id import ZonePropertyExcludeId
    from .zone_put import ZonePut

_MODULE_BY_NAME: dict[str, str] = {
    "About": ".about",
    "Aggregation": ".aggregation",
    "BooleanValue": ".boolean_value",
    "Building": ".building",
    "BuildingExcludeId": ".building_exclude_id",
    "BuildingProperty": ".building_property",
    "BuildingPropertyData": ".building_property_data",
    "BuildingPropertyExcludeId": ".building_property_exclude_id",
    "BuildingPut": ".building_put",
    "Campaign": ".campaign",
    "CampaignScope": ".campaign_scope",
    "CampaignScopePut": ".campaign_scope_put",
    "Completeness": ".completeness",
    "CompletenessTimeseries": ".completeness_timeseries",
    "DegreeDaysResult": ".degree_days_result",
    "DegreeDaysResultDegreeDays": ".degree_days_result_degree_days",
    "Energy": ".energy",
    "EnergyConsumption": ".energy_consumption",
    "EnergyConsumptionEnergy": ".energy_consumption_energy",
    "EnergyConsumptionEnergyAdditionalProperty": ".energy_consumption_energy_additional_property",
    "EnergyConsumptionTimeseriesByBuilding": ".energy_consumption_timeseries_by_building",
    "EnergyConsumptionTimeseriesBySite": ".energy_consumption_timeseries_by_site",
    "EnergyEndUse": ".energy_end_use",
    "EnergyProductionTechnology": ".energy_production_technology",
    "EnergyProductionTimeseriesByBuilding": ".energy_production_timeseries_by_building",
    "EnergyProductionTimeseriesBySite": ".energy_production_timeseries_by_site",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "Event": ".event",
    "EventByBuilding": ".event_by_building",
    "EventBySite": ".event_by_site",
    "EventBySpace": ".event_by_space",
    "EventByStorey": ".event_by_storey",
    "EventByZone": ".event_by_zone",
    "EventCategory": ".event_category",
    "EventCategoryByUser": ".event_category_by_user",
    "EventCategoryByUserPut": ".event_category_by_user_put",
    "EventExcludeId": ".event_exclude_id",
    "EventLevel": ".event_level",
    "EventPut": ".event_put",
    "GetJWTArgs": ".get_jwt_args",
    "GetJWTResp": ".get_jwt_resp",
    "GetJWTRespStatus": ".get_jwt_resp_status",
    "GetSiteDegreeDaysPeriod": ".get_site_degree_days_period",
    "GetSiteDegreeDaysType": ".get_site_degree_days_type",
    "ListEventsSortItem": ".list_events_sort_item",
    "ListNotificationsSortItem": ".list_notifications_sort_item",
    "ListStCleanupsByTimeseriesFullSortItem": ".list_st_cleanups_by_timeseries_full_sort_item",
    "ListUsersSortItem": ".list_users_sort_item",
    "Notification": ".notification",
    "NotificationCountByCampaign": ".notification_count_by_campaign",
    "NotificationCountForCampaign": ".notification_count_for_campaign",
    "NotificationPut": ".notification_put",
    "PaginationMetadata": ".pagination_metadata",
    "PropertyValueType": ".property_value_type",
    "Site": ".site",
    "SiteExcludeId": ".site_exclude_id",
    "SiteProperty": ".site_property",
    "SitePropertyData": ".site_property_data",
    "SitePropertyExcludeId": ".site_property_exclude_id",
    "SitePut": ".site_put",
    "SitesCSVUploadFile": ".sites_csv_upload_file",
    "SortByCampaignAndSiteName": ".sort_by_campaign_and_site_name",
    "SortByCampaignName": ".sort_by_campaign_name",
    "SortByName": ".sort_by_name",
    "Space": ".space",
    "SpaceExcludeId": ".space_exclude_id",
    "SpaceProperty": ".space_property",
    "SpacePropertyData": ".space_property_data",
    "SpacePropertyExcludeId": ".space_property_exclude_id",
    "SpacePut": ".space_put",
    "STCheckMissingByCampaign": ".st_check_missing_by_campaign",
    "STCheckMissingByCampaignFull": ".st_check_missing_by_campaign_full",
    "STCheckMissingByCampaignPut": ".st_check_missing_by_campaign_put",
    "STCheckOutliersByCampaign": ".st_check_outliers_by_campaign",
    "STCheckOutliersByCampaignFull": ".st_check_outliers_by_campaign_full",
    "STCheckOutliersByCampaignPut": ".st_check_outliers_by_campaign_put",
    "STCleanupByCampaign": ".st_cleanup_by_campaign",
    "STCleanupByCampaignFull": ".st_cleanup_by_campaign_full",
    "STCleanupByCampaignPut": ".st_cleanup_by_campaign_put",
    "STCleanupByTimeseries": ".st_cleanup_by_timeseries",
    "STCleanupByTimeseriesFull": ".st_cleanup_by_timeseries_full",
    "STDownloadWeatherDataBySite": ".st_download_weather_data_by_site",
    "STDownloadWeatherDataBySiteFull": ".st_download_weather_data_by_site_full",
    "STDownloadWeatherDataBySitePut": ".st_download_weather_data_by_site_put",
    "STDownloadWeatherForecastDataBySite": ".st_download_weather_forecast_data_by_site",
    "STDownloadWeatherForecastDataBySiteFull": ".st_download_weather_forecast_data_by_site_full",
    "STDownloadWeatherForecastDataBySitePut": ".st_download_weather_forecast_data_by_site_put",
    "Storey": ".storey",
    "StoreyExcludeId": ".storey_exclude_id",
    "StoreyProperty": ".storey_property",
    "StoreyPropertyData": ".storey_property_data",
    "StoreyPropertyExcludeId": ".storey_property_exclude_id",
    "StoreyPut": ".storey_put",
    "StructuralElementProperty": ".structural_element_property",
    "StructuralElementPropertyExcludeId": ".structural_element_property_exclude_id",
    "StructuralElementPropertyPut": ".structural_element_property_put",
    "Task": ".task",
    "TaskByCampaign": ".task_by_campaign",
    "TaskByCampaignParameters": ".task_by_campaign_parameters",
    "TaskByCampaignPut": ".task_by_campaign_put",
    "TaskByCampaignPutParameters": ".task_by_campaign_put_parameters",
    "TaskDefaultParameters": ".task_default_parameters",
    "TaskRun": ".task_run",
    "TaskRunParameters": ".task_run_parameters",
    "TaskSchedule": ".task_schedule",
    "TimeUnit": ".time_unit",
    "Timeseries": ".timeseries",
    "TimeseriesByBuilding": ".timeseries_by_building",
    "TimeseriesByEvent": ".timeseries_by_event",
    "TimeseriesBySite": ".timeseries_by_site",
    "TimeseriesBySpace": ".timeseries_by_space",
    "TimeseriesByStorey": ".timeseries_by_storey",
    "TimeseriesByZone": ".timeseries_by_zone",
    "TimeseriesCompleteness": ".timeseries_completeness",
    "TimeseriesCSVUploadFile": ".timeseries_csv_upload_file",
    "TimeseriesData": ".timeseries_data",
    "TimeseriesDataState": ".timeseries_data_state",
    "TimeseriesDataStatsByID": ".timeseries_data_stats_by_id",
    "TimeseriesDataStatsByIDStats": ".timeseries_data_stats_by_id_stats",
    "TimeseriesDataStatsByName": ".timeseries_data_stats_by_name",
    "TimeseriesDataStatsByNameStats": ".timeseries_data_stats_by_name_stats",
    "TimeseriesExcludeId": ".timeseries_exclude_id",
    "TimeseriesProperty": ".timeseries_property",
    "TimeseriesPropertyData": ".timeseries_property_data",
    "TimeseriesPropertyPut": ".timeseries_property_put",
    "TimeseriesPut": ".timeseries_put",
    "TimeseriesValues": ".timeseries_values",
    "Timezone": ".timezone",
    "TSStats": ".ts_stats",
    "User": ".user",
    "UserByUserGroup": ".user_by_user_group",
    "UserGroup": ".user_group",
    "UserGroupByCampaign": ".user_group_by_campaign",
    "UserGroupByCampaignScope": ".user_group_by_campaign_scope",
    "Versions": ".versions",
    "WeatherTimeseriesBySite": ".weather_timeseries_by_site",
    "WeatherTimeseriesBySiteParameter": ".weather_timeseries_by_site_parameter",
    "Zone": ".zone",
    "ZoneExcludeId": ".zone_exclude_id",
    "ZoneProperty": ".zone_property",
    "ZonePropertyData": ".zone_property_data",
    "ZonePropertyExcludeId": ".zone_property_exclude_id",
    "ZonePut": ".zone_put",
}


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_BY_NAME[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "About",
    "Aggregation",
    "BooleanValue",
    "Building",
    "BuildingExcludeId",
    "BuildingProperty",
    "BuildingPropertyData",
    "BuildingPropertyExcludeId",
    "BuildingPut",
    "Campaign",
    "CampaignScope",
    "CampaignScopePut",
    "Completeness",
    "CompletenessTimeseries",
    "DegreeDaysResult",
    "DegreeDaysResultDegreeDays",
    "Energy",
    "EnergyConsumption",
    "EnergyConsumptionEnergy",
    "EnergyConsumptionEnergyAdditionalProperty",
    "EnergyConsumptionTimeseriesByBuilding",
    "EnergyConsumptionTimeseriesBySite",
    "EnergyEndUse",
    "EnergyProductionTechnology",
    "EnergyProductionTimeseriesByBuilding",
    "EnergyProductionTimeseriesBySite",
    "Error",
    "ErrorErrors",
    "Event",
    "EventByBuilding",
    "EventBySite",
    "EventBySpace",
    "EventByStorey",
    "EventByZone",
    "EventCategory",
    "EventCategoryByUser",
    "EventCategoryByUserPut",
    "EventExcludeId",
    "EventLevel",
    "EventPut",
    "GetJWTArgs",
    "GetJWTResp",
    "GetJWTRespStatus",
    "GetSiteDegreeDaysPeriod",
    "GetSiteDegreeDaysType",
    "ListEventsSortItem",
    "ListNotificationsSortItem",
    "ListStCleanupsByTimeseriesFullSortItem",
    "ListUsersSortItem",
    "Notification",
    "NotificationCountByCampaign",
    "NotificationCountForCampaign",
    "NotificationPut",
    "PaginationMetadata",
    "PropertyValueType",
    "Site",
    "SiteExcludeId",
    "SiteProperty",
    "SitePropertyData",
    "SitePropertyExcludeId",
    "SitePut",
    "SitesCSVUploadFile",
    "SortByCampaignAndSiteName",
    "SortByCampaignName",
    "SortByName",
    "Space",
    "SpaceExcludeId",
    "SpaceProperty",
    "SpacePropertyData",
    "SpacePropertyExcludeId",
    "SpacePut",
    "STCheckMissingByCampaign",
    "STCheckMissingByCampaignFull",
    "STCheckMissingByCampaignPut",
    "STCheckOutliersByCampaign",
    "STCheckOutliersByCampaignFull",
    "STCheckOutliersByCampaignPut",
    "STCleanupByCampaign",
    "STCleanupByCampaignFull",
    "STCleanupByCampaignPut",
    "STCleanupByTimeseries",
    "STCleanupByTimeseriesFull",
    "STDownloadWeatherDataBySite",
    "STDownloadWeatherDataBySiteFull",
    "STDownloadWeatherDataBySitePut",
    "STDownloadWeatherForecastDataBySite",
    "STDownloadWeatherForecastDataBySiteFull",
    "STDownloadWeatherForecastDataBySitePut",
    "Storey",
    "StoreyExcludeId",
    "StoreyProperty",
    "StoreyPropertyData",
    "StoreyPropertyExcludeId",
    "StoreyPut",
    "StructuralElementProperty",
    "StructuralElementPropertyExcludeId",
    "StructuralElementPropertyPut",
    "Task",
    "TaskByCampaign",
    "TaskByCampaignParameters",
    "TaskByCampaignPut",
    "TaskByCampaignPutParameters",
    "TaskDefaultParameters",
    "TaskRun",
    "TaskRunParameters",
    "TaskSchedule",
    "Timeseries",
    "TimeseriesByBuilding",
    "TimeseriesByEvent",
    "TimeseriesBySite",
    "TimeseriesBySpace",
    "TimeseriesByStorey",
    "TimeseriesByZone",
    "TimeseriesCompleteness",
    "TimeseriesCSVUploadFile",
    "TimeseriesData",
    "TimeseriesDataState",
    "TimeseriesDataStatsByID",
    "TimeseriesDataStatsByIDStats",
    "TimeseriesDataStatsByName",
    "TimeseriesDataStatsByNameStats",
    "TimeseriesExcludeId",
    "TimeseriesProperty",
    "TimeseriesPropertyData",
    "TimeseriesPropertyPut",
    "TimeseriesPut",
    "TimeseriesValues",
    "TimeUnit",
    "Timezone",
    "TSStats",
    "User",
    "UserByUserGroup",
    "UserGroup",
    "UserGroupByCampaign",
    "UserGroupByCampaignScope",
    "Versions",
    "WeatherTimeseriesBySite",
    "WeatherTimeseriesBySiteParameter",
    "Zone",
    "ZoneExcludeId",
    "ZoneProperty",
    "ZonePropertyData",
    "ZonePropertyExcludeId",
    "ZonePut",
)

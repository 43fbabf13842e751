"""The entry points of both clients and their resource classes (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py: `EntryPoints` and `AsyncEntryPoints` are the clients'
tables (`api_client.sites`), `Resource` and `AsyncResource` the bases of the
resource classes. Each entry point's two classes (`Sites`, `AsyncSites`) are in
a module of their own here (`sites.py`, from templates/resource_module.py.jinja),
imported on the entry point's first use: importing the clients runs none of
them. Type checkers read the classes from the annotations of the tables.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from ..._transport import AsyncSender, BlockingSender
    from .about import About, AsyncAbout
    from .analysis import Analysis, AsyncAnalysis
    from .auth import AsyncAuth, Auth
    from .building_properties import AsyncBuildingProperties, BuildingProperties
    from .building_property_data import AsyncBuildingPropertyData, BuildingPropertyData
    from .buildings import AsyncBuildings, Buildings
    from .campaign_scopes import AsyncCampaignScopes, CampaignScopes
    from .campaigns import AsyncCampaigns, Campaigns
    from .energies import AsyncEnergies, Energies
    from .energy_cons_ts_by_buildings import (
        AsyncEnergyConsumptionTimeseriesByBuildings,
        EnergyConsumptionTimeseriesByBuildings,
    )
    from .energy_cons_ts_by_sites import (
        AsyncEnergyConsumptionTimeseriesBySites,
        EnergyConsumptionTimeseriesBySites,
    )
    from .energy_end_uses import AsyncEnergyEndUses, EnergyEndUses
    from .energy_prod_technologies import (
        AsyncEnergyProductionTechnologies,
        EnergyProductionTechnologies,
    )
    from .energy_prod_ts_by_buildings import (
        AsyncEnergyProductionTimeseriesByBuildings,
        EnergyProductionTimeseriesByBuildings,
    )
    from .energy_prod_ts_by_sites import (
        AsyncEnergyProductionTimeseriesBySites,
        EnergyProductionTimeseriesBySites,
    )
    from .event_by_buildings import AsyncEventByBuildings, EventByBuildings
    from .event_by_sites import AsyncEventBySites, EventBySites
    from .event_by_spaces import AsyncEventBySpaces, EventBySpaces
    from .event_by_storeys import AsyncEventByStoreys, EventByStoreys
    from .event_by_zones import AsyncEventByZones, EventByZones
    from .event_categories import AsyncEventCategories, EventCategories
    from .event_categories_by_users import (
        AsyncEventCategoriesByUsers,
        EventCategoriesByUsers,
    )
    from .events import AsyncEvents, Events
    from .io import AsyncInputOutput, InputOutput
    from .notifications import AsyncNotifications, Notifications
    from .site_properties import AsyncSiteProperties, SiteProperties
    from .site_property_data import AsyncSitePropertyData, SitePropertyData
    from .sites import AsyncSites, Sites
    from .space_properties import AsyncSpaceProperties, SpaceProperties
    from .space_property_data import AsyncSpacePropertyData, SpacePropertyData
    from .spaces import AsyncSpaces, Spaces
    from .st_check_missing_by_campaign import (
        AsyncStCheckMissingByCampaign,
        StCheckMissingByCampaign,
    )
    from .st_check_outlier_by_campaign import (
        AsyncStCheckOutlierByCampaign,
        StCheckOutlierByCampaign,
    )
    from .st_cleanup_by_campaign import AsyncStCleanupByCampaign, StCleanupByCampaign
    from .st_cleanup_by_timeseries import (
        AsyncStCleanupByTimeseries,
        StCleanupByTimeseries,
    )
    from .st_download_weather_by_site import (
        AsyncStDownloadWeatherBySite,
        StDownloadWeatherBySite,
    )
    from .st_download_weather_forecast_by_site import (
        AsyncStDownloadWeatherForecastBySite,
        StDownloadWeatherForecastBySite,
    )
    from .storey_properties import AsyncStoreyProperties, StoreyProperties
    from .storey_property_data import AsyncStoreyPropertyData, StoreyPropertyData
    from .storeys import AsyncStoreys, Storeys
    from .structural_element_properties import (
        AsyncStructuralElementProperties,
        StructuralElementProperties,
    )
    from .task_by_campaign import AsyncTasksByCampaigns, TasksByCampaigns
    from .tasks import AsyncTasks, Tasks
    from .timeseries import AsyncTimeseries, Timeseries
    from .timeseries_by_buildings import (
        AsyncTimeseriesByBuildings,
        TimeseriesByBuildings,
    )
    from .timeseries_by_events import AsyncTimeseriesByEvents, TimeseriesByEvents
    from .timeseries_by_sites import AsyncTimeseriesBySites, TimeseriesBySites
    from .timeseries_by_spaces import AsyncTimeseriesBySpaces, TimeseriesBySpaces
    from .timeseries_by_storeys import AsyncTimeseriesByStoreys, TimeseriesByStoreys
    from .timeseries_by_zones import AsyncTimeseriesByZones, TimeseriesByZones
    from .timeseries_data import AsyncTimeseriesData, TimeseriesData
    from .timeseries_datastates import AsyncTimeseriesDataStates, TimeseriesDataStates
    from .timeseries_properties import AsyncTimeseriesProperties, TimeseriesProperties
    from .timeseries_property_data import (
        AsyncTimeseriesPropertyData,
        TimeseriesPropertyData,
    )
    from .user_by_user_groups import AsyncUserByUserGroups, UserByUserGroups
    from .user_groups import AsyncUserGroups, UserGroups
    from .user_groups_by_campaign_scopes import (
        AsyncUserGroupsByCampaignScopes,
        UserGroupsByCampaignScopes,
    )
    from .user_groups_by_campaigns import (
        AsyncUserGroupsByCampaigns,
        UserGroupsByCampaigns,
    )
    from .users import AsyncUsers, Users
    from .weather_ts_by_sites import (
        AsyncWeatherTimeseriesBySites,
        WeatherTimeseriesBySites,
    )
    from .zone_properties import AsyncZoneProperties, ZoneProperties
    from .zone_property_data import AsyncZonePropertyData, ZonePropertyData
    from .zones import AsyncZones, Zones


class Resource:
    """An entry point of the blocking client (`api_client.sites`)."""

    #: The API resource, as in the reference table ("/sites/").
    path: ClassVar[str] = ""
    #: The client attribute this resource is.
    entry_point_name: ClassVar[str] = ""

    def __init__(self, client: BlockingSender) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"


class AsyncResource:
    """An entry point of the asyncio client (`api_client.sites`)."""

    path: ClassVar[str] = ""
    entry_point_name: ClassVar[str] = ""

    def __init__(self, client: AsyncSender) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"


class EntryPoint:
    """One entry point of a client: its resource class is imported on first
    access (from its module here), its resource made once per client (stored
    on the client: later reads do not come back here)."""

    def __init__(self, module: str, class_name: str) -> None:
        #: The module of the resource class, in this package ("sites").
        self.module = module
        self.class_name = class_name
        self.name = ""
        self._resource: type[Any] | None = None

    @property
    def resource(self) -> type[Any]:
        """The resource class, imported on first use (once: the same class
        on every access)."""
        resource = self._resource
        if resource is None:
            module = import_module(f"{__name__}.{self.module}")
            resource = self._resource = getattr(module, self.class_name)
        return resource

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name
        # Cached per client (see __get__): `with_options` copies forget it.
        owner._cached_per_client = getattr(owner, "_cached_per_client", frozenset()) | {
            name
        }

    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        instance = self.resource(client)
        client.__dict__[self.name] = instance
        return instance


def entry_point(module: str, class_name: str) -> Any:
    """Declare an entry point (its resource class's module and name); its
    annotation gives its type to type checkers."""
    return EntryPoint(module, class_name)


class EntryPoints:
    """The blocking client's entry points (the facade's table)."""

    about: About = entry_point("about", "About")
    building_properties: BuildingProperties = entry_point(
        "building_properties", "BuildingProperties"
    )
    building_property_data: BuildingPropertyData = entry_point(
        "building_property_data", "BuildingPropertyData"
    )
    buildings: Buildings = entry_point("buildings", "Buildings")
    campaign_scopes: CampaignScopes = entry_point("campaign_scopes", "CampaignScopes")
    campaigns: Campaigns = entry_point("campaigns", "Campaigns")
    energies: Energies = entry_point("energies", "Energies")
    energy_cons_ts_by_buildings: EnergyConsumptionTimeseriesByBuildings = entry_point(
        "energy_cons_ts_by_buildings", "EnergyConsumptionTimeseriesByBuildings"
    )
    energy_cons_ts_by_sites: EnergyConsumptionTimeseriesBySites = entry_point(
        "energy_cons_ts_by_sites", "EnergyConsumptionTimeseriesBySites"
    )
    energy_end_uses: EnergyEndUses = entry_point("energy_end_uses", "EnergyEndUses")
    energy_prod_technologies: EnergyProductionTechnologies = entry_point(
        "energy_prod_technologies", "EnergyProductionTechnologies"
    )
    energy_prod_ts_by_buildings: EnergyProductionTimeseriesByBuildings = entry_point(
        "energy_prod_ts_by_buildings", "EnergyProductionTimeseriesByBuildings"
    )
    energy_prod_ts_by_sites: EnergyProductionTimeseriesBySites = entry_point(
        "energy_prod_ts_by_sites", "EnergyProductionTimeseriesBySites"
    )
    event_by_buildings: EventByBuildings = entry_point(
        "event_by_buildings", "EventByBuildings"
    )
    event_by_sites: EventBySites = entry_point("event_by_sites", "EventBySites")
    event_by_spaces: EventBySpaces = entry_point("event_by_spaces", "EventBySpaces")
    event_by_storeys: EventByStoreys = entry_point("event_by_storeys", "EventByStoreys")
    event_by_zones: EventByZones = entry_point("event_by_zones", "EventByZones")
    event_categories: EventCategories = entry_point(
        "event_categories", "EventCategories"
    )
    event_categories_by_users: EventCategoriesByUsers = entry_point(
        "event_categories_by_users", "EventCategoriesByUsers"
    )
    events: Events = entry_point("events", "Events")
    notifications: Notifications = entry_point("notifications", "Notifications")
    site_properties: SiteProperties = entry_point("site_properties", "SiteProperties")
    site_property_data: SitePropertyData = entry_point(
        "site_property_data", "SitePropertyData"
    )
    sites: Sites = entry_point("sites", "Sites")
    st_check_missing_by_campaign: StCheckMissingByCampaign = entry_point(
        "st_check_missing_by_campaign", "StCheckMissingByCampaign"
    )
    st_check_outlier_by_campaign: StCheckOutlierByCampaign = entry_point(
        "st_check_outlier_by_campaign", "StCheckOutlierByCampaign"
    )
    st_cleanup_by_campaign: StCleanupByCampaign = entry_point(
        "st_cleanup_by_campaign", "StCleanupByCampaign"
    )
    st_cleanup_by_timeseries: StCleanupByTimeseries = entry_point(
        "st_cleanup_by_timeseries", "StCleanupByTimeseries"
    )
    st_download_weather_by_site: StDownloadWeatherBySite = entry_point(
        "st_download_weather_by_site", "StDownloadWeatherBySite"
    )
    st_download_weather_forecast_by_site: StDownloadWeatherForecastBySite = entry_point(
        "st_download_weather_forecast_by_site", "StDownloadWeatherForecastBySite"
    )
    space_properties: SpaceProperties = entry_point(
        "space_properties", "SpaceProperties"
    )
    space_property_data: SpacePropertyData = entry_point(
        "space_property_data", "SpacePropertyData"
    )
    spaces: Spaces = entry_point("spaces", "Spaces")
    storey_properties: StoreyProperties = entry_point(
        "storey_properties", "StoreyProperties"
    )
    storey_property_data: StoreyPropertyData = entry_point(
        "storey_property_data", "StoreyPropertyData"
    )
    storeys: Storeys = entry_point("storeys", "Storeys")
    structural_element_properties: StructuralElementProperties = entry_point(
        "structural_element_properties", "StructuralElementProperties"
    )
    task_by_campaign: TasksByCampaigns = entry_point(
        "task_by_campaign", "TasksByCampaigns"
    )
    tasks: Tasks = entry_point("tasks", "Tasks")
    timeseries: Timeseries = entry_point("timeseries", "Timeseries")
    timeseries_by_buildings: TimeseriesByBuildings = entry_point(
        "timeseries_by_buildings", "TimeseriesByBuildings"
    )
    timeseries_by_events: TimeseriesByEvents = entry_point(
        "timeseries_by_events", "TimeseriesByEvents"
    )
    timeseries_by_sites: TimeseriesBySites = entry_point(
        "timeseries_by_sites", "TimeseriesBySites"
    )
    timeseries_by_spaces: TimeseriesBySpaces = entry_point(
        "timeseries_by_spaces", "TimeseriesBySpaces"
    )
    timeseries_by_storeys: TimeseriesByStoreys = entry_point(
        "timeseries_by_storeys", "TimeseriesByStoreys"
    )
    timeseries_by_zones: TimeseriesByZones = entry_point(
        "timeseries_by_zones", "TimeseriesByZones"
    )
    timeseries_datastates: TimeseriesDataStates = entry_point(
        "timeseries_datastates", "TimeseriesDataStates"
    )
    timeseries_properties: TimeseriesProperties = entry_point(
        "timeseries_properties", "TimeseriesProperties"
    )
    timeseries_property_data: TimeseriesPropertyData = entry_point(
        "timeseries_property_data", "TimeseriesPropertyData"
    )
    user_by_user_groups: UserByUserGroups = entry_point(
        "user_by_user_groups", "UserByUserGroups"
    )
    user_groups: UserGroups = entry_point("user_groups", "UserGroups")
    user_groups_by_campaign_scopes: UserGroupsByCampaignScopes = entry_point(
        "user_groups_by_campaign_scopes", "UserGroupsByCampaignScopes"
    )
    user_groups_by_campaigns: UserGroupsByCampaigns = entry_point(
        "user_groups_by_campaigns", "UserGroupsByCampaigns"
    )
    users: Users = entry_point("users", "Users")
    weather_ts_by_sites: WeatherTimeseriesBySites = entry_point(
        "weather_ts_by_sites", "WeatherTimeseriesBySites"
    )
    zone_properties: ZoneProperties = entry_point("zone_properties", "ZoneProperties")
    zone_property_data: ZonePropertyData = entry_point(
        "zone_property_data", "ZonePropertyData"
    )
    zones: Zones = entry_point("zones", "Zones")
    analysis: Analysis = entry_point("analysis", "Analysis")
    auth: Auth = entry_point("auth", "Auth")
    io: InputOutput = entry_point("io", "InputOutput")
    timeseries_data: TimeseriesData = entry_point("timeseries_data", "TimeseriesData")


class AsyncEntryPoints:
    """The asyncio client's entry points (the facade's table)."""

    about: AsyncAbout = entry_point("about", "AsyncAbout")
    building_properties: AsyncBuildingProperties = entry_point(
        "building_properties", "AsyncBuildingProperties"
    )
    building_property_data: AsyncBuildingPropertyData = entry_point(
        "building_property_data", "AsyncBuildingPropertyData"
    )
    buildings: AsyncBuildings = entry_point("buildings", "AsyncBuildings")
    campaign_scopes: AsyncCampaignScopes = entry_point(
        "campaign_scopes", "AsyncCampaignScopes"
    )
    campaigns: AsyncCampaigns = entry_point("campaigns", "AsyncCampaigns")
    energies: AsyncEnergies = entry_point("energies", "AsyncEnergies")
    energy_cons_ts_by_buildings: AsyncEnergyConsumptionTimeseriesByBuildings = (
        entry_point(
            "energy_cons_ts_by_buildings", "AsyncEnergyConsumptionTimeseriesByBuildings"
        )
    )
    energy_cons_ts_by_sites: AsyncEnergyConsumptionTimeseriesBySites = entry_point(
        "energy_cons_ts_by_sites", "AsyncEnergyConsumptionTimeseriesBySites"
    )
    energy_end_uses: AsyncEnergyEndUses = entry_point(
        "energy_end_uses", "AsyncEnergyEndUses"
    )
    energy_prod_technologies: AsyncEnergyProductionTechnologies = entry_point(
        "energy_prod_technologies", "AsyncEnergyProductionTechnologies"
    )
    energy_prod_ts_by_buildings: AsyncEnergyProductionTimeseriesByBuildings = (
        entry_point(
            "energy_prod_ts_by_buildings", "AsyncEnergyProductionTimeseriesByBuildings"
        )
    )
    energy_prod_ts_by_sites: AsyncEnergyProductionTimeseriesBySites = entry_point(
        "energy_prod_ts_by_sites", "AsyncEnergyProductionTimeseriesBySites"
    )
    event_by_buildings: AsyncEventByBuildings = entry_point(
        "event_by_buildings", "AsyncEventByBuildings"
    )
    event_by_sites: AsyncEventBySites = entry_point(
        "event_by_sites", "AsyncEventBySites"
    )
    event_by_spaces: AsyncEventBySpaces = entry_point(
        "event_by_spaces", "AsyncEventBySpaces"
    )
    event_by_storeys: AsyncEventByStoreys = entry_point(
        "event_by_storeys", "AsyncEventByStoreys"
    )
    event_by_zones: AsyncEventByZones = entry_point(
        "event_by_zones", "AsyncEventByZones"
    )
    event_categories: AsyncEventCategories = entry_point(
        "event_categories", "AsyncEventCategories"
    )
    event_categories_by_users: AsyncEventCategoriesByUsers = entry_point(
        "event_categories_by_users", "AsyncEventCategoriesByUsers"
    )
    events: AsyncEvents = entry_point("events", "AsyncEvents")
    notifications: AsyncNotifications = entry_point(
        "notifications", "AsyncNotifications"
    )
    site_properties: AsyncSiteProperties = entry_point(
        "site_properties", "AsyncSiteProperties"
    )
    site_property_data: AsyncSitePropertyData = entry_point(
        "site_property_data", "AsyncSitePropertyData"
    )
    sites: AsyncSites = entry_point("sites", "AsyncSites")
    st_check_missing_by_campaign: AsyncStCheckMissingByCampaign = entry_point(
        "st_check_missing_by_campaign", "AsyncStCheckMissingByCampaign"
    )
    st_check_outlier_by_campaign: AsyncStCheckOutlierByCampaign = entry_point(
        "st_check_outlier_by_campaign", "AsyncStCheckOutlierByCampaign"
    )
    st_cleanup_by_campaign: AsyncStCleanupByCampaign = entry_point(
        "st_cleanup_by_campaign", "AsyncStCleanupByCampaign"
    )
    st_cleanup_by_timeseries: AsyncStCleanupByTimeseries = entry_point(
        "st_cleanup_by_timeseries", "AsyncStCleanupByTimeseries"
    )
    st_download_weather_by_site: AsyncStDownloadWeatherBySite = entry_point(
        "st_download_weather_by_site", "AsyncStDownloadWeatherBySite"
    )
    st_download_weather_forecast_by_site: AsyncStDownloadWeatherForecastBySite = (
        entry_point(
            "st_download_weather_forecast_by_site",
            "AsyncStDownloadWeatherForecastBySite",
        )
    )
    space_properties: AsyncSpaceProperties = entry_point(
        "space_properties", "AsyncSpaceProperties"
    )
    space_property_data: AsyncSpacePropertyData = entry_point(
        "space_property_data", "AsyncSpacePropertyData"
    )
    spaces: AsyncSpaces = entry_point("spaces", "AsyncSpaces")
    storey_properties: AsyncStoreyProperties = entry_point(
        "storey_properties", "AsyncStoreyProperties"
    )
    storey_property_data: AsyncStoreyPropertyData = entry_point(
        "storey_property_data", "AsyncStoreyPropertyData"
    )
    storeys: AsyncStoreys = entry_point("storeys", "AsyncStoreys")
    structural_element_properties: AsyncStructuralElementProperties = entry_point(
        "structural_element_properties", "AsyncStructuralElementProperties"
    )
    task_by_campaign: AsyncTasksByCampaigns = entry_point(
        "task_by_campaign", "AsyncTasksByCampaigns"
    )
    tasks: AsyncTasks = entry_point("tasks", "AsyncTasks")
    timeseries: AsyncTimeseries = entry_point("timeseries", "AsyncTimeseries")
    timeseries_by_buildings: AsyncTimeseriesByBuildings = entry_point(
        "timeseries_by_buildings", "AsyncTimeseriesByBuildings"
    )
    timeseries_by_events: AsyncTimeseriesByEvents = entry_point(
        "timeseries_by_events", "AsyncTimeseriesByEvents"
    )
    timeseries_by_sites: AsyncTimeseriesBySites = entry_point(
        "timeseries_by_sites", "AsyncTimeseriesBySites"
    )
    timeseries_by_spaces: AsyncTimeseriesBySpaces = entry_point(
        "timeseries_by_spaces", "AsyncTimeseriesBySpaces"
    )
    timeseries_by_storeys: AsyncTimeseriesByStoreys = entry_point(
        "timeseries_by_storeys", "AsyncTimeseriesByStoreys"
    )
    timeseries_by_zones: AsyncTimeseriesByZones = entry_point(
        "timeseries_by_zones", "AsyncTimeseriesByZones"
    )
    timeseries_datastates: AsyncTimeseriesDataStates = entry_point(
        "timeseries_datastates", "AsyncTimeseriesDataStates"
    )
    timeseries_properties: AsyncTimeseriesProperties = entry_point(
        "timeseries_properties", "AsyncTimeseriesProperties"
    )
    timeseries_property_data: AsyncTimeseriesPropertyData = entry_point(
        "timeseries_property_data", "AsyncTimeseriesPropertyData"
    )
    user_by_user_groups: AsyncUserByUserGroups = entry_point(
        "user_by_user_groups", "AsyncUserByUserGroups"
    )
    user_groups: AsyncUserGroups = entry_point("user_groups", "AsyncUserGroups")
    user_groups_by_campaign_scopes: AsyncUserGroupsByCampaignScopes = entry_point(
        "user_groups_by_campaign_scopes", "AsyncUserGroupsByCampaignScopes"
    )
    user_groups_by_campaigns: AsyncUserGroupsByCampaigns = entry_point(
        "user_groups_by_campaigns", "AsyncUserGroupsByCampaigns"
    )
    users: AsyncUsers = entry_point("users", "AsyncUsers")
    weather_ts_by_sites: AsyncWeatherTimeseriesBySites = entry_point(
        "weather_ts_by_sites", "AsyncWeatherTimeseriesBySites"
    )
    zone_properties: AsyncZoneProperties = entry_point(
        "zone_properties", "AsyncZoneProperties"
    )
    zone_property_data: AsyncZonePropertyData = entry_point(
        "zone_property_data", "AsyncZonePropertyData"
    )
    zones: AsyncZones = entry_point("zones", "AsyncZones")
    analysis: AsyncAnalysis = entry_point("analysis", "AsyncAnalysis")
    auth: AsyncAuth = entry_point("auth", "AsyncAuth")
    io: AsyncInputOutput = entry_point("io", "AsyncInputOutput")
    timeseries_data: AsyncTimeseriesData = entry_point(
        "timeseries_data", "AsyncTimeseriesData"
    )

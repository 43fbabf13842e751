"""The entry point table: each attribute of the clients (`api_client.sites`) and
the resource class that declares its operations, made on first access, once per
client. The clients inherit it (`_client.py`); the reference, the spec coverage
test and `make bump` read it."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from ._call import ModeT
from ._operation import Resource
from .resources.about import About
from .resources.analysis import Analysis
from .resources.auth import Auth
from .resources.campaigns import (
    Campaigns,
    CampaignScopes,
    UserGroupsByCampaigns,
    UserGroupsByCampaignScopes,
)
from .resources.energy import (
    Energies,
    EnergyConsumptionTimeseriesByBuildings,
    EnergyConsumptionTimeseriesBySites,
    EnergyEndUses,
    EnergyProductionTechnologies,
    EnergyProductionTimeseriesByBuildings,
    EnergyProductionTimeseriesBySites,
    WeatherTimeseriesBySites,
)
from .resources.events import (
    EventByBuildings,
    EventBySites,
    EventBySpaces,
    EventByStoreys,
    EventByZones,
    EventCategories,
    EventCategoriesByUsers,
    Events,
    Notifications,
)
from .resources.io import InputOutput
from .resources.services import (
    StCheckMissingByCampaign,
    StCheckOutlierByCampaign,
    StCleanupByCampaign,
    StCleanupByTimeseries,
    StDownloadWeatherBySite,
    StDownloadWeatherForecastBySite,
)
from .resources.structural_elements import (
    BuildingProperties,
    BuildingPropertyData,
    Buildings,
    SiteProperties,
    SitePropertyData,
    Sites,
    SpaceProperties,
    SpacePropertyData,
    Spaces,
    StoreyProperties,
    StoreyPropertyData,
    Storeys,
    StructuralElementProperties,
    ZoneProperties,
    ZonePropertyData,
    Zones,
)
from .resources.tasks import Tasks, TasksByCampaigns
from .resources.timeseries import (
    Timeseries,
    TimeseriesByBuildings,
    TimeseriesByEvents,
    TimeseriesBySites,
    TimeseriesBySpaces,
    TimeseriesByStoreys,
    TimeseriesByZones,
    TimeseriesDataStates,
    TimeseriesProperties,
    TimeseriesPropertyData,
)
from .resources.timeseries_data import TimeseriesData
from .resources.users import UserByUserGroups, UserGroups, Users

ResourceT = TypeVar("ResourceT", bound=Resource[Any])


class EntryPoint(Generic[ResourceT]):
    """One entry point: its resource is made on first access, once per client."""

    def __init__(self, resource: type[ResourceT]) -> None:
        self.resource = resource
        self.name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name
        # Cached per client (see __get__): `with_options` copies forget it.
        owner._cached_per_client = owner.__dict__.get(
            "_cached_per_client", frozenset()
        ) | {name}

    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        instance = self.resource(client)
        instance.entry_point_name = self.name
        # Stored on the client: later reads do not come back here.
        client.__dict__[self.name] = instance
        return instance


def entry_point(resource: type[Resource[Any]]) -> Any:
    """Declare an entry point; its annotation gives its type to type checkers."""
    return EntryPoint(resource)


class EntryPoints(Generic[ModeT]):
    """The entry points of the API, with the resource that declares each."""

    about: About[ModeT] = entry_point(About)
    analysis: Analysis[ModeT] = entry_point(Analysis)
    auth: Auth[ModeT] = entry_point(Auth)
    building_properties: BuildingProperties[ModeT] = entry_point(BuildingProperties)
    building_property_data: BuildingPropertyData[ModeT] = entry_point(
        BuildingPropertyData
    )
    buildings: Buildings[ModeT] = entry_point(Buildings)
    campaign_scopes: CampaignScopes[ModeT] = entry_point(CampaignScopes)
    campaigns: Campaigns[ModeT] = entry_point(Campaigns)
    energies: Energies[ModeT] = entry_point(Energies)
    energy_cons_ts_by_buildings: EnergyConsumptionTimeseriesByBuildings[ModeT] = (
        entry_point(EnergyConsumptionTimeseriesByBuildings)
    )
    energy_cons_ts_by_sites: EnergyConsumptionTimeseriesBySites[ModeT] = entry_point(
        EnergyConsumptionTimeseriesBySites
    )
    energy_end_uses: EnergyEndUses[ModeT] = entry_point(EnergyEndUses)
    energy_prod_technologies: EnergyProductionTechnologies[ModeT] = entry_point(
        EnergyProductionTechnologies
    )
    energy_prod_ts_by_buildings: EnergyProductionTimeseriesByBuildings[ModeT] = (
        entry_point(EnergyProductionTimeseriesByBuildings)
    )
    energy_prod_ts_by_sites: EnergyProductionTimeseriesBySites[ModeT] = entry_point(
        EnergyProductionTimeseriesBySites
    )
    event_by_buildings: EventByBuildings[ModeT] = entry_point(EventByBuildings)
    event_by_sites: EventBySites[ModeT] = entry_point(EventBySites)
    event_by_spaces: EventBySpaces[ModeT] = entry_point(EventBySpaces)
    event_by_storeys: EventByStoreys[ModeT] = entry_point(EventByStoreys)
    event_by_zones: EventByZones[ModeT] = entry_point(EventByZones)
    event_categories: EventCategories[ModeT] = entry_point(EventCategories)
    event_categories_by_users: EventCategoriesByUsers[ModeT] = entry_point(
        EventCategoriesByUsers
    )
    events: Events[ModeT] = entry_point(Events)
    io: InputOutput[ModeT] = entry_point(InputOutput)
    notifications: Notifications[ModeT] = entry_point(Notifications)
    site_properties: SiteProperties[ModeT] = entry_point(SiteProperties)
    site_property_data: SitePropertyData[ModeT] = entry_point(SitePropertyData)
    sites: Sites[ModeT] = entry_point(Sites)
    # The services of API 0.24 and 0.25, replaced by tasks in 0.26.
    st_check_missing_by_campaign: StCheckMissingByCampaign[ModeT] = entry_point(
        StCheckMissingByCampaign
    )
    st_check_outlier_by_campaign: StCheckOutlierByCampaign[ModeT] = entry_point(
        StCheckOutlierByCampaign
    )
    st_cleanup_by_campaign: StCleanupByCampaign[ModeT] = entry_point(
        StCleanupByCampaign
    )
    st_cleanup_by_timeseries: StCleanupByTimeseries[ModeT] = entry_point(
        StCleanupByTimeseries
    )
    st_download_weather_by_site: StDownloadWeatherBySite[ModeT] = entry_point(
        StDownloadWeatherBySite
    )
    st_download_weather_forecast_by_site: StDownloadWeatherForecastBySite[ModeT] = (
        entry_point(StDownloadWeatherForecastBySite)
    )
    space_properties: SpaceProperties[ModeT] = entry_point(SpaceProperties)
    space_property_data: SpacePropertyData[ModeT] = entry_point(SpacePropertyData)
    spaces: Spaces[ModeT] = entry_point(Spaces)
    storey_properties: StoreyProperties[ModeT] = entry_point(StoreyProperties)
    storey_property_data: StoreyPropertyData[ModeT] = entry_point(StoreyPropertyData)
    storeys: Storeys[ModeT] = entry_point(Storeys)
    structural_element_properties: StructuralElementProperties[ModeT] = entry_point(
        StructuralElementProperties
    )
    task_by_campaign: TasksByCampaigns[ModeT] = entry_point(TasksByCampaigns)
    tasks: Tasks[ModeT] = entry_point(Tasks)
    timeseries: Timeseries[ModeT] = entry_point(Timeseries)
    timeseries_by_buildings: TimeseriesByBuildings[ModeT] = entry_point(
        TimeseriesByBuildings
    )
    timeseries_by_events: TimeseriesByEvents[ModeT] = entry_point(TimeseriesByEvents)
    timeseries_by_sites: TimeseriesBySites[ModeT] = entry_point(TimeseriesBySites)
    timeseries_by_spaces: TimeseriesBySpaces[ModeT] = entry_point(TimeseriesBySpaces)
    timeseries_by_storeys: TimeseriesByStoreys[ModeT] = entry_point(TimeseriesByStoreys)
    timeseries_by_zones: TimeseriesByZones[ModeT] = entry_point(TimeseriesByZones)
    timeseries_data: TimeseriesData[ModeT] = entry_point(TimeseriesData)
    timeseries_datastates: TimeseriesDataStates[ModeT] = entry_point(
        TimeseriesDataStates
    )
    timeseries_properties: TimeseriesProperties[ModeT] = entry_point(
        TimeseriesProperties
    )
    timeseries_property_data: TimeseriesPropertyData[ModeT] = entry_point(
        TimeseriesPropertyData
    )
    user_by_user_groups: UserByUserGroups[ModeT] = entry_point(UserByUserGroups)
    user_groups: UserGroups[ModeT] = entry_point(UserGroups)
    user_groups_by_campaign_scopes: UserGroupsByCampaignScopes[ModeT] = entry_point(
        UserGroupsByCampaignScopes
    )
    user_groups_by_campaigns: UserGroupsByCampaigns[ModeT] = entry_point(
        UserGroupsByCampaigns
    )
    users: Users[ModeT] = entry_point(Users)
    weather_ts_by_sites: WeatherTimeseriesBySites[ModeT] = entry_point(
        WeatherTimeseriesBySites
    )
    zone_properties: ZoneProperties[ModeT] = entry_point(ZoneProperties)
    zone_property_data: ZonePropertyData[ModeT] = entry_point(ZonePropertyData)
    zones: Zones[ModeT] = entry_point(Zones)


def entry_point_names() -> list[str]:
    """Names of the client's entry points, as declared in `EntryPoints`."""
    return [
        name
        for name, value in vars(EntryPoints).items()
        if isinstance(value, EntryPoint)
    ]

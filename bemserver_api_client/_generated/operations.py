"""Every operation of the generated core, as a typed reference (written by the generator).

The facade names the operations it calls through this index: `get_site` is an
`OperationRef[Site]`, typed by what its module's `parse_response` returns, so a
wrong name or a result type that differs from the parser's is an error for
type checkers. An operation's module is imported on first use (`module`): the
index itself costs little to import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

if TYPE_CHECKING:
    import httpx

    from .models.about import About
    from .models.building import Building
    from .models.building_property import BuildingProperty
    from .models.building_property_data import BuildingPropertyData
    from .models.campaign import Campaign
    from .models.campaign_scope import CampaignScope
    from .models.completeness import Completeness
    from .models.degree_days_result import DegreeDaysResult
    from .models.energy import Energy
    from .models.energy_consumption import EnergyConsumption
    from .models.energy_consumption_timeseries_by_building import (
        EnergyConsumptionTimeseriesByBuilding,
    )
    from .models.energy_consumption_timeseries_by_site import (
        EnergyConsumptionTimeseriesBySite,
    )
    from .models.energy_end_use import EnergyEndUse
    from .models.energy_production_technology import EnergyProductionTechnology
    from .models.energy_production_timeseries_by_building import (
        EnergyProductionTimeseriesByBuilding,
    )
    from .models.energy_production_timeseries_by_site import (
        EnergyProductionTimeseriesBySite,
    )
    from .models.event import Event
    from .models.event_by_building import EventByBuilding
    from .models.event_by_site import EventBySite
    from .models.event_by_space import EventBySpace
    from .models.event_by_storey import EventByStorey
    from .models.event_by_zone import EventByZone
    from .models.event_category import EventCategory
    from .models.event_category_by_user import EventCategoryByUser
    from .models.get_jwt_resp import GetJWTResp
    from .models.notification import Notification
    from .models.notification_count_by_campaign import NotificationCountByCampaign
    from .models.site import Site
    from .models.site_property import SiteProperty
    from .models.site_property_data import SitePropertyData
    from .models.space import Space
    from .models.space_property import SpaceProperty
    from .models.space_property_data import SpacePropertyData
    from .models.st_check_missing_by_campaign import STCheckMissingByCampaign
    from .models.st_check_missing_by_campaign_full import STCheckMissingByCampaignFull
    from .models.st_check_outliers_by_campaign import STCheckOutliersByCampaign
    from .models.st_check_outliers_by_campaign_full import STCheckOutliersByCampaignFull
    from .models.st_cleanup_by_campaign import STCleanupByCampaign
    from .models.st_cleanup_by_campaign_full import STCleanupByCampaignFull
    from .models.st_cleanup_by_timeseries import STCleanupByTimeseries
    from .models.st_cleanup_by_timeseries_full import STCleanupByTimeseriesFull
    from .models.st_download_weather_data_by_site import STDownloadWeatherDataBySite
    from .models.st_download_weather_data_by_site_full import (
        STDownloadWeatherDataBySiteFull,
    )
    from .models.st_download_weather_forecast_data_by_site import (
        STDownloadWeatherForecastDataBySite,
    )
    from .models.st_download_weather_forecast_data_by_site_full import (
        STDownloadWeatherForecastDataBySiteFull,
    )
    from .models.storey import Storey
    from .models.storey_property import StoreyProperty
    from .models.storey_property_data import StoreyPropertyData
    from .models.structural_element_property import StructuralElementProperty
    from .models.task import Task
    from .models.task_by_campaign import TaskByCampaign
    from .models.timeseries import Timeseries
    from .models.timeseries_by_building import TimeseriesByBuilding
    from .models.timeseries_by_event import TimeseriesByEvent
    from .models.timeseries_by_site import TimeseriesBySite
    from .models.timeseries_by_space import TimeseriesBySpace
    from .models.timeseries_by_storey import TimeseriesByStorey
    from .models.timeseries_by_zone import TimeseriesByZone
    from .models.timeseries_data import TimeseriesData
    from .models.timeseries_data_state import TimeseriesDataState
    from .models.timeseries_data_stats_by_id import TimeseriesDataStatsByID
    from .models.timeseries_data_stats_by_name import TimeseriesDataStatsByName
    from .models.timeseries_property import TimeseriesProperty
    from .models.timeseries_property_data import TimeseriesPropertyData
    from .models.user import User
    from .models.user_by_user_group import UserByUserGroup
    from .models.user_group import UserGroup
    from .models.user_group_by_campaign import UserGroupByCampaign
    from .models.user_group_by_campaign_scope import UserGroupByCampaignScope
    from .models.weather_timeseries_by_site import WeatherTimeseriesBySite
    from .models.zone import Zone
    from .models.zone_property import ZoneProperty
    from .models.zone_property_data import ZonePropertyData


T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class OperationModule(Protocol[T_co]):
    """What each module under `api` offers (templates/endpoint_module.py.jinja)."""

    METHOD: str
    PATH: str

    def build_request(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def parse_response(self, response: httpx.Response) -> T_co: ...


class OperationRef(Generic[T]):
    """One generated operation: its module under `api` ("site.get_site"), its
    method and path, typed by what its `parse_response` returns."""

    __slots__ = ("_module", "method", "name", "path")

    def __init__(self, name: str, method: str, path: str) -> None:
        self.name = name
        self.method = method
        self.path = path
        self._module: OperationModule[T] | None = None

    @property
    def module(self) -> OperationModule[T]:
        """The operation's module, imported on first use (the lazy loading of
        the generated core: nothing else imports it by name)."""
        module = self._module
        if module is None:
            module = cast(
                "OperationModule[T]", import_module(f"{__package__}.api.{self.name}")
            )
            self._module = module
        return module

    def __repr__(self) -> str:
        return f"<OperationRef {self.name}: {self.method} {self.path}>"


#: `GET /about/`
get_about: OperationRef[About] = OperationRef("about.get_about", "GET", "/about/")


#: `GET /analysis/energy_consumption/building/{building_id}`
get_building_energy_consumption_breakdown: OperationRef[EnergyConsumption] = (
    OperationRef(
        "analysis.get_building_energy_consumption_breakdown",
        "GET",
        "/analysis/energy_consumption/building/{building_id}",
    )
)


#: `GET /analysis/completeness`
get_completeness: OperationRef[Completeness] = OperationRef(
    "analysis.get_completeness", "GET", "/analysis/completeness"
)


#: `GET /analysis/energy_consumption/site/{site_id}`
get_site_energy_consumption_breakdown: OperationRef[EnergyConsumption] = OperationRef(
    "analysis.get_site_energy_consumption_breakdown",
    "GET",
    "/analysis/energy_consumption/site/{site_id}",
)


#: `POST /auth/token`
get_tokens: OperationRef[GetJWTResp] = OperationRef(
    "authentication.get_tokens", "POST", "/auth/token"
)


#: `POST /auth/token/refresh`
refresh_tokens: OperationRef[GetJWTResp] = OperationRef(
    "authentication.refresh_tokens", "POST", "/auth/token/refresh"
)


#: `POST /buildings/`
create_building: OperationRef[Building] = OperationRef(
    "building.create_building", "POST", "/buildings/"
)


#: `DELETE /buildings/{item_id}`
delete_building: OperationRef[None] = OperationRef(
    "building.delete_building", "DELETE", "/buildings/{item_id}"
)


#: `GET /buildings/{item_id}`
get_building: OperationRef[Building] = OperationRef(
    "building.get_building", "GET", "/buildings/{item_id}"
)


#: `GET /buildings/`
list_buildings: OperationRef[list[Building]] = OperationRef(
    "building.list_buildings", "GET", "/buildings/"
)


#: `PUT /buildings/{item_id}`
update_building: OperationRef[Building] = OperationRef(
    "building.update_building", "PUT", "/buildings/{item_id}"
)


#: `POST /building_properties/`
create_building_property: OperationRef[BuildingProperty] = OperationRef(
    "building_property.create_building_property", "POST", "/building_properties/"
)


#: `DELETE /building_properties/{item_id}`
delete_building_property: OperationRef[None] = OperationRef(
    "building_property.delete_building_property",
    "DELETE",
    "/building_properties/{item_id}",
)


#: `GET /building_properties/{item_id}`
get_building_property: OperationRef[BuildingProperty] = OperationRef(
    "building_property.get_building_property", "GET", "/building_properties/{item_id}"
)


#: `GET /building_properties/`
list_building_properties: OperationRef[list[BuildingProperty]] = OperationRef(
    "building_property.list_building_properties", "GET", "/building_properties/"
)


#: `POST /building_property_data/`
create_building_property_data: OperationRef[BuildingPropertyData] = OperationRef(
    "building_property_data.create_building_property_data",
    "POST",
    "/building_property_data/",
)


#: `DELETE /building_property_data/{item_id}`
delete_building_property_data: OperationRef[None] = OperationRef(
    "building_property_data.delete_building_property_data",
    "DELETE",
    "/building_property_data/{item_id}",
)


#: `GET /building_property_data/{item_id}`
get_building_property_data: OperationRef[BuildingPropertyData] = OperationRef(
    "building_property_data.get_building_property_data",
    "GET",
    "/building_property_data/{item_id}",
)


#: `GET /building_property_data/`
list_building_property_data: OperationRef[list[BuildingPropertyData]] = OperationRef(
    "building_property_data.list_building_property_data",
    "GET",
    "/building_property_data/",
)


#: `PUT /building_property_data/{item_id}`
update_building_property_data: OperationRef[BuildingPropertyData] = OperationRef(
    "building_property_data.update_building_property_data",
    "PUT",
    "/building_property_data/{item_id}",
)


#: `POST /campaigns/`
create_campaign: OperationRef[Campaign] = OperationRef(
    "campaign.create_campaign", "POST", "/campaigns/"
)


#: `DELETE /campaigns/{item_id}`
delete_campaign: OperationRef[None] = OperationRef(
    "campaign.delete_campaign", "DELETE", "/campaigns/{item_id}"
)


#: `GET /campaigns/{item_id}`
get_campaign: OperationRef[Campaign] = OperationRef(
    "campaign.get_campaign", "GET", "/campaigns/{item_id}"
)


#: `GET /campaigns/`
list_campaigns: OperationRef[list[Campaign]] = OperationRef(
    "campaign.list_campaigns", "GET", "/campaigns/"
)


#: `PUT /campaigns/{item_id}`
update_campaign: OperationRef[Campaign] = OperationRef(
    "campaign.update_campaign", "PUT", "/campaigns/{item_id}"
)


#: `POST /campaign_scopes/`
create_campaign_scope: OperationRef[CampaignScope] = OperationRef(
    "campaign_scope.create_campaign_scope", "POST", "/campaign_scopes/"
)


#: `DELETE /campaign_scopes/{item_id}`
delete_campaign_scope: OperationRef[None] = OperationRef(
    "campaign_scope.delete_campaign_scope", "DELETE", "/campaign_scopes/{item_id}"
)


#: `GET /campaign_scopes/{item_id}`
get_campaign_scope: OperationRef[CampaignScope] = OperationRef(
    "campaign_scope.get_campaign_scope", "GET", "/campaign_scopes/{item_id}"
)


#: `GET /campaign_scopes/`
list_campaign_scopes: OperationRef[list[CampaignScope]] = OperationRef(
    "campaign_scope.list_campaign_scopes", "GET", "/campaign_scopes/"
)


#: `PUT /campaign_scopes/{item_id}`
update_campaign_scope: OperationRef[CampaignScope] = OperationRef(
    "campaign_scope.update_campaign_scope", "PUT", "/campaign_scopes/{item_id}"
)


#: `GET /energies/`
list_energies: OperationRef[list[Energy]] = OperationRef(
    "energy.list_energies", "GET", "/energies/"
)


#: `POST /energy_consumption_timeseries_by_buildings/`
create_energy_consumption_timeseries_by_building: OperationRef[
    EnergyConsumptionTimeseriesByBuilding
] = OperationRef(
    "energy_consumption_timeseries_by_building.create_energy_consumption_timeseries_by_building",
    "POST",
    "/energy_consumption_timeseries_by_buildings/",
)


#: `DELETE /energy_consumption_timeseries_by_buildings/{item_id}`
delete_energy_consumption_timeseries_by_building: OperationRef[None] = OperationRef(
    "energy_consumption_timeseries_by_building.delete_energy_consumption_timeseries_by_building",
    "DELETE",
    "/energy_consumption_timeseries_by_buildings/{item_id}",
)


#: `GET /energy_consumption_timeseries_by_buildings/{item_id}`
get_energy_consumption_timeseries_by_building: OperationRef[
    EnergyConsumptionTimeseriesByBuilding
] = OperationRef(
    "energy_consumption_timeseries_by_building.get_energy_consumption_timeseries_by_building",
    "GET",
    "/energy_consumption_timeseries_by_buildings/{item_id}",
)


#: `GET /energy_consumption_timeseries_by_buildings/`
list_energy_consumption_timeseries_by_buildings: OperationRef[
    list[EnergyConsumptionTimeseriesByBuilding]
] = OperationRef(
    "energy_consumption_timeseries_by_building.list_energy_consumption_timeseries_by_buildings",
    "GET",
    "/energy_consumption_timeseries_by_buildings/",
)


#: `PUT /energy_consumption_timeseries_by_buildings/{item_id}`
update_energy_consumption_timeseries_by_building: OperationRef[
    EnergyConsumptionTimeseriesByBuilding
] = OperationRef(
    "energy_consumption_timeseries_by_building.update_energy_consumption_timeseries_by_building",
    "PUT",
    "/energy_consumption_timeseries_by_buildings/{item_id}",
)


#: `POST /energy_consumption_timeseries_by_sites/`
create_energy_consumption_timeseries_by_site: OperationRef[
    EnergyConsumptionTimeseriesBySite
] = OperationRef(
    "energy_consumption_timeseries_by_site.create_energy_consumption_timeseries_by_site",
    "POST",
    "/energy_consumption_timeseries_by_sites/",
)


#: `DELETE /energy_consumption_timeseries_by_sites/{item_id}`
delete_energy_consumption_timeseries_by_site: OperationRef[None] = OperationRef(
    "energy_consumption_timeseries_by_site.delete_energy_consumption_timeseries_by_site",
    "DELETE",
    "/energy_consumption_timeseries_by_sites/{item_id}",
)


#: `GET /energy_consumption_timeseries_by_sites/{item_id}`
get_energy_consumption_timeseries_by_site: OperationRef[
    EnergyConsumptionTimeseriesBySite
] = OperationRef(
    "energy_consumption_timeseries_by_site.get_energy_consumption_timeseries_by_site",
    "GET",
    "/energy_consumption_timeseries_by_sites/{item_id}",
)


#: `GET /energy_consumption_timeseries_by_sites/`
list_energy_consumption_timeseries_by_sites: OperationRef[
    list[EnergyConsumptionTimeseriesBySite]
] = OperationRef(
    "energy_consumption_timeseries_by_site.list_energy_consumption_timeseries_by_sites",
    "GET",
    "/energy_consumption_timeseries_by_sites/",
)


#: `PUT /energy_consumption_timeseries_by_sites/{item_id}`
update_energy_consumption_timeseries_by_site: OperationRef[
    EnergyConsumptionTimeseriesBySite
] = OperationRef(
    "energy_consumption_timeseries_by_site.update_energy_consumption_timeseries_by_site",
    "PUT",
    "/energy_consumption_timeseries_by_sites/{item_id}",
)


#: `GET /energy_end_uses/`
list_energy_end_uses: OperationRef[list[EnergyEndUse]] = OperationRef(
    "energy_end_use.list_energy_end_uses", "GET", "/energy_end_uses/"
)


#: `GET /energy_production_technologies/`
list_energy_production_technologies: OperationRef[list[EnergyProductionTechnology]] = (
    OperationRef(
        "energy_production_technology.list_energy_production_technologies",
        "GET",
        "/energy_production_technologies/",
    )
)


#: `POST /energy_production_timeseries_by_buildings/`
create_energy_production_timeseries_by_building: OperationRef[
    EnergyProductionTimeseriesByBuilding
] = OperationRef(
    "energy_production_timeseries_by_building.create_energy_production_timeseries_by_building",
    "POST",
    "/energy_production_timeseries_by_buildings/",
)


#: `DELETE /energy_production_timeseries_by_buildings/{item_id}`
delete_energy_production_timeseries_by_building: OperationRef[None] = OperationRef(
    "energy_production_timeseries_by_building.delete_energy_production_timeseries_by_building",
    "DELETE",
    "/energy_production_timeseries_by_buildings/{item_id}",
)


#: `GET /energy_production_timeseries_by_buildings/{item_id}`
get_energy_production_timeseries_by_building: OperationRef[
    EnergyProductionTimeseriesByBuilding
] = OperationRef(
    "energy_production_timeseries_by_building.get_energy_production_timeseries_by_building",
    "GET",
    "/energy_production_timeseries_by_buildings/{item_id}",
)


#: `GET /energy_production_timeseries_by_buildings/`
list_energy_production_timeseries_by_buildings: OperationRef[
    list[EnergyProductionTimeseriesByBuilding]
] = OperationRef(
    "energy_production_timeseries_by_building.list_energy_production_timeseries_by_buildings",
    "GET",
    "/energy_production_timeseries_by_buildings/",
)


#: `PUT /energy_production_timeseries_by_buildings/{item_id}`
update_energy_production_timeseries_by_building: OperationRef[
    EnergyProductionTimeseriesByBuilding
] = OperationRef(
    "energy_production_timeseries_by_building.update_energy_production_timeseries_by_building",
    "PUT",
    "/energy_production_timeseries_by_buildings/{item_id}",
)


#: `POST /energy_production_timeseries_by_sites/`
create_energy_production_timeseries_by_site: OperationRef[
    EnergyProductionTimeseriesBySite
] = OperationRef(
    "energy_production_timeseries_by_site.create_energy_production_timeseries_by_site",
    "POST",
    "/energy_production_timeseries_by_sites/",
)


#: `DELETE /energy_production_timeseries_by_sites/{item_id}`
delete_energy_production_timeseries_by_site: OperationRef[None] = OperationRef(
    "energy_production_timeseries_by_site.delete_energy_production_timeseries_by_site",
    "DELETE",
    "/energy_production_timeseries_by_sites/{item_id}",
)


#: `GET /energy_production_timeseries_by_sites/{item_id}`
get_energy_production_timeseries_by_site: OperationRef[
    EnergyProductionTimeseriesBySite
] = OperationRef(
    "energy_production_timeseries_by_site.get_energy_production_timeseries_by_site",
    "GET",
    "/energy_production_timeseries_by_sites/{item_id}",
)


#: `GET /energy_production_timeseries_by_sites/`
list_energy_production_timeseries_by_sites: OperationRef[
    list[EnergyProductionTimeseriesBySite]
] = OperationRef(
    "energy_production_timeseries_by_site.list_energy_production_timeseries_by_sites",
    "GET",
    "/energy_production_timeseries_by_sites/",
)


#: `PUT /energy_production_timeseries_by_sites/{item_id}`
update_energy_production_timeseries_by_site: OperationRef[
    EnergyProductionTimeseriesBySite
] = OperationRef(
    "energy_production_timeseries_by_site.update_energy_production_timeseries_by_site",
    "PUT",
    "/energy_production_timeseries_by_sites/{item_id}",
)


#: `POST /events/`
create_event: OperationRef[Event] = OperationRef(
    "event.create_event", "POST", "/events/"
)


#: `DELETE /events/{item_id}`
delete_event: OperationRef[None] = OperationRef(
    "event.delete_event", "DELETE", "/events/{item_id}"
)


#: `GET /events/{item_id}`
get_event: OperationRef[Event] = OperationRef(
    "event.get_event", "GET", "/events/{item_id}"
)


#: `GET /events/`
list_events: OperationRef[list[Event]] = OperationRef(
    "event.list_events", "GET", "/events/"
)


#: `PUT /events/{item_id}`
update_event: OperationRef[Event] = OperationRef(
    "event.update_event", "PUT", "/events/{item_id}"
)


#: `POST /events_by_buildings/`
create_event_by_building: OperationRef[EventByBuilding] = OperationRef(
    "event_by_building.create_event_by_building", "POST", "/events_by_buildings/"
)


#: `DELETE /events_by_buildings/{item_id}`
delete_event_by_building: OperationRef[None] = OperationRef(
    "event_by_building.delete_event_by_building",
    "DELETE",
    "/events_by_buildings/{item_id}",
)


#: `GET /events_by_buildings/{item_id}`
get_event_by_building: OperationRef[EventByBuilding] = OperationRef(
    "event_by_building.get_event_by_building", "GET", "/events_by_buildings/{item_id}"
)


#: `GET /events_by_buildings/`
list_events_by_buildings: OperationRef[list[EventByBuilding]] = OperationRef(
    "event_by_building.list_events_by_buildings", "GET", "/events_by_buildings/"
)


#: `POST /events_by_sites/`
create_event_by_site: OperationRef[EventBySite] = OperationRef(
    "event_by_site.create_event_by_site", "POST", "/events_by_sites/"
)


#: `DELETE /events_by_sites/{item_id}`
delete_event_by_site: OperationRef[None] = OperationRef(
    "event_by_site.delete_event_by_site", "DELETE", "/events_by_sites/{item_id}"
)


#: `GET /events_by_sites/{item_id}`
get_event_by_site: OperationRef[EventBySite] = OperationRef(
    "event_by_site.get_event_by_site", "GET", "/events_by_sites/{item_id}"
)


#: `GET /events_by_sites/`
list_events_by_sites: OperationRef[list[EventBySite]] = OperationRef(
    "event_by_site.list_events_by_sites", "GET", "/events_by_sites/"
)


#: `POST /events_by_spaces/`
create_event_by_space: OperationRef[EventBySpace] = OperationRef(
    "event_by_space.create_event_by_space", "POST", "/events_by_spaces/"
)


#: `DELETE /events_by_spaces/{item_id}`
delete_event_by_space: OperationRef[None] = OperationRef(
    "event_by_space.delete_event_by_space", "DELETE", "/events_by_spaces/{item_id}"
)


#: `GET /events_by_spaces/{item_id}`
get_event_by_space: OperationRef[EventBySpace] = OperationRef(
    "event_by_space.get_event_by_space", "GET", "/events_by_spaces/{item_id}"
)


#: `GET /events_by_spaces/`
list_events_by_spaces: OperationRef[list[EventBySpace]] = OperationRef(
    "event_by_space.list_events_by_spaces", "GET", "/events_by_spaces/"
)


#: `POST /events_by_storeys/`
create_event_by_storey: OperationRef[EventByStorey] = OperationRef(
    "event_by_storey.create_event_by_storey", "POST", "/events_by_storeys/"
)


#: `DELETE /events_by_storeys/{item_id}`
delete_event_by_storey: OperationRef[None] = OperationRef(
    "event_by_storey.delete_event_by_storey", "DELETE", "/events_by_storeys/{item_id}"
)


#: `GET /events_by_storeys/{item_id}`
get_event_by_storey: OperationRef[EventByStorey] = OperationRef(
    "event_by_storey.get_event_by_storey", "GET", "/events_by_storeys/{item_id}"
)


#: `GET /events_by_storeys/`
list_events_by_storeys: OperationRef[list[EventByStorey]] = OperationRef(
    "event_by_storey.list_events_by_storeys", "GET", "/events_by_storeys/"
)


#: `POST /events_by_zones/`
create_event_by_zone: OperationRef[EventByZone] = OperationRef(
    "event_by_zone.create_event_by_zone", "POST", "/events_by_zones/"
)


#: `DELETE /events_by_zones/{item_id}`
delete_event_by_zone: OperationRef[None] = OperationRef(
    "event_by_zone.delete_event_by_zone", "DELETE", "/events_by_zones/{item_id}"
)


#: `GET /events_by_zones/{item_id}`
get_event_by_zone: OperationRef[EventByZone] = OperationRef(
    "event_by_zone.get_event_by_zone", "GET", "/events_by_zones/{item_id}"
)


#: `GET /events_by_zones/`
list_events_by_zones: OperationRef[list[EventByZone]] = OperationRef(
    "event_by_zone.list_events_by_zones", "GET", "/events_by_zones/"
)


#: `POST /event_categories/`
create_event_category: OperationRef[EventCategory] = OperationRef(
    "event_category.create_event_category", "POST", "/event_categories/"
)


#: `DELETE /event_categories/{item_id}`
delete_event_category: OperationRef[None] = OperationRef(
    "event_category.delete_event_category", "DELETE", "/event_categories/{item_id}"
)


#: `GET /event_categories/{item_id}`
get_event_category: OperationRef[EventCategory] = OperationRef(
    "event_category.get_event_category", "GET", "/event_categories/{item_id}"
)


#: `GET /event_categories/`
list_event_categories: OperationRef[list[EventCategory]] = OperationRef(
    "event_category.list_event_categories", "GET", "/event_categories/"
)


#: `PUT /event_categories/{item_id}`
update_event_category: OperationRef[EventCategory] = OperationRef(
    "event_category.update_event_category", "PUT", "/event_categories/{item_id}"
)


#: `POST /event_categories_by_users/`
create_event_category_by_user: OperationRef[EventCategoryByUser] = OperationRef(
    "event_category_by_user.create_event_category_by_user",
    "POST",
    "/event_categories_by_users/",
)


#: `DELETE /event_categories_by_users/{item_id}`
delete_event_category_by_user: OperationRef[None] = OperationRef(
    "event_category_by_user.delete_event_category_by_user",
    "DELETE",
    "/event_categories_by_users/{item_id}",
)


#: `GET /event_categories_by_users/{item_id}`
get_event_category_by_user: OperationRef[EventCategoryByUser] = OperationRef(
    "event_category_by_user.get_event_category_by_user",
    "GET",
    "/event_categories_by_users/{item_id}",
)


#: `GET /event_categories_by_users/`
list_event_categories_by_users: OperationRef[list[EventCategoryByUser]] = OperationRef(
    "event_category_by_user.list_event_categories_by_users",
    "GET",
    "/event_categories_by_users/",
)


#: `PUT /event_categories_by_users/{item_id}`
update_event_category_by_user: OperationRef[EventCategoryByUser] = OperationRef(
    "event_category_by_user.update_event_category_by_user",
    "PUT",
    "/event_categories_by_users/{item_id}",
)


#: `POST /io/sites`
upload_sites_csv: OperationRef[None] = OperationRef(
    "io.upload_sites_csv", "POST", "/io/sites"
)


#: `POST /io/timeseries`
upload_timeseries_csv: OperationRef[None] = OperationRef(
    "io.upload_timeseries_csv", "POST", "/io/timeseries"
)


#: `GET /notifications/count_by_campaign`
count_notifications_by_campaign: OperationRef[NotificationCountByCampaign] = (
    OperationRef(
        "notification.count_notifications_by_campaign",
        "GET",
        "/notifications/count_by_campaign",
    )
)


#: `POST /notifications/`
create_notification: OperationRef[Notification] = OperationRef(
    "notification.create_notification", "POST", "/notifications/"
)


#: `DELETE /notifications/{item_id}`
delete_notification: OperationRef[None] = OperationRef(
    "notification.delete_notification", "DELETE", "/notifications/{item_id}"
)


#: `GET /notifications/{item_id}`
get_notification: OperationRef[Notification] = OperationRef(
    "notification.get_notification", "GET", "/notifications/{item_id}"
)


#: `GET /notifications/`
list_notifications: OperationRef[list[Notification]] = OperationRef(
    "notification.list_notifications", "GET", "/notifications/"
)


#: `PUT /notifications/mark_all_as_read`
mark_all_notifications_as_read: OperationRef[None] = OperationRef(
    "notification.mark_all_notifications_as_read",
    "PUT",
    "/notifications/mark_all_as_read",
)


#: `PUT /notifications/{item_id}`
update_notification: OperationRef[Notification] = OperationRef(
    "notification.update_notification", "PUT", "/notifications/{item_id}"
)


#: `POST /sites/`
create_site: OperationRef[Site] = OperationRef("site.create_site", "POST", "/sites/")


#: `DELETE /sites/{item_id}`
delete_site: OperationRef[None] = OperationRef(
    "site.delete_site", "DELETE", "/sites/{item_id}"
)


#: `PUT /sites/{item_id}/download_weather_data`
download_site_weather_data: OperationRef[None] = OperationRef(
    "site.download_site_weather_data", "PUT", "/sites/{item_id}/download_weather_data"
)


#: `GET /sites/{item_id}`
get_site: OperationRef[Site] = OperationRef("site.get_site", "GET", "/sites/{item_id}")


#: `GET /sites/{item_id}/degree_days`
get_site_degree_days: OperationRef[DegreeDaysResult] = OperationRef(
    "site.get_site_degree_days", "GET", "/sites/{item_id}/degree_days"
)


#: `GET /sites/`
list_sites: OperationRef[list[Site]] = OperationRef("site.list_sites", "GET", "/sites/")


#: `PUT /sites/{item_id}`
update_site: OperationRef[Site] = OperationRef(
    "site.update_site", "PUT", "/sites/{item_id}"
)


#: `POST /site_properties/`
create_site_property: OperationRef[SiteProperty] = OperationRef(
    "site_property.create_site_property", "POST", "/site_properties/"
)


#: `DELETE /site_properties/{item_id}`
delete_site_property: OperationRef[None] = OperationRef(
    "site_property.delete_site_property", "DELETE", "/site_properties/{item_id}"
)


#: `GET /site_properties/{item_id}`
get_site_property: OperationRef[SiteProperty] = OperationRef(
    "site_property.get_site_property", "GET", "/site_properties/{item_id}"
)


#: `GET /site_properties/`
list_site_properties: OperationRef[list[SiteProperty]] = OperationRef(
    "site_property.list_site_properties", "GET", "/site_properties/"
)


#: `POST /site_property_data/`
create_site_property_data: OperationRef[SitePropertyData] = OperationRef(
    "site_property_data.create_site_property_data", "POST", "/site_property_data/"
)


#: `DELETE /site_property_data/{item_id}`
delete_site_property_data: OperationRef[None] = OperationRef(
    "site_property_data.delete_site_property_data",
    "DELETE",
    "/site_property_data/{item_id}",
)


#: `GET /site_property_data/{item_id}`
get_site_property_data: OperationRef[SitePropertyData] = OperationRef(
    "site_property_data.get_site_property_data", "GET", "/site_property_data/{item_id}"
)


#: `GET /site_property_data/`
list_site_property_data: OperationRef[list[SitePropertyData]] = OperationRef(
    "site_property_data.list_site_property_data", "GET", "/site_property_data/"
)


#: `PUT /site_property_data/{item_id}`
update_site_property_data: OperationRef[SitePropertyData] = OperationRef(
    "site_property_data.update_site_property_data",
    "PUT",
    "/site_property_data/{item_id}",
)


#: `POST /spaces/`
create_space: OperationRef[Space] = OperationRef(
    "space.create_space", "POST", "/spaces/"
)


#: `DELETE /spaces/{item_id}`
delete_space: OperationRef[None] = OperationRef(
    "space.delete_space", "DELETE", "/spaces/{item_id}"
)


#: `GET /spaces/{item_id}`
get_space: OperationRef[Space] = OperationRef(
    "space.get_space", "GET", "/spaces/{item_id}"
)


#: `GET /spaces/`
list_spaces: OperationRef[list[Space]] = OperationRef(
    "space.list_spaces", "GET", "/spaces/"
)


#: `PUT /spaces/{item_id}`
update_space: OperationRef[Space] = OperationRef(
    "space.update_space", "PUT", "/spaces/{item_id}"
)


#: `POST /space_properties/`
create_space_property: OperationRef[SpaceProperty] = OperationRef(
    "space_property.create_space_property", "POST", "/space_properties/"
)


#: `DELETE /space_properties/{item_id}`
delete_space_property: OperationRef[None] = OperationRef(
    "space_property.delete_space_property", "DELETE", "/space_properties/{item_id}"
)


#: `GET /space_properties/{item_id}`
get_space_property: OperationRef[SpaceProperty] = OperationRef(
    "space_property.get_space_property", "GET", "/space_properties/{item_id}"
)


#: `GET /space_properties/`
list_space_properties: OperationRef[list[SpaceProperty]] = OperationRef(
    "space_property.list_space_properties", "GET", "/space_properties/"
)


#: `POST /space_property_data/`
create_space_property_data: OperationRef[SpacePropertyData] = OperationRef(
    "space_property_data.create_space_property_data", "POST", "/space_property_data/"
)


#: `DELETE /space_property_data/{item_id}`
delete_space_property_data: OperationRef[None] = OperationRef(
    "space_property_data.delete_space_property_data",
    "DELETE",
    "/space_property_data/{item_id}",
)


#: `GET /space_property_data/{item_id}`
get_space_property_data: OperationRef[SpacePropertyData] = OperationRef(
    "space_property_data.get_space_property_data",
    "GET",
    "/space_property_data/{item_id}",
)


#: `GET /space_property_data/`
list_space_property_data: OperationRef[list[SpacePropertyData]] = OperationRef(
    "space_property_data.list_space_property_data", "GET", "/space_property_data/"
)


#: `PUT /space_property_data/{item_id}`
update_space_property_data: OperationRef[SpacePropertyData] = OperationRef(
    "space_property_data.update_space_property_data",
    "PUT",
    "/space_property_data/{item_id}",
)


#: `POST /st_check_missings_by_campaigns/`
create_st_check_missing_by_campaign: OperationRef[STCheckMissingByCampaign] = (
    OperationRef(
        "st_check_missing_by_campaign.create_st_check_missing_by_campaign",
        "POST",
        "/st_check_missings_by_campaigns/",
    )
)


#: `DELETE /st_check_missings_by_campaigns/{item_id}`
delete_st_check_missing_by_campaign: OperationRef[None] = OperationRef(
    "st_check_missing_by_campaign.delete_st_check_missing_by_campaign",
    "DELETE",
    "/st_check_missings_by_campaigns/{item_id}",
)


#: `GET /st_check_missings_by_campaigns/{item_id}`
get_st_check_missing_by_campaign: OperationRef[STCheckMissingByCampaign] = OperationRef(
    "st_check_missing_by_campaign.get_st_check_missing_by_campaign",
    "GET",
    "/st_check_missings_by_campaigns/{item_id}",
)


#: `GET /st_check_missings_by_campaigns/`
list_st_check_missings_by_campaigns: OperationRef[list[STCheckMissingByCampaign]] = (
    OperationRef(
        "st_check_missing_by_campaign.list_st_check_missings_by_campaigns",
        "GET",
        "/st_check_missings_by_campaigns/",
    )
)


#: `GET /st_check_missings_by_campaigns/full`
list_st_check_missings_by_campaigns_full: OperationRef[
    list[STCheckMissingByCampaignFull]
] = OperationRef(
    "st_check_missing_by_campaign.list_st_check_missings_by_campaigns_full",
    "GET",
    "/st_check_missings_by_campaigns/full",
)


#: `PUT /st_check_missings_by_campaigns/{item_id}`
update_st_check_missing_by_campaign: OperationRef[STCheckMissingByCampaign] = (
    OperationRef(
        "st_check_missing_by_campaign.update_st_check_missing_by_campaign",
        "PUT",
        "/st_check_missings_by_campaigns/{item_id}",
    )
)


#: `POST /st_check_outliers_by_campaigns/`
create_st_check_outliers_by_campaign: OperationRef[STCheckOutliersByCampaign] = (
    OperationRef(
        "st_check_outliers_by_campaign.create_st_check_outliers_by_campaign",
        "POST",
        "/st_check_outliers_by_campaigns/",
    )
)


#: `DELETE /st_check_outliers_by_campaigns/{item_id}`
delete_st_check_outliers_by_campaign: OperationRef[None] = OperationRef(
    "st_check_outliers_by_campaign.delete_st_check_outliers_by_campaign",
    "DELETE",
    "/st_check_outliers_by_campaigns/{item_id}",
)


#: `GET /st_check_outliers_by_campaigns/{item_id}`
get_st_check_outliers_by_campaign: OperationRef[STCheckOutliersByCampaign] = (
    OperationRef(
        "st_check_outliers_by_campaign.get_st_check_outliers_by_campaign",
        "GET",
        "/st_check_outliers_by_campaigns/{item_id}",
    )
)


#: `GET /st_check_outliers_by_campaigns/`
list_st_check_outliers_by_campaigns: OperationRef[list[STCheckOutliersByCampaign]] = (
    OperationRef(
        "st_check_outliers_by_campaign.list_st_check_outliers_by_campaigns",
        "GET",
        "/st_check_outliers_by_campaigns/",
    )
)


#: `GET /st_check_outliers_by_campaigns/full`
list_st_check_outliers_by_campaigns_full: OperationRef[
    list[STCheckOutliersByCampaignFull]
] = OperationRef(
    "st_check_outliers_by_campaign.list_st_check_outliers_by_campaigns_full",
    "GET",
    "/st_check_outliers_by_campaigns/full",
)


#: `PUT /st_check_outliers_by_campaigns/{item_id}`
update_st_check_outliers_by_campaign: OperationRef[STCheckOutliersByCampaign] = (
    OperationRef(
        "st_check_outliers_by_campaign.update_st_check_outliers_by_campaign",
        "PUT",
        "/st_check_outliers_by_campaigns/{item_id}",
    )
)


#: `POST /st_cleanups_by_campaigns/`
create_st_cleanup_by_campaign: OperationRef[STCleanupByCampaign] = OperationRef(
    "st_cleanup_by_campaign.create_st_cleanup_by_campaign",
    "POST",
    "/st_cleanups_by_campaigns/",
)


#: `DELETE /st_cleanups_by_campaigns/{item_id}`
delete_st_cleanup_by_campaign: OperationRef[None] = OperationRef(
    "st_cleanup_by_campaign.delete_st_cleanup_by_campaign",
    "DELETE",
    "/st_cleanups_by_campaigns/{item_id}",
)


#: `GET /st_cleanups_by_campaigns/{item_id}`
get_st_cleanup_by_campaign: OperationRef[STCleanupByCampaign] = OperationRef(
    "st_cleanup_by_campaign.get_st_cleanup_by_campaign",
    "GET",
    "/st_cleanups_by_campaigns/{item_id}",
)


#: `GET /st_cleanups_by_campaigns/`
list_st_cleanups_by_campaigns: OperationRef[list[STCleanupByCampaign]] = OperationRef(
    "st_cleanup_by_campaign.list_st_cleanups_by_campaigns",
    "GET",
    "/st_cleanups_by_campaigns/",
)


#: `GET /st_cleanups_by_campaigns/full`
list_st_cleanups_by_campaigns_full: OperationRef[list[STCleanupByCampaignFull]] = (
    OperationRef(
        "st_cleanup_by_campaign.list_st_cleanups_by_campaigns_full",
        "GET",
        "/st_cleanups_by_campaigns/full",
    )
)


#: `PUT /st_cleanups_by_campaigns/{item_id}`
update_st_cleanup_by_campaign: OperationRef[STCleanupByCampaign] = OperationRef(
    "st_cleanup_by_campaign.update_st_cleanup_by_campaign",
    "PUT",
    "/st_cleanups_by_campaigns/{item_id}",
)


#: `GET /st_cleanups_by_timeseries/{item_id}`
get_st_cleanup_by_timeseries: OperationRef[STCleanupByTimeseries] = OperationRef(
    "st_cleanup_by_timeseries.get_st_cleanup_by_timeseries",
    "GET",
    "/st_cleanups_by_timeseries/{item_id}",
)


#: `GET /st_cleanups_by_timeseries/`
list_st_cleanups_by_timeseries: OperationRef[list[STCleanupByTimeseries]] = (
    OperationRef(
        "st_cleanup_by_timeseries.list_st_cleanups_by_timeseries",
        "GET",
        "/st_cleanups_by_timeseries/",
    )
)


#: `GET /st_cleanups_by_timeseries/full`
list_st_cleanups_by_timeseries_full: OperationRef[list[STCleanupByTimeseriesFull]] = (
    OperationRef(
        "st_cleanup_by_timeseries.list_st_cleanups_by_timeseries_full",
        "GET",
        "/st_cleanups_by_timeseries/full",
    )
)


#: `POST /st_download_weather_data_by_sites/`
create_st_download_weather_data_by_site: OperationRef[STDownloadWeatherDataBySite] = (
    OperationRef(
        "st_download_weather_data_by_site.create_st_download_weather_data_by_site",
        "POST",
        "/st_download_weather_data_by_sites/",
    )
)


#: `DELETE /st_download_weather_data_by_sites/{item_id}`
delete_st_download_weather_data_by_site: OperationRef[None] = OperationRef(
    "st_download_weather_data_by_site.delete_st_download_weather_data_by_site",
    "DELETE",
    "/st_download_weather_data_by_sites/{item_id}",
)


#: `GET /st_download_weather_data_by_sites/{item_id}`
get_st_download_weather_data_by_site: OperationRef[STDownloadWeatherDataBySite] = (
    OperationRef(
        "st_download_weather_data_by_site.get_st_download_weather_data_by_site",
        "GET",
        "/st_download_weather_data_by_sites/{item_id}",
    )
)


#: `GET /st_download_weather_data_by_sites/`
list_st_download_weather_data_by_sites: OperationRef[
    list[STDownloadWeatherDataBySite]
] = OperationRef(
    "st_download_weather_data_by_site.list_st_download_weather_data_by_sites",
    "GET",
    "/st_download_weather_data_by_sites/",
)


#: `GET /st_download_weather_data_by_sites/full`
list_st_download_weather_data_by_sites_full: OperationRef[
    list[STDownloadWeatherDataBySiteFull]
] = OperationRef(
    "st_download_weather_data_by_site.list_st_download_weather_data_by_sites_full",
    "GET",
    "/st_download_weather_data_by_sites/full",
)


#: `PUT /st_download_weather_data_by_sites/{item_id}`
update_st_download_weather_data_by_site: OperationRef[STDownloadWeatherDataBySite] = (
    OperationRef(
        "st_download_weather_data_by_site.update_st_download_weather_data_by_site",
        "PUT",
        "/st_download_weather_data_by_sites/{item_id}",
    )
)


#: `POST /st_download_weather_forecast_data_by_sites/`
create_st_download_weather_forecast_data_by_site: OperationRef[
    STDownloadWeatherForecastDataBySite
] = OperationRef(
    "st_download_weather_forecast_data_by_site.create_st_download_weather_forecast_data_by_site",
    "POST",
    "/st_download_weather_forecast_data_by_sites/",
)


#: `DELETE /st_download_weather_forecast_data_by_sites/{item_id}`
delete_st_download_weather_forecast_data_by_site: OperationRef[None] = OperationRef(
    "st_download_weather_forecast_data_by_site.delete_st_download_weather_forecast_data_by_site",
    "DELETE",
    "/st_download_weather_forecast_data_by_sites/{item_id}",
)


#: `GET /st_download_weather_forecast_data_by_sites/{item_id}`
get_st_download_weather_forecast_data_by_site: OperationRef[
    STDownloadWeatherForecastDataBySite
] = OperationRef(
    "st_download_weather_forecast_data_by_site.get_st_download_weather_forecast_data_by_site",
    "GET",
    "/st_download_weather_forecast_data_by_sites/{item_id}",
)


#: `GET /st_download_weather_forecast_data_by_sites/`
list_st_download_weather_forecast_data_by_sites: OperationRef[
    list[STDownloadWeatherForecastDataBySite]
] = OperationRef(
    "st_download_weather_forecast_data_by_site.list_st_download_weather_forecast_data_by_sites",
    "GET",
    "/st_download_weather_forecast_data_by_sites/",
)


#: `GET /st_download_weather_forecast_data_by_sites/full`
list_st_download_weather_forecast_data_by_sites_full: OperationRef[
    list[STDownloadWeatherForecastDataBySiteFull]
] = OperationRef(
    "st_download_weather_forecast_data_by_site.list_st_download_weather_forecast_data_by_sites_full",
    "GET",
    "/st_download_weather_forecast_data_by_sites/full",
)


#: `PUT /st_download_weather_forecast_data_by_sites/{item_id}`
update_st_download_weather_forecast_data_by_site: OperationRef[
    STDownloadWeatherForecastDataBySite
] = OperationRef(
    "st_download_weather_forecast_data_by_site.update_st_download_weather_forecast_data_by_site",
    "PUT",
    "/st_download_weather_forecast_data_by_sites/{item_id}",
)


#: `POST /storeys/`
create_storey: OperationRef[Storey] = OperationRef(
    "storey.create_storey", "POST", "/storeys/"
)


#: `DELETE /storeys/{item_id}`
delete_storey: OperationRef[None] = OperationRef(
    "storey.delete_storey", "DELETE", "/storeys/{item_id}"
)


#: `GET /storeys/{item_id}`
get_storey: OperationRef[Storey] = OperationRef(
    "storey.get_storey", "GET", "/storeys/{item_id}"
)


#: `GET /storeys/`
list_storeys: OperationRef[list[Storey]] = OperationRef(
    "storey.list_storeys", "GET", "/storeys/"
)


#: `PUT /storeys/{item_id}`
update_storey: OperationRef[Storey] = OperationRef(
    "storey.update_storey", "PUT", "/storeys/{item_id}"
)


#: `POST /storey_properties/`
create_storey_property: OperationRef[StoreyProperty] = OperationRef(
    "storey_property.create_storey_property", "POST", "/storey_properties/"
)


#: `DELETE /storey_properties/{item_id}`
delete_storey_property: OperationRef[None] = OperationRef(
    "storey_property.delete_storey_property", "DELETE", "/storey_properties/{item_id}"
)


#: `GET /storey_properties/{item_id}`
get_storey_property: OperationRef[StoreyProperty] = OperationRef(
    "storey_property.get_storey_property", "GET", "/storey_properties/{item_id}"
)


#: `GET /storey_properties/`
list_storey_properties: OperationRef[list[StoreyProperty]] = OperationRef(
    "storey_property.list_storey_properties", "GET", "/storey_properties/"
)


#: `POST /storey_property_data/`
create_storey_property_data: OperationRef[StoreyPropertyData] = OperationRef(
    "storey_property_data.create_storey_property_data", "POST", "/storey_property_data/"
)


#: `DELETE /storey_property_data/{item_id}`
delete_storey_property_data: OperationRef[None] = OperationRef(
    "storey_property_data.delete_storey_property_data",
    "DELETE",
    "/storey_property_data/{item_id}",
)


#: `GET /storey_property_data/{item_id}`
get_storey_property_data: OperationRef[StoreyPropertyData] = OperationRef(
    "storey_property_data.get_storey_property_data",
    "GET",
    "/storey_property_data/{item_id}",
)


#: `GET /storey_property_data/`
list_storey_property_data: OperationRef[list[StoreyPropertyData]] = OperationRef(
    "storey_property_data.list_storey_property_data", "GET", "/storey_property_data/"
)


#: `PUT /storey_property_data/{item_id}`
update_storey_property_data: OperationRef[StoreyPropertyData] = OperationRef(
    "storey_property_data.update_storey_property_data",
    "PUT",
    "/storey_property_data/{item_id}",
)


#: `POST /structural_element_properties/`
create_structural_element_property: OperationRef[StructuralElementProperty] = (
    OperationRef(
        "structural_element_property.create_structural_element_property",
        "POST",
        "/structural_element_properties/",
    )
)


#: `DELETE /structural_element_properties/{item_id}`
delete_structural_element_property: OperationRef[None] = OperationRef(
    "structural_element_property.delete_structural_element_property",
    "DELETE",
    "/structural_element_properties/{item_id}",
)


#: `GET /structural_element_properties/{item_id}`
get_structural_element_property: OperationRef[StructuralElementProperty] = OperationRef(
    "structural_element_property.get_structural_element_property",
    "GET",
    "/structural_element_properties/{item_id}",
)


#: `GET /structural_element_properties/`
list_structural_element_properties: OperationRef[list[StructuralElementProperty]] = (
    OperationRef(
        "structural_element_property.list_structural_element_properties",
        "GET",
        "/structural_element_properties/",
    )
)


#: `PUT /structural_element_properties/{item_id}`
update_structural_element_property: OperationRef[StructuralElementProperty] = (
    OperationRef(
        "structural_element_property.update_structural_element_property",
        "PUT",
        "/structural_element_properties/{item_id}",
    )
)


#: `GET /tasks/`
list_tasks: OperationRef[list[Task]] = OperationRef("task.list_tasks", "GET", "/tasks/")


#: `POST /tasks/run`
run_task: OperationRef[None] = OperationRef("task.run_task", "POST", "/tasks/run")


#: `POST /tasks_by_campaigns/`
create_task_by_campaign: OperationRef[TaskByCampaign] = OperationRef(
    "task_by_campaign.create_task_by_campaign", "POST", "/tasks_by_campaigns/"
)


#: `DELETE /tasks_by_campaigns/{item_id}`
delete_task_by_campaign: OperationRef[None] = OperationRef(
    "task_by_campaign.delete_task_by_campaign",
    "DELETE",
    "/tasks_by_campaigns/{item_id}",
)


#: `GET /tasks_by_campaigns/{item_id}`
get_task_by_campaign: OperationRef[TaskByCampaign] = OperationRef(
    "task_by_campaign.get_task_by_campaign", "GET", "/tasks_by_campaigns/{item_id}"
)


#: `GET /tasks_by_campaigns/`
list_tasks_by_campaigns: OperationRef[list[TaskByCampaign]] = OperationRef(
    "task_by_campaign.list_tasks_by_campaigns", "GET", "/tasks_by_campaigns/"
)


#: `PUT /tasks_by_campaigns/{item_id}`
update_task_by_campaign: OperationRef[TaskByCampaign] = OperationRef(
    "task_by_campaign.update_task_by_campaign", "PUT", "/tasks_by_campaigns/{item_id}"
)


#: `POST /timeseries/`
create_timeseries: OperationRef[Timeseries] = OperationRef(
    "timeseries.create_timeseries", "POST", "/timeseries/"
)


#: `DELETE /timeseries/{item_id}`
delete_timeseries: OperationRef[None] = OperationRef(
    "timeseries.delete_timeseries", "DELETE", "/timeseries/{item_id}"
)


#: `GET /timeseries/{item_id}`
get_timeseries: OperationRef[Timeseries] = OperationRef(
    "timeseries.get_timeseries", "GET", "/timeseries/{item_id}"
)


#: `GET /timeseries/`
list_timeseries: OperationRef[list[Timeseries]] = OperationRef(
    "timeseries.list_timeseries", "GET", "/timeseries/"
)


#: `PUT /timeseries/{item_id}`
update_timeseries: OperationRef[Timeseries] = OperationRef(
    "timeseries.update_timeseries", "PUT", "/timeseries/{item_id}"
)


#: `POST /timeseries_by_buildings/`
create_timeseries_by_building: OperationRef[TimeseriesByBuilding] = OperationRef(
    "timeseries_by_building.create_timeseries_by_building",
    "POST",
    "/timeseries_by_buildings/",
)


#: `DELETE /timeseries_by_buildings/{item_id}`
delete_timeseries_by_building: OperationRef[None] = OperationRef(
    "timeseries_by_building.delete_timeseries_by_building",
    "DELETE",
    "/timeseries_by_buildings/{item_id}",
)


#: `GET /timeseries_by_buildings/{item_id}`
get_timeseries_by_building: OperationRef[TimeseriesByBuilding] = OperationRef(
    "timeseries_by_building.get_timeseries_by_building",
    "GET",
    "/timeseries_by_buildings/{item_id}",
)


#: `GET /timeseries_by_buildings/`
list_timeseries_by_buildings: OperationRef[list[TimeseriesByBuilding]] = OperationRef(
    "timeseries_by_building.list_timeseries_by_buildings",
    "GET",
    "/timeseries_by_buildings/",
)


#: `POST /timeseries_by_events/`
create_timeseries_by_event: OperationRef[TimeseriesByEvent] = OperationRef(
    "timeseries_by_event.create_timeseries_by_event", "POST", "/timeseries_by_events/"
)


#: `DELETE /timeseries_by_events/{item_id}`
delete_timeseries_by_event: OperationRef[None] = OperationRef(
    "timeseries_by_event.delete_timeseries_by_event",
    "DELETE",
    "/timeseries_by_events/{item_id}",
)


#: `GET /timeseries_by_events/{item_id}`
get_timeseries_by_event: OperationRef[TimeseriesByEvent] = OperationRef(
    "timeseries_by_event.get_timeseries_by_event",
    "GET",
    "/timeseries_by_events/{item_id}",
)


#: `GET /timeseries_by_events/`
list_timeseries_by_events: OperationRef[list[TimeseriesByEvent]] = OperationRef(
    "timeseries_by_event.list_timeseries_by_events", "GET", "/timeseries_by_events/"
)


#: `POST /timeseries_by_sites/`
create_timeseries_by_site: OperationRef[TimeseriesBySite] = OperationRef(
    "timeseries_by_site.create_timeseries_by_site", "POST", "/timeseries_by_sites/"
)


#: `DELETE /timeseries_by_sites/{item_id}`
delete_timeseries_by_site: OperationRef[None] = OperationRef(
    "timeseries_by_site.delete_timeseries_by_site",
    "DELETE",
    "/timeseries_by_sites/{item_id}",
)


#: `GET /timeseries_by_sites/{item_id}`
get_timeseries_by_site: OperationRef[TimeseriesBySite] = OperationRef(
    "timeseries_by_site.get_timeseries_by_site", "GET", "/timeseries_by_sites/{item_id}"
)


#: `GET /timeseries_by_sites/`
list_timeseries_by_sites: OperationRef[list[TimeseriesBySite]] = OperationRef(
    "timeseries_by_site.list_timeseries_by_sites", "GET", "/timeseries_by_sites/"
)


#: `POST /timeseries_by_spaces/`
create_timeseries_by_space: OperationRef[TimeseriesBySpace] = OperationRef(
    "timeseries_by_space.create_timeseries_by_space", "POST", "/timeseries_by_spaces/"
)


#: `DELETE /timeseries_by_spaces/{item_id}`
delete_timeseries_by_space: OperationRef[None] = OperationRef(
    "timeseries_by_space.delete_timeseries_by_space",
    "DELETE",
    "/timeseries_by_spaces/{item_id}",
)


#: `GET /timeseries_by_spaces/{item_id}`
get_timeseries_by_space: OperationRef[TimeseriesBySpace] = OperationRef(
    "timeseries_by_space.get_timeseries_by_space",
    "GET",
    "/timeseries_by_spaces/{item_id}",
)


#: `GET /timeseries_by_spaces/`
list_timeseries_by_spaces: OperationRef[list[TimeseriesBySpace]] = OperationRef(
    "timeseries_by_space.list_timeseries_by_spaces", "GET", "/timeseries_by_spaces/"
)


#: `POST /timeseries_by_storeys/`
create_timeseries_by_storey: OperationRef[TimeseriesByStorey] = OperationRef(
    "timeseries_by_storey.create_timeseries_by_storey",
    "POST",
    "/timeseries_by_storeys/",
)


#: `DELETE /timeseries_by_storeys/{item_id}`
delete_timeseries_by_storey: OperationRef[None] = OperationRef(
    "timeseries_by_storey.delete_timeseries_by_storey",
    "DELETE",
    "/timeseries_by_storeys/{item_id}",
)


#: `GET /timeseries_by_storeys/{item_id}`
get_timeseries_by_storey: OperationRef[TimeseriesByStorey] = OperationRef(
    "timeseries_by_storey.get_timeseries_by_storey",
    "GET",
    "/timeseries_by_storeys/{item_id}",
)


#: `GET /timeseries_by_storeys/`
list_timeseries_by_storeys: OperationRef[list[TimeseriesByStorey]] = OperationRef(
    "timeseries_by_storey.list_timeseries_by_storeys", "GET", "/timeseries_by_storeys/"
)


#: `POST /timeseries_by_zones/`
create_timeseries_by_zone: OperationRef[TimeseriesByZone] = OperationRef(
    "timeseries_by_zone.create_timeseries_by_zone", "POST", "/timeseries_by_zones/"
)


#: `DELETE /timeseries_by_zones/{item_id}`
delete_timeseries_by_zone: OperationRef[None] = OperationRef(
    "timeseries_by_zone.delete_timeseries_by_zone",
    "DELETE",
    "/timeseries_by_zones/{item_id}",
)


#: `GET /timeseries_by_zones/{item_id}`
get_timeseries_by_zone: OperationRef[TimeseriesByZone] = OperationRef(
    "timeseries_by_zone.get_timeseries_by_zone", "GET", "/timeseries_by_zones/{item_id}"
)


#: `GET /timeseries_by_zones/`
list_timeseries_by_zones: OperationRef[list[TimeseriesByZone]] = OperationRef(
    "timeseries_by_zone.list_timeseries_by_zones", "GET", "/timeseries_by_zones/"
)


#: `DELETE /timeseries_data/`
delete_timeseries_data: OperationRef[None] = OperationRef(
    "timeseries_data.delete_timeseries_data", "DELETE", "/timeseries_data/"
)


#: `GET /timeseries_data/aggregate`
download_aggregated_timeseries_data: OperationRef[TimeseriesData] = OperationRef(
    "timeseries_data.download_aggregated_timeseries_data",
    "GET",
    "/timeseries_data/aggregate",
)


#: `GET /timeseries_data/`
download_timeseries_data: OperationRef[TimeseriesData] = OperationRef(
    "timeseries_data.download_timeseries_data", "GET", "/timeseries_data/"
)


#: `GET /timeseries_data/stats`
get_timeseries_data_stats: OperationRef[TimeseriesDataStatsByID] = OperationRef(
    "timeseries_data.get_timeseries_data_stats", "GET", "/timeseries_data/stats"
)


#: `POST /timeseries_data/`
upload_timeseries_data: OperationRef[None] = OperationRef(
    "timeseries_data.upload_timeseries_data", "POST", "/timeseries_data/"
)


#: `DELETE /timeseries_data/campaign/{campaign_id}/`
delete_timeseries_data_by_names: OperationRef[None] = OperationRef(
    "timeseries_data_for_campaign.delete_timeseries_data_by_names",
    "DELETE",
    "/timeseries_data/campaign/{campaign_id}/",
)


#: `GET /timeseries_data/campaign/{campaign_id}/aggregate`
download_aggregated_timeseries_data_by_names: OperationRef[TimeseriesData] = (
    OperationRef(
        "timeseries_data_for_campaign.download_aggregated_timeseries_data_by_names",
        "GET",
        "/timeseries_data/campaign/{campaign_id}/aggregate",
    )
)


#: `GET /timeseries_data/campaign/{campaign_id}/`
download_timeseries_data_by_names: OperationRef[TimeseriesData] = OperationRef(
    "timeseries_data_for_campaign.download_timeseries_data_by_names",
    "GET",
    "/timeseries_data/campaign/{campaign_id}/",
)


#: `GET /timeseries_data/campaign/{campaign_id}/stats`
get_timeseries_data_stats_by_names: OperationRef[TimeseriesDataStatsByName] = (
    OperationRef(
        "timeseries_data_for_campaign.get_timeseries_data_stats_by_names",
        "GET",
        "/timeseries_data/campaign/{campaign_id}/stats",
    )
)


#: `POST /timeseries_data/campaign/{campaign_id}/`
upload_timeseries_data_by_names: OperationRef[None] = OperationRef(
    "timeseries_data_for_campaign.upload_timeseries_data_by_names",
    "POST",
    "/timeseries_data/campaign/{campaign_id}/",
)


#: `POST /timeseries_data_states/`
create_timeseries_data_state: OperationRef[TimeseriesDataState] = OperationRef(
    "timeseries_data_state.create_timeseries_data_state",
    "POST",
    "/timeseries_data_states/",
)


#: `DELETE /timeseries_data_states/{item_id}`
delete_timeseries_data_state: OperationRef[None] = OperationRef(
    "timeseries_data_state.delete_timeseries_data_state",
    "DELETE",
    "/timeseries_data_states/{item_id}",
)


#: `GET /timeseries_data_states/{item_id}`
get_timeseries_data_state: OperationRef[TimeseriesDataState] = OperationRef(
    "timeseries_data_state.get_timeseries_data_state",
    "GET",
    "/timeseries_data_states/{item_id}",
)


#: `GET /timeseries_data_states/`
list_timeseries_data_states: OperationRef[list[TimeseriesDataState]] = OperationRef(
    "timeseries_data_state.list_timeseries_data_states",
    "GET",
    "/timeseries_data_states/",
)


#: `PUT /timeseries_data_states/{item_id}`
update_timeseries_data_state: OperationRef[TimeseriesDataState] = OperationRef(
    "timeseries_data_state.update_timeseries_data_state",
    "PUT",
    "/timeseries_data_states/{item_id}",
)


#: `POST /timeseries_properties/`
create_timeseries_property: OperationRef[TimeseriesProperty] = OperationRef(
    "timeseries_property.create_timeseries_property", "POST", "/timeseries_properties/"
)


#: `DELETE /timeseries_properties/{item_id}`
delete_timeseries_property: OperationRef[None] = OperationRef(
    "timeseries_property.delete_timeseries_property",
    "DELETE",
    "/timeseries_properties/{item_id}",
)


#: `GET /timeseries_properties/{item_id}`
get_timeseries_property: OperationRef[TimeseriesProperty] = OperationRef(
    "timeseries_property.get_timeseries_property",
    "GET",
    "/timeseries_properties/{item_id}",
)


#: `GET /timeseries_properties/`
list_timeseries_properties: OperationRef[list[TimeseriesProperty]] = OperationRef(
    "timeseries_property.list_timeseries_properties", "GET", "/timeseries_properties/"
)


#: `PUT /timeseries_properties/{item_id}`
update_timeseries_property: OperationRef[TimeseriesProperty] = OperationRef(
    "timeseries_property.update_timeseries_property",
    "PUT",
    "/timeseries_properties/{item_id}",
)


#: `POST /timeseries_property_data/`
create_timeseries_property_data: OperationRef[TimeseriesPropertyData] = OperationRef(
    "timeseries_property_data.create_timeseries_property_data",
    "POST",
    "/timeseries_property_data/",
)


#: `DELETE /timeseries_property_data/{item_id}`
delete_timeseries_property_data: OperationRef[None] = OperationRef(
    "timeseries_property_data.delete_timeseries_property_data",
    "DELETE",
    "/timeseries_property_data/{item_id}",
)


#: `GET /timeseries_property_data/{item_id}`
get_timeseries_property_data: OperationRef[TimeseriesPropertyData] = OperationRef(
    "timeseries_property_data.get_timeseries_property_data",
    "GET",
    "/timeseries_property_data/{item_id}",
)


#: `GET /timeseries_property_data/`
list_timeseries_property_data: OperationRef[list[TimeseriesPropertyData]] = (
    OperationRef(
        "timeseries_property_data.list_timeseries_property_data",
        "GET",
        "/timeseries_property_data/",
    )
)


#: `PUT /timeseries_property_data/{item_id}`
update_timeseries_property_data: OperationRef[TimeseriesPropertyData] = OperationRef(
    "timeseries_property_data.update_timeseries_property_data",
    "PUT",
    "/timeseries_property_data/{item_id}",
)


#: `POST /users/`
create_user: OperationRef[User] = OperationRef("user.create_user", "POST", "/users/")


#: `DELETE /users/{item_id}`
delete_user: OperationRef[None] = OperationRef(
    "user.delete_user", "DELETE", "/users/{item_id}"
)


#: `GET /users/{item_id}`
get_user: OperationRef[User] = OperationRef("user.get_user", "GET", "/users/{item_id}")


#: `GET /users/`
list_users: OperationRef[list[User]] = OperationRef("user.list_users", "GET", "/users/")


#: `PUT /users/{item_id}/set_active`
set_user_active: OperationRef[None] = OperationRef(
    "user.set_user_active", "PUT", "/users/{item_id}/set_active"
)


#: `PUT /users/{item_id}/set_admin`
set_user_admin: OperationRef[None] = OperationRef(
    "user.set_user_admin", "PUT", "/users/{item_id}/set_admin"
)


#: `PUT /users/{item_id}`
update_user: OperationRef[User] = OperationRef(
    "user.update_user", "PUT", "/users/{item_id}"
)


#: `POST /users_by_user_groups/`
create_user_by_user_group: OperationRef[UserByUserGroup] = OperationRef(
    "user_by_user_group.create_user_by_user_group", "POST", "/users_by_user_groups/"
)


#: `DELETE /users_by_user_groups/{item_id}`
delete_user_by_user_group: OperationRef[None] = OperationRef(
    "user_by_user_group.delete_user_by_user_group",
    "DELETE",
    "/users_by_user_groups/{item_id}",
)


#: `GET /users_by_user_groups/{item_id}`
get_user_by_user_group: OperationRef[UserByUserGroup] = OperationRef(
    "user_by_user_group.get_user_by_user_group",
    "GET",
    "/users_by_user_groups/{item_id}",
)


#: `GET /users_by_user_groups/`
list_users_by_user_groups: OperationRef[list[UserByUserGroup]] = OperationRef(
    "user_by_user_group.list_users_by_user_groups", "GET", "/users_by_user_groups/"
)


#: `POST /user_groups/`
create_user_group: OperationRef[UserGroup] = OperationRef(
    "user_group.create_user_group", "POST", "/user_groups/"
)


#: `DELETE /user_groups/{item_id}`
delete_user_group: OperationRef[None] = OperationRef(
    "user_group.delete_user_group", "DELETE", "/user_groups/{item_id}"
)


#: `GET /user_groups/{item_id}`
get_user_group: OperationRef[UserGroup] = OperationRef(
    "user_group.get_user_group", "GET", "/user_groups/{item_id}"
)


#: `GET /user_groups/`
list_user_groups: OperationRef[list[UserGroup]] = OperationRef(
    "user_group.list_user_groups", "GET", "/user_groups/"
)


#: `PUT /user_groups/{item_id}`
update_user_group: OperationRef[UserGroup] = OperationRef(
    "user_group.update_user_group", "PUT", "/user_groups/{item_id}"
)


#: `POST /user_groups_by_campaigns/`
create_user_group_by_campaign: OperationRef[UserGroupByCampaign] = OperationRef(
    "user_group_by_campaign.create_user_group_by_campaign",
    "POST",
    "/user_groups_by_campaigns/",
)


#: `DELETE /user_groups_by_campaigns/{item_id}`
delete_user_group_by_campaign: OperationRef[None] = OperationRef(
    "user_group_by_campaign.delete_user_group_by_campaign",
    "DELETE",
    "/user_groups_by_campaigns/{item_id}",
)


#: `GET /user_groups_by_campaigns/{item_id}`
get_user_group_by_campaign: OperationRef[UserGroupByCampaign] = OperationRef(
    "user_group_by_campaign.get_user_group_by_campaign",
    "GET",
    "/user_groups_by_campaigns/{item_id}",
)


#: `GET /user_groups_by_campaigns/`
list_user_groups_by_campaigns: OperationRef[list[UserGroupByCampaign]] = OperationRef(
    "user_group_by_campaign.list_user_groups_by_campaigns",
    "GET",
    "/user_groups_by_campaigns/",
)


#: `POST /user_groups_by_campaign_scopes/`
create_user_group_by_campaign_scope: OperationRef[UserGroupByCampaignScope] = (
    OperationRef(
        "user_group_by_campaign_scope.create_user_group_by_campaign_scope",
        "POST",
        "/user_groups_by_campaign_scopes/",
    )
)


#: `DELETE /user_groups_by_campaign_scopes/{item_id}`
delete_user_group_by_campaign_scope: OperationRef[None] = OperationRef(
    "user_group_by_campaign_scope.delete_user_group_by_campaign_scope",
    "DELETE",
    "/user_groups_by_campaign_scopes/{item_id}",
)


#: `GET /user_groups_by_campaign_scopes/{item_id}`
get_user_group_by_campaign_scope: OperationRef[UserGroupByCampaignScope] = OperationRef(
    "user_group_by_campaign_scope.get_user_group_by_campaign_scope",
    "GET",
    "/user_groups_by_campaign_scopes/{item_id}",
)


#: `GET /user_groups_by_campaign_scopes/`
list_user_groups_by_campaign_scopes: OperationRef[list[UserGroupByCampaignScope]] = (
    OperationRef(
        "user_group_by_campaign_scope.list_user_groups_by_campaign_scopes",
        "GET",
        "/user_groups_by_campaign_scopes/",
    )
)


#: `POST /weather_timeseries_by_sites/`
create_weather_timeseries_by_site: OperationRef[WeatherTimeseriesBySite] = OperationRef(
    "weather_timeseries_by_site.create_weather_timeseries_by_site",
    "POST",
    "/weather_timeseries_by_sites/",
)


#: `DELETE /weather_timeseries_by_sites/{item_id}`
delete_weather_timeseries_by_site: OperationRef[None] = OperationRef(
    "weather_timeseries_by_site.delete_weather_timeseries_by_site",
    "DELETE",
    "/weather_timeseries_by_sites/{item_id}",
)


#: `GET /weather_timeseries_by_sites/{item_id}`
get_weather_timeseries_by_site: OperationRef[WeatherTimeseriesBySite] = OperationRef(
    "weather_timeseries_by_site.get_weather_timeseries_by_site",
    "GET",
    "/weather_timeseries_by_sites/{item_id}",
)


#: `GET /weather_timeseries_by_sites/`
list_weather_timeseries_by_sites: OperationRef[list[WeatherTimeseriesBySite]] = (
    OperationRef(
        "weather_timeseries_by_site.list_weather_timeseries_by_sites",
        "GET",
        "/weather_timeseries_by_sites/",
    )
)


#: `PUT /weather_timeseries_by_sites/{item_id}`
update_weather_timeseries_by_site: OperationRef[WeatherTimeseriesBySite] = OperationRef(
    "weather_timeseries_by_site.update_weather_timeseries_by_site",
    "PUT",
    "/weather_timeseries_by_sites/{item_id}",
)


#: `POST /zones/`
create_zone: OperationRef[Zone] = OperationRef("zone.create_zone", "POST", "/zones/")


#: `DELETE /zones/{item_id}`
delete_zone: OperationRef[None] = OperationRef(
    "zone.delete_zone", "DELETE", "/zones/{item_id}"
)


#: `GET /zones/{item_id}`
get_zone: OperationRef[Zone] = OperationRef("zone.get_zone", "GET", "/zones/{item_id}")


#: `GET /zones/`
list_zones: OperationRef[list[Zone]] = OperationRef("zone.list_zones", "GET", "/zones/")


#: `PUT /zones/{item_id}`
update_zone: OperationRef[Zone] = OperationRef(
    "zone.update_zone", "PUT", "/zones/{item_id}"
)


#: `POST /zone_properties/`
create_zone_property: OperationRef[ZoneProperty] = OperationRef(
    "zone_property.create_zone_property", "POST", "/zone_properties/"
)


#: `DELETE /zone_properties/{item_id}`
delete_zone_property: OperationRef[None] = OperationRef(
    "zone_property.delete_zone_property", "DELETE", "/zone_properties/{item_id}"
)


#: `GET /zone_properties/{item_id}`
get_zone_property: OperationRef[ZoneProperty] = OperationRef(
    "zone_property.get_zone_property", "GET", "/zone_properties/{item_id}"
)


#: `GET /zone_properties/`
list_zone_properties: OperationRef[list[ZoneProperty]] = OperationRef(
    "zone_property.list_zone_properties", "GET", "/zone_properties/"
)


#: `POST /zone_property_data/`
create_zone_property_data: OperationRef[ZonePropertyData] = OperationRef(
    "zone_property_data.create_zone_property_data", "POST", "/zone_property_data/"
)


#: `DELETE /zone_property_data/{item_id}`
delete_zone_property_data: OperationRef[None] = OperationRef(
    "zone_property_data.delete_zone_property_data",
    "DELETE",
    "/zone_property_data/{item_id}",
)


#: `GET /zone_property_data/{item_id}`
get_zone_property_data: OperationRef[ZonePropertyData] = OperationRef(
    "zone_property_data.get_zone_property_data", "GET", "/zone_property_data/{item_id}"
)


#: `GET /zone_property_data/`
list_zone_property_data: OperationRef[list[ZonePropertyData]] = OperationRef(
    "zone_property_data.list_zone_property_data", "GET", "/zone_property_data/"
)


#: `PUT /zone_property_data/{item_id}`
update_zone_property_data: OperationRef[ZonePropertyData] = OperationRef(
    "zone_property_data.update_zone_property_data",
    "PUT",
    "/zone_property_data/{item_id}",
)

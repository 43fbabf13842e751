"""The clients: `BEMServerAPIClient` (blocking) and `AsyncBEMServerAPIClient`.

`EntryPoints` is the table of the client's entry points: one line each, the
attribute users call (`api_client.sites`) and the resource class that declares
its operations. Both clients inherit it, so IDEs and type checkers see every
entry point and its typed operations.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._base_client import (
    BaseClient,
    raw_call,
)
from ._call import Async, Call, ModeT, Sync
from ._operation import Resource
from ._pool import shared_async_client, shared_client
from ._transport import (
    OnDone,
    execute,
    execute_async,
    execute_many,
    execute_many_async,
    iterate,
    iterate_async,
)
from ._versions import (
    api_version_of,
    check_api_version,
)
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
from .response import BEMServerApiClientResponse

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._transport import Cancel

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


class _VersionCheck:
    @classmethod
    def check_api_version(cls, api_version: str) -> None:
        """Raise BEMServerAPIVersionError for a version older than supported (or
        not a version); warn (BEMServerAPIVersionWarning) for a newer one."""
        check_api_version(api_version)


class BEMServerAPIClient(
    EntryPoints[Sync], BaseClient[Sync, httpx.Client], _VersionCheck
):
    """Client of a BEMServer API server.

    `host` is "host[:port]" (https unless use_ssl=False) or a full base URL.
    With auto_check=True, the server's API version is checked at once.
    Constructing a client is cheap: it sends through a connection pool shared
    by the process (see `close_shared_pools`).
    """

    _http_client_class = httpx.Client

    def _after_init(self) -> None:
        if self._version_unchecked:
            self._version_unchecked = False
            self.check_api_version(self.get_api_version())

    def get_api_version(self) -> str:
        """The server's API version: given to the client, else read once."""
        if self._api_version is None:
            self._api_version = api_version_of(self.about.getall())
        return self._api_version

    def _execute(self, call: Call[Any], cancel: Cancel | None = None) -> Any:
        return execute(self, call, cancel)

    def _iterate(self, call: Call[Any]) -> Iterator[Any]:
        return iterate(self, call)

    def _execute_many(
        self,
        calls: Iterable[Call[Any]],
        concurrency: int,
        on_done: OnDone,
        cancel: Cancel | None = None,
    ) -> None:
        execute_many(self, calls, concurrency, on_done, cancel)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BEMServerApiClientResponse[Any]:
        """Any request to the API (an endpoint or a parameter no entry point
        offers), through the client's authentication, retries and error
        mapping: `api_client.request("GET", "/sites/", params={"name": "HQ"})`."""
        response: BEMServerApiClientResponse[Any] = self._execute(
            raw_call(
                method, path, params=params, json=json, content=content, headers=headers
            )
        )
        return response

    def get(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`request("GET", path, ...)`."""
        return self.request("GET", path, **options)

    def post(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`request("POST", path, ...)`."""
        return self.request("POST", path, **options)

    def put(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`request("PUT", path, ...)`."""
        return self.request("PUT", path, **options)

    def delete(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`request("DELETE", path, ...)`."""
        return self.request("DELETE", path, **options)

    def _pool(self) -> httpx.Client:
        """Where requests go: the user's httpx client, else the shared pool."""
        if self._http_client is not None:
            return self._http_client
        return shared_client(self._verify)

    def close(self) -> None:
        """Release what the client owns: nothing, as it sends through the
        process's shared pool (see `close_shared_pools`) or the user's own
        httpx client, which stays the user's to close."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncBEMServerAPIClient(
    EntryPoints[Async], BaseClient[Async, httpx.AsyncClient], _VersionCheck
):
    """Asyncio client of a BEMServer API server: the same entry points and
    operations as `BEMServerAPIClient`, awaitable.

    With auto_check=True, the API version is checked before the first request.
    """

    _http_client_class = httpx.AsyncClient

    async def get_api_version(self) -> str:
        """The server's API version: given to the client, else read once."""
        if self._api_version is None:
            self._api_version = api_version_of(await self.about.getall())
        return self._api_version

    async def _execute_many(
        self, calls: Iterable[Call[Any]], concurrency: int, on_done: OnDone
    ) -> None:
        await execute_many_async(self, calls, concurrency, on_done)

    async def _execute(self, call: Call[Any]) -> Any:
        return await execute_async(self, call)

    def _iterate(self, call: Call[Any]) -> AsyncIterator[Any]:
        return iterate_async(self, call)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BEMServerApiClientResponse[Any]:
        """Any request to the API, as `BEMServerAPIClient.request`, awaitable."""
        response: BEMServerApiClientResponse[Any] = await self._execute(
            raw_call(
                method, path, params=params, json=json, content=content, headers=headers
            )
        )
        return response

    async def get(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`await request("GET", path, ...)`."""
        return await self.request("GET", path, **options)

    async def post(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`await request("POST", path, ...)`."""
        return await self.request("POST", path, **options)

    async def put(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`await request("PUT", path, ...)`."""
        return await self.request("PUT", path, **options)

    async def delete(
        self, path: str, **options: Any
    ) -> BEMServerApiClientResponse[Any]:
        """`await request("DELETE", path, ...)`."""
        return await self.request("DELETE", path, **options)

    def _pool(self) -> httpx.AsyncClient:
        """Where requests go: the user's httpx client, else the shared pool of
        the running event loop."""
        if self._http_client is not None:
            return self._http_client
        return shared_async_client(self._verify)

    async def aclose(self) -> None:
        """Release what the client owns: nothing (see `BEMServerAPIClient.close`)."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


#: The name the existing code base uses.
BEMServerApiClient = BEMServerAPIClient

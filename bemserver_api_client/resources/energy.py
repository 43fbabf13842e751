"""Energies, end uses, production technologies and the timeseries that measure
them by site and building; weather timeseries of sites."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._generated import operations
from ._base import CRUD, Call, GetAllUnfiltered, ModeT, list_operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class Energies(GetAllUnfiltered[ModeT, "m.Energy"]):
    _list = operations.list_energies


class EnergyEndUses(GetAllUnfiltered[ModeT, "m.EnergyEndUse"]):
    _list = operations.list_energy_end_uses


class EnergyProductionTechnologies(
    GetAllUnfiltered[ModeT, "m.EnergyProductionTechnology"]
):
    _list = operations.list_energy_production_technologies


class EnergyConsumptionTimeseriesBySites(
    CRUD[
        ModeT,
        "m.EnergyConsumptionTimeseriesBySite",
        "m.EnergyConsumptionTimeseriesBySite",
        "m.EnergyConsumptionTimeseriesBySite",
    ]
):
    _list = operations.list_energy_consumption_timeseries_by_sites
    _get = operations.get_energy_consumption_timeseries_by_site
    _create = operations.create_energy_consumption_timeseries_by_site
    _update = operations.update_energy_consumption_timeseries_by_site
    _delete = operations.delete_energy_consumption_timeseries_by_site

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListEnergyConsumptionTimeseriesBySitesQuery],
    ) -> Call[list[m.EnergyConsumptionTimeseriesBySite]]:
        return self._list_call(etag, query)


class EnergyConsumptionTimeseriesByBuildings(
    CRUD[
        ModeT,
        "m.EnergyConsumptionTimeseriesByBuilding",
        "m.EnergyConsumptionTimeseriesByBuilding",
        "m.EnergyConsumptionTimeseriesByBuilding",
    ]
):
    _list = operations.list_energy_consumption_timeseries_by_buildings
    _get = operations.get_energy_consumption_timeseries_by_building
    _create = operations.create_energy_consumption_timeseries_by_building
    _update = operations.update_energy_consumption_timeseries_by_building
    _delete = operations.delete_energy_consumption_timeseries_by_building

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListEnergyConsumptionTimeseriesByBuildingsQuery],
    ) -> Call[list[m.EnergyConsumptionTimeseriesByBuilding]]:
        return self._list_call(etag, query)


class EnergyProductionTimeseriesBySites(
    CRUD[
        ModeT,
        "m.EnergyProductionTimeseriesBySite",
        "m.EnergyProductionTimeseriesBySite",
        "m.EnergyProductionTimeseriesBySite",
    ]
):
    _list = operations.list_energy_production_timeseries_by_sites
    _get = operations.get_energy_production_timeseries_by_site
    _create = operations.create_energy_production_timeseries_by_site
    _update = operations.update_energy_production_timeseries_by_site
    _delete = operations.delete_energy_production_timeseries_by_site

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListEnergyProductionTimeseriesBySitesQuery],
    ) -> Call[list[m.EnergyProductionTimeseriesBySite]]:
        return self._list_call(etag, query)


class EnergyProductionTimeseriesByBuildings(
    CRUD[
        ModeT,
        "m.EnergyProductionTimeseriesByBuilding",
        "m.EnergyProductionTimeseriesByBuilding",
        "m.EnergyProductionTimeseriesByBuilding",
    ]
):
    _list = operations.list_energy_production_timeseries_by_buildings
    _get = operations.get_energy_production_timeseries_by_building
    _create = operations.create_energy_production_timeseries_by_building
    _update = operations.update_energy_production_timeseries_by_building
    _delete = operations.delete_energy_production_timeseries_by_building

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListEnergyProductionTimeseriesByBuildingsQuery],
    ) -> Call[list[m.EnergyProductionTimeseriesByBuilding]]:
        return self._list_call(etag, query)


class WeatherTimeseriesBySites(
    CRUD[
        ModeT,
        "m.WeatherTimeseriesBySite",
        "m.WeatherTimeseriesBySite",
        "m.WeatherTimeseriesBySite",
    ]
):
    _list = operations.list_weather_timeseries_by_sites
    _get = operations.get_weather_timeseries_by_site
    _create = operations.create_weather_timeseries_by_site
    _update = operations.update_weather_timeseries_by_site
    _delete = operations.delete_weather_timeseries_by_site

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListWeatherTimeseriesBySitesQuery],
    ) -> Call[list[m.WeatherTimeseriesBySite]]:
        return self._list_call(etag, query)


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
EnergyResources = Energies
EnergyEndUseResources = EnergyEndUses
EnergyConsumptionTimseriesBySiteResources = EnergyConsumptionTimeseriesBySites
EnergyConsumptionTimseriesByBuildingResources = EnergyConsumptionTimeseriesByBuildings
EnergyProductionTechnologyResources = EnergyProductionTechnologies
EnergyProductionTimseriesBySiteResources = EnergyProductionTimeseriesBySites
EnergyProductionTimseriesByBuildingResources = EnergyProductionTimeseriesByBuildings

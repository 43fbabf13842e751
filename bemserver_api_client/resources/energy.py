"""Energies, end uses, production technologies and the timeseries that measure
them by site and building; weather timeseries of sites."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import CRUD, GetAll, ModeT

if TYPE_CHECKING:
    from .._generated import models as m  # noqa: F401 - used in quotes


class Energies(GetAll[ModeT, "m.Energy"], tag="energy", collection="energies"):
    pass


class EnergyEndUses(
    GetAll[ModeT, "m.EnergyEndUse"], tag="energy_end_use", collection="energy_end_uses"
):
    pass


class EnergyProductionTechnologies(
    GetAll[ModeT, "m.EnergyProductionTechnology"],
    tag="energy_production_technology",
    collection="energy_production_technologies",
):
    pass


class EnergyConsumptionTimeseriesBySites(
    CRUD[
        ModeT,
        "m.EnergyConsumptionTimeseriesBySite",
        "m.EnergyConsumptionTimeseriesBySite",
        "m.EnergyConsumptionTimeseriesBySite",
    ],
    tag="energy_consumption_timeseries_by_site",
    collection="energy_consumption_timeseries_by_sites",
):
    pass


class EnergyConsumptionTimeseriesByBuildings(
    CRUD[
        ModeT,
        "m.EnergyConsumptionTimeseriesByBuilding",
        "m.EnergyConsumptionTimeseriesByBuilding",
        "m.EnergyConsumptionTimeseriesByBuilding",
    ],
    tag="energy_consumption_timeseries_by_building",
    collection="energy_consumption_timeseries_by_buildings",
):
    pass


class EnergyProductionTimeseriesBySites(
    CRUD[
        ModeT,
        "m.EnergyProductionTimeseriesBySite",
        "m.EnergyProductionTimeseriesBySite",
        "m.EnergyProductionTimeseriesBySite",
    ],
    tag="energy_production_timeseries_by_site",
    collection="energy_production_timeseries_by_sites",
):
    pass


class EnergyProductionTimeseriesByBuildings(
    CRUD[
        ModeT,
        "m.EnergyProductionTimeseriesByBuilding",
        "m.EnergyProductionTimeseriesByBuilding",
        "m.EnergyProductionTimeseriesByBuilding",
    ],
    tag="energy_production_timeseries_by_building",
    collection="energy_production_timeseries_by_buildings",
):
    pass


class WeatherTimeseriesBySites(
    CRUD[
        ModeT,
        "m.WeatherTimeseriesBySite",
        "m.WeatherTimeseriesBySite",
        "m.WeatherTimeseriesBySite",
    ],
    tag="weather_timeseries_by_site",
    collection="weather_timeseries_by_sites",
):
    pass

"""Energies, end uses, production technologies and the timeseries that measure
them by site and building; weather timeseries of sites.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`: this module is where users import them from.
"""

from .._generated.resources import (
    AsyncEnergies,
    AsyncEnergyConsumptionTimeseriesByBuildings,
    AsyncEnergyConsumptionTimeseriesBySites,
    AsyncEnergyEndUses,
    AsyncEnergyProductionTechnologies,
    AsyncEnergyProductionTimeseriesByBuildings,
    AsyncEnergyProductionTimeseriesBySites,
    AsyncWeatherTimeseriesBySites,
    Energies,
    EnergyConsumptionTimeseriesByBuildings,
    EnergyConsumptionTimeseriesBySites,
    EnergyEndUses,
    EnergyProductionTechnologies,
    EnergyProductionTimeseriesByBuildings,
    EnergyProductionTimeseriesBySites,
    WeatherTimeseriesBySites,
)

__all__ = [
    "AsyncEnergies",
    "AsyncEnergyConsumptionTimeseriesByBuildings",
    "AsyncEnergyConsumptionTimeseriesBySites",
    "AsyncEnergyEndUses",
    "AsyncEnergyProductionTechnologies",
    "AsyncEnergyProductionTimeseriesByBuildings",
    "AsyncEnergyProductionTimeseriesBySites",
    "AsyncWeatherTimeseriesBySites",
    "Energies",
    "EnergyConsumptionTimeseriesByBuildings",
    "EnergyConsumptionTimeseriesBySites",
    "EnergyEndUses",
    "EnergyProductionTechnologies",
    "EnergyProductionTimeseriesByBuildings",
    "EnergyProductionTimeseriesBySites",
    "WeatherTimeseriesBySites",
]

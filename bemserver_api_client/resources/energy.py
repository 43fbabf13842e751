"""Energies, end uses, production technologies and the timeseries that measure
them by site and building; weather timeseries of sites.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.energies import AsyncEnergies, Energies
from .._generated.resources.energy_cons_ts_by_buildings import (
    AsyncEnergyConsumptionTimeseriesByBuildings,
    EnergyConsumptionTimeseriesByBuildings,
)
from .._generated.resources.energy_cons_ts_by_sites import (
    AsyncEnergyConsumptionTimeseriesBySites,
    EnergyConsumptionTimeseriesBySites,
)
from .._generated.resources.energy_end_uses import AsyncEnergyEndUses, EnergyEndUses
from .._generated.resources.energy_prod_technologies import (
    AsyncEnergyProductionTechnologies,
    EnergyProductionTechnologies,
)
from .._generated.resources.energy_prod_ts_by_buildings import (
    AsyncEnergyProductionTimeseriesByBuildings,
    EnergyProductionTimeseriesByBuildings,
)
from .._generated.resources.energy_prod_ts_by_sites import (
    AsyncEnergyProductionTimeseriesBySites,
    EnergyProductionTimeseriesBySites,
)
from .._generated.resources.weather_ts_by_sites import (
    AsyncWeatherTimeseriesBySites,
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

"""Timeseries, their data states, properties and links (their values:
timeseries_data.py).

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.timeseries import AsyncTimeseries, Timeseries
from .._generated.resources.timeseries_by_buildings import (
    AsyncTimeseriesByBuildings,
    TimeseriesByBuildings,
)
from .._generated.resources.timeseries_by_events import (
    AsyncTimeseriesByEvents,
    TimeseriesByEvents,
)
from .._generated.resources.timeseries_by_sites import (
    AsyncTimeseriesBySites,
    TimeseriesBySites,
)
from .._generated.resources.timeseries_by_spaces import (
    AsyncTimeseriesBySpaces,
    TimeseriesBySpaces,
)
from .._generated.resources.timeseries_by_storeys import (
    AsyncTimeseriesByStoreys,
    TimeseriesByStoreys,
)
from .._generated.resources.timeseries_by_zones import (
    AsyncTimeseriesByZones,
    TimeseriesByZones,
)
from .._generated.resources.timeseries_datastates import (
    AsyncTimeseriesDataStates,
    TimeseriesDataStates,
)
from .._generated.resources.timeseries_properties import (
    AsyncTimeseriesProperties,
    TimeseriesProperties,
)
from .._generated.resources.timeseries_property_data import (
    AsyncTimeseriesPropertyData,
    TimeseriesPropertyData,
)

__all__ = [
    "AsyncTimeseries",
    "AsyncTimeseriesByBuildings",
    "AsyncTimeseriesByEvents",
    "AsyncTimeseriesBySites",
    "AsyncTimeseriesBySpaces",
    "AsyncTimeseriesByStoreys",
    "AsyncTimeseriesByZones",
    "AsyncTimeseriesDataStates",
    "AsyncTimeseriesProperties",
    "AsyncTimeseriesPropertyData",
    "Timeseries",
    "TimeseriesByBuildings",
    "TimeseriesByEvents",
    "TimeseriesBySites",
    "TimeseriesBySpaces",
    "TimeseriesByStoreys",
    "TimeseriesByZones",
    "TimeseriesDataStates",
    "TimeseriesProperties",
    "TimeseriesPropertyData",
]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
# (0.22.0 declared timeseries data here; its class is in timeseries_data.py.)
from .timeseries_data import TimeseriesData

TimeseriesDataResources = TimeseriesData

TimeseriesResources = Timeseries
TimeseriesDataStateResources = TimeseriesDataStates
TimeseriesPropertyResources = TimeseriesProperties
TimeseriesPropertyDataResources = TimeseriesPropertyData
TimeseriesBySiteResources = TimeseriesBySites
TimeseriesByBuildingResources = TimeseriesByBuildings
TimeseriesByStoreyResources = TimeseriesByStoreys
TimeseriesBySpaceResources = TimeseriesBySpaces
TimeseriesByZoneResources = TimeseriesByZones
TimeseriesByEventResources = TimeseriesByEvents

"""Timeseries, their data states, properties and links (their values:
timeseries_data.py).

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`: this module is where users import them from.
"""

from .._generated.resources import (
    AsyncTimeseries,
    AsyncTimeseriesByBuildings,
    AsyncTimeseriesByEvents,
    AsyncTimeseriesBySites,
    AsyncTimeseriesBySpaces,
    AsyncTimeseriesByStoreys,
    AsyncTimeseriesByZones,
    AsyncTimeseriesDataStates,
    AsyncTimeseriesProperties,
    AsyncTimeseriesPropertyData,
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

"""Kept for existing code: the module of the weather timeseries entry point in
bemserver-api-client 0.22.0. Its class is declared with the energy
timeseries, in `resources/energy.py`."""

from .energy import WeatherTimeseriesBySites

# Names of bemserver-api-client 0.22.0, kept for existing code (its spelling).
WeatherTimseriesBySiteResources = WeatherTimeseriesBySites

__all__ = ["WeatherTimseriesBySiteResources"]

"""Kept for existing code: the module of the weather timeseries entry point in
bemserver-api-client 0.22.0. Its class is declared with the energy
timeseries, in `resources/energy.py`."""

from .._generated.resource_exports.weather import *  # noqa: F403
from .._generated.resource_exports.weather import __all__ as __all__

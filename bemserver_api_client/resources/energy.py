"""Energies, end uses, production technologies and the timeseries that measure
them by site and building; weather timeseries of sites.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`, and what this module exports, with the names
of bemserver-api-client 0.22.0 kept for existing code, into
`_generated/resource_exports/energy.py`: this module is where users import
them from.
"""

from .._generated.resource_exports.energy import *  # noqa: F403
from .._generated.resource_exports.energy import __all__ as __all__

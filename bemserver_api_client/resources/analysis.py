"""`/analysis/`: completeness of timeseries and energy consumption breakdowns.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`; what their methods send is made in
`_particular/analysis.py`; what this module exports, with the names of
bemserver-api-client 0.22.0 kept for existing code, into
`_generated/resource_exports/analysis.py`. This module is where users import
them from.
"""

from .._generated.resource_exports.analysis import *  # noqa: F403
from .._generated.resource_exports.analysis import __all__ as __all__

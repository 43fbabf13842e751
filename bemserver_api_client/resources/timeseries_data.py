"""`/timeseries_data/`: the values of timeseries, up and down, by timeseries ID
or by name within a campaign, in chunks (`_bulk`) for large transfers.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`; what their methods send is made in
`_particular/timeseries_data.py`; what this module exports, with the names of
bemserver-api-client 0.22.0 kept for existing code, into
`_generated/resource_exports/timeseries_data.py`. This module is where users import
them from.
"""

from .._generated.resource_exports.timeseries_data import *  # noqa: F403
from .._generated.resource_exports.timeseries_data import __all__ as __all__

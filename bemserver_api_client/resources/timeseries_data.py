"""`/timeseries_data/`: the values of timeseries, up and down, by timeseries ID
or by name within a campaign, in chunks (`_bulk`) for large transfers.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`; what their methods send is made in
`_particular/timeseries_data.py`. This module is where users import them from.
"""

from .._generated.resources.timeseries_data import AsyncTimeseriesData, TimeseriesData
from .._particular.timeseries_data import TimeseriesDataBody

__all__ = [
    "AsyncTimeseriesData",
    "TimeseriesData",
    "TimeseriesDataBody",
]

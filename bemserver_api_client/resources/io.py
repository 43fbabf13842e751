"""`/io/`: import sites and timeseries from CSV files.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`; what their methods send is made in
`_particular/io.py`; what this module exports, with the names of
bemserver-api-client 0.22.0 kept for existing code, into
`_generated/resource_exports/io.py`. This module is where users import
them from.
"""

from .._generated.resource_exports.io import *  # noqa: F403
from .._generated.resource_exports.io import __all__ as __all__

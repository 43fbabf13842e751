"""`/io/`: import sites and timeseries from CSV files.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`; what their methods send is made in
`_particular/io.py`. This module is where users import them from.
"""

from .._generated.resources import (
    AsyncInputOutput,
    InputOutput,
)

__all__ = [
    "AsyncInputOutput",
    "InputOutput",
]

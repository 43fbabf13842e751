"""`/about/`: versions of the server.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`: this module is where users import them from.
"""

from .._generated.resources import (
    About,
    AsyncAbout,
)

__all__ = [
    "About",
    "AsyncAbout",
]

"""Events, their categories, their links to structural elements; notifications.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`, and what this module exports, with the names
of bemserver-api-client 0.22.0 kept for existing code, into
`_generated/resource_exports/events.py`: this module is where users import
them from.
"""

from .._generated.resource_exports.events import *  # noqa: F403
from .._generated.resource_exports.events import __all__ as __all__

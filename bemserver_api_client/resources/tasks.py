"""`/tasks/` (API 0.26+): the server's scheduled tasks, and their settings by
campaign.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`, and what this module exports, with the names
of bemserver-api-client 0.22.0 kept for existing code, into
`_generated/resource_exports/tasks.py`: this module is where users import
them from.
"""

from .._generated.resource_exports.tasks import *  # noqa: F403
from .._generated.resource_exports.tasks import __all__ as __all__

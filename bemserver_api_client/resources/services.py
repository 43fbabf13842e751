"""The scheduled services of API 0.24 and 0.25 (`st_*`), replaced in API 0.26 by
`tasks` and `task_by_campaign`. Calling them on a newer server raises
BEMServerAPIOperationUnavailableError before any request.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`, and what this module exports, with the names
of bemserver-api-client 0.22.0 kept for existing code, into
`_generated/resource_exports/services.py`: this module is where users import
them from.
"""

from .._generated.resource_exports.services import *  # noqa: F403
from .._generated.resource_exports.services import __all__ as __all__

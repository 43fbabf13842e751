"""`/auth/`: bearer tokens.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`; what their methods send is made in
`_particular/auth.py`; what this module exports, with the names of
bemserver-api-client 0.22.0 kept for existing code, into
`_generated/resource_exports/auth.py`. This module is where users import
them from.
"""

from .._generated.resource_exports.auth import *  # noqa: F403
from .._generated.resource_exports.auth import __all__ as __all__

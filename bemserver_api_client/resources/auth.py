"""`/auth/`: bearer tokens.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`; what their methods send is made in
`_particular/auth.py`. This module is where users import them from.
"""

from .._generated.resources.auth import AsyncAuth, Auth

__all__ = [
    "AsyncAuth",
    "Auth",
]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
AuthenticationResources = Auth

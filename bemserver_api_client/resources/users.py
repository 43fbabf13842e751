"""`/users/`, `/user_groups/`, `/users_by_user_groups/`.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.user_by_user_groups import (
    AsyncUserByUserGroups,
    UserByUserGroups,
)
from .._generated.resources.user_groups import AsyncUserGroups, UserGroups
from .._generated.resources.users import AsyncUsers, Users

__all__ = [
    "AsyncUserByUserGroups",
    "AsyncUserGroups",
    "AsyncUsers",
    "UserByUserGroups",
    "UserGroups",
    "Users",
]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
UserResources = Users
UserGroupResources = UserGroups
UserByUserGroupResources = UserByUserGroups

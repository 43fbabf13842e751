"""`/users/`, `/user_groups/`, `/users_by_user_groups/`.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`: this module is where users import them from.
"""

from .._generated.resources import (
    AsyncUserByUserGroups,
    AsyncUserGroups,
    AsyncUsers,
    UserByUserGroups,
    UserGroups,
    Users,
)

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

"""`/users/`, `/user_groups/`, `/users_by_user_groups/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._generated import operations
from ._base import CRD, CRUD, Call, ModeT, list_operation, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class Users(CRUD[ModeT, "m.User", "m.User", "m.User"]):
    _list = operations.list_users
    _get = operations.get_user
    _create = operations.create_user
    _update = operations.update_user
    _delete = operations.delete_user

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListUsersQuery]
    ) -> Call[list[m.User]]:
        return self._list_call(etag, query)

    @operation(operations.set_user_admin)
    def set_admin(self, id: int, state: bool, *, etag: str | None = None) -> Call[None]:
        """Make a user an administrator, or not."""
        return Call(
            id,
            body={"value": state},
            if_match=etag,
        )

    @operation(operations.set_user_active)
    def set_active(
        self, id: int, state: bool, *, etag: str | None = None
    ) -> Call[None]:
        """Activate or deactivate a user."""
        return Call(
            id,
            body={"value": state},
            if_match=etag,
        )


class UserGroups(CRUD[ModeT, "m.UserGroup", "m.UserGroup", "m.UserGroup"]):
    _list = operations.list_user_groups
    _get = operations.get_user_group
    _create = operations.create_user_group
    _update = operations.update_user_group
    _delete = operations.delete_user_group

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListUserGroupsQuery]
    ) -> Call[list[m.UserGroup]]:
        return self._list_call(etag, query)


class UserByUserGroups(CRD[ModeT, "m.UserByUserGroup", "m.UserByUserGroup"]):
    _list = operations.list_users_by_user_groups
    _get = operations.get_user_by_user_group
    _create = operations.create_user_by_user_group
    _delete = operations.delete_user_by_user_group

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListUsersByUserGroupsQuery],
    ) -> Call[list[m.UserByUserGroup]]:
        return self._list_call(etag, query)


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
UserResources = Users
UserGroupResources = UserGroups
UserByUserGroupResources = UserByUserGroups

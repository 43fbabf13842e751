"""`/users/`, `/user_groups/`, `/users_by_user_groups/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import CRD, CRUD, Call, ModeT, list_operation, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class Users(CRUD[ModeT, "m.User", "m.User", "m.User"], tag="user", collection="users"):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListUsersQuery]
    ) -> Call[list[m.User]]:
        return self._list_call(etag, query)

    @operation("user.set_user_admin")
    def set_admin(self, id: int, state: bool, *, etag: str | None = None) -> Call[None]:
        """Make a user an administrator, or not."""
        return Call(
            id,
            body={"value": state},
            if_match=etag,
        )

    @operation("user.set_user_active")
    def set_active(
        self, id: int, state: bool, *, etag: str | None = None
    ) -> Call[None]:
        """Activate or deactivate a user."""
        return Call(
            id,
            body={"value": state},
            if_match=etag,
        )


class UserGroups(
    CRUD[ModeT, "m.UserGroup", "m.UserGroup", "m.UserGroup"],
    tag="user_group",
    collection="user_groups",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListUserGroupsQuery]
    ) -> Call[list[m.UserGroup]]:
        return self._list_call(etag, query)


class UserByUserGroups(
    CRD[ModeT, "m.UserByUserGroup", "m.UserByUserGroup"],
    tag="user_by_user_group",
    collection="users_by_user_groups",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListUsersByUserGroupsQuery],
    ) -> Call[list[m.UserByUserGroup]]:
        return self._list_call(etag, query)

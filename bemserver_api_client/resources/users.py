"""`/users/`, `/user_groups/`, `/users_by_user_groups/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import CRD, CRUD, Call, ModeT, operation

if TYPE_CHECKING:
    from .._generated import models as m  # noqa: F401 - used in quotes


class Users(CRUD[ModeT, "m.User", "m.User", "m.User"], tag="user", collection="users"):
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
    pass


class UserByUserGroups(
    CRD[ModeT, "m.UserByUserGroup", "m.UserByUserGroup"],
    tag="user_by_user_group",
    collection="users_by_user_groups",
):
    pass

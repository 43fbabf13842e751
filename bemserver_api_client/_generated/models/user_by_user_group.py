from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserByUserGroup")


@_attrs_define
class UserByUserGroup:
    user_id: int
    user_group_id: int
    id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_group_id = self.user_group_id

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "user_group_id": user_group_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        user_group_id = d.pop("user_group_id")

        id = d.pop("id", UNSET)

        user_by_user_group = cls(
            user_id=user_id,
            user_group_id=user_group_id,
            id=id,
        )

        return user_by_user_group

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    name: str
    email: str
    id: int | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    is_admin: bool | Unset = UNSET
    is_active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        id = self.id

        password = self.password

        is_admin = self.is_admin

        is_active = self.is_active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "email": email,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if password is not UNSET:
            field_dict["password"] = password
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        id = d.pop("id", UNSET)

        password = d.pop("password", UNSET)

        is_admin = d.pop("is_admin", UNSET)

        is_active = d.pop("is_active", UNSET)

        user = cls(
            name=name,
            email=email,
            id=id,
            password=password,
            is_admin=is_admin,
            is_active=is_active,
        )

        return user

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

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
        d = src_dict
        self = _new(cls)
        self.name = d["name"]
        self.email = d["email"]
        self.id = d.get("id", UNSET)
        self.password = d.get("password", UNSET)
        self.is_admin = d.get("is_admin", UNSET)
        self.is_active = d.get("is_active", UNSET)
        if cls is not User:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                name=self.name,
                email=self.email,
                id=self.id,
                password=self.password,
                is_admin=self.is_admin,
                is_active=self.is_active,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not User:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.name = d["name"]
            self.email = d["email"]
            self.id = d.get("id", UNSET)
            self.password = d.get("password", UNSET)
            self.is_admin = d.get("is_admin", UNSET)
            self.is_active = d.get("is_active", UNSET)
            models.append(self)
        return models

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="SpacePropertyData")


@_attrs_define
class SpacePropertyData:
    space_id: int
    space_property_id: int
    value: str
    id: int | Unset = UNSET
    space_property: SpacePropertyExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        space_id = self.space_id

        space_property_id = self.space_property_id

        value = self.value

        id = self.id

        space_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.space_property, Unset):
            space_property = self.space_property.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "space_id": space_id,
                "space_property_id": space_property_id,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if space_property is not UNSET:
            field_dict["space_property"] = space_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.space_id = d["space_id"]
        self.space_property_id = d["space_property_id"]
        self.value = d["value"]
        self.id = d.get("id", UNSET)
        space_property = d.get("space_property", UNSET)
        if space_property is not UNSET:
            space_property = SpacePropertyExcludeId.from_dict(space_property)
        self.space_property = space_property
        if cls is not SpacePropertyData:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                space_id=self.space_id,
                space_property_id=self.space_property_id,
                value=self.value,
                id=self.id,
                space_property=self.space_property,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not SpacePropertyData:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.space_id = d["space_id"]
            self.space_property_id = d["space_property_id"]
            self.value = d["value"]
            self.id = d.get("id", UNSET)
            space_property = d.get("space_property", UNSET)
            if space_property is not UNSET:
                space_property = SpacePropertyExcludeId.from_dict(space_property)
            self.space_property = space_property
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.space_property_exclude_id import SpacePropertyExcludeId  # noqa: E402

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="BuildingPropertyData")


@_attrs_define
class BuildingPropertyData:
    building_id: int
    building_property_id: int
    value: str
    id: int | Unset = UNSET
    building_property: BuildingPropertyExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        building_id = self.building_id

        building_property_id = self.building_property_id

        value = self.value

        id = self.id

        building_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.building_property, Unset):
            building_property = self.building_property.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "building_id": building_id,
                "building_property_id": building_property_id,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if building_property is not UNSET:
            field_dict["building_property"] = building_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.building_id = d["building_id"]
        self.building_property_id = d["building_property_id"]
        self.value = d["value"]
        self.id = d.get("id", UNSET)
        building_property = d.get("building_property", UNSET)
        if building_property is not UNSET:
            building_property = BuildingPropertyExcludeId.from_dict(building_property)
        self.building_property = building_property
        if cls is not BuildingPropertyData:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                building_id=self.building_id,
                building_property_id=self.building_property_id,
                value=self.value,
                id=self.id,
                building_property=self.building_property,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not BuildingPropertyData:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.building_id = d["building_id"]
            self.building_property_id = d["building_property_id"]
            self.value = d["value"]
            self.id = d.get("id", UNSET)
            building_property = d.get("building_property", UNSET)
            if building_property is not UNSET:
                building_property = BuildingPropertyExcludeId.from_dict(
                    building_property
                )
            self.building_property = building_property
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.building_property_exclude_id import BuildingPropertyExcludeId  # noqa: E402

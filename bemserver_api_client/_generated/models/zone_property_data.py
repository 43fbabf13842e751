from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="ZonePropertyData")


@_attrs_define
class ZonePropertyData:
    zone_id: int
    zone_property_id: int
    value: str
    id: int | Unset = UNSET
    zone_property: ZonePropertyExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        zone_id = self.zone_id

        zone_property_id = self.zone_property_id

        value = self.value

        id = self.id

        zone_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone_property, Unset):
            zone_property = self.zone_property.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "zone_id": zone_id,
                "zone_property_id": zone_property_id,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if zone_property is not UNSET:
            field_dict["zone_property"] = zone_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.zone_id = d["zone_id"]
        self.zone_property_id = d["zone_property_id"]
        self.value = d["value"]
        self.id = d.get("id", UNSET)
        zone_property = d.get("zone_property", UNSET)
        if zone_property is not UNSET:
            zone_property = ZonePropertyExcludeId.from_dict(zone_property)
        self.zone_property = zone_property
        if cls is not ZonePropertyData:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                zone_id=self.zone_id,
                zone_property_id=self.zone_property_id,
                value=self.value,
                id=self.id,
                zone_property=self.zone_property,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not ZonePropertyData:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.zone_id = d["zone_id"]
            self.zone_property_id = d["zone_property_id"]
            self.value = d["value"]
            self.id = d.get("id", UNSET)
            zone_property = d.get("zone_property", UNSET)
            if zone_property is not UNSET:
                zone_property = ZonePropertyExcludeId.from_dict(zone_property)
            self.zone_property = zone_property
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.zone_property_exclude_id import ZonePropertyExcludeId  # noqa: E402

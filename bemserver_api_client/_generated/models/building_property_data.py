from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.building_property_exclude_id import BuildingPropertyExcludeId


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
        from ..models.building_property_exclude_id import BuildingPropertyExcludeId  # noqa: PLC0415

        d = dict(src_dict)
        building_id = d.pop("building_id")

        building_property_id = d.pop("building_property_id")

        value = d.pop("value")

        id = d.pop("id", UNSET)

        _building_property = d.pop("building_property", UNSET)
        building_property: BuildingPropertyExcludeId | Unset
        if isinstance(_building_property, Unset):
            building_property = UNSET
        else:
            building_property = BuildingPropertyExcludeId.from_dict(_building_property)

        building_property_data = cls(
            building_id=building_id,
            building_property_id=building_property_id,
            value=value,
            id=id,
            building_property=building_property,
        )

        return building_property_data

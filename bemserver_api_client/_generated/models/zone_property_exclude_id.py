from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structural_element_property_exclude_id import (
        StructuralElementPropertyExcludeId,
    )


T = TypeVar("T", bound="ZonePropertyExcludeId")


@_attrs_define
class ZonePropertyExcludeId:
    structural_element_property_id: int
    structural_element_property: StructuralElementPropertyExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        structural_element_property_id = self.structural_element_property_id

        structural_element_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structural_element_property, Unset):
            structural_element_property = self.structural_element_property.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "structural_element_property_id": structural_element_property_id,
            }
        )
        if structural_element_property is not UNSET:
            field_dict["structural_element_property"] = structural_element_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structural_element_property_exclude_id import (
            StructuralElementPropertyExcludeId,  # noqa: PLC0415
        )

        d = dict(src_dict)
        structural_element_property_id = d.pop("structural_element_property_id")

        _structural_element_property = d.pop("structural_element_property", UNSET)
        structural_element_property: StructuralElementPropertyExcludeId | Unset
        if isinstance(_structural_element_property, Unset):
            structural_element_property = UNSET
        else:
            structural_element_property = StructuralElementPropertyExcludeId.from_dict(
                _structural_element_property
            )

        zone_property_exclude_id = cls(
            structural_element_property_id=structural_element_property_id,
            structural_element_property=structural_element_property,
        )

        return zone_property_exclude_id

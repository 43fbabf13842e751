from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storey_property_exclude_id import StoreyPropertyExcludeId


T = TypeVar("T", bound="StoreyPropertyData")


@_attrs_define
class StoreyPropertyData:
    storey_id: int
    storey_property_id: int
    value: str
    id: int | Unset = UNSET
    storey_property: StoreyPropertyExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        storey_id = self.storey_id

        storey_property_id = self.storey_property_id

        value = self.value

        id = self.id

        storey_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storey_property, Unset):
            storey_property = self.storey_property.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "storey_id": storey_id,
                "storey_property_id": storey_property_id,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if storey_property is not UNSET:
            field_dict["storey_property"] = storey_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storey_property_exclude_id import StoreyPropertyExcludeId  # noqa: PLC0415

        d = dict(src_dict)
        storey_id = d.pop("storey_id")

        storey_property_id = d.pop("storey_property_id")

        value = d.pop("value")

        id = d.pop("id", UNSET)

        _storey_property = d.pop("storey_property", UNSET)
        storey_property: StoreyPropertyExcludeId | Unset
        if isinstance(_storey_property, Unset):
            storey_property = UNSET
        else:
            storey_property = StoreyPropertyExcludeId.from_dict(_storey_property)

        storey_property_data = cls(
            storey_id=storey_id,
            storey_property_id=storey_property_id,
            value=value,
            id=id,
            storey_property=storey_property,
        )

        return storey_property_data

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.space_property_exclude_id import SpacePropertyExcludeId


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
        from ..models.space_property_exclude_id import SpacePropertyExcludeId  # noqa: PLC0415

        d = dict(src_dict)
        space_id = d.pop("space_id")

        space_property_id = d.pop("space_property_id")

        value = d.pop("value")

        id = d.pop("id", UNSET)

        _space_property = d.pop("space_property", UNSET)
        space_property: SpacePropertyExcludeId | Unset
        if isinstance(_space_property, Unset):
            space_property = UNSET
        else:
            space_property = SpacePropertyExcludeId.from_dict(_space_property)

        space_property_data = cls(
            space_id=space_id,
            space_property_id=space_property_id,
            value=value,
            id=id,
            space_property=space_property,
        )

        return space_property_data

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

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
        d = src_dict
        self = _new(cls)
        self.storey_id = d["storey_id"]
        self.storey_property_id = d["storey_property_id"]
        self.value = d["value"]
        self.id = d.get("id", UNSET)
        storey_property = d.get("storey_property", UNSET)
        if storey_property is not UNSET:
            storey_property = StoreyPropertyExcludeId.from_dict(storey_property)
        self.storey_property = storey_property
        if cls is not StoreyPropertyData:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                storey_id=self.storey_id,
                storey_property_id=self.storey_property_id,
                value=self.value,
                id=self.id,
                storey_property=self.storey_property,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not StoreyPropertyData:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.storey_id = d["storey_id"]
            self.storey_property_id = d["storey_property_id"]
            self.value = d["value"]
            self.id = d.get("id", UNSET)
            storey_property = d.get("storey_property", UNSET)
            if storey_property is not UNSET:
                storey_property = StoreyPropertyExcludeId.from_dict(storey_property)
            self.storey_property = storey_property
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.storey_property_exclude_id import StoreyPropertyExcludeId  # noqa: E402

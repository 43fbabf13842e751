from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="SiteProperty")


@_attrs_define
class SiteProperty:
    structural_element_property_id: int
    id: int | Unset = UNSET
    structural_element_property: StructuralElementPropertyExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        structural_element_property_id = self.structural_element_property_id

        id = self.id

        structural_element_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structural_element_property, Unset):
            structural_element_property = self.structural_element_property.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "structural_element_property_id": structural_element_property_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if structural_element_property is not UNSET:
            field_dict["structural_element_property"] = structural_element_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.structural_element_property_id = d["structural_element_property_id"]
        self.id = d.get("id", UNSET)
        structural_element_property = d.get("structural_element_property", UNSET)
        if structural_element_property is not UNSET:
            structural_element_property = StructuralElementPropertyExcludeId.from_dict(
                structural_element_property
            )
        self.structural_element_property = structural_element_property
        if cls is not SiteProperty:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                structural_element_property_id=self.structural_element_property_id,
                id=self.id,
                structural_element_property=self.structural_element_property,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not SiteProperty:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.structural_element_property_id = d["structural_element_property_id"]
            self.id = d.get("id", UNSET)
            structural_element_property = d.get("structural_element_property", UNSET)
            if structural_element_property is not UNSET:
                structural_element_property = (
                    StructuralElementPropertyExcludeId.from_dict(
                        structural_element_property
                    )
                )
            self.structural_element_property = structural_element_property
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.structural_element_property_exclude_id import (
    StructuralElementPropertyExcludeId,  # noqa: E402
)

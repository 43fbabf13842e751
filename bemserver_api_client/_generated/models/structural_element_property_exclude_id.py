from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.property_value_type import PropertyValueType
from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="StructuralElementPropertyExcludeId")


@_attrs_define
class StructuralElementPropertyExcludeId:
    name: str
    value_type: PropertyValueType | str | Unset = UNSET
    unit_symbol: str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value_type: str | Unset
        if isinstance(self.value_type, Unset):
            value_type = UNSET
        elif isinstance(self.value_type, str):
            value_type = self.value_type
        else:
            value_type = self.value_type

        unit_symbol = self.unit_symbol

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if value_type is not UNSET:
            field_dict["value_type"] = value_type
        if unit_symbol is not UNSET:
            field_dict["unit_symbol"] = unit_symbol
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.name = d["name"]
        self.value_type = d.get("value_type", UNSET)
        self.unit_symbol = d.get("unit_symbol", UNSET)
        self.description = d.get("description", UNSET)
        if cls is not StructuralElementPropertyExcludeId:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                name=self.name,
                value_type=self.value_type,
                unit_symbol=self.unit_symbol,
                description=self.description,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not StructuralElementPropertyExcludeId:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.name = d["name"]
            self.value_type = d.get("value_type", UNSET)
            self.unit_symbol = d.get("unit_symbol", UNSET)
            self.description = d.get("description", UNSET)
            models.append(self)
        return models

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="SpacePut")


@_attrs_define
class SpacePut:
    name: str
    id: int | Unset = UNSET
    description: None | str | Unset = UNSET
    ifc_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        ifc_id: None | str | Unset
        if isinstance(self.ifc_id, Unset):
            ifc_id = UNSET
        else:
            ifc_id = self.ifc_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if ifc_id is not UNSET:
            field_dict["ifc_id"] = ifc_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.name = d["name"]
        self.id = d.get("id", UNSET)
        self.description = d.get("description", UNSET)
        self.ifc_id = d.get("ifc_id", UNSET)
        if cls is not SpacePut:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                name=self.name,
                id=self.id,
                description=self.description,
                ifc_id=self.ifc_id,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not SpacePut:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.name = d["name"]
            self.id = d.get("id", UNSET)
            self.description = d.get("description", UNSET)
            self.ifc_id = d.get("ifc_id", UNSET)
            models.append(self)
        return models

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.event_level import EventLevel
from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="EventPut")


@_attrs_define
class EventPut:
    category_id: int
    source: str
    id: int | Unset = UNSET
    level: EventLevel | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        source = self.source

        id = self.id

        level: str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, str):
            level = self.level
        else:
            level = self.level

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category_id": category_id,
                "source": source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if level is not UNSET:
            field_dict["level"] = level
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.category_id = d["category_id"]
        self.source = d["source"]
        self.id = d.get("id", UNSET)
        self.level = d.get("level", UNSET)
        self.description = d.get("description", UNSET)
        if cls is not EventPut:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                category_id=self.category_id,
                source=self.source,
                id=self.id,
                level=self.level,
                description=self.description,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not EventPut:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.category_id = d["category_id"]
            self.source = d["source"]
            self.id = d.get("id", UNSET)
            self.level = d.get("level", UNSET)
            self.description = d.get("description", UNSET)
            models.append(self)
        return models

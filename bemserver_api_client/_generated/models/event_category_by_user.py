from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.event_level import EventLevel
from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="EventCategoryByUser")


@_attrs_define
class EventCategoryByUser:
    user_id: int
    category_id: int
    id: int | Unset = UNSET
    notification_level: EventLevel | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        category_id = self.category_id

        id = self.id

        notification_level: str | Unset
        if isinstance(self.notification_level, Unset):
            notification_level = UNSET
        elif isinstance(self.notification_level, str):
            notification_level = self.notification_level
        else:
            notification_level = self.notification_level

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "category_id": category_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if notification_level is not UNSET:
            field_dict["notification_level"] = notification_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.user_id = d["user_id"]
        self.category_id = d["category_id"]
        self.id = d.get("id", UNSET)
        self.notification_level = d.get("notification_level", UNSET)
        if cls is not EventCategoryByUser:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                user_id=self.user_id,
                category_id=self.category_id,
                id=self.id,
                notification_level=self.notification_level,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not EventCategoryByUser:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.user_id = d["user_id"]
            self.category_id = d["category_id"]
            self.id = d.get("id", UNSET)
            self.notification_level = d.get("notification_level", UNSET)
            models.append(self)
        return models

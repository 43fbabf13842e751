from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.event_level import EventLevel
from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    campaign_scope_id: int
    category_id: int
    source: str
    id: int | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    level: EventLevel | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        campaign_scope_id = self.campaign_scope_id

        category_id = self.category_id

        source = self.source

        id = self.id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

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
                "campaign_scope_id": campaign_scope_id,
                "category_id": category_id,
                "source": source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if level is not UNSET:
            field_dict["level"] = level
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.campaign_scope_id = d["campaign_scope_id"]
        self.category_id = d["category_id"]
        self.source = d["source"]
        self.id = d.get("id", UNSET)
        timestamp = d.get("timestamp", UNSET)
        if timestamp is not UNSET:
            timestamp = _datetime_fromisoformat(timestamp)
        self.timestamp = timestamp
        self.level = d.get("level", UNSET)
        self.description = d.get("description", UNSET)
        if cls is not Event:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                campaign_scope_id=self.campaign_scope_id,
                category_id=self.category_id,
                source=self.source,
                id=self.id,
                timestamp=self.timestamp,
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
        if cls is not Event:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.campaign_scope_id = d["campaign_scope_id"]
            self.category_id = d["category_id"]
            self.source = d["source"]
            self.id = d.get("id", UNSET)
            timestamp = d.get("timestamp", UNSET)
            if timestamp is not UNSET:
                timestamp = _datetime_fromisoformat(timestamp)
            self.timestamp = timestamp
            self.level = d.get("level", UNSET)
            self.description = d.get("description", UNSET)
            models.append(self)
        return models

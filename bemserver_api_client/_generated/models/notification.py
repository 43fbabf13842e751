from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    user_id: int
    event_id: int
    timestamp: datetime.datetime
    id: int | Unset = UNSET
    event: EventExcludeId | Unset = UNSET
    read: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        event_id = self.event_id

        timestamp = self.timestamp.isoformat()

        id = self.id

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        read = self.read

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "event_id": event_id,
                "timestamp": timestamp,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if event is not UNSET:
            field_dict["event"] = event
        if read is not UNSET:
            field_dict["read"] = read

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.user_id = d["user_id"]
        self.event_id = d["event_id"]
        self.timestamp = _datetime_fromisoformat(d["timestamp"])
        self.id = d.get("id", UNSET)
        event = d.get("event", UNSET)
        if event is not UNSET:
            event = EventExcludeId.from_dict(event)
        self.event = event
        self.read = d.get("read", UNSET)
        if cls is not Notification:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                user_id=self.user_id,
                event_id=self.event_id,
                timestamp=self.timestamp,
                id=self.id,
                event=self.event,
                read=self.read,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not Notification:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.user_id = d["user_id"]
            self.event_id = d["event_id"]
            self.timestamp = _datetime_fromisoformat(d["timestamp"])
            self.id = d.get("id", UNSET)
            event = d.get("event", UNSET)
            if event is not UNSET:
                event = EventExcludeId.from_dict(event)
            self.event = event
            self.read = d.get("read", UNSET)
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.event_exclude_id import EventExcludeId  # noqa: E402

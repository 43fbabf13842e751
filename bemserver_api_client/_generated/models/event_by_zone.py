from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="EventByZone")


@_attrs_define
class EventByZone:
    event_id: int
    zone_id: int
    id: int | Unset = UNSET
    zone: ZoneExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        zone_id = self.zone_id

        id = self.id

        zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone, Unset):
            zone = self.zone.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_id": event_id,
                "zone_id": zone_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.event_id = d["event_id"]
        self.zone_id = d["zone_id"]
        self.id = d.get("id", UNSET)
        zone = d.get("zone", UNSET)
        if zone is not UNSET:
            zone = ZoneExcludeId.from_dict(zone)
        self.zone = zone
        if cls is not EventByZone:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                event_id=self.event_id,
                zone_id=self.zone_id,
                id=self.id,
                zone=self.zone,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not EventByZone:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.event_id = d["event_id"]
            self.zone_id = d["zone_id"]
            self.id = d.get("id", UNSET)
            zone = d.get("zone", UNSET)
            if zone is not UNSET:
                zone = ZoneExcludeId.from_dict(zone)
            self.zone = zone
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.zone_exclude_id import ZoneExcludeId  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.event_level import EventLevel, check_event_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventExcludeId")


@_attrs_define
class EventExcludeId:
    campaign_scope_id: int
    category_id: int
    source: str
    timestamp: datetime.datetime | Unset = UNSET
    level: EventLevel | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        campaign_scope_id = self.campaign_scope_id

        category_id = self.category_id

        source = self.source

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
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if level is not UNSET:
            field_dict["level"] = level
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_scope_id = d.pop("campaign_scope_id")

        category_id = d.pop("category_id")

        source = d.pop("source")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        def _parse_level(data: object) -> EventLevel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = check_event_level(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventLevel | str | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        event_exclude_id = cls(
            campaign_scope_id=campaign_scope_id,
            category_id=category_id,
            source=source,
            timestamp=timestamp,
            level=level,
            description=description,
        )

        return event_exclude_id

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.event_level import EventLevel, check_event_level
from ..types import UNSET, Unset

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
        d = dict(src_dict)
        user_id = d.pop("user_id")

        category_id = d.pop("category_id")

        id = d.pop("id", UNSET)

        def _parse_notification_level(data: object) -> EventLevel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notification_level_type_0 = check_event_level(data)

                return notification_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventLevel | str | Unset, data)

        notification_level = _parse_notification_level(
            d.pop("notification_level", UNSET)
        )

        event_category_by_user = cls(
            user_id=user_id,
            category_id=category_id,
            id=id,
            notification_level=notification_level,
        )

        return event_category_by_user

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_exclude_id import EventExcludeId


T = TypeVar("T", bound="NotificationPut")


@_attrs_define
class NotificationPut:
    id: int | Unset = UNSET
    event: EventExcludeId | Unset = UNSET
    read: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        read = self.read

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if event is not UNSET:
            field_dict["event"] = event
        if read is not UNSET:
            field_dict["read"] = read

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_exclude_id import EventExcludeId  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _event = d.pop("event", UNSET)
        event: EventExcludeId | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = EventExcludeId.from_dict(_event)

        read = d.pop("read", UNSET)

        notification_put = cls(
            id=id,
            event=event,
            read=read,
        )

        return notification_put

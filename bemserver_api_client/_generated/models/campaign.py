from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.timezone import Timezone
from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    name: str
    timezone: str | Timezone
    """ Timezone used to localize timeseries in this campaign """
    id: int | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        timezone: str
        if isinstance(self.timezone, str):
            timezone = self.timezone
        else:
            timezone = self.timezone

        id = self.id

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "timezone": timezone,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.name = d["name"]
        self.timezone = d["timezone"]
        self.id = d.get("id", UNSET)
        start_time = d.get("start_time", UNSET)
        if start_time is not UNSET:
            start_time = _datetime_fromisoformat(start_time)
        self.start_time = start_time
        end_time = d.get("end_time", UNSET)
        if end_time is not UNSET:
            end_time = _datetime_fromisoformat(end_time)
        self.end_time = end_time
        self.description = d.get("description", UNSET)
        if cls is not Campaign:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                name=self.name,
                timezone=self.timezone,
                id=self.id,
                start_time=self.start_time,
                end_time=self.end_time,
                description=self.description,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not Campaign:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.name = d["name"]
            self.timezone = d["timezone"]
            self.id = d.get("id", UNSET)
            start_time = d.get("start_time", UNSET)
            if start_time is not UNSET:
                start_time = _datetime_fromisoformat(start_time)
            self.start_time = start_time
            end_time = d.get("end_time", UNSET)
            if end_time is not UNSET:
                end_time = _datetime_fromisoformat(end_time)
            self.end_time = end_time
            self.description = d.get("description", UNSET)
            models.append(self)
        return models

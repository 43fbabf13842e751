from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat

T = TypeVar("T", bound="TSStats")


@_attrs_define
class TSStats:
    first_timestamp: datetime.datetime | Unset = UNSET
    """ First datetime """
    last_timestamp: datetime.datetime | Unset = UNSET
    """ Last datetime """
    count: int | Unset = UNSET
    """ Values count """
    min_: float | Unset = UNSET
    """ Minimum value """
    max_: float | Unset = UNSET
    """ Maximum value """
    avg: float | Unset = UNSET
    """ Minimum value """
    stddev: float | Unset = UNSET
    """ Standard deviation """

    def to_dict(self) -> dict[str, Any]:
        first_timestamp: str | Unset = UNSET
        if not isinstance(self.first_timestamp, Unset):
            first_timestamp = self.first_timestamp.isoformat()

        last_timestamp: str | Unset = UNSET
        if not isinstance(self.last_timestamp, Unset):
            last_timestamp = self.last_timestamp.isoformat()

        count = self.count

        min_ = self.min_

        max_ = self.max_

        avg = self.avg

        stddev = self.stddev

        field_dict: dict[str, Any] = {}
        if first_timestamp is not UNSET:
            field_dict["first_timestamp"] = first_timestamp
        if last_timestamp is not UNSET:
            field_dict["last_timestamp"] = last_timestamp
        if count is not UNSET:
            field_dict["count"] = count
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if avg is not UNSET:
            field_dict["avg"] = avg
        if stddev is not UNSET:
            field_dict["stddev"] = stddev

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        first_timestamp = d.get("first_timestamp", UNSET)
        if first_timestamp is not UNSET:
            first_timestamp = _datetime_fromisoformat(first_timestamp)
        self.first_timestamp = first_timestamp
        last_timestamp = d.get("last_timestamp", UNSET)
        if last_timestamp is not UNSET:
            last_timestamp = _datetime_fromisoformat(last_timestamp)
        self.last_timestamp = last_timestamp
        self.count = d.get("count", UNSET)
        self.min_ = d.get("min", UNSET)
        self.max_ = d.get("max", UNSET)
        self.avg = d.get("avg", UNSET)
        self.stddev = d.get("stddev", UNSET)
        if cls is not TSStats:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                first_timestamp=self.first_timestamp,
                last_timestamp=self.last_timestamp,
                count=self.count,
                min_=self.min_,
                max_=self.max_,
                avg=self.avg,
                stddev=self.stddev,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not TSStats:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            first_timestamp = d.get("first_timestamp", UNSET)
            if first_timestamp is not UNSET:
                first_timestamp = _datetime_fromisoformat(first_timestamp)
            self.first_timestamp = first_timestamp
            last_timestamp = d.get("last_timestamp", UNSET)
            if last_timestamp is not UNSET:
                last_timestamp = _datetime_fromisoformat(last_timestamp)
            self.last_timestamp = last_timestamp
            self.count = d.get("count", UNSET)
            self.min_ = d.get("min", UNSET)
            self.max_ = d.get("max", UNSET)
            self.avg = d.get("avg", UNSET)
            self.stddev = d.get("stddev", UNSET)
            models.append(self)
        return models

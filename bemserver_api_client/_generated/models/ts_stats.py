from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        _first_timestamp = d.pop("first_timestamp", UNSET)
        first_timestamp: datetime.datetime | Unset
        if isinstance(_first_timestamp, Unset):
            first_timestamp = UNSET
        else:
            first_timestamp = datetime.datetime.fromisoformat(_first_timestamp)

        _last_timestamp = d.pop("last_timestamp", UNSET)
        last_timestamp: datetime.datetime | Unset
        if isinstance(_last_timestamp, Unset):
            last_timestamp = UNSET
        else:
            last_timestamp = datetime.datetime.fromisoformat(_last_timestamp)

        count = d.pop("count", UNSET)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        avg = d.pop("avg", UNSET)

        stddev = d.pop("stddev", UNSET)

        ts_stats = cls(
            first_timestamp=first_timestamp,
            last_timestamp=last_timestamp,
            count=count,
            min_=min_,
            max_=max_,
            avg=avg,
            stddev=stddev,
        )

        return ts_stats

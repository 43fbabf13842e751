from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat

T = TypeVar("T", bound="Completeness")


@_attrs_define
class Completeness:
    timestamps: list[datetime.datetime] | Unset = UNSET
    """ Time index (value is bucket start time) """
    timeseries: CompletenessTimeseries | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        timestamps: list[str] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = []
            for timestamps_item_data in self.timestamps:
                timestamps_item = timestamps_item_data.isoformat()
                timestamps.append(timestamps_item)

        timeseries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeseries, Unset):
            timeseries = self.timeseries.to_dict()

        field_dict: dict[str, Any] = {}
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if timeseries is not UNSET:
            field_dict["timeseries"] = timeseries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        timestamps = d.get("timestamps", UNSET)
        if timestamps is not UNSET:
            timestamps = list(map(_datetime_fromisoformat, timestamps))
        self.timestamps = timestamps
        timeseries = d.get("timeseries", UNSET)
        if timeseries is not UNSET:
            timeseries = CompletenessTimeseries.from_dict(timeseries)
        self.timeseries = timeseries
        if cls is not Completeness:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                timestamps=self.timestamps,
                timeseries=self.timeseries,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not Completeness:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            timestamps = d.get("timestamps", UNSET)
            if timestamps is not UNSET:
                timestamps = list(map(_datetime_fromisoformat, timestamps))
            self.timestamps = timestamps
            timeseries = d.get("timeseries", UNSET)
            if timeseries is not UNSET:
                timeseries = CompletenessTimeseries.from_dict(timeseries)
            self.timeseries = timeseries
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.completeness_timeseries import CompletenessTimeseries  # noqa: E402

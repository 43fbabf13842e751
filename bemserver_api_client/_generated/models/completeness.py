from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completeness_timeseries import CompletenessTimeseries


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
        from ..models.completeness_timeseries import CompletenessTimeseries  # noqa: PLC0415

        d = dict(src_dict)
        _timestamps = d.pop("timestamps", UNSET)
        timestamps: list[datetime.datetime] | Unset = UNSET
        if _timestamps is not UNSET:
            timestamps = []
            for timestamps_item_data in _timestamps:
                timestamps_item = datetime.datetime.fromisoformat(timestamps_item_data)

                timestamps.append(timestamps_item)

        _timeseries = d.pop("timeseries", UNSET)
        timeseries: CompletenessTimeseries | Unset
        if isinstance(_timeseries, Unset):
            timeseries = UNSET
        else:
            timeseries = CompletenessTimeseries.from_dict(_timeseries)

        completeness = cls(
            timestamps=timestamps,
            timeseries=timeseries,
        )

        return completeness

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeseries_data_stats_by_id_stats import TimeseriesDataStatsByIDStats


T = TypeVar("T", bound="TimeseriesDataStatsByID")


@_attrs_define
class TimeseriesDataStatsByID:
    stats: TimeseriesDataStatsByIDStats | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeseries_data_stats_by_id_stats import (
            TimeseriesDataStatsByIDStats,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _stats = d.pop("stats", UNSET)
        stats: TimeseriesDataStatsByIDStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = TimeseriesDataStatsByIDStats.from_dict(_stats)

        timeseries_data_stats_by_id = cls(
            stats=stats,
        )

        return timeseries_data_stats_by_id

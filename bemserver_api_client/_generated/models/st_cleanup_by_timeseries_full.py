from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="STCleanupByTimeseriesFull")


@_attrs_define
class STCleanupByTimeseriesFull:
    id: int | Unset = UNSET
    timeseries_id: int | Unset = UNSET
    timeseries_name: str | Unset = UNSET
    timeseries_unit_symbol: str | Unset = UNSET
    last_timestamp: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timeseries_id = self.timeseries_id

        timeseries_name = self.timeseries_name

        timeseries_unit_symbol = self.timeseries_unit_symbol

        last_timestamp: None | str | Unset
        if isinstance(self.last_timestamp, Unset):
            last_timestamp = UNSET
        elif isinstance(self.last_timestamp, datetime.datetime):
            last_timestamp = self.last_timestamp.isoformat()
        else:
            last_timestamp = self.last_timestamp

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if timeseries_id is not UNSET:
            field_dict["timeseries_id"] = timeseries_id
        if timeseries_name is not UNSET:
            field_dict["timeseries_name"] = timeseries_name
        if timeseries_unit_symbol is not UNSET:
            field_dict["timeseries_unit_symbol"] = timeseries_unit_symbol
        if last_timestamp is not UNSET:
            field_dict["last_timestamp"] = last_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        timeseries_id = d.pop("timeseries_id", UNSET)

        timeseries_name = d.pop("timeseries_name", UNSET)

        timeseries_unit_symbol = d.pop("timeseries_unit_symbol", UNSET)

        def _parse_last_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return last_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_timestamp = _parse_last_timestamp(d.pop("last_timestamp", UNSET))

        st_cleanup_by_timeseries_full = cls(
            id=id,
            timeseries_id=timeseries_id,
            timeseries_name=timeseries_name,
            timeseries_unit_symbol=timeseries_unit_symbol,
            last_timestamp=last_timestamp,
        )

        return st_cleanup_by_timeseries_full

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

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
        d = src_dict
        self = _new(cls)
        self.id = d.get("id", UNSET)
        self.timeseries_id = d.get("timeseries_id", UNSET)
        self.timeseries_name = d.get("timeseries_name", UNSET)
        self.timeseries_unit_symbol = d.get("timeseries_unit_symbol", UNSET)

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

        last_timestamp = _parse_last_timestamp(d.get("last_timestamp", UNSET))

        self.last_timestamp = last_timestamp
        if cls is not STCleanupByTimeseriesFull:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                id=self.id,
                timeseries_id=self.timeseries_id,
                timeseries_name=self.timeseries_name,
                timeseries_unit_symbol=self.timeseries_unit_symbol,
                last_timestamp=self.last_timestamp,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not STCleanupByTimeseriesFull:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.id = d.get("id", UNSET)
            self.timeseries_id = d.get("timeseries_id", UNSET)
            self.timeseries_name = d.get("timeseries_name", UNSET)
            self.timeseries_unit_symbol = d.get("timeseries_unit_symbol", UNSET)

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

            last_timestamp = _parse_last_timestamp(d.get("last_timestamp", UNSET))

            self.last_timestamp = last_timestamp
            models.append(self)
        return models

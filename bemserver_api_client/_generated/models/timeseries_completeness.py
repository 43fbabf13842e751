from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="TimeseriesCompleteness")


@_attrs_define
class TimeseriesCompleteness:
    name: str | Unset = UNSET
    """ Timeseries name """
    count: list[int] | Unset = UNSET
    """ Number or values for each bucket """
    ratio: list[float | None] | Unset = UNSET
    """ Number or values / expected values for each bucket """
    total_count: int | Unset = UNSET
    """ Total number or values """
    avg_count: float | Unset = UNSET
    """ Average number or values """
    avg_ratio: float | None | Unset = UNSET
    """ Average number or values / expected values """
    interval: float | None | Unset = UNSET
    """ Interval between samples (seconds), defined or inferred """
    undefined_interval: bool | Unset = UNSET
    """ Whether the interval was not defined """
    expected_count: list[float | None] | Unset = UNSET
    """ Expected number or values for each bucket """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        count: list[int] | Unset = UNSET
        if not isinstance(self.count, Unset):
            count = self.count

        ratio: list[float | None] | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = []
            for ratio_item_data in self.ratio:
                ratio_item: float | None
                ratio_item = ratio_item_data
                ratio.append(ratio_item)

        total_count = self.total_count

        avg_count = self.avg_count

        avg_ratio: float | None | Unset
        if isinstance(self.avg_ratio, Unset):
            avg_ratio = UNSET
        else:
            avg_ratio = self.avg_ratio

        interval: float | None | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        else:
            interval = self.interval

        undefined_interval = self.undefined_interval

        expected_count: list[float | None] | Unset = UNSET
        if not isinstance(self.expected_count, Unset):
            expected_count = []
            for expected_count_item_data in self.expected_count:
                expected_count_item: float | None
                expected_count_item = expected_count_item_data
                expected_count.append(expected_count_item)

        field_dict: dict[str, Any] = {}
        if name is not UNSET:
            field_dict["name"] = name
        if count is not UNSET:
            field_dict["count"] = count
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if avg_count is not UNSET:
            field_dict["avg_count"] = avg_count
        if avg_ratio is not UNSET:
            field_dict["avg_ratio"] = avg_ratio
        if interval is not UNSET:
            field_dict["interval"] = interval
        if undefined_interval is not UNSET:
            field_dict["undefined_interval"] = undefined_interval
        if expected_count is not UNSET:
            field_dict["expected_count"] = expected_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.name = d.get("name", UNSET)
        self.count = d.get("count", UNSET)
        ratio = d.get("ratio", UNSET)
        if ratio is not UNSET:
            ratio = list(ratio)
        self.ratio = ratio
        self.total_count = d.get("total_count", UNSET)
        self.avg_count = d.get("avg_count", UNSET)
        self.avg_ratio = d.get("avg_ratio", UNSET)
        self.interval = d.get("interval", UNSET)
        self.undefined_interval = d.get("undefined_interval", UNSET)
        expected_count = d.get("expected_count", UNSET)
        if expected_count is not UNSET:
            expected_count = list(expected_count)
        self.expected_count = expected_count
        if cls is not TimeseriesCompleteness:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                name=self.name,
                count=self.count,
                ratio=self.ratio,
                total_count=self.total_count,
                avg_count=self.avg_count,
                avg_ratio=self.avg_ratio,
                interval=self.interval,
                undefined_interval=self.undefined_interval,
                expected_count=self.expected_count,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not TimeseriesCompleteness:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.name = d.get("name", UNSET)
            self.count = d.get("count", UNSET)
            ratio = d.get("ratio", UNSET)
            if ratio is not UNSET:
                ratio = list(ratio)
            self.ratio = ratio
            self.total_count = d.get("total_count", UNSET)
            self.avg_count = d.get("avg_count", UNSET)
            self.avg_ratio = d.get("avg_ratio", UNSET)
            self.interval = d.get("interval", UNSET)
            self.undefined_interval = d.get("undefined_interval", UNSET)
            expected_count = d.get("expected_count", UNSET)
            if expected_count is not UNSET:
                expected_count = list(expected_count)
            self.expected_count = expected_count
            models.append(self)
        return models

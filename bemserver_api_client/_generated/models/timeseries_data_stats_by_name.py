from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="TimeseriesDataStatsByName")


@_attrs_define
class TimeseriesDataStatsByName:
    stats: TimeseriesDataStatsByNameStats | Unset = UNSET

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
        d = src_dict
        self = _new(cls)
        stats = d.get("stats", UNSET)
        if stats is not UNSET:
            stats = TimeseriesDataStatsByNameStats.from_dict(stats)
        self.stats = stats
        if cls is not TimeseriesDataStatsByName:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                stats=self.stats,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not TimeseriesDataStatsByName:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            stats = d.get("stats", UNSET)
            if stats is not UNSET:
                stats = TimeseriesDataStatsByNameStats.from_dict(stats)
            self.stats = stats
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.timeseries_data_stats_by_name_stats import TimeseriesDataStatsByNameStats  # noqa: E402

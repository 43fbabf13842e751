from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="EnergyConsumptionTimeseriesByBuilding")


@_attrs_define
class EnergyConsumptionTimeseriesByBuilding:
    building_id: int
    energy_id: int
    end_use_id: int
    timeseries_id: int
    id: int | Unset = UNSET
    timeseries: TimeseriesExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        building_id = self.building_id

        energy_id = self.energy_id

        end_use_id = self.end_use_id

        timeseries_id = self.timeseries_id

        id = self.id

        timeseries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeseries, Unset):
            timeseries = self.timeseries.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "building_id": building_id,
                "energy_id": energy_id,
                "end_use_id": end_use_id,
                "timeseries_id": timeseries_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if timeseries is not UNSET:
            field_dict["timeseries"] = timeseries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.building_id = d["building_id"]
        self.energy_id = d["energy_id"]
        self.end_use_id = d["end_use_id"]
        self.timeseries_id = d["timeseries_id"]
        self.id = d.get("id", UNSET)
        timeseries = d.get("timeseries", UNSET)
        if timeseries is not UNSET:
            timeseries = TimeseriesExcludeId.from_dict(timeseries)
        self.timeseries = timeseries
        if cls is not EnergyConsumptionTimeseriesByBuilding:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                building_id=self.building_id,
                energy_id=self.energy_id,
                end_use_id=self.end_use_id,
                timeseries_id=self.timeseries_id,
                id=self.id,
                timeseries=self.timeseries,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not EnergyConsumptionTimeseriesByBuilding:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.building_id = d["building_id"]
            self.energy_id = d["energy_id"]
            self.end_use_id = d["end_use_id"]
            self.timeseries_id = d["timeseries_id"]
            self.id = d.get("id", UNSET)
            timeseries = d.get("timeseries", UNSET)
            if timeseries is not UNSET:
                timeseries = TimeseriesExcludeId.from_dict(timeseries)
            self.timeseries = timeseries
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.timeseries_exclude_id import TimeseriesExcludeId  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat

T = TypeVar("T", bound="EnergyConsumption")


@_attrs_define
class EnergyConsumption:
    timestamps: list[datetime.datetime] | Unset = UNSET
    """ Time index (value is bucket start time) """
    energy: EnergyConsumptionEnergy | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        timestamps: list[str] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = []
            for timestamps_item_data in self.timestamps:
                timestamps_item = timestamps_item_data.isoformat()
                timestamps.append(timestamps_item)

        energy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.energy, Unset):
            energy = self.energy.to_dict()

        field_dict: dict[str, Any] = {}
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if energy is not UNSET:
            field_dict["energy"] = energy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        timestamps = d.get("timestamps", UNSET)
        if timestamps is not UNSET:
            timestamps = list(map(_datetime_fromisoformat, timestamps))
        self.timestamps = timestamps
        energy = d.get("energy", UNSET)
        if energy is not UNSET:
            energy = EnergyConsumptionEnergy.from_dict(energy)
        self.energy = energy
        if cls is not EnergyConsumption:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                timestamps=self.timestamps,
                energy=self.energy,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not EnergyConsumption:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            timestamps = d.get("timestamps", UNSET)
            if timestamps is not UNSET:
                timestamps = list(map(_datetime_fromisoformat, timestamps))
            self.timestamps = timestamps
            energy = d.get("energy", UNSET)
            if energy is not UNSET:
                energy = EnergyConsumptionEnergy.from_dict(energy)
            self.energy = energy
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.energy_consumption_energy import EnergyConsumptionEnergy  # noqa: E402

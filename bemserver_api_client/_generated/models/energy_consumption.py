from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.energy_consumption_energy import EnergyConsumptionEnergy


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
        from ..models.energy_consumption_energy import EnergyConsumptionEnergy  # noqa: PLC0415

        d = dict(src_dict)
        _timestamps = d.pop("timestamps", UNSET)
        timestamps: list[datetime.datetime] | Unset = UNSET
        if _timestamps is not UNSET:
            timestamps = []
            for timestamps_item_data in _timestamps:
                timestamps_item = datetime.datetime.fromisoformat(timestamps_item_data)

                timestamps.append(timestamps_item)

        _energy = d.pop("energy", UNSET)
        energy: EnergyConsumptionEnergy | Unset
        if isinstance(_energy, Unset):
            energy = UNSET
        else:
            energy = EnergyConsumptionEnergy.from_dict(_energy)

        energy_consumption = cls(
            timestamps=timestamps,
            energy=energy,
        )

        return energy_consumption

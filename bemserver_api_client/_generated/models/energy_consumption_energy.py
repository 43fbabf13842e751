from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnergyConsumptionEnergy")


@_attrs_define
class EnergyConsumptionEnergy:
    additional_properties: dict[str, EnergyConsumptionEnergyAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = cls()
        self.additional_properties = {
            prop_name: EnergyConsumptionEnergyAdditionalProperty.from_dict(prop)
            for prop_name, prop in d.items()
        }
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        return [cls.from_dict(d) for d in src_dicts]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EnergyConsumptionEnergyAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: EnergyConsumptionEnergyAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.energy_consumption_energy_additional_property import (
    EnergyConsumptionEnergyAdditionalProperty,  # noqa: E402
)

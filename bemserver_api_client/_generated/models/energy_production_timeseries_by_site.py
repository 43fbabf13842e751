from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeseries_exclude_id import TimeseriesExcludeId


T = TypeVar("T", bound="EnergyProductionTimeseriesBySite")


@_attrs_define
class EnergyProductionTimeseriesBySite:
    site_id: int
    energy_id: int
    prod_tech_id: int
    timeseries_id: int
    id: int | Unset = UNSET
    timeseries: TimeseriesExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        site_id = self.site_id

        energy_id = self.energy_id

        prod_tech_id = self.prod_tech_id

        timeseries_id = self.timeseries_id

        id = self.id

        timeseries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeseries, Unset):
            timeseries = self.timeseries.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "site_id": site_id,
                "energy_id": energy_id,
                "prod_tech_id": prod_tech_id,
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
        from ..models.timeseries_exclude_id import TimeseriesExcludeId  # noqa: PLC0415

        d = dict(src_dict)
        site_id = d.pop("site_id")

        energy_id = d.pop("energy_id")

        prod_tech_id = d.pop("prod_tech_id")

        timeseries_id = d.pop("timeseries_id")

        id = d.pop("id", UNSET)

        _timeseries = d.pop("timeseries", UNSET)
        timeseries: TimeseriesExcludeId | Unset
        if isinstance(_timeseries, Unset):
            timeseries = UNSET
        else:
            timeseries = TimeseriesExcludeId.from_dict(_timeseries)

        energy_production_timeseries_by_site = cls(
            site_id=site_id,
            energy_id=energy_id,
            prod_tech_id=prod_tech_id,
            timeseries_id=timeseries_id,
            id=id,
            timeseries=timeseries,
        )

        return energy_production_timeseries_by_site

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="TimeseriesByBuilding")


@_attrs_define
class TimeseriesByBuilding:
    timeseries_id: int
    building_id: int
    id: int | Unset = UNSET
    site: SiteExcludeId | Unset = UNSET
    building: BuildingExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        timeseries_id = self.timeseries_id

        building_id = self.building_id

        id = self.id

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()

        building: dict[str, Any] | Unset = UNSET
        if not isinstance(self.building, Unset):
            building = self.building.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "timeseries_id": timeseries_id,
                "building_id": building_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if site is not UNSET:
            field_dict["site"] = site
        if building is not UNSET:
            field_dict["building"] = building

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.timeseries_id = d["timeseries_id"]
        self.building_id = d["building_id"]
        self.id = d.get("id", UNSET)
        site = d.get("site", UNSET)
        if site is not UNSET:
            site = SiteExcludeId.from_dict(site)
        self.site = site
        building = d.get("building", UNSET)
        if building is not UNSET:
            building = BuildingExcludeId.from_dict(building)
        self.building = building
        if cls is not TimeseriesByBuilding:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                timeseries_id=self.timeseries_id,
                building_id=self.building_id,
                id=self.id,
                site=self.site,
                building=self.building,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not TimeseriesByBuilding:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.timeseries_id = d["timeseries_id"]
            self.building_id = d["building_id"]
            self.id = d.get("id", UNSET)
            site = d.get("site", UNSET)
            if site is not UNSET:
                site = SiteExcludeId.from_dict(site)
            self.site = site
            building = d.get("building", UNSET)
            if building is not UNSET:
                building = BuildingExcludeId.from_dict(building)
            self.building = building
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.building_exclude_id import BuildingExcludeId  # noqa: E402
from ..models.site_exclude_id import SiteExcludeId  # noqa: E402

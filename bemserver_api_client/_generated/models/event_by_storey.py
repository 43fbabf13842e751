from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.building_exclude_id import BuildingExcludeId
    from ..models.site_exclude_id import SiteExcludeId
    from ..models.storey_exclude_id import StoreyExcludeId


T = TypeVar("T", bound="EventByStorey")


@_attrs_define
class EventByStorey:
    event_id: int
    storey_id: int
    id: int | Unset = UNSET
    site: SiteExcludeId | Unset = UNSET
    building: BuildingExcludeId | Unset = UNSET
    storey: StoreyExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        storey_id = self.storey_id

        id = self.id

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()

        building: dict[str, Any] | Unset = UNSET
        if not isinstance(self.building, Unset):
            building = self.building.to_dict()

        storey: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storey, Unset):
            storey = self.storey.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_id": event_id,
                "storey_id": storey_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if site is not UNSET:
            field_dict["site"] = site
        if building is not UNSET:
            field_dict["building"] = building
        if storey is not UNSET:
            field_dict["storey"] = storey

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.building_exclude_id import BuildingExcludeId  # noqa: PLC0415
        from ..models.site_exclude_id import SiteExcludeId  # noqa: PLC0415
        from ..models.storey_exclude_id import StoreyExcludeId  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        storey_id = d.pop("storey_id")

        id = d.pop("id", UNSET)

        _site = d.pop("site", UNSET)
        site: SiteExcludeId | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteExcludeId.from_dict(_site)

        _building = d.pop("building", UNSET)
        building: BuildingExcludeId | Unset
        if isinstance(_building, Unset):
            building = UNSET
        else:
            building = BuildingExcludeId.from_dict(_building)

        _storey = d.pop("storey", UNSET)
        storey: StoreyExcludeId | Unset
        if isinstance(_storey, Unset):
            storey = UNSET
        else:
            storey = StoreyExcludeId.from_dict(_storey)

        event_by_storey = cls(
            event_id=event_id,
            storey_id=storey_id,
            id=id,
            site=site,
            building=building,
            storey=storey,
        )

        return event_by_storey

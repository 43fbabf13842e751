from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.site_exclude_id import SiteExcludeId


T = TypeVar("T", bound="TimeseriesBySite")


@_attrs_define
class TimeseriesBySite:
    timeseries_id: int
    site_id: int
    id: int | Unset = UNSET
    site: SiteExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        timeseries_id = self.timeseries_id

        site_id = self.site_id

        id = self.id

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "timeseries_id": timeseries_id,
                "site_id": site_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.site_exclude_id import SiteExcludeId  # noqa: PLC0415

        d = dict(src_dict)
        timeseries_id = d.pop("timeseries_id")

        site_id = d.pop("site_id")

        id = d.pop("id", UNSET)

        _site = d.pop("site", UNSET)
        site: SiteExcludeId | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteExcludeId.from_dict(_site)

        timeseries_by_site = cls(
            timeseries_id=timeseries_id,
            site_id=site_id,
            id=id,
            site=site,
        )

        return timeseries_by_site

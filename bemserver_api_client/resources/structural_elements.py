"""Sites, buildings, storeys, spaces and zones, their properties and values."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..enums import DegreeDaysPeriod, DegreeDaysType
from ._base import CRD, CRUD, Call, ModeT, list_operation, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class Sites(
    CRUD[ModeT, "m.Site", "m.Site", "m.SitePut"], tag="site", collection="sites"
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListSitesQuery]
    ) -> Call[list[m.Site]]:
        return self._list_call(etag, query)

    @operation("site.download_site_weather_data")
    def download_weather_data(
        self,
        id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
    ) -> Call[None]:
        """Have the server fetch weather data of the site for this period."""
        return Call(
            id,
            start_time=start_time,
            end_time=end_time,
        )

    @operation("site.get_site_degree_days")
    def get_degree_days(
        self,
        id: int,
        start_date: dt.date | str,
        end_date: dt.date | str,
        *,
        period: DegreeDaysPeriod | str = DegreeDaysPeriod.day,
        type: DegreeDaysType | str = DegreeDaysType.heating,
        base: float = 18,
        unit: str = "°C",
    ) -> Call[m.DegreeDaysResult]:
        """Heating or cooling degree days of the site, by day, month or year."""
        return Call(
            id,
            start_date=start_date,
            end_date=end_date,
            period=period,
            type_=type,
            base=base,
            unit=unit,
        )


class Buildings(
    CRUD[ModeT, "m.Building", "m.Building", "m.BuildingPut"],
    tag="building",
    collection="buildings",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListBuildingsQuery]
    ) -> Call[list[m.Building]]:
        return self._list_call(etag, query)


class Storeys(
    CRUD[ModeT, "m.Storey", "m.Storey", "m.StoreyPut"],
    tag="storey",
    collection="storeys",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListStoreysQuery]
    ) -> Call[list[m.Storey]]:
        return self._list_call(etag, query)


class Spaces(
    CRUD[ModeT, "m.Space", "m.Space", "m.SpacePut"], tag="space", collection="spaces"
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListSpacesQuery]
    ) -> Call[list[m.Space]]:
        return self._list_call(etag, query)


class Zones(
    CRUD[ModeT, "m.Zone", "m.Zone", "m.ZonePut"], tag="zone", collection="zones"
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListZonesQuery]
    ) -> Call[list[m.Zone]]:
        return self._list_call(etag, query)


class StructuralElementProperties(
    CRUD[
        ModeT,
        "m.StructuralElementProperty",
        "m.StructuralElementProperty",
        "m.StructuralElementPropertyPut",
    ],
    tag="structural_element_property",
    collection="structural_element_properties",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStructuralElementPropertiesQuery],
    ) -> Call[list[m.StructuralElementProperty]]:
        return self._list_call(etag, query)


class SiteProperties(
    CRD[ModeT, "m.SiteProperty", "m.SiteProperty"],
    tag="site_property",
    collection="site_properties",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListSitePropertiesQuery]
    ) -> Call[list[m.SiteProperty]]:
        return self._list_call(etag, query)


class BuildingProperties(
    CRD[ModeT, "m.BuildingProperty", "m.BuildingProperty"],
    tag="building_property",
    collection="building_properties",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListBuildingPropertiesQuery],
    ) -> Call[list[m.BuildingProperty]]:
        return self._list_call(etag, query)


class StoreyProperties(
    CRD[ModeT, "m.StoreyProperty", "m.StoreyProperty"],
    tag="storey_property",
    collection="storey_properties",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStoreyPropertiesQuery],
    ) -> Call[list[m.StoreyProperty]]:
        return self._list_call(etag, query)


class SpaceProperties(
    CRD[ModeT, "m.SpaceProperty", "m.SpaceProperty"],
    tag="space_property",
    collection="space_properties",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListSpacePropertiesQuery]
    ) -> Call[list[m.SpaceProperty]]:
        return self._list_call(etag, query)


class ZoneProperties(
    CRD[ModeT, "m.ZoneProperty", "m.ZoneProperty"],
    tag="zone_property",
    collection="zone_properties",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListZonePropertiesQuery]
    ) -> Call[list[m.ZoneProperty]]:
        return self._list_call(etag, query)


class SitePropertyData(
    CRUD[ModeT, "m.SitePropertyData", "m.SitePropertyData", "m.SitePropertyData"],
    tag="site_property_data",
    collection="site_property_data",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListSitePropertyDataQuery],
    ) -> Call[list[m.SitePropertyData]]:
        return self._list_call(etag, query)


class BuildingPropertyData(
    CRUD[
        ModeT,
        "m.BuildingPropertyData",
        "m.BuildingPropertyData",
        "m.BuildingPropertyData",
    ],
    tag="building_property_data",
    collection="building_property_data",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListBuildingPropertyDataQuery],
    ) -> Call[list[m.BuildingPropertyData]]:
        return self._list_call(etag, query)


class StoreyPropertyData(
    CRUD[ModeT, "m.StoreyPropertyData", "m.StoreyPropertyData", "m.StoreyPropertyData"],
    tag="storey_property_data",
    collection="storey_property_data",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStoreyPropertyDataQuery],
    ) -> Call[list[m.StoreyPropertyData]]:
        return self._list_call(etag, query)


class SpacePropertyData(
    CRUD[ModeT, "m.SpacePropertyData", "m.SpacePropertyData", "m.SpacePropertyData"],
    tag="space_property_data",
    collection="space_property_data",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListSpacePropertyDataQuery],
    ) -> Call[list[m.SpacePropertyData]]:
        return self._list_call(etag, query)


class ZonePropertyData(
    CRUD[ModeT, "m.ZonePropertyData", "m.ZonePropertyData", "m.ZonePropertyData"],
    tag="zone_property_data",
    collection="zone_property_data",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListZonePropertyDataQuery],
    ) -> Call[list[m.ZonePropertyData]]:
        return self._list_call(etag, query)

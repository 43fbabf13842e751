"""Sites, buildings, storeys, spaces and zones, their properties and values."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..enums import DegreeDaysPeriod, DegreeDaysType
from ._base import CRD, CRUD, Call, ModeT, operation

if TYPE_CHECKING:
    from .._generated import models as m


class Sites(
    CRUD[ModeT, "m.Site", "m.Site", "m.SitePut"], tag="site", collection="sites"
):
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
    pass


class Storeys(
    CRUD[ModeT, "m.Storey", "m.Storey", "m.StoreyPut"],
    tag="storey",
    collection="storeys",
):
    pass


class Spaces(
    CRUD[ModeT, "m.Space", "m.Space", "m.SpacePut"], tag="space", collection="spaces"
):
    pass


class Zones(
    CRUD[ModeT, "m.Zone", "m.Zone", "m.ZonePut"], tag="zone", collection="zones"
):
    pass


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
    pass


class SiteProperties(
    CRD[ModeT, "m.SiteProperty", "m.SiteProperty"],
    tag="site_property",
    collection="site_properties",
):
    pass


class BuildingProperties(
    CRD[ModeT, "m.BuildingProperty", "m.BuildingProperty"],
    tag="building_property",
    collection="building_properties",
):
    pass


class StoreyProperties(
    CRD[ModeT, "m.StoreyProperty", "m.StoreyProperty"],
    tag="storey_property",
    collection="storey_properties",
):
    pass


class SpaceProperties(
    CRD[ModeT, "m.SpaceProperty", "m.SpaceProperty"],
    tag="space_property",
    collection="space_properties",
):
    pass


class ZoneProperties(
    CRD[ModeT, "m.ZoneProperty", "m.ZoneProperty"],
    tag="zone_property",
    collection="zone_properties",
):
    pass


class SitePropertyData(
    CRUD[ModeT, "m.SitePropertyData", "m.SitePropertyData", "m.SitePropertyData"],
    tag="site_property_data",
    collection="site_property_data",
):
    pass


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
    pass


class StoreyPropertyData(
    CRUD[ModeT, "m.StoreyPropertyData", "m.StoreyPropertyData", "m.StoreyPropertyData"],
    tag="storey_property_data",
    collection="storey_property_data",
):
    pass


class SpacePropertyData(
    CRUD[ModeT, "m.SpacePropertyData", "m.SpacePropertyData", "m.SpacePropertyData"],
    tag="space_property_data",
    collection="space_property_data",
):
    pass


class ZonePropertyData(
    CRUD[ModeT, "m.ZonePropertyData", "m.ZonePropertyData", "m.ZonePropertyData"],
    tag="zone_property_data",
    collection="zone_property_data",
):
    pass

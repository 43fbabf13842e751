"""Sites, buildings, storeys, spaces and zones, their properties and values."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._generated import operations
from ..enums import DegreeDaysPeriod, DegreeDaysType
from ._base import CRD, CRUD, Call, ModeT, list_operation, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class Sites(CRUD[ModeT, "m.Site", "m.Site", "m.SitePut"]):
    _list = operations.list_sites
    _get = operations.get_site
    _create = operations.create_site
    _update = operations.update_site
    _delete = operations.delete_site

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListSitesQuery]
    ) -> Call[list[m.Site]]:
        return self._list_call(etag, query)

    @operation(operations.download_site_weather_data)
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

    @operation(operations.get_site_degree_days)
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


class Buildings(CRUD[ModeT, "m.Building", "m.Building", "m.BuildingPut"]):
    _list = operations.list_buildings
    _get = operations.get_building
    _create = operations.create_building
    _update = operations.update_building
    _delete = operations.delete_building

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListBuildingsQuery]
    ) -> Call[list[m.Building]]:
        return self._list_call(etag, query)


class Storeys(CRUD[ModeT, "m.Storey", "m.Storey", "m.StoreyPut"]):
    _list = operations.list_storeys
    _get = operations.get_storey
    _create = operations.create_storey
    _update = operations.update_storey
    _delete = operations.delete_storey

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListStoreysQuery]
    ) -> Call[list[m.Storey]]:
        return self._list_call(etag, query)


class Spaces(CRUD[ModeT, "m.Space", "m.Space", "m.SpacePut"]):
    _list = operations.list_spaces
    _get = operations.get_space
    _create = operations.create_space
    _update = operations.update_space
    _delete = operations.delete_space

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListSpacesQuery]
    ) -> Call[list[m.Space]]:
        return self._list_call(etag, query)


class Zones(CRUD[ModeT, "m.Zone", "m.Zone", "m.ZonePut"]):
    _list = operations.list_zones
    _get = operations.get_zone
    _create = operations.create_zone
    _update = operations.update_zone
    _delete = operations.delete_zone

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
    ]
):
    _list = operations.list_structural_element_properties
    _get = operations.get_structural_element_property
    _create = operations.create_structural_element_property
    _update = operations.update_structural_element_property
    _delete = operations.delete_structural_element_property

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStructuralElementPropertiesQuery],
    ) -> Call[list[m.StructuralElementProperty]]:
        return self._list_call(etag, query)


class SiteProperties(CRD[ModeT, "m.SiteProperty", "m.SiteProperty"]):
    _list = operations.list_site_properties
    _get = operations.get_site_property
    _create = operations.create_site_property
    _delete = operations.delete_site_property

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListSitePropertiesQuery]
    ) -> Call[list[m.SiteProperty]]:
        return self._list_call(etag, query)


class BuildingProperties(CRD[ModeT, "m.BuildingProperty", "m.BuildingProperty"]):
    _list = operations.list_building_properties
    _get = operations.get_building_property
    _create = operations.create_building_property
    _delete = operations.delete_building_property

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListBuildingPropertiesQuery],
    ) -> Call[list[m.BuildingProperty]]:
        return self._list_call(etag, query)


class StoreyProperties(CRD[ModeT, "m.StoreyProperty", "m.StoreyProperty"]):
    _list = operations.list_storey_properties
    _get = operations.get_storey_property
    _create = operations.create_storey_property
    _delete = operations.delete_storey_property

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListStoreyPropertiesQuery],
    ) -> Call[list[m.StoreyProperty]]:
        return self._list_call(etag, query)


class SpaceProperties(CRD[ModeT, "m.SpaceProperty", "m.SpaceProperty"]):
    _list = operations.list_space_properties
    _get = operations.get_space_property
    _create = operations.create_space_property
    _delete = operations.delete_space_property

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListSpacePropertiesQuery]
    ) -> Call[list[m.SpaceProperty]]:
        return self._list_call(etag, query)


class ZoneProperties(CRD[ModeT, "m.ZoneProperty", "m.ZoneProperty"]):
    _list = operations.list_zone_properties
    _get = operations.get_zone_property
    _create = operations.create_zone_property
    _delete = operations.delete_zone_property

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListZonePropertiesQuery]
    ) -> Call[list[m.ZoneProperty]]:
        return self._list_call(etag, query)


class SitePropertyData(
    CRUD[ModeT, "m.SitePropertyData", "m.SitePropertyData", "m.SitePropertyData"]
):
    _list = operations.list_site_property_data
    _get = operations.get_site_property_data
    _create = operations.create_site_property_data
    _update = operations.update_site_property_data
    _delete = operations.delete_site_property_data

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
    ]
):
    _list = operations.list_building_property_data
    _get = operations.get_building_property_data
    _create = operations.create_building_property_data
    _update = operations.update_building_property_data
    _delete = operations.delete_building_property_data

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
    CRUD[ModeT, "m.StoreyPropertyData", "m.StoreyPropertyData", "m.StoreyPropertyData"]
):
    _list = operations.list_storey_property_data
    _get = operations.get_storey_property_data
    _create = operations.create_storey_property_data
    _update = operations.update_storey_property_data
    _delete = operations.delete_storey_property_data

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
    CRUD[ModeT, "m.SpacePropertyData", "m.SpacePropertyData", "m.SpacePropertyData"]
):
    _list = operations.list_space_property_data
    _get = operations.get_space_property_data
    _create = operations.create_space_property_data
    _update = operations.update_space_property_data
    _delete = operations.delete_space_property_data

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
    CRUD[ModeT, "m.ZonePropertyData", "m.ZonePropertyData", "m.ZonePropertyData"]
):
    _list = operations.list_zone_property_data
    _get = operations.get_zone_property_data
    _create = operations.create_zone_property_data
    _update = operations.update_zone_property_data
    _delete = operations.delete_zone_property_data

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListZonePropertyDataQuery],
    ) -> Call[list[m.ZonePropertyData]]:
        return self._list_call(etag, query)


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
SiteResources = Sites
BuildingResources = Buildings
StoreyResources = Storeys
SpaceResources = Spaces
ZoneResources = Zones
StructuralElementPropertyResources = StructuralElementProperties
SitePropertyResources = SiteProperties
BuildingPropertyResources = BuildingProperties
StoreyPropertyResources = StoreyProperties
SpacePropertyResources = SpaceProperties
ZonePropertyResources = ZoneProperties
SitePropertyDataResources = SitePropertyData
BuildingPropertyDataResources = BuildingPropertyData
StoreyPropertyDataResources = StoreyPropertyData
SpacePropertyDataResources = SpacePropertyData
ZonePropertyDataResources = ZonePropertyData

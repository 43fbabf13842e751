"""Sites, buildings, storeys, spaces and zones, their properties and values.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`: this module is where users import them from.
"""

from .._generated.resources import (
    AsyncBuildingProperties,
    AsyncBuildingPropertyData,
    AsyncBuildings,
    AsyncSiteProperties,
    AsyncSitePropertyData,
    AsyncSites,
    AsyncSpaceProperties,
    AsyncSpacePropertyData,
    AsyncSpaces,
    AsyncStoreyProperties,
    AsyncStoreyPropertyData,
    AsyncStoreys,
    AsyncStructuralElementProperties,
    AsyncZoneProperties,
    AsyncZonePropertyData,
    AsyncZones,
    BuildingProperties,
    BuildingPropertyData,
    Buildings,
    SiteProperties,
    SitePropertyData,
    Sites,
    SpaceProperties,
    SpacePropertyData,
    Spaces,
    StoreyProperties,
    StoreyPropertyData,
    Storeys,
    StructuralElementProperties,
    ZoneProperties,
    ZonePropertyData,
    Zones,
)

__all__ = [
    "AsyncBuildingProperties",
    "AsyncBuildingPropertyData",
    "AsyncBuildings",
    "AsyncSiteProperties",
    "AsyncSitePropertyData",
    "AsyncSites",
    "AsyncSpaceProperties",
    "AsyncSpacePropertyData",
    "AsyncSpaces",
    "AsyncStoreyProperties",
    "AsyncStoreyPropertyData",
    "AsyncStoreys",
    "AsyncStructuralElementProperties",
    "AsyncZoneProperties",
    "AsyncZonePropertyData",
    "AsyncZones",
    "BuildingProperties",
    "BuildingPropertyData",
    "Buildings",
    "SiteProperties",
    "SitePropertyData",
    "Sites",
    "SpaceProperties",
    "SpacePropertyData",
    "Spaces",
    "StoreyProperties",
    "StoreyPropertyData",
    "Storeys",
    "StructuralElementProperties",
    "ZoneProperties",
    "ZonePropertyData",
    "Zones",
]


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

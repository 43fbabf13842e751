"""Sites, buildings, storeys, spaces and zones, their properties and values.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.building_properties import (
    AsyncBuildingProperties,
    BuildingProperties,
)
from .._generated.resources.building_property_data import (
    AsyncBuildingPropertyData,
    BuildingPropertyData,
)
from .._generated.resources.buildings import AsyncBuildings, Buildings
from .._generated.resources.site_properties import AsyncSiteProperties, SiteProperties
from .._generated.resources.site_property_data import (
    AsyncSitePropertyData,
    SitePropertyData,
)
from .._generated.resources.sites import AsyncSites, Sites
from .._generated.resources.space_properties import (
    AsyncSpaceProperties,
    SpaceProperties,
)
from .._generated.resources.space_property_data import (
    AsyncSpacePropertyData,
    SpacePropertyData,
)
from .._generated.resources.spaces import AsyncSpaces, Spaces
from .._generated.resources.storey_properties import (
    AsyncStoreyProperties,
    StoreyProperties,
)
from .._generated.resources.storey_property_data import (
    AsyncStoreyPropertyData,
    StoreyPropertyData,
)
from .._generated.resources.storeys import AsyncStoreys, Storeys
from .._generated.resources.structural_element_properties import (
    AsyncStructuralElementProperties,
    StructuralElementProperties,
)
from .._generated.resources.zone_properties import AsyncZoneProperties, ZoneProperties
from .._generated.resources.zone_property_data import (
    AsyncZonePropertyData,
    ZonePropertyData,
)
from .._generated.resources.zones import AsyncZones, Zones

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

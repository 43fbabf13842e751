"""Events, their categories, their links to structural elements; notifications.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.event_by_buildings import (
    AsyncEventByBuildings,
    EventByBuildings,
)
from .._generated.resources.event_by_sites import AsyncEventBySites, EventBySites
from .._generated.resources.event_by_spaces import AsyncEventBySpaces, EventBySpaces
from .._generated.resources.event_by_storeys import AsyncEventByStoreys, EventByStoreys
from .._generated.resources.event_by_zones import AsyncEventByZones, EventByZones
from .._generated.resources.event_categories import (
    AsyncEventCategories,
    EventCategories,
)
from .._generated.resources.event_categories_by_users import (
    AsyncEventCategoriesByUsers,
    EventCategoriesByUsers,
)
from .._generated.resources.events import AsyncEvents, Events
from .._generated.resources.notifications import AsyncNotifications, Notifications

__all__ = [
    "AsyncEventByBuildings",
    "AsyncEventBySites",
    "AsyncEventBySpaces",
    "AsyncEventByStoreys",
    "AsyncEventByZones",
    "AsyncEventCategories",
    "AsyncEventCategoriesByUsers",
    "AsyncEvents",
    "AsyncNotifications",
    "EventByBuildings",
    "EventBySites",
    "EventBySpaces",
    "EventByStoreys",
    "EventByZones",
    "EventCategories",
    "EventCategoriesByUsers",
    "Events",
    "Notifications",
]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
EventResources = Events
EventCategoryResources = EventCategories
EventCategoryByUserResources = EventCategoriesByUsers
EventBySiteResources = EventBySites
EventByBuildingResources = EventByBuildings
EventByStoreyResources = EventByStoreys
EventBySpaceResources = EventBySpaces
EventByZoneResources = EventByZones

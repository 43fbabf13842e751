"""Events, their categories, their links to structural elements; notifications.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`: this module is where users import them from.
"""

from .._generated.resources import (
    AsyncEventByBuildings,
    AsyncEventBySites,
    AsyncEventBySpaces,
    AsyncEventByStoreys,
    AsyncEventByZones,
    AsyncEventCategories,
    AsyncEventCategoriesByUsers,
    AsyncEvents,
    AsyncNotifications,
    EventByBuildings,
    EventBySites,
    EventBySpaces,
    EventByStoreys,
    EventByZones,
    EventCategories,
    EventCategoriesByUsers,
    Events,
    Notifications,
)

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

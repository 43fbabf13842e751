"""Events, their categories, their links to structural elements; notifications."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._generated import operations
from ._base import (
    CRD,
    CRUD,
    MAX_PAGE_SIZE,
    Call,
    GetAllUnfiltered,
    ModeT,
    Paginated,
    list_operation,
    operation,
    pages_operation,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class EventCategories(
    GetAllUnfiltered[ModeT, "m.EventCategory"],
    CRUD[ModeT, "m.EventCategory", "m.EventCategory", "m.EventCategory"],
):
    _list = operations.list_event_categories
    _get = operations.get_event_category
    _create = operations.create_event_category
    _update = operations.update_event_category
    _delete = operations.delete_event_category


class EventCategoriesByUsers(
    CRUD[
        ModeT,
        "m.EventCategoryByUser",
        "m.EventCategoryByUser",
        "m.EventCategoryByUserPut",
    ]
):
    _list = operations.list_event_categories_by_users
    _get = operations.get_event_category_by_user
    _create = operations.create_event_category_by_user
    _update = operations.update_event_category_by_user
    _delete = operations.delete_event_category_by_user

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListEventCategoriesByUsersQuery],
    ) -> Call[list[m.EventCategoryByUser]]:
        return self._list_call(etag, query)


class Events(
    CRUD[ModeT, "m.Event", "m.Event", "m.EventPut"], Paginated[ModeT, "m.Event"]
):
    _list = operations.list_events
    _get = operations.get_event
    _create = operations.create_event
    _update = operations.update_event
    _delete = operations.delete_event

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListEventsQuery]
    ) -> Call[list[m.Event]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListEventsPagesQuery],
    ) -> Call[list[m.Event]]:
        return self._pages_call(page_size, query)


class EventBySites(
    CRD[ModeT, "m.EventBySite", "m.EventBySite"], Paginated[ModeT, "m.EventBySite"]
):
    _list = operations.list_events_by_sites
    _get = operations.get_event_by_site
    _create = operations.create_event_by_site
    _delete = operations.delete_event_by_site

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListEventsBySitesQuery]
    ) -> Call[list[m.EventBySite]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListEventsBySitesPagesQuery],
    ) -> Call[list[m.EventBySite]]:
        return self._pages_call(page_size, query)


class EventByBuildings(
    CRD[ModeT, "m.EventByBuilding", "m.EventByBuilding"],
    Paginated[ModeT, "m.EventByBuilding"],
):
    _list = operations.list_events_by_buildings
    _get = operations.get_event_by_building
    _create = operations.create_event_by_building
    _delete = operations.delete_event_by_building

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListEventsByBuildingsQuery],
    ) -> Call[list[m.EventByBuilding]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListEventsByBuildingsPagesQuery],
    ) -> Call[list[m.EventByBuilding]]:
        return self._pages_call(page_size, query)


class EventByStoreys(
    CRD[ModeT, "m.EventByStorey", "m.EventByStorey"],
    Paginated[ModeT, "m.EventByStorey"],
):
    _list = operations.list_events_by_storeys
    _get = operations.get_event_by_storey
    _create = operations.create_event_by_storey
    _delete = operations.delete_event_by_storey

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListEventsByStoreysQuery]
    ) -> Call[list[m.EventByStorey]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListEventsByStoreysPagesQuery],
    ) -> Call[list[m.EventByStorey]]:
        return self._pages_call(page_size, query)


class EventBySpaces(
    CRD[ModeT, "m.EventBySpace", "m.EventBySpace"], Paginated[ModeT, "m.EventBySpace"]
):
    _list = operations.list_events_by_spaces
    _get = operations.get_event_by_space
    _create = operations.create_event_by_space
    _delete = operations.delete_event_by_space

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListEventsBySpacesQuery]
    ) -> Call[list[m.EventBySpace]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListEventsBySpacesPagesQuery],
    ) -> Call[list[m.EventBySpace]]:
        return self._pages_call(page_size, query)


class EventByZones(
    CRD[ModeT, "m.EventByZone", "m.EventByZone"], Paginated[ModeT, "m.EventByZone"]
):
    _list = operations.list_events_by_zones
    _get = operations.get_event_by_zone
    _create = operations.create_event_by_zone
    _delete = operations.delete_event_by_zone

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListEventsByZonesQuery]
    ) -> Call[list[m.EventByZone]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListEventsByZonesPagesQuery],
    ) -> Call[list[m.EventByZone]]:
        return self._pages_call(page_size, query)


class Notifications(
    CRUD[ModeT, "m.Notification", "m.Notification", "m.NotificationPut"],
    Paginated[ModeT, "m.Notification"],
):
    _list = operations.list_notifications
    _get = operations.get_notification
    _create = operations.create_notification
    _update = operations.update_notification
    _delete = operations.delete_notification

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListNotificationsQuery]
    ) -> Call[list[m.Notification]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListNotificationsPagesQuery],
    ) -> Call[list[m.Notification]]:
        return self._pages_call(page_size, query)

    @operation(operations.count_notifications_by_campaign)
    def count_by_campaign(
        self,
        /,
        *,
        etag: str | None = None,
        **kwargs: Unpack[f.CountNotificationsByCampaignQuery],
    ) -> Call[m.NotificationCountByCampaign]:
        """Notifications of a user (`user_id=`) counted by campaign."""
        return Call(
            if_none_match=etag,
            query=kwargs,
        )

    @operation(operations.mark_all_notifications_as_read)
    def mark_all_as_read(
        self, /, **kwargs: Unpack[f.MarkAllNotificationsAsReadQuery]
    ) -> Call[None]:
        """Mark the notifications of a user (`user_id=`) as read."""
        return Call(query=kwargs)


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

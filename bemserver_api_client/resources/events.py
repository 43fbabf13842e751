"""Events, their categories, their links to structural elements; notifications."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._base import CRD, CRUD, Call, ModeT, Paginated, operation

if TYPE_CHECKING:
    from .._generated import models as m


class EventCategories(
    CRUD[ModeT, "m.EventCategory", "m.EventCategory", "m.EventCategory"],
    tag="event_category",
    collection="event_categories",
):
    pass


class EventCategoriesByUsers(
    CRUD[
        ModeT,
        "m.EventCategoryByUser",
        "m.EventCategoryByUser",
        "m.EventCategoryByUserPut",
    ],
    tag="event_category_by_user",
    collection="event_categories_by_users",
):
    pass


class Events(
    CRUD[ModeT, "m.Event", "m.Event", "m.EventPut"],
    Paginated[ModeT, "m.Event"],
    tag="event",
    collection="events",
):
    pass


class EventBySites(
    CRD[ModeT, "m.EventBySite", "m.EventBySite"],
    Paginated[ModeT, "m.EventBySite"],
    tag="event_by_site",
    collection="events_by_sites",
):
    pass


class EventByBuildings(
    CRD[ModeT, "m.EventByBuilding", "m.EventByBuilding"],
    Paginated[ModeT, "m.EventByBuilding"],
    tag="event_by_building",
    collection="events_by_buildings",
):
    pass


class EventByStoreys(
    CRD[ModeT, "m.EventByStorey", "m.EventByStorey"],
    Paginated[ModeT, "m.EventByStorey"],
    tag="event_by_storey",
    collection="events_by_storeys",
):
    pass


class EventBySpaces(
    CRD[ModeT, "m.EventBySpace", "m.EventBySpace"],
    Paginated[ModeT, "m.EventBySpace"],
    tag="event_by_space",
    collection="events_by_spaces",
):
    pass


class EventByZones(
    CRD[ModeT, "m.EventByZone", "m.EventByZone"],
    Paginated[ModeT, "m.EventByZone"],
    tag="event_by_zone",
    collection="events_by_zones",
):
    pass


class Notifications(
    CRUD[ModeT, "m.Notification", "m.Notification", "m.NotificationPut"],
    Paginated[ModeT, "m.Notification"],
    tag="notification",
    collection="notifications",
):
    @operation("notification.count_notifications_by_campaign")
    def count_by_campaign(
        self, /, *, etag: str | None = None, **kwargs: Any
    ) -> Call[m.NotificationCountByCampaign]:
        """Notifications of a user (`user_id=`) counted by campaign."""
        return Call(
            if_none_match=etag,
            query=kwargs,
        )

    @operation("notification.mark_all_notifications_as_read")
    def mark_all_as_read(self, /, **kwargs: Any) -> Call[None]:
        """Mark the notifications of a user (`user_id=`) as read."""
        return Call(query=kwargs)

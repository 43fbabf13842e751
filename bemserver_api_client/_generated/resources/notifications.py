"""`/notifications/`: the resource classes of `api_client.notifications` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Notifications`) and an
`async def` of the asyncio client's (`AsyncNotifications`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _prepare as _p
from ..._convert import checked_payload
from ..._transport import iterate, iterate_async, send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator, Iterator, Mapping

    from typing_extensions import Never

    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef

# The values each enumeration of the API accepts, in the API document's order.
_LIST_NOTIFICATIONS_SORT_ITEM = (
    "timestamp",
    "+timestamp",
    "-timestamp",
)


class Notifications(Resource):
    """`/notifications/` (`api_client.notifications`)."""

    path = "/notifications/"
    entry_point_name = "notifications"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_notifications,),
        "iter_all": (_op.list_notifications,),
        "getone": (_op.get_notification,),
        "create": (_op.create_notification,),
        "update": (_op.update_notification,),
        "delete": (_op.delete_notification,),
        "count_by_campaign": (_op.count_notifications_by_campaign,),
        "mark_all_as_read": (_op.mark_all_notifications_as_read,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.ListNotificationsSortItem
        | list[m.ListNotificationsSortItem]
        | tuple[m.ListNotificationsSortItem, ...]
        | set[m.ListNotificationsSortItem]
        | None = None,
        user_id: int | None = None,
        event_id: int | None = None,
        campaign_id: int | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        read: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Notification]]:
        """List notifications.

        `GET /notifications/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `ListNotificationsSortItem | list[ListNotificationsSortItem] | tuple[ListNotificationsSortItem, ...] | set[ListNotificationsSortItem]`
            user_id: filter, `int`
            event_id: filter, `int`
            campaign_id: filter, `int`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            read: filter, `bool`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Notification]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_NOTIFICATIONS_SORT_ITEM, "sort")
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if read is not None:
            kwargs["read"] = read
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        if page_size is not None:
            kwargs["page_size"] = (
                page_size
                if type(page_size) is int
                else _p.integer(page_size, "page_size")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.getall",
                filters,
                (
                    "sort",
                    "user_id",
                    "event_id",
                    "campaign_id",
                    "timestamp_min",
                    "timestamp_max",
                    "read",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_notifications,
            "notifications.getall",
            (),
            kwargs,
            query,
        )

    def iter_all(
        self,
        *,
        page_size: int = 100,
        sort: m.ListNotificationsSortItem
        | list[m.ListNotificationsSortItem]
        | tuple[m.ListNotificationsSortItem, ...]
        | set[m.ListNotificationsSortItem]
        | None = None,
        user_id: int | None = None,
        event_id: int | None = None,
        campaign_id: int | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        read: bool | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> Iterator[m.Notification]:
        """List notifications.

        `GET /notifications/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int` (default 100)
            sort: filter, `ListNotificationsSortItem | list[ListNotificationsSortItem] | tuple[ListNotificationsSortItem, ...] | set[ListNotificationsSortItem]`
            user_id: filter, `int`
            event_id: filter, `int`
            campaign_id: filter, `int`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            read: filter, `bool`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_NOTIFICATIONS_SORT_ITEM, "sort")
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if read is not None:
            kwargs["read"] = read
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.iter_all",
                filters,
                (
                    "sort",
                    "user_id",
                    "event_id",
                    "campaign_id",
                    "timestamp_min",
                    "timestamp_max",
                    "read",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return iterate(
            self._client,
            _op.list_notifications,
            "notifications.iter_all",
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Get a notification by its by ID.

        `GET /notifications/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return send(
            self._client,
            _op.get_notification,
            "notifications.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.Notification | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Add a new notification.

        `POST /notifications/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(
            self._client,
            _op.create_notification,
            "notifications.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.NotificationPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Update an existing notification.

        `PUT /notifications/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(
            self._client,
            _op.update_notification,
            "notifications.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a notification.

        `DELETE /notifications/{item_id}`

        Delete a resource; `etag` is the one of its last getone() (the server
        refuses a delete without it where the resource has ETags).

        Args:
            id: the resource's ID
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        query = None
        return send(
            self._client,
            _op.delete_notification,
            "notifications.delete",
            (id,),
            kwargs,
            query,
        )

    def count_by_campaign(
        self,
        *,
        etag: str | None = None,
        user_id: int,
        read: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[m.NotificationCountByCampaign]:
        """Get notification count by campaign.

        `GET /notifications/count_by_campaign`

        The number of notifications of a user, by campaign.

        Args:
            etag: the ETag of the resource's last read
            user_id: filter, `int`
            read: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `NotificationCountByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is None:
            raise _p.missing(
                "notifications.count_by_campaign",
                [k for k, v in (("user_id", user_id),) if v is None],
            )
        if etag is not None:
            kwargs["if_none_match"] = etag
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if read is not None:
            kwargs["read"] = read
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.count_by_campaign",
                filters,
                (
                    "user_id",
                    "read",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.count_notifications_by_campaign,
            "notifications.count_by_campaign",
            (),
            kwargs,
            query,
        )

    def mark_all_as_read(
        self, *, user_id: int, campaign_id: int | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[None]:
        """Mark all notifications as read.

        `PUT /notifications/mark_all_as_read`

        Mark all the notifications of a user (and campaign) as read.

        Args:
            user_id: filter, `int`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is None:
            raise _p.missing(
                "notifications.mark_all_as_read",
                [k for k, v in (("user_id", user_id),) if v is None],
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.mark_all_as_read",
                filters,
                (
                    "user_id",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.mark_all_notifications_as_read,
            "notifications.mark_all_as_read",
            (),
            kwargs,
            query,
        )


class AsyncNotifications(AsyncResource):
    """`/notifications/` (`api_client.notifications`), awaitable."""

    path = "/notifications/"
    entry_point_name = "notifications"
    calls = Notifications.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        sort: m.ListNotificationsSortItem
        | list[m.ListNotificationsSortItem]
        | tuple[m.ListNotificationsSortItem, ...]
        | set[m.ListNotificationsSortItem]
        | None = None,
        user_id: int | None = None,
        event_id: int | None = None,
        campaign_id: int | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        read: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.Notification]]:
        """List notifications.

        `GET /notifications/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `ListNotificationsSortItem | list[ListNotificationsSortItem] | tuple[ListNotificationsSortItem, ...] | set[ListNotificationsSortItem]`
            user_id: filter, `int`
            event_id: filter, `int`
            campaign_id: filter, `int`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            read: filter, `bool`
            page: filter, `int`
            page_size: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Notification]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_NOTIFICATIONS_SORT_ITEM, "sort")
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if read is not None:
            kwargs["read"] = read
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        if page_size is not None:
            kwargs["page_size"] = (
                page_size
                if type(page_size) is int
                else _p.integer(page_size, "page_size")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.getall",
                filters,
                (
                    "sort",
                    "user_id",
                    "event_id",
                    "campaign_id",
                    "timestamp_min",
                    "timestamp_max",
                    "read",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_notifications,
            "notifications.getall",
            (),
            kwargs,
            query,
        )

    async def iter_all(
        self,
        *,
        page_size: int = 100,
        sort: m.ListNotificationsSortItem
        | list[m.ListNotificationsSortItem]
        | tuple[m.ListNotificationsSortItem, ...]
        | set[m.ListNotificationsSortItem]
        | None = None,
        user_id: int | None = None,
        event_id: int | None = None,
        campaign_id: int | None = None,
        timestamp_min: datetime.datetime | datetime.date | str | None = None,
        timestamp_max: datetime.datetime | datetime.date | str | None = None,
        read: bool | None = None,
        page: int | None = None,
        **filters: Never,
    ) -> AsyncIterator[m.Notification]:
        """List notifications.

        `GET /notifications/`

        Every item of the list, page after page (`page=` to start elsewhere).

        Keyword arguments filter and sort as for `getall`. `page_size` is the
        number of items each request asks for, capped at the API's maximum
        (100): it changes the number of requests, not the items.
        Pages are requested as the iteration goes: a collection that changes
        meanwhile may give items twice or miss some (the API pages by offset).

        Args:
            page_size: `int` (default 100)
            sort: filter, `ListNotificationsSortItem | list[ListNotificationsSortItem] | tuple[ListNotificationsSortItem, ...] | set[ListNotificationsSortItem]`
            user_id: filter, `int`
            event_id: filter, `int`
            campaign_id: filter, `int`
            timestamp_min: filter, `datetime.datetime | datetime.date | str`
            timestamp_max: filter, `datetime.datetime | datetime.date | str`
            read: filter, `bool`
            page: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            the items, `Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["page_size"] = page_size
        if sort is not None:
            kwargs["sort"] = _p.listed(sort, _LIST_NOTIFICATIONS_SORT_ITEM, "sort")
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if event_id is not None:
            kwargs["event_id"] = (
                event_id if type(event_id) is int else _p.integer(event_id, "event_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if timestamp_min is not None:
            kwargs["timestamp_min"] = _p.datetime_(timestamp_min, "timestamp_min")
        if timestamp_max is not None:
            kwargs["timestamp_max"] = _p.datetime_(timestamp_max, "timestamp_max")
        if read is not None:
            kwargs["read"] = read
        if page is not None:
            kwargs["page"] = page if type(page) is int else _p.integer(page, "page")
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.iter_all",
                filters,
                (
                    "sort",
                    "user_id",
                    "event_id",
                    "campaign_id",
                    "timestamp_min",
                    "timestamp_max",
                    "read",
                    "page",
                    "page_size",
                ),
            )
            if filters
            else None
        )
        async for item in iterate_async(
            self._client,
            _op.list_notifications,
            "notifications.iter_all",
            kwargs,
            query,
        ):
            yield item

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Get a notification by its by ID.

        `GET /notifications/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.get_notification,
            "notifications.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.Notification | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Add a new notification.

        `POST /notifications/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return await send_async(
            self._client,
            _op.create_notification,
            "notifications.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.NotificationPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Notification]:
        """Update an existing notification.

        `PUT /notifications/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `Notification`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return await send_async(
            self._client,
            _op.update_notification,
            "notifications.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a notification.

        `DELETE /notifications/{item_id}`

        Delete a resource; `etag` is the one of its last getone() (the server
        refuses a delete without it where the resource has ETags).

        Args:
            id: the resource's ID
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        query = None
        return await send_async(
            self._client,
            _op.delete_notification,
            "notifications.delete",
            (id,),
            kwargs,
            query,
        )

    async def count_by_campaign(
        self,
        *,
        etag: str | None = None,
        user_id: int,
        read: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[m.NotificationCountByCampaign]:
        """Get notification count by campaign.

        `GET /notifications/count_by_campaign`

        The number of notifications of a user, by campaign.

        Args:
            etag: the ETag of the resource's last read
            user_id: filter, `int`
            read: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `NotificationCountByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is None:
            raise _p.missing(
                "notifications.count_by_campaign",
                [k for k, v in (("user_id", user_id),) if v is None],
            )
        if etag is not None:
            kwargs["if_none_match"] = etag
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if read is not None:
            kwargs["read"] = read
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.count_by_campaign",
                filters,
                (
                    "user_id",
                    "read",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.count_notifications_by_campaign,
            "notifications.count_by_campaign",
            (),
            kwargs,
            query,
        )

    async def mark_all_as_read(
        self, *, user_id: int, campaign_id: int | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[None]:
        """Mark all notifications as read.

        `PUT /notifications/mark_all_as_read`

        Mark all the notifications of a user (and campaign) as read.

        Args:
            user_id: filter, `int`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_id is None:
            raise _p.missing(
                "notifications.mark_all_as_read",
                [k for k, v in (("user_id", user_id),) if v is None],
            )
        if user_id is not None:
            kwargs["user_id"] = (
                user_id if type(user_id) is int else _p.integer(user_id, "user_id")
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "notifications.mark_all_as_read",
                filters,
                (
                    "user_id",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.mark_all_notifications_as_read,
            "notifications.mark_all_as_read",
            (),
            kwargs,
            query,
        )

"""`/tasks_by_campaigns/`: the resource classes of `api_client.task_by_campaign` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`TasksByCampaigns`) and an
`async def` of the asyncio client's (`AsyncTasksByCampaigns`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _prepare as _p
from ..._convert import checked_payload
from ..._transport import send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Never

    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef


class TasksByCampaigns(Resource):
    """`/tasks_by_campaigns/` (`api_client.task_by_campaign`)."""

    path = "/tasks_by_campaigns/"
    entry_point_name = "task_by_campaign"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_tasks_by_campaigns,),
        "getone": (_op.get_task_by_campaign,),
        "create": (_op.create_task_by_campaign,),
        "update": (_op.update_task_by_campaign,),
        "delete": (_op.delete_task_by_campaign,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        task_name: str | None = None,
        is_enabled: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TaskByCampaign]]:
        """List scheduled tasks x campaign associations.

        `GET /tasks_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            task_name: filter, `str`
            is_enabled: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[TaskByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if task_name is not None:
            kwargs["task_name"] = task_name
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "task_by_campaign.getall",
                filters,
                (
                    "campaign_id",
                    "task_name",
                    "is_enabled",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_tasks_by_campaigns,
            "task_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Get scheduled tasks x campaign association by ID.

        `GET /tasks_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `TaskByCampaign`.

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
            _op.get_task_by_campaign,
            "task_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TaskByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Add a new tasks scheduled tasks x campaign association.

        `POST /tasks_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `TaskByCampaign`.

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
            _op.create_task_by_campaign,
            "task_by_campaign.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.TaskByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Update scheduled tasks x campaign association by ID.

        `PUT /tasks_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `TaskByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("task_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_task_by_campaign,
            "task_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a scheduled tasks x campaign associations.

        `DELETE /tasks_by_campaigns/{item_id}`

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
        if etag is None:
            raise _p.missing_etag("task_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_task_by_campaign,
            "task_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTasksByCampaigns(AsyncResource):
    """`/tasks_by_campaigns/` (`api_client.task_by_campaign`), awaitable."""

    path = "/tasks_by_campaigns/"
    entry_point_name = "task_by_campaign"
    calls = TasksByCampaigns.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        task_name: str | None = None,
        is_enabled: bool | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.TaskByCampaign]]:
        """List scheduled tasks x campaign associations.

        `GET /tasks_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            task_name: filter, `str`
            is_enabled: filter, `bool`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[TaskByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if task_name is not None:
            kwargs["task_name"] = task_name
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "task_by_campaign.getall",
                filters,
                (
                    "campaign_id",
                    "task_name",
                    "is_enabled",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_tasks_by_campaigns,
            "task_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Get scheduled tasks x campaign association by ID.

        `GET /tasks_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `TaskByCampaign`.

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
            _op.get_task_by_campaign,
            "task_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TaskByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Add a new tasks scheduled tasks x campaign association.

        `POST /tasks_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `TaskByCampaign`.

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
            _op.create_task_by_campaign,
            "task_by_campaign.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.TaskByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TaskByCampaign]:
        """Update scheduled tasks x campaign association by ID.

        `PUT /tasks_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `TaskByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("task_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_task_by_campaign,
            "task_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a scheduled tasks x campaign associations.

        `DELETE /tasks_by_campaigns/{item_id}`

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
        if etag is None:
            raise _p.missing_etag("task_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_task_by_campaign,
            "task_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )

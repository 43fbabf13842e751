"""`/user_groups_by_campaigns/`: the resource classes of `api_client.user_groups_by_campaigns` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`UserGroupsByCampaigns`) and an
`async def` of the asyncio client's (`AsyncUserGroupsByCampaigns`), which sends
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


class UserGroupsByCampaigns(Resource):
    """`/user_groups_by_campaigns/` (`api_client.user_groups_by_campaigns`)."""

    path = "/user_groups_by_campaigns/"
    entry_point_name = "user_groups_by_campaigns"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_user_groups_by_campaigns,),
        "getone": (_op.get_user_group_by_campaign,),
        "create": (_op.create_user_group_by_campaign,),
        "delete": (_op.delete_user_group_by_campaign,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        user_group_id: int | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroupByCampaign]]:
        """List user group x campaign associations.

        `GET /user_groups_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_group_id: filter, `int`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[UserGroupByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_group_id is not None:
            kwargs["user_group_id"] = (
                user_group_id
                if type(user_group_id) is int
                else _p.integer(user_group_id, "user_group_id")
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
                "user_groups_by_campaigns.getall",
                filters,
                (
                    "user_group_id",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_user_groups_by_campaigns,
            "user_groups_by_campaigns.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaign]:
        """Get user group x campaign association by ID.

        `GET /user_groups_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `UserGroupByCampaign`.

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
            _op.get_user_group_by_campaign,
            "user_groups_by_campaigns.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.UserGroupByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaign]:
        """Add a new user group x campaign association.

        `POST /user_groups_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `UserGroupByCampaign`.

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
            _op.create_user_group_by_campaign,
            "user_groups_by_campaigns.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group x campaign association.

        `DELETE /user_groups_by_campaigns/{item_id}`

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
            _op.delete_user_group_by_campaign,
            "user_groups_by_campaigns.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncUserGroupsByCampaigns(AsyncResource):
    """`/user_groups_by_campaigns/` (`api_client.user_groups_by_campaigns`), awaitable."""

    path = "/user_groups_by_campaigns/"
    entry_point_name = "user_groups_by_campaigns"
    calls = UserGroupsByCampaigns.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        user_group_id: int | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroupByCampaign]]:
        """List user group x campaign associations.

        `GET /user_groups_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_group_id: filter, `int`
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[UserGroupByCampaign]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if user_group_id is not None:
            kwargs["user_group_id"] = (
                user_group_id
                if type(user_group_id) is int
                else _p.integer(user_group_id, "user_group_id")
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
                "user_groups_by_campaigns.getall",
                filters,
                (
                    "user_group_id",
                    "campaign_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_user_groups_by_campaigns,
            "user_groups_by_campaigns.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaign]:
        """Get user group x campaign association by ID.

        `GET /user_groups_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `UserGroupByCampaign`.

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
            _op.get_user_group_by_campaign,
            "user_groups_by_campaigns.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.UserGroupByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaign]:
        """Add a new user group x campaign association.

        `POST /user_groups_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `UserGroupByCampaign`.

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
            _op.create_user_group_by_campaign,
            "user_groups_by_campaigns.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group x campaign association.

        `DELETE /user_groups_by_campaigns/{item_id}`

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
            _op.delete_user_group_by_campaign,
            "user_groups_by_campaigns.delete",
            (id,),
            kwargs,
            query,
        )

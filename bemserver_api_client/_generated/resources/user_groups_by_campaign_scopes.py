"""`/user_groups_by_campaign_scopes/`: the resource classes of `api_client.user_groups_by_campaign_scopes` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`UserGroupsByCampaignScopes`) and an
`async def` of the asyncio client's (`AsyncUserGroupsByCampaignScopes`), which sends
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


class UserGroupsByCampaignScopes(Resource):
    """`/user_groups_by_campaign_scopes/` (`api_client.user_groups_by_campaign_scopes`)."""

    path = "/user_groups_by_campaign_scopes/"
    entry_point_name = "user_groups_by_campaign_scopes"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_user_groups_by_campaign_scopes,),
        "getone": (_op.get_user_group_by_campaign_scope,),
        "create": (_op.create_user_group_by_campaign_scope,),
        "delete": (_op.delete_user_group_by_campaign_scope,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        user_group_id: int | None = None,
        campaign_scope_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroupByCampaignScope]]:
        """List user group x campaign scope associations.

        `GET /user_groups_by_campaign_scopes/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_group_id: filter, `int`
            campaign_scope_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[UserGroupByCampaignScope]`.

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
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_groups_by_campaign_scopes.getall",
                filters,
                (
                    "user_group_id",
                    "campaign_scope_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_user_groups_by_campaign_scopes,
            "user_groups_by_campaign_scopes.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaignScope]:
        """Get user group x campaign scope association by ID.

        `GET /user_groups_by_campaign_scopes/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `UserGroupByCampaignScope`.

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
            _op.get_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.UserGroupByCampaignScope | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaignScope]:
        """Add a new user group x campaign scope association.

        `POST /user_groups_by_campaign_scopes/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `UserGroupByCampaignScope`.

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
            _op.create_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.create",
            (),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group x campaign scope association.

        `DELETE /user_groups_by_campaign_scopes/{item_id}`

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
            _op.delete_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncUserGroupsByCampaignScopes(AsyncResource):
    """`/user_groups_by_campaign_scopes/` (`api_client.user_groups_by_campaign_scopes`), awaitable."""

    path = "/user_groups_by_campaign_scopes/"
    entry_point_name = "user_groups_by_campaign_scopes"
    calls = UserGroupsByCampaignScopes.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        user_group_id: int | None = None,
        campaign_scope_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.UserGroupByCampaignScope]]:
        """List user group x campaign scope associations.

        `GET /user_groups_by_campaign_scopes/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            user_group_id: filter, `int`
            campaign_scope_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[UserGroupByCampaignScope]`.

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
        if campaign_scope_id is not None:
            kwargs["campaign_scope_id"] = (
                campaign_scope_id
                if type(campaign_scope_id) is int
                else _p.integer(campaign_scope_id, "campaign_scope_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "user_groups_by_campaign_scopes.getall",
                filters,
                (
                    "user_group_id",
                    "campaign_scope_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_user_groups_by_campaign_scopes,
            "user_groups_by_campaign_scopes.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaignScope]:
        """Get user group x campaign scope association by ID.

        `GET /user_groups_by_campaign_scopes/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `UserGroupByCampaignScope`.

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
            _op.get_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.UserGroupByCampaignScope | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.UserGroupByCampaignScope]:
        """Add a new user group x campaign scope association.

        `POST /user_groups_by_campaign_scopes/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `UserGroupByCampaignScope`.

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
            _op.create_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.create",
            (),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a user group x campaign scope association.

        `DELETE /user_groups_by_campaign_scopes/{item_id}`

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
            _op.delete_user_group_by_campaign_scope,
            "user_groups_by_campaign_scopes.delete",
            (id,),
            kwargs,
            query,
        )

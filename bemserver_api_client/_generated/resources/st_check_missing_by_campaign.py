"""`/st_check_missings_by_campaigns/`: the resource classes of `api_client.st_check_missing_by_campaign` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`StCheckMissingByCampaign`) and an
`async def` of the asyncio client's (`AsyncStCheckMissingByCampaign`), which sends
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

# The values each enumeration of the API accepts, in the API document's order.
_SORT_BY_CAMPAIGN_NAME = (
    "campaign_name",
    "+campaign_name",
    "-campaign_name",
)


class StCheckMissingByCampaign(Resource):
    """`/st_check_missings_by_campaigns/` (`api_client.st_check_missing_by_campaign`)."""

    path = "/st_check_missings_by_campaigns/"
    entry_point_name = "st_check_missing_by_campaign"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_st_check_missings_by_campaigns,),
        "get_full": (_op.list_st_check_missings_by_campaigns_full,),
        "getone": (_op.get_st_check_missing_by_campaign,),
        "create": (_op.create_st_check_missing_by_campaign,),
        "update": (_op.update_st_check_missing_by_campaign,),
        "delete": (_op.delete_st_check_missing_by_campaign,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckMissingByCampaign]]:
        """List check missings scheduled tasks x campaign associations.

        `GET /st_check_missings_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[STCheckMissingByCampaign]`.

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
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_missing_by_campaign.getall",
                filters,
                ("campaign_id",),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_check_missings_by_campaigns,
            "st_check_missing_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignName
        | list[m.SortByCampaignName]
        | tuple[m.SortByCampaignName, ...]
        | set[m.SortByCampaignName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        in_campaign_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckMissingByCampaignFull]]:
        """List check missings service state for all campaigns.

        `GET /st_check_missings_by_campaigns/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `SortByCampaignName | list[SortByCampaignName] | tuple[SortByCampaignName, ...] | set[SortByCampaignName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            in_campaign_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[STCheckMissingByCampaignFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if in_campaign_name is not None:
            kwargs["in_campaign_name"] = in_campaign_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_missing_by_campaign.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "in_campaign_name",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_st_check_missings_by_campaigns_full,
            "st_check_missing_by_campaign.get_full",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Get check missings scheduled tasks x campaign association by ID.

        `GET /st_check_missings_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `STCheckMissingByCampaign`.

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
            _op.get_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.STCheckMissingByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Add a new check missings scheduled tasks x campaign association.

        `POST /st_check_missings_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `STCheckMissingByCampaign`.

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
            _op.create_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.STCheckMissingByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Update check missings scheduled tasks x campaign association by ID.

        `PUT /st_check_missings_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `STCheckMissingByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_check_missing_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a check missings scheduled tasks x campaign associations.

        `DELETE /st_check_missings_by_campaigns/{item_id}`

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
            raise _p.missing_etag("st_check_missing_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncStCheckMissingByCampaign(AsyncResource):
    """`/st_check_missings_by_campaigns/` (`api_client.st_check_missing_by_campaign`), awaitable."""

    path = "/st_check_missings_by_campaigns/"
    entry_point_name = "st_check_missing_by_campaign"
    calls = StCheckMissingByCampaign.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        campaign_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckMissingByCampaign]]:
        """List check missings scheduled tasks x campaign associations.

        `GET /st_check_missings_by_campaigns/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            campaign_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[STCheckMissingByCampaign]`.

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
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_missing_by_campaign.getall",
                filters,
                ("campaign_id",),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_check_missings_by_campaigns,
            "st_check_missing_by_campaign.getall",
            (),
            kwargs,
            query,
        )

    async def get_full(
        self,
        *,
        etag: str | None = None,
        sort: m.SortByCampaignName
        | list[m.SortByCampaignName]
        | tuple[m.SortByCampaignName, ...]
        | set[m.SortByCampaignName]
        | None = None,
        is_enabled: bool | None = None,
        campaign_id: int | None = None,
        in_campaign_name: str | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.STCheckMissingByCampaignFull]]:
        """List check missings service state for all campaigns.

        `GET /st_check_missings_by_campaigns/full`

        Like getall, with the details of what each setting applies to.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            sort: filter, `SortByCampaignName | list[SortByCampaignName] | tuple[SortByCampaignName, ...] | set[SortByCampaignName]`
            is_enabled: filter, `bool`
            campaign_id: filter, `int`
            in_campaign_name: filter, `str`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[STCheckMissingByCampaignFull]`.

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
            kwargs["sort"] = _p.listed(sort, _SORT_BY_CAMPAIGN_NAME, "sort")
        if is_enabled is not None:
            kwargs["is_enabled"] = is_enabled
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        if in_campaign_name is not None:
            kwargs["in_campaign_name"] = in_campaign_name
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "st_check_missing_by_campaign.get_full",
                filters,
                (
                    "sort",
                    "is_enabled",
                    "campaign_id",
                    "in_campaign_name",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_st_check_missings_by_campaigns_full,
            "st_check_missing_by_campaign.get_full",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Get check missings scheduled tasks x campaign association by ID.

        `GET /st_check_missings_by_campaigns/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `STCheckMissingByCampaign`.

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
            _op.get_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.STCheckMissingByCampaign | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Add a new check missings scheduled tasks x campaign association.

        `POST /st_check_missings_by_campaigns/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `STCheckMissingByCampaign`.

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
            _op.create_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.STCheckMissingByCampaignPut | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.STCheckMissingByCampaign]:
        """Update check missings scheduled tasks x campaign association by ID.

        `PUT /st_check_missings_by_campaigns/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `STCheckMissingByCampaign`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("st_check_missing_by_campaign.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a check missings scheduled tasks x campaign associations.

        `DELETE /st_check_missings_by_campaigns/{item_id}`

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
            raise _p.missing_etag("st_check_missing_by_campaign.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_st_check_missing_by_campaign,
            "st_check_missing_by_campaign.delete",
            (id,),
            kwargs,
            query,
        )

"""`/campaigns/`, `/campaign_scopes/` and the user groups given access to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import CRD, CRUD, Call, ModeT, list_operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class Campaigns(
    CRUD[ModeT, "m.Campaign", "m.Campaign", "m.Campaign"],
    tag="campaign",
    collection="campaigns",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListCampaignsQuery]
    ) -> Call[list[m.Campaign]]:
        return self._list_call(etag, query)


class CampaignScopes(
    CRUD[ModeT, "m.CampaignScope", "m.CampaignScope", "m.CampaignScopePut"],
    tag="campaign_scope",
    collection="campaign_scopes",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListCampaignScopesQuery]
    ) -> Call[list[m.CampaignScope]]:
        return self._list_call(etag, query)


class UserGroupsByCampaigns(
    CRD[ModeT, "m.UserGroupByCampaign", "m.UserGroupByCampaign"],
    tag="user_group_by_campaign",
    collection="user_groups_by_campaigns",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListUserGroupsByCampaignsQuery],
    ) -> Call[list[m.UserGroupByCampaign]]:
        return self._list_call(etag, query)


class UserGroupsByCampaignScopes(
    CRD[ModeT, "m.UserGroupByCampaignScope", "m.UserGroupByCampaignScope"],
    tag="user_group_by_campaign_scope",
    collection="user_groups_by_campaign_scopes",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListUserGroupsByCampaignScopesQuery],
    ) -> Call[list[m.UserGroupByCampaignScope]]:
        return self._list_call(etag, query)

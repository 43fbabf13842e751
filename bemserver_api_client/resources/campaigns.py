"""`/campaigns/`, `/campaign_scopes/` and the user groups given access to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._generated import operations
from ._base import CRD, CRUD, Call, ModeT, list_operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class Campaigns(CRUD[ModeT, "m.Campaign", "m.Campaign", "m.Campaign"]):
    _list = operations.list_campaigns
    _get = operations.get_campaign
    _create = operations.create_campaign
    _update = operations.update_campaign
    _delete = operations.delete_campaign

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListCampaignsQuery]
    ) -> Call[list[m.Campaign]]:
        return self._list_call(etag, query)


class CampaignScopes(
    CRUD[ModeT, "m.CampaignScope", "m.CampaignScope", "m.CampaignScopePut"]
):
    _list = operations.list_campaign_scopes
    _get = operations.get_campaign_scope
    _create = operations.create_campaign_scope
    _update = operations.update_campaign_scope
    _delete = operations.delete_campaign_scope

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListCampaignScopesQuery]
    ) -> Call[list[m.CampaignScope]]:
        return self._list_call(etag, query)


class UserGroupsByCampaigns(
    CRD[ModeT, "m.UserGroupByCampaign", "m.UserGroupByCampaign"]
):
    _list = operations.list_user_groups_by_campaigns
    _get = operations.get_user_group_by_campaign
    _create = operations.create_user_group_by_campaign
    _delete = operations.delete_user_group_by_campaign

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
    CRD[ModeT, "m.UserGroupByCampaignScope", "m.UserGroupByCampaignScope"]
):
    _list = operations.list_user_groups_by_campaign_scopes
    _get = operations.get_user_group_by_campaign_scope
    _create = operations.create_user_group_by_campaign_scope
    _delete = operations.delete_user_group_by_campaign_scope

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListUserGroupsByCampaignScopesQuery],
    ) -> Call[list[m.UserGroupByCampaignScope]]:
        return self._list_call(etag, query)


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
CampaignResources = Campaigns
CampaignScopeResources = CampaignScopes
UserGroupByCampaignResources = UserGroupsByCampaigns
UserGroupByCampaignScopeResources = UserGroupsByCampaignScopes

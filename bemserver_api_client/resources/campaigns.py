"""`/campaigns/`, `/campaign_scopes/` and the user groups given access to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import CRD, CRUD, ModeT

if TYPE_CHECKING:
    from .._generated import models as m  # noqa: F401 - used in quotes


class Campaigns(
    CRUD[ModeT, "m.Campaign", "m.Campaign", "m.Campaign"],
    tag="campaign",
    collection="campaigns",
):
    pass


class CampaignScopes(
    CRUD[ModeT, "m.CampaignScope", "m.CampaignScope", "m.CampaignScopePut"],
    tag="campaign_scope",
    collection="campaign_scopes",
):
    pass


class UserGroupsByCampaigns(
    CRD[ModeT, "m.UserGroupByCampaign", "m.UserGroupByCampaign"],
    tag="user_group_by_campaign",
    collection="user_groups_by_campaigns",
):
    pass


class UserGroupsByCampaignScopes(
    CRD[ModeT, "m.UserGroupByCampaignScope", "m.UserGroupByCampaignScope"],
    tag="user_group_by_campaign_scope",
    collection="user_groups_by_campaign_scopes",
):
    pass

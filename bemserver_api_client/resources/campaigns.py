"""`/campaigns/`, `/campaign_scopes/` and the user groups given access to them.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.campaign_scopes import AsyncCampaignScopes, CampaignScopes
from .._generated.resources.campaigns import AsyncCampaigns, Campaigns
from .._generated.resources.user_groups_by_campaign_scopes import (
    AsyncUserGroupsByCampaignScopes,
    UserGroupsByCampaignScopes,
)
from .._generated.resources.user_groups_by_campaigns import (
    AsyncUserGroupsByCampaigns,
    UserGroupsByCampaigns,
)

__all__ = [
    "AsyncCampaignScopes",
    "AsyncCampaigns",
    "AsyncUserGroupsByCampaignScopes",
    "AsyncUserGroupsByCampaigns",
    "CampaignScopes",
    "Campaigns",
    "UserGroupsByCampaignScopes",
    "UserGroupsByCampaigns",
]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
CampaignResources = Campaigns
CampaignScopeResources = CampaignScopes
UserGroupByCampaignResources = UserGroupsByCampaigns
UserGroupByCampaignScopeResources = UserGroupsByCampaignScopes

"""`/campaigns/`, `/campaign_scopes/` and the user groups given access to them.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources.py`: this module is where users import them from.
"""

from .._generated.resources import (
    AsyncCampaigns,
    AsyncCampaignScopes,
    AsyncUserGroupsByCampaigns,
    AsyncUserGroupsByCampaignScopes,
    Campaigns,
    CampaignScopes,
    UserGroupsByCampaigns,
    UserGroupsByCampaignScopes,
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

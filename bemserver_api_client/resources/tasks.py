"""`/tasks/` (API 0.26+): the server's scheduled tasks, and their settings by
campaign.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.task_by_campaign import (
    AsyncTasksByCampaigns,
    TasksByCampaigns,
)
from .._generated.resources.tasks import AsyncTasks, Tasks

__all__ = [
    "AsyncTasks",
    "AsyncTasksByCampaigns",
    "Tasks",
    "TasksByCampaigns",
]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
TasksResources = Tasks
TaskByCampaignResources = TasksByCampaigns

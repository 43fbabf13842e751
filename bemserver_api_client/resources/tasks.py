"""`/tasks/` (API 0.26+): the server's scheduled tasks, and their settings by
campaign."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._generated import operations
from ._base import (
    CRUD,
    Call,
    GetAllUnfiltered,
    ModeT,
    checked_payload,
    list_operation,
    operation,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m


class Tasks(GetAllUnfiltered[ModeT, "m.Task"]):
    _list = operations.list_tasks

    @operation(operations.run_task)
    def run_async(self, payload: m.TaskRun | Mapping[str, Any]) -> Call[None]:
        """Queue a task to run now (`{"task_name": ..., "campaign_id": ...}`)."""
        return Call(body=checked_payload(payload))


class TasksByCampaigns(
    CRUD[ModeT, "m.TaskByCampaign", "m.TaskByCampaign", "m.TaskByCampaignPut"]
):
    _list = operations.list_tasks_by_campaigns
    _get = operations.get_task_by_campaign
    _create = operations.create_task_by_campaign
    _update = operations.update_task_by_campaign
    _delete = operations.delete_task_by_campaign

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTasksByCampaignsQuery],
    ) -> Call[list[m.TaskByCampaign]]:
        return self._list_call(etag, query)


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
TasksResources = Tasks
TaskByCampaignResources = TasksByCampaigns

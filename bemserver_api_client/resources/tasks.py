"""`/tasks/` (API 0.26+): the server's scheduled tasks, and their settings by
campaign."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._base import CRUD, Call, GetAll, ModeT, checked_payload, operation

if TYPE_CHECKING:
    from .._generated import models as m


class Tasks(GetAll[ModeT, "m.Task"], tag="task", collection="tasks"):
    @operation("task.run_task")
    def run_async(self, payload: m.TaskRun | Mapping[str, Any]) -> Call[None]:
        """Queue a task to run now (`{"task_name": ..., "campaign_id": ...}`)."""
        return Call(body=checked_payload(payload))


class TasksByCampaigns(
    CRUD[ModeT, "m.TaskByCampaign", "m.TaskByCampaign", "m.TaskByCampaignPut"],
    tag="task_by_campaign",
    collection="tasks_by_campaigns",
):
    pass

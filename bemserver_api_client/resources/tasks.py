"""`/tasks/` (API 0.26+): the server's scheduled tasks, and their settings by
campaign."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._base import CRUD, Call, GetAll, ModeT, checked_payload, list_operation, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m
    from ._base import NoQuery


class Tasks(GetAll[ModeT, "m.Task"], tag="task", collection="tasks"):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[NoQuery]
    ) -> Call[list[m.Task]]:
        return self._list_call(etag, query)

    @operation("task.run_task")
    def run_async(self, payload: m.TaskRun | Mapping[str, Any]) -> Call[None]:
        """Queue a task to run now (`{"task_name": ..., "campaign_id": ...}`)."""
        return Call(body=checked_payload(payload))


class TasksByCampaigns(
    CRUD[ModeT, "m.TaskByCampaign", "m.TaskByCampaign", "m.TaskByCampaignPut"],
    tag="task_by_campaign",
    collection="tasks_by_campaigns",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTasksByCampaignsQuery],
    ) -> Call[list[m.TaskByCampaign]]:
        return self._list_call(etag, query)

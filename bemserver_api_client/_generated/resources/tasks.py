"""`/tasks/`: the resource classes of `api_client.tasks` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Tasks`) and an
`async def` of the asyncio client's (`AsyncTasks`), which sends
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


class Tasks(Resource):
    """`/tasks/` (`api_client.tasks`)."""

    path = "/tasks/"
    entry_point_name = "tasks"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_tasks,),
        "run_async": (_op.run_task,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.Task]]:
        """List registered tasks.

        `GET /tasks/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Task]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "tasks.getall", filters, ()
            )
            if filters
            else None
        )
        return send(self._client, _op.list_tasks, "tasks.getall", (), kwargs, query)

    def run_async(
        self, payload: m.TaskRun | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[None]:
        """Run async task.

        `POST /tasks/run`

        Queue a task to run now (`{"task_name": ..., "campaign_id": ...}`).

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(self._client, _op.run_task, "tasks.run_async", (), kwargs, query)


class AsyncTasks(AsyncResource):
    """`/tasks/` (`api_client.tasks`), awaitable."""

    path = "/tasks/"
    entry_point_name = "tasks"
    calls = Tasks.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.Task]]:
        """List registered tasks.

        `GET /tasks/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[Task]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        query = (
            _p.unknown_filters(
                self._client._strict_filters, "tasks.getall", filters, ()
            )
            if filters
            else None
        )
        return await send_async(
            self._client, _op.list_tasks, "tasks.getall", (), kwargs, query
        )

    async def run_async(
        self, payload: m.TaskRun | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[None]:
        """Run async task.

        `POST /tasks/run`

        Queue a task to run now (`{"task_name": ..., "campaign_id": ...}`).

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `None`.

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
            self._client, _op.run_task, "tasks.run_async", (), kwargs, query
        )

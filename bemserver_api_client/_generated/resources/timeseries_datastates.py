"""`/timeseries_data_states/`: the resource classes of `api_client.timeseries_datastates` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`TimeseriesDataStates`) and an
`async def` of the asyncio client's (`AsyncTimeseriesDataStates`), which sends
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


class TimeseriesDataStates(Resource):
    """`/timeseries_data_states/` (`api_client.timeseries_datastates`)."""

    path = "/timeseries_data_states/"
    entry_point_name = "timeseries_datastates"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_timeseries_data_states,),
        "getone": (_op.get_timeseries_data_state,),
        "create": (_op.create_timeseries_data_state,),
        "update": (_op.update_timeseries_data_state,),
        "delete": (_op.delete_timeseries_data_state,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.TimeseriesDataState]]:
        """List timeseries data states.

        `GET /timeseries_data_states/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[TimeseriesDataState]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_datastates.getall",
                filters,
                (),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_timeseries_data_states,
            "timeseries_datastates.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Get timeseries data state by ID.

        `GET /timeseries_data_states/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `TimeseriesDataState`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return send(
            self._client,
            _op.get_timeseries_data_state,
            "timeseries_datastates.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.TimeseriesDataState | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Add a new timeseries data state.

        `POST /timeseries_data_states/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `TimeseriesDataState`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        query = None
        return send(
            self._client,
            _op.create_timeseries_data_state,
            "timeseries_datastates.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.TimeseriesDataState | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Update an existing timeseries data state.

        `PUT /timeseries_data_states/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `TimeseriesDataState`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries_datastates.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_timeseries_data_state,
            "timeseries_datastates.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries data state.

        `DELETE /timeseries_data_states/{item_id}`

        Delete a resource; `etag` is the one of its last getone() (the server
        refuses a delete without it where the resource has ETags).

        Args:
            id: the resource's ID
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is None:
            raise _p.missing_etag("timeseries_datastates.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_timeseries_data_state,
            "timeseries_datastates.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncTimeseriesDataStates(AsyncResource):
    """`/timeseries_data_states/` (`api_client.timeseries_datastates`), awaitable."""

    path = "/timeseries_data_states/"
    entry_point_name = "timeseries_datastates"
    calls = TimeseriesDataStates.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.TimeseriesDataState]]:
        """List timeseries data states.

        `GET /timeseries_data_states/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[TimeseriesDataState]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "timeseries_datastates.getall",
                filters,
                (),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_timeseries_data_states,
            "timeseries_datastates.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Get timeseries data state by ID.

        `GET /timeseries_data_states/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `TimeseriesDataState`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.get_timeseries_data_state,
            "timeseries_datastates.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.TimeseriesDataState | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Add a new timeseries data state.

        `POST /timeseries_data_states/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `TimeseriesDataState`.

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
            self._client,
            _op.create_timeseries_data_state,
            "timeseries_datastates.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.TimeseriesDataState | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesDataState]:
        """Update an existing timeseries data state.

        `PUT /timeseries_data_states/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `TimeseriesDataState`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("timeseries_datastates.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_timeseries_data_state,
            "timeseries_datastates.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a timeseries data state.

        `DELETE /timeseries_data_states/{item_id}`

        Delete a resource; `etag` is the one of its last getone() (the server
        refuses a delete without it where the resource has ETags).

        Args:
            id: the resource's ID
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is None:
            raise _p.missing_etag("timeseries_datastates.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_timeseries_data_state,
            "timeseries_datastates.delete",
            (id,),
            kwargs,
            query,
        )

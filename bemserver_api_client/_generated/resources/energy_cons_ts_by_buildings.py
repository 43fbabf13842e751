"""`/energy_consumption_timeseries_by_buildings/`: the resource classes of `api_client.energy_cons_ts_by_buildings` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`EnergyConsumptionTimeseriesByBuildings`) and an
`async def` of the asyncio client's (`AsyncEnergyConsumptionTimeseriesByBuildings`), which sends
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


class EnergyConsumptionTimeseriesByBuildings(Resource):
    """`/energy_consumption_timeseries_by_buildings/` (`api_client.energy_cons_ts_by_buildings`)."""

    path = "/energy_consumption_timeseries_by_buildings/"
    entry_point_name = "energy_cons_ts_by_buildings"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_consumption_timeseries_by_buildings,),
        "getone": (_op.get_energy_consumption_timeseries_by_building,),
        "create": (_op.create_energy_consumption_timeseries_by_building,),
        "update": (_op.update_energy_consumption_timeseries_by_building,),
        "delete": (_op.delete_energy_consumption_timeseries_by_building,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        energy_id: int | None = None,
        end_use_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyConsumptionTimeseriesByBuilding]]:
        """List energy consumption timeseries x building associations.

        `GET /energy_consumption_timeseries_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            energy_id: filter, `int`
            end_use_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EnergyConsumptionTimeseriesByBuilding]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if end_use_id is not None:
            kwargs["end_use_id"] = (
                end_use_id
                if type(end_use_id) is int
                else _p.integer(end_use_id, "end_use_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_cons_ts_by_buildings.getall",
                filters,
                (
                    "building_id",
                    "energy_id",
                    "end_use_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_consumption_timeseries_by_buildings,
            "energy_cons_ts_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Get energy consumption timeseries x building association by ID.

        `GET /energy_consumption_timeseries_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `EnergyConsumptionTimeseriesByBuilding`.

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
            _op.get_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EnergyConsumptionTimeseriesByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Add a new energy consumption timeseries x building association.

        `POST /energy_consumption_timeseries_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `EnergyConsumptionTimeseriesByBuilding`.

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
            _op.create_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.EnergyConsumptionTimeseriesByBuilding | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Update an existing energy consumption timeseries x building association.

        `PUT /energy_consumption_timeseries_by_buildings/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `EnergyConsumptionTimeseriesByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_cons_ts_by_buildings.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy consumption timeseries x building association.

        `DELETE /energy_consumption_timeseries_by_buildings/{item_id}`

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
            raise _p.missing_etag("energy_cons_ts_by_buildings.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEnergyConsumptionTimeseriesByBuildings(AsyncResource):
    """`/energy_consumption_timeseries_by_buildings/` (`api_client.energy_cons_ts_by_buildings`), awaitable."""

    path = "/energy_consumption_timeseries_by_buildings/"
    entry_point_name = "energy_cons_ts_by_buildings"
    calls = EnergyConsumptionTimeseriesByBuildings.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        building_id: int | None = None,
        energy_id: int | None = None,
        end_use_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyConsumptionTimeseriesByBuilding]]:
        """List energy consumption timeseries x building associations.

        `GET /energy_consumption_timeseries_by_buildings/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            building_id: filter, `int`
            energy_id: filter, `int`
            end_use_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EnergyConsumptionTimeseriesByBuilding]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if building_id is not None:
            kwargs["building_id"] = (
                building_id
                if type(building_id) is int
                else _p.integer(building_id, "building_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if end_use_id is not None:
            kwargs["end_use_id"] = (
                end_use_id
                if type(end_use_id) is int
                else _p.integer(end_use_id, "end_use_id")
            )
        if timeseries_id is not None:
            kwargs["timeseries_id"] = (
                timeseries_id
                if type(timeseries_id) is int
                else _p.integer(timeseries_id, "timeseries_id")
            )
        query = (
            _p.unknown_filters(
                self._client._strict_filters,
                "energy_cons_ts_by_buildings.getall",
                filters,
                (
                    "building_id",
                    "energy_id",
                    "end_use_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_consumption_timeseries_by_buildings,
            "energy_cons_ts_by_buildings.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Get energy consumption timeseries x building association by ID.

        `GET /energy_consumption_timeseries_by_buildings/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `EnergyConsumptionTimeseriesByBuilding`.

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
            _op.get_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EnergyConsumptionTimeseriesByBuilding | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Add a new energy consumption timeseries x building association.

        `POST /energy_consumption_timeseries_by_buildings/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `EnergyConsumptionTimeseriesByBuilding`.

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
            _op.create_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.EnergyConsumptionTimeseriesByBuilding | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumptionTimeseriesByBuilding]:
        """Update an existing energy consumption timeseries x building association.

        `PUT /energy_consumption_timeseries_by_buildings/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `EnergyConsumptionTimeseriesByBuilding`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_cons_ts_by_buildings.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy consumption timeseries x building association.

        `DELETE /energy_consumption_timeseries_by_buildings/{item_id}`

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
            raise _p.missing_etag("energy_cons_ts_by_buildings.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_energy_consumption_timeseries_by_building,
            "energy_cons_ts_by_buildings.delete",
            (id,),
            kwargs,
            query,
        )

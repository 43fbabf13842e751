"""`/energy_production_timeseries_by_sites/`: the resource classes of `api_client.energy_prod_ts_by_sites` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`EnergyProductionTimeseriesBySites`) and an
`async def` of the asyncio client's (`AsyncEnergyProductionTimeseriesBySites`), which sends
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


class EnergyProductionTimeseriesBySites(Resource):
    """`/energy_production_timeseries_by_sites/` (`api_client.energy_prod_ts_by_sites`)."""

    path = "/energy_production_timeseries_by_sites/"
    entry_point_name = "energy_prod_ts_by_sites"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_production_timeseries_by_sites,),
        "getone": (_op.get_energy_production_timeseries_by_site,),
        "create": (_op.create_energy_production_timeseries_by_site,),
        "update": (_op.update_energy_production_timeseries_by_site,),
        "delete": (_op.delete_energy_production_timeseries_by_site,),
    }

    def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        energy_id: int | None = None,
        prod_tech_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyProductionTimeseriesBySite]]:
        """List energy production timeseries x site associations.

        `GET /energy_production_timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            energy_id: filter, `int`
            prod_tech_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EnergyProductionTimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if prod_tech_id is not None:
            kwargs["prod_tech_id"] = (
                prod_tech_id
                if type(prod_tech_id) is int
                else _p.integer(prod_tech_id, "prod_tech_id")
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
                "energy_prod_ts_by_sites.getall",
                filters,
                (
                    "site_id",
                    "energy_id",
                    "prod_tech_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_production_timeseries_by_sites,
            "energy_prod_ts_by_sites.getall",
            (),
            kwargs,
            query,
        )

    def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Get energy production timeseries x site association by ID.

        `GET /energy_production_timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `EnergyProductionTimeseriesBySite`.

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
            _op.get_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    def create(
        self, payload: m.EnergyProductionTimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Add a new energy production timeseries x site association.

        `POST /energy_production_timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `EnergyProductionTimeseriesBySite`.

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
            _op.create_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.create",
            (),
            kwargs,
            query,
        )

    def update(
        self,
        id: int,
        payload: m.EnergyProductionTimeseriesBySite | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Update an existing energy production timeseries x site association.

        `PUT /energy_production_timeseries_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `EnergyProductionTimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_prod_ts_by_sites.update")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.update_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.update",
            (id,),
            kwargs,
            query,
        )

    def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy production timeseries x site association.

        `DELETE /energy_production_timeseries_by_sites/{item_id}`

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
            raise _p.missing_etag("energy_prod_ts_by_sites.delete")
        kwargs["if_match"] = etag
        query = None
        return send(
            self._client,
            _op.delete_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.delete",
            (id,),
            kwargs,
            query,
        )


class AsyncEnergyProductionTimeseriesBySites(AsyncResource):
    """`/energy_production_timeseries_by_sites/` (`api_client.energy_prod_ts_by_sites`), awaitable."""

    path = "/energy_production_timeseries_by_sites/"
    entry_point_name = "energy_prod_ts_by_sites"
    calls = EnergyProductionTimeseriesBySites.calls

    async def getall(
        self,
        *,
        etag: str | None = None,
        site_id: int | None = None,
        energy_id: int | None = None,
        prod_tech_id: int | None = None,
        timeseries_id: int | None = None,
        **filters: Never,
    ) -> BEMServerApiClientResponse[list[m.EnergyProductionTimeseriesBySite]]:
        """List energy production timeseries x site associations.

        `GET /energy_production_timeseries_by_sites/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            site_id: filter, `int`
            energy_id: filter, `int`
            prod_tech_id: filter, `int`
            timeseries_id: filter, `int`
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EnergyProductionTimeseriesBySite]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if etag is not None:
            kwargs["if_none_match"] = etag
        if site_id is not None:
            kwargs["site_id"] = (
                site_id if type(site_id) is int else _p.integer(site_id, "site_id")
            )
        if energy_id is not None:
            kwargs["energy_id"] = (
                energy_id
                if type(energy_id) is int
                else _p.integer(energy_id, "energy_id")
            )
        if prod_tech_id is not None:
            kwargs["prod_tech_id"] = (
                prod_tech_id
                if type(prod_tech_id) is int
                else _p.integer(prod_tech_id, "prod_tech_id")
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
                "energy_prod_ts_by_sites.getall",
                filters,
                (
                    "site_id",
                    "energy_id",
                    "prod_tech_id",
                    "timeseries_id",
                ),
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_production_timeseries_by_sites,
            "energy_prod_ts_by_sites.getall",
            (),
            kwargs,
            query,
        )

    async def getone(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Get energy production timeseries x site association by ID.

        `GET /energy_production_timeseries_by_sites/{item_id}`

        One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).

        Args:
            id: the resource's ID
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged

        Returns:
            `.parsed` is `EnergyProductionTimeseriesBySite`.

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
            _op.get_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.getone",
            (id,),
            kwargs,
            query,
        )

    async def create(
        self, payload: m.EnergyProductionTimeseriesBySite | Mapping[str, Any]
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Add a new energy production timeseries x site association.

        `POST /energy_production_timeseries_by_sites/`

        Create a resource from a dict or a model.

        Args:
            payload: the resource, a model or a dict

        Returns:
            `.parsed` is `EnergyProductionTimeseriesBySite`.

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
            _op.create_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.create",
            (),
            kwargs,
            query,
        )

    async def update(
        self,
        id: int,
        payload: m.EnergyProductionTimeseriesBySite | Mapping[str, Any],
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyProductionTimeseriesBySite]:
        """Update an existing energy production timeseries x site association.

        `PUT /energy_production_timeseries_by_sites/{item_id}`

        Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags).

        Args:
            id: the resource's ID
            payload: the resource, a model or a dict
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `EnergyProductionTimeseriesBySite`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        kwargs["body"] = checked_payload(payload)
        if etag is None:
            raise _p.missing_etag("energy_prod_ts_by_sites.update")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.update_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.update",
            (id,),
            kwargs,
            query,
        )

    async def delete(
        self, id: int, *, etag: str | None = None
    ) -> BEMServerApiClientResponse[None]:
        """Delete a energy production timeseries x site association.

        `DELETE /energy_production_timeseries_by_sites/{item_id}`

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
            raise _p.missing_etag("energy_prod_ts_by_sites.delete")
        kwargs["if_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.delete_energy_production_timeseries_by_site,
            "energy_prod_ts_by_sites.delete",
            (id,),
            kwargs,
            query,
        )

"""`/energy_end_uses/`: the resource classes of `api_client.energy_end_uses` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`EnergyEndUses`) and an
`async def` of the asyncio client's (`AsyncEnergyEndUses`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _prepare as _p
from ..._transport import send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    from typing_extensions import Never

    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef


class EnergyEndUses(Resource):
    """`/energy_end_uses/` (`api_client.energy_end_uses`)."""

    path = "/energy_end_uses/"
    entry_point_name = "energy_end_uses"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "getall": (_op.list_energy_end_uses,),
    }

    def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.EnergyEndUse]]:
        """List energy end uses.

        `GET /energy_end_uses/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EnergyEndUse]`.

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
                self._client._strict_filters, "energy_end_uses.getall", filters, ()
            )
            if filters
            else None
        )
        return send(
            self._client,
            _op.list_energy_end_uses,
            "energy_end_uses.getall",
            (),
            kwargs,
            query,
        )


class AsyncEnergyEndUses(AsyncResource):
    """`/energy_end_uses/` (`api_client.energy_end_uses`), awaitable."""

    path = "/energy_end_uses/"
    entry_point_name = "energy_end_uses"
    calls = EnergyEndUses.calls

    async def getall(
        self, *, etag: str | None = None, **filters: Never
    ) -> BEMServerApiClientResponse[list[m.EnergyEndUse]]:
        """List energy end uses.

        `GET /energy_end_uses/`

        List the resources; keyword arguments filter.

        Args:
            etag: the ETag of the last answer: BEMServerAPINotModified if unchanged
            **filters: query parameters the API document does not list: type checkers refuse them; at run time a name close to one above raises, others are sent with a BEMServerAPIArgumentWarning

        Returns:
            `.parsed` is `list[EnergyEndUse]`.

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
                self._client._strict_filters, "energy_end_uses.getall", filters, ()
            )
            if filters
            else None
        )
        return await send_async(
            self._client,
            _op.list_energy_end_uses,
            "energy_end_uses.getall",
            (),
            kwargs,
            query,
        )

"""`/io/`: the resource classes of `api_client.io` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`InputOutput`) and an
`async def` of the asyncio client's (`AsyncInputOutput`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _prepare as _p
from ..._particular import io
from ..._transport import send, send_async
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import BinaryIO

    from ...response import BEMServerApiClientResponse
    from ..operations import OperationRef


class InputOutput(Resource):
    """`/io/` (`api_client.io`)."""

    path = "/io/"
    entry_point_name = "io"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "upload_sites_csv": (_op.upload_sites_csv,),
        "upload_timeseries_csv": (_op.upload_timeseries_csv,),
    }

    def upload_sites_csv(
        self, campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
    ) -> BEMServerApiClientResponse[None]:
        """Import site description tree.

        `POST /io/sites`

        Import sites, buildings, storeys, spaces and zones of a campaign.

        `csv_files` maps fields ("sites_csv", "buildings_csv", ...) to files.

        Args:
            campaign_id: the campaign the timeseries names are in
            csv_files: `Mapping[str, BinaryIO | None]`

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if campaign_id is None:
            raise _p.missing(
                "io.upload_sites_csv",
                [k for k, v in (("campaign_id", campaign_id),) if v is None],
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        kwargs["body"] = io.sites_csv_body(csv_files)
        query = None
        return send(
            self._client, _op.upload_sites_csv, "io.upload_sites_csv", (), kwargs, query
        )

    def upload_timeseries_csv(
        self, campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
    ) -> BEMServerApiClientResponse[None]:
        """Import timeseries description tree.

        `POST /io/timeseries`

        Import timeseries of a campaign: `{"timeseries_csv": file}`.

        Args:
            campaign_id: the campaign the timeseries names are in
            csv_files: `Mapping[str, BinaryIO | None]`

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if campaign_id is None:
            raise _p.missing(
                "io.upload_timeseries_csv",
                [k for k, v in (("campaign_id", campaign_id),) if v is None],
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        kwargs["body"] = io.timeseries_csv_body(csv_files)
        query = None
        return send(
            self._client,
            _op.upload_timeseries_csv,
            "io.upload_timeseries_csv",
            (),
            kwargs,
            query,
        )


class AsyncInputOutput(AsyncResource):
    """`/io/` (`api_client.io`), awaitable."""

    path = "/io/"
    entry_point_name = "io"
    calls = InputOutput.calls

    async def upload_sites_csv(
        self, campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
    ) -> BEMServerApiClientResponse[None]:
        """Import site description tree.

        `POST /io/sites`

        Import sites, buildings, storeys, spaces and zones of a campaign.

        `csv_files` maps fields ("sites_csv", "buildings_csv", ...) to files.

        Args:
            campaign_id: the campaign the timeseries names are in
            csv_files: `Mapping[str, BinaryIO | None]`

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if campaign_id is None:
            raise _p.missing(
                "io.upload_sites_csv",
                [k for k, v in (("campaign_id", campaign_id),) if v is None],
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        kwargs["body"] = io.sites_csv_body(csv_files)
        query = None
        return await send_async(
            self._client, _op.upload_sites_csv, "io.upload_sites_csv", (), kwargs, query
        )

    async def upload_timeseries_csv(
        self, campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
    ) -> BEMServerApiClientResponse[None]:
        """Import timeseries description tree.

        `POST /io/timeseries`

        Import timeseries of a campaign: `{"timeseries_csv": file}`.

        Args:
            campaign_id: the campaign the timeseries names are in
            csv_files: `Mapping[str, BinaryIO | None]`

        Returns:
            `.parsed` is `None`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if campaign_id is None:
            raise _p.missing(
                "io.upload_timeseries_csv",
                [k for k, v in (("campaign_id", campaign_id),) if v is None],
            )
        if campaign_id is not None:
            kwargs["campaign_id"] = (
                campaign_id
                if type(campaign_id) is int
                else _p.integer(campaign_id, "campaign_id")
            )
        kwargs["body"] = io.timeseries_csv_body(csv_files)
        query = None
        return await send_async(
            self._client,
            _op.upload_timeseries_csv,
            "io.upload_timeseries_csv",
            (),
            kwargs,
            query,
        )

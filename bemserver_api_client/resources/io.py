"""`/io/`: import sites and timeseries from CSV files. Written by hand: the
files are read into the multipart body the operations take."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar

from .._call import Call
from .._generated import operations
from .._generated.resources import AsyncResource, Resource
from .._transport import execute, execute_async
from ..exceptions import BEMServerAPIClientValueError
from ._base import share_docstrings

if TYPE_CHECKING:
    from .._generated.operations import OperationRef
    from ..response import BEMServerApiClientResponse

SITES_CSV_FIELDS = (
    "sites_csv",
    "buildings_csv",
    "storeys_csv",
    "spaces_csv",
    "zones_csv",
)
TIMESERIES_CSV_FIELDS = ("timeseries_csv",)


def _csv_files(
    csv_files: Mapping[str, BinaryIO | None], fields: tuple[str, ...]
) -> dict[str, Any]:
    """The generated core's File objects of the non-empty files, by field name."""
    from .._generated.types import File

    unknown = sorted(set(csv_files) - set(fields))
    if unknown:
        raise BEMServerAPIClientValueError(
            f"unknown CSV file field(s) {', '.join(unknown)} "
            f"(expected {', '.join(fields)})"
        )
    files: dict[str, Any] = {}
    for name, stream in csv_files.items():
        if stream is None or stream.seek(0, os.SEEK_END) == 0:
            continue  # empty files are left out, as the existing client does
        stream.seek(0)
        files[name] = File(
            payload=stream, file_name=f"{name}.csv", mime_type="text/csv"
        )
    return files


def _sites_csv(
    campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
) -> Call[None]:
    from .._generated.models import SitesCSVUploadFile

    body = SitesCSVUploadFile(**_csv_files(csv_files, SITES_CSV_FIELDS))
    return Call(
        campaign_id=campaign_id,
        body=body,
        operation=operations.upload_sites_csv,
        caller="io.upload_sites_csv",
    )


def _timeseries_csv(
    campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
) -> Call[None]:
    from .._generated.models import TimeseriesCSVUploadFile

    files = _csv_files(csv_files, TIMESERIES_CSV_FIELDS)
    if "timeseries_csv" not in files:
        raise BEMServerAPIClientValueError(
            "upload_timeseries_csv needs a non-empty timeseries_csv file"
        )
    return Call(
        campaign_id=campaign_id,
        body=TimeseriesCSVUploadFile(**files),
        operation=operations.upload_timeseries_csv,
        caller="io.upload_timeseries_csv",
    )


CALLS: dict[str, tuple[OperationRef[Any], ...]] = {
    "upload_sites_csv": (operations.upload_sites_csv,),
    "upload_timeseries_csv": (operations.upload_timeseries_csv,),
}


class InputOutput(Resource):
    """`/io/` (`api_client.io`)."""

    path = "/io/"
    entry_point_name = "io"
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = CALLS

    def upload_sites_csv(
        self, campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
    ) -> BEMServerApiClientResponse[None]:
        """Import sites, buildings, storeys, spaces and zones of a campaign.

        `POST /io/sites`

        `csv_files` maps fields ("sites_csv", "buildings_csv", ...) to files.
        """
        return execute(self._client, _sites_csv(campaign_id, csv_files))

    def upload_timeseries_csv(
        self, campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
    ) -> BEMServerApiClientResponse[None]:
        """Import timeseries of a campaign: `{"timeseries_csv": file}`.

        `POST /io/timeseries`
        """
        return execute(self._client, _timeseries_csv(campaign_id, csv_files))


class AsyncInputOutput(AsyncResource):
    """`/io/` (`api_client.io`), awaitable."""

    path = "/io/"
    entry_point_name = "io"
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = CALLS

    async def upload_sites_csv(
        self, campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
    ) -> BEMServerApiClientResponse[None]:
        return await execute_async(self._client, _sites_csv(campaign_id, csv_files))

    async def upload_timeseries_csv(
        self, campaign_id: int, csv_files: Mapping[str, BinaryIO | None]
    ) -> BEMServerApiClientResponse[None]:
        return await execute_async(
            self._client, _timeseries_csv(campaign_id, csv_files)
        )


share_docstrings(InputOutput, AsyncInputOutput)

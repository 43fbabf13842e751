"""`io`: the CSV files are read into the multipart body the operations take
(their methods are rendered from the table)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

from ..exceptions import BEMServerAPIClientValueError

if TYPE_CHECKING:
    from .._generated import models as m

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


def sites_csv_body(
    csv_files: Mapping[str, BinaryIO | None],
) -> m.SitesCSVUploadFile:
    """The body of `upload_sites_csv`."""
    from .._generated.models import SitesCSVUploadFile

    return SitesCSVUploadFile(**_csv_files(csv_files, SITES_CSV_FIELDS))


def timeseries_csv_body(
    csv_files: Mapping[str, BinaryIO | None],
) -> m.TimeseriesCSVUploadFile:
    """The body of `upload_timeseries_csv`: a non-empty timeseries file."""
    from .._generated.models import TimeseriesCSVUploadFile

    files = _csv_files(csv_files, TIMESERIES_CSV_FIELDS)
    if "timeseries_csv" not in files:
        raise BEMServerAPIClientValueError(
            "upload_timeseries_csv needs a non-empty timeseries_csv file"
        )
    return TimeseriesCSVUploadFile(**files)

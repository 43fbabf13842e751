"""Timeseries data uploads and downloads, each from one description.

The public methods of `TimeseriesData` (timeseries.py) differ only in what
they ask: which timeseries (ids, or names within a campaign), which period,
which format, aggregated in buckets or not, and where the data goes (the
answer, a file or a DataFrame). Each describes its request in one
`DataDownload` or `DataUpload`, by keyword; `download_plan_of` and
`upload_plan_of` turn a description into the plan that sends it.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar, Union

from .._bulk import (
    Download,
    FileTarget,
    Plan,
    Progress,
    arrow,
    densities_of,
    download_plan,
    frame_plan,
    is_parquet_path,
    pandas,
    require_aware,
    single_call,
    upload_plan,
    with_state_id,
)
from .._call import Call
from .._convert import enum_value
from ..enums import Aggregation, BucketWidthUnit, DataFormat
from ..exceptions import BEMServerAPIClientValueError
from ..response import BEMServerApiClientResponse

if TYPE_CHECKING:
    import polars as pl
    import pyarrow as pa

    from .._generated.models import TimeseriesData, TimeseriesDataState
    from .._generated.requests import RequestRef

#: What the stats operation of a way of naming timeseries answers.
StatsT = TypeVar("StatsT")
T = TypeVar("T")


@dataclass(frozen=True)
class DataOperations(Generic[StatsT]):
    """The generated operations of timeseries data given one way: by id, or
    by name within a campaign (whose id then comes first in each call)."""

    upload: RequestRef[None]
    download: RequestRef[TimeseriesData]
    download_aggregated: RequestRef[TimeseriesData]
    stats: RequestRef[StatsT]
    delete: RequestRef[None]
    #: The data states, to look up one given by name.
    data_states: RequestRef[list[TimeseriesDataState]]

    def states_call(self) -> Call[list[TimeseriesDataState]]:
        return Call(operation=self.data_states)


@dataclass(frozen=True)
class Buckets:
    """Values aggregated in buckets: how, and how wide."""

    aggregation: Aggregation | str
    width_value: int | str
    width_unit: BucketWidthUnit | str

    def arguments(self) -> dict[str, Any]:
        """The aggregation's arguments of a download call."""
        return {
            "aggregation": self.aggregation,
            "bucket_width_value": self.width_value,
            "bucket_width_unit": self.width_unit,
        }

    def width(self) -> tuple[int, str]:
        """(value, unit) the download's windows are aligned on; (0, "none")
        for a value that is no positive integer (the server will say: one
        request). An invalid unit is refused now."""
        try:
            value = int(self.width_value)
        except (TypeError, ValueError):
            value = 0
        unit = enum_value(self.width_unit, BucketWidthUnit, "bucket_width_unit")
        return (value, unit) if value > 0 else (0, "none")


def _campaign(campaign_id: int | None) -> tuple[int, ...]:
    """The leading path argument of a call by name; none by id."""
    return () if campaign_id is None else (campaign_id,)


@dataclass(frozen=True, kw_only=True)
class DataDownload:
    """A download of timeseries data, whichever public method asks for it.

    Which timeseries: `timeseries`, ids, or names within `campaign_id`, with
    the `operations` that take them so. Which period, data state and timezone
    values are given in. Which `format` (a DataFrame is read from CSV).
    Values aggregated in `buckets`, or raw values (None). Where they go: the
    answer, `to_file`, or a DataFrame (`dataframe`). How: `chunk_size`,
    `concurrency`, `progress` (see `download_plan`).
    """

    operations: DataOperations[Any]
    campaign_id: int | None = None
    timeseries: list[int] | list[str]
    start_time: dt.datetime | str
    end_time: dt.datetime | str
    data_state: int | str
    timezone: str
    format: DataFormat | str
    convert_to: list[str] | None
    buckets: Buckets | None = None
    chunk_size: int | None
    concurrency: int
    progress: Progress
    to_file: FileTarget | None = None
    parquet: bool = False
    dataframe: bool = False

    def window_call(self, start: Any, end: Any) -> Call[Any]:
        """The call of the values over [start, end)."""
        if self.buckets is None:
            operation, aggregation = self.operations.download, {}
        else:
            operation = self.operations.download_aggregated
            aggregation = self.buckets.arguments()
        return Call(
            *_campaign(self.campaign_id),
            operation=operation,
            start_time=start,
            end_time=end,
            data_state=self.data_state,
            timeseries=self.timeseries,
            timezone=self.timezone,
            **aggregation,
            convert_to=self.convert_to,
            headers={"Accept": enum_value(self.format, DataFormat, "format")},
        )

    def stats_call(self) -> Call[Any]:
        """The call of the timeseries' stats, which size the windows of raw
        values."""
        return Call(
            *_campaign(self.campaign_id),
            operation=self.operations.stats,
            data_state=self.data_state,
            timeseries=self.timeseries,
            timezone=self.timezone,
        )


def download_plan_of(client: Any, request: DataDownload) -> Plan[Any]:
    """The plan of a download by `client`. What can be refused without a
    request is refused now, when the method is called (on the asyncio client
    too)."""
    if request.dataframe:
        require_aware(request.start_time, "start_time")
        require_aware(request.end_time, "end_time")
        pandas()
    bucket = None if request.buckets is None else request.buckets.width()
    download = Download(
        request.window_call,
        request.start_time,
        request.end_time,
        timeseries=[str(timeseries) for timeseries in request.timeseries],
        timezone=request.timezone,
        csv=enum_value(request.format, DataFormat, "format") == DataFormat.csv.value,
        stats_call=request.stats_call if request.buckets is None else None,
        bucket=bucket,
        scope=request.campaign_id,
        densities=densities_of(client),
    )
    plan: Plan[Any] = download_plan(
        download,
        request.chunk_size,
        request.concurrency,
        request.progress,
        request.to_file,
        request.parquet,
    )
    if request.dataframe:
        plan = frame_plan(plan, request.timezone, by_ids=request.campaign_id is None)
    return with_state_id(
        client, request.data_state, request.operations.states_call, plan
    )


@dataclass(frozen=True, kw_only=True)
class DataUpload:
    """An upload of timeseries data, by id or by name within `campaign_id`
    (see `upload_plan`)."""

    operations: DataOperations[Any]
    campaign_id: int | None = None
    data_state: int | str
    data: Any
    format: DataFormat | str
    chunk_size: int
    concurrency: int
    progress: Progress

    def call(self, body: Any, format: DataFormat | str) -> Call[None]:
        """The call that uploads one body (a chunk, or the data whole)."""
        return Call(
            *_campaign(self.campaign_id),
            body=_upload_body(body, format),
            data_state=self.data_state,
            idempotent=True,  # the server keeps the points it already has
            operation=self.operations.upload,
        )


def upload_plan_of(
    client: Any, request: DataUpload
) -> Plan[BEMServerApiClientResponse[None]]:
    """The plan of an upload by `client`."""
    plan = upload_plan(
        request.call,
        request.data,
        request.format,
        request.chunk_size,
        request.concurrency,
        request.progress,
    )
    return with_state_id(
        client, request.data_state, request.operations.states_call, plan
    )


def call_plan_of(
    client: Any, operations: DataOperations[Any], call: Call[T]
) -> Plan[BEMServerApiClientResponse[T]]:
    """The plan of one call by `client` (its `data_state` a name or an id)."""
    return with_state_id(
        client, call.kwargs["data_state"], operations.states_call, single_call(call)
    )


def _upload_body(body: Any, format: DataFormat | str) -> Any:
    """The generated core's body of one upload request: JSON as it is, CSV
    bytes as a file (the upload plan has checked what the data is)."""
    if enum_value(format, DataFormat, "format") == DataFormat.json.value:
        return body
    # The generated core's types are loaded on first use (import time).
    from .._generated.types import File

    if isinstance(body, bytes | bytearray):
        return File(payload=io.BytesIO(body), mime_type="text/csv")
    return File(payload=body, mime_type="text/csv")


# -- the methods of `api_client.timeseries_data` (their signatures and twins are
# rendered from the facade's table): each takes the method's arguments.

#: Data as the API moves it: JSON {timeseries: {timestamp: value}} or CSV bytes.
TimeseriesDataBody = Mapping[str, Mapping[str, Any]] | bytes | str | BinaryIO
#: Data read through Arrow (the `parquet` extra): a Parquet file's path, a
#: pyarrow Table, a polars DataFrame.
ArrowData = Union["os.PathLike[str]", "pa.Table", "pl.DataFrame"]


def _operations() -> tuple[DataOperations[Any], DataOperations[Any]]:
    """The generated operations of timeseries data by id, and by name within a
    campaign."""
    from .._generated import requests as o

    return DataOperations(
        upload=o.upload_timeseries_data,
        download=o.download_timeseries_data,
        download_aggregated=o.download_aggregated_timeseries_data,
        stats=o.get_timeseries_data_stats,
        delete=o.delete_timeseries_data,
        data_states=o.list_timeseries_data_states,
    ), DataOperations(
        upload=o.upload_timeseries_data_by_names,
        download=o.download_timeseries_data_by_names,
        download_aggregated=o.download_aggregated_timeseries_data_by_names,
        stats=o.get_timeseries_data_stats_by_names,
        delete=o.delete_timeseries_data_by_names,
        data_states=o.list_timeseries_data_states,
    )


BY_ID, BY_NAME = _operations()


def _by(campaign_id: int | None) -> DataOperations[Any]:
    return BY_ID if campaign_id is None else BY_NAME


def get_stats(
    client: Any,
    *,
    campaign_id: int | None = None,
    data_state: int | str,
    timeseries: list[int] | list[str],
    timezone: str,
) -> Plan[BEMServerApiClientResponse[Any]]:
    operations = _by(campaign_id)
    call: Call[Any] = Call(
        *_campaign(campaign_id),
        operation=operations.stats,
        data_state=data_state,
        timeseries=timeseries,
        timezone=timezone,
    )
    return call_plan_of(client, operations, call)


def upload(
    client: Any,
    *,
    campaign_id: int | None = None,
    data_state: int | str,
    data: Any,
    format: DataFormat | str,
    chunk_size: int,
    concurrency: int,
    progress: Progress,
) -> Plan[BEMServerApiClientResponse[None]]:
    return upload_plan_of(
        client,
        DataUpload(
            operations=_by(campaign_id),
            campaign_id=campaign_id,
            data_state=data_state,
            data=data,
            format=format,
            chunk_size=chunk_size,
            concurrency=concurrency,
            progress=progress,
        ),
    )


def download(
    client: Any,
    *,
    campaign_id: int | None = None,
    timeseries: list[int] | list[str],
    start_time: dt.datetime | str,
    end_time: dt.datetime | str,
    data_state: int | str,
    timezone: str,
    format: DataFormat | str = DataFormat.csv,
    convert_to: list[str] | None,
    aggregation: Aggregation | str | None = None,
    bucket_width_value: int | str = "1",
    bucket_width_unit: BucketWidthUnit | str = BucketWidthUnit.hour,
    chunk_size: int | None,
    concurrency: int,
    progress: Progress,
    to_file: FileTarget | None = None,
    file_format: str | None = None,
    dataframe: bool = False,
) -> Plan[Any]:
    """A download's plan; aggregated in buckets with `aggregation`; read into
    a DataFrame with `dataframe` (from CSV); written to a Parquet file (from
    CSV) with `file_format="parquet"` or a `to_file` path ending in .parquet."""
    if isinstance(timeseries, int | str):  # one, as the server takes it (a
        timeseries = [timeseries]  # name or "12" is not its characters)
    parquet = _parquet(to_file, file_format)
    if parquet:
        arrow()  # refused now, before any request, without pyarrow
        format = DataFormat.csv
    buckets = (
        None
        if aggregation is None
        else Buckets(aggregation, bucket_width_value, bucket_width_unit)
    )
    return download_plan_of(
        client,
        DataDownload(
            operations=_by(campaign_id),
            campaign_id=campaign_id,
            timeseries=timeseries,
            start_time=start_time,
            end_time=end_time,
            data_state=data_state,
            timezone=timezone,
            format=format,
            convert_to=convert_to,
            buckets=buckets,
            chunk_size=chunk_size,
            concurrency=concurrency,
            progress=progress,
            to_file=to_file,
            parquet=parquet,
            dataframe=dataframe,
        ),
    )


def _parquet(to_file: FileTarget | None, file_format: str | None) -> bool:
    """Whether a download goes to a Parquet file (else CSV, to a file or not)."""
    if file_format not in (None, "csv", "parquet"):
        raise BEMServerAPIClientValueError(
            f"invalid file_format: {file_format!r} (expected 'csv', 'parquet' or "
            "None: Parquet for a path ending in .parquet, else CSV)"
        )
    if file_format == "parquet" and to_file is None:
        raise BEMServerAPIClientValueError("file_format='parquet' needs to_file")
    if file_format is None:
        return is_parquet_path(to_file)
    return file_format == "parquet"


def delete(
    client: Any,
    *,
    campaign_id: int | None = None,
    start_time: dt.datetime | str,
    end_time: dt.datetime | str,
    data_state: int | str,
    timeseries: list[int] | list[str],
) -> Plan[BEMServerApiClientResponse[None]]:
    operations = _by(campaign_id)
    call: Call[None] = Call(
        *_campaign(campaign_id),
        operation=operations.delete,
        start_time=start_time,
        end_time=end_time,
        data_state=data_state,
        timeseries=timeseries,
    )
    return call_plan_of(client, operations, call)

"""`/timeseries_data/`: the resource classes of `api_client.timeseries_data` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`TimeseriesData`) and an
`async def` of the asyncio client's (`AsyncTimeseriesData`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import enums
from ..._bulk import (
    DEFAULT_CONCURRENCY,
    DEFAULT_DOWNLOAD_CHUNK_SIZE,
    DEFAULT_UPLOAD_CHUNK_SIZE,
    drive_async,
    drive_sync,
)
from ..._particular import timeseries_data
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    import datetime

    import pandas as pd

    from ..._bulk import FileTarget, Progress
    from ..._particular.timeseries_data import ArrowData, TimeseriesDataBody
    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef


class TimeseriesData(Resource):
    """`/timeseries_data/` (`api_client.timeseries_data`)."""

    path = "/timeseries_data/"
    entry_point_name = "timeseries_data"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "get_stats": (_op.get_timeseries_data_stats,),
        "get_stats_by_names": (_op.get_timeseries_data_stats_by_names,),
        "upload": (_op.upload_timeseries_data,),
        "upload_by_names": (_op.upload_timeseries_data_by_names,),
        "download": (
            _op.download_timeseries_data,
            _op.get_timeseries_data_stats,
        ),
        "download_by_names": (
            _op.download_timeseries_data_by_names,
            _op.get_timeseries_data_stats_by_names,
        ),
        "download_aggregate": (_op.download_aggregated_timeseries_data,),
        "download_aggregate_by_names": (
            _op.download_aggregated_timeseries_data_by_names,
        ),
        "download_dataframe": (
            _op.download_timeseries_data,
            _op.get_timeseries_data_stats,
        ),
        "download_by_names_dataframe": (
            _op.download_timeseries_data_by_names,
            _op.get_timeseries_data_stats_by_names,
        ),
        "download_aggregate_dataframe": (_op.download_aggregated_timeseries_data,),
        "download_aggregate_by_names_dataframe": (
            _op.download_aggregated_timeseries_data_by_names,
        ),
        "delete": (_op.delete_timeseries_data,),
        "delete_by_names": (_op.delete_timeseries_data_by_names,),
    }

    def get_stats(
        self, data_state: int | str, timeseries_ids: list[int], timezone: str = "UTC"
    ) -> BEMServerApiClientResponse[m.TimeseriesDataStatsByID]:
        """First and last timestamps, count, min, max... of each timeseries.

        `GET /timeseries_data/stats`

        Args:
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")

        Returns:
            `BEMServerApiClientResponse[TimeseriesDataStatsByID]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[m.TimeseriesDataStatsByID] = drive_sync(
            self._client,
            timeseries_data.get_stats(
                self._client,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
            ),
            "timeseries_data.get_stats",
        )
        return result

    def get_stats_by_names(
        self,
        campaign_id: int,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
    ) -> BEMServerApiClientResponse[m.TimeseriesDataStatsByName]:
        """Statistics of timeseries given by name within a campaign.

        `GET /timeseries_data/campaign/{campaign_id}/stats`

        Args:
            campaign_id: the campaign the timeseries names are in
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")

        Returns:
            `BEMServerApiClientResponse[TimeseriesDataStatsByName]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[m.TimeseriesDataStatsByName] = drive_sync(
            self._client,
            timeseries_data.get_stats(
                self._client,
                campaign_id=campaign_id,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
            ),
            "timeseries_data.get_stats_by_names",
        )
        return result

    def upload(
        self,
        data_state: int | str,
        data: TimeseriesDataBody | pd.DataFrame | ArrowData,
        format: enums.DataFormat | str = enums.DataFormat.json,
        *,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> BEMServerApiClientResponse[None]:
        """Store values of any amount (points the server has are left as they are).

        `data`: JSON {timeseries id: {timestamp: value}}, CSV (bytes, str or a
        binary file; `format=DataFormat.csv`), a DataFrame (tz-aware
        DatetimeIndex, a column per timeseries id), or, with the `parquet`
        extra, a Parquet file's path, a pyarrow Table or a polars DataFrame (a
        tz-aware "Datetime" column, or the only one of timestamps, and a column
        per timeseries; read and sent chunk by chunk). Data of more than
        `chunk_size` points (CSV: cells) is sent in chunks, `concurrency` at a
        time, each point once; a chunk that still fails after the client's
        retries raises BEMServerAPIChunkError, which says what is stored.
        Input the server could not read (CSV not UTF-8, nanosecond timestamps,
        two columns or keys sent as one) raises BEMServerAPIClientValueError
        before any request; Ctrl-C raises BEMServerAPIInterruptedError, which
        says what is stored. `progress`: a callable(done, total) counting
        chunks, or True for a progress bar.

        `POST /timeseries_data/`

        Args:
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            data: JSON {timeseries: {timestamp: value}}, CSV, a DataFrame, Arrow
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            chunk_size: points (CSV: cells) a request sends at most (default DEFAULT_UPLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `BEMServerApiClientResponse[None]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[None] = drive_sync(
            self._client,
            timeseries_data.upload(
                self._client,
                data_state=data_state,
                data=data,
                format=format,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
            ),
            "timeseries_data.upload",
        )
        return result

    def upload_by_names(
        self,
        campaign_id: int,
        data_state: int | str,
        data: TimeseriesDataBody | pd.DataFrame | ArrowData,
        format: enums.DataFormat | str = enums.DataFormat.json,
        *,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> BEMServerApiClientResponse[None]:
        """Store values of timeseries given by name within a campaign (as
        `upload`; a DataFrame has a column per timeseries name).

        `POST /timeseries_data/campaign/{campaign_id}/`

        Args:
            campaign_id: the campaign the timeseries names are in
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            data: JSON {timeseries: {timestamp: value}}, CSV, a DataFrame, Arrow
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            chunk_size: points (CSV: cells) a request sends at most (default DEFAULT_UPLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `BEMServerApiClientResponse[None]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[None] = drive_sync(
            self._client,
            timeseries_data.upload(
                self._client,
                campaign_id=campaign_id,
                data_state=data_state,
                data=data,
                format=format,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
            ),
            "timeseries_data.upload_by_names",
        )
        return result

    def download(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        format: enums.DataFormat | str = enums.DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
        file_format: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesData | bytes]:
        """Values of timeseries by ID over [start_time, end_time).

        A period too short to hold more than `chunk_size` points at one point
        a minute per timeseries is one request. Over a longer one, the
        timeseries' stats (one request first) tell how many points it holds:
        beyond `chunk_size`, the period is split in windows fetched
        `concurrency` at a time and merged in order: the answer is what one
        request would give. `chunk_size=None`: one request.
        `to_file` (`format=DataFormat.csv`): a path or binary file the CSV is
        written to as windows arrive, sized from the stats whatever the period
        (memory bounded by `concurrency` windows); the answer's `data` is then
        None. A path is written under a temporary name and renamed once
        complete: a failure leaves it as it was. A path ending in .parquet (or
        `file_format="parquet"`, whatever `format` says): a Parquet file, a row
        group per window, a "Datetime" column (microseconds, in `timezone`) and
        a float64 column per timeseries (the `parquet` extra: pyarrow).

        `GET /timeseries_data/`
        `GET /timeseries_data/stats`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar
            to_file: a path or binary file the data is written to (CSV, or Parquet)
            file_format: 'csv' or 'parquet' (None: Parquet for a path ending in .parquet)

        Returns:
            `BEMServerApiClientResponse[TimeseriesData | bytes]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[m.TimeseriesData | bytes] = drive_sync(
            self._client,
            timeseries_data.download(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
                file_format=file_format,
            ),
            "timeseries_data.download",
        )
        return result

    def download_by_names(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        format: enums.DataFormat | str = enums.DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
        file_format: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesData | bytes]:
        """Values of timeseries by name within a campaign (as `download`).

        `GET /timeseries_data/campaign/{campaign_id}/`
        `GET /timeseries_data/campaign/{campaign_id}/stats`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar
            to_file: a path or binary file the data is written to (CSV, or Parquet)
            file_format: 'csv' or 'parquet' (None: Parquet for a path ending in .parquet)

        Returns:
            `BEMServerApiClientResponse[TimeseriesData | bytes]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[m.TimeseriesData | bytes] = drive_sync(
            self._client,
            timeseries_data.download(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
                file_format=file_format,
            ),
            "timeseries_data.download_by_names",
        )
        return result

    def download_aggregate(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        aggregation: enums.Aggregation | str = enums.Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: enums.BucketWidthUnit | str = enums.BucketWidthUnit.hour,
        format: enums.DataFormat | str = enums.DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
        file_format: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesData | bytes]:
        """Values aggregated in buckets (e.g. hourly averages).

        Split in windows aligned on buckets (in `timezone`) when there are more
        than `chunk_size` buckets x timeseries and buckets divide a day (or are
        1 day, week, month or year); otherwise one request.

        `GET /timeseries_data/aggregate`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            aggregation: how the values of a bucket are aggregated (default Aggregation.avg)
            bucket_width_value: the buckets' width... (default "1")
            bucket_width_unit: ...in this unit (default BucketWidthUnit.hour)
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar
            to_file: a path or binary file the data is written to (CSV, or Parquet)
            file_format: 'csv' or 'parquet' (None: Parquet for a path ending in .parquet)

        Returns:
            `BEMServerApiClientResponse[TimeseriesData | bytes]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[m.TimeseriesData | bytes] = drive_sync(
            self._client,
            timeseries_data.download(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
                file_format=file_format,
            ),
            "timeseries_data.download_aggregate",
        )
        return result

    def download_aggregate_by_names(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        aggregation: enums.Aggregation | str = enums.Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: enums.BucketWidthUnit | str = enums.BucketWidthUnit.hour,
        format: enums.DataFormat | str = enums.DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
        file_format: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesData | bytes]:
        """Values of timeseries by name aggregated in buckets.

        `GET /timeseries_data/campaign/{campaign_id}/aggregate`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            aggregation: how the values of a bucket are aggregated (default Aggregation.avg)
            bucket_width_value: the buckets' width... (default "1")
            bucket_width_unit: ...in this unit (default BucketWidthUnit.hour)
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar
            to_file: a path or binary file the data is written to (CSV, or Parquet)
            file_format: 'csv' or 'parquet' (None: Parquet for a path ending in .parquet)

        Returns:
            `BEMServerApiClientResponse[TimeseriesData | bytes]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[m.TimeseriesData | bytes] = drive_sync(
            self._client,
            timeseries_data.download(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
                file_format=file_format,
            ),
            "timeseries_data.download_aggregate_by_names",
        )
        return result

    def download_dataframe(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> pd.DataFrame:
        """`download` as a DataFrame: a DatetimeIndex in `timezone` (of
        microseconds), a float64 column per timeseries id (int), typed so
        over an empty period too. start_time and end_time must be tz-aware.

        `GET /timeseries_data/`
        `GET /timeseries_data/stats`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `pd.DataFrame`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: pd.DataFrame = drive_sync(
            self._client,
            timeseries_data.download(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
            "timeseries_data.download_dataframe",
        )
        return result

    def download_by_names_dataframe(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> pd.DataFrame:
        """`download_by_names` as a DataFrame: a column per timeseries name.

        `GET /timeseries_data/campaign/{campaign_id}/`
        `GET /timeseries_data/campaign/{campaign_id}/stats`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `pd.DataFrame`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: pd.DataFrame = drive_sync(
            self._client,
            timeseries_data.download(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
            "timeseries_data.download_by_names_dataframe",
        )
        return result

    def download_aggregate_dataframe(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        aggregation: enums.Aggregation | str = enums.Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: enums.BucketWidthUnit | str = enums.BucketWidthUnit.hour,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> pd.DataFrame:
        """`download_aggregate` as a DataFrame (a column per timeseries id).

        `GET /timeseries_data/aggregate`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            aggregation: how the values of a bucket are aggregated (default Aggregation.avg)
            bucket_width_value: the buckets' width... (default "1")
            bucket_width_unit: ...in this unit (default BucketWidthUnit.hour)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `pd.DataFrame`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: pd.DataFrame = drive_sync(
            self._client,
            timeseries_data.download(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
            "timeseries_data.download_aggregate_dataframe",
        )
        return result

    def download_aggregate_by_names_dataframe(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        aggregation: enums.Aggregation | str = enums.Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: enums.BucketWidthUnit | str = enums.BucketWidthUnit.hour,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> pd.DataFrame:
        """`download_aggregate_by_names` as a DataFrame (a column per name).

        `GET /timeseries_data/campaign/{campaign_id}/aggregate`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            aggregation: how the values of a bucket are aggregated (default Aggregation.avg)
            bucket_width_value: the buckets' width... (default "1")
            bucket_width_unit: ...in this unit (default BucketWidthUnit.hour)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `pd.DataFrame`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: pd.DataFrame = drive_sync(
            self._client,
            timeseries_data.download(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
            "timeseries_data.download_aggregate_by_names_dataframe",
        )
        return result

    def delete(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
    ) -> BEMServerApiClientResponse[None]:
        """Delete the values of timeseries over [start_time, end_time).

        `DELETE /timeseries_data/`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries

        Returns:
            `BEMServerApiClientResponse[None]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[None] = drive_sync(
            self._client,
            timeseries_data.delete(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
            ),
            "timeseries_data.delete",
        )
        return result

    def delete_by_names(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
    ) -> BEMServerApiClientResponse[None]:
        """Delete the values of timeseries given by name within a campaign.

        `DELETE /timeseries_data/campaign/{campaign_id}/`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign

        Returns:
            `BEMServerApiClientResponse[None]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[None] = drive_sync(
            self._client,
            timeseries_data.delete(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
            ),
            "timeseries_data.delete_by_names",
        )
        return result


class AsyncTimeseriesData(AsyncResource):
    """`/timeseries_data/` (`api_client.timeseries_data`), awaitable."""

    path = "/timeseries_data/"
    entry_point_name = "timeseries_data"
    calls = TimeseriesData.calls

    async def get_stats(
        self, data_state: int | str, timeseries_ids: list[int], timezone: str = "UTC"
    ) -> BEMServerApiClientResponse[m.TimeseriesDataStatsByID]:
        """First and last timestamps, count, min, max... of each timeseries.

        `GET /timeseries_data/stats`

        Args:
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")

        Returns:
            `BEMServerApiClientResponse[TimeseriesDataStatsByID]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[
            m.TimeseriesDataStatsByID
        ] = await drive_async(
            self._client,
            timeseries_data.get_stats(
                self._client,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
            ),
            "timeseries_data.get_stats",
        )
        return result

    async def get_stats_by_names(
        self,
        campaign_id: int,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
    ) -> BEMServerApiClientResponse[m.TimeseriesDataStatsByName]:
        """Statistics of timeseries given by name within a campaign.

        `GET /timeseries_data/campaign/{campaign_id}/stats`

        Args:
            campaign_id: the campaign the timeseries names are in
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")

        Returns:
            `BEMServerApiClientResponse[TimeseriesDataStatsByName]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[
            m.TimeseriesDataStatsByName
        ] = await drive_async(
            self._client,
            timeseries_data.get_stats(
                self._client,
                campaign_id=campaign_id,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
            ),
            "timeseries_data.get_stats_by_names",
        )
        return result

    async def upload(
        self,
        data_state: int | str,
        data: TimeseriesDataBody | pd.DataFrame | ArrowData,
        format: enums.DataFormat | str = enums.DataFormat.json,
        *,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> BEMServerApiClientResponse[None]:
        """Store values of any amount (points the server has are left as they are).

        `data`: JSON {timeseries id: {timestamp: value}}, CSV (bytes, str or a
        binary file; `format=DataFormat.csv`), a DataFrame (tz-aware
        DatetimeIndex, a column per timeseries id), or, with the `parquet`
        extra, a Parquet file's path, a pyarrow Table or a polars DataFrame (a
        tz-aware "Datetime" column, or the only one of timestamps, and a column
        per timeseries; read and sent chunk by chunk). Data of more than
        `chunk_size` points (CSV: cells) is sent in chunks, `concurrency` at a
        time, each point once; a chunk that still fails after the client's
        retries raises BEMServerAPIChunkError, which says what is stored.
        Input the server could not read (CSV not UTF-8, nanosecond timestamps,
        two columns or keys sent as one) raises BEMServerAPIClientValueError
        before any request; Ctrl-C raises BEMServerAPIInterruptedError, which
        says what is stored. `progress`: a callable(done, total) counting
        chunks, or True for a progress bar.

        `POST /timeseries_data/`

        Args:
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            data: JSON {timeseries: {timestamp: value}}, CSV, a DataFrame, Arrow
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            chunk_size: points (CSV: cells) a request sends at most (default DEFAULT_UPLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `BEMServerApiClientResponse[None]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[None] = await drive_async(
            self._client,
            timeseries_data.upload(
                self._client,
                data_state=data_state,
                data=data,
                format=format,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
            ),
            "timeseries_data.upload",
        )
        return result

    async def upload_by_names(
        self,
        campaign_id: int,
        data_state: int | str,
        data: TimeseriesDataBody | pd.DataFrame | ArrowData,
        format: enums.DataFormat | str = enums.DataFormat.json,
        *,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> BEMServerApiClientResponse[None]:
        """Store values of timeseries given by name within a campaign (as
        `upload`; a DataFrame has a column per timeseries name).

        `POST /timeseries_data/campaign/{campaign_id}/`

        Args:
            campaign_id: the campaign the timeseries names are in
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            data: JSON {timeseries: {timestamp: value}}, CSV, a DataFrame, Arrow
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            chunk_size: points (CSV: cells) a request sends at most (default DEFAULT_UPLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `BEMServerApiClientResponse[None]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[None] = await drive_async(
            self._client,
            timeseries_data.upload(
                self._client,
                campaign_id=campaign_id,
                data_state=data_state,
                data=data,
                format=format,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
            ),
            "timeseries_data.upload_by_names",
        )
        return result

    async def download(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        format: enums.DataFormat | str = enums.DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
        file_format: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesData | bytes]:
        """Values of timeseries by ID over [start_time, end_time).

        A period too short to hold more than `chunk_size` points at one point
        a minute per timeseries is one request. Over a longer one, the
        timeseries' stats (one request first) tell how many points it holds:
        beyond `chunk_size`, the period is split in windows fetched
        `concurrency` at a time and merged in order: the answer is what one
        request would give. `chunk_size=None`: one request.
        `to_file` (`format=DataFormat.csv`): a path or binary file the CSV is
        written to as windows arrive, sized from the stats whatever the period
        (memory bounded by `concurrency` windows); the answer's `data` is then
        None. A path is written under a temporary name and renamed once
        complete: a failure leaves it as it was. A path ending in .parquet (or
        `file_format="parquet"`, whatever `format` says): a Parquet file, a row
        group per window, a "Datetime" column (microseconds, in `timezone`) and
        a float64 column per timeseries (the `parquet` extra: pyarrow).

        `GET /timeseries_data/`
        `GET /timeseries_data/stats`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar
            to_file: a path or binary file the data is written to (CSV, or Parquet)
            file_format: 'csv' or 'parquet' (None: Parquet for a path ending in .parquet)

        Returns:
            `BEMServerApiClientResponse[TimeseriesData | bytes]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[
            m.TimeseriesData | bytes
        ] = await drive_async(
            self._client,
            timeseries_data.download(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
                file_format=file_format,
            ),
            "timeseries_data.download",
        )
        return result

    async def download_by_names(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        format: enums.DataFormat | str = enums.DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
        file_format: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesData | bytes]:
        """Values of timeseries by name within a campaign (as `download`).

        `GET /timeseries_data/campaign/{campaign_id}/`
        `GET /timeseries_data/campaign/{campaign_id}/stats`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar
            to_file: a path or binary file the data is written to (CSV, or Parquet)
            file_format: 'csv' or 'parquet' (None: Parquet for a path ending in .parquet)

        Returns:
            `BEMServerApiClientResponse[TimeseriesData | bytes]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[
            m.TimeseriesData | bytes
        ] = await drive_async(
            self._client,
            timeseries_data.download(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
                file_format=file_format,
            ),
            "timeseries_data.download_by_names",
        )
        return result

    async def download_aggregate(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        aggregation: enums.Aggregation | str = enums.Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: enums.BucketWidthUnit | str = enums.BucketWidthUnit.hour,
        format: enums.DataFormat | str = enums.DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
        file_format: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesData | bytes]:
        """Values aggregated in buckets (e.g. hourly averages).

        Split in windows aligned on buckets (in `timezone`) when there are more
        than `chunk_size` buckets x timeseries and buckets divide a day (or are
        1 day, week, month or year); otherwise one request.

        `GET /timeseries_data/aggregate`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            aggregation: how the values of a bucket are aggregated (default Aggregation.avg)
            bucket_width_value: the buckets' width... (default "1")
            bucket_width_unit: ...in this unit (default BucketWidthUnit.hour)
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar
            to_file: a path or binary file the data is written to (CSV, or Parquet)
            file_format: 'csv' or 'parquet' (None: Parquet for a path ending in .parquet)

        Returns:
            `BEMServerApiClientResponse[TimeseriesData | bytes]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[
            m.TimeseriesData | bytes
        ] = await drive_async(
            self._client,
            timeseries_data.download(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
                file_format=file_format,
            ),
            "timeseries_data.download_aggregate",
        )
        return result

    async def download_aggregate_by_names(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        aggregation: enums.Aggregation | str = enums.Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: enums.BucketWidthUnit | str = enums.BucketWidthUnit.hour,
        format: enums.DataFormat | str = enums.DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
        file_format: str | None = None,
    ) -> BEMServerApiClientResponse[m.TimeseriesData | bytes]:
        """Values of timeseries by name aggregated in buckets.

        `GET /timeseries_data/campaign/{campaign_id}/aggregate`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            aggregation: how the values of a bucket are aggregated (default Aggregation.avg)
            bucket_width_value: the buckets' width... (default "1")
            bucket_width_unit: ...in this unit (default BucketWidthUnit.hour)
            format: JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes) (default DataFormat.json)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar
            to_file: a path or binary file the data is written to (CSV, or Parquet)
            file_format: 'csv' or 'parquet' (None: Parquet for a path ending in .parquet)

        Returns:
            `BEMServerApiClientResponse[TimeseriesData | bytes]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[
            m.TimeseriesData | bytes
        ] = await drive_async(
            self._client,
            timeseries_data.download(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
                file_format=file_format,
            ),
            "timeseries_data.download_aggregate_by_names",
        )
        return result

    async def download_dataframe(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> pd.DataFrame:
        """`download` as a DataFrame: a DatetimeIndex in `timezone` (of
        microseconds), a float64 column per timeseries id (int), typed so
        over an empty period too. start_time and end_time must be tz-aware.

        `GET /timeseries_data/`
        `GET /timeseries_data/stats`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `pd.DataFrame`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: pd.DataFrame = await drive_async(
            self._client,
            timeseries_data.download(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
            "timeseries_data.download_dataframe",
        )
        return result

    async def download_by_names_dataframe(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> pd.DataFrame:
        """`download_by_names` as a DataFrame: a column per timeseries name.

        `GET /timeseries_data/campaign/{campaign_id}/`
        `GET /timeseries_data/campaign/{campaign_id}/stats`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `pd.DataFrame`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: pd.DataFrame = await drive_async(
            self._client,
            timeseries_data.download(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
            "timeseries_data.download_by_names_dataframe",
        )
        return result

    async def download_aggregate_dataframe(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        aggregation: enums.Aggregation | str = enums.Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: enums.BucketWidthUnit | str = enums.BucketWidthUnit.hour,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> pd.DataFrame:
        """`download_aggregate` as a DataFrame (a column per timeseries id).

        `GET /timeseries_data/aggregate`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            aggregation: how the values of a bucket are aggregated (default Aggregation.avg)
            bucket_width_value: the buckets' width... (default "1")
            bucket_width_unit: ...in this unit (default BucketWidthUnit.hour)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `pd.DataFrame`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: pd.DataFrame = await drive_async(
            self._client,
            timeseries_data.download(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
            "timeseries_data.download_aggregate_dataframe",
        )
        return result

    async def download_aggregate_by_names_dataframe(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        aggregation: enums.Aggregation | str = enums.Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: enums.BucketWidthUnit | str = enums.BucketWidthUnit.hour,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> pd.DataFrame:
        """`download_aggregate_by_names` as a DataFrame (a column per name).

        `GET /timeseries_data/campaign/{campaign_id}/aggregate`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            aggregation: how the values of a bucket are aggregated (default Aggregation.avg)
            bucket_width_value: the buckets' width... (default "1")
            bucket_width_unit: ...in this unit (default BucketWidthUnit.hour)
            convert_to: a unit per timeseries to convert its values to (None: as stored)
            chunk_size: about how many points a request asks for (None: one request) (default DEFAULT_DOWNLOAD_CHUNK_SIZE)
            concurrency: requests in flight at once (default DEFAULT_CONCURRENCY)
            progress: a callable(done, total) counting requests, or True for a progress bar

        Returns:
            `pd.DataFrame`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: pd.DataFrame = await drive_async(
            self._client,
            timeseries_data.download(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
            "timeseries_data.download_aggregate_by_names_dataframe",
        )
        return result

    async def delete(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
    ) -> BEMServerApiClientResponse[None]:
        """Delete the values of timeseries over [start_time, end_time).

        `DELETE /timeseries_data/`

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_ids: the IDs of the timeseries

        Returns:
            `BEMServerApiClientResponse[None]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[None] = await drive_async(
            self._client,
            timeseries_data.delete(
                self._client,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
            ),
            "timeseries_data.delete",
        )
        return result

    async def delete_by_names(
        self,
        campaign_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
    ) -> BEMServerApiClientResponse[None]:
        """Delete the values of timeseries given by name within a campaign.

        `DELETE /timeseries_data/campaign/{campaign_id}/`

        Args:
            campaign_id: the campaign the timeseries names are in
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            data_state: the data state: its ID, or its name as the server has it ("Raw")
            timeseries_names: the names of the timeseries, within the campaign

        Returns:
            `BEMServerApiClientResponse[None]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        result: BEMServerApiClientResponse[None] = await drive_async(
            self._client,
            timeseries_data.delete(
                self._client,
                campaign_id=campaign_id,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
            ),
            "timeseries_data.delete_by_names",
        )
        return result

"""`/timeseries_data/`: the values of timeseries, up and down, by timeseries ID
or by name within a campaign, in chunks (`_bulk`) for large transfers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

from .._bulk import (
    DEFAULT_CONCURRENCY,
    DEFAULT_DOWNLOAD_CHUNK_SIZE,
    DEFAULT_UPLOAD_CHUNK_SIZE,
    FileTarget,
    Plan,
    Progress,
    plan_operation,
)
from .._generated import operations
from ..enums import Aggregation, BucketWidthUnit, DataFormat
from ._base import (
    Call,
    ModeT,
    Resource,
)
from ._timeseries_data import (
    Buckets,
    DataDownload,
    DataOperations,
    DataUpload,
    call_plan_of,
    download_plan_of,
    upload_plan_of,
)

if TYPE_CHECKING:
    import pandas as pd

    from .._generated import models as m
    from ..response import BEMServerApiClientResponse

#: Data as the API moves it: JSON {timeseries: {timestamp: value}} or CSV bytes.
TimeseriesDataBody = Mapping[str, Mapping[str, Any]] | bytes | str | BinaryIO


#: The generated operations of timeseries data: by id...
BY_ID: DataOperations[m.TimeseriesDataStatsByID] = DataOperations(
    upload=operations.upload_timeseries_data,
    download=operations.download_timeseries_data,
    download_aggregated=operations.download_aggregated_timeseries_data,
    stats=operations.get_timeseries_data_stats,
    delete=operations.delete_timeseries_data,
    data_states=operations.list_timeseries_data_states,
)
#: ...and by name within a campaign.
BY_NAME: DataOperations[m.TimeseriesDataStatsByName] = DataOperations(
    upload=operations.upload_timeseries_data_by_names,
    download=operations.download_timeseries_data_by_names,
    download_aggregated=operations.download_aggregated_timeseries_data_by_names,
    stats=operations.get_timeseries_data_stats_by_names,
    delete=operations.delete_timeseries_data_by_names,
    data_states=operations.list_timeseries_data_states,
)


class TimeseriesData(Resource[ModeT]):
    """Values of timeseries, by timeseries ID or by name within a campaign.

    JSON data is {timeseries: {ISO 8601 timestamp: value}}; CSV data has a
    `Datetime` column and a column per timeseries. Downloads answer in the format
    asked for: `parsed` is a TimeseriesData model for JSON, bytes for CSV.
    `data_state` is a state's id or its name as the server has it ("Raw",
    "Clean": looked up once per client).
    """

    path = "/timeseries_data/"

    @plan_operation(BY_ID.stats)
    def get_stats(
        self, data_state: int | str, timeseries_ids: list[int], timezone: str = "UTC"
    ) -> Plan[BEMServerApiClientResponse[m.TimeseriesDataStatsByID]]:
        """First and last timestamps, count, min, max... of each timeseries."""
        return call_plan_of(
            self._client,
            BY_ID,
            Call(
                operation=BY_ID.stats,
                data_state=data_state,
                timeseries=timeseries_ids,
                timezone=timezone,
            ),
        )

    @plan_operation(BY_NAME.stats)
    def get_stats_by_names(
        self,
        campaign_id: int,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
    ) -> Plan[BEMServerApiClientResponse[m.TimeseriesDataStatsByName]]:
        """Statistics of timeseries given by name within a campaign."""
        return call_plan_of(
            self._client,
            BY_NAME,
            Call(
                campaign_id,
                operation=BY_NAME.stats,
                data_state=data_state,
                timeseries=timeseries_names,
                timezone=timezone,
            ),
        )

    @plan_operation(BY_ID.upload)
    def upload(
        self,
        data_state: int | str,
        data: TimeseriesDataBody | pd.DataFrame,
        format: DataFormat | str = DataFormat.json,
        *,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[BEMServerApiClientResponse[None]]:
        """Store values of any amount (points the server has are left as they are).

        `data`: JSON {timeseries id: {timestamp: value}}, CSV (bytes, str or a
        binary file; `format=DataFormat.csv`), or a DataFrame (tz-aware
        DatetimeIndex, a column per timeseries id). Data of more than
        `chunk_size` points (CSV: cells) is sent in chunks, `concurrency` at a
        time, each point once; a chunk that still fails after the client's
        retries raises BEMServerAPIChunkError, which says what is stored.
        Input the server could not read (CSV not UTF-8, nanosecond timestamps,
        two columns or keys sent as one) raises BEMServerAPIClientValueError
        before any request; Ctrl-C raises BEMServerAPIInterruptedError, which
        says what is stored. `progress`: a callable(done, total) counting
        chunks, or True for a progress bar.
        """
        return upload_plan_of(
            self._client,
            DataUpload(
                operations=BY_ID,
                data_state=data_state,
                data=data,
                format=format,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
            ),
        )

    @plan_operation(BY_NAME.upload)
    def upload_by_names(
        self,
        campaign_id: int,
        data_state: int | str,
        data: TimeseriesDataBody | pd.DataFrame,
        format: DataFormat | str = DataFormat.json,
        *,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[BEMServerApiClientResponse[None]]:
        """Store values of timeseries given by name within a campaign (as
        `upload`; a DataFrame has a column per timeseries name)."""
        return upload_plan_of(
            self._client,
            DataUpload(
                operations=BY_NAME,
                campaign_id=campaign_id,
                data_state=data_state,
                data=data,
                format=format,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
            ),
        )

    @plan_operation(BY_ID.download, BY_ID.stats)
    def download(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        format: DataFormat | str = DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
    ) -> Plan[BEMServerApiClientResponse[m.TimeseriesData | bytes]]:
        """Values of timeseries by ID over [start_time, end_time).

        A period too short to hold more than `chunk_size` points at one point
        a minute per timeseries is one request. Over a longer one, the
        timeseries' stats (one request first) tell how many points it holds:
        beyond `chunk_size`, the period is split in windows fetched
        `concurrency` at a time and merged in order: the answer is what one
        request would give. `chunk_size=None`: one request.
        `to_file` (CSV only): a path or binary file the CSV is written to as
        windows arrive (bounded memory); the answer's `data` is then None. A
        path is written under a temporary name and renamed once complete: a
        failure leaves it as it was.
        """
        return download_plan_of(
            self._client,
            DataDownload(
                operations=BY_ID,
                timeseries=timeseries_ids,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timezone=timezone,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
            ),
        )

    @plan_operation(BY_NAME.download, BY_NAME.stats)
    def download_by_names(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        format: DataFormat | str = DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
    ) -> Plan[BEMServerApiClientResponse[m.TimeseriesData | bytes]]:
        """Values of timeseries by name within a campaign (as `download`)."""
        return download_plan_of(
            self._client,
            DataDownload(
                operations=BY_NAME,
                campaign_id=campaign_id,
                timeseries=timeseries_names,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timezone=timezone,
                format=format,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
            ),
        )

    @plan_operation(BY_ID.download_aggregated)
    def download_aggregate(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        aggregation: Aggregation | str = Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: BucketWidthUnit | str = BucketWidthUnit.hour,
        format: DataFormat | str = DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
    ) -> Plan[BEMServerApiClientResponse[m.TimeseriesData | bytes]]:
        """Values aggregated in buckets (e.g. hourly averages).

        Split in windows aligned on buckets (in `timezone`) when there are more
        than `chunk_size` buckets x timeseries and buckets divide a day (or are
        1 day, week, month or year); otherwise one request.
        """
        return download_plan_of(
            self._client,
            DataDownload(
                operations=BY_ID,
                timeseries=timeseries_ids,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timezone=timezone,
                format=format,
                convert_to=convert_to,
                buckets=Buckets(aggregation, bucket_width_value, bucket_width_unit),
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
            ),
        )

    @plan_operation(BY_NAME.download_aggregated)
    def download_aggregate_by_names(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        aggregation: Aggregation | str = Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: BucketWidthUnit | str = BucketWidthUnit.hour,
        format: DataFormat | str = DataFormat.json,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
        to_file: FileTarget | None = None,
    ) -> Plan[BEMServerApiClientResponse[m.TimeseriesData | bytes]]:
        """Values of timeseries by name aggregated in buckets."""
        return download_plan_of(
            self._client,
            DataDownload(
                operations=BY_NAME,
                campaign_id=campaign_id,
                timeseries=timeseries_names,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timezone=timezone,
                format=format,
                convert_to=convert_to,
                buckets=Buckets(aggregation, bucket_width_value, bucket_width_unit),
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                to_file=to_file,
            ),
        )

    # DataFrames (the `pandas` extra): tz-aware index in `timezone`.

    @plan_operation(BY_ID.download, BY_ID.stats)
    def download_dataframe(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[pd.DataFrame]:
        """`download` as a DataFrame: a DatetimeIndex in `timezone` (of
        microseconds), a float64 column per timeseries id (int), typed so over
        an empty period too. start_time and end_time must be tz-aware."""
        return download_plan_of(
            self._client,
            DataDownload(
                operations=BY_ID,
                timeseries=timeseries_ids,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timezone=timezone,
                format=DataFormat.csv,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
        )

    @plan_operation(BY_NAME.download, BY_NAME.stats)
    def download_by_names_dataframe(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[pd.DataFrame]:
        """`download_by_names` as a DataFrame: a column per timeseries name."""
        return download_plan_of(
            self._client,
            DataDownload(
                operations=BY_NAME,
                campaign_id=campaign_id,
                timeseries=timeseries_names,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timezone=timezone,
                format=DataFormat.csv,
                convert_to=convert_to,
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
        )

    @plan_operation(BY_ID.download_aggregated)
    def download_aggregate_dataframe(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        aggregation: Aggregation | str = Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: BucketWidthUnit | str = BucketWidthUnit.hour,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[pd.DataFrame]:
        """`download_aggregate` as a DataFrame (a column per timeseries id)."""
        return download_plan_of(
            self._client,
            DataDownload(
                operations=BY_ID,
                timeseries=timeseries_ids,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timezone=timezone,
                format=DataFormat.csv,
                convert_to=convert_to,
                buckets=Buckets(aggregation, bucket_width_value, bucket_width_unit),
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
        )

    @plan_operation(BY_NAME.download_aggregated)
    def download_aggregate_by_names_dataframe(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
        timezone: str = "UTC",
        aggregation: Aggregation | str = Aggregation.avg,
        bucket_width_value: int | str = "1",
        bucket_width_unit: BucketWidthUnit | str = BucketWidthUnit.hour,
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[pd.DataFrame]:
        """`download_aggregate_by_names` as a DataFrame (a column per name)."""
        return download_plan_of(
            self._client,
            DataDownload(
                operations=BY_NAME,
                campaign_id=campaign_id,
                timeseries=timeseries_names,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timezone=timezone,
                format=DataFormat.csv,
                convert_to=convert_to,
                buckets=Buckets(aggregation, bucket_width_value, bucket_width_unit),
                chunk_size=chunk_size,
                concurrency=concurrency,
                progress=progress,
                dataframe=True,
            ),
        )

    @plan_operation(BY_ID.delete)
    def delete(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_ids: list[int],
    ) -> Plan[BEMServerApiClientResponse[None]]:
        """Delete the values of timeseries over [start_time, end_time)."""
        return call_plan_of(
            self._client,
            BY_ID,
            Call(
                operation=BY_ID.delete,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_ids,
            ),
        )

    @plan_operation(BY_NAME.delete)
    def delete_by_names(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int | str,
        timeseries_names: list[str],
    ) -> Plan[BEMServerApiClientResponse[None]]:
        """Delete the values of timeseries given by name within a campaign."""
        return call_plan_of(
            self._client,
            BY_NAME,
            Call(
                campaign_id,
                operation=BY_NAME.delete,
                start_time=start_time,
                end_time=end_time,
                data_state=data_state,
                timeseries=timeseries_names,
            ),
        )

"""Timeseries, their data states, properties, links, and their data."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

from .._bulk import (
    DEFAULT_CONCURRENCY,
    DEFAULT_DOWNLOAD_CHUNK_SIZE,
    DEFAULT_UPLOAD_CHUNK_SIZE,
    Download,
    FileTarget,
    Plan,
    Progress,
    download_plan,
    frame_plan,
    pandas,
    plan_operation,
    require_aware,
    upload_plan,
)
from ..enums import Aggregation, BucketWidthUnit, DataFormat
from ..exceptions import BEMServerAPIClientValueError
from ._base import (
    CRD,
    CRUD,
    MAX_PAGE_SIZE,
    Call,
    ModeT,
    Paginated,
    Resource,
    enum_value,
    list_operation,
    operation,
    pages_operation,
)

if TYPE_CHECKING:
    import pandas as pd
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m
    from ..response import BEMServerApiClientResponse
    from ._base import NoQuery

#: Data as the API moves it: JSON {timeseries: {timestamp: value}} or CSV bytes.
TimeseriesDataBody = Mapping[str, Mapping[str, Any]] | bytes | str | BinaryIO


class Timeseries(
    CRUD[ModeT, "m.Timeseries", "m.Timeseries", "m.TimeseriesPut"],
    Paginated[ModeT, "m.Timeseries"],
    tag="timeseries",
    collection="timeseries",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListTimeseriesQuery]
    ) -> Call[list[m.Timeseries]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesPagesQuery],
    ) -> Call[list[m.Timeseries]]:
        return self._pages_call(page_size, query)


class TimeseriesDataStates(
    CRUD[
        ModeT, "m.TimeseriesDataState", "m.TimeseriesDataState", "m.TimeseriesDataState"
    ],
    tag="timeseries_data_state",
    collection="timeseries_data_states",
):
    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[NoQuery]
    ) -> Call[list[m.TimeseriesDataState]]:
        return self._list_call(etag, query)


class TimeseriesProperties(
    CRUD[
        ModeT, "m.TimeseriesProperty", "m.TimeseriesProperty", "m.TimeseriesPropertyPut"
    ],
    tag="timeseries_property",
    collection="timeseries_properties",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesPropertiesQuery],
    ) -> Call[list[m.TimeseriesProperty]]:
        return self._list_call(etag, query)


class TimeseriesPropertyData(
    CRUD[
        ModeT,
        "m.TimeseriesPropertyData",
        "m.TimeseriesPropertyData",
        "m.TimeseriesPropertyData",
    ],
    tag="timeseries_property_data",
    collection="timeseries_property_data",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesPropertyDataQuery],
    ) -> Call[list[m.TimeseriesPropertyData]]:
        return self._list_call(etag, query)


class TimeseriesBySites(
    CRD[ModeT, "m.TimeseriesBySite", "m.TimeseriesBySite"],
    Paginated[ModeT, "m.TimeseriesBySite"],
    tag="timeseries_by_site",
    collection="timeseries_by_sites",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesBySitesQuery],
    ) -> Call[list[m.TimeseriesBySite]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesBySitesPagesQuery],
    ) -> Call[list[m.TimeseriesBySite]]:
        return self._pages_call(page_size, query)


class TimeseriesByBuildings(
    CRD[ModeT, "m.TimeseriesByBuilding", "m.TimeseriesByBuilding"],
    Paginated[ModeT, "m.TimeseriesByBuilding"],
    tag="timeseries_by_building",
    collection="timeseries_by_buildings",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesByBuildingsQuery],
    ) -> Call[list[m.TimeseriesByBuilding]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesByBuildingsPagesQuery],
    ) -> Call[list[m.TimeseriesByBuilding]]:
        return self._pages_call(page_size, query)


class TimeseriesByStoreys(
    CRD[ModeT, "m.TimeseriesByStorey", "m.TimeseriesByStorey"],
    Paginated[ModeT, "m.TimeseriesByStorey"],
    tag="timeseries_by_storey",
    collection="timeseries_by_storeys",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesByStoreysQuery],
    ) -> Call[list[m.TimeseriesByStorey]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesByStoreysPagesQuery],
    ) -> Call[list[m.TimeseriesByStorey]]:
        return self._pages_call(page_size, query)


class TimeseriesBySpaces(
    CRD[ModeT, "m.TimeseriesBySpace", "m.TimeseriesBySpace"],
    Paginated[ModeT, "m.TimeseriesBySpace"],
    tag="timeseries_by_space",
    collection="timeseries_by_spaces",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesBySpacesQuery],
    ) -> Call[list[m.TimeseriesBySpace]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesBySpacesPagesQuery],
    ) -> Call[list[m.TimeseriesBySpace]]:
        return self._pages_call(page_size, query)


class TimeseriesByZones(
    CRD[ModeT, "m.TimeseriesByZone", "m.TimeseriesByZone"],
    Paginated[ModeT, "m.TimeseriesByZone"],
    tag="timeseries_by_zone",
    collection="timeseries_by_zones",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesByZonesQuery],
    ) -> Call[list[m.TimeseriesByZone]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesByZonesPagesQuery],
    ) -> Call[list[m.TimeseriesByZone]]:
        return self._pages_call(page_size, query)


class TimeseriesByEvents(
    CRD[ModeT, "m.TimeseriesByEvent", "m.TimeseriesByEvent"],
    Paginated[ModeT, "m.TimeseriesByEvent"],
    tag="timeseries_by_event",
    collection="timeseries_by_events",
):
    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesByEventsQuery],
    ) -> Call[list[m.TimeseriesByEvent]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesByEventsPagesQuery],
    ) -> Call[list[m.TimeseriesByEvent]]:
        return self._pages_call(page_size, query)


def _upload_body(data: TimeseriesDataBody, format: DataFormat | str) -> Any:
    """The generated core's body for data in the given format."""
    if enum_value(format, DataFormat, "format") == DataFormat.json.value:
        if not isinstance(data, Mapping):
            raise BEMServerAPIClientValueError(
                "JSON data must be a dict {timeseries: {timestamp: value}}, "
                f"not {type(data).__name__}"
            )
        return data
    from .._generated.types import File

    if isinstance(data, str):
        data = data.encode()
    if isinstance(data, bytes | bytearray):
        return File(payload=io.BytesIO(data), mime_type="text/csv")
    if not isinstance(data, Mapping) and hasattr(data, "read"):
        return File(payload=data, mime_type="text/csv")
    raise BEMServerAPIClientValueError(
        f"CSV data must be bytes, str or a binary file, not {type(data).__name__}"
    )


def _accept(format: DataFormat | str) -> dict[str, str]:
    return {"Accept": enum_value(format, DataFormat, "format")}


def _asks_csv(format: DataFormat | str) -> bool:
    return enum_value(format, DataFormat, "format") == DataFormat.csv.value


def _frames_checks(start_time: Any, end_time: Any) -> None:
    """DataFrame downloads: a tz-aware period, and pandas, before any request."""
    require_aware(start_time, "start_time")
    require_aware(end_time, "end_time")
    pandas()


class TimeseriesData(Resource[ModeT]):
    """Values of timeseries, by timeseries ID or by name within a campaign.

    JSON data is {timeseries: {ISO 8601 timestamp: value}}; CSV data has a
    `Datetime` column and a column per timeseries. Downloads answer in the format
    asked for: `parsed` is a TimeseriesData model for JSON, bytes for CSV.
    """

    path = "/timeseries_data/"

    @operation("timeseries_data.get_timeseries_data_stats")
    def get_stats(
        self, data_state: int, timeseries_ids: list[int], timezone: str = "UTC"
    ) -> Call[m.TimeseriesDataStatsByID]:
        """First and last timestamps, count, min, max... of each timeseries."""
        return Call(
            data_state=data_state,
            timeseries=timeseries_ids,
            timezone=timezone,
        )

    @operation("timeseries_data_for_campaign.get_timeseries_data_stats_by_names")
    def get_stats_by_names(
        self,
        campaign_id: int,
        data_state: int,
        timeseries_names: list[str],
        timezone: str = "UTC",
    ) -> Call[m.TimeseriesDataStatsByName]:
        """Statistics of timeseries given by name within a campaign."""
        return Call(
            campaign_id,
            data_state=data_state,
            timeseries=timeseries_names,
            timezone=timezone,
        )

    @plan_operation("timeseries_data.upload_timeseries_data")
    def upload(
        self,
        data_state: int,
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

        def make_call(body: Any, format: DataFormat | str) -> Call[None]:
            return Call(
                body=_upload_body(body, format),
                data_state=data_state,
                idempotent=True,  # the server keeps the points it already has
                operation="timeseries_data.upload_timeseries_data",
            )

        return upload_plan(make_call, data, format, chunk_size, concurrency, progress)

    @plan_operation("timeseries_data_for_campaign.upload_timeseries_data_by_names")
    def upload_by_names(
        self,
        campaign_id: int,
        data_state: int,
        data: TimeseriesDataBody | pd.DataFrame,
        format: DataFormat | str = DataFormat.json,
        *,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[BEMServerApiClientResponse[None]]:
        """Store values of timeseries given by name within a campaign (as
        `upload`; a DataFrame has a column per timeseries name)."""

        def make_call(body: Any, format: DataFormat | str) -> Call[None]:
            return Call(
                campaign_id,
                body=_upload_body(body, format),
                data_state=data_state,
                idempotent=True,
                operation="timeseries_data_for_campaign.upload_timeseries_data_by_names",
            )

        return upload_plan(make_call, data, format, chunk_size, concurrency, progress)

    def _raw(
        self,
        campaign_id: int | None,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
        timeseries: list[int] | list[str],
        timezone: str,
        format: DataFormat | str,
        convert_to: list[str] | None,
    ) -> Download:
        """The download of raw values, by id (no campaign) or by name."""
        by_id = campaign_id is None
        operation = (
            "timeseries_data.download_timeseries_data"
            if by_id
            else "timeseries_data_for_campaign.download_timeseries_data_by_names"
        )
        stats = (
            "timeseries_data.get_timeseries_data_stats"
            if by_id
            else "timeseries_data_for_campaign.get_timeseries_data_stats_by_names"
        )
        campaign = () if campaign_id is None else (campaign_id,)

        def window_call(start: Any, end: Any) -> Call[Any]:
            return Call(
                *campaign,
                operation=operation,
                start_time=start,
                end_time=end,
                data_state=data_state,
                timeseries=timeseries,
                timezone=timezone,
                convert_to=convert_to,
                headers=_accept(format),
            )

        def stats_call() -> Call[Any]:
            return Call(
                *campaign,
                operation=stats,
                data_state=data_state,
                timeseries=timeseries,
                timezone=timezone,
            )

        return Download(
            window_call,
            start_time,
            end_time,
            series=len(timeseries),
            timezone=timezone,
            csv=_asks_csv(format),
            stats_call=stats_call,
        )

    def _aggregate(
        self,
        campaign_id: int | None,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
        timeseries: list[int] | list[str],
        timezone: str,
        aggregation: Aggregation | str,
        bucket_width_value: int | str,
        bucket_width_unit: BucketWidthUnit | str,
        format: DataFormat | str,
        convert_to: list[str] | None,
    ) -> Download:
        """The download of aggregated values, by id (no campaign) or by name."""
        operation = (
            "timeseries_data.download_aggregated_timeseries_data"
            if campaign_id is None
            else "timeseries_data_for_campaign."
            "download_aggregated_timeseries_data_by_names"
        )
        campaign = () if campaign_id is None else (campaign_id,)

        def window_call(start: Any, end: Any) -> Call[Any]:
            return Call(
                *campaign,
                operation=operation,
                start_time=start,
                end_time=end,
                data_state=data_state,
                timeseries=timeseries,
                timezone=timezone,
                aggregation=aggregation,
                bucket_width_value=bucket_width_value,
                bucket_width_unit=bucket_width_unit,
                convert_to=convert_to,
                headers=_accept(format),
            )

        try:
            width = int(bucket_width_value)
        except (TypeError, ValueError):
            width = 0  # the server will say: one request
        unit = enum_value(bucket_width_unit, BucketWidthUnit, "bucket_width_unit")
        return Download(
            window_call,
            start_time,
            end_time,
            series=len(timeseries),
            timezone=timezone,
            csv=_asks_csv(format),
            bucket=(width, unit) if width > 0 else (0, "none"),
        )

    @plan_operation(
        "timeseries_data.download_timeseries_data",
        "timeseries_data.get_timeseries_data_stats",
    )
    def download(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
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

        Over a period holding more than about `chunk_size` points (estimated
        from the timeseries' stats, one extra request), the period is split in
        windows fetched `concurrency` at a time and merged in order: the
        answer is what one request would give. `chunk_size=None`: one request.
        `to_file` (CSV only): a path or binary file the CSV is written to as
        windows arrive (bounded memory); the answer's `data` is then None. A
        path is written under a temporary name and renamed once complete: a
        failure leaves it as it was.
        """
        download = self._raw(
            None,
            start_time,
            end_time,
            data_state,
            timeseries_ids,
            timezone,
            format,
            convert_to,
        )
        return download_plan(download, chunk_size, concurrency, progress, to_file)

    @plan_operation(
        "timeseries_data_for_campaign.download_timeseries_data_by_names",
        "timeseries_data_for_campaign.get_timeseries_data_stats_by_names",
    )
    def download_by_names(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
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
        download = self._raw(
            campaign_id,
            start_time,
            end_time,
            data_state,
            timeseries_names,
            timezone,
            format,
            convert_to,
        )
        return download_plan(download, chunk_size, concurrency, progress, to_file)

    @plan_operation("timeseries_data.download_aggregated_timeseries_data")
    def download_aggregate(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
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
        download = self._aggregate(
            None,
            start_time,
            end_time,
            data_state,
            timeseries_ids,
            timezone,
            aggregation,
            bucket_width_value,
            bucket_width_unit,
            format,
            convert_to,
        )
        return download_plan(download, chunk_size, concurrency, progress, to_file)

    @plan_operation(
        "timeseries_data_for_campaign.download_aggregated_timeseries_data_by_names"
    )
    def download_aggregate_by_names(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
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
        download = self._aggregate(
            campaign_id,
            start_time,
            end_time,
            data_state,
            timeseries_names,
            timezone,
            aggregation,
            bucket_width_value,
            bucket_width_unit,
            format,
            convert_to,
        )
        return download_plan(download, chunk_size, concurrency, progress, to_file)

    # DataFrames (the `pandas` extra): tz-aware index in `timezone`.

    @plan_operation(
        "timeseries_data.download_timeseries_data",
        "timeseries_data.get_timeseries_data_stats",
    )
    def download_dataframe(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[pd.DataFrame]:
        """`download` as a DataFrame: a DatetimeIndex in `timezone`, a column
        per timeseries id (int). start_time and end_time must be tz-aware."""
        _frames_checks(start_time, end_time)
        download = self._raw(
            None,
            start_time,
            end_time,
            data_state,
            timeseries_ids,
            timezone,
            DataFormat.csv,
            convert_to,
        )
        plan = download_plan(download, chunk_size, concurrency, progress)
        return frame_plan(plan, timezone, by_ids=True)

    @plan_operation(
        "timeseries_data_for_campaign.download_timeseries_data_by_names",
        "timeseries_data_for_campaign.get_timeseries_data_stats_by_names",
    )
    def download_by_names_dataframe(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
        timeseries_names: list[str],
        timezone: str = "UTC",
        convert_to: list[str] | None = None,
        *,
        chunk_size: int | None = DEFAULT_DOWNLOAD_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: Progress = None,
    ) -> Plan[pd.DataFrame]:
        """`download_by_names` as a DataFrame: a column per timeseries name."""
        _frames_checks(start_time, end_time)
        download = self._raw(
            campaign_id,
            start_time,
            end_time,
            data_state,
            timeseries_names,
            timezone,
            DataFormat.csv,
            convert_to,
        )
        plan = download_plan(download, chunk_size, concurrency, progress)
        return frame_plan(plan, timezone, by_ids=False)

    @plan_operation("timeseries_data.download_aggregated_timeseries_data")
    def download_aggregate_dataframe(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
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
        _frames_checks(start_time, end_time)
        download = self._aggregate(
            None,
            start_time,
            end_time,
            data_state,
            timeseries_ids,
            timezone,
            aggregation,
            bucket_width_value,
            bucket_width_unit,
            DataFormat.csv,
            convert_to,
        )
        plan = download_plan(download, chunk_size, concurrency, progress)
        return frame_plan(plan, timezone, by_ids=True)

    @plan_operation(
        "timeseries_data_for_campaign.download_aggregated_timeseries_data_by_names"
    )
    def download_aggregate_by_names_dataframe(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
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
        _frames_checks(start_time, end_time)
        download = self._aggregate(
            campaign_id,
            start_time,
            end_time,
            data_state,
            timeseries_names,
            timezone,
            aggregation,
            bucket_width_value,
            bucket_width_unit,
            DataFormat.csv,
            convert_to,
        )
        plan = download_plan(download, chunk_size, concurrency, progress)
        return frame_plan(plan, timezone, by_ids=False)

    @operation("timeseries_data.delete_timeseries_data")
    def delete(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
        timeseries_ids: list[int],
    ) -> Call[None]:
        """Delete the values of timeseries over [start_time, end_time)."""
        return Call(
            start_time=start_time,
            end_time=end_time,
            data_state=data_state,
            timeseries=timeseries_ids,
        )

    @operation("timeseries_data_for_campaign.delete_timeseries_data_by_names")
    def delete_by_names(
        self,
        campaign_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
        timeseries_names: list[str],
    ) -> Call[None]:
        """Delete the values of timeseries given by name within a campaign."""
        return Call(
            campaign_id,
            start_time=start_time,
            end_time=end_time,
            data_state=data_state,
            timeseries=timeseries_names,
        )

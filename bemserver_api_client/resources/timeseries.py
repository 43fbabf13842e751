"""Timeseries, their data states, properties, links, and their data."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

from ..enums import Aggregation, BucketWidthUnit, DataFormat
from ..exceptions import BEMServerAPIClientValueError
from ._base import CRD, CRUD, Call, ModeT, Resource, enum_value, operation

if TYPE_CHECKING:
    from .._generated import models as m

#: Data as the API moves it: JSON {timeseries: {timestamp: value}} or CSV bytes.
TimeseriesDataBody = Mapping[str, Mapping[str, Any]] | bytes | str | BinaryIO


class Timeseries(
    CRUD[ModeT, "m.Timeseries", "m.Timeseries", "m.TimeseriesPut"],
    tag="timeseries",
    collection="timeseries",
):
    pass


class TimeseriesDataStates(
    CRUD[
        ModeT, "m.TimeseriesDataState", "m.TimeseriesDataState", "m.TimeseriesDataState"
    ],
    tag="timeseries_data_state",
    collection="timeseries_data_states",
):
    pass


class TimeseriesProperties(
    CRUD[
        ModeT, "m.TimeseriesProperty", "m.TimeseriesProperty", "m.TimeseriesPropertyPut"
    ],
    tag="timeseries_property",
    collection="timeseries_properties",
):
    pass


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
    pass


class TimeseriesBySites(
    CRD[ModeT, "m.TimeseriesBySite", "m.TimeseriesBySite"],
    tag="timeseries_by_site",
    collection="timeseries_by_sites",
):
    pass


class TimeseriesByBuildings(
    CRD[ModeT, "m.TimeseriesByBuilding", "m.TimeseriesByBuilding"],
    tag="timeseries_by_building",
    collection="timeseries_by_buildings",
):
    pass


class TimeseriesByStoreys(
    CRD[ModeT, "m.TimeseriesByStorey", "m.TimeseriesByStorey"],
    tag="timeseries_by_storey",
    collection="timeseries_by_storeys",
):
    pass


class TimeseriesBySpaces(
    CRD[ModeT, "m.TimeseriesBySpace", "m.TimeseriesBySpace"],
    tag="timeseries_by_space",
    collection="timeseries_by_spaces",
):
    pass


class TimeseriesByZones(
    CRD[ModeT, "m.TimeseriesByZone", "m.TimeseriesByZone"],
    tag="timeseries_by_zone",
    collection="timeseries_by_zones",
):
    pass


class TimeseriesByEvents(
    CRD[ModeT, "m.TimeseriesByEvent", "m.TimeseriesByEvent"],
    tag="timeseries_by_event",
    collection="timeseries_by_events",
):
    pass


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

    @operation("timeseries_data.upload_timeseries_data")
    def upload(
        self,
        data_state: int,
        data: TimeseriesDataBody,
        format: DataFormat | str = DataFormat.json,
    ) -> Call[None]:
        """Store values (points the server already has are left as they are)."""
        return Call(
            body=_upload_body(data, format),
            data_state=data_state,
            idempotent=True,  # the server keeps the points it already has
        )

    @operation("timeseries_data_for_campaign.upload_timeseries_data_by_names")
    def upload_by_names(
        self,
        campaign_id: int,
        data_state: int,
        data: TimeseriesDataBody,
        format: DataFormat | str = DataFormat.json,
    ) -> Call[None]:
        """Store values of timeseries given by name within a campaign."""
        return Call(
            campaign_id,
            body=_upload_body(data, format),
            data_state=data_state,
            idempotent=True,
        )

    @operation("timeseries_data.download_timeseries_data")
    def download(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        data_state: int,
        timeseries_ids: list[int],
        timezone: str = "UTC",
        format: DataFormat | str = DataFormat.json,
        convert_to: list[str] | None = None,
    ) -> Call[m.TimeseriesData | bytes]:
        """Values of timeseries by ID over [start_time, end_time)."""
        return Call(
            start_time=start_time,
            end_time=end_time,
            data_state=data_state,
            timeseries=timeseries_ids,
            timezone=timezone,
            convert_to=convert_to,
            headers=_accept(format),
        )

    @operation("timeseries_data_for_campaign.download_timeseries_data_by_names")
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
    ) -> Call[m.TimeseriesData | bytes]:
        """Values of timeseries by name within a campaign."""
        return Call(
            campaign_id,
            start_time=start_time,
            end_time=end_time,
            data_state=data_state,
            timeseries=timeseries_names,
            timezone=timezone,
            convert_to=convert_to,
            headers=_accept(format),
        )

    @operation("timeseries_data.download_aggregated_timeseries_data")
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
    ) -> Call[m.TimeseriesData | bytes]:
        """Values aggregated in buckets (e.g. hourly averages)."""
        return Call(
            start_time=start_time,
            end_time=end_time,
            data_state=data_state,
            timeseries=timeseries_ids,
            timezone=timezone,
            aggregation=aggregation,
            bucket_width_value=bucket_width_value,
            bucket_width_unit=bucket_width_unit,
            convert_to=convert_to,
            headers=_accept(format),
        )

    @operation(
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
    ) -> Call[m.TimeseriesData | bytes]:
        """Values of timeseries by name aggregated in buckets."""
        return Call(
            campaign_id,
            start_time=start_time,
            end_time=end_time,
            data_state=data_state,
            timeseries=timeseries_names,
            timezone=timezone,
            aggregation=aggregation,
            bucket_width_value=bucket_width_value,
            bucket_width_unit=bucket_width_unit,
            convert_to=convert_to,
            headers=_accept(format),
        )

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

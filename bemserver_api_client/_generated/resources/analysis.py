"""`/analysis/`: the resource classes of `api_client.analysis` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Analysis`) and an
`async def` of the asyncio client's (`AsyncAnalysis`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, get_args

from ... import _prepare as _p
from ..._particular import analysis
from ..._transport import send, send_async
from .. import operations as _op
from ..models.timezone import Timezone
from . import AsyncResource, Resource

if TYPE_CHECKING:
    import datetime

    from ... import enums
    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef

# The values each enumeration of the API accepts, in the API document's order.
_TIMEZONE = get_args(Timezone)
_TIME_UNIT = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
)


class Analysis(Resource):
    """`/analysis/` (`api_client.analysis`)."""

    path = "/analysis/"
    entry_point_name = "analysis"
    #: The generated operations each method may call.
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = {
        "get_completeness": (_op.get_completeness,),
        "get_energy_consumption_breakdown": (
            _op.get_site_energy_consumption_breakdown,
            _op.get_building_energy_consumption_breakdown,
        ),
    }

    def get_completeness(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        timeseries: list[int],
        data_state: int,
        bucket_width_value: int,
        bucket_width_unit: enums.BucketWidthUnit | str,
        timezone: str = "UTC",
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Completeness]:
        """Get timeseries data completeness.

        `GET /analysis/completeness`

        How complete the data of timeseries is, bucket by bucket.

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            timeseries: `list[int]`
            data_state: the ID of the data state (1: raw data, as stored)
            bucket_width_value: `int`
            bucket_width_unit: `enums.BucketWidthUnit | str`
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `Completeness`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if (
            start_time is None
            or end_time is None
            or timeseries is None
            or data_state is None
            or bucket_width_value is None
            or bucket_width_unit is None
        ):
            raise _p.missing(
                "analysis.get_completeness",
                [
                    k
                    for k, v in (
                        ("start_time", start_time),
                        ("end_time", end_time),
                        ("timeseries", timeseries),
                        ("data_state", data_state),
                        ("bucket_width_value", bucket_width_value),
                        ("bucket_width_unit", bucket_width_unit),
                    )
                    if v is None
                ],
            )
        if start_time is not None:
            kwargs["start_time"] = _p.datetime_(start_time, "start_time")
        if end_time is not None:
            kwargs["end_time"] = _p.datetime_(end_time, "end_time")
        if timeseries is not None:
            kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
        if data_state is not None:
            kwargs["data_state"] = (
                data_state
                if type(data_state) is int
                else _p.integer(data_state, "data_state")
            )
        if bucket_width_value is not None:
            kwargs["bucket_width_value"] = (
                bucket_width_value
                if type(bucket_width_value) is int
                else _p.integer(bucket_width_value, "bucket_width_value")
            )
        if bucket_width_unit is not None:
            kwargs["bucket_width_unit"] = _p.choice(
                bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
            )
        if timezone is not None:
            kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return send(
            self._client,
            _op.get_completeness,
            "analysis.get_completeness",
            (),
            kwargs,
            query,
        )

    def get_energy_consumption_breakdown(
        self,
        structural_element_type: enums.StructuralElement | str,
        structural_element_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        bucket_width_value: int,
        bucket_width_unit: enums.BucketWidthUnit | str,
        timezone: str = "UTC",
        unit: str = "kWh",
        ratio_property: str | None = None,
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumption]:
        """Get energy consumption breakdown for a site.

        `GET /analysis/energy_consumption/site/{site_id}`
        `GET /analysis/energy_consumption/building/{building_id}`

        Energy consumption of a site or a building, by energy and end use.

        Args:
            structural_element_type: "site" or "building"
            structural_element_id: the ID of the site or building
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            bucket_width_value: `int`
            bucket_width_unit: `enums.BucketWidthUnit | str`
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            unit: `str` (default "kWh")
            ratio_property: `str | None`
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `EnergyConsumption`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        operation = analysis.breakdown_operation(structural_element_type)
        kwargs: dict[str, Any] = {}
        if (
            start_time is None
            or end_time is None
            or bucket_width_value is None
            or bucket_width_unit is None
        ):
            raise _p.missing(
                "analysis.get_energy_consumption_breakdown",
                [
                    k
                    for k, v in (
                        ("start_time", start_time),
                        ("end_time", end_time),
                        ("bucket_width_value", bucket_width_value),
                        ("bucket_width_unit", bucket_width_unit),
                    )
                    if v is None
                ],
            )
        if start_time is not None:
            kwargs["start_time"] = _p.datetime_(start_time, "start_time")
        if end_time is not None:
            kwargs["end_time"] = _p.datetime_(end_time, "end_time")
        if bucket_width_value is not None:
            kwargs["bucket_width_value"] = (
                bucket_width_value
                if type(bucket_width_value) is int
                else _p.integer(bucket_width_value, "bucket_width_value")
            )
        if bucket_width_unit is not None:
            kwargs["bucket_width_unit"] = _p.choice(
                bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
            )
        if timezone is not None:
            kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
        if unit is not None:
            kwargs["unit"] = unit
        if ratio_property is not None:
            kwargs["ratio_property"] = ratio_property
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return send(
            self._client,
            operation,
            "analysis.get_energy_consumption_breakdown",
            (structural_element_id,),
            kwargs,
            query,
        )


class AsyncAnalysis(AsyncResource):
    """`/analysis/` (`api_client.analysis`), awaitable."""

    path = "/analysis/"
    entry_point_name = "analysis"
    calls = Analysis.calls

    async def get_completeness(
        self,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        timeseries: list[int],
        data_state: int,
        bucket_width_value: int,
        bucket_width_unit: enums.BucketWidthUnit | str,
        timezone: str = "UTC",
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Completeness]:
        """Get timeseries data completeness.

        `GET /analysis/completeness`

        How complete the data of timeseries is, bucket by bucket.

        Args:
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            timeseries: `list[int]`
            data_state: the ID of the data state (1: raw data, as stored)
            bucket_width_value: `int`
            bucket_width_unit: `enums.BucketWidthUnit | str`
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `Completeness`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        kwargs: dict[str, Any] = {}
        if (
            start_time is None
            or end_time is None
            or timeseries is None
            or data_state is None
            or bucket_width_value is None
            or bucket_width_unit is None
        ):
            raise _p.missing(
                "analysis.get_completeness",
                [
                    k
                    for k, v in (
                        ("start_time", start_time),
                        ("end_time", end_time),
                        ("timeseries", timeseries),
                        ("data_state", data_state),
                        ("bucket_width_value", bucket_width_value),
                        ("bucket_width_unit", bucket_width_unit),
                    )
                    if v is None
                ],
            )
        if start_time is not None:
            kwargs["start_time"] = _p.datetime_(start_time, "start_time")
        if end_time is not None:
            kwargs["end_time"] = _p.datetime_(end_time, "end_time")
        if timeseries is not None:
            kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
        if data_state is not None:
            kwargs["data_state"] = (
                data_state
                if type(data_state) is int
                else _p.integer(data_state, "data_state")
            )
        if bucket_width_value is not None:
            kwargs["bucket_width_value"] = (
                bucket_width_value
                if type(bucket_width_value) is int
                else _p.integer(bucket_width_value, "bucket_width_value")
            )
        if bucket_width_unit is not None:
            kwargs["bucket_width_unit"] = _p.choice(
                bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
            )
        if timezone is not None:
            kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return await send_async(
            self._client,
            _op.get_completeness,
            "analysis.get_completeness",
            (),
            kwargs,
            query,
        )

    async def get_energy_consumption_breakdown(
        self,
        structural_element_type: enums.StructuralElement | str,
        structural_element_id: int,
        start_time: datetime.datetime | str,
        end_time: datetime.datetime | str,
        bucket_width_value: int,
        bucket_width_unit: enums.BucketWidthUnit | str,
        timezone: str = "UTC",
        unit: str = "kWh",
        ratio_property: str | None = None,
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumption]:
        """Get energy consumption breakdown for a site.

        `GET /analysis/energy_consumption/site/{site_id}`
        `GET /analysis/energy_consumption/building/{building_id}`

        Energy consumption of a site or a building, by energy and end use.

        Args:
            structural_element_type: "site" or "building"
            structural_element_id: the ID of the site or building
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            bucket_width_value: `int`
            bucket_width_unit: `enums.BucketWidthUnit | str`
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            unit: `str` (default "kWh")
            ratio_property: `str | None`
            etag: the ETag of the resource's last read

        Returns:
            `.parsed` is `EnergyConsumption`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        operation = analysis.breakdown_operation(structural_element_type)
        kwargs: dict[str, Any] = {}
        if (
            start_time is None
            or end_time is None
            or bucket_width_value is None
            or bucket_width_unit is None
        ):
            raise _p.missing(
                "analysis.get_energy_consumption_breakdown",
                [
                    k
                    for k, v in (
                        ("start_time", start_time),
                        ("end_time", end_time),
                        ("bucket_width_value", bucket_width_value),
                        ("bucket_width_unit", bucket_width_unit),
                    )
                    if v is None
                ],
            )
        if start_time is not None:
            kwargs["start_time"] = _p.datetime_(start_time, "start_time")
        if end_time is not None:
            kwargs["end_time"] = _p.datetime_(end_time, "end_time")
        if bucket_width_value is not None:
            kwargs["bucket_width_value"] = (
                bucket_width_value
                if type(bucket_width_value) is int
                else _p.integer(bucket_width_value, "bucket_width_value")
            )
        if bucket_width_unit is not None:
            kwargs["bucket_width_unit"] = _p.choice(
                bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
            )
        if timezone is not None:
            kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
        if unit is not None:
            kwargs["unit"] = unit
        if ratio_property is not None:
            kwargs["ratio_property"] = ratio_property
        if etag is not None:
            kwargs["if_none_match"] = etag
        query = None
        return await send_async(
            self._client,
            operation,
            "analysis.get_energy_consumption_breakdown",
            (structural_element_id,),
            kwargs,
            query,
        )

"""`/analysis/`: the resource classes of `api_client.analysis` (written by the generator).

Rendered from the facade's table (generator/facade_table.py) by
generator/resources.py with templates/resource_module.py.jinja: each method is
a plain method of the blocking client's class (`Analysis`) and an
`async def` of the asyncio client's (`AsyncAnalysis`), which sends
one call of a generated operation with its arguments already sorted and
converted. Imported on the entry point's first use (`resources/__init__.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ..._particular import analysis
from ..._transport import (
    execute,
    execute_async,
)
from .. import operations as _op
from . import AsyncResource, Resource

if TYPE_CHECKING:
    import datetime

    from ... import enums
    from ...response import BEMServerApiClientResponse
    from .. import models as m
    from ..operations import OperationRef


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
        """How complete the data of timeseries is, bucket by bucket.

        `GET /analysis/completeness`

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
            `BEMServerApiClientResponse[Completeness]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        call = analysis.get_completeness(
            start_time=start_time,
            end_time=end_time,
            timeseries=timeseries,
            data_state=data_state,
            bucket_width_value=bucket_width_value,
            bucket_width_unit=bucket_width_unit,
            timezone=timezone,
            etag=etag,
        )
        return execute(
            self._client, call.targeting(call.operation, "analysis.get_completeness")
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
        """Energy consumption of a site or a building, by energy and end use.

        `GET /analysis/energy_consumption/site/{site_id}`
        `GET /analysis/energy_consumption/building/{building_id}`

        Args:
            structural_element_type: `enums.StructuralElement | str`
            structural_element_id: `int`
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            bucket_width_value: `int`
            bucket_width_unit: `enums.BucketWidthUnit | str`
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            unit: `str` (default "kWh")
            ratio_property: `str | None`
            etag: the ETag of the resource's last read

        Returns:
            `BEMServerApiClientResponse[EnergyConsumption]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        call = analysis.get_energy_consumption_breakdown(
            structural_element_type=structural_element_type,
            structural_element_id=structural_element_id,
            start_time=start_time,
            end_time=end_time,
            bucket_width_value=bucket_width_value,
            bucket_width_unit=bucket_width_unit,
            timezone=timezone,
            unit=unit,
            ratio_property=ratio_property,
            etag=etag,
        )
        return execute(
            self._client,
            call.targeting(call.operation, "analysis.get_energy_consumption_breakdown"),
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
        """How complete the data of timeseries is, bucket by bucket.

        `GET /analysis/completeness`

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
            `BEMServerApiClientResponse[Completeness]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        call = analysis.get_completeness(
            start_time=start_time,
            end_time=end_time,
            timeseries=timeseries,
            data_state=data_state,
            bucket_width_value=bucket_width_value,
            bucket_width_unit=bucket_width_unit,
            timezone=timezone,
            etag=etag,
        )
        return await execute_async(
            self._client, call.targeting(call.operation, "analysis.get_completeness")
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
        """Energy consumption of a site or a building, by energy and end use.

        `GET /analysis/energy_consumption/site/{site_id}`
        `GET /analysis/energy_consumption/building/{building_id}`

        Args:
            structural_element_type: `enums.StructuralElement | str`
            structural_element_id: `int`
            start_time: start of the period (included): a datetime or ISO 8601
            end_time: end of the period (excluded): a datetime or ISO 8601
            bucket_width_value: `int`
            bucket_width_unit: `enums.BucketWidthUnit | str`
            timezone: IANA time zone of the answer's timestamps and of the buckets (default "UTC")
            unit: `str` (default "kWh")
            ratio_property: `str | None`
            etag: the ETag of the resource's last read

        Returns:
            `BEMServerApiClientResponse[EnergyConsumption]`.

        Raises:
            BEMServerAPIError: what the server answered instead (its subclass
                says which: BEMServerAPINotFoundError,
                BEMServerAPIValidationError...).
            BEMServerAPIClientValueError: an argument refused before any request.
        """
        call = analysis.get_energy_consumption_breakdown(
            structural_element_type=structural_element_type,
            structural_element_id=structural_element_id,
            start_time=start_time,
            end_time=end_time,
            bucket_width_value=bucket_width_value,
            bucket_width_unit=bucket_width_unit,
            timezone=timezone,
            unit=unit,
            ratio_property=ratio_property,
            etag=etag,
        )
        return await execute_async(
            self._client,
            call.targeting(call.operation, "analysis.get_energy_consumption_breakdown"),
        )

"""`/analysis/`: completeness of timeseries and energy consumption breakdowns.

Written by hand: the breakdown calls one of two operations, by the type of
structural element."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from .._call import Call
from .._convert import enum_value
from .._generated import operations
from .._generated.resources import AsyncResource, Resource
from .._transport import execute, execute_async
from ..enums import BucketWidthUnit, StructuralElement
from ..exceptions import BEMServerAPIClientValueError
from ._base import share_docstrings

if TYPE_CHECKING:
    from .._generated import models as m
    from .._generated.operations import OperationRef
    from ..response import BEMServerApiClientResponse

CALLS: dict[str, tuple[OperationRef[Any], ...]] = {
    "get_completeness": (operations.get_completeness,),
    "get_energy_consumption_breakdown": (
        operations.get_site_energy_consumption_breakdown,
        operations.get_building_energy_consumption_breakdown,
    ),
}


def _completeness(
    start_time: dt.datetime | str,
    end_time: dt.datetime | str,
    timeseries: list[int],
    data_state: int,
    bucket_width_value: int,
    bucket_width_unit: BucketWidthUnit | str,
    timezone: str,
    etag: str | None,
) -> Call[m.Completeness]:
    return Call(
        operation=operations.get_completeness,
        caller="analysis.get_completeness",
        start_time=start_time,
        end_time=end_time,
        timeseries=timeseries,
        data_state=data_state,
        bucket_width_value=bucket_width_value,
        bucket_width_unit=bucket_width_unit,
        timezone=timezone,
        if_none_match=etag,
    )


def _breakdown(
    structural_element_type: StructuralElement | str,
    structural_element_id: int,
    start_time: dt.datetime | str,
    end_time: dt.datetime | str,
    bucket_width_value: int,
    bucket_width_unit: BucketWidthUnit | str,
    timezone: str,
    unit: str,
    ratio_property: str | None,
    etag: str | None,
) -> Call[m.EnergyConsumption]:
    element = enum_value(
        structural_element_type, StructuralElement, "structural_element_type"
    )
    if element not in ("site", "building"):
        raise BEMServerAPIClientValueError(
            f"invalid structural_element_type: {element!r} (expected 'site' or "
            "'building')"
        )
    return Call(
        structural_element_id,
        operation=(
            operations.get_site_energy_consumption_breakdown
            if element == "site"
            else operations.get_building_energy_consumption_breakdown
        ),
        caller="analysis.get_energy_consumption_breakdown",
        start_time=start_time,
        end_time=end_time,
        bucket_width_value=bucket_width_value,
        bucket_width_unit=bucket_width_unit,
        timezone=timezone,
        unit=unit,
        ratio_property=ratio_property,
        if_none_match=etag,
    )


class Analysis(Resource):
    """`/analysis/` (`api_client.analysis`)."""

    path = "/analysis/"
    entry_point_name = "analysis"
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = CALLS

    def get_completeness(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        timeseries: list[int],
        data_state: int,
        bucket_width_value: int,
        bucket_width_unit: BucketWidthUnit | str,
        timezone: str = "UTC",
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Completeness]:
        """How complete the data of timeseries is, bucket by bucket.

        `GET /analysis/completeness`
        """
        return execute(
            self._client,
            _completeness(
                start_time,
                end_time,
                timeseries,
                data_state,
                bucket_width_value,
                bucket_width_unit,
                timezone,
                etag,
            ),
        )

    def get_energy_consumption_breakdown(
        self,
        structural_element_type: StructuralElement | str,
        structural_element_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        bucket_width_value: int,
        bucket_width_unit: BucketWidthUnit | str,
        timezone: str = "UTC",
        unit: str = "kWh",
        ratio_property: str | None = None,
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumption]:
        """Energy consumption of a site or a building, by energy and end use.

        `GET /analysis/energy_consumption/site/{site_id}` or
        `GET /analysis/energy_consumption/building/{building_id}`
        """
        return execute(
            self._client,
            _breakdown(
                structural_element_type,
                structural_element_id,
                start_time,
                end_time,
                bucket_width_value,
                bucket_width_unit,
                timezone,
                unit,
                ratio_property,
                etag,
            ),
        )


class AsyncAnalysis(AsyncResource):
    """`/analysis/` (`api_client.analysis`), awaitable."""

    path = "/analysis/"
    entry_point_name = "analysis"
    calls: ClassVar[dict[str, tuple[OperationRef[Any], ...]]] = CALLS

    async def get_completeness(
        self,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        timeseries: list[int],
        data_state: int,
        bucket_width_value: int,
        bucket_width_unit: BucketWidthUnit | str,
        timezone: str = "UTC",
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.Completeness]:
        return await execute_async(
            self._client,
            _completeness(
                start_time,
                end_time,
                timeseries,
                data_state,
                bucket_width_value,
                bucket_width_unit,
                timezone,
                etag,
            ),
        )

    async def get_energy_consumption_breakdown(
        self,
        structural_element_type: StructuralElement | str,
        structural_element_id: int,
        start_time: dt.datetime | str,
        end_time: dt.datetime | str,
        bucket_width_value: int,
        bucket_width_unit: BucketWidthUnit | str,
        timezone: str = "UTC",
        unit: str = "kWh",
        ratio_property: str | None = None,
        *,
        etag: str | None = None,
    ) -> BEMServerApiClientResponse[m.EnergyConsumption]:
        return await execute_async(
            self._client,
            _breakdown(
                structural_element_type,
                structural_element_id,
                start_time,
                end_time,
                bucket_width_value,
                bucket_width_unit,
                timezone,
                unit,
                ratio_property,
                etag,
            ),
        )


share_docstrings(Analysis, AsyncAnalysis)

"""`/analysis/`: completeness of timeseries and energy consumption breakdowns."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._generated import operations
from ..enums import BucketWidthUnit, StructuralElement
from ..exceptions import BEMServerAPIClientValueError
from ._base import Call, ModeT, Resource, enum_value, operation

if TYPE_CHECKING:
    from .._generated import models as m


class Analysis(Resource[ModeT]):
    path = "/analysis/"

    @operation(operations.get_completeness)
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
    ) -> Call[m.Completeness]:
        """How complete the data of timeseries is, bucket by bucket."""
        return Call(
            start_time=start_time,
            end_time=end_time,
            timeseries=timeseries,
            data_state=data_state,
            bucket_width_value=bucket_width_value,
            bucket_width_unit=bucket_width_unit,
            timezone=timezone,
            if_none_match=etag,
        )

    @operation(
        operations.get_site_energy_consumption_breakdown,
        operations.get_building_energy_consumption_breakdown,
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
    ) -> Call[m.EnergyConsumption]:
        """Energy consumption of a site or a building, by energy and end use."""
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
            start_time=start_time,
            end_time=end_time,
            bucket_width_value=bucket_width_value,
            bucket_width_unit=bucket_width_unit,
            timezone=timezone,
            unit=unit,
            ratio_property=ratio_property,
            if_none_match=etag,
        )


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
AnalysisResources = Analysis

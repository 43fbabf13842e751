"""`analysis`: the energy consumption breakdown calls one of two operations,
by the type of structural element."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._call import Call
from .._convert import enum_value
from .._generated import requests
from ..enums import BucketWidthUnit, StructuralElement
from ..exceptions import BEMServerAPIClientValueError

if TYPE_CHECKING:
    from .._generated import models as m


def get_completeness(
    *,
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
        operation=requests.get_completeness,
        start_time=start_time,
        end_time=end_time,
        timeseries=timeseries,
        data_state=data_state,
        bucket_width_value=bucket_width_value,
        bucket_width_unit=bucket_width_unit,
        timezone=timezone,
        if_none_match=etag,
    )


def get_energy_consumption_breakdown(
    *,
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
            requests.get_site_energy_consumption_breakdown
            if element == "site"
            else requests.get_building_energy_consumption_breakdown
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

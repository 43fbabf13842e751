from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.weather_timeseries_by_site_parameter import (
    WeatherTimeseriesBySiteParameter,
    check_weather_timeseries_by_site_parameter,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeseries_exclude_id import TimeseriesExcludeId


T = TypeVar("T", bound="WeatherTimeseriesBySite")


@_attrs_define
class WeatherTimeseriesBySite:
    site_id: int
    timeseries_id: int
    forecast: bool
    id: int | Unset = UNSET
    parameter: str | Unset | WeatherTimeseriesBySiteParameter = UNSET
    timeseries: TimeseriesExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        site_id = self.site_id

        timeseries_id = self.timeseries_id

        forecast = self.forecast

        id = self.id

        parameter: str | Unset
        if isinstance(self.parameter, Unset):
            parameter = UNSET
        elif isinstance(self.parameter, str):
            parameter = self.parameter
        else:
            parameter = self.parameter

        timeseries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeseries, Unset):
            timeseries = self.timeseries.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "site_id": site_id,
                "timeseries_id": timeseries_id,
                "forecast": forecast,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if timeseries is not UNSET:
            field_dict["timeseries"] = timeseries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeseries_exclude_id import TimeseriesExcludeId  # noqa: PLC0415

        d = dict(src_dict)
        site_id = d.pop("site_id")

        timeseries_id = d.pop("timeseries_id")

        forecast = d.pop("forecast")

        id = d.pop("id", UNSET)

        def _parse_parameter(
            data: object,
        ) -> str | Unset | WeatherTimeseriesBySiteParameter:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parameter_type_0 = check_weather_timeseries_by_site_parameter(data)

                return parameter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WeatherTimeseriesBySiteParameter, data)

        parameter = _parse_parameter(d.pop("parameter", UNSET))

        _timeseries = d.pop("timeseries", UNSET)
        timeseries: TimeseriesExcludeId | Unset
        if isinstance(_timeseries, Unset):
            timeseries = UNSET
        else:
            timeseries = TimeseriesExcludeId.from_dict(_timeseries)

        weather_timeseries_by_site = cls(
            site_id=site_id,
            timeseries_id=timeseries_id,
            forecast=forecast,
            id=id,
            parameter=parameter,
            timeseries=timeseries,
        )

        return weather_timeseries_by_site

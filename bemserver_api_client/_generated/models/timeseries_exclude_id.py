from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeseriesExcludeId")


@_attrs_define
class TimeseriesExcludeId:
    name: str
    campaign_id: int
    campaign_scope_id: int
    unit_symbol: str | Unset = ""
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        campaign_id = self.campaign_id

        campaign_scope_id = self.campaign_scope_id

        unit_symbol = self.unit_symbol

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "campaign_id": campaign_id,
                "campaign_scope_id": campaign_scope_id,
            }
        )
        if unit_symbol is not UNSET:
            field_dict["unit_symbol"] = unit_symbol
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        campaign_id = d.pop("campaign_id")

        campaign_scope_id = d.pop("campaign_scope_id")

        unit_symbol = d.pop("unit_symbol", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        timeseries_exclude_id = cls(
            name=name,
            campaign_id=campaign_id,
            campaign_scope_id=campaign_scope_id,
            unit_symbol=unit_symbol,
            description=description,
        )

        return timeseries_exclude_id

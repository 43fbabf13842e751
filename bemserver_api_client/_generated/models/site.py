from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Site")


@_attrs_define
class Site:
    name: str
    campaign_id: int
    id: int | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    ifc_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        campaign_id = self.campaign_id

        id = self.id

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        ifc_id: None | str | Unset
        if isinstance(self.ifc_id, Unset):
            ifc_id = UNSET
        else:
            ifc_id = self.ifc_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "campaign_id": campaign_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if description is not UNSET:
            field_dict["description"] = description
        if ifc_id is not UNSET:
            field_dict["ifc_id"] = ifc_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        campaign_id = d.pop("campaign_id")

        id = d.pop("id", UNSET)

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_ifc_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ifc_id = _parse_ifc_id(d.pop("ifc_id", UNSET))

        site = cls(
            name=name,
            campaign_id=campaign_id,
            id=id,
            latitude=latitude,
            longitude=longitude,
            description=description,
            ifc_id=ifc_id,
        )

        return site

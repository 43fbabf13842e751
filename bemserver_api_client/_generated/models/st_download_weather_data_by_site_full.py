from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="STDownloadWeatherDataBySiteFull")


@_attrs_define
class STDownloadWeatherDataBySiteFull:
    id: int | Unset = UNSET
    site_id: int | Unset = UNSET
    site_name: str | Unset = UNSET
    is_enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        site_id = self.site_id

        site_name = self.site_name

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if site_name is not UNSET:
            field_dict["site_name"] = site_name
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.id = d.get("id", UNSET)
        self.site_id = d.get("site_id", UNSET)
        self.site_name = d.get("site_name", UNSET)
        self.is_enabled = d.get("is_enabled", UNSET)
        if cls is not STDownloadWeatherDataBySiteFull:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                id=self.id,
                site_id=self.site_id,
                site_name=self.site_name,
                is_enabled=self.is_enabled,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not STDownloadWeatherDataBySiteFull:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.id = d.get("id", UNSET)
            self.site_id = d.get("site_id", UNSET)
            self.site_name = d.get("site_name", UNSET)
            self.is_enabled = d.get("is_enabled", UNSET)
            models.append(self)
        return models

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="STDownloadWeatherDataBySitePut")


@_attrs_define
class STDownloadWeatherDataBySitePut:
    id: int | Unset = UNSET
    is_enabled: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.id = d.get("id", UNSET)
        self.is_enabled = d.get("is_enabled", UNSET)
        if cls is not STDownloadWeatherDataBySitePut:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                id=self.id,
                is_enabled=self.is_enabled,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not STDownloadWeatherDataBySitePut:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.id = d.get("id", UNSET)
            self.is_enabled = d.get("is_enabled", UNSET)
            models.append(self)
        return models

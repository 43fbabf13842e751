from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="SitePropertyData")


@_attrs_define
class SitePropertyData:
    site_id: int
    site_property_id: int
    value: str
    id: int | Unset = UNSET
    site_property: SitePropertyExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        site_id = self.site_id

        site_property_id = self.site_property_id

        value = self.value

        id = self.id

        site_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_property, Unset):
            site_property = self.site_property.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "site_id": site_id,
                "site_property_id": site_property_id,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if site_property is not UNSET:
            field_dict["site_property"] = site_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.site_id = d["site_id"]
        self.site_property_id = d["site_property_id"]
        self.value = d["value"]
        self.id = d.get("id", UNSET)
        site_property = d.get("site_property", UNSET)
        if site_property is not UNSET:
            site_property = SitePropertyExcludeId.from_dict(site_property)
        self.site_property = site_property
        if cls is not SitePropertyData:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                site_id=self.site_id,
                site_property_id=self.site_property_id,
                value=self.value,
                id=self.id,
                site_property=self.site_property,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not SitePropertyData:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.site_id = d["site_id"]
            self.site_property_id = d["site_property_id"]
            self.value = d["value"]
            self.id = d.get("id", UNSET)
            site_property = d.get("site_property", UNSET)
            if site_property is not UNSET:
                site_property = SitePropertyExcludeId.from_dict(site_property)
            self.site_property = site_property
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.site_property_exclude_id import SitePropertyExcludeId  # noqa: E402

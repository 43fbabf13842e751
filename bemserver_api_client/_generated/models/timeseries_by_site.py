from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="TimeseriesBySite")


@_attrs_define
class TimeseriesBySite:
    timeseries_id: int
    site_id: int
    id: int | Unset = UNSET
    site: SiteExcludeId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        timeseries_id = self.timeseries_id

        site_id = self.site_id

        id = self.id

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "timeseries_id": timeseries_id,
                "site_id": site_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.timeseries_id = d["timeseries_id"]
        self.site_id = d["site_id"]
        self.id = d.get("id", UNSET)
        site = d.get("site", UNSET)
        if site is not UNSET:
            site = SiteExcludeId.from_dict(site)
        self.site = site
        if cls is not TimeseriesBySite:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                timeseries_id=self.timeseries_id,
                site_id=self.site_id,
                id=self.id,
                site=self.site,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not TimeseriesBySite:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.timeseries_id = d["timeseries_id"]
            self.site_id = d["site_id"]
            self.id = d.get("id", UNSET)
            site = d.get("site", UNSET)
            if site is not UNSET:
                site = SiteExcludeId.from_dict(site)
            self.site = site
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.site_exclude_id import SiteExcludeId  # noqa: E402

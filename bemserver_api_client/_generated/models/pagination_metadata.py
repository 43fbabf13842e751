from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="PaginationMetadata")


@_attrs_define
class PaginationMetadata:
    total: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    first_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    page: int | Unset = UNSET
    previous_page: int | Unset = UNSET
    next_page: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        total_pages = self.total_pages

        first_page = self.first_page

        last_page = self.last_page

        page = self.page

        previous_page = self.previous_page

        next_page = self.next_page

        field_dict: dict[str, Any] = {}
        if total is not UNSET:
            field_dict["total"] = total
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if first_page is not UNSET:
            field_dict["first_page"] = first_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if page is not UNSET:
            field_dict["page"] = page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.total = d.get("total", UNSET)
        self.total_pages = d.get("total_pages", UNSET)
        self.first_page = d.get("first_page", UNSET)
        self.last_page = d.get("last_page", UNSET)
        self.page = d.get("page", UNSET)
        self.previous_page = d.get("previous_page", UNSET)
        self.next_page = d.get("next_page", UNSET)
        if cls is not PaginationMetadata:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                total=self.total,
                total_pages=self.total_pages,
                first_page=self.first_page,
                last_page=self.last_page,
                page=self.page,
                previous_page=self.previous_page,
                next_page=self.next_page,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not PaginationMetadata:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.total = d.get("total", UNSET)
            self.total_pages = d.get("total_pages", UNSET)
            self.first_page = d.get("first_page", UNSET)
            self.last_page = d.get("last_page", UNSET)
            self.page = d.get("page", UNSET)
            self.previous_page = d.get("previous_page", UNSET)
            self.next_page = d.get("next_page", UNSET)
            models.append(self)
        return models

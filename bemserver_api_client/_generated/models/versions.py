from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="Versions")


@_attrs_define
class Versions:
    bemserver_core: str | Unset = UNSET
    bemserver_api: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bemserver_core = self.bemserver_core

        bemserver_api = self.bemserver_api

        field_dict: dict[str, Any] = {}
        if bemserver_core is not UNSET:
            field_dict["bemserver_core"] = bemserver_core
        if bemserver_api is not UNSET:
            field_dict["bemserver_api"] = bemserver_api

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.bemserver_core = d.get("bemserver_core", UNSET)
        self.bemserver_api = d.get("bemserver_api", UNSET)
        if cls is not Versions:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                bemserver_core=self.bemserver_core,
                bemserver_api=self.bemserver_api,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not Versions:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.bemserver_core = d.get("bemserver_core", UNSET)
            self.bemserver_api = d.get("bemserver_api", UNSET)
            models.append(self)
        return models

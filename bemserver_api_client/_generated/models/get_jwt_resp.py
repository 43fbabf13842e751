from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_jwt_resp_status import GetJWTRespStatus
from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="GetJWTResp")


@_attrs_define
class GetJWTResp:
    status: GetJWTRespStatus | str | Unset = UNSET
    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=False)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        access_token = self.access_token

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        if status is not UNSET:
            field_dict["status"] = status
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.status = d.get("status", UNSET)
        self.access_token = d.get("access_token", UNSET)
        self.refresh_token = d.get("refresh_token", UNSET)
        if cls is not GetJWTResp:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                status=self.status,
                access_token=self.access_token,
                refresh_token=self.refresh_token,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not GetJWTResp:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.status = d.get("status", UNSET)
            self.access_token = d.get("access_token", UNSET)
            self.refresh_token = d.get("refresh_token", UNSET)
            models.append(self)
        return models

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_jwt_resp_status import GetJWTRespStatus, check_get_jwt_resp_status
from ..types import UNSET, Unset

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
        d = dict(src_dict)

        def _parse_status(data: object) -> GetJWTRespStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_get_jwt_resp_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetJWTRespStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        access_token = d.pop("access_token", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        get_jwt_resp = cls(
            status=status,
            access_token=access_token,
            refresh_token=refresh_token,
        )

        return get_jwt_resp

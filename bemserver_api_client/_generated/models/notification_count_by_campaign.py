from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="NotificationCountByCampaign")


@_attrs_define
class NotificationCountByCampaign:
    total: int | Unset = UNSET
    campaigns: list[NotificationCountForCampaign] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self.campaigns:
                campaigns_item = campaigns_item_data.to_dict()
                campaigns.append(campaigns_item)

        field_dict: dict[str, Any] = {}
        if total is not UNSET:
            field_dict["total"] = total
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.total = d.get("total", UNSET)
        campaigns = d.get("campaigns", UNSET)
        if campaigns is not UNSET:
            campaigns = NotificationCountForCampaign._list_from_dicts(campaigns)
        self.campaigns = campaigns
        if cls is not NotificationCountByCampaign:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                total=self.total,
                campaigns=self.campaigns,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not NotificationCountByCampaign:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.total = d.get("total", UNSET)
            campaigns = d.get("campaigns", UNSET)
            if campaigns is not UNSET:
                campaigns = NotificationCountForCampaign._list_from_dicts(campaigns)
            self.campaigns = campaigns
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.notification_count_for_campaign import NotificationCountForCampaign  # noqa: E402

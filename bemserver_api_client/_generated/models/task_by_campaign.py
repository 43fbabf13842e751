from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.time_unit import TimeUnit
from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="TaskByCampaign")


@_attrs_define
class TaskByCampaign:
    task_name: str
    campaign_id: int
    id: int | Unset = UNSET
    is_enabled: bool | Unset = True
    parameters: TaskByCampaignParameters | Unset = UNSET
    offset_unit: str | TimeUnit | Unset = UNSET
    start_offset: int | Unset = UNSET
    end_offset: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        campaign_id = self.campaign_id

        id = self.id

        is_enabled = self.is_enabled

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        offset_unit: str | Unset
        if isinstance(self.offset_unit, Unset):
            offset_unit = UNSET
        elif isinstance(self.offset_unit, str):
            offset_unit = self.offset_unit
        else:
            offset_unit = self.offset_unit

        start_offset = self.start_offset

        end_offset = self.end_offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_name": task_name,
                "campaign_id": campaign_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if offset_unit is not UNSET:
            field_dict["offset_unit"] = offset_unit
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset
        if end_offset is not UNSET:
            field_dict["end_offset"] = end_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.task_name = d["task_name"]
        self.campaign_id = d["campaign_id"]
        self.id = d.get("id", UNSET)
        self.is_enabled = d.get("is_enabled", UNSET)
        parameters = d.get("parameters", UNSET)
        if parameters is not UNSET:
            parameters = TaskByCampaignParameters.from_dict(parameters)
        self.parameters = parameters
        self.offset_unit = d.get("offset_unit", UNSET)
        self.start_offset = d.get("start_offset", UNSET)
        self.end_offset = d.get("end_offset", UNSET)
        if cls is not TaskByCampaign:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                task_name=self.task_name,
                campaign_id=self.campaign_id,
                id=self.id,
                is_enabled=self.is_enabled,
                parameters=self.parameters,
                offset_unit=self.offset_unit,
                start_offset=self.start_offset,
                end_offset=self.end_offset,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not TaskByCampaign:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.task_name = d["task_name"]
            self.campaign_id = d["campaign_id"]
            self.id = d.get("id", UNSET)
            self.is_enabled = d.get("is_enabled", UNSET)
            parameters = d.get("parameters", UNSET)
            if parameters is not UNSET:
                parameters = TaskByCampaignParameters.from_dict(parameters)
            self.parameters = parameters
            self.offset_unit = d.get("offset_unit", UNSET)
            self.start_offset = d.get("start_offset", UNSET)
            self.end_offset = d.get("end_offset", UNSET)
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.task_by_campaign_parameters import TaskByCampaignParameters  # noqa: E402

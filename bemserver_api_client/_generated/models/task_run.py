from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat

T = TypeVar("T", bound="TaskRun")


@_attrs_define
class TaskRun:
    task_name: str
    campaign_id: int
    start_time: datetime.datetime
    end_time: datetime.datetime
    parameters: TaskRunParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        campaign_id = self.campaign_id

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_name": task_name,
                "campaign_id": campaign_id,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.task_name = d["task_name"]
        self.campaign_id = d["campaign_id"]
        self.start_time = _datetime_fromisoformat(d["start_time"])
        self.end_time = _datetime_fromisoformat(d["end_time"])
        parameters = d.get("parameters", UNSET)
        if parameters is not UNSET:
            parameters = TaskRunParameters.from_dict(parameters)
        self.parameters = parameters
        if cls is not TaskRun:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                task_name=self.task_name,
                campaign_id=self.campaign_id,
                start_time=self.start_time,
                end_time=self.end_time,
                parameters=self.parameters,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not TaskRun:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.task_name = d["task_name"]
            self.campaign_id = d["campaign_id"]
            self.start_time = _datetime_fromisoformat(d["start_time"])
            self.end_time = _datetime_fromisoformat(d["end_time"])
            parameters = d.get("parameters", UNSET)
            if parameters is not UNSET:
                parameters = TaskRunParameters.from_dict(parameters)
            self.parameters = parameters
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.task_run_parameters import TaskRunParameters  # noqa: E402

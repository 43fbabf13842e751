from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    name: str | Unset = UNSET
    default_parameters: TaskDefaultParameters | Unset = UNSET
    schedule: TaskSchedule | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_parameters, Unset):
            default_parameters = self.default_parameters.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        if name is not UNSET:
            field_dict["name"] = name
        if default_parameters is not UNSET:
            field_dict["default_parameters"] = default_parameters
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.name = d.get("name", UNSET)
        default_parameters = d.get("default_parameters", UNSET)
        if default_parameters is not UNSET:
            default_parameters = TaskDefaultParameters.from_dict(default_parameters)
        self.default_parameters = default_parameters
        schedule = d.get("schedule", UNSET)
        if schedule is not UNSET:
            schedule = TaskSchedule.from_dict(schedule)
        self.schedule = schedule
        if cls is not Task:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                name=self.name,
                default_parameters=self.default_parameters,
                schedule=self.schedule,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not Task:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.name = d.get("name", UNSET)
            default_parameters = d.get("default_parameters", UNSET)
            if default_parameters is not UNSET:
                default_parameters = TaskDefaultParameters.from_dict(default_parameters)
            self.default_parameters = default_parameters
            schedule = d.get("schedule", UNSET)
            if schedule is not UNSET:
                schedule = TaskSchedule.from_dict(schedule)
            self.schedule = schedule
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.task_default_parameters import TaskDefaultParameters  # noqa: E402
from ..models.task_schedule import TaskSchedule  # noqa: E402

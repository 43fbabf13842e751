from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_default_parameters import TaskDefaultParameters
    from ..models.task_schedule import TaskSchedule


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
        from ..models.task_default_parameters import TaskDefaultParameters  # noqa: PLC0415
        from ..models.task_schedule import TaskSchedule  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _default_parameters = d.pop("default_parameters", UNSET)
        default_parameters: TaskDefaultParameters | Unset
        if isinstance(_default_parameters, Unset):
            default_parameters = UNSET
        else:
            default_parameters = TaskDefaultParameters.from_dict(_default_parameters)

        _schedule = d.pop("schedule", UNSET)
        schedule: TaskSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = TaskSchedule.from_dict(_schedule)

        task = cls(
            name=name,
            default_parameters=default_parameters,
            schedule=schedule,
        )

        return task

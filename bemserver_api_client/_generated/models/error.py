from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    code: int | Unset = UNSET
    """ Error code """
    status: str | Unset = UNSET
    """ Error name """
    message: str | Unset = UNSET
    """ Error message """
    errors: ErrorErrors | Unset = UNSET
    """ Errors """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        status = self.status

        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        self.code = d.get("code", UNSET)
        self.status = d.get("status", UNSET)
        self.message = d.get("message", UNSET)
        errors = d.get("errors", UNSET)
        if errors is not UNSET:
            errors = ErrorErrors.from_dict(errors)
        self.errors = errors
        if cls is not Error:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                code=self.code,
                status=self.status,
                message=self.message,
                errors=self.errors,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not Error:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            self.code = d.get("code", UNSET)
            self.status = d.get("status", UNSET)
            self.message = d.get("message", UNSET)
            errors = d.get("errors", UNSET)
            if errors is not UNSET:
                errors = ErrorErrors.from_dict(errors)
            self.errors = errors
            models.append(self)
        return models


# The models of fields, imported after the class: models that refer to each other
# then import in either order (each finds the other's class defined), and
# from_dict runs no import statement per item.
from ..models.error_errors import ErrorErrors  # noqa: E402

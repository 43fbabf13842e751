"""Argument checks and conversions, shared by the operations and the transport.

A value the server would refuse with 422 raises `BEMServerAPIInvalidArgumentError`
(both the server's validation error and a client value error) before sending.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from typing import Any

from .exceptions import (
    BEMServerAPIClientValueError,
    BEMServerAPIInvalidArgumentError,
)


def enum_value(value: Any, enum: type[Enum], argument: str) -> str:
    """The wire value of an enumeration argument given as a member or a string."""
    if isinstance(value, enum):
        return str(value.value)
    for member in enum:
        if value == member.value:
            return str(member.value)
    allowed = ", ".join(repr(member.value) for member in enum)
    raise BEMServerAPIClientValueError(
        f"invalid {argument}: {value!r} (expected one of {allowed})"
    )


def as_datetime(value: Any, argument: str) -> dt.datetime:
    """A datetime from a datetime, a date or an ISO 8601 string."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        from dateutil.parser import isoparse  # only needed here

        try:
            parsed: dt.datetime = isoparse(value)
        except ValueError:
            pass
        else:
            return parsed
    raise BEMServerAPIInvalidArgumentError(
        argument,
        f"invalid {argument}: {value!r} (expected a datetime or an ISO 8601 string)",
        "Not a valid datetime.",
    )


def as_date(value: Any, argument: str) -> dt.date:
    """A date from a date or an ISO 8601 date string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise BEMServerAPIInvalidArgumentError(
        argument,
        f"invalid {argument}: {value!r} (expected a date or an ISO 8601 date string)",
        "Not a valid date.",
    )


def checked_payload(body: Any) -> Any:
    """A request body given as a mapping or as a generated model, as given."""
    if isinstance(body, Mapping) or hasattr(body, "to_dict"):
        return body
    raise BEMServerAPIClientValueError(
        f"invalid payload: {type(body).__name__} (expected a dict or a model)"
    )

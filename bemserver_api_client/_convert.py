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
    # As an enumeration the API document lists (`_prepare._coerce`): what the
    # server would answer, its values in the document's order.
    values = [str(member.value) for member in enum]
    raise BEMServerAPIInvalidArgumentError(
        argument,
        f"invalid {argument}: {value!r} (expected one of "
        f"{', '.join(repr(v) for v in values)})",
        f"Must be one of: {', '.join(values)}.",
    )


def json_key(key: Any) -> Any:
    """A key or value as JSON writes it: a date or datetime in ISO 8601, an
    enum member as its value, a numpy integer as an int; anything else as it
    is (str, int, float, bool and None are JSON's own)."""
    if isinstance(key, str | int | float) or key is None:
        return key
    if isinstance(key, dt.date):  # datetimes too
        return key.isoformat()
    if isinstance(key, Enum):
        return key.value
    if hasattr(key, "__index__"):
        return key.__index__()
    return key


def iso_datetime(text: str) -> dt.datetime | None:
    """The datetime an ISO 8601 string states, else None: the package's one
    reader of timestamps given as text (arguments, bulk data, windows)."""
    try:  # the common forms, fast; "Z" for Python 3.10
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    from dateutil.parser import isoparse  # the rarer ISO 8601 forms

    try:
        parsed: dt.datetime = isoparse(text)
    except (ValueError, OverflowError):
        return None
    return parsed


def as_datetime(value: Any, argument: str) -> dt.datetime:
    """A datetime from a datetime, a date or an ISO 8601 string."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        parsed = iso_datetime(value)
        if parsed is not None:
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

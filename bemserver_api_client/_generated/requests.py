"""The operations the handwritten entry points send as described calls (written by the generator).

Rendered from the facade's table (PARTICULAR_OPERATIONS, generator/facade_table.py)
by generator/resources.py with templates/requests.py.jinja. Each is a typed
reference of the index's operation (`operations.py`) with the function that
turns a described call (`_call.Call`: its path arguments, and keyword arguments
named as the request builder's) into its request: each argument converted as
the generator chose from the builder's annotation (`_prepare`'s converters, as
the generated resource classes call them), a required one checked, a keyword
the builder does not take sent as a query parameter with a warning.
`_prepare.prepare` calls it when the call is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, get_args

from .. import _prepare as _p
from . import operations as _op
from .models.timezone import Timezone
from .operations import OperationRef

T = TypeVar("T")


class RequestRef(OperationRef[T]):
    """A generated operation and `build(caller, args, **kwargs)`, the function
    that makes its request of a described call's arguments."""

    __slots__ = ("build",)

    def __init__(
        self, ref: OperationRef[T], build: Callable[..., dict[str, Any]]
    ) -> None:
        super().__init__(ref.name, ref.method, ref.path)
        self.build = build


# The values each enumeration of the API accepts, in the API document's order.
_AGGREGATION = (
    "avg",
    "sum",
    "min",
    "max",
    "count",
)
_TIMEZONE = get_args(Timezone)
_TIME_UNIT = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
)


def _delete_timeseries_data(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `DELETE /timeseries_data/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if (
        timeseries is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(_op.delete_timeseries_data, caller, args, kwargs, unlisted)


delete_timeseries_data = RequestRef(_op.delete_timeseries_data, _delete_timeseries_data)


def _delete_timeseries_data_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `DELETE /timeseries_data/campaign/{campaign_id}/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, None, "timeseries")
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if (
        timeseries is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.delete_timeseries_data_by_names, caller, args, kwargs, unlisted
    )


delete_timeseries_data_by_names = RequestRef(
    _op.delete_timeseries_data_by_names, _delete_timeseries_data_by_names
)


def _download_aggregated_timeseries_data(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    bucket_width_value: Any = None,
    bucket_width_unit: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    convert_to: Any = None,
    aggregation: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/aggregate`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if bucket_width_value is not None:
        kwargs["bucket_width_value"] = (
            bucket_width_value
            if type(bucket_width_value) is int
            else _p.integer(bucket_width_value, "bucket_width_value")
        )
    if bucket_width_unit is not None:
        kwargs["bucket_width_unit"] = _p.choice(
            bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
        )
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if convert_to is not None:
        kwargs["convert_to"] = _p.listed(convert_to, None, "convert_to")
    if aggregation is not None:
        kwargs["aggregation"] = _p.choice(aggregation, _AGGREGATION, "aggregation")
    if (
        timeseries is None
        or bucket_width_value is None
        or bucket_width_unit is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("bucket_width_value", bucket_width_value),
                    ("bucket_width_unit", bucket_width_unit),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.download_aggregated_timeseries_data, caller, args, kwargs, unlisted
    )


download_aggregated_timeseries_data = RequestRef(
    _op.download_aggregated_timeseries_data, _download_aggregated_timeseries_data
)


def _download_aggregated_timeseries_data_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    bucket_width_value: Any = None,
    bucket_width_unit: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    convert_to: Any = None,
    aggregation: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/campaign/{campaign_id}/aggregate`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, None, "timeseries")
    if bucket_width_value is not None:
        kwargs["bucket_width_value"] = (
            bucket_width_value
            if type(bucket_width_value) is int
            else _p.integer(bucket_width_value, "bucket_width_value")
        )
    if bucket_width_unit is not None:
        kwargs["bucket_width_unit"] = _p.choice(
            bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
        )
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if convert_to is not None:
        kwargs["convert_to"] = _p.listed(convert_to, None, "convert_to")
    if aggregation is not None:
        kwargs["aggregation"] = _p.choice(aggregation, _AGGREGATION, "aggregation")
    if (
        timeseries is None
        or bucket_width_value is None
        or bucket_width_unit is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("bucket_width_value", bucket_width_value),
                    ("bucket_width_unit", bucket_width_unit),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.download_aggregated_timeseries_data_by_names, caller, args, kwargs, unlisted
    )


download_aggregated_timeseries_data_by_names = RequestRef(
    _op.download_aggregated_timeseries_data_by_names,
    _download_aggregated_timeseries_data_by_names,
)


def _download_timeseries_data(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    convert_to: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if convert_to is not None:
        kwargs["convert_to"] = _p.listed(convert_to, None, "convert_to")
    if (
        timeseries is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(_op.download_timeseries_data, caller, args, kwargs, unlisted)


download_timeseries_data = RequestRef(
    _op.download_timeseries_data, _download_timeseries_data
)


def _download_timeseries_data_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    convert_to: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/campaign/{campaign_id}/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, None, "timeseries")
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if convert_to is not None:
        kwargs["convert_to"] = _p.listed(convert_to, None, "convert_to")
    if (
        timeseries is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.download_timeseries_data_by_names, caller, args, kwargs, unlisted
    )


download_timeseries_data_by_names = RequestRef(
    _op.download_timeseries_data_by_names, _download_timeseries_data_by_names
)


def _get_timeseries_data_stats(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    data_state: Any = None,
    timezone: Any = None,
    timeseries: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/stats`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if data_state is None or timeseries is None:
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("data_state", data_state),
                    ("timeseries", timeseries),
                )
                if v is None
            ],
        )
    return _p.request(_op.get_timeseries_data_stats, caller, args, kwargs, unlisted)


get_timeseries_data_stats = RequestRef(
    _op.get_timeseries_data_stats, _get_timeseries_data_stats
)


def _get_timeseries_data_stats_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    data_state: Any = None,
    timezone: Any = None,
    timeseries: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/campaign/{campaign_id}/stats`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, None, "timeseries")
    if data_state is None or timeseries is None:
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("data_state", data_state),
                    ("timeseries", timeseries),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.get_timeseries_data_stats_by_names, caller, args, kwargs, unlisted
    )


get_timeseries_data_stats_by_names = RequestRef(
    _op.get_timeseries_data_stats_by_names, _get_timeseries_data_stats_by_names
)


def _list_timeseries_data_states(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    if_none_match: Any = None,
    if_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data_states/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if if_none_match is not None:
        kwargs["if_none_match"] = if_none_match
    return _p.request(_op.list_timeseries_data_states, caller, args, kwargs, unlisted)


list_timeseries_data_states = RequestRef(
    _op.list_timeseries_data_states, _list_timeseries_data_states
)


def _upload_timeseries_data(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    body: Any = None,
    data_state: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `POST /timeseries_data/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs["body"] = body
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if data_state is None:
        raise _p.missing(
            caller, [k for k, v in (("data_state", data_state),) if v is None]
        )
    return _p.request(_op.upload_timeseries_data, caller, args, kwargs, unlisted)


upload_timeseries_data = RequestRef(_op.upload_timeseries_data, _upload_timeseries_data)


def _upload_timeseries_data_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    body: Any = None,
    data_state: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `POST /timeseries_data/campaign/{campaign_id}/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs["body"] = body
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if data_state is None:
        raise _p.missing(
            caller, [k for k, v in (("data_state", data_state),) if v is None]
        )
    return _p.request(
        _op.upload_timeseries_data_by_names, caller, args, kwargs, unlisted
    )


upload_timeseries_data_by_names = RequestRef(
    _op.upload_timeseries_data_by_names, _upload_timeseries_data_by_names
)

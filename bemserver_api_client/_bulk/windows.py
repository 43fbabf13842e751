"""The time windows a download is split into: none for a period too short to
hold many points, from the timeseries' stats for raw values over longer ones,
on bucket bounds for aggregates."""

from __future__ import annotations

import datetime as dt
import math
import weakref
from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import Any

from .._convert import iso_datetime
from ..exceptions import BEMServerAPIClientValueError

#: Most windows a download is split into, whatever the stats answer says
#: (its `count` sets their number) or the period and buckets asked for:
#: beyond it windows grow instead (500M points at the default chunk size).
MAX_DOWNLOAD_WINDOWS = 10_000

#: The densest data a download of raw values is assumed to hold before it
#: asks the stats, unless the client has seen denser: one point a minute per
#: timeseries (building data is sampled every minute or less often). A period
#: that would hold at most `chunk_size` points so goes as one request, with no
#: planning request.
DENSEST_ASSUMED_INTERVAL = dt.timedelta(minutes=1)


def aware(value: Any, argument: str) -> dt.datetime | None:
    """A timezone-aware datetime from a datetime or an ISO 8601 string, None
    when it has no timezone (or cannot be read: the server will say)."""
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        read = iso_datetime(value)
        if read is None:
            return None
        parsed = read
    else:
        return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return None
    return parsed


def require_aware(value: Any, argument: str) -> dt.datetime:
    """A timezone-aware datetime, or BEMServerAPIClientValueError."""
    parsed = aware(value, argument)
    if parsed is None:
        raise BEMServerAPIClientValueError(
            f"invalid {argument}: {value!r} (expected a timezone-aware datetime or "
            "ISO 8601 string with an offset, e.g. 2024-01-01T00:00:00+00:00)"
        )
    return parsed


class Densities:
    """What a client has seen of the timeseries it downloads: the most points
    a second each held, told by the stats it asked and by downloads sent as
    one request. It only makes a client more careful (denser than assumed:
    the stats are asked), never less, and is the client's own: what one
    client saw never changes what another sends."""

    def __init__(self) -> None:
        self._rates: dict[Hashable, float] = {}

    def saw(self, timeseries: Hashable, points: int, seconds: float) -> None:
        """`points` of `timeseries` over `seconds`."""
        if seconds > 0 and points > 0:
            rate = points / seconds
            if rate > self._rates.get(timeseries, 0.0):
                self._rates[timeseries] = rate

    def rate(self, timeseries: Hashable) -> float:
        """The most points a second `timeseries` was seen to hold (0: never
        seen)."""
        return self._rates.get(timeseries, 0.0)


_DENSITIES: weakref.WeakKeyDictionary[Any, Densities] = weakref.WeakKeyDictionary()


def densities_of(client: Any) -> Densities:
    """The densities a client has seen (its own)."""
    known = _DENSITIES.get(client)
    if known is None:
        known = _DENSITIES[client] = Densities()
    return known


def surely_small(
    start: dt.datetime,
    end: dt.datetime,
    timeseries: Iterable[Hashable],
    chunk_size: int,
    densities: Densities,
) -> bool:
    """Whether [start, end) holds at most chunk_size points of `timeseries`,
    each sampled at most every DENSEST_ASSUMED_INTERVAL or as densely as the
    client has seen it: then the download is one request, with no stats
    asked to size windows."""
    seconds = (end - start).total_seconds()
    assumed = 1 / DENSEST_ASSUMED_INTERVAL.total_seconds()
    rates = (max(assumed, densities.rate(key)) for key in timeseries)
    return sum(rates) * seconds <= chunk_size


class Windows:
    """The time windows [start, end) a download is split into."""

    def __init__(self, bounds: list[dt.datetime]) -> None:
        self.bounds = bounds

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __iter__(self) -> Iterator[tuple[dt.datetime, dt.datetime]]:
        return iter(zip(self.bounds[:-1], self.bounds[1:], strict=False))


def raw_windows(
    start: dt.datetime,
    end: dt.datetime,
    stats: Mapping[str, Any],
    chunk_size: int,
) -> Windows:
    """Windows holding about chunk_size points each, from the timeseries'
    stats (count, first and last timestamps), assuming an even spread."""
    utc = dt.timezone.utc
    start, end = start.astimezone(utc), end.astimezone(utc)
    if end <= start:
        return Windows([start, end])
    expected = 0.0
    low, high = end, start
    for item in stats.values():
        count = item.get("count") or 0
        first = aware(item.get("first_timestamp"), "")
        last = aware(item.get("last_timestamp"), "")
        if not count or first is None or last is None:
            continue
        first, last = first.astimezone(utc), last.astimezone(utc)
        span = (last - first).total_seconds()
        overlap_start, overlap_end = max(first, start), min(last, end)
        if overlap_end < overlap_start:
            continue
        share = (
            1.0 if span <= 0 else (overlap_end - overlap_start).total_seconds() / span
        )
        expected += count * min(1.0, share)
        low, high = min(low, overlap_start), max(high, overlap_end)
    windows = min(math.ceil(expected / chunk_size), MAX_DOWNLOAD_WINDOWS)
    if windows <= 1 or high <= low:
        return Windows([start, end])
    step = (high - low) / windows
    bounds = [start] + [low + step * i for i in range(1, windows)] + [end]
    return Windows(bounds)


_FIXED_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_APPROX_SECONDS = {
    "day": 86_400,
    "week": 604_800,
    "month": 2_629_746,
    "year": 31_556_952,
}


def aggregate_windows(
    start: dt.datetime,
    end: dt.datetime,
    timezone: str,
    width_value: int,
    width_unit: str,
    series: int,
    chunk_size: int,
) -> Windows:
    """Windows whose inner bounds are bucket bounds in the requested timezone
    (the server floors start and ceils end to whole buckets): local midnights
    for buckets dividing a day, Mondays for weeks, month or year starts."""
    single = Windows([start, end])
    try:
        from zoneinfo import ZoneInfo  # loaded by aggregate downloads only

        zone = ZoneInfo(timezone)
    except Exception:
        return single
    sizes = _bucket_and_window_unit(width_value, width_unit)
    if sizes is None:
        return single
    bucket, window_unit = sizes
    seconds = (end - start).total_seconds()
    buckets = seconds / bucket
    windows = min(
        math.ceil(buckets * max(1, series) / chunk_size), MAX_DOWNLOAD_WINDOWS
    )
    if windows <= 1:
        return single
    units = seconds / _APPROX_SECONDS[window_unit]
    per_window = max(1, math.floor(units / windows))
    if units / per_window + 2 > MAX_DOWNLOAD_WINDOWS:  # windows are whole units
        per_window = math.ceil(units / (MAX_DOWNLOAD_WINDOWS - 2))
    origin = _floor_local(start.astimezone(zone), window_unit)
    return Windows(_local_bounds(start, end, origin, window_unit, per_window))


def _bucket_and_window_unit(
    width_value: int, width_unit: str
) -> tuple[int, str] | None:
    """A bucket's seconds (approximate beyond hours) and the unit windows are
    whole numbers of; None when buckets are aligned on no such unit (one
    request)."""
    if width_unit in _FIXED_SECONDS:
        bucket = width_value * _FIXED_SECONDS[width_unit]
        if bucket <= 0 or 86_400 % bucket:
            return None  # buckets not aligned on days
        return bucket, "day"
    if width_value == 1 and width_unit in _APPROX_SECONDS:
        return _APPROX_SECONDS[width_unit], width_unit
    return None


def _local_bounds(
    start: dt.datetime,
    end: dt.datetime,
    origin: dt.datetime,
    unit: str,
    per_window: int,
) -> list[dt.datetime]:
    """start, every `per_window` units of local time from `origin` strictly
    between start and end, then end."""
    bounds = [start]
    index = 1
    while True:
        bound = _add_local(origin, unit, per_window * index)
        if bound >= end:
            break
        if bound > start:
            bounds.append(bound)
        index += 1
    bounds.append(end)
    return bounds


def _floor_local(value: dt.datetime, unit: str) -> dt.datetime:
    day = value.replace(hour=0, minute=0, second=0, microsecond=0, fold=0)
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _add_local(origin: dt.datetime, unit: str, count: int) -> dt.datetime:
    """origin + count units of wall-clock time in origin's timezone, as UTC."""
    if unit == "day":
        value = origin + dt.timedelta(days=count)
    elif unit == "week":
        value = origin + dt.timedelta(weeks=count)
    else:
        months = count * (12 if unit == "year" else 1)
        month0 = origin.month - 1 + months
        value = origin.replace(year=origin.year + month0 // 12, month=month0 % 12 + 1)
    return value.astimezone(dt.timezone.utc)

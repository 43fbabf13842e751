"""Timeseries data as a Dask DataFrame, read by the workers (the `dask` extra).

`read_timeseries_data(client, start_time, end_time, data_state, timeseries_ids)`
and its by-names twin return a lazy `dask.dataframe.DataFrame`: one partition
per period of `partition_period` (its divisions are the periods' bounds), each
downloaded by the worker that computes it, as `download_dataframe` gives it (a
DatetimeIndex of microseconds in `timezone`, a float64 column per timeseries),
`timeseries_per_request` timeseries a request.

The client travels to the workers pickled: its host, settings and a token pair,
never a password (an HTTP Basic client exchanges it once, on the driver, when
first pickled); the partitions a worker computes share one copy, which renews
its access token with the refresh token. Unpickling opens no connection.

    from distributed import Client
    from bemserver_api_client.dask import read_timeseries_data

    with Client("scheduler:8786"):
        frame = read_timeseries_data(api_client, start, end, "Raw", ids)
        hourly = frame.resample("1h").mean().compute()
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._bulk import require_aware
from ._client import BEMServerAPIClient

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_timeseries_data", "read_timeseries_data_by_names"]

#: A partition's period by default: a week is 10k points per timeseries at one
#: value a minute (docs/guides/dask-cluster.md says how to size them).
DEFAULT_PARTITION_PERIOD = dt.timedelta(days=7)
#: Timeseries a request asks for at most (a partition of more sends several).
DEFAULT_TIMESERIES_PER_REQUEST = 50


def _dask() -> Any:
    try:
        import dask.dataframe as dd  # an optional dependency: imported when used
    except ImportError:
        raise ImportError(
            "the Dask reader needs dask: pip install 'bemserver-api-client[dask]'"
        ) from None
    return dd


def _periods(
    start: dt.datetime, end: dt.datetime, period: dt.timedelta
) -> list[tuple[dt.datetime, dt.datetime]]:
    if period <= dt.timedelta(0):
        raise ValueError(f"partition_period must be positive, not {period!r}")
    bounds = []
    low = start
    while low < end:
        high = min(low + period, end)
        bounds.append((low, high))
        low = high
    return bounds


#: The clients of the partitions unpickled in this process, by what their
#: pickle carried: the partitions of one reader share one client in a worker,
#: which renews its access token once for all of them.
_WORKER_CLIENTS: dict[tuple[Any, ...], BEMServerAPIClient] = {}
_WORKER_CLIENTS_LOCK = threading.Lock()


class _Partition:
    """Fetches one period's values where the partition is computed (pickled
    to the workers with the client it holds)."""

    def __init__(
        self,
        client: BEMServerAPIClient,
        campaign_id: int | None,
        data_state: int | str,
        timeseries: list[Any],
        timezone: str,
        convert_to: list[str] | None,
        per_request: int,
    ) -> None:
        self.client = client
        self.campaign_id = campaign_id
        self.data_state = data_state
        self.timeseries = timeseries
        self.timezone = timezone
        self.convert_to = convert_to
        self.per_request = per_request

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        auth = self.client.authentication_method
        key = (
            type(self.client),
            self.client.base_uri,
            getattr(auth, "access_token", None),
            getattr(auth, "refresh_token", None),
        )
        with _WORKER_CLIENTS_LOCK:
            self.client = _WORKER_CLIENTS.setdefault(key, self.client)

    def __dask_tokenize__(self) -> Any:
        # Named from what it reads: pickling the client to name the graph
        # would ask the server for tokens.
        return (
            self.client.base_uri,
            self.campaign_id,
            self.data_state,
            self.timeseries,
            self.timezone,
            self.convert_to,
            self.per_request,
        )

    def __call__(self, bounds: tuple[dt.datetime, dt.datetime]) -> pd.DataFrame:
        import pandas as pd

        low, high = bounds
        frames = []
        step = self.per_request
        for first in range(0, len(self.timeseries), step):
            group = self.timeseries[first : first + step]
            units = self.convert_to and self.convert_to[first : first + step]
            data = self.client.timeseries_data
            if self.campaign_id is None:
                frame = data.download_dataframe(
                    low, high, self.data_state, group, self.timezone, units
                )
            else:
                frame = data.download_by_names_dataframe(
                    self.campaign_id,
                    low,
                    high,
                    self.data_state,
                    group,
                    self.timezone,
                    units,
                )
            frames.append(frame)
        whole = frames[0] if len(frames) == 1 else pd.concat(frames, axis=1)
        ordered: pd.DataFrame = whole.reindex(columns=self.timeseries)
        return ordered


def _meta(columns: list[Any], timezone: str) -> pd.DataFrame:
    import pandas as pd

    index = pd.DatetimeIndex([], tz="UTC", name="Datetime").as_unit("us")
    meta: pd.DataFrame = pd.DataFrame(
        {column: pd.Series([], dtype="float64") for column in columns},
        index=index.tz_convert(timezone),
    )
    return meta


def _read(
    client: BEMServerAPIClient,
    campaign_id: int | None,
    start_time: dt.datetime | str,
    end_time: dt.datetime | str,
    data_state: int | str,
    timeseries: Sequence[Any],
    timezone: str,
    convert_to: list[str] | None,
    partition_period: dt.timedelta,
    timeseries_per_request: int,
) -> Any:
    dd = _dask()
    import pandas as pd

    start = require_aware(start_time, "start_time")
    end = require_aware(end_time, "end_time")
    columns = list(timeseries)
    periods = _periods(start, end, partition_period)
    meta = _meta(columns, timezone)
    if not periods:
        return dd.from_pandas(meta, npartitions=1)
    # The partitions' divisions: the periods' starts, and the last instant.
    divisions = [pd.Timestamp(low).tz_convert(timezone) for low, _ in periods]
    divisions.append(pd.Timestamp(end).tz_convert(timezone) - pd.Timedelta("1us"))
    partition = _Partition(
        client,
        campaign_id,
        data_state,
        columns,
        timezone,
        convert_to,
        max(1, timeseries_per_request),
    )
    return dd.from_map(
        partition,
        periods,
        meta=meta,
        divisions=divisions,
        label="bemserver-timeseries-data",
        enforce_metadata=False,
    )


def read_timeseries_data(
    client: BEMServerAPIClient,
    start_time: dt.datetime | str,
    end_time: dt.datetime | str,
    data_state: int | str,
    timeseries_ids: list[int],
    timezone: str = "UTC",
    convert_to: list[str] | None = None,
    *,
    partition_period: dt.timedelta = DEFAULT_PARTITION_PERIOD,
    timeseries_per_request: int = DEFAULT_TIMESERIES_PER_REQUEST,
) -> Any:
    """Values of timeseries by id over [start_time, end_time) as a Dask
    DataFrame: a partition per `partition_period`, downloaded by the worker
    that computes it (columns: the ids, float64; index: tz-aware, in
    `timezone`). start_time and end_time must be tz-aware."""
    return _read(
        client,
        None,
        start_time,
        end_time,
        data_state,
        timeseries_ids,
        timezone,
        convert_to,
        partition_period,
        timeseries_per_request,
    )


def read_timeseries_data_by_names(
    client: BEMServerAPIClient,
    campaign_id: int,
    start_time: dt.datetime | str,
    end_time: dt.datetime | str,
    data_state: int | str,
    timeseries_names: list[str],
    timezone: str = "UTC",
    convert_to: list[str] | None = None,
    *,
    partition_period: dt.timedelta = DEFAULT_PARTITION_PERIOD,
    timeseries_per_request: int = DEFAULT_TIMESERIES_PER_REQUEST,
) -> Any:
    """`read_timeseries_data` of timeseries given by name within a campaign
    (a column per name)."""
    return _read(
        client,
        campaign_id,
        start_time,
        end_time,
        data_state,
        timeseries_names,
        timezone,
        convert_to,
        partition_period,
        timeseries_per_request,
    )

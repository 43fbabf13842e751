"""Downloads over long periods: split in windows fetched concurrently, merged
in order into one answer or written to a file as they come."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from .._call import Call
from ..exceptions import (
    BEMServerAPIClientValueError,
    BEMServerAPIError,
    BEMServerAPIInternalError,
    BEMServerAPIInterruptedError,
    BEMServerAPIMalformedAnswerError,
)
from ..response import BEMServerApiClientResponse
from .chunks import check_chunk_size
from .merge import FileSink, FileTarget, Merger, brief
from .plan import Batch, One, Plan
from .progress import Progress, Tracker, progress_bars
from .windows import (
    Densities,
    Windows,
    aggregate_windows,
    aware,
    raw_windows,
    surely_small,
)

#: Points per download window: as fast as 100k-point windows (reading is
#: ~5x faster than writing) and ~15 MB less peak memory for 400k points.
DEFAULT_DOWNLOAD_CHUNK_SIZE = 50_000

Answer = BEMServerApiClientResponse[Any]


class Download:
    """What a download plan needs from the facade: how to make the call of a
    window, the stats call (raw data), and the aggregation (aggregates).

    `timeseries`: the timeseries as answers name them (ids as strings, or
    names), within `scope` (None, or the campaign of names); `densities`: what
    the client has seen of them (raw data)."""

    def __init__(
        self,
        window_call: Callable[[Any, Any], Call[Any]],
        start_time: Any,
        end_time: Any,
        *,
        timeseries: list[str],
        timezone: str,
        csv: bool,
        stats_call: Callable[[], Call[Any]] | None = None,
        bucket: tuple[int, str] | None = None,
        scope: Hashable = None,
        densities: Densities | None = None,
    ) -> None:
        self.window_call = window_call
        self.start_time = start_time
        self.end_time = end_time
        self.timeseries = timeseries
        self.series = len(timeseries)
        self.timezone = timezone
        self.csv = csv
        self.stats_call = stats_call
        self.bucket = bucket
        self.scope = scope
        self.densities = densities or Densities()

    def keys(self) -> list[Hashable]:
        """The timeseries, as their densities are known."""
        return [(self.scope, name) for name in self.timeseries]

    def learn_from_stats(self, stats: Mapping[str, Any]) -> None:
        """Each timeseries' density, from its stats (checked by stats_of)."""
        for name, item in stats.items():
            first = aware(item.get("first_timestamp"), "")
            last = aware(item.get("last_timestamp"), "")
            if first is not None and last is not None:
                seconds = (last - first).total_seconds()
                self.densities.saw((self.scope, name), item.get("count") or 0, seconds)

    def learn_from_answer(self, response: Answer, seconds: float) -> None:
        """The densities an answer of the whole period shows: each
        timeseries' points (JSON), or the rows, for each (CSV)."""
        if self.csv or not response.is_json:
            rows = response.raw.content.count(b"\n") - 1  # the header
            for key in self.keys():
                self.densities.saw(key, rows, seconds)
            return
        try:
            data = response.data  # parsed once: the answer keeps it
        except BEMServerAPIInternalError:
            return  # raised when the data is read, as for any answer
        if isinstance(data, dict):
            for name, values in data.items():
                if isinstance(values, dict):
                    self.densities.saw((self.scope, name), len(values), seconds)


def download_plan(
    download: Download,
    chunk_size: int | None,
    concurrency: int,
    progress: Progress,
    to_file: FileTarget | None = None,
    parquet: bool = False,
) -> Plan[Answer]:
    """Download over a long period: windows fetched concurrently, merged in
    order (JSON merged per timeseries, CSV with one header), or written to
    `to_file` (CSV, or Parquet with `parquet`: a row group per window) as
    they come, at most `concurrency` windows in memory."""
    if to_file is not None and not download.csv:
        raise BEMServerAPIClientValueError("to_file needs format=DataFormat.csv")
    if chunk_size is not None:
        check_chunk_size(chunk_size, concurrency)
    progress_bars(progress)  # refused now, not after the stats request
    sink = None  # opened first: a path that cannot be written costs no request
    if to_file is not None:
        sink = FileSink(to_file, download.timezone if parquet else None)
    try:  # whatever fails once the sink is open leaves nothing at to_file
        windows = yield from _windows(download, chunk_size, sink is not None)
        tracker = Tracker(progress, len(windows) if windows else 1, "download")
        try:
            tracker.start()
            if windows is None or len(windows) <= 1:
                return (yield from _fetch_whole(download, tracker, sink))
            return (
                yield from _fetch_windows(download, windows, concurrency, tracker, sink)
            )
        except KeyboardInterrupt as interrupt:
            where = f"; nothing written to {to_file!r}" if sink is not None else ""
            raise BEMServerAPIInterruptedError(
                f"download interrupted after {tracker.done} of {tracker.total} "
                f"window(s){where}"
            ) from interrupt
        finally:
            tracker.close()
    except BaseException:
        if sink is not None:
            sink.abort()
        raise


def _windows(
    download: Download, chunk_size: int | None, to_file: bool = False
) -> Plan[Windows | None]:
    """The windows of a download (None: one request). Aggregates are cut on
    their buckets. Raw values over a period too short to hold more than
    chunk_size points (`surely_small`) go as one request; over a longer one,
    the windows are sized from the timeseries' stats (one request first).
    Written to a file, they are always sized from the stats: its memory must
    not depend on a density the client assumed."""
    start = aware(download.start_time, "start_time")
    end = aware(download.end_time, "end_time")
    if chunk_size is None or start is None or end is None:
        return None
    if download.bucket is not None:
        width_value, width_unit = download.bucket
        return aggregate_windows(
            start,
            end,
            download.timezone,
            width_value,
            width_unit,
            download.series,
            chunk_size,
        )
    if download.stats_call is None or (
        not to_file
        and surely_small(start, end, download.keys(), chunk_size, download.densities)
    ):
        return None
    try:
        answer = yield One(download.stats_call(), answer_errors=True)
    except KeyboardInterrupt as interrupt:
        raise BEMServerAPIInterruptedError(
            "download interrupted before its first window"
        ) from interrupt
    if isinstance(answer, BEMServerAPIError):
        if refused(answer):
            # The arguments the stats refused are the download's own: the
            # download endpoint judges them, and its error names it.
            return None
        raise answer
    stats = stats_of(answer)
    download.learn_from_stats(stats)
    return raw_windows(start, end, stats, chunk_size)


def refused(error: BEMServerAPIError) -> bool:
    """An answer of the server refusing the request (4xx), not a failure to
    answer it (5xx, transport) nor a limit of its rate (429)."""
    status = error.status_code
    return error.response is not None and 400 <= status < 500 and status != 429


def _fetch_whole(
    download: Download, tracker: Tracker, sink: FileSink | None
) -> Plan[Answer]:
    """The whole period in one request."""
    response: Answer = yield One(
        download.window_call(download.start_time, download.end_time)
    )
    start = aware(download.start_time, "start_time")
    end = aware(download.end_time, "end_time")
    if download.stats_call is not None and start is not None and end is not None:
        # Raw values: what the whole period held tells the next download.
        download.learn_from_answer(response, (end - start).total_seconds())
    tracker.advance()
    if sink is not None:
        sink.write(response.raw.content, first=True)
        sink.commit()
    return response


def _fetch_windows(
    download: Download,
    windows: Windows,
    concurrency: int,
    tracker: Tracker,
    sink: FileSink | None,
) -> Plan[Answer]:
    """The windows, `concurrency` at a time, merged (or written) in order as
    soon as the ones before them are."""
    done: dict[int, Answer] = {}
    merger = Merger(download.csv, sink)

    def on_done(index: int, response: Any, error: BaseException | None) -> bool:
        if error is not None:
            raise error
        done[index] = response
        tracker.advance()
        while merger.next_index in done:
            merger.add(done.pop(merger.next_index))
        return True

    calls = (download.window_call(low, high) for low, high in windows)
    yield Batch(calls, concurrency, on_done)
    result = merger.result()
    if sink is not None:
        sink.commit()
    return result


def stats_of(response: BEMServerApiClientResponse[Any]) -> dict[str, Any]:
    """The stats of a stats answer, {timeseries: {count, first_timestamp,
    last_timestamp, ...}}, checked: the windows are sized from them."""

    def malformed(what: str) -> BEMServerAPIMalformedAnswerError:
        return BEMServerAPIMalformedAnswerError(
            response.status_code,
            f"malformed timeseries data stats answer (sizing the download's "
            f"windows): {what}",
        )

    data = response.data
    stats = data.get("stats") if isinstance(data, dict) else None
    if not isinstance(stats, dict):
        raise malformed(f"expected {{'stats': {{...}}}}, got {brief(data)}")
    for timeseries, item in stats.items():
        if not isinstance(item, dict):
            raise malformed(f"stats of {timeseries!r}: {brief(item)}")
        count = item.get("count")
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, int) or count < 0
        ):
            raise malformed(f"count of {timeseries!r}: {brief(count)}")
        for key in ("first_timestamp", "last_timestamp"):
            if not isinstance(item.get(key), str | None):
                raise malformed(f"{key} of {timeseries!r}: {brief(item[key])}")
    return stats

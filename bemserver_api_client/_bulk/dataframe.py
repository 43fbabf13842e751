"""pandas DataFrames in and out of timeseries data (the `pandas` extra).

pandas is imported only when a DataFrame is used: `is_dataframe` looks for it
in the modules already imported, so plain uploads never import it.
"""

from __future__ import annotations

import io
import itertools
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..exceptions import (
    BEMServerAPIClientValueError,
    BEMServerAPIMalformedAnswerError,
    ChunkInfo,
)
from .chunks import UploadChunk, UploadSplit

if TYPE_CHECKING:
    import pandas as pd

    from ..response import BEMServerApiClientResponse
    from .plan import Plan


def pandas() -> Any:
    """The pandas module, or an error saying how to install it."""
    try:
        import pandas as pd  # an optional dependency: imported when used
    except ImportError:
        raise ImportError(
            "DataFrames need pandas: pip install 'bemserver-api-client[pandas]'"
        ) from None
    return pd


def is_dataframe(data: Any) -> bool:
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(data, pd.DataFrame)


def check_index(frame: pd.DataFrame) -> None:
    """A DataFrame to upload has a timezone-aware DatetimeIndex of at most
    microsecond precision and columns that stay distinct as CSV headers."""
    module = pandas()
    index = frame.index
    if not isinstance(index, module.DatetimeIndex):
        raise BEMServerAPIClientValueError(
            "a DataFrame to upload needs a DatetimeIndex (timestamps), "
            f"not {type(index).__name__}"
        )
    if index.tz is None:
        raise BEMServerAPIClientValueError(
            "a DataFrame to upload needs a timezone-aware DatetimeIndex: "
            "localize it first (frame.tz_localize('Europe/Paris'), or 'UTC')"
        )
    # The server keeps microseconds: two timestamps a few nanoseconds apart
    # would silently become one.
    finer = (index.nanosecond != 0).nonzero()[0]
    if len(finer):
        raise BEMServerAPIClientValueError(
            f"timestamp {index[finer[0]].isoformat()} of the DataFrame has "
            "nanoseconds; the server keeps microseconds: round the index "
            "first (frame.index = frame.index.round('us'))"
        )
    by_header: dict[str, list[Any]] = {}
    for column in frame.columns:
        by_header.setdefault(str(column), []).append(column)
    for header, columns in by_header.items():
        if len(columns) > 1:
            raise BEMServerAPIClientValueError(
                "a DataFrame to upload needs one column per timeseries: columns "
                + " and ".join(map(repr, columns))
                + f" would all be sent as {header!r}"
            )


def _csv(frame: pd.DataFrame, date_format: str) -> bytes:
    text = frame.to_csv(index_label="Datetime", date_format=date_format)
    return text.encode()


def _date_format(frame: pd.DataFrame) -> str:
    index: Any = frame.index
    if len(index) and (index.microsecond != 0).any():
        return "%Y-%m-%dT%H:%M:%S.%f%z"
    return "%Y-%m-%dT%H:%M:%S%z"


def split_frame(frame: pd.DataFrame, chunk_size: int) -> UploadSplit:
    """A DataFrame (index: timestamps, columns: timeseries ids or names) as CSV
    chunks of about chunk_size cells.

    Chunks hold whole timestamps: all rows of a timestamp given more than
    once go in one chunk, in the frame's order, so that the server keeps the
    value it would keep from one request (the first one it reads).
    """
    check_index(frame)
    frame = frame.rename(columns=str)
    date_format = _date_format(frame)
    rows = max(1, chunk_size // max(1, len(frame.columns)))
    if len(frame) <= rows:
        return UploadSplit(iter(()), 1, whole=_csv(frame, date_format))
    index: Any = frame.index
    if not index.is_monotonic_increasing:
        # Stable: rows of one timestamp keep their order.
        frame = frame.iloc[index.argsort(kind="stable")]
        index = frame.index
    bounds = _chunk_bounds(index.asi8, rows)
    return UploadSplit(
        _frame_chunks(frame, bounds, date_format),
        len(bounds) - 1,
        None,
        [str(column) for column in frame.columns],
    )


def _chunk_bounds(stamps: Any, rows: int) -> list[int]:
    """Positions cutting sorted timestamps every `rows` rows, moved on past
    the rows of the same timestamp."""
    bounds = [0]
    position = rows
    while position < len(stamps):
        while position < len(stamps) and stamps[position] == stamps[position - 1]:
            position += 1
        if position < len(stamps):
            bounds.append(position)
        position += rows
    bounds.append(len(stamps))
    return bounds


def _frame_chunks(
    frame: pd.DataFrame, bounds: list[int], date_format: str
) -> Iterator[UploadChunk]:
    for start, stop in itertools.pairwise(bounds):
        piece = frame.iloc[start:stop]
        index: Any = piece.index
        first, last = index.min().isoformat(), index.max().isoformat()
        counts = piece.count()
        info = ChunkInfo(
            {str(column): (first, last, int(counts[column])) for column in piece}
        )
        yield UploadChunk(_csv(piece, date_format), info)


#: The resolution of a downloaded DataFrame's index: the server's (it keeps
#: microseconds), whatever pandas would infer from the timestamps (or from
#: none, over an empty period).
INDEX_UNIT = "us"


def frame_from_csv(content: bytes, timezone: str, by_ids: bool) -> pd.DataFrame:
    """A downloaded CSV as a DataFrame: tz-aware index in `timezone` (of
    microseconds), a float64 column per timeseries (int ids, or names),
    typed the same over an empty period as over a full one."""
    module = pandas()
    frame: pd.DataFrame = module.read_csv(io.BytesIO(content), index_col=0)
    frame = frame.astype("float64")  # no values: object; whole ones: int64
    index = module.to_datetime(frame.index, utc=True, format="ISO8601")
    frame.index = index.as_unit(INDEX_UNIT).tz_convert(timezone)
    frame.index.name = "Datetime"
    if by_ids:
        frame.columns = frame.columns.astype(int)
    return frame


def frame_plan(
    plan: Plan[BEMServerApiClientResponse[Any]], timezone: str, by_ids: bool
) -> Plan[pd.DataFrame]:
    """A CSV download plan whose result is read into a DataFrame."""
    response = yield from plan
    try:
        return frame_from_csv(response.data or b"", timezone, by_ids)
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
        # pandas' parser errors are ValueErrors; a body that is no CSV of
        # timestamps and numbers is not the answer the API documents.
        raise BEMServerAPIMalformedAnswerError(
            response.status_code,
            f"the CSV answer cannot be read as a DataFrame: {exc!r:.200}",
        ) from exc

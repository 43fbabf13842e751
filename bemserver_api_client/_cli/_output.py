"""What a command prints: JSON (one document, for jq), a table for the eye,
or CSV; and a progress bar on a terminal."""

from __future__ import annotations

import json
import math
import shutil
import sys
from collections.abc import Mapping, Sequence
from typing import IO, Any

FORMATS = ("json", "table", "csv")
#: The widest a table's cell gets before it is cut (the terminal's width
#: shares out what is left).
_MAX_CELL = 40


def plain(value: Any) -> Any:
    """JSON-ready data: models through their `to_dict()`."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def dump_json(data: Any, stream: IO[str], indent: int = 2) -> None:
    """Data as JSON that strict parsers (jq) read: NaN and infinities, which
    JSON cannot hold, as null."""
    json.dump(_finite(data), stream, indent=indent, ensure_ascii=False, allow_nan=False)


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value


def write(data: Any, output: str, stream: IO[str]) -> None:
    """Print `data` (None prints nothing) in the chosen format."""
    if data is None:
        return
    if isinstance(data, (bytes, bytearray)):
        stream.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    data = plain(data)
    if output == "json":
        dump_json(data, stream)
        stream.write("\n")
    elif output == "csv":
        _write_csv(data, stream)
    else:
        _write_table(data, stream)


def _is_table_of_tables(value: Any) -> bool:
    return (
        isinstance(value, Mapping)
        and bool(value)
        and all(isinstance(inner, Mapping) for inner in value.values())
    )


def _rows(data: Any) -> tuple[list[str], list[list[Any]]]:
    # {"stats": {timeseries: {...}}}: the one key's table.
    if isinstance(data, Mapping) and len(data) == 1:
        (only,) = data.values()
        if _is_table_of_tables(only):
            data = only
    if (
        isinstance(data, Mapping)
        and not all(isinstance(value, Mapping) for value in data.values())
    ) or (isinstance(data, Mapping) and not data):
        return ["key", "value"], [[key, value] for key, value in data.items()]
    if isinstance(data, Mapping):
        # {timeseries: {timestamp or statistic: value}}: a row per timestamp
        # (or statistic), a column per timeseries, as in the API's CSV.
        keys: dict[str, None] = {}
        for inner in data.values():
            keys.update(dict.fromkeys(inner))
        names = ["", *map(str, data)]
        return names, [
            [key, *(inner.get(key) for inner in data.values())] for key in keys
        ]
    if isinstance(data, Sequence) and not isinstance(data, str):
        columns: dict[str, None] = {}
        for item in data:
            if isinstance(item, Mapping):
                columns.update(dict.fromkeys(item))
            else:
                columns["value"] = None
        # The id first (servers differ in the order of the other keys).
        names = sorted(columns, key=lambda name: name != "id")
        rows = [
            [item.get(name) for name in names] if isinstance(item, Mapping) else [item]
            for item in data
        ]
        return names, rows
    return ["value"], [[data]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (Mapping, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_table(data: Any, stream: IO[str]) -> None:
    names, rows = _rows(data)
    if not rows:
        stream.write("(none)\n")
        return
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [
        min(_MAX_CELL, max(len(name), *(len(row[i]) for row in cells)))
        for i, name in enumerate(names)
    ]
    # Fit the terminal: the last columns shrink first (down to 8 characters).
    room = shutil.get_terminal_size().columns - 2 * (len(widths) - 1)
    for i in reversed(range(len(widths))):
        excess = sum(widths) - room
        if excess <= 0:
            break
        widths[i] = max(min(widths[i], 8), widths[i] - excess)

    def line(values: list[str]) -> str:
        shown = [
            value if len(value) <= width else value[: width - 1] + "…"
            for value, width in zip(values, widths, strict=True)
        ]
        return "  ".join(
            v.ljust(w) for v, w in zip(shown, widths, strict=True)
        ).rstrip()

    stream.write(line(names) + "\n")
    stream.write(line(["-" * width for width in widths]) + "\n")
    for row in cells:
        stream.write(line(row) + "\n")


def _write_csv(data: Any, stream: IO[str]) -> None:
    import csv

    names, rows = _rows(data)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(value) for value in row])


class ProgressBar:
    """`progress=` of the data transfers: chunks done, drawn on stderr."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._drawn = False

    def __call__(self, done: int, total: int | None) -> None:
        width = 30
        if total:
            filled = width * done // total
            bar = "#" * filled + "-" * (width - filled)
            text = f"\r[{bar}] {done}/{total} chunks"
        else:
            text = f"\r{done} chunks"
        self._stream.write(text)
        self._stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()

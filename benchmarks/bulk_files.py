"""Timeseries data to and from files, at two sizes: the peak memory of an
upload from a Parquet file and of downloads to Parquet and CSV files at 0.25M
and 1M points (goal: the 1M run peaks at most 1.15x the 0.25M one: memory
independent of the data's size), and the Dask reader's throughput against the
single-process `download_dataframe` on the same 1M points.

Run: `.venv/bin/python benchmarks/bulk_files.py [--rounds 1] [--sizes ...]`.

Each measure runs in a fresh subprocess: its peak memory is its own
high-water mark (VmHWM), the imports (pyarrow, pandas) included, the same for
every size. Data: 10 timeseries of one value a minute, our client's defaults
(50k-point windows and chunks, 2 in flight). The Dask reader runs on a
`distributed.LocalCluster` of 2 worker processes (this machine's cores), the
cluster started before the clock; the single-process download at its
defaults.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from bench_server import (  # noqa: E402
    CHILD_CLIENT,
    CHILD_PRELUDE,
    ChildFailed,
    bench_server,
    run_child,
)

SERIES = 10
GOAL_FLAT = 1.15  # peak at 1M / peak at 0.25M, at most

# {"host", "email", "password", "state", "ids", "points", "what", "path"} on
# argv; prints one JSON line of figures.
CHILD = (
    CHILD_PRELUDE
    + """
import pandas, pyarrow.parquet  # the same imports at every size
"""
    + CHILD_CLIENT
    + r"""
ids, what = args["ids"], args["what"]
rows = args["points"] // len(ids)
start = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
end = start + dt.timedelta(minutes=rows)
figures = {}
t0 = time.perf_counter()
if what == "upload_parquet":
    client.timeseries_data.upload(args["state"], args["path"])
elif what == "download_parquet":
    client.timeseries_data.download(start, end, args["state"], ids,
                                    to_file=args["path"])
    got = pyarrow.parquet.ParquetFile(args["path"]).metadata.num_rows * len(ids)
    assert got == rows * len(ids), got
elif what == "download_csv":
    client.timeseries_data.download(start, end, args["state"], ids,
                                    format="text/csv", to_file=args["path"])
elif what == "dataframe":
    frame = client.timeseries_data.download_dataframe(start, end, args["state"], ids)
    assert frame.count().sum() == rows * len(ids)
    figures["mean"] = float(frame.mean().mean())
elif what == "dask":
    from distributed import Client as DaskClient, LocalCluster
    from bemserver_api_client.dask import read_timeseries_data
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, DaskClient(cluster):
        t0 = time.perf_counter()
        frame = read_timeseries_data(client, start, end, args["state"], ids)
        counted = frame.count().sum().compute()
        assert counted == rows * len(ids), counted
        figures["partitions"] = frame.npartitions
figures["seconds"] = time.perf_counter() - t0
figures["peak_mb"] = peak_mb()
print(json.dumps(figures))
"""
)


def child(python: Path, common: dict[str, Any], **kwargs: Any) -> dict[str, float]:
    try:
        figures: dict[str, float] = run_child(python, CHILD, {**common, **kwargs})
    except ChildFailed as failed:
        sys.exit(f"{kwargs['what']}, {kwargs['points']:,} points:\n{failed.stderr}")
    return figures


def write_parquet(path: Path, ids: list[int], points: int) -> None:
    """`points` over the timeseries `ids`: a value a minute from 2020."""
    import pandas as pd

    rows = points // len(ids)
    index = pd.date_range("2020-01-01", periods=rows, freq="min", tz="UTC")
    frame = pd.DataFrame(
        {str(ts): [float(i) for i in range(rows)] for ts in ids}, index=index
    )
    frame.index.name = "Datetime"
    frame.reset_index().to_parquet(path, index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250000,1000000")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()

    python = Path(sys.executable)
    sizes = [int(s) for s in args.sizes.split(",")]
    with bench_server() as server, tempfile.TemporaryDirectory() as folder:
        info = server.info
        common = {**server.child_arguments(), "state": "Raw"}

        def new_ids() -> list[int]:
            return server.new_ids(SERIES)

        print(
            f"server: bemserver-api {info.api_version}, 2 gunicorn workers; "
            f"{SERIES} timeseries, a value a minute; {args.rounds} round(s)",
            flush=True,
        )
        peaks: dict[tuple[str, int], list[float]] = {}
        seconds: dict[tuple[str, int], list[float]] = {}
        for _ in range(args.rounds):
            for size in sizes:
                ids = new_ids()
                source = Path(folder) / f"in-{size}.parquet"
                write_parquet(source, ids, size)
                runs = [
                    ("upload_parquet", source),
                    ("download_parquet", Path(folder) / "out.parquet"),
                    ("download_csv", Path(folder) / "out.csv"),
                ]
                if not args.no_dask and size == sizes[-1]:
                    runs += [("dataframe", None), ("dask", None)]
                for what, path in runs:
                    figures = child(
                        python, common, what=what, ids=ids, points=size, path=str(path)
                    )
                    peaks.setdefault((what, size), []).append(figures["peak_mb"])
                    seconds.setdefault((what, size), []).append(figures["seconds"])
                    print(
                        f"  {what:17} {size:>9,} points: {figures['seconds']:6.2f} s, "
                        f"{size / figures['seconds']:9,.0f} pts/s, peak "
                        f"{figures['peak_mb']:6.1f} MB"
                        + (
                            f" ({figures['partitions']:.0f} partitions)"
                            if "partitions" in figures
                            else ""
                        ),
                        flush=True,
                    )
    low, high = sizes[0], sizes[-1]
    print(f"peak memory, median over rounds, {high:,} / {low:,} points:")
    for what in ("upload_parquet", "download_parquet", "download_csv"):
        ratio = statistics.median(peaks[(what, high)]) / statistics.median(
            peaks[(what, low)]
        )
        verdict = "met" if ratio <= GOAL_FLAT else "NOT met"
        print(f"  {what:17} {ratio:.2f}x (goal <= {GOAL_FLAT}x): {verdict}")
    if ("dask", high) in seconds:
        single = statistics.median(seconds[("dataframe", high)])
        dask = statistics.median(seconds[("dask", high)])
        print(
            f"Dask reader (2 worker processes) against download_dataframe, "
            f"{high:,} points: {high / dask:,.0f} against {high / single:,.0f} "
            f"pts/s ({single / dask:.2f}x)"
        )


if __name__ == "__main__":
    main()

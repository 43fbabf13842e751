"""Where the round trip's peak memory comes from: the 200k-point upload then
download of timeseries_throughput.py, our client against 0.22.0, in each
format, with the process's high-water mark (VmHWM) read after each phase.

Run: `.venv/bin/python benchmarks/round_trip_memory.py [--points 200000]
[--format json,csv] [--rounds 1] [--trace]`.

Each client runs from its venv under `.cache/bench/` (run-time dependencies
only, as users install them: import_time.py's `ensure_existing_venv` and
`ensure_ours_venv`), as in timeseries_throughput.py.

`--trace` runs each child again under tracemalloc, printing its peak of
traced memory per phase and the largest allocations (by line) of a snapshot
taken when traced memory reached its highest (a sampling thread: the snapshot
is taken at the sample nearest the peak, within a few milliseconds).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from bench_server import (  # noqa: E402
    CHILD_CLIENT,
    CHILD_DATA,
    CHILD_PRELUDE,
    ChildFailed,
    bench_server,
    run_child,
)

SERIES = 10

# The same data and calls as timeseries_throughput.py's child, in phases.
CHILD = (
    CHILD_PRELUDE
    + r"""
import threading
trace = args["trace"]

phases = {}
if trace:
    import tracemalloc
    tracemalloc.start(int(args.get("frames", 1)))
    best = {"size": 0, "snapshot": None, "phase": None}
    current_phase = ["build"]
    stop = threading.Event()

    def sample():
        # A snapshot each time traced memory passes its highest by 2 MB.
        while not stop.wait(0.002):
            size = tracemalloc.get_traced_memory()[0]
            if size > best["size"] + (2 << 20):
                best["snapshot"] = tracemalloc.take_snapshot()
                best["size"] = tracemalloc.get_traced_memory()[0]
                best["phase"] = current_phase[0]

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()

def phase(name):
    if trace:
        current, peak = tracemalloc.get_traced_memory()
        phases[name] = {
            "traced_peak_mb": peak / 2**20, "traced_now_mb": current / 2**20
        }
        tracemalloc.reset_peak()
    else:
        phases[name] = {"hwm_mb": peak_mb()}

from bemserver_api_client import BEMServerApiClient as Client
from bemserver_api_client.enums import DataFormat
phase("import")

"""
    + CHILD_DATA
    + CHILD_CLIENT
    + r"""
phase("data")
if trace:
    current_phase[0] = "upload"
client.timeseries_data.upload(args["state"], data, format=fmt)
phase("upload")
del data
if trace:
    current_phase[0] = "download"
back = client.timeseries_data.download(
    start.isoformat(), end, args["state"], ids, format=fmt
)
phase("download")
if fmt is DataFormat.csv:
    got = (back.data.count(b"\n") - 1) * len(ids)
else:
    got = sum(len(values) for values in back.data.values())
assert got == points, (got, points)
phase("count")
out = {"phases": phases, "peak_mb": peak_mb()}
if trace:
    stop.set()
    sampler.join()
    snapshot = best["snapshot"]
    if snapshot is not None:
        key = "traceback" if int(args.get("frames", 1)) > 1 else "lineno"
        stats = snapshot.filter_traces(
            [tracemalloc.Filter(False, tracemalloc.__file__)]
        ).statistics(key)
        out["snapshot_mb"] = best["size"] / 2**20
        out["snapshot_phase"] = best["phase"]
        out["top"] = [
            [stat.size / 2**20, stat.count, "\n      ".join(stat.traceback.format())]
            for stat in stats[:12]
        ]
print(json.dumps(out))
"""
)


def child(python: Path, common: dict[str, Any], ids: list[int]) -> dict[str, Any]:
    try:
        figures: dict[str, Any] = run_child(python, CHILD, {**common, "ids": ids})
    except ChildFailed as failed:
        sys.exit(f"child failed:\n{failed.stderr}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=200_000)
    parser.add_argument("--format", default="json,csv")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--frames", type=int, default=1)
    parser.add_argument("--only", choices=["existing", "ours"], default=None)
    args = parser.parse_args()

    from import_time import ensure_existing_venv, ensure_ours_venv

    pythons = {"existing": ensure_existing_venv(False), "ours": ensure_ours_venv(False)}
    if args.only:
        pythons = {args.only: pythons[args.only]}
    with bench_server() as server:
        state = server.state_id("Raw")

        def new_ids() -> list[int]:
            return server.new_ids(SERIES)

        for fmt in args.format.split(","):
            common = {
                **server.child_arguments(),
                "state": state,
                "format": fmt,
                "points": args.points,
                "trace": False,
                "frames": args.frames,
            }
            peaks: dict[str, list[float]] = {which: [] for which in pythons}
            for number in range(args.rounds):
                for which, python in pythons.items():
                    figures = child(python, common, new_ids())
                    peaks[which].append(figures["peak_mb"])
                    hwm = ", ".join(
                        f"{name} {p['hwm_mb']:.1f}"
                        for name, p in figures["phases"].items()
                    )
                    print(
                        f"{fmt} round {number + 1} {which:8} peak "
                        f"{figures['peak_mb']:.1f} MB; VmHWM after: {hwm}",
                        flush=True,
                    )
            if len(pythons) == 2:
                ratio = statistics.median(peaks["ours"]) / statistics.median(
                    peaks["existing"]
                )
                print(f"{fmt}: peak ours / 0.22.0 = {ratio:.2f}x", flush=True)
            if args.trace:
                for which, python in pythons.items():
                    figures = child(python, {**common, "trace": True}, new_ids())
                    traced = ", ".join(
                        f"{name} {p['traced_peak_mb']:.1f}/{p['traced_now_mb']:.1f}"
                        for name, p in figures["phases"].items()
                    )
                    print(f"{fmt} {which}: traced peak/now per phase (MB): {traced}")
                    print(
                        f"  snapshot near the peak ({figures.get('snapshot_phase')}): "
                        f"{figures.get('snapshot_mb', 0):.1f} MB traced"
                    )
                    for size, count, where in figures.get("top", []):
                        print(f"    {size:7.1f} MB {count:8} blocks  {where}")
                    sys.stdout.flush()


if __name__ == "__main__":
    main()

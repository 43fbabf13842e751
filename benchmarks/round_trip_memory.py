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
import json
import os
import statistics
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from server_cpu import wait_until_idle  # noqa: E402

SERIES = 10
SERVER_PROCESSES = ("gunicorn", "postgres")

# The same data and calls as timeseries_throughput.py's child, in phases.
CHILD = r"""
import datetime as dt, json, os, sys, threading, time
args = json.loads(sys.argv[1])
trace = args["trace"]

def peak_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")

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

ids = args["ids"]
rows = args["points"] // len(ids)
points = rows * len(ids)
start = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
end = (start + dt.timedelta(minutes=rows)).isoformat()
keys = [(start + dt.timedelta(minutes=i)).isoformat() for i in range(rows)]
if args["format"] == "csv":
    fmt = DataFormat.csv
    lines = [",".join(["Datetime", *map(str, ids)])]
    lines += [k + ("," + str(float(i))) * len(ids) for i, k in enumerate(keys)]
    data = ("\n".join(lines) + "\n").encode()
    del lines
else:
    fmt = DataFormat.json
    data = {str(ts): {k: float(i) for i, k in enumerate(keys)} for ts in ids}
del keys
auth = Client.make_http_basic_auth(args["email"], args["password"])
client = Client(args["host"], use_ssl=False, authentication_method=auth)
client.about.getall()
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


def child(python: Path, common: dict[str, Any], ids: list[int]) -> dict[str, Any]:
    wait_until_idle(common["server_pids"])
    result = subprocess.run(
        [str(python), "-c", CHILD, json.dumps({**common, "ids": ids})],
        capture_output=True,
        text=True,
        cwd="/",
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"child failed:\n{result.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
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

    from bemserver_api_client import BEMServerAPIClient
    from bemserver_api_client.testing import BEMServerSandbox

    pythons = {"existing": ensure_existing_venv(False), "ours": ensure_ours_venv(False)}
    if args.only:
        pythons = {args.only: pythons[args.only]}
    sandbox = BEMServerSandbox(workers=2)
    with sandbox as info:
        admin = BEMServerAPIClient(
            info.host,
            use_ssl=False,
            authentication_method=BEMServerAPIClient.make_http_basic_auth(
                info.admin.email, info.admin.password
            ),
        )
        campaign = admin.campaigns.create(
            {"name": uuid.uuid4().hex, "timezone": "UTC"}
        ).data["id"]
        scope = admin.campaign_scopes.create(
            {"name": "bench", "campaign_id": campaign}
        ).data["id"]
        state = {d["name"]: d["id"] for d in admin.timeseries_datastates.getall().data}

        def new_ids() -> list[int]:
            return [
                admin.timeseries.create(
                    {
                        "name": uuid.uuid4().hex,
                        "campaign_id": campaign,
                        "campaign_scope_id": scope,
                    }
                ).data["id"]
                for _ in range(SERIES)
            ]

        for fmt in args.format.split(","):
            common = {
                "host": info.host,
                "email": info.admin.email,
                "password": info.admin.password,
                "state": state["Raw"],
                "format": fmt,
                "points": args.points,
                "trace": False,
                "frames": args.frames,
                "server_pids": [sandbox.process_ids[n] for n in SERVER_PROCESSES],
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
        admin.close()


if __name__ == "__main__":
    main()

"""The everyday download: a week of 10-minute data of 3 timeseries (3,024
points, JSON, by ids), our client against the existing client
(bemserver-api-client 0.22.0), on one sandbox server (2 workers).

Run: `.venv/bin/python benchmarks/week_download.py [--rounds 7]`.

Each round runs one fresh subprocess per client, in alternating order (neither
always finds the server as the other left it). It times a new user's download
(a client built, then its first download: the connection and the
authentication included), then `--downloads` more downloads of the same
client, whose median is the round's third figure. The first figure is what a
script that downloads once pays: the package's import, then a new user's
download (ours imports less up front and more on first use: only the sum
compares the two). The medians over the rounds
are printed, and the ratios ours / 0.22.0 (goal <= 1.0x), taken within each
round (the machine is shared and its speed drifts), their median printed. Both
clients at their defaults, with HTTP Basic authentication: 0.22.0 sends the
password with every request (the server checks its hash each time), ours
exchanges it once for a token (one request more for the new user).

Each client runs from its venv cached under `.cache/bench/`, with its
run-time dependencies only, as users install it (import_time.py's
`ensure_existing_venv` and `ensure_ours_venv`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from bench_server import ChildFailed, bench_server, run_child  # noqa: E402

SERIES = 3
DAYS = 7
STEP = dt.timedelta(minutes=10)
START = dt.datetime(2021, 3, 1, tzinfo=dt.timezone.utc)
END = START + dt.timedelta(days=DAYS)
GOAL = 1.0  # ours / 0.22.0, at most

# Runs in a subprocess: {"host", "email", "password", "state", "ids", "start",
# "end", "downloads", "points"} on argv; prints one JSON line of times (s).
CHILD = r"""
import json, sys, time
args = json.loads(sys.argv[1])
t0 = time.perf_counter()
from bemserver_api_client import BEMServerApiClient as Client
imported = time.perf_counter() - t0

def download(client):
    back = client.timeseries_data.download(
        args["start"], args["end"], args["state"], args["ids"]
    )
    got = sum(len(values) for values in back.data.values())
    assert got == args["points"], (got, args["points"])

times = []
t0 = time.perf_counter()
# A new user's: a client built, then its first download (the connection and
# the authentication included).
auth = Client.make_http_basic_auth(args["email"], args["password"])
client = Client(args["host"], use_ssl=False, authentication_method=auth)
download(client)
times.append(time.perf_counter() - t0)
for _ in range(args["downloads"]):
    t0 = time.perf_counter()
    download(client)
    times.append(time.perf_counter() - t0)
print(json.dumps({"import": imported, "downloads": times}))
"""


def child(python: Path, arguments: dict[str, Any]) -> dict[str, Any]:
    try:
        figures: dict[str, Any] = run_child(python, CHILD, arguments)
    except ChildFailed as failed:
        sys.exit(f"{python}: failed\n{failed.stderr}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--downloads", type=int, default=5, help="after the first")
    args = parser.parse_args()

    from import_time import ensure_existing_venv, ensure_ours_venv

    existing = ensure_existing_venv(False)
    ours = ensure_ours_venv(False)  # run-time dependencies only, as users install
    with bench_server() as server:
        info = server.info
        ids = server.new_ids(SERIES)
        state = server.state_id("Raw")
        rows = int((END - START) / STEP)
        stamps = [(START + STEP * i).isoformat() for i in range(rows)]
        data = {str(ts): {k: float(i) for i, k in enumerate(stamps)} for ts in ids}
        server.admin.timeseries_data.upload(state, data)
        arguments = {
            **server.child_arguments(),
            "state": state,
            "ids": ids,
            "start": START.isoformat(),
            "end": END.isoformat(),
            "downloads": args.downloads,
            "points": rows * SERIES,
        }
        print(
            f"server: bemserver-api {info.api_version}, 2 gunicorn workers; "
            f"{rows * SERIES:,} points ({SERIES} timeseries x {DAYS} days of "
            f"10-minute data), JSON, by ids; {args.downloads} downloads a round",
            flush=True,
        )
        print(
            f"{'round':5} {'client':8} {'script ms':>10} {'new user ms':>12} "
            f"{'then ms':>8}"
        )
        pythons = {"0.22.0": existing, "ours": ours}
        figures: dict[str, list[tuple[float, float, float]]] = {
            "0.22.0": [],
            "ours": [],
        }
        for number in range(1, args.rounds + 1):
            for which in ("0.22.0", "ours")[:: 1 if number % 2 else -1]:
                run = child(pythons[which], arguments)
                times = run["downloads"]
                first, median = times[0], statistics.median(times[1:])
                script = run["import"] + first
                figures[which].append((script, first, median))
                print(
                    f"{number:<5} {which:8} {script * 1e3:10.1f} "
                    f"{first * 1e3:12.1f} {median * 1e3:8.1f}",
                    flush=True,
                )
    theirs, mine = figures["0.22.0"], figures["ours"]
    labels = (
        "a script's run (the import, then a new user's download)",
        "a new user's download",
        "a client's next downloads",
    )
    for column, label in enumerate(labels):
        ratios = [m[column] / t[column] for m, t in zip(mine, theirs, strict=True)]
        ours_ms = statistics.median(m[column] for m in mine) * 1e3
        theirs_ms = statistics.median(t[column] for t in theirs) * 1e3
        ratio = statistics.median(ratios)
        print(
            f"{label}: ours {ours_ms:.1f} ms, 0.22.0 {theirs_ms:.1f} ms "
            f"(medians of {len(ratios)} rounds); ratio ours / 0.22.0 {ratio:.2f}x "
            f"(goal <= {GOAL:.1f}x: {'met' if ratio <= GOAL else 'NOT met'})"
        )


if __name__ == "__main__":
    main()

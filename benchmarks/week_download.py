"""The everyday download: a week of 10-minute data of 3 timeseries (3,024
points, JSON, by ids), our client against the existing client
(bemserver-api-client 0.22.0), on one sandbox server (2 workers).

Run: `.venv/bin/python benchmarks/week_download.py [--rounds 7]`.

Each round runs one fresh subprocess per client, in alternating order (neither
always finds the server as the other left it). It times a new user's download
(a client built, then its first download: the connection and the
authentication included), then `--downloads` more downloads of the same
client, whose median is the round's second figure. The medians over the rounds
are printed, and the ratios ours / 0.22.0 (goal <= 1.0x), taken within each
round (the machine is shared and its speed drifts), their median printed. Both
clients at their defaults, with HTTP Basic authentication: 0.22.0 sends the
password with every request (the server checks its hash each time), ours
exchanges it once for a token (one request more for the new user).

The 0.22.0 client runs from the venv cached under `.cache/bench/` (made by
import_time.py's `ensure_existing_venv`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

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
from bemserver_api_client import BEMServerApiClient as Client

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
print(json.dumps(times))
"""


def child(python: Path, arguments: dict[str, Any]) -> list[float]:
    result = subprocess.run(
        [str(python), "-c", CHILD, json.dumps(arguments)],
        capture_output=True,
        text=True,
        cwd="/",  # import the client of `python`'s venv, not this checkout
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"{python}: failed\n{result.stderr[-2000:]}")
    times: list[float] = json.loads(result.stdout.strip().splitlines()[-1])
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--downloads", type=int, default=5, help="after the first")
    args = parser.parse_args()

    from import_time import ensure_existing_venv

    from bemserver_api_client import BEMServerAPIClient
    from bemserver_api_client.testing import BEMServerSandbox

    existing = ensure_existing_venv(False)
    ours = Path(sys.executable)
    with BEMServerSandbox(workers=2) as info:
        with BEMServerAPIClient(
            info.host,
            use_ssl=False,
            authentication_method=BEMServerAPIClient.make_http_basic_auth(
                info.admin.email, info.admin.password
            ),
        ) as admin:
            campaign = admin.campaigns.create(
                {"name": uuid.uuid4().hex, "timezone": "UTC"}
            ).data["id"]
            scope = admin.campaign_scopes.create(
                {"name": "bench", "campaign_id": campaign}
            ).data["id"]
            ids = [
                admin.timeseries.create(
                    {
                        "name": uuid.uuid4().hex,
                        "campaign_id": campaign,
                        "campaign_scope_id": scope,
                    }
                ).data["id"]
                for _ in range(SERIES)
            ]
            states = admin.timeseries_datastates.getall().data
            state = {item["name"]: item["id"] for item in states}["Raw"]
            rows = int((END - START) / STEP)
            stamps = [(START + STEP * i).isoformat() for i in range(rows)]
            data = {str(ts): {k: float(i) for i, k in enumerate(stamps)} for ts in ids}
            admin.timeseries_data.upload(state, data)
        arguments = {
            "host": info.host,
            "email": info.admin.email,
            "password": info.admin.password,
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
        print(f"{'round':5} {'client':8} {'new user ms':>12} {'then ms':>8}")
        pythons = {"0.22.0": existing, "ours": ours}
        figures: dict[str, list[tuple[float, float]]] = {"0.22.0": [], "ours": []}
        for number in range(1, args.rounds + 1):
            for which in ("0.22.0", "ours")[:: 1 if number % 2 else -1]:
                times = child(pythons[which], arguments)
                first, median = times[0], statistics.median(times[1:])
                figures[which].append((first, median))
                print(
                    f"{number:<5} {which:8} {first * 1e3:12.1f} {median * 1e3:8.1f}",
                    flush=True,
                )
    theirs, mine = figures["0.22.0"], figures["ours"]
    labels = ("a new user's download", "a client's next downloads")
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

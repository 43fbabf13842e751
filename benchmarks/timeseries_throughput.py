"""Points per second up and down, and peak memory: our client at its default
settings against the existing client (bemserver-api-client 0.22.0) doing its
largest single request that succeeds, on one sandbox server (2 workers).

Run: `.venv/bin/python benchmarks/timeseries_throughput.py [--rounds 3]`.

- The largest single request of 0.22.0 is searched for first: the sizes of
  `--existing-sizes` are tried, largest first, until one succeeds (a larger
  one hits the server's 30 s worker timeout and answers 500).
- Then each round moves that many points with 0.22.0 (one request up, one
  down) and with ours (defaults: chunks up, windows down), each in a fresh
  subprocess on fresh timeseries. Ratios are taken within a round (the
  machine is shared and its speed drifts) and their median is printed.
- Peak memory is the subprocess's own high-water mark (VmHWM, which unlike
  ru_maxrss does not inherit the parent's), the data it builds included: the
  same data for both clients.

The 0.22.0 client runs from the venv cached under `.cache/bench/` (made by
import_time.py's `ensure_existing_venv`), ours from the venv of this checkout
with its run-time dependencies only (`ensure_ours_venv`), as users install
each.
"""

from __future__ import annotations

import argparse
import os
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
GOAL_SPEED = 1.5  # ours / 0.22.0, up and down
GOAL_MEMORY = 1.0  # ours / 0.22.0, at most
CORES = os.cpu_count() or 1

# {"host", "email", "password", "state", "format", "benchmarks", "server_pids",
# "ids", "points"} on argv; prints one JSON line of figures.
CHILD = (
    CHILD_PRELUDE
    + CHILD_DATA
    + CHILD_CLIENT
    + r"""
sys.path.insert(0, args["benchmarks"])
from server_cpu import server_cpu

server0, client0 = server_cpu(args["server_pids"]), time.process_time()
t0 = time.perf_counter()
client.timeseries_data.upload(args["state"], data, format=fmt)
up = time.perf_counter() - t0
server_up = server_cpu(args["server_pids"]) - server0
client_up = time.process_time() - client0
del data
t0 = time.perf_counter()
back = client.timeseries_data.download(
    start.isoformat(), end, args["state"], ids, format=fmt
)
down = time.perf_counter() - t0
if fmt is DataFormat.csv:
    got = (back.data.count(b"\n") - 1) * len(ids)
else:
    got = sum(len(values) for values in back.data.values())
assert got == points, (got, points)
print(json.dumps({"up": points / up, "down": points / down, "peak_mb": peak_mb(),
                  "points": points, "up_s": up, "down_s": down,
                  "server_up_cpu_s": server_up, "client_up_cpu_s": client_up}))
"""
)


def child(
    python: Path, which: str, common: dict[str, Any], ids: list[int], points: int
) -> dict[str, float] | None:
    """A round trip's figures, or None if it failed (a single request of
    0.22.0 too large for the server's timeout)."""
    try:
        figures: dict[str, float] = run_child(
            python, CHILD, {**common, "ids": ids, "points": points}
        )
    except ChildFailed as failed:
        print(f"  {which}, {points:,} points: failed ({failed})", file=sys.stderr)
        return None
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--existing-sizes",
        default="1600000,1200000,1000000,800000,600000,400000,200000,100000",
        help="single-request sizes tried for 0.22.0, largest first",
    )
    parser.add_argument(
        "--points",
        type=int,
        default=None,
        help="points per round (default: the largest single request of 0.22.0)",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--format", choices=["json", "csv"], default="json")
    args = parser.parse_args()

    from import_time import ensure_existing_venv, ensure_ours_venv

    existing = ensure_existing_venv(False)
    # Ours as a user installs it (run-time dependencies only), as 0.22.0 is:
    # in the project venv, httpx imports its command line's click, rich and
    # pygments (~4.5 MB of peak memory no user of the package pays).
    ours = ensure_ours_venv(False)
    with bench_server() as server:
        info = server.info
        common = {
            **server.child_arguments(),
            "state": server.state_id("Raw"),
            "format": args.format,
            "benchmarks": str(BENCHMARKS),
        }

        def new_ids() -> list[int]:
            return server.new_ids(SERIES)

        print(
            f"server: bemserver-api {info.api_version}, 2 gunicorn workers "
            f"(30 s timeout); {args.format.upper()}, {SERIES} timeseries",
            flush=True,
        )
        first = None
        for size in [int(s) for s in args.existing_sizes.split(",")]:
            first = child(existing, "existing", common, new_ids(), size)
            if first is not None:
                break
        if first is None:
            sys.exit("no single request of 0.22.0 succeeded")
        largest = int(first["points"])
        points = args.points or largest
        print(f"largest single request of 0.22.0 that succeeds: {largest:,} points")
        print(
            f"{'round':5} {'client':24} {'points':>9} {'up pts/s':>9} "
            f"{'down pts/s':>10} {'peak MB':>8} {'server us/pt up':>15} "
            f"{'cores busy up':>13}"
        )
        ratios: list[tuple[float, float, float]] = []
        ceilings: list[float] = []
        pythons = {"existing": existing, "ours": ours}
        for number in range(1, args.rounds + 1):
            runs: dict[str, dict[str, float] | None] = {}
            # Alternate which client goes first: neither always finds the
            # server (its table, caches) as the other left it.
            for which in ("existing", "ours")[:: 1 if number % 2 else -1]:
                if which == "existing" and number == 1 and points == largest:
                    runs[which] = first  # measured by the search
                else:
                    runs[which] = child(
                        pythons[which], which, common, new_ids(), points
                    )
            theirs, mine = runs["existing"], runs["ours"]
            for name, figures in (
                ("0.22.0, one request", theirs),
                ("this client, defaults", mine),
            ):
                if figures is None:
                    print(f"{number:<5} {name:24} failed", flush=True)
                    continue
                busy = figures["server_up_cpu_s"] + figures["client_up_cpu_s"]
                print(
                    f"{number:<5} {name:24} {figures['points']:9,.0f} "
                    f"{figures['up']:9,.0f} {figures['down']:10,.0f} "
                    f"{figures['peak_mb']:8.1f} "
                    f"{figures['server_up_cpu_s'] / figures['points'] * 1e6:15.1f} "
                    f"{busy / figures['up_s']:13.2f}",
                    flush=True,
                )
            if theirs and mine:
                # No client sending these points can upload faster than all
                # the cores at the lowest CPU cost per point either paid.
                cost = min(
                    (f["server_up_cpu_s"] + f["client_up_cpu_s"]) / f["points"]
                    for f in (theirs, mine)
                )
                ceilings.append(CORES / cost / theirs["up"])
                ratios.append(
                    (
                        mine["up"] / theirs["up"],
                        mine["down"] / theirs["down"],
                        mine["peak_mb"] / theirs["peak_mb"],
                    )
                )
    if not ratios:
        sys.exit("no round completed for both clients")
    up, down, memory = (
        statistics.median(column) for column in zip(*ratios, strict=True)
    )
    rounds = (f"up {u:.2f}x, down {d:.2f}x, memory {m:.2f}x" for u, d, m in ratios)
    print("ratios ours / 0.22.0 by round: " + "; ".join(rounds))
    ceiling = statistics.median(ceilings)
    print(
        f"upload ceiling on this machine's {CORES} cores (server + client CPU per "
        f"point): {ceiling:.2f}x 0.22.0's rate; ours reached {up / ceiling:.0%} of it"
    )
    verdict = {
        "up": up >= GOAL_SPEED,
        "down": down >= GOAL_SPEED,
        "memory": memory <= GOAL_MEMORY,
    }
    print(
        f"median: up {up:.2f}x, down {down:.2f}x (goal >= {GOAL_SPEED}x), "
        f"peak memory {memory:.2f}x (goal <= {GOAL_MEMORY:.0f}x): "
        + ", ".join(f"{k} {'met' if ok else 'NOT met'}" for k, ok in verdict.items())
    )


if __name__ == "__main__":
    main()

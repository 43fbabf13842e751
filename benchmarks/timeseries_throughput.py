"""Points per second up and down, and peak memory: our client at its default
settings against the existing client (bemserver-api-client 0.22.0) doing its
largest single request that succeeds, on one sandbox server (2 workers).

Run: `.venv/bin/python benchmarks/timeseries_throughput.py [--points 400000]`.
Each measurement runs in its own subprocess; its peak memory is that
process's ru_maxrss (the data it builds included: the same for both). The
0.22.0 client runs from the venv cached under `.cache/bench/` (see
import_time.py, which makes it).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

SERIES = 10

# Runs in a subprocess: {"which", "host", "email", "password", "state", "ids",
# "points"} on argv; prints {"up": pts/s, "down": pts/s, "rss_mb", "points"}.
CHILD = r"""
import datetime as dt, json, resource, sys, time
args = json.loads(sys.argv[1])
rows = args["points"] // len(args["ids"])
start = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
keys = [(start + dt.timedelta(minutes=i)).isoformat() for i in range(rows)]
data = {str(ts): {k: float(i) for i, k in enumerate(keys)} for ts in args["ids"]}
end = (start + dt.timedelta(minutes=rows)).isoformat()
points = rows * len(args["ids"])
if args["which"] == "ours":
    from bemserver_api_client import BEMServerAPIClient as Client
    auth = Client.make_http_basic_auth(args["email"], args["password"])
    client = Client(args["host"], use_ssl=False, authentication_method=auth)
else:
    from bemserver_api_client import BEMServerApiClient as Client
    auth = Client.make_http_basic_auth(args["email"], args["password"])
    client = Client(args["host"], use_ssl=False, authentication_method=auth)
t0 = time.perf_counter()
client.timeseries_data.upload(args["state"], data)
up = time.perf_counter() - t0
del data
t0 = time.perf_counter()
ids = args["ids"]
back = client.timeseries_data.download(start.isoformat(), end, args["state"], ids)
down = time.perf_counter() - t0
got = sum(len(v) for v in back.data.values())
assert got == points, (got, points)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"up": points / up, "down": points / down, "rss_mb": rss,
                  "points": points, "up_s": up, "down_s": down}))
"""


def child(
    python: Path, which: str, common: dict[str, object], ids: list[int], points: int
) -> dict[str, float] | None:
    arguments = json.dumps({**common, "which": which, "ids": ids, "points": points})
    result = subprocess.run(
        [str(python), "-c", CHILD, arguments],
        capture_output=True,
        text=True,
        cwd="/",
        check=False,
    )
    if result.returncode != 0:
        print(
            f"  {which} {points} points: failed ({result.stderr.strip()[-200:]})",
            file=sys.stderr,
        )
        return None
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--points",
        type=int,
        default=400_000,
        help="points moved by our client (default 400000)",
    )
    parser.add_argument(
        "--existing-sizes",
        default="400000,200000,100000,50000",
        help="single-request sizes tried for 0.22.0, largest first",
    )
    args = parser.parse_args()

    from import_time import ensure_existing_venv

    from bemserver_api_client import BEMServerAPIClient
    from bemserver_api_client.testing import BEMServerSandbox

    existing = ensure_existing_venv(False)
    ours = Path(sys.executable)
    with BEMServerSandbox(workers=2) as info:
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
        common = {
            "host": info.host,
            "email": info.admin.email,
            "password": info.admin.password,
            "state": state["Raw"],
        }

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

        print(
            f"server: bemserver-api {info.api_version}, 2 gunicorn workers "
            "(30 s timeout); JSON, 10 timeseries"
        )
        theirs = None
        for size in [int(s) for s in args.existing_sizes.split(",")]:
            theirs = child(existing, "existing", common, new_ids(), size)
            if theirs is not None:
                break
        mine = child(ours, "ours", common, new_ids(), args.points)
        admin.close()
    rows = [
        ("bemserver-api-client 0.22.0 (one request)", theirs),
        ("this client, defaults", mine),
    ]
    print(
        f"{'client':44} {'points':>8} {'up pts/s':>9} {'down pts/s':>10} {'peak MB':>8}"
    )
    for name, figures in rows:
        if figures is None:
            print(f"{name:44} failed")
            continue
        print(
            f"{name:44} {figures['points']:8.0f} {figures['up']:9.0f} "
            f"{figures['down']:10.0f} {figures['rss_mb']:8.0f}"
        )
    if theirs and mine:
        print(
            f"ratio up {mine['up'] / theirs['up']:.2f}x, down "
            f"{mine['down'] / theirs['down']:.2f}x, peak memory "
            f"{mine['rss_mb'] / theirs['rss_mb']:.2f}x (ours moves "
            f"{mine['points'] / theirs['points']:.1f}x the points)"
        )


if __name__ == "__main__":
    main()

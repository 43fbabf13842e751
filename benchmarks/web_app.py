"""A web application's use of the client: a new client for every page.

Run by `make bench-app`, with the project's venv: `.venv/bin/python
benchmarks/web_app.py [--pages N] [--rounds N]`.

BEMServer's web UI builds a client on every request it serves (with the bearer
token of the signed-in user) and makes a few calls with it. This benchmark does
the same against one sandbox server (bemserver-api 0.27.0, 2 gunicorn workers):
for each simulated page, construct a client with a bearer token, then make 3
calls (`campaigns.getall()`, `sites.getall(campaign_id=...)`,
`timeseries_datastates.getall()`), reading each answer's JSON (the floor checks
that each answer is a success).

Three sides, each in a fresh interpreter, run alternately in an order that
rotates every round (after one warm-up round):
- ours: this repository's package (the project's venv);
- existing: bemserver-api-client 0.22.0 from PyPI (requests-based), in the venv
  that `benchmarks/import_time.py` caches;
- floor: the same 3 requests through one bare `httpx.Client` shared by every
  page, the Authorization header set by hand: what no client can beat.

Printed: the median time per page of each side, the ratios ours / existing
(goal: at most 1.0) and ours / floor (goal: at most 1.10), and the median cost of
constructing a client, ours against existing (goal: at most 1.0). Nothing is
asserted: the machine is shared and noisy; the figures are read, and quoted in
the README.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

PAGE_GOAL_EXISTING = 1.0
PAGE_GOAL_FLOOR = 1.10
CONSTRUCT_GOAL = 1.0

# One side's run, in a fresh interpreter of the side's venv. Argument: JSON
# {"side", "host", "access", "refresh", "campaign", "pages", "constructions"}.
CHILD = r"""
import json, sys, time
args = json.loads(sys.argv[1])
host, campaign, side = args["host"], args["campaign"], args["side"]
access, refresh = args["access"], args["refresh"]

if side == "floor":
    import httpx
    shared = httpx.Client(base_url=f"http://{host}")
    headers = {"Authorization": f"Bearer {access}"}

    def get(path, **params):
        response = shared.get(path, params=params, headers=headers)
        response.raise_for_status()  # a floor made of error answers is no floor
        return response.json()

    def page():
        get("/campaigns/")
        get("/sites/", campaign_id=campaign)
        get("/timeseries_data_states/")

    construct = None
else:
    # The name both packages export (0.22.0 has no BEMServerAPIClient).
    from bemserver_api_client import BEMServerApiClient as BEMServerAPIClient

    def construct():
        auth = BEMServerAPIClient.make_bearer_token_auth(access, refresh)
        return BEMServerAPIClient(host, use_ssl=False, authentication_method=auth)

    def page():
        client = construct()
        client.campaigns.getall().data
        client.sites.getall(campaign_id=campaign).data
        client.timeseries_datastates.getall().data

page()  # connections, lazy imports: not what a page costs in a running app
started = time.perf_counter()
for _ in range(args["pages"]):
    page()
per_page_ms = (time.perf_counter() - started) * 1000 / args["pages"]
construct_us = None
if construct is not None:
    count = args["constructions"]
    started = time.perf_counter()
    for _ in range(count):
        construct()
    construct_us = (time.perf_counter() - started) * 1e6 / count
print(json.dumps({"page_ms": per_page_ms, "construct_us": construct_us}))
"""


def run_side(python: Path, arguments: dict[str, Any]) -> dict[str, float]:
    result = subprocess.run(
        [str(python), "-c", CHILD, json.dumps(arguments)],
        capture_output=True,
        text=True,
        cwd="/",  # import the client of `python`'s venv, not this checkout
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"{arguments['side']} failed:\n{result.stderr[-2000:]}")
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150, help="pages per run")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--constructions", type=int, default=5000, help="clients built per run"
    )
    args = parser.parse_args()

    from import_time import ensure_existing_venv

    # The name both packages export (0.22.0 has no BEMServerAPIClient).
    from bemserver_api_client import BEMServerAPIClient
    from bemserver_api_client.testing import BEMServerSandbox

    pythons = {
        "ours": Path(sys.executable),
        "existing": ensure_existing_venv(False),
        "floor": Path(sys.executable),
    }
    with BEMServerSandbox(workers=2) as info:
        admin = BEMServerAPIClient(info.host, use_ssl=False)
        tokens = admin.auth.get_tokens(info.admin.email, info.admin.password).data
        admin.set_authentication_method(
            BEMServerAPIClient.make_bearer_token_auth(
                tokens["access_token"], tokens["refresh_token"]
            )
        )
        campaign = admin.campaigns.create(
            {"name": uuid.uuid4().hex, "timezone": "UTC"}
        ).data["id"]
        for index in range(5):
            admin.sites.create(
                {
                    "name": f"site {index}",
                    "campaign_id": campaign,
                    "latitude": 45,
                    "longitude": 5,
                }
            )
        common = {
            "host": info.host,
            "access": tokens["access_token"],
            "refresh": tokens["refresh_token"],
            "campaign": campaign,
            "pages": args.pages,
            "constructions": args.constructions,
        }
        print(
            f"server: bemserver-api {info.api_version}, 2 gunicorn workers; "
            f"{args.pages} pages a run (a client + 3 calls each), "
            f"{args.rounds} rounds",
            flush=True,
        )
        sides = list(pythons)
        for side in sides:  # warm-up: bytecode caches, the server's own caches
            run_side(pythons[side], {**common, "side": side, "pages": 10})
        results: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
        for round_ in range(args.rounds):
            order = sides[round_ % 3 :] + sides[: round_ % 3]
            for side in order:
                results[side].append(run_side(pythons[side], {**common, "side": side}))
            print(
                f"  round {round_ + 1}: "
                + ", ".join(
                    f"{side} {results[side][-1]['page_ms']:.2f} ms/page"
                    for side in sides
                ),
                flush=True,
            )

    def median(side: str, key: str) -> float:
        return statistics.median(run[key] for run in results[side])

    page = {side: median(side, "page_ms") for side in sides}
    build = {side: median(side, "construct_us") for side in ("ours", "existing")}
    versus_existing = page["ours"] / page["existing"]
    versus_floor = page["ours"] / page["floor"]
    construct_ratio = build["ours"] / build["existing"]
    print()
    print("median time per page (a client + 3 calls):")
    for side in sides:
        print(f"  {side:9} {page[side]:7.2f} ms")
    print("median cost of constructing a client:")
    for side in ("ours", "existing"):
        print(f"  {side:9} {build[side]:7.2f} us")
    print()
    print(
        f"ours / existing, per page: {versus_existing:.3f} "
        f"(goal <= {PAGE_GOAL_EXISTING})"
    )
    print(f"ours / floor, per page:    {versus_floor:.3f} (goal <= {PAGE_GOAL_FLOOR})")
    print(
        f"ours / existing, constructing a client: {construct_ratio:.3f} "
        f"(goal <= {CONSTRUCT_GOAL})"
    )


if __name__ == "__main__":
    main()

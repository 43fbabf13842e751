"""CPU of one call of the client against the same request made with a bare
`httpx.Client`, on the same canned in-process transport.

Run by `benchmarks/import_time.py` (`make bench`) in its venv holding only the
run-time dependencies; alone: `python benchmarks/call_cpu.py [--calls N]
[--rounds N]`. Public API only: it measures what users call.

- ours: `client.sites.getall(campaign_id=1).parsed`, a client with a bearer
  token whose `http_client=` is an `httpx.Client` on the transport;
- bare: `http.get(url, params={"campaign_id": 1}, headers={"Authorization":
  "Bearer ..."}).json()` on an `httpx.Client` on the same transport;
- the transport: `httpx.MockTransport` answering every request with the same
  JSON list of 20 sites (no network, no server: what is measured is the
  client's own work on top of httpx's).

Method: CPU time (time.process_time) of `--calls` calls in a row, per call; the
two sides alternate, in an order that swaps every round, after a warm-up;
medians of `--rounds` rounds. Prints the ratio against its goal; asserts
nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable

import httpx

from bemserver_api_client import BEMServerAPIClient

GOAL = 1.15
HOST = "bemserver.bench"
TOKEN = "bench-access-token"
SITES = [
    {
        "id": index,
        "name": f"Site {index}",
        "campaign_id": 1,
        "description": "A site of the benchmark",
        "ifc_id": None,
        "latitude": 43.6 + index / 100,
        "longitude": 1.4,
    }
    for index in range(1, 21)
]
BODY = json.dumps(SITES).encode()


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, content=BODY, headers={"Content-Type": "application/json"}
    )


def ours() -> Callable[[], object]:
    client = BEMServerAPIClient(
        HOST,
        authentication_method=BEMServerAPIClient.make_bearer_token_auth(TOKEN),
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )

    def call() -> object:
        return client.sites.getall(campaign_id=1).parsed

    return call


def bare() -> Callable[[], object]:
    http = httpx.Client(transport=httpx.MockTransport(answer))
    url = f"https://{HOST}/sites/"
    headers = {"Authorization": f"Bearer {TOKEN}"}

    def call() -> object:
        return http.get(url, params={"campaign_id": 1}, headers=headers).json()

    return call


def cpu_per_call(call: Callable[[], object], calls: int) -> float:
    """CPU seconds per call, over `calls` calls in a row."""
    start = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - start) / calls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000, help="calls a round")
    parser.add_argument("--rounds", type=int, default=15, help="rounds (15)")
    args = parser.parse_args(argv)

    sides = {"ours": ours(), "bare": bare()}
    parsed = sides["ours"]()
    assert isinstance(parsed, list) and len(parsed) == len(SITES), parsed
    assert sides["bare"]() == SITES
    for call in sides.values():  # warm-up
        cpu_per_call(call, args.calls // 10 or 1)
    samples: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for round_index in range(args.rounds):
        for name in names if round_index % 2 == 0 else names[::-1]:
            samples[name].append(cpu_per_call(sides[name], args.calls))
    median = {name: statistics.median(values) * 1e6 for name, values in samples.items()}
    print(
        f"per call, CPU (time.process_time), medians of {args.rounds} alternating "
        f"rounds of {args.calls} calls, canned transport (20 sites):"
    )
    print(f"  client.sites.getall(campaign_id=1).parsed: {median['ours']:.1f} µs")
    print(
        f"  bare httpx.Client get + .json() (URL, params, bearer header): "
        f"{median['bare']:.1f} µs"
    )
    print(
        f"  ratio ours / bare {median['ours'] / median['bare']:.2f} "
        f"(goal <= {GOAL:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

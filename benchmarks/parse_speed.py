"""Cost of `.parsed` of a long list against the cost of decoding its JSON.

Run by `make bench-parse`, with the project's venv: `.venv/bin/python
benchmarks/parse_speed.py [--items N] [--rounds N]`.

For a few list operations (timeseries, sites, events, notifications with their
nested event), a realistic body of `--items` items (20,000 by default) with every
field filled (enumerations, datetimes, nulls where the schema allows them) is
serialised once. Each round then times, in this one process:

- decode: `json.loads(body)`, the floor any parse pays;
- parsed: `BEMServerApiClientResponse(response, parse_response).parsed` as the
  client builds it (a fresh response object each round, the operation's generated
  `parse_response`): decoding plus building the models.

Times are the CPU time of this process (`time.process_time`), not wall clock: on
a shared machine, wall clock counts the time other processes hold the CPU.
Medians over `--rounds` rounds (15 by default), after one warm-up round; the
garbage collector runs before each timing, so each starts from the same heap.
The figure is the ratio parsed/decode of the same run (goal: 1.5 at most, i.e.
building the models costs at most half of decoding). Nothing is asserted: this
only prints.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from bemserver_api_client.response import BEMServerApiClientResponse

GOAL = 1.5
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _timestamp(index: int) -> str:
    # As the server writes them: ISO 8601 in UTC with its offset, microseconds
    # when there are some.
    seconds = index * 37
    micro = f".{index % 1000:03d}456" if index % 2 else ""
    return (
        f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}T"
        f"{seconds // 3600 % 24:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        f"{micro}+00:00"
    )


def timeseries_item(index: int) -> dict[str, Any]:
    return {
        "id": index,
        "name": f"Timeseries {index} - outdoor temperature",
        "unit_symbol": "°C",
        "description": f"Measured by sensor {index} on the roof",
        "campaign_id": 1 + index % 5,
        "campaign_scope_id": 1 + index % 7,
    }


def site_item(index: int) -> dict[str, Any]:
    return {
        "id": index,
        "name": f"Site {index}",
        "latitude": 48.8566 + index / 1e5,
        "longitude": 2.3522 - index / 1e5,
        "description": f"Head office number {index}",
        "ifc_id": f"2O2Fr$t4X7Zf8NOew3F{index:05d}",
        "campaign_id": 1 + index % 5,
    }


def event_item(index: int) -> dict[str, Any]:
    return {
        "id": index,
        "timestamp": _timestamp(index),
        "level": LEVELS[index % len(LEVELS)],
        "campaign_scope_id": 1 + index % 7,
        "category_id": 1 + index % 3,
        "source": "BEMServer",
        "description": f"Missing data on timeseries {index}",
    }


def notification_item(index: int) -> dict[str, Any]:
    event = event_item(index)
    del event["id"]
    return {
        "id": index,
        "event": event,
        "user_id": 1 + index % 4,
        "event_id": index,
        "timestamp": _timestamp(index + 1),
        "read": bool(index % 2),
    }


def _operations() -> list[tuple[str, Callable[[int], dict[str, Any]], Any]]:
    from bemserver_api_client._generated.api.event import list_events
    from bemserver_api_client._generated.api.notification import list_notifications
    from bemserver_api_client._generated.api.site import list_sites
    from bemserver_api_client._generated.api.timeseries import list_timeseries

    return [
        ("timeseries", timeseries_item, list_timeseries.parse_response),
        ("sites", site_item, list_sites.parse_response),
        ("events", event_item, list_events.parse_response),
        ("notifications", notification_item, list_notifications.parse_response),
    ]


def _response(body: bytes) -> httpx.Response:
    return httpx.Response(
        200,
        content=body,
        headers={"Content-Type": "application/json"},
        request=httpx.Request("GET", "http://localhost/items/"),
    )


def _timed(function: Callable[[], Any]) -> float:
    gc.collect()
    start = time.process_time()
    function()
    return time.process_time() - start


def measure(
    item: Callable[[int], dict[str, Any]],
    parser: Any,
    items: int,
    rounds: int,
) -> tuple[float, float]:
    """Median seconds of decoding the body and of `.parsed` of an answer."""
    body = json.dumps([item(index) for index in range(items)]).encode()
    response = _response(body)
    # The parse must give one model per item (checked once, outside the timings).
    parsed = BEMServerApiClientResponse(response, parser).parsed
    assert len(parsed) == items, "the parse lost items"
    del parsed  # kept alive, it would slow the timings down (a bigger heap)

    decodes: list[float] = []
    parses: list[float] = []
    for round_index in range(rounds + 1):

        def decode() -> Any:
            return json.loads(body)

        def parse() -> Any:
            return BEMServerApiClientResponse(response, parser).parsed

        # Alternate which goes first, so neither always runs on a warmer cache.
        order = [(decode, decodes), (parse, parses)]
        if round_index % 2:
            order.reverse()
        for function, times in order:
            seconds = _timed(function)
            if round_index:  # round 0 warms up
                times.append(seconds)
    return statistics.median(decodes), statistics.median(parses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000, help="items (20000)")
    parser.add_argument("--rounds", type=int, default=15, help="rounds (15)")
    args = parser.parse_args(argv)

    print(
        f"medians of {args.rounds} rounds, {args.items} items per list, "
        f"python {sys.version.split()[0]}"
    )
    print(
        f"{'operation':<14} {'decode ms':>10} {'parsed ms':>10} "
        f"{'models ms':>10} {'ratio':>6}  (goal <= {GOAL})"
    )
    ratios = []
    for name, item, parse_response in _operations():
        decode, parsed = measure(item, parse_response, args.items, args.rounds)
        ratio = parsed / decode
        ratios.append(ratio)
        print(
            f"{name:<14} {decode * 1e3:>10.1f} {parsed * 1e3:>10.1f} "
            f"{(parsed - decode) * 1e3:>10.1f} {ratio:>6.2f}"
        )
    print(f"worst ratio parsed/decode: {max(ratios):.2f} (goal <= {GOAL})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The fault proxy of the resilience tests draws its faults from the seed only,
never from the order in which threads happen to send their requests."""

from __future__ import annotations

import random

from tests.support.faultproxy import ALL_FAULTS, FaultProxy

REQUESTS = [
    ("GET", f"/sites/{n}")
    if n % 3 == 0
    else ("PUT", f"/sites/{n}")
    if n % 3 == 1
    else ("POST", "/timeseries/")
    for n in range(300)
]


def faults_by_kind(
    proxy: FaultProxy, requests: list[tuple[str, str]]
) -> dict[str, list[str | None]]:
    """The faults drawn for the requests, by kind (method), in each kind's order."""
    drawn: dict[str, list[str | None]] = {}
    for method, path in requests:
        drawn.setdefault(method, []).append(proxy._choose(method, path))
    return drawn


def test_draws_do_not_depend_on_the_interleaving_of_requests() -> None:
    shuffled = list(REQUESTS)
    random.Random(1).shuffle(shuffled)
    # Each kind keeps its own order (as one thread's requests do).
    by_kind = {m: [r for r in REQUESTS if r[0] == m] for m in ("GET", "PUT", "POST")}
    interleaved = [by_kind[method].pop(0) for method, _ in shuffled]
    first = faults_by_kind(FaultProxy(1, rate=0.5, seed=3), REQUESTS)
    second = faults_by_kind(FaultProxy(1, rate=0.5, seed=3), interleaved)
    assert first == second
    drawn = [f for faults in first.values() for f in faults]
    assert set(drawn) == {None, *ALL_FAULTS}


def test_another_seed_draws_other_faults() -> None:
    first = faults_by_kind(FaultProxy(1, rate=0.5, seed=3), REQUESTS)
    other = faults_by_kind(FaultProxy(1, rate=0.5, seed=4), REQUESTS)
    assert first != other

"""CPU used by a server's processes, read from Linux's /proc (stdlib only:
it is imported by the benchmark's subprocesses of either client's venv)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable


def server_cpu(roots: Iterable[int]) -> float:
    """CPU seconds used so far by the processes `roots` and their descendants,
    the exited ones included (their parents' cutime and cstime)."""
    stats: dict[int, tuple[int, int]] = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as file:
                fields = file.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        # fields[1] is the parent's pid; [11:15] utime, stime, cutime, cstime.
        stats[int(entry)] = (int(fields[1]), sum(map(int, fields[11:15])))
    keep = set(roots)
    while found := {pid for pid, (ppid, _) in stats.items() if ppid in keep} - keep:
        keep |= found
    ticks = sum(stats[pid][1] for pid in keep if pid in stats)
    return ticks / os.sysconf("SC_CLK_TCK")


def wait_until_idle(
    roots: Iterable[int], *, busy: float = 0.05, window: float = 1.0, limit: float = 180
) -> float:
    """Wait until the server uses less than `busy` of a core over `window`
    seconds (e.g. PostgreSQL's autovacuum of the last run's inserts is done);
    the seconds waited, at most about `limit`."""
    roots = list(roots)
    started = time.monotonic()
    while time.monotonic() - started < limit:
        before = server_cpu(roots)
        time.sleep(window)
        if server_cpu(roots) - before < busy * window:
            break
    return time.monotonic() - started

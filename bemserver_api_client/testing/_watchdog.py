"""Clean up after a sandbox whose Python process died without doing it.

The sandbox runs this file as ``python -I -S _watchdog.py`` in a session of its
own and keeps a pipe to its standard input. It writes one JSON object per line
for each thing to clean up:

    {"process_group": PGID}
    {"process": PID, "signal": "SIGQUIT"}
    {"command": [ARGV...], "env": {...}, "timeout": SECONDS}
    {"directory": PATH}

and ``{"done": true}`` when it has cleaned up by itself. If the input ends
without "done", the sandbox's process is gone (SIGKILL, crash, ``os._exit``):
then this script stops the process groups and processes, runs the commands
(for instance dropping a database on an external server) and removes the
directories, in that order. Every wait is bounded.

Standard library only: it must not import the client package (nor anything
that could fail to import while the parent is already gone).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

_STOP_GRACE = 10.0
_KILL_GRACE = 5.0


def _start_time(pid: int) -> str | None:
    """Identify a process incarnation, so that a recycled pid is left alone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # Field 22 (starttime), counted after the "(command)" field.
    return stat.rsplit(")", 1)[1].split()[19]


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _same_incarnation(pid: int, start_time: str | None) -> bool:
    return start_time is None or _start_time(pid) == start_time


def _kill(pid: int, sig: signal.Signals, group: bool) -> None:
    try:
        if group:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _wait_gone(pids: list[int], timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    remaining = [pid for pid in pids if _alive(pid)]
    while remaining and time.monotonic() < deadline:
        time.sleep(0.1)
        remaining = [pid for pid in remaining if _alive(pid)]
    return remaining


def clean_up(
    groups: list[tuple[int, str | None]],
    processes: list[tuple[int, signal.Signals, str | None]],
    commands: list[tuple[list[str], dict[str, str], float]],
    directories: list[str],
) -> None:
    targets: list[tuple[int, bool]] = []
    for pgid, start_time in groups:
        if _same_incarnation(pgid, start_time):
            _kill(pgid, signal.SIGTERM, group=True)
            targets.append((pgid, True))
    for pid, sig, start_time in processes:
        if _same_incarnation(pid, start_time):
            _kill(pid, sig, group=False)
            targets.append((pid, False))
    leaders = [pid for pid, _ in targets]
    survivors = set(_wait_gone(leaders, _STOP_GRACE))
    for pid, group in targets:
        # Workers of a group may outlive their leader: SIGKILL the group anyway.
        if pid in survivors or group:
            _kill(pid, signal.SIGKILL, group=group)
    _wait_gone(leaders, _KILL_GRACE)
    for argv, env, timeout in commands:
        try:
            subprocess.run(
                argv,
                env={**os.environ, **env},
                timeout=timeout,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            print(f"watchdog: {argv[:2]} failed: {exc}", file=sys.stderr)
    for directory in directories:
        shutil.rmtree(directory, ignore_errors=True)


def main() -> int:
    groups: list[tuple[int, str | None]] = []
    processes: list[tuple[int, signal.Signals, str | None]] = []
    commands: list[tuple[list[str], dict[str, str], float]] = []
    directories: list[str] = []
    for line in sys.stdin.buffer:
        message = json.loads(line)
        if message.get("done"):
            return 0
        if "process_group" in message:
            pgid = int(message["process_group"])
            groups.append((pgid, _start_time(pgid)))
        elif "process" in message:
            pid = int(message["process"])
            sig = signal.Signals[message["signal"]]
            processes.append((pid, sig, _start_time(pid)))
        elif "command" in message:
            env = {str(k): str(v) for k, v in message["env"].items()}
            commands.append(
                ([str(a) for a in message["command"]], env, float(message["timeout"]))
            )
        elif "directory" in message:
            directories.append(str(message["directory"]))
    print(
        "watchdog: the sandbox's process ended without cleaning up; cleaning up",
        file=sys.stderr,
    )
    clean_up(groups, processes, commands, directories)
    return 0


if __name__ == "__main__":
    # Only the end of our input may end us: not a Ctrl-C meant for the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(main())

"""Starting and stopping the sandbox's child processes without leaving any behind.

Three layers make sure no server process outlives the sandbox:

1. ``BEMServerSandbox.stop()`` (also called on errors, Ctrl-C and by ``atexit``)
   stops every process it started, with bounded waits.
2. On Linux each long-running child asks the kernel for a signal when the
   thread that started it dies (``PR_SET_PDEATHSIG``), which covers a parent
   killed with SIGKILL.
3. A watchdog process (``_watchdog.py``) is told about every process and
   directory; if the sandbox's process disappears without saying "done", the
   watchdog stops them and removes the directories (PR_SET_PDEATHSIG alone
   does not stop a PostgreSQL server cleanly or delete files).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from ._errors import SandboxError

# <linux/prctl.h>
_PR_SET_PDEATHSIG = 1

_WATCHDOG_SCRIPT = Path(__file__).with_name("_watchdog.py")


def parent_death_signal(sig: signal.Signals) -> Callable[[], None] | None:
    """Return a ``preexec_fn`` making the child receive ``sig`` when we die.

    Returns None where that is not possible or not wanted:

    - outside Linux (no ``prctl``);
    - outside the main thread: the kernel sends the signal when the *thread*
      that forked the child ends, so a sandbox started from a short-lived
      thread would see its server killed when that thread returns. The
      watchdog still covers those cases.
    """
    if not sys.platform.startswith("linux"):
        return None
    if threading.current_thread() is not threading.main_thread():
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    # Resolved here, in the parent: between fork and exec the child should do
    # as little as possible.
    parent_pid = os.getpid()
    signal_number = int(sig)

    def set_parent_death_signal() -> None:
        prctl(_PR_SET_PDEATHSIG, signal_number)
        # The parent may have died between fork() and prctl(): then the
        # signal will never come, so act on it now.
        if os.getppid() != parent_pid:
            os.kill(os.getpid(), signal_number)

    return set_parent_death_signal


def _process_state(pid: int) -> str | None:
    """Return the state letter of ``pid`` from /proc, None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # "pid (command) S ppid ...": the command may contain spaces and parentheses.
    return stat.rsplit(")", 1)[1].split()[0]


def process_is_alive(pid: int) -> bool:
    """Whether ``pid`` runs (zombies, waiting for a reaper, count as gone)."""
    if Path("/proc").is_dir():
        state = _process_state(pid)
        return state is not None and state not in ("Z", "X")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def process_group_members(pgid: int) -> list[int]:
    """Return the live processes of process group ``pgid``."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return []
        return [pgid]
    members = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        # fields: state, ppid, pgrp, ...
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            members.append(int(entry.name))
    return members


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def stop_process_group(
    process: subprocess.Popen[bytes],
    *,
    grace: float,
    name: str,
    first_signal: signal.Signals = signal.SIGTERM,
) -> None:
    """Stop ``process`` and every process of its group (it must lead one).

    ``first_signal`` first, SIGKILL for whatever is left after ``grace``
    seconds. Raises SandboxError if something survives SIGKILL for 10 seconds.
    """
    pgid = process.pid
    _signal_group(pgid, first_signal)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if process.poll() is not None and not process_group_members(pgid):
            return
        time.sleep(0.05)
    _signal_group(pgid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None and not process_group_members(pgid):
            return
        time.sleep(0.05)
    raise SandboxError(
        f"{name} (process group {pgid}) did not stop even after SIGKILL: "
        f"processes {process_group_members(pgid)} remain"
    )


def stop_process(
    process: subprocess.Popen[bytes],
    *,
    signals: tuple[tuple[signal.Signals, float], ...],
    name: str,
) -> None:
    """Send each signal of ``signals`` in turn until ``process`` exits.

    Each entry is ``(signal, seconds to wait after sending it)``; SIGKILL
    follows the last one. Raises SandboxError if the process survives that.
    """
    for sig, wait in (*signals, (signal.SIGKILL, 10.0)):
        if process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(sig)
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue
    raise SandboxError(f"{name} (pid {process.pid}) did not stop even after SIGKILL")


class Watchdog:
    """Client side of ``_watchdog.py``, which cleans up if this process dies.

    Every process and directory the sandbox creates is reported with one of
    the ``guard_*`` methods as soon as it exists. ``release()`` tells the
    watchdog that the sandbox cleaned up by itself; ``abandon()`` (or our
    death) makes the watchdog clean up everything it was told about.
    """

    def __init__(self, log: IO[bytes]) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-I", "-S", str(_WATCHDOG_SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=log,
            # Its own session: a Ctrl-C in the terminal must not kill it
            # before it has done its job.
            start_new_session=True,
            cwd="/",
        )
        assert self._process.stdin is not None
        self._channel = self._process.stdin

    @property
    def pid(self) -> int:
        return self._process.pid

    def _tell(self, message: dict[str, object]) -> None:
        try:
            self._channel.write(json.dumps(message).encode() + b"\n")
            self._channel.flush()
        except (BrokenPipeError, ValueError) as exc:
            raise SandboxError(
                f"the sandbox watchdog (pid {self._process.pid}) is gone"
            ) from exc

    def guard_process_group(self, pgid: int) -> None:
        """On our death: SIGTERM, then SIGKILL, process group ``pgid``."""
        self._tell({"process_group": pgid})

    def guard_process(self, pid: int, first_signal: signal.Signals) -> None:
        """On our death: send ``first_signal``, then SIGKILL, to ``pid``."""
        self._tell({"process": pid, "signal": first_signal.name})

    def guard_command(
        self, argv: list[str], env: dict[str, str], timeout: float
    ) -> None:
        """On our death, once the processes are stopped: run ``argv``."""
        self._tell({"command": argv, "env": env, "timeout": timeout})

    def guard_directory(self, path: Path) -> None:
        """On our death, last: remove the directory tree ``path``."""
        self._tell({"directory": str(path)})

    def release(self) -> None:
        """Everything is cleaned up: let the watchdog exit doing nothing."""
        try:
            self._tell({"done": True})
        finally:
            self._close()

    def abandon(self) -> None:
        """Cleanup failed part-way: let the watchdog finish it now."""
        self._close()

    def _close(self) -> None:
        with contextlib.suppress(BrokenPipeError):
            self._channel.close()
        try:
            # Releasing is instant; an abandoned watchdog may need a while to
            # stop processes (its own waits are bounded).
            self._process.wait(40)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(5)

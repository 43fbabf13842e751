"""Client side of ``_db_agent.py``: the sandbox's database chores.

The agent runs with the server venv's Python and answers one JSON line per
request. Every read here has a deadline: a stuck agent raises SandboxError
instead of hanging the caller.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import subprocess
import time
from pathlib import Path
from typing import IO, Any

from ._errors import SandboxError, with_log_tail
from ._processes import parent_death_signal, stop_process_group
from ._venv import server_subprocess_env

_AGENT_SCRIPT = Path(__file__).with_name("_db_agent.py")
# Names shared with _db_agent.py (which cannot import this package).
MAINTENANCE_DSN_ENV = "BEMSERVER_SANDBOX_MAINTENANCE_DSN"
DATABASE_NAME_ENV = "BEMSERVER_SANDBOX_DATABASE_NAME"
CORE_SETTINGS_ENV = "BEMSERVER_CORE_SETTINGS_FILE"


def _agent_command(python: Path) -> list[str]:
    # -I: ignore PYTHONPATH & co. and do not put this package's directory on
    # sys.path: the agent must only see the server venv.
    return [str(python), "-I", str(_AGENT_SCRIPT)]


def drop_database_command(
    python: Path, maintenance_dsn: str, database: str
) -> tuple[list[str], dict[str, str]]:
    """argv and extra environment of a one-shot "drop the sandbox database".

    The DSN travels in the environment, not in argv where ``ps`` shows it.
    """
    env = {MAINTENANCE_DSN_ENV: maintenance_dsn, DATABASE_NAME_ENV: database}
    return [*_agent_command(python), "drop-database"], env


def drop_database_now(
    python: Path, maintenance_dsn: str, database: str, *, timeout: float
) -> None:
    """Drop the sandbox database with a one-shot agent process."""
    argv, extra_env = drop_database_command(python, maintenance_dsn, database)
    env = server_subprocess_env()
    env.update(extra_env)
    try:
        result = subprocess.run(
            argv,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SandboxError(f"dropping database {database} timed out") from exc
    if result.returncode != 0:
        raise SandboxError(
            f"dropping database {database} failed:\n"
            + result.stderr.decode(errors="replace")[-2000:]
        )


class DatabaseAgent:
    """A running ``_db_agent.py`` process."""

    def __init__(
        self,
        *,
        python: Path,
        core_settings: Path,
        log: IO[bytes],
        log_path: Path,
    ) -> None:
        self._log_path = log_path
        env = server_subprocess_env()
        env[CORE_SETTINGS_ENV] = str(core_settings)
        self._process = subprocess.Popen(
            _agent_command(python),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            env=env,
            start_new_session=True,
            preexec_fn=parent_death_signal(signal.SIGTERM),
            bufsize=0,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._requests = self._process.stdin
        self._answers = self._process.stdout
        self._buffer = b""
        self._pending: str | None = None

    @property
    def pid(self) -> int:
        return self._process.pid

    def send(self, op: str, **args: Any) -> None:
        """Send a request; ``receive()`` gets its answer."""
        if self._pending is not None:
            raise SandboxError(f"database agent still busy with {self._pending!r}")
        try:
            self._requests.write(json.dumps({"op": op, "args": args}).encode() + b"\n")
        except (BrokenPipeError, ValueError) as exc:
            raise self._failure(f"could not send {op!r} to the database agent") from exc
        self._pending = op

    def receive(self, timeout: float) -> Any:
        """Wait at most ``timeout`` seconds for the answer to the last request."""
        op = self._pending
        if op is None:
            raise SandboxError("no database agent request is pending")
        line = self._read_line(timeout, op)
        self._pending = None
        answer = json.loads(line)
        if not answer["ok"]:
            raise self._failure(f"database agent failed to {op}: {answer['error']}")
        return answer["result"]

    def request(self, op: str, timeout: float, **args: Any) -> Any:
        self.send(op, **args)
        return self.receive(timeout)

    def _read_line(self, timeout: float, op: str) -> bytes:
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(self._answers, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise self._failure(
                        f"database agent did not {op} in time ({timeout:.0f} s)"
                    )
                if not selector.select(remaining):
                    continue
                chunk = os.read(self._answers.fileno(), 65536)
                if not chunk:
                    raise self._failure(f"database agent exited during {op!r}")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line

    def _failure(self, message: str) -> SandboxError:
        return SandboxError(with_log_tail(message, self._log_path))

    def close(self, timeout: float = 10.0) -> None:
        """Let the agent exit (end of its input), killing it if it lingers."""
        with contextlib.suppress(BrokenPipeError):
            self._requests.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout)
        stop_process_group(self._process, grace=5.0, name="database agent")
        self._answers.close()

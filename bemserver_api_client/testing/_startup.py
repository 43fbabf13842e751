"""The steps of starting a sandbox. Each registers in the start's `cleanup`
how to undo itself, reports what it starts to the watchdog, and records its
pid in `pids` (by role) as soon as the process exists."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import time
from pathlib import Path
from typing import IO

import attrs

from ._database import DatabaseAgent, drop_database_command, drop_database_now
from ._errors import SandboxError
from ._info import Credentials
from ._postgres import (
    DATABASE_URL_ENV,
    EmbeddedPostgres,
    PostgresTarget,
    check_embedded_postgres,
    external_target,
)
from ._processes import Watchdog
from ._server import GunicornServer
from ._venv import ServerEnvironment, same_release

logger = logging.getLogger("bemserver_api_client.testing")

_DROP_DATABASE_TIMEOUT = 60.0


@attrs.frozen
class Startup:
    """One start in progress: how to undo it, its files and its watchdog, the
    server's environment, its deadline and the pids of what it started."""

    cleanup: contextlib.ExitStack
    directory: Path
    log_path: Path
    log: IO[bytes]
    watchdog: Watchdog
    environment: ServerEnvironment
    deadline: float
    pids: dict[str, int]

    @property
    def core_settings(self) -> Path:
        return self.directory / "core_settings.py"

    @property
    def api_settings(self) -> Path:
        return self.directory / "api_settings.py"


def check_database_server(database_url: str | None) -> None:
    """Without a database server to use, the embedded one must be installed
    (the [testing] extra): said before the server's venv is built."""
    if not (database_url or os.environ.get(DATABASE_URL_ENV)):
        check_embedded_postgres()


def database_server(
    startup: Startup, database_url: str | None
) -> tuple[PostgresTarget, EmbeddedPostgres | None]:
    """Where the database goes: the given server, else an embedded
    PostgreSQL (returned too: it is started later)."""
    url = database_url or os.environ.get(DATABASE_URL_ENV)
    if url:
        target = external_target(url)
        logger.info("Sandbox database server: %s", target.description)
        return target, None
    postgres = EmbeddedPostgres(
        log=startup.log, log_path=startup.log_path, watchdog=startup.watchdog
    )
    startup.cleanup.callback(postgres.stop)
    return postgres.target, postgres


def start_agent(
    startup: Startup, target: PostgresTarget, database: str
) -> DatabaseAgent:
    """The database agent, which drops the database of an external server
    on stop (the watchdog does it should this process die first)."""
    python = startup.environment.python
    agent = DatabaseAgent(
        python=python,
        core_settings=startup.core_settings,
        log=startup.log,
        log_path=startup.log_path,
    )
    startup.pids["database_agent"] = agent.pid
    startup.watchdog.guard_process_group(agent.pid)
    # Callbacks run last in, first out: gunicorn stops first, then the
    # database is dropped (external server), then the agent exits, then
    # PostgreSQL stops.
    startup.cleanup.callback(agent.close)
    if target.external:
        # Not our own throw-away server: the database must be dropped.
        argv, env = drop_database_command(python, target.maintenance_dsn, database)
        startup.watchdog.guard_command(argv, env, _DROP_DATABASE_TIMEOUT)
        startup.cleanup.callback(_drop_database, agent, python, target, database)
    return agent


def start_server(
    startup: Startup, listening_socket: socket.socket, workers: int, timeout: int
) -> GunicornServer:
    """gunicorn, serving on the claimed port (stopped first on stop)."""
    server = GunicornServer(
        environment=startup.environment,
        instance_dir=startup.directory,
        listening_socket=listening_socket,
        workers=workers,
        timeout=timeout,
        env={
            "BEMSERVER_CORE_SETTINGS_FILE": str(startup.core_settings),
            "BEMSERVER_API_SETTINGS_FILE": str(startup.api_settings),
            # numpy's BLAS threads do not survive gunicorn's fork (--preload).
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
        },
        log=startup.log,
        log_path=startup.log_path,
    )
    startup.pids["gunicorn"] = server.pid
    startup.cleanup.callback(server.stop)
    startup.watchdog.guard_process_group(server.pid)
    return server


def set_up_database(
    startup: Startup,
    agent: DatabaseAgent,
    postgres: EmbeddedPostgres | None,
    target: PostgresTarget,
    database: str,
) -> tuple[Credentials, Credentials]:
    """Create the database (in the embedded PostgreSQL, started first, if
    any) with the sandbox's admin and user; their credentials."""
    deadline = startup.deadline
    if postgres is not None:
        postgres.start(remaining(deadline, "starting PostgreSQL"))
        if postgres.pid is not None:
            startup.pids["postgres"] = postgres.pid
    agent.send(
        "create_database", maintenance_dsn=target.maintenance_dsn, database=database
    )
    admin = Credentials("admin@sandbox.bemserver.test", secrets.token_urlsafe(16))
    user = Credentials("user@sandbox.bemserver.test", secrets.token_urlsafe(16))
    agent.receive(remaining(deadline, "creating the database"))
    agent.request(
        "bootstrap",
        remaining(deadline, "setting up the database"),
        users=[
            {"name": "Sandbox Admin", "admin": True, **attrs.asdict(admin)},
            {"name": "Sandbox User", "admin": False, **attrs.asdict(user)},
        ],
    )
    return admin, user


def check_release(
    server: GunicornServer, base_url: str, deadline: float, asked: str
) -> tuple[str, str]:
    """(API version, core version) of the server once it answers, the
    release asked for (else SandboxError)."""
    about = server.wait_until_ready(base_url, deadline)
    versions = about.get("versions", {})
    api_version = str(versions.get("bemserver_api", ""))
    if not same_release(api_version, asked):
        raise SandboxError(
            f"asked for bemserver-api {asked} but the server reports "
            f"{api_version or 'no version'}"
        )
    return api_version, str(versions.get("bemserver_core", ""))


def remaining(deadline: float, step: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise SandboxError(
            f"the sandbox did not start in time: out of time before {step}"
        )
    return left


def _drop_database(
    agent: DatabaseAgent, python: Path, target: PostgresTarget, database: str
) -> None:
    """Drop the sandbox database on an external server, whatever the agent's state."""
    try:
        agent.request("drop_database", _DROP_DATABASE_TIMEOUT)
    except SandboxError:
        # The agent is dead or stuck (failed start): do it with a new one.
        drop_database_now(
            python, target.maintenance_dsn, database, timeout=_DROP_DATABASE_TIMEOUT
        )

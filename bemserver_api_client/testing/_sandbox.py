"""BEMServerSandbox: a real BEMServer API server, started and stopped on demand."""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import secrets
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from ._database import DatabaseAgent
from ._errors import SandboxError
from ._info import Credentials, SandboxInfo
from ._processes import Watchdog
from ._server import (
    LOOPBACK,
    listen_on_loopback,
    write_api_settings,
    write_core_settings,
    write_wsgi_module,
)
from ._startup import (
    Startup,
    check_database_server,
    check_release,
    database_server,
    set_up_database,
    start_agent,
    start_server,
)
from ._venv import (
    ServerEnvironment,
    check_release_number,
    default_cache_dir,
    ensure_server_environment,
)

# The records of _info are part of what this module offers (see __init__).
__all__ = ["DEFAULT_API_VERSION", "BEMServerSandbox", "Credentials", "SandboxInfo"]

logger = logging.getLogger("bemserver_api_client.testing")

DEFAULT_API_VERSION = "0.27.0"

# Bounds of the database agent's chores, in seconds.
_RESET_TIMEOUT = 120.0
_HTTP_TIMEOUT = 30.0


class BEMServerSandbox:
    """A BEMServer API server of a given release, with its own database.

    Use it as a context manager (``with BEMServerSandbox() as info:``), or
    call ``start()`` and ``stop()``. Starting installs the release into a
    cached venv the first time (about a minute), then takes a few seconds.

    :param api_version: bemserver-api release to run ("0.27.0", "0.24.3", ...).
    :param workers: gunicorn worker processes.
    :param timeout: gunicorn worker timeout, in seconds.
    :param access_token_lifetime: if set, access tokens issued by the server
        expire after this many seconds (the server's default is 15 minutes).
    :param database_url: PostgreSQL server to create the sandbox's database
        in (a fresh, uniquely named one, dropped on stop), as a
        ``postgresql://user:password@host:port/dbname`` URL. Defaults to
        ``$BEMSERVER_SANDBOX_DATABASE_URL``; without either, an embedded
        PostgreSQL runs in a temporary directory.
    :param port: port on 127.0.0.1 to serve on (default: a free one).
    :param startup_timeout: seconds allowed for starting the database and
        the server, once the venv exists.
    :param install_timeout: seconds allowed for building the venv (or for
        waiting for another process building it).
    :param cache_dir: where server venvs are cached (default:
        ``$BEMSERVER_SANDBOX_CACHE``, else
        ``${XDG_CACHE_HOME:-~/.cache}/bemserver-api-client``).
    """

    def __init__(
        self,
        *,
        api_version: str = DEFAULT_API_VERSION,
        workers: int = 2,
        timeout: int = 30,
        access_token_lifetime: int | None = None,
        database_url: str | None = None,
        port: int | None = None,
        startup_timeout: float = 120.0,
        install_timeout: float = 1200.0,
        cache_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if timeout < 1:
            raise ValueError("timeout must be at least 1 second")
        if access_token_lifetime is not None and access_token_lifetime < 1:
            raise ValueError("access_token_lifetime must be at least 1 second")
        if port is not None and not 0 < port < 65536:
            raise ValueError(f"invalid port {port}")
        self.api_version = api_version
        self.workers = workers
        self.timeout = timeout
        self.access_token_lifetime = access_token_lifetime
        self.database_url = database_url
        self.port = port
        self.startup_timeout = startup_timeout
        self.install_timeout = install_timeout
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._info: SandboxInfo | None = None
        self._cleanup: contextlib.ExitStack | None = None
        self._watchdog: Watchdog | None = None
        self._agent: DatabaseAgent | None = None
        self._http: httpx.Client | None = None
        self._admin_token: str | None = None
        self._process_ids: dict[str, int] = {}
        # A process forked from ours inherits our atexit hook: only the
        # process that started the sandbox may stop it.
        self._owner_pid = os.getpid()
        # One request at a time to the agent, and one token refresh at a time.
        self._lock = threading.RLock()

    # -- lifecycle ---------------------------------------------------------

    def __enter__(self) -> SandboxInfo:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._info is not None

    @property
    def info(self) -> SandboxInfo:
        if self._info is None:
            raise SandboxError("the sandbox is not running: call start() first")
        return self._info

    @property
    def process_ids(self) -> Mapping[str, int]:
        """Pids of the processes this sandbox started, by role (for diagnostics).

        Roles: "gunicorn" (master; workers are its children), "postgres"
        (the postmaster, embedded database only), "database_agent",
        "watchdog". Empty once stopped.
        """
        return dict(self._process_ids)

    def start(self) -> SandboxInfo:
        """Start the database and the server; return how to reach them.

        Raises SandboxError (with the relevant log excerpt) if anything fails;
        everything started so far is then stopped again.
        """
        with self._lock:
            if self._cleanup is not None:
                raise SandboxError("the sandbox is already running")
            check_release_number(self.api_version)
            self._owner_pid = os.getpid()
            self._cleanup = contextlib.ExitStack()
            try:
                self._info = self._start()
            except BaseException:
                # Including KeyboardInterrupt: nothing may be left running.
                with contextlib.suppress(Exception):
                    self._close()
                raise
            atexit.register(self.stop)
            return self._info

    def stop(self) -> None:
        """Stop the server and the database and remove temporary files.

        Does nothing if the sandbox is not running.
        """
        if os.getpid() != self._owner_pid:
            return
        with self._lock:
            atexit.unregister(self.stop)
            self._close()

    def _close(self) -> None:
        cleanup, self._cleanup = self._cleanup, None
        self._info = None
        if cleanup is None:
            return
        try:
            cleanup.close()
        except BaseException:
            # Something survived: the watchdog will have another go at it.
            if self._watchdog is not None:
                self._watchdog.abandon()
            raise
        else:
            if self._watchdog is not None:
                self._watchdog.release()
        finally:
            self._watchdog = None
            self._agent = None
            self._http = None
            self._admin_token = None
            self._process_ids = {}

    def _start(self) -> SandboxInfo:
        assert self._cleanup is not None
        cleanup = self._cleanup
        started = time.monotonic()
        # Claim the port first: a port in use fails before any slow step.
        listening_socket = listen_on_loopback(self.port)
        cleanup.callback(listening_socket.close)
        port: int = listening_socket.getsockname()[1]
        check_database_server(self.database_url)
        environment = ensure_server_environment(
            self.api_version,
            cache_dir=self.cache_dir or default_cache_dir(),
            install_timeout=self.install_timeout,
        )
        deadline = time.monotonic() + self.startup_timeout
        startup = self._begin(cleanup, environment, deadline)

        # Three slow steps run side by side (there are two cores): gunicorn
        # importing the app, the database agent importing bemserver-core, and
        # initdb. The app does not touch the database before a request.
        target, postgres = database_server(startup, self.database_url)
        database = f"bemserver_sandbox_{secrets.token_hex(6)}"
        write_core_settings(startup.core_settings, target.sqlalchemy_url(database))
        write_api_settings(startup.api_settings, secrets.token_urlsafe(32))
        write_wsgi_module(startup.directory, self.access_token_lifetime)
        self._agent = agent = start_agent(startup, target, database)
        server = start_server(startup, listening_socket, self.workers, self.timeout)
        # gunicorn has its own copy now; ours would keep the port open (and
        # connections queued) should gunicorn die.
        listening_socket.close()

        admin, user = set_up_database(startup, agent, postgres, target, database)
        base_url = f"http://{LOOPBACK}:{port}"
        api_version, core_version = check_release(
            server, base_url, deadline, self.api_version
        )
        self._http = cleanup.enter_context(
            httpx.Client(base_url=base_url, timeout=_HTTP_TIMEOUT)
        )
        logger.info(
            "BEMServer API %s sandbox ready at %s in %.1f s",
            api_version,
            base_url,
            time.monotonic() - started,
        )
        return SandboxInfo(
            base_url=base_url,
            host=f"{LOOPBACK}:{port}",
            port=port,
            api_version=api_version,
            core_version=core_version,
            admin=admin,
            user=user,
            log_path=startup.log_path,
        )

    def _begin(
        self,
        cleanup: contextlib.ExitStack,
        environment: ServerEnvironment,
        deadline: float,
    ) -> Startup:
        """A start's own directory and log, removed on stop, and the watchdog
        that cleans up after a process that died without stopping."""
        directory = Path(tempfile.mkdtemp(prefix="bemserver-sandbox-"))
        cleanup.callback(shutil.rmtree, directory, ignore_errors=True)
        log_path = directory / "sandbox.log"
        log = cleanup.enter_context(log_path.open("ab", buffering=0))
        self._watchdog = watchdog = Watchdog(log)
        self._process_ids["watchdog"] = watchdog.pid
        watchdog.guard_directory(directory)
        return Startup(
            cleanup,
            directory,
            log_path,
            log,
            watchdog,
            environment,
            deadline,
            self._process_ids,
        )

    # -- helpers for tests -------------------------------------------------

    def access_token(self, credentials: Credentials | None = None) -> str:
        """Get a new access token for ``credentials`` (default: the admin)."""
        credentials = credentials or self.info.admin
        response = self._client().post(
            "/auth/token",
            json={"email": credentials.email, "password": credentials.password},
        )
        body = response.json() if response.status_code == 200 else {}
        if body.get("status") != "success":
            raise SandboxError(
                f"POST /auth/token for {credentials.email} answered "
                f"{response.status_code} {response.text[:200]}"
            )
        token: str = body["access_token"]
        return token

    def admin_request(
        self, method: str, path: str, *, json: Any = None, **kwargs: Any
    ) -> httpx.Response:
        """Send a request as the admin (Bearer token, renewed when it expires)."""
        with self._lock:
            client = self._client()
            for attempt in (1, 2):
                if self._admin_token is None:
                    self._admin_token = self.access_token()
                headers = {"Authorization": f"Bearer {self._admin_token}"}
                response = client.request(
                    method, path, json=json, headers=headers, **kwargs
                )
                if response.status_code != 401 or attempt == 2:
                    return response
                # Expired (short access_token_lifetime) or reset: get another.
                self._admin_token = None
            raise AssertionError("unreachable")

    def new_campaign(self, name: str | None = None) -> int:
        """Create a campaign as the admin; return its id.

        Without ``name``, the campaign gets a unique one.
        """
        name = name or f"sandbox-campaign-{uuid.uuid4().hex[:12]}"
        response = self.admin_request(
            "POST", "/campaigns/", json={"name": name, "timezone": "UTC"}
        )
        if response.status_code != 201:
            raise SandboxError(
                f"POST /campaigns/ answered {response.status_code}: {response.text}"
            )
        campaign_id: int = response.json()["id"]
        return campaign_id

    def reset(self) -> float:
        """Empty the database of everything but its initial data and users.

        Every table is emptied, then the rows present right after setup
        (energies, event categories, timeseries properties and data states,
        the sandbox's two users with their passwords) are restored and every
        id sequence is rewound, in one transaction. Returns the seconds it
        took (about a tenth of a second).
        """
        with self._lock:
            if self._agent is None or self._info is None:
                raise SandboxError("the sandbox is not running: call start() first")
            started = time.monotonic()
            self._agent.request("reset", _RESET_TIMEOUT)
            return time.monotonic() - started

    def _client(self) -> httpx.Client:
        if self._http is None:
            raise SandboxError("the sandbox is not running: call start() first")
        return self._http

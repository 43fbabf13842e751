"""The BEMServer API application itself, served by gunicorn.

Everything the server reads is written into the sandbox's own directory:
the bemserver-core and bemserver-api settings files and a small WSGI module
that adjusts the token lifetime before creating the app.
"""

from __future__ import annotations

import errno
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import IO, Any

import httpx

from ._errors import SandboxError, with_log_tail
from ._processes import parent_death_signal, stop_process_group
from ._venv import ServerEnvironment, server_subprocess_env

LOOPBACK = "127.0.0.1"
WSGI_MODULE = "bemserver_sandbox_wsgi"
GUNICORN_CONFIG = "gunicorn_conf.py"
_STOP_GRACE = 10.0

_CORE_SETTINGS = '''\
"""bemserver-core settings of one BEMServer API sandbox."""
SQLALCHEMY_DATABASE_URI = {database_url!r}
# Creating events and notifications enqueues Celery tasks: without this, the
# default Redis broker is missing and those requests answer 500. Tasks are
# queued in memory and never run.
CELERY_CONFIG = {{"broker_url": "memory://", "result_backend": "cache+memory://"}}
'''

_API_SETTINGS = '''\
"""bemserver-api settings of one BEMServer API sandbox."""
SECRET_KEY = {secret_key!r}
AUTH_METHODS = ["Bearer", "Basic"]
'''

_WSGI_MODULE = '''\
"""WSGI entry point of one BEMServer API sandbox."""
ACCESS_TOKEN_LIFETIME = {access_token_lifetime!r}

if ACCESS_TOKEN_LIFETIME is not None:
    from bemserver_api.extensions.authentication import Auth

    if not hasattr(Auth, "ACCESS_TOKEN_LIFETIME"):
        raise RuntimeError(
            "this bemserver-api has no Auth.ACCESS_TOKEN_LIFETIME: "
            "the sandbox cannot shorten its access tokens"
        )
    Auth.ACCESS_TOKEN_LIFETIME = ACCESS_TOKEN_LIFETIME

from bemserver_api import create_app  # noqa: E402

app = create_app()
'''


_GUNICORN_CONFIG = '''\
"""gunicorn settings of one BEMServer API sandbox."""
import os

# gunicorn >= 25.1 opens a control socket at one fixed per-user path
# ($XDG_RUNTIME_DIR or ~/.gunicorn): sandboxes running side by side would
# fight over it. Older releases ignore this unknown name.
control_socket_disable = True


def worker_exit(server, worker):
    # A worker stopping at shutdown skips the interpreter's teardown (over a
    # second with pandas & co. loaded). Only in the worker itself (gunicorn
    # also calls this in the master), and not for a worker that failed to
    # boot: its exit status tells the master so.
    if os.getpid() == worker.pid and worker.booted and not worker.alive:
        os._exit(0)


def on_exit(server):
    # Same for the master, once its workers are gone and the log is written.
    os._exit(0)
'''


def write_gunicorn_config(path: Path) -> None:
    _write_private(path, _GUNICORN_CONFIG)


def write_core_settings(path: Path, database_url: str) -> None:
    _write_private(path, _CORE_SETTINGS.format(database_url=database_url))


def write_api_settings(path: Path, secret_key: str) -> None:
    _write_private(path, _API_SETTINGS.format(secret_key=secret_key))


def write_wsgi_module(directory: Path, access_token_lifetime: int | None) -> None:
    write_gunicorn_config(directory / GUNICORN_CONFIG)
    text = _WSGI_MODULE.format(access_token_lifetime=access_token_lifetime)
    _write_private(directory / f"{WSGI_MODULE}.py", text)


def _write_private(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o600)


def listen_on_loopback(port: int | None) -> socket.socket:
    """Bind and listen on ``127.0.0.1:port`` (a free port if None).

    The socket is handed to gunicorn (``--bind fd://N``): the port is ours from
    here on, so no other process can take it between choosing and serving.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # Lets a fixed port be reused right after a previous server's connections
    # (TIME_WAIT); a port another socket *listens* on still fails below.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((LOOPBACK, port or 0))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise SandboxError(
                f"port {port} on {LOOPBACK} is already in use: choose another port, "
                "or none to get a free one"
            ) from exc
        raise SandboxError(f"cannot listen on {LOOPBACK}:{port}: {exc}") from exc
    return sock


def _gunicorn_command(
    python: Path, fd: int, workers: int, timeout: int, instance_dir: Path
) -> list[str]:
    """gunicorn serving the sandbox's WSGI module on the inherited socket `fd`."""
    return [
        str(python),
        "-I",
        "-m",
        "gunicorn",
        "--bind",
        f"fd://{fd}",
        "--workers",
        str(workers),
        "--timeout",
        str(timeout),
        "--graceful-timeout",
        "5",
        # Import the app once in the master, then fork: workers are ready
        # together, seconds sooner than importing it in each of them.
        "--preload",
        # Also puts the instance directory (the WSGI module) on sys.path.
        "--chdir",
        str(instance_dir),
        "--config",
        str(instance_dir / GUNICORN_CONFIG),
        "--access-logfile",
        "-",
        "--error-logfile",
        "-",
        f"{WSGI_MODULE}:app",
    ]


class GunicornServer:
    """gunicorn running the BEMServer API app, in a process group of its own."""

    def __init__(
        self,
        *,
        environment: ServerEnvironment,
        instance_dir: Path,
        listening_socket: socket.socket,
        workers: int,
        timeout: int,
        env: dict[str, str],
        log: IO[bytes],
        log_path: Path,
    ) -> None:
        self._log_path = log_path
        fd = listening_socket.fileno()
        command = _gunicorn_command(
            environment.python, fd, workers, timeout, instance_dir
        )
        process_env = server_subprocess_env()
        process_env.update(env)
        self._process = subprocess.Popen(
            command,
            pass_fds=(fd,),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env=process_env,
            cwd=instance_dir,
            # Its own process group: stop() signals master and workers at once,
            # and a Ctrl-C meant for us does not reach it first.
            start_new_session=True,
            preexec_fn=parent_death_signal(signal.SIGTERM),
        )

    @property
    def pid(self) -> int:
        return self._process.pid

    def wait_until_ready(self, base_url: str, deadline: float) -> dict[str, Any]:
        """Poll ``/about/`` until it answers; return its JSON body."""
        last_problem = "no answer yet"
        while True:
            if self._process.poll() is not None:
                raise SandboxError(
                    with_log_tail(
                        "gunicorn exited at startup "
                        f"(exit code {self._process.returncode})",
                        self._log_path,
                    )
                )
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SandboxError(
                    with_log_tail(
                        f"the BEMServer API at {base_url} did not answer /about/ in "
                        f"time ({last_problem})",
                        self._log_path,
                    )
                )
            try:
                # The socket already listens: until the app is loaded,
                # connections wait in its backlog, hence the short timeout.
                response = httpx.get(
                    f"{base_url}/about/", timeout=min(2.0, max(remaining, 0.1))
                )
            except httpx.HTTPError as exc:
                last_problem = f"{type(exc).__name__}: {exc}"
                time.sleep(0.1)
                continue
            if response.status_code == 200:
                body: dict[str, Any] = response.json()
                return body
            last_problem = f"HTTP {response.status_code}"
            time.sleep(0.1)

    def stop(self) -> None:
        stop_process_group(self._process, grace=_STOP_GRACE, name="gunicorn")

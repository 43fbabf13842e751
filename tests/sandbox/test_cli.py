"""Integration tests of the sandbox's command line (python -m
bemserver_api_client.testing serve), each in a private temporary directory
(``isolated_tmpdir``)."""

from __future__ import annotations

import base64
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.support.sandbox import (
    assert_nothing_left,
    port_is_free,
    processes_using_tmpdir,
)

pytestmark = pytest.mark.integration


# -- helpers -----------------------------------------------------------------


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

"""What the sandbox's tests (tests/sandbox/) share: whether a sandbox left a
process, a file or a port behind, and tokens straight from its server."""

from __future__ import annotations

import os
import socket
import tempfile
import time
from pathlib import Path

import httpx
import psutil
import pytest

from bemserver_api_client.testing import Credentials, SandboxInfo

CLEANUP_TIMEOUT = 30.0


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

"""The installed command, `bemserver-api-client`, run in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bemserver_api_client.testing import SandboxInfo

#: The console script `make venv` installs beside this interpreter.
COMMAND = Path(sys.executable).parent / "bemserver-api-client"

Run = Callable[..., subprocess.CompletedProcess[str]]


def run_command(
    *args: str,
    env: dict[str, str],
    input: str | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(COMMAND), *args],
        env=env,
        input=input,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """The environment without any BEMSERVER_* variable, and a config
    directory of the test's own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("BEMSERVER_API")
    }
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    return env


@pytest.fixture
def sandbox_env(
    clean_env: dict[str, str], bemserver_sandbox: SandboxInfo
) -> dict[str, str]:
    """The environment of a command talking to the session's sandbox as admin."""
    return {
        **clean_env,
        "BEMSERVER_API_HOST": bemserver_sandbox.host,
        "BEMSERVER_API_USE_SSL": "0",
        "BEMSERVER_API_EMAIL": bemserver_sandbox.admin.email,
        "BEMSERVER_API_PASSWORD": bemserver_sandbox.admin.password,
    }


@pytest.fixture
def cli(sandbox_env: dict[str, str]) -> Run:
    """Run the command against the sandbox: cli("sites", "getall")."""

    def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
        env = {**sandbox_env, **kwargs.pop("env", {})}  # type: ignore[dict-item]
        return run_command(*args, env=env, **kwargs)  # type: ignore[arg-type]

    return run

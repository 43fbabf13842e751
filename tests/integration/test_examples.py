"""The examples run as documented, against the session's sandbox."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bemserver_api_client.testing import SandboxInfo

pytestmark = pytest.mark.integration

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_quickstart(bemserver_sandbox: SandboxInfo) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(EXAMPLES / "quickstart.py"),
            "--host",
            bemserver_sandbox.host,
            "--no-ssl",
            "--email",
            bemserver_sandbox.admin.email,
            "--password",
            bemserver_sandbox.admin.password,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Read back 48 values, identical: True" in result.stdout
    assert "Deleted campaign" in result.stdout

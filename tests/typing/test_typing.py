"""The package's types, as users' type checkers see them (mypy --strict)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=HERE.parent.parent,
    )


def test_typed_usage_passes_mypy_strict() -> None:
    result = run_mypy(HERE / "typed_usage.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_misuses_are_rejected_by_mypy() -> None:
    source = (HERE / "bad_usage.py").read_text().splitlines()
    expected = {number for number, line in enumerate(source, 1) if "# E:" in line}
    result = run_mypy(HERE / "bad_usage.py")
    reported = {
        int(match.group(1))
        for match in re.finditer(r"bad_usage\.py:(\d+): error", result.stdout)
    }
    assert reported == expected, result.stdout

"""The package's types, as users' type checkers see them: mypy --strict and
pyright accept typed_usage.py and report exactly one error on each line of
bad_usage.py marked `# E:` (and none elsewhere)."""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, cwd=ROOT
    )


def mypy_errors(path: Path) -> tuple[collections.Counter[int], str]:
    """Errors by line of `mypy --strict` on one file, and its output."""
    result = run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)]
    )
    lines = collections.Counter(
        int(match.group(1))
        for match in re.finditer(rf"{path.name}:(\d+): error", result.stdout)
    )
    return lines, result.stdout + result.stderr


def pyright_errors(path: Path) -> tuple[collections.Counter[int], str]:
    """Errors by line of pyright on one file (the venv's packages), and its output."""
    # A missing checker fails the test (the dev extra installs it: make venv).
    assert importlib.util.find_spec("pyright") is not None, "pyright is not installed"
    result = run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            # The oldest Python the package supports, as mypy's config says.
            "--pythonversion",
            "3.10",
            "--pythonpath",
            sys.executable,
            str(path),
        ]
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright did not run: {result.stdout}{result.stderr}")
    lines = collections.Counter(
        diagnostic["range"]["start"]["line"] + 1
        for diagnostic in report["generalDiagnostics"]
        if diagnostic["severity"] == "error"
    )
    return lines, result.stdout


def marked_lines(path: Path) -> collections.Counter[int]:
    source = path.read_text().splitlines()
    return collections.Counter(
        number for number, line in enumerate(source, 1) if "  # E: " in line
    )


CHECKERS = {"mypy": mypy_errors, "pyright": pyright_errors}


@pytest.mark.parametrize("checker", CHECKERS)
def test_typed_usage_passes(checker: str) -> None:
    errors, output = CHECKERS[checker](HERE / "typed_usage.py")
    assert not errors, output


@pytest.mark.parametrize("checker", CHECKERS)
def test_each_misuse_is_one_error(checker: str) -> None:
    path = HERE / "bad_usage.py"
    errors, output = CHECKERS[checker](path)
    assert len(marked_lines(path)) >= 15
    assert errors == marked_lines(path), output


@pytest.mark.parametrize("checker", CHECKERS)
def test_each_wrong_facade_declaration_is_one_error(checker: str) -> None:
    """A facade operation is typed by its generated operation's parser (the
    typed index, `_generated/operations.py`): a declared result that differs,
    or a name the core lacks, is an error."""
    path = HERE / "bad_declarations.py"
    errors, output = CHECKERS[checker](path)
    assert len(marked_lines(path)) == 6
    assert errors == marked_lines(path), output

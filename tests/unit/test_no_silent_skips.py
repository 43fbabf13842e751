"""Tests of optional features fail, not skip, when the dev environment lacks
their dependency (pandas, tqdm, pyright...: the dev extra installs them all).

A skip on a missing import would hide a broken environment behind a green run.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
# importorskip, or a skip decided by whether something imports.
SKIP_ON_IMPORT = re.compile(
    r"importorskip|skip\w*\([^)]*(find_spec|ImportError|ModuleNotFoundError)"
)


def test_no_test_skips_on_a_missing_dependency() -> None:
    found = [
        f"{path.relative_to(TESTS)}:{number}: {line.strip()}"
        for path in sorted(TESTS.rglob("*.py"))
        if path != Path(__file__).resolve()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SKIP_ON_IMPORT.search(line)
    ]
    assert not found, "\n".join(found)


def test_the_optional_dependencies_are_installed() -> None:
    import hypothesis
    import pandas
    import pyright
    import tqdm

    assert all((hypothesis, pandas, pyright, tqdm))

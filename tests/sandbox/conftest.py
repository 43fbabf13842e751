"""Fixtures of the sandbox's tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.sandbox import isolate_tmpdir


@pytest.fixture
def isolated_tmpdir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh TMPDIR for this test and the processes it starts."""
    path = isolate_tmpdir(monkeypatch)
    yield path
    shutil.rmtree(path, ignore_errors=True)

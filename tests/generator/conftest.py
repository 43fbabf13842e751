"""Fixtures of the generator tests: the committed spec, normalised once per session.

These tests need no network and no server: they read spec/ and the committed
generated core in bemserver_api_client/_generated/.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator import pull
from generator.build import core_document
from generator.normalise import normalise
from generator.paths import GENERATED_DIR, ROOT, SPEC_DIR

JSON = dict[str, Any]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def generated_dir() -> Path:
    return GENERATED_DIR


@pytest.fixture(scope="session")
def spec_file() -> Path:
    """The spec the committed core is generated from (the newest in spec/)."""
    return pull.current_specs(SPEC_DIR)[-1]


@pytest.fixture(scope="session")
def _raw_spec(spec_file: Path) -> JSON:
    document: JSON = json.loads(spec_file.read_text(encoding="utf-8"))
    return document


@pytest.fixture
def raw_spec(_raw_spec: JSON) -> JSON:
    """The committed spec as the server publishes it (a fresh copy per test)."""
    return copy.deepcopy(_raw_spec)


@pytest.fixture(scope="session")
def core_spec() -> JSON:
    """What the committed core is generated from: every spec in spec/, normalised
    and merged (shared: tests must not modify it)."""
    _, merged, _ = core_document(pull.current_specs(SPEC_DIR))
    return merged


@pytest.fixture(scope="session")
def normalised_spec(_raw_spec: JSON) -> JSON:
    """The committed spec, normalised (shared: tests must not modify it)."""
    return normalise(_raw_spec)

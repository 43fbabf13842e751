"""Every operation of the spec is reachable through an entry point of the client."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client._entry_points import entry_point_names
from generator.facade import reached_operations
from generator.normalise import iter_operations, normalise, snake_case
from generator.pull import current_specs

ROOT = Path(__file__).resolve().parents[2]
#: The reference tables of the entry points, copied into the repository.
ENTRY_POINTS_TABLE = ROOT / "tests" / "reference" / "entry-points.md"

# Operations of the spec that no entry point offers, each with the reason.
NOT_OFFERED: dict[str, str] = {}


def spec_operations() -> set[str]:
    """The operations of every API version in spec/."""
    operations: set[str] = set()
    for path in current_specs(ROOT / "spec"):
        spec = normalise(json.loads(path.read_text()))
        operations |= {
            f"{snake_case(operation['tags'][0])}.{operation['operationId']}"
            for _, _, operation in iter_operations(spec)
        }
    return operations


def test_every_spec_operation_is_reachable() -> None:
    unreached = spec_operations() - set(reached_operations()) - set(NOT_OFFERED)
    assert not unreached, f"operations of the spec no entry point calls: {unreached}"


def test_every_used_operation_exists_in_the_generated_core() -> None:
    for used, callers in reached_operations().items():
        try:
            module = importlib.import_module(
                f"bemserver_api_client._generated.api.{used}"
            )
        except ImportError:
            pytest.fail(f"{callers} use {used}, which the generated core lacks")
        assert callable(module.build_request)


def test_offered_and_unoffered_lists_do_not_overlap() -> None:
    assert not set(NOT_OFFERED) & set(reached_operations())


def test_entry_points_are_those_of_the_reference_tables() -> None:
    table = ENTRY_POINTS_TABLE.read_text()
    documented = {
        line.split("|")[1].strip().strip("`")
        for line in table.split("## Entry points")[1].splitlines()
        + table.split("## Entry points of API 0.24.x only")[1].splitlines()
        if line.startswith("| `")
    }
    assert documented == set(entry_point_names())
    client = BEMServerAPIClient("localhost")
    for name in documented:
        assert getattr(client, name).path, name

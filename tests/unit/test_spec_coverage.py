"""Every operation of the spec is reachable through an entry point of the client."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client._client import EntryPoints, entry_point_names
from bemserver_api_client.resources._base import (
    Create,
    Delete,
    GetAll,
    GetOne,
    Operation,
    Update,
)
from generator.normalise import iter_operations, normalise, snake_case
from generator.pull import current_specs

ROOT = Path(__file__).resolve().parents[2]

# Operations of the spec that no entry point offers, each with the reason.
NOT_OFFERED: dict[str, str] = {}


def reached_operations() -> dict[str, list[str]]:
    """Generated operation -> the `entry_point.operation` names that call it."""
    reached: dict[str, list[str]] = {}
    mixin_attributes = {
        GetAll: ("getall", "_list"),
        GetOne: ("getone", "_get"),
        Create: ("create", "_create"),
        Update: ("update", "_update"),
        Delete: ("delete", "_delete"),
    }
    for name in entry_point_names():
        resource = vars(EntryPoints)[name].resource
        for attribute in dir(resource):
            member = getattr(resource, attribute, None)
            if not isinstance(member, Operation):
                continue
            uses = list(member.uses)
            for mixin, (method, generated) in mixin_attributes.items():
                if attribute == method and issubclass(resource, mixin) and not uses:
                    uses = [getattr(resource, generated)]
            for used in uses:
                reached.setdefault(used, []).append(f"{name}.{attribute}")
    return reached


def spec_operations() -> set[str]:
    document = json.loads(current_specs(ROOT / "spec")[-1].read_text())
    spec = normalise(document)
    return {
        f"{snake_case(operation['tags'][0])}.{operation['operationId']}"
        for _, _, operation in iter_operations(spec)
    }


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


def test_entry_points_are_those_of_the_reference_table() -> None:
    table = (ROOT.parent / "shared" / "reference" / "entry-points.md").read_text()
    section = table.split("## Entry points (API 0.25 and later")[1].split("\n## ")[0]
    documented = {
        line.split("|")[1].strip().strip("`")
        for line in section.splitlines()
        if line.startswith("| `")
    }
    assert documented == set(entry_point_names())
    client = BEMServerAPIClient("localhost")
    for name in documented:
        assert getattr(client, name).path, name

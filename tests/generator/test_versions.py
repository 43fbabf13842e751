"""One core for several releases: generations, merge, API diff."""

from __future__ import annotations

import copy
import json
from typing import Any

from generator import pull
from generator.normalise import normalise
from generator.paths import SPEC_DIR
from generator.versions import api_diff, api_versions_module, generations, merge

JSON = dict[str, Any]


def doc(version: str, paths: dict[str, Any]) -> JSON:
    return {
        "openapi": "3.1.0",
        "info": {"title": "BEMServer API", "version": version},
        "paths": paths,
        "components": {"schemas": {}},
    }


def op(tag: str) -> JSON:
    return {"tags": [tag], "responses": {"200": {"description": "OK"}}}


OLD = {"/things/": {"get": op("Thing")}, "/st_x/": {"get": op("STX")}}
NEW = {"/things/": {"get": op("Thing")}, "/tasks/": {"get": op("Task")}}


def test_identical_documents_form_one_generation_named_by_the_newest() -> None:
    documents = {
        "0.24.3": doc("0.24.3", OLD),
        "0.25.0": doc("0.25.0", OLD),
        "0.26.0": doc("0.26.0", NEW),
        "0.27.0": doc("0.27.0", NEW),
    }
    assert list(generations(documents)) == ["0.25.0", "0.27.0"]
    del documents["0.24.3"], documents["0.26.0"]
    assert list(generations(documents)) == ["0.25.0", "0.27.0"]


def test_merge_keeps_every_operation_and_records_the_limited_ones() -> None:
    by_generation = {
        "0.25.0": normalise(doc("0.25.0", copy.deepcopy(OLD))),
        "0.27.0": normalise(doc("0.27.0", copy.deepcopy(NEW))),
    }
    merged, limited = merge(by_generation)
    assert set(merged["paths"]) == {"/things/", "/st_x/", "/tasks/"}
    assert merged["info"]["version"] == "0.27.0"
    assert limited == {"stx.list_st_x": ("0.25.0",), "task.list_tasks": ("0.27.0",)}
    source = api_versions_module(by_generation, limited)
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # the generated module is valid Python
    assert namespace["GENERATIONS"] == ("0.25.0", "0.27.0")
    assert namespace["OPERATION_GENERATIONS"] == limited


def test_api_diff_lists_what_was_added_removed_and_changed() -> None:
    old = normalise(doc("0.25.0", copy.deepcopy(OLD)))
    new = normalise(doc("0.27.0", copy.deepcopy(NEW)))
    new["paths"]["/things/"]["get"]["summary"] = "changed"
    assert api_diff(old, new) == [
        "+ operation GET /tasks/ (list_tasks)",
        "- operation GET /st_x/ (list_st_x)",
        "~ operation GET /things/ (list_things)",
    ]
    assert api_diff(new, new) == []


def test_the_committed_specs_differ_by_the_st_and_tasks_operations() -> None:
    specs = {
        path.name: normalise(json.loads(path.read_text()))
        for path in pull.current_specs(SPEC_DIR)
    }
    diff = api_diff(
        specs["bemserver-api-0.25.0.json"], specs["bemserver-api-0.27.0.json"]
    )
    changed = [line for line in diff if line.startswith("~")]
    assert changed == []
    operations = [line for line in diff if " operation " in line]
    assert len(operations) == 33 + 7
    assert all(
        ("/st_" in line and line.startswith("-"))
        or ("/tasks" in line and line[0] == "+")
        for line in operations
    )

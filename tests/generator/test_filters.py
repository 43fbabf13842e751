"""`_generated/filters.py` (generator/filters.py): one TypedDict per operation
with query parameters, read from its request builder, typed as the clients
accept the values."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import filters
from generator.paths import ENUMS_FILE, GENERATED_DIR

CORE = "bemserver_api_client._generated"
NOT_QUERY = {"body", "if_match", "if_none_match"}


def _operations() -> list[str]:
    return sorted(
        f"{path.parent.name}.{path.stem}"
        for path in (GENERATED_DIR / "api").glob("*/*.py")
        if path.name != "__init__.py"
    )


def _query_parameters(operation: str) -> dict[str, inspect.Parameter]:
    module = importlib.import_module(f"{CORE}.api.{operation}")
    return {
        name: parameter
        for name, parameter in inspect.signature(
            module.build_request
        ).parameters.items()
        if parameter.kind is parameter.KEYWORD_ONLY and name not in NOT_QUERY
    }


def _class_name(operation: str) -> str:
    return "".join(part.capitalize() for part in operation.split("_")) + "Query"


def _annotation(typed_dict: type, key: str) -> str:
    """The source text of a key's type (a ForwardRef at run time: the module
    imports what the types name only for type checkers)."""
    for klass in typed_dict.__mro__:
        if key in getattr(klass, "__annotations__", {}):
            value = klass.__annotations__[key]
            return str(getattr(value, "__forward_arg__", value))
    raise KeyError(key)


@pytest.mark.parametrize("operation", _operations())
def test_each_operation_with_query_parameters_has_its_typed_dict(
    operation: str,
) -> None:
    from bemserver_api_client._generated import filters as generated

    parameters = _query_parameters(operation)
    name = _class_name(operation.split(".")[1])
    if not parameters:
        assert name not in generated.__all__
        return
    typed_dict = getattr(generated, name)
    keys = typed_dict.__required_keys__ | typed_dict.__optional_keys__
    assert keys == set(parameters)
    annotations = {key: _annotation(typed_dict, key) for key in keys}
    for key, parameter in parameters.items():
        required = parameter.default is parameter.empty
        # Required items are marked; optional ones also take None (left out).
        assert annotations[key].startswith("Required[") == required, key
        assert annotations[key].endswith("| None") == (not required), key


def test_types_are_widened_to_what_the_clients_accept() -> None:
    from bemserver_api_client._generated import filters as generated

    sites = generated.ListSitesQuery
    assert _annotation(sites, "campaign_id") == "int | None"
    assert _annotation(sites, "sort") == (
        "SortByName | list[SortByName] | tuple[SortByName, ...] | set[SortByName]"
        " | None"
    )
    events = generated.ListEventsQuery
    assert _annotation(events, "level") == "EventLevel | enums.EventLevel | None"
    assert _annotation(events, "timestamp_min") == (
        "datetime.datetime | datetime.date | str | None"
    )
    degree_days = generated.GetSiteDegreeDaysQuery
    assert _annotation(degree_days, "start_date") == "Required[datetime.date | str]"
    assert _annotation(degree_days, "type_") == (
        "GetSiteDegreeDaysType | enums.DegreeDaysType | None"
    )
    count = generated.CountNotificationsByCampaignQuery
    assert _annotation(count, "user_id") == "Required[int]"


def test_paginated_listings_have_a_query_without_page_size() -> None:
    from bemserver_api_client._generated import filters as generated

    pages = generated.ListTimeseriesPagesQuery
    whole = generated.ListTimeseriesQuery
    assert "page_size" not in pages.__optional_keys__
    assert "page" in pages.__optional_keys__
    assert whole.__optional_keys__ == pages.__optional_keys__ | {"page_size"}


def test_facade_enums_are_keyed_by_their_values(tmp_path: Path) -> None:
    enums = tmp_path / "enums.py"
    enums.write_text(
        textwrap.dedent(
            """
            from enum import Enum

            class A(str, Enum):
                x = "x"
                y = "y"

            class B(str, Enum):
                y = "y"
                x = "x"

            class C(str, Enum):
                z = "z"
            """
        )
    )
    assert filters.facade_enums(enums) == {
        frozenset({"x", "y"}): ["A", "B"],
        frozenset({"z"}): ["C"],
    }
    assert frozenset({"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}) in (
        filters.facade_enums(ENUMS_FILE)
    )


def test_an_unknown_parameter_type_is_an_error(tmp_path: Path) -> None:
    module = tmp_path / "api" / "thing" / "list_things.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "def build_request(*, when: complex | Unset = UNSET) -> dict: ...\n"
    )
    with pytest.raises(filters.FilterError, match="complex"):
        filters.filters_module(tmp_path, ENUMS_FILE)


def test_importing_the_filters_loads_no_model_module() -> None:
    """Only type checkers need what the TypedDicts name."""
    code = (
        "import sys\n"
        f"import {CORE}.filters\n"
        f"print(sorted(m for m in sys.modules if m.startswith('{CORE}.models.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.strip() == "[]"

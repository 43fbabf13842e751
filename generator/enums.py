"""Render `_generated/enums.py`, the Enum classes of `bemserver_api_client.enums`,
from the table (generator/enums_table.py) and the generated core's `Literal`
aliases (the API document's enumerations, in its order).

The public module `bemserver_api_client/enums.py` re-exports them. The typed
filters (generator/filters.py) and the resource classes (generator/resources.py)
accept a member wherever the API takes its values: they read this module.
"""

from __future__ import annotations

import json
from pathlib import Path

from .enums_table import ENUMERATIONS, Enumeration
from .normalise import snake_case
from .paths import template_environment
from .resources import _ordered_literal


class EnumsError(Exception):
    """An enumeration of the API document whose values cannot be member names."""


def _module_file(models: Path, literal: str) -> Path:
    """The generated model module of a `Literal` alias (`TimeUnit`:
    `models/time_unit.py`)."""
    return models / f"{snake_case(literal)}.py"


def _label(name: str) -> str:
    """A member's name in words: "AIR_TEMPERATURE" -> "Air temperature"."""
    return name.replace("_", " ").capitalize()


def members(core: Path, enumeration: Enumeration) -> list[tuple[str, str]] | None:
    """(name, value) of each member of an enumeration of the table; None if
    the core lacks its `Literal` alias."""
    if not enumeration.literal:
        return list(enumeration.members)
    values = _ordered_literal(
        _module_file(core / "models", enumeration.literal), enumeration.literal
    )
    if not values:
        return None
    for value in values:
        if not value.isidentifier():
            raise EnumsError(f"{enumeration.name}: {value!r} is not a member name")
    if enumeration.labels:
        return [(value, _label(value)) for value in values]
    return [(value, value) for value in values]


def enums_module(core: Path) -> str:
    """The source of `_generated/enums.py` for the generated core in `core`."""
    environment = template_environment()
    classes = []
    for enumeration in ENUMERATIONS:
        found = members(core, enumeration)
        # An enumeration the core lacks (a core of a fragment of a document, in
        # the generator's tests) is left out; tests/unit/test_enums.py checks
        # that the committed core has every enumeration of the table.
        if found is None:
            continue
        # A member named like a method of str (`count`) shadows it.
        rendered = [
            (name, json.dumps(value), hasattr(str, name)) for name, value in found
        ]
        classes.append((enumeration, rendered))
    return environment.get_template("enums.py.jinja").render(classes=classes)


__all__ = ["EnumsError", "enums_module", "members"]

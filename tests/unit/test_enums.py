"""The enumerations of bemserver_api_client.enums agree with the spec's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bemserver_api_client import enums
from generator.pull import current_specs

ROOT = Path(__file__).resolve().parents[2]


def spec_enums() -> dict[str, list[list[str]]]:
    """Every enumeration of the raw spec, by the property or parameter name."""
    document = json.loads(current_specs(ROOT / "spec")[-1].read_text())
    found: dict[str, list[list[str]]] = {}

    def walk(node: object, name: str) -> None:
        if isinstance(node, dict):
            if "enum" in node:
                found.setdefault(name, []).append(node["enum"])
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    for prop, schema in value.items():
                        walk(schema, prop)
                elif key == "parameters" and isinstance(value, list):
                    for parameter in value:
                        walk(parameter, parameter.get("name", name))
                else:
                    walk(value, name)
        elif isinstance(node, list):
            for value in node:
                walk(value, name)

    walk(document, "")
    return found


@pytest.mark.parametrize(
    ("enum", "spec_name", "by"),
    [
        (enums.Aggregation, "aggregation", "value"),
        (enums.BucketWidthUnit, "bucket_width_unit", "value"),
        (enums.TaskOffsetUnit, "offset_unit", "value"),
        (enums.EventLevel, "level", "value"),
        (enums.StructuralElementPropertyValueType, "value_type", "value"),
        (enums.DegreeDaysPeriod, "period", "value"),
        (enums.DegreeDaysType, "type", "value"),
        # The API takes weather parameters by name; the values are labels.
        (enums.WeatherParameter, "parameter", "name"),
    ],
)
def test_enum_agrees_with_the_spec(enum: type, spec_name: str, by: str) -> None:
    spec_values = spec_enums()[spec_name]
    ours = sorted(getattr(member, by) for member in enum)  # type: ignore[attr-defined]
    assert all(sorted(values) == ours for values in spec_values), spec_values


def test_enum_members_are_strings() -> None:
    assert enums.Aggregation.avg == "avg"
    assert enums.DataFormat.csv.value == "text/csv"

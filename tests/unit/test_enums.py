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


#: The members of bemserver-api-client 0.22.0's enumerations (name: value),
#: which its users' code names (tests/reference/existing-import-paths.md lists
#: the classes). Rendered from the API document, they must stay: a newer
#: document may add members, never rename or drop these.
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
MEMBERS_OF_0_22_0: dict[str, dict[str, str]] = {
    "DataFormat": {"csv": "text/csv", "json": "application/json"},
    "Aggregation": {v: v for v in ("avg", "sum", "min", "max", "count")},
    "BucketWidthUnit": {v: v for v in TIME_UNITS},
    "EventLevel": {v: v for v in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")},
    "StructuralElement": {
        v: v for v in ("site", "building", "storey", "space", "zone")
    },
    "StructuralElementPropertyValueType": {
        v: v for v in ("integer", "float", "boolean", "string")
    },
    "WeatherParameter": {
        "AIR_TEMPERATURE": "Air temperature",
        "DEWPOINT_TEMPERATURE": "Dewpoint temperature",
        "WETBULB_TEMPERATURE": "Wetbulb temperature",
        "WIND_SPEED": "Wind speed",
        "WIND_DIRECTION": "Wind direction",
        "SURFACE_SOLAR_RADIATION": "Surface solar radiation",
        "SURFACE_DIRECT_SOLAR_RADIATION": "Surface direct solar radiation",
        "SURFACE_DIFFUSE_SOLAR_RADIATION": "Surface diffuse solar radiation",
        "DIRECT_NORMAL_SOLAR_RADIATION": "Direct normal solar radiation",
        "RELATIVE_HUMIDITY": "Relative humidity",
        "SURFACE_PRESSURE": "Surface pressure",
        "TOTAL_PRECIPITATION": "Total precipitation",
    },
    "DegreeDaysPeriod": {v: v for v in ("day", "month", "year")},
    "DegreeDaysType": {v: v for v in ("heating", "cooling")},
    "TaskOffsetUnit": {v: v for v in TIME_UNITS},
}


@pytest.mark.parametrize("name", sorted(MEMBERS_OF_0_22_0))
def test_the_members_of_0_22_0_are_kept_in_their_order(name: str) -> None:
    enum = getattr(enums, name)
    ours = {member.name: member.value for member in enum}
    kept = {key: ours[key] for key in ours if key in MEMBERS_OF_0_22_0[name]}
    assert kept == MEMBERS_OF_0_22_0[name]
    # In 0.22.0's order (the API document's), where a newer one adds members.
    assert list(kept) == list(MEMBERS_OF_0_22_0[name])

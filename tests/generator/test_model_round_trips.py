"""Generated models on realistic payloads: `from_dict(payload).to_dict() == payload`.

The payloads are written by hand from the schema definitions of the committed spec
(and checked against them, so a spec change that renames a field fails here), with
values like the server's: ISO 8601 datetimes with their offset, IANA timezones,
event levels, nested mappings of the analysis endpoints.
"""

from __future__ import annotations

import datetime
import importlib
from typing import Any

import pytest

JSON = dict[str, Any]

SCHEMA_REF = "#/components/schemas/"

models = importlib.import_module("bemserver_api_client._generated.models")

PAYLOADS: dict[str, JSON] = {
    "Site": {
        "id": 12,
        "name": "Head office",
        "latitude": 48.8566,
        "longitude": 2.3522,
        "description": None,
        "ifc_id": "2O2Fr$t4X7Zf8NOew3FLOH",
        "campaign_id": 3,
    },
    "Campaign": {
        "id": 3,
        "name": "Retrofit 2024",
        "start_time": "2024-01-01T00:00:00+01:00",
        "end_time": "2025-01-01T00:00:00+01:00",
        "timezone": "Europe/Paris",
        "description": "Monitoring before and after the retrofit",
    },
    "Timeseries": {
        "id": 101,
        "name": "Outdoor temperature",
        "unit_symbol": "°C",
        "description": None,
        "campaign_id": 3,
        "campaign_scope_id": 4,
    },
    "Event": {
        "id": 7,
        "timestamp": "2024-02-29T23:15:30.123456+00:00",
        "level": "WARNING",
        "campaign_scope_id": 4,
        "category_id": 2,
        "source": "BEMServer",
        "description": "Missing data on timeseries 101",
    },
    "Notification": {
        "id": 70,
        "event": {
            "timestamp": "2024-02-29T23:15:30+00:00",
            "level": "CRITICAL",
            "campaign_scope_id": 4,
            "category_id": 2,
            "source": "BEMServer",
            "description": None,
        },
        "user_id": 1,
        "event_id": 7,
        "timestamp": "2024-03-01T08:00:00+00:00",
        "read": False,
    },
    "User": {
        "id": 1,
        "name": "Chuck",
        "email": "chuck@example.com",
        "password": "correct horse battery staple",
        "is_admin": True,
        "is_active": True,
    },
    "TaskByCampaign": {
        "id": 5,
        "is_enabled": False,
        "parameters": {"period": "day", "period_multiplier": 1, "base": 18.0},
        "offset_unit": "day",
        "task_name": "bemserver_core.tasks.compute_dd",
        "campaign_id": 3,
        "start_offset": -2,
        "end_offset": 0,
    },
    "DegreeDaysResult": {
        "degree_days": {
            "2024-01-01T00:00:00+01:00": 12.5,
            "2024-01-02T00:00:00+01:00": 11.0,
        }
    },
    "TimeseriesDataStatsByID": {
        "stats": {
            "101": {
                "first_timestamp": "2024-01-01T00:00:00+00:00",
                "last_timestamp": "2024-01-31T23:50:00+00:00",
                "count": 4464,
                "min": -3.5,
                "max": 14.25,
                "avg": 6.125,
                "stddev": 3.2,
            }
        }
    },
    "Completeness": {
        "timestamps": ["2024-01-01T00:00:00+01:00", "2024-01-02T00:00:00+01:00"],
        "timeseries": {
            "101": {
                "name": "Outdoor temperature",
                "count": [144, 120],
                "ratio": [1.0, 0.8333],
                "total_count": 264,
                "avg_count": 132.0,
                "avg_ratio": 0.9167,
                "interval": 600.0,
                "undefined_interval": False,
                "expected_count": [144.0, 144.0],
            },
            "102": {
                "name": "Meter without interval",
                "count": [0, 0],
                "ratio": [None, None],
                "total_count": 0,
                "avg_count": 0.0,
                "avg_ratio": None,
                "interval": None,
                "undefined_interval": True,
                "expected_count": [None, None],
            },
        },
    },
    "EnergyConsumption": {
        "timestamps": ["2024-01-01T00:00:00+01:00", "2024-02-01T00:00:00+01:00"],
        "energy": {
            "all": {"all": [1500.0, 1320.5], "heating": [1000.0, 900.0]},
            "electricity": {"all": [500.0, 420.5], "lighting": [120.0, 100.25]},
        },
    },
    "PaginationMetadata": {
        "total": 1000,
        "total_pages": 100,
        "first_page": 1,
        "last_page": 100,
        "page": 2,
        "previous_page": 1,
        "next_page": 3,
    },
    "GetJWTResp": {
        "status": "success",
        "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
        "refresh_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.c2lnbmF0dXJl",
    },
    "TimeseriesData": {
        "101": {
            "2024-01-01T00:00:00+01:00": 0.1,
            "2024-01-01T00:10:00+01:00": None,
        },
        "Outdoor temperature": {"2024-01-01T00:00:00+01:00": 5.0},
    },
    "StructuralElementProperty": {
        "id": 1,
        "name": "Area",
        "value_type": "float",
        "unit_symbol": "m²",
        "description": "Floor area",
    },
    "Error": {
        "code": 422,
        "status": "Unprocessable Entity",
        "message": "The request was well-formed but was unable to be followed",
        "errors": {"json": {"name": ["Missing data for required field."]}},
    },
    "About": {"versions": {"bemserver_core": "0.20.1", "bemserver_api": "0.27.0"}},
}


def check_against_schema(value: Any, schema: JSON, spec: JSON, where: str) -> None:
    """Fail if value does not follow the schema (fields, types, enumerations)."""
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].removeprefix(SCHEMA_REF)]
    if not schema:
        return  # any value
    if "anyOf" in schema:
        # An enumerated property is `anyOf: [enumeration, string]` (unknown values
        # are kept, see tolerate_unknown_enum_values); the hand-written payloads
        # hold known values, so they must follow the first branch.
        check_against_schema(value, schema["anyOf"][0], spec, where)
        return
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    if value is None:
        assert "null" in kinds, f"{where}: null not allowed"
        return
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in the enumeration"
    if isinstance(value, dict):
        assert "object" in kinds or not kinds, where
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key in schema.get("required", []):
            assert key in value, f"{where}: required {key} missing"
        for key, item in value.items():
            if key in properties:
                check_against_schema(item, properties[key], spec, f"{where}.{key}")
            else:
                assert extra is not False, f"{where}: {key} is not a field"
                if isinstance(extra, dict):
                    check_against_schema(item, extra, spec, f"{where}[{key}]")
    elif isinstance(value, list):
        assert "array" in kinds, where
        for index, item in enumerate(value):
            check_against_schema(item, schema["items"], spec, f"{where}[{index}]")
    elif isinstance(value, bool):
        assert "boolean" in kinds, where
    elif isinstance(value, int):
        assert {"integer", "number"} & set(kinds), where
    elif isinstance(value, float):
        assert "number" in kinds, where
    else:
        assert "string" in kinds, where
        if schema.get("format") == "date-time":
            parsed = datetime.datetime.fromisoformat(value)
            assert parsed.tzinfo is not None, f"{where}: naive datetime"


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_payload_follows_the_spec(name: str, normalised_spec: JSON) -> None:
    schema = normalised_spec["components"]["schemas"][name]
    check_against_schema(PAYLOADS[name], schema, normalised_spec, name)


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_round_trip(name: str) -> None:
    model = getattr(models, name)
    payload = PAYLOADS[name]
    instance = model.from_dict(payload)
    assert instance.to_dict() == payload
    # from_dict copies: the payload is left as it was.
    assert model.from_dict(payload).to_dict() == PAYLOADS[name]


def test_parsed_values_are_typed() -> None:
    campaign = models.Campaign.from_dict(PAYLOADS["Campaign"])
    assert campaign.timezone == "Europe/Paris"
    assert campaign.start_time == datetime.datetime(
        2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    event = models.Event.from_dict(PAYLOADS["Event"])
    assert event.level == "WARNING"
    assert event.timestamp.microsecond == 123456
    notification = models.Notification.from_dict(PAYLOADS["Notification"])
    assert isinstance(notification.event, models.EventExcludeId)
    assert notification.event.level == "CRITICAL"
    stats = models.TimeseriesDataStatsByID.from_dict(
        PAYLOADS["TimeseriesDataStatsByID"]
    )
    ts_stats = stats.stats["101"]
    assert isinstance(ts_stats, models.TSStats)
    assert ts_stats.min_ == -3.5  # `min` is a builtin: the attribute is `min_`
    assert ts_stats.first_timestamp.tzinfo is not None
    data = models.TimeseriesData.from_dict(PAYLOADS["TimeseriesData"])
    assert isinstance(data["101"], models.TimeseriesValues)
    assert data["101"]["2024-01-01T00:10:00+01:00"] is None
    completeness = models.Completeness.from_dict(PAYLOADS["Completeness"])
    assert completeness.timestamps[1].month == 1
    assert completeness.timeseries["102"].avg_ratio is None
    degree_days = models.DegreeDaysResult.from_dict(PAYLOADS["DegreeDaysResult"])
    assert degree_days.degree_days["2024-01-01T00:00:00+01:00"] == 12.5


def test_models_built_in_python_serialise_like_the_server() -> None:
    tz = datetime.timezone(datetime.timedelta(hours=1))
    campaign = models.Campaign(
        name="Retrofit 2024",
        timezone="Europe/Paris",
        start_time=datetime.datetime(2024, 1, 1, tzinfo=tz),
    )
    assert campaign.to_dict() == {
        "name": "Retrofit 2024",
        "timezone": "Europe/Paris",
        "start_time": "2024-01-01T00:00:00+01:00",
    }
    # Unset fields are left out; a schema default is applied by the model.
    task = models.TaskByCampaign(task_name="compute_dd", campaign_id=3)
    assert task.to_dict() == {
        "task_name": "compute_dd",
        "campaign_id": 3,
        "is_enabled": True,
    }


# -- behaviours observed on the generated models -----------------------------------


def test_unknown_fields_are_dropped_by_closed_models() -> None:
    # The server's schemas say additionalProperties: false: the models have no
    # additional_properties and ignore what they do not know.
    payload = {**PAYLOADS["Site"], "new_field_of_a_future_server": [1, 2]}
    site = models.Site.from_dict(payload)
    assert site.to_dict() == PAYLOADS["Site"]
    assert not hasattr(site, "additional_properties")


def test_unknown_keys_are_kept_by_mapping_models() -> None:
    values = {"2024-01-01T00:00:00+00:00": 1.0, "not even a timestamp": 2.0}
    parsed = models.TimeseriesValues.from_dict(values)
    assert parsed.to_dict() == values
    assert parsed.additional_keys == list(values)


def test_user_as_the_server_returns_it() -> None:
    response_payload = {
        key: value for key, value in PAYLOADS["User"].items() if key != "password"
    }
    user = models.User.from_dict(response_payload)
    assert user.to_dict() == response_payload


def test_missing_required_field_raises_key_error() -> None:
    with pytest.raises(KeyError, match="campaign_id"):
        models.Site.from_dict({"name": "Head office"})


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [
        ("Event", "level", "VERBOSE"),
        ("Campaign", "timezone", "Mars/Olympus_Mons"),
        ("GetJWTResp", "status", "maybe"),
        ("TaskByCampaign", "offset_unit", "fortnight"),
        ("StructuralElementProperty", "value_type", "decimal"),
    ],
)
def test_values_outside_an_enumeration_are_kept_raw(
    name: str, field: str, value: str
) -> None:
    # A newer server's value (an event level, a timezone) parses as its string
    # and goes back out as it came.
    payload = {**PAYLOADS[name], field: value}
    instance = getattr(models, name).from_dict(payload)
    assert getattr(instance, field) == value
    assert instance.to_dict() == payload


def test_primitive_types_are_not_checked() -> None:
    # Only enumerations, nested models and datetimes are converted; the rest is
    # taken as it comes.
    site = models.Site.from_dict({"name": 12, "campaign_id": "3"})
    assert site.name == 12
    assert site.campaign_id == "3"


def test_utc_designator_is_accepted_and_written_as_an_offset() -> None:
    event = models.Event.from_dict(
        {**PAYLOADS["Event"], "timestamp": "2024-03-01T12:00:00Z"}
    )
    assert event.timestamp == datetime.datetime(
        2024, 3, 1, 12, tzinfo=datetime.timezone.utc
    )
    assert event.to_dict()["timestamp"] == "2024-03-01T12:00:00+00:00"

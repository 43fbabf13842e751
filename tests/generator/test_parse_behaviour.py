"""What a model's from_dict (and a list answer's parse_response) gives, value by value.

from_dict is generated for speed (templates/model_from_json.jinja: no __init__ call,
no dict copy, one call for a whole list): these tests pin the values it gives to
what the models always gave. Expected values are written by hand.

The committed core has no date field and no model with both fields and additional
properties: a small document with them is generated (openapi-python-client, about
a second) for the last tests.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import re
import sys
from collections.abc import Iterator
from types import MappingProxyType, ModuleType
from typing import Any

import attrs
import httpx
import pytest

from bemserver_api_client._generated.api.event import list_events
from bemserver_api_client._generated.api.notification import list_notifications
from bemserver_api_client._generated.types import UNSET
from bemserver_api_client.exceptions import BEMServerAPIInternalError
from bemserver_api_client.response import BEMServerApiClientResponse
from generator import build

models = importlib.import_module("bemserver_api_client._generated.models")

JSON = dict[str, Any]
UTC = datetime.timezone.utc
PLUS_ONE = datetime.timezone(datetime.timedelta(hours=1))

EVENT: JSON = {
    "id": 7,
    "timestamp": "2024-02-29T23:15:30.123456+01:00",
    "level": "WARNING",
    "campaign_scope_id": 4,
    "category_id": 2,
    "source": "BEMServer",
    "description": "Missing data on timeseries 101",
}


def answer(body: Any) -> httpx.Response:
    return httpx.Response(
        200,
        json=body,
        request=httpx.Request("GET", "http://localhost/events/"),
    )


# -- dates and datetimes ---------------------------------------------------------


def test_datetime_with_an_offset_keeps_it() -> None:
    event = models.Event.from_dict(EVENT)
    assert type(event.timestamp) is datetime.datetime
    assert event.timestamp == datetime.datetime(
        2024, 2, 29, 23, 15, 30, 123456, tzinfo=PLUS_ONE
    )
    assert event.timestamp.utcoffset() == datetime.timedelta(hours=1)


def test_datetime_without_an_offset_is_naive() -> None:
    event = models.Event.from_dict({**EVENT, "timestamp": "2024-02-29T23:15:30"})
    assert event.timestamp == datetime.datetime(2024, 2, 29, 23, 15, 30)
    assert event.timestamp.tzinfo is None


@pytest.mark.skipif(
    sys.version_info < (3, 11), reason="datetime.fromisoformat reads Z from 3.11"
)
def test_datetime_in_z_notation_is_utc() -> None:
    event = models.Event.from_dict({**EVENT, "timestamp": "2024-02-29T23:15:30Z"})
    assert event.timestamp == datetime.datetime(2024, 2, 29, 23, 15, 30, tzinfo=UTC)


def test_a_datetime_that_does_not_parse_fails_the_answer() -> None:
    with pytest.raises(ValueError):
        models.Event.from_dict({**EVENT, "timestamp": "yesterday"})
    response = BEMServerApiClientResponse(
        answer([EVENT, {**EVENT, "timestamp": "yesterday"}]),
        list_events.parse_response,
    )
    with pytest.raises(BEMServerAPIInternalError):
        _ = response.parsed


def test_required_datetime_and_nested_model() -> None:
    notification = models.Notification.from_dict(
        {
            "id": 70,
            "event": {key: value for key, value in EVENT.items() if key != "id"},
            "user_id": 1,
            "event_id": 7,
            "timestamp": "2024-03-01T08:00:00+00:00",
            "read": False,
        }
    )
    assert notification.timestamp == datetime.datetime(2024, 3, 1, 8, tzinfo=UTC)
    assert type(notification.event) is models.EventExcludeId
    assert notification.event.timestamp == datetime.datetime(
        2024, 2, 29, 23, 15, 30, 123456, tzinfo=PLUS_ONE
    )
    assert notification.event.level == "WARNING"
    assert notification.read is False


# -- absent, null and unknown values ------------------------------------------------


def test_absent_optional_fields_are_unset() -> None:
    payload = {"campaign_scope_id": 4, "category_id": 2, "source": "BEMServer"}
    event = models.Event.from_dict(payload)
    assert event.id is UNSET
    assert event.timestamp is UNSET
    assert event.level is UNSET
    assert event.description is UNSET
    assert event.to_dict() == payload


def test_absent_field_with_a_schema_default_is_unset_not_the_default() -> None:
    # The default ("") is applied to models built in Python, not to answers.
    payload = {"name": "Outdoor temperature", "campaign_id": 3, "campaign_scope_id": 4}
    parsed = models.Timeseries.from_dict(payload)
    assert parsed.unit_symbol is UNSET
    assert parsed.to_dict() == payload
    assert models.Timeseries(**payload).unit_symbol == ""


def test_absent_nested_model_is_unset() -> None:
    notification = models.Notification.from_dict(
        {"user_id": 1, "event_id": 7, "timestamp": "2024-03-01T08:00:00+00:00"}
    )
    assert notification.event is UNSET
    assert notification.id is UNSET


def test_null_is_kept_as_none() -> None:
    event = models.Event.from_dict({**EVENT, "description": None})
    assert event.description is None
    assert event.to_dict()["description"] is None
    site = models.Site.from_dict(
        {"name": "HQ", "campaign_id": 1, "latitude": None, "longitude": 2.5}
    )
    assert site.latitude is None
    assert site.longitude == 2.5


def test_unknown_enum_values_are_kept_as_given() -> None:
    assert models.Event.from_dict({**EVENT, "level": "NOTICE"}).level == "NOTICE"
    assert models.Event.from_dict(EVENT).level == "WARNING"
    # Not even a string: kept as it came, as the union's last member keeps it.
    assert models.Event.from_dict({**EVENT, "level": 3}).level == 3
    campaign = models.Campaign.from_dict(
        {"name": "On Mars", "timezone": "Mars/Olympus_Mons"}
    )
    assert campaign.timezone == "Mars/Olympus_Mons"
    events = list_events.parse_response(answer([{**EVENT, "level": "NOTICE"}, EVENT]))
    assert [event.level for event in events] == ["NOTICE", "WARNING"]


def test_keys_a_closed_model_does_not_know_are_dropped() -> None:
    site = models.Site.from_dict({"name": "HQ", "campaign_id": 1, "colour": "red"})
    assert site.to_dict() == {"name": "HQ", "campaign_id": 1}


def test_missing_required_field_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="source"):
        models.Event.from_dict({"campaign_scope_id": 4, "category_id": 2})


def test_an_item_that_is_not_an_object_fails_the_answer() -> None:
    for item in (None, 3, "event", [["source", "x"]]):
        response = BEMServerApiClientResponse(
            answer([EVENT, item]), list_events.parse_response
        )
        with pytest.raises(BEMServerAPIInternalError):
            _ = response.parsed


# -- additional properties -------------------------------------------------------


def test_additional_properties_are_a_copy_of_the_mapping() -> None:
    payload = {"json": {"name": ["Missing data for required field."]}}
    errors = models.ErrorErrors.from_dict(payload)
    assert errors.additional_properties == payload
    payload["query"] = {"page": ["Not a valid integer."]}
    assert errors.additional_keys == ["json"]


def test_additional_properties_that_are_models() -> None:
    data = models.TimeseriesData.from_dict(
        {"101": {"2024-01-01T00:00:00+01:00": 0.5, "2024-01-01T00:10:00+01:00": None}}
    )
    assert data.additional_keys == ["101"]
    values = data["101"]
    assert type(values) is models.TimeseriesValues
    assert values.additional_properties == {
        "2024-01-01T00:00:00+01:00": 0.5,
        "2024-01-01T00:10:00+01:00": None,
    }


# -- what from_dict reads and builds ---------------------------------------------


def test_the_source_is_left_as_it_was() -> None:
    payload = {"id": 70, "event": dict(EVENT), "user_id": 1, "event_id": 7}
    payload["timestamp"] = "2024-03-01T08:00:00+00:00"
    before = copy.deepcopy(payload)
    models.Notification.from_dict(payload)
    models.Notification._list_from_dicts([payload])
    assert payload == before


def test_any_mapping_is_read() -> None:
    event = models.Event.from_dict(MappingProxyType(EVENT))
    assert event == models.Event.from_dict(dict(EVENT))
    assert event.source == "BEMServer"


def test_a_subclass_is_built_through_its_own_init() -> None:
    calls: list[str] = []

    @attrs.define
    class AnnotatedEvent(models.Event):  # type: ignore[misc]
        note: str = "none"

        def __attrs_post_init__(self) -> None:
            calls.append(self.source)

    event = AnnotatedEvent.from_dict(EVENT)
    assert type(event) is AnnotatedEvent
    assert event.note == "none"
    assert event.timestamp == datetime.datetime(
        2024, 2, 29, 23, 15, 30, 123456, tzinfo=PLUS_ONE
    )
    assert calls == ["BEMServer"]
    events = AnnotatedEvent._list_from_dicts([EVENT, {**EVENT, "source": "me"}])
    assert [type(item) for item in events] == [AnnotatedEvent, AnnotatedEvent]
    assert calls == ["BEMServer", "BEMServer", "me"]


def test_a_list_is_parsed_as_each_of_its_items() -> None:
    items = [
        EVENT,
        {"campaign_scope_id": 4, "category_id": 2, "source": "BEMServer"},
        {**EVENT, "level": "NOTICE", "description": None},
    ]
    expected = [models.Event.from_dict(item) for item in items]
    assert models.Event._list_from_dicts(items) == expected
    assert list_events.parse_response(answer(items)) == expected
    assert models.Event._list_from_dicts([]) == []
    assert expected[1].timestamp is UNSET


def test_a_list_answer_of_nested_models() -> None:
    body = [
        {"user_id": 1, "event_id": 7, "timestamp": "2024-03-01T08:00:00+00:00"},
        {
            "user_id": 2,
            "event_id": 8,
            "timestamp": "2024-03-01T09:00:00+00:00",
            "event": {"campaign_scope_id": 4, "category_id": 2, "source": "x"},
        },
    ]
    parsed = BEMServerApiClientResponse(
        answer(body), list_notifications.parse_response
    ).parsed
    assert [item.user_id for item in parsed] == [1, 2]
    assert parsed[0].event is UNSET
    assert parsed[1].event == models.EventExcludeId(
        campaign_scope_id=4, category_id=2, source="x"
    )
    assert parsed[1].timestamp == datetime.datetime(2024, 3, 1, 9, tzinfo=UTC)


def test_secrets_stay_out_of_the_repr_of_parsed_models() -> None:
    user = models.User.from_dict(
        {"name": "Chuck", "email": "chuck@example.com", "password": "s3cret-pw"}
    )
    assert user.password == "s3cret-pw"
    assert "s3cret-pw" not in repr(user)
    tokens = models.GetJWTResp.from_dict(
        {"status": "success", "access_token": "a-t0ken", "refresh_token": "r-t0ken"}
    )
    assert "t0ken" not in repr(tokens)


# Types whose JSON value is the field's value (no conversion): a field of another
# type (a datetime, a model, a file) is left absent by the test below.
PLAIN_NAMES = {"str", "int", "float", "bool", "None", "Unset", "list", "Any"}


def _is_plain(type_string: str) -> bool:
    for name in re.findall(r"[A-Za-z_][A-Za-z_0-9.]*", type_string):
        if name in PLAIN_NAMES:
            continue
        value = getattr(models, name, None)
        if value is None or isinstance(value, type):  # datetime.datetime, a model
            return False
        # Otherwise an enumeration (a Literal alias): kept as given.
    return True


def test_every_model_reads_each_field_from_its_own_key() -> None:
    """Every field gets the value of its key: a model built in Python with a
    distinct value per field goes through to_dict() and from_dict() unchanged."""
    checked = 0
    for name in models.__all__:
        model = getattr(models, name)
        if not attrs.has(model):
            continue
        values: dict[str, Any] = {}
        for field in attrs.fields(model):
            if not field.init:
                continue
            if _is_plain(str(field.type)):
                value = f"<{model.__name__}.{field.name}>"
                values[field.name] = [value] if "list[" in str(field.type) else value
            elif field.default is attrs.NOTHING:
                break  # a required field that needs a real value
        else:
            built = model(**values)
            payload = built.to_dict()
            assert model.from_dict(payload) == built, name
            assert model._list_from_dicts([payload, payload]) == [built, built], name
            checked += 1
    assert checked > 100


# -- dates and additional properties next to fields (a generated document) ------

DOCUMENT: JSON = {
    "openapi": "3.1.0",
    "info": {"title": "BEMServer API", "version": "0.27.0"},
    "tags": [{"name": "Things"}],
    "paths": {
        "/things/": {
            "get": {
                "tags": ["Things"],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Thing"},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Part": {
                "type": "object",
                "properties": {
                    "label": {"type": "string"},
                    "made": {"type": "string", "format": "date"},
                },
                "required": ["label"],
                "additionalProperties": False,
            },
            "Thing": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "when": {"type": "string", "format": "date-time"},
                    "day": {"type": "string", "format": "date"},
                    "next_day": {"type": "string", "format": "date"},
                    "ended": {"type": ["string", "null"], "format": "date-time"},
                    "level": {"type": "string", "enum": ["LOW", "HIGH"]},
                    "moves": {
                        "type": "array",
                        "items": {"type": "string", "enum": ["UP", "DOWN"]},
                    },
                    "part": {"$ref": "#/components/schemas/Part"},
                    "parts": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Part"},
                    },
                    "days": {
                        "type": "array",
                        "items": {"type": "string", "format": "date"},
                    },
                },
                "required": ["name", "when", "day"],
                "additionalProperties": {"type": "integer"},
            },
            "Bag": {
                "type": "object",
                "properties": {"size": {"type": "integer"}},
                "additionalProperties": {"$ref": "#/components/schemas/Part"},
            },
        }
    },
}

THING: JSON = {
    "name": "thing",
    "when": "2024-02-29T23:15:30+01:00",
    "day": "2024-02-29",
    "next_day": "2024-03-01",
    "ended": None,
    "level": "HIGH",
    "moves": ["UP", "SIDEWAYS"],
    "part": {"label": "a", "made": "2023-12-31"},
    "parts": [{"label": "b"}, {"label": "c", "made": "2020-01-01"}],
    "days": ["2024-01-01", "2024-01-02"],
    "count": 3,
    "weight": 12,
}


@pytest.fixture(scope="module")
def fragment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The models package generated from DOCUMENT, imported as `parse_fragment`."""
    root = tmp_path_factory.mktemp("parse-fragment")
    spec = root / "bemserver-api-0.27.0.json"
    spec.write_text(json.dumps(DOCUMENT))
    assert build.generate([spec], root / "parse_fragment") == []
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("parse_fragment.models")
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m.startswith("parse_fragment")]:
            del sys.modules[module]


def test_dates_are_dates(fragment: ModuleType) -> None:
    thing = fragment.Thing.from_dict(THING)
    assert type(thing.day) is datetime.date
    assert thing.day == datetime.date(2024, 2, 29)
    assert thing.next_day == datetime.date(2024, 3, 1)
    assert thing.days == [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)]
    assert thing.when == datetime.datetime(2024, 2, 29, 23, 15, 30, tzinfo=PLUS_ONE)
    assert thing.part.made == datetime.date(2023, 12, 31)
    absent = fragment.Thing.from_dict(
        {"name": "t", "when": THING["when"], "day": "2024-02-29"}
    )
    unset = importlib.import_module("parse_fragment.types").UNSET
    assert absent.next_day is unset
    assert absent.days is unset
    assert absent.parts is unset


def test_nullable_datetime_keeps_what_does_not_parse(fragment: ModuleType) -> None:
    # `datetime | None`: null is None, a datetime parses, anything else is kept.
    assert fragment.Thing.from_dict(THING).ended is None
    ended = fragment.Thing.from_dict({**THING, "ended": "2024-03-01T00:00:00+00:00"})
    assert ended.ended == datetime.datetime(2024, 3, 1, tzinfo=UTC)
    assert fragment.Thing.from_dict({**THING, "ended": "soon"}).ended == "soon"


def test_fields_and_additional_properties(fragment: ModuleType) -> None:
    thing = fragment.Thing.from_dict(THING)
    assert thing.additional_properties == {"count": 3, "weight": 12}
    assert thing.level == "HIGH"
    assert thing.moves == ["UP", "SIDEWAYS"]
    assert thing.moves is not THING["moves"]  # a list of a union is copied
    assert [part.label for part in thing.parts] == ["b", "c"]
    assert thing.parts[0].made is importlib.import_module("parse_fragment.types").UNSET
    assert thing.to_dict() == THING
    bag = fragment.Bag.from_dict({"size": 2, "left": {"label": "l"}})
    assert bag.size == 2
    assert bag.additional_properties == {"left": fragment.Part(label="l")}


def test_fragment_lists_and_subclasses(fragment: ModuleType) -> None:
    items = [THING, {**THING, "level": "MEDIUM", "extra": 1}]
    things = fragment.Thing._list_from_dicts(items)
    assert things == [fragment.Thing.from_dict(item) for item in items]
    assert things[1].additional_properties == {"count": 3, "weight": 12, "extra": 1}

    class MyThing(fragment.Thing):  # type: ignore[misc,name-defined]
        pass

    mine = MyThing.from_dict(THING)
    assert type(mine) is MyThing
    assert mine.additional_properties == {"count": 3, "weight": 12}
    assert MyThing._list_from_dicts([THING]) == [mine]

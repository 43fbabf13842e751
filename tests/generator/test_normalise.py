"""The normaliser (generator/normalise.py), one transformation at a time.

Each transformation is tested on small hand-written OpenAPI fragments (its rules
and its errors) and on the committed spec (what it does to the real document).
"""

from __future__ import annotations

import copy
import json
import keyword
import re
from collections import Counter
from typing import Any

import pytest

from generator import normalise as norm
from generator.normalise import NormaliseError, iter_operations, normalise

JSON = dict[str, Any]

SCHEMA_REF = "#/components/schemas/"
TIMEZONES = ["Europe/Paris", "UTC", "America/New_York"]
LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


# -- fragments -------------------------------------------------------------------


def make_spec(
    paths: JSON | None = None,
    schemas: JSON | None = None,
    tags: list[JSON] | None = None,
) -> JSON:
    """A minimal OpenAPI 3.1 document."""
    spec: JSON = {
        "openapi": "3.1.0",
        "info": {"title": "BEMServer API", "version": "0.0.0"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
    }
    if tags is not None:
        spec["tags"] = tags
    return spec


def op(tag: str | None = None, **extra: Any) -> JSON:
    """An operation with one success response."""
    operation: JSON = {"responses": {"200": {"description": "OK"}}, **extra}
    if tag is not None:
        operation["tags"] = [tag]
    return operation


def ref(name: str) -> str:
    return SCHEMA_REF + name


def query_parameter(name: str, schema: JSON) -> JSON:
    return {"in": "query", "name": name, "schema": schema, "required": False}


def operation_ids(spec: JSON) -> dict[str, str]:
    return {
        f"{method.upper()} {path}": operation["operationId"]
        for method, path, operation in iter_operations(spec)
    }


def count_refs(node: Any, target: str) -> int:
    """How many {"$ref": target} the node holds."""
    if isinstance(node, dict):
        own = 1 if node.get("$ref") == target else 0
        return own + sum(count_refs(value, target) for value in node.values())
    if isinstance(node, list):
        return sum(count_refs(value, target) for value in node)
    return 0


def find_nodes(node: Any, predicate: Any) -> list[Any]:
    """Every dict nested in node for which predicate is true."""
    found: list[Any] = []
    if isinstance(node, dict):
        if predicate(node):
            found.append(node)
        for value in node.values():
            found.extend(find_nodes(value, predicate))
    elif isinstance(node, list):
        for value in node:
            found.extend(find_nodes(value, predicate))
    return found


def is_inline_timezone(node: JSON) -> bool:
    return node.get("format") == "iana-tz" and "enum" in node


def is_inline_string_enum(node: JSON) -> bool:
    return "enum" in node and node.get("type") == "string"


# -- operation names -------------------------------------------------------------


def test_crud_rule_names_collection_operations() -> None:
    spec = make_spec(
        paths={
            "/sites/": {"get": op("Site"), "post": op("Site")},
            "/sites/{item_id}": {
                "parameters": [{"in": "path", "name": "item_id", "required": True}],
                "get": op("Site"),
                "put": op("Site"),
                "delete": op("Site"),
            },
        }
    )
    norm.name_operations(spec)
    assert operation_ids(spec) == {
        "GET /sites/": "list_sites",
        "POST /sites/": "create_site",
        "GET /sites/{item_id}": "get_site",
        "PUT /sites/{item_id}": "update_site",
        "DELETE /sites/{item_id}": "delete_site",
    }


def test_crud_rule_takes_the_singular_from_the_tag() -> None:
    spec = make_spec(
        paths={
            "/timeseries_by_events/": {
                "get": op("TimeseriesByEvent"),
                "post": op("TimeseriesByEvent"),
            },
            "/timeseries_by_events/{item_id}": {"delete": op("TimeseriesByEvent")},
        }
    )
    norm.name_operations(spec)
    assert operation_ids(spec) == {
        "GET /timeseries_by_events/": "list_timeseries_by_events",
        "POST /timeseries_by_events/": "create_timeseries_by_event",
        "DELETE /timeseries_by_events/{item_id}": "delete_timeseries_by_event",
    }


def test_untagged_operation_uses_the_default_tag() -> None:
    spec = make_spec(paths={"/things/": {"post": op()}})
    norm.name_operations(spec)
    assert operation_ids(spec) == {"POST /things/": "create_default"}


def test_full_rule() -> None:
    spec = make_spec(paths={"/campaigns/full": {"get": op("Campaign")}})
    norm.name_operations(spec)
    assert operation_ids(spec) == {"GET /campaigns/full": "list_campaigns_full"}


def test_explicit_table_wins_over_the_crud_rule() -> None:
    # "/about/" matches the collection rule (it would be list_about).
    spec = make_spec(
        paths={
            "/about/": {"get": op("About")},
            "/auth/token": {"post": op("Authentication")},
            "/users/{item_id}/set_admin": {"put": op("User")},
        }
    )
    norm.name_operations(spec)
    assert operation_ids(spec) == {
        "GET /about/": "get_about",
        "POST /auth/token": "get_tokens",
        "PUT /users/{item_id}/set_admin": "set_user_admin",
    }


def test_operation_name_function() -> None:
    assert norm.operation_name("get", "/zones/", "Zone") == "list_zones"
    assert norm.operation_name("put", "/zones/{item_id}", "Zone") == "update_zone"
    assert norm.operation_name("post", "/io/sites", "io") == "upload_sites_csv"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/sites/{item_id}/something_new"),  # unknown path shape
        ("get", "/sites/{site_id}"),  # item parameter not named item_id
        ("patch", "/sites/{item_id}"),  # method the rule has no verb for
        ("post", "/campaigns/full"),
        ("delete", "/sites/"),
    ],
)
def test_unknown_operation_raises_naming_it(method: str, path: str) -> None:
    spec = make_spec(paths={path: {method: op("Site")}})
    with pytest.raises(NormaliseError) as excinfo:
        norm.name_operations(spec)
    message = str(excinfo.value)
    assert f"{method.upper()} {path}" in message
    assert "OPERATION_NAMES" in message


def test_duplicate_names_raise_naming_both_operations() -> None:
    spec = make_spec(
        paths={
            "/sites/{item_id}": {"get": op("Site")},
            "/places/{item_id}": {"get": op("Site")},
        }
    )
    with pytest.raises(NormaliseError) as excinfo:
        norm.name_operations(spec)
    message = str(excinfo.value)
    assert "GET /sites/{item_id}" in message
    assert "GET /places/{item_id}" in message
    assert "get_site" in message


def test_real_spec_operation_names(normalised_spec: JSON) -> None:
    names = operation_ids(normalised_spec)
    assert len(names) == len(set(names.values())), "operationIds are unique"
    for name in names.values():
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", name), name
        assert not keyword.iskeyword(name)
    # Spot checks: the rule, the table, several tags.
    assert names["GET /sites/"] == "list_sites"
    assert names["POST /sites/"] == "create_site"
    assert names["GET /sites/{item_id}"] == "get_site"
    assert names["PUT /sites/{item_id}"] == "update_site"
    assert names["DELETE /sites/{item_id}"] == "delete_site"
    assert names["GET /sites/{item_id}/degree_days"] == "get_site_degree_days"
    assert names["POST /auth/token"] == "get_tokens"
    assert names["GET /timeseries_data/"] == "download_timeseries_data"
    assert names["POST /io/timeseries"] == "upload_timeseries_csv"
    assert names["GET /timeseries_by_events/"] == "list_timeseries_by_events"


def test_real_spec_has_no_operation_id_before_normalisation(raw_spec: JSON) -> None:
    # The reason for name_operations: without it, module names come from paths.
    assert all("operationId" not in o for _, _, o in iter_operations(raw_spec))


def test_real_spec_uses_the_table(normalised_spec: JSON) -> None:
    names = operation_ids(normalised_spec)
    used = {key: name for key, name in norm.OPERATION_NAMES.items() if key in names}
    assert len(used) >= 20
    for key, name in used.items():
        assert names[key] == name


# -- tags ------------------------------------------------------------------------


def test_rename_tags() -> None:
    spec = make_spec(
        paths={
            "/io/sites": {"post": op("Input/Output")},
            "/sites/": {"get": op("Site")},
        },
        tags=[{"name": "Input/Output"}, {"name": "Site"}],
    )
    norm.rename_tags(spec)
    assert spec["paths"]["/io/sites"]["post"]["tags"] == ["io"]
    assert spec["paths"]["/sites/"]["get"]["tags"] == ["Site"]
    assert spec["tags"] == [{"name": "io"}, {"name": "Site"}]


def test_real_spec_tags(raw_spec: JSON, normalised_spec: JSON) -> None:
    raw_tags = {o["tags"][0] for _, _, o in iter_operations(raw_spec)}
    assert "Input/Output" in raw_tags
    tags = Counter(o["tags"][0] for _, _, o in iter_operations(normalised_spec))
    assert "Input/Output" not in tags
    assert tags["io"] == 2
    assert "Input/Output" not in {t["name"] for t in normalised_spec["tags"]}
    # Every tag makes a valid module folder name.
    for tag in tags:
        assert norm.snake_case(tag).isidentifier(), tag


# -- timezone enumeration ----------------------------------------------------------


def timezone_inline(**extra: Any) -> JSON:
    return {"type": "string", "format": "iana-tz", "enum": list(TIMEZONES), **extra}


def test_timezone_is_hoisted_into_one_schema_keeping_defaults() -> None:
    spec = make_spec(
        paths={
            "/timeseries_data/": {
                "get": op(
                    "TimeseriesData",
                    parameters=[
                        query_parameter("timezone", timezone_inline(default="UTC"))
                    ],
                )
            }
        },
        schemas={
            "Campaign": {
                "type": "object",
                "properties": {
                    "timezone": timezone_inline(
                        default="UTC", description="Timezone of the campaign"
                    ),
                    "name": {"type": "string"},
                },
            },
            "Other": {
                "type": "object",
                "properties": {"tz": timezone_inline()},
            },
        },
    )
    norm.hoist_timezone_enum(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["Timezone"] == {
        "type": "string",
        "format": "iana-tz",
        "description": "IANA timezone name",
        "enum": TIMEZONES,
    }
    parameter = spec["paths"]["/timeseries_data/"]["get"]["parameters"][0]
    assert parameter["schema"] == {"$ref": ref("Timezone"), "default": "UTC"}
    assert schemas["Campaign"]["properties"]["timezone"] == {
        "$ref": ref("Timezone"),
        "default": "UTC",
        "description": "Timezone of the campaign",
    }
    assert schemas["Other"]["properties"]["tz"] == {"$ref": ref("Timezone")}
    assert schemas["Campaign"]["properties"]["name"] == {"type": "string"}
    assert find_nodes(spec, is_inline_timezone) == [schemas["Timezone"]]


def test_two_different_timezone_lists_raise() -> None:
    spec = make_spec(
        schemas={
            "A": {"type": "object", "properties": {"tz": timezone_inline()}},
            "B": {
                "type": "object",
                "properties": {
                    "tz": {"type": "string", "format": "iana-tz", "enum": ["UTC"]}
                },
            },
        }
    )
    with pytest.raises(NormaliseError, match="timezone"):
        norm.hoist_timezone_enum(spec)


def test_no_timezone_no_schema() -> None:
    spec = make_spec(schemas={"A": {"type": "object", "properties": {}}})
    norm.hoist_timezone_enum(spec)
    assert "Timezone" not in spec["components"]["schemas"]


def test_real_spec_timezone(raw_spec: JSON, normalised_spec: JSON) -> None:
    inline = find_nodes(raw_spec, is_inline_timezone)
    assert len(inline) >= 2
    # Exactly one Timezone schema, holding the whole list, and nothing inline.
    timezone_schemas = find_nodes(normalised_spec, is_inline_timezone)
    assert timezone_schemas == [normalised_spec["components"]["schemas"]["Timezone"]]
    assert timezone_schemas[0]["enum"] == inline[0]["enum"]
    assert "Europe/Paris" in timezone_schemas[0]["enum"]
    assert json.dumps(normalised_spec).count('"Europe/Paris"') == 1
    # Every former occurrence is a reference, keeping its default.
    refs = find_nodes(normalised_spec, lambda n: n.get("$ref") == ref("Timezone"))
    assert len(refs) == len(inline)
    assert sorted(str(n.get("default")) for n in inline) == sorted(
        str(n.get("default")) for n in refs
    )
    campaign_tz = normalised_spec["components"]["schemas"]["Campaign"]["properties"][
        "timezone"
    ]
    # A model property: the reference is the known branch of `Timezone | str`.
    assert campaign_tz["anyOf"][0]["$ref"] == ref("Timezone")
    assert campaign_tz["anyOf"][0]["default"] == "UTC"


# -- shared enumerations -----------------------------------------------------------


def string_enum(values: list[str], **extra: Any) -> JSON:
    return {"type": "string", "enum": list(values), **extra}


def test_shared_enum_named_by_the_table() -> None:
    # Property names differ: the name comes from SHARED_ENUM_NAMES.
    spec = make_spec(
        paths={
            "/events/": {
                "get": op(
                    "Event",
                    parameters=[
                        query_parameter("level", string_enum(LEVELS)),
                        query_parameter("level_min", string_enum(LEVELS)),
                    ],
                )
            }
        },
        schemas={
            "Event": {
                "type": "object",
                "properties": {"level": string_enum(LEVELS, default="INFO")},
            }
        },
    )
    norm.hoist_shared_enums(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["EventLevel"] == {"type": "string", "enum": LEVELS}
    parameters = spec["paths"]["/events/"]["get"]["parameters"]
    assert [p["schema"] for p in parameters] == [{"$ref": ref("EventLevel")}] * 2
    assert schemas["Event"]["properties"]["level"] == {
        "$ref": ref("EventLevel"),
        "default": "INFO",
    }


def test_shared_enum_named_after_its_property() -> None:
    spec = make_spec(
        paths={
            "/a": {
                "get": op(
                    "A",
                    parameters=[
                        query_parameter(
                            "bucket_kind", string_enum(["x", "y"], default="x")
                        )
                    ],
                )
            },
        },
        schemas={
            "B": {
                "type": "object",
                "properties": {"bucket_kind": string_enum(["x", "y"])},
            }
        },
    )
    norm.hoist_shared_enums(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["BucketKind"] == {"type": "string", "enum": ["x", "y"]}
    assert spec["paths"]["/a"]["get"]["parameters"][0]["schema"] == {
        "$ref": ref("BucketKind"),
        "default": "x",
    }
    assert schemas["B"]["properties"]["bucket_kind"] == {"$ref": ref("BucketKind")}


def test_shared_enum_in_array_items_is_named_after_the_parameter() -> None:
    def sort() -> JSON:
        items = string_enum(["rank", "+rank", "-rank"])
        return query_parameter("sort", {"type": "array", "items": items})

    spec = make_spec(
        paths={
            "/a/": {"get": op("A", parameters=[sort()])},
            "/b/": {"get": op("B", parameters=[sort()])},
        }
    )
    norm.hoist_shared_enums(spec)
    assert spec["components"]["schemas"]["Sort"] == string_enum(
        ["rank", "+rank", "-rank"]
    )
    for path in ("/a/", "/b/"):
        schema = spec["paths"][path]["get"]["parameters"][0]["schema"]
        assert schema == {"type": "array", "items": {"$ref": ref("Sort")}}


def test_enum_found_once_stays_inline() -> None:
    spec = make_spec(
        schemas={
            "A": {"type": "object", "properties": {"kind": string_enum(["x", "y"])}},
            # A named enumeration schema is shared already: it does not count.
            "Kind": string_enum(["x", "y"]),
            # Non-string enumerations are left alone.
            "B": {
                "type": "object",
                "properties": {"n": {"type": "integer", "enum": [1, 2]}},
            },
            "C": {
                "type": "object",
                "properties": {"n": {"type": "integer", "enum": [1, 2]}},
            },
        }
    )
    before = copy.deepcopy(spec)
    norm.hoist_shared_enums(spec)
    assert spec == before


def test_ambiguous_enum_name_without_table_entry_raises() -> None:
    spec = make_spec(
        schemas={
            "A": {"type": "object", "properties": {"colour": string_enum(["r", "g"])}},
            "B": {"type": "object", "properties": {"tint": string_enum(["r", "g"])}},
        }
    )
    with pytest.raises(NormaliseError) as excinfo:
        norm.hoist_shared_enums(spec)
    message = str(excinfo.value)
    assert "SHARED_ENUM_NAMES" in message
    assert "colour" in message
    assert "tint" in message


def test_shared_enum_name_clashing_with_a_schema_raises() -> None:
    spec = make_spec(
        schemas={
            "Colour": {"type": "object", "properties": {}},
            "A": {"type": "object", "properties": {"colour": string_enum(["r", "g"])}},
            "B": {"type": "object", "properties": {"colour": string_enum(["r", "g"])}},
        }
    )
    with pytest.raises(NormaliseError, match="Colour"):
        norm.hoist_shared_enums(spec)


def test_real_spec_shared_enums(raw_spec: JSON, normalised_spec: JSON) -> None:
    schemas = normalised_spec["components"]["schemas"]
    expected = {
        "PropertyValueType": ["integer", "float", "boolean", "string"],
        "TimeUnit": ["second", "minute", "hour", "day", "week", "month", "year"],
        "EventLevel": LEVELS,
        "SortByName": ["name", "+name", "-name"],
        # Not in the table: named after its parameter, "aggregation".
        "Aggregation": ["avg", "sum", "min", "max", "count"],
    }
    raw_inline = Counter(
        tuple(n["enum"]) for n in find_nodes(raw_spec, is_inline_string_enum)
    )
    for name, values in expected.items():
        assert schemas[name] == {"type": "string", "enum": values}
        uses = count_refs(normalised_spec, ref(name))
        assert uses >= 2
        assert uses == raw_inline[tuple(values)], name
    # What is left inline appears once (the Timezone schema is named, not inline).
    remaining = Counter(
        tuple(n["enum"])
        for n in find_nodes(normalised_spec["paths"], is_inline_string_enum)
    )
    for schema in schemas.values():
        for node in find_nodes(schema, is_inline_string_enum):
            if node is not schema:
                remaining[tuple(node["enum"])] += 1
    assert remaining, "single enumerations stay inline"
    assert max(remaining.values()) == 1
    # A default beside a hoisted enumeration is kept.
    aggregate = normalised_spec["paths"]["/timeseries_data/aggregate"]["get"]
    (aggregation,) = [p for p in aggregate["parameters"] if p["name"] == "aggregation"]
    assert aggregation["schema"] == {"$ref": ref("Aggregation"), "default": "avg"}


# -- timeseries data bodies ------------------------------------------------------


def timeseries_data_spec() -> JSON:
    binary = {"type": "string", "format": "binary", "example": "..."}
    both_bodies = {
        "application/json": {"schema": dict(binary)},
        "text/csv": {"schema": dict(binary)},
    }
    error = {"$ref": "#/components/responses/UNPROCESSABLE_ENTITY"}
    return make_spec(
        paths={
            "/timeseries_data/": {
                "get": op(
                    "TimeseriesData",
                    responses={
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"example": "{}"},
                                "text/csv": {"example": "Datetime,1"},
                            },
                        },
                        "422": error,
                        "default": {
                            "description": "error",
                            "content": {
                                "application/json": {"schema": {"$ref": ref("Error")}}
                            },
                        },
                    },
                ),
                "post": op(
                    "TimeseriesData",
                    requestBody={"content": copy.deepcopy(both_bodies)},
                    responses={"201": {"description": "Created"}, "422": error},
                ),
            },
            "/timeseries_data/stats": {
                "get": op(
                    "TimeseriesData",
                    responses={
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": ref("Stats")}}
                            }
                        }
                    },
                )
            },
            "/other/": {
                "post": op("Other", requestBody={"content": copy.deepcopy(both_bodies)})
            },
        },
        schemas={"Error": {"type": "object"}, "Stats": {"type": "object"}},
    )


def test_timeseries_data_bodies_are_typed() -> None:
    spec = timeseries_data_spec()
    original = copy.deepcopy(spec)
    norm.type_timeseries_data_bodies(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["TimeseriesValues"]["additionalProperties"] == {
        "type": ["number", "null"]
    }
    assert schemas["TimeseriesData"]["additionalProperties"] == {
        "$ref": ref("TimeseriesValues")
    }
    data = {"schema": {"$ref": ref("TimeseriesData")}}
    binary = {"schema": {"type": "string", "format": "binary"}}
    item = spec["paths"]["/timeseries_data/"]
    assert item["post"]["requestBody"]["content"] == {
        "application/json": data,
        "text/csv": binary,
    }
    get_responses = item["get"]["responses"]
    assert get_responses["200"]["content"] == {
        "application/json": data,
        "text/csv": binary,
    }
    # Error responses, other operations and the stats are untouched.
    original_item = original["paths"]["/timeseries_data/"]
    assert get_responses["422"] == original_item["get"]["responses"]["422"]
    assert get_responses["default"] == original_item["get"]["responses"]["default"]
    assert item["post"]["responses"] == original_item["post"]["responses"]
    for path in ("/timeseries_data/stats", "/other/"):
        assert spec["paths"][path] == original["paths"][path]
    # Each body has its own copy of the schema.
    post_json = item["post"]["requestBody"]["content"]["application/json"]["schema"]
    get_json = get_responses["200"]["content"]["application/json"]["schema"]
    assert post_json is not get_json


def test_real_spec_timeseries_data_bodies(normalised_spec: JSON) -> None:
    data_ref = {"schema": {"$ref": ref("TimeseriesData")}}
    binary = {"schema": {"type": "string", "format": "binary"}}
    typed = 0
    for method, path, operation in iter_operations(normalised_spec):
        if not path.startswith("/timeseries_data/") or path.endswith("/stats"):
            continue
        bodies = [operation.get("requestBody", {}).get("content", {})]
        bodies += [
            response.get("content", {})
            for status, response in operation["responses"].items()
            if status.startswith("2")
        ]
        for content in bodies:
            if "application/json" in content:
                assert content["application/json"] == data_ref, (method, path)
                typed += 1
            if "text/csv" in content:
                assert content["text/csv"] == binary, (method, path)
    # upload/download, by ID and by name, raw and aggregated.
    assert typed == 6


# -- self-named schemas ----------------------------------------------------------


def test_self_named_schema_is_renamed_and_refs_follow() -> None:
    degree_days = {
        "type": "object",
        "properties": {
            "degree_days": {
                "type": "object",
                "additionalProperties": {"type": "number"},
            }
        },
    }
    spec = make_spec(
        paths={
            "/sites/{item_id}/degree_days": {
                "get": op(
                    "Site",
                    responses={
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": ref("DegreeDays")}
                                }
                            }
                        }
                    },
                )
            }
        },
        schemas={
            "DegreeDays": copy.deepcopy(degree_days),
            "Wrapper": {
                "type": "object",
                "properties": {
                    "items": {"type": "array", "items": {"$ref": ref("DegreeDays")}}
                },
            },
            # Property named like another schema, not like its own: unchanged.
            "Site": {"type": "object", "properties": {"degree_days": {}}},
        },
    )
    norm.rename_self_named_schemas(spec)
    schemas = spec["components"]["schemas"]
    assert "DegreeDays" not in schemas
    assert schemas["DegreeDaysResult"] == degree_days
    assert "Site" in schemas
    assert '#/components/schemas/DegreeDays"' not in json.dumps(spec)
    assert count_refs(spec, ref("DegreeDaysResult")) == 2


def test_self_named_rename_clash_raises() -> None:
    spec = make_spec(
        schemas={
            "DegreeDays": {"type": "object", "properties": {"degree_days": {}}},
            "DegreeDaysResult": {"type": "object", "properties": {}},
        }
    )
    with pytest.raises(NormaliseError, match="DegreeDaysResult"):
        norm.rename_self_named_schemas(spec)


def test_self_named_schema_with_an_acronym() -> None:
    spec = make_spec(
        schemas={"TSStats": {"type": "object", "properties": {"ts_stats": {}}}}
    )
    norm.rename_self_named_schemas(spec)
    assert set(spec["components"]["schemas"]) == {"TSStatsResult"}


def test_real_spec_self_named(raw_spec: JSON, normalised_spec: JSON) -> None:
    raw_refs = count_refs(raw_spec, ref("DegreeDays"))
    assert raw_refs >= 1
    schemas = normalised_spec["components"]["schemas"]
    assert "DegreeDays" not in schemas
    assert (
        schemas["DegreeDaysResult"] == raw_spec["components"]["schemas"]["DegreeDays"]
    )
    assert count_refs(normalised_spec, ref("DegreeDays")) == 0
    assert count_refs(normalised_spec, ref("DegreeDaysResult")) == raw_refs
    for name, schema in schemas.items():
        assert norm.snake_case(name) not in schema.get("properties", {}), name


# -- the whole pipeline ----------------------------------------------------------


def test_normalise_does_not_mutate_its_input(raw_spec: JSON) -> None:
    before = json.dumps(raw_spec)
    normalise(raw_spec)
    assert json.dumps(raw_spec) == before


def test_normalise_is_deterministic(raw_spec: JSON) -> None:
    first = json.dumps(normalise(raw_spec))
    second = json.dumps(normalise(copy.deepcopy(raw_spec)))
    assert first == second


def test_every_ref_resolves(normalised_spec: JSON) -> None:
    components = normalised_spec["components"]
    for node in find_nodes(normalised_spec, lambda n: isinstance(n.get("$ref"), str)):
        parts = node["$ref"].split("/")
        assert parts[:2] == ["#", "components"], node["$ref"]
        assert parts[3] in components[parts[2]], node["$ref"]


def test_snake_and_pascal_case() -> None:
    assert norm.snake_case("TimeseriesByEvent") == "timeseries_by_event"
    assert norm.snake_case("Input/Output") == "input_output"
    assert norm.snake_case("DegreeDays") == "degree_days"
    assert norm.pascal_case("bucket_width_unit") == "BucketWidthUnit"
    assert norm.pascal_case("aggregation") == "Aggregation"


def test_write_only_properties_are_not_required() -> None:
    spec = make_spec(
        schemas={
            "User": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "password": {"type": "string", "writeOnly": True},
                },
                "required": ["name", "password"],
            },
            "Secret": {
                "type": "object",
                "properties": {"key": {"type": "string", "writeOnly": True}},
                "required": ["key"],
            },
        }
    )
    norm.relax_write_only_required(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["User"]["required"] == ["name"]
    assert "required" not in schemas["Secret"]


# -- enumerated model properties tolerate unknown values ---------------------------


def wrapped(target: str, **extra: Any) -> JSON:
    """An enumerated property as tolerate_unknown_enum_values writes it."""
    return {"anyOf": [{"$ref": ref(target)}, {"type": "string"}], **extra}


def test_enum_properties_become_enum_or_string() -> None:
    spec = make_spec(
        paths={
            "/events/": {
                "get": op(
                    "Events",
                    parameters=[query_parameter("level", {"$ref": ref("EventLevel")})],
                )
            }
        },
        schemas={
            "EventLevel": string_enum(LEVELS),
            "Event": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "level": {
                        "$ref": ref("EventLevel"),
                        "default": "INFO",
                        "description": "How bad",
                    },
                    "levels": {"type": "array", "items": {"$ref": ref("EventLevel")}},
                    "status": string_enum(["success", "failure"], readOnly=True),
                },
            },
        },
    )
    norm.tolerate_unknown_enum_values(spec)
    schemas = spec["components"]["schemas"]
    properties = schemas["Event"]["properties"]
    assert properties["id"] == {"type": "integer"}
    # The default stays beside the reference, the rest on the property.
    assert properties["level"] == {
        "anyOf": [{"$ref": ref("EventLevel"), "default": "INFO"}, {"type": "string"}],
        "description": "How bad",
    }
    assert properties["levels"] == {"type": "array", "items": wrapped("EventLevel")}
    # An inline enumeration is named as openapi-python-client would name it.
    assert properties["status"] == wrapped("EventStatus", readOnly=True)
    assert schemas["EventStatus"] == string_enum(["success", "failure"])
    assert schemas["EventLevel"] == string_enum(LEVELS)
    # Parameters are the client's input: they stay strict.
    parameter = spec["paths"]["/events/"]["get"]["parameters"][0]
    assert parameter["schema"] == {"$ref": ref("EventLevel")}


def test_enum_property_name_clash_raises() -> None:
    spec = make_spec(
        schemas={
            "EventStatus": {"type": "object"},
            "Event": {
                "type": "object",
                "properties": {"status": string_enum(["success", "failure"])},
            },
        }
    )
    with pytest.raises(NormaliseError, match="EventStatus is already a schema"):
        norm.tolerate_unknown_enum_values(spec)


def test_real_spec_enum_properties_are_all_tolerant(normalised_spec: JSON) -> None:
    schemas = normalised_spec["components"]["schemas"]
    enums = {name for name, schema in schemas.items() if "enum" in schema}
    wrapped_count = 0
    for name, schema in schemas.items():
        for prop, node in schema.get("properties", {}).items():
            node = node.get("items", node)
            # No enumeration of a model is strict any more.
            assert "enum" not in node, f"{name}.{prop}"
            assert node.get("$ref", "").removeprefix(SCHEMA_REF) not in enums
            if "anyOf" in node:
                known, other = node["anyOf"]
                assert known["$ref"].removeprefix(SCHEMA_REF) in enums
                assert other == {"type": "string"}
                wrapped_count += 1
    assert wrapped_count >= 10  # level, timezone, value_type, offset_unit, ...

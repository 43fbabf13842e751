"""Normalise a BEMServer OpenAPI document before code generation.

The server's document is correct for the server but awkward to generate a client
from. Each transformation below is one function, documented in generator/README.md
and tested in tests/generator/test_normalise.py. `normalise()` applies them all in
a fixed order and never mutates its input, so the output depends only on the
document: regeneration is deterministic.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

JSON = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Readable names of the operations that are not plain create/read/update/delete of
# a collection. Keyed by "METHOD path"; a path missing from the document is fine
# (the table covers every supported API version).
OPERATION_NAMES: dict[str, str] = {
    "POST /auth/token": "get_tokens",
    "POST /auth/token/refresh": "refresh_tokens",
    "GET /about/": "get_about",
    "PUT /users/{item_id}/set_admin": "set_user_admin",
    "PUT /users/{item_id}/set_active": "set_user_active",
    "GET /timeseries_data/": "download_timeseries_data",
    "POST /timeseries_data/": "upload_timeseries_data",
    "DELETE /timeseries_data/": "delete_timeseries_data",
    "GET /timeseries_data/stats": "get_timeseries_data_stats",
    "GET /timeseries_data/aggregate": "download_aggregated_timeseries_data",
    "GET /timeseries_data/campaign/{campaign_id}/": "download_timeseries_data_by_names",
    "POST /timeseries_data/campaign/{campaign_id}/": "upload_timeseries_data_by_names",
    "DELETE /timeseries_data/campaign/{campaign_id}/": (
        "delete_timeseries_data_by_names"
    ),
    "GET /timeseries_data/campaign/{campaign_id}/stats": (
        "get_timeseries_data_stats_by_names"
    ),
    "GET /timeseries_data/campaign/{campaign_id}/aggregate": (
        "download_aggregated_timeseries_data_by_names"
    ),
    "GET /notifications/count_by_campaign": "count_notifications_by_campaign",
    "PUT /notifications/mark_all_as_read": "mark_all_notifications_as_read",
    "PUT /sites/{item_id}/download_weather_data": "download_site_weather_data",
    "GET /sites/{item_id}/degree_days": "get_site_degree_days",
    "POST /io/sites": "upload_sites_csv",
    "POST /io/timeseries": "upload_timeseries_csv",
    "GET /analysis/completeness": "get_completeness",
    "GET /analysis/energy_consumption/site/{site_id}": (
        "get_site_energy_consumption_breakdown"
    ),
    "GET /analysis/energy_consumption/building/{building_id}": (
        "get_building_energy_consumption_breakdown"
    ),
    "POST /tasks/run": "run_task",
}

# Module folder (the operation's tag) for tags whose snake case is not a name.
TAG_NAMES: dict[str, str] = {"Input/Output": "io"}

# Names of the enumerations that the document repeats inline. Keyed by the set of
# values; an enumeration repeated with no entry here is named after its property.
SHARED_ENUM_NAMES: dict[frozenset[str], str] = {
    frozenset({"integer", "float", "boolean", "string"}): "PropertyValueType",
    frozenset({"second", "minute", "hour", "day", "week", "month", "year"}): (
        "TimeUnit"
    ),
    frozenset({"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}): "EventLevel",
    frozenset({"name", "+name", "-name"}): "SortByName",
    # API 0.24 and 0.25 (st_* services)
    frozenset({"campaign_name", "+campaign_name", "-campaign_name"}): (
        "SortByCampaignName"
    ),
    frozenset(
        {
            "campaign_id",
            "+campaign_id",
            "-campaign_id",
            "site_name",
            "+site_name",
            "-site_name",
        }
    ): "SortByCampaignAndSiteName",
}

# The IANA timezone enumeration (format "iana-tz") is hoisted under this name.
TIMEZONE_SCHEMA = "Timezone"

# Bodies of the timeseries data operations. The server declares both content types
# as opaque binary strings; the JSON one is a mapping of timeseries (id or name) to
# a mapping of ISO 8601 timestamps to values.
TIMESERIES_VALUES_SCHEMA = "TimeseriesValues"
TIMESERIES_DATA_SCHEMA = "TimeseriesData"
CSV_CONTENT_TYPE = "text/csv"
JSON_CONTENT_TYPE = "application/json"


class NormaliseError(Exception):
    """The document has a shape the normaliser has no rule for."""


def normalise(document: JSON) -> JSON:
    """Return a normalised deep copy of an OpenAPI document."""
    spec = copy.deepcopy(document)
    name_operations(spec)
    rename_tags(spec)
    hoist_timezone_enum(spec)
    hoist_shared_enums(spec)
    type_timeseries_data_bodies(spec)
    rename_self_named_schemas(spec)
    relax_write_only_required(spec)
    tolerate_unknown_enum_values(spec)
    return spec


def iter_operations(spec: JSON) -> Iterator[tuple[str, str, JSON]]:
    """Yield (method, path, operation) in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def snake_case(name: str) -> str:
    """'TimeseriesByEvent' -> 'timeseries_by_event', 'TSStats' -> 'ts_stats'.

    As openapi-python-client names modules and variables.
    """
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return name.strip("_").lower()


def pascal_case(name: str) -> str:
    """'bucket_width_unit' -> 'BucketWidthUnit'."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name))


def operation_name(method: str, path: str, tag: str) -> str:
    """Readable, stable name of one operation (its operationId).

    Plain collections follow one rule: `GET /sites/` is `list_sites`,
    `POST /sites/` `create_site`, `GET|PUT|DELETE /sites/{item_id}`
    `get_site|update_site|delete_site`, `GET /x/full` `list_x_full`; the singular
    is the operation's tag. Everything else is named in OPERATION_NAMES.
    """
    key = f"{method.upper()} {path}"
    if key in OPERATION_NAMES:
        return OPERATION_NAMES[key]
    match = re.fullmatch(r"/(\w+)/(\{item_id\}|full)?", path)
    if match is None:
        raise NormaliseError(
            f"no readable name for operation {key}: add it to OPERATION_NAMES"
        )
    collection, item = match.groups()
    singular = snake_case(tag)
    verb_by_method = {
        (None, "get"): f"list_{collection}",
        (None, "post"): f"create_{singular}",
        ("full", "get"): f"list_{collection}_full",
        ("{item_id}", "get"): f"get_{singular}",
        ("{item_id}", "put"): f"update_{singular}",
        ("{item_id}", "delete"): f"delete_{singular}",
    }
    try:
        return verb_by_method[(item, method)]
    except KeyError:
        raise NormaliseError(
            f"no readable name for operation {key}: add it to OPERATION_NAMES"
        ) from None


def name_operations(spec: JSON) -> None:
    """Give every operation a readable operationId (the generated module's name).

    The server publishes no operationId, so openapi-python-client would name modules
    after method and path (`get_sites_item_id`).
    """
    seen: dict[str, str] = {}
    for method, path, operation in iter_operations(spec):
        tags = operation.get("tags") or ["default"]
        name = operation_name(method, path, tags[0])
        key = f"{method.upper()} {path}"
        if name in seen:
            raise NormaliseError(
                f"operations {seen[name]} and {key} are both named {name}"
            )
        seen[name] = key
        operation["operationId"] = name


def rename_tags(spec: JSON) -> None:
    """Rename tags whose snake case makes a poor module folder name."""
    for _, _, operation in iter_operations(spec):
        operation["tags"] = [
            TAG_NAMES.get(tag, tag) for tag in operation.get("tags", [])
        ]
    for tag in spec.get("tags", []):
        tag["name"] = TAG_NAMES.get(tag["name"], tag["name"])


def _iter_schema_slots(node: Any) -> Iterator[tuple[dict[str, Any] | list[Any], Any]]:
    """Yield (container, key) of every dict nested in node, depth first, in order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict | list):
                yield node, key
                yield from _iter_schema_slots(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, dict | list):
                yield node, index
                yield from _iter_schema_slots(value)


def _ref_to(name: str, inline: JSON) -> JSON:
    """A reference to a shared schema that keeps the inline schema's own keywords.

    OpenAPI 3.1 allows keywords beside $ref; openapi-python-client reads a default
    and a description there.
    """
    ref: JSON = {"$ref": f"#/components/schemas/{name}"}
    for keyword in ("default", "description"):
        if keyword in inline:
            ref[keyword] = inline[keyword]
    return ref


def hoist_timezone_enum(spec: JSON) -> None:
    """Define the IANA timezone enumeration once, as the `Timezone` schema.

    The server inlines its ~470 values at every timezone field and parameter, which
    openapi-python-client turns into one enum module per occurrence.
    """
    values: list[str] | None = None
    for container, key in list(_iter_schema_slots(spec.get("paths", {}))) + list(
        _iter_schema_slots(spec.get("components", {}).get("schemas", {}))
    ):
        node = container[key]  # type: ignore[index]
        if (
            isinstance(node, dict)
            and node.get("format") == "iana-tz"
            and "enum" in node
        ):
            if values is not None and node["enum"] != values:
                raise NormaliseError("the document has two different timezone lists")
            values = node["enum"]
            container[key] = _ref_to(TIMEZONE_SCHEMA, node)  # type: ignore[index]
    if values is not None:
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        schemas[TIMEZONE_SCHEMA] = {
            "type": "string",
            "format": "iana-tz",
            "description": "IANA timezone name",
            "enum": values,
        }


def hoist_shared_enums(spec: JSON) -> None:
    """Define once every enumeration the document repeats inline.

    Inline enumerations found in two places or more with the same values become one
    schema, named from SHARED_ENUM_NAMES or else after the property they describe.
    """
    occurrences: dict[tuple[str, ...], list[tuple[Any, Any, str]]] = defaultdict(list)

    def visit(node: Any, property_name: str) -> None:
        if isinstance(node, dict):
            if "enum" in node and node.get("type") == "string":
                occurrences[tuple(node["enum"])].append((None, node, property_name))
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    for prop, schema in value.items():
                        visit(schema, prop)
                elif key == "parameters" and isinstance(value, list):
                    for parameter in value:
                        visit(parameter, parameter.get("name", property_name))
                else:
                    visit(value, property_name)
        elif isinstance(node, list):
            for value in node:
                visit(value, property_name)

    visit(spec.get("paths", {}), "")
    for named_schema in spec.get("components", {}).get("schemas", {}).values():
        # A named schema is already shared; only what is nested in it is inline.
        for key, value in named_schema.items():
            visit({key: value}, "")

    replacements: dict[int, str] = {}
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for values, places in occurrences.items():
        if len(places) < 2:
            continue
        name = SHARED_ENUM_NAMES.get(frozenset(values))
        if name is None:
            prop_names = {prop for _, _, prop in places}
            if len(prop_names) != 1 or not next(iter(prop_names)):
                raise NormaliseError(
                    f"enumeration {list(values)} repeats under several names "
                    f"{sorted(prop_names)}: add it to SHARED_ENUM_NAMES"
                )
            name = pascal_case(next(iter(prop_names)))
        if name in schemas:
            raise NormaliseError(f"shared enumeration name {name} is already a schema")
        schemas[name] = {"type": "string", "enum": list(values)}
        for _, node, _ in places:
            replacements[id(node)] = name

    for container, key in list(_iter_schema_slots(spec.get("paths", {}))) + list(
        _iter_schema_slots(schemas)
    ):
        node = container[key]  # type: ignore[index]
        if isinstance(node, dict) and id(node) in replacements:
            container[key] = _ref_to(replacements[id(node)], node)  # type: ignore[index]


def type_timeseries_data_bodies(spec: JSON) -> None:
    """Give the timeseries data bodies real types instead of opaque strings.

    - JSON request bodies and JSON responses of the data download operations:
      `TimeseriesData`, a mapping of timeseries to `TimeseriesValues` (timestamp to
      value), so the generated code sends and parses JSON instead of raw bytes.
    - `text/csv` bodies: binary strings. The generator config maps `text/csv` to
      application/octet-stream handling so they are kept (sent and returned as
      bytes) instead of dropped with a warning.
    """
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas[TIMESERIES_VALUES_SCHEMA] = {
        "type": "object",
        "description": "Values of one timeseries by ISO 8601 timestamp",
        "additionalProperties": {"type": ["number", "null"]},
    }
    schemas[TIMESERIES_DATA_SCHEMA] = {
        "type": "object",
        "description": "Timeseries data: values by timestamp, by timeseries ID or name",
        "additionalProperties": {
            "$ref": f"#/components/schemas/{TIMESERIES_VALUES_SCHEMA}"
        },
    }
    data_ref = {"$ref": f"#/components/schemas/{TIMESERIES_DATA_SCHEMA}"}
    binary = {"type": "string", "format": "binary"}
    for _, path, operation in iter_operations(spec):
        if not path.startswith("/timeseries_data/") or path.endswith("/stats"):
            continue
        body = operation.get("requestBody", {}).get("content", {})
        if JSON_CONTENT_TYPE in body:
            body[JSON_CONTENT_TYPE] = {"schema": copy.deepcopy(data_ref)}
        if CSV_CONTENT_TYPE in body:
            body[CSV_CONTENT_TYPE] = {"schema": copy.deepcopy(binary)}
        for status, response in operation.get("responses", {}).items():
            content = response.get("content", {})
            if not status.startswith("2"):
                continue
            if JSON_CONTENT_TYPE in content:
                content[JSON_CONTENT_TYPE] = {"schema": copy.deepcopy(data_ref)}
            if CSV_CONTENT_TYPE in content:
                content[CSV_CONTENT_TYPE] = {"schema": copy.deepcopy(binary)}


# Suffix given to a schema that has a property of its own name (see below).
SELF_NAMED_SUFFIX = "Result"


def _replace_refs(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            _replace_refs(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _replace_refs(value, old, new)


def rename_self_named_schemas(spec: JSON) -> None:
    """Rename a schema that has a property named like itself: `DegreeDays.degree_days`.

    openapi-python-client's `from_dict` names its result after the model's module,
    which then shadows that property's local variable: the generated code does
    not type check. `DegreeDays` becomes `DegreeDaysResult`.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    for name in sorted(schemas):
        if snake_case(name) not in schemas[name].get("properties", {}):
            continue
        new_name = name + SELF_NAMED_SUFFIX
        if new_name in schemas:
            raise NormaliseError(
                f"cannot rename {name}: {new_name} is already a schema"
            )
        schemas[new_name] = schemas.pop(name)
        _replace_refs(
            spec, f"#/components/schemas/{name}", f"#/components/schemas/{new_name}"
        )


def relax_write_only_required(spec: JSON) -> None:
    """Make write-only properties optional: the server never sends them back.

    `User.password` is required and write-only: one schema serves the request
    and the answer, so as required it would make parsing every answer fail.
    """
    for schema in spec.get("components", {}).get("schemas", {}).values():
        properties = schema.get("properties", {})
        required = schema.get("required")
        if not required:
            continue
        kept = [
            name for name in required if not properties.get(name, {}).get("writeOnly")
        ]
        if kept != required:
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]


SCHEMA_REF = "#/components/schemas/"

# Keywords of a property that stay on it when its enumeration is wrapped.
_PROPERTY_KEYWORDS = ("description", "readOnly", "writeOnly")


def _is_enum(schema: Any) -> bool:
    return isinstance(schema, dict) and "enum" in schema and "$ref" not in schema


def tolerate_unknown_enum_values(spec: JSON) -> None:
    """Type every enumerated model property as `Enum | str`.

    A newer server may answer a value the document does not list (an event level,
    a timezone): parsed strictly, it would make the whole answer fail to parse.
    Wrapped as `anyOf: [enumeration, string]`, a known value is checked against
    the enumeration and an unknown one is kept as its raw string. Inline
    enumerations of a model are first named, as openapi-python-client would name
    them (`GetJWTResp.status` -> `GetJWTRespStatus`), so their types keep their
    names. Operation parameters are left strict: they are the client's input.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    enum_names = {name for name, schema in schemas.items() if _is_enum(schema)}
    hoisted: dict[str, JSON] = {}
    for model_name in list(schemas):
        if model_name in enum_names:
            continue
        properties = schemas[model_name].get("properties", {})
        for prop_name in list(properties):
            slot, key, suffix = properties, prop_name, ""
            if properties[prop_name].get("type") == "array":
                # A list of an enumeration: its items are wrapped.
                slot, key, suffix = properties[prop_name], "items", "Item"
            node = slot.get(key)
            if not isinstance(node, dict):
                continue
            if _is_enum(node):
                target = model_name + pascal_case(prop_name) + suffix
                if target in schemas or target in hoisted:
                    raise NormaliseError(
                        f"cannot name the enumeration of {model_name}.{prop_name}: "
                        f"{target} is already a schema"
                    )
                hoisted[target] = {
                    k: v
                    for k, v in node.items()
                    if k not in _PROPERTY_KEYWORDS and k != "default"
                }
            elif node.get("$ref", "").removeprefix(SCHEMA_REF) in enum_names:
                target = node["$ref"].removeprefix(SCHEMA_REF)
            else:
                continue
            # A default stays beside the $ref, where it was: openapi-python-client
            # does not apply it (an unset field is not sent; the server's applies).
            inner = _ref_to(target, {k: v for k, v in node.items() if k == "default"})
            wrapped: JSON = {"anyOf": [inner, {"type": "string"}]}
            for keyword in _PROPERTY_KEYWORDS:
                if keyword in node:
                    wrapped[keyword] = node[keyword]
            slot[key] = wrapped
    schemas.update(hoisted)

"""The committed generated core against the committed spec (after normalisation).

Every operation has its module with the right METHOD and PATH, every schema its
model; the timezone list is defined once; the models package is lazy; request
builders send plain mappings as JSON unchanged; response parsers return typed
values for the documented success statuses (an undeclared 2xx as the declared one)
and raise UnexpectedStatus otherwise.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import inspect
import re
import subprocess
import sys
import textwrap
import types
import typing
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import attrs
import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

from generator.normalise import iter_operations
from generator.paths import ROOT

JSON = dict[str, Any]

CORE = "bemserver_api_client._generated"
SCHEMA_REF = "#/components/schemas/"


# -- helpers ---------------------------------------------------------------------


def class_name(schema_name: str) -> str:
    """The class openapi-python-client makes of a schema (ST_Cleanup -> STCleanup)."""
    return pascal_case(schema_name)


def operations(spec: JSON) -> list[tuple[str, str, JSON]]:
    return list(iter_operations(spec))


def operation_module_name(operation: JSON) -> str:
    return f"{CORE}.api.{snake_case(operation['tags'][0])}.{operation['operationId']}"


def import_operation(operation: JSON) -> ModuleType:
    return importlib.import_module(operation_module_name(operation))


def models() -> ModuleType:
    return importlib.import_module(f"{CORE}.models")


def errors() -> ModuleType:
    return importlib.import_module(f"{CORE}.errors")


def resolve(schema: JSON, spec: JSON) -> tuple[str | None, JSON]:
    """(schema name or None, schema) of a schema that may be a $ref."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(SCHEMA_REF)
        return name, spec["components"]["schemas"][name]
    return None, schema


def example(schema: JSON, spec: JSON, depth: int = 0) -> Any:
    """A JSON value valid for schema, with every property filled in."""
    assert depth < 12, "recursive schema"
    _, schema = resolve(schema, spec)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        value = {
            name: example(prop, spec, depth + 1)
            for name, prop in schema.get("properties", {}).items()
        }
        extra = schema.get("additionalProperties", False)
        if extra is not False:
            extra_schema = extra if isinstance(extra, dict) and extra else None
            value["some_key"] = (
                example(extra_schema, spec, depth + 1) if extra_schema else "any"
            )
        return value
    if kind == "array":
        return [example(schema["items"], spec, depth + 1)]
    if kind == "integer":
        return 42
    if kind == "number":
        return 21.5
    if kind == "boolean":
        return True
    assert kind == "string", schema
    return {
        "date-time": "2024-03-01T12:30:00+01:00",
        "date": "2024-03-01",
        "email": "ada@example.com",
    }.get(schema.get("format", ""), "text")


def resolve_parameter(parameter: JSON, spec: JSON) -> JSON:
    if "$ref" in parameter:
        name = parameter["$ref"].removeprefix("#/components/parameters/")
        resolved: JSON = spec["components"]["parameters"][name]
        return resolved
    return parameter


def python_name(property_name: str) -> str:
    """The attribute name of a property (`min` is `min_`), as the generator makes it."""
    return str(PythonIdentifier(property_name, prefix="field_"))


def to_plain(value: Any) -> Any:
    """A parsed value back to JSON."""
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def argument_for(annotation: Any) -> Any:
    """A value for a required parameter of a request builder, from its type."""
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        options = [a for a in options if getattr(a, "__name__", "") != "Unset"]
        return argument_for(options[0])
    if origin is Literal:
        return typing.get_args(annotation)[0]
    if origin is list:
        return [argument_for(typing.get_args(annotation)[0])]
    simple: dict[Any, Any] = {
        int: 7,
        str: "etag-or-name",
        float: 1.5,
        bool: True,
        datetime.datetime: datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
        datetime.date: datetime.date(2024, 1, 1),
    }
    if annotation in simple:
        return simple[annotation]
    raise AssertionError(f"no test value for {annotation!r}")


def call_build_request(module: ModuleType, body: Any) -> tuple[dict[str, Any], JSON]:
    """Call build_request with every required argument; returns (kwargs, args)."""
    signature = inspect.signature(module.build_request, eval_str=True)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    used: JSON = {}
    for name, parameter in signature.parameters.items():
        if name == "body":
            keywords["body"] = body
            continue
        if parameter.default is not inspect.Parameter.empty:
            continue
        value = argument_for(parameter.annotation)
        used[name] = value
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            positional.append(value)
        else:
            keywords[name] = value
    kwargs: dict[str, Any] = module.build_request(*positional, **keywords)
    return kwargs, used


def success_statuses(operation: JSON) -> list[int]:
    return sorted(int(s) for s in operation["responses"] if s.startswith("2"))


def has_json_body(operation: JSON) -> bool:
    content = operation.get("requestBody", {}).get("content", {})
    return "application/json" in content


@pytest.fixture(scope="module")
def all_operations(core_spec: JSON) -> list[tuple[str, str, JSON]]:
    return operations(core_spec)


def for_each_operation(
    spec: JSON,
    all_operations: list[tuple[str, str, JSON]],
    check: Callable[[str, str, JSON, ModuleType], None],
) -> None:
    """Run check on every operation, reporting all failures at once."""
    failures: list[str] = []
    for method, path, operation in all_operations:
        try:
            check(method, path, operation, import_operation(operation))
        except Exception as exc:  # collect every failure, not only the first
            failures.append(f"{method.upper()} {path}: {type(exc).__name__}: {exc}")
    assert not failures, "\n".join(failures)


# -- operations ------------------------------------------------------------------


def test_every_operation_has_its_module(
    core_spec: JSON,
    all_operations: list[tuple[str, str, JSON]],
    generated_dir: Path,
) -> None:
    expected = {
        f"api/{snake_case(o['tags'][0])}/{o['operationId']}.py"
        for _, _, o in all_operations
    }
    actual = {
        str(path.relative_to(generated_dir))
        for path in (generated_dir / "api").glob("*/*.py")
        if path.name != "__init__.py"
    }
    assert len(expected) == len(all_operations) > 200
    assert expected == actual


def test_operation_modules_match_the_spec(
    core_spec: JSON, all_operations: list[tuple[str, str, JSON]]
) -> None:
    def check(method: str, path: str, operation: JSON, module: ModuleType) -> None:
        assert method.upper() == module.METHOD
        assert path == module.PATH
        assert list(module.SUCCESS_STATUSES) == success_statuses(operation)
        assert callable(module.build_request)
        assert callable(module.parse_response)
        summary = operation.get("summary")
        if summary:
            assert (module.__doc__ or "").startswith(summary)

    for_each_operation(core_spec, all_operations, check)


# -- models ----------------------------------------------------------------------


def test_every_schema_has_a_model(core_spec: JSON, generated_dir: Path) -> None:
    package = models()
    schemas = core_spec["components"]["schemas"]
    assert {class_name(name) for name in schemas} <= set(package.__all__)
    for name, schema in schemas.items():
        model = getattr(package, class_name(name))
        # Module names follow openapi-python-client's snake case (GetJWTResp ->
        # get_jwt_resp).
        module = f"{CORE}.models.{snake_case(name)}"
        assert (generated_dir / "models" / f"{snake_case(name)}.py").is_file(), name
        if "enum" in schema:
            # literal_enums: an enumeration is a Literal alias, not a class.
            assert typing.get_origin(model) is Literal, name
            assert set(typing.get_args(model)) == set(schema["enum"]), name
            continue
        assert attrs.has(model), name
        assert getattr(model, "__module__", None) == module, name
        fields = {f.name for f in attrs.fields(model)}
        properties = {python_name(p) for p in schema.get("properties", {})}
        if schema.get("additionalProperties", True) is not False:
            properties.add("additional_properties")
        assert fields == properties, name
        required = {f.name for f in attrs.fields(model) if f.default is attrs.NOTHING}
        assert required == {python_name(p) for p in schema.get("required", [])}


def test_timezone_list_is_in_exactly_one_module(generated_dir: Path) -> None:
    holders = [
        path.relative_to(generated_dir).as_posix()
        for path in sorted(generated_dir.rglob("*.py"))
        if "Europe/Paris" in path.read_text(encoding="utf-8")
    ]
    assert holders == ["models/timezone.py"]
    timezone = importlib.import_module(f"{CORE}.models.timezone")
    assert "Europe/Paris" in typing.get_args(timezone.Timezone)
    assert len(typing.get_args(timezone.Timezone)) > 400


def test_models_package_is_lazy() -> None:
    script = textwrap.dedent(
        f"""
        import sys
        import {CORE}.models as models
        site = "{CORE}.models.site"
        loaded = sorted(m for m in sys.modules if m.startswith("{CORE}.models."))
        assert loaded == [], loaded
        from {CORE}.models import Site
        assert site in sys.modules
        assert Site.__module__ == site
        assert Site.from_dict({{"name": "Site 1", "campaign_id": 1}}).name == "Site 1"
        assert "{CORE}.models.campaign" not in sys.modules
        print("lazy ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "lazy ok"


def test_models_package_attributes() -> None:
    package = models()
    assert dir(package) == sorted(package.__all__)
    assert len(package.__all__) == len(set(package.__all__))
    for name in package.__all__:
        assert getattr(package, name) is not None
    with pytest.raises(AttributeError, match="NoSuchModel"):
        package.NoSuchModel  # noqa: B018


# -- request builders ------------------------------------------------------------


def test_plain_mapping_bodies_are_sent_as_json_unchanged(
    core_spec: JSON, all_operations: list[tuple[str, str, JSON]]
) -> None:
    checked: list[str] = []

    def check(method: str, path: str, operation: JSON, module: ModuleType) -> None:
        if not has_json_body(operation):
            return
        body = {"name": "Site 1", "nested": {"ids": [1, 2]}, "note": None}
        pristine = copy.deepcopy(body)
        kwargs, used = call_build_request(module, body)
        assert kwargs["json"] is body
        assert body == pristine
        assert kwargs["headers"]["Content-Type"] == "application/json"
        assert kwargs["method"] == method.upper()
        expected_url = re.sub(r"\{(\w+)\}", lambda m: str(used[m.group(1)]), path)
        assert kwargs["url"] == expected_url
        for key in ("content", "data", "files"):
            assert key not in kwargs
        checked.append(operation["operationId"])

    for_each_operation(core_spec, all_operations, check)
    assert len(checked) > 80


def test_request_builders_without_body(
    core_spec: JSON, all_operations: list[tuple[str, str, JSON]]
) -> None:
    def check(method: str, path: str, operation: JSON, module: ModuleType) -> None:
        if "requestBody" in operation:
            return
        kwargs, used = call_build_request(module, None)
        assert kwargs["method"] == method.upper()
        expected_url = re.sub(r"\{(\w+)\}", lambda m: str(used[m.group(1)]), path)
        assert kwargs["url"] == expected_url
        assert "json" not in kwargs
        # Required query parameters end up in params, under their API name.
        required_query = {
            p["name"]
            for p in (
                resolve_parameter(p, core_spec) for p in operation.get("parameters", [])
            )
            if p["in"] == "query" and p.get("required")
        }
        assert required_query <= set(kwargs.get("params", {}))

    for_each_operation(core_spec, all_operations, check)


def test_path_parameters_are_quoted() -> None:
    module = importlib.import_module(f"{CORE}.api.site.get_site")
    kwargs = module.build_request("a b?c#d%2F")
    assert kwargs["url"] == "/sites/a%20b%3Fc%23d%252F"
    # A "/" is refused rather than encoded: the server decodes %2F before
    # routing (tests/unit/test_path_arguments.py).
    errors = importlib.import_module(f"{CORE}.errors")
    with pytest.raises(errors.InvalidPathArgument):
        module.build_request("1/2")


def test_model_body_goes_through_to_dict() -> None:
    module = importlib.import_module(f"{CORE}.api.site.create_site")
    site = models().Site(name="Site 1", campaign_id=3)
    kwargs = module.build_request(body=site)
    assert kwargs["json"] == {"name": "Site 1", "campaign_id": 3}


def test_csv_body_is_sent_as_bytes() -> None:
    module = importlib.import_module(
        f"{CORE}.api.timeseries_data.upload_timeseries_data"
    )
    types_module = importlib.import_module(f"{CORE}.types")
    csv = b"Datetime,1\n2020-01-01T00:00:00+00:00,0.1\n"
    kwargs = module.build_request(body=types_module.File(payload=csv), data_state=1)
    assert kwargs["content"] == csv
    assert kwargs["headers"]["Content-Type"] == "text/csv"
    assert kwargs["params"] == {"data_state": 1}


# -- response parsers ------------------------------------------------------------


def test_success_responses_are_parsed_into_typed_values(
    core_spec: JSON, all_operations: list[tuple[str, str, JSON]]
) -> None:
    package = models()
    parsed_models: list[str] = []

    def check(method: str, path: str, operation: JSON, module: ModuleType) -> None:
        for status in success_statuses(operation):
            response_spec = operation["responses"][str(status)]
            content = response_spec.get("content", {})
            if "application/json" not in content:
                assert module.parse_response(httpx.Response(status)) is None
                continue
            schema = content["application/json"]["schema"]
            payload = example(schema, core_spec)
            parsed = module.parse_response(httpx.Response(status, json=payload))
            if schema.get("type") == "array":
                name, _ = resolve(schema["items"], core_spec)
                assert isinstance(parsed, list)
                assert len(parsed) == 1
                assert isinstance(parsed[0], getattr(package, class_name(str(name))))
            else:
                name, _ = resolve(schema, core_spec)
                assert isinstance(parsed, getattr(package, class_name(str(name))))
            assert to_plain(parsed) == payload
            parsed_models.append(str(name))

    for_each_operation(core_spec, all_operations, check)
    assert len(parsed_models) > 150
    assert {"Site", "TimeseriesData", "DegreeDaysResult", "GetJWTResp"} <= set(
        parsed_models
    )


@pytest.mark.parametrize("status", [304, 400, 401, 403, 404, 409, 412, 422, 428, 500])
def test_other_statuses_raise_unexpected_status(
    status: int,
    core_spec: JSON,
    all_operations: list[tuple[str, str, JSON]],
) -> None:
    unexpected_status = errors().UnexpectedStatus

    def check(method: str, path: str, operation: JSON, module: ModuleType) -> None:
        if status == 304:
            response = httpx.Response(304)
        else:
            body = {"code": status, "status": "Error", "message": "nope"}
            response = httpx.Response(status, json=body)
        with pytest.raises(unexpected_status) as excinfo:
            module.parse_response(response)
        assert excinfo.value.status_code == status
        assert excinfo.value.content == response.content

    for_each_operation(core_spec, all_operations, check)


def test_undocumented_success_status_is_parsed_as_the_declared_one(
    core_spec: JSON, all_operations: list[tuple[str, str, JSON]]
) -> None:
    # A 200 to a create, a 201 or 299 to a list: the body is what the operation
    # answers, the status is not in the spec.
    package = models()

    def check(method: str, path: str, operation: JSON, module: ModuleType) -> None:
        declared = module.UNDECLARED_SUCCESS_AS
        assert declared in module.SUCCESS_STATUSES
        content = operation["responses"][str(declared)].get("content", {})
        for undeclared in (200, 201, 202, 204, 299):
            if undeclared in module.SUCCESS_STATUSES:
                continue
            if "application/json" not in content:
                assert module.parse_response(httpx.Response(undeclared)) is None
                continue
            schema = content["application/json"]["schema"]
            payload = example(schema, core_spec)
            parsed = module.parse_response(httpx.Response(undeclared, json=payload))
            name, _ = resolve(schema.get("items", schema), core_spec)
            model = getattr(package, class_name(str(name)))
            assert isinstance(parsed[0] if isinstance(parsed, list) else parsed, model)
            assert to_plain(parsed) == payload

    for_each_operation(core_spec, all_operations, check)


def test_literal_enumerations_keep_the_documents_order(
    core_spec: JSON, generated_dir: Path
) -> None:
    """The server lists an enumeration's values in the document's order in its
    422 messages ("Must be one of: name, +name, -name."); the client's checks
    read them from the Literal types, which must keep that order (the
    generator's own step: openapi-python-client writes them sorted)."""
    in_document: list[list[Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("enum"), list):
                in_document.append(node["enum"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(core_spec)
    literals = 0
    for path in sorted((generated_dir / "models").glob("*.py")):
        module = importlib.import_module(
            f"bemserver_api_client._generated.models.{path.stem}"
        )
        for value in vars(module).values():
            if typing.get_origin(value) is Literal:
                literals += 1
                values = list(typing.get_args(value))
                assert values in in_document, f"{path.name}: {values}"
    assert literals >= 10
    from bemserver_api_client._generated.models.sort_by_name import SortByName

    assert typing.get_args(SortByName) == ("name", "+name", "-name")

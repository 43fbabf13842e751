"""Junk answers to every public operation of both clients: only documented errors.

Whatever a server (or a proxy in front of it) answers, a call, its `.data` and its
`.parsed` give a value or raise one of the documented exceptions: a
BEMServerAPIError, a BEMServerAPIClientValueError or a BEMServerAPIVersionError.
A real BEMServer cannot be made to answer junk: a mock transport plays it. The
junk is drawn by hypothesis (empty, null, scalars, JSON of the wrong shape,
truncated JSON, HTML, invalid UTF-8, deep nesting, 2xx statuses the operation
does not declare), with a fixed seed so that a run is reproducible.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import itertools
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._entry_points import (
    entry_point_names,
    entry_point_of,
    operations_called,
    public_methods,
)
from bemserver_api_client._generated.api_versions import OPERATION_GENERATIONS
from bemserver_api_client.exceptions import (
    BEMServerAPIClientValueError,
    BEMServerAPIError,
    BEMServerAPIVersionError,
)
from bemserver_api_client.response import BEMServerApiClientResponse

DOCUMENTED = (BEMServerAPIError, BEMServerAPIClientValueError, BEMServerAPIVersionError)

# Deeper than the interpreter recurses: json.loads raises RecursionError.
DEEP_LIST = b"[" * 50_000 + b"]" * 50_000
DEEP_OBJECT = b'{"a":' * 50_000 + b"1" + b"}" * 50_000

# -- plausible arguments ----------------------------------------------------------

# By parameter name: a value the client accepts, so that the request is sent.
ARGUMENTS: dict[str, Any] = {
    "id": 1,
    "campaign_id": 1,
    "user_id": 1,
    "data_state": 1,
    "structural_element_id": 1,
    "structural_element_type": "site",
    "payload": {"name": "x"},
    "etag": "abc",
    "start_time": "2024-01-01T00:00:00+00:00",
    "end_time": "2024-01-03T00:00:00+00:00",
    "start_date": "2024-01-01",
    "end_date": "2024-01-31",
    "timeseries": [1, 2],
    "timeseries_ids": [1, 2],
    "timeseries_names": ["a", "b"],
    "email": "chuck@example.com",
    "password": "pw",
    "state": True,
    "aggregation": "avg",
    "bucket_width_value": 1,
    "bucket_width_unit": "hour",
    "data": {"1": {"2024-01-01T00:00:00+00:00": 1.0}},
}
# Query parameters the operations taking free keyword arguments need.
QUERY: dict[str, dict[str, Any]] = {
    "notifications.count_by_campaign": {"user_id": 1},
    "notifications.mark_all_as_read": {"user_id": 1},
}


def arguments(
    name: str, describe: Callable[..., Any]
) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments of a call of one operation."""
    args: list[Any] = []
    kwargs: dict[str, Any] = dict(QUERY.get(name, {}))
    for parameter in list(inspect.signature(describe).parameters.values())[1:]:
        if parameter.kind in (parameter.VAR_KEYWORD, parameter.VAR_POSITIONAL):
            continue
        if parameter.name == "csv_files":
            value: Any = {"timeseries_csv": io.BytesIO(b"Name\nx\n")}
            if name == "io.upload_sites_csv":
                value = {"sites_csv": io.BytesIO(b"Name\nx\n")}
        elif parameter.name in ARGUMENTS and (
            parameter.default is parameter.empty or parameter.name == "etag"
        ):
            value = ARGUMENTS[parameter.name]
        elif parameter.default is not parameter.empty:
            continue
        else:
            raise AssertionError(f"no plausible value for {name}({parameter.name})")
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return args, kwargs


def public_operations() -> list[str]:
    """'entry_point.operation' of every public operation of the clients."""
    return [
        f"{entry_point}.{method}"
        for entry_point in entry_point_names()
        for method in public_methods(entry_point_of(entry_point))
    ]


def describe_of(name: str) -> Callable[..., Any]:
    entry_point, attribute = name.split(".")
    resource = getattr(BEMServerAPIClient, entry_point).resource
    value: Callable[..., Any] = inspect.getattr_static(resource, attribute)
    return value


def api_version_for(name: str) -> str:
    """A server version that has the operation (0.27.0 unless it is older)."""
    entry_point, attribute = name.split(".")
    for generated in operations_called(entry_point_of(entry_point), attribute):
        generations = OPERATION_GENERATIONS.get(generated.name)
        if generations and "0.27.0" not in generations:
            return generations[-1]
    return "0.27.0"


# -- junk answers -------------------------------------------------------------------

Answer = tuple[int, dict[str, str], bytes]

JSON_TYPES = ["application/json", "application/problem+json"]
OTHER_TYPES = ["text/html; charset=utf-8", "text/csv", "text/plain", ""]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["2024-01-01T00:00:00+00:00", "not a date", "Europe/Paris"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["id", "name", "campaign_id", "versions", "stats", "1", "x"]
            )
            | st.text(max_size=6),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@st.composite
def junk_bodies(draw: st.DrawFn) -> bytes:
    kind = draw(
        st.sampled_from(
            ["json", "truncated", "scalar", "html", "bytes", "deep", "empty"]
        )
    )
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    if kind == "truncated":
        text = json.dumps(draw(json_values)).encode()
        return text[: draw(st.integers(0, max(0, len(text) - 1)))]
    if kind == "scalar":
        return draw(
            st.sampled_from([b"null", b"0", b"-1", b"true", b'""', b'"x"', b"1e999"])
        )
    if kind == "html":
        return b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    if kind == "bytes":
        return draw(st.binary(max_size=40))
    if kind == "deep":
        return draw(st.sampled_from([DEEP_LIST, DEEP_OBJECT]))
    return b""


@st.composite
def junk_answers(draw: st.DrawFn) -> Answer:
    status = draw(
        st.sampled_from([200, 201, 202, 204, 299])
        | st.sampled_from([301, 304, 400, 401, 403, 404, 409, 412, 422, 428, 500, 502])
    )
    content_type = draw(st.sampled_from(JSON_TYPES + OTHER_TYPES))
    headers = {"Content-Type": content_type} if content_type else {}
    if draw(st.booleans()):
        headers["X-Pagination"] = draw(
            st.sampled_from(
                ['{"next_page": 2}', "junk", "[[[]]]", '{"next_page": "x"}']
            )
        )
    return status, headers, draw(junk_bodies())


# -- the calls ------------------------------------------------------------------------

# Items read from an iteration at most: junk pages may never end.
MAX_ITEMS = 250


class Server:
    """Answers every request with the current junk answer."""

    def __init__(self) -> None:
        self.answer: Answer = (200, {}, b"")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        status, headers, body = self.answer
        return httpx.Response(status, headers=headers, content=body)


SERVER = Server()
# Bulk downloads read a stats answer and windows before their result: also
# tested apart, on every fixed answer.
BULK_DOWNLOADS = [
    "timeseries_data.download",
    "timeseries_data.download_by_names",
    "timeseries_data.download_dataframe",
    "timeseries_data.download_by_names_dataframe",
    "timeseries_data.download_aggregate_dataframe",
    "timeseries_data.download_aggregate_by_names_dataframe",
]
ALL_OPERATIONS = public_operations()
OPERATIONS = ALL_OPERATIONS
ITERATIONS = [name for name in OPERATIONS if name.endswith(".iter_all")]


VERSIONS = sorted({api_version_for(name) for name in ALL_OPERATIONS})
# Clients are shared by the calls: only the answer changes.
SYNC_CLIENTS = {
    version: BEMServerAPIClient(
        "bemserver.test",
        http_client=httpx.Client(transport=httpx.MockTransport(SERVER)),
        retry=None,
        api_version=version,
    )
    for version in VERSIONS
}
ASYNC_CLIENTS = {
    version: AsyncBEMServerAPIClient(
        "bemserver.test",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(SERVER)),
        retry=None,
        api_version=version,
    )
    for version in VERSIONS
}


def call_sync(name: str) -> None:
    """One call as a user makes it: the call, then its data, parsed or items."""
    entry_point, attribute = name.split(".")
    client = SYNC_CLIENTS[api_version_for(name)]
    args, kwargs = arguments(name, describe_of(name))
    result = getattr(getattr(client, entry_point), attribute)(*args, **kwargs)
    if inspect.isgenerator(result):
        for _ in itertools.islice(result, MAX_ITEMS):
            pass
    elif isinstance(result, BEMServerApiClientResponse):
        result.data  # noqa: B018
        result.parsed  # noqa: B018
    # else a value already read (a DataFrame)


async def call_async(name: str) -> None:
    entry_point, attribute = name.split(".")
    client = ASYNC_CLIENTS[api_version_for(name)]
    args, kwargs = arguments(name, describe_of(name))
    result = getattr(getattr(client, entry_point), attribute)(*args, **kwargs)
    if hasattr(result, "__anext__"):
        count = 0
        async for _ in result:
            count += 1
            if count >= MAX_ITEMS:
                break
    else:
        response = await result
        if isinstance(response, BEMServerApiClientResponse):
            response.data  # noqa: B018
            response.parsed  # noqa: B018


def undocumented_errors(
    answer: Answer, operations: list[str] = OPERATIONS
) -> dict[str, str]:
    """{client and operation: the undocumented exception} for one answer."""
    SERVER.answer = answer
    found: dict[str, str] = {}
    for name in operations:
        try:
            call_sync(name)
        except DOCUMENTED:
            pass
        except Exception as exc:  # what the test looks for
            found[f"sync {name}"] = f"{type(exc).__name__}: {str(exc)[:100]}"

    async def run_all() -> None:
        for name in operations:
            try:
                await call_async(name)
            except DOCUMENTED:
                pass
            except Exception as exc:
                found[f"async {name}"] = f"{type(exc).__name__}: {str(exc)[:100]}"

    asyncio.run(run_all())
    return found


# Answers every operation is given, whatever hypothesis draws: the cases of
# issue 12 (undeclared statuses, empty, null, deep nesting, truncated, HTML).
FIXED_ANSWERS: list[Answer] = [
    (200, {"Content-Type": "application/json"}, b""),
    (200, {"Content-Type": "application/json"}, b"null"),
    (200, {"Content-Type": "application/json"}, DEEP_LIST),
    (201, {"Content-Type": "application/json"}, DEEP_OBJECT),
    (201, {"Content-Type": "application/json"}, b'{"id": 1}'),
    (204, {}, b""),
    (299, {"Content-Type": "application/json"}, b"[]"),
    (200, {"Content-Type": "application/json"}, b'{"id": 1, "na'),
    (200, {"Content-Type": "application/json"}, b'{"stats": 1}'),
    (200, {"Content-Type": "text/html"}, b"<html></html>"),
    (200, {"Content-Type": "text/csv"}, b"\xff\xfe"),
]


@pytest.mark.parametrize(
    "answer", FIXED_ANSWERS, ids=[f"{a[0]}-{a[2][:12]!r}" for a in FIXED_ANSWERS]
)
def test_issue_12_answers_give_data_or_documented_errors(answer: Answer) -> None:
    assert undocumented_errors(answer) == {}


@pytest.mark.parametrize("name", BULK_DOWNLOADS)
def test_bulk_downloads_give_data_or_documented_errors(name: str) -> None:
    found: dict[str, str] = {}
    for answer in FIXED_ANSWERS:
        found.update(undocumented_errors(answer, [name]))
    assert found == {}


def test_iteration_over_a_csv_answer_gives_a_documented_error() -> None:
    csv_answer: Answer = (200, {"Content-Type": "text/csv"}, b"")
    assert undocumented_errors(csv_answer, ITERATIONS) == {}


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(answer=junk_answers())
def test_junk_answers_give_data_or_documented_errors(answer: Answer) -> None:
    assert undocumented_errors(answer) == {}

"""Path arguments are checked before sending (issue 21, item 5): an id is an
int or a str the server reads; a value that is no id (None, a bool) or that
would send the request to another path (empty, ".", "..", a "/") raises
BEMServerAPIClientValueError before any request, whatever the facade does:
the check is in the generated request builders (templates/types.py.jinja)."""

from __future__ import annotations

import datetime as dt
import inspect
import types
import typing
from typing import Any

import attrs
import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._call import Call
from bemserver_api_client._generated import operations, requests
from bemserver_api_client._generated.errors import InvalidPathArgument
from bemserver_api_client._prepare import prepare
from bemserver_api_client._transport import _request_of
from bemserver_api_client.exceptions import BEMServerAPIClientValueError

PATH_OPERATIONS = sorted(
    (
        ref
        for ref in vars(operations).values()
        if isinstance(ref, operations.OperationRef) and "{" in ref.path
    ),
    key=lambda ref: ref.name,
)

#: Values that would send a request elsewhere, or are no id at all.
HOSTILE = [None, True, False, "", ".", "..", "../..", "a/b", "/", "1/set_admin"]
#: ... and, for an integer parameter, values of no integer type.
NOT_INTEGERS = [1.5, b"1", [1]]


def dummy(annotation: Any) -> Any:
    """A valid value of a required argument, to reach the path."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return dummy(typing.get_args(annotation)[0])  # a body: its model
    if attrs.has(annotation):
        return {}  # a JSON body may be a plain mapping
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is list:
        return [dummy(typing.get_args(annotation)[0])]
    if annotation is dt.datetime:
        return dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    if annotation is dt.date:
        return dt.date(2024, 1, 1)
    return {int: 1, str: "x", bool: True, float: 1.0}[annotation]


def required(ref: operations.OperationRef[Any]) -> dict[str, Any]:
    """A valid value of each required keyword argument of the builder."""
    builder = ref.module.build_request
    hints = typing.get_type_hints(builder)
    return {
        name: dummy(hints[name])
        for name, p in inspect.signature(builder).parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty
    }


def path_parameters(ref: operations.OperationRef[Any]) -> list[inspect.Parameter]:
    signature = inspect.signature(ref.module.build_request)
    return [
        p
        for p in signature.parameters.values()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]


def test_the_walk_covers_every_operation_with_a_path_argument() -> None:
    assert len(PATH_OPERATIONS) > 100
    assert all(path_parameters(ref) for ref in PATH_OPERATIONS)
    kinds = {p.annotation for ref in PATH_OPERATIONS for p in path_parameters(ref)}
    assert kinds == {int, str}  # the str ids of event categories, notifications


@pytest.mark.parametrize("ref", PATH_OPERATIONS, ids=lambda ref: ref.name)
def test_every_path_argument_is_checked_before_any_request(
    ref: operations.OperationRef[Any],
) -> None:
    parameters = path_parameters(ref)
    kwargs = required(ref)
    for position, parameter in enumerate(parameters):
        hostile = HOSTILE + (NOT_INTEGERS if parameter.annotation is int else [])
        for value in hostile:
            args = [1] * len(parameters)
            args[position] = value
            with pytest.raises(InvalidPathArgument) as raised:
                ref.module.build_request(*args, **kwargs)
            assert raised.value.name == parameter.name
            # The same through the clients' roads, as their error: the
            # generated resource classes' and, for an operation the
            # handwritten entry points send, a described call's.
            with pytest.raises(BEMServerAPIClientValueError, match=parameter.name):
                _request_of(ref, ref.name, tuple(args), kwargs, None)
            described = getattr(requests, ref.name.split(".")[1], None)
            if described is not None:
                with pytest.raises(BEMServerAPIClientValueError, match=parameter.name):
                    prepare(Call(*args, operation=described, **kwargs))
    # Ids as ints or as the strs the server reads: sent, one segment each.
    for good, shown in [(12, "12"), ("12", "12"), ("abc", "abc"), ("é", "%C3%A9")]:
        request = ref.module.build_request(*[good] * len(parameters), **kwargs)
        segments = request["url"].split("/")
        assert segments.count(shown) == len(parameters), request["url"]


def recording_client() -> tuple[BEMServerAPIClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = BEMServerAPIClient(
        "bemserver.test",
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
        api_version="0.27.0",
    )
    return client, seen


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.sites.getone(".."),
        lambda c: c.sites.getone(None),
        lambda c: c.sites.getone(True),
        lambda c: c.users.delete(".", etag='"e"'),
        lambda c: c.campaigns.update("..", {"name": "x"}, etag='"e"'),
        lambda c: c.notifications.getone("../sites"),
        lambda c: c.event_categories.delete("..", etag='"e"'),
        lambda c: c.timeseries_data.get_stats_by_names("..", 1, ["ts"]),
        lambda c: c.timeseries_data.download_by_names(
            "../..", "2024-01-01T00:00:00+00:00", "2024-01-02T00:00:00+00:00", 1, ["a"]
        ),
    ],
)
def test_the_issue_s_examples_send_nothing(send: Any) -> None:
    client, seen = recording_client()
    with pytest.raises(BEMServerAPIClientValueError, match="invalid"):
        send(client)
    assert seen == []


@pytest.mark.anyio
async def test_the_async_client_checks_the_same() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = AsyncBEMServerAPIClient(
        "bemserver.test",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)),
    )
    with pytest.raises(BEMServerAPIClientValueError):
        await client.sites.getone("..")
    assert seen == []

"""Every exception of the package crosses processes: pickled and unpickled, it
is the same class with the same attributes and `str()`, and holds no secret
(issue 21: errors could not leave a ProcessPoolExecutor worker)."""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil
from typing import Any

import httpx
import pytest

import bemserver_api_client
from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client import exceptions as e
from bemserver_api_client.exceptions import ChunkInfo, ExchangeRequest, ExchangeResponse

SECRET = "correct-horse-battery-staple"

PACKAGE = bemserver_api_client.__name__


def every_exception_class() -> list[type[BaseException]]:
    """Every exception class defined in a module of the package."""
    found: dict[str, type[BaseException]] = {}
    modules = pkgutil.walk_packages(bemserver_api_client.__path__, PACKAGE + ".")
    for info in modules:
        if info.name.endswith("pytest_plugin"):
            continue  # a pytest plugin, already loaded by pytest
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if value is e._Picklable:
                continue  # the mixin of the others, never raised itself
            if issubclass(value, BaseException) and value.__module__ == info.name:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


def _chunk() -> ChunkInfo:
    return ChunkInfo({"ts": ("2020-01-01T00:00:00+00:00", "2020-01-02", 2)})


def _with_exchange(error: e.BEMServerAPIError) -> e.BEMServerAPIError:
    error.request = ExchangeRequest("GET", "http://u:***@host/sites/1")
    error.response = ExchangeResponse(
        error.status_code, {"content-type": "application/json"}, "{}", {}
    )
    return error


def samples() -> dict[str, Any]:
    """An instance of each exception class, built as the package builds it."""
    from bemserver_api_client._bulk.csv import UnreadableChunk
    from bemserver_api_client._bulk.plan import Cancelled
    from bemserver_api_client._cli._convert import ConversionError
    from bemserver_api_client._cli._errors import CommandError, ExitCode
    from bemserver_api_client._generated.errors import (
        InvalidPathArgument,
        UnexpectedStatus,
    )
    from bemserver_api_client.testing import SandboxError

    not_found = _with_exchange(e.BEMServerAPINotFoundError())
    return {
        "BEMServerAPIVersionError": e.BEMServerAPIVersionError("0.1 is too old"),
        "BEMServerAPIOperationUnavailableError": (
            e.BEMServerAPIOperationUnavailableError("tasks: API 0.26+")
        ),
        "BEMServerAPIVersionWarning": e.BEMServerAPIVersionWarning("newer"),
        "BEMServerAPIClientValueError": e.BEMServerAPIClientValueError("bad"),
        "BEMServerAPIError": e.BEMServerAPIError(500, "boom"),
        "BEMServerAPINotModified": _with_exchange(e.BEMServerAPINotModified()),
        "BEMServerAPIAuthenticationError": _with_exchange(
            e.BEMServerAPIAuthenticationError(code="expired_token")
        ),
        "BEMServerAPIAuthorizationError": _with_exchange(
            e.BEMServerAPIAuthorizationError()
        ),
        "BEMServerAPINotFoundError": not_found,
        "BEMServerAPIConflictError": _with_exchange(
            e.BEMServerAPIConflictError("name taken")
        ),
        "BEMServerAPIPreconditionError": e.BEMServerAPIPreconditionError(428),
        "BEMServerAPIValidationError": _with_exchange(
            e.BEMServerAPIValidationError({"name": ["Missing data."]})
        ),
        "BEMServerAPIInvalidArgumentError": e.BEMServerAPIInvalidArgumentError(
            "sort", "invalid sort: 'x'", "Must be one of: name."
        ),
        "BEMServerAPIArgumentWarning": e.BEMServerAPIArgumentWarning("unlisted"),
        "BEMServerAPIInternalError": _with_exchange(
            e.BEMServerAPIInternalError(502, "proxy")
        ),
        "BEMServerAPIConnectionError": e.BEMServerAPIConnectionError("refused"),
        "BEMServerAPITimeoutError": e.BEMServerAPITimeoutError("late"),
        "BEMServerAPIMalformedAnswerError": e.BEMServerAPIMalformedAnswerError(
            200, "not a list"
        ),
        "BEMServerAPIChunkError": e.BEMServerAPIChunkError(
            [_chunk()], [(_chunk(), not_found)], [_chunk()]
        ),
        "BEMServerAPIInterruptedError": e.BEMServerAPIInterruptedError(
            "interrupted", [_chunk()], [_chunk()], [(_chunk(), not_found)]
        ),
        "UnreadableChunk": UnreadableChunk(
            e.BEMServerAPIClientValueError("line 3 is not UTF-8"), _chunk()
        ),
        "Cancelled": Cancelled(),
        "UnexpectedStatus": UnexpectedStatus(418, b"teapot"),
        "InvalidPathArgument": InvalidPathArgument("item_id", "..", "another path"),
        "SandboxError": SandboxError("no PostgreSQL"),
        "CommandError": CommandError("no such command", ExitCode.NOT_FOUND),
        "ConversionError": ConversionError("not an int: 'x'"),
    }


def attributes(value: Any) -> Any:
    """What an exception (or what it keeps) holds, comparable across a pickle."""
    if isinstance(value, BaseException):
        return (
            type(value),
            str(value),
            value.args and attributes(value.args),
            attributes(vars(value)),
        )
    if isinstance(value, dict):
        return {k: attributes(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [attributes(v) for v in value]
    slots = getattr(type(value), "__slots__", None)
    if slots:
        return (type(value), {s: attributes(getattr(value, s)) for s in slots})
    return value


def test_every_exception_class_has_a_sample() -> None:
    names = {cls.__qualname__ for cls in every_exception_class()}
    assert names == set(samples()), "add the new exception class to samples()"


@pytest.mark.parametrize("name", sorted(samples()))
def test_an_exception_pickles_to_the_same_class_attributes_and_message(
    name: str,
) -> None:
    error = samples()[name]
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert repr(copy) == repr(error)
    assert attributes(copy) == attributes(error)


def failed_token_exchange() -> e.BEMServerAPIConnectionError:
    """The error of a token exchange whose connection broke (a password in the
    request body, and in the host URL)."""

    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError(
            f"connection reset ({request.headers!r})", request=request
        )

    client = BEMServerAPIClient(
        f"http://chuck:{SECRET}@bemserver.test",
        authentication_method=BEMServerAPIClient.make_http_basic_auth(
            "chuck@example.com", SECRET
        ),
        retry=None,
        http_client=httpx.Client(transport=httpx.MockTransport(broken)),
    )
    with pytest.raises(e.BEMServerAPIConnectionError) as raised:
        client.sites.getall()
    return raised.value


def _everything_shown(error: BaseException) -> str:
    """Message, repr and the whole chain of an error, as text."""
    parts = [str(error), repr(error)]
    for chained in (error.__cause__, error.__context__):
        if chained is not None:
            parts.append(_everything_shown(chained))
    return "\n".join(parts)


def test_a_failed_token_exchange_keeps_no_password() -> None:
    error = failed_token_exchange()
    assert SECRET not in _everything_shown(error)
    assert isinstance(error.httpx_error, httpx.ReadError)
    kept = error.httpx_error.request
    assert kept.url.path == "/auth/token"
    assert kept.content == b""  # the exchange's body is the password
    assert SECRET not in str(kept.url)
    assert "authorization" not in kept.headers
    pickled = pickle.dumps(error)
    assert SECRET.encode() not in pickled
    copy = pickle.loads(pickled)
    assert type(copy) is e.BEMServerAPIConnectionError
    assert str(copy) == str(error)
    assert copy.httpx_error.request.url.path == "/auth/token"


def test_a_failed_request_keeps_no_token() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(
            f"refused {request.headers['Authorization']}", request=request
        )

    client = BEMServerAPIClient(
        "bemserver.test",
        authentication_method=BEMServerAPIClient.make_bearer_token_auth(SECRET),
        retry=None,
        http_client=httpx.Client(transport=httpx.MockTransport(broken)),
    )
    with pytest.raises(e.BEMServerAPIConnectionError) as raised:
        client.sites.getall()
    error = raised.value
    assert SECRET not in _everything_shown(error)
    assert SECRET.encode() not in pickle.dumps(error)
    assert error.httpx_error is not None
    assert "***" in str(error.httpx_error)  # the quoted token, hidden
    # Chained: the copy, not the failure itself (which holds the token).
    assert error.__cause__ is error.httpx_error
    assert error.__context__ is None

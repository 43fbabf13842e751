"""Error answers map to the documented exceptions, whatever their body.

Mock transports stand in for what a real BEMServer cannot be made to do: a proxy's
HTML 502, an empty 500, malformed JSON, a refused connection, a timeout. The
status code mapping itself is also checked against the real server in the
integration tests.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client import exceptions as exc
from tests.unit.conftest import MockClients


def answer(
    status: int, body: bytes | dict[str, Any] | str, content_type: str | None = None
) -> httpx.Response:
    if isinstance(body, dict):
        return httpx.Response(status, json=body)
    headers = {"Content-Type": content_type} if content_type else {}
    content = body.encode() if isinstance(body, str) else body
    return httpx.Response(status, content=content, headers=headers)


@pytest.fixture
def client_answering(
    mock_client: MockClients,
) -> Callable[..., BEMServerAPIClient]:
    """A client that gets this answer to every request (retries are tested in
    test_retry.py)."""

    def make(
        status: int, body: bytes | dict[str, Any] | str, content_type: str | None = None
    ) -> BEMServerAPIClient:
        return mock_client(answer(status, body, content_type), retry=None)

    return make


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (304, b"", exc.BEMServerAPINotModified),
        (
            401,
            {"errors": {"authentication": "invalid_token"}},
            exc.BEMServerAPIAuthenticationError,
        ),
        (403, {"code": 403}, exc.BEMServerAPIAuthorizationError),
        (404, {"code": 404}, exc.BEMServerAPINotFoundError),
        (
            409,
            {"message": "Unique constraint violation"},
            exc.BEMServerAPIConflictError,
        ),
        (412, {"code": 412}, exc.BEMServerAPIPreconditionError),
        (428, {"code": 428}, exc.BEMServerAPIPreconditionError),
        (
            422,
            {"errors": {"json": {"name": ["Missing"]}}},
            exc.BEMServerAPIValidationError,
        ),
        (400, {"code": 400}, exc.BEMServerAPIInternalError),
        (500, {"code": 500}, exc.BEMServerAPIInternalError),
        (503, b"", exc.BEMServerAPIInternalError),
    ],
)
def test_status_maps_to_exception(
    status: int,
    body: Any,
    expected: type[exc.BEMServerAPIError],
    client_answering: Callable[..., BEMServerAPIClient],
) -> None:
    with pytest.raises(exc.BEMServerAPIError) as raised:
        client_answering(status, body).sites.getall()
    assert type(raised.value) is expected
    assert raised.value.status_code == status


def test_authentication_error_carries_the_server_code(
    client_answering: Callable[..., BEMServerAPIClient],
) -> None:
    client = client_answering(401, {"errors": {"authentication": "expired_token"}})
    with pytest.raises(exc.BEMServerAPIAuthenticationError) as raised:
        client.sites.getall()
    assert raised.value.code == "expired_token"


def test_conflict_error_carries_the_server_message(
    client_answering: Callable[..., BEMServerAPIClient],
) -> None:
    client = client_answering(409, {"message": "Unique constraint violation"})
    with pytest.raises(exc.BEMServerAPIConflictError) as raised:
        client.sites.getall()
    assert raised.value.message == "Unique constraint violation"


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        # marshmallow: json, query and files parts merged; _schema is _general.
        (
            {
                "errors": {
                    "json": {"name": ["Missing data for required field."]},
                    "query": {"page": ["Not a valid integer."]},
                    "files": {"_schema": ["No file."]},
                }
            },
            {
                "name": ["Missing data for required field."],
                "page": ["Not a valid integer."],
                "_general": ["No file."],
            },
        ),
        # BEMServer's own validation: only a message.
        ({"message": "Wrong timezone"}, {"_general": ["Wrong timezone"]}),
        ({"code": 422}, {}),
    ],
)
def test_validation_errors_merge_rules(
    body: dict[str, Any],
    errors: dict[str, Any],
    client_answering: Callable[..., BEMServerAPIClient],
) -> None:
    with pytest.raises(exc.BEMServerAPIValidationError) as raised:
        client_answering(422, body).sites.create({"name": "x"})
    assert raised.value.errors == errors


@pytest.mark.parametrize(
    ("status", "body", "content_type", "expected"),
    [
        (
            502,
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
            "text/html",
            exc.BEMServerAPIInternalError,
        ),
        (500, b"", None, exc.BEMServerAPIInternalError),
        (
            500,
            b'{"code": 500, "mess',
            "application/json",
            exc.BEMServerAPIInternalError,
        ),
        (422, b"{not json", "application/json", exc.BEMServerAPIValidationError),
        (401, b"<html>401</html>", "text/html", exc.BEMServerAPIAuthenticationError),
        (409, b"", "application/json", exc.BEMServerAPIConflictError),
    ],
)
def test_non_json_error_bodies_give_the_mapped_exception(
    status: int,
    body: bytes | str,
    content_type: str | None,
    expected: type[exc.BEMServerAPIError],
    client_answering: Callable[..., BEMServerAPIClient],
) -> None:
    # Whatever the body, the class of the status code (never a JSON decoding
    # error, nor the base class for every case).
    with pytest.raises(Exception) as raised:
        client_answering(status, body, content_type).sites.getall()
    assert type(raised.value) is expected
    assert raised.value.status_code == status  # type: ignore[attr-defined]


def test_malformed_json_in_a_success_answer_is_an_internal_error(
    client_answering: Callable[..., BEMServerAPIClient],
) -> None:
    response = client_answering(200, b'[{"id": 1', "application/json").sites.getall()
    with pytest.raises(exc.BEMServerAPIInternalError) as raised:
        response.data  # noqa: B018 - reading it is the test
    assert raised.value.status_code == 200
    with pytest.raises(exc.BEMServerAPIInternalError):
        response.parsed  # noqa: B018


def test_unexpected_success_body_shape_is_an_internal_error(
    client_answering: Callable[..., BEMServerAPIClient],
) -> None:
    response = client_answering(200, {"not": "a list"}).sites.getall()
    with pytest.raises(exc.BEMServerAPIInternalError):
        response.parsed  # noqa: B018


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused_is_a_connection_error() -> None:
    # A real refusal: nothing listens on this loopback port.
    client = BEMServerAPIClient(f"127.0.0.1:{_free_port()}", use_ssl=False, retry=None)
    with pytest.raises(exc.BEMServerAPIConnectionError) as raised:
        client.about.getall()
    assert isinstance(raised.value, exc.BEMServerAPIInternalError)


def test_timeout_is_a_timeout_error() -> None:
    # A real silent server: it accepts the connection and never answers.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        client = BEMServerAPIClient(
            f"127.0.0.1:{port}", use_ssl=False, timeout=0.3, retry=None
        )
        with pytest.raises(exc.BEMServerAPITimeoutError) as raised:
            client.about.getall()
    assert isinstance(raised.value, exc.BEMServerAPIInternalError)


@pytest.mark.anyio
async def test_async_client_maps_errors_the_same_way(mock_client: MockClients) -> None:
    client = mock_client.async_(
        answer(502, "<html>Bad Gateway</html>", "text/html"), retry=None
    )
    async with client:
        with pytest.raises(exc.BEMServerAPIError) as raised:
            await client.sites.getall()
    assert type(raised.value) is exc.BEMServerAPIInternalError
    assert raised.value.status_code == 502


def test_exceptions_keep_the_existing_constructors() -> None:
    factories: list[Callable[[], exc.BEMServerAPIError]] = [
        lambda: exc.BEMServerAPIError(),
        lambda: exc.BEMServerAPIConflictError(message="m"),
        lambda: exc.BEMServerAPIValidationError(errors={"a": ["b"]}),
        exc.BEMServerAPINotFoundError,
        exc.BEMServerAPINotModified,
        lambda: exc.BEMServerAPIAuthenticationError(code="expired_token"),
        exc.BEMServerAPIAuthorizationError,
        lambda: exc.BEMServerAPIPreconditionError(status_code=428),
        lambda: exc.BEMServerAPIInternalError(status_code=502),
    ]
    codes = [factory().status_code for factory in factories]
    assert codes == [501, 409, 422, 404, 304, 401, 403, 428, 502]
    assert issubclass(exc.BEMServerAPIClientValueError, ValueError)
    assert not issubclass(exc.BEMServerAPIVersionError, exc.BEMServerAPIError)

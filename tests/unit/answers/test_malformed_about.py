"""A malformed `/about/` answer gives a documented error, the constructor included.

The client reads the server's API version from `/about/` (auto_check=True, or
before a version-limited operation). A real BEMServer always answers it well: a
mock transport plays a proxy's page or a server that is not BEMServer.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._versions import api_version_of
from bemserver_api_client.exceptions import (
    BEMServerAPIClientValueError,
    BEMServerAPIError,
    BEMServerAPIInternalError,
    BEMServerAPIVersionError,
)
from bemserver_api_client.response import BEMServerApiClientResponse

DOCUMENTED = (BEMServerAPIError, BEMServerAPIClientValueError, BEMServerAPIVersionError)

JSON = {"Content-Type": "application/json"}
MALFORMED_ABOUT: list[tuple[dict[str, str], bytes]] = [
    (JSON, b""),
    (JSON, b"null"),
    (JSON, b"[]"),
    (JSON, b"{}"),
    (JSON, b'{"versions": null}'),
    (JSON, b'{"versions": ["0.27.0"]}'),
    (JSON, b'{"versions": {"bemserver_core": "0.20.1"}}'),
    ({"Content-Type": "text/html"}, b"<html>Welcome to nginx!</html>"),
]
IDS = [body.decode()[:30] or "empty" for _, body in MALFORMED_ABOUT]
# Not a string: check_api_version refuses it today, but it is no version either.
NOT_A_STRING = (JSON, b'{"versions": {"bemserver_api": 27}}')


def transport(headers: dict[str, str], body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(200, headers=headers, content=body)
    )


def about(headers: dict[str, str], body: bytes) -> BEMServerApiClientResponse[object]:
    request = httpx.Request("GET", "http://bemserver.test/about/")
    return BEMServerApiClientResponse(
        httpx.Response(200, headers=headers, content=body, request=request)
    )


@pytest.mark.parametrize(
    ("headers", "body"), [*MALFORMED_ABOUT, NOT_A_STRING], ids=[*IDS, "27"]
)
def test_api_version_from_a_malformed_about_is_an_internal_error(
    headers: dict[str, str], body: bytes
) -> None:
    with pytest.raises(BEMServerAPIInternalError, match="not state the API version"):
        api_version_of(about(headers, body))


def test_api_version_of() -> None:
    body = b'{"versions": {"bemserver_core": "0.20.1", "bemserver_api": "0.27.0"}}'
    assert api_version_of(about(JSON, body)) == "0.27.0"


@pytest.mark.parametrize(("headers", "body"), MALFORMED_ABOUT, ids=IDS)
def test_constructor_with_auto_check_gives_a_documented_error(
    headers: dict[str, str], body: bytes
) -> None:
    with pytest.raises(DOCUMENTED):
        BEMServerAPIClient(
            "bemserver.test",
            auto_check=True,
            http_client=httpx.Client(transport=transport(headers, body)),
        )


@pytest.mark.parametrize(("headers", "body"), MALFORMED_ABOUT, ids=IDS)
def test_version_limited_operation_gives_a_documented_error(
    headers: dict[str, str], body: bytes
) -> None:
    client = BEMServerAPIClient(
        "bemserver.test", http_client=httpx.Client(transport=transport(headers, body))
    )
    with pytest.raises(DOCUMENTED):
        client.tasks.getall()


@pytest.mark.parametrize(("headers", "body"), MALFORMED_ABOUT, ids=IDS)
def test_async_client_gives_a_documented_error(
    headers: dict[str, str], body: bytes
) -> None:
    async def first_call() -> None:
        client = AsyncBEMServerAPIClient(
            "bemserver.test",
            auto_check=True,
            http_client=httpx.AsyncClient(transport=transport(headers, body)),
        )
        with pytest.raises(DOCUMENTED):
            await client.sites.getall()
        with pytest.raises(DOCUMENTED):
            await client.get_api_version()

    asyncio.run(first_call())

"""Error bodies are decoded by one reader for the exceptions and the
authentication flows: a body nested too deeply to decode is no body at all,
never a RecursionError out of a token renewal."""

from __future__ import annotations

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.exceptions import BEMServerAPIAuthenticationError
from tests.unit.conftest import MockClients

# Deeper than the json module can decode.
TOO_DEEP = b"[" * 100_000 + b"]" * 100_000
EXPIRED = {"code": 401, "errors": {"authentication": "expired_token"}}


def answer(status: int, content: bytes) -> httpx.Response:
    return httpx.Response(
        status, content=content, headers={"Content-Type": "application/json"}
    )


def test_a_401_too_deep_to_decode_is_an_authentication_error(
    mock_client: MockClients,
) -> None:
    auth = BEMServerAPIClient.make_bearer_token_auth("access", "refresh")
    client = mock_client(answer(401, TOO_DEEP), authentication_method=auth)
    with pytest.raises(BEMServerAPIAuthenticationError) as raised:
        client.campaigns.getall()
    assert raised.value.code is None
    assert auth.renewals == 0  # no reason given: nothing says a renewal helps


@pytest.mark.parametrize("refresh_status", [200, 401])
def test_a_refresh_answer_too_deep_to_decode_fails_the_refresh(
    refresh_status: int, mock_client: MockClients
) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token/refresh":
            return answer(refresh_status, TOO_DEEP)
        return httpx.Response(401, json=EXPIRED)

    auth = BEMServerAPIClient.make_bearer_token_auth("access", "refresh")
    client = mock_client(server, authentication_method=auth)
    with pytest.raises(BEMServerAPIAuthenticationError) as raised:
        client.campaigns.getall()
    assert raised.value.code == "refresh_failed"
    assert auth.renewals == 1


def test_a_token_answer_too_deep_to_decode_refuses_the_credentials(
    mock_client: MockClients,
) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return answer(200, TOO_DEEP)
        return httpx.Response(200, json=[])

    auth = BEMServerAPIClient.make_http_basic_auth("me@example.com", "pw")
    client = mock_client(server, authentication_method=auth)
    with pytest.raises(BEMServerAPIAuthenticationError) as raised:
        client.campaigns.getall()
    assert raised.value.code == "invalid_credentials"


def test_a_401_reason_that_is_no_string_is_no_reason(
    mock_client: MockClients,
) -> None:
    body = {"code": 401, "errors": {"authentication": ["expired_token"]}}
    client = mock_client(httpx.Response(401, json=body))
    with pytest.raises(BEMServerAPIAuthenticationError) as raised:
        client.campaigns.getall()
    assert raised.value.code is None

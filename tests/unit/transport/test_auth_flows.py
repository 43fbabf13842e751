"""Authentication flows against servers a sandbox cannot be: one without the
/auth/token endpoint (BEMServer API releases before tokens, or a proxy that
hides it). Played by a mock transport."""

from __future__ import annotations

import base64

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from tests.unit.conftest import MockClients

BASIC = "Basic " + base64.b64encode(b"me@example.com:pw").decode()


@pytest.mark.parametrize("missing", [404, 405, 501])
def test_without_a_token_endpoint_basic_is_sent_on_every_request(
    missing: int, mock_client: MockClients
) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/auth/token"):
            return httpx.Response(missing, json={"code": missing})
        if request.headers.get("Authorization") != BASIC:
            return httpx.Response(401, json={"errors": {"authentication": "x"}})
        return httpx.Response(200, json=[])

    auth = BEMServerAPIClient.make_http_basic_auth("me@example.com", "pw")
    client = mock_client(server, authentication_method=auth)
    for _ in range(3):
        assert client.campaigns.getall().status_code == 200
    sent = [
        (r.method, r.url.path, r.headers.get("Authorization"))
        for r in mock_client.requests
    ]
    # Asked once for a token; then Basic credentials, never asked again.
    assert sent == [
        ("POST", "/auth/token", None),
        *[("GET", "/campaigns/", BASIC)] * 3,
    ]
    assert auth.access_token is None

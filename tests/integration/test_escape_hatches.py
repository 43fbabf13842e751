"""What the facade does not cover, reached through the client all the same;
the User-Agent, default and per-call headers; the request log."""

from __future__ import annotations

import importlib.metadata
import logging
import os
import subprocess
import sys
import uuid

import httpx
import pytest

import bemserver_api_client
from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.exceptions import (
    BEMServerAPINotFoundError,
    BEMServerAPIValidationError,
)
from bemserver_api_client.testing import SandboxInfo
from tests.conftest import make_async_client, make_client

pytestmark = pytest.mark.integration


def test_version_is_the_installed_distributions() -> None:
    assert bemserver_api_client.__version__ == importlib.metadata.version(
        "bemserver-api-client"
    )


def test_a_raw_request_goes_through_auth_and_error_mapping(
    api_client: BEMServerAPIClient, bemserver_campaign: int
) -> None:
    name = uuid.uuid4().hex
    created = api_client.post(
        "/sites/",
        json={
            "name": name,
            "campaign_id": bemserver_campaign,
            "latitude": 1,
            "longitude": 2,
        },
    )
    assert created.status_code == 201 and created.data["name"] == name
    listed = api_client.request(
        "GET", "sites/", params={"campaign_id": bemserver_campaign, "name": name}
    )
    assert [site["id"] for site in listed.data] == [created.data["id"]]
    assert listed.parsed == listed.data  # no model for a raw request
    got = api_client.get(f"/sites/{created.data['id']}")
    api_client.delete(f"/sites/{created.data['id']}", headers={"If-Match": got.etag})
    with pytest.raises(BEMServerAPINotFoundError):
        api_client.get(f"/sites/{created.data['id']}")
    with pytest.raises(BEMServerAPIValidationError) as raised:
        api_client.post("/sites/", json={"campaign_id": bemserver_campaign})
    assert "name" in (raised.value.errors or {})


@pytest.mark.anyio
async def test_a_raw_request_of_the_async_client(
    bemserver_sandbox: SandboxInfo, bemserver_campaign: int
) -> None:
    async with make_async_client(bemserver_sandbox) as client:
        campaign = await client.get(f"/campaigns/{bemserver_campaign}")
        assert campaign.data["id"] == bemserver_campaign
        with pytest.raises(BEMServerAPINotFoundError):
            await client.request("GET", "/campaigns/999999")


def test_user_agent_default_and_extra_headers_reach_the_server(
    bemserver_sandbox: SandboxInfo,
) -> None:
    sent: list[httpx.Request] = []
    with make_client(
        bemserver_sandbox,
        default_headers={"X-Proxy-Tenant": "t1"},
        http_client=httpx.Client(event_hooks={"request": [sent.append]}),
    ) as client:
        client.about.getall()
        client.with_options(extra_headers={"X-Trace": "abc"}).about.getall()
        client.about.getall()
    # The token exchange, then the three calls: all with the client's headers.
    assert [r.url.path for r in sent] == ["/auth/token"] + ["/about/"] * 3
    agents = {request.headers["User-Agent"] for request in sent}
    assert agents == {f"bemserver-api-client/{bemserver_api_client.__version__}"}
    assert [r.headers.get("X-Proxy-Tenant") for r in sent] == ["t1"] * 4
    assert [r.headers.get("X-Trace") for r in sent] == [None, None, "abc", None]
    # The server saw it too (gunicorn's access log names the User-Agent).
    log = bemserver_sandbox.log_path.read_text(errors="replace")
    assert f'"bemserver-api-client/{bemserver_api_client.__version__}"' in log


def test_extra_query_parameters_of_one_call_reach_the_server(
    api_client: BEMServerAPIClient, bemserver_campaign: int
) -> None:
    names = [uuid.uuid4().hex for _ in range(2)]
    for name in names:
        api_client.sites.create(
            {
                "name": name,
                "campaign_id": bemserver_campaign,
                "latitude": 1,
                "longitude": 2,
            }
        )
    one = api_client.with_options(extra_query={"name": names[0]})
    assert [
        s.name for s in one.sites.getall(campaign_id=bemserver_campaign).parsed
    ] == [names[0]]
    every = api_client.sites.getall(campaign_id=bemserver_campaign).parsed
    assert {s.name for s in every} >= set(names)


def test_one_debug_record_per_request_without_secrets(
    bemserver_sandbox: SandboxInfo, caplog: pytest.LogCaptureFixture
) -> None:
    info = bemserver_sandbox
    caplog.set_level(logging.DEBUG, logger="bemserver_api_client")
    client = make_client(info)
    client.campaigns.getall()
    client.about.getall()
    with pytest.raises(BEMServerAPINotFoundError):
        client.campaigns.getone(999999)
    records = [r for r in caplog.records if r.name == "bemserver_api_client"]
    debug = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    infos = [r.getMessage() for r in records if r.levelno == logging.INFO]
    assert "HTTPBasicAuth: token request /auth/token" in infos
    assert any(m.startswith("GET /campaigns/ -> 200 in ") for m in debug)
    assert any(m.startswith("GET /campaigns/999999 -> 404 in ") for m in debug)
    assert all(m.endswith("(attempt 1)") for m in debug if " -> " in m)
    token = client.authentication_method.access_token  # type: ignore[union-attr]
    assert token
    for record in records:
        text = record.getMessage()
        assert info.admin.password not in text and token not in text


def test_the_environment_variable_turns_the_log_on(
    bemserver_sandbox: SandboxInfo,
) -> None:
    info = bemserver_sandbox
    program = (
        "from bemserver_api_client import BEMServerAPIClient as C\n"
        f"c = C({info.host!r}, use_ssl=False, authentication_method="
        f"C.make_http_basic_auth({info.admin.email!r}, {info.admin.password!r}))\n"
        "c.campaigns.getall()\n"
    )

    def run(value: str | None) -> str:
        env = {k: v for k, v in os.environ.items() if k != "BEMSERVER_API_CLIENT_LOG"}
        if value is not None:
            env["BEMSERVER_API_CLIENT_LOG"] = value
        result = subprocess.run(
            [sys.executable, "-c", program],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return result.stderr

    debug = run("debug")
    assert "DEBUG GET /campaigns/ -> 200 in " in debug
    assert "INFO HTTPBasicAuth: token request /auth/token" in debug
    assert info.admin.password not in debug
    info_only = run("INFO")
    assert "token request /auth/token" in info_only and "DEBUG" not in info_only
    assert run(None) == ""

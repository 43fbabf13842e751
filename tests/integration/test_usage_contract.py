"""The examples of the usage contract (shared/reference/usage-contract.md), run
as written against a real server."""

from __future__ import annotations

import datetime as dt
import math

import httpx
import pytest

from bemserver_api_client import (
    AsyncBEMServerAPIClient,
    BEMServerAPIClient,
    BEMServerApiClient,
)
from bemserver_api_client.enums import DegreeDaysPeriod
from bemserver_api_client.exceptions import (
    BEMServerAPINotFoundError,
    BEMServerAPIValidationError,
    BEMServerAPIVersionError,
    BEMServerAPIVersionWarning,
)
from bemserver_api_client.response import BEMServerApiClientResponse
from bemserver_api_client.testing import SandboxInfo

pytestmark = pytest.mark.integration


def test_both_class_names_and_both_factory_names(
    bemserver_sandbox: SandboxInfo,
) -> None:
    assert BEMServerApiClient is BEMServerAPIClient
    for make in (
        BEMServerAPIClient.make_http_basic,
        BEMServerAPIClient.make_http_basic_auth,
    ):
        api_client = BEMServerApiClient(
            bemserver_sandbox.host,
            use_ssl=False,
            authentication_method=make(
                bemserver_sandbox.admin.email, bemserver_sandbox.admin.password
            ),
        )
        response = api_client.campaigns.getall()
        assert isinstance(response, BEMServerApiClientResponse)
        assert response.status_code == 200


def test_sites_degree_days_404_and_422(
    api_client: BEMServerAPIClient, bemserver_campaign: int
) -> None:
    site = api_client.sites.create(
        {
            "name": "A",
            "campaign_id": bemserver_campaign,
            "latitude": 43.6,
            "longitude": 1.44,
            "description": "AAAAAA",
            "ifc_id": "AAAAAA",
        }
    ).data
    sites_resp = api_client.sites.getall(campaign_id=bemserver_campaign)
    assert sites_resp.data == [site]
    assert set(site) == {
        "id",
        "name",
        "latitude",
        "longitude",
        "description",
        "ifc_id",
        "campaign_id",
    }

    # Degree days need an outdoor air temperature timeseries with data.
    scope = api_client.campaign_scopes.create(
        {"name": "weather", "campaign_id": bemserver_campaign}
    ).data
    air = api_client.timeseries.create(
        {
            "name": "air",
            "unit_symbol": "°C",
            "campaign_id": bemserver_campaign,
            "campaign_scope_id": scope["id"],
        }
    ).data
    api_client.weather_ts_by_sites.create(
        {
            "site_id": site["id"],
            "timeseries_id": air["id"],
            "parameter": "AIR_TEMPERATURE",
            "forecast": False,
        }
    )
    clean = next(
        s["id"]
        for s in api_client.timeseries_datastates.getall().data
        if s["name"] == "Clean"
    )
    start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    api_client.timeseries_data.upload(
        clean,
        {
            str(air["id"]): {
                (start + dt.timedelta(hours=h)).isoformat(): 8 + 6 * math.sin(h / 24)
                for h in range(24 * 366)
            }
        },
    )
    dd_resp = api_client.sites.get_degree_days(
        site["id"],
        dt.date(2024, 1, 1).isoformat(),
        dt.date(2025, 1, 1).isoformat(),
        period=DegreeDaysPeriod.month,
    )
    degree_days = dd_resp.data["degree_days"]
    assert len(degree_days) == 12
    assert all(isinstance(value, float) and value > 0 for value in degree_days.values())
    assert dd_resp.parsed.degree_days.additional_properties == degree_days

    with pytest.raises(BEMServerAPINotFoundError):
        api_client.sites.getone(site["id"] + 1000)
    with pytest.raises(BEMServerAPIValidationError) as exc:
        api_client.sites.create({"campaign_id": bemserver_campaign})
    # Exactly the usage contract's dict (latitude and longitude are optional).
    assert exc.value.errors == {"name": ["Missing data for required field."]}


def test_check_api_version() -> None:
    for supported in ("0.24.3", "0.25.0", "0.26.1", "0.27.0"):
        BEMServerAPIClient.check_api_version(supported)
    for unsupported in ("0.23.0", "0.1.0"):
        with pytest.raises(BEMServerAPIVersionError):
            BEMServerAPIClient.check_api_version(unsupported)
    with pytest.warns(BEMServerAPIVersionWarning):
        BEMServerAPIClient.check_api_version("0.28.0")
    with pytest.raises(BEMServerAPIVersionError, match="Invalid"):
        BEMServerAPIClient.check_api_version("latest")


def test_auto_check_reads_the_server_version(bemserver_sandbox: SandboxInfo) -> None:
    sent: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.url.path)]})
    with BEMServerAPIClient(
        bemserver_sandbox.host, use_ssl=False, auto_check=True, http_client=http
    ) as client:
        # Read (and checked) at once, when the client is made.
        assert sent == ["/about/"]
        assert client.get_api_version() == bemserver_sandbox.api_version
        assert sent == ["/about/"]  # read once


@pytest.mark.anyio
async def test_async_auto_check(bemserver_sandbox: SandboxInfo) -> None:
    sent: list[str] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request.url.path)

    http = httpx.AsyncClient(event_hooks={"request": [record]})
    async with AsyncBEMServerAPIClient(
        bemserver_sandbox.host, use_ssl=False, auto_check=True, http_client=http
    ) as client:
        assert sent == []  # an asyncio client reads it before its first request
        first = await client.about.getall()
        await client.about.getall()
        # The check's read, then the two calls: read once, before the first call.
        assert sent == ["/about/"] * 3
        assert await client.get_api_version() == bemserver_sandbox.api_version
        assert sent == ["/about/"] * 3  # known since the check
    assert first.data["versions"]["bemserver_api"] == bemserver_sandbox.api_version

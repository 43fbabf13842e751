"""The st_* services of API 0.24/0.25 against a real 0.24.3 server, and the
version error an entry point raises on a server whose API lacks it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client.exceptions import (
    BEMServerAPINotFoundError,
    BEMServerAPIOperationUnavailableError,
)
from bemserver_api_client.testing import BEMServerSandbox, SandboxInfo
from tests.conftest import call, make_client

pytestmark = pytest.mark.integration


@pytest.mark.api_versions(below="0.26.0")
@pytest.mark.anyio
@pytest.mark.parametrize(
    ("entry_point", "payload"),
    [
        ("st_check_missing_by_campaign", {}),
        ("st_check_outlier_by_campaign", {}),
        ("st_cleanup_by_campaign", {}),
    ],
)
async def test_campaign_services(
    any_client: BEMServerAPIClient | AsyncBEMServerAPIClient,
    bemserver_campaign: int,
    entry_point: str,
    payload: dict[str, Any],
) -> None:
    service = getattr(any_client, entry_point)
    created = await call(
        service.create({"campaign_id": bemserver_campaign, "is_enabled": False})
    )
    assert created.status_code == 201
    item = created.parsed
    assert (item.campaign_id, item.is_enabled) == (bemserver_campaign, False)
    listed = await call(service.getall(campaign_id=bemserver_campaign))
    assert [i.id for i in listed.parsed] == [item.id]
    full = await call(service.get_full(campaign_id=bemserver_campaign))
    assert [(f.id, f.campaign_name) for f in full.parsed] == [
        (item.id, full.data[0]["campaign_name"])
    ]
    one = await call(service.getone(item.id))
    updated = await call(service.update(item.id, {"is_enabled": True}, etag=one.etag))
    assert updated.parsed.is_enabled is True
    fresh = await call(service.getone(item.id))
    assert (await call(service.delete(item.id, etag=fresh.etag))).status_code == 204
    with pytest.raises(BEMServerAPINotFoundError):
        await call(service.getone(item.id))


@pytest.mark.api_versions(below="0.26.0")
@pytest.mark.anyio
@pytest.mark.parametrize(
    "entry_point",
    ["st_download_weather_by_site", "st_download_weather_forecast_by_site"],
)
async def test_site_services(
    any_client: BEMServerAPIClient | AsyncBEMServerAPIClient,
    bemserver_campaign: int,
    entry_point: str,
) -> None:
    site = await call(
        any_client.sites.create(
            {
                "name": "S",
                "campaign_id": bemserver_campaign,
                "latitude": 1,
                "longitude": 2,
            }
        )
    )
    service = getattr(any_client, entry_point)
    created = await call(
        service.create({"site_id": site.parsed.id, "is_enabled": True})
    )
    item = created.parsed
    assert item.site_id == site.parsed.id
    full = await call(service.get_full(campaign_id=bemserver_campaign))
    assert [f.site_id for f in full.parsed] == [site.parsed.id]
    assert [
        i.id for i in (await call(service.getall(site_id=site.parsed.id))).parsed
    ] == [item.id]
    one = await call(service.getone(item.id))
    updated = await call(service.update(item.id, {"is_enabled": False}, etag=one.etag))
    assert updated.parsed.is_enabled is False
    fresh = await call(service.getone(item.id))
    assert (await call(service.delete(item.id, etag=fresh.etag))).status_code == 204


@pytest.mark.api_versions(below="0.26.0")
@pytest.mark.anyio
async def test_cleanup_by_timeseries(
    any_client: BEMServerAPIClient | AsyncBEMServerAPIClient, bemserver_campaign: int
) -> None:
    scope = await call(
        any_client.campaign_scopes.create(
            {"name": "s", "campaign_id": bemserver_campaign}
        )
    )
    timeseries = await call(
        any_client.timeseries.create(
            {
                "name": "T",
                "campaign_id": bemserver_campaign,
                "campaign_scope_id": scope.parsed.id,
            }
        )
    )
    service = any_client.st_cleanup_by_timeseries
    listed = await call(service.getall(timeseries_id=timeseries.parsed.id))
    full = await call(service.get_full(campaign_id=bemserver_campaign))
    assert [f.timeseries_id for f in full.parsed] == [timeseries.parsed.id]
    for item in listed.parsed:
        assert (await call(service.getone(item.id))).parsed.id == item.id


@pytest.mark.api_versions(below="0.26.0")
def test_tasks_are_refused_by_an_old_server(bemserver_sandbox: SandboxInfo) -> None:
    with (
        make_client(bemserver_sandbox) as client,
        pytest.raises(BEMServerAPIOperationUnavailableError) as raised,
    ):
        client.tasks.getall()
    assert f"(API {bemserver_sandbox.api_version})" in str(raised.value)


@pytest.mark.api_versions(min="0.26.0")
def test_st_services_are_refused_by_a_new_server(
    bemserver_sandbox: SandboxInfo,
) -> None:
    with make_client(bemserver_sandbox) as client:
        for name in (
            "st_check_missing_by_campaign",
            "st_check_outlier_by_campaign",
            "st_cleanup_by_campaign",
            "st_cleanup_by_timeseries",
            "st_download_weather_by_site",
            "st_download_weather_forecast_by_site",
        ):
            with pytest.raises(BEMServerAPIOperationUnavailableError) as raised:
                getattr(client, name).getall()
            assert str(raised.value).startswith(f"{name}.getall is not available")
            assert "<= 0.25.0" in str(raised.value)


@pytest.fixture(scope="module")
def old_server() -> Iterator[SandboxInfo]:
    """A 0.24.3 server, whatever the session's: st_* are tested in every run."""
    with BEMServerSandbox(api_version="0.24.3") as info:
        yield info


def test_st_services_work_on_a_0_24_server(old_server: SandboxInfo) -> None:
    with make_client(old_server) as client:
        campaign = client.campaigns.create({"name": "old", "timezone": "UTC"}).parsed
        created = client.st_cleanup_by_campaign.create(
            {"campaign_id": campaign.id, "is_enabled": True}
        ).parsed
        full = client.st_cleanup_by_campaign.get_full(campaign_id=campaign.id).parsed
        assert [(f.id, f.campaign_name) for f in full] == [(created.id, "old")]
        with pytest.raises(BEMServerAPIOperationUnavailableError):
            client.task_by_campaign.getall()

"""The st_* services of API 0.24/0.25 against a real 0.24.3 server, and the
version error an entry point raises on a server whose API lacks it."""

from __future__ import annotations

import uuid

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client.exceptions import (
    BEMServerAPINotFoundError,
    BEMServerAPIOperationUnavailableError,
)
from bemserver_api_client.testing import SandboxInfo
from tests.conftest import call, make_client

pytestmark = pytest.mark.integration


@pytest.mark.api_versions(below="0.26.0")
@pytest.mark.anyio
@pytest.mark.parametrize(
    "entry_point",
    [
        "st_check_missing_by_campaign",
        "st_check_outlier_by_campaign",
        "st_cleanup_by_campaign",
    ],
)
async def test_campaign_services(
    any_client: BEMServerAPIClient | AsyncBEMServerAPIClient,
    bemserver_campaign: int,
    entry_point: str,
) -> None:
    campaign = await call(any_client.campaigns.getone(bemserver_campaign))
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
        (item.id, campaign.parsed.name)
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
    # The cleanup service writes these rows itself when it runs: the API only
    # reads them (no create, update or delete, as in the reference table).
    assert not {"create", "update", "delete"} & set(dir(service))
    listed = await call(service.getall(timeseries_id=timeseries.parsed.id))
    assert listed.status_code == 200 and listed.parsed == []
    full = await call(service.get_full(campaign_id=bemserver_campaign))
    # Every timeseries of the campaign, never cleaned yet.
    assert [
        (f.timeseries_id, f.timeseries_name, f.last_timestamp) for f in full.parsed
    ] == [(timeseries.parsed.id, "T", None)]
    with pytest.raises(BEMServerAPINotFoundError):
        await call(service.getone(2**31 - 1))


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


def test_st_services_work_on_a_0_24_server(sandbox_0_24_3: SandboxInfo) -> None:
    """st_* are tested in every run, whatever the session's release."""
    with make_client(sandbox_0_24_3) as client:
        # A name of its own: the server may be the session's, shared by the run.
        name = f"old-{uuid.uuid4().hex[:8]}"
        campaign = client.campaigns.create({"name": name, "timezone": "UTC"}).parsed
        created = client.st_cleanup_by_campaign.create(
            {"campaign_id": campaign.id, "is_enabled": True}
        ).parsed
        full = client.st_cleanup_by_campaign.get_full(campaign_id=campaign.id).parsed
        assert [(f.id, f.campaign_name) for f in full] == [(created.id, name)]
        with pytest.raises(BEMServerAPIOperationUnavailableError):
            client.task_by_campaign.getall()
